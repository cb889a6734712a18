"""Picture uploads: accepted kinds stored clean, refused kinds explained in the staff's language."""

import re
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image

from intloffice.images import ImageAltMixin, size_from_name
from intloffice.models import SiteSettings
from intloffice.renditions import rendition_names
from partners.models import Partner
from tests.admin_forms import admin_form

from . import samples
from .factories import PartnerFactory

SITE_URL = "/admin/intloffice/sitesettings/"
STORED = re.compile(r"^site/[0-9a-f]{32}_(\d+)x(\d+)\.(jpg|png)$")

# (fragment of the English message, fragment of the Arabic message)
REFUSED = {
    "svg": ("not a valid JPEG, PNG, WebP or GIF image", "ليس صورة"),
    "html renamed to jpg": ("not a valid JPEG, PNG, WebP or GIF image", "ليس صورة"),
    "truncated": ("not a valid JPEG, PNG, WebP or GIF image", "ليس صورة"),
    "decompression bomb": ("more than 40 megapixels", "40 ميغابكسل"),
    "animated gif": ("Animated images are not accepted", "الصور المتحركة"),
    "animated gif bomb": ("Animated images are not accepted", "الصور المتحركة"),
    "larger than 10 MB": ("larger than 10 MB", "10 ميغابايت"),
    "empty": ("The submitted file is empty", "الملف الذي قمت بإرساله فارغ"),
}


def site_form(**extra):
    data = {
        "university_name_ar": "جامعة الاختبار",
        "university_name_en": "Test University",
        "office_name_ar": "شؤون العلاقات الدولية",
        "office_name_en": "International Relations Affairs",
        "office_language": "ar",
        "arabic_digits": "western",
    }
    data.update(extra)
    return data


def upload_logo(client, upload, language="en", **extra):
    return client.post(
        SITE_URL, site_form(logo=upload, **extra), HTTP_ACCEPT_LANGUAGE=language, follow=False
    )


def media_files(settings):
    root = settings.MEDIA_ROOT
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


@pytest.mark.parametrize("kind", sorted(samples.GOOD_IMAGES))
def test_accepted_kinds_are_stored_re_encoded_under_a_random_name(staff_client, settings, kind):
    response = upload_logo(staff_client, samples.GOOD_IMAGES[kind]())
    assert response.status_code == 302, response.context and response.context["errors"]
    logo = SiteSettings.get_solo().logo
    match = STORED.match(logo.name)
    assert match, logo.name
    assert not any(word in logo.name for word in ("photo", "logo", "still"))
    expected_format = {"png": "PNG"}.get(match[3], "JPEG")
    with Image.open(logo.path) as stored:
        assert stored.format == expected_format
        assert stored.size == (int(match[1]), int(match[2])) == (640, 480)
    for name in rendition_names(logo.name, 640):
        assert logo.storage.exists(name), name


def test_transparent_png_keeps_transparency_and_opaque_one_becomes_jpeg(db):
    partner = PartnerFactory()
    partner.logo.save("x.png", ContentFile(samples.image_bytes("PNG", mode="RGBA")), save=True)
    assert partner.logo.name.endswith(".jpg")  # opaque: no reason to keep PNG
    partner.logo.save(
        "x.png",
        ContentFile(samples.image_bytes("PNG", mode="RGBA", color=(0, 0, 0, 0))),
        save=True,
    )
    assert partner.logo.name.endswith(".png")
    with Image.open(partner.logo.path) as stored:
        assert stored.mode == "RGBA"
        assert stored.getchannel("A").getextrema() == (0, 0)


def _refused_upload(kind):
    if kind == "animated gif bomb":
        return samples.upload("bomb.gif", samples.animated_gif(frames=60, size=(1200, 1200)))
    if kind == "empty":
        return samples.upload("empty.jpg", b"")
    return samples.BAD_IMAGES[kind][0]()


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("kind", sorted(REFUSED))
def test_refused_kinds_explained_in_the_staff_language_and_typed_text_kept(
    staff_client, settings, kind, language
):
    site = SiteSettings.get_solo()
    site.university_name_en = "Saved University"
    site.save()
    response = upload_logo(
        staff_client,
        _refused_upload(kind),
        language=language,
        university_name_en="Typed But Not Saved",
    )
    assert response.status_code == 200
    html = response.content.decode()
    english, arabic = REFUSED[kind]
    assert (arabic if language == "ar" else english) in html
    assert 'value="Typed But Not Saved"' in html  # the rest of the form keeps what was typed
    site.refresh_from_db()
    assert site.university_name_en == "Saved University"  # nothing saved is lost or changed
    assert not site.logo
    assert media_files(settings) == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_truncated_image_is_refused_after_weasyprint_is_loaded(staff_client, settings, language):
    import weasyprint  # noqa: F401 — it tells Pillow to pad truncated images, process-wide
    from PIL import ImageFile

    assert ImageFile.LOAD_TRUNCATED_IMAGES  # what a worker that drew a report PDF has
    response = upload_logo(staff_client, samples.BAD_IMAGES["truncated"][0](), language=language)
    assert response.status_code == 200
    english, arabic = REFUSED["truncated"]
    assert (arabic if language == "ar" else english) in response.content.decode()
    assert not SiteSettings.get_solo().logo and media_files(settings) == []
    assert ImageFile.LOAD_TRUNCATED_IMAGES  # WeasyPrint's setting is left as it was


