import shutil

import pytest

from tests.live import manage, production_env

ADMIN_PASSWORD = "Adm1n-pass-for-tests"
SEED = f"""
from django.contrib.auth.models import User
from intloffice.models import SiteSettings
from tests.factories import PageFactory
from tests.partners.factories import PartnerFactory
User.objects.create_superuser("admin", "admin@example.org", "{ADMIN_PASSWORD}")
User.objects.create_user("editor", "editor@example.org", "{ADMIN_PASSWORD}", is_staff=True)
SiteSettings.get_solo()
PageFactory(slug="about-us", title_en="About the office", title_ar="عن المكتب")
PartnerFactory(slug="najaf", name_en="Najaf Seminary", name_ar="حوزة النجف")
"""


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    """A migrated SQLite database with a page, a partner, a superuser and a staff member."""
    folder = tmp_path_factory.mktemp("live-template")
    database = folder / "template.sqlite3"
    env = production_env(database, folder)
    manage("migrate", "--noinput", "-v0", env=env)
    manage("shell", "-c", SEED, env=env)
    return database


@pytest.fixture
def live_database(migrated_template, tmp_path):
    database = tmp_path / "site.sqlite3"
    shutil.copy(migrated_template, database)
    return database
