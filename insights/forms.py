"""The beacon's input: a catalogue page that readers can see, and optionally the reader's country."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.models import Page

from cms.catalogue import catalogue_kind_of


class BeaconForm(forms.Form):
    page = forms.IntegerField(min_value=1, max_value=2**31 - 1)
    country = forms.CharField(required=False, max_length=2)

    def clean_page(self):
        page = Page.objects.live().public().filter(pk=self.cleaned_data["page"]).specific().first()
        if page is None or catalogue_kind_of(page) is None:
            raise forms.ValidationError(_("No published project, opportunity or zone has this id."))
        return page

    def clean_country(self):
        country = (self.cleaned_data.get("country") or "").upper()
        if country and country not in countries:
            raise forms.ValidationError(_("Give the country as an ISO 3166-1 alpha-2 code, or leave it out."))
        return country
