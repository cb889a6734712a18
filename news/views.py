from django.db.models import Prefetch, Q
from django.views.generic import DetailView, ListView

from intloffice.publishing import PublishedObjectMixin
from partners.models import Partner

from .filters import ArticleFilter, PublicationFilter, StatementFilter
from .models import Article, Publication, Statement

FEATURED_ON_FIRST_PAGE = 3
RELATED_ARTICLES = 3


class FilteredListView(ListView):
    """A published list with a GET filter form and a forgiving paginator.

    An invalid filter value (unknown category, ``year=abc``) answers 400 with the form's
    message and no items; ``page=abc`` shows the first page and ``page=99999`` the last one.
    """

    filterset_class = None
    paginate_by = 12

    @classmethod
    def query_params(cls):
        """Every query parameter the page reads (the page cache keys on these alone)."""
        return sorted({*cls.filterset_class.base_filters, cls.page_kwarg})

    def get(self, request, *args, **kwargs):
        self.filterset = self.filterset_class(request.GET, queryset=self.get_queryset())
        self.filter_valid = self.filterset.is_valid()
        self.object_list = self.filterset.qs if self.filter_valid else self.get_queryset().none()
        context = self.get_context_data()
        return self.render_to_response(context, status=200 if self.filter_valid else 400)

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop(self.page_kwarg, None)
        filters = self.filterset.form.cleaned_data if self.filter_valid else {}
        return super().get_context_data(
            filter_form=self.filterset.form,
            query_string=query.urlencode(),
            is_filtered=any(value not in (None, "") for value in filters.values()),
            **kwargs,
        )


class ArticleListView(FilteredListView):
    model = Article
    filterset_class = ArticleFilter
    template_name = "news/article_list.html"
    context_object_name = "articles"

    def get_queryset(self):
        return Article.objects.published().for_cards().newest_first()

    def get(self, request, *args, **kwargs):
        self.featured = []
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        # Featured articles lead page one; they are left out of the numbered pages so nothing
        # is shown twice or skipped.
        if self.filter_valid:
            self.featured = list(self.object_list.featured()[:FEATURED_ON_FIRST_PAGE])
            if self.featured:
                self.object_list = self.object_list.exclude(
                    pk__in=[article.pk for article in self.featured]
                )
        context = super().get_context_data(**kwargs)
        context["featured"] = self.featured if context["page_obj"].number == 1 else []
        return context


class ArticleDetailView(PublishedObjectMixin, DetailView):
    model = Article
    template_name = "news/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("category", "visit")
            .prefetch_related(
                Prefetch(
                    "related_partners",
                    queryset=Partner.objects.published().only(
                        "slug", "name", "name_ar", "name_en", "status", "published_at"
                    ),
                )
            )
        )

    def get_context_data(self, **kwargs):
        article = self.object
        published = Article.objects.published().for_cards()
        older = Q(published_at__lt=article.published_at) | Q(
            published_at=article.published_at, pk__lt=article.pk
        )
        newer = Q(published_at__gt=article.published_at) | Q(
            published_at=article.published_at, pk__gt=article.pk
        )
        partner_ids = [partner.pk for partner in article.related_partners.all()]
        visit = article.visit if article.visit and article.visit.is_published else None
        return super().get_context_data(
            # The plain range first lets the database walk the published_at index.
            previous_article=published.filter(published_at__lte=article.published_at)
            .filter(older)
            .order_by("-published_at", "-pk")
            .first(),
            next_article=published.filter(published_at__gte=article.published_at)
            .filter(newer)
            .order_by("published_at", "pk")
            .first(),
            related_articles=list(
                published.related_to(article, partner_ids).newest_first()[:RELATED_ARTICLES]
            ),
            visit=visit,
            **kwargs,
        )


class StatementListView(FilteredListView):
    model = Statement
    filterset_class = StatementFilter
    template_name = "news/statement_list.html"
    context_object_name = "statements"

    def get_queryset(self):
        return Statement.objects.published().newest_first().defer("body_ar", "body_en", "body")


class StatementDetailView(PublishedObjectMixin, DetailView):
    model = Statement
    template_name = "news/statement_detail.html"
    context_object_name = "statement"

    def get_context_data(self, **kwargs):
        corrections = self.object.corrections()
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
