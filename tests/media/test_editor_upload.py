"""Images uploaded in the rich-text editor: staff only, the same checks and cleaning."""

import re

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from PIL import Image

from . import samples

URL = "/ckeditor5/image_upload/"


def test_the_editor_widget_posts_to_our_view():
    assert reverse("ck_editor_5_upload_file") == URL


def test_staff_upload_is_cleaned_and_bounded(staff_client):
    data = samples.jpeg_with_gps((2000, 1000))
    response = staff_client.post(URL, {"upload": samples.upload("My holiday.jpg", data)})
    assert response.status_code == 200
    url = response.json()["url"]
    assert re.fullmatch(r"/media/editor/[0-9a-f]{32}_1600x800\.jpg", url)
    with default_storage.open(url.removeprefix("/media/")) as stored, Image.open(stored) as image:
        assert image.size == (1600, 800)
        assert len(image.getexif()) == 0


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "This file is not a valid JPEG, PNG, WebP or GIF image, or it is damaged."),
        ("ar", "هذا الملف ليس صورة JPEG أو PNG أو WebP أو GIF صالحة، أو أنه تالف."),
    ],
)
def test_refused_upload_gets_a_message_in_the_staff_language(staff_client, language, message):
    response = staff_client.post(
        URL, {"upload": samples.upload("x.jpg", samples.SVG)}, HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 400
    assert response.json() == {"error": {"message": message}}


@pytest.mark.parametrize("kind", sorted(samples.BAD_IMAGES))
def test_every_refused_kind_is_refused_here_too(staff_client, settings, kind):
    response = staff_client.post(URL, {"upload": samples.BAD_IMAGES[kind][0]()})
    assert response.status_code == 400
    assert not (settings.MEDIA_ROOT / "editor").exists()


def test_no_file_is_a_clear_400(staff_client):
    response = staff_client.post(URL, {})
    assert response.status_code == 400
    assert response.json()["error"]["message"]


def test_anonymous_and_non_staff_cannot_upload(client, django_user_model, settings):
    upload = samples.GOOD_IMAGES["jpeg"]
    assert client.post(URL, {"upload": upload()}).status_code == 403
    client.force_login(django_user_model.objects.create_user("student", password="pw"))
    assert client.post(URL, {"upload": upload()}).status_code == 403
    assert not (settings.MEDIA_ROOT / "editor").exists()


def test_get_is_not_allowed(staff_client):
    assert staff_client.get(URL).status_code == 405


def test_csrf_token_is_required(staff, settings):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(staff)
    assert client.post(URL, {"upload": samples.GOOD_IMAGES["jpeg"]()}).status_code == 403


@pytest.fixture
def bare_staff(db, django_user_model):
    """A staff member without any permission."""
    return django_user_model.objects.create_user("bare", password="pw", is_staff=True)


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "You do not have permission to edit content, so you cannot upload images."),
        ("ar", "ليست لديك صلاحية تحرير المحتوى، لذا لا يمكنك رفع الصور."),
    ],
)
def test_staff_without_permission_cannot_upload(client, bare_staff, settings, language, message):
    client.force_login(bare_staff)
    response = client.post(
        URL, {"upload": samples.GOOD_IMAGES["jpeg"]()}, HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 403
    assert response.json() == {"error": {"message": message}}
    assert not (settings.MEDIA_ROOT / "editor").exists()


@pytest.mark.parametrize(
    ("codename", "status"),
    [("view_article", 403), ("delete_article", 403), ("change_article", 200), ("add_page", 200)],
)
def test_adding_or_changing_content_with_rich_text_allows_uploads(
    client, bare_staff, codename, status
):
    from django.contrib.auth.models import Permission

    bare_staff.user_permissions.add(Permission.objects.get(codename=codename))
    client.force_login(bare_staff)
    assert client.post(URL, {"upload": samples.GOOD_IMAGES["jpeg"]()}).status_code == status
