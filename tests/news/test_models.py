"""QuerySet verbs and model rules, tested directly."""

import datetime

import pytest
import reversion
from django.core.exceptions import ValidationError
from django.utils import timezone

from intloffice.publishing import Status
from news.models import Article, PublicationFile, Statement, language_name_local
from partners.models import Partner
from visits.models import Visit

from .factories import ArticleFactory, CategoryFactory, PublicationFactory, StatementFactory

pytestmark = pytest.mark.django_db


def make_partner(slug="partner-one", country="TR"):
    return Partner.objects.create(
        slug=slug,
        name_en="Anatolian Highlands University",
        name_ar="جامعة المرتفعات الأناضولية",
        kind="university",
        country=country,
        status=Status.PUBLISHED,
        published_at=timezone.now() - datetime.timedelta(days=1),
    )


def make_visit(slug="visit-one"):
    today = timezone.localdate()
    return Visit.objects.create(
        slug=slug,
        title_en="Delegation from Ankara",
        title_ar="وفد من أنقرة",
        direction="incoming",
        kind="official",
        starts_on=today,
        ends_on=today,
        country="TR",
        status=Status.PUBLISHED,
        published_at=timezone.now() - datetime.timedelta(days=1),
    )


def test_published_excludes_drafts_and_scheduled_items():
    shown = ArticleFactory()
    ArticleFactory(status=Status.DRAFT)
    ArticleFactory(published_at=timezone.now() + datetime.timedelta(hours=2))
    assert list(Article.objects.published()) == [shown]


def test_scheduled_article_publishes_by_itself_when_its_time_comes(settings):
    article = ArticleFactory(published_at=timezone.now() + datetime.timedelta(seconds=1))
    assert not Article.objects.published().filter(pk=article.pk).exists()
    Article.objects.filter(pk=article.pk).update(
        published_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert Article.objects.published().filter(pk=article.pk).exists()


def test_featured_verb():
    featured = ArticleFactory(featured=True)
    ArticleFactory()
    assert list(Article.objects.published().featured()) == [featured]


def test_about_partner_and_about_visit():
    partner, visit = make_partner(), make_visit()
    about_partner = ArticleFactory()
    about_partner.related_partners.add(partner)
    about_visit = ArticleFactory(visit=visit)
    ArticleFactory()
    assert list(Article.objects.published().about_partner(partner)) == [about_partner]
    assert list(Article.objects.published().about_visit(visit)) == [about_visit]


def test_related_to_shares_a_partner_or_the_category():
    partner = make_partner()
    own, other = CategoryFactory(slug="own"), CategoryFactory(slug="other")
    article = ArticleFactory(category=own)
    article.related_partners.add(partner)
    same_category = ArticleFactory(category=own)
    same_partner = ArticleFactory(category=other)
    same_partner.related_partners.add(partner)
    ArticleFactory(category=other)
    related = Article.objects.published().related_to(article, [partner.pk])
    assert set(related) == {same_category, same_partner}


def test_statement_never_published_has_no_corrections():
    statement = StatementFactory(status=Status.DRAFT)
    with reversion.create_revision():
        statement.body_en = "<p>Changed.</p>"
        statement.save()
    assert statement.corrections("en") == []


def test_edit_before_a_scheduled_statement_is_public_is_not_a_correction():
    with reversion.create_revision():
        statement = StatementFactory(published_at=timezone.now() + datetime.timedelta(days=3))
    with reversion.create_revision():
        statement.body_en = "<p>Better wording before anyone read it.</p>"
        statement.save()
    assert statement.corrections("en") == []


def test_correction_of_a_public_statement_keeps_the_earlier_wording():
    with reversion.create_revision():
        statement = StatementFactory(body_en="<p>First wording.</p>")
    with reversion.create_revision():
        statement.body_en = "<p>Corrected wording.</p>"
        statement.save()
    corrections = statement.corrections("en")
    assert len(corrections) == 1
    assert corrections[0]["body"] == "<p>First wording.</p>"
    # The Arabic text did not change: an Arabic reader saw no correction.
    assert statement.corrections("ar") == []


def test_publication_file_needs_a_pdf_or_a_video_but_not_both():
    publication = PublicationFactory()
    with pytest.raises(ValidationError):
        PublicationFile(publication=publication, language="fa").full_clean()
    PublicationFile(
        publication=publication, language="fa", video_url="https://media.example.org/a.mp4"
    ).full_clean()


def test_language_names_are_in_their_own_language():
    assert language_name_local("fa") == "فارسی"
    assert language_name_local("fr") == "Français"
    assert language_name_local("ru") == "Русский"


def test_publish_needs_both_languages():
    statement = Statement(
        slug="one-language",
        reference_number="X/1",
        title_en="Only English",
        body_en="<p>Text</p>",
        issued_by_en="Office",
        kind="position",
        issued_on=timezone.localdate(),
        status=Status.PUBLISHED,
    )
    with pytest.raises(ValidationError) as error:
        statement.full_clean()
    assert "title_ar" in error.value.message_dict
