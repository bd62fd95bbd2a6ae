"""Demo inquiries for `make run`: officer accounts per agency with their profiles (the named contact of each
reply), routing rules, business-case reply templates in the five languages (``demo_templates``), an office
closure, and inquiries in every state, so the workspace and the dashboard show something.

Demo accounts (illustrative, for the local demo only; under the production settings they get no password,
and `check --deploy` fails while one of these passwords works: demo/checks.py):
    officer-itpc, officer-itpc-2, officer-finance, officer-agriculture, officer-industrial-zones
        password: demo-officer-2026  (inquiry officers of the agency in their name)
    leader  password: demo-leader-2026  (provincial leadership: statistics of every agency)
"""

from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from cms.models import InvestorGuidePage
from investment.models import Agency, OpportunityPage, ProjectPage, Sector, ZonePage

from .demo_content import LANGUAGES, OFFICERS, demo_templates
from .models import (
    AgencyClosure,
    Inquiry,
    InquiryEvent,
    InquiryStatus,
    OfficerProfile,
    OutgoingEmail,
    ReplyTemplate,
    RoutingRule,
)
from .replies import PLACEHOLDER, reply_compose, reply_templates_for
from .services import (
    inquiry_add_note,
    inquiry_create,
    inquiry_hand_over,
    inquiry_rate,
    inquiry_reply,
    inquiry_set_status,
)
from .workdays import reply_due

OFFICER_PASSWORD = "demo-officer-2026"  # noqa: S105 (documented demo account)
LEADER_PASSWORD = "demo-leader-2026"  # noqa: S105 (documented demo account)
DEMO_KEY = "demo-inquiry-"


class DemoReport:
    def __init__(self):
        self.created: list[str] = []


# (days ago, kind, name, e-mail, organisation, country, language, message, page kind, agency slug, outcome,
#  working hours to the first reply, rating)
INQUIRIES = [
    (160, "investment", "Aiko Tanaka", "aiko.tanaka@example.jp", "Example Lotus Foods KK", "JP", "ja",
     "蓮の実の加工工場への投資を検討しています。原料の調達量と工業団地の条件を教えてください。", "opportunity", None,
     "closed", 20, 5),
    (140, "investment", "Kim Min-jun", "minjun.kim@example.kr", "Example Components Co.", "KR", "ko",
     "공장 부지 5헥타르가 필요합니다. 산업단지 임대료와 인프라를 알려 주십시오.", "zone", None, "closed", 30, 4),
    (120, "investment", "Daniel Tan", "daniel.tan@example.sg", "Example Solar Fund", "SG", "en",
     "We fund rooftop and floating solar projects. Which sites are open to investors and what is the grid capacity?",
     "project", None, "closed", 70, 3),
    (100, "partnership", "Nguyễn Thị Lan", "lan.nguyen@example.vn", "HTX Xoài Cao Lãnh (ví dụ)", "VN", "vi",
     "Hợp tác xã chúng tôi tìm đối tác nhập khẩu xoài đạt chuẩn GlobalG.A.P., sản lượng 800 tấn/năm.", None,
     "agriculture", "answered", 12, None),
    (80, "investment", "Li Wei", "li.wei@example.cn", "Example Cold Chain Ltd", "CN", "zh-hans",
     "我们希望投资冷链物流中心，请介绍港口距离和土地租金。", "project", None, "answered", 40, None),
    (60, "general", "Emma Schulz", "emma.schulz@example.de", "Example Consulting GmbH", "DE", "en",
     "Which permits does a foreign-owned company need to open a representative office in the province?", None,
     None, "closed", 8, 5),
    (45, "investment", "Sato Haruki", "haruki.sato@example.jp", "Example Rice Machinery", "JP", "ja",
     "精米機の組立工場を計画しています。優遇措置について教えてください。", "zone", None, "handed_over", None, None),
    (30, "partnership", "Trần Văn Minh", "minh.tran@example.vn", "Công ty Hoa kiểng Sa Đéc (ví dụ)", "VN", "vi",
     "Chúng tôi tìm nhà đầu tư cho nhà kính trồng hoa xuất khẩu sang Nhật Bản và Hàn Quốc.", None, "agriculture",
     "in_progress", None, None),
    (20, "investment", "Park Ji-woo", "jiwoo.park@example.kr", "Example Aqua Feed", "KR", "ko",
     "새우 사료 공장 투자를 검토 중입니다. 원료 공급과 수출 항만 정보를 요청합니다.", "opportunity", None,
     "acknowledged", None, None),
    (12, "general", "Olivia Brown", "olivia.brown@example.au", "Example Trade Office", "AU", "en",
     "Could you send the latest statistics on foreign direct investment in the province?", None, None,
     "acknowledged", None, None),
    (6, "investment", "Chen Jing", "chen.jing@example.tw", "Example Biotech", "TW", "zh-hans",
     "我们关注医药与生物科技领域，是否有合适的工业用地？", "zone", None, "new", None, None),
    (2, "investment", "Yamamoto Ken", "ken.yamamoto@example.jp", "Example Mango Juice KK", "JP", "ja",
     "マンゴー果汁工場の候補地と原料の季節について知りたいです。", "project", None, "new", None, None),
    (0, "partnership", "Lê Hoàng Nam", "nam.le@example.vn", "Startup Nông nghiệp số (ví dụ)", "VN", "vi",
     "Startup của chúng tôi tìm đối tác công nghệ truy xuất nguồn gốc cho lúa gạo.", None, "finance", "new", None,
     None),
]  # fmt: skip


