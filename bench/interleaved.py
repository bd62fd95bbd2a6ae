"""Old code against new code, interleaved in one command: what ``bench/compare_*.py`` share.

``compare(script, label)`` runs ``script`` (a ``bench/profile_*.py`` that prints, with ``PROFILE_TIMES_ONLY=1``,
one JSON line ``{series: [ms, …]}`` last) in the checkout named by the first argument and in this one, in turn,
``rounds`` times (the second argument, default 6), starting with the other checkout on odd rounds, so that both
see the same load on a shared machine. Prints the count, median and p95 of each series per checkout, and their
ratios new / old.
"""

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))

from bench.percentiles import percentile  # noqa: E402 (after the path)


def run(script: Path, root: Path) -> dict[str, list[float]]:
    env = {**os.environ, "PROFILE_ROOT": str(root), "PROFILE_TIMES_ONLY": "1"}
    output = subprocess.run(
        [sys.executable, str(script)], cwd=root, env=env, check=True, capture_output=True, text=True, timeout=900
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def compare(script: str, label: str, derive: Callable[[dict[str, list[float]]], None] = lambda times: None) -> int:
    """``derive(times)`` may add series computed from a run's own (e.g. the API time minus ``took``)."""
    old = Path(sys.argv[1]).resolve()
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    trees = {"old": old, "new": HERE}
    times: dict[str, dict[str, list[float]]] = {name: {} for name in trees}
    for number in range(rounds):
        order = ["old", "new"] if number % 2 == 0 else ["new", "old"]
        for name in order:
            measured = run(HERE / "bench" / script, trees[name])
            derive(measured)
            for series, values in measured.items():
                times[name].setdefault(series, []).extend(values)
        print(f"round {number + 1}/{rounds} done", file=sys.stderr)
    print(f"{label:<6} {'code':<4} {'count':>6} {'median ms':>10} {'p95 ms':>8}")
    for series in times["new"]:
        for name in trees:
            values = times[name][series]
            p95 = percentile(values, 0.95)
            print(f"{series:<6} {name:<4} {len(values):>6} {statistics.median(values):>10.1f} {p95:>8.1f}")
        old_values, new_values = times["old"][series], times["new"][series]
        median_ratio = statistics.median(new_values) / max(statistics.median(old_values), 0.1)
        p95_ratio = percentile(new_values, 0.95) / max(percentile(old_values, 0.95), 0.1)
        print(f"{series:<6} new/old: median {median_ratio:.2f}, p95 {p95_ratio:.2f}")
    return 0
