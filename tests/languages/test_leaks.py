"""The leak crawler: every page of the demo in English, Japanese, Korean and Chinese, and an officer's
inquiry workspace in those languages, read as a new reader would, with no Vietnamese outside the
allowed proper names (``tests/languages/leaks.py`` says how Vietnamese is recognised and which names
are allowed).

The crawl starts from every live page in the language and follows the links it finds under the same
language prefix (sub-pages such as fact sheets and comparisons included), plus the search page with a
query, the inquiry form, the reply-time figures and a private status page whose inquiry was routed,
answered and closed (its timeline is written in the reader's language from codes).
"""

import pytest
from django.test import Client
from wagtail.models import Page
from wagtail.users.models import UserProfile

from cms.i18n import page_url_in
from inquiries.models import Inquiry
from inquiries.services import inquiry_create, inquiry_hand_over, inquiry_reply, inquiry_set_status
from investment.models import Agency, ProjectPage

from .leaks import ALLOWED_NAMES_EN, crawl, leaks, report

pytestmark = [pytest.mark.django_db]

LANGUAGES = ["en", "ja", "ko", "zh-hans"]
MAX_PAGES = 400  # per language: the demo has about a hundred addresses in each


def _crawl(client: Client, language: str, seeds: list[str]) -> tuple[dict[str, list], int]:
    prefix = f"/{language}/"

    def follow(path: str) -> bool:
        # the account space asks to sign in (test_account_leaks.py reads it); the search page is seeded with a query
        return path.startswith(prefix) and not path.startswith((f"{prefix}account/", f"{prefix}search/"))

    found, seen = crawl(client, language, seeds, follow=follow, limit=MAX_PAGES)
    return found, len(seen)


@pytest.fixture
def closed_inquiries(demo):
    """One inquiry per language, routed, handed over, answered and closed: its private status token."""
    officer_agency = Agency.objects.get(slug="itpc")
    other = Agency.objects.exclude(pk=officer_agency.pk).first()
    project = ProjectPage.objects.live().order_by("pk").first()
    tokens = {}
    for language in LANGUAGES:
        created = inquiry_create(
            kind="investment",
            name="Reader",
            email=f"reader-{language}@example.com",
            message="Please send the land lease terms.",
            language=language,
            country="JP",
            page=project,
        )
        inquiry = created.inquiry
        inquiry_set_status(inquiry=inquiry, status="in_progress", actor=None)
        inquiry_hand_over(inquiry=inquiry, to_agency=other if inquiry.agency != other else officer_agency,
                          reason="Khu công nghiệp phụ trách đất", actor=None)  # fmt: skip
        inquiry_reply(inquiry=Inquiry.objects.get(pk=inquiry.pk), text="Here are the terms.", actor=None, close=True)
        tokens[language] = created.token
    return tokens


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_public_site_reads_in_the_readers_language(demo, closed_inquiries, language):
    client = Client()
    seeds = [f"/{language}/"]
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        url = page_url_in(page, language)
        if url:
            seeds.append(url)
    seeds += [
        f"/{language}/search/?q=dong+thap",
        f"/{language}/inquiries/new/",
        f"/{language}/inquiries/response-times/",
        f"/{language}/inquiries/status/{closed_inquiries[language]}/",
    ]
    found, crawled = _crawl(client, language, seeds)
    print(f"leak crawler, {language}: {crawled} addresses crawled, {len(found)} with Vietnamese")
    assert crawled >= 70, f"only {crawled} addresses crawled in {language}"
    assert not found, f"Vietnamese on {len(found)} of {crawled} {language} pages:\n{report(found)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_officers_workspace_reads_in_their_language(demo, closed_inquiries, language, django_user_model):
    officer = django_user_model.objects.create_superuser(f"officer-{language}", f"o-{language}@example.com", "x")
    profile = UserProfile.get_for_user(officer)
    profile.preferred_language = language
    profile.save()
    client = Client()
    client.force_login(officer)
    paths = ["/admin/inquiries/", "/admin/inquiries/dashboard/", "/admin/insights/"]
    paths += [f"/admin/inquiries/{pk}/" for pk in Inquiry.objects.order_by("pk").values_list("pk", flat=True)]
    found = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        page_leaks = leaks(response.content.decode(), language)
        if page_leaks:
            found[path] = page_leaks
    print(f"leak crawler, {language} workspace: {len(paths)} admin screens read, {len(found)} with Vietnamese")
    assert not found, f"Vietnamese in the {language} workspace:\n{report(found)}"


def test_the_detector_finds_vietnamese_and_spares_allowed_names():
    """The crawler's own check, on text it must and must not flag."""
    page = '<html lang="{lang}"><body><p>{text}</p></body></html>'
    assert leaks(page.format(lang="ja", text="（旧名 Huyện Tháp Mười, Tỉnh Đồng Tháp）"), "ja")
    assert leaks(page.format(lang="ja", text="Luật Đầu tư (minh hoa)"), "ja")
    assert leaks(page.format(lang="en", text="Answered · Tinh Dong Thap"), "en")  # unaccented common word
    assert not leaks(page.format(lang="en", text=f"{ALLOWED_NAMES_EN[0]} Province, Decree 31/2021/NĐ-CP"), "en")
    assert not leaks(page.format(lang="ja", text='投資法 <span lang="vi" data-original>Điều 15</span>'), "ja")
    # Declaring a language is not enough: the element must say why Vietnamese is there.
    assert leaks(page.format(lang="ja", text='<span lang="vi">Đã đóng</span>'), "ja")
