"""Every UI string exists in all five languages, with placeholders intact, and the catalogues
cover every string the code marks for translation."""

import os
import re
import shutil
import subprocess
import sys
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
    seen, repeated = set(), []  # GNU msgfmt refuses a catalogue with a message twice; one of the two is lost
    for entry in catalogue:
        key = (entry.msgctxt, entry.msgid)
        repeated += [entry.msgid] if key in seen else []
        seen.add(key)
    assert repeated == [], f"{folder}: messages defined twice {repeated[:5]}"
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


IGNORED = (".venv", "var", "tests", "bench", "static/vendor")


def test_catalogues_cover_every_marked_string(tmp_path):
    """Runs Django's makemessages (GNU gettext) on a copy of the sources: every string the code and the
    templates mark for translation must already be in each catalogue, translated."""
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext is missing: scripts/system-packages.sh gettext installs it")
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    for name in tracked.splitlines():
        if name.startswith(IGNORED) or not name.endswith((".py", ".html", ".txt")):
            continue
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, target)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "--no-location", *[f"--ignore={i}" for i in IGNORED]],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
    )
    extracted = {entry.msgid for entry in polib.pofile(str(tmp_path / "locale/en/LC_MESSAGES/django.po"))}
    for folder in LOCALES:
        translated = {entry.msgid for entry in _catalogue(folder).translated_entries()}
        missing = sorted(extracted - translated)
        assert missing == [], f"{folder}: {len(missing)} marked strings not translated, e.g. {missing[:5]}"
