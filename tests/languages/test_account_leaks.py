"""The leak crawler on the investor's side of the portal: the account screens (sign-in, sign-up, sign-in by
code, password reset) and, signed in, the investor's space with a shortlist, a saved search and an inquiry,
read in English, Japanese, Korean and Chinese with no Vietnamese outside the allowed proper names
(``tests/languages/leaks.py``). The public crawl (test_leaks.py) stops at /<lang>/account/; this one starts
there."""

import re
from urllib.parse import urldefrag, urlsplit

import pytest
from allauth.account.models import EmailAddress
from django.test import Client

from inquiries.services import inquiry_create
from investment.models import ProjectPage
from investors.services import investor_profile_update, saved_search_create, shortlist_add

from .leaks import leaks

pytestmark = [pytest.mark.django_db]

LANGUAGES = ["en", "ja", "ko", "zh-hans"]
LINK = re.compile(r'href="([^"]+)"')
MAX_PAGES = 60  # per language and reader
SKIP = ("logout/", "delete/", "unsubscribe/", "download/")  # actions (their forms are read, not sent)


def _crawl(client: Client, language: str, seeds: list[str]) -> tuple[dict[str, list], list[str]]:
    prefix = f"/{language}/account/"
    seen: list[str] = []
    queue = list(dict.fromkeys(seeds))
    found: dict[str, list] = {}
    while queue and len(seen) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.append(path)
        response = client.get(path, follow=True)
        assert response.status_code == 200, f"{path}: {response.status_code}"
        if "text/html" not in response.get("Content-Type", ""):
            continue
        page_leaks = leaks(response.content.decode(), language)
        if page_leaks:
            found[path] = page_leaks
        for href in LINK.findall(response.content.decode()):
            parts = urlsplit(urldefrag(href.replace("&amp;", "&"))[0])
            if parts.netloc or parts.query or not parts.path.startswith(prefix) or parts.path.endswith(SKIP):
                continue
            queue.append(parts.path)
    return found, seen


def _report(found: dict[str, list]) -> str:
    return "\n".join(
        f"{path}: {', '.join(sorted({word for word, _ in items}))} — e.g. {items[0][1]!r}"
        for path, items in list(found.items())[:15]
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_account_screens_read_in_the_readers_language(demo, language):
    account = f"/{language}/account/"
    seeds = [f"{account}login/", f"{account}signup/", f"{account}login/code/", f"{account}password/reset/"]
    found, seen = _crawl(Client(), language, seeds)
    print(f"account leak crawl, {language}, signed out: {len(seen)} screens")
    assert len(seen) >= len(seeds)
    assert not found, f"Vietnamese on {len(found)} {language} account screens:\n{_report(found)}"


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
    assert not found, f"Vietnamese on {len(found)} {language} screens of the investor's space:\n{_report(found)}"
