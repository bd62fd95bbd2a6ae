"""Which inquiry fields exist in every language: reply template bodies (an investor is answered in their own
language; its title for officers, in their admin language) and what an officer's profile tells investors."""

from modeltranslation.decorators import register

from cms.translation import PortalTranslationOptions

from .models import OfficerProfile, ReplyTemplate


@register(ReplyTemplate)
class ReplyTemplateTR(PortalTranslationOptions):
    fields = ("title", "body")  # the title for officers, in their admin language


@register(OfficerProfile)
class OfficerProfileTR(PortalTranslationOptions):
    fields = ("display_name", "title")
