from .inquiries import (
    OPEN_STATUSES,
    Inquiry,
    InquiryEvent,
    InquiryKind,
    InquiryStatus,
    OfficerAbsence,
    new_status_token,
    status_token_hash,
)
from .outbox import OutgoingEmail
from .routing import ReplyTemplate, RoutingRule

__all__ = [
    "OPEN_STATUSES",
    "Inquiry",
    "InquiryEvent",
    "InquiryKind",
    "InquiryStatus",
    "OfficerAbsence",
    "OutgoingEmail",
    "ReplyTemplate",
    "RoutingRule",
    "new_status_token",
    "status_token_hash",
]
