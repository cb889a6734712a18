"""Two app servers sharing one database (and one cache): an interface translation saved in the
browser on one is served by the other at once, without a restart (README "Translations").

Two real gunicorn processes: on PostgreSQL they share the test database; on SQLite a database
file made for them. The cache they share is Redis when the suite runs on it (CI's PostgreSQL
pass), else a file cache. The test prints its figures (``pytest -s``).
"""

import hashlib
import http.cookiejar
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import polib
import pytest
from django.conf import settings
from django.db import connection

from intloffice import catalogue
from tests.live import free_port

SKIP = "Skip to main content"
EDITED = "انتقل مباشرة إلى المحتوى"
FORM = "/translations/files/project/ar/0/"
SETUP = """
from django.contrib.auth.models import Group, User
from intloffice.models import SiteSettings
SiteSettings.get_solo()
user = User.objects.create_user("translator", password="two-servers-pw", is_staff=True)
user.groups.add(Group.objects.get(name="translators"))
from intloffice.models import Page
Page.objects.create(slug="two-servers", title_en="Before the edit", title_ar="قبل التعديل",
                    status="published", in_navigation=True)
from news.models import Article
Article.objects.create(slug="two-servers-news", title_en="Tapirs before", title_ar="قبل",
                       body_en="<p>x</p>", body_ar="<p>س</p>", status="published")
"""
EDIT = """
from intloffice.models import Page
page = Page.objects.get(slug="two-servers")
page.title_en = "After the edit"
page.save()
from news.models import Article
article = Article.objects.get(slug="two-servers-news")
article.title_en = "Tapirs after"
article.save()
"""
DELETE = """
from intloffice.models import Page
Page.objects.filter(slug="two-servers").delete()
"""


def _database_url(tmp_path):
    """The database both servers use: the test database on PostgreSQL, else a fresh file."""
    if connection.vendor == "postgresql":
        db = connection.settings_dict
        auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
        return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    return f"sqlite:///{tmp_path / 'servers.sqlite3'}"


class Browser:
    """A visitor with cookies (urllib), reading pages of one server."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, path):
        started = time.perf_counter()
        with self.opener.open(self.base + path, timeout=60) as response:
            body = response.read().decode()
            return body, response.headers, (time.perf_counter() - started) * 1000

    def post(self, path, data):
        body, _headers, _ms = self.get(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)
        payload = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}).encode()
        request = urllib.request.Request(
            self.base + path, data=payload, headers={"Referer": self.base + path}
        )
        started = time.perf_counter()
        with self.opener.open(request, timeout=60) as response:
            return response.read().decode(), (time.perf_counter() - started) * 1000

    def log_in(self):
        self.post(
            "/admin/login/",
            {"username": "translator", "password": "two-servers-pw", "next": "/admin/"},
        )


def _shared_cache(tmp_path):
    """Redis when the suite runs on it (CI's PostgreSQL pass; this test worker's database),
    as in production; else a file cache."""
    default = settings.CACHES["default"]
    if default["BACKEND"].endswith("RedisCache"):
        return default["LOCATION"]
    return f"filecache://{tmp_path / 'shared-cache'}"


def _env(tmp_path):
    return {
        **os.environ,
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": _database_url(tmp_path),
        "CACHE_URL": _shared_cache(tmp_path),
        "DJANGO_PAGE_CACHE_SECONDS": "300",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_LOG_LEVEL": "ERROR",
    }


def _shell(tmp_path, code):
    """Run ``code`` in ``manage.py shell`` against the servers' database and cache: a third
    process, as an editor's script or a management command on another machine would."""
    manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
    subprocess.run([*manage, "shell", "-c", code], env=_env(tmp_path), check=True, timeout=120)


