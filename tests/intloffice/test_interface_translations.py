"""Interface translations edited at /translations/: stored in the database, served without a
restart, exported back to locale/ (intloffice/catalogue.py, intloffice/translations_ui.py)."""

import hashlib
import shutil

import polib
import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command

from intloffice import catalogue
from intloffice.models import InterfaceTranslation

pytestmark = pytest.mark.django_db

FORM = "/translations/files/project/ar/0/"
SKIP = "Skip to main content"


def repository_entry(msgid, msgctxt=None):
    po = polib.pofile(str(catalogue.project_catalogue_path("ar")))
    return next(e for e in po if e.msgid == msgid and e.msgctxt == msgctxt)


def field_name(entry):
    text = entry.msgid + entry.msgstr + (entry.msgctxt or "")
    return "m_" + hashlib.md5(text.encode()).hexdigest()


@pytest.fixture
def translator(client, django_user_model):
    user = django_user_model.objects.create_user("translator", is_staff=True)
    user.groups.add(Group.objects.get(name="translators"))
    client.force_login(user)
    return client


def test_translators_group_member_reaches_the_catalogue_others_go_to_the_login(
    client, translator, django_user_model
):
    assert translator.get("/translations/").status_code == 302
    assert translator.get("/translations/files/project/").status_code == 200
    assert translator.get(FORM).status_code == 200
    other = django_user_model.objects.create_user("staffer", is_staff=True)
    client.force_login(other)
    response = client.get(FORM)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    client.logout()
    assert client.get(FORM).status_code == 302


@pytest.mark.parametrize("po_filter", ["django", "third-party", "all"])
def test_only_the_project_catalogue_is_offered(translator, po_filter):
    assert translator.get(f"/translations/files/{po_filter}/").status_code == 404
    assert translator.get(f"/translations/files/{po_filter}/ar/0/").status_code == 404


def test_a_browser_edit_is_stored_in_the_database_and_served_without_restart(
    client, translator, site
):
    path = catalogue.project_catalogue_path("ar")
    before = path.read_bytes()
    entry = repository_entry(SKIP)
    assert entry.msgstr in client.get("/ar/").content.decode()

    response = translator.post(f"{FORM}?query=Skip", {field_name(entry): "تخطَّ إلى المحتوى"})
    assert response.status_code == 302

    row = InterfaceTranslation.objects.get(language="ar", msgid=SKIP)
    assert row.msgstr == "تخطَّ إلى المحتوى" and row.updated_by.username == "translator"
    assert path.read_bytes() == before  # the repository's file is left alone
    html = client.get("/ar/").content.decode()
    assert "تخطَّ إلى المحتوى" in html and entry.msgstr not in html
    assert "Skip to main content" in client.get("/en/").content.decode()
    # the form shows the stored wording
    assert "تخطَّ إلى المحتوى" in translator.get(f"{FORM}?query=Skip").content.decode()

    # back to the repository's wording: the stored entry goes
    edited = repository_entry(SKIP)
    edited.msgstr = "تخطَّ إلى المحتوى"
    translator.post(f"{FORM}?query=Skip", {field_name(edited): entry.msgstr})
    assert not InterfaceTranslation.objects.exists()
    assert entry.msgstr in client.get("/ar/").content.decode()


def test_plural_forms_and_fuzzy_entries(client, translator, site):
    from django.utils import translation

    entry = next(
        e
        for e in polib.pofile(str(catalogue.project_catalogue_path("ar")))
        if e.msgid == "%(counter)s item" and e.msgid_plural
    )
    name = field_name(entry)
    forms = {f"{name}_{index}": f"صيغة {index} %(counter)s" for index in range(6)}
    translator.post(f"{FORM}?query=item", forms)
    row = InterfaceTranslation.objects.get(msgid="%(counter)s item")
    assert row.msgstr_plural == {str(i): f"صيغة {i} %(counter)s" for i in range(6)}
    client.get("/ar/")  # a request loads the new version
    with translation.override("ar"):
        assert translation.ngettext("%(counter)s item", "%(counter)s items", 3) == (
            "صيغة 3 %(counter)s"
        )
    # marked "needs review": stored, but the repository's wording is served meanwhile
    single = repository_entry(SKIP)
    translator.post(
        f"{FORM}?query=Skip", {field_name(single): "مسودة", f"f_{field_name(single)[2:]}": "on"}
    )
    assert InterfaceTranslation.objects.get(msgid=SKIP).fuzzy
    assert single.msgstr in client.get("/ar/").content.decode()


def test_a_server_that_lost_the_cached_version_reads_it_from_the_database(client, site):
    InterfaceTranslation.objects.create(
        language="ar",
        key=catalogue.entry_key(None, SKIP),
        msgid=SKIP,
        msgstr="إلى المحتوى مباشرة",
    )
    cache.clear()  # e.g. Redis restarted after another server saved
    assert "إلى المحتوى مباشرة" in client.get("/ar/").content.decode()


def test_download_gives_the_catalogue_with_the_browser_edits(translator):
    import io
    import zipfile

    entry = repository_entry(SKIP)
    translator.post(f"{FORM}?query=Skip", {field_name(entry): "إلى المحتوى"})
    response = translator.get(f"{FORM}download/")
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        po = polib.pofile(archive.read("django.po").decode())
    assert next(e for e in po if e.msgid == SKIP).msgstr == "إلى المحتوى"


@pytest.fixture
def catalogue_copy(tmp_path, settings):
    """A copy of locale/ to export into, so the repository's file stays as it is."""
    target = tmp_path / "locale" / "ar" / "LC_MESSAGES"
    target.mkdir(parents=True)
    shutil.copyfile(catalogue.project_catalogue_path("ar"), target / "django.po")
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    return target / "django.po"


def test_export_writes_the_browser_edits_back_to_locale(catalogue_copy, capsys):
    InterfaceTranslation.objects.create(
        language="ar", key=catalogue.entry_key(None, SKIP), msgid=SKIP, msgstr="إلى المحتوى"
    )
    InterfaceTranslation.objects.create(
        language="ar", key=catalogue.entry_key(None, "Gone"), msgid="Gone", msgstr="ذهب"
    )
    before = {e.msgid: e.msgstr for e in polib.pofile(str(catalogue_copy))}
    call_command("export_translations")
    output = capsys.readouterr()
    assert "1 edited entry written" in output.out
    assert "'Gone'" in output.err  # no longer in the catalogue: reported, kept
    after = {e.msgid: e.msgstr for e in polib.pofile(str(catalogue_copy))}
    assert after[SKIP] == "إلى المحتوى"
    assert {k: v for k, v in after.items() if k != SKIP} == {
        k: v for k, v in before.items() if k != SKIP
    }

    call_command("export_translations", "--prune")
    assert list(InterfaceTranslation.objects.values_list("msgid", flat=True)) == ["Gone"]


def test_export_refuses_an_unknown_language(catalogue_copy):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Unknown language 'xx'"):
        call_command("export_translations", "--language", "xx")
