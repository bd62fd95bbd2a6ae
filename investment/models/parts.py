"""The inline parts of catalogue pages: a project's gallery and brochures, a zone's plots.

They name their pages by string, so that the read helpers (``investment.selectors``), which the page
models call, can import them without importing the page models.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from investment.fields import NON_NEGATIVE


class ProjectImage(Orderable):
    page = ParentalKey("investment.ProjectPage", on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]


class ProjectDocument(Orderable):
    page = ParentalKey("investment.ProjectPage", on_delete=models.CASCADE, related_name="brochures")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=250, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]


class ZonePlot(Orderable):
    page = ParentalKey("investment.ZonePage", on_delete=models.CASCADE, related_name="plots")
    label = models.CharField(_("plot"), max_length=40)
    area_ha = models.DecimalField(_("area (ha)"), max_digits=8, decimal_places=2, validators=NON_NEGATIVE)
    available = models.BooleanField(_("available"), default=True)
    note = models.CharField(_("note"), max_length=200, blank=True)

    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("area_ha"), FieldPanel("available")]), FieldPanel("note")]
