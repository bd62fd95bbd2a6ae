"""The forms of the investor's space (the JSON API validates with the same forms)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from inquiries.forms import country_choices, single_line
from investment.models import Place, Sector

from .models import NOTE_MAX_CHARS, SavedSearch


class ProfileForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of e-mails"), choices=[("", "—"), *settings.LANGUAGES], required=False
    )
    country = forms.ChoiceField(label=_("Country"), required=False)
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors of interest"), queryset=Sector.objects.none(), required=False, to_field_name="code"
    )
    places = forms.ModelMultipleChoiceField(
        label=_("Places of interest"), queryset=Place.objects.none(), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = country_choices()
        self.fields["sectors"].queryset = Sector.objects.in_tree_order()
        self.fields["sectors"].label_from_instance = lambda sector: sector.indented_name
        self.fields["places"].queryset = Place.objects.current().in_tree_order()
        self.fields["places"].label_from_instance = lambda place: place.indented_name

    def clean_organisation(self):
        return single_line(self.cleaned_data["organisation"])


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Private note"), max_length=NOTE_MAX_CHARS, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class SavedSearchForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200, required=False)
    frequency = forms.ChoiceField(label=_("Alerts"), choices=SavedSearch.Frequency.choices)

    def clean_name(self):
        return single_line(self.cleaned_data["name"])
