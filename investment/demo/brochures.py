"""Demo project brochures: real A4 PDFs in the reader's script (Vietnamese diacritics, Japanese, Korean,
Chinese) with embedded Noto fonts, through the same PDF module as the investment guide
(``investment.guide.pdf``). Illustrative content: each says it is sample data."""

from investment.guide.pdf import PortalPDF

SAMPLE_FOOTER = {
    "vi": "Cổng xúc tiến đầu tư Đồng Tháp · dữ liệu minh họa",
    "en": "Đồng Tháp Investment Portal · illustrative data",
    "ja": "ドンタップ省投資ポータル・架空のデータ",
    "ko": "동탑성 투자 포털 · 예시 데이터",
    "zh-hans": "同塔省投资门户 · 示例数据",
}
KICKER = {
    "vi": "Tài liệu giới thiệu dự án",
    "en": "Project brochure",
    "ja": "案件パンフレット",
    "ko": "사업 안내서",
    "zh-hans": "项目宣传册",
}


def brochure_pdf(title: str, paragraphs: list[str], *, language: str = "en", facts=()) -> bytes:
    """A brochure in ``language``: the title, key facts (label, value) and paragraphs."""
    pdf = PortalPDF(language=language, title=title, footer_text=SAMPLE_FOOTER[language])
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.title_block(title, KICKER[language])
    if facts:
        pdf.facts(list(facts))
    for paragraph in paragraphs:
        pdf.paragraph(paragraph)
    return pdf.render()
