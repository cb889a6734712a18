"""What partners adds to pages it does not own, through the plug-in seam (intloffice/plugins.py):
the home page's figures and the partners column of the countries page. Registered in
``PartnersConfig.ready()``."""

from django.db.models import Count

from .models import Agreement, Membership, Partner


def home_figures(request):
    """Partners, their countries, agreements in force and current memberships (3 queries);
    nothing while no partner is published."""
    partners = Partner.objects.published().aggregate(
        partners=Count("pk"), countries=Count("country", distinct=True)
    )
    if not partners["partners"]:
        return None
    return {
        "partner_count": partners["partners"],
        "country_count": partners["countries"],
        "agreement_count": Agreement.objects.published().public().in_force().count(),
        "membership_count": Membership.objects.of_published_partners().current().count(),
    }


def counts_by_country():
    """{country code: published partners} (one query)."""
    rows = (
        Partner.objects.published()
        .order_by()
        .values("country")
        .annotate(n=Count("pk"))
        .values_list("country", "n")
    )
    return {code: n for code, n in rows if code}


# --- the search (intloffice/search.py) -----------------------------------------------------


def partner_search_words(partner):
    """More words to find a partner by: its short names and cities in every language."""
    return " ".join(
        str(getattr(partner, f"{field}_{code}", "") or "")
        for field in ("short_name", "city")
        for code in ("ar", "en")
    )


def agreement_search_words(agreement):
    """The partners' names, in every language (prefetched by ``agreements_for_search``)."""
    return " ".join(f"{partner.name_ar} {partner.name_en}" for partner in agreement.partners.all())


def agreements_for_search(queryset):
    return queryset.prefetch_related("partners")


def public_agreements(queryset):
    return queryset.public()


def agreements_of_partner(partner):
    """The agreements whose index entry shows ``partner``'s name."""
    return partner.agreements.values_list("pk", flat=True)
