from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from intloffice.publishing import PublishedObjectMixin
from partners.models import Agreement

from .filters import VisitFilter
from .models import ParticipantRole, Visit, VisitParticipant, VisitPhoto


class VisitListView(ListView):
    """Published visits, newest first, filtered by the query string and paginated.

    A filter value that is not valid (an unknown kind, ``year=abc``) answers 400 with the
    form showing what is wrong; ``page`` past the end or not a number is a 404.
    """

    template_name = "visits/visit_list.html"
    context_object_name = "visits"
    paginate_by = 12

    @classmethod
    def query_params(cls):
        """Every query parameter the page reads (the page cache keys on these alone)."""
        return sorted({*VisitFilter.base_filters, cls.page_kwarg})

    def get_queryset(self):
        self.filterset = VisitFilter(self.request.GET or None, queryset=Visit.objects.published())
        if self.filterset.is_bound and not self.filterset.is_valid():
            return Visit.objects.none()
        return self.filterset.qs.for_list()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("page", None)
        context["filter"] = self.filterset
        context["query_string"] = query.urlencode()
        return context

    def render_to_response(self, context, **response_kwargs):
        if self.filterset.is_bound and not self.filterset.is_valid():
            response_kwargs["status"] = 400
        return super().render_to_response(context, **response_kwargs)


class VisitDetailView(PublishedObjectMixin, DetailView):
    model = Visit
    template_name = "visits/visit_detail.html"
    context_object_name = "visit"

    def get_queryset(self):
        participations = VisitParticipant.objects.select_related("person", "person__organisation")
        agreements = Agreement.objects.published().public().order_by("signed_on", "pk")
        return (
            super()
            .get_queryset()
            .select_related("host_partner")
            .prefetch_related(
                Prefetch("participations", queryset=participations, to_attr="people"),
                Prefetch(
                    "photos", queryset=VisitPhoto.objects.order_by("order", "pk"), to_attr="gallery"
                ),
                Prefetch("agreements", queryset=agreements, to_attr="signed_agreements"),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        people = self.object.people
        context["heads"] = [p for p in people if p.role == ParticipantRole.HEAD]
        context["members"] = [p for p in people if p.role != ParticipantRole.HEAD]
        return context
