"""factory_boy factories for partners, agreements and memberships."""

import datetime

import factory
from django.utils import timezone

from partners.models import Agreement, AgreementKind, Membership, Partner, PartnerKind
from tests.factories import PublishableFactory


def today():
    return timezone.localdate()


def days(n):
    return today() + datetime.timedelta(days=n)


class PartnerFactory(PublishableFactory):
    class Meta:
        model = Partner
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"partner-{n}")
    name_en = factory.Sequence(lambda n: f"Example University {n}")
    name_ar = factory.Sequence(lambda n: f"جامعة المثال {n}")
    kind = PartnerKind.UNIVERSITY
    country = "IQ"
    city_en = "Najaf"
    city_ar = "النجف"


class AgreementFactory(PublishableFactory):
    class Meta:
        model = Agreement
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"agreement-{n}")
    title_en = factory.Sequence(lambda n: f"Cooperation agreement {n}")
    title_ar = factory.Sequence(lambda n: f"اتفاقية تعاون {n}")
    kind = AgreementKind.COOPERATION
    signed_on = factory.LazyFunction(lambda: days(-400))
    starts_on = factory.LazyFunction(lambda: days(-400))
    ends_on = factory.LazyFunction(lambda: days(700))

    @factory.post_generation
    def partners(self, create, extracted, **kwargs):
        if create and extracted:
            self.partners.set(extracted)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    partner = factory.SubFactory(PartnerFactory, kind=PartnerKind.NETWORK)
    since = factory.LazyFunction(lambda: days(-2000))
    role_en = "Full member"
    role_ar = "عضو كامل العضوية"
