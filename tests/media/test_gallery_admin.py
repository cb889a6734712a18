"""GalleryInline: an ordered photo inline with caption and alt text in both languages."""

import pytest
from django.utils import translation

from intloffice.renditions import rendition_name
from tests.admin_forms import admin_form
from visits.models import Visit

from . import samples
from .factories import VisitFactory, VisitPhotoFactory

pytestmark = pytest.mark.django_db
ADD = "/admin/visits/visit/add/"


@pytest.fixture
def visit_form(staff_client):
    """visit_form(photos): the real visit admin's add form with ``photos`` as gallery rows."""
    page = staff_client.get(ADD).content.decode()

    def build(photos):
        data = admin_form(
            page,
            title_ar="زيارة وفد جامعة إسطنبول",
            title_en="Visit of a delegation from Istanbul",
            direction="incoming",
            kind="academic",
            starts_on="2025-04-01",
            ends_on="2025-04-03",
            country="TR",
            slug="istanbul-delegation",
        )
        data["photos-TOTAL_FORMS"] = str(len(photos))
        for index, photo in enumerate(photos):
            for key, value in photo.items():
                data[f"photos-{index}-{key}"] = value
        return data

    return build


def photo_row(order, alt_en="A photo", alt_ar="صورة", caption_en=""):
    return {
        "image": samples.GOOD_IMAGES["jpeg"](),
        "image_alt_en": alt_en,
        "image_alt_ar": alt_ar,
        "caption_en": caption_en,
        "caption_ar": "",
        "order": str(order),
    }


def test_photos_are_saved_in_order_with_alt_and_caption(staff_client, visit_form):
    photos = [photo_row(2, caption_en="Second"), photo_row(1, caption_en="First")]
    response = staff_client.post(ADD, visit_form(photos))
    assert response.status_code == 302
    visit = Visit.objects.get()
    with translation.override("en"):
        assert [p.caption for p in visit.photos.all()] == ["First", "Second"]


@pytest.mark.parametrize(
    ("language", "message"),
    [("en", "Describe the picture, or tick “Decorative picture”."), ("ar", "صِف الصورة")],
)
def test_a_photo_without_alt_text_is_refused_and_nothing_is_saved(
    staff_client, visit_form, language, message
):
    photos = [photo_row(1), photo_row(2, alt_ar="")]
    response = staff_client.post(ADD, visit_form(photos), HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Visit.objects.exists()


def test_a_bad_file_in_one_row_is_refused_with_its_message(staff_client, visit_form):
    bad = photo_row(1)
    bad["image"] = samples.upload("photo.jpg", samples.HTML)
    response = staff_client.post(ADD, visit_form([bad]), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "not a valid JPEG, PNG, WebP or GIF image" in response.content.decode()
    assert not Visit.objects.exists()


def test_the_change_page_previews_saved_photos(staff_client):
    visit = VisitFactory()
    photo = VisitPhotoFactory(visit=visit)
    response = staff_client.get(f"/admin/visits/visit/{visit.pk}/change/")
    thumbnail = f'src="/media/{rendition_name(photo.image.name, 320, "jpg")}"'
    assert thumbnail in response.content.decode()


def test_a_refused_visit_keeps_its_gallery_uploads_for_the_next_try(staff_client, visit_form):
    data = visit_form([photo_row(1), photo_row(2)])
    data["ends_on"] = "2025-03-01"  # before the start: the visit itself is refused
    refused = staff_client.post(ADD, data, HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert refused.count("احتُفظ بالملف من محاولتك السابقة") == 2
    assert refused.count('-image__kept" value="') == 2
    again = admin_form(refused, ends_on="2025-04-03")
    assert not any(key.endswith("-image") for key in again)  # no file chosen again
    assert staff_client.post(ADD, again).status_code == 302
    assert all(photo.image for photo in Visit.objects.get().photos.all())
    assert Visit.objects.get().photos.count() == 2
