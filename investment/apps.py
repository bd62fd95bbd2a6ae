from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InvestmentConfig(AppConfig):
    name = "investment"
    verbose_name = _("Investment")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.models import AbstractPage
        from wagtail.permissions import register_permission_policy

        from .permissions import AgencyPagePermissionPolicy

        # Every view that asks Wagtail's registry for the page policy lists pages as this policy allows.
        register_permission_policy(AbstractPage, AgencyPagePermissionPolicy("wagtailcore.Page"))
