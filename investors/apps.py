from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.utils.translation import gettext_lazy as _


class InvestorsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "investors"
    verbose_name = _("Investor's space")

    def ready(self):
        from accounts.personal_data import personal_data_register
        from inquiries.prefill import register_inquiry_prefill

        from . import personal_data
        from .pending import complete_after_sign_in
        from .selectors import investor_inquiry_defaults

        register_inquiry_prefill(investor_inquiry_defaults)
        user_logged_in.connect(complete_after_sign_in, dispatch_uid="investors.pending_save")
        personal_data_register(name="investor_space", export=personal_data.export, erase=personal_data.erase)
