"""Reference data: sectors (VSIC-keyed hierarchy), places (administrative tree with validity
dates and former names) and reusable incentives."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from cms.legal_reference import legal_reference

from .tree import TreeManager, TreeNode, TreeQuerySet


class Sector(TreeNode):
    """A sector of activity, keyed by its VSIC code (section letter, division, group…)."""

    code = models.CharField(_("VSIC code"), max_length=10, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    icon = models.CharField(_("icon"), max_length=40, blank=True)

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("parent"), FieldPanel("description")]

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["path"]

    def __str__(self) -> str:
        return f"{self.code} · {self.name}"


class PlaceQuerySet(TreeQuerySet):
    def current(self, on=None):
        on = on or timezone.localdate()
        return self.filter(models.Q(valid_from__isnull=True) | models.Q(valid_from__lte=on)).filter(
            models.Q(valid_until__isnull=True) | models.Q(valid_until__gte=on)
        )

    def former(self, on=None):
        on = on or timezone.localdate()
        return self.filter(valid_until__lt=on)


class Place(TreeNode):
    """An administrative unit (province, commune, ward…) or a named area, valid between two dates.

    Units abolished by a reorganisation are kept, with ``valid_until`` set and ``successor`` pointing
    to the unit that absorbed them, so that their former names stay findable."""

    class Kind(models.TextChoices):
        COUNTRY = "country", _("Country")
        PROVINCE = "province", _("Province or centrally run city")
        DISTRICT = "district", _("District (former level)")
        COMMUNE = "commune", _("Commune")
        WARD = "ward", _("Ward")
        SPECIAL_ZONE = "special_zone", _("Special zone")
        AREA = "area", pgettext_lazy("kind of place", "Area")  # a named region, not a surface

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    code = models.CharField(_("administrative code"), max_length=20, blank=True)
    former_names = models.TextField(
        _("former names"),
        blank=True,
        help_text=_("Names this unit or the units merged into it were known by, one per line."),
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("The last day the unit existed. Empty: still valid.")
    )
    successor = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="predecessors",
    )
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)

    objects = TreeManager.from_queryset(PlaceQuerySet)()

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("code")]),
        FieldPanel("parent"),
        FieldPanel("former_names"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]), FieldPanel("successor")],
            _("Validity"),
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], _("Coordinates")),
    ]

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["path"]

    def __str__(self) -> str:
        return self.name

    @property
    def former_name_list(self) -> list[str]:
        """The names typed in ``former_names`` (searched, not shown: they are in whatever language and
        spelling the editor used)."""
        return [line.strip() for line in self.former_names.splitlines() if line.strip()]

    @property
    def former_units(self) -> list["Place"]:
        """The abolished units this one continues (``successor`` points here), each named in the reader's
        language with its kind, as they are shown: "Tháp Mười District, Đồng Tháp Province"."""
        today = timezone.localdate()
        return [unit for unit in self.predecessors.all() if unit.valid_until and unit.valid_until < today]

    @property
    def former_unit_names(self) -> list[str]:
        """``former_units`` as text in the active language: the unit, then the unit it lay in."""
        names = []
        units = self.former_units
        # The units above them in one query (not one per unit): the page's query count does not depend on them.
        parent_paths = {unit.path[: -unit.steplen] for unit in units if unit.depth > 1}
        parents = {node.path: node for node in Place.objects.filter(path__in=parent_paths)} if parent_paths else {}
        for unit in units:
            parent = parents.get(unit.path[: -unit.steplen]) if unit.depth > 1 else None
            if parent is not None and parent.kind not in (self.Kind.COUNTRY,) and parent.pk != self.pk:
                names.append(_("%(unit)s, %(parent)s") % {"unit": unit.name, "parent": parent.name})
            else:
                names.append(unit.name)
        return names

    @property
    def is_current(self) -> bool:
        today = timezone.localdate()
        return (self.valid_from is None or self.valid_from <= today) and (
            self.valid_until is None or self.valid_until >= today
        )

    def matching_places(self):
        """This unit and everything below it; for a former unit, also the unit(s) that absorbed it."""
        units = [self]
        successor = self.successor
        for _step in range(5):  # a chain of reorganisations is short; bounded anyway
            if successor is None or successor in units:
                break
            units.append(successor)
            successor = successor.successor
        return Place.objects.subtree_of(*units)


class Incentive(models.Model):
    """An investment incentive that projects and zones can refer to."""

    class Kind(models.TextChoices):
        TAX = "tax", _("Corporate income tax")
        IMPORT_DUTY = "import_duty", _("Import duty")
        LAND = "land", _("Land rent and land use")
        SUPPORT = "support", _("Support programme")
        OTHER = "other", _("Other")

    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    description = models.TextField(_("description"), blank=True)
    legal_basis = models.CharField(
        _("legal basis (text)"),
        max_length=300,
        blank=True,
        help_text=_("Only when the text is not on the portal: otherwise choose it and its article above."),
    )
    # The structured reference: the legal text on the portal and the article the incentive rests on.
    legal_document = models.ForeignKey(
        "cms.LegalDocumentPage",
        verbose_name=_("legal text"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_article = models.CharField(_("article"), max_length=20, blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("legal_document"), FieldPanel("legal_article")], _("Legal basis")),
        FieldPanel("legal_basis"),
    ]

    class Meta:
        verbose_name = _("incentive")
        verbose_name_plural = _("incentives")
        ordering = ["kind", "title"]

    def __str__(self) -> str:
        return self.title

    @property
    def legal_reference(self) -> dict | None:
        """``{"text", "url"}``: the article the incentive rests on, in the reader's language."""
        return legal_reference(self.legal_document, self.legal_article)
