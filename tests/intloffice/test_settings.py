"""Settings from the environment: production refuses to start without its secret, and passes
`check --deploy` cleanly."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "CACHE_URL"))
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_without_secret_key_stops_with_one_clear_line():
    result = run_manage("check", DJANGO_DEBUG="0")
    assert result.returncode != 0
    assert result.stderr.strip() == "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off."


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="k3y-" + "x9Q!" * 16,
        DJANGO_ALLOWED_HOSTS="international.example.edu",
        CACHE_URL="redis://127.0.0.1:6379/3",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
