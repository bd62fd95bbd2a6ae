"""Fixtures of the catalogue tests.

``catalogue`` builds a small catalogue with the factories once for this folder (inside a transaction that
is rolled back after its last test; each test runs in a savepoint of it, as with Django's ``setUpTestData``):
two agencies with their editors, the moderators and the "Moderation" workflow; sectors A (01, 03),
C (10) and D (35); Viet Nam > Đồng Tháp (from 1 July 2025) with three communes, and the former province
of Tiền Giang and a former district, each merged into a current unit; ten projects, four opportunities
and three zones, all placed in Đồng Tháp. Modules opt in with ``pytest.mark.usefixtures("catalogue")``;
``test_demo.py`` checks the demo load instead. The function fixtures below read the world back from the
database, so no test sees another test's changes to an object in memory.
"""

from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.db import transaction

from investment.demo.loader import MODERATORS_GROUP
from investment.models import Agency, OpportunityIndexPage, Place, ProjectIndexPage, ZoneIndexPage
from investment.services import EDITORS_GROUP
from tests.factories import reseed
from tests.factories.cms import ImageFactory
from tests.factories.investment import (
    AgencyFactory,
    OpportunityPageFactory,
    PlaceFactory,
    ProjectPageFactory,
    SectorFactory,
    ZonePageFactory,
    grant_catalogue_publishing,
)

LANGS = ["vi", "en", "ja", "ko", "zh_hans"]
REFORM = date(2025, 7, 1)
LAST_DAY = date(2025, 6, 30)


def build_catalogue() -> dict:
    reseed()
    agriculture = AgencyFactory(slug="agriculture", kind=Agency.Kind.AGRICULTURE)
    itpc = AgencyFactory(slug="itpc", kind=Agency.Kind.PROMOTION_CENTRE)
    zones_board = AgencyFactory(slug="industrial-zones", kind=Agency.Kind.INDUSTRIAL_ZONES)
    grant_catalogue_publishing([agriculture, itpc, zones_board])

    section_a = SectorFactory(code="A")
    crops, aquaculture = SectorFactory(code="01", parent=section_a), SectorFactory(code="03", parent=section_a)
    section_c = SectorFactory(code="C")
    food = SectorFactory(code="10", parent=section_c)
    section_d = SectorFactory(code="D")
    energy = SectorFactory(code="35", parent=section_d)

    country = PlaceFactory(code="VN", kind=Place.Kind.COUNTRY, name="Việt Nam")
    province = PlaceFactory(code="DT", kind=Place.Kind.PROVINCE, parent=country, valid_from=REFORM,
                            former_names="Tỉnh Tiền Giang\nTien Giang")  # fmt: skip
    sa_dec = PlaceFactory(code="DT.sa_dec", parent=province, kind=Place.Kind.WARD, valid_from=REFORM)
    thap_muoi = PlaceFactory(code="DT.thap_muoi", parent=province, valid_from=REFORM, former_names="Huyện Tháp Mười")
    cai_be = PlaceFactory(code="DT.cai_be", parent=province, valid_from=REFORM, former_names="Huyện Cái Bè")
    old_dong_thap = PlaceFactory(code="DT-OLD", kind=Place.Kind.PROVINCE, parent=country, valid_until=LAST_DAY,
                                 successor=province)  # fmt: skip
    PlaceFactory(code="dt.thap_muoi", kind=Place.Kind.DISTRICT, parent=old_dong_thap, valid_until=LAST_DAY,
                 successor=thap_muoi)  # fmt: skip
    PlaceFactory(code="TG-OLD", kind=Place.Kind.PROVINCE, parent=country, valid_until=LAST_DAY, successor=province)

    # Ten projects: the first one complete (images, brochure, approved planning), two gallery sizes,
    # every status, one at about 50 million USD, some PPP; sectors A (01, 03), C (10) and D (35).
    plans = [  # agency, place, sectors, status, investment forms, anything else
        (itpc, sa_dec, [food], "calling", ["foreign_100", "joint_venture"],
         {"planning_approved": True, "gallery": 2, "brochure": True}),
        (agriculture, thap_muoi, [crops], "negotiation", ["ppp"],
         {"planning_approved": True, "gallery": 4, "capital_vnd": Decimal("1300000000000")}),
        (agriculture, thap_muoi, [crops, food], "calling", ["bcc"], {}),
        (agriculture, cai_be, [aquaculture], "awarded", ["joint_venture"], {}),
        (itpc, sa_dec, [energy], "calling", ["ppp", "foreign_100"], {}),
        (agriculture, cai_be, [crops], "negotiation", ["joint_venture"], {}),
        (itpc, province, [aquaculture, food], "closed", ["bcc"], {}),
        (agriculture, sa_dec, [crops], "calling", ["foreign_100"], {}),
        (itpc, thap_muoi, [energy], "calling", ["ppp"], {}),
        (agriculture, cai_be, [section_a], "calling", ["foreign_100"], {}),
    ]  # fmt: skip
    image = ImageFactory()
    for agency, place, sectors, status, forms, extra in plans:
        ProjectPageFactory(agency=agency, place=place, sectors=sectors, status=status, investment_forms=forms,
                           main_image=image, **extra)  # fmt: skip
    OpportunityPageFactory(agency=agriculture, place=thap_muoi, sectors=[crops], commodity="mango",
                           partners_sought=["buyer"], harvest_months=[3, 4, 5])  # fmt: skip
    OpportunityPageFactory(agency=agriculture, place=sa_dec, sectors=[crops], commodity="lotus",
                           partners_sought=["processor"], status="negotiation")  # fmt: skip
    OpportunityPageFactory(agency=agriculture, place=cai_be, sectors=[aquaculture], commodity="pangasius",
                           partners_sought=["investor"])  # fmt: skip
    OpportunityPageFactory(agency=agriculture, place=cai_be, sectors=[crops, food], commodity="rice",
                           partners_sought=["technology"])  # fmt: skip
    for place, plots in ((sa_dec, 2), (thap_muoi, 3), (cai_be, 1)):
        ZonePageFactory(agency=zones_board, place=place, sectors=[section_c, food], plots=plots)
    return {"agriculture": agriculture, "itpc": itpc}


