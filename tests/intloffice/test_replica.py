"""The optional read replica (issue 15, "Must hold" 6): two database aliases on one server —
one SQLite file here — as DATABASE_REPLICA_URL sets them. Anonymous GETs read from the replica;
writes, signed-in users and commands use the primary. Run in a subprocess: the settings decide
the aliases at start-up."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json
from django.contrib.auth.models import User
from django.db import connections
from django.test import Client
from django.test.utils import CaptureQueriesContext
from intloffice.models import ContactMessage, SiteSettings
from tests.factories import PageFactory

SiteSettings.get_solo()
PageFactory(slug="about-us", title_en="About", title_ar="عن المكتب")
staff = User.objects.create_user("editor", password="pw", is_staff=True, is_superuser=True)


def measure(action):
    with CaptureQueriesContext(connections["default"]) as primary, \
            CaptureQueriesContext(connections["replica"]) as replica:
        status = action()
    return {"status": status, "primary": len(primary), "replica": len(replica),
            "primary_writes": sum(q["sql"].startswith(("INSERT", "UPDATE")) for q in primary)}


anonymous = Client()
signed_in = Client()
signed_in.force_login(staff)
result = {
    "anonymous_get": [measure(lambda: anonymous.get(f"/{lang}/about/about-us/").status_code)
                      for lang in ("ar", "en")],
    "anonymous_post": measure(lambda: anonymous.post("/en/contact/", {
        "name": "A", "email": "a@example.org", "subject": "S", "message": "M"}).status_code),
    "staff_get": measure(lambda: signed_in.get("/en/about/about-us/").status_code),
    "command": measure(lambda: ContactMessage.objects.count()),
    "aliases": sorted(connections.settings),
}
print("RESULT " + json.dumps(result))
"""


def test_anonymous_reads_go_to_the_replica_and_the_rest_to_the_primary(tmp_path):
    database = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    env = {
        **os.environ,
        "DATABASE_URL": database,
        "DATABASE_REPLICA_URL": database,
        "DJANGO_PAGE_CACHE_SECONDS": "0",
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
        "DJANGO_PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
        "CACHE_URL": "locmemcache://",
        "DJANGO_ALLOWED_HOSTS": "testserver",
    }
    for args in (["migrate", "--noinput", "-v0"], ["shell", "-c", SCRIPT]):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr[-3000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESULT "))
    found = json.loads(line.removeprefix("RESULT "))
    assert found["aliases"] == ["default", "replica"]
    for page in found["anonymous_get"]:  # both languages
        assert page["status"] == 200
        assert page["replica"] > 0 and page["primary"] == 0
    post = found["anonymous_post"]
    assert post["status"] == 302 and post["primary_writes"] >= 1 and post["replica"] == 0
    staff = found["staff_get"]
    assert staff["status"] == 200 and staff["primary"] > 0 and staff["replica"] == 0
    command = found["command"]
    assert command["status"] == 1 and command["primary"] == 1 and command["replica"] == 0
