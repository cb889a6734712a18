"""The public opportunities list, an opportunity's page, the exchange page, the feed, the
sitemap and the blocks other pages show — in both languages, with bad input."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from intloffice.models import Digits, SiteSettings
from intloffice.publishing import Status
from opportunities.models import Audience, OpportunityKind
from partners.models import AgreementKind
from tests.partners.factories import AgreementFactory, PartnerFactory
from tests.partners.factories import days as partner_days
from tests.sitemaps import sitemap_locations

from .factories import OpportunityFactory, StudentAbroadFactory, days, deadline_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def calls(site):
    partner = PartnerFactory(slug="lyon", name_en="Lyon School", name_ar="مدرسة ليون")
    return {
        "soon": OpportunityFactory(slug="soon", title_en="Soon call", deadline=deadline_in(3)),
        "today": OpportunityFactory(
            slug="today", title_en="Today call", kind=OpportunityKind.TRAINING,
            audience=Audience.STAFF, deadline=deadline_in(0, 23, 59),
        ),
        "later": OpportunityFactory(
            slug="later", title_en="Later call", kind=OpportunityKind.FUNDING_CALL,
            audience=Audience.FACULTY, deadline=deadline_in(40), provider_partner=partner,
            provider_name_en="", provider_name_ar="",
        ),
        "one": OpportunityFactory(slug="one", title_en="One day call", deadline=deadline_in(1)),
        "upcoming": OpportunityFactory(
            slug="upcoming", title_en="Upcoming call", kind=OpportunityKind.EXCHANGE,
            opens_on=days(5), deadline=deadline_in(30),
        ),
        "closed": OpportunityFactory(
            slug="closed", title_en="Closed call", opens_on=days(-30), deadline=deadline_in(-2)
        ),
        "draft": OpportunityFactory(slug="draft", title_en="Draft call", status=Status.DRAFT),
        "partner": partner,
    }  # fmt: skip


def slugs_in(html):
    """The opportunities linked in the page's content (not the feed link in <head>)."""
    found = re.findall(r'href="/(?:ar|en)/opportunities/([a-z0-9-]+)/"', html)
    return [slug for slug in found if slug != "feed"]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_list_shows_open_first_by_deadline_then_upcoming_and_hides_closed(client, calls, lang):
    response = client.get(f"/{lang}/opportunities/")
    assert response.status_code == 200
    html = response.content.decode()
    shown = list(dict.fromkeys(slugs_in(html)))
    assert shown == ["today", "one", "soon", "later", "upcoming"]
    assert "draft" not in shown and "closed" not in shown


def test_list_wording_in_english(client, calls):
    html = client.get("/en/opportunities/").content.decode()
    assert "Closes today" in html
    assert "1 day left" in html and "3 days left" in html and "40 days left" in html
    assert "Opens on" in html
    assert "5 opportunities" in html
    assert 'href="/en/partners/lyon/"' in html  # the provider partner is linked
    assert "Example Foundation" in html  # a provider named in text


def test_list_wording_in_arabic_uses_the_plural_forms(client, calls):
    html = client.get("/ar/opportunities/").content.decode()
    assert "يُغلق اليوم" in html
    assert "بقي يوم واحد" in html  # one
    assert "بقيت ٣ أيام" in html or "بقيت 3 أيام" in html  # few (3–10)
    assert "بقي ٤٠ يومًا" in html or "بقي 40 يومًا" in html  # many (11–99)
    assert "Closes today" not in html


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_filters_by_kind_audience_and_status(client, calls, lang):
    url = f"/{lang}/opportunities/"
    assert set(slugs_in(client.get(f"{url}?kind=training").content.decode())) == {"today"}
    assert set(slugs_in(client.get(f"{url}?audience=faculty").content.decode())) == {"later"}
    assert set(slugs_in(client.get(f"{url}?status=upcoming").content.decode())) == {"upcoming"}
    assert set(slugs_in(client.get(f"{url}?status=open").content.decode())) == {
        "today", "one", "soon", "later",
    }  # fmt: skip
    closed = client.get(f"{url}?status=closed").content.decode()
    assert set(slugs_in(closed)) == {"closed"}
    assert 'class="badge badge-expired"' in closed


