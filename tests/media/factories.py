"""Minimal factories for the models the media tests upload into (partners, visits)."""

import datetime

import factory
from django.utils import timezone

from intloffice import demo_images
from intloffice.publishing import Status
from partners.models import Agreement, AgreementKind, Partner, PartnerKind
from visits.models import Direction, Visit, VisitKind, VisitPhoto


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    slug = factory.Sequence(lambda n: f"partner-{n}")
    name_en = factory.Sequence(lambda n: f"Partner University {n}")
    name_ar = factory.Sequence(lambda n: f"الجامعة الشريكة {n}")
    kind = PartnerKind.UNIVERSITY
    country = "JO"
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))


class AgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agreement
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"agreement-{n}")
    title_en = factory.Sequence(lambda n: f"Memorandum of understanding {n}")
    title_ar = factory.Sequence(lambda n: f"مذكرة تفاهم {n}")
    kind = AgreementKind.MOU
    signed_on = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=30))
    starts_on = factory.LazyAttribute(lambda o: o.signed_on)
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))

    @factory.post_generation
    def partners(self, create, extracted, **kwargs):
        if create:
            self.partners.set(extracted or [PartnerFactory()])


class VisitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Visit

    slug = factory.Sequence(lambda n: f"visit-{n}")
    title_en = factory.Sequence(lambda n: f"Delegation visit {n}")
    title_ar = factory.Sequence(lambda n: f"زيارة وفد {n}")
    direction = Direction.INCOMING
    kind = VisitKind.ACADEMIC
    starts_on = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=10))
    ends_on = factory.LazyAttribute(lambda o: o.starts_on)
    country = "TR"
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))


class VisitPhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VisitPhoto

    visit = factory.SubFactory(VisitFactory)
    image = factory.LazyFunction(lambda: demo_images.photo("Gallery", 900, 600))
    image_alt_en = "Delegates in the library"
    image_alt_ar = "أعضاء الوفد في المكتبة"
    order = factory.Sequence(lambda n: n)
