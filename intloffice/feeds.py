"""The base of every RSS feed of the site (imports no app): texts in the language of the URL
prefix, the site settings naming the office."""

from django.contrib.syndication.views import Feed

from .models import SiteSettings


class LocalizedFeed(Feed):
    """Texts in the language of the URL prefix; the site settings name the office.

    The feed object is shared by every request, so nothing is stored on it: the site settings
    travel as the feed's ``obj``.
    """

    def get_object(self, request, *args, **kwargs):
        return SiteSettings.get_solo()

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at
