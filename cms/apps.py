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

        # Images are public: the policy never offers a private collection to put them in (cms/media_privacy.py).
        # Registered for the exact class, so it wins over the one wagtail.images registers after this app.
        from wagtail.images import get_image_model
        from wagtail.permissions import register_permission_policy

        from cms.media_privacy import image_permission_policy

        register_permission_policy(get_image_model(), image_permission_policy(), exact_class=True)
