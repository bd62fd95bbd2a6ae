"""``manage.py search_relevance``: the relevance set (``search/relevance/``) on each backend, behind
``make relevance``.

Prints, per backend ("elasticsearch"; "database-postgresql" or "database-sqlite" after the database in
use), nDCG@5, P@1, recall@10 and the zero-result rate overall, per language and per kind of query, next
to the numbers measured before (``baseline.json``) when they exist. ``--check`` exits with status 1 when a
number is below its floor (``floors.toml``). The demo must be loaded and indexed (``load_demo`` does both;
``--rebuild`` indexes again first).
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from search import services
from search.backends.base import load_backend
from search.backends.fallback import DATABASE_BACKEND
from search.relevance import (
    BASELINE_PATH,
    floors_check,
    load_floors,
    load_queries,
    relevance_evaluate,
)

BACKENDS = ("elasticsearch", "database")
COLUMNS = (("ndcg5", "nDCG@5"), ("p1", "P@1"), ("recall10", "R@10"), ("zero", "zero"))


def variant_name(backend: str) -> str:
    return f"database-{connection.vendor}" if backend == "database" else backend


def backend_entry(backend: str) -> dict:
    entry = settings.PORTAL_SEARCH_BACKENDS["default"]
    if backend == "database":
        return entry.get("FALLBACK") or (entry if "PRIMARY" not in entry else DATABASE_BACKEND)
    if "PRIMARY" not in entry:
        raise CommandError("Elasticsearch is not configured (ELASTICSEARCH_URL).")
    return entry["PRIMARY"]


def _number(value) -> str:
    return "   –  " if value is None else f"{value:6.3f}"


class Command(BaseCommand):
    help = "nDCG@5, P@1, recall@10 and zero results of the relevance set, per backend, language and kind."

    def add_arguments(self, parser):
        parser.add_argument("--backend", action="append", choices=BACKENDS, help="Repeat for several (default: all).")
        parser.add_argument("--rebuild", action="store_true", help="Rebuild the search index first.")
        parser.add_argument("--check", action="store_true", help="Exit 1 below the floors of floors.toml.")
        parser.add_argument("--worst", type=int, default=0, help="Show the N queries with the lowest nDCG@5.")
        parser.add_argument("--baseline", default=str(BASELINE_PATH), help="Numbers to compare with (JSON).")
        parser.add_argument("--record-baseline", action="store_true", help="Store these numbers as the baseline.")
        parser.add_argument("--json", dest="json_path", help="Write the numbers to this file.")

    def handle(self, *args, **options):
        names = options["backend"] or [
            name
            for name in BACKENDS
            if name != "elasticsearch" or "PRIMARY" in settings.PORTAL_SEARCH_BACKENDS["default"]
        ]
        if options["rebuild"]:
            services.index_rebuild()
        queries = load_queries()
        baseline_path = Path(options["baseline"])
        baseline = json.loads(baseline_path.read_text()) if baseline_path.exists() else {}
        floors = load_floors()
        results, failures = {}, []
        for name in names:
            variant = variant_name(name)
            backend = load_backend(backend_entry(name), alias=f"relevance-{name}")
            report = relevance_evaluate(backend=backend, queries=queries)
            results[variant] = report.as_json()
            self.print_table(variant, results[variant], baseline.get(variant))
            if options["worst"]:
                self.print_worst(report, options["worst"])
            if options["check"]:
                failures += [
                    f"{variant}: {message}" for message in floors_check(results[variant], floors.get(variant, {}))
                ]
        if options["json_path"]:
            Path(options["json_path"]).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
        if options["record_baseline"]:
            baseline.update(results)
            baseline_path.write_text(json.dumps(baseline, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
            self.stdout.write(f"Baseline recorded in {baseline_path}")
        if failures:
            for message in failures:
                self.stderr.write(f"BELOW FLOOR {message}")
            raise CommandError(f"{len(failures)} relevance number(s) below their floor (search/relevance/floors.toml).")

    def print_table(self, variant: str, numbers: dict, before: dict | None) -> None:
        out = self.stdout
        header = "".join(f" {label:>15}" for _key, label in COLUMNS)
        out.write(f"\n{variant} ({numbers['overall']['queries']} queries){'  before → after' if before else ''}")
        out.write(f"  {'':12}{header}")
        rows = [("all", numbers["overall"], (before or {}).get("overall"))]
        rows += [
            (lang, values, (before or {}).get("languages", {}).get(lang))
            for lang, values in numbers["languages"].items()
        ]
        rows += [
            (f"· {kind}", values, (before or {}).get("kinds", {}).get(kind))
            for kind, values in sorted(numbers["kinds"].items())
        ]
        for label, values, old in rows:
            cells = []
            for key, _label in COLUMNS:
                now = _number(values.get(key))
                cells.append(f"{_number(old.get(key))}→{now}" if old else f"{'':8}{now}")
            out.write(f"  {label:12}" + "".join(f" {cell:>15}" for cell in cells))

    def print_worst(self, report, limit: int) -> None:
        self.stdout.write(f"  the {limit} lowest nDCG@5:")
        for outcome in report.worst(limit):
            query = outcome.query
            shown = ", ".join(f"{slug}({query.grades.get(slug, 0)})" for slug in outcome.found[:5]) or "nothing"
            self.stdout.write(
                f"    {outcome.ndcg5:.2f} [{query.lang} {query.kind}] {query.q!r} ({outcome.count}): {shown}"
            )
