"""Old code against new code for the search API, interleaved in one command.

    PORTAL_SEARCH_INDEX_PREFIX=portal-prof .venv/bin/python bench/compare_search.py /path/to/old/checkout [rounds]

Runs ``bench/profile_search.py`` (``PROFILE_TIMES_ONLY=1``, ``PROFILE_POSTS`` rounds of ``search_bench``'s queries)
against this checkout and the other one in turn, ``rounds`` times (default 6), starting with the other checkout on
odd rounds, so that both see the same load on a shared machine. Both use the same indices (loaded once, by the
first run, if their aliases are missing), DATABASE_URL and the other settings of the environment. Prints the
median and p95 of the API's time, of Elasticsearch's ``took`` and of their difference (the overhead), per
checkout, and the ratios new / old.
"""

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SCRIPT = HERE / "bench" / "profile_search.py"


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]


def run(root: Path) -> dict[str, list[float]]:
    env = {**os.environ, "PROFILE_ROOT": str(root), "PROFILE_TIMES_ONLY": "1"}
    output = subprocess.run(
        [sys.executable, str(SCRIPT)], cwd=root, env=env, check=True, capture_output=True, text=True, timeout=900
    ).stdout
    times = json.loads(output.strip().splitlines()[-1])
    times["over"] = [api - took for api, took in zip(times["api"], times["took"], strict=True)]
    return times


def main() -> int:
    old = Path(sys.argv[1]).resolve()
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    trees = {"old": old, "new": HERE}
    times: dict[str, dict[str, list[float]]] = {label: {} for label in trees}
    for number in range(rounds):
        order = ["old", "new"] if number % 2 == 0 else ["new", "old"]
        for label in order:
            for name, values in run(trees[label]).items():
                times[label].setdefault(name, []).extend(values)
        print(f"round {number + 1}/{rounds} done", file=sys.stderr)
    print(f"{'what':<5} {'code':<4} {'requests':>8} {'median ms':>10} {'p95 ms':>8}")
    for name in ("api", "took", "over"):
        for label in trees:
            values = times[label][name]
            print(f"{name:<5} {label:<4} {len(values):>8} {statistics.median(values):>10.1f} {p95(values):>8.1f}")
        old_values, new_values = times["old"][name], times["new"][name]
        print(
            f"{name:<5} new/old: median {statistics.median(new_values) / max(statistics.median(old_values), 0.1):.2f}, "
            f"p95 {p95(new_values) / max(p95(old_values), 0.1):.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
