"""The build benchmark: casekit at N cases against a plain Material build, side by side in one run.

    scripts/bench [--runs R] [N ...]     default: 3 runs of N = 200 1000 2000
    scripts/bench --search [N ...]       only the bytes one search downloads (scripts/bench_search.py)

For each N it makes a project of N cases and N/10 quizzes of 12 questions
(scripts/bench_corpus.py) and measures, the median of R runs each:

- full build: `casekit build` (what scripts/build runs) from an empty site/, in a
  project built before: MkDocs renders every page, and generation and the search
  index reuse what did not change (.casekit-cache/, the generated pages). The
  first, cold build (no cache, no generated pages: a fresh clone) is shown too,
  and a build after one case was edited;
- plain: `mkdocs build` of one plain Markdown page per case and per quiz, same
  theme and Markdown settings, no hook, Material's own search plugin;
- unchanged regeneration: `casekit generate` on an unchanged project (seconds, files rewritten);
- save to visible: scripts/serve on the project, a browser on a case page, one
  case saved with a new sentence, until the browser shows it; and how many
  builds the save started;
- the bytes of the quiz page's own JS and CSS (scripts/bench_assets.py), the
  bytes one search downloads (scripts/bench_search.py), and the peak memory of
  the full build.

It prints a table, writes bench/results.json and exits 1 when a target is missed.
Absolute seconds on a shared machine are noisy; the ratios, measured side by
side in one run, are what to read.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from bench_corpus import GENERATED, ROOT, make_plain, make_project

PYTHON = sys.executable
MKDOCS = str(Path(PYTHON).with_name("mkdocs"))
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
RESULTS = ROOT / "bench" / "results.json"
QUERIES = ["непримиримыми", "скидку отель", "невозвратной брони"]
"""Three of scripts/bench_search.py's queries: a word form, two words, a phrase."""


@dataclass
class Target:
    """A row of the table that must hold."""

    name: str
    limit: float
    value: Callable[[dict[str, Any]], float | None]
    shown: str = "{:.2f}"

    def holds(self, row: dict[str, Any]) -> bool | None:
        value = self.value(row)
        return None if value is None else value <= self.limit


