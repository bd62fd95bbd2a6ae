"""The registrant's side: the registration form of an event page, the private registration page (status,
calendar file, cancellation). Thin: the work is in ``services``."""

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from inquiries.api import client_ip
from inquiries.services import source_ip_hash

from .calendar import event_ics, ics_filename
from .forms import RegistrationForm
from .models import Event, EventRegistration, registration_from_token
from .services import RegistrationError, event_places_left, registration_cancel, registration_create

RATE_LIMIT = 10  # registrations per sender address and hour, over all events
RATE_WINDOW_SECONDS = 3600


def _event_or_404(page_id: int) -> Event:
    event = get_object_or_404(Event.objects.select_related("page", "agency"), page_id=page_id)
    if not event.page.live:
        raise Http404
    event.page = event.page.specific
    return event


def _rate_limited(ip_hash: str) -> bool:
    since = timezone.now() - timedelta(seconds=RATE_WINDOW_SECONDS)
    recent = EventRegistration.objects.filter(source_ip_hash=ip_hash, created_at__gte=since).count()
    return recent >= RATE_LIMIT


@never_cache
@require_http_methods(["GET", "POST"])
def register(request, page_id: int):
    event = _event_or_404(page_id)
    status = 200
    if request.method == "POST":
        form = RegistrationForm(request.POST)
        ip_hash = source_ip_hash(client_ip(request))
        if _rate_limited(ip_hash):
            form.is_valid()
            form.add_error(None, _("Too many registrations from your address. Please try again later."))
            status = 429
        elif form.is_valid():
            data = form.cleaned_data
            try:
                result = registration_create(
                    event=event,
                    name=data["name"],
                    email=data["email"],
                    organisation=data["organisation"],
                    country=data["country"],
                    phone=data["phone"],
                    language=translation.get_language(),
                    source_ip_hash=ip_hash,
                )
            except RegistrationError as error:
                form.add_error(None, str(error))
                status = 409
            else:
                if result.repeated:
                    messages.info(
                        request,
                        _("This address is already registered: we have sent you the e-mail with your link again."),
                    )
                    return redirect(event.page.get_url(request=request) or "/")
                if result.registration.status == EventRegistration.Status.CONFIRMED:
                    messages.success(request, _("You are registered. We have sent you a confirmation e-mail."))
                else:
                    messages.success(
                        request,
                        _("The event is full: you are on the waiting list. We will e-mail you if a place frees up."),
                    )
                return redirect("events:registration", token=result.registration.token)
        else:
            status = 400
    else:
        form = RegistrationForm()
    context = {
        "event": event,
        "page": event.page,
        "form": form,
        "places_left": event_places_left(event=event),
        "open": event.accepts_registrations(),
        "consent_version": settings.PORTAL_INQUIRY_CONSENT_VERSION,
    }
    return render(request, "events/register.html", context, status=status)


def _registration_or_404(token: str) -> EventRegistration:
    registration = registration_from_token(token)
    if registration is None:
        raise Http404
    registration.event.page = registration.event.page.specific
    return registration


@never_cache
@require_http_methods(["GET", "POST"])
def registration(request, token: str):
    registration = _registration_or_404(token)
    if request.method == "POST":
        if request.POST.get("action") != "cancel":
            raise Http404
        try:
            promoted = registration_cancel(registration=registration)
        except RegistrationError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Your registration is cancelled. Thank you for letting us know."))
            if promoted:
                messages.info(request, _("Your place has gone to the next person on the waiting list."))
        return redirect(request.path)
    response = render(
        request,
        "events/registration.html",
        {"registration": registration, "event": registration.event, "page": registration.event.page},
    )
    response["Referrer-Policy"] = "same-origin"  # the URL is a secret
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_GET
def registration_calendar(request, token: str):
    registration = _registration_or_404(token)
    if registration.status != EventRegistration.Status.CONFIRMED:
        raise Http404
    response = HttpResponse(
        event_ics(registration.event, language=registration.language), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{ics_filename(registration.event)}"'
    return response
