import datetime

import factory
from django.utils import timezone

from news.models import (
    Article,
    ArticleKind,
    Category,
    Publication,
    PublicationFile,
    PublicationKind,
    Statement,
    StatementKind,
)
from tests.factories import PublishableFactory, an_hour_ago


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"category-{n}")
    name_en = factory.Sequence(lambda n: f"Category {n}")
    name_ar = factory.Sequence(lambda n: f"التصنيف {n}")


class ArticleFactory(PublishableFactory):
    class Meta:
        model = Article

    slug = factory.Sequence(lambda n: f"article-{n}")
    title_en = factory.Sequence(lambda n: f"English headline {n}")
    title_ar = factory.Sequence(lambda n: f"عنوان عربي {n}")
    summary_en = "An English summary."
    summary_ar = "ملخص عربي."
    body_en = "<p>English body.</p>"
    body_ar = "<p>نص عربي.</p>"
    kind = ArticleKind.NEWS
    category = factory.SubFactory(CategoryFactory)
    published_at = factory.Sequence(lambda n: an_hour_ago() - datetime.timedelta(minutes=n))


class StatementFactory(PublishableFactory):
    class Meta:
        model = Statement

    slug = factory.Sequence(lambda n: f"statement-{n}")
    reference_number = factory.Sequence(lambda n: f"IRA/ST/2025/{n:03d}")
    title_en = factory.Sequence(lambda n: f"Statement {n}")
    title_ar = factory.Sequence(lambda n: f"بيان {n}")
    body_en = "<p>The university affirms its position.</p>"
    body_ar = "<p>تؤكد الجامعة موقفها.</p>"
    kind = StatementKind.POSITION
    issued_by_en = "The Presidency of the University"
    issued_by_ar = "رئاسة الجامعة"
    issued_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=2))


class PublicationFactory(PublishableFactory):
    class Meta:
        model = Publication

    slug = factory.Sequence(lambda n: f"publication-{n}")
    title_en = factory.Sequence(lambda n: f"Publication {n}")
    title_ar = factory.Sequence(lambda n: f"منشور {n}")
    kind = PublicationKind.LEAFLET
    issued_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=5))


class PublicationFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PublicationFile

    publication = factory.SubFactory(PublicationFactory)
    language = "en"
    video_url = "https://media.example.org/film.mp4"
