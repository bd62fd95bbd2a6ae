from .calendar import AgencyClosure
from .inquiries import (
    Inquiry,
    InquiryEvent,
    InquiryKind,
    OfficerAbsence,
    new_status_token,
    new_status_token_salt,
    status_token_from_salt,
    status_token_hash,
)
from .officers import OfficerProfile
from .outbox import OutgoingEmail
from .routing import RoutingRule
from .status import (
    OPEN_STATUSES,
    TRANSITIONS,
    Actor,
    InquiryAction,
    InquiryActionError,
    InquiryStatus,
    status_allows,
    status_targets,
    status_transition,
)
from .templates import NO_PAGE, ReplyTemplate
from .visits import InquiryVisit, VisitFormat

__all__ = [
    "NO_PAGE",
    "OPEN_STATUSES",
    "TRANSITIONS",
    "VisitFormat",
    "Actor",
    "AgencyClosure",
    "Inquiry",
    "InquiryAction",
    "InquiryActionError",
    "InquiryEvent",
    "InquiryKind",
    "InquiryStatus",
    "InquiryVisit",
    "OfficerAbsence",
    "OfficerProfile",
    "OutgoingEmail",
    "ReplyTemplate",
    "RoutingRule",
    "new_status_token",
    "new_status_token_salt",
    "status_token_from_salt",
    "status_allows",
    "status_targets",
    "status_transition",
    "status_token_hash",
]
