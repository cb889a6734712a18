"""Site shell: home, an office page, contact."""

from django.core.management import call_command

PAGES = {
    "home (ar)": ("/ar/", 30),
    "office page (en)": ("/en/about/vision-mission-objectives/", 30),
    "contact (ar)": ("/ar/contact/", 30),
}


def prepare():
    call_command("seed_demo", verbosity=0)
