"""Image uploads: size and pixel limits hold (decompression bombs are refused before decoding)."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.images import get_image_model

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


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
    assert "pixels" in response.content.decode().lower()


def test_file_that_is_not_an_image_is_refused(admin_client):
    before = get_image_model().objects.count()
    response = _upload(admin_client, "fake.png", b"%PDF-1.4 not an image at all")
    assert response.status_code == 200
    assert get_image_model().objects.count() == before
