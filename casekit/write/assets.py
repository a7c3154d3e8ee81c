"""The site's own scripts and stylesheets as the built site ships them: bundled and minified by esbuild.

docs/assets/ holds readable sources: one ES module or stylesheet per job, with
comments. After MkDocs or Zensical has copied them into the site, each one is
written again there, from its source in docs/: a script with the modules it
imports statically inlined, a stylesheet with its `@import`s inlined, both
minified. A module that any source imports dynamically (`import("./x.js")`)
stays a file of its own, loaded only when it is needed, and is inlined nowhere.
Every file keeps its name, so the pages and site.js ask for the same addresses,
and a site built without this step works the same, only heavier.

esbuild is pinned in package.json; the same sources and the same esbuild give
byte-identical files. Without Node.js there is no esbuild: the site then ships
its sources as written, and the build says so.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

ESBUILD = Path(__file__).resolve().parents[2] / "node_modules" / ".bin" / "esbuild"
"""The esbuild that `npm ci` installs from package.json (scripts/_setup runs it)."""

ASSETS = "assets"
"""The folder of our scripts and stylesheets, the same inside docs/ and inside the site."""

OPTIONS = ["--bundle", "--minify", "--format=esm", "--charset=utf8", "--legal-comments=none", "--log-level=error", "--color=false"]
"""esbuild's options for every file. utf8 keeps Russian text as it is (escapes would double its size)."""

DYNAMIC_IMPORT = re.compile(r"""\bimport\(\s*["'](\.{1,2}/[^"'\s]+\.js)["']\s*\)""")
"""A dynamic import with a literal relative path: that module is loaded on demand, so it is never inlined."""

ERROR = re.compile(r"^\S* ?\[ERROR\] (?P<message>.+)$")
PLACE = re.compile(r"^\s+(?P<place>\S+:\d+:\d+):$")
"""An error in esbuild's report, and the `file:line:column:` line that follows it."""


class AssetsError(RuntimeError):
    """esbuild failed; the message says why."""


def sources(docs: Path) -> list[Path]:
    """Our scripts and stylesheets under docs/assets/, in a fixed order."""
    return sorted(p for p in (docs / ASSETS).rglob("*") if p.suffix in (".js", ".css") and p.is_file())


def assets_state(site: Path, docs: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, size and time of every file in the assets folders of the site and of docs/: equal states need no new bundling."""
    files = sorted(p for folder in (site / ASSETS, docs / ASSETS) for p in folder.rglob("*") if p.is_file())
    return tuple((str(p), (stat := p.stat()).st_size, stat.st_mtime_ns) for p in files)


def lazy_modules(files: list[Path]) -> list[str]:
    """The relative paths that some script imports dynamically, as written there."""
    found = {match for file in files if file.suffix == ".js" for match in DYNAMIC_IMPORT.findall(file.read_text(encoding="utf-8"))}
    return sorted(found)


def bundle_assets(site: Path, docs: Path, esbuild: Path = ESBUILD) -> str | None:
    """Rewrite each of our scripts and stylesheets in site/assets/ bundled and minified from its source in docs/.

    Returns None, or a note when esbuild is not installed and the sources are shipped as written.
    Raises AssetsError if esbuild fails (a syntax error in a source, an import that points nowhere).
    """
    site, docs = site.resolve(), docs.resolve()
    files = [f for f in sources(docs) if (site / f.relative_to(docs)).is_file()]
    if not files:
        return None
    if not esbuild.exists():
        return (f"assets: {esbuild} is missing (npm ci installs it; scripts/_setup does when Node.js is there), "
                "so the site's scripts and stylesheets are shipped unminified")
    command = [str(esbuild), *OPTIONS, *(f"--external:{path}" for path in lazy_modules(files)),
               f"--outbase={docs / ASSETS}", f"--outdir={site / ASSETS}", "--allow-overwrite", *map(str, files)]
    try:  # run beside docs/, so that esbuild names a file as docs/assets/...
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=docs.parent)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise AssetsError(f"assets: could not run esbuild ({error})") from error
    if result.returncode != 0:
        raise AssetsError("assets: esbuild failed" + "".join(f"\n  {line}" for line in errors(result.stderr or result.stdout)))
    return None


def errors(output: str) -> list[str]:
    """esbuild's error report as `file:line:column: message` lines (its last lines if it has no such errors)."""
    lines = output.splitlines()
    found = []
    for index, line in enumerate(lines):
        error = ERROR.match(line)
        if error:
            following = next((later for later in lines[index + 1:] if later.strip()), "")
            place = PLACE.match(following)
            found.append(f"{place['place']}: {error['message']}" if place else error["message"])
    return found or [line.rstrip() for line in lines if line.strip()][-12:]
