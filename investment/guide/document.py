"""The investment guide as a PDF in one language (``guide_pdf``), cached until the next publish.

The PDF is built from ``content.guide_sections`` with ``pdf.PortalPDF``; a Japanese, Korean or Chinese guide
takes a second or two (the CJK font is parsed and subset), so each language's file is kept in the cache
under the page-cache generation: any publish, unpublish or snippet change starts a new one.
"""

from django.core.cache import cache
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cms.page_cache import content_version

from .content import guide_sections
from .pdf import PortalPDF

CACHE_SECONDS = 24 * 3600


def section_titles() -> dict[str, str]:
    return {
        "why": _("Why invest in Đồng Tháp"),
        "sectors": _("Sectors"),
        "costs": _("Costs of doing business"),
        "incentives": _("Incentives"),
        "procedures": _("Procedures"),
        "contacts": _("Contacts"),
    }


def build_guide_pdf(*, language: str, site_url: str = "") -> bytes:
    with translation.override(language):
        title = _("Investment guide: Đồng Tháp")
        pdf = PortalPDF(language=language, title=title, footer_text=_("Đồng Tháp Investment Portal"))
        pdf.alias_nb_pages()
        pdf.add_page()
        pdf.title_block(
            title,
            _("Made from the portal's content on %(date)s.")
            % {"date": date_format(timezone.localdate(), "DATE_FORMAT")},
        )
        pdf.paragraph(
            _("Illustrative sample content: the figures and names in this guide are examples, not official data."),
            muted=True,
        )
        titles = section_titles()
        for section in guide_sections(language=language):
            pdf.heading(titles[section.key])
            for text in section.paragraphs:
                pdf.paragraph(text)
            pdf.facts(section.facts)
            pdf.bullets(section.bullets)
            for sub in section.subsections:
                pdf.heading(sub.title, level=2)
                for text in sub.paragraphs:
                    pdf.paragraph(text)
                pdf.bullets(sub.bullets)
        if site_url:
            pdf.heading(_("Ask us"))
            pdf.paragraph(
                _("Send your question in your language; the agency in charge replies: %(url)s") % {"url": site_url}
            )
        return pdf.render()


def guide_pdf(*, language: str, site_url: str = "") -> bytes:
    key = f"investment-guide:{language}:{content_version()}:{site_url}"
    document = cache.get(key)
    if document is None:
        document = build_guide_pdf(language=language, site_url=site_url)
        cache.set(key, document, CACHE_SECONDS)
    return document
