"""The demo content as `make run` shows it: its pages, PDFs and accounts (every test here asks for ``demo``).

A package of its own, so that a folder whose package-scoped fixtures hold a transaction (``tests/investment``'s
``catalogue``) can be run alone: the demo is committed, and must not load inside another package's transaction.
"""

from tests.investment.conftest import opportunity_index, project_index, zone_index  # noqa: F401
