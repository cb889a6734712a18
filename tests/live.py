"""Real services for the resilience tests: gunicorn workers, a throwaway Redis, a SQLite file.

Nothing here touches the shared PostgreSQL or Redis on their usual ports: each test starts
its own Redis on a free port, and a database "goes down" by making its SQLite file unreadable.
"""

import contextlib
import http.cookiejar
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from bench.edge import free_port

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SECRET = "live-test-" + "k3y!" * 12


def base_environment(**env):
    """The process environment without this session's Django variables, plus ``env``."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "CACHE_URL"))
    }
    environment.update(env)
    return environment


def manage(*args, env, check=True, timeout=180):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=base_environment(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result


def production_env(database, tmp_path, **extra):
    """A production configuration (DEBUG off) over plain HTTP on the loopback."""
    return {
        "DJANGO_SETTINGS_MODULE": "tests.live_settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_HTTPS": "0",
        "DJANGO_SECRET_KEY": SECRET,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
        "DJANGO_PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
        "DJANGO_LOG_LEVEL": "CRITICAL",
        **extra,
    }


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.text = body.decode("utf-8", "replace")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def fetch(url, data=None, headers=None, timeout=30):
    """One request on a new connection (so successive requests spread over the workers)."""
    request = urllib.request.Request(
        url, data=data, headers={"Connection": "close", **(headers or {})}
    )
    try:
        with _opener.open(request, timeout=timeout) as response:
            return Response(response.status, response.headers, response.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, error.headers, error.read())


class Browser:
    """Cookies kept between requests; ``post`` sends the CSRF token of the last form read."""

    def __init__(self, base, headers=None):
        self.base = base
        self.headers = headers or {}
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            _NoRedirect, urllib.request.HTTPCookieProcessor(self.jar)
        )
        self.token = ""

    def _open(self, request):
        try:
            with self.opener.open(request, timeout=30) as response:
                result = Response(response.status, response.headers, response.read())
        except urllib.error.HTTPError as error:
            result = Response(error.code, error.headers, error.read())
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', result.text)
        if found:
            self.token = found[1]
        return result

    def get(self, path):
        headers = {"Connection": "close", **self.headers}
        return self._open(urllib.request.Request(self.base + path, headers=headers))

    def post(self, path, data):
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": self.token, **data}).encode()
        headers = {"Connection": "close", **self.headers}
        return self._open(urllib.request.Request(self.base + path, data=body, headers=headers))


@contextlib.contextmanager
def gunicorn(env, workers=1, access_log=None, error_log=None):
    """Serve the site with gunicorn on a free loopback port; yield its base URL."""
    port = free_port()
    command = [
        str(BIN / "gunicorn"), "intloffice.wsgi:application", "--bind", f"127.0.0.1:{port}",
        "--workers", str(workers), "--no-control-socket", "--timeout", "30",
    ]  # fmt: skip
    if access_log:
        command += ["--access-logfile", str(access_log), "--access-logformat", "%(p)s %(s)s %(U)s"]
    stderr = open(error_log, "wb") if error_log else subprocess.DEVNULL
    process = subprocess.Popen(command, cwd=ROOT, env=base_environment(**env), stderr=stderr)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90  # a loaded machine starts workers slowly
        while True:
            try:
                fetch(f"{base}/robots.txt", timeout=5)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("gunicorn did not start") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if error_log:
            stderr.close()


@contextlib.contextmanager
def redis_server(port=None):
    """A throwaway Redis on its own port (never the shared one); yield its port."""
    port = port or free_port()
    options = f"--port {port} --bind 127.0.0.1 --appendonly no".split()
    process = subprocess.Popen(
        [shutil.which("redis-server"), *options, "--save", ""],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError("redis-server did not start")
            time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextlib.contextmanager
def database_down(path):
    """The SQLite database at ``path`` cannot be opened (a directory stands in its place)."""
    hidden = path.with_name(path.name + ".away")
    path.rename(hidden)
    path.mkdir()
    try:
        yield
    finally:
        path.rmdir()
        hidden.rename(path)