def peak_rss_kb(command: list[str], cwd: Path) -> tuple[float, int, str]:
    """Seconds, peak resident memory (KB) of command and every process it waited for, and its log (stderr)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"failed in {cwd}: {' '.join(command)}\n{errors.decode(errors='replace')[-3000:]}")
    return seconds, usage.ru_maxrss, errors.decode(errors="replace")


def clean_site(project: Path, cold: bool) -> None:
    """What a build starts from: no site; for a cold build, no generated pages and no cache either."""
    shutil.rmtree(project / "site", ignore_errors=True)
    if cold:
        shutil.rmtree(project / ".casekit-cache", ignore_errors=True)
        for folder in GENERATED:
            shutil.rmtree(project / "docs" / folder, ignore_errors=True)


def full_build(project: Path, cold: bool = False) -> tuple[float, int, float | None]:
    """Seconds, peak memory (KB), and seconds the search index took after the last page was rendered (None if reused)."""
    clean_site(project, cold)
    seconds, rss, log = peak_rss_kb([PYTHON, "-m", "casekit", "--root", str(project), "build"], project)
    tail = re.search(r"search index written ([\d.]+) s after the last page", log)
    return seconds, rss, float(tail.group(1)) if tail else None


def edited_builds(project: Path, runs: int) -> list[float]:
    """Seconds of a full build after one case got a new sentence, once per run; the case is put back after."""
    case = sorted((project / "cases").glob("*.md"))[0]
    original = case.read_text(encoding="utf-8")
    seconds = []
    try:
        for run in range(runs):
            case.write_text(original.replace("\n## ", f"\nПравка номер {run} {time.time_ns()}.\n\n## ", 1), encoding="utf-8")
            seconds.append(full_build(project)[0])
    finally:
        case.write_text(original, encoding="utf-8")
    return seconds


def plain_build(plain: Path) -> float:
    shutil.rmtree(plain / "site", ignore_errors=True)
    return peak_rss_kb([MKDOCS, "build", "-q"], plain)[0]


def unchanged_regeneration(project: Path) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run([PYTHON, "-m", "casekit", "--root", str(project), "generate"], env=ENV,
                          capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    match = re.search(r"(\d+) file", done.stdout)
    return seconds, int(match.group(1)) if match else -1


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def save_to_visible(project: Path, runs: int) -> tuple[list[float], list[int]]:
    """Seconds from saving a case to the browser showing it, and builds each save started, under scripts/serve."""
    from playwright.sync_api import sync_playwright

    port = free_port()
    log = project / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen([str(ROOT / "scripts" / "serve"), "-f", str(project / "mkdocs.yml"),
                                   "-a", f"127.0.0.1:{port}"], env=ENV, stdout=out, stderr=subprocess.STDOUT)
    case = sorted((project / "cases").glob("*.md"))[-1]
    original = case.read_text(encoding="utf-8")
    seconds: list[float] = []
    builds: list[int] = []
    try:
        _wait_for(lambda: "Serving on" in log.read_text(errors="replace"), 900, "scripts/serve did not start")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                                                 args=["--headless=new", "--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/cases/{case.stem}/", timeout=600_000)
            for run in range(runs):
                marker = f"Проверка скорости номер {run} {time.time_ns()}."
                before = _count_builds(log)
                start = time.perf_counter()
                case.write_text(original.replace("\n## ", f"\n{marker}\n\n## ", 1), encoding="utf-8")
                page.wait_for_function("m => !!document.body && document.body.innerText.includes(m)", arg=marker, timeout=600_000,
                                       polling="raf")
                seconds.append(time.perf_counter() - start)
                _wait_for_quiet(log)
                builds.append(_count_builds(log) - before)
            browser.close()
    finally:
        case.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=60)
    return seconds, builds


def _count_builds(log: Path) -> int:
    return log.read_text(errors="replace").count("Building documentation...")


def _wait_for_quiet(log: Path, quiet: float = 2.0) -> None:
    """Until the serve log has not grown for `quiet` seconds: a second build would show by then."""
    size, since = log.stat().st_size, time.perf_counter()
    while time.perf_counter() - since < quiet:
        time.sleep(0.2)
        if log.stat().st_size != size:
            size, since = log.stat().st_size, time.perf_counter()


def _wait_for(condition: Callable[[], bool], timeout: float, message: str) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise SystemExit(message)
        time.sleep(0.2)


def search_bytes(site: Path) -> float | None:
    """Median over the benchmark queries of the bytes (gzip for JS) one search downloads."""
    import bench_search
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=bench_search.CHROMIUM, args=["--headless=new", "--no-sandbox"])
        try:
            rows = bench_search.measure(browser, site, QUERIES)
        finally:
            browser.close()
    return statistics.median(zipped for _, _, zipped, _, _ in rows)


def asset_bytes(site: Path) -> dict[str, Any] | None:
    try:
        import bench_assets
    except ImportError:
        return None
    return bench_assets.quiz_asset_bytes(site)


def measure(n: int, runs: int, base: Path, headline: bool) -> dict[str, Any]:
    """One row of the table; the quiz assets (the same at any N) only for the headline N."""
    print(f"\n{n} cases: making the project", file=sys.stderr, flush=True)
    project = make_project(base, n)
    plain = make_plain(project, base)
    cold, _, _ = full_build(project, cold=True)  # what a fresh clone pays; it fills the cache
    ours: list[float] = []
    theirs: list[float] = []
    tails: list[float] = []
    peak = 0
    for run in range(runs):  # one after the other, so drift on the machine hits both alike
        print(f"  run {run + 1}/{runs}: full build, plain build", file=sys.stderr, flush=True)
        seconds, rss, tail = full_build(project)
        ours.append(seconds)
        tails += [tail] if tail is not None else []
        peak = max(peak, rss)
        theirs.append(plain_build(plain))
    regenerations = [unchanged_regeneration(project) for _ in range(runs)]
    print(f"  {runs} builds after one edited case", file=sys.stderr, flush=True)
    edited = edited_builds(project, runs)
    row: dict[str, Any] = {
        "cases": n, "quizzes": len(list((project / "quizzes").glob("*.yml"))),
        "pages": len(list((project / "site").rglob("index.html"))),
        "cold_build_s": cold, "full_build_s": statistics.median(ours), "plain_build_s": statistics.median(theirs),
        "full_builds_s": ours, "plain_builds_s": theirs, "peak_memory_mb": peak / 1024,
        "search_index_tail_s": statistics.median(tails) if tails else None,
        "unchanged_regeneration_s": statistics.median(s for s, _ in regenerations),
        "unchanged_files_rewritten": max(k for _, k in regenerations),
        "edited_build_s": statistics.median(edited), "edited_builds_s": edited,
    }
    row["ratio"] = row["full_build_s"] / row["plain_build_s"]
    row["unchanged_share"] = row["unchanged_regeneration_s"] / row["full_build_s"]
    print("  quiz assets, search", file=sys.stderr, flush=True)
    row["quiz_assets"] = asset_bytes(project / "site") if headline else None
    row["search_bytes_gzip"] = search_bytes(project / "site")
    print("  scripts/serve: save to visible", file=sys.stderr, flush=True)
    visible, builds = save_to_visible(project, runs)
    row["save_to_visible_s"] = statistics.median(visible)
    row["save_to_visible_runs_s"] = visible
    row["builds_per_save"] = max(builds)
    row["save_share"] = row["save_to_visible_s"] / row["full_build_s"]
    return row


TARGETS = [
    Target("full build / plain Material build", 1.3, lambda r: r["ratio"]),
    Target("unchanged regeneration / full build", 0.05, lambda r: r["unchanged_share"], "{:.1%}"),
    Target("files rewritten by an unchanged regeneration", 0, lambda r: r["unchanged_files_rewritten"], "{:.0f}"),
    Target("one edited case visible / full build", 0.25, lambda r: r["save_share"]),
    Target("full builds started by one save", 1, lambda r: r["builds_per_save"], "{:.0f}"),
    Target("quiz page's own JS + CSS, gzip bytes", 6144,
           lambda r: r["quiz_assets"]["gzip"] if r.get("quiz_assets") else None, "{:.0f}"),
]


def table(rows: list[dict[str, Any]]) -> tuple[str, bool]:
    """The Markdown table of every row, and whether every target holds."""
    heads = [f"N = {r['cases']}" for r in rows]
    lines = ["| what | " + " | ".join(heads) + " | target |", "|---|" + "---|" * len(rows) + "---|"]
    ok = True

    def add(name: str, cells: list[str], target: str = "") -> None:
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {target} |")

    add("pages built", [str(r["pages"]) for r in rows])
    add("full build, s (median)", [f"{r['full_build_s']:.1f}" for r in rows])
    add("plain Material build, s (median)", [f"{r['plain_build_s']:.1f}" for r in rows])
    add("cold build (no cache, no generated pages: a fresh clone), s",
        [f"{r['cold_build_s']:.1f}" for r in rows])
    add("build after one edited case, s (median)", [f"{r['edited_build_s']:.1f}" for r in rows])
    add("cold build / plain Material build", [f"{r['cold_build_s'] / r['plain_build_s']:.2f}" for r in rows])
    add("build after one edited case / plain Material build",
        [f"{r['edited_build_s'] / r['plain_build_s']:.2f}" for r in rows])
    add("of the full build: search index after the last page, s",
        [f"{r['search_index_tail_s']:.1f}" if r.get("search_index_tail_s") is not None else "reused" for r in rows])
    for target in TARGETS:
        cells = []
        for row in rows:
            value, holds = target.value(row), target.holds(row)
            ok = ok and holds is not False
            cells.append("—" if value is None else target.shown.format(value) + ("" if holds else " **missed**"))
        add(target.name, cells, f"≤ {target.shown.format(target.limit)}")
    add("unchanged regeneration, s", [f"{r['unchanged_regeneration_s']:.2f}" for r in rows])
    add("one edited case visible, s", [f"{r['save_to_visible_s']:.2f}" for r in rows])
    add("bytes one search downloads (median query, gzip)",
        [f"{r['search_bytes_gzip'] / 1024:.0f} KB" if r.get("search_bytes_gzip") else "n/a" for r in rows])
    add("peak memory of the full build", [f"{r['peak_memory_mb']:.0f} MB" for r in rows])
    by_n = {r["cases"]: r for r in rows}
    if len(rows) > 1:
        small, large = by_n[min(by_n)], by_n[max(by_n)]
        growth = large["full_build_s"] / small["full_build_s"]
        limit = 1.0 * max(by_n) / min(by_n)
        holds = growth <= limit
        ok = ok and holds
        lines.append(f"| full build N = {max(by_n)} / N = {min(by_n)} | {growth:.2f}{'' if holds else ' **missed**'}"
                     + " |" * (len(rows) - 1) + f" ≤ {limit:.0f} (linear) |")
    return "\n".join(lines), ok


def main(argv: list[str]) -> int:
    if argv[:1] == ["--search"]:
        import bench_search
        return bench_search.main([int(a) for a in argv[1:]])
    parser = argparse.ArgumentParser(prog="scripts/bench")
    parser.add_argument("sizes", nargs="*", type=int, default=[200, 1000, 2000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rows = []
    headline = 1000 if 1000 in args.sizes else args.sizes[len(args.sizes) // 2]
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix=f"bench-{n}-") as tmp:
            rows.append(measure(n, args.runs, Path(tmp), n == headline))
    text, ok = table(rows)
    print(text)
    print(f"\n{len(args.sizes)} sizes, {args.runs} runs each, in {time.perf_counter() - started:.0f} s"
          f"{'' if ok else '; a target was missed'}")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({"rows": rows, "table": text, "ok": ok}, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