def test_closed_list_shows_the_most_recently_closed_first(client, calls):
    OpportunityFactory(slug="long-closed", opens_on=days(-90), deadline=deadline_in(-60))
    html = client.get("/en/opportunities/?status=closed").content.decode()
    assert list(dict.fromkeys(slugs_in(html))) == ["closed", "long-closed"]


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize(
    "query", ["kind=bogus", "audience=everyone", "status=archived", "kind=%00", "status[]=x"]
)
def test_unknown_filter_values_answer_400_with_a_message(client, calls, lang, query):
    response = client.get(f"/{lang}/opportunities/?{query}")
    if query == "status[]=x":  # an unknown parameter is ignored
        assert response.status_code == 200
        return
    assert response.status_code == 400
    if "%00" in query:  # refused before the view, with its own message
        return
    html = response.content.decode()
    assert 'class="field-error"' in html
    assert not slugs_in(html)


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "١", "1.5"])
def test_any_page_value_shows_a_page(client, calls, lang, page):
    response = client.get(f"/{lang}/opportunities/?page={page}")
    assert response.status_code == 200
    assert "soon" in slugs_in(response.content.decode())


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_detail_shows_everything_a_visitor_needs(client, calls, lang):
    response = client.get(f"/{lang}/opportunities/later/")
    assert response.status_code == 200
    html = response.content.decode()
    opportunity = calls["later"]
    assert getattr(opportunity, f"title_{lang}") in html
    for field in ("description", "eligibility", "how_to_apply"):
        assert getattr(opportunity, f"{field}_{lang}") in html
    assert 'href="https://example.org/call"' in html
    assert f'href="/{lang}/partners/lyon/"' in html
    # The deadline with its time zone, machine-readable with the offset.
    local = timezone.localtime(opportunity.deadline)
    assert f'datetime="{local.replace(microsecond=0).isoformat()}"' in html
    assert "Asia/Gaza" in html
    assert "23:59" in html or "٢٣:٥٩" in html


def test_related_opportunities_are_open_or_upcoming_of_the_same_kind_audience_or_provider(
    client, calls
):
    html = client.get("/en/opportunities/soon/").content.decode()
    related = html.split('id="related-title"')[1].split("</section>")[0]
    assert set(slugs_in(related)) == {"one", "upcoming", "today"} - {"today"}
    html = client.get("/en/opportunities/later/").content.decode()
    assert 'id="related-title"' not in html  # nothing shares its kind, audience or provider


def test_detail_in_arabic_uses_arabic_wording(client, calls):
    html = client.get("/ar/opportunities/later/").content.decode()
    assert "من يحق له التقديم" in html and "طريقة التقديم" in html and "الموعد النهائي" in html


@pytest.mark.parametrize(
    ("lang", "wording"),
    [("en", "This opportunity is closed."), ("ar", "أُغلق باب التقديم لهذه الفرصة.")],
)
def test_a_closed_opportunity_stays_reachable_and_says_so(client, calls, lang, wording):
    response = client.get(f"/{lang}/opportunities/closed/")
    assert response.status_code == 200
    html = response.content.decode()
    assert wording in html
    assert "badge-expired" in html


def test_drafts_and_scheduled_are_404_for_visitors(client, calls):
    scheduled = OpportunityFactory(
        slug="scheduled", published_at=timezone.now() + datetime.timedelta(days=2)
    )
    for slug in ("draft", scheduled.slug):
        assert client.get(f"/en/opportunities/{slug}/").status_code == 404


def test_staff_preview_a_draft(calls, staff_client):
    response = staff_client.get("/ar/opportunities/draft/")
    assert response.status_code == 200
    assert "draft-banner" in response.content.decode()


