"""Compiles gettext catalogues with polib, so no GNU gettext install is needed (used by the
Makefile before Django starts, and by ``manage.py compile_catalogues``)."""

from pathlib import Path

import polib


def compile_catalogues(locale_dirs, *, force: bool = False) -> list[Path]:
    compiled = []
    for locale_dir in locale_dirs:
        for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
            mo_path = po_path.with_suffix(".mo")
            if not force and mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
            compiled.append(po_path)
    return compiled


if __name__ == "__main__":
    for path in compile_catalogues([Path(__file__).resolve().parent.parent / "locale"]):
        print(f"compiled {path}")
