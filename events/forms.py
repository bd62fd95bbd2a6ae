"""The public registration form and the admin form of an event's set-up."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.admin.widgets import AdminPageChooser

from cms.models import NewsPage
from inquiries.forms import PHONE_RE, ChoicesWhenShown, PlainSelect, country_choices, single_line

from .models import Event


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    country = forms.CharField(label=_("Country"), max_length=2, required=False, widget=PlainSelect)
    phone = forms.CharField(label=_("Phone (optional)"), max_length=40, required=False)
    consent = forms.BooleanField(
        label=_(
            "I agree that the organising agency stores my details to manage this registration and to send me "
            "the confirmation and a reminder, and deletes them after the event as the privacy notice says."
        ),
        error_messages={"required": _("Please agree to the handling of your personal data; we cannot register you.")},
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].widget.choices = ChoicesWhenShown(country_choices)

    def clean_name(self):
        value = single_line(self.cleaned_data["name"])
        if len(value) < 2:
            raise ValidationError(_("Please enter your name."), code="required")
        return value

    def clean_email(self):
        return single_line(self.cleaned_data["email"]).lower()

    def clean_organisation(self):
        return single_line(self.cleaned_data["organisation"])

    def clean_country(self):
        code = (self.cleaned_data["country"] or "").strip().upper()
        if code and code not in dict(countries):
            raise ValidationError(_("Choose a country (ISO 3166 alpha-2 code, for example JP)."), code="invalid")
        return code

    def clean_phone(self):
        value = single_line(self.cleaned_data["phone"])
        if value and not PHONE_RE.match(value):
            raise ValidationError(_("Enter a phone number with digits, spaces and an optional leading +."))
        return value

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("This field must stay empty."), code="honeypot")
        return ""


class EventForm(forms.ModelForm):
    """The set-up of an event's registration; the agency is one of the user's (``agencies``)."""

    class Meta:
        model = Event
        fields = [
            "page",
            "agency",
            "capacity",
            "registration_open",
            "closes_on",
            "starts_at",
            "ends_at",
            "reminder_days",
        ]
        widgets = {
            "page": AdminPageChooser(target_models=[NewsPage]),
            "closes_on": forms.DateInput(attrs={"type": "date"}),
            "starts_at": forms.TimeInput(attrs={"type": "time"}),
            "ends_at": forms.TimeInput(attrs={"type": "time"}),
        }

    def __init__(self, *args, agencies=None, **kwargs):
        super().__init__(*args, **kwargs)
        if agencies is not None:
            self.fields["agency"].queryset = agencies
        self.fields["page"].queryset = NewsPage.objects.filter(kind=NewsPage.Kind.EVENT)
