import datetime

import factory

from intloffice.demo_images import photo
from tests.factories import PublishableFactory
from tests.partners.factories import AgreementFactory
from visits.models import (
    Direction,
    ParticipantRole,
    Person,
    PersonCategory,
    SignedAgreement,
    Visit,
    VisitKind,
    VisitParticipant,
    VisitPhoto,
)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    honorific_en = "H.E."
    honorific_ar = "معالي"
    name_en = factory.Sequence(lambda n: f"Karim Haddad {n}")
    name_ar = factory.Sequence(lambda n: f"كريم حداد {n}")
    position_en = "Minister of Higher Education"
    position_ar = "وزير التعليم العالي"
    category = PersonCategory.MINISTER
    country = "MY"


class VisitFactory(PublishableFactory):
    class Meta:
        model = Visit

    slug = factory.Sequence(lambda n: f"visit-{n}")
    title_en = factory.Sequence(lambda n: f"Delegation from Kuala Lumpur {n}")
    title_ar = factory.Sequence(lambda n: f"وفد من كوالالمبور {n}")
    summary_en = "A delegation discussed student exchange."
    summary_ar = "بحث الوفد التبادل الطلابي."
    direction = Direction.INCOMING
    kind = VisitKind.OFFICIAL
    starts_on = factory.Sequence(lambda n: datetime.date(2025, 3, 1) - datetime.timedelta(days=n))
    ends_on = factory.LazyAttribute(lambda o: o.starts_on + datetime.timedelta(days=2))
    country = "MY"
    city_en = "Kuala Lumpur"
    city_ar = "كوالالمبور"


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VisitParticipant

    visit = factory.SubFactory(VisitFactory)
    person = factory.SubFactory(PersonFactory)
    role = ParticipantRole.MEMBER


class VisitPhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VisitPhoto

    visit = factory.SubFactory(VisitFactory)
    image = factory.LazyFunction(lambda: photo("Visit photo", width=640, height=400))
    image_alt_en = "The delegation at the main library"
    image_alt_ar = "الوفد في المكتبة المركزية"
    caption_en = "At the library"
    caption_ar = "في المكتبة"


def full_visit(participants=2, photos=1, **kwargs):
    visit = VisitFactory(**kwargs)
    ParticipantFactory(visit=visit, role=ParticipantRole.HEAD)
    for _ in range(participants - 1):
        ParticipantFactory(visit=visit)
    for _ in range(photos):
        VisitPhotoFactory(visit=visit)
    return visit


class SignedAgreementFactory(factory.django.DjangoModelFactory):
    """An agreement signed during a visit (the link lives on the visit's side)."""

    class Meta:
        model = SignedAgreement

    visit = factory.SubFactory(VisitFactory)
    agreement = factory.SubFactory(AgreementFactory)
