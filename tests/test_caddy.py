"""The Caddy reverse proxy, run from the project's Caddyfile in front of a real app process."""

import gzip
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CADDYFILE = PROJECT_ROOT / "Caddyfile"
CADDY_RUN = ["run", "--config", str(CADDYFILE), "--adapter", "caddyfile"]
CADDY_SETTINGS = ("SITE_ADDRESS", "APP_UPSTREAMS", "STATIC_ROOT", "MAX_BODY_SIZE", "ACCESS_LOG")
BODY_LIMIT = 1_000_000
STARTUP_SECONDS = 30

# A made-up NIK, as staff type it into the registry search.
NIK = "3216061505900001"
NIK_SEARCH = f"/petugas/penduduk?q={NIK}"
SESSION_COOKIE = "sesi=not-a-real-session-but-still-private"

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


@dataclass(frozen=True)
class Proxy:
    url: str
    access_log: Path
    static_root: Path


def _caddy() -> str:
    caddy = shutil.which("caddy")
    if caddy is None:
        pytest.fail("caddy is not installed: run `make test`, which installs it", pytrace=False)
    return caddy


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _caddy_environment(home: Path, **settings: str) -> dict[str, str]:
    """Caddy's own files (autosaved config, local CA) stay in the test's folder."""
    env = {key: value for key, value in os.environ.items() if key not in CADDY_SETTINGS}
    env.update(XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    env.update(CADDY_ADMIN="off", **settings)
    return env


@contextmanager
def _running(command: list[str], env: dict[str, str], url: str, log: Path) -> Iterator[None]:
    """Runs a server until the block ends, once its /healthz answers 200."""
    with log.open("wb") as output:
        process = subprocess.Popen(
            command, cwd=PROJECT_ROOT, env=env, stdout=output, stderr=subprocess.STDOUT
        )
    try:
        _wait_until_healthy(url, process, log)
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_healthy(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{process.args[0]} stopped on start-up:\n{log.read_text()}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    pytest.fail(f"{url}/healthz did not answer 200 within {STARTUP_SECONDS} s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Proxy]:
    caddy = _caddy()
    folder = tmp_path_factory.mktemp("caddy")
    static_root = folder / "static"
    shutil.copytree(PROJECT_ROOT / "static", static_root)
    app_port, proxy_port, stopped_port = _free_port(), _free_port(), _free_port()
    app_url, proxy_url = f"http://127.0.0.1:{app_port}", f"http://127.0.0.1:{proxy_port}"

    app_command = [sys.executable, "main.py", "serve", "--port", str(app_port)]
    app_env = dict(
        os.environ,
        DATABASE_URL=f"sqlite://{folder / 'app.sqlite3'}",
        DEMO_DATA="false",
        SECRET_KEY="caddy-test-secret-key-not-for-production",
        DATA_DIR=str(folder / "data"),
        PUBLIC_URL=proxy_url,
    )
    caddy_env = _caddy_environment(
        folder,
        SITE_ADDRESS=proxy_url,
        # No process listens on the second upstream: one app process down must not show.
        APP_UPSTREAMS=f"127.0.0.1:{app_port} 127.0.0.1:{stopped_port}",
        STATIC_ROOT=str(static_root),
        MAX_BODY_SIZE=str(BODY_LIMIT),
        ACCESS_LOG=str(folder / "access.log"),
    )

    with (
        _running(app_command, app_env, app_url, folder / "app.log"),
        _running([caddy, *CADDY_RUN], caddy_env, proxy_url, folder / "caddy.log"),
    ):
        yield Proxy(proxy_url, folder / "access.log", static_root)


class _HeaderEcho(BaseHTTPRequestHandler):
    """Stands in for the app and answers every request with the headers it received."""

    def do_GET(self) -> None:
        body = str(self.headers).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        """Quiet: a failing test shows what it needs."""


@pytest.fixture(scope="module")
def header_echo_proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    caddy = _caddy()
    folder = tmp_path_factory.mktemp("caddy-echo")
    proxy_url = f"http://127.0.0.1:{_free_port()}"

    with ThreadingHTTPServer(("127.0.0.1", 0), _HeaderEcho) as upstream:
        thread = threading.Thread(target=upstream.serve_forever)
        thread.start()
        env = _caddy_environment(
            folder,
            SITE_ADDRESS=proxy_url,
            APP_UPSTREAMS=f"127.0.0.1:{upstream.server_port}",
            ACCESS_LOG=str(folder / "access.log"),
        )
        try:
            with _running([caddy, *CADDY_RUN], env, proxy_url, folder / "caddy.log"):
                yield proxy_url
        finally:
            upstream.shutdown()
            thread.join()


@pytest.fixture(scope="module")
def client(proxy: Proxy) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=proxy.url, timeout=10) as client:
        yield client


def _assert_security_headers(response: httpx.Response) -> None:
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self';" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "Server" not in response.headers


def _raw_body(client: httpx.Client, path: str, encoding: str) -> tuple[httpx.Response, bytes]:
    with client.stream("GET", path, headers={"Accept-Encoding": encoding}) as response:
        return response, b"".join(response.iter_raw())


def _access_log_lines(proxy: Proxy, containing: str) -> list[str]:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        text = proxy.access_log.read_text() if proxy.access_log.exists() else ""
        if containing in text:
            return text.splitlines()
        time.sleep(0.1)
    pytest.fail(f"no line with {containing} in the access log {proxy.access_log}")


@pytest.mark.parametrize("placeholders", ["default", "test"])
def test_caddyfile_validates(placeholders: str, tmp_path: Path) -> None:
    settings = {}
    if placeholders == "test":
        settings = dict(
            SITE_ADDRESS="http://127.0.0.1:8080",
            APP_UPSTREAMS="127.0.0.1:8001 127.0.0.1:8002",
            STATIC_ROOT=str(PROJECT_ROOT / "static"),
            MAX_BODY_SIZE=str(BODY_LIMIT),
            ACCESS_LOG=str(tmp_path / "access.log"),
        )

    result = subprocess.run(
        [_caddy(), "validate", *CADDY_RUN[1:]],
        cwd=PROJECT_ROOT,
        env=_caddy_environment(tmp_path, **settings),
        capture_output=True,
        text=True,
        timeout=30,
    )

    assert result.returncode == 0, result.stderr
    assert "Valid configuration" in result.stdout + result.stderr


def test_home_page_comes_through_the_proxy_with_security_headers(client: httpx.Client) -> None:
    response = client.get("/")

    assert response.status_code == 200
    assert "Gratis" in response.text
    assert response.headers["Cache-Control"] == "no-store"
    _assert_security_headers(response)


def test_health_check_answers_through_the_proxy(client: httpx.Client) -> None:
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.text == "ok"


def test_site_answers_every_request_while_one_app_process_is_down(client: httpx.Client) -> None:
    statuses = [client.get("/healthz").status_code for _ in range(8)]

    assert statuses == [200] * 8


def test_app_receives_the_client_address_and_not_a_forged_one(header_echo_proxy: str) -> None:
    forged = {
        "X-Forwarded-For": "203.0.113.9",
        "X-Real-IP": "203.0.113.9",
        "Forwarded": "for=203.0.113.9",
    }

    received = httpx.get(f"{header_echo_proxy}/", headers=forged).text

    assert "X-Forwarded-For: 127.0.0.1\n" in received
    assert "203.0.113.9" not in received


def test_home_page_is_compressed_with_gzip(client: httpx.Client) -> None:
    response, body = _raw_body(client, "/", "gzip")

    assert response.headers["Content-Encoding"] == "gzip"
    assert body.startswith(GZIP_MAGIC)
    assert "Gratis" in gzip.decompress(body).decode()


def test_home_page_is_compressed_with_zstd(client: httpx.Client) -> None:
    response, body = _raw_body(client, "/", "zstd")

    assert response.headers["Content-Encoding"] == "zstd"
    assert body.startswith(ZSTD_MAGIC)


def test_stylesheet_linked_from_the_page_is_cached_for_a_year(client: httpx.Client) -> None:
    link = re.search(r'href="(/static/style\.css\?v=\w+)"', client.get("/").text)
    assert link, "the home page links no versioned style.css"

    response, body = _raw_body(client, link.group(1), "gzip, zstd")

    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response.headers["Content-Encoding"] in ("gzip", "zstd")
    assert body.startswith((GZIP_MAGIC, ZSTD_MAGIC))
    _assert_security_headers(response)


def test_static_files_come_from_the_static_folder_not_the_app(
    proxy: Proxy, client: httpx.Client
) -> None:
    # The app serves only the project's static/ folder, where this file does not exist.
    (proxy.static_root / "only-in-static-root.txt").write_text("served by Caddy")

    response = client.get("/static/only-in-static-root.txt")

    assert response.status_code == 200
    assert response.text == "served by Caddy"
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_upload_larger_than_the_limit_is_refused_with_413(client: httpx.Client) -> None:
    response = client.post("/masuk", content=b"x" * (BODY_LIMIT + 1), headers=FORM)

    assert response.status_code == 413
    assert "terlalu besar" in response.text
    _assert_security_headers(response)


def test_streamed_upload_larger_than_the_limit_is_refused_with_413(client: httpx.Client) -> None:
    # A generator makes httpx send the body chunked, without a Content-Length; the app reads
    # the form to find its CSRF token, and the proxy cuts it off at the limit.
    chunks = (b"x" * 100_000 for _ in range(BODY_LIMIT // 100_000 + 1))

    response = client.post("/masuk", content=chunks, headers=FORM)

    assert response.status_code == 413
    assert "terlalu besar" in response.text


def test_access_log_records_the_path_but_not_the_query_string_or_cookies(
    proxy: Proxy, client: httpx.Client
) -> None:
    page_address = f"{proxy.url}{NIK_SEARCH}"
    client.get(
        NIK_SEARCH,
        headers={"Cookie": SESSION_COOKIE, "Referer": page_address, "HX-Current-URL": page_address},
    )

    lines = _access_log_lines(proxy, '"uri":"/petugas/penduduk"')

    assert not [line for line in lines if NIK in line]
    assert not [line for line in lines if "sesi=" in line]
