"""The inquiries' part of the Wagtail admin: the permission policies (registered first, before any view
asks Wagtail for the policy of these models), the "Inquiries" menu with its viewsets (``viewsets.py``) and
the officer profile on each officer's account page."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.account import BaseSettingsPanel
from wagtail.permissions import register_permission_policy

from .admin_forms import OfficerProfileForm
from .models import Inquiry, OfficerAbsence, OfficerProfile, OutgoingEmail
from .permissions import absence_permission_policy, inquiry_permission_policy, outbox_permission_policy
from .selectors import user_is_officer
from .viewsets import InquiryViewSetGroup

register_permission_policy(Inquiry, inquiry_permission_policy)
register_permission_policy(OfficerAbsence, absence_permission_policy)
register_permission_policy(OutgoingEmail, outbox_permission_policy)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return InquiryViewSetGroup()


@hooks.register("register_account_settings_panel")
class OfficerProfileSettingsPanel(BaseSettingsPanel):
    """Account › Officer profile: the name, title, direct phone and e-mail that replies give investors."""

    name = "officer_profile"
    title = _("Officer profile (shown to investors in your replies)")
    order = 150
    form_class = OfficerProfileForm

    def is_active(self):
        return user_is_officer(self.user)

    @cached_property
    def instance(self) -> OfficerProfile:
        return OfficerProfile.objects.filter(user=self.user).first() or OfficerProfile(user=self.user)

    def get_form(self):
        data = (self.request.POST, self.request.FILES) if self.request.method == "POST" else ()
        return self.form_class(*data, instance=self.instance, prefix=self.name)
