"""What insights learns from the apps above it without them knowing: a project saved to a shortlist counts as
one "save" for its page, by the investor's country (their profile; "" when they gave none) and the page's first
sector. Only the count is kept (``services.demand_event_record``): no user, no note."""

from django.db.models.signals import post_save
from wagtail.models import Page

from insights.models import DemandEventKind
from insights.services import demand_event_record
from investors.models import InvestorProfile, ShortlistItem


def _shortlist_saved(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    page = Page.objects.filter(pk=instance.page_id).specific().first()
    sectors = getattr(page, "sectors", None)
    sector = sectors.order_by("path").values_list("pk", flat=True).first() if sectors is not None else None
    country = InvestorProfile.objects.filter(user_id=instance.user_id).values_list("country", flat=True).first()
    demand_event_record(kind=DemandEventKind.SAVE, page_id=instance.page_id, country=country or "", sector_id=sector)


def connect() -> None:
    post_save.connect(_shortlist_saved, sender=ShortlistItem, dispatch_uid="insights_shortlist_saved")
