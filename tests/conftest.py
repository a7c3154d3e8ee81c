"""Shared fixtures: tiny projects in temporary folders, and one real build per session."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest

ROOT = Path(__file__).resolve().parent.parent
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


@pytest.fixture
def mini_project(tmp_path: Path) -> Callable[..., Path]:
    """A copy of tests/fixtures/mini plus the site's config, with extra files on top."""

    def make(files: dict[str, str | bytes] | None = None) -> Path:
        project = tmp_path / f"project-{len(list(tmp_path.glob('project*')))}"
        shutil.copytree(MINI, project)
        config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
        hook = (ROOT / "casekit" / "mkdocs_hook.py").as_posix()
        (project / "mkdocs.yml").write_text(config.replace("casekit/mkdocs_hook.py", hook), encoding="utf-8")
        shutil.copytree(ROOT / "overrides", project / "overrides")
        shutil.copytree(ROOT / "docs", project / "docs", dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("groups", "tactics", "antipatterns", "cases", "quizzes", "exports"))
        write_files(project, files or {})
        return project

    return make


def run_mkdocs(project: Path, *args: str, site_url: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build` in project and capture its output."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site_url:
        env["SITE_URL"] = site_url
    return subprocess.run([MKDOCS, "build", "--strict", *args], cwd=project, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real corpus built once per test session into a temporary site folder."""
    site = tmp_path_factory.mktemp("site")
    result = run_mkdocs(ROOT, "--site-dir", str(site))
    assert result.returncode == 0, result.stderr
    return site
