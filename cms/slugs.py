"""Slugs: ASCII in every language, and the old address redirected when one changes.

A page's slug exists per language (wagtail-modeltranslation: ``slug_vi``, ``slug_en``…). A slug typed
or generated from a title with non-ASCII letters is replaced, when the page is saved, by an ASCII one:

- Vietnamese and English: the slug itself (or the title) transliterated, tones dropped and đ as d
  (``nhà-máy-sấy-lúa`` → ``nha-may-say-lua``), through ``anyascii`` (Wagtail's own dependency);
- Japanese, Korean, Chinese: a slug in their script would be an unreadable run of %-escapes in every
  link, and a machine romanisation of kanji reads wrong, so the page takes the English slug, else the
  Vietnamese one (``/ja/projects/nha-may-say-lua/``). An ASCII slug an editor typed (``toushi-gaido``)
  is kept as it is.

When a published page's address changes in a language (its slug, or a parent's), the old address of the
page and of each page below it is redirected to the new one with Wagtail's redirects app
(``/ja/projects/old-slug`` → the page), one redirect per language that changed.
"""

import logging

from anyascii import anyascii
from django.utils.text import slugify
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.redirects.models import Redirect

from cms.i18n import LANGUAGE_CODES, SOURCE_LANGUAGE, page_url_in

logger = logging.getLogger(__name__)

ROMAN_LANGUAGES = (SOURCE_LANGUAGE, "en")  # languages whose own title makes a readable ASCII slug
MAX_DESCENDANTS = 500  # redirects made for the pages below a moved page, at most


def ascii_slug(text: str, max_length: int = 255) -> str:
    """``"Nhà máy sấy lúa Đồng Tháp"`` → ``"nha-may-say-lua-dong-thap"``."""
    return slugify(anyascii(text or ""))[:max_length].strip("-")


def _get(page, field: str, code: str) -> str:
    return getattr(page, build_localized_fieldname(field, code), None) or ""


def page_ascii_slugs(page) -> dict[str, str]:
    """Gives every language's slug that is not ASCII an ASCII one; returns what changed."""
    changed = {}
    for code in ROMAN_LANGUAGES:
        slug = _get(page, "slug", code)
        if slug and not slug.isascii():
            changed[code] = ascii_slug(slug) or ascii_slug(_get(page, "title", code))
    roman = {code: changed.get(code, _get(page, "slug", code)) for code in ROMAN_LANGUAGES}
    for code in LANGUAGE_CODES:
        if code in ROMAN_LANGUAGES:
            continue
        slug = _get(page, "slug", code)
        if slug and not slug.isascii():
            changed[code] = roman["en"] or roman[SOURCE_LANGUAGE] or ascii_slug(slug)
        elif not slug and roman["en"]:
            # Empty: the router would find the page by the English slug (the fallback), while its stored
            # path would be built from the Vietnamese one; given the English slug, both agree.
            changed[code] = roman["en"]
    for code, slug in changed.items():
        setattr(page, build_localized_fieldname("slug", code), slug)
    return changed


def page_urls(page) -> dict[str, str]:
    """The page's address in each language (``{"ja": "/ja/projects/…/"}``), without the host."""
    urls = {}
    for code in LANGUAGE_CODES:
        url = page_url_in(page, code)
        if url:
            urls[code] = url
    return urls


def _redirect(old_url: str, page) -> None:
    old_path = Redirect.normalise_path(old_url)
    if old_path in ("", "/"):
        return
    Redirect.objects.update_or_create(
        old_path=old_path, site=None, defaults={"redirect_page": page, "is_permanent": True}
    )


def redirect_changed_urls(page, old_urls: dict[str, str]) -> int:
    """Redirects each old address of ``page`` (and of the pages below it) whose language's address
    changed. Returns how many redirects were made."""
    new_urls = page_urls(page)
    made = 0
    for code, old_url in old_urls.items():
        new_url = new_urls.get(code)
        if not new_url or new_url == old_url:
            continue
        _redirect(old_url, page)
        made += 1
        descendants = page.get_descendants().live().specific()[:MAX_DESCENDANTS]
        for descendant in descendants:
            current = page_url_in(descendant, code)
            if current.startswith(new_url):
                _redirect(old_url + current[len(new_url) :], descendant)
                made += 1
    if made:
        logger.info("Page %s moved: %s redirect(s) from its old addresses", page.pk, made)
    return made
