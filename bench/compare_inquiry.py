"""Old code against new code for one inquiry submission, interleaved in one command.

    .venv/bin/python bench/compare_inquiry.py /path/to/old/checkout [rounds]

Runs ``bench/profile_inquiry.py`` (``PROFILE_TIMES_ONLY=1``, ``PROFILE_POSTS`` posts of each form per round)
against this checkout and the other one in turn, ``rounds`` times (default 6), starting with the other
checkout on odd rounds, so that both see the same load on a shared machine. Both use DATABASE_URL and the
other settings of the environment (the same database: the newer schema must also suit the older code). Prints
the median and p95 of the in-process time of a POST, per form and checkout, and their ratios (new / old).
"""

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SCRIPT = HERE / "bench" / "profile_inquiry.py"


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]


def run(root: Path) -> dict[str, list[float]]:
    env = {**os.environ, "PROFILE_ROOT": str(root), "PROFILE_TIMES_ONLY": "1"}
    output = subprocess.run(
        [sys.executable, str(SCRIPT)], cwd=root, env=env, check=True, capture_output=True, text=True, timeout=900
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> int:
    old = Path(sys.argv[1]).resolve()
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    trees = {"old": old, "new": HERE}
    times: dict[str, dict[str, list[float]]] = {label: {} for label in trees}
    for number in range(rounds):
        order = ["old", "new"] if number % 2 == 0 else ["new", "old"]
        for label in order:
            for form, values in run(trees[label]).items():
                times[label].setdefault(form, []).extend(values)
        print(f"round {number + 1}/{rounds} done", file=sys.stderr)
    print(f"{'form':<6} {'code':<4} {'posts':>5} {'median ms':>10} {'p95 ms':>8}")
    for form in times["new"]:
        for label in trees:
            values = times[label][form]
            print(f"{form:<6} {label:<4} {len(values):>5} {statistics.median(values):>10.1f} {p95(values):>8.1f}")
        old_values, new_values = times["old"][form], times["new"][form]
        print(
            f"{form:<6} new/old: median {statistics.median(new_values) / statistics.median(old_values):.2f}, "
            f"p95 {p95(new_values) / p95(old_values):.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
