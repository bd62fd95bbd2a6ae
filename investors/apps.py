from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InvestorsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "investors"
    verbose_name = _("Investor's space")

    def ready(self):
        from inquiries.prefill import register_inquiry_prefill

        from .selectors import investor_inquiry_defaults

        register_inquiry_prefill(investor_inquiry_defaults)
