"""{% picture %}: responsive markup from names alone; missing files never break a page."""

import logging
import re
import shutil
from pathlib import Path

import pytest
from django.template import Context, Template
from django.utils import translation

from intloffice import renditions
from intloffice.renditions import rendition_name
from intloffice.templatetags.intloffice_media import LAYOUT_SIZES
from visits.models import VisitPhoto

from .factories import VisitFactory, VisitPhotoFactory


def render(source, **context):
    return Template("{% load intloffice_media %}" + source).render(Context(context))


def test_picture_has_sources_size_alt_and_lazy_loading(db):
    photo = VisitPhotoFactory()  # a 900 x 600 photo
    with translation.override("en"):
        html = render("{% picture p.image alt=p.image_alt css_class='gallery' %}", p=photo)
    name = photo.image.name
    webp = ", ".join(f"/media/{rendition_name(name, w, 'webp')} {w}w" for w in (320, 640, 800, 900))
    jpeg = ", ".join(f"/media/{rendition_name(name, w, 'jpg')} {w}w" for w in (320, 640, 800, 900))
    assert html == (
        f'<picture><source type="image/webp" srcset="{webp}" sizes="100vw">'
        f'<img src="/media/{rendition_name(name, 800, "jpg")}" srcset="{jpeg}" sizes="100vw" '
        f'alt="Delegates in the library" width="900" height="600" class="gallery" '
        f'loading="lazy" decoding="async"></picture>'
    )


def test_above_the_fold_picture_is_not_lazy_and_sizes_is_passed_on(db):
    photo = VisitPhotoFactory()
    html = render("{% picture photo.image alt='' lazy=False sizes='10rem' %}", photo=photo)
    assert 'loading="lazy"' not in html
    assert html.count('sizes="10rem"') == 2
    assert 'alt=""' in html


def test_a_layout_name_gives_that_layouts_sizes(db):
    photo = VisitPhotoFactory()
    html = render("{% picture photo.image alt='' sizes='card' %}", photo=photo)
    assert html.count(f'sizes="{LAYOUT_SIZES["card"]}"') == 2
    assert 'sizes="card"' not in html


def test_alt_text_follows_the_language(db):
    photo = VisitPhotoFactory()
    for language, alt in (("ar", "أعضاء الوفد في المكتبة"), ("en", "Delegates in the library")):
        with translation.override(language):
            photo = VisitPhoto.objects.get(pk=photo.pk)
            assert f'alt="{alt}"' in render("{% picture p.image alt=p.image_alt %}", p=photo)


def test_alt_text_is_escaped(db):
    photo = VisitPhotoFactory(image_alt_en='"><script>x</script>')
    with translation.override("en"):
        html = render("{% picture p.image alt=p.image_alt %}", p=photo)
    assert "<script>" not in html and "&quot;&gt;&lt;script&gt;" in html


def test_no_picture_renders_nothing(db):
    assert render("{% picture None %}").strip() == ""
    assert render("{% picture_url None %}").strip() == ""


def test_picture_url_gives_the_nearest_wider_rendition(db):
    photo = VisitPhotoFactory()
    url = render("{% picture_url p.image 500 %}", p=photo)
    assert url == f"/media/{rendition_name(photo.image.name, 640, 'jpg')}"


def test_missing_files_leave_the_picture_out_and_log_an_error(db, settings, caplog):
    photo = VisitPhotoFactory()
    Path(photo.image.path).unlink()
    shutil.rmtree(Path(settings.MEDIA_ROOT) / renditions.renditions_folder(photo.image.name))
    with caplog.at_level(logging.ERROR, logger="intloffice.renditions"):
        assert render("{% picture p.image alt='x' %}", p=photo) == ""
    assert photo.image.name in caplog.text
    # Rendered inside a page, the rest of the page is still there.
    html = render("<h1>Visit</h1>{% picture p.image alt='x' %}<p>Text</p>", p=photo)
    assert html == "<h1>Visit</h1><p>Text</p>"


def test_missing_rendition_is_made_once_then_reused(db, settings, caplog, monkeypatch):
    photo = VisitPhotoFactory()
    lost = Path(settings.MEDIA_ROOT) / rendition_name(photo.image.name, 320, "webp")
    lost.unlink()
    made = []
    original = renditions.create_renditions
    monkeypatch.setattr(
        renditions,
        "create_renditions",
        lambda *args, **kwargs: made.append(kwargs.get("only")) or original(*args, **kwargs),
    )
    with caplog.at_level(logging.WARNING, logger="intloffice.renditions"):
        first = render("{% picture p.image %}", p=photo)
        second = render("{% picture p.image %}", p=photo)
    assert first == second and "<picture>" in first
    assert lost.exists()
    assert made == [{rendition_name(photo.image.name, 320, "webp")}]
    assert caplog.text.count("Renditions missing") == 1


def test_renditions_still_shown_when_only_the_original_went_missing(db):
    photo = VisitPhotoFactory()
    Path(photo.image.path).unlink()
    assert "<picture>" in render("{% picture p.image %}", p=photo)


@pytest.mark.parametrize("count", [3, 15])
def test_a_gallery_costs_one_query_whatever_its_size(db, count, django_assert_num_queries):
    visit = VisitFactory()
    VisitPhotoFactory.create_batch(count, visit=visit)
    template = Template(
        "{% load intloffice_media %}{% for p in photos %}"
        "{% picture p.image alt=p.image_alt sizes='20rem' %}{% endfor %}"
    )
    with django_assert_num_queries(1):
        html = template.render(Context({"photos": visit.photos.all()}))
    assert html.count("<picture>") == count


def test_older_names_without_a_size_are_read_once(db, settings):
    photo = VisitPhotoFactory()
    legacy = re.sub(r"_\d+x\d+\.jpg$", ".jpg", photo.image.name)
    storage = photo.image.storage
    storage.save(legacy, storage.open(photo.image.name))
    VisitPhoto.objects.filter(pk=photo.pk).update(image=legacy)
    photo.refresh_from_db()
    html = render("{% picture p.image %}", p=photo)
    assert 'width="900" height="600"' in html
    assert storage.exists(rendition_name(legacy, 900, "webp"))
