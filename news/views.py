from django.db.models import Prefetch, Q
from django.views.generic import DetailView

from intloffice.fragments import remembered
from intloffice.lists import FilteredListView
from intloffice.publishing import PublishedObjectMixin, lazy
from partners.models import Partner

from .filters import ArticleFilter, PublicationFilter, StatementFilter
from .models import Article, Publication, Statement

FEATURED_ON_FIRST_PAGE = 3
RELATED_ARTICLES = 3


class ArticleListView(FilteredListView):
    model = Article
    filterset_class = ArticleFilter
    template_name = "news/article_list.html"
    context_object_name = "articles"
    paginate_by = 12

    def get_queryset(self):
        return Article.objects.published().for_cards().newest_first()

    def get_context_data(self, **kwargs):
        # Featured articles lead page one; they are left out of the numbered pages so nothing
        # is shown twice or skipped.
        # Both are lazy (a subquery, a list read by the template): the kept results fragment
        # of intloffice/lists.py runs neither query.
        articles = kwargs["object_list"]  # Rows: built when read (intloffice/lists.py)
        leading = articles.then(lambda rows: rows.featured()[:FEATURED_ON_FIRST_PAGE])
        kwargs["object_list"] = articles.then(
            lambda rows: rows.exclude(pk__in=leading.values("pk"))
        )
        context = super().get_context_data(**kwargs)
        first = context["page_obj"].number == 1
        context["featured"] = lazy(lambda: list(leading) if first else [])
        return context


class ArticleDetailView(PublishedObjectMixin, DetailView):
    model = Article
    template_name = "news/article_detail.html"
    context_object_name = "article"

    def details_queryset(self, queryset):
        return queryset.select_related("category", "visit", "exhibition").prefetch_related(
            Prefetch(
                "related_partners",
                queryset=Partner.objects.published().only(
                    "slug", "name", "name_ar", "name_en", "status", "published_at"
                ),
            )
        )

    def get_context_data(self, **kwargs):
        # Everything the body reads is fetched when the body is rendered (``lazy``): a kept
        # body (article_detail.html's {% fragment %}) runs none of these queries.
        context = super().get_context_data(**kwargs)
        details = context["details"]
        article = self.object
        published = Article.objects.published().for_cards()

        def neighbour(before):
            """The next article older (``before``) or newer than this one, in date order."""
            side = "lt" if before else "gt"
            order = ("-published_at", "-pk") if before else ("published_at", "pk")
            # The plain range first lets the database walk the published_at index.
            return (
                published.filter(**{f"published_at__{side}e": article.published_at})
                .filter(
                    Q(**{f"published_at__{side}": article.published_at})
                    | Q(published_at=article.published_at, **{f"pk__{side}": article.pk})
                )
                .order_by(*order)
                .first()
            )

        def visit():
            return details.visit if details.visit and details.visit.is_published else None

        def exhibition():
            shown = details.exhibition
            return shown if shown and shown.is_published else None

        def related():
            partner_ids = [partner.pk for partner in details.related_partners.all()]
            return list(
                published.related_to(article, partner_ids).newest_first()[:RELATED_ARTICLES]
            )

        context.update(
            previous_article=lazy(lambda: neighbour(before=True)),
            next_article=lazy(lambda: neighbour(before=False)),
            related_articles=lazy(related),
            visit=lazy(visit),
            exhibition=lazy(exhibition),
        )
        return context


class StatementListView(FilteredListView):
    model = Statement
    filterset_class = StatementFilter
    template_name = "news/statement_list.html"
    context_object_name = "statements"
    paginate_by = 12

    def get_queryset(self):
        return Statement.objects.published().newest_first().defer("body_ar", "body_en", "body")


class StatementDetailView(PublishedObjectMixin, DetailView):
    model = Statement
    template_name = "news/statement_detail.html"
    context_object_name = "statement"

    def get_context_data(self, **kwargs):
        # Remembered with the news (fragments.py): a correction is a save of the statement.
        statement = self.object
        corrections = remembered(
            self.request, "statement-corrections", statement.corrections, ("news",), (statement.pk,)
        )
        return super().get_context_data(
            corrections=corrections,
            corrected_on=corrections[-1]["corrected_on"] if corrections else None,
            **kwargs,
        )


class StatementHistoryView(StatementDetailView):
    """Every earlier wording of a corrected statement, as visitors read it."""

    template_name = "news/statement_history.html"


class PublicationListView(FilteredListView):
    model = Publication
    filterset_class = PublicationFilter
    template_name = "news/publication_list.html"
    context_object_name = "publications"
    paginate_by = 24

    def get_queryset(self):
        return (
            Publication.objects.published()
            .grouped()
            .prefetch_related("files")
            .defer("description", "description_ar", "description_en")
        )


class PublicationDetailView(PublishedObjectMixin, DetailView):
    model = Publication
    template_name = "news/publication_detail.html"
    context_object_name = "publication"

    def get_queryset(self):
        return super().get_queryset().prefetch_related("files")
