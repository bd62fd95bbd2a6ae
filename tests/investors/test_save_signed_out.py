""" "Save" pressed while signed out (the plain form, as without JavaScript): the sign-in screen comes next, and
the sign-in that follows, by password or by a new account verified by the code from the e-mail (real SMTP sink),
saves the page and brings the investor back to the page they were on, with a translated confirmation. A GET
never saves anything (links on other sites cannot fill a shortlist)."""

from urllib.parse import parse_qs, urlparse

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.test import Client

from cms.i18n import page_url_in
from investors.models import ShortlistItem
from tests.accounts import conftest as account_fixtures
from tests.accounts.conftest import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.smtp]
mail = account_fixtures.mail  # allauth's e-mails to the real SMTP sink (tests/smtp.py)


def press_save(client, page, language):
    url = page_url_in(page, language)
    response = client.post(
        f"/{language}/account/shortlist/",
        {"page": page.pk, "action": "save"},
        HTTP_REFERER=f"http://testserver{url}",
    )
    return url, response


def test_save_signed_out_then_sign_up_and_verify_saves_it_and_returns_to_the_page(catalogue, client, mail):
    project = catalogue["projects"][0]
    url, response = press_save(client, project, "ja")
    assert response.status_code == 302
    location = urlparse(response["Location"])
    assert location.path == "/ja/account/login/" and parse_qs(location.query)["next"] == [url]
    login_screen = client.get(response["Location"])
    assert "サインインするかアカウントを作成してください" in login_screen.content.decode()
    assert f"/ja/account/signup/?next={url.replace('/', '%2F')}" in login_screen.content.decode()

    data = {"email": "new.investor@example.jp", "password1": PASSWORD, "password2": PASSWORD, "consent": "on"}
    response = client.post("/ja/account/signup/", {**data, "next": url})
    assert response.status_code == 302 and response["Location"] == "/ja/account/confirm-email/"
    assert not ShortlistItem.objects.exists()  # not signed in yet
    response = client.post("/ja/account/confirm-email/", {"code": mail.code_for("new.investor@example.jp")})
    assert response.status_code == 302 and response["Location"] == url

    user = get_user_model().objects.get(email="new.investor@example.jp")
    assert list(ShortlistItem.objects.filter(user=user).values_list("page_id", flat=True)) == [project.pk]
    back = client.get(url)
    assert back.status_code == 200
    assert "サインインしました。選んだページを候補リストに保存しました。" in back.content.decode()


def test_save_signed_out_then_sign_in_by_password_saves_it_once(catalogue, client, mail, django_user_model):
    project = catalogue["projects"][1]
    user = django_user_model.objects.create_user("lan", "lan@example.vn", PASSWORD)
    EmailAddress.objects.create(user=user, email="lan@example.vn", verified=True, primary=True)
    url, response = press_save(client, project, "en")
    login = response["Location"]
    response = client.post(login, {"login": "lan@example.vn", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == url
    assert list(ShortlistItem.objects.filter(user=user).values_list("page_id", flat=True)) == [project.pk]
    assert "the page you chose is saved to your shortlist" in client.get(url).content.decode()
    # Signing in again later takes nothing along: the pending save was used up.
    ShortlistItem.objects.all().delete()
    again = Client()
    again.post("/en/account/login/", {"login": "lan@example.vn", "password": PASSWORD})
    assert not ShortlistItem.objects.exists()


def test_a_get_never_saves_and_a_page_that_is_not_in_the_catalogue_is_refused(catalogue, client, mail, investor):
    response = client.get(f"/en/account/shortlist/?page={catalogue['projects'][0].pk}&action=save")
    assert response.status_code == 302 and urlparse(response["Location"]).path == "/en/account/login/"
    EmailAddress.objects.create(user=investor, email=investor.email, verified=True, primary=True)
    investor.set_password(PASSWORD)
    investor.save()
    response = client.post("/en/account/shortlist/", {"page": "999999", "action": "save"})
    location = urlparse(response["Location"])
    assert location.path == "/en/account/login/" and parse_qs(location.query)["next"] == ["/en/account/"]  # no Referer
    response = client.post(response["Location"], {"login": investor.email, "password": PASSWORD}, follow=True)
    assert response.redirect_chain[0] == ("/en/account/", 302)
    assert "Only published projects, opportunities and zones can be saved." in response.content.decode()
    assert not ShortlistItem.objects.exists()
