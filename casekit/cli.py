"""Command line: `python -m casekit check|generate|stats|build|verify|new`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from casekit.build import regenerate
from casekit.problems import Problem

# The other commands' modules are imported by the commands: `casekit generate`
# on an unchanged project stops in a fraction of the time importing them takes.


def report(problems: Sequence[Problem]) -> None:
    """Print every problem as file:line: message, then a count."""
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found; nothing was generated", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    parser = argparse.ArgumentParser(prog="casekit", description="Validate and generate the «Трудный клиент» site.")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project folder (default: current)")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate cases, taxonomy and quizzes")
    check.add_argument("--schemas", action="store_true", help="also check every file against its JSON Schema in schemas/")
    commands.add_parser("generate", help="validate, then write generated pages into docs/")
    commands.add_parser("stats", help="validate, then count cases and questions by group, tactic, fault, type")
    build = commands.add_parser("build", help="generate, build the site with MkDocs and index it for search, into a folder swapped in whole")
    build.add_argument("--site-dir", type=Path, default=Path("site"), help="where the site goes (default: site)")
    export = commands.add_parser("export", help="write every quiz's GIFT and QTI files (default: into docs/exports/)")
    export.add_argument("--out", type=Path, help="folder to write them into instead")
    verify_codes = commands.add_parser("verify", help="check result codes against the current quizzes; many give a cohort table")
    verify_codes.add_argument("codes", nargs="*", help="result codes (or use --file)")
    verify_codes.add_argument("--file", type=Path, help="a file with one code per line")
    verify_codes.add_argument("--csv", action="store_true", help="print the cohort table as CSV")
    new = commands.add_parser("new", help="write the skeleton of a new case or quiz (never over an existing file)")
    new.add_argument("kind", choices=["case", "quiz"])
    new.add_argument("slug", help="lowercase latin letters, digits and hyphens; it becomes the page address")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    if args.command == "export":
        return _export(root, args.out)
    if args.command == "new":
        from casekit.authoring.new import new_file

        status, message = new_file(root, args.kind, args.slug)
        print(message, file=sys.stderr if status else sys.stdout)
        return status
    if args.command == "verify":
        return _verify(root, args.codes, args.file, args.csv)
    if args.command in ("check", "stats"):
        from casekit.load.corpus import load_corpus
        from casekit.reports.stats import coverage_report

        corpus, problems = load_corpus(root)
        if getattr(args, "schemas", False):
            from casekit.authoring.schemas import check_schemas  # jsonschema is needed only here

            problems = sorted({*problems, *check_schemas(root)})
        if problems:
            report(problems)
            return 1
        if args.command == "stats":
            print(coverage_report(corpus))
            return 0
        for warning in corpus.warnings:
            print(warning, file=sys.stderr)
        print(f"ok: {len(corpus.cases)} cases, {len(corpus.groups)} groups, {len(corpus.tactics)} tactics, "
              f"{len(corpus.antipatterns)} anti-patterns, {len(corpus.quizzes)} quizzes")
        return 0
    result = regenerate(root)
    if args.command == "build" and not result.problems:
        site = args.site_dir if args.site_dir.is_absolute() else root / args.site_dir
        from casekit.write.site import build_site

        return build_site(root, [sys.executable, "-m", "mkdocs", "build", "--strict"], site)  # the hook indexes it
    if result.problems:
        report(result.problems)
        return 1
    print(f"generated: {len(result.changed)} file(s) changed")
    return 0


def _export(root: Path, out: Path | None) -> int:
    from casekit.exports import export_files
    from casekit.load.corpus import load_corpus
    from casekit.write.pages import write_pages

    corpus, problems = load_corpus(root)
    if problems:
        report(problems)
        return 1
    folder = out or root / "docs"
    files = export_files(corpus) if out is None else {k.removeprefix("exports/"): v for k, v in export_files(corpus).items()}
    written = write_pages(folder, files, ())
    print(f"exported {len(files)} file(s) for {len(corpus.quizzes)} quizzes into {folder / 'exports' if out is None else folder}; "
          f"{len(written)} changed")
    return 0


def _verify(root: Path, codes: list[str], file: Path | None, as_csv: bool) -> int:
    from casekit.load.corpus import load_corpus
    from casekit.trainer.cohort import cohort_csv, read_codes
    from casekit.trainer.report import attempt_report, cohort_report

    corpus, problems = load_corpus(root)
    if problems:
        report(problems)
        return 1
    if file is not None:
        codes = [*codes, *file.read_text(encoding="utf-8").splitlines()]
    rows = read_codes(corpus, codes)
    if not rows:
        print("no codes given: pass them as arguments or with --file", file=sys.stderr)
        return 2
    if as_csv:
        print(cohort_csv(corpus, rows), end="")
    else:
        for row in rows:
            print(attempt_report(row.verdict) if row.verdict else f"{row.code}: {row.error}", end="\n\n")
        if len(rows) > 1:
            print(cohort_report(corpus, rows))
    return 1 if any(row.verdict is None for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
