"""Slugs are ASCII in every language; a changed address is redirected."""

import pytest
from django.utils import translation

from cms.i18n import page_url_in
from cms.models import ContentPage
from cms.slugs import ascii_slug
from tests.factories.cms import home_page

pytestmark = [pytest.mark.django_db]


def test_vietnamese_is_transliterated_without_tones():
    assert ascii_slug("Nhà máy sấy lúa Đồng Tháp") == "nha-may-say-lua-dong-thap"


def _new_page(title: dict, slug: dict | None = None) -> ContentPage:
    page = ContentPage()
    for code, text in title.items():
        setattr(page, f"title_{code.replace('-', '_')}", text)
    for code, text in (slug or {}).items():
        setattr(page, f"slug_{code.replace('-', '_')}", text)
    with translation.override("vi"):
        page.title = title["vi"]
        home_page().add_child(instance=page)
        page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_a_new_page_gets_ascii_slugs_and_cjk_pages_a_readable_one():
    page = _new_page(
        {"vi": "Nhà máy sấy lúa", "en": "Rice drying plant", "ja": "精米乾燥工場"},
        slug={"vi": "nhà-máy-sấy-lúa", "en": "rice-drying-plant", "ja": "精米乾燥工場"},
    )
    assert page.slug_vi == "nha-may-say-lua"
    assert page.slug_ja == "rice-drying-plant"  # the English slug: readable, never %-escapes
    assert page_url_in(page, "ja").endswith("/ja/rice-drying-plant/")
    assert all(url.isascii() for url in [page_url_in(page, code) for code in ("vi", "en", "ja", "ko", "zh-hans")])


def test_a_page_without_english_takes_the_vietnamese_slug_for_cjk():
    page = _new_page({"vi": "Khu công nghiệp Sa Đéc", "ko": "사덱 산업단지"}, slug={"ko": "사덱-산업단지"})
    assert page.slug_vi == "khu-cong-nghiep-sa-dec"
    assert page.slug_ko == "khu-cong-nghiep-sa-dec"


def test_an_editors_ascii_slug_is_kept():
    page = _new_page({"vi": "Hướng dẫn", "ja": "ガイド"}, slug={"vi": "huong-dan", "ja": "toushi-gaido"})
    assert page.slug_ja == "toushi-gaido"


def test_a_changed_slug_redirects_the_old_address(client):
    page = _new_page({"vi": "Dự án cũ", "en": "Old project"}, slug={"vi": "du-an-cu", "en": "old-project"})
    old_ja = page_url_in(page, "ja")
    old_en = page_url_in(page, "en")
    page.slug_en = "renamed-project"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page_url_in(page, "en").endswith("/en/renamed-project/")
    response = client.get(old_en)
    assert response.status_code == 301 and response["Location"].endswith("/en/renamed-project/")
    assert client.get(old_ja).status_code in (200, 301)  # ja followed the English slug
    assert client.get(page_url_in(page, "en")).status_code == 200
