"""The database search's speed on PostgreSQL, second step (issue 15.3): what the search reads of every
row that may match moves to a narrow table, ``SearchEntryVector`` (the vector, the facet values and
what the filters and sorts read), so that matching, counting and faceting ten thousand rows reads ten thousand
narrow rows, not ten thousand ``SearchEntry`` rows with their texts and token columns.

* The table keeps a row up to a whole page (``toast_tuple_target``) before compressing it or moving
  its vector out of line, so that the vector of an ordinary page is read as it is, without the
  decompression that every ``@@`` and ``ts_rank`` of a compressed one paid again. A larger vector is
  compressed with lz4 where the server has it (faster to read back than the default pglz).
* The GIN index of the vectors moves with them; the rows already written are copied, and
  ``SearchEntry.vector`` is dropped.

Going back copies the vectors back into ``SearchEntry`` and restores its index. Nothing of this runs
on other databases (SQLite matches its token columns; the new table stays empty there).
"""

import django.db.models.deletion
from django.db import migrations, models

import search.models

ENTRY = "portal_search_searchentry"
VECTOR = "portal_search_searchentryvector"


class PostgresOnlySQL(migrations.RunSQL):
    """SQL that runs on PostgreSQL and is skipped elsewhere."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


LZ4 = f"""
DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        EXECUTE 'ALTER TABLE {VECTOR} ALTER COLUMN vector SET COMPRESSION lz4';
    END IF;
END $$
"""


class Migration(migrations.Migration):
    dependencies = [
        ("portal_search", "0006_search_vector_inline"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchEntryVector",
            fields=[
                (
                    "entry",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="match",
                        serialize=False,
                        to="portal_search.searchentry",
                    ),
                ),
                ("language", models.CharField(max_length=10)),
                ("page_id", models.IntegerField()),
                ("type", models.CharField(max_length=20)),
                ("status", models.CharField(blank=True, max_length=20)),
                ("published_at", models.DateTimeField(blank=True, null=True)),
                ("capital_usd", models.FloatField(blank=True, null=True)),
                ("facet_codes", models.TextField(blank=True)),
                ("numbers", models.JSONField(blank=True, default=dict)),
                ("latitude", models.FloatField(blank=True, null=True)),
                ("longitude", models.FloatField(blank=True, null=True)),
                ("vector", search.models.TermVectorField()),
            ],
            options={
                "indexes": [models.Index(fields=["language", "type"], name="portal_search_vector_lang")],
            },
        ),
        PostgresOnlySQL(
            [
                f"ALTER TABLE {VECTOR} SET (toast_tuple_target = 8160)",
                f"ALTER TABLE {VECTOR} ALTER COLUMN vector SET STORAGE MAIN",
                f"ALTER TABLE {VECTOR} ALTER COLUMN facet_codes SET STORAGE MAIN",
                LZ4,
                f"INSERT INTO {VECTOR} (entry_id, language, page_id, type, status, published_at, capital_usd, "
                f"facet_codes, numbers, latitude, longitude, vector) SELECT id, language, page_id, type, status, "
                f"published_at, capital_usd, facet_codes, numbers, latitude, longitude, vector FROM {ENTRY} "
                f"WHERE vector IS NOT NULL ORDER BY language, id",
                f"CREATE INDEX portal_search_vector_gin ON {VECTOR} USING gin (vector)",
                "DROP INDEX IF EXISTS portal_search_entry_vector",
            ],
            [
                f"ALTER TABLE {ENTRY} ALTER COLUMN vector SET STORAGE MAIN",
                f"UPDATE {ENTRY} entry SET vector = copy.vector FROM {VECTOR} copy WHERE copy.entry_id = entry.id",
                f"CREATE INDEX IF NOT EXISTS portal_search_entry_vector ON {ENTRY} USING gin (vector)",
            ],
        ),
        migrations.RemoveField(
            model_name="searchentry",
            name="vector",
        ),
    ]
