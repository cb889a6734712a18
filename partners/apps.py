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
        from .models import Agreement, Partner
        from .sitemaps import AgreementSitemap, PartnerListsSitemap, PartnerSitemap

        plugins.sitemaps.register("partner-lists", sitemap=PartnerListsSitemap, order=30)
        plugins.sitemaps.register("partners", sitemap=PartnerSitemap, order=31)
        plugins.sitemaps.register("agreements", sitemap=AgreementSitemap, order=32)

        plugins.search.register(
            "partners.partner",
            model=Partner,
            label=_("Partners"),
            title="name",
            text=("description",),
            extra=blocks.partner_search_words,
            date=None,
            list_url="partners:partner_list",
            order=20,
        )
        plugins.search.register(
            "partners.agreement",
            model=Agreement,
            label=_("Agreements"),
            title="title",
            text=("summary", "signatories"),
            extra=blocks.agreement_search_words,
            date="signed_on",
            public=blocks.public_agreements,
            prepare=blocks.agreements_for_search,
            depends={Partner: blocks.agreements_of_partner},
            list_url="partners:agreement_list",
            order=30,
        )
