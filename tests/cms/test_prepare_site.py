"""``make run``'s first step stays readable: wagtail-modeltranslation's page-column sync ``print()``s every
``ALTER TABLE`` it runs; ``prepare_site`` captures it and says in one line what it did."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import django
django.setup()
from demo.management.commands.prepare_site import migrate_quietly
output = migrate_quietly(verbosity=1)
print("CAPTURED ALTER TABLE:", output.count("ALTER TABLE"))
"""


def test_the_page_column_sync_prints_no_sql_on_a_normal_run(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}",
        "PORTAL_VAR_DIR": str(tmp_path),
    }
    env.pop("ELASTICSEARCH_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=True
    )
    captured = int(result.stdout.rsplit("CAPTURED ALTER TABLE:", 1)[1])
    assert captured > 0  # the sync did add the page table's translation columns…
    assert "ALTER TABLE" not in result.stdout.replace("CAPTURED ALTER TABLE:", "")  # …without printing them
    assert "ALTER TABLE" not in result.stderr