def test_unknown_slug_is_404(client, calls):
    assert client.get("/en/opportunities/no-such-call/").status_code == 404
    assert client.get("/ar/opportunities/%D9%85%D9%86%D8%AD%D8%A9/").status_code == 404


def _exchange_data():
    with_students = PartnerFactory(
        slug="merapi", name_en="Merapi University", name_ar="جامعة ميرابي"
    )
    with_staff = PartnerFactory(slug="lyon-x", name_en="Lyon School X", name_ar="مدرسة ليون")
    expired = PartnerFactory(slug="expired-x", name_en="Expired Partner")
    terminated = PartnerFactory(slug="terminated-x", name_en="Terminated Partner")
    upcoming = PartnerFactory(slug="upcoming-x", name_en="Upcoming Partner")
    private = PartnerFactory(slug="private-x", name_en="Private Partner")
    mou_only = PartnerFactory(slug="mou-x", name_en="MoU Partner")
    AgreementFactory(slug="sx", kind=AgreementKind.STUDENT_EXCHANGE, partners=[with_students])
    AgreementFactory(
        slug="tx", kind=AgreementKind.STAFF_EXCHANGE, partners=[with_staff], ends_on=None
    )
    AgreementFactory(
        slug="ex", kind=AgreementKind.STUDENT_EXCHANGE, partners=[expired], ends_on=partner_days(-1)
    )
    AgreementFactory(
        slug="terx", kind=AgreementKind.STAFF_EXCHANGE, partners=[terminated], terminated=True
    )
    AgreementFactory(
        slug="upx",
        kind=AgreementKind.STUDENT_EXCHANGE,
        partners=[upcoming],
        starts_on=partner_days(10),
    )
    AgreementFactory(
        slug="prx", kind=AgreementKind.STUDENT_EXCHANGE, partners=[private], is_public=False
    )
    AgreementFactory(
        slug="drx", kind=AgreementKind.STUDENT_EXCHANGE, partners=[private], status=Status.DRAFT
    )
    AgreementFactory(slug="moux", kind=AgreementKind.MOU, partners=[mou_only])
    OpportunityFactory(slug="exchange-call", kind=OpportunityKind.EXCHANGE)
    OpportunityFactory(
        slug="old-exchange",
        kind=OpportunityKind.EXCHANGE,
        opens_on=days(-40),
        deadline=deadline_in(-3),
    )
    return with_students, with_staff  # fmt: skip


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_exchange_page_lists_partners_with_an_exchange_agreement_in_force(client, site, lang):
    _exchange_data()
    response = client.get(f"/{lang}/exchange/")
    assert response.status_code == 200
    html = response.content.decode()
    partners = re.findall(r'href="/(?:ar|en)/partners/([a-z0-9-]+)/"', html.split("<main")[1])
    assert sorted(set(partners)) == ["lyon-x", "merapi"]
    assert f'href="/{lang}/agreements/sx/"' in html and f'href="/{lang}/agreements/tx/"' in html
    assert "/opportunities/exchange-call/" in html and "/opportunities/old-exchange/" not in html


@pytest.mark.parametrize("count", [2, 8])
def test_exchange_page_runs_a_fixed_number_of_queries(
    client, site, uncached, django_assert_num_queries, count
):
    _exchange_data()
    for n in range(count):
        partner = PartnerFactory(slug=f"more-{n}")
        AgreementFactory(slug=f"more-{n}", kind=AgreementKind.STAFF_EXCHANGE, partners=[partner])
        OpportunityFactory(
            slug=f"more-call-{n}", kind=OpportunityKind.EXCHANGE, provider_partner=partner
        )
    client.get("/en/exchange/")
    with django_assert_num_queries(4):
        assert client.get("/en/exchange/").status_code == 200


def _many(count):
    partner = PartnerFactory(slug="many")
    for n in range(count):
        OpportunityFactory(slug=f"many-{n}", provider_partner=partner, deadline=deadline_in(n + 1))
        OpportunityFactory(slug=f"shut-{n}", deadline=deadline_in(-n - 1), opens_on=days(-90))


