"""The admin edit form of catalogue pages: an agency editor can only choose (and keep) their own agency."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from investment.models.agencies import Agency
from investment.permissions import user_agency_ids, user_is_catalogue_moderator


class CataloguePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.agency_restricted_to: frozenset[int] | None = None
        user = getattr(self, "for_user", None)
        if user is None or "agency" not in self.fields:
            return
        section = self.parent_page if self.parent_page is not None else self.instance
        if section is not None and section.pk and user_is_catalogue_moderator(user, section):
            return
        if user.is_superuser:
            return
        allowed = user_agency_ids(user)
        self.agency_restricted_to = allowed
        self.fields["agency"].queryset = Agency.objects.filter(pk__in=allowed)
        if len(allowed) == 1 and not self.instance.agency_id:
            self.fields["agency"].initial = next(iter(allowed))

    def clean_agency(self):
        agency = self.cleaned_data.get("agency")
        if self.agency_restricted_to is not None and agency is not None and agency.pk not in self.agency_restricted_to:
            raise forms.ValidationError(_("You can only publish pages of your own agency."), code="agency")
        return agency
