"""Factories that build the small world a test needs (factory_boy and wagtail-factories), one module per
app: ``tests.factories.cms`` (home page, site, images, documents), ``tests.factories.investment``
(agencies with their editors and officers groups, sectors, places, incentives, the listings and the three
catalogue kinds) and ``tests.factories.inquiries`` (officers, routing rules, and inquiries created through
``inquiries.services.inquiry_create``, so routing and e-mails happen as in production).

Fake data is reproducible: ``reseed()`` (called before every test by ``tests/conftest.py``) puts Faker
and factory_boy back on ``SEED``, so a test gets the same names and numbers whatever ran before it.
Translated fields are filled in every language from Faker in that language's locale; pass a dict
(``title={"vi": …, "en": …}``) to set only some languages (the others stay empty and fall back), or a
string to set the source language only.
"""

import factory.random

SEED = 20250701


def reseed(seed: int = SEED) -> None:
    factory.random.reseed_random(seed)
