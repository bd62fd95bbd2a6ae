"""Content investors expect, on the demo: success stories, the privacy notice the consent texts link to,
the investment guide PDF in every language (real Vietnamese and CJK text, embedded fonts) and the project
brochures; the doors to them (main menu, footer); the demo accounts of every role sign in."""

import io
import logging
import shutil
import subprocess

import pytest
from django.utils import translation
from pypdf import PdfReader

from cms.i18n import page_url_in
from cms.models import PrivacyNoticePage
from investment.models import CostOfDoingBusinessPage, ProjectPage, SuccessStoryPage

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db]

GUIDE_HEADINGS = {
    "vi": ("Cẩm nang đầu tư: Đồng Tháp", "Vì sao đầu tư vào Đồng Tháp", "Ưu đãi"),
    "en": ("Investment guide: Đồng Tháp", "Why invest in Đồng Tháp", "Incentives"),
    "ja": ("投資ガイド：ドンタップ省", "ドンタップ省に投資する理由", "手続き"),
    "ko": ("투자 안내서: 동탑성", "동탑성에 투자해야 하는 이유", "절차"),
    "zh-hans": ("投资指南：同塔省", "为什么投资同塔省", "办理程序"),
}


def pdf_text(content: bytes) -> str:
    """The text a reader's PDF viewer shows (poppler's pdftotext: it maps CJK glyphs back correctly)."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: scripts/system-packages.sh pdftools installs it")
    return subprocess.run(["pdftotext", "-", "-"], input=content, capture_output=True, check=True).stdout.decode()


def squeeze(text: str) -> str:
    return "".join(text.split())


def embedded_fonts(content: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(content))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            if descriptor is not None:
                descriptor = descriptor.get_object()
                if "/FontFile2" in descriptor or "/FontFile3" in descriptor:
                    names.add(str(font["/BaseFont"]))
    return names


def test_success_stories_show_the_facts_in_every_language(client):
    story = SuccessStoryPage.objects.live().first()
    listing = client.get(page_url_in(story.get_parent(), "en")).content.decode()
    assert story.title_en in listing and "USD" in listing and "jobs" in listing
    for code in ("vi", "en", "ja", "ko", "zh-hans"):
        response = client.get(page_url_in(story, code))
        body = response.content.decode()
        field = code.replace("-", "_")
        assert response.status_code == 200 and f'<html lang="{code}">' in body
        assert getattr(story, f"title_{field}") in body and getattr(story, f"quote_{field}") in body
        assert f'data-jobs="{story.jobs}"' in body and story.investor in body
        assert 'class="gallery"' in body and "notice-sample" in body


def test_the_consent_texts_and_the_footer_link_to_the_privacy_notice(client):
    notice = PrivacyNoticePage.objects.live().get()
    for code in ("vi", "ja"):
        url = page_url_in(notice, code)
        form = client.get(f"/{code}/inquiries/new/").content.decode()
        consent = form[form.index("inquiry-consent") :]
        assert f'href="{url}"' in consent.split("</div>", 1)[0]
        assert f'href="{url}"' in form[form.index('class="site-footer"') :]
        assert client.get(url).status_code == 200
    project = ProjectPage.objects.live().first()
    assert f'href="{page_url_in(notice, "en")}"' in client.get(page_url_in(project, "en")).content.decode()


def test_every_door_is_in_the_menu_and_the_footer(client):
    home = client.get("/ja/").content.decode()
    header = home[home.index('class="main-nav"') : home.index("</nav>", home.index('class="main-nav"'))]
    assert 'href="/ja/inquiries/new/"' in header and "お問い合わせ" in header
    footer = home[home.index('class="site-footer"') :]
    assert 'href="/ja/inquiries/response-times/"' in footer and 'href="/ja/investment-guide.pdf"' in footer
    status_link = 'href="/en/inquiries/response-times/"'
    assert status_link in client.get("/en/inquiries/new/").content.decode()


@pytest.mark.parametrize("language", list(GUIDE_HEADINGS))
def test_investment_guide_pdf_in_each_language(client, language, caplog):
    with caplog.at_level(logging.WARNING, logger="fpdf"):
        response = client.get(f"/{language}/investment-guide.pdf")
    # fpdf2 warns of every character no embedded font has (it prints as an empty box): none may be missing
    assert not [record.getMessage() for record in caplog.records if "missing" in record.getMessage()]
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Language"] == language
    text = squeeze(pdf_text(response.content))
    for heading in GUIDE_HEADINGS[language]:
        assert squeeze(heading) in text, heading
    fonts = embedded_fonts(response.content)
    assert any("NotoSans" in name and "CJK" not in name for name in fonts), fonts
    if language in ("ja", "ko", "zh-hans"):
        assert any("NotoSansCJK" in name for name in fonts), fonts
    # from the portal's content: an agency's phone and an incentive's legal basis
    assert "0277" in text or "+84" in text
    # the cost of doing business, each figure with its source, in the reader's language
    with translation.override(language):
        figures = list(CostOfDoingBusinessPage.live_page().items.all())
        assert figures and all(squeeze(item.label) in text for item in figures[:3])
        assert squeeze(figures[0].source) in text


def test_project_brochures_are_real_pdfs_in_vietnamese_and_other_languages(client):
    project = ProjectPage.objects.live().order_by("pk").first()
    items = list(project.brochures.select_related("document").order_by("sort_order"))
    assert len(items) == 5
    texts = {}
    for item in items:
        response = client.get(item.document.url)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        language = item.document.title.split("(", 1)[1].split(")", 1)[0]  # "Demo brochure (ja): project-0"
        texts[language] = squeeze(pdf_text(content))
    assert squeeze(project.title_vi) in texts["vi"] and "Tổngvốn" in texts["vi"]
    assert squeeze(project.title_ja) in texts["ja"] and "総投資額" in texts["ja"]
    assert squeeze(project.title_ko) in texts["ko"] and squeeze(project.title_en) in texts["en"]


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("demo-editor-itpc", "demo-editor-2026"),
        ("demo-moderator", "demo-moderator-2026"),
        ("officer-itpc", "demo-officer-2026"),
        ("leader", "demo-leader-2026"),
    ],
)
def test_the_demo_accounts_of_every_role_sign_in(client, username, password):
    response = client.post("/admin/login/", {"username": username, "password": password})
    assert response.status_code == 302, username
    assert client.get("/admin/").status_code == 200
