from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Portal")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from PIL import Image

        # Pillow refuses to decode anything larger: the same limit as Wagtail's upload check.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS

        from cms import signals

        signals.connect()
