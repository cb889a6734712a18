"""The annual-report export of visits with their participants (CSV or XLSX, from the admin).

One row per visit; participants in one cell, heads of delegation first, each as
"honorific name (position, organisation)"; both languages' titles side by side.
"""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from import_export import fields

from intloffice.exports import SafeModelResource

from .models import ParticipantRole, Visit, VisitParticipant


def _person_line(participation):
    person = participation.person
    details = [part for part in (person.position, str(person.organisation or "")) if part]
    line = str(person)
    if details:
        line += f" ({', '.join(details)})"
    return line


class VisitResource(SafeModelResource):
    starts_on = fields.Field(attribute="starts_on", column_name=_("starts on"))
    ends_on = fields.Field(attribute="ends_on", column_name=_("ends on"))
    title_ar = fields.Field(attribute="title_ar", column_name=_("title (Arabic)"))
    title_en = fields.Field(attribute="title_en", column_name=_("title (English)"))
    direction = fields.Field(column_name=_("direction"))
    kind = fields.Field(column_name=_("kind"))
    country = fields.Field(column_name=_("country"))
    city = fields.Field(attribute="city", column_name=_("city"))
    host_partner = fields.Field(column_name=_("host or partner institution"))
    heads = fields.Field(column_name=_("heads of delegation"))
    members = fields.Field(column_name=_("members"))
    participant_count = fields.Field(column_name=_("number of participants"))
    agreements = fields.Field(column_name=_("agreements signed"))
    status = fields.Field(column_name=_("status"))
    slug = fields.Field(attribute="slug", column_name=_("slug"))

    class Meta:
        model = Visit
        fields = (
            "starts_on", "ends_on", "title_ar", "title_en", "direction", "kind", "country",
            "city", "host_partner", "heads", "members", "participant_count", "agreements",
            "status", "slug",
        )  # fmt: skip
        export_order = fields

    @classmethod
    def get_display_name(cls):
        return _("Visits with participants")

    @staticmethod
    def prepare_queryset(queryset):
        """Everything the rows read, in a fixed number of queries."""
        participations = VisitParticipant.objects.select_related("person", "person__organisation")
        return queryset.select_related("host_partner").prefetch_related(
            Prefetch("participations", queryset=participations, to_attr="people"),
            "agreements",
        )

    def dehydrate_direction(self, visit):
        return visit.get_direction_display()

    def dehydrate_kind(self, visit):
        return visit.get_kind_display()

    def dehydrate_country(self, visit):
        return str(visit.country.name)

    def dehydrate_host_partner(self, visit):
        return str(visit.host_partner or "")

    def _people(self, visit):
        people = getattr(visit, "people", None)
        if people is None:
            people = list(visit.participations.select_related("person", "person__organisation"))
        return people

    def dehydrate_heads(self, visit):
        return "; ".join(
            _person_line(p) for p in self._people(visit) if p.role == ParticipantRole.HEAD
        )

    def dehydrate_members(self, visit):
        return "; ".join(
            _person_line(p) for p in self._people(visit) if p.role != ParticipantRole.HEAD
        )

    def dehydrate_participant_count(self, visit):
        return len(self._people(visit))

    def dehydrate_agreements(self, visit):
        return "; ".join(str(agreement) for agreement in visit.agreements.all())

    def dehydrate_status(self, visit):
        return visit.get_status_display()
