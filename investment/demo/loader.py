"""Loads the demo catalogue: sectors, places (with the 2025 reorganisation), incentives, the three listing
pages, 33 projects, 15 agricultural opportunities, 5 industrial zones, brochures, and the editors and
moderators groups with the "Moderation" workflow. Idempotent: what exists is left as it is.
Everything is illustrative sample data (``is_sample_content=True``)."""

import math
from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cms import formatting
from cms.demo import legal_content
from cms.demo.images import ensure_image
from cms.demo.loader import DemoReport, add_page, find_child, per_language, set_translations
from cms.i18n import LANGUAGE_CODES, SOURCE_LANGUAGE
from cms.models import HomePage, LegalDocumentPage
from investment.models import (
    Agency,
    CostItem,
    CostOfDoingBusinessPage,
    Incentive,
    OpportunityIndexPage,
    OpportunityPage,
    Place,
    ProjectDocument,
    ProjectImage,
    ProjectIndexPage,
    ProjectPage,
    Sector,
    SuccessStoryImage,
    SuccessStoryIndexPage,
    SuccessStoryPage,
    ZoneIndexPage,
    ZonePage,
    ZonePlot,
)
from investment.services import agency_create, agency_provision

from . import catalogue_content as cc
from . import cost_content
from . import reference_content as rc
from . import stories as sc
from .agency_content import AGENCIES
from .brochures import brochure_pdf

MODERATORS_GROUP = "Catalogue moderators (promotion centre)"
WORKFLOW_NAME = "Moderation"
TASK_NAME = "Promotion centre approval"
# Documented demo passwords (README, demo/credentials.py): set only where PORTAL_DEMO_PASSWORDS is on; under the
# production settings the accounts get none, and `check --deploy` fails while one of these still signs in.
EDITOR_PASSWORD = "demo-editor-2026"  # noqa: S105 (documented demo account)
MODERATOR_PASSWORD = "demo-moderator-2026"  # noqa: S105 (documented demo account)
DEMO_TODAY = date(2026, 1, 15)  # demo "verified" dates are counted back from here, or from today if later
GALLERY_CAPTION = {
    "vi": "Ảnh minh họa khu vực dự án",
    "en": "Illustrative view of the project area",
    "ja": "案件エリアのイメージ",
    "ko": "사업 부지 예시 이미지",
    "zh-hans": "项目区域示意图",
}
BROCHURE_TITLE = {
    "vi": "Tài liệu giới thiệu (PDF)",
    "en": "Project brochure (PDF)",
    "ja": "案件パンフレット（PDF）",
    "ko": "사업 안내서 (PDF)",
    "zh-hans": "项目宣传册（PDF）",
}


def ensure_agencies(report: DemoReport) -> list[Agency]:
    agencies = []
    for position, data in enumerate(AGENCIES):
        agency = Agency.objects.filter(slug=data["slug"]).first()
        if agency is None:
            agency = Agency(
                slug=data["slug"],
                kind=data["kind"],
                email=data["email"],
                phone=data["phone"],
                website=data["website"],
                first_reply_working_days=data["first_reply_working_days"],
                footer_position=position,
                is_sample_content=True,
            )
            for field in ("name", "short_name", "address"):
                set_translations(agency, field, data[field])
            agency = agency_create(agency=agency)
            report.add(f"agency: {data['name'][SOURCE_LANGUAGE]}")
        else:
            agency = agency_provision(agency=agency)
        agencies.append(agency)
    return agencies


def slugify_vi(text: str) -> str:
    return slugify(text.replace("Đ", "D").replace("đ", "d"))


def _fill(template: dict, **values) -> dict:
    """``{language: template.format(**values_in_that_language)}``; values may be per-language dicts."""
    result = {}
    for code in LANGUAGE_CODES:
        local = {key: (value[code] if isinstance(value, dict) else value) for key, value in values.items()}
        result[code] = template[code].format(**local)
    return result


def _capitalised(values: dict) -> dict:
    return {code: text[:1].upper() + text[1:] for code, text in values.items()}


# ---------------------------------------------------------------- reference data


