"""Admin forms of the reply system: reply templates (what they suit, their body per language, checked for
placeholders no reply could fill), the list of placeholders shown beside them, and the officer profile
(also on each officer's account page)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import HelpPanel

from cms.catalogue import catalogue_kinds

from .models import NO_PAGE, InquiryKind, OfficerProfile
from .replies import OPTIONAL, placeholder_groups, unknown_placeholders

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def body_field_names() -> list[str]:
    return [build_localized_fieldname("body", code) for code in LANGUAGE_CODES]


def title_field_names() -> list[str]:
    return [build_localized_fieldname("title", code) for code in LANGUAGE_CODES]


class ReplyTemplateForm(WagtailAdminModelForm):
    kinds = forms.MultipleChoiceField(
        label=_("Inquiry kinds"),
        choices=InquiryKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked: every kind."),
    )
    page_kinds = forms.MultipleChoiceField(
        label=_("About"),
        choices=(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("What the inquiry is about. None ticked: anything."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page_kinds"].choices = [(kind.key, kind.label) for kind in catalogue_kinds().values()] + [
            (NO_PAGE, _("No page (the general form)"))
        ]
        for name in body_field_names():
            if name in self.fields:
                self.fields[name].widget = forms.Textarea(attrs={"rows": 18})

    def clean(self):
        cleaned = super().clean()
        names = [name for name in body_field_names() if name in self.fields]
        if names and not any((cleaned.get(name) or "").strip() for name in names):
            self.add_error(names[0], _("Write the text in at least one language."))
        for name in names:
            body = cleaned.get(name) or ""
            unknown = unknown_placeholders(body)
            if unknown:
                self.add_error(
                    name,
                    _("No reply can fill these placeholders: %(names)s. Choose from the list of placeholders.")
                    % {"names": ", ".join("{" + placeholder + "}" for placeholder in unknown)},
                )
            if body.count("[[") != body.count("]]") or len(OPTIONAL.findall(body)) != body.count("[["):
                self.add_error(name, _("Each optional part opens with [[ and closes with ]]."))
        return cleaned


class PlaceholderHelpPanel(HelpPanel):
    """The placeholders a template may use, grouped, as they are today (cost figures come and go)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("template", "inquiries/admin/placeholder_help.html")
        kwargs.setdefault("heading", _("Placeholders"))
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["groups"] = placeholder_groups()
            return context


class OfficerProfileForm(WagtailAdminModelForm):
    """What investors are told about an officer (their own account page, or the profiles list)."""

    class Meta:
        model = OfficerProfile
        fields = [
            *(build_localized_fieldname("display_name", code) for code in LANGUAGE_CODES),
            *(build_localized_fieldname("title", code) for code in LANGUAGE_CODES),
            "phone",
            "email",
        ]