@pytest.mark.parametrize("count", [3, 15])
def test_list_runs_a_fixed_number_of_queries(
    client, site, uncached, django_assert_num_queries, count
):
    _many(count)
    client.get("/en/opportunities/")
    with django_assert_num_queries(3):  # count, rows, navigation
        assert client.get("/en/opportunities/?kind=scholarship").status_code == 200


@pytest.mark.parametrize("count", [3, 15])
def test_detail_runs_a_fixed_number_of_queries(
    client, site, uncached, django_assert_num_queries, count
):
    _many(count)
    client.get("/en/opportunities/many-0/")
    with django_assert_num_queries(3):  # the opportunity, related ones, navigation
        assert client.get("/en/opportunities/many-0/").status_code == 200


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_feed_lists_newly_published_opportunities_per_language(client, calls, uncached, lang):
    response = client.get(f"/{lang}/opportunities/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == lang
    items = channel.findall("item")
    titles = [item.findtext("title") for item in items]
    assert calls["soon"].title_en.replace("Soon", "Soon") and len(items) == 6  # drafts left out
    assert getattr(calls["draft"], f"title_{lang}") not in titles
    assert getattr(calls["later"], f"title_{lang}") in titles
    for item in items:
        assert item.findtext("link").startswith(f"http://testserver/{lang}/opportunities/")


@pytest.mark.parametrize("count", [2, 12])
def test_feed_runs_one_query(client, site, uncached, django_assert_num_queries, count):
    _many(count)
    client.get("/en/opportunities/feed/")
    with django_assert_num_queries(1):
        client.get("/en/opportunities/feed/")


def test_pages_link_the_feed_in_head(client, calls):
    html = client.get("/ar/").content.decode()
    assert 'type="application/rss+xml"' in html and 'href="/ar/opportunities/feed/"' in html


def test_sitemap_lists_the_pages_and_every_published_opportunity(client, calls):
    locations = sitemap_locations(client)
    for lang in ("ar", "en"):
        assert f"http://testserver/{lang}/opportunities/" in locations
        assert f"http://testserver/{lang}/exchange/" in locations
        assert f"http://testserver/{lang}/opportunities/closed/" in locations
    assert not [url for url in locations if "/opportunities/draft/" in url]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_home_shows_the_opportunities_closing_soonest(client, calls, lang):
    html = client.get(f"/{lang}/").content.decode()
    block = html.split('id="closing-soon-title"')[1].split("</section>")[0]
    assert list(dict.fromkeys(slugs_in(block))) == ["today", "one", "soon", "later"]


def test_navigation_links_the_opportunities(client, calls):
    html = client.get("/en/").content.decode()
    nav = html.split('id="main-nav"')[1] if 'id="main-nav"' in html else html
    assert 'href="/en/opportunities/"' in nav


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_partner_page_shows_its_open_opportunities(client, calls, lang):
    OpportunityFactory(
        slug="partner-closed", provider_partner=calls["partner"], deadline=deadline_in(-1)
    )
    html = client.get(f"/{lang}/partners/lyon/").content.decode()
    section = html.split('id="partner-opportunities-title"')[1].split("</section>")[0]
    assert slugs_in(section) == ["later"]


def test_arabic_indic_digits_when_the_site_chose_them(client, calls):
    settings_row = SiteSettings.get_solo()
    settings_row.arabic_digits = Digits.ARABIC_INDIC
    settings_row.save()
    StudentAbroadFactory.create_batch(3, country="FR")
    StudentAbroadFactory(country="JP")
    html = client.get("/ar/opportunities/").content.decode()
    assert "بقيت ٣ أيام" in html and "بقي ٤٠ يومًا" in html
    assert "٢٣:٥٩" in html and "UTC+٠٢:٠٠" in html
    home = client.get("/ar/").content.decode()
    block = home.split('id="scholars-abroad-title"')[1].split("</section>")[0]
    assert "أقل من ٣" in block and "أقل من 3" not in block
