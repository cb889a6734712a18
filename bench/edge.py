"""The production edge on the loopback: deploy/nginx in front of an app server, and the static
files collected as production collects them. Used by `make bench` (bench/load.py), the edge
tests (tests/intloffice/test_deploy.py) and Lighthouse (tests/e2e/test_lighthouse_browser.py),
so all three measure the configuration that is deployed, not a copy of it.
"""

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATIC_ROOT = ROOT / "var" / "static"  # settings.STATIC_ROOT
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)

NGINX_CONF = """
worker_processes 2;
{user}
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    {site}
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        {common}
    }}
}}
"""


def free_port():
    """A loopback port with nothing listening on it (at the time of asking)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def nginx_config(prefix, port, app_port, media):
    """deploy/nginx/intloffice.conf for loopback: the same upstream, micro-cache and shared
    locations (compression included), without TLS, the paths moved to this checkout, the
    media folder ``media`` and the run's folder ``prefix``."""
    site = (ROOT / "deploy/nginx/intloffice.conf").read_text()
    site = site.split("server {", 1)[0]  # the http-level part: cache path, map, upstream
    site = site.replace("/var/cache/nginx/intloffice", f"{prefix}/cache")
    site = re.sub(r"server 127\.0\.0\.1:8000[^;]*;", f"server 127.0.0.1:{app_port};", site)
    common = (ROOT / "deploy/nginx/intloffice-common.conf").read_text()
    common = common.replace("/srv/intloffice/var/media/", f"{Path(media)}/")
    common = common.replace("/srv/intloffice/", f"{ROOT}/")
    user = "user root;" if os.geteuid() == 0 else ""
    return NGINX_CONF.format(prefix=prefix, port=port, site=site, common=common, user=user)


@contextlib.contextmanager
def nginx_edge(app_port, media, nginx=None):
    """Debian's nginx with the deploy configuration on a free loopback port, in front of the
    app server listening on ``app_port``; yields its base URL (``http://127.0.0.1:<port>``)."""
    nginx = nginx or NGINX
    if nginx is None:
        raise RuntimeError("nginx is not installed (apt-get install nginx)")
    prefix = Path(tempfile.mkdtemp(prefix="intloffice-nginx-"))
    port = free_port()
    config = prefix / "nginx.conf"
    config.write_text(nginx_config(prefix, port, app_port, media))
    command = [nginx, "-p", str(prefix), "-c", str(config)]
    check = subprocess.run([*command, "-t"], capture_output=True, text=True)
    if check.returncode:
        shutil.rmtree(prefix, ignore_errors=True)
        raise RuntimeError(f"nginx refuses the configuration:\n{check.stderr}")
    process = subprocess.Popen([*command, "-g", "daemon off;"])
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(prefix, ignore_errors=True)


def production_env(**overrides):
    """This process's environment without its own Django settings, as production sets them
    (DEBUG off; plain HTTP on the loopback), plus ``overrides``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "CACHE_URL"))
    }
    env.update(DJANGO_DEBUG="0", DJANGO_HTTPS="0", DJANGO_SETTINGS_MODULE="intloffice.settings")
    env.update(overrides)
    return env


def collect_static():
    """Collect the static files as production does (hashed names, .gz and .br beside them:
    DEBUG off selects WhiteNoise's CompressedManifestStaticFilesStorage) into var/static, unless
    the collection there is newer than every file of static/ and requirements.txt (third-party
    static files). About 30 s when it runs."""
    manifest = STATIC_ROOT / "staticfiles.json"
    sources = [path for path in (ROOT / "static").rglob("*") if path.is_file()]
    newest = max(path.stat().st_mtime for path in [*sources, ROOT / "requirements.txt"])
    if manifest.exists() and manifest.stat().st_mtime >= newest:
        return
    production = production_env(
        DJANGO_SECRET_KEY="collectstatic-only-" + "x" * 40, DJANGO_ALLOWED_HOSTS="localhost"
    )
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        check=True,
        env=production,
    )
