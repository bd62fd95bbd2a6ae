"""Old code against new code for the search API, interleaved in one command.

    PORTAL_SEARCH_INDEX_PREFIX=portal-prof .venv/bin/python bench/compare_search.py /path/to/old/checkout [rounds]

Runs ``bench/profile_search.py`` (``PROFILE_TIMES_ONLY=1``, ``PROFILE_POSTS`` rounds of ``search_bench``'s queries)
against this checkout and the other one in turn, ``rounds`` times (default 6), starting with the other checkout on
odd rounds, so that both see the same load on a shared machine. Both use the same indices (loaded once, by the
first run, if their aliases are missing), DATABASE_URL and the other settings of the environment. Prints the
median and p95 of the API's time, of Elasticsearch's ``took`` and of their difference (the overhead), per
checkout, and the ratios new / old.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.interleaved import compare  # noqa: E402


def overhead(times: dict[str, list[float]]) -> None:
    times["over"] = [api - took for api, took in zip(times["api"], times["took"], strict=True)]


if __name__ == "__main__":
    raise SystemExit(compare("profile_search.py", "what", overhead))
