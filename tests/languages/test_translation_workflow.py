"""The editors' translation report: missing, outdated, translated, reviewed; and marking one reviewed."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission

from cms.models import TranslationRecord
from tests.factories.cms import home_page
from tests.factories.investment import ProjectPageFactory

pytestmark = [pytest.mark.django_db]


def _cells(admin_client, page) -> dict[str, str]:
    response = admin_client.get("/admin/translation-status/")
    assert response.status_code == 200
    row = BeautifulSoup(response.content.decode(), "html.parser").find(attrs={"data-page": str(page.pk)})
    return {cell["data-language"]: cell["data-state"] for cell in row.find_all("td", attrs={"data-state": True})}


def _publish(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def test_outdated_when_the_vietnamese_changes_reviewed_when_an_editor_checks(admin_client):
    home_page()
    # Every other field is faked in all five languages; the title has no Chinese: the page is missing there.
    project = ProjectPageFactory(title={"vi": "Nhà máy", "en": "Plant", "ja": "工場", "ko": "공장"})
    expected = {"en": "translated", "ja": "translated", "ko": "translated", "zh-hans": "missing"}
    assert _cells(admin_client, project) == expected

    project.summary_vi = "Tóm tắt mới: quy mô mở rộng"  # the source changes, the translations do not
    project = _publish(project)
    expected = {"en": "outdated", "ja": "outdated", "ko": "outdated", "zh-hans": "missing"}
    assert _cells(admin_client, project) == expected
    assert TranslationRecord.objects.get(page=project, language="ko").reviewed_at is None

    # An editor translates Japanese again: it is made from the new source.
    project.summary_ja = "新しい概要：規模拡大"
    project = _publish(project)
    assert _cells(admin_client, project) == {**expected, "ja": "translated"}

    # Korean stays outdated until an editor marks it reviewed.
    response = admin_client.post(f"/admin/translation-status/{project.pk}/ko/reviewed/")
    assert response.status_code == 302
    assert _cells(admin_client, project) == {**expected, "ja": "translated", "ko": "reviewed"}
    assert TranslationRecord.objects.get(page=project, language="ko").reviewed_by.username == "root"

    # A review holds for the source it was made against: the next change of the Vietnamese outdates it.
    project.summary_vi = "Tóm tắt mới hơn"
    project = _publish(project)
    assert _cells(admin_client, project) == {"en": "outdated", "ja": "outdated", "ko": "outdated", "zh-hans": "missing"}


def test_marking_reviewed_needs_edit_rights_and_a_post(client, django_user_model):
    page = home_page()
    user = django_user_model.objects.create_user("reader", password="x")

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(f"/admin/translation-status/{page.pk}/ja/reviewed/").status_code == 405
    client.post(f"/admin/translation-status/{page.pk}/ja/reviewed/")
    assert not TranslationRecord.objects.filter(page=page, language="ja", reviewed_at__isnull=False).exists()
