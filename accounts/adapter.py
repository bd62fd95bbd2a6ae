"""allauth adapters: the portal's rules where allauth asks.

- After signing in, the investor lands in their space, ``/<lang>/account/``, in the language they were reading.
- Every rate limit counts the client address behind the trusted proxies (cms/client_address.py), as the
  inquiry limits do, not the proxy's.
- New accounts are ordinary users, never staff: investors never see the Wagtail admin. A single-sign-on
  identity whose e-mail address the provider does not vouch for (``email_verified``) gets the same mandatory
  verification by code as a sign-up by password.
"""

from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from cms.client_address import client_address


def account_home_url() -> str:
    language = translation.get_language() or settings.LANGUAGE_CODE
    return f"/{language}{settings.LOGIN_REDIRECT_URL}"


class PortalSite:
    """What allauth's e-mails call ``current_site``: the portal's name in the reader's language and its address
    (``PORTAL_BASE_URL``), not the host name of whatever request sent them."""

    @property
    def name(self) -> str:
        return gettext("Đồng Tháp Investment Portal")

    @property
    def domain(self) -> str:
        return urlsplit(settings.PORTAL_BASE_URL).netloc


class PortalAccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        super().send_mail(template_prefix, email, {**context, "current_site": PortalSite()})

    def get_login_redirect_url(self, request) -> str:
        return account_home_url()

    def get_signup_redirect_url(self, request) -> str:
        return account_home_url()

    def get_logout_redirect_url(self, request) -> str:
        return f"/{translation.get_language() or settings.LANGUAGE_CODE}/"

    def get_client_ip(self, request) -> str:
        return client_address(request) or super().get_client_ip(request)

    def save_user(self, request, user, form, commit=True):
        user.is_staff = False
        user.is_superuser = False
        return super().save_user(request, user, form, commit=commit)


class PortalSocialAccountAdapter(DefaultSocialAccountAdapter):
    def save_user(self, request, sociallogin, form=None):
        sociallogin.user.is_staff = False
        sociallogin.user.is_superuser = False
        return super().save_user(request, sociallogin, form=form)


def user_display(user) -> str:
    """How allauth names an account holder in screens and e-mails: by e-mail address (investors have no user name
    of their own; the internal one is generated)."""
    return user.email or user.get_username()
