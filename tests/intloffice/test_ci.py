"""The CI gate: a browser test that skips (no chromium) fails the run when ``CI`` is set.

Locally the same test just skips (tests/e2e/conftest.py); that path is what every developer
without chromium sees, so only the CI path is run here (one pytest subprocess).
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BROWSER_TEST = "tests/e2e/test_shell_browser.py::test_skip_link_is_first_and_moves_focus_to_main"


def test_a_skipped_browser_test_fails_the_run_in_ci():
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", BROWSER_TEST],
        cwd=ROOT,
        env={**os.environ, "PATH": "/nonexistent", "CI": "true"},  # no chromium on the PATH
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout
    assert "Browser test skipped in CI" in result.stdout
    assert "1 error" in result.stdout


def test_the_html_validity_check_cannot_skip_in_ci():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:xdist",
            "tests/intloffice/test_html_validity.py",
        ],
        cwd=ROOT,
        env={**os.environ, "PATH": "/nonexistent", "CI": "true"},  # no java on the PATH
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout
    assert "HTML validity check skipped in CI" in result.stdout
