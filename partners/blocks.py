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
