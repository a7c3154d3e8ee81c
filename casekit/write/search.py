"""The search index: Pagefind run over a built site, writing `<site>/pagefind/`.

It reads only the HTML, so it serves the MkDocs build and the Zensical build alike.
Pagefind indexes what the theme marks with `data-pagefind-body` (the article), reads
the language from `<html lang="ru">` (Russian stemming: «непримиримыми» finds
«непримиримые») and the page kind and client group from the `data-pagefind-filter`
elements that casekit.pages emits. The browser loads index chunks on demand.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXCLUDED = ", ".join([
    ".headerlink",        # the ¶ after every heading
    ".quiz-answer",       # a question's answer and explanation: search must not give it away
    ".quiz-consequence",  # where a scenario's choice leads
    ".quiz-debrief",      # a scenario ending's verdict
    ".quiz-result",       # the empty result panel
])
"""CSS selectors whose text stays out of the index (one selector list)."""

BUNDLE = "pagefind"
"""The bundle's folder inside the site; docs/assets/search/search.js loads it from there."""

UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")
"""Pagefind's ready-made interfaces: the site has its own (docs/assets/search/), so they are not shipped."""


class SearchIndexError(RuntimeError):
    """Pagefind failed; the message says why."""


def index_site(site: Path) -> None:
    """Index the built site in place; raises SearchIndexError if Pagefind fails or indexes no page."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", BUNDLE,
               "--exclude-selectors", EXCLUDED, "--quiet"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SearchIndexError(f"search index: could not run Pagefind ({error})") from error
    if result.returncode != 0:
        details = list(dict.fromkeys(line.strip() for line in (result.stderr or result.stdout).splitlines() if line.strip()))[-5:]
        raise SearchIndexError("search index: Pagefind failed" + "".join(f"\n  {line}" for line in details))
    bundle = site / BUNDLE
    if _pages(bundle) == 0:
        raise SearchIndexError(f"search index: Pagefind indexed no page in {site} (is data-pagefind-body in the theme?)")
    for name in UNUSED:
        (bundle / name).unlink(missing_ok=True)


def _pages(bundle: Path) -> int:
    """How many pages the bundle holds, from its entry file (0 if there is none)."""
    try:
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        return sum(int(language["page_count"]) for language in entry["languages"].values())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return 0
