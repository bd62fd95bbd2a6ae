"""The weekly digest of what investors could not find and the search log's retention, through the commands
(``send_search_digest``, ``prune_search_log``, as ``PORTAL_SCHEDULE`` runs them) and the outbox's delivery to
a real SMTP server on loopback (what the worker does)."""

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.users.models import UserProfile

from cms.demo.content_privacy import PRIVACY
from inquiries.models import OutgoingEmail
from search.models import SearchQueryLog
from tests import smtp as smtp_fixtures
from tests.factories.inquiries import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.smtp]

# A real SMTP server on loopback and the outbox delivery the worker runs (tests/smtp.py).
smtp_server = smtp_fixtures.smtp_server
deliver = smtp_fixtures.deliver


def searched(query: str, *, language: str = "en", results: int = 0, clicked: bool = False, days_ago: float = 1):
    return SearchQueryLog.objects.create(
        created_at=timezone.now() - timedelta(days=days_ago),
        language=language,
        backend="database",
        query=query,
        result_count=results,
        clicked_page_id=3 if clicked else None,
    )


@pytest.fixture
def content_team():
    """A group that may read the search report, as an administrator grants it in Wagtail's group editor."""
    group = Group.objects.create(name="Content team")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="portal_search", codename="view_searchquerylog")
    )
    return group


def user(username: str, *, language: str = "", groups=(), **fields):
    account = UserFactory(username=username, email=f"{username}@centre.example", **fields)
    account.groups.add(*groups)
    if language:
        profile = UserProfile.get_for_user(account)
        profile.preferred_language = language
        profile.save()
    return account


def test_the_digest_goes_once_a_week_to_who_may_read_the_report_in_their_admin_language(deliver, content_team):
    user("lan", language="ja", groups=[content_team])
    user("minh", groups=[content_team])  # no admin language chosen: the site's (Vietnamese)
    user("editor")  # may not read the report
    user("gone", groups=[content_team], is_active=False)
    searched("durian cold storage")
    searched("durian cold storage")
    searched("lotus seed", results=4)  # results, nobody opened them
    searched("mango", results=9, clicked=True)  # found and opened: not in the digest
    searched("fish feed plant", days_ago=8)  # before the week
    searched("đất khu công nghiệp", language="vi")

    out = StringIO()
    call_command("send_search_digest", "--dry-run", verbosity=2, stdout=out)
    assert "lan@centre.example [ja]" in out.getvalue() and "Search digests would be queued: 2." in out.getvalue()
    assert not OutgoingEmail.objects.exists()  # a dry run queues nothing

    call_command("scheduler", "once", "search-digest")  # as PORTAL_SCHEDULE runs it
    call_command("send_search_digest", verbosity=0)  # a second run in the same week queues nothing more
    messages = {message["To"]: message for message in deliver()}
    assert sorted(messages) == ["lan@centre.example", "minh@centre.example"]

    japanese = messages["lan@centre.example"]
    assert japanese["Subject"].strip().startswith("投資家が見つけられなかったもの")
    text = japanese.get_content()
    english = text.split("== 英語 ==")[1].split("\n== ")[0]  # the English section, in Japanese
    found_nothing, nobody_opened = english.split("結果を誰も開かなかった検索語")
    assert "- durian cold storage (2)" in found_nothing and "lotus seed" not in found_nothing
    assert "- lotus seed (1)" in nobody_opened and "durian" not in nobody_opened
    assert "mango" not in text and "fish feed plant" not in text
    assert "- đất khu công nghiệp (1)" in text  # every language with searches has its section
    assert "/admin/search-report/?language=en&days=7" in text

    vietnamese = messages["minh@centre.example"]
    assert vietnamese["Subject"].strip().startswith("Những gì nhà đầu tư không tìm thấy")
    assert "Không tìm thấy gì" in vietnamese.get_content()


def test_a_week_without_searches_sends_no_digest(deliver, content_team):
    user("lan", groups=[content_team])
    searched("old question", days_ago=10)
    out = StringIO()
    call_command("send_search_digest", stdout=out)
    assert "Search digests queued: 0." in out.getvalue()
    assert deliver() == []


def test_searches_and_their_clicks_are_deleted_after_the_retention_period(settings):
    settings.PORTAL_SEARCH_LOG_RETENTION_DAYS = 30
    kept = searched("recent", days_ago=29)
    searched("old and opened", results=3, clicked=True, days_ago=31)
    searched("older", days_ago=200)

    out = StringIO()
    call_command("prune_search_log", "--dry-run", stdout=out)
    assert "Searches older than 30 days would be deleted: 2." in out.getvalue()
    assert SearchQueryLog.objects.count() == 3

    call_command("scheduler", "once", "prune-search-log")  # as PORTAL_SCHEDULE runs it
    assert list(SearchQueryLog.objects.all()) == [kept]
    assert not SearchQueryLog.objects.filter(clicked_page_id__isnull=False).exists()

    settings.PORTAL_SEARCH_LOG_RETENTION_DAYS = 0
    with pytest.raises(CommandError, match="at least 1"):
        call_command("prune_search_log", verbosity=0)


def test_the_privacy_notice_states_the_default_retention(settings):
    retention = [section["en"] for section in PRIVACY["sections"] if "How long it is kept" in section["en"]][0]
    assert (
        f"search are noted without any personal data and deleted after {settings.PORTAL_SEARCH_LOG_RETENTION_DAYS} days"
        in retention
    )