def ensure_sectors(report: DemoReport) -> dict[str, Sector]:
    sectors = {sector.code: sector for sector in Sector.objects.all()}
    for code, parent_code, names in rc.SECTORS:
        if code in sectors:
            continue
        sector = Sector(code=code)
        set_translations(sector, "name", names)
        sector.insert_under(sectors.get(parent_code))
        sectors[code] = sector
        report.add(f"sector: {code} {names['vi']}")
    return sectors


def _place(report, code, kind, names, *, parent=None, coords=None, **extra) -> Place:
    place = Place.objects.filter(code=code).first()
    if place:
        return place
    place = Place(code=code, kind=kind, **extra)
    if coords:
        place.latitude, place.longitude = (Decimal(str(value)) for value in coords)
    set_translations(place, "name", names)
    place.insert_under(parent)
    report.add(f"place: {names['vi']}")
    return place


def _unit_names(kind_format: str, key: str) -> dict:
    """The unit's name with its kind in each language ("Tháp Mười District", "タップムオイ県"). A former
    unit is named as it was: its dates (``valid_until``) tell it from the unit that continues it."""
    return {code: rc.KIND_FORMATS[kind_format][code].format(rc.PLACE_NAMES[key][code]) for code in LANGUAGE_CODES}


def ensure_places(report: DemoReport) -> dict[str, Place]:
    """The country, the new Đồng Tháp (from 1 July 2025) with its communes and wards, and the two former
    provinces (until 30 June 2025) with their former districts and cities, each pointing to its successor."""
    reform = date.fromisoformat(rc.REFORM_DATE)
    last_day = date.fromisoformat(rc.LAST_DAY_BEFORE_REFORM)
    country = _place(report, "VN", "country", rc.PLACE_NAMES["vietnam"])
    province = _place(
        report, "DT", "province", _unit_names("province", "dong_thap"), parent=country,
        coords=rc.PROVINCE_COORDINATES["new"], valid_from=reform,
        former_names="Tỉnh Đồng Tháp (cũ)\nTỉnh Tiền Giang\nDong Thap\nTien Giang",
    )  # fmt: skip
    current = {"province": province}
    for key, kind, coords, (old_province, old_kind, old_key) in rc.CURRENT_UNITS:
        old_name = rc.KIND_FORMATS[old_kind]["vi"].format(rc.PLACE_NAMES[old_key]["vi"])
        current[key] = _place(
            report, f"DT.{key}", kind, _unit_names(kind, key), parent=province, coords=coords, valid_from=reform,
            former_names=f"{old_name}\n{rc.KIND_FORMATS['province']['vi'].format(rc.PLACE_NAMES[old_province]['vi'])}",
        )  # fmt: skip
    for old_province, prefix in (("dong_thap", "DT"), ("tien_giang", "TG")):
        old = _place(
            report, f"{prefix}-OLD", "province", _unit_names("province", old_province),
            parent=country, coords=rc.PROVINCE_COORDINATES[old_province], valid_until=last_day, successor=province,
            former_names=rc.KIND_FORMATS["province"]["vi"].format(rc.PLACE_NAMES[old_province]["vi"]),
        )  # fmt: skip
        for key, _kind, coords, (province_key, old_kind, old_key) in rc.CURRENT_UNITS:
            if province_key != old_province:
                continue
            _place(
                report, f"{prefix.lower()}.{old_key}", "district", _unit_names(old_kind, old_key),
                parent=old, coords=coords, valid_until=last_day, successor=current[key],
                former_names=rc.KIND_FORMATS[old_kind]["vi"].format(rc.PLACE_NAMES[old_key]["vi"]),
            )  # fmt: skip
    return current


def legal_slug(key: str) -> str:
    return next(item["slug"]["vi"] for item in legal_content.LEGAL_DOCUMENTS if item["key"] == key)


def ensure_incentives(report: DemoReport) -> dict[str, Incentive]:
    incentives = {}
    for data in rc.INCENTIVES:
        incentive = Incentive.objects.filter(title_vi=data["title"]["vi"]).first()
        if incentive is None:
            incentive = Incentive(kind=data["kind"])
            document_key, article = legal_content.INCENTIVE_LEGAL_BASIS.get(data["key"], (None, ""))
            if document_key:
                document = LegalDocumentPage.objects.filter(slug_vi=legal_slug(document_key)).first()
                incentive.legal_document, incentive.legal_article = document, article if document else ""
            set_translations(incentive, "title", data["title"])
            set_translations(incentive, "description", data["description"])
            incentive.save()
            report.add(f"incentive: {data['title']['vi']}")
        incentives[data["key"]] = incentive
    return incentives


