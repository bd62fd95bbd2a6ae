"""``manage.py search_bench``: the search benchmark behind ``make bench``.

Generates a catalogue of N documents in five languages (default 100,000) straight into a benchmark
index (``<prefix>-bench-…``, never the real one) and into the database table, then prints: bulk
indexing rate, search API p50/p95 next to Elasticsearch's own ``took`` for the same faceted queries
(the ratio is our overhead: Django, parsing, highlighting, labels, JSON), and the database fallback's
p50/p95 on the same queries. Run it on a throw-away database: it replaces the ``SearchEntry`` table.
"""

import random
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test import Client, override_settings

from cms.i18n import LANGUAGE_CODES
from search import views as search_views
from search.backends import get_search_backend
from search.backends.elastic import BULK_CHUNK_SIZE, index_definition
from search.backends.fallback import DATABASE_BACKEND
from search.documents import document_version
from search.params import parse_search_params
from search.text import cjk_grams, fold


def _words(text: str) -> list[str]:
    return text.split()


WORDS = {
    "vi": _words(
        """nhà máy chế biến xoài sen lúa gạo thủy sản tôm cá tra khu công nghiệp cảng logistics năng lượng
        mặt trời điện gió du lịch sinh thái đô thị y tế giáo dục công nghệ đồng tháp cao lãnh sa đéc hồng ngự
        tháp mười đường dương kho lạnh xuất khẩu hợp tác đầu tư vùng nguyên liệu"""
    ),
    "en": _words(
        """plant processing mango lotus rice seafood shrimp pangasius industrial park port logistics solar
        energy wind tourism eco urban health education technology dong thap cao lanh sa dec cold storage
        export joint venture investment supply chain"""
    ),
    "ja": _words(
        "マンゴー 加工 工場 ハス 蓮 米 水産 エビ 工業団地 港湾 物流 太陽光 発電 観光 都市 医療 教育 技術 冷蔵 輸出 投資"
    ),
    "ko": _words(
        "망고 가공 공장 연꽃 쌀 수산물 새우 산업단지 항만 물류 태양광 발전 관광 도시 의료 교육 기술 냉장 수출 투자"
    ),
    "zh-hans": _words(
        "芒果 加工厂 莲花 大米 水产 虾 工业园区 港口 物流 太阳能 发电 旅游 城市 医疗 教育 技术 冷藏 出口 投资"
    ),
}
SECTORS = [("A", ["A"]), ("01", ["A", "01"]), ("03", ["A", "03"]), ("C", ["C"]), ("10", ["C", "10"]),
           ("35", ["D", "35"]), ("52", ["H", "52"]), ("55", ["I", "55"]), ("62", ["J", "62"])]  # fmt: skip
PLACES = [["1", "2", str(n)] for n in range(3, 19)]
STATUSES = ["calling", "negotiation", "awarded", "closed"]
TYPES = ["project", "opportunity", "zone", "page"]

QUERIES = [
    {"q": "xoai", "lang": "vi"},
    {"q": "chế biến xoài", "lang": "vi", "type": "project"},
    {"q": "dong thap", "lang": "vi", "sector": "A"},
    {"q": "Đồng Tháp", "lang": "vi", "status": "calling", "sort": "capital_desc"},
    {"q": "kho lanh", "lang": "vi", "location": "2", "capital_min": "1000000"},
    {"lang": "vi", "type": "zone", "near": "10.46,105.63", "radius_km": "30"},
    {"q": "mango processing", "lang": "en"},
    {"q": "industrail park", "lang": "en", "type": "zone"},
    {"q": "solar energy", "lang": "en", "sector": "D", "sort": "newest"},
    {"q": "logistics port", "lang": "en", "capital_min": "5000000", "capital_max": "50000000"},
    {"lang": "en", "type": "project", "status": "calling", "sort": "capital_desc", "page": "3"},
    {"q": "ハス加工", "lang": "ja"},
    {"q": "工業団地", "lang": "ja", "type": "zone"},
    {"q": "연꽃", "lang": "ko"},
    {"q": "산업단지 물류", "lang": "ko", "status": "calling"},
    {"q": "莲花", "lang": "zh-hans"},
    {"q": "工业园区", "lang": "zh-hans", "sector": "C"},
    {"lang": "zh-hans", "sort": "newest"},
]
# Type-ahead: what a reader has typed so far, the last word cut short, in the five languages.
PREFIXES = [
    ("vi", "chế b"), ("vi", "khu công"), ("vi", "kho l"), ("vi", "dong th"),
    ("en", "mango pro"), ("en", "industrial p"), ("en", "sol"), ("en", "cold st"),
    ("ja", "工業"), ("ja", "マンゴ"), ("ko", "산업"), ("ko", "망고"), ("zh-hans", "工业"), ("zh-hans", "芒果"),
]  # fmt: skip


