"""The pre-commit hooks, run by the real pre-commit from a git repository of this project.

pre-commit clones hook repositories by path and revision and pip-installs them into its
own environment, so this tests the hook definitions exactly as a charity's repository
would use them. The install is done once per test session (wheels come from the
configured package index).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org",
    "GIT_CONFIG_NOSYSTEM": "1", "PRE_COMMIT_COLOR": "never", "NO_COLOR": "1",
}
SKIP_PARTS = {".git", ".plainspeak_cache", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache",
              ".hypothesis", "build", "dist"}


def git(*args: str, cwd: Path, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=check,
                          timeout=600)


def project_files() -> list[str]:
    """The working tree as it is now: tracked files plus new ones git does not ignore."""
    out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return [p for p in out.split("\0") if p and not SKIP_PARTS & set(Path(p).parts) and (ROOT / p).is_file()]


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, str]]:
    base = tmp_path_factory.mktemp("precommit")
    # HOME stays: pip's download cache there keeps the install quick.
    env = {**os.environ, **GIT_ENV, "GIT_CONFIG_GLOBAL": os.devnull, "PRE_COMMIT_HOME": str(base / "cache")}
    src = base / "plainspeak-src"
    for rel in project_files():
        target = src / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, target)
    git("init", "-q", cwd=src, env=env)
    git("add", "-A", cwd=src, env=env)
    git("commit", "-q", "--no-verify", "-m", "snapshot of the working tree", cwd=src, env=env)
    sha = git("rev-parse", "HEAD", cwd=src, env=env).stdout.strip()
    return src, sha, env


@pytest.fixture
def project(tmp_path: Path, hook_repo: tuple[Path, str, dict[str, str]]) -> tuple[Path, dict[str, str]]:
    """A charity's repository using both hooks, with pre-commit installed as its git hook."""
    src, sha, env = hook_repo
    repo = tmp_path / "charity"
    repo.mkdir()
    git("init", "-q", cwd=repo, env=env)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {src}\n    rev: {sha}\n    hooks:\n      - id: plainspeak\n"
        "      - id: plainspeak-docx\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env, check=True,
                   capture_output=True, timeout=120)
    git("add", ".pre-commit-config.yaml", cwd=repo, env=env)
    first = git("commit", "-m", "add pre-commit", cwd=repo, env=env, check=False)
    assert first.returncode == 0, first.stdout + first.stderr
    return repo, env


def commit(repo: Path, env: dict[str, str], *paths: str) -> subprocess.CompletedProcess[str]:
    git("add", *paths, cwd=repo, env=env)
    return git("commit", "-m", "change", cwd=repo, env=env, check=False)


def test_flagged_commit_fails_and_clean_commit_passes(project: tuple[Path, dict[str, str]]) -> None:
    repo, env = project
    (repo / "policy.md").write_text("# Policy\n\nService users will be consulted.\n", encoding="utf-8")
    failed = commit(repo, env, "policy.md")
    output = failed.stdout + failed.stderr
    assert failed.returncode != 0, output
    assert "plainspeak (plain, respectful language)" in output and "Failed" in output
    assert "policy.md:3:1" in output and "\u201cService users\u201d" in output
    assert "people who draw on care and support" in output.lower()

    (repo / "policy.md").write_text("# Policy\n\nPeople we support will be asked what they think.\n",
                                    encoding="utf-8")
    # code is not prose: the text hook does not look at a Python file
    (repo / "tool.py").write_text("# for each service user\n", encoding="utf-8")
    passed = commit(repo, env, "policy.md", "tool.py")
    output = passed.stdout + passed.stderr
    assert passed.returncode == 0, output
    assert "plainspeak (plain, respectful language)" in output and "Passed" in output


def test_word_document_triggers_the_docx_hook(project: tuple[Path, dict[str, str]]) -> None:
    repo, env = project
    d = docx.Document()
    d.add_heading("Eligibility", level=1)
    d.add_paragraph("Service users must apply by March.")
    d.save(str(repo / "Policy.DOCX"))
    failed = commit(repo, env, "Policy.DOCX")
    output = failed.stdout + failed.stderr
    assert failed.returncode != 0, output
    assert "plainspeak (Word documents)" in output and "Failed" in output
    assert "Policy.DOCX" in output and "\u201cService users\u201d" in output
    # the text hook had nothing to do
    assert "plainspeak (plain, respectful language)" in output and "(no files to check)Skipped" in output
