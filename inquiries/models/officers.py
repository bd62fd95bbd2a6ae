"""What an investor is told about the officer who answers them: a named contact with full details (name,
job title, direct phone and e-mail), per language where needed. Officers fill it in on their account page
(Account › Officer profile); replies and their signatures read it (``inquiries.replies``)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OfficerProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="officer_profile"
    )
    display_name = models.CharField(
        _("name shown to investors"),
        max_length=120,
        blank=True,
        help_text=_("Empty: the name of your account. Per language if needed (for example in katakana)."),
    )
    title = models.CharField(_("job title"), max_length=120, blank=True)
    phone = models.CharField(_("direct phone"), max_length=40, blank=True)
    email = models.EmailField(_("direct e-mail"), blank=True, help_text=_("Empty: the e-mail of your account."))

    class Meta:
        verbose_name = _("officer profile")
        verbose_name_plural = _("officer profiles")

    def __str__(self) -> str:
        return str(self.user)
