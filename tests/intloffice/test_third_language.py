"""A third language is a procedure (README "Adding a language"): French added through settings
(a temporary settings module), the migrations for its columns made and run,
``update_translation_fields``; the Arabic and English pages are unchanged, ``/fr/`` is served
with every fallback marked.

Two fresh processes on a temporary SQLite database: the site as it is (content created, ar and
en pages read), then the same site with French added.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from django.apps import apps
from django.conf import settings

CONTENT = """
import datetime
from django.utils import timezone
from intloffice.models import Objective, Page, SiteSettings
from news.models import Article
from partners.models import Partner

when = datetime.datetime(2025, 1, 15, 9, tzinfo=datetime.UTC)
site = SiteSettings.get_solo()
site.office_name_ar, site.office_name_en = "مكتب العلاقات الدولية", "International Office"
site.university_name_ar, site.university_name_en = "جامعة المثال", "Example University"
site.save()
page = Page.objects.create(
    slug="about-us", title_ar="من نحن", title_en="About us", body_ar="<p>نص الصفحة</p>",
    body_en="<p>Page text</p>", status="published", published_at=when,
)
Objective.objects.create(page=page, text_ar="بناء الشراكات", text_en="Build partnerships")
Article.objects.create(
    slug="delegation-visit", title_ar="زيارة وفد", title_en="A delegation visits",
    summary_ar="ملخص", summary_en="Summary", body_ar="<p>خبر</p>", body_en="<p>News</p>",
    status="published", published_at=when,
)
Partner.objects.create(
    slug="arabic-only-partner", name_ar="مجمع اللغة العربية", name_en="", kind="research",
    country="EG", only_language="ar", status="published", published_at=when,
)
"""
PAGES = ["/{}/about/about-us/", "/{}/news/delegation-visit/", "/{}/partners/arabic-only-partner/"]
READ = """
import json
from django.test import Client
client = Client()
pages = {}
for language in LANGUAGES:
    for path in PAGES:
        response = client.get(path.format(language))
        pages[path.format(language)] = [response.status_code, response.content.decode()]
print("PAGES=" + json.dumps(pages))
"""
FRENCH_SETTINGS = """
from intloffice.settings import *  # noqa: F403

LANGUAGES = [*LANGUAGES, ("fr", "Français")]
MODELTRANSLATION_LANGUAGES = (*MODELTRANSLATION_LANGUAGES, "fr")
MIGRATION_MODULES = {MODULES!r}
"""


def run(code, env, cwd):
    script = "import django\ndjango.setup()\n" + code
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def pages_of(output):
    return json.loads(output.split("PAGES=", 1)[1])


def main(html):
    return re.search(r"<main.*?</main>", html, re.S).group(0)


def test_french_added_through_settings_leaves_ar_and_en_unchanged_and_falls_back(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CACHE_URL": "locmemcache://third-language",
        "DJANGO_DEBUG": "1",
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DJANGO_SETTINGS_MODULE": "intloffice.settings",
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(settings.BASE_DIR)]),
        "DJANGO_LOG_LEVEL": "ERROR",
    }
    cwd = settings.BASE_DIR
    two = "LANGUAGES = ['ar', 'en']\nPAGES = " + repr(PAGES) + "\n"

    # 1. The site as it is: its content, its Arabic and English pages.
    before = pages_of(
        run("from django.core.management import call_command\n"
            "call_command('migrate', verbosity=0)\n" + CONTENT + two + READ, env, cwd)
    )  # fmt: skip

    # 2. French through settings; the migrations of its columns go to a temporary copy of each
    #    app's migrations (a real deployment commits them in the apps).
    modules = {}
    for app in apps.get_app_configs():
        migrations = Path(app.path) / "migrations"
        if Path(app.path).is_relative_to(settings.BASE_DIR) and migrations.is_dir():
            target = tmp_path / "french_migrations" / app.label
            shutil.copytree(migrations, target, ignore=shutil.ignore_patterns("__pycache__"))
            modules[app.label] = f"french_migrations.{app.label}"
    (tmp_path / "french_migrations" / "__init__.py").write_text("")
    (tmp_path / "french_settings.py").write_text(
        FRENCH_SETTINGS.replace("{MODULES!r}", repr(modules))
    )
    french = {**env, "DJANGO_SETTINGS_MODULE": "french_settings"}
    three = "LANGUAGES = ['ar', 'en', 'fr']\nPAGES = " + repr(PAGES) + "\n"
    after = pages_of(
        run("from django.core.management import call_command\n"
            "call_command('makemigrations', verbosity=0)\n"
            "call_command('migrate', verbosity=0)\n"
            "call_command('update_translation_fields', verbosity=0)\n" + three + READ,
            french, cwd)
    )  # fmt: skip

    new_migrations = "".join(
        path.read_text() for path in (tmp_path / "french_migrations").glob("*/0*.py")
    )
    for column in ("title_fr", "name_fr", "body_fr", "office_name_fr", "summary_fr"):
        assert f"'{column}'" in new_migrations or f'"{column}"' in new_migrations, column

    # Arabic and English pages: the same content, the same markup.
    for path, (status, html) in before.items():
        assert status == 200, path
        assert after[path][0] == 200
        assert main(after[path][1]) == main(html), path
    # The language switch now offers French too.
    assert 'hreflang="fr"' in after["/ar/about/about-us/"][1]

    # /fr/: French pages, content falling back (English first, then Arabic), every fallback
    # marked with its language and the note; interface strings in the English source, not Arabic
    # (Django's own strings, such as "Skip to main content", come in its French).
    status, page = after["/fr/about/about-us/"]
    assert status == 200 and '<html lang="fr" dir="ltr">' in page
    assert '<h1 lang="en" dir="ltr" data-fallback="in English">About us</h1>' in page
    assert 'lang="en" dir="ltr" data-fallback="in English">Build partnerships</li>' in page
    assert "Contact us" in page and "Objectives" in page  # the project's strings: no French yet
    assert "اتصل بنا" not in page and "الأهداف" not in page
    status, article = after["/fr/news/delegation-visit/"]
    assert status == 200 and 'data-fallback="in English">A delegation visits</h1>' in article
    status, partner = after["/fr/partners/arabic-only-partner/"]
    assert status == 200
    assert '<h1 lang="ar" dir="rtl" data-fallback="بالعربية">مجمع اللغة العربية</h1>' in partner
