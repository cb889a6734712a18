from axes.apps import AppConfig as BaseAxesConfig
from dbbackup.signals import post_media_restore, post_restore
from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def create_cache_tables(using="default", verbosity=1, **kwargs):
    """``migrate`` creates the database cache's tables (the shared cache without Redis)."""
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=max(verbosity - 1, 0))


class IntlofficeConfig(AppConfig):
    name = "intloffice"
    verbose_name = _("Site and office pages")

    def ready(self):
        from . import (  # noqa: F401  (content-version signals, bidi stripping, checks)
            cache,
            checks,
            hygiene,
        )
        from .blocks import journeys, office_pages
        from .countries import use_site_collation
        from .plugins import home
        from .plugins import journeys as journey_links
        from .roles import reapply_roles

        use_site_collation()
        post_migrate.connect(create_cache_tables, sender=self, dispatch_uid="intloffice-cache")
        # A restored database or media: pages cached before it are stale.
        post_restore.connect(cache.bump_content_version, dispatch_uid="intloffice-restore")
        post_media_restore.connect(
            cache.bump_content_version, dispatch_uid="intloffice-media-restore"
        )
        post_migrate.connect(reapply_roles, sender=self, dispatch_uid="intloffice-staff-roles")
        # The home page (issue 16): the entry points by audience first, then events and
        # deadlines (15-20), news (25-30), visits in figures (35), the office's pages (40), ...
        home.register(
            "intloffice.journeys",
            template="intloffice/includes/journeys.html",
            context=journeys,
            order=5,
        )
        home.register(
            "intloffice.office_pages",
            template="intloffice/includes/office_pages.html",
            context=office_pages,
            order=40,
        )
        journey_links.register(
            "intloffice.partner_with_us",
            audience="partners",
            label=_("Partner with us"),
            url="intloffice:contact",
            order=10,
        )
        journey_links.register(
            "intloffice.press_contacts",
            audience="media",
            label=_("Press contacts"),
            url="intloffice:contact",
            fragment="office-details",
            order=90,
        )
        from . import search
        from .models import Page
        from .plugins import search as search_groups

        search.connect()
        from .plugins import sitemaps as sitemap_sections
        from .sitemaps import PageSitemap, StaticViewSitemap

        sitemap_sections.register("site", sitemap=StaticViewSitemap, order=10)
        sitemap_sections.register("pages", sitemap=PageSitemap, order=20)
        search_groups.register(
            "intloffice.page",
            model=Page,
            label=_("Office pages"),
            title="title",
            text=("summary", "body"),
            date=None,
            order=10,
        )


class OfficeAdminConfig(AdminConfig):
    default_site = "intloffice.admin_site.OfficeAdminSite"


class AxesConfig(BaseAxesConfig):
    """django-axes with a translated heading in the admin (its own reads "Axes")."""

    verbose_name = _("Sign-in attempts")
