from django.db.models import Prefetch
from django.views.generic import DetailView

from intloffice.lists import FilteredListView
from intloffice.publishing import PublishedObjectMixin, lazy
from partners.models import Agreement

from .filters import VisitFilter
from .models import ParticipantRole, Visit, VisitParticipant, VisitPhoto


class VisitListView(FilteredListView):
    """Published visits, newest first, filtered by the query string (intloffice.lists)."""

    template_name = "visits/visit_list.html"
    context_object_name = "visits"
    filterset_class = VisitFilter
    paginate_by = 12

    def get_queryset(self):
        return Visit.objects.published().for_list()


class VisitDetailView(PublishedObjectMixin, DetailView):
    model = Visit
    template_name = "visits/visit_detail.html"
    context_object_name = "visit"

    def details_queryset(self, queryset):
        participations = VisitParticipant.objects.select_related("person", "person__organisation")
        agreements = Agreement.objects.published().public().order_by("signed_on", "pk")
        return queryset.select_related("host_partner").prefetch_related(
            Prefetch("participations", queryset=participations, to_attr="people"),
            Prefetch(
                "photos", queryset=VisitPhoto.objects.order_by("order", "pk"), to_attr="gallery"
            ),
            Prefetch("agreements", queryset=agreements, to_attr="signed_agreements"),
        )

    def get_context_data(self, **kwargs):
        # Read by the kept body only (visit_detail.html's {% fragment %}): fetched then.
        context = super().get_context_data(**kwargs)
        details = context["details"]
        context["heads"] = lazy(
            lambda: [p for p in details.people if p.role == ParticipantRole.HEAD]
        )
        context["members"] = lazy(
            lambda: [p for p in details.people if p.role != ParticipantRole.HEAD]
        )
        return context
