"""Management commands: demo content, the demo admin, translations."""

from io import StringIO
from types import SimpleNamespace

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from intloffice import search
from intloffice.management.commands.seed_demo import demo_modules, demo_order
from intloffice.models import Page, SiteSettings

pytestmark = pytest.mark.django_db

PROJECT_APPS = ("intloffice", "partners", "visits", "opportunities", "exhibitions", "news")


def run(*args, **kwargs):
    out = StringIO()
    call_command(*args, stdout=out, **kwargs)
    return out.getvalue()


def row_counts():
    """{app label: rows in its tables} for the project's own apps."""
    return {
        label: sum(model.objects.count() for model in apps.get_app_config(label).get_models(True))
        for label in PROJECT_APPS
    }


def test_each_demo_fills_only_its_own_app_after_the_apps_it_depends_on():
    modules = demo_modules()
    order = demo_order(modules)
    assert order == ["intloffice", "partners", "visits", "opportunities", "exhibitions", "news"]
    for label in order:  # as seed_demo runs them: the search index is rebuilt at the end
        before = row_counts()
        with search.paused():
            modules[label].seed(scale=1)
        after = row_counts()
        assert after[label] > before[label]
        assert {key: after[key] for key in after if key != label} == {
            key: before[key] for key in before if key != label
        }, f"the {label} demo created rows of another app"
    site = SiteSettings.get_solo()
    assert site.university_name_en and site.university_name_ar
    assert set(Page.objects.published().values_list("slug", flat=True)) >= {
        "about-us",
        "vision-mission-objectives",
        "relations-and-international-cooperation",
    }
    vision = Page.objects.get(slug="vision-mission-objectives")
    assert vision.objectives.count() == 8
    for page in Page.objects.all():
        assert not page.missing_translations()


@pytest.mark.parametrize(
    ("graph", "message"),
    [
        (
            {"news": ("visits",), "visits": ("news",)},
            "depend on each other in a circle",
        ),
        ({"visits": ("partners",)}, "visits demo depends on partners, which has no demo module"),
    ],
)
def test_demo_order_refuses_a_cycle_or_a_missing_app(graph, message):
    modules = {label: SimpleNamespace(DEPENDS_ON=deps) for label, deps in graph.items()}
    with pytest.raises(CommandError, match=message):
        demo_order(modules)


def test_demo_order_follows_dependencies_not_the_installed_order():
    modules = {
        "news": SimpleNamespace(DEPENDS_ON=("visits", "partners")),
        "visits": SimpleNamespace(DEPENDS_ON=("partners",)),
        "intloffice": SimpleNamespace(),
        "partners": SimpleNamespace(DEPENDS_ON=()),
    }
    order = demo_order(modules)
    assert order.index("partners") < order.index("visits") < order.index("news")
    assert set(order) == set(modules)


def test_seed_demo_is_idempotent_and_keeps_staff_edits():
    from news.demo.articles import article_key
    from news.models import Article
    from partners.models import Partner
    from visits.models import Visit

    run("seed_demo", scale=2)
    # Staff edit a page, a partner and an article.
    page = Page.objects.get(slug="about-us")
    page.title_en = "Who we are"
    page.save()
    Partner.objects.filter(slug="cairo-mokattam-university").update(name_en="Mokattam University")
    article = Article.objects.get(slug__startswith="news-001-")
    article.title_en = "Our own headline"
    article.save()
    # A database an older demo made: other institutions at the end of the article slugs, and a
    # visit under a slug the demo has retired.
    for old in Article.objects.filter(slug__regex=r"^(news|brief)-0[0-4]\d-"):
        Article.objects.filter(pk=old.pk).update(slug=f"{article_key(old.slug)}-nile-delta")
    Visit.objects.filter(slug="former-minister-culture-senegal").update(
        slug="former-president-senegal"
    )
    counts = row_counts()

    output = run("seed_demo", scale=2)
    assert "Demo content is in place." in output
    labels = [line.split(":")[0] for line in output.splitlines() if "demo content ready" in line]
    assert labels == ["intloffice", "partners", "visits", "opportunities", "exhibitions", "news"]
    assert row_counts() == counts
    assert Page.objects.get(slug="about-us").title_en == "Who we are"
    assert Partner.objects.get(slug="cairo-mokattam-university").name_en == "Mokattam University"
    assert Article.objects.get(pk=article.pk).title_en == "Our own headline"
    assert not Visit.objects.filter(slug="former-president-senegal").exists()
    assert Visit.objects.filter(slug="former-minister-culture-senegal").count() == 1


