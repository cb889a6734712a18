"""Staff roles kept in code (intloffice/roles.py): what each role sees, changes and downloads."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.management import call_command

from intloffice.roles import ROLES, TRANSLATORS_GROUP
from tests.factories import PageFactory
from tests.media import samples
from tests.news.factories import ArticleFactory
from tests.partners.factories import AgreementFactory, PartnerFactory
from tests.visits.factories import VisitFactory

pytestmark = pytest.mark.django_db

OFFICE_ADMIN, EDITOR, PARTNERSHIPS = "office administrators", "editors", "partnerships officers"
TRANSLATOR, REVIEWER = TRANSLATORS_GROUP, "reviewers"


@pytest.fixture
def content(site):
    agreement = AgreementFactory(partners=[PartnerFactory()])
    agreement.document.save("scan.pdf", ContentFile(samples.pdf_bytes()), save=True)
    return {
        "article": ArticleFactory(),
        "page": PageFactory(),
        "agreement": agreement,
        "partner": agreement.partners.get(),
        "visit": VisitFactory(),
    }


@pytest.fixture
def as_role(client, django_user_model):
    def log_in(role):
        user = django_user_model.objects.create_user(role.replace(" ", "-"), is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        return client

    return log_in


def test_every_role_exists_after_migrate_with_its_permissions():
    groups = {group.name: group for group in Group.objects.prefetch_related("permissions")}
    assert set(ROLES) <= set(groups)
    codes = {name: {p.codename for p in groups[name].permissions.all()} for name in ROLES}
    assert {"change_article", "view_agreement", "delete_sitesettings"} <= codes[OFFICE_ADMIN]
    assert not {"change_user", "view_group", "change_interfacetranslation"} & codes[OFFICE_ADMIN]
    assert {"add_article", "change_statement", "change_page", "view_partner"} <= codes[EDITOR]
    assert not {"view_agreement", "change_partner", "view_contactmessage"} & codes[EDITOR]
    assert {"change_agreement", "change_membership", "change_visit", "add_person"} <= codes[
        PARTNERSHIPS
    ]
    assert not {"change_article", "change_page"} & codes[PARTNERSHIPS]
    assert codes[TRANSLATOR] == {"translate_content"}
    assert all(code.startswith("view_") for code in codes[REVIEWER])
    assert "view_agreement" in codes[REVIEWER] and "view_contactmessage" not in codes[REVIEWER]


# (role, url name, expected status) — "see": the admin list; "add": the add form.
SEE = [
    (OFFICE_ADMIN, "/admin/news/article/", 200),
    (OFFICE_ADMIN, "/admin/partners/agreement/", 200),
    (OFFICE_ADMIN, "/admin/intloffice/contactmessage/", 200),
    (OFFICE_ADMIN, "/admin/auth/user/", 403),
    (EDITOR, "/admin/news/article/", 200),
    (EDITOR, "/admin/news/statement/add/", 200),
    (EDITOR, "/admin/intloffice/page/add/", 200),
    (EDITOR, "/admin/partners/partner/", 200),  # read only, to link articles to partners
    (EDITOR, "/admin/partners/agreement/", 403),
    (EDITOR, "/admin/intloffice/contactmessage/", 403),
    (EDITOR, "/admin/intloffice/sitesettings/", 403),
    (PARTNERSHIPS, "/admin/partners/agreement/add/", 200),
    (PARTNERSHIPS, "/admin/partners/membership/", 200),
    (PARTNERSHIPS, "/admin/visits/person/add/", 200),
    (PARTNERSHIPS, "/admin/news/article/", 403),
    (TRANSLATOR, "/admin/news/article/", 200),
    (TRANSLATOR, "/admin/news/article/add/", 403),
    (TRANSLATOR, "/admin/partners/agreement/", 200),
    (TRANSLATOR, "/admin/intloffice/contactmessage/", 403),
    (TRANSLATOR, "/admin/auth/user/", 403),
    (REVIEWER, "/admin/news/article/", 200),
    (REVIEWER, "/admin/partners/agreement/", 200),
    (REVIEWER, "/admin/news/article/add/", 403),
    (REVIEWER, "/admin/intloffice/contactmessage/", 403),
]


@pytest.mark.parametrize(("role", "url", "status"), SEE)
def test_each_role_sees_what_it_may(as_role, content, role, url, status):
    assert as_role(role).get(url).status_code == status


# (role, object, may change it): the change form offers "Save" only with the right to change.
CHANGE = [
    (OFFICE_ADMIN, "article", True),
    (OFFICE_ADMIN, "agreement", True),
    (EDITOR, "article", True),
    (EDITOR, "page", True),
    (EDITOR, "partner", False),
    (PARTNERSHIPS, "agreement", True),
    (PARTNERSHIPS, "visit", True),
    (REVIEWER, "article", False),
    (REVIEWER, "agreement", False),
]


def admin_change_url(obj):
    opts = obj._meta
    return f"/admin/{opts.app_label}/{opts.model_name}/{obj.pk}/change/"


@pytest.mark.parametrize(("role", "name", "may_change"), CHANGE)
def test_each_role_changes_what_it_may(as_role, content, role, name, may_change):
    response = as_role(role).get(admin_change_url(content[name]))
    assert response.status_code == 200
    assert ('name="_save"' in response.content.decode()) is may_change


def test_a_read_only_reviewer_cannot_post_a_change(as_role, content):
    article = content["article"]
    response = as_role(REVIEWER).post(admin_change_url(article), {"title_en": "Changed"})
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title_en != "Changed"


@pytest.mark.parametrize(
    ("role", "status"),
    [(OFFICE_ADMIN, 200), (PARTNERSHIPS, 200), (REVIEWER, 200), (EDITOR, 403), (TRANSLATOR, 403)],
)
def test_private_agreement_scan_downloads_only_for_roles_that_handle_agreements(
    as_role, content, role, status
):
    agreement = content["agreement"]
    response = as_role(role).get(f"/documents/partners/agreement/{agreement.pk}/document/")
    assert response.status_code == status
    if status == 200:
        assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_translator_changes_translated_text_only(as_role, content):
    article = content["article"]
    client = as_role(TRANSLATOR)
    html = client.get(admin_change_url(article)).content.decode()
    assert 'name="title_ar"' in html and 'name="title_en"' in html
    assert 'name="slug"' not in html and 'name="status"' not in html
    assert 'name="_save"' in html
    data = {
        "title_ar": article.title_ar,
        "title_en": "A better English headline",
        "summary_ar": article.summary_ar,
        "summary_en": article.summary_en,
        "body_ar": article.body_ar,
        "body_en": article.body_en,
        "image_alt_ar": "",
        "image_alt_en": "",
        "slug": "hijacked",
        "status": "draft",
        "_save": "Save",
    }
    response = client.post(admin_change_url(article), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title_en == "A better English headline"
    assert article.slug != "hijacked" and article.status == "published"
    # no actions (publishing, deleting) on the list, no editable columns
    listing = client.get("/admin/intloffice/page/").content.decode()
    assert 'name="action"' not in listing and 'name="form-0-order"' not in listing


@pytest.mark.parametrize(
    ("role", "status"),
    [(TRANSLATOR, 200), (EDITOR, 302), (OFFICE_ADMIN, 302), (REVIEWER, 302)],
)
def test_only_translators_reach_the_interface_catalogue(as_role, role, status):
    response = as_role(role).get("/translations/files/project/")
    assert response.status_code == status
    if status == 302:
        assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize(
    ("role", "status"),
    [(TRANSLATOR, 200), (EDITOR, 200), (PARTNERSHIPS, 200), (REVIEWER, 200), (OFFICE_ADMIN, 200)],
)
def test_every_role_reaches_the_translation_status_page(as_role, role, status):
    assert as_role(role).get("/admin/translation-status/").status_code == status


def test_staff_without_a_role_do_not_reach_the_translation_status_page(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("nobody", is_staff=True))
    assert client.get("/admin/translation-status/").status_code == 403


def test_roles_are_reapplied_after_migrate_when_permissions_change():
    """A hand-removed permission comes back, and a model installed later (students abroad,
    simulated by its content type and permissions) reaches the roles that name it."""
    editors = Group.objects.get(name=EDITOR)
    editors.permissions.remove(Permission.objects.get(codename="change_article"))
    students, _ = ContentType.objects.get_or_create(
        app_label="opportunities", model="studentabroad"
    )
    for action in ("add", "change", "delete", "view"):
        Permission.objects.get_or_create(
            content_type=students, codename=f"{action}_studentabroad", defaults={"name": action}
        )
    call_command("migrate", verbosity=0)
    assert editors.permissions.filter(codename="change_article").exists()
    officers = Group.objects.get(name=PARTNERSHIPS)
    assert officers.permissions.filter(content_type=students).count() == 4
    for role in (EDITOR, REVIEWER, TRANSLATOR):
        assert not Group.objects.get(name=role).permissions.filter(content_type=students).exists()
    assert (
        Group.objects.get(name=OFFICE_ADMIN).permissions.filter(content_type=students).count() == 4
    )


@pytest.mark.parametrize(
    ("role", "url", "allowed"),
    [
        (EDITOR, "/admin/partners/agreement/export/", False),
        (EDITOR, "/admin/partners/partner/export/", True),
        (REVIEWER, "/admin/partners/agreement/export/", True),
        (TRANSLATOR, "/admin/partners/partner/export/", False),
        (PARTNERSHIPS, "/admin/partners/agreement/export/", True),
    ],
)
def test_an_admin_export_needs_the_models_view_permission(as_role, content, role, url, allowed):
    client = as_role(role)
    assert client.get(url).status_code == (200 if allowed else 403)
    posted = client.post(url, {"format": "0", "resource": "0"})
    assert (posted.status_code == 403) is not allowed


ADMIN_INDEX_SECTIONS = {
    # role: (sections it sees, technical sections it must not see)
    "editors": ({"الأخبار والبيانات الرسمية والإصدارات"}, {"محاولات تسجيل الدخول", "ترجمات الواجهة", "المصادقة والتفويض"}),
    "translators": ({"ترجمات الواجهة"}, {"محاولات تسجيل الدخول", "المصادقة والتفويض"}),
    "office administrators": ({"الشركاء والاتفاقيات"}, {"محاولات تسجيل الدخول", "ترجمات الواجهة", "المصادقة والتفويض"}),
}  # fmt: skip


@pytest.mark.parametrize("role", sorted(ADMIN_INDEX_SECTIONS))
def test_the_arabic_admin_index_shows_each_role_only_its_sections_all_in_arabic(
    as_role, content, role
):
    client = as_role(role)
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    captions = set(re.findall(r'<caption>\s*<a[^>]*class="section"[^>]*>([^<]+)</a>', html))
    shown, hidden = ADMIN_INDEX_SECTIONS[role]
    assert shown <= captions and not hidden & captions, captions
    assert not [c for c in captions if re.search("[A-Za-z]", c)], captions


def test_the_superuser_sees_the_technical_sections_in_arabic(client, staff):
    client.force_login(staff)
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    main = html[html.index('id="content-main"') :]
    captions = set(re.findall(r'<caption>\s*<a[^>]*class="section"[^>]*>([^<]+)</a>', main))
    assert {"محاولات تسجيل الدخول", "ترجمات الواجهة", "المصادقة والتفويض"} <= captions
    assert "Rosetta" not in main
    assert not [c for c in captions if re.search("[A-Za-z]", c)], captions
