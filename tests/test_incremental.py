"""What makes a rebuild cheap must never change what is built: the render cache,
the early stop of an unchanged run, and `scripts/serve` rebuilding only what changed."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections import OrderedDict
from pathlib import Path

import pytest

import casekit.build
import casekit.model.memo
from casekit.build import regenerate
from casekit.model.links import GENERATED_FOLDERS
from tests.conftest import ROOT


def copy_real_project(target: Path) -> Path:
    """The real corpus and hand-written pages, with the config pointing at this checkout's hook."""
    for folder in ("cases", "quizzes", "taxonomy", "guides", "overrides"):
        shutil.copytree(ROOT / folder, target / folder)
    (target / "docs").mkdir()
    for item in (ROOT / "docs").iterdir():
        if item.name in GENERATED_FOLDERS:
            continue
        (shutil.copytree if item.is_dir() else shutil.copy2)(item, target / "docs" / item.name)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (target / "mkdocs.yml").write_text(config.replace("casekit/mkdocs_hook.py", str(ROOT / "casekit/mkdocs_hook.py")),
                                       encoding="utf-8")
    return target


def generated(project: Path) -> dict[str, bytes]:
    docs = project / "docs"
    return {p.relative_to(docs).as_posix(): p.read_bytes() for folder in GENERATED_FOLDERS
            for p in sorted((docs / folder).rglob("*")) if p.is_file()}


def edit_case(project: Path, slug: str, sentence: str) -> None:
    case = project / "cases" / f"{slug}.md"
    case.write_text(case.read_text(encoding="utf-8").replace("\n## ", f"\n{sentence}\n\n## ", 1), encoding="utf-8")


def test_a_cached_run_writes_the_same_bytes_as_a_cold_one(tmp_path: Path) -> None:
    warm = copy_real_project(tmp_path / "warm")
    first = regenerate(warm)
    assert first.problems == [] and first.rendered > 500
    slug = sorted(p.stem for p in (warm / "cases").glob("*.md"))[0]
    edit_case(warm, slug, "Новая фраза для проверки кэша.")
    second = regenerate(warm)
    assert 0 < second.rendered < 10, "only the edited section is rendered again"
    cold = copy_real_project(tmp_path / "cold")
    shutil.copy2(warm / "cases" / f"{slug}.md", cold / "cases" / f"{slug}.md")
    assert not (cold / ".casekit-cache").exists()
    regenerate(cold)
    assert generated(warm) == generated(cold)
    assert "Новая фраза для проверки кэша." in generated(warm)[f"cases/{slug}.md"].decode()



def _replace_line(file: Path, prefix: str, line: str) -> None:
    text = file.read_text(encoding="utf-8")
    old = next(x for x in text.splitlines() if x.startswith(prefix))
    file.write_text(text.replace(old, line, 1), encoding="utf-8")


def test_runs_in_one_process_write_what_a_fresh_process_writes_after_edits_a_quiz_shows(tmp_path: Path) -> None:
    """`mkdocs serve` keeps what it made from unchanged quizzes; a case title or a tactic name they show must still reach them."""
    warm = copy_real_project(tmp_path / "warm")
    assert regenerate(warm, save_render_cache=False).problems == []
    _replace_line(warm / "cases" / "restaurant-review-war.md", "title:", "title: Ресторан и война отзывов, новый заголовок")
    _replace_line(warm / "taxonomy" / "tactics" / "by-the-contract.md", "name:", "name: Строго по договору, и только")
    assert regenerate(warm, save_render_cache=False).problems == []
    key = generated(warm)["quizzes/antipatterns/key.md"].decode()
    assert "Ресторан и война отзывов, новый заголовок" in key
    cold = copy_real_project(tmp_path / "cold")
    for edited in ("cases/restaurant-review-war.md", "taxonomy/tactics/by-the-contract.md"):
        shutil.copy2(warm / edited, cold / edited)
    subprocess.run([sys.executable, "-m", "casekit", "--root", str(cold), "generate"], check=True, capture_output=True)
    assert generated(warm) == generated(cold)
    assert "Строго по договору, и только" in generated(cold)["trainer/quizzes.json"].decode()


def test_an_unchanged_run_rewrites_nothing_and_a_touched_page_is_put_back(tmp_path: Path) -> None:
    project = copy_real_project(tmp_path / "project")
    regenerate(project)
    page = project / "docs" / "groups" / "index.md"
    stamp = page.stat().st_mtime_ns
    again = regenerate(project)
    assert again.unchanged and again.changed == []
    assert page.stat().st_mtime_ns == stamp
    original = page.read_bytes()
    page.write_text("hand edit", encoding="utf-8")
    repaired = regenerate(project)
    assert repaired.changed == ["groups/index.md"] and page.read_bytes() == original


def test_a_broken_cache_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_real_project(tmp_path / "project")
    regenerate(project)
    expected = generated(project)
    monkeypatch.setattr(casekit.build, "_last", None)  # as in a new process: the cache on disk is all there is
    monkeypatch.setattr(casekit.model.memo, "_made", OrderedDict())
    for file in (project / ".casekit-cache").iterdir():
        file.write_text("{not json", encoding="utf-8")
    shutil.rmtree(project / "docs" / "cases")
    result = regenerate(project)
    assert result.problems == [] and result.rendered > 500
    assert generated(project) == expected


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait(condition, seconds: float, what: str) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, what
        time.sleep(0.2)


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


def test_one_save_under_serve_is_one_build_and_updates_the_pages_that_list_the_case(tmp_path: Path) -> None:
    project = copy_real_project(tmp_path / "project")
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen([str(ROOT / "scripts" / "serve"), "-f", str(project / "mkdocs.yml"),
                                   "-a", f"127.0.0.1:{port}"], stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait(lambda: "Serving on" in log.read_text(errors="replace"), 300, "scripts/serve did not start")
        builds = log.read_text(errors="replace").count("Building documentation...")
        case = project / "cases" / "hotel-nonrefundable-dates.md"
        if not case.exists():
            case = sorted((project / "cases").glob("*.md"))[0]
        text = case.read_text(encoding="utf-8")
        title = next(line for line in text.split("\n") if line.startswith("title:"))
        group = next(line for line in text.split("\n") if line.startswith("group:")).split(":", 1)[1].strip()
        case.write_text(text.replace(title, "title: Совсем новый заголовок кейса", 1), encoding="utf-8")
        base = f"http://127.0.0.1:{port}"
        _wait(lambda: "Совсем новый заголовок кейса" in _get(f"{base}/cases/{case.stem}/"), 120, "the case page")
        _wait(lambda: "Совсем новый заголовок кейса" in _get(f"{base}/groups/{group}/"), 30, "the group page")
        assert "Совсем новый заголовок кейса" in _get(f"{base}/cases/")
        time.sleep(4)  # a build started by the generated files would have begun by now
        assert log.read_text(errors="replace").count("Building documentation...") == builds + 1
        _wait(lambda: '"page_count"' in _get(f"{base}/pagefind/pagefind-entry.json"), 120,
              "the search index catches up after the saves")
    finally:
        server.terminate()
        server.wait(timeout=60)
