"""Builds the illustrative demo site. Idempotent: what exists already is left exactly as it is."""

from datetime import date

from django.db import transaction
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from cms.i18n import LANGUAGE_CODES, SOURCE_LANGUAGE
from cms.models import (
    ContentPage,
    GlossaryPage,
    GlossaryTerm,
    GuideIndexPage,
    HomePage,
    InvestorGuidePage,
    LegalArticle,
    LegalDocumentPage,
    LegalIndexPage,
    NewsIndexPage,
    NewsPage,
    PrivacyNoticePage,
    SiteSettings,
)

from . import legal_content
from . import site_content as content
from .content_privacy import PRIVACY
from .images import ensure_image


class DemoReport:
    def __init__(self):
        self.created: list[str] = []

    def add(self, what: str) -> None:
        self.created.append(what)


def set_translations(obj, field: str, values: dict[str, object]) -> None:
    """Sets every language of a translated field; the Vietnamese value is also the original column."""
    for code in LANGUAGE_CODES:
        setattr(obj, build_localized_fieldname(field, code), values.get(code))
    with translation.override(SOURCE_LANGUAGE):
        setattr(obj, field, values[SOURCE_LANGUAGE])


def per_language(builder) -> dict[str, object]:
    """``{language: builder(language)}`` for a StreamField value built from translated parts."""
    return {code: builder(code) for code in LANGUAGE_CODES}


def add_page(parent: Page, page: Page, *, slug: dict[str, str], title: dict[str, str], report: DemoReport) -> Page:
    set_translations(page, "title", title)
    set_translations(page, "slug", slug)
    page.is_sample_content = True
    with translation.override(SOURCE_LANGUAGE):
        parent.add_child(instance=page)
        page.save_revision().publish()
    report.add(f"{page._meta.verbose_name}: {title[SOURCE_LANGUAGE]}")
    return page


def find_child(parent: Page, model, slug_vi: str):
    return model.objects.child_of(parent).filter(slug_vi=slug_vi).first()


def ensure_home(report: DemoReport) -> HomePage:
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        data = content.HOME
        home = HomePage(
            hero_image=ensure_image("home-hero", "Demo: Mekong landscape", "river"),
        )
        for field in ("hero_heading", "hero_text"):
            set_translations(home, field, data[field])
        set_translations(
            home,
            "key_figures",
            per_language(
                lambda code: [
                    {"type": "figure", "value": {"value": item["value"], "label": item["label"][code]}}
                    for item in data["key_figures"]
                ]
            ),
        )
        add_page(root, home, slug=dict.fromkeys(LANGUAGE_CODES, "trang-chu"), title=data["title"], report=report)
        old_root = site.root_page if site else None
        if site is None:
            site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        else:
            site.root_page = home
            site.site_name = "Đồng Tháp"
            site.save()
        if old_root is not None and old_root.pk != home.pk and old_root.depth == 2 and not old_root.get_children():
            old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" page
    return home


def ensure_about(home: HomePage, report: DemoReport) -> ContentPage:
    data = content.ABOUT
    page = find_child(home, ContentPage, data["slug"]["vi"])
    if page:
        return page
    image = ensure_image("about-fields", "Demo: rice fields", "rice")

    def body(code):
        blocks = [{"type": "paragraph", "value": paragraph[code]} for paragraph in data["paragraphs"]]
        blocks.append(
            {"type": "image", "value": {"image": image.pk, "caption": data["title"][code], "attribution": ""}}
        )
        blocks.append(
            {
                "type": "quote",
                "value": {"text": data["quote"]["text"][code], "attribution": data["quote"]["attribution"][code]},
            }
        )
        blocks.append(
            {
                "type": "key_figures",
                "value": {
                    "figures": [{"value": f["value"], "label": f["label"][code]} for f in content.HOME["key_figures"]],
                    "source": "",
                },
            }
        )
        table = data["table"]
        blocks.append(
            {
                "type": "table",
                "value": {
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": table["caption"][code],
                    "data": [[cell[code] for cell in table["header"]]]
                    + [[cell[code] for cell in row] for row in table["rows"]],
                },
            }
        )
        faq = data["faq"]
        blocks.append(
            {
                "type": "faq",
                "value": {
                    "title": faq["title"][code],
                    "items": [
                        {"question": item["question"][code], "answer": item["answer"][code]} for item in faq["items"]
                    ],
                },
            }
        )
        cta = data["cta"]
        blocks.append(
            {
                "type": "call_to_action",
                "value": {
                    "title": cta["title"][code],
                    "text": cta["text"][code],
                    "button_label": cta["button_label"][code],
                    "page": None,
                    "url": "",
                },
            }
        )
        return blocks

    page = ContentPage(show_in_menus=True)
    set_translations(page, "introduction", data["introduction"])
    set_translations(page, "body", per_language(body))
    return add_page(home, page, slug=data["slug"], title=data["title"], report=report)