def test_seed_demo_refuses_a_bad_scale():
    with pytest.raises(CommandError, match="--scale"):
        run("seed_demo", scale=0)


def test_demo_admin_prints_a_random_password_once():
    first = run("demo_admin")
    assert "password '" in first
    password = first.split("password '")[1].split("'")[0]
    assert len(password) >= 12
    assert User.objects.get(username="admin").check_password(password)
    second = run("demo_admin")
    assert "already exists" in second
    assert password not in second
    User.objects.all().delete()  # a fresh database gets a fresh password
    assert password not in run("demo_admin")


def test_arabic_catalogue_is_complete():
    path = settings.BASE_DIR / "locale" / "ar" / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, untranslated
    assert not fuzzy, fuzzy
    assert catalogue.percent_translated() == 100


def test_compile_translations_writes_mo(tmp_path, settings):
    locale = tmp_path / "locale" / "ar" / "LC_MESSAGES"
    locale.mkdir(parents=True)
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ar"}
    po.append(polib.POEntry(msgid="Home", msgstr="الرئيسية"))
    po.save(str(locale / "django.po"))
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    output = run("compile_translations")
    assert "1 catalogue(s) compiled." in output
    compiled = polib.mofile(str(locale / "django.mo"))
    assert compiled.find("Home").msgstr == "الرئيسية"


# --- merge_catalogue: the git merge driver for .po files -----------------------------------

BASE = {
    "Home": "الرئيسية",
    "Partners": "الشركاء",
    "Visits": "الزيارات",
    "Agreements": "الاتفاقيات",
    "Old label": "تسمية قديمة",
    "Unused": "غير مستعمل",
    "Contact": "اتصل بنا",
}


def catalogue(path, entries):
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ar"}
    for msgid, msgstr in entries.items():
        msgctxt, _, msgid = msgid.rpartition("|")
        po.append(polib.POEntry(msgctxt=msgctxt or None, msgid=msgid, msgstr=msgstr))
    po.save(str(path))
    return str(path)


def entries(path):
    return {
        (f"{e.msgctxt}|" if e.msgctxt else "") + e.msgid: e.msgstr
        for e in polib.pofile(path)
        if not e.obsolete
    }


def test_merge_catalogue_keeps_both_sides_additions_changes_and_removals(tmp_path):
    base = catalogue(tmp_path / "base.po", BASE)
    ours = dict(BASE)
    ours["Exhibitions"] = "المعارض"  # added here
    ours["Visits"] = "زيارات المكتب"  # changed here
    ours["Contact"] = "تواصل معنا"  # changed on both sides: ours stays
    del ours["Unused"]  # removed here, untouched there
    theirs = dict(BASE)
    theirs["Opportunities"] = "الفرص"  # added there
    theirs["month name|May"] = "أيار"  # added there, with a context
    theirs["Partners"] = "المؤسسات الشريكة"  # changed there
    theirs["Contact"] = "راسلنا"
    del theirs["Old label"]  # removed there, untouched here
    ours_path = catalogue(tmp_path / "ours.po", ours)
    theirs_path = catalogue(tmp_path / "theirs.po", theirs)

    run("merge_catalogue", base, ours_path, theirs_path)

    assert entries(ours_path) == {
        "Home": "الرئيسية",
        "Partners": "المؤسسات الشريكة",
        "Visits": "زيارات المكتب",
        "Agreements": "الاتفاقيات",
        "Contact": "تواصل معنا",
        "Exhibitions": "المعارض",
        "Opportunities": "الفرص",
        "month name|May": "أيار",
    }


def test_merge_catalogue_refuses_an_unreadable_catalogue_and_leaves_ours_alone(tmp_path):
    base = catalogue(tmp_path / "base.po", BASE)
    ours = catalogue(tmp_path / "ours.po", {**BASE, "Exhibitions": "المعارض"})
    before = (tmp_path / "ours.po").read_bytes()
    broken = tmp_path / "theirs.po"
    broken.write_text(
        'msgid "Home"\n<<<<<<< HEAD\nmsgstr "الرئيسية"\n=======\nmsgstr "البداية"\n>>>>>>> b\n',
        encoding="utf-8",
    )
    with pytest.raises(CommandError, match=r"theirs\.po: Syntax error"):
        run("merge_catalogue", base, ours, str(broken))
    with pytest.raises(CommandError, match="no such catalogue"):
        run("merge_catalogue", base, ours, str(tmp_path / "missing.po"))
    assert (tmp_path / "ours.po").read_bytes() == before
