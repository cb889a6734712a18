from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VisitsConfig(AppConfig):
    name = "visits"
    verbose_name = _("Visits and delegations")

    def ready(self):
        # The countries page (partners) counts visits per country too, linking to our list.
        from partners.countries import register_count_source

        from .models import Visit

        register_count_source(
            "visits",
            _("Visits"),
            lambda: Visit.objects.published().counts_by_country(),
            "visits:visit_list",
        )
