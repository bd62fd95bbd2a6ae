"""Old code against new code for one inquiry submission, interleaved in one command.

    .venv/bin/python bench/compare_inquiry.py /path/to/old/checkout [rounds]

Runs ``bench/profile_inquiry.py`` (``PROFILE_TIMES_ONLY=1``, ``PROFILE_POSTS`` posts of each form per round)
against this checkout and the other one in turn, ``rounds`` times (default 6), starting with the other
checkout on odd rounds, so that both see the same load on a shared machine. Both use DATABASE_URL and the
other settings of the environment (the same database: the newer schema must also suit the older code). Prints
the median and p95 of the in-process time of a POST, per form and checkout, and their ratios (new / old).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.interleaved import compare  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(compare("profile_inquiry.py", "form"))