# ---------------------------------------------------------------- pages


def ensure_index(home, model, key: str, report: DemoReport):
    data = cc.INDEX_PAGES[key]
    page = find_child(home, model, data["slug"]["vi"])
    if page is None:
        page = model(show_in_menus=True)
        set_translations(page, "introduction", data["introduction"])
        add_page(home, page, slug=data["slug"], title=data["title"], report=report)
    return page


def _distance_km(a, b) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h)) * 1.25  # roads are longer than the straight line


def _nearest(origin, landmarks):
    coords, names = min(landmarks, key=lambda item: _distance_km(origin, item[0]))
    return names, Decimal(str(round(_distance_km(origin, coords), 1)))


def _jitter(coords, number: int):
    angle = number * 2.399963  # golden angle: neighbours never overlap
    radius = 0.006 + 0.002 * (number % 4)
    return (
        Decimal(str(round(coords[0] + radius * math.cos(angle), 6))),
        Decimal(str(round(coords[1] + radius * math.sin(angle), 6))),
    )


def _paragraphs(*texts: dict) -> dict:
    return per_language(lambda code: [{"type": "paragraph", "value": f"<p>{text[code]}</p>"} for text in texts])


def _verified(months: int) -> date:
    today = max(timezone.localdate(), DEMO_TODAY)
    return today - relativedelta(months=months)


BROCHURE_LANGUAGES_ALL = ("vi", "en")  # every project
BROCHURE_LANGUAGES_CJK = ("ja", "ko", "zh-hans")  # the first projects too (a CJK font costs ~1.5 s per file)
CJK_BROCHURE_PROJECTS = 2
FACT_LABELS = {
    "capital": {"vi": "Tổng vốn", "en": "Total capital", "ja": "総投資額", "ko": "총 투자액", "zh-hans": "总投资"},
    "area": {"vi": "Diện tích", "en": "Area", "ja": "面積", "ko": "면적", "zh-hans": "面积"},
    "agency": {"vi": "Cơ quan phụ trách", "en": "Agency in charge", "ja": "担当機関", "ko": "담당 기관",
               "zh-hans": "负责机构"},
}  # fmt: skip


def _brochure(key: str, language: str, title: str, paragraphs: list[str], facts, agency: Agency):
    """A project's brochure in ``language``, in its agency's collection (its editors may replace it)."""
    Document = get_document_model()
    name = f"Demo brochure ({language}): {key}"
    document = Document.objects.filter(title=name).first()
    if document is None:
        document = Document(title=name, collection=agency.collection)
        pdf = brochure_pdf(title, paragraphs, language=language, facts=facts)
        document.file.save(f"demo-brochure-{key}-{language}.pdf", ContentFile(pdf), save=False)
        document.save()
    return document


def _brochures(number: int, title: dict, summary: dict, location: dict, facts: dict, agency: Agency) -> list:
    languages = BROCHURE_LANGUAGES_ALL + (BROCHURE_LANGUAGES_CJK if number < CJK_BROCHURE_PROJECTS else ())
    items = []
    for order, language in enumerate(languages):
        paragraphs = [summary[language], location[language], cc.SAMPLE_NOTE[language]]
        document = _brochure(f"project-{number}", language, title[language], paragraphs, facts[language], agency)
        item = ProjectDocument(document=document, sort_order=order)
        # the brochure's language named in each reader's language ("· Vietnamese", "· ベトナム語")
        label = {
            code: f"{BROCHURE_TITLE[code]} · {formatting.format_language_name(language, language=code)}"
            for code in LANGUAGE_CODES
        }
        set_translations(item, "title", label)
        items.append(item)
    return items


