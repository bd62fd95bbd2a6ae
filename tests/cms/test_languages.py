"""Five languages: prefixes, the redirect from /, <html lang>, hreflang, the switcher and fallbacks."""

import re

import pytest
from wagtail.models import Page

from cms.models import ContentPage, GuideIndexPage, InvestorGuidePage

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db, pytest.mark.smoke]

LANGUAGES = ["vi", "en", "ja", "ko", "zh-hans"]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("ja,en;q=0.8", "/ja/"),
        ("ko-KR,ko;q=0.9", "/ko/"),
        ("zh-CN,zh;q=0.9", "/zh-hans/"),
        ("en-US,en;q=0.9", "/en/"),
        ("fr-FR,fr;q=0.9", "/vi/"),
        ("", "/vi/"),
    ],
)
def test_root_redirects_to_the_best_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_in_each_language(client, home, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    heading = getattr(home, f"hero_heading_{language.replace('-', '_')}")
    assert heading and heading in html
    # Every language the page exists in is announced as an alternate, plus x-default.
    for other in LANGUAGES:
        assert f'hreflang="{other}" href="http://testserver/{other}/"' in html
    assert 'hreflang="x-default"' in html


def test_unknown_language_prefix_is_not_found(client):
    response = client.get("/fr/", follow=True)
    assert response.status_code == 404


def test_language_switcher_keeps_the_reader_on_the_same_page(client):
    guide = InvestorGuidePage.objects.live().first()
    vi_url = guide.get_url()
    html = client.get(vi_url).content.decode()
    links = dict(re.findall(r'<a href="([^"]+)" hreflang="([^"]+)" lang=', html))
    by_language = {language: url for url, language in links.items()}
    assert set(by_language) == set(LANGUAGES)
    for language, url in by_language.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert url.startswith(f"/{language}/")
        title = getattr(guide, f"title_{language.replace('-', '_')}")
        assert title in response.content.decode()


def test_translated_slugs_route_to_the_same_page(client):
    guide = InvestorGuidePage.objects.live().first()
    assert guide.slug_en != guide.slug_vi
    response = client.get(f"/en/{GuideIndexPage.objects.get().slug_en}/{guide.slug_en}/")
    assert response.status_code == 200
    assert guide.title_en in response.content.decode()


def _untranslated_page(home, **titles):
    page = ContentPage(title="Trang chỉ có tiếng Việt", slug="chi-tieng-viet", introduction="Nội dung gốc.")
    page.title_vi = "Trang chỉ có tiếng Việt"
    page.slug_vi = "chi-tieng-viet"
    page.introduction_vi = "Nội dung gốc."
    for field, value in titles.items():
        setattr(page, field, value)
    home.add_child(instance=page)
    return page


def test_page_missing_a_language_falls_back_to_vietnamese_with_a_notice(client, home):
    _untranslated_page(home)
    response = client.get("/ja/chi-tieng-viet/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ja">' in html
    assert "Trang chỉ có tiếng Việt" in html
    assert 'data-translation="fallback"' in html
    # the notice itself is in Japanese, naming both languages in their own scripts
    assert "日本語" in html and "Tiếng Việt" in html
    # hreflang announces only the language the page exists in
    assert 'hreflang="vi"' in html
    assert 'rel="alternate" hreflang="ja"' not in html


def test_fallback_prefers_english_over_vietnamese(client, home):
    _untranslated_page(home, title_en="English only version", introduction_en="English text.")
    html = client.get("/ko/chi-tieng-viet/").content.decode()
    assert "English only version" in html
    assert "English text." in html
    assert 'data-translation="fallback"' in html


def test_partly_translated_page_says_so(client, home):
    _untranslated_page(home, title_en="Half translated")
    html = client.get("/en/chi-tieng-viet/").content.decode()
    assert "Half translated" in html
    assert 'data-translation="partial"' in html


def test_fully_translated_page_has_no_notice(client, home):
    html = client.get(f"/en/{ContentPage.objects.live().first().slug_en}/").content.decode()
    assert "data-translation=" not in html


def test_sample_content_is_labelled_on_every_demo_page(client):
    for page in Page.objects.filter(depth__gt=1).specific():
        assert page.is_sample_content, page
    html = client.get("/en/").content.decode()
    assert "notice-sample" in html
