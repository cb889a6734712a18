"""The admin's change forms fit 1280 px in both languages (issue 16), galleries included."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

FORMS = [
    "/admin/visits/visit/{visit}/change/",
    "/admin/exhibitions/exhibition/{exhibition}/change/",
    "/admin/news/article/add/",
    "/admin/news/publication/add/",
    "/admin/partners/partner/add/",
    "/admin/partners/agreement/add/",
    "/admin/visits/person/add/",
    "/admin/opportunities/opportunity/add/",
    "/admin/intloffice/page/add/",
    "/admin/intloffice/sitesettings/",
]

OVERFLOW = """() => [...document.querySelectorAll('#content *')]
    .filter(e => { const r = e.getBoundingClientRect();
                   return r.width && (r.right > innerWidth + 1 || r.left < -1); })
    .slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().width)}px`)"""


def test_every_change_form_fits_1280_px_in_both_languages(live_server, browser, django_user_model):
    from tests.exhibitions.factories import ExhibitionFactory, ExhibitionPhotoFactory
    from tests.media.factories import VisitPhotoFactory
    from tests.visits.factories import VisitFactory

    visit = VisitFactory()
    VisitPhotoFactory(visit=visit)
    exhibition = ExhibitionFactory()
    ExhibitionPhotoFactory(exhibition=exhibition)
    django_user_model.objects.create_superuser("boss", "boss@example.org", "pw-boss-123")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "boss")
    page.fill("#id_password", "pw-boss-123")
    page.click("input[type=submit]")
    problems = []
    for lang in ("ar", "en"):
        context.add_cookies([{"name": "django_language", "value": lang, "url": live_server.url}])
        for url in FORMS:
            page.goto(live_server.url + url.format(visit=visit.pk, exhibition=exhibition.pk))
            assert page.locator("#content-main form").count() == 1, url
            width = page.evaluate("document.documentElement.scrollWidth")
            outside = page.evaluate(OVERFLOW)
            if width > 1280 or outside:
                problems.append(f"{lang} {url}: {width}px {outside}")
    context.close()
    assert problems == []
