"""A save asked for while signed out, completed by the sign-in that follows.

The save buttons are the same for every reader (pages are cached), so a signed-out reader presses one too, with
or without JavaScript (``static/js/account.js`` leaves the plain form alone when nobody is signed in). The form
posts to ``investors:shortlist``; for a signed-out reader that view remembers the page in the reader's session
(``shortlist_pending_remember``: one page, the last one pressed) and sends them to the sign-in screen with
``next`` set to the page they were on (``?next=``, same site only; allauth carries it on to the sign-up screen,
through the verification by code, and back).

The save itself is done when the session signs in (``shortlist_pending_complete``, run by Django's
``user_logged_in`` signal, so every way of signing in completes it: password, one-time code, passkey, single
sign-on, or the sign-in that follows the verification of a new account). ``django.contrib.auth.login`` keeps
the data of an anonymous session when it signs it in, so the pending page survives; a session that switched
users is flushed by Django and takes no pending save along. The confirmation is a flash message, which turns
the page cache off for the next response (``cms.page_cache``), so the page the investor returns to shows it.

Why the session and not the link: a link that saves on GET could be planted on another site (an image, a
redirect) to fill a signed-in investor's shortlist; the session can only be written by a POST carrying the
reader's CSRF token. A page that no longer exists (or was never a catalogue page) is not saved, with the
service's translated error instead of the confirmation."""

from django.contrib import messages
from django.utils.translation import gettext as _

from .services import SpaceError, shortlist_add

SESSION_KEY = "investors_pending_save"


def shortlist_pending_remember(*, session, page_id: str) -> None:
    """Remembers the page a signed-out reader asked to save (digits only; anything else is not kept)."""
    page_id = str(page_id).strip()
    if page_id.isdigit() and len(page_id) < 12:
        session[SESSION_KEY] = int(page_id)


def shortlist_pending_complete(*, request, user) -> bool | None:
    """Saves the pending page of this session for ``user`` and says so with a flash message. Returns None when
    nothing was pending, else whether the page is on the shortlist now."""
    session = getattr(request, "session", None)
    if session is None or SESSION_KEY not in session:
        return None
    page_id = session.pop(SESSION_KEY)
    try:
        shortlist_add(user=user, page_id=page_id)
    except SpaceError as exc:
        for errors in exc.errors.values():
            for error in errors:
                messages.error(request, error, fail_silently=True)
        return False
    messages.success(request, _("Signed in: the page you chose is saved to your shortlist."), fail_silently=True)
    return True


def complete_after_sign_in(sender, request, user, **kwargs) -> None:
    """``user_logged_in`` receiver (connected in ``InvestorsConfig.ready``)."""
    if request is not None:
        shortlist_pending_complete(request=request, user=user)
