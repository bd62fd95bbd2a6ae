"""The fallback notice names the language actually shown, in the reader's language; the API says which
language each field came from."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from cms.i18n import page_url_in
from cms.models import ContentPage
from tests.factories.cms import home_page

pytestmark = [pytest.mark.django_db]


def _page(title: dict, introduction: dict) -> ContentPage:
    page = ContentPage()
    for field, values in (("title", title), ("introduction", introduction)):
        for code, text in values.items():
            setattr(page, f"{field}_{code.replace('-', '_')}", text)
    with translation.override("vi"):
        page.title, page.introduction = title["vi"], introduction.get("vi", "")
        home_page().add_child(instance=page)
        page.save_revision().publish()
    return ContentPage.objects.get(pk=page.pk)


def _notice(client, url):
    soup = BeautifulSoup(client.get(url).content.decode(), "html.parser")
    notice = soup.select_one(".notice-translation")
    return notice["data-translation"], notice.get_text(strip=True)


def test_a_vietnamese_only_page_says_vietnamese_in_japanese(client):
    page = _page({"vi": "Chỉ tiếng Việt"}, {"vi": "Nội dung"})
    kind, text = _notice(client, page_url_in(page, "ja"))
    assert kind == "fallback"
    assert text == "このページの日本語版はまだありません。ベトナム語版を表示しています。"


def test_an_english_fallback_names_english(client):
    page = _page({"vi": "Trang", "en": "Page"}, {"vi": "Nội dung", "en": "Content"})
    kind, text = _notice(client, page_url_in(page, "ko"))
    assert kind == "fallback" and "영어" in text and "베트남어" not in text


def test_a_partial_page_names_the_languages_its_gaps_show_in(client):
    page = _page({"vi": "Trang", "ja": "ページ"}, {"vi": "Nội dung"})
    kind, text = _notice(client, page_url_in(page, "ja"))
    assert kind == "partial" and "ベトナム語" in text and "英語" not in text


def test_the_api_says_which_language_each_field_came_from(client):
    page = _page({"vi": "Trang", "ja": "ページ"}, {"vi": "Nội dung", "en": "Content"})
    data = client.get(f"/api/v2/pages/{page.pk}/?lang=ja").json()
    assert data["meta"]["field_languages"] == {"title": "ja", "introduction": "en"}
    assert data["title"] == "ページ" and data["introduction"] == "Content"
    listing = client.get("/api/v2/pages/?lang=ko&type=cms.ContentPage").json()
    item = next(item for item in listing["items"] if item["id"] == page.pk)
    assert item["meta"]["field_languages"]["title"] == "vi"
