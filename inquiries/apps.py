from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InquiriesConfig(AppConfig):
    name = "inquiries"
    label = "inquiries"
    verbose_name = _("Inquiries")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import emails  # noqa: F401  (registers the outbox's composers: every process, the worker too)