def ensure_guides(home: HomePage, report: DemoReport, documents: dict | None = None) -> GuideIndexPage:
    data = content.GUIDES_INDEX
    index = find_child(home, GuideIndexPage, data["slug"]["vi"])
    if index is None:
        index = GuideIndexPage(show_in_menus=True)
        set_translations(index, "introduction", data["introduction"])
        add_page(home, index, slug=data["slug"], title=data["title"], report=report)
    for guide_data in content.GUIDES:
        if find_child(index, InvestorGuidePage, guide_data["slug"]["vi"]):
            continue
        guide = InvestorGuidePage()
        # The first step of a guide rests on an article of a legal text (a structured reference).
        basis = legal_content.GUIDE_LEGAL_BASIS.get(guide_data["slug"]["vi"])
        references = (
            [{"document": documents[basis[0]].pk, "article": basis[1]}]
            if basis and basis[0] in (documents or {})
            else []
        )
        for field in ("summary", "incentives", "total_time"):
            set_translations(guide, field, guide_data[field])
        set_translations(
            guide,
            "steps",
            per_language(
                lambda code, steps=guide_data["steps"], references=references: [
                    {
                        "type": "step",
                        "value": {
                            "title": step["title"][code],
                            "description": step["description"][code],
                            "documents": [document[code] for document in step["documents"]],
                            "time_needed": step["time_needed"][code],
                            "authority": step["authority"][code],
                            "legal_basis": references if number == 0 else [],
                        },
                    }
                    for number, step in enumerate(steps)
                ]
            ),
        )
        add_page(index, guide, slug=guide_data["slug"], title=guide_data["title"], report=report)
    return index


def ensure_news(home: HomePage, report: DemoReport) -> NewsIndexPage:
    data = content.NEWS_INDEX
    index = find_child(home, NewsIndexPage, data["slug"]["vi"])
    if index is None:
        index = NewsIndexPage(show_in_menus=True)
        set_translations(index, "introduction", data["introduction"])
        add_page(home, index, slug=data["slug"], title=data["title"], report=report)
    palettes = ["lotus", "mango", "city", "port", "river", "solar"]
    for number, item in enumerate(content.NEWS):
        if find_child(index, NewsPage, item["slug"]["vi"]):
            continue
        news = NewsPage(
            kind=item["kind"],
            date=date.fromisoformat(item["date"]),
            event_end=date.fromisoformat(item["event_end"]) if item.get("event_end") else None,
            image=ensure_image(f"news-{number}", f"Demo: news {number + 1}", palettes[number % len(palettes)]),
        )
        set_translations(news, "summary", item["summary"])
        if item.get("event_location"):
            set_translations(news, "event_location", item["event_location"])
        set_translations(
            news,
            "body",
            per_language(
                lambda code, paragraphs=item["paragraphs"]: [
                    {"type": "paragraph", "value": paragraph[code]} for paragraph in paragraphs
                ]
            ),
        )
        add_page(index, news, slug=item["slug"], title=item["title"], report=report)
    return index


