import datetime

import factory
from django.utils import timezone

from exhibitions.models import Exhibition, ExhibitionKind, ExhibitionPhoto, OfficeRole
from intloffice.demo_images import photo
from tests.factories import PublishableFactory


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


class ExhibitionFactory(PublishableFactory):
    """An upcoming three-day education fair (pass ``starts_on``/``ends_on`` for others)."""

    class Meta:
        model = Exhibition

    slug = factory.Sequence(lambda n: f"event-{n}")
    title_en = factory.Sequence(lambda n: f"Education fair in Kuala Lumpur {n}")
    title_ar = factory.Sequence(lambda n: f"معرض التعليم في كوالالمبور {n}")
    summary_en = "The university presents its programmes."
    summary_ar = "تعرض الجامعة برامجها."
    description_en = "<p>Staff answer questions about admission.</p>"
    description_ar = "<p>يجيب الموظفون عن أسئلة القبول.</p>"
    kind = ExhibitionKind.EDUCATION_FAIR
    role = OfficeRole.PARTICIPANT
    starts_on = factory.Sequence(lambda n: days_from_today(10 + n))
    ends_on = factory.LazyAttribute(lambda o: o.starts_on + datetime.timedelta(days=2))
    venue_en = "Convention centre"
    venue_ar = "مركز المؤتمرات"
    city_en = "Kuala Lumpur"
    city_ar = "كوالالمبور"
    country = "MY"


class ExhibitionPhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExhibitionPhoto

    exhibition = factory.SubFactory(ExhibitionFactory)
    image = factory.LazyFunction(lambda: photo("Event photo", width=640, height=400))
    image_alt_en = "The stand of the university"
    image_alt_ar = "جناح الجامعة"
    caption_en = "At the stand"
    caption_ar = "في الجناح"
