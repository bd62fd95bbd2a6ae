"""How a reference to a legal text reads: "Law on Investment 61/2020/QH14, Article 15", in the reader's
language, the number as issued (never translated). Used by incentives, guide blocks and reply templates;
it reads only the document's fields, so the blocks can use it without importing the page models."""

from django.utils.translation import gettext


def legal_reference_text(document, article: str = "") -> str:
    name = gettext("%(kind)s %(number)s") % {"kind": document.get_kind_display(), "number": document.number}
    if not article:
        return name
    return gettext("%(document)s, Article %(article)s") % {"document": name, "article": article}


def legal_reference(document, article: str = "") -> dict | None:
    """``{"text", "url"}`` for a live legal text (and an article of it), else ``None``."""
    if document is None or not document.live:
        return None
    return {
        "text": legal_reference_text(document, article),
        "url": document.article_url(article) if article else (document.get_url() or ""),
    }