def generate(total: int, seed: int = 20250701):
    """``total`` documents: ``total / 5`` pages, each in the five languages."""
    rng = random.Random(seed)  # noqa: S311 (benchmark data, not security)
    pages = total // len(LANGUAGE_CODES)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for page_id in range(1, pages + 1):
        doc_type = rng.choice(TYPES)
        sector, sector_tree = rng.choice(SECTORS)
        place_tree = rng.choice(PLACES)
        capital = rng.choice([None, rng.randint(1, 200) * 250_000])
        published = start + timedelta(minutes=page_id * 7)
        location = {"lat": 10.1 + rng.random() * 0.8, "lon": 105.2 + rng.random() * 1.3}
        status = rng.choice(STATUSES) if doc_type in {"project", "opportunity"} else ""
        picks = [rng.randrange(10_000) for _ in range(60)]
        for language in LANGUAGE_CODES:
            words = WORDS[language]
            joiner = "" if language in {"ja", "zh-hans"} else " "
            text = [words[index % len(words)] for index in picks]
            title = joiner.join(text[:6])
            summary = joiner.join(text[6:25])
            body = joiner.join(text[25:])
            meta = f"sector {sector} place {place_tree[-1]}"
            doc = {
                "page_id": page_id,
                "language": language,
                "shown_language": language,
                "type": doc_type,
                "title": title,
                "title_folded": fold(title),
                "summary": summary,
                "summary_folded": fold(summary),
                "body": body,
                "body_folded": fold(body),
                "meta": meta,
                "meta_folded": fold(meta),
                "cjk": cjk_grams(f"{title} {summary} {body}"),
                "sector_codes": [sector],
                "sector_tree": sector_tree,
                "sector_labels": [sector],
                "place_id": place_tree[-1],
                "place_tree": place_tree,
                "location_label": f"place {place_tree[-1]}",
                "status": status,
                "capital_usd": float(capital) if capital else None,
                "numbers": {"capital": float(capital * 26_000)} if capital else {},
                "location": location if doc_type != "page" else None,
                "published_at": published.isoformat(),
                "last_verified": published.date().isoformat(),
                "url": f"/{language}/bench/{page_id}/",
                "agency": "bench",
            }
            doc["version"] = document_version(doc)
            yield doc


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


