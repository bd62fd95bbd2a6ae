"""The inquiries' part of the Wagtail admin: the permission policies (registered first, before any view
asks Wagtail for the policy of these models) and the "Inquiries" menu with its viewsets (``viewsets.py``)."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import Inquiry, OfficerAbsence, OutgoingEmail
from .permissions import absence_permission_policy, inquiry_permission_policy, outbox_permission_policy
from .viewsets import InquiryViewSetGroup

register_permission_policy(Inquiry, inquiry_permission_policy)
register_permission_policy(OfficerAbsence, absence_permission_policy)
register_permission_policy(OutgoingEmail, outbox_permission_policy)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return InquiryViewSetGroup()