@pytest.fixture(scope="package")
def catalogue(django_db_setup, django_db_blocker):
    """The small catalogue above, built once for the modules of this folder that ask for it, and rolled
    back after the last of them."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_catalogue()
        transaction.set_rollback(True)


@pytest.fixture
def project_index(db):
    return ProjectIndexPage.objects.get()


@pytest.fixture
def opportunity_index(db):
    return OpportunityIndexPage.objects.get()


@pytest.fixture
def zone_index(db):
    return ZoneIndexPage.objects.get()


def _member(django_user_model, username: str, group_name: str):
    user = django_user_model.objects.create_user(username, f"{username}@example.com", None)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def agriculture(db):
    return Agency.objects.get(slug="agriculture")


@pytest.fixture
def itpc(db):
    return Agency.objects.get(slug="itpc")


@pytest.fixture
def agriculture_editor(db, django_user_model):
    return _member(django_user_model, "agri-editor", EDITORS_GROUP.format(slug="agriculture"))


@pytest.fixture
def moderator(db, django_user_model):
    return _member(django_user_model, "moderator-1", MODERATORS_GROUP)


def page_form_data(*, title: str, slug: str, agency, **overrides) -> dict:
    """POST data of the admin form of a project page (translated fields, empty StreamFields and formsets)."""
    data = {f"title_{code}": "" for code in LANGS}
    data.update(
        {
            "title_vi": title,
            "slug_vi": slug,
            "summary_vi": "Tóm tắt dự án thử nghiệm.",
            "status": "calling",
            "land_clearance": "not_started",
            "agency": str(agency.pk),
            "last_verified": "2026-01-10",
        }
    )
    for code in LANGS:
        data[f"description_{code}-count"] = "0"
    for prefix in ("comments", "gallery_images", "brochures"):
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(overrides)
    return data
