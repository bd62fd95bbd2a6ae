"""Image uploads: size and pixel limits hold (decompression bombs are refused before decoding)."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.django_db, pytest.mark.smoke]


def _png(width, height) -> bytes:
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _upload(admin_client, name, data, content_type="image/png"):
    return admin_client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, data, content_type=content_type), "collection": 1},
    )


def test_ordinary_image_is_accepted(admin_client):
    before = get_image_model().objects.count()
    response = _upload(admin_client, "small.png", _png(640, 480))
    assert response.status_code == 302
    assert get_image_model().objects.count() == before + 1


def test_decompression_bomb_is_refused_with_a_message(admin_client):
    bomb = _png(9000, 9000)  # 81 megapixels in a few kilobytes
    assert len(bomb) < 200_000
    before = get_image_model().objects.count()
    response = _upload(admin_client, "bomb.png", bomb)
    assert response.status_code == 200
    assert get_image_model().objects.count() == before
    assert "file" in response.context["form"].errors


def test_file_that_is_not_an_image_is_refused(admin_client):
    before = get_image_model().objects.count()
    response = _upload(admin_client, "fake.png", b"%PDF-1.4 not an image at all")
    assert response.status_code == 200
    assert get_image_model().objects.count() == before


SVG_WITH_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'


def test_svg_with_script_is_refused_as_image(admin_client):
    before = get_image_model().objects.count()
    response = _upload(admin_client, "evil.svg", SVG_WITH_SCRIPT, content_type="image/svg+xml")
    assert response.status_code == 200
    assert get_image_model().objects.count() == before


def test_oversized_image_is_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 50_000
    noisy = Image.frombytes("L", (400, 400), bytes(range(256)) * 625)
    buffer = io.BytesIO()
    noisy.save(buffer, "PNG", compress_level=0)
    assert len(buffer.getvalue()) > 50_000
    before = get_image_model().objects.count()
    response = _upload(admin_client, "large.png", buffer.getvalue())
    assert response.status_code == 200
    assert get_image_model().objects.count() == before
    assert "file" in response.context["form"].errors


@pytest.mark.parametrize(
    ("name", "data"),
    [("evil.svg", SVG_WITH_SCRIPT), ("page.html", b"<script>alert(1)</script>"), ("run.exe", b"MZ\x90\x00")],
)
def test_dangerous_documents_are_refused(admin_client, name, data):

    before = get_document_model().objects.count()
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile(name, data), "collection": 1},
    )
    assert get_document_model().objects.count() == before, response.content[:500]


def test_pdf_brochure_is_accepted_and_served_safely(admin_client, client):

    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    response = admin_client.post(
        "/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile("brochure.pdf", pdf), "collection": 1}
    )
    assert response.status_code == 200
    document = get_document_model().objects.order_by("-pk").first()
    assert document.file.name.endswith(".pdf")
    served = client.get(document.url)
    assert served.status_code == 200
    assert served["Content-Type"] == "application/pdf"
    assert "default-src 'none'" in served["Content-Security-Policy"]  # nothing embedded in it can run
