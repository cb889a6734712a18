"""{% picture %}: every public image goes through this tag (media issue extends it)."""

import logging

from django import template
from django.utils.html import format_html

register = template.Library()
logger = logging.getLogger(__name__)


@register.simple_tag
def picture(image, alt="", css_class="", lazy=True, sizes="100vw"):
    """An <img> with width, height, alt and lazy loading; nothing when the file is missing."""
    if not image:
        return ""
    try:
        width, height = image.width, image.height
    except (OSError, ValueError):
        logger.warning("Image file missing or unreadable: %s", getattr(image, "name", image))
        return ""
    return format_html(
        '<img src="{}" alt="{}" width="{}" height="{}"{}{}>',
        image.url,
        alt,
        width,
        height,
        format_html(' class="{}"', css_class) if css_class else "",
        format_html(' loading="lazy" decoding="async"') if lazy else "",
    )
