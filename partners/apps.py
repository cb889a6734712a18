from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partners and agreements")

    def ready(self):
        from intloffice import plugins

        from . import blocks

        plugins.home.register(
            "partners.figures",
            template="partners/includes/home_figures.html",
            context=blocks.home_figures,
            order=60,
        )
        plugins.country_counts.register(
            "partners",
            label=_("Partners"),
            counts=blocks.counts_by_country,
            list_url="partners:partner_list",
            order=10,
        )
