"""Cached fragments in templates (intloffice/fragments.py says what a key holds).

``{% fragments items "news/includes/article_card.html" "article" %}`` renders the card once per
item, reading every cached card of the list in one cache round trip. A card is kept under its
item's own version (``updated_at``, which every save stamps) and the versions of its app's
other models (an article's category, a visit's people and photos), so saving one article
renders that article's card anew and keeps the others; a card shows no other row of its
item's own model. ``apps="partners"`` names the other apps whose content the card shows, and
keyword arguments reach the card's template (``heading_level=3``) and its key; ``eager=1``
loads the first card's picture at once. Given ``fragments.Cards`` (a query set read without
its ``prefetch_related``), the related rows are read for the cards drawn alone.

``{% fragment "footer" apps="news" vary=request.path %}…{% endfragment %}`` keeps any piece of a
template the same way; ``when=value`` keeps it only while the value is true. ``{% page_key as key %}`` names the page
as the page cache does (scheme, host, path and the query parameters the view declares), or is
empty when the request carries any other parameter: the key of the parts of the page shell
that depend on the address (``<head>`` links, the language switch), which cannot be flooded.
"""

from django import template

from ..cache import cache_key
from ..fragments import Cards, assemble, cached, item_key

register = template.Library()


def _labels(apps):
    return tuple(apps.split()) if apps else ()


@register.simple_tag(takes_context=True)
def fragments(context, items, template_name, name, apps="", eager=0, **extra):
    """Every item of ``items`` rendered with ``template_name`` (the item as ``name``). The
    card's template reads ``lazy``: false for the first ``eager`` items (a list's first
    picture is its largest paint on a phone: not lazily loaded), true after."""
    card = context.template.engine.get_template(template_name)
    labels = _labels(apps)

    def piece(index, item):
        lazy = index >= eager

        def render():
            with context.push(**{name: item, "lazy": lazy, **extra}):
                return card.render(context)

        own, identity = item_key(item)
        return (template_name, render, (*own, *labels), (*identity, lazy, sorted(extra.items())))

    prepare = None
    if isinstance(items, Cards):

        def prepare(indexes, cards=items):
            cards.prepare([cards[index] for index in indexes], context.get("request"))

    pieces = [piece(index, item) for index, item in enumerate(items)]
    return assemble(context.get("request"), pieces, prepare)


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, apps, vary, when):
        self.nodelist, self.name, self.apps, self.vary, self.when = nodelist, name, apps, vary, when

    def render(self, context):
        if self.when is not None and not self.when.resolve(context):
            return self.nodelist.render(context)
        apps = _labels(self.apps.resolve(context)) if self.apps else ()
        return cached(
            context.get("request"),
            self.name.resolve(context),
            lambda: self.nodelist.render(context),
            apps,
            [value.resolve(context) for value in self.vary],
        )


@register.tag
def fragment(parser, token):
    """{% fragment "name" [apps="a b"] [vary=value ...] [when=value] %}…{% endfragment %}
    (``when`` false: rendered every time, e.g. a form showing what a visitor typed)."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name")
    name, apps, vary, when = parser.compile_filter(bits[1]), None, [], None
    for bit in bits[2:]:
        keyword, _, value = bit.partition("=")
        if keyword == "apps" and value:
            apps = parser.compile_filter(value)
        elif keyword == "when" and value:
            when = parser.compile_filter(value)
        elif keyword == "vary" and value:
            vary.append(parser.compile_filter(value))
        else:
            raise template.TemplateSyntaxError(f"{{% fragment %}}: unknown argument {bit!r}")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, name, apps, vary, when)


@register.simple_tag(takes_context=True)
def page_key(context):
    """The page cache's key of this request (cache.cache_key), "" when the request holds a
    parameter its view does not declare (then the shell is drawn every time, never kept)."""
    request = context.get("request")
    if request is None:
        return ""
    found = getattr(request, "_intloffice_page_key", None)
    if found is None:
        key, only_declared = cache_key(request)
        found = request._intloffice_page_key = key if key and only_declared else ""
    return found
