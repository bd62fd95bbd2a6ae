"""What a catalogue page shows can be searched, on both backends, in the reader's language: the labels
of its choices (commodity, value-chain stages, certifications, partners sought, target markets,
investment forms, land clearance), which each page class lists in its kind's ``search_labels``, and a
zone's infrastructure text."""

from collections import Counter

import pytest
from django.utils import translation

from investment.models import OpportunityPage, ProjectPage, ZonePage

from .conftest import api, ids

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db]


def found(client, **params) -> set[int]:
    result: set[int] = set()
    for page in range(1, 6):
        body = api(client, page=page, page_size=50, **params)
        result |= set(ids(body))
        if len(result) >= body["count"]:
            break
    return result


def values_of(page, name: str) -> list:
    value = getattr(page, name)
    return value if isinstance(value, list) else [value]


def rarest_code(model, name: str) -> str:
    """The least common code of a field among the live pages (its label finds few pages by chance)."""
    counts = Counter()
    for page in model.objects.live():
        counts.update(values_of(page, name))
    assert counts, f"the demo has no {model.__name__}.{name}"
    return min(counts, key=lambda code: (counts[code], str(code)))


def label_of(model, name: str, code, language: str) -> str:
    model_field = model._meta.get_field(name)
    choices = dict(getattr(model_field, "item_choices", None) or model_field.choices)
    with translation.override(language):
        return str(choices[code])


def having(model, name: str, code) -> set[int]:
    return {page.pk for page in model.objects.live() if code in values_of(page, name)}


@pytest.mark.parametrize(
    ("model", "name", "language"),
    [
        (OpportunityPage, "certifications", "en"),
        (OpportunityPage, "target_markets", "en"),
        (OpportunityPage, "target_markets", "ja"),
        (OpportunityPage, "value_chain_stages", "vi"),
        (OpportunityPage, "partners_sought", "ko"),
        (OpportunityPage, "commodity", "zh-hans"),
        (ProjectPage, "investment_forms", "en"),
        (ProjectPage, "investment_forms", "vi"),
    ],
)
def test_choice_labels_find_the_pages_that_show_them(client, backend, model, name, language):
    code = rarest_code(model, name)
    label = label_of(model, name, code, language)
    expected = having(model, name, code)
    kind = model.catalogue_kind.key
    assert expected and expected <= found(client, q=label, lang=language, type=kind), (code, label)


def test_a_label_the_page_does_not_show_does_not_find_it(client, backend):
    """The labels come from the page's own values: a certification it lacks does not find it."""
    code = rarest_code(OpportunityPage, "certifications")
    label = label_of(OpportunityPage, "certifications", code, "en")
    without = {page.pk for page in OpportunityPage.objects.live()} - having(OpportunityPage, "certifications", code)
    assert without and not without & found(client, q=label, lang="en", type="opportunity")


def test_zone_infrastructure_text_is_searchable(client, backend):
    zone = ZonePage.objects.live().exclude(power_supply_en="").order_by("pk").first()
    words = " ".join(zone.power_supply_en.split()[:3])
    assert zone.pk in found(client, q=words, lang="en", type="zone")
