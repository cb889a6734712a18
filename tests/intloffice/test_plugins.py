"""The plug-in seam (intloffice/plugins.py): shared pages render what the apps registered, in
the declared order, and an app that registers a block needs nothing else to appear."""

import copy
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings as project_settings

from intloffice import plugins
from tests.exhibitions.factories import ExhibitionFactory
from tests.factories import PageFactory
from tests.news.factories import ArticleFactory, PublicationFactory, StatementFactory
from tests.opportunities.factories import OpportunityFactory, StudentAbroadFactory
from tests.partners.factories import AgreementFactory, MembershipFactory, PartnerFactory
from tests.visits.factories import full_visit

pytestmark = pytest.mark.django_db

THROWAWAY = (
    '<section class="throwaway" data-key="{{ key }}"><h2>{{ heading }}</h2>'
    "<p>{{ about }}</p></section>"
)


@pytest.fixture
def throwaway_template(settings, tmp_path):
    """A template of a would-be app, outside the project's template folders."""
    folder = tmp_path / "templates"
    (folder / "throwaway").mkdir(parents=True)
    (folder / "throwaway" / "block.html").write_text(THROWAWAY)
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [*templates[0]["DIRS"], folder]
    settings.TEMPLATES = templates
    return "throwaway/block.html"


@pytest.fixture
def registered(throwaway_template):
    """Register throwaway entries for the test; unregister them whatever happens."""
    added = []

    def register(slot, key, **options):
        slot.register(key, template=throwaway_template, **options)
        added.append((slot, key))

    yield register
    for slot, key in added:
        slot.unregister(key)
    assert "throwaway" not in plugins.home and "throwaway" not in plugins.sections("partner")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_registered_home_block_and_partner_section_appear_on_their_pages(
    client, site, registered, lang
):
    partner = PartnerFactory(slug="cedar", name_en="Cedar University", name_ar="جامعة الأرز")
    registered(
        plugins.home,
        "throwaway",
        context=lambda request: {"key": "home", "heading": "Exhibitions", "about": request.path},
        order=35,
    )
    registered(
        plugins.sections("partner"),
        "throwaway",
        context=lambda obj, request: {"key": "partner", "heading": "Events", "about": obj.name},
        order=30,
    )
    home = client.get(f"/{lang}/").content.decode()
    assert f'<section class="throwaway" data-key="home"><h2>Exhibitions</h2><p>/{lang}/</p>' in home
    page = client.get(f"/{lang}/partners/cedar/").content.decode()
    name = getattr(partner, f"name_{lang}")
    assert f'data-key="partner"><h2>Events</h2><p>{name}</p></section>' in page


def test_a_block_whose_context_is_none_shows_nothing(client, site, registered):
    registered(plugins.home, "throwaway", context=lambda request: None, order=1)
    registered(plugins.sections("partner"), "throwaway", context=lambda obj, request: None, order=1)
    PartnerFactory(slug="cedar")
    for path in ("/en/", "/en/partners/cedar/"):
        response = client.get(path)
        assert response.status_code == 200
        assert "throwaway" not in response.content.decode()


HOME_HEADINGS = [
    ("journeys-title", "intloffice.journeys", 5),
    ("upcoming-events-title", "exhibitions.upcoming", 15),
    ("closing-soon-title", "opportunities.closing_soon", 20),
    ("home-news-title", "news.latest", 25),
    ("home-statement-title", "news.statement_and_issue", 30),
    ("home-magazine-title", "news.statement_and_issue", 30),
    ("visits-figures-title", "visits.figures", 35),
    ("office-pages-title", "intloffice.office_pages", 40),
    ("recent-visits-title", "visits.recent", 50),
    ("partner-figures-title", "partners.figures", 60),
    ("scholars-abroad-title", "opportunities.scholars_abroad", 70),
]


def test_the_home_page_renders_every_app_block_in_declared_order(client, site, registered):
    PageFactory()
    ArticleFactory()
    StatementFactory()
    PublicationFactory(kind="magazine")
    partner = PartnerFactory()
    AgreementFactory(partners=[partner])
    MembershipFactory(partner=partner)
    full_visit(host_partner=partner, photos=0)
    OpportunityFactory(provider_partner=partner)
    StudentAbroadFactory.create_batch(3, host_institution=partner)
    ExhibitionFactory()
    registered(plugins.home, "first", context=lambda request: {"key": "first"}, order=0)
    registered(plugins.home, "last", context=lambda request: {"key": "last"}, order=1000)
    assert [(entry.key, entry.order) for entry in plugins.home] == [
        ("first", 0),
        *dict.fromkeys((key, order) for _id, key, order in HOME_HEADINGS),
        ("last", 1000),
    ]
    html = client.get("/en/").content.decode()
    shown = re.findall(
        r'<section class="home-section[^"]*" aria-labelledby="([\w-]+)"|data-key="(first|last)"',
        html,
    )
    assert [label or key for label, key in shown] == [
        "first",
        *(label for label, _key, _order in HOME_HEADINGS),
        "last",
    ]


def test_sections_of_a_partner_page_follow_their_order(client, site, registered):
    partner = PartnerFactory(slug="cedar")
    full_visit(host_partner=partner, photos=0)
    ArticleFactory().related_partners.add(partner)
    registered(
        plugins.sections("partner"),
        "throwaway",
        context=lambda obj, request: {"key": "between"},
        order=30,  # after the visits (20), before the news (50)
    )
    html = client.get("/en/partners/cedar/").content.decode()
    assert (
        html.index('id="recent-visits-title"')
        < html.index('data-key="between"')
        < html.index('id="news-about-title"')
    )


def test_registering_needs_what_the_page_renders():
    with pytest.raises(TypeError, match="needs context"):
        plugins.home.register("broken", template="x.html")
    with pytest.raises(TypeError, match="needs counts, list_url"):
        plugins.country_counts.register("broken", label="Broken")
    assert "broken" not in plugins.home and "broken" not in plugins.country_counts


def test_no_template_loads_another_apps_tag_library():
    """An app's tag library serves that app's own templates (``templates/<app>/``); only the
    site-wide app's libraries (intloffice_tags, intloffice_media) are for every template."""
    base = Path(project_settings.BASE_DIR)
    owners = {}
    for config in apps.get_app_configs():
        folder = Path(config.path) / "templatetags"
        if Path(config.path).parent == base and config.label != "intloffice":
            owners.update({module.stem: config.label for module in folder.glob("[!_]*.py")})
    assert owners == {"partners_tags": "partners"}
    for path in (base / "templates").rglob("*.*"):
        folder = path.relative_to(base / "templates").parts[0]
        for line in re.findall(r"{% load ([^%]+)%}", path.read_text()):
            for library in line.split():
                assert owners.get(library, folder) == folder, f"{path} loads {library}"
