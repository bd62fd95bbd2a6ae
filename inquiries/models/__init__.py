from .inquiries import Inquiry, InquiryEvent, InquiryKind, OfficerAbsence, new_status_token, status_token_hash
from .outbox import OutgoingEmail
from .routing import ReplyTemplate, RoutingRule
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
from .visits import InquiryVisit, VisitFormat

__all__ = [
    "OPEN_STATUSES",
    "TRANSITIONS",
    "VisitFormat",
    "Actor",
    "Inquiry",
    "InquiryAction",
    "InquiryActionError",
    "InquiryEvent",
    "InquiryKind",
    "InquiryStatus",
    "InquiryVisit",
    "OfficerAbsence",
    "OutgoingEmail",
    "ReplyTemplate",
    "RoutingRule",
    "new_status_token",
    "status_allows",
    "status_targets",
    "status_transition",
    "status_token_hash",
]
