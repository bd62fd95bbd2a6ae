"""The glossary: the UI catalogues use its terms, editors keep it in the admin, pages mark its terms with
a definition a reader can get on hover or keyboard focus (no script), and the glossary page lists them."""

import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from cms.i18n import page_url_in
from cms.models import GlossaryPage, GlossaryTerm
from investment.models import ProjectPage

pytestmark = [pytest.mark.django_db]

LOCALE = Path(settings.BASE_DIR) / "locale"
CATALOGUES = {"vi": "vi", "en": "en", "ja": "ja", "ko": "ko", "zh-hans": "zh_Hans"}


def _catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / CATALOGUES[language] / "LC_MESSAGES" / "django.po"))


def glossary_mismatches(catalogues: dict[str, polib.POFile], terms) -> list[str]:
    """Interface labels that a glossary term names but a catalogue translates with another word."""
    wrong = []
    for language, catalogue in catalogues.items():
        for term in terms:
            expected = getattr(term, build_localized_fieldname("term", language)) or ""
            for label in term.ui_label_list:
                entry = catalogue.find(label)
                if entry is None:
                    wrong.append(f"{language}: {label!r} (glossary {term.key}) is not in the catalogue")
                    continue
                shown = entry.msgstr or entry.msgid
                if not expected or expected.casefold() not in shown.casefold():
                    wrong.append(f"{language}: {label!r} → {shown!r}, the glossary says {expected!r}")
    return wrong


def test_the_ui_catalogues_use_the_glossarys_terms(demo):
    """Each interface label a term names is translated with that term in every language."""
    terms = [term for term in GlossaryTerm.objects.all() if term.ui_label_list]
    assert len(terms) >= 5
    catalogues = {language: _catalogue(language) for language in CATALOGUES}
    assert glossary_mismatches(catalogues, terms) == []


def test_the_consistency_check_catches_a_wrong_term(demo):
    """Not vacuous: the old Japanese 地域 ("region") for "Area", where the glossary says 面積, fails it;
    the kind of place "Area" (a region) is another msgid, with its own context."""
    catalogue = _catalogue("ja")
    assert catalogue.find("Area", msgctxt="kind of place").msgstr == "地域"
    catalogue.find("Area").msgstr = "地域"
    mismatches = glossary_mismatches({"ja": catalogue}, [GlossaryTerm.objects.get(key="area")])
    assert mismatches == ["ja: 'Area' → '地域', the glossary says '面積'"]


def test_editors_keep_the_glossary_in_the_admin(admin_client):
    response = admin_client.get("/admin/snippets/cms/glossaryterm/add/")
    assert response.status_code == 200
    data = {
        "key": "vsic",
        "term_vi": "Mã VSIC",
        "term_en": "VSIC code",
        "term_ja": "VSICコード",
        "term_ko": "VSIC 코드",
        "term_zh_hans": "VSIC代码",
        "definition_vi": "Mã ngành kinh tế Việt Nam.",
        "definition_en": "Vietnam's standard industrial classification code.",
        "definition_ja": "ベトナム標準産業分類のコード。",
        "definition_ko": "베트남 표준산업분류 코드.",
        "definition_zh_hans": "越南标准行业分类代码。",
        "ui_labels": "VSIC code",
    }
    response = admin_client.post("/admin/snippets/cms/glossaryterm/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    term = GlossaryTerm.objects.get(key="vsic")
    with translation.override("ja"):
        assert term.term == "VSICコード"


@pytest.mark.parametrize("language", ["ja", "en"])
def test_terms_are_marked_with_an_accessible_definition(demo, client, language):
    project = ProjectPage.objects.live().filter(area_ha__isnull=False).order_by("pk").first()
    response = client.get(page_url_in(project, language))
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    marks = soup.select(".glossary a.glossary-term")
    assert marks, "no glossary term is marked on a project page"
    area = GlossaryTerm.objects.get(key="area")
    with translation.override(language):
        expected_term, expected_definition = area.term, area.definition
    mark = next(mark for mark in marks if mark.get_text() == expected_term)
    tooltip = soup.find(id=mark["aria-describedby"])
    assert tooltip is not None and tooltip.get("role") == "tooltip"
    assert tooltip.get_text() == expected_definition
    assert mark["href"].endswith("#term-area") and mark["href"].startswith(f"/{language}/")
    # Readable without script: the stylesheet shows it on hover and on keyboard focus.
    css = (Path(settings.BASE_DIR) / "static" / "css" / "site.css").read_text()
    assert re.search(r"\.glossary:focus-within \.glossary-definition", css)
    assert re.search(r"\.glossary:hover \.glossary-definition", css)


def test_the_glossary_page_lists_every_term_with_an_anchor(demo, client):
    page = GlossaryPage.objects.live().get()
    response = client.get(page_url_in(page, "ko"))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    for term in GlossaryTerm.objects.all():
        entry = soup.find(id=f"term-{term.key}")
        assert entry is not None, term.key
        with translation.override("ko"):
            assert entry.get_text(strip=True) == term.term
