"""Public pages: the opportunities list and pages, and the exchange page (partners with an
exchange agreement in force). Nothing here reads StudentAbroad."""

from django.db.models import Prefetch
from django.views.generic import DetailView, TemplateView

from intloffice import plugins
from intloffice.fragments import remembered
from intloffice.lists import FilteredListView
from intloffice.publishing import PublishedObjectMixin
from partners.models import Agreement, AgreementKind, Partner

from .filters import OpportunityFilterSet
from .models import Opportunity, OpportunityKind

RELATED = 3
EXCHANGE_KINDS = (AgreementKind.STUDENT_EXCHANGE, AgreementKind.STAFF_EXCHANGE)


class OpportunityListView(FilteredListView):
    """Open opportunities first by nearest deadline, then upcoming ones; closed ones with
    ``?status=closed`` (intloffice.lists)."""

    template_name = "opportunities/opportunity_list.html"
    context_object_name = "opportunities"
    card_apps = ("partners",)
    filterset_class = OpportunityFilterSet
    paginate_by = 12

    def get_queryset(self):
        return Opportunity.objects.published().with_state().in_list_order().for_cards()


class OpportunityDetailView(PublishedObjectMixin, DetailView):
    model = Opportunity
    template_name = "opportunities/opportunity_detail.html"
    context_object_name = "opportunity"

    def get_queryset(self):
        queryset = super().get_queryset().with_state().select_related("provider_partner")
        return plugins.sections("opportunity").prepare(queryset)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        opportunity = self.object

        def related():
            return list(
                Opportunity.objects.published()
                .related_to(opportunity)
                .with_state()
                .in_list_order()
                .for_cards()[:RELATED]
            )

        # Remembered with the opportunities and the partners their cards name (fragments.py;
        # kept no later than the next deadline, when a card turns closed).
        context["related"] = remembered(
            self.request, "related-opportunities", related, ("opportunities", "partners"),
            (opportunity.pk,),
        )  # fmt: skip
        return context


class ExchangeView(TemplateView):
    """Partners with a published, public student- or staff-exchange agreement in force, with
    those agreements, and the open exchange programmes (3 queries)."""

    template_name = "opportunities/exchange.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        agreements = (
            Agreement.objects.published()
            .public()
            .in_force()
            .filter(kind__in=EXCHANGE_KINDS)
            .only(
                *("slug", "title", "title_ar", "title_en", "kind", "starts_on", "ends_on"),
                *("status", "published_at", "only_language"),
            )
            .order_by("starts_on", "pk")
        )
        partners = (
            Partner.objects.published()
            .filter(agreements__in=agreements)
            .distinct()
            .in_name_order()
            .only(
                *("slug", "name", "name_ar", "name_en", "country"),
                *("status", "published_at", "only_language"),
            )
            .prefetch_related(
                Prefetch("agreements", queryset=agreements, to_attr="exchange_agreements")
            )
        )
        rows = []
        for partner in partners:
            kinds = {agreement.kind for agreement in partner.exchange_agreements}
            rows.append(
                {
                    "partner": partner,
                    "students": AgreementKind.STUDENT_EXCHANGE in kinds,
                    "staff": AgreementKind.STAFF_EXCHANGE in kinds,
                    "agreements": partner.exchange_agreements,
                }
            )
        context["rows"] = rows
        context["programmes"] = list(
            Opportunity.objects.published()
            .not_closed()
            .filter(kind=OpportunityKind.EXCHANGE)
            .with_state()
            .in_list_order()
            .for_cards()
        )
        return context
