#!/usr/bin/env python3
"""Adds translations to the five catalogues: `po_merge.py entries.json` where the JSON maps each msgid to
{"vi": …, "en": …, "ja": …, "ko": …, "zh_Hans": …}; or `po_merge.py --union ours.po theirs.po` (a merge
helper: every entry of theirs missing from ours is appended to ours). Existing translations are kept unless
the JSON gives a new one."""

import json
import sys
from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parent.parent / "locale"
FOLDERS = ("vi", "en", "ja", "ko", "zh_Hans")


def add(entries: dict) -> None:
    for folder in FOLDERS:
        path = LOCALE / folder / "LC_MESSAGES" / "django.po"
        catalogue = polib.pofile(str(path))
        for msgid, translations in entries.items():
            text = translations[folder]
            entry = catalogue.find(msgid)
            if entry is None:
                catalogue.append(polib.POEntry(msgid=msgid, msgstr=text))
            else:
                entry.msgstr = text
                if "fuzzy" in entry.flags:
                    entry.flags.remove("fuzzy")
        catalogue.save(str(path))


def union(ours: str, theirs: str) -> None:
    mine = polib.pofile(ours)
    known = {(entry.msgctxt, entry.msgid) for entry in mine}
    for entry in polib.pofile(theirs):
        if (entry.msgctxt, entry.msgid) not in known and not entry.obsolete:
            mine.append(entry)
    mine.save(ours)


if __name__ == "__main__":
    if sys.argv[1] == "--union":
        union(sys.argv[2], sys.argv[3])
    else:
        add(json.loads(Path(sys.argv[1]).read_text()))
