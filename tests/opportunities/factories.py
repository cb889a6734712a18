"""factory_boy factories for opportunities and students abroad."""

import datetime

import factory
from django.utils import timezone

from opportunities.models import Audience, Degree, Opportunity, OpportunityKind, StudentAbroad
from tests.factories import PublishableFactory
from tests.partners.factories import PartnerFactory


def today():
    return timezone.localdate()


def days(n):
    return today() + datetime.timedelta(days=n)


def deadline_in(n, hour=23, minute=59):
    """A deadline ``n`` days from today at ``hour:minute``, in the site's time zone."""
    return timezone.make_aware(datetime.datetime.combine(days(n), datetime.time(hour, minute)))


class OpportunityFactory(PublishableFactory):
    class Meta:
        model = Opportunity
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"opportunity-{n}")
    title_en = factory.Sequence(lambda n: f"Scholarship call {n}")
    title_ar = factory.Sequence(lambda n: f"دعوة منحة {n}")
    kind = OpportunityKind.SCHOLARSHIP
    audience = Audience.STUDENTS
    provider_name_en = "Example Foundation"
    provider_name_ar = "مؤسسة المثال"
    opens_on = factory.LazyFunction(lambda: days(-10))
    deadline = factory.LazyFunction(lambda: deadline_in(10))
    summary_en = "A funded place."
    summary_ar = "مقعد ممول."
    description_en = "<p>English description.</p>"
    description_ar = "<p>وصف عربي.</p>"
    eligibility_en = "<p>Enrolled students.</p>"
    eligibility_ar = "<p>الطلبة المسجلون.</p>"
    how_to_apply_en = "<p>Write to the office.</p>"
    how_to_apply_ar = "<p>راسل المكتب.</p>"
    link = "https://example.org/call"


class StudentAbroadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StudentAbroad

    name = factory.Sequence(lambda n: f"Zzprivate Student{n:03d}")
    degree = Degree.DOCTORATE
    field_en = "Islamic studies"
    field_ar = "الدراسات الإسلامية"
    host_institution = factory.SubFactory(PartnerFactory)
    country = "FR"
    started_on = factory.LazyFunction(lambda: days(-400))
    expected_on = factory.LazyFunction(lambda: days(700))
    supervisor = factory.Sequence(lambda n: f"Zzsupervisor Person{n:03d}")
    notes = "Zznote confidential remark"
