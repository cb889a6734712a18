from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExhibitionsConfig(AppConfig):
    name = "exhibitions"
    verbose_name = _("Exhibitions and events")

    def ready(self):
        from intloffice import plugins

        from . import blocks

        plugins.home.register(
            "exhibitions.upcoming",
            template="exhibitions/includes/upcoming.html",
            context=blocks.upcoming,
            order=45,
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
