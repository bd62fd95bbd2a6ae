"""One media collection per agency (issue 12, item 4): the demo granted agency editors add and choose on the
Root collection, so an editor could upload into, and pick from, another agency's group-only collection.
Each agency now has a collection of its own, created by the code that creates agencies (the admin, the
demo loader, the factories, ``manage.py provision_agencies``), and its editors' media permissions are that
collection's and choosing in the shared one. Checked through the admin over HTTP."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, GroupCollectionPermission

from investment.models import Agency
from investment.services import AGENCIES_COLLECTION, SHARED_COLLECTION, agency_provision
from tests.factories.cms import DocumentFactory, ImageFactory
from tests.factories.inquiries import UserFactory
from tests.factories.investment import AgencyFactory, permission

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]
Document = get_document_model()
Image = get_image_model()


def png(name: str = "photo.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), (40, 120, 60)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def pdf(name: str = "study.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")


@pytest.fixture
def agencies():
    """Two agencies; the second keeps a group-only document and a (public) image in its collection."""
    ours, theirs = AgencyFactory(slug="ours"), AgencyFactory(slug="theirs")
    private = theirs.collection.add_child(name="Internal")
    restriction = CollectionViewRestriction.objects.create(collection=private, restriction_type="groups")
    restriction.groups.set([theirs.editors])
    DocumentFactory(title="Their confidential study", collection=private)
    DocumentFactory(title="Their public brochure", collection=theirs.collection)
    ImageFactory(title="Their site photo", collection=theirs.collection)
    return ours, theirs, private


@pytest.fixture
def editor(agencies):
    ours, _theirs, _private = agencies
    user = UserFactory()
    user.groups.add(ours.editors)
    client = Client()
    client.force_login(user)
    return client


def chooser_text(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.json()["html"]


def test_an_editor_chooses_nothing_from_another_agency(editor, agencies):
    ours, _theirs, _private = agencies
    DocumentFactory(title="Our brochure", collection=ours.collection)
    ImageFactory(title="Our photo", collection=ours.collection)
    shared = Collection.objects.get(name=SHARED_COLLECTION)
    ImageFactory(title="Province logo", collection=shared)

    documents = chooser_text(editor, "/admin/documents/chooser/")
    assert "Our brochure" in documents
    assert "Their confidential study" not in documents and "Their public brochure" not in documents
    images = chooser_text(editor, "/admin/images/chooser/")
    assert "Our photo" in images and "Province logo" in images
    assert "Their site photo" not in images
    searched = editor.get("/admin/documents/chooser/results/", {"q": "Their"}).content.decode()
    assert "Their confidential study" not in searched and "Their public brochure" not in searched


def test_an_editor_cannot_upload_into_another_agency(editor, agencies):
    ours, theirs, private = agencies
    ours.collection.add_child(name="Drafts")  # two collections of its own: the form asks which one
    for collection in (theirs.collection, private, Collection.get_first_root_node()):
        response = editor.post(
            "/admin/documents/add/", {"title": "Planted", "file": pdf(), "collection": collection.pk}
        )
        assert response.status_code == 200 and "collection" in response.context["form"].errors
        response = editor.post("/admin/images/add/", {"title": "Planted", "file": png(), "collection": collection.pk})
        assert response.status_code == 200 and "collection" in response.context["form"].errors
        response = editor.post(
            "/admin/documents/multiple/add/", {"files[]": pdf("planted.pdf"), "collection": collection.pk}
        )
        assert response.status_code == 200  # at most held back as an upload for the editor to complete
    assert not Document.objects.filter(title__startswith="Planted").exists()
    assert not Document.objects.filter(title__startswith="planted").exists()
    assert not Image.objects.filter(title="Planted").exists()

    response = editor.post("/admin/documents/add/", {"title": "Ours", "file": pdf(), "collection": ours.collection.pk})
    assert response.status_code == 302
    assert Document.objects.get(title="Ours").collection == ours.collection
    response = editor.post("/admin/images/add/", {"title": "Ours", "file": png(), "collection": ours.collection.pk})
    assert response.status_code == 302
    assert Image.objects.get(title="Ours").collection == ours.collection


def test_an_editor_does_not_see_or_edit_another_agencys_files(editor, agencies):
    _ours, theirs, _private = agencies
    listing = editor.get("/admin/documents/")
    assert listing.status_code == 200 and b"Their" not in listing.content
    study = Document.objects.get(title="Their confidential study")
    assert editor.get(f"/admin/documents/edit/{study.pk}/").status_code in (302, 403)
    photo = Image.objects.get(title="Their site photo")
    assert editor.get(f"/admin/images/{photo.pk}/").status_code in (302, 403)


def _media_grants(group: Group) -> set[tuple[str, str]]:
    return set(
        GroupCollectionPermission.objects.filter(group=group).values_list("collection__name", "permission__codename")
    )


def test_an_agency_created_in_the_admin_gets_its_collection(admin_client):
    data = {
        "name_vi": "Sở Xây dựng",
        "slug": "xay-dung",
        "kind": Agency.Kind.OTHER,
        "email": "xaydung@agency.example",
        "working_days": "1,2,3,4,5",
        "acknowledge_hours": 0,
        "first_reply_working_days": 2,
    }
    response = admin_client.post("/admin/snippets/investment/agency/add/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    agency = Agency.objects.get(slug="xay-dung")
    assert agency.collection.name == "Sở Xây dựng"
    assert agency.collection.get_parent().name == AGENCIES_COLLECTION
    assert agency.editors.name == "Catalogue editors: xay-dung"
    assert _media_grants(agency.editors) == {
        ("Sở Xây dựng", codename)
        for codename in (
            "add_image",
            "change_image",
            "choose_image",
            "add_document",
            "change_document",
            "choose_document",
        )  # fmt: skip
    } | {(SHARED_COLLECTION, "choose_image"), (SHARED_COLLECTION, "choose_document")}

    # Another group takes over as editors: the former one loses the collection.
    former = agency.editors
    successor = Group.objects.create(name="Xây dựng web team")
    edit = admin_client.get(f"/admin/snippets/investment/agency/edit/{agency.pk}/")
    form = edit.context["form"]
    posted = {name: value for name, value in form.initial.items() if value is not None}
    posted.update(data, editors=successor.pk)
    response = admin_client.post(f"/admin/snippets/investment/agency/edit/{agency.pk}/", posted)
    assert response.status_code == 302
    assert ("Sở Xây dựng", "add_document") in _media_grants(successor)
    assert not any(name == "Sở Xây dựng" for name, _code in _media_grants(former))


def test_agencies_named_alike_never_share_a_collection():
    first = AgencyFactory(slug="one", name="Ban quản lý")
    second = AgencyFactory(slug="two", name="Ban quản lý")
    assert first.collection != second.collection
    assert second.collection.name == "Ban quản lý (two)"


def test_provision_agencies_repairs_an_old_setup(agencies):
    """Before: editors held add and choose on Root (the old demo). The command takes that away."""
    ours, _theirs, _private = agencies
    root = Collection.get_first_root_node()
    GroupCollectionPermission.objects.create(
        group=ours.editors, collection=root, permission=permission("wagtaildocs", "choose_document")
    )
    Agency.objects.filter(pk=ours.pk).update(collection=None)
    call_command("provision_agencies", "ours")
    ours.refresh_from_db()
    assert ours.collection is not None
    assert not GroupCollectionPermission.objects.filter(group=ours.editors, collection=root).exists()
    assert agency_provision(agency=ours).collection == ours.collection  # idempotent
