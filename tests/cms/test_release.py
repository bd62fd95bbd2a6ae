"""The release name that kept pages and fragments carry in their keys (cms/release.py)."""

import pytest

from cms.release import code_digest, forget_release, release


@pytest.fixture
def checkout(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "base.html").write_text("<title>{{ page.title }}</title>")
    (tmp_path / "cms").mkdir()
    (tmp_path / "cms" / "formatting.py").write_text("def money(value): return f'{value:,}'\n")
    return tmp_path


def test_the_digest_follows_what_shapes_the_html(checkout):
    before = code_digest(checkout)
    assert code_digest(checkout) == before  # the same files, the same name on every server
    (checkout / "var").mkdir()
    (checkout / "var" / "portal.sqlite3").write_text("data")
    (checkout / "tests").mkdir()
    (checkout / "tests" / "test_x.py").write_text("def test(): pass\n")
    (checkout / "cms" / "notes.rst").write_text("not code")
    assert code_digest(checkout) == before  # data, tests and other files are not the release
    (checkout / "templates" / "base.html").write_text("<title>{{ page.seo_title }}</title>")
    changed = code_digest(checkout)
    assert changed != before
    (checkout / "cms" / "formatting.py").write_text("def money(value): return f'{value:.2f}'\n")
    assert code_digest(checkout) not in {before, changed}


def test_an_operators_name_wins_over_the_digest(checkout, settings):
    forget_release()
    settings.BASE_DIR = checkout
    settings.PORTAL_RELEASE = ""
    assert release() == code_digest(checkout)
    settings.PORTAL_RELEASE = "2026.12.0"
    assert release() == "2026.12.0"
    forget_release()
