"""Sectors and places move from the home-made tree (``parent`` + ``tree_path``) to treebeard's materialised
path (``path``, ``depth``, ``numchild``).

Every existing row keeps its place in the hierarchy and the order it was listed in: the old listings
sorted by ``tree_path`` (``/<pk>/<pk>/…/``), so siblings are numbered in the order of their old path
segments and the new ``path`` order equals the old ``tree_path`` order. A node whose parent is missing
(impossible with the old ``PROTECT`` link, handled anyway) becomes a root. The migration runs backwards
too: ``parent`` and ``tree_path`` are rebuilt from ``path``.
"""

from django.db import migrations, models

STEPLEN = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def step(position: int) -> str:
    """Treebeard's path step for the 1-based ``position`` among siblings (base 36, four characters)."""
    digits = ""
    while position:
        position, remainder = divmod(position, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
    if len(digits) > STEPLEN:
        raise ValueError("More siblings than a treebeard step can number.")
    return digits.rjust(STEPLEN, ALPHABET[0])


def build_paths(rows):
    """``rows``: ``(pk, parent_pk, tree_path)``. Returns ``{pk: (path, depth, numchild)}``."""
    known = {pk for pk, _parent, _old in rows}
    children = {}
    for pk, parent, old in rows:
        children.setdefault(parent if parent in known else None, []).append((old or "", pk))
    result = {}
    pending = [(None, "", 0)]
    while pending:
        parent, parent_path, depth = pending.pop()
        for position, (_old, pk) in enumerate(sorted(children.get(parent, [])), start=1):
            path = parent_path + step(position)
            result[pk] = (path, depth + 1, len(children.get(pk, [])))
            pending.append((pk, path, depth + 1))
    return result


def to_treebeard(apps, schema_editor):
    for name in ("Sector", "Place"):
        model = apps.get_model("investment", name)
        rows = list(model.objects.values_list("pk", "parent_id", "tree_path"))
        paths = build_paths(rows)
        nodes = list(model.objects.only("pk"))
        for node in nodes:
            node.path, node.depth, node.numchild = paths[node.pk]
        model.objects.bulk_update(nodes, ["path", "depth", "numchild"], batch_size=500)


def from_treebeard(apps, schema_editor):
    for name in ("Sector", "Place"):
        model = apps.get_model("investment", name)
        by_path = dict(model.objects.values_list("path", "pk"))
        nodes = list(model.objects.only("pk", "path").order_by("path"))
        old_paths = {}
        for node in nodes:
            parent_pk = by_path.get(node.path[:-STEPLEN])
            node.parent_id = parent_pk
            old_paths[node.pk] = f"{old_paths[parent_pk] if parent_pk else '/'}{node.pk}/"
            node.tree_path = old_paths[node.pk]
        model.objects.bulk_update(nodes, ["parent", "tree_path"], batch_size=500)


def tree_fields(model_name):
    return [
        migrations.AddField(
            model_name=model_name, name="path", field=models.CharField(max_length=255, null=True)
        ),
        migrations.AddField(model_name=model_name, name="depth", field=models.PositiveIntegerField(default=1)),
        migrations.AddField(model_name=model_name, name="numchild", field=models.PositiveIntegerField(default=0)),
    ]


def finish(model_name, verbose_name, verbose_name_plural):
    return [
        migrations.AlterField(
            model_name=model_name, name="path", field=models.CharField(max_length=255, unique=True)
        ),
        migrations.AlterField(model_name=model_name, name="depth", field=models.PositiveIntegerField()),
        migrations.RemoveField(model_name=model_name, name="parent"),
        migrations.RemoveField(model_name=model_name, name="tree_path"),
        migrations.AlterModelOptions(
            name=model_name,
            options={
                "ordering": ["path"],
                "verbose_name": verbose_name,
                "verbose_name_plural": verbose_name_plural,
            },
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [("investment", "0003_agency_footer_position")]

    operations = [
        *tree_fields("sector"),
        *tree_fields("place"),
        migrations.RunPython(to_treebeard, from_treebeard),
        *finish("sector", "sector", "sectors"),
        *finish("place", "place", "places"),
    ]
