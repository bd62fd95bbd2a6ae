"""Forms: the inquiry form (shared by the HTML pages and the JSON API) and the officers' forms."""

import re
import secrets
from functools import lru_cache, partial

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.forms.utils import flatatt
from django.utils.choices import CallableChoiceIterator, normalize_choices
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.models import Page

from cms.catalogue import catalogue_kind_of
from cms.render_cache import cached
from investment.models import Agency, Sector

from .models import InquiryKind, InquiryStatus, OfficerAbsence
from .people import person_name

PHONE_RE = re.compile(r"^\+?[0-9 ().\-]{5,40}$")
HONEYPOT = "website"


class PlainEmailValidator(EmailValidator):
    """An ordinary address only: letters, digits and ``. _ - + '`` before the @ (a dot neither first, last nor
    doubled) and a domain name with a top-level domain after it. Django's validator also takes what RFC 5321
    allows and nobody types: quoted local parts (``"<svg/onload=…>"@example.com``, which then travel in
    headers and acknowledgements), address literals (``user@[192.0.2.1]``) and ``localhost``."""

    message = _("Enter an e-mail address such as name@example.com (no quotes, spaces or unusual characters).")
    user_regex = re.compile(r"^[A-Za-z0-9_+'-]+(\.[A-Za-z0-9_+'-]+)*\Z")
    domain_allowlist = []

    def validate_domain_part(self, domain_part):
        return bool(self.domain_regex.match(domain_part))


class PlainEmailField(forms.EmailField):
    default_validators = [PlainEmailValidator()]


def single_line(value: str) -> str:
    """Refuses line breaks and control characters: such values could end up in a header or a CSV."""
    value = (value or "").strip()
    if any(not ch.isprintable() for ch in value):
        raise ValidationError(_("Use a single line without control characters."), code="invalid")
    return value


def inquiry_page_from_id(value, request=None):
    """The live project, opportunity or zone page with this id that the reader may open, or None. A page with
    a view restriction (its own or an ancestor's) counts only for a ``request`` that the restriction lets in:
    otherwise ``?page=<id>`` would show a private page's title on the inquiry form."""
    try:
        page_id = int(value)
    except (TypeError, ValueError):
        return None
    page = Page.objects.live().filter(pk=page_id).first()
    if page is None:
        return None
    restrictions = page.get_view_restrictions()
    if restrictions and (request is None or not all(r.accept_request(request) for r in restrictions)):
        return None
    page = page.specific
    return page if catalogue_kind_of(page) is not None else None


def default_kind_for(page) -> str:
    """The inquiry kind the page's catalogue kind proposes (an opportunity: a partnership)."""
    kind = catalogue_kind_of(page)
    return InquiryKind(kind.inquiry_kind) if kind is not None else InquiryKind.INVESTMENT


class PlainSelect(forms.Select):
    """A single-choice <select> rendered in Python. The stock widget renders a template per
    option, which made the 250 countries the most expensive part of every project page."""

    def render(self, name, value, attrs=None, renderer=None):
        final_attrs = {**self.build_attrs(self.attrs, attrs), "name": name}
        chosen = set(self.format_value(value))
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((key, mark_safe(" selected") if str(key) in chosen else "", label) for key, label in self.choices),
        )
        return format_html("<select{}>{}</select>", flatatt(final_attrs), options)


@lru_cache(maxsize=16)
def _countries_in(language: str | None) -> tuple[tuple[str, str], ...]:
    return tuple((code, str(name)) for code, name in countries)


def country_choices() -> list[tuple[str, str]]:
    """The countries sorted by their name in the active language (sorted once per language)."""
    return [("", "—"), *_countries_in(get_language())]


def sector_choices(request=None) -> list[tuple[str, str]]:
    """The top-level sectors, kept per content version (``cms.render_cache.cached``)."""
    return [("", "—")] + cached(
        "inquiry-sectors",
        request=request,
        compute=lambda: [(str(sector.pk), str(sector)) for sector in Sector.objects.roots().order_by("code")],
    )


class ChoicesWhenShown(CallableChoiceIterator):
    """Choices read the first time the form shows them (a submission that is valid never does), then kept for
    this form: a widget iterates its choices more than once while it renders."""

    def __iter__(self):
        if not hasattr(self, "_read"):
            self._read = list(normalize_choices(self.func()))
        yield from self._read


def new_form_token() -> str:
    return secrets.token_urlsafe(16)


