"""Shared fixtures: tiny projects in temporary folders, and one real build per session."""
from __future__ import annotations

import functools
import http.server
import io
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterator
from urllib.parse import urlparse, urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
MINI = Path(__file__).resolve().parent / "fixtures" / "mini"
MKDOCS = str(Path(sys.executable).with_name("mkdocs"))


def write_files(base: Path, files: dict[str, str | bytes]) -> None:
    """Create files under base from a {relative path: text or bytes} dict."""
    for relative, content in files.items():
        target = base / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")


def copy_mini(project: Path, files: dict[str, str | bytes] | None = None) -> Path:
    """Make project a copy of tests/fixtures/mini with the site's config and hand-written pages."""
    shutil.copytree(MINI, project)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    hook = (ROOT / "casekit" / "mkdocs_hook.py").as_posix()
    (project / "mkdocs.yml").write_text(config.replace("casekit/mkdocs_hook.py", hook), encoding="utf-8")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copytree(ROOT / "docs", project / "docs", dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("groups", "tactics", "antipatterns", "cases", "quizzes", "exports"))
    # The learning path and the home page name the real curriculum's cases, guides and quizzes, which the fixture lacks.
    (project / "docs" / "path" / "index.md").write_text("# Путь новичка\n", encoding="utf-8")
    (project / "docs" / "index.md").write_text("# Трудный клиент\n\nУчебный сайт о недовольных клиентах.\n",
                                               encoding="utf-8")
    write_files(project, files or {})
    return project


@pytest.fixture
def mini_project(tmp_path: Path) -> Callable[..., Path]:
    """A copy of tests/fixtures/mini plus the site's config, with extra files on top."""

    def make(files: dict[str, str | bytes] | None = None) -> Path:
        return copy_mini(tmp_path / f"project-{len(list(tmp_path.glob('project*')))}", files)

    return make


def run_mkdocs(project: Path, *args: str, site_url: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build` in project and capture its output."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site_url:
        env["SITE_URL"] = site_url
    return subprocess.run([MKDOCS, "build", "--strict", *args], cwd=project, env=env,
                          capture_output=True, text=True, timeout=300)


@dataclass
class ServedSite:
    """A built site and the local address it is served at."""

    path: Path
    url: str


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without logging every request."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def build_and_serve(project: Path, site: Path) -> ServedSite:
    """Bind a local port, build project for that origin (instant navigation needs it; the hook indexes it
    for search), serve it."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    result = run_mkdocs(project, "--site-dir", str(site), site_url=url)
    assert result.returncode == 0, result.stdout + result.stderr
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return ServedSite(site, url)


class SubPathServer(http.server.ThreadingHTTPServer):
    """Serves a site folder under a sub-path, as GitHub Pages serves a project site.

    Like Pages, a missing address gets the site's 404.html with status 404 and a
    folder without its slash is redirected. A request outside the sub-path is
    answered 404 and kept in `outside`.
    """

    def __init__(self, site: Path, prefix: str) -> None:
        self.site, self.prefix = site, prefix
        self.outside: list[str] = []
        super().__init__(("127.0.0.1", 0), functools.partial(_SubPathHandler, directory=str(site)))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{self.prefix}"

    def start(self) -> None:
        threading.Thread(target=self.serve_forever, daemon=True).start()


class _SubPathHandler(QuietHandler):
    server: SubPathServer

    def send_head(self) -> io.BytesIO | BinaryIO | None:
        path = urlsplit(self.path).path
        if not path.startswith(self.server.prefix):
            self.server.outside.append(self.path)
            self.send_error(404)
            return None
        local = Path(self.translate_path("/" + self.path[len(self.server.prefix):]))
        if local.is_dir() and not path.endswith("/"):
            self.send_response(301)
            self.send_header("Location", path + "/")
            self.end_headers()
            return None
        if not (local / "index.html" if local.is_dir() else local).is_file():
            body = (self.server.site / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return io.BytesIO(body)
        self.path = "/" + self.path[len(self.server.prefix):]
        return super().send_head()


def serve_under(site: Path, prefix: str, build: Callable[[str], None]) -> SubPathServer:
    """Bind a port, build the site for its sub-path address with build(url), then serve it."""
    server = SubPathServer(site, prefix)
    build(server.url)
    server.start()
    return server


@pytest.fixture(scope="session")
def real_served(tmp_path_factory: pytest.TempPathFactory) -> ServedSite:
    """The real corpus, built once per test session and served on localhost."""
    return build_and_serve(ROOT, tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def real_site(real_served: ServedSite) -> Path:
    """The folder of the real site built once per session."""
    return real_served.path


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run scripts/test, which installs Debian's chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


EVIL = '<img src=x onerror="window.__pwned=1">'


@pytest.fixture(scope="session")
def mini_served(tmp_path_factory: pytest.TempPathFactory) -> ServedSite:
    """The mini fixture with its example quiz, plus a case and a quiz whose titles try to inject script."""
    project = tmp_path_factory.mktemp("browser") / "project"
    basics = (MINI / "quizzes" / "basics.yml").read_text(encoding="utf-8")
    tiles = (MINI / "cases" / "tiles-redo.md").read_text(encoding="utf-8")
    copy_mini(project, {
        "quizzes/evil.yml": basics.replace("title: Основы", f"title: '{EVIL}'"),
        "cases/evil-case.md": tiles.replace("title: Плитку переложили за свой счёт", f"title: '{EVIL}'")
                                   .replace("related: [silent-clinic]\n", ""),
    })
    return build_and_serve(project, project / "site")


@pytest.fixture
def page(browser: Browser, mini_served: ServedSite) -> Iterator[Page]:
    """A fresh page (empty storage); fails the test on a console error or a request to another host."""
    context = browser.new_context(base_url=mini_served.url)
    page = context.new_page()
    errors: list[str] = []
    foreign: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: foreign.append(r.url) if urlparse(r.url).hostname not in ("127.0.0.1", None) else None)
    yield page
    context.close()
    assert errors == [], "console errors"
    assert foreign == [], "requests to other hosts"
