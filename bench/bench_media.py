"""Media: a page of 24 thumbnails through {% picture %}; the staff-only document download.

The gallery page is a bench-only view (the visits app draws its own gallery): one query for
the photos, no query and no file read per picture once the process has checked the
renditions. prepare() also prints what the first, cold render costs (renditions present but
not yet checked by this process, and renditions missing so they are made again).
"""

import shutil
import statistics
import time
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.http import HttpResponse
from django.template import Context, Template
from django.test import Client
from django.urls import clear_url_caches, path

from intloffice import demo_images, renditions

PHOTOS = 24
GALLERY = Template(
    "{% load intloffice_media %}<!doctype html><title>Gallery</title><h1>Gallery</h1><ul>"
    "{% for p in photos %}<li>{% picture p.image alt=p.image_alt sizes='20rem' %}</li>"
    "{% endfor %}</ul>"
)

PAGES = {
    "gallery, 24 pictures (warm)": ("/__bench_media_gallery__", 15),
}


def gallery(request):
    from visits.models import VisitPhoto

    photos = VisitPhoto.objects.filter(visit__slug="bench-media-gallery").order_by("order")
    return HttpResponse(GALLERY.render(Context({"photos": photos[:PHOTOS]})))


def _timed_render(client):
    start = time.perf_counter()
    response = client.get("/__bench_media_gallery__")
    assert response.status_code == 200 and response.content.count(b"<picture>") == PHOTOS
    return (time.perf_counter() - start) * 1000


def _staff_download_ms(agreement, rounds=30):
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(
        username="bench-media-staff", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client()
    client.force_login(user)
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        response = client.get(agreement.document.url)
        b"".join(response.streaming_content)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    return statistics.median(timings)


def prepare():
    import bench.urls
    from partners.models import Agreement
    from visits.models import Visit, VisitPhoto

    bench.urls.urlpatterns.append(path("__bench_media_gallery__", gallery))
    clear_url_caches()

    today = time.strftime("%Y-%m-%d")
    visit, _ = Visit.objects.get_or_create(
        slug="bench-media-gallery",
        defaults={
            "title_en": "Gallery bench",
            "title_ar": "معرض الصور",
            "direction": "incoming",
            "kind": "academic",
            "starts_on": today,
            "ends_on": today,
            "country": "JO",
        },
    )
    start = time.perf_counter()
    for number in range(visit.photos.count(), PHOTOS):
        VisitPhoto.objects.create(
            visit=visit,
            image=demo_images.photo(f"Photo {number + 1}"),
            image_alt_en=f"Photo {number + 1}",
            image_alt_ar=f"الصورة {number + 1}",
            order=number,
        )
    saved_ms = (time.perf_counter() - start) * 1000 / PHOTOS
    agreement, _ = Agreement.objects.get_or_create(
        slug="bench-media-agreement",
        defaults={"title_en": "Bench", "title_ar": "اتفاقية", "kind": "mou",
                  "signed_on": today, "starts_on": today},
    )  # fmt: skip
    if not agreement.document:
        agreement.document.save("a.pdf", ContentFile(demo_images.pdf("Agreement", 4).read()))

    client = Client()
    renditions.forget()
    cold_ms = _timed_render(client)
    first = visit.photos.order_by("order").first()
    shutil.rmtree(Path(settings.MEDIA_ROOT) / renditions.renditions_folder(first.image.name))
    renditions.forget()
    remade_ms = _timed_render(client)
    staff_ms = _staff_download_ms(agreement)
    print(
        f"[bench_media] private document download by staff (median of 30): {staff_ms:.1f} ms\n"
        f"[bench_media] saving one 1600x1000 photo with its 6 renditions: {saved_ms:.0f} ms; "
        f"gallery of {PHOTOS}, first render in a fresh process: {cold_ms:.1f} ms; "
        f"the same with one picture's renditions deleted (made again): {remade_ms:.1f} ms"
    )
