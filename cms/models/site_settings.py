"""Site settings: what the header and footer show."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    portal_name = models.CharField(_("portal name"), max_length=120, default="Đồng Tháp")
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    footer_text = models.TextField(_("footer text"), blank=True)
    map_tile_url = models.CharField(
        _("map tile URL"),
        max_length=300,
        blank=True,
        default="https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        help_text=_("Template of the map tile server, with {z}, {x} and {y}. Empty hides the base map."),
    )

    panels = [
        FieldPanel("portal_name"),
        FieldPanel("tagline"),
        FieldPanel("footer_text"),
        FieldPanel("map_tile_url"),
    ]

    class Meta:
        verbose_name = _("portal settings")
