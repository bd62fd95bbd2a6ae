"""The leak crawler on the investor's side of the portal: the account screens (sign-in, sign-up, sign-in by
code, password reset) and, signed in, the investor's space with a shortlist, a saved search and an inquiry,
read in English, Japanese, Korean and Chinese with no Vietnamese outside the allowed proper names
(``tests/languages/leaks.py``). The public crawl (test_leaks.py) stops at /<lang>/account/; this one starts
there."""

import pytest
from allauth.account.models import EmailAddress
from django.test import Client

from inquiries.services import inquiry_create
from investment.models import ProjectPage
from investors.services import investor_profile_update, saved_search_create, shortlist_add

from .leaks import crawl, report

pytestmark = [pytest.mark.django_db]

LANGUAGES = ["en", "ja", "ko", "zh-hans"]
MAX_PAGES = 60  # per language and reader
SKIP = ("logout/", "delete/", "unsubscribe/", "download/")  # actions (their forms are read, not sent)


def _crawl(client: Client, language: str, seeds: list[str]) -> tuple[dict[str, list], list[str]]:
    prefix = f"/{language}/account/"

    def follow(path: str) -> bool:
        return path.startswith(prefix) and not path.endswith(SKIP)

    return crawl(client, language, seeds, follow=follow, limit=MAX_PAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_account_screens_read_in_the_readers_language(demo, language):
    account = f"/{language}/account/"
    seeds = [f"{account}login/", f"{account}signup/", f"{account}login/code/", f"{account}password/reset/"]
    found, seen = _crawl(Client(), language, seeds)
    print(f"account leak crawl, {language}, signed out: {len(seen)} screens")
    assert len(seen) >= len(seeds)
    assert not found, f"Vietnamese on {len(found)} {language} account screens:\n{report(found)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_investors_space_reads_in_the_readers_language(demo, language, django_user_model):
    email = f"investor-{language}@example.jp"
    investor = django_user_model.objects.create_user(f"investor-{language}", email, "a long pass phrase 42")
    EmailAddress.objects.create(user=investor, email=email, verified=True, primary=True)
    investor_profile_update(user=investor, language=language, country="JP", organisation="Lotus Foods")
    projects = list(ProjectPage.objects.live().order_by("pk")[:2])
    for project in projects:
        shortlist_add(user=investor, page_id=project.pk, note="Ask about the land lease.")
    saved_search_create(user=investor, data={"q": "lotus", "lang": language}, language=language)
    inquiry_create(
        kind="investment", name="Aiko Tanaka", email=email, message="Please send the land lease terms.",
        language=language, country="JP", page=projects[0],
    )  # fmt: skip
    client = Client()
    client.force_login(investor)
    account = f"/{language}/account/"
    seeds = [account, f"{account}profile/", f"{account}searches/", f"{account}data/", f"{account}email/"]
    seeds.append(f"{account}shortlist/compare/?ids={projects[0].pk},{projects[1].pk}")
    found, seen = _crawl(client, language, seeds)
    print(f"account leak crawl, {language}, signed in: {len(seen)} screens")
    assert any(path.startswith(f"{account}inquiries/") for path in seen), seen  # the inquiry was linked and read
    assert not found, f"Vietnamese on {len(found)} {language} screens of the investor's space:\n{report(found)}"
