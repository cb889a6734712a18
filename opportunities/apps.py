from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    name = "opportunities"
    verbose_name = _("Opportunities and students abroad")

    def ready(self):
        from intloffice import plugins

        from . import blocks

        plugins.home.register(
            "opportunities.closing_soon",
            template="opportunities/includes/closing_soon.html",
            context=blocks.closing_soon,
            order=35,
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
