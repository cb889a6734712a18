"""Public pages of partners, agreements, memberships and countries, with their open data."""

import functools

from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext
from django.views.generic import DetailView, TemplateView
from django_countries import countries

from intloffice import plugins
from intloffice.countries import collation_key
from intloffice.digits import localize_digits
from intloffice.fragments import remembered
from intloffice.lists import FilteredListView, OpenDataMixin, drawn_choices
from intloffice.publishing import PublishedObjectMixin, is_staff_request, lazy

from .countries import count_sources, country_rows, source_list_urls
from .filters import AgreementFilterSet, PartnerFilterSet
from .models import Agreement, Membership, Partner, active_agreement_counts
from .worldmap import load_world_map

#: Map shades: (lowest count of the shade, the legend's CSS class, the map's fill); the first
#: matching from the end wins. The legend's swatches in site.css repeat the fills: the map is
#: an image of its own (``country_map``) and carries them as attributes, no style sheet.
MAP_SHADES = [
    (1, "shade-1", "#c6dbef"),
    (2, "shade-2", "#9ecae1"),
    (4, "shade-3", "#6baed6"),
    (8, "shade-4", "#2b7bba"),
    (16, "shade-5", "#0b4f6c"),
]
BLANK_FILL = "#d3dbe1"  # a country without any count


def published_partners():
    """Partners as shown next to an agreement: published, in name order."""
    return (
        Partner.objects.published()
        .in_name_order()
        .only("slug", "name", "name_ar", "name_en", "country", "kind")
    )