def test_exif_is_applied_then_stripped_gps_included(staff_client):
    upload = samples.upload("IMG_0001.jpg", samples.jpeg_with_gps((640, 480), orientation=6))
    with Image.open(BytesIO(upload.read())) as original:  # the sample really carries GPS
        assert original.getexif().get_ifd(samples.GPS_IFD)
    upload.seek(0)
    assert upload_logo(staff_client, upload).status_code == 302
    logo = SiteSettings.get_solo().logo
    with Image.open(logo.path) as stored:
        assert stored.size == (480, 640)  # orientation 6: turned upright, so now portrait
        assert len(stored.getexif()) == 0
        assert not stored.getexif().get_ifd(samples.GPS_IFD)
        assert not {"exif", "icc_profile", "comment", "xmp"} & set(stored.info)
        # The yellow marker of the top-left corner is now at the top-right.
        red, green, blue = stored.convert("RGB").getpixel((470, 10))
        assert red > 200 and green > 200 and blue < 80
    raw = logo.storage.open(logo.name).read()
    assert b"Secret Camera" not in raw and b"taken at home" not in raw


def test_large_picture_is_bounded_to_2560_on_the_long_side(db):
    partner = PartnerFactory()
    big = samples.image_bytes("JPEG", size=(3000, 2000))
    partner.logo.save("wide.jpg", ContentFile(big), save=True)
    assert size_from_name(partner.logo.name) == (2560, 1707)
    assert (partner.logo.width, partner.logo.height) == (2560, 1707)
    with Image.open(partner.logo.path) as stored:
        assert stored.size == (2560, 1707)
    widths = sorted(
        {int(n.rsplit("/", 1)[1].split(".")[0]) for n in rendition_names(partner.logo.name, 2560)}
    )
    assert widths == [320, 640, 800, 1600]
    with Image.open(partner.logo.storage.path(rendition_names(partner.logo.name, 2560)[0])) as r:
        assert r.format == "WEBP" and r.size == (320, 213)


def test_code_paths_get_the_same_checks(db):
    partner = PartnerFactory()
    with pytest.raises(ValidationError):
        partner.logo.save("evil.jpg", ContentFile(samples.HTML), save=True)
    partner.refresh_from_db()
    assert not partner.logo


@pytest.mark.parametrize("language", ["en", "ar"])
def test_admin_requires_alt_text_in_both_languages_when_a_picture_is_set(staff_client, language):
    url = "/admin/partners/partner/add/"
    data = admin_form(
        staff_client.get(url).content.decode(),
        name_ar="جامعة البحر",
        name_en="Sea University",
        kind="university",
        country="JO",
        slug="sea-university",
        logo=samples.GOOD_IMAGES["jpeg"](),
    )
    response = staff_client.post(url, data, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    message = (
        "صِف الصورة" if language == "ar" else "Describe the picture, or tick “Decorative picture”"
    )
    assert response.content.decode().count(message) == 2
    assert not Partner.objects.exists()
    data.update(
        logo=samples.GOOD_IMAGES["jpeg"](),
        logo_alt_en="The university's emblem",
        logo_alt_ar="شعار الجامعة",
    )
    response = staff_client.post(url, data, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 302
    assert Partner.objects.get().logo


def test_no_alt_text_needed_without_a_picture_or_for_a_decorative_one(db):
    partner = PartnerFactory.build()
    partner.full_clean(exclude=["slug"])  # no picture: nothing to describe
    partner.logo = ContentFile(samples.image_bytes("JPEG"), name="x.jpg")
    with pytest.raises(ValidationError) as refused:
        partner.clean()
    assert set(refused.value.message_dict) == {"logo_alt_ar", "logo_alt_en"}
    partner.logo_decorative = True  # what decorative_field() adds to a model
    partner.clean()
    assert partner.picture_alt("logo") == ""


def test_alt_mixin_is_what_partner_uses():
    assert issubclass(Partner, ImageAltMixin)
