"""A build killed halfway leaves the previous site/ and the generated docs/ usable."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casekit.write.site import recover

OLD, NEW = "Плитку переложили за свой счёт", "Плитку переложили второй раз"


def start_build(project: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.Popen([sys.executable, "-m", "casekit", "--root", str(project), "build"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def page_title(project: Path) -> str:
    html = (project / "site" / "cases" / "tiles-redo" / "index.html").read_text(encoding="utf-8")
    return NEW if NEW in html else OLD if OLD in html else "neither"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import copy_mini
    project = copy_mini(tmp_path_factory.mktemp("atomic") / "project")
    assert start_build(project).wait(timeout=300) == 0
    return project


@pytest.mark.parametrize("delay", [0.3, 0.8, 1.3, 1.8, 2.4])
def test_a_killed_build_keeps_a_whole_site_and_whole_pages(built: Path, delay: float) -> None:
    case = built / "cases" / "tiles-redo.md"
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace(OLD, NEW) if OLD in text else text.replace(NEW, OLD), encoding="utf-8")
    build = start_build(built)
    time.sleep(delay)
    os.killpg(build.pid, signal.SIGKILL)
    build.wait()
    recover(built / "site")
    assert (built / "site" / "index.html").stat().st_size > 1000
    assert page_title(built) in (OLD, NEW)
    generated = (built / "docs" / "cases" / "tiles-redo.md").read_text(encoding="utf-8")
    assert generated.endswith("\n") and "## Вопросы для обсуждения" in generated, "a generated page is never cut short"


def test_after_a_killed_build_the_next_one_completes(built: Path) -> None:
    assert start_build(built).wait(timeout=300) == 0
    wanted = NEW if NEW in (built / "cases" / "tiles-redo.md").read_text(encoding="utf-8") else OLD
    assert page_title(built) == wanted
    assert not (built / "site.partial").exists() and not (built / "site.previous").exists()
