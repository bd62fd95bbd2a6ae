"""Private pages never appear in search (issue 12, item 3).

After a page got a login or password restriction in the admin, the search API, type-ahead and search page
still showed its title, summary, highlights and capital: nothing reindexed on a privacy change. Now a view
restriction set, changed or removed on a page or an ancestor rewrites the documents below it in both
backends, and the search views drop any restricted or unpublished page a stale index still returns."""

import uuid

import pytest
from wagtail.models import PageViewRestriction

from investment.models import ProjectIndexPage
from search.models import SearchEntry
from tests.factories.inquiries import UserFactory
from tests.factories.investment import ProjectPageFactory, listing

from .conftest import api, es_backend, ids, make_project, search_backends

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["database", "elasticsearch"])
def backend(request, settings):
    """Both backends: the database alone, and Elasticsearch (behind the fallback) on a scratch index."""
    if request.param == "elasticsearch":
        yield request.getfixturevalue("scratch_index")
    else:
        settings.PORTAL_SEARCH_BACKENDS = search_backends(ELASTICSEARCH_URL="")
        yield None


def unique_words() -> tuple[str, str]:
    word = f"zq{uuid.uuid4().hex[:8]}"
    return word, f"Dự án {word} bí mật"


def set_privacy(admin_client, page, restriction_type: str, password: str = ""):
    response = admin_client.post(
        f"/admin/pages/{page.pk}/privacy/", {"restriction_type": restriction_type, "password": password}
    )
    assert response.status_code == 200 and response.json()["step"] == "set_privacy_done", response.content[:300]


def found(client, word: str) -> list[int]:
    return ids(api(client, q=word, lang="vi"))


def suggested(client, word: str) -> list[str]:
    return [item["text"] for item in api(client, "/api/search/suggest/", q=word, lang="vi")["suggestions"]]


def on_search_page(client, word: str) -> bool:
    """Whether the search page lists a hit for ``word`` (the query itself is shown on the page in any case)."""
    response = client.get("/vi/search/", {"q": word})
    assert response.status_code == 200
    return [hit["id"] for hit in response.context["hits"]] != []


def test_a_restriction_set_in_the_admin_takes_the_page_out_of_search(
    client, admin_client, backend, django_capture_on_commit_callbacks
):
    word, title = unique_words()
    with django_capture_on_commit_callbacks(execute=True):
        page = make_project(title={"vi": title, "en": title})
    assert found(client, word) == [page.pk] and suggested(client, word[:6]) == [title] and on_search_page(client, word)

    for restriction in ("login", "password"):
        with django_capture_on_commit_callbacks(execute=True):
            set_privacy(admin_client, page, restriction, password="s3cret-pass")
        assert found(client, word) == [], restriction
        assert suggested(client, word[:6]) == [], restriction
        assert not on_search_page(client, word), restriction
        assert not SearchEntry.objects.filter(page_id=page.pk).exists()  # the index itself, not only the views
        if backend:
            assert es_backend(backend).indexed_versions("vi").get(page.pk) is None

    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(admin_client, page, "none")
    assert found(client, word) == [page.pk] and suggested(client, word[:6]) == [title]


def test_a_restriction_on_an_ancestor_takes_the_pages_below_out(
    client, admin_client, backend, django_capture_on_commit_callbacks
):
    word, title = unique_words()
    with django_capture_on_commit_callbacks(execute=True):
        first = make_project(title={"vi": title})
        second = make_project(title={"vi": f"{title} hai"})
    assert sorted(found(client, word)) == sorted([first.pk, second.pk])
    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(admin_client, listing(ProjectIndexPage), "login")
    assert found(client, word) == [] and suggested(client, word[:6]) == []
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.get(page=listing(ProjectIndexPage)).delete()
    assert sorted(found(client, word)) == sorted([first.pk, second.pk])


def test_a_stale_index_still_shows_nothing_private(client, backend, django_capture_on_commit_callbacks):
    """Defence in depth: a restriction written without its signal (the index is now behind) and a page
    unpublished behind the index's back are dropped when search answers."""
    word, title = unique_words()
    with django_capture_on_commit_callbacks(execute=True):
        private = make_project(title={"vi": title})
        gone = make_project(title={"vi": f"{title} cũ"})
        public = make_project(title={"vi": f"{title} công khai"})
    assert sorted(found(client, word)) == sorted([private.pk, gone.pk, public.pk])
    PageViewRestriction.objects.bulk_create([PageViewRestriction(page=private, restriction_type="login")])
    type(gone).objects.filter(pk=gone.pk).update(live=False)
    body = api(client, q=word, lang="vi")
    assert ids(body) == [public.pk] and body["count"] == 1
    assert suggested(client, word[:6]) == [f"{title} công khai"]
    hits = client.get("/vi/search/", {"q": word}).context["hits"]
    assert [hit["id"] for hit in hits] == [public.pk]


# The same class of hole elsewhere: a private page's title on the inquiry form (``?page=<id>``).


def test_the_inquiry_form_names_no_private_page(client):
    page = ProjectPageFactory(title={"vi": "Dự án riêng tư", "en": "A private project"})
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    html = client.get(f"/en/inquiries/new/?page={page.pk}").content.decode()
    assert "A private project" not in html
    answer = client.post(
        "/api/inquiries/",
        {"kind": "investment", "name": "Aiko Tanaka", "email": "aiko@example.jp", "country": "JP",
         "message": "About the private project, please.", "language": "en", "consent": True, "page": page.pk},
        content_type="application/json",
    )  # fmt: skip
    assert answer.status_code == 400 and "page" in answer.json()["errors"]
    client.force_login(UserFactory())  # a reader the restriction lets in may ask about it
    assert "A private project" in client.get(f"/en/inquiries/new/?page={page.pk}").content.decode()
