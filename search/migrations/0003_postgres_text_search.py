"""PostgreSQL only: pg_trgm (the database's typo tolerance looks misspelt words up by trigram similarity)
and the GIN indexes of the search vector and of the vocabulary. Nothing on other databases (SQLite
matches words with LIKE on token columns)."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class PostgresOnlySQL(migrations.RunSQL):
    """SQL that runs on PostgreSQL and is skipped elsewhere."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class GuardedTrigramExtension(TrigramExtension):
    """pg_trgm on PostgreSQL, nothing elsewhere, both ways (Django's own checks the database only going
    forwards). Going back leaves the extension in place: other applications of the database may use it."""

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        pass


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0002_query_understanding")]

    operations = [
        GuardedTrigramExtension(),
        PostgresOnlySQL(
            "CREATE INDEX portal_search_entry_vector ON portal_search_searchentry USING gin (vector)",
            "DROP INDEX IF EXISTS portal_search_entry_vector",
        ),
        PostgresOnlySQL(
            "CREATE INDEX portal_search_term_trigram ON portal_search_searchterm USING gin (term gin_trgm_ops)",
            "DROP INDEX IF EXISTS portal_search_term_trigram",
        ),
    ]
