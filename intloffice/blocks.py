"""What the site-wide app itself adds to the home page through the plug-in seam
(intloffice/plugins.py): the office's own pages. Registered in ``IntlofficeConfig.ready()``."""

from .models import Page

OFFICE_PAGES_ON_HOME = 6


def office_pages(request):
    """Published office pages, in their set order (one query); nothing while there is none."""
    pages = list(Page.objects.published().order_by("order", "pk")[:OFFICE_PAGES_ON_HOME])
    return {"pages": pages} if pages else None