class Command(BaseCommand):
    help = "Search benchmark: generated documents in a benchmark index and the database table."

    def add_arguments(self, parser):
        parser.add_argument("--documents", type=int, default=100_000)
        parser.add_argument("--repeat", type=int, default=15, help="Runs of each query on Elasticsearch.")
        parser.add_argument(
            "--warm-up", type=int, default=20, help="Runs of the queries before the measured ones (JIT warm-up)."
        )
        parser.add_argument("--db-repeat", type=int, default=3, help="Runs of each query on the database.")
        parser.add_argument("--budget", type=float, default=240, help="Seconds allowed for the query phases.")
        parser.add_argument(
            "--no-database", action="store_true", help="Elasticsearch only: no database table, no fallback queries."
        )
        parser.add_argument(
            "--breakdown",
            type=int,
            default=10_000,
            help="Documents of the bulk-indexing breakdown (preparation, serialisation, HTTP, Elasticsearch's "
            "own time, one stage after the other in one thread); 0 skips it.",
        )

    def handle(self, *args, **options):
        entry = settings.PORTAL_SEARCH_BACKENDS["default"]
        if "PRIMARY" not in entry:
            raise CommandError("Set ELASTICSEARCH_URL (make bench starts a server of its own).")
        total = options["documents"]
        prefix = f"{entry['PRIMARY'].get('INDEX_PREFIX', 'portal')}-bench-{uuid.uuid4().hex[:6]}"
        # A longer timeout than the site's 2 s: on a busy machine a timed-out query would be answered by the
        # database fallback, and the run would stop at its check that Elasticsearch answered.
        primary = {**entry["PRIMARY"], "INDEX_PREFIX": prefix, "TIMEOUT": 30}
        bench_entry = {**entry, "RETRY_AFTER": 0, "PRIMARY": primary}
        database_entry = entry.get("FALLBACK") or DATABASE_BACKEND
        out = self.stdout
        out.write(f"Search benchmark: {total:,} documents, {len(LANGUAGE_CODES)} languages, prefix {prefix}")
        with override_settings(PORTAL_SEARCH_BACKENDS={"default": bench_entry}):
            backend = get_search_backend()
            try:
                started = time.perf_counter()
                documents = list(generate(total))
                out.write(f"  generated in {time.perf_counter() - started:.1f} s")
                if options["breakdown"]:
                    self.breakdown(documents[: options["breakdown"]], out, backend=backend.primary)
                started = time.perf_counter()
                backend.primary.rebuild(documents, progress=lambda n: out.write(f"\r  indexing {n:,}", ending=""))
                seconds = time.perf_counter() - started
                out.write(
                    f"\r  Elasticsearch bulk indexing: {total:,} docs in {seconds:.1f} s = {total / seconds:,.0f}/s"
                    " (the first load on this server: the JVM compiles as it goes)"
                )
                started = time.perf_counter()
                backend.primary.rebuild(documents)
                seconds = time.perf_counter() - started
                out.write(
                    f"  Elasticsearch bulk indexing, a second rebuild on the same server (a running cluster's "
                    f"case): {total:,} docs in {seconds:.1f} s = {total / seconds:,.0f}/s"
                )
                if not options["no_database"]:
                    started = time.perf_counter()
                    backend.fallback.rebuild(documents)
                    seconds = time.perf_counter() - started
                    out.write(f"  database table: {total:,} rows in {seconds:.1f} s = {total / seconds:,.0f} rows/s")
                del documents
                self.settle(out, backend=backend.primary)
                self.queries(options, out, backend=backend, database_entry=database_entry)
            finally:
                backend.primary.drop()

    def settle(self, out, *, backend, limit: float = 120.0) -> None:
        """Wait (``limit`` seconds at most) until Elasticsearch has no merge running on the bench's indices: a
        bulk load leaves segments that the server merges in the background for a while, and the queries
        measure a serving cluster, not one that is still digesting its load. Prints the wait."""
        started = time.monotonic()
        indices = f"{backend.index_prefix}-*"
        quiet = 0
        while time.monotonic() - started < limit and quiet < 2:
            stats = backend.client.indices.stats(index=indices, metric="merge")
            running = stats["_all"]["total"]["merges"]["current"]
            quiet = quiet + 1 if running == 0 else 0
            if quiet < 2:
                time.sleep(0.5)
        segments = backend.client.indices.stats(index=indices, metric="segments")["_all"]["primaries"]
        out.write(
            f"  waited {time.monotonic() - started:.1f} s for Elasticsearch's merges after the load"
            f"{'' if quiet >= 2 else ' (still merging: measured anyway)'}; "
            f"{segments['segments']['count']} segments in {len(LANGUAGE_CODES)} indices"
        )

    def breakdown(self, documents: list[dict], out, *, backend) -> None:
        """Where a bulk load's time goes, each stage alone in this thread (the real load overlaps them):
        preparing the actions (``_action``: the index fields, stems, grams), serialising them to NDJSON
        with the client's serializer, then sending the chunks one by one into scratch indices with the
        loading settings: the request's wall time, the client's CPU in it (HTTP and answer parsing) and
        Elasticsearch's own ``took``. The scratch indices carry the bench prefix and go with ``drop()``."""
        count = len(documents)
        client = backend.slow_client()
        serializer = client.transport.serializers.get_serializer("application/json")
        names = {language: backend.new_index_name(language) for language in LANGUAGE_CODES}
        for name in names.values():
            client.indices.create(index=name, body=index_definition(name, replicas=0, loading=True))
        started = time.perf_counter()
        actions = [backend._action(names[doc["language"]], doc) for doc in documents]
        prepare = time.perf_counter() - started
        started = time.perf_counter()
        bodies = []
        for first in range(0, count, BULK_CHUNK_SIZE):
            lines = []
            for action in actions[first : first + BULK_CHUNK_SIZE]:
                header = {"index": {"_index": action["_index"], "_id": action["_id"]}}
                lines.append(serializer.dumps(header))
                lines.append(serializer.dumps(action["_source"]))
            bodies.append(b"\n".join(lines) + b"\n")
        serialise = time.perf_counter() - started
        wall = cpu = took = 0.0
        for body in bodies:
            started, cpu_started = time.perf_counter(), time.process_time()
            answer = client.bulk(body=body)
            wall += time.perf_counter() - started
            cpu += time.process_time() - cpu_started
            took += answer["took"] / 1000
            if answer["errors"]:
                raise CommandError(f"bulk errors in the breakdown: {str(answer)[:300]}")
        megabytes = sum(map(len, bodies)) / 1e6
        total = prepare + serialise + wall
        out.write(
            f"  bulk breakdown, {count:,} docs in {len(bodies)} requests ({megabytes:.1f} MB), one stage at a time:"
        )
        for label, seconds in (
            ("prepare actions (Python)", prepare),
            ("serialise NDJSON (client serializer)", serialise),
            ("bulk requests, wall", wall),
            ("  of which Elasticsearch's took", took),
            ("  of which client CPU (HTTP, answer)", cpu),
        ):
            out.write(f"    {label:<40} {seconds:6.2f} s {1000 * seconds / count:7.3f} ms/doc {seconds / total:6.1%}")
        out.write(f"    sequential total {total:.2f} s = {count / total:,.0f} docs/s")
        for name in names.values():
            client.indices.delete(index=name, ignore_unavailable=True)

    def suggestions(self, options, out, *, client, backend):
        """The type-ahead API (``/api/search/suggest/``) and, beside it, the backend's own call (Elasticsearch's
        query and the ordering of its hits): the rest is the view, the visibility check and the middleware."""
        for language, prefix in PREFIXES:  # warm-up, and a check that each prefix is answered from Elasticsearch
            response = client.get("/api/search/suggest/", {"q": prefix, "lang": language})
            # (the generated documents name no page of the database: the API hides them all, as it hides a page
            # deleted since it was indexed; the backend's own answer shows that the prefix finds titles)
            assert response["X-Search-Backend"] == "elasticsearch" and backend.primary.suggest(prefix, language), prefix
        api_ms, backend_ms = [], []
        deadline = time.monotonic() + options["budget"]
        for _round in range(options["repeat"]):
            if time.monotonic() > deadline:
                break
            for language, prefix in PREFIXES:
                started = time.perf_counter()
                client.get("/api/search/suggest/", {"q": prefix, "lang": language})
                api_ms.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                backend.primary.suggest(prefix, language)
                backend_ms.append((time.perf_counter() - started) * 1000)
        out.write(f"  type-ahead API (Elasticsearch), {len(api_ms)} requests over {len(PREFIXES)} prefixes:")
        out.write(
            f"    API p50 {percentile(api_ms, 0.5):.1f} ms, p95 {percentile(api_ms, 0.95):.1f} ms; the backend's "
            f"suggest alone p50 {percentile(backend_ms, 0.5):.1f} ms, p95 {percentile(backend_ms, 0.95):.1f} ms"
        )

    def warm_up(self, options, out, *, client, primary) -> None:
        """Send the queries ``--warm-up`` more times (a minute at most) before measuring: a Java server that has
        just started runs its search code interpreted until the JIT compiles it, and a serving cluster has long
        done that (on this machine the first round's took is about three times the tenth's). Prints the
        first and last rounds' sum of took."""
        rounds, took = [], []

        def noting_took(params):
            result = type(primary).search(primary, params)
            took.append(result.took_ms or 0)
            return result

        deadline = time.monotonic() + 60
        primary.search = noting_took
        try:
            for _round in range(options["warm_up"]):
                if time.monotonic() > deadline:
                    break
                took.clear()
                for query in QUERIES:
                    client.get("/api/search/", query)
                rounds.append(sum(took))
        finally:
            del primary.search
        if rounds:
            out.write(
                f"  warm-up: {len(rounds)} rounds of the {len(QUERIES)} queries; Elasticsearch's took summed over a "
                f"round {rounds[0]} ms in the first, {rounds[-1]} ms in the last"
            )

    def queries(self, options, out, *, backend, database_entry):
        client = Client()
        for query in QUERIES:  # a check that every query answers from Elasticsearch
            body = client.get("/api/search/", query).json()
            assert body["backend"] == "elasticsearch", body
        self.warm_up(options, out, client=client, primary=backend.primary)
        deadline = time.monotonic() + options["budget"]
        api_ms, took_ms, ratios, search_ms, own_over_ms = [], [], [], [], []
        reader_ms, after_ms = [], []
        primary, answered, written = backend.primary, [], []

        def noting_took(params):  # the took of the API request itself, read where the view gets its result
            result = type(primary).search(primary, params)
            answered.append(result.took_ms)
            return result

        save = search_views.search_query_save

        def timing_save(log):  # the search log, written once the answer has gone out (search.views)
            started = time.perf_counter()
            try:
                return save(log)
            finally:
                written.append((time.perf_counter() - started) * 1000)

        primary.search = noting_took
        search_views.search_query_save = timing_save
        try:
            for _round in range(options["repeat"]):
                if time.monotonic() > deadline:
                    break
                for query in QUERIES:
                    params = parse_search_params(query)
                    answered.clear()
                    written.clear()
                    started = time.perf_counter()
                    response = client.get("/api/search/", query)
                    elapsed = (time.perf_counter() - started) * 1000
                    assert response.status_code == 200 and len(answered) == 1
                    # The test client calls close() before it returns, so its time holds the log's insert, which
                    # a WSGI server runs after the last byte: the reader's wait is the rest.
                    after_ms.append(sum(written))
                    reader_ms.append(elapsed - sum(written))
                    own_over_ms.append(elapsed - answered[0])
                    started = time.perf_counter()
                    took = type(primary).search(primary, params).took_ms
                    search_ms.append((time.perf_counter() - started) * 1000 - took)
                    api_ms.append(elapsed)
                    took_ms.append(took)
                    ratios.append(elapsed / max(took, 1))
        finally:
            del primary.search
            search_views.search_query_save = save
        out.write(f"  search API (Elasticsearch), {len(api_ms)} requests over {len(QUERIES)} faceted queries:")
        out.write(f"    API p50 {percentile(api_ms, 0.5):.1f} ms, p95 {percentile(api_ms, 0.95):.1f} ms")
        out.write(f"    ES took p50 {percentile(took_ms, 0.5):.1f} ms, p95 {percentile(took_ms, 0.95):.1f} ms")
        out.write(
            f"    overhead API p50 - took p50 {percentile(api_ms, 0.5) - percentile(took_ms, 0.5):.1f} ms; of it the "
            f"backend's search beyond took (HTTP, query building, answer parsing, highlights, labels) "
            f"p50 {percentile(search_ms, 0.5):.1f} ms"
        )
        out.write(
            f"    overhead per request, API minus the took of its own search: p50 {percentile(own_over_ms, 0.5):.1f} "
            f"ms, p95 {percentile(own_over_ms, 0.95):.1f} ms (took is whole milliseconds, rounded down)"
        )
        out.write(
            f"    overhead ratio API/took: p50 {percentile(api_ms, 0.5) / max(percentile(took_ms, 0.5), 1):.2f}, "
            f"median per request {statistics.median(ratios):.2f}"
        )
        out.write(
            f"    as the reader waits (the search log is written after the answer has gone out, p50 "
            f"{percentile(after_ms, 0.5):.1f} ms, counted above): API p50 {percentile(reader_ms, 0.5):.1f} ms, "
            f"p95 {percentile(reader_ms, 0.95):.1f} ms; API p50 - took p50 "
            f"{percentile(reader_ms, 0.5) - percentile(took_ms, 0.5):.1f} ms"
        )
        self.suggestions(options, out, client=client, backend=backend)
        if options["no_database"]:
            return
        db_ms = []
        deadline = time.monotonic() + options["budget"]
        with override_settings(PORTAL_SEARCH_BACKENDS={"default": database_entry}):
            for _round in range(options["db_repeat"]):
                if time.monotonic() > deadline:
                    break
                for query in QUERIES:
                    started = time.perf_counter()
                    body = client.get("/api/search/", query).json()
                    db_ms.append((time.perf_counter() - started) * 1000)
                    assert body["backend"] == "database"
        out.write(
            f"  database fallback ({settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}): {len(db_ms)} requests"
        )
        out.write(f"    API p50 {percentile(db_ms, 0.5):.1f} ms, p95 {percentile(db_ms, 0.95):.1f} ms")
