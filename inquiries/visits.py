"""Site-visit and meeting requests: the extra fields of an inquiry of kind ``visit``.

The HTML form shows them in a fieldset of their own (``VisitForm``, field names prefixed ``visit_``); the
JSON API takes them as ``visit_format``, ``preferred_dates`` (a list of ISO dates), ``participants`` and
``attendees`` (``visit_form_data`` maps one onto the other, ``visit_api_errors`` maps the errors back), so the
contract's existing fields keep their meaning. Other kinds ignore these fields.

Rules: one to three preferred dates, different from each other, from tomorrow to a year ahead (the agency
needs time to prepare, and a date further out is not a plan yet); one to fifty participants.
"""

from datetime import timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .forms import single_line
from .models import InquiryVisit, VisitFormat
from .models.visits import MAX_PARTICIPANTS, MAX_PREFERRED_DATES

DATE_FIELDS = tuple(f"visit_date_{number}" for number in range(1, MAX_PREFERRED_DATES + 1))
LATEST_DAYS_AHEAD = 365
API_FIELDS = {
    "visit_format": "visit_format",
    "visit_participants": "participants",
    "visit_attendees": "attendees",
    **dict.fromkeys(DATE_FIELDS, "preferred_dates"),
}


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class VisitForm(forms.Form):
    visit_format = forms.ChoiceField(
        label=_("What would you like?"), choices=VisitFormat.choices, initial=VisitFormat.SITE_VISIT
    )
    visit_date_1 = forms.DateField(label=_("Preferred date"), widget=DateInput)
    visit_date_2 = forms.DateField(label=_("Second choice (optional)"), required=False, widget=DateInput)
    visit_date_3 = forms.DateField(label=_("Third choice (optional)"), required=False, widget=DateInput)
    visit_participants = forms.IntegerField(
        label=_("Number of participants"), min_value=1, max_value=MAX_PARTICIPANTS, initial=1
    )
    visit_attendees = forms.CharField(
        label=_("Who will attend (names and roles, optional)"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        for name in DATE_FIELDS:
            self.fields[name].widget.attrs.update(
                min=(today + timedelta(days=1)).isoformat(), max=(today + timedelta(days=LATEST_DAYS_AHEAD)).isoformat()
            )
        self.fields["visit_date_1"].error_messages["required"] = _("Please give at least one preferred date.")

    def clean_visit_attendees(self):
        text = self.cleaned_data["visit_attendees"].strip()
        if "\x00" in text:
            raise ValidationError(_("The message contains invalid characters."), code="invalid")
        return "\n".join(single_line(line) for line in text.splitlines() if line.strip())

    def clean(self):
        data = super().clean()
        today = timezone.localdate()
        seen = set()
        for name in DATE_FIELDS:
            day = data.get(name)
            if day is None:
                continue
            if day <= today:
                self.add_error(name, _("Choose a date from tomorrow on."))
            elif day > today + timedelta(days=LATEST_DAYS_AHEAD):
                self.add_error(name, _("Choose a date within the next twelve months."))
            elif day in seen:
                self.add_error(name, _("This date is already one of your choices."))
            seen.add(day)
        return data

    def details(self) -> dict:
        """What ``inquiry_create(visit=…)`` stores (call after ``is_valid()``)."""
        data = self.cleaned_data
        return {
            "format": data["visit_format"],
            "preferred_dates": [data[name].isoformat() for name in DATE_FIELDS if data.get(name)],
            "participants": data["visit_participants"],
            "attendees": data["visit_attendees"],
        }


def visit_form_data(payload: dict) -> tuple[dict, dict[str, list[str]]]:
    """The API's JSON object → (``VisitForm`` data, errors the form cannot express: wrong JSON types)."""
    errors: dict[str, list[str]] = {}
    data = {}
    dates = payload.get("preferred_dates")
    if dates is not None:
        if not isinstance(dates, list) or not all(isinstance(value, str) for value in dates):
            errors["preferred_dates"] = [str(_("Send the preferred dates as a list of dates (YYYY-MM-DD)."))]
        elif len(dates) > MAX_PREFERRED_DATES:
            errors["preferred_dates"] = [
                str(_("Give at most %(count)d preferred dates.") % {"count": MAX_PREFERRED_DATES})
            ]
        else:
            data.update(zip(DATE_FIELDS, dates, strict=False))
    for api_name, form_name in (
        ("visit_format", "visit_format"),
        ("participants", "visit_participants"),
        ("attendees", "visit_attendees"),
    ):
        value = payload.get(api_name)
        if value is None:
            continue
        number = api_name == "participants" and isinstance(value, int) and not isinstance(value, bool)
        if isinstance(value, str) or number:
            data[form_name] = str(value)
        else:
            errors[api_name] = [str(RegexValidator.message)]  # Django's own "Enter a valid value."
    if "visit_participants" not in data and "participants" not in errors:
        data["visit_participants"] = ""
    return data, errors


def visit_api_errors(form: VisitForm) -> dict[str, list[str]]:
    """The form's errors under the API's field names."""
    errors: dict[str, list[str]] = {}
    for name, messages in form.errors.items():
        key = API_FIELDS.get(name, "preferred_dates")
        errors.setdefault(key, []).extend(str(message) for message in messages)
    return errors


def visit_save(*, inquiry, details: dict) -> InquiryVisit:
    """Stores the visit details of a new inquiry (inside ``inquiry_create``'s transaction)."""
    visit = InquiryVisit(inquiry=inquiry, **details)
    visit.full_clean(exclude=["inquiry"])
    visit.save()
    return visit
