"""PDF documents in every portal language with real fonts: Vietnamese with its diacritics, Japanese, Korean
and Simplified Chinese (fpdf2, embedding subsets of Debian's Noto fonts).

Fonts: Noto Sans (``fonts-noto-core``) for Latin and Vietnamese text, Noto Sans CJK (``fonts-noto-cjk``, a
collection: the face for the document's language is chosen, so that a Chinese character takes its Chinese
form in a Chinese document and its Japanese form in a Japanese one) as the fallback for the characters Noto
Sans lacks, then Noto Sans Math (``fonts-noto-core``) for signs such as "≈" in every language. Only the glyphs
used are embedded. A missing font raises ``FontsMissing`` naming the Debian
package, instead of a PDF with empty boxes.
"""

from pathlib import Path

from django.conf import settings
from fpdf import FPDF
from fpdf.enums import XPos, YPos

NOTO = Path(getattr(settings, "PORTAL_NOTO_DIR", "/usr/share/fonts/truetype/noto"))
NOTO_CJK = Path(getattr(settings, "PORTAL_NOTO_CJK_DIR", "/usr/share/fonts/opentype/noto"))
FONTS = {
    ("latin", ""): (NOTO / "NotoSans-Regular.ttf", None, "fonts-noto-core"),
    ("latin", "B"): (NOTO / "NotoSans-Bold.ttf", None, "fonts-noto-core"),
    ("cjk", ""): (NOTO_CJK / "NotoSansCJK-Regular.ttc", "collection", "fonts-noto-cjk"),
    # Signs Noto Sans lacks, in every language: "≈" of an approximate amount ("VND 1.2 trillion (≈ USD 46 million)").
    ("symbols", ""): (NOTO / "NotoSansMath-Regular.ttf", None, "fonts-noto-core"),
}
# Only the languages written in CJK scripts load the CJK collection (parsing it costs most of the time);
# its regular face also serves bold text (headings), which keeps a document to one large font.
CJK_LANGUAGES = {"ja", "ko", "zh-hans"}
# The face of the CJK collection per language (0 JP, 1 KR, 2 SC, 3 TC, 4 HK); others use the Japanese one.
CJK_FACE = {"ja": 0, "ko": 1, "zh-hans": 2}

INK = (33, 37, 41)
ACCENT = (8, 76, 55)
MUTED = (96, 104, 112)


class FontsMissing(RuntimeError):
    """A font file the PDFs need is not installed (the message names the Debian package)."""


def fonts_missing() -> list[str]:
    return sorted({package for path, _kind, package in FONTS.values() if not path.exists()})


class PortalPDF(FPDF):
    """An A4 document in ``language``: a running footer with ``footer_text`` and page numbers, and small
    helpers for headings, paragraphs, bullet lists and label/value facts."""

    def __init__(self, *, language: str, title: str, footer_text: str = ""):
        missing = fonts_missing()
        if missing:
            raise FontsMissing(
                f"Fonts missing for the PDF documents: install the Debian packages {', '.join(missing)}."
            )
        super().__init__(format="A4")
        self.language = language
        self.footer_text = footer_text
        for (family, style), (path, kind, _package) in FONTS.items():
            if kind == "collection":
                if language not in CJK_LANGUAGES:
                    continue
                for cjk_style in ("", "B"):
                    self.add_font(family, cjk_style, str(path), collection_font_number=CJK_FACE[language])
            else:
                self.add_font(family, style, str(path))
        fallbacks = ["cjk", "symbols"] if language in CJK_LANGUAGES else ["symbols"]
        self.set_fallback_fonts(fallbacks, exact_match=False)
        self.set_title(title)
        self.set_lang(language)
        self.set_creator("Đồng Tháp Investment Portal")
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 18, 18)
        self.set_text_color(*INK)

    def footer(self):
        self.set_y(-12)
        self.set_font("latin", "", 8)
        self.set_text_color(*MUTED)
        self.cell(0, 5, f"{self.footer_text}  ·  {self.page_no()}/{{nb}}".strip(" ·"), align="C")
        self.set_text_color(*INK)

    def title_block(self, title: str, subtitle: str = ""):
        self.set_font("latin", "B", 20)
        self.set_text_color(*ACCENT)
        self.multi_cell(0, 10, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)
        if subtitle:
            self.set_font("latin", "", 11)
            self.multi_cell(0, 6, subtitle, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(4)

    def heading(self, text: str, level: int = 1):
        if self.get_y() > self.h - 50:
            self.add_page()
        self.ln(3)
        self.set_font("latin", "B", 14 if level == 1 else 11)
        self.set_text_color(*ACCENT)
        self.multi_cell(0, 7 if level == 1 else 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)
        self.ln(1)

    def paragraph(self, text: str, *, size: float = 10, muted: bool = False):
        if not text:
            return
        self.set_font("latin", "", size)
        if muted:
            self.set_text_color(*MUTED)
        self.multi_cell(0, size * 0.55, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)
        self.ln(1.5)

    def bullets(self, items: list[str]):
        self.set_font("latin", "", 10)
        for item in items:
            if not item:
                continue
            self.set_x(self.l_margin + 3)
            self.multi_cell(0, 5.5, f"•  {item}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def facts(self, rows: list[tuple[str, str]]):
        """Label and value per row, the label in bold."""
        for label, value in rows:
            if not value:
                continue
            self.set_font("latin", "B", 10)
            self.multi_cell(0, 5.5, label, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_font("latin", "", 10)
            self.set_x(self.l_margin + 3)
            self.multi_cell(0, 5.5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def render(self) -> bytes:
        return bytes(self.output())
