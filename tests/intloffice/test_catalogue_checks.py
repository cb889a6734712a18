"""The interface catalogue checks (``manage.py check_translations``): the repository's catalogue
passes; broken placeholders, missing Arabic plural forms and a catalogue that makemessages would
change fail with a message naming the entry."""

import shutil

import polib
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from intloffice import catalogue

NEEDS_GETTEXT = pytest.mark.skipif(
    shutil.which("xgettext") is None, reason="GNU gettext (xgettext) is not installed"
)
AR_PLURALS = (
    "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
    "n%100>=11 && n%100<=99 ? 4 : 5;"
)


@NEEDS_GETTEXT
def test_the_repository_catalogue_passes_every_check(capsys):
    call_command("check_translations")
    assert "1 catalogue(s) checked: no problem found." in capsys.readouterr().out


@pytest.fixture
def sample(tmp_path, settings):
    """write(entries, plural_forms=AR_PLURALS): a one-catalogue LOCALE_PATHS of ``entries``."""
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    path = tmp_path / "locale" / "ar" / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True)

    def write(entries, plural_forms=AR_PLURALS):
        po = polib.POFile()
        po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Plural-Forms": plural_forms}
        for entry in entries:
            po.append(entry)
        po.save(str(path))
        return path

    return write


def problems(**options):
    with pytest.raises(CommandError) as failure:
        call_command("check_translations", skip_makemessages=True, **options)
    return str(failure.value)


@pytest.mark.parametrize(
    ("msgid", "msgstr", "message"),
    [
        ("Hello %(name)s", "مرحبًا", "placeholders [] in the translation, [%(name)s] in the source"),
        ("Hello %(name)s", "مرحبًا %(nom)s", "[%(nom)s] in the translation"),
        ("%d new items", "عناصر جديدة", "[%d] in the source"),
        ("Welcome {user}", "أهلًا {usr}", "[{usr}] in the translation, [{user}] in the source"),
        ("%s and %s", "%s", "[%s] in the translation, [%s, %s] in the source"),
    ],
)
def test_broken_placeholders_fail(sample, msgid, msgstr, message):
    sample([polib.POEntry(msgid=msgid, msgstr=msgstr)])
    assert message in problems()


def test_intact_placeholders_in_another_order_pass(sample, capsys):
    sample(
        [
            polib.POEntry(msgid="%(a)s of %(b)s", msgstr="%(b)s من %(a)s"),
            polib.POEntry(msgid="100%% done at {when}", msgstr="{when}: اكتمل 100%%"),
        ]
    )
    call_command("check_translations", skip_makemessages=True)
    assert "no problem found" in capsys.readouterr().out


def test_plural_entries_need_all_six_arabic_forms(sample):
    five = {index: f"%(count)d عنصر {index}" for index in range(5)}
    sample(
        [
            polib.POEntry(
                msgid="%(count)d item",
                msgid_plural="%(count)d items",
                msgstr_plural={**five, 5: ""},
            )
        ]
    )
    assert "plural forms 5 are empty (ar needs 6)" in problems()


def test_a_header_with_the_wrong_number_of_arabic_plurals_fails(sample):
    sample(
        [polib.POEntry(msgid="Home", msgstr="الرئيسية")], plural_forms="nplurals=2; plural=n != 1;"
    )
    assert "the header declares 2 plural forms; ar has 6" in problems()


def test_plural_forms_may_leave_a_named_number_out_but_not_a_positional_one(sample, capsys):
    forms = {
        0: "لا عناصر",
        1: "عنصر واحد",
        2: "عنصران",
        3: "%(count)d عناصر",
        4: "%(count)d عنصرًا",
        5: "%(count)d عنصر",
    }
    sample(
        [polib.POEntry(msgid="%(count)d item", msgid_plural="%(count)d items", msgstr_plural=forms)]
    )
    call_command("check_translations", skip_makemessages=True)
    assert "no problem found" in capsys.readouterr().out
    positional = {**forms, 1: "عنصر واحد", 3: "%d عناصر"}
    sample([polib.POEntry(msgid="%d item", msgid_plural="%d items", msgstr_plural=positional)])
    assert "form 0 has placeholders [], the source [%d]" in problems()


def test_untranslated_and_fuzzy_entries_fail(sample):
    sample(
        [
            polib.POEntry(msgid="Home", msgstr=""),
            polib.POEntry(msgid="News", msgstr="أخبار", flags=["fuzzy"]),
        ]
    )
    message = problems()
    assert "'Home': not translated" in message and "'News': marked fuzzy" in message


@NEEDS_GETTEXT
def test_a_catalogue_that_makemessages_would_change_fails(tmp_path, settings):
    """One string dropped from the catalogue, one string the code no longer has."""
    repository = catalogue.project_catalogue_path("ar")
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    path = tmp_path / "locale" / "ar" / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True)
    shutil.copyfile(repository, path)
    po = polib.pofile(str(path))
    po.remove(next(e for e in po if e.msgid == "Skip to main content"))
    po.append(polib.POEntry(msgid="A string the code dropped", msgstr="نص حذفه الكود"))
    po.save(str(path))
    with pytest.raises(CommandError) as failure:
        call_command("check_translations")
    message = str(failure.value)
    assert "'Skip to main content' is in the code but not in the catalogue" in message
    assert "'A string the code dropped' is no longer in the code" in message