def ensure_privacy_notice(home: HomePage, report: DemoReport) -> PrivacyNoticePage:
    page = find_child(home, PrivacyNoticePage, PRIVACY["slug"]["vi"])
    if page is None:
        page = PrivacyNoticePage(last_updated=date(2026, 1, 1))
        set_translations(page, "introduction", PRIVACY["introduction"])
        set_translations(page, "controller", PRIVACY["controller"])
        set_translations(
            page,
            "body",
            per_language(lambda code: [{"type": "paragraph", "value": item[code]} for item in PRIVACY["sections"]]),
        )
        add_page(home, page, slug=PRIVACY["slug"], title=PRIVACY["title"], report=report)
    return page


def ensure_legal_texts(home: HomePage, report: DemoReport) -> dict[str, LegalDocumentPage]:
    """The legal texts index and a few texts, article by article (Vietnamese original and translations)."""
    data = legal_content.LEGAL_INDEX
    index = find_child(home, LegalIndexPage, data["slug"]["vi"])
    if index is None:
        index = LegalIndexPage()
        set_translations(index, "introduction", data["introduction"])
        add_page(home, index, slug=data["slug"], title=data["title"], report=report)
    documents = {}
    for item in legal_content.LEGAL_DOCUMENTS:
        document = find_child(index, LegalDocumentPage, item["slug"]["vi"])
        if document is None:
            document = LegalDocumentPage(
                kind=item["kind"],
                number=item["number"],
                issued_on=date.fromisoformat(item["issued_on"]),
                effective_from=date.fromisoformat(item["effective_from"]),
                status=item["status"],
            )
            set_translations(document, "issuer", item["issuer"])
            set_translations(document, "summary", legal_content.ILLUSTRATIVE)
            articles = []
            for position, article_data in enumerate(item["articles"]):
                article = LegalArticle(number=article_data["number"], sort_order=position)
                set_translations(article, "heading", article_data["heading"])
                set_translations(article, "text", article_data["text"])
                articles.append(article)
            document.articles = articles
            add_page(index, document, slug=item["slug"], title=item["title"], report=report)
        documents[item["key"]] = document
    for item in legal_content.LEGAL_DOCUMENTS:
        amended_by = documents.get(item.get("amended_by", ""))
        if amended_by is not None and documents[item["key"]].amended_by_id is None:
            LegalDocumentPage.objects.filter(pk=documents[item["key"]].pk).update(amended_by=amended_by)
    return documents


def ensure_glossary(home: HomePage, report: DemoReport) -> None:
    data = legal_content.GLOSSARY_PAGE
    if find_child(home, GlossaryPage, data["slug"]["vi"]) is None:
        page = GlossaryPage()
        set_translations(page, "introduction", data["introduction"])
        add_page(home, page, slug=data["slug"], title=data["title"], report=report)
    for item in legal_content.GLOSSARY:
        if GlossaryTerm.objects.filter(key=item["key"]).exists():
            continue
        term = GlossaryTerm(key=item["key"], ui_labels=item["ui_labels"])
        set_translations(term, "term", item["term"])
        set_translations(term, "definition", item["definition"])
        term.save()
        report.add(f"glossary term: {item['key']}")


def ensure_site_settings(home: HomePage, report: DemoReport) -> None:
    site = Site.objects.get(root_page=home)
    site_settings = SiteSettings.for_site(site)
    if site_settings.tagline:
        return
    set_translations(site_settings, "tagline", content.TAGLINE)
    set_translations(site_settings, "footer_text", content.FOOTER_TEXT)
    site_settings.save()
    report.add("portal settings")


@transaction.atomic
def load_site_demo() -> DemoReport:
    report = DemoReport()
    home = ensure_home(report)
    ensure_about(home, report)
    documents = ensure_legal_texts(home, report)
    ensure_guides(home, report, documents)
    ensure_news(home, report)
    ensure_privacy_notice(home, report)
    ensure_glossary(home, report)
    ensure_site_settings(home, report)
    return report