CLOSURE = {
    "starts_on": date(2027, 2, 3),
    "ends_on": date(2027, 2, 3),
    "reason": "Nghỉ thêm trước Tết theo quyết định của tỉnh (minh họa)",
}


def _officer_group(agency: Agency, report: DemoReport) -> Group:
    if agency.officers_id:
        return agency.officers
    group, created = Group.objects.get_or_create(name=f"Inquiry officers · {agency.short_name or agency.slug}")
    access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    if access:
        group.permissions.add(access)
    agency.officers = group
    agency.save(update_fields=["officers"])
    if created:
        report.created.append(f"group: {group.name}")
    return group


def _user(username: str, password: str, *, first: str, last: str, email: str, groups=(), perms=()):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User(username=username, first_name=first, last_name=last, email=email)
        if settings.PORTAL_DEMO_PASSWORDS:
            user.set_password(password)
        else:  # production settings (load_demo --force): no documented password; an administrator sets one
            user.set_unusable_password()
        user.save()
    for group in groups:
        user.groups.add(group)
    for perm in perms:
        user.user_permissions.add(perm)
    return user


def _first_live(model):
    return model.objects.live().order_by("pk").first()


def _shift(inquiry: Inquiry, *, days_ago: int, reply_hours, now) -> None:
    created = now - timedelta(days=days_ago, hours=3)
    agency = inquiry.agency
    updates = {
        "created_at": created,
        "consent_at": created,
        "acknowledged_at": created if inquiry.acknowledged_at else None,
        # Still owed (not answered): due by the agency's commitment from the day it was received.
        "reply_due_at": reply_due(agency=agency, start=created) if inquiry.reply_due_at else None,
    }
    first_reply = created + timedelta(hours=reply_hours) if reply_hours is not None else None
    if inquiry.first_reply_at:
        updates["first_reply_at"] = first_reply or created + timedelta(hours=4)
    if inquiry.closed_at:
        updates["closed_at"] = (updates.get("first_reply_at") or created) + timedelta(days=1)
    Inquiry.objects.filter(pk=inquiry.pk).update(**updates)
    for event in inquiry.events.all():
        if event.kind in (InquiryEvent.Kind.REPLY, InquiryEvent.Kind.STATUS, InquiryEvent.Kind.NOTE):
            at = updates.get("first_reply_at") or created + timedelta(hours=2)
        elif event.kind == InquiryEvent.Kind.RATED:
            at = updates.get("closed_at") or created
        elif event.kind == InquiryEvent.Kind.HANDED_OVER or event.data.get("to"):
            at = created + timedelta(hours=5)
        else:
            at = created
        InquiryEvent.objects.filter(pk=event.pk).update(created_at=at)


def ensure_officers(agencies: dict[str, Agency], report: DemoReport) -> dict:
    """The demo officers with their profiles: the named contact, title and direct phone of each reply."""
    officers = {}
    for username, slug, first, last, phone, names, titles in OFFICERS:
        agency = agencies.get(slug)
        if agency is None:
            continue
        group = _officer_group(agency, report)
        created = not get_user_model().objects.filter(username=username).exists()
        user = _user(
            username,
            OFFICER_PASSWORD,
            first=first,
            last=last,
            email=f"{username}@dongthap.example",
            groups=[group],
        )
        if created:
            report.created.append(f"demo officer: {username}")
        officers.setdefault(slug, user)
        if not OfficerProfile.objects.filter(user=user).exists():
            profile = OfficerProfile(user=user, phone=phone)
            for code in LANGUAGES:
                setattr(profile, build_localized_fieldname("display_name", code), names[code])
                setattr(profile, build_localized_fieldname("title", code), titles[code])
            profile.save()
            report.created.append(f"officer profile: {names['vi']}")
    return officers


def _set_titles(template: ReplyTemplate, titles: dict[str, str]) -> None:
    for code in LANGUAGES:
        setattr(template, build_localized_fieldname("title", code), titles[code])


def ensure_reply_templates(report: DemoReport) -> None:
    """The business-case templates (``demo_templates``), each once (by title)."""
    sectors = {sector.code: sector for sector in Sector.objects.all()}
    for data in demo_templates():
        titles = data["title"]
        existing = ReplyTemplate.objects.filter(title_vi__in=[titles["vi"], data["legacy_title"]]).first()
        if existing is not None:
            if existing.title_vi == data["legacy_title"]:  # loaded before titles per language: give them
                _set_titles(existing, titles)
                existing.save()
            continue
        template = ReplyTemplate(kinds=data["kinds"], page_kinds=data["page_kinds"])
        _set_titles(template, titles)
        for code in LANGUAGES:
            setattr(template, build_localized_fieldname("body", code), data["body"][code])
        template.body = data["body"]["vi"]
        template.save()
        template.sectors.set([sectors[code] for code in data["sectors"] if code in sectors])
        template.guides.set(InvestorGuidePage.objects.filter(slug_en__in=data["guides"]))
        report.created.append(f"reply template: {titles['en']}")


