"""The staff dashboard on the admin index (plugins.dashboard): each item counts the right rows
and links to the admin list filtered to exactly those rows."""

import datetime
import re

import pytest
from django.utils import timezone

from exhibitions.models import Exhibition
from opportunities.models import Opportunity
from partners.models import Agreement, Partner, inactive_cutoff
from tests.exhibitions.factories import ExhibitionFactory
from tests.opportunities.factories import OpportunityFactory
from tests.partners.factories import AgreementFactory, PartnerFactory
from tests.visits.factories import VisitFactory, VisitPhotoFactory
from visits.models import Visit


def make_rows():
    today = timezone.localdate()
    long_ago = today - datetime.timedelta(days=365 * 5)
    with_scan = AgreementFactory()
    with_scan.document.name = "agreements/scan.pdf"
    with_scan.save()
    AgreementFactory()  # no scan
    active = PartnerFactory()
    AgreementFactory(signed_on=today - datetime.timedelta(days=30)).partners.add(active)
    old = PartnerFactory()  # an agreement that ended long ago: inactive
    AgreementFactory(
        signed_on=long_ago, starts_on=long_ago, ends_on=long_ago + datetime.timedelta(days=365)
    ).partners.add(old)
    PartnerFactory()  # nothing at all: inactive
    hosted = PartnerFactory()
    VisitFactory(host_partner=hosted, starts_on=today - datetime.timedelta(days=100))
    VisitPhotoFactory()  # a visit with a photo
    VisitFactory(title_ar="")  # no Arabic title
    VisitFactory(summary_ar="", body_ar="")  # neither Arabic summary nor body
    ExhibitionFactory()  # upcoming
    ExhibitionFactory(
        starts_on=today - datetime.timedelta(days=50), ends_on=today - datetime.timedelta(days=48)
    )
    OpportunityFactory()  # open
    return {"active": active, "old": old, "hosted": hosted}


def dashboard_rows(html):
    """{label: (url, count)} of the dashboard table."""
    block = html.split('id="office-dashboard"', 1)[1].split("</table>", 1)[0]
    return {
        label: (url.replace("&amp;", "&"), int(count))
        for url, label, count in re.findall(
            r'<a href="([^"]+)">([^<]+)</a></th><td>(\d+)</td>', block
        )
    }


@pytest.mark.django_db
def test_each_item_counts_and_links_to_its_filtered_list(client, staff, site):
    made = make_rows()
    client.force_login(staff)
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    rows = dashboard_rows(response.content.decode())
    cutoff = inactive_cutoff()
    expected = {
        "scan=no": Agreement.objects.filter(document="").count(),
        "activity=none": Partner.objects.inactive_since(cutoff).count(),
        "photos=none": Visit.objects.without_photos().count(),
        "arabic=missing": Visit.objects.without_arabic_text().count(),
        "when=upcoming": Exhibition.objects.upcoming().count(),
        "state=open": Opportunity.objects.open().count(),
    }
    assert len(rows) == len(expected)
    for url, count in rows.values():
        query = url.split("?", 1)[1]
        assert count == expected[query]
        changelist = client.get(url)
        assert changelist.status_code == 200
        assert changelist.context["cl"].result_count == count, url
    inactive = set(Partner.objects.inactive_since(cutoff))
    assert made["old"] in inactive
    assert made["active"] not in inactive and made["hosted"] not in inactive
    assert Visit.objects.without_arabic_text().count() == 2
    assert expected["scan=no"] == Agreement.objects.count() - 1


@pytest.mark.django_db
def test_the_dashboard_shows_only_what_the_user_may_see(client, django_user_model, site):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("editor", "e@example.org", "pw", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_visit"))
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    urls = [url for url, _count in dashboard_rows(html).values()]
    assert urls and all(url.startswith("/admin/visits/visit/") for url in urls)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/admin/partners/agreement/?scan=maybe",
        "/admin/partners/partner/?activity=%D9%A1",
        "/admin/visits/visit/?photos=x&arabic=y",
    ],
)
def test_unknown_filter_values_list_everything(staff_client, site, url):
    make_rows()
    response = staff_client.get(url)
    assert response.status_code == 200
