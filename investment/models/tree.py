"""A small adjacency-list tree with a materialised path, for sectors and places.

``tree_path`` is ``/<pk>/<pk>/…/`` from the root, so "this node and everything below it"
is one indexed ``startswith`` query, and the depth is never fixed in advance.
"""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _


class TreeNode(models.Model):
    parent = models.ForeignKey(
        "self", verbose_name=_("parent"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    tree_path = models.CharField(max_length=255, editable=False, db_index=True, default="")

    class Meta:
        abstract = True

    @transaction.atomic
    def save(self, *args, **kwargs):
        old_path = self.tree_path
        if self.pk is None:
            super().save(*args, **kwargs)
            kwargs.pop("force_insert", None)
        self.tree_path = f"{self.parent.tree_path if self.parent_id else '/'}{self.pk}/"
        super().save(*args, **kwargs)
        if old_path and old_path != self.tree_path:
            descendants = list(type(self).objects.filter(tree_path__startswith=old_path).exclude(pk=self.pk))
            for descendant in descendants:
                descendant.tree_path = self.tree_path + descendant.tree_path[len(old_path) :]
            type(self).objects.bulk_update(descendants, ["tree_path"])

    def clean(self):
        super().clean()
        node = self.parent
        while node is not None:
            if self.pk is not None and node.pk == self.pk:
                raise ValidationError({"parent": _("A node cannot be placed below itself.")})
            node = node.parent

    def with_descendants(self):
        return type(self).objects.filter(tree_path__startswith=self.tree_path)

    def ancestors(self, inclusive: bool = True):
        ids = [int(part) for part in self.tree_path.strip("/").split("/") if part]
        if not inclusive:
            ids = ids[:-1]
        nodes = type(self).objects.in_bulk(ids)
        return [nodes[pk] for pk in ids if pk in nodes]

    @property
    def depth(self) -> int:
        return self.tree_path.count("/") - 1
