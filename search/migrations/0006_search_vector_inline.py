"""The database search's speed on PostgreSQL (issue 15.3):

* ``vector`` is stored inline (``STORAGE MAIN``): a row with its text columns is over PostgreSQL's 2 kB
  TOAST threshold, and with the default storage the vector, the widest column, went out of line, so
  every ``@@`` and ``ts_rank`` of a row fetched it again from the TOAST table (about 3 buffer reads
  each, several per row: at 100,000 documents most of a 1.6 s search). Now the other text columns
  leave the row first. The rows already written are rewritten so that they get the new storage.
* ``facet_codes``: the entry's sector and place values on the row, so that the facets of 10,000
  matching rows are counted without 10,000 index look-ups into ``SearchEntryTerm``; filled here from
  those rows (on every database: the column is the same everywhere). Kept in the row as well (a row
  whose vector fills it would otherwise send even these few bytes to the TOAST table).

Going back restores the default storage (the rows keep theirs until rewritten).
"""

from django.db import migrations, models

BATCH = 500


class PostgresOnlySQL(migrations.RunSQL):
    """SQL that runs on PostgreSQL and is skipped elsewhere."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


def fill_facet_codes(apps, schema_editor):
    entry_model = apps.get_model("portal_search", "SearchEntry")
    term_model = apps.get_model("portal_search", "SearchEntryTerm")
    codes: dict[int, list[str]] = {}
    for entry_id, kind, value in term_model.objects.order_by("entry_id", "id").values_list("entry_id", "kind", "value"):
        codes.setdefault(entry_id, []).append(f"{kind}={value}")
    entries = list(entry_model.objects.filter(id__in=list(codes)).only("id"))
    for entry in entries:
        entry.facet_codes = " ".join(codes[entry.id])
    entry_model.objects.bulk_update(entries, ["facet_codes"], batch_size=BATCH)


class Migration(migrations.Migration):
    dependencies = [
        ("portal_search", "0005_pending_task_queued"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="facet_codes",
            field=models.TextField(blank=True, default=""),
            preserve_default=False,
        ),
        migrations.RunPython(fill_facet_codes, migrations.RunPython.noop),
        PostgresOnlySQL(
            [
                "ALTER TABLE portal_search_searchentry ALTER COLUMN vector SET STORAGE MAIN",
                "ALTER TABLE portal_search_searchentry ALTER COLUMN facet_codes SET STORAGE MAIN",
                "UPDATE portal_search_searchentry SET vector = vector || ''::tsvector, facet_codes = facet_codes || ''",
            ],
            [
                "ALTER TABLE portal_search_searchentry ALTER COLUMN vector SET STORAGE EXTENDED",
                "ALTER TABLE portal_search_searchentry ALTER COLUMN facet_codes SET STORAGE EXTENDED",
            ],
        ),
    ]
