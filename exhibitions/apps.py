from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExhibitionsConfig(AppConfig):
    name = "exhibitions"
    verbose_name = _("Exhibitions and events")

    def ready(self):
        from intloffice import plugins

        from . import blocks
        from .models import Exhibition
        from .sitemaps import ExhibitionListSitemap, ExhibitionSitemap

        plugins.home.register(
            "exhibitions.upcoming",
            template="exhibitions/includes/upcoming.html",
            context=blocks.upcoming,
            order=15,
        )
        plugins.sections("partner").register(
            "exhibitions.of_partner",
            template="exhibitions/includes/upcoming.html",
            context=blocks.partner_events,
            order=30,
        )
        plugins.country_counts.register(
            "exhibitions",
            label=_("Events"),
            counts=blocks.counts_by_country,
            list_url="exhibitions:exhibition_list",
            order=30,
        )
        plugins.sitemaps.register("exhibition-lists", sitemap=ExhibitionListSitemap, order=45)
        plugins.sitemaps.register("exhibitions", sitemap=ExhibitionSitemap, order=46)
        # The post-event report (achievements, contacts made) may be internal: not searched.
        plugins.search.register(
            "exhibitions.exhibition",
            model=Exhibition,
            label=_("Events"),
            title="title",
            text=("summary", "description"),
            extra=blocks.exhibition_search_words,
            date="starts_on",
            list_url="exhibitions:exhibition_list",
            order=45,
        )

        from . import figures

        plugins.figures.register("exhibitions.per_year", chart=figures.events_per_year, order=40)
        plugins.sections("annual_report").register(
            "exhibitions.events",
            title=_("Events"),
            template="exhibitions/includes/report_events.html",
            context=figures.report_events,
            order=40,
        )
        plugins.partner_activity.register(
            "exhibitions.partners", partners_active_since=figures.partners_since
        )
        plugins.dashboard.register(
            "exhibitions.upcoming",
            label=_("Upcoming and ongoing events"),
            count=figures.upcoming_events,
            url="admin:exhibitions_exhibition_changelist",
            query="when=upcoming",
            permission="exhibitions.view_exhibition",
            order=40,
        )
