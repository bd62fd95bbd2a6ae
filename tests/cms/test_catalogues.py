"""Every UI string exists in all five languages, with placeholders intact, and the catalogues
cover every string the code marks for translation."""

import re
from pathlib import Path

import polib
import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
LOCALES = {"vi": "vi", "en": "en", "ja": "ja", "ko": "ko", "zh_Hans": "zh-hans"}
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_]+\}")
pytestmark = pytest.mark.smoke


def _catalogue(folder):
    return polib.pofile(str(ROOT / "locale" / folder / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("folder", LOCALES)
def test_catalogue_is_complete(folder):
    catalogue = _catalogue(folder)
    assert len(catalogue) > 100
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [], f"{folder}: {len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert fuzzy == [], f"{folder}: fuzzy entries {fuzzy[:5]}"
    for entry in catalogue.translated_entries():
        translations = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        for text in translations:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(entry.msgid)), (folder, entry.msgid)


@pytest.mark.parametrize("folder", ["ja", "ko", "zh_Hans", "vi"])
def test_translations_are_not_copies_of_the_english(folder):
    entries = [entry for entry in _catalogue(folder).translated_entries() if not entry.msgid_plural]
    copies = [entry.msgid for entry in entries if entry.msgstr == entry.msgid and len(entry.msgid) > 12]
    assert len(copies) <= len(entries) // 50, copies[:10]


def test_catalogues_are_compiled_and_active():
    for code in ["vi", "ja", "ko", "zh-hans"]:
        with translation.override(code):
            assert translation.gettext("Skip to content") != "Skip to content", code