class PartnerListView(OpenDataMixin, FilteredListView):
    template_name = "partners/partner_list.html"
    context_object_name = "partners"
    filterset_class = PartnerFilterSet
    open_data_name = "partners"
    open_data_columns = (
        "slug",
        "name",
        "short_name",
        "kind",
        "kind_label",
        "country",
        "country_name",
        "city",
        "website",
        "relationship_since",
        "active_agreements",
        "url",
    )

    def get_queryset(self):
        return (
            Partner.objects.published()
            .in_name_order()
            .defer("description", "description_ar", "description_en", "search_text")
        )

    def prepare_open_data(self, queryset):
        self.active_counts = active_agreement_counts(queryset.order_by().values("pk"))

    def open_data_row(self, partner):
        return {
            "slug": partner.slug,
            "name": partner.name,
            "short_name": partner.short_name,
            "kind": partner.kind,
            "kind_label": str(partner.get_kind_display()),
            "country": partner.country.code,
            "country_name": str(partner.country.name),
            "city": partner.city,
            "website": partner.website,
            "relationship_since": partner.relationship_since,
            "active_agreements": self.active_counts.get(partner.pk, 0),
            "url": self.request.build_absolute_uri(partner.get_absolute_url()),
        }

    def facets(self):
        """The country and kind options, each with its count under the other filters (two
        queries, or one kept value), worked out only when the filter form is drawn (a kept
        form is not); the asked value stays offered even with no partner."""

        def counts():
            data = self.filterset.form.cleaned_data if self.filterset.is_valid() else {}
            base = Partner.objects.published().order_by()
            if data.get("q"):
                base = base.search(data["q"][:100])
            by_country = base.filter(kind=data["kind"]) if data.get("kind") else base
            by_kind = base.filter(country=data["country"]) if data.get("country") else base
            return (
                dict(
                    by_country.values("country").annotate(n=Count("pk")).values_list("country", "n")
                ),
                dict(by_kind.values("kind").annotate(n=Count("pk")).values_list("kind", "n")),
            )

        vary = self.filterset.fragment_vary  # None for free text or an invalid value

        @functools.cache
        def both():
            if vary is None:
                return counts()
            # kept with the partners' content (intloffice/fragments.py)
            return remembered(self.request, "partner-facets", counts, ("partners",), vary)

        selected_country = self.request.GET.get("country", "")
        fields = self.filterset.form.fields
        fields["country"].widget.choices = drawn_choices(
            lambda: [
                ("", fields["country"].empty_label),
                *(
                    (code, f"{name} ({localize_digits(both()[0].get(code, 0))})")
                    for code, name in countries
                    if code in both()[0] or code == selected_country
                ),
            ]
        )
        fields["kind"].widget.choices = drawn_choices(
            lambda: [
                ("", fields["kind"].empty_label),
                *(
                    (value, f"{label} ({localize_digits(both()[1].get(value, 0))})")
                    for value, label in self.filterset.filters["kind"].extra["choices"]
                ),
            ]
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        self.facets()
        page = context["partners"]

        def partners():  # read by the results fragment only (intloffice/lists.py): lazy
            rows = list(page)
            counts = active_agreement_counts([partner.pk for partner in rows])
            for partner in rows:
                partner.active_agreements = counts.get(partner.pk, 0)
            return rows

        context["partners"] = context["object_list"] = lazy(partners)
        context["memberships"] = lazy(lambda: Membership.objects.of_published_partners().current())
        return context


class PartnerDetailView(PublishedObjectMixin, DetailView):
    model = Partner
    template_name = "partners/partner_detail.html"
    context_object_name = "partner"

    def details_queryset(self, queryset):
        agreements = (
            Agreement.objects.published()
            .public()
            .with_lifecycle()
            .prefetch_related(Prefetch("partners", queryset=published_partners()))
            .order_by("-signed_on", "pk")
        )
        return queryset.with_active_agreement_count().prefetch_related(
            Prefetch("agreements", queryset=agreements, to_attr="public_agreements"),
            Prefetch(
                "memberships",
                queryset=Membership.objects.order_by("order", "since"),
                to_attr="university_memberships",
            ),
        )


class AgreementListView(OpenDataMixin, FilteredListView):
    template_name = "partners/agreement_list.html"
    context_object_name = "agreements"
    filterset_class = AgreementFilterSet
    open_data_name = "agreements"
    open_data_columns = (
        "slug",
        "title",
        "kind",
        "kind_label",
        "status",
        "status_label",
        "signed_on",
        "starts_on",
        "ends_on",
        "renewal",
        "partners",
        "partner_countries",
        "url",
    )

    def get_queryset(self):
        return (
            Agreement.objects.published()
            .public()
            .with_lifecycle()
            .prefetch_related(Prefetch("partners", queryset=published_partners()))
            .defer("summary", "summary_ar", "summary_en", "document", "search_text")
            .order_by("-signed_on", "pk")
        )

    def open_data_row(self, agreement):
        partners = list(agreement.partners.all())
        return {
            "slug": agreement.slug,
            "title": agreement.title,
            "kind": agreement.kind,
            "kind_label": str(agreement.get_kind_display()),
            "status": agreement.lifecycle,
            "status_label": str(agreement.get_lifecycle_status_display()),
            "signed_on": agreement.signed_on.isoformat(),
            "starts_on": agreement.starts_on.isoformat(),
            "ends_on": agreement.ends_on.isoformat() if agreement.ends_on else "",
            "renewal": agreement.renewal,
            "partners": " | ".join(p.name for p in partners),
            "partner_countries": " | ".join(sorted({p.country.code for p in partners})),
            "url": self.request.build_absolute_uri(agreement.get_absolute_url()),
        }


class AgreementDetailView(PublishedObjectMixin, DetailView):
    model = Agreement
    template_name = "partners/agreement_detail.html"
    context_object_name = "agreement"

    def get_queryset(self):
        queryset = super().get_queryset()
        if not is_staff_request(self.request):  # staff may preview an unlisted agreement
            queryset = queryset.public()
        queryset = (
            queryset.with_lifecycle()
            .defer("document")
            .prefetch_related(Prefetch("partners", queryset=published_partners()))
        )
        return plugins.sections("agreement").prepare(queryset)  # what the sections read


class MembershipListView(TemplateView):
    template_name = "partners/membership_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        memberships = list(Membership.objects.of_published_partners().order_by("order", "since"))
        context["current"] = [m for m in memberships if not m.ended_on or m.ended_on >= today]
        context["past"] = [m for m in memberships if m.ended_on and m.ended_on < today]
        return context


class CountryListView(TemplateView):
    """Every country with partners (and whatever other apps count), as a table and a map."""

    template_name = "partners/country_list.html"
    query_params = ("sort",)  # the page cache keys on these alone

    def sort_options(self, sources):
        options = {"name": (lambda row: collation_key(row["name"]), False)}
        for key, _label in sources:
            options[key] = (
                lambda row, key=key: (-row["counts"][key], collation_key(row["name"])),
                False,
            )
        return options

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sources = count_sources()
        list_urls = source_list_urls()
        rows = country_rows()
        options = self.sort_options(sources)
        sort = self.request.GET.get("sort", "name")
        if sort not in options:
            sort = "name"
        key, reverse = options[sort]
        rows.sort(key=key, reverse=reverse)
        for row in rows:  # counts in column order, for the table and the map's tooltips
            row["cells"] = [
                (label, row["counts"][source], list_urls[source]) for source, label in sources
            ]
        world = load_world_map()
        context.update(
            rows=rows,
            sources=sources,
            sort=sort,
            world=world,
            map_size=world.size if world else None,
            shades=self.legend(),
            totals=[sum(row["counts"][key] for row in rows) for key, _label in sources],
        )
        return context

    @staticmethod
    def legend():
        """[(label, css class)]: "1", "2–3", "4–7", "8–15", "16 or more" (a word, not "16+",
        which a right-to-left line shows as "+16"), with the digits Arabic pages use."""
        items = []
        for index, (low, css, _fill) in enumerate(MAP_SHADES):
            if index + 1 < len(MAP_SHADES):
                high = MAP_SHADES[index + 1][0] - 1
                label = str(low) if high == low else f"{low}–{high}"
            else:
                label = gettext("%(count)s or more") % {"count": low}
            items.append((localize_digits(label), css))
        return items


def map_fills(world, rows):
    """[(path data, fill or None)] for every shape of the map: a country with a total is
    filled with its shade, the others keep the map's blank fill (None). Shaded countries come
    last, so their outline is drawn above their neighbours'."""
    totals = {row["code"]: row["total"] for row in rows}
    shapes = []
    for code, data in world.shapes.items():
        total = totals.get(code)
        fill = (
            next((f for low, _c, f in reversed(MAP_SHADES) if total >= low), None)
            if total
            else None
        )
        shapes.append((data, fill))
    shapes.sort(key=lambda shape: shape[1] is not None)
    return shapes


def country_map(request):
    """The world map of the countries page as an SVG image of its own (about 100 KB of
    outlines, kept out of the page's HTML and cached apart): countries with partners or other
    counts shaded by their total, as the legend on the page says."""
    world = load_world_map()
    if world is None:
        raise Http404("The country shapes are not installed.")
    return render(
        request,
        "partners/world_map.svg",
        {"world": world, "shapes": map_fills(world, country_rows()), "blank": BLANK_FILL},
        content_type="image/svg+xml; charset=utf-8",
    )
