"""Everything the investor's space holds about one account, for the accounts app's personal-data registry
(download and deletion, issue 17.3): ``export(user)`` answers a JSON-ready dict, ``erase(user)`` deletes it.

What is exported: the profile, the shortlist with its private notes, the saved searches with their alert
settings. What is erased: the same rows (they are the account's own and useless to anybody else). Inquiries
are not the space's data: they belong to the agencies and are exported and anonymised by ``inquiries`` under
its retention rules; the space only shows them."""

from django.db import transaction

from .models import InvestorProfile, SavedSearch, ShortlistItem


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def export(user) -> dict:
    profile = InvestorProfile.objects.filter(user=user).prefetch_related("sectors", "places").first()
    return {
        "profile": None
        if profile is None
        else {
            "language": profile.language,
            "country": profile.country.code if profile.country else "",
            "organisation": profile.organisation,
            "sectors": [{"code": sector.code, "name": sector.name} for sector in profile.sectors.all()],
            "places": [{"id": place.pk, "name": place.name} for place in profile.places.all()],
            "updated_at": _iso(profile.updated_at),
        },
        "shortlist": [
            {"page": item.page_id, "title": item.page.title, "note": item.note, "saved_at": _iso(item.created_at)}
            for item in ShortlistItem.objects.filter(user=user).select_related("page").order_by("created_at", "pk")
        ],
        "saved_searches": [
            {
                "name": saved.name,
                "params": saved.params,
                "language": saved.language,
                "source": saved.source,
                "frequency": saved.frequency,
                "created_at": _iso(saved.created_at),
                "last_sent_at": _iso(saved.last_sent_at),
            }
            for saved in SavedSearch.objects.filter(user=user).order_by("created_at", "pk")
        ],
    }


@transaction.atomic
def erase(user) -> dict[str, int]:
    """Deletes the account's profile, shortlist and saved searches. Returns how many rows of each."""
    counts = {}
    for name, model in (("profile", InvestorProfile), ("shortlist", ShortlistItem), ("saved_searches", SavedSearch)):
        counts[name], _rows = model.objects.filter(user=user).delete()
    return counts
