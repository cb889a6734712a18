"""Run every bench/bench_*.py module and write bench/results/latest.txt.

make bench-pages            # SQLite in a temporary folder
DATABASE_URL=postgres://postgres@127.0.0.1:5432/intloffice_bench make bench-pages
"""

import importlib
import os
import platform
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intloffice.settings")
os.environ["DJANGO_PAGE_CACHE_SECONDS"] = "0"  # uncached figures
# Fragments in process memory, as bench/load.py's "uncached" mode (CACHE_URL=redis://… to
# measure them in Redis); without it DEBUG off would put them in the database cache.
os.environ.setdefault("CACHE_URL", "locmemcache://")
os.environ["DJANGO_DEBUG"] = "0"
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-secret-key-" + "x" * 40)
os.environ["DJANGO_HTTPS"] = "0"
os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver,127.0.0.1,localhost"
tmp = tempfile.mkdtemp(prefix="intloffice-bench-")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
os.environ["DJANGO_MEDIA_ROOT"] = f"{tmp}/media"
os.environ["DJANGO_PRIVATE_MEDIA_ROOT"] = f"{tmp}/private"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from bench.harness import run_pages  # noqa: E402


def main():
    settings.ROOT_URLCONF = "bench.urls"
    setup_test_environment()
    call_command("collectstatic", verbosity=0, interactive=False)
    call_command("migrate", verbosity=0, interactive=False)
    names = sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    only = sys.argv[1:]
    lines = [
        f"intloffice benchmarks — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC — "
        f"{platform.python_version()} — {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}"
        " — median of 30 uncached requests through the Django test client",
    ]
    all_ok = True
    for name in names:
        if only and name not in only:
            continue
        module = importlib.import_module(f"bench.{name}")
        module.prepare()
        rows, ok = run_pages(module.PAGES)
        all_ok &= ok
        lines.append(f"\n[{name}]")
        lines.extend(rows)
        if hasattr(module, "report"):  # figures the harness's median does not give (p95)
            lines.extend(module.report())
    report = "\n".join(lines) + "\n"
    print(report)
    vendor = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    name = f"{'-'.join(only)}-{vendor}.txt" if only else "latest.txt"  # a subset: its own file
    out = Path(__file__).parent / "results" / name
    out.write_text(report, encoding="utf-8")
    return 0 if all_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