def ensure_closure(report: DemoReport) -> None:
    if not AgencyClosure.objects.filter(agency__isnull=True, starts_on=CLOSURE["starts_on"]).exists():
        AgencyClosure.objects.create(agency=None, **CLOSURE)
        report.created.append(f"office closure: {CLOSURE['starts_on']}")


def _demo_reply(inquiry: Inquiry, officer) -> str:
    """The reply the demo officer sent: the suggested one, as an officer would send it."""
    templates = reply_templates_for(inquiry=inquiry)
    if not templates:
        return "—"
    composed = reply_compose(template=templates[0], inquiry=inquiry, officer=officer, language=inquiry.language)
    return PLACEHOLDER.sub("", composed.text) if composed.missing else composed.text


@transaction.atomic
def load_inquiry_demo() -> DemoReport:
    report = DemoReport()
    agencies = {agency.slug: agency for agency in Agency.objects.all()}
    if not agencies:
        return report
    officers = ensure_officers(agencies, report)
    ensure_reply_templates(report)
    ensure_closure(report)
    if Inquiry.objects.filter(idempotency_key__startswith=DEMO_KEY).exists():
        return report
    stats = Permission.objects.get(content_type__app_label="inquiries", codename="view_inquiry_statistics")
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    _user(
        "leader",
        LEADER_PASSWORD,
        first="Demo",
        last="Provincial leader",
        email="leader@dongthap.example",
        perms=[stats, access],
    )
    report.created.append("demo users: leader (statistics)")

    # Routing rules: pages go to their agency; partnership offers in agriculture to the Department of Agriculture.
    rules = [
        RoutingRule(name="Trang dự án → cơ quan phụ trách trang", priority=10, about_a_page=True, to_page_agency=True)
    ]
    agriculture = Sector.objects.filter(code="A").first()
    if "agriculture" in agencies:
        rules.append(
            RoutingRule(
                name="Đề nghị hợp tác nông nghiệp → Sở Nông nghiệp",
                priority=20,
                kinds=["partnership"],
                sector=agriculture,
                target_agency=agencies["agriculture"],
            )
        )
    for rule in rules:
        rule.full_clean()
        rule.save()
        report.created.append(f"routing rule: {rule.name}")

    pages = {
        "project": _first_live(ProjectPage),
        "opportunity": _first_live(OpportunityPage),
        "zone": _first_live(ZonePage),
    }
    now = timezone.now()
    for index, row in enumerate(INQUIRIES):
        (days_ago, kind, name, email, organisation, country, language, message, page_kind, target, outcome,
         reply_hours, rating) = row  # fmt: skip
        page = pages.get(page_kind) if page_kind else None
        result = inquiry_create(
            kind=kind,
            name=name,
            email=email,
            organisation=organisation,
            country=country,
            language=language,
            message=message,
            page=page,
            sector=agriculture if kind == "partnership" else None,
            idempotency_key=f"{DEMO_KEY}{index}",
        )
        inquiry = result.inquiry
        if target and target in agencies and inquiry.agency.slug != target:
            inquiry = inquiry_hand_over(
                inquiry=inquiry, to_agency=agencies[target], reason="Demo: thuộc lĩnh vực của cơ quan này", actor=None
            )
        owner = officers.get(inquiry.agency.slug)
        if outcome == "handed_over":
            destination = next((a for slug, a in agencies.items() if a.pk != inquiry.agency_id), None)
            if destination is not None:
                inquiry_add_note(inquiry=inquiry, text="Dự án thuộc khu công nghiệp, chuyển Ban quản lý.", actor=owner)
                inquiry_hand_over(
                    inquiry=inquiry, to_agency=destination, reason="Thuộc thẩm quyền cơ quan khác", actor=owner
                )
        elif outcome == "in_progress":
            inquiry_set_status(inquiry=inquiry, status=InquiryStatus.IN_PROGRESS, actor=owner)
            inquiry_add_note(inquiry=inquiry, text="Đã liên hệ hai doanh nghiệp nhập khẩu tiềm năng.", actor=owner)
        elif outcome in ("answered", "closed"):
            text = _demo_reply(inquiry, owner)
            inquiry_reply(inquiry=inquiry, text=text, actor=owner, close=outcome == "closed")
            if outcome == "closed" and rating:
                inquiry_rate(inquiry=inquiry, rating=rating, comment="Demo")
        inquiry.refresh_from_db()
        _shift(inquiry, days_ago=days_ago, reply_hours=reply_hours, now=now)
        report.created.append(f"inquiry: {inquiry.reference} ({outcome})")
    # The demo's e-mails are illustrative history, addressed to example domains: never sent.
    OutgoingEmail.objects.filter(inquiry__idempotency_key__startswith=DEMO_KEY).update(
        status=OutgoingEmail.Status.SENT, sent_at=now, last_error="demo: not sent"
    )
    return report
