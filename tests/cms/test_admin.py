"""Editors fill each language in the admin and see which pages miss a translation."""

import pytest

from cms.models import ContentPage, InvestorGuidePage

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db, pytest.mark.smoke]


def test_page_editor_offers_every_language(admin_client):
    guide = InvestorGuidePage.objects.live().first()
    response = admin_client.get(f"/admin/pages/{guide.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    for suffix in ["vi", "en", "ja", "ko", "zh_hans"]:
        assert f'name="title_{suffix}"' in html
        assert f'name="summary_{suffix}"' in html


def test_translation_status_counts_complete_pages_per_language(admin_client, home):
    response = admin_client.get("/admin/translation-status/")
    assert response.status_code == 200
    languages = {status.code: status for status in response.context["languages"]}
    assert set(languages) == {"en", "ja", "ko", "zh-hans"}
    total = languages["en"].total
    assert total >= 13
    assert languages["ja"].complete == total  # the demo is fully translated

    page = ContentPage(title="Chỉ tiếng Việt", slug="chi-tieng-viet", introduction="Văn bản.")
    page.title_vi, page.slug_vi, page.introduction_vi = "Chỉ tiếng Việt", "chi-tieng-viet", "Văn bản."
    page.title_en = "English title only"
    home.add_child(instance=page)

    response = admin_client.get("/admin/translation-status/")
    languages = {status.code: status for status in response.context["languages"]}
    assert languages["ja"].missing == 1
    assert languages["en"].partial == 1  # title translated, introduction not
    assert languages["ja"].complete == total
    needing_work = {item.page.pk: item for item in response.context["pages"]}
    assert needing_work[page.pk].missing_languages == ["ja", "ko", "zh-hans"]
    assert needing_work[page.pk].partial_languages == {"en": ["introduction"]}


def test_translation_status_requires_admin_access(client):
    response = client.get("/admin/translation-status/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
