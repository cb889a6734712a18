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
        plugins.journeys.register(
            "partners.agreements",
            audience="partners",
            label=_("Agreements in force"),
            url="partners:agreement_list",
            query={"status": "active"},
            order=20,
        )
        plugins.journeys.register(
            "partners.by_country",
            audience="partners",
            label=_("Our partners by country"),
            url="partners:country_list",
            order=30,
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

        from . import figures

        for key, chart, order in (
            ("partners.by_region", figures.partners_by_region, 10),
            ("partners.by_kind", figures.partners_by_kind, 11),
            ("partners.agreements_by_kind", figures.agreements_in_force_by_kind, 20),
            ("partners.agreements_per_year", figures.agreements_per_year, 21),
        ):
            plugins.figures.register(key, chart=chart, order=order)
        plugins.sections("annual_report").register(
            "partners.agreements",
            title=_("Agreements signed"),
            template="partners/includes/report_agreements.html",
            context=figures.report_agreements,
            order=20,
        )
        plugins.dashboard.register(
            "partners.without_scan",
            label=_("Agreements without a signed copy"),
            count=figures.agreements_without_scan,
            url="admin:partners_agreement_changelist",
            query="scan=no",
            permission="partners.view_agreement",
            order=10,
        )
        plugins.dashboard.register(
            "partners.inactive",
            label=_("Partners without any activity for three years"),
            count=figures.inactive_partners,
            url="admin:partners_partner_changelist",
            query="activity=none",
            permission="partners.view_partner",
            order=20,
        )