@pytest.fixture
def servers(transactional_db, tmp_path):
    env = _env(tmp_path)
    manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
    if connection.vendor != "postgresql":
        subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, timeout=300)
    subprocess.run([*manage, "shell", "-c", SETUP], env=env, check=True, timeout=120)
    processes, bases = [], []
    for _ in range(2):
        port = free_port()
        processes.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "intloffice.wsgi",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "1",
                    "--no-control-socket",
                ],
                cwd=settings.BASE_DIR,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        bases.append(f"http://127.0.0.1:{port}")
    try:
        for base in bases:
            deadline = time.monotonic() + 90
            while True:
                try:
                    urllib.request.urlopen(base + "/healthz", timeout=5).read()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.3)
        yield bases
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def _field(msgstr):
    entry = next(
        e for e in polib.pofile(str(catalogue.project_catalogue_path("ar"))) if e.msgid == SKIP
    )
    return "m_" + hashlib.md5((entry.msgid + msgstr + (entry.msgctxt or "")).encode()).hexdigest()


def test_a_translation_saved_on_one_server_is_served_by_the_other(servers):
    original = next(
        e for e in polib.pofile(str(catalogue.project_catalogue_path("ar"))) if e.msgid == SKIP
    ).msgstr
    server_a, server_b = servers
    visitor_b = Browser(server_b)
    html, headers, _ms = visitor_b.get("/ar/")
    assert original in html
    html, headers, cached_ms = visitor_b.get("/ar/")
    assert headers["X-Cache"] == "hit"

    translator_a = Browser(server_a)
    translator_a.log_in()
    _body, save_ms = translator_a.post(f"{FORM}?query=Skip", {_field(original): EDITED})

    html, headers, first_ms = visitor_b.get("/ar/")  # B's first request after the save
    assert EDITED in html and original not in html
    assert headers["X-Cache"] == "miss"  # the saved translation emptied the page cache too
    _html, _headers, second_ms = visitor_b.get("/ar/")

    # The translator's session is in the shared database: the form on B shows the edit, and a
    # change made on B reaches A the same way.
    translator_b = Browser(server_b)
    translator_b.opener = translator_a.opener
    translator_b.base = server_b
    assert EDITED in translator_b.get(f"{FORM}?query=Skip")[0]
    translator_b.post(f"{FORM}?query=Skip", {_field(EDITED): original})
    assert original in Browser(server_a).get("/ar/")[0]

    print(
        "\ntwo app servers, one database "
        f"({connection.vendor}), one shared cache: save on A {save_ms:.0f} ms; "
        f"B before the save (page cache hit) {cached_ms:.0f} ms; "
        f"B's first request after it {first_ms:.0f} ms (catalogue reloaded, page rendered), "
        f"the next {second_ms:.0f} ms; requests on B before it served the edit: 1"
    )


def test_a_content_edit_is_served_by_every_server_on_the_next_request(servers, tmp_path):
    visitors = [Browser(base) for base in servers]
    for visitor in visitors:
        visitor.get("/en/about/two-servers/")
        html, headers, _ms = visitor.get("/en/about/two-servers/")
        assert headers["X-Cache"] == "hit" and "Before the edit" in html
        for path in ("/en/news/", "/en/"):  # a news card, the home block: shared fragments
            assert "Tapirs before" in visitor.get(path)[0]
    _shell(tmp_path, EDIT)
    for visitor in visitors:
        html, headers, _ms = visitor.get("/en/about/two-servers/")
        assert "After the edit" in html and "Before the edit" not in html
        assert headers["X-Cache"] == "miss"
        for path in ("/en/news/", "/en/"):
            html = visitor.get(path)[0]
            assert "Tapirs after" in html and "Tapirs before" not in html
        # The navigation (a fragment of the office pages) on a page of another app.
        html = visitor.get("/en/visits/")[0]
        assert "After the edit" in html and "Before the edit" not in html
    _shell(tmp_path, DELETE)
    for visitor in visitors:
        with pytest.raises(urllib.error.HTTPError) as gone:
            visitor.get("/en/about/two-servers/")
        assert gone.value.code == 404
