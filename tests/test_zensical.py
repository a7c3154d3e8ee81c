"""The site also builds with Zensical (pinned 0.0.73), from the same mkdocs.yml, and its quizzes work.

Zensical runs no MkDocs hooks, so generation is an explicit step first, as in
scripts/zensical: `python -m casekit generate`, then `zensical build`. The
project is copied into a temporary folder (without the generated pages), so
the test builds from the authored files alone and leaves the checkout alone.
"""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Iterator
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser

from casekit.model.links import GENERATED_FOLDERS
from tests.conftest import ROOT, QuietHandler, ServedSite

ZENSICAL = str(Path(sys.executable).with_name("zensical"))
VERSION = "0.0.73"


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    project = tmp_path_factory.mktemp("zensical") / "project"
    for folder in ("cases", "quizzes", "taxonomy", "guides", "overrides"):
        shutil.copytree(ROOT / folder, project / folder)
    docs = ROOT / "docs"
    shutil.copytree(docs, project / "docs",  # the generated folders at the top only: docs/assets/trainer/ is hand-written
                    ignore=lambda folder, names: [n for n in names if Path(folder) == docs and n in GENERATED_FOLDERS])
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    generated = subprocess.run([sys.executable, "-m", "casekit", "--root", str(project), "generate"],
                               capture_output=True, text=True, timeout=120)
    assert generated.returncode == 0, generated.stderr
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(project / "site")))
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    built = subprocess.run([ZENSICAL, "build", "--strict", "-f", "mkdocs.yml"], cwd=project, capture_output=True, text=True,
                           timeout=120, env={**os.environ, "SITE_URL": url})
    assert built.returncode == 0, built.stdout + built.stderr
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield ServedSite(project / "site", url)
    server.shutdown()


def test_the_pinned_zensical_is_installed() -> None:
    version = subprocess.run([ZENSICAL, "--version"], capture_output=True, text=True, timeout=30)
    assert VERSION in version.stdout + version.stderr
    assert f"zensical=={VERSION}" in (ROOT / "requirements.txt").read_text(encoding="utf-8")


def test_zensical_builds_every_generated_page(zensical_site: ServedSite) -> None:
    site = zensical_site.path
    for slug in (p.stem for p in (ROOT / "quizzes").glob("*.yml")):
        assert (site / "quizzes" / slug / "index.html").is_file(), slug
    for slug in (p.stem for p in (ROOT / "cases").glob("*.md")):
        assert (site / "cases" / slug / "index.html").is_file(), slug
    assert "Страница не найдена" in (site / "404.html").read_text(encoding="utf-8")


def test_a_quiz_and_the_trainer_page_built_by_zensical_work(browser: Browser, zensical_site: ServedSite) -> None:
    context = browser.new_context(base_url=zensical_site.url)
    page = context.new_page()
    errors: list[str] = []
    foreign: list[str] = []
    page.on("request", lambda r: foreign.append(r.url) if urlparse(r.url).hostname not in ("127.0.0.1", None) else None)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto("quizzes/groups-basics/")
    page.wait_for_selector(".quiz[data-quiz-ready]", state="attached")
    question = page.locator('.quiz-question[data-type="single"]').first
    question.locator("input").first.check()
    question.locator(".quiz-check").click()
    assert question.locator(".quiz-status").inner_text().startswith(("Верно.", "Неверно."))
    assert "Вопрос 1 из" in page.inner_text(".quiz")
    page.goto("trainer/")
    page.wait_for_selector(".trainer-verify")
    page.wait_for_load_state("networkidle")
    context.close()
    assert errors == []
    assert foreign == [], "requests to other hosts"
