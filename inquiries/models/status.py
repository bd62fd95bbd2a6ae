"""The life of an inquiry: its statuses and, in one table, which status may go to which, by which action
and by whom.

Every service that moves an inquiry (``inquiries.services``) asks ``status_transition`` first, as Wagtail's
``TaskState`` checks the state it starts from at the top of each transition method; a refused move raises
``InquiryActionError`` with a translated message, which the workspace and the status page show as it is.
The workspace's forms, the model's ``can_…`` properties and the templates ask the same table what to
offer (``status_targets``, ``status_allows``), so changing a rule means changing a row here, and the tests
in ``tests/inquiries/test_status_transitions.py`` walk every row and every pair the table leaves out.

Adding a status: a member of ``InquiryStatus``, its rows in ``TRANSITIONS`` (and ``OPEN_STATUSES`` if it
waits for the agency), its translations, then ``makemigrations`` (the field's choices change).
"""

from dataclasses import dataclass
from enum import StrEnum

from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class InquiryActionError(Exception):
    """An action that the inquiry's state does not allow (shown to the user, translated)."""


class InquiryStatus(models.TextChoices):
    NEW = "new", gettext_lazy("New")
    ACKNOWLEDGED = "acknowledged", gettext_lazy("Acknowledged")
    IN_PROGRESS = "in_progress", gettext_lazy("In progress")
    ANSWERED = "answered", gettext_lazy("Answered")
    CLOSED = "closed", gettext_lazy("Closed")
    HANDED_OVER = "handed_over", gettext_lazy("Handed over")
    INFO_REQUESTED = "info_requested", gettext_lazy("Information requested")


# Waiting for the agency: these count in an officer's load, can be overdue, and go to a backup officer
# while their owner is away. An answered inquiry, and one whose sender was asked for information, waits for
# the sender; a closed one for nobody.
OPEN_STATUSES = (InquiryStatus.NEW, InquiryStatus.ACKNOWLEDGED, InquiryStatus.IN_PROGRESS, InquiryStatus.HANDED_OVER)


class InquiryAction(StrEnum):
    """What moves an inquiry (not shown to anyone: the refusals in ``REFUSALS`` are)."""

    ACKNOWLEDGE = "acknowledge"
    SET_STATUS = "set_status"  # by hand, to a status the officer chooses
    REPLY = "reply"
    REPLY_AND_CLOSE = "reply_and_close"
    HAND_OVER = "hand_over"
    REQUEST_INFO = "request_info"  # the agency asks the sender for information (the reply clock stops)
    FOLLOW_UP = "follow_up"  # a message from the sender, on the private status page
    RATE = "rate"


class Actor(models.TextChoices):
    OFFICER = "officer", gettext_lazy("an officer")
    SYSTEM = "system", gettext_lazy("the portal")  # no user: on receipt, from a command or a script
    SENDER = "sender", gettext_lazy("the sender")


@dataclass(frozen=True)
class Transition:
    action: InquiryAction
    by: frozenset[Actor]
    source: InquiryStatus
    target: InquiryStatus


def _rows(action, by, sources, target=None) -> list[Transition]:
    """One row per source status; without a ``target`` the status stays what it was."""
    return [Transition(action, frozenset(by), source, target or source) for source in sources]


S, A = InquiryStatus, InquiryAction
STAFF = (Actor.OFFICER, Actor.SYSTEM)
EVERY_STATUS = tuple(InquiryStatus)
NOT_CLOSED = tuple(status for status in InquiryStatus if status != S.CLOSED)