def ensure_projects(index, sectors, places, incentives, agencies, report: DemoReport) -> None:
    gallery_pool = [ensure_image(f"gallery-{n}", f"Demo: gallery {n + 1}", palette) for n, palette in
                    enumerate(["river", "rice", "lotus", "port", "city", "factory", "solar", "mango"])]  # fmt: skip
    for number, row in enumerate(cc.PROJECTS):
        kind_key, place_key, capital_bn, area, status, forms, clearance, planning, agency_slug, months = row
        kind = cc.PROJECT_KINDS[kind_key]
        title = _fill(kind["title"], place=rc.PLACE_NAMES[place_key])
        slug_vi = slugify_vi(title["vi"])
        if find_child(index, ProjectPage, slug_vi):
            continue
        place = places[place_key]
        coords = (float(place.latitude), float(place.longitude))
        capital = Decimal(capital_bn) * Decimal("1000000000")
        port, port_km = _nearest(coords, rc.PORTS)
        airport, airport_km = _nearest(coords, rc.AIRPORTS)
        city, city_km = _nearest(coords, rc.CITIES)
        summary = _fill(
            cc.PROJECT_SUMMARY, title=title, place=rc.PLACE_NAMES[place_key], pitch=kind["pitch"],
            area={code: formatting.format_number(area, language=code) for code in LANGUAGE_CODES},
            capital={code: formatting.format_vnd(capital, language=code) for code in LANGUAGE_CODES},
        )  # fmt: skip
        location = _fill(
            cc.PROJECT_LOCATION, port=port, port_km=port_km, airport=airport, airport_km=airport_km,
            city=city, city_km=city_km,
        )  # fmt: skip
        latitude, longitude = _jitter(coords, number)
        page = ProjectPage(
            agency=agencies[agency_slug],
            place=place,
            latitude=latitude,
            longitude=longitude,
            area_ha=Decimal(str(area)),
            capital_vnd=capital,
            investment_forms=forms,
            status=status,
            land_clearance=clearance,
            planning_approved=planning,
            land_price_vnd_m2=Decimal(18000 + 4000 * (number % 6)),
            distance_port_km=port_km,
            distance_airport_km=airport_km,
            distance_city_km=city_km,
            last_verified=_verified(months),
            contact_email=agencies[agency_slug].email,
            contact_phone=agencies[agency_slug].phone,
            main_image=ensure_image(f"project-{number}", f"Demo: {title['en']}", kind["palette"]),
        )
        set_translations(page, "summary", summary)
        set_translations(page, "description", _paragraphs(kind["pitch"], location, cc.SAMPLE_NOTE))
        no_text = dict.fromkeys(LANGUAGE_CODES, "")
        set_translations(page, "legal_basis", _fill(cc.LEGAL_BASIS, number=1200 + number) if planning else no_text)
        set_translations(page, "nearest_port", port)
        set_translations(page, "nearest_airport", airport)
        set_translations(page, "nearest_city", city)
        set_translations(page, "contact_name", cc.CONTACT_NAMES[number % 5])
        page.sectors = [sectors[code] for code in kind["sectors"]]
        chosen = ["cit", "import", "one_stop"] + (
            ["agri"] if "01" in kind["sectors"] or "03" in kind["sectors"] else []
        )
        page.incentives = [incentives[key] for key in chosen[: 2 + number % 3]]
        gallery = []
        for offset in range(2 + number % 3):
            item = ProjectImage(image=gallery_pool[(number + offset) % len(gallery_pool)], sort_order=offset)
            set_translations(item, "caption", GALLERY_CAPTION)
            gallery.append(item)
        page.gallery_images = gallery
        agency = agencies[agency_slug]
        facts = {
            code: [
                (FACT_LABELS["capital"][code], formatting.format_capital(capital, language=code)),
                (FACT_LABELS["area"][code], formatting.format_area_ha(area, language=code)),
                (FACT_LABELS["agency"][code], getattr(agency, f"name_{code.replace('-', '_')}") or agency.name),
            ]
            for code in LANGUAGE_CODES
        }
        page.brochures = _brochures(number, title, summary, location, facts, agency)
        add_page(index, page, slug=dict.fromkeys(LANGUAGE_CODES, slugify_vi(title["en"])) | {"vi": slug_vi},
                 title=title, report=report)  # fmt: skip
        Page.objects.filter(pk=page.pk).update(first_published_at=timezone.now() - timedelta(days=3 * number + 1))


