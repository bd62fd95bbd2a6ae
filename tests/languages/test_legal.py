"""Legal texts beside their translations, and the references that point at one article."""

from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from cms.i18n import page_url_in
from cms.models import legal_references_expand
from tests.factories.cms import LegalDocumentPageFactory
from tests.factories.investment import IncentiveFactory, OpportunityPageFactory, ProjectPageFactory, ZonePageFactory

pytestmark = [pytest.mark.django_db]

ARTICLES = [
    {
        "number": "15",
        "heading": {"vi": "Hình thức ưu đãi đầu tư", "en": "Forms of investment incentives", "ja": "投資優遇の形式"},
        "text": {
            "vi": "Ưu đãi thuế thu nhập doanh nghiệp.",
            "en": "Corporate income tax incentives.",
            "ja": "法人所得税の優遇。",
        },
    },  # fmt: skip
    {"number": "16", "heading": {"vi": "Ngành, nghề ưu đãi"}, "text": {"vi": "Hoạt động công nghệ cao."}},
]


@pytest.fixture
def law():
    return LegalDocumentPageFactory(
        title={"vi": "Luật Đầu tư", "en": "Law on Investment", "ja": "投資法"},
        kind="law",
        number="61/2020/QH14",
        issued_on=date(2020, 6, 17),
        effective_from=date(2021, 1, 1),
        articles=ARTICLES,
    )


def _soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_each_article_shows_the_vietnamese_original_beside_its_translation(client, law):
    soup = _soup(client, page_url_in(law, "ja"))
    notice = soup.select_one("[data-legal-notice]")
    assert notice.get_text(strip=True) == "ベトナム語の原文が正文であり、優先します。翻訳は参考のためのものです。"
    article = soup.find(id="article-15")
    original = article.select_one(".legal-original")
    assert original["lang"] == "vi" and "Ưu đãi thuế thu nhập doanh nghiệp." in original.get_text()
    assert "法人所得税の優遇。" in article.select_one(".legal-translation").get_text()
    assert "第15条　投資優遇の形式" in article.select_one(".legal-translation h3").get_text()
    # An article without a Japanese translation says so; it does not fall back to English beside the original.
    untranslated = soup.find(id="article-16").select_one(".legal-translation")
    assert untranslated.select_one("[data-untranslated]") is not None
    assert soup.select_one(".legal-status dd").get_text(strip=True) == "施行中"
    assert "2021年1月1日" in soup.select_one(".legal-status").get_text()


def test_the_vietnamese_page_shows_only_the_original(client, law):
    soup = _soup(client, page_url_in(law, "vi"))
    assert soup.select(".legal-translation") == []
    assert soup.find(id="article-15") is not None


def test_status_follows_the_dates_and_names_what_amends_it(client, law):
    amending = LegalDocumentPageFactory(title={"vi": "Luật sửa đổi", "en": "Amending law"}, number="03/2022/QH15")
    law.amended_by = amending
    law.status = "amended"
    law.effective_until = date(2020, 12, 31)  # in the past: repealed, whatever was typed
    law.save_revision().publish()
    soup = _soup(client, page_url_in(law, "en"))
    assert soup.select_one("[data-status]")["data-status"] == "repealed"
    assert "Amending law" in soup.select_one(".legal-status").get_text()


@pytest.mark.parametrize("factory", [ProjectPageFactory, ZonePageFactory, OpportunityPageFactory])
def test_an_incentive_links_to_the_exact_article(client, law, factory):
    # every page that lists incentives shows them alike (investment/includes/incentives.html)
    incentive = IncentiveFactory(legal_basis="", legal_document=law, legal_article="15")
    project = factory(incentives=[incentive])
    soup = _soup(client, page_url_in(project, "en"))
    link = soup.select_one(".detail-incentives a[href$='#article-15']")
    assert link is not None and link["href"].startswith(page_url_in(law, "en"))
    assert link.get_text() == "Law 61/2020/QH14, Article 15"
    soup = _soup(client, page_url_in(project, "ja"))
    assert soup.select_one(".detail-incentives a[href$='#article-15']").get_text() == "法律第61/2020/QH14号第15条"


def test_replies_link_to_the_article_in_their_language(law):
    text = legal_references_expand("Basis: {legal:61/2020/QH14#15}. Unknown: {legal:1/2000/X#1}.", language="ko")
    assert "법률 제61/2020/QH14호 제15조 (http" in text and "#article-15)" in text
    assert "{legal:1/2000/X#1}" in text  # left for the officer to see
    # what a reply template's text becomes (``inquiries.replies.reply_compose`` expands it in the reply's
    # language, whatever the officer's; the mystery shopper test sends one)
    with translation.override("ja"):
        rendered = legal_references_expand("Dear Ms Tanaka, see {legal:61/2020/QH14#16}.", language="en")
    assert rendered.startswith("Dear Ms Tanaka, see Law 61/2020/QH14, Article 16 (http")
    assert "/en/" in rendered
