"""factory_boy factories for the site-wide models; each app adds its own beside its tests."""

import datetime

import factory
from django.utils import timezone

from intloffice.models import ContactMessage, Objective, Page
from intloffice.publishing import Status


def an_hour_ago():
    return timezone.now() - datetime.timedelta(hours=1)


class PublishableFactory(factory.django.DjangoModelFactory):
    """What every public model's factory shares: published an hour ago. Subclasses set the
    model and a ``slug`` sequence; pass ``status=Status.DRAFT`` or a future ``published_at``
    for drafts and scheduled items."""

    class Meta:
        abstract = True

    status = Status.PUBLISHED
    published_at = factory.LazyFunction(an_hour_ago)


class PageFactory(PublishableFactory):
    class Meta:
        model = Page
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"page-{n}")
    title_en = factory.Sequence(lambda n: f"Office page {n}")
    title_ar = factory.Sequence(lambda n: f"صفحة المكتب {n}")
    summary_en = "What the office does."
    summary_ar = "ما يقوم به المكتب."
    body_en = "<p>English body.</p>"
    body_ar = "<p>نص عربي.</p>"


class ObjectiveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Objective

    page = factory.SubFactory(PageFactory)
    text_en = factory.Sequence(lambda n: f"Objective {n}")
    text_ar = factory.Sequence(lambda n: f"الهدف {n}")
    order = factory.Sequence(lambda n: n)


class ContactMessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactMessage

    name = "Visitor"
    email = "visitor@example.org"
    subject = "A question"
    message = "Hello"
    language = "en"