def ensure_opportunities(index, sectors, places, incentives, agencies, report: DemoReport) -> None:
    for number, row in enumerate(cc.OPPORTUNITIES):
        (
            commodity,
            partner,
            place_key,
            stages,
            volume,
            months,
            certs,
            markets,
            capital_bn,
            sector_codes,
            palette,
            agency,
        ) = row
        product = cc.COMMODITY_NAMES[commodity]
        title = _fill(
            cc.OPPORTUNITY_TITLES[partner],
            product=product,
            Product=_capitalised(product),
            place=rc.PLACE_NAMES[place_key],
        )
        slug_vi = slugify_vi(title["vi"])
        if find_child(index, OpportunityPage, slug_vi):
            continue
        place = places[place_key]
        month_text = {
            code: cc.LIST_SEPARATOR[code].join(cc.MONTH_NAMES[code][month - 1] for month in months)
            for code in LANGUAGE_CODES
        }
        summary = _fill(
            cc.OPPORTUNITY_SUMMARY, place=rc.PLACE_NAMES[place_key], volume=f"{volume:,}", product=product,
            partner=cc.PARTNER_WORDS[partner], months=month_text,
        )  # fmt: skip
        latitude, longitude = _jitter((float(place.latitude), float(place.longitude)), number + 40)
        page = OpportunityPage(
            agency=agencies[agency],
            place=place,
            latitude=latitude,
            longitude=longitude,
            commodity=commodity,
            value_chain_stages=stages,
            volume_tonnes_per_year=Decimal(volume),
            harvest_months=months,
            certifications=certs,
            partners_sought=[partner],
            target_markets=markets,
            capital_vnd=Decimal(capital_bn) * Decimal("1000000000") if capital_bn else None,
            last_verified=_verified(1 + number % 9),
            contact_email=agencies[agency].email,
            main_image=ensure_image(f"opportunity-{number}", f"Demo: {title['en']}", palette),
        )
        set_translations(page, "summary", summary)
        set_translations(page, "description", _paragraphs(summary, cc.SAMPLE_NOTE))
        set_translations(page, "contact_name", cc.CONTACT_NAMES[(number + 2) % 5])
        page.sectors = [sectors[code] for code in sector_codes]
        page.incentives = [
            incentives["agri"],
            incentives["import"] if "processing" in stages else incentives["one_stop"],
        ]
        add_page(index, page, slug=dict.fromkeys(LANGUAGE_CODES, slugify_vi(title["en"])) | {"vi": slug_vi},
                 title=title, report=report)  # fmt: skip
        Page.objects.filter(pk=page.pk).update(first_published_at=timezone.now() - timedelta(days=2 * number + 1))


