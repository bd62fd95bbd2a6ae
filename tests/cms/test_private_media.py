"""Private collections (issue 12, item 1): a brochure in a collection restricted to some readers was served
anonymously from ``/media/documents/<file>`` and the anonymous pages API gave away its URL. Documents now
reach readers only through Wagtail's serve view (local disk, nginx's ``X-Accel-Redirect``, S3 signed URLs),
the APIs and pages list only the documents the reader may open, and images (always public) are refused in
private collections with a message."""

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.utils import sendfile as wagtail_sendfile

from cms.media_privacy import IMAGES_ARE_PUBLIC
from cms.storage import PortalS3Storage
from investment.models import ProjectDocument
from tests.factories.cms import DocumentFactory, ImageFactory
from tests.factories.inquiries import UserFactory
from tests.factories.investment import ProjectPageFactory

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


@pytest.fixture
def private_collection():
    collection = Collection.get_first_root_node().add_child(name="Agency only")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return collection


@pytest.fixture
def private_document(private_collection):
    return DocumentFactory(title="Confidential feasibility study", collection=private_collection)


@pytest.fixture
def public_document():
    return DocumentFactory(title="Public brochure")


@pytest.fixture
def reader():
    client = Client()
    client.force_login(UserFactory())
    return client


# Files ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("trick", ["{path}", "./{path}", "images/../{path}", "{path}".replace("/", "//", 1)])
def test_documents_are_never_served_from_the_media_directory(client, private_document, public_document, trick):
    for document in (private_document, public_document):
        url = document.file.url  # /media/documents/<file>
        path = url.removeprefix("/media/")
        assert client.get("/media/" + trick.format(path=path)).status_code == 404


def test_images_are_still_served_from_the_media_directory(client):
    image = ImageFactory()
    assert client.get(image.file.url).status_code == 200


def test_the_serve_view_checks_the_collection(client, reader, private_document, public_document):
    assert client.get(public_document.url).status_code == 200
    refused = client.get(private_document.url)
    assert refused.status_code == 302 and "/login" in refused["Location"]
    allowed = reader.get(private_document.url)
    assert allowed.status_code == 200 and b"".join(allowed.streaming_content).startswith(b"%PDF")


@override_settings(SENDFILE_BACKEND="cms.sendfile_nginx")
def test_behind_nginx_the_view_hands_the_file_over_with_x_accel_redirect(client, private_document, public_document):
    wagtail_sendfile._get_sendfile.clear()
    try:
        served = client.get(public_document.url)
        assert served.status_code == 200 and served.content == b""
        assert served["X-Accel-Redirect"] == public_document.file.url  # nginx's internal /media/documents/
        assert served["Content-Type"] == "application/pdf" and served["X-Content-Type-Options"] == "nosniff"
        refused = client.get(private_document.url)
        assert refused.status_code == 302 and "X-Accel-Redirect" not in refused
    finally:
        wagtail_sendfile._get_sendfile.clear()


def test_on_s3_documents_are_private_objects_with_expiring_urls(settings):
    settings.AWS_QUERYSTRING_EXPIRE = 300
    storage = PortalS3Storage(
        bucket_name="portal-media", access_key="test", secret_key="test-secret", region_name="us-east-1",
        endpoint_url="http://127.0.0.1:9", querystring_auth=False, custom_domain="cdn.example.org",
    )  # fmt: skip
    signed = urlsplit(storage.url("documents/feasibility.pdf"))
    query = parse_qs(signed.query)
    assert signed.netloc != "cdn.example.org" and {"X-Amz-Signature", "Signature"} & set(query)  # SigV4 or SigV2
    assert storage.get_object_parameters("documents/feasibility.pdf")["ACL"] == "private"
    image = urlsplit(storage.url("images/lotus.fill-400x300.jpg"))
    assert image.netloc == "cdn.example.org" and not image.query
    assert "ACL" not in storage.get_object_parameters("images/lotus.jpg")


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({}, {"SENDFILE_BACKEND": "cms.sendfile_nginx", "WAGTAILDOCS_SERVE_METHOD": "serve_view"}),
        ({"PORTAL_DOCUMENTS_X_ACCEL": "0"}, {"SENDFILE_BACKEND": None, "WAGTAILDOCS_SERVE_METHOD": "serve_view"}),
        (
            {"S3_BUCKET": "portal-media"},
            {
                "SENDFILE_BACKEND": None,
                "WAGTAILDOCS_SERVE_METHOD": "redirect",
                "STORAGE": "cms.storage.PortalS3Storage",
            },
        ),
    ],
)
def test_the_production_settings_choose_how_documents_are_sent(tmp_path, environment, expected):
    code = (
        "import json; from django.conf import settings; print(json.dumps({"
        "'SENDFILE_BACKEND': getattr(settings, 'SENDFILE_BACKEND', None), "
        "'WAGTAILDOCS_SERVE_METHOD': settings.WAGTAILDOCS_SERVE_METHOD, "
        "'STORAGE': settings.STORAGES['default']['BACKEND']}))"
    )
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "S3_BUCKET"}}
    env.update({"DJANGO_SETTINGS_MODULE": "portal.settings.production", "SECRET_KEY": "x" * 60,
                "ALLOWED_HOSTS": "invest.example.gov.vn", "DATABASE_URL": f"sqlite:///{tmp_path / 'db'}",
                **environment})  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    chosen = json.loads(result.stdout.strip().splitlines()[-1])
    for key, value in expected.items():
        assert chosen[key] == value, (key, chosen)


