import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from cms.models import InvestorGuidePage, NewsPage
from investment.models import Agency

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db, pytest.mark.smoke]


def _snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        get_image_model().objects.count(),
        Agency.objects.count(),
        list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id")),
    )


def test_demo_content_is_complete():
    assert InvestorGuidePage.objects.live().count() >= 4
    assert NewsPage.objects.live().count() >= 6
    assert Agency.objects.count() >= 4
    for guide in InvestorGuidePage.objects.all():
        for language in ["vi", "en", "ja", "ko", "zh_hans"]:
            assert getattr(guide, f"title_{language}"), (guide.pk, language)
            assert len(getattr(guide, f"steps_{language}")) >= 3


def test_load_demo_is_idempotent(capsys):
    before = _snapshot()
    call_command("load_demo", "--no-index")
    assert "nothing changed" in capsys.readouterr().out
    assert _snapshot() == before
