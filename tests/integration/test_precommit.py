"""The pre-commit hook end to end: the real ``pre-commit`` installs this repository as a hook repo.

The working tree (uncommitted work included) is copied into a temporary git repository, which a
corpus repository names as ``repo:`` at its HEAD. pre-commit builds the hook's virtualenv with pip
(dependencies from the package index) on the first commit, then reuses it.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.review.cables import cable

ROOT = Path(__file__).resolve().parents[2]
IGNORE = shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
                                ".benchmarks", ".hypothesis", ".venv", ".venv-compiled", "*.pyc", "*.so", ".*.tmp")

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _env(tmp: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    who = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}
    # The user's pip configuration (index mirrors) stays; their git configuration (hooks path,
    # signing, templates) does not.
    (tmp / "gitconfig").write_text("", encoding="utf-8")
    # The hook's wiring is under test, not the compiled build (.ci/run checks that): skip the mypyc step.
    return {**env, **who, "PRE_COMMIT_HOME": str(tmp / "pre-commit-home"), "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": str(tmp / "gitconfig"), "CABLECHECK_PURE": "1"}


def _git(cwd: Path, env: dict, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args], cwd=cwd,
                          env=env, capture_output=True, text=True, check=check, timeout=900)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> tuple[Path, str, dict]:
    tmp = tmp_path_factory.mktemp("precommit")
    env = _env(tmp)
    repo = tmp / "cablecheck"
    shutil.copytree(ROOT, repo, ignore=IGNORE)
    if not (repo / "README.md").exists():  # pyproject names it; the lead adds the real one
        (repo / "README.md").write_text("# cablecheck\n", encoding="utf-8")
    _git(repo, env, "init", "-q")
    _git(repo, env, "add", "-A")
    _git(repo, env, "commit", "-q", "-m", "snapshot of the working tree")
    return repo, _git(repo, env, "rev-parse", "HEAD").stdout.strip(), env


def _config(repo: Path, sha: str, *args: str) -> str:
    listed = ", ".join(["--select", "P001", *args])
    return (f"repos:\n- repo: {repo}\n  rev: {sha}\n  hooks:\n  - id: cablecheck\n    args: [{listed}]\n"
            "    verbose: true\n")


def test_hook_passes_clean_cables_and_refuses_a_paragraph_gap(hook_repo, tmp_path):
    repo, sha, env = hook_repo
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _git(corpus, env, "init", "-q")
    (corpus / ".pre-commit-config.yaml").write_text(_config(repo, sha), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=corpus, env=env, check=True,
                   capture_output=True, timeout=120)

    (corpus / "08CLEAN1.txt").write_text(cable(1, 2, 3), encoding="utf-8")
    _git(corpus, env, "add", "-A")
    done = _git(corpus, env, "commit", "-m", "clean cable", check=False)
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    assert "cablecheck" in out and "Passed" in out

    (corpus / "08GAP2.txt").write_text(cable(1, 2, 4), encoding="utf-8")
    _git(corpus, env, "add", "08GAP2.txt")
    refused = _git(corpus, env, "commit", "-m", "cable with a gap", check=False)
    out = refused.stdout + refused.stderr
    assert refused.returncode != 0, out
    assert "Failed" in out and "08GAP2.txt:" in out and "P001 [error] paragraph 3 is missing" in out
    assert _git(corpus, env, "rev-list", "--count", "HEAD").stdout.strip() == "1"

    # Recorded in a baseline, the same gap no longer blocks the commit.
    base = subprocess.run([sys.executable, "-m", "checker", "baseline", "--isolated", "--select", "P001",
                           "08GAP2.txt", "-o", "cablecheck-baseline.json"], cwd=corpus, env=env,
                          capture_output=True, text=True, timeout=120)
    assert base.returncode == 0, base.stderr
    (corpus / ".pre-commit-config.yaml").write_text(_config(repo, sha, "--baseline", "cablecheck-baseline.json"),
                                                   encoding="utf-8")
    _git(corpus, env, "add", "-A")
    done = _git(corpus, env, "commit", "-m", "gap recorded in the baseline", check=False)
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    assert "Passed" in out and "1 known finding hidden, 0 new" in out
