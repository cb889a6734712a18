"""Checkers the tests run from npm (the Nu HTML checker, Lighthouse), pinned and installed on
first use into ``var/<folder>/`` (ignored by git), and the rule for when a tool is missing:
a skip on a laptop, a failure in CI (the ``CI`` environment variable, as ``.ci/run`` sets it),
so CI cannot stay green with a check silently not running."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def in_ci():
    return os.environ.get("CI", "").lower() not in ("", "0", "false")


def missing(check, reason):
    """Skip ``check`` (e.g. "Lighthouse") for ``reason``, or fail when running in CI."""
    if in_ci():
        pytest.fail(f"{check} skipped in CI ({reason}): CI must run it.")
    pytest.skip(reason)


def npm_package(check, name, version, folder, *, ignore_scripts=False):
    """The folder of npm package ``name`` at ``version`` under ``var/<folder>/``, installed
    when it is not there at that version."""
    prefix = ROOT / "var" / folder
    package = prefix / "node_modules" / name

    def installed():
        try:
            return json.loads((package / "package.json").read_text())["version"]
        except (OSError, ValueError, KeyError):
            return None

    if installed() != version:
        npm = shutil.which("npm")
        if npm is None:
            missing(check, f"npm is not installed: it fetches {name}")
        prefix.mkdir(parents=True, exist_ok=True)
        command = [npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "--no-save"]
        if ignore_scripts:
            command.append("--ignore-scripts")
        result = subprocess.run(
            [*command, f"{name}@{version}"], capture_output=True, text=True, timeout=600
        )
        if result.returncode or installed() != version:
            missing(check, f"npm could not install {name}@{version}: {result.stderr[-500:]}")
    return package
