from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VisitsConfig(AppConfig):
    name = "visits"
    verbose_name = _("Visits and delegations")

    def ready(self):
        from intloffice import plugins

        from . import blocks

        plugins.home.register(
            "visits.figures",
            template="visits/includes/figures.html",
            context=blocks.home_figures,
            # what the numbers read: not a visit's title, a person's name nor a photo
            models=("visits.visit:figures", "visits.person:figures", "visits.visitparticipant"),
            order=35,
        )
        plugins.home.register(
            "visits.recent",
            template="visits/includes/recent.html",
            context=blocks.recent,
            order=50,
        )
        plugins.sections("partner").register(
            "visits.of_partner",
            template="visits/includes/recent.html",
            context=blocks.partner_visits,
            order=20,
        )
        plugins.sections("agreement").register(
            "visits.signed_during",
            template="visits/includes/agreement_visit.html",
            context=blocks.agreement_visit,
            queryset=blocks.with_signing_visit,
            order=20,
        )
        plugins.country_counts.register(
            "visits",
            label=_("Visits"),
            counts=blocks.counts_by_country,
            list_url="visits:visit_list",
            order=20,
        )
        from .models import Person, Visit, VisitParticipant
        from .sitemaps import VisitListSitemap, VisitSitemap

        plugins.sitemaps.register("visit-lists", sitemap=VisitListSitemap, order=40)
        plugins.sitemaps.register("visits", sitemap=VisitSitemap, order=41)

        plugins.search.register(
            "visits.visit",
            model=Visit,
            label=_("Visits and delegations"),
            title="title",
            text=("summary", "body"),
            extra=blocks.visit_search_words,
            date="starts_on",
            prepare=blocks.visits_for_search,
            depends={
                VisitParticipant: blocks.visit_of_participation,
                Person: blocks.visits_of_person,
            },
            list_url="visits:visit_list",
            order=40,
        )

        from . import figures

        plugins.figures.register("visits.per_year", chart=figures.visits_per_year, order=30)
        plugins.figures.register(
            "visits.visitors_by_category", chart=figures.visitors_by_category, order=31
        )
        plugins.sections("annual_report").register(
            "visits.visits",
            title=_("Visits and delegations"),
            template="visits/includes/report_visits.html",
            context=figures.report_visits,
            order=30,
        )
        plugins.partner_activity.register(
            "visits.hosted", partners_active_since=figures.hosts_since
        )
        plugins.partner_activity.register(
            "visits.people", partners_active_since=figures.organisations_since
        )
        plugins.dashboard.register(
            "visits.without_photos",
            label=_("Visits without photos"),
            count=figures.visits_without_photos,
            url="admin:visits_visit_changelist",
            query="photos=none",
            permission="visits.view_visit",
            order=30,
        )
        plugins.dashboard.register(
            "visits.without_arabic",
            label=_("Visits without an Arabic text"),
            count=figures.visits_without_arabic,
            url="admin:visits_visit_changelist",
            query="arabic=missing",
            permission="visits.view_visit",
            order=31,
        )