TRANSITIONS: tuple[Transition, ...] = (
    # action          by               from                                                       to
    *_rows(A.ACKNOWLEDGE, STAFF, (S.NEW, S.HANDED_OVER), S.ACKNOWLEDGED),
    *_rows(A.ACKNOWLEDGE, STAFF, (S.ACKNOWLEDGED, S.IN_PROGRESS, S.ANSWERED, S.CLOSED, S.INFO_REQUESTED)),  # time only
    # By hand: never back to "new" (someone has looked at it) nor to "handed over" (that is the hand-over),
    # nor to "information requested" (that is the request, with its message to the sender).
    *_rows(A.SET_STATUS, STAFF, (S.NEW, S.HANDED_OVER), S.ACKNOWLEDGED),
    *_rows(
        A.SET_STATUS,
        STAFF,
        (S.NEW, S.ACKNOWLEDGED, S.ANSWERED, S.CLOSED, S.HANDED_OVER, S.INFO_REQUESTED),
        S.IN_PROGRESS,
    ),
    *_rows(A.SET_STATUS, STAFF, (S.NEW, S.ACKNOWLEDGED, S.IN_PROGRESS, S.HANDED_OVER), S.ANSWERED),
    *_rows(A.SET_STATUS, STAFF, NOT_CLOSED, S.CLOSED),
    # A reply is always possible, also after closing (a further answer); it answers, or answers and closes.
    *_rows(A.REPLY, STAFF, EVERY_STATUS, S.ANSWERED),
    *_rows(A.REPLY_AND_CLOSE, STAFF, EVERY_STATUS, S.CLOSED),
    *_rows(A.HAND_OVER, STAFF, NOT_CLOSED, S.HANDED_OVER),
    # The agency needs more from the sender (a business plan, the plot size): the inquiry waits for them.
    *_rows(A.REQUEST_INFO, STAFF, NOT_CLOSED, S.INFO_REQUESTED),
    # The sender writes again: an answered inquiry, or one waiting for their information, is back in
    # progress; a closed one takes no message.
    *_rows(A.FOLLOW_UP, (Actor.SENDER,), (S.NEW, S.ACKNOWLEDGED, S.IN_PROGRESS, S.HANDED_OVER)),
    *_rows(A.FOLLOW_UP, (Actor.SENDER,), (S.ANSWERED, S.INFO_REQUESTED), S.IN_PROGRESS),
    *_rows(A.RATE, (Actor.SENDER,), (S.CLOSED,)),
)

# Why a move is refused, per action (``status``: the current status; ``to``: the one asked for by hand).
REFUSALS = {
    A.ACKNOWLEDGE: gettext_lazy("An inquiry that is “%(status)s” cannot be acknowledged."),
    A.SET_STATUS: gettext_lazy("An inquiry that is “%(status)s” cannot be set to “%(to)s” by hand."),
    A.REPLY: gettext_lazy("An inquiry that is “%(status)s” cannot be answered."),
    A.REPLY_AND_CLOSE: gettext_lazy("An inquiry that is “%(status)s” cannot be answered and closed."),
    A.HAND_OVER: gettext_lazy("An inquiry that is “%(status)s” cannot be handed over."),
    A.REQUEST_INFO: gettext_lazy("No information can be requested on an inquiry that is “%(status)s”."),
    A.FOLLOW_UP: gettext_lazy("No message can be added to an inquiry that is “%(status)s”."),
    A.RATE: gettext_lazy("An inquiry that is “%(status)s” cannot be rated."),
}


def _index(rows) -> dict[tuple[InquiryAction, InquiryStatus], dict[InquiryStatus, frozenset[Actor]]]:
    index: dict = {}
    for row in rows:
        targets = index.setdefault((row.action, row.source), {})
        if row.target in targets:
            raise ImproperlyConfigured(f"Two rows for {row.action} from {row.source} to {row.target}.")
        targets[row.target] = row.by
    for (action, source), targets in index.items():
        if action != A.SET_STATUS and len(targets) != 1:
            raise ImproperlyConfigured(f"{action} from {source} must lead to one status, not {sorted(targets)}.")
    return index


_TABLE = _index(TRANSITIONS)


def status_targets(status: str, action: InquiryAction, by: Actor) -> list[InquiryStatus]:
    """The statuses ``action`` by ``by`` may lead to from ``status`` (in the enum's order)."""
    targets = _TABLE.get((action, status), {})
    return [target for target in InquiryStatus if by in targets.get(target, ())]


def status_allows(status: str, action: InquiryAction, by: Actor) -> bool:
    return bool(status_targets(status, action, by))


def status_transition(*, status: str, action: InquiryAction, by: Actor, to: str | None = None) -> InquiryStatus:
    """The status that ``action`` by ``by`` leads to from ``status`` (``to``: the status chosen by hand).
    Raises ``InquiryActionError`` with a translated message when the table has no such row."""
    targets = _TABLE.get((action, status), {})
    if action == A.SET_STATUS:
        if to not in InquiryStatus.values:
            raise InquiryActionError(_("This status cannot be set by hand."))
        targets = {to: targets[to]} if to in targets else {}
    elif to is not None:
        raise ValueError(f"{action} leads where the table says; it takes no target status.")
    if not targets:
        labels = {"status": InquiryStatus(status).label, "to": InquiryStatus(to).label if to else ""}
        raise InquiryActionError(REFUSALS[action] % labels)
    target, allowed = next(iter(targets.items()))
    if by not in allowed:
        raise InquiryActionError(_("This action is not open to %(actor)s.") % {"actor": Actor(by).label})
    return target