def ensure_zones(index, sectors, places, incentives, agencies, report: DemoReport) -> None:
    infra = cc.ZONE_INFRASTRUCTURE
    for number, data in enumerate(cc.ZONES):
        if find_child(index, ZonePage, data["slug"]):
            continue
        place = places[data["place"]]
        port, _km = _nearest((float(place.latitude), float(place.longitude)), rc.PORTS)
        summary = _fill(
            cc.ZONE_SUMMARY, title=data["title"], place=rc.PLACE_NAMES[data["place"]], area=data["area"],
            occupancy=data["occupancy"], lease=data["lease"],
        )  # fmt: skip
        latitude, longitude = _jitter((float(place.latitude), float(place.longitude)), number + 80)
        page = ZonePage(
            agency=agencies["industrial-zones"],
            place=place,
            latitude=latitude,
            longitude=longitude,
            area_ha=Decimal(data["area"]),
            occupancy_percent=Decimal(data["occupancy"]),
            lease_price_usd_m2=Decimal(data["lease"]),
            water_tariff_vnd_m3=Decimal(14500),
            wastewater_fee_vnd_m3=Decimal(11000 + 500 * number),
            management_fee_usd_m2_year=Decimal("0.50") + Decimal("0.10") * (number % 3),
            distance_port_km=Decimal(data["port_km"]),
            established=date.fromisoformat(data["established"]),
            last_verified=_verified(2 + number * 3),
            contact_email=agencies["industrial-zones"].email,
            main_image=ensure_image(f"zone-{number}", f"Demo: {data['title']['en']}", "factory"),
        )
        set_translations(page, "summary", summary)
        set_translations(page, "description", _paragraphs(summary, cc.SAMPLE_NOTE))
        for field, key in (("power_supply", "power"), ("water_supply", "water"), ("wastewater", "wastewater"),
                           ("roads", "roads"), ("lease_terms", "lease_terms")):  # fmt: skip
            set_translations(page, field, infra[key])
        set_translations(page, "nearest_port", port)
        page.sectors = [sectors["C"], sectors["10"]] if number % 2 == 0 else [sectors["C"], sectors["21"]]
        page.incentives = [incentives["cit"], incentives["import"], incentives["land"]]
        plots = []
        for order, (label, area, available) in enumerate(data["plots"]):
            plot = ZonePlot(label=label, area_ha=Decimal(str(area)), available=available, sort_order=order)
            set_translations(plot, "note", infra["plot_note"] if available else dict.fromkeys(LANGUAGE_CODES, ""))
            plots.append(plot)
        page.plots = plots
        slug = {code: (data["slug"] if code == "vi" else slugify_vi(data["title"]["en"])) for code in LANGUAGE_CODES}
        add_page(index, page, slug=slug, title=data["title"], report=report)


def ensure_stories(home, sectors, places, report: DemoReport) -> None:
    index = find_child(home, SuccessStoryIndexPage, sc.STORIES_INDEX["slug"]["vi"])
    if index is None:
        index = SuccessStoryIndexPage(show_in_menus=True)
        set_translations(index, "introduction", sc.STORIES_INDEX["introduction"])
        add_page(home, index, slug=sc.STORIES_INDEX["slug"], title=sc.STORIES_INDEX["title"], report=report)
    for number, data in enumerate(sc.STORIES):
        if find_child(index, SuccessStoryPage, data["slug"]):
            continue
        page = SuccessStoryPage(
            investor=data["investor"],
            investor_country=data["country"],
            place=places[data["place"]],
            capital_vnd=Decimal(data["capital_bn"]) * Decimal("1000000000"),
            jobs=data["jobs"],
            since_year=data["since"],
            main_image=ensure_image(f"story-{number}", f"Demo: {data['title']['en']}", data["palette"]),
        )
        for field in ("summary", "quote", "quote_author"):
            set_translations(page, field, data[field])
        set_translations(page, "body", _paragraphs(data["body"], cc.SAMPLE_NOTE))
        page.sectors = [sectors[code] for code in data["sectors"] if code in sectors]
        photos = []
        for offset, palette in enumerate((data["palette"], "river")):
            photo = SuccessStoryImage(
                image=ensure_image(f"story-{number}-{offset}", f"Demo: {data['title']['en']} {offset + 1}", palette),
                sort_order=offset,
            )
            set_translations(photo, "caption", sc.PHOTO_CAPTION)
            photos.append(photo)
        page.photos = photos
        slug = {code: data["slug"] if code == "vi" else slugify_vi(data["title"]["en"]) for code in LANGUAGE_CODES}
        add_page(index, page, slug=slug, title=data["title"], report=report)


def ensure_cost_page(home, report: DemoReport) -> CostOfDoingBusinessPage:
    """The cost of doing business, its figures marked as illustrative (the page and each source say so)."""
    data = cost_content.PAGE
    page = find_child(home, CostOfDoingBusinessPage, data["slug"]["vi"])
    if page is not None:
        return page
    page = CostOfDoingBusinessPage(show_in_menus=True, is_sample_content=True)
    set_translations(page, "introduction", data["introduction"])
    items = []
    for order, (key, category, amount, high, currency, unit, source, months, label) in enumerate(cost_content.ITEMS):
        item = CostItem(
            key=key,
            category=category,
            amount=Decimal(str(amount)),
            amount_max=Decimal(str(high)) if high is not None else None,
            currency=currency,
            unit=unit,
            verified_on=_verified(months),
            sort_order=order,
        )
        set_translations(item, "label", label)
        set_translations(item, "source", cost_content.SOURCES[source])
        items.append(item)
    page.items = items
    return add_page(home, page, slug=data["slug"], title=data["title"], report=report)