class InquiryForm(forms.Form):
    kind = forms.ChoiceField(label=_("What is it about?"), choices=InquiryKind.choices)
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = PlainEmailField(label=_("E-mail"), max_length=254)
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    country = forms.CharField(label=_("Country"), max_length=2, widget=PlainSelect)
    phone = forms.CharField(label=_("Phone (optional)"), max_length=40, required=False)
    message = forms.CharField(
        label=_("Your question or offer"), min_length=10, max_length=5000, widget=forms.Textarea(attrs={"rows": 6})
    )
    page = forms.CharField(required=False, widget=forms.HiddenInput)
    sector = forms.CharField(label=_("Sector (optional)"), required=False, widget=PlainSelect)
    language = forms.ChoiceField(choices=settings.LANGUAGES, widget=forms.HiddenInput)
    consent = forms.BooleanField(
        label=_(
            "I agree that the provincial investment-promotion agencies store my details and message to answer "
            "this inquiry, and keep them for the retention period stated in the privacy notice."
        ),
        error_messages={
            "required": _("Please agree to the handling of your personal data; we cannot answer otherwise.")
        },
    )
    # The HTML form's one-time token (a fresh one each time the form is shown): see inquiries/idempotency.py.
    form_token = forms.CharField(required=False, max_length=64, initial=new_form_token, widget=forms.HiddenInput)
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request  # the reader, for pages with a view restriction (``inquiry_page_from_id``)
        # Read when the form is rendered, not when it is built: a submission that is valid (and every one to the
        # JSON API) never shows them, and the sectors' list costs a read of the content version and the cache.
        self.fields["country"].widget.choices = ChoicesWhenShown(country_choices)
        self.fields["sector"].widget.choices = ChoicesWhenShown(partial(sector_choices, request))

    def clean_name(self):
        value = single_line(self.cleaned_data["name"])
        if len(value) < 2:
            raise ValidationError(_("Please enter your name."), code="required")
        return value

    def clean_organisation(self):
        return single_line(self.cleaned_data["organisation"])

    def clean_email(self):
        return single_line(self.cleaned_data["email"]).lower()

    def clean_country(self):
        code = (self.cleaned_data["country"] or "").strip().upper()
        if code not in dict(countries):
            raise ValidationError(_("Choose a country (ISO 3166 alpha-2 code, for example JP)."), code="invalid")
        return code

    def clean_phone(self):
        value = single_line(self.cleaned_data["phone"])
        if value and not PHONE_RE.match(value):
            raise ValidationError(_("Enter a phone number with digits, spaces and an optional leading +."))
        return value

    def clean_message(self):
        value = self.cleaned_data["message"].strip()
        if "\x00" in value:
            raise ValidationError(_("The message contains invalid characters."), code="invalid")
        return value

    def clean_page(self):
        value = self.cleaned_data.get("page")
        if value in (None, ""):
            return None
        page = inquiry_page_from_id(value, self.request)
        if page is None:
            raise ValidationError(_("This is not a published project, opportunity or zone."), code="invalid")
        return page

    def clean_sector(self):
        value = str(self.cleaned_data.get("sector") or "").strip()
        if not value:
            return None
        is_id = value.isascii() and value.isdigit() and len(value) <= 18  # "²" is a digit, but not for int()
        sector = Sector.objects.filter(pk=int(value)).first() if is_id else None
        sector = sector or Sector.objects.filter(code=value).first()
        if sector is None:
            raise ValidationError(_("Unknown sector."), code="invalid")
        return sector

    def clean_form_token(self):
        value = self.cleaned_data.get("form_token") or ""
        return value if value.isascii() and value.isprintable() else ""

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("This field must stay empty."), code="honeypot")
        return ""


def form_errors(form: forms.Form) -> dict[str, list[str]]:
    """``{"field": ["message", …]}`` in the active language."""
    return {field: [str(message) for message in messages] for field, messages in form.errors.items()}


class FollowUpForm(forms.Form):
    message = forms.CharField(
        label=_("Add a message"), min_length=2, max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )


class RatingForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How satisfied are you with the answer to your inquiry?"),
        choices=[(n, str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment (optional)"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


# Officers' forms (admin workspace)


class OfficerChoiceField(forms.ModelChoiceField):
    """Officers named in the reader's language (``inquiries.people.person_name``)."""

    def label_from_instance(self, obj) -> str:
        return person_name(obj)


class OwnerForm(forms.Form):
    owner = OfficerChoiceField(label=_("Owner"), queryset=None, required=False)

    def __init__(self, *args, officers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = officers.select_related("officer_profile")


class StatusForm(forms.Form):
    """Offers the statuses the table lets an officer choose now; takes any status, so that a choice made
    on a page that is no longer current reaches the service and gets the table's reason for a refusal."""

    status = forms.ChoiceField(label=_("Status"), choices=InquiryStatus.choices)

    def __init__(self, *args, inquiry, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].widget.choices = inquiry.status_choices_by_hand


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Internal note"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))


class SenderLanguageMixin:
    """Text written to the sender is in the inquiry's language: the field says so (``lang``), so that a
    suggested reply in Vietnamese is read, spell-checked and spoken as Vietnamese in a Japanese admin."""

    def __init__(self, *args, language: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if language:
            self.fields["text"].widget.attrs.update({"lang": language, "data-original": ""})


class ReplyForm(SenderLanguageMixin, forms.Form):
    text = forms.CharField(label=_("Reply to the sender"), max_length=20000, widget=forms.Textarea(attrs={"rows": 10}))
    close = forms.BooleanField(label=_("Close the inquiry with this reply"), required=False)


class InformationRequestForm(SenderLanguageMixin, forms.Form):
    text = forms.CharField(
        label=_("What do you need from the sender?"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )


class HandOverForm(forms.Form):
    agency = forms.ModelChoiceField(label=_("Hand over to"), queryset=Agency.objects.all())
    reason = forms.CharField(label=_("Reason"), max_length=500)

    def __init__(self, *args, current_agency=None, **kwargs):
        super().__init__(*args, **kwargs)
        if current_agency is not None:
            self.fields["agency"].queryset = Agency.objects.exclude(pk=current_agency.pk)


class EmailRetryForm(forms.Form):
    email = forms.IntegerField(min_value=1, max_value=2**63 - 1, widget=forms.HiddenInput)


class AbsenceForm(forms.ModelForm):
    """An officer's own absence; the backup is one of their colleagues."""

    class Meta:
        model = OfficerAbsence
        fields = ["backup", "starts_on", "ends_on", "note"]
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}),
            "ends_on": forms.DateInput(attrs={"type": "date"}),
        }
        help_texts = {
            "backup": _("While you are away, your open inquiries and new ones for you go to your backup."),
        }

    def __init__(self, *args, colleagues, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["backup"].queryset = colleagues

    def clean(self):
        data = super().clean()
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            raise ValidationError(_("The absence ends before it starts."))
        return data
