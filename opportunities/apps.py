from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    name = "opportunities"
    verbose_name = _("Opportunities and students abroad")

    def ready(self):
        from intloffice import plugins
        from partners.models import Partner

        from . import blocks
        from .models import Opportunity
        from .sitemaps import OpportunityListSitemap, OpportunitySitemap

        # A deadline turns an opportunity "closed" on its list, card and page, at its hour.
        plugins.moments.register(
            "opportunities.deadlines",
            moments=lambda now: (
                Opportunity.objects.published()
                .filter(deadline__gt=now)
                .values_list("deadline", flat=True)
            ),
        )
        plugins.home.register(
            "opportunities.closing_soon",
            template="opportunities/includes/closing_soon.html",
            context=blocks.closing_soon,
            # Kept like every block: its key carries the local date (an opportunity opens on a
            # day) and no fragment outlives the next deadline (the moments above).
            order=20,
        )
        for key, label, url, query, order in (
            ("study_abroad", _("Study abroad"), "opportunity_list", {"audience": "students"}, 10),
            ("scholarships", _("Scholarships"), "opportunity_list", {"kind": "scholarship"}, 20),
            ("exchange", _("Exchange programmes"), "opportunity_list", {"kind": "exchange"}, 30),
            ("exchange_partners", _("Exchange partners"), "exchange", None, 40),
        ):
            plugins.journeys.register(
                f"opportunities.{key}",
                audience="students",
                label=label,
                url=f"opportunities:{url}",
                query=query,
                order=order,
            )
        plugins.home.register(
            "opportunities.scholars_abroad",
            template="opportunities/includes/scholars_abroad.html",
            context=blocks.scholars_abroad,
            order=70,
        )
        plugins.sections("partner").register(
            "opportunities.of_partner",
            template="opportunities/includes/partner_opportunities.html",
            context=blocks.partner_opportunities,
            order=40,
        )
        plugins.feeds.register(
            "opportunities.new",
            title=_("Opportunities (RSS)"),
            url="opportunities:opportunity_feed",
            order=30,
        )
        plugins.sitemaps.register("opportunity-lists", sitemap=OpportunityListSitemap, order=70)
        plugins.sitemaps.register("opportunities", sitemap=OpportunitySitemap, order=71)
        # Opportunities only: students abroad are never in the search (nor anywhere public).
        plugins.search.register(
            "opportunities.opportunity",
            model=Opportunity,
            label=_("Opportunities"),
            title="title",
            text=("summary", "description", "eligibility", "how_to_apply"),
            extra=blocks.opportunity_search_words,
            prepare=blocks.opportunities_for_search,
            depends={Partner: blocks.opportunities_of_partner},
            date="deadline",
            list_url="opportunities:opportunity_list",
            order=80,
        )

        from . import figures

        plugins.figures.register(
            "opportunities.per_year", chart=figures.opportunities_per_year, order=50
        )
        plugins.figures.register(
            "opportunities.scholars_by_degree", chart=figures.scholars_by_degree, order=60
        )
        plugins.figures.register(
            "opportunities.scholars_by_region", chart=figures.scholars_by_region, order=61
        )
        plugins.partner_activity.register(
            "opportunities.providers", partners_active_since=figures.providers_since
        )
        plugins.dashboard.register(
            "opportunities.open",
            label=_("Open opportunities (deadlines to come)"),
            count=figures.open_opportunities,
            url="admin:opportunities_opportunity_changelist",
            query="state=open",
            permission="opportunities.view_opportunity",
            order=50,
        )