# ---------------------------------------------------------------- who publishes


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_demo_user(username: str, *, email: str, password: str, group: Group, report: DemoReport):
    """A demo editor or moderator in ``group``, with the documented password where demo passwords are allowed
    (an account left from an older demo without a usable password gets it too), unusable otherwise."""
    User = get_user_model()
    user, created = User.objects.get_or_create(username=username, defaults={"email": email})
    if settings.PORTAL_DEMO_PASSWORDS:
        if created or not user.has_usable_password():
            user.set_password(password)
            user.save()
            report.add(f"demo account: {username}")
    elif created:
        user.set_unusable_password()
        user.save()
    user.groups.add(group)
    return user


def ensure_publishing_rights(index_pages, agencies: dict[str, Agency], report: DemoReport) -> None:
    """Agency editors: add and change (not publish) under the three listings, limited to their agency's pages
    by ``investment.permissions``; their media permissions are their agency's collection's
    (``agency_provision``, run by ``ensure_agencies``). Moderators of the promotion centre: add, change,
    publish, lock, unlock, and images and documents in every collection; they approve the "Moderation"
    workflow assigned to the three listings. The demo users sign in with the documented passwords
    (``EDITOR_PASSWORD``, ``MODERATOR_PASSWORD``) where ``PORTAL_DEMO_PASSWORDS`` is on."""
    root_collection = Collection.get_first_root_node()
    access_admin = _permission("wagtailadmin", "access_admin")
    media = [_permission("wagtailimages", "add_image"), _permission("wagtailimages", "choose_image"),
             _permission("wagtaildocs", "add_document"), _permission("wagtaildocs", "choose_document")]  # fmt: skip

    def grant_pages(group: Group, page_codes: list[str]) -> None:
        for index in index_pages:
            for code in page_codes:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=index, permission=_permission("wagtailcore", f"{code}_page")
                )

    moderators, created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    if created:
        moderators.permissions.add(access_admin)
        for permission in media:
            GroupCollectionPermission.objects.create(
                group=moderators, collection=root_collection, permission=permission
            )
        grant_pages(moderators, ["add", "change", "publish", "lock", "unlock"])
        report.add(f"group: {MODERATORS_GROUP}")
    ensure_demo_user(
        "demo-moderator", email="moderator@dongthap.example", password=MODERATOR_PASSWORD, group=moderators,
        report=report,
    )  # fmt: skip
    for slug, agency in agencies.items():
        grant_pages(agency.editors, ["add", "change"])
        ensure_demo_user(
            f"demo-editor-{slug}", email=f"editor-{slug}@dongthap.example", password=EDITOR_PASSWORD,
            group=agency.editors, report=report,
        )  # fmt: skip

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        task.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        report.add(f"workflow: {WORKFLOW_NAME}")
    for index in index_pages:
        if not WorkflowPage.objects.filter(page=index).exists():
            WorkflowPage.objects.create(page=index, workflow=workflow)


@transaction.atomic
def load_catalogue_demo() -> DemoReport:
    report = DemoReport()
    home = HomePage.objects.first()
    if home is None:
        return report
    ensure_agencies(report)
    agencies = {agency.slug: agency for agency in Agency.objects.all()}
    sectors = ensure_sectors(report)
    places = ensure_places(report)
    incentives = ensure_incentives(report)
    projects = ensure_index(home, ProjectIndexPage, "project", report)
    opportunities = ensure_index(home, OpportunityIndexPage, "opportunity", report)
    zones = ensure_index(home, ZoneIndexPage, "zone", report)
    ensure_projects(projects, sectors, places, incentives, agencies, report)
    ensure_opportunities(opportunities, sectors, places, incentives, agencies, report)
    ensure_zones(zones, sectors, places, incentives, agencies, report)
    ensure_stories(home, sectors, places, report)
    ensure_cost_page(home, report)
    ensure_publishing_rights([projects, opportunities, zones], agencies, report)
    return report
