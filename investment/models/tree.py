"""The tree behind sectors and places: django-treebeard's materialised path (``MP_Node``), as Wagtail's
own pages and collections use it.

Each node stores ``path`` (four characters per level from the root), ``depth`` (1 for a root) and
``numchild``, so "this node and everything below it" is one indexed prefix query, the ancestors are one
query, and the number of levels is never fixed in advance (255 characters hold 63 levels). Siblings
keep the order in which they were added (no ``node_order_by``); a moved node goes last under its new
parent.

Callers use the small API below and never read or build a path themselves:

- ``node.with_descendants()`` and ``Model.objects.subtree_of(node, …)``: querysets of a subtree
  (related models filter with ``sectors__in=sector.with_descendants()``);
- ``node.ancestors_and_self()``: the chain from the root, a list (no query when given the nodes
  already loaded, as the search document builder does);
- ``node.contains(other)``: whether ``other`` is this node or lies below it (no query);
- ``node.insert_under(parent)`` for a new node, ``node.move_under(parent)`` for an existing one with its
  subtree; ``None`` means the top level. A move below the node itself or one of its descendants is
  refused with a ``ValidationError`` (the admin form shows the same message);
- ``Model.objects.in_tree_order()`` and ``Model.objects.roots()``; ``node.tree_order_key`` sorts
  nodes already in memory in the same order. A page's related manager (``page.sectors``) is a
  modelcluster fake queryset while the page is previewed, without custom methods: order it with
  ``order_by("path")``, which both kinds understand.

Failure mode guarded here: treebeard deletes a node's whole subtree with it. The parent link used to
be ``PROTECT``, so deleting a node that still has nodes below it raises ``ProtectedError`` instead
(the admin turns it into a message); querysets' bulk ``delete()`` keeps treebeard's behaviour.
"""

from collections.abc import Iterable
from typing import Self

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import ProtectedError
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node, MP_NodeManager, MP_NodeQuerySet

NBSP = "\u00a0"
CYCLE_MESSAGE = _("“%(node)s” cannot be placed below itself or below one of the entries under it.")
HAS_CHILDREN_MESSAGE = _("“%(node)s” still has entries under it: move or delete them first.")


class TreeQuerySet(MP_NodeQuerySet):
    def in_tree_order(self) -> Self:
        """Depth-first: every node right after its parent, siblings in their order."""
        return self.order_by("path")

    def roots(self) -> Self:
        return self.filter(depth=1)

    def subtree_of(self, *nodes: "TreeNode") -> Self:
        """The given nodes and everything below any of them (none given: nothing)."""
        condition = models.Q()
        for node in nodes:
            condition |= models.Q(path__startswith=node.path)
        return self.filter(condition) if condition else self.none()


class TreeManager(MP_NodeManager.from_queryset(TreeQuerySet)):
    def get_queryset(self) -> TreeQuerySet:
        return self._queryset_class(self.model, using=self._db).order_by("path")


class TreeNode(MP_Node):
    objects = TreeManager()

    class Meta:
        abstract = True
        ordering = ["path"]

    def with_descendants(self) -> TreeQuerySet:
        return type(self).objects.subtree_of(self)

    def ancestors_and_self(self, among: Iterable[Self] | None = None) -> list[Self]:
        """The chain from the root down to this node. With ``among`` (nodes of the same tree already in
        memory, e.g. a dict's values) nothing is queried, and ancestors missing from it are skipped."""
        if among is not None:
            by_path = {node.path: node for node in among}
            by_path.setdefault(self.path, self)
            prefixes = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
            return [by_path[prefix] for prefix in prefixes if prefix in by_path]
        return [*self.get_ancestors(), self]

    def contains(self, other: Self | None) -> bool:
        """Whether ``other`` is this node or lies below it."""
        return other is not None and other.path.startswith(self.path)

    @property
    def indented_name(self) -> str:
        """The name, indented by depth with non-breaking spaces (listings in tree order)."""
        return f"{NBSP * 4 * (self.depth - 1)}{self.name}"

    indented_name.fget.short_description = _("name")

    @property
    def tree_order_key(self) -> str:
        return self.path

    @property
    def parent(self) -> Self | None:
        """The node above this one (``None`` at the top level); cached on the instance."""
        return None if self.is_root() else self.get_parent()

    def insert_under(self, parent: Self | None) -> Self:
        """Saves this new node as the last child of ``parent`` (or the last root)."""
        if parent is None:
            return type(self).add_root(instance=self)
        return parent.add_child(instance=self)

    @transaction.atomic
    def move_under(self, parent: Self | None) -> None:
        """Moves this node, with everything below it, to the end of ``parent``'s children (``None``: the
        top level). Refuses a cycle; does nothing when the node is already there."""
        self.refresh_from_db(fields=["path", "depth", "numchild"])
        if parent is not None:
            parent = type(self).objects.get(pk=parent.pk)
            if self.contains(parent):
                raise ValidationError(CYCLE_MESSAGE % {"node": self}, code="cycle")
        current = self.parent
        if (current.pk if current else None) == (parent.pk if parent else None):
            return
        if parent is None:
            self.move(type(self).get_last_root_node(), "last-sibling")
        else:
            self.move(parent, "last-child")
        self.refresh_from_db()
        self._cached_parent_obj = parent

    def delete(self, *args, **kwargs):
        if self.get_children_count():
            raise ProtectedError(str(HAS_CHILDREN_MESSAGE % {"node": self}), set(self.get_children()))
        return super().delete(*args, **kwargs)