# Listings -------------------------------------------------------------------------------------------------


def test_the_documents_api_lists_only_what_the_reader_may_open(client, reader, private_document, public_document):
    listed = {item["id"] for item in client.get("/api/v2/documents/?limit=100").json()["items"]}
    assert public_document.pk in listed and private_document.pk not in listed
    assert client.get(f"/api/v2/documents/{private_document.pk}/").status_code == 404
    listed = {item["id"] for item in reader.get("/api/v2/documents/?limit=100").json()["items"]}
    assert private_document.pk in listed


@pytest.fixture
def project(private_document, public_document):
    page = ProjectPageFactory()
    for order, (document, title) in enumerate(((private_document, "Nghiên cứu khả thi"), (public_document, "Tờ rơi"))):
        ProjectDocument.objects.create(page=page, document=document, sort_order=order, title=title)
    return page


def test_the_pages_api_names_only_the_brochures_the_reader_may_open(client, reader, project, private_document):
    detail = client.get(f"/api/v2/pages/{project.pk}/?fields=brochures").json()
    assert [item["title"] for item in detail["brochures"]] == ["Tờ rơi"]
    listing = client.get(f"/api/v2/pages/?type=investment.ProjectPage&fields=brochures&id={project.pk}").json()
    assert [item["title"] for item in listing["items"][0]["brochures"]] == ["Tờ rơi"]
    assert private_document.url not in json.dumps(detail) + json.dumps(listing)
    detail = reader.get(f"/api/v2/pages/{project.pk}/?fields=brochures").json()
    assert [item["title"] for item in detail["brochures"]] == ["Nghiên cứu khả thi", "Tờ rơi"]


def test_the_project_page_names_only_the_brochures_the_reader_may_open(client, reader, project, private_document):
    html = client.get(project.url).content.decode()
    assert "Tờ rơi" in html and private_document.url not in html
    assert private_document.url in reader.get(project.url).content.decode()


# Images ---------------------------------------------------------------------------------------------------


def refusal() -> str:
    """The start of the refusal, in the admin's language (the site's default, Vietnamese)."""
    with translation.override("vi"):
        return str(IMAGES_ARE_PUBLIC).split(":")[0]


def privacy(admin_client, collection, restriction_type="login"):
    response = admin_client.post(f"/admin/collections/{collection.pk}/privacy/", {"restriction_type": restriction_type})
    assert response.status_code == 200
    return response.json()


def test_a_collection_holding_images_cannot_be_made_private(admin_client):
    parent = Collection.get_first_root_node().add_child(name="Agency photos")
    child = parent.add_child(name="Site visits")
    ImageFactory(collection=child)
    answer = privacy(admin_client, parent)
    assert answer["step"] == "set_privacy" and refusal() in answer["html"]
    assert not CollectionViewRestriction.objects.filter(collection=parent).exists()
    empty = Collection.get_first_root_node().add_child(name="Agency files")
    assert privacy(admin_client, empty)["step"] == "set_privacy_done"
    assert CollectionViewRestriction.objects.filter(collection=empty).exists()


def test_images_cannot_go_into_a_private_collection(admin_client, private_collection):
    html = admin_client.get("/admin/images/add/").content.decode()
    assert f'value="{private_collection.pk}"' not in html
    before = get_image_model().objects.count()
    png = ImageFactory.build().file.read()
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "Secret", "file": SimpleUploadedFile("s.png", png, "image/png"), "collection": private_collection.pk},
    )
    assert response.status_code == 200 and get_image_model().objects.count() == before
    image = ImageFactory()
    bulk = admin_client.get(f"/admin/bulk/wagtailimages/image/add_to_collection/?id={image.pk}").content.decode()
    assert f'value="{private_collection.pk}"' not in bulk


def test_a_collection_holding_images_cannot_move_into_a_private_one(admin_client, private_collection):
    photos = Collection.get_first_root_node().add_child(name="Photos")
    ImageFactory(collection=photos)
    response = admin_client.post(
        f"/admin/collections/{photos.pk}/", {"name": "Photos", "parent": private_collection.pk}
    )
    assert response.status_code == 200 and refusal() in response.content.decode()
    photos.refresh_from_db()
    assert photos.get_parent().pk == Collection.get_first_root_node().pk
