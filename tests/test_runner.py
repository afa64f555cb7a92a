"""Many files: workers keep the input order, and the cache answers for unchanged files."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from conftest import run_cli

from plainspeak import runner
from plainspeak.api import check_paths
from plainspeak.config import Config

TEXTS = [
    "Service users were offered placements.",
    "People who draw on care and support were asked.",
    "We will target hard to reach groups.",
    "Each service user has a key worker.",
    "Nothing to change here at all.",
    "Young people leaving placements need a home.",
]


def make_folder(root: Path) -> Path:
    docs = root / "docs"
    for i, text in enumerate(TEXTS):
        sub = docs / ("b" if i % 2 else "a")
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"doc{i}.md").write_text(f"# Document {i}\n\n{text}\n", encoding="utf-8")
    return docs


def as_data(results: list) -> list:  # type: ignore[type-arg]
    return [(r.path, [f.to_dict() for f in r.findings], r.error, r.readability) for r in results]


def test_parallel_results_match_serial_in_input_order(tmp_path: Path) -> None:
    docs = make_folder(tmp_path)
    config = Config()
    serial = check_paths([docs], config=config)
    assert runner.LAST_STATS.workers == 0
    parallel = check_paths([docs], config=config, jobs=2)
    assert runner.LAST_STATS.workers == 2  # really ran in worker processes
    assert as_data(parallel) == as_data(serial)
    assert [Path(r.path).name for r in parallel] == [f"doc{i}.md" for i in (0, 2, 4, 1, 3, 5)]
    assert all(r.document is not None for r in serial)


def test_cli_jobs_give_identical_output(tmp_path: Path) -> None:
    make_folder(tmp_path)
    one = run_cli("check", "-f", "json", "--no-cache", "--jobs", "1", "docs", cwd=tmp_path)
    two = run_cli("check", "-f", "json", "--no-cache", "--jobs", "2", "docs", cwd=tmp_path)
    assert one.returncode == two.returncode == 1
    assert json.loads(one.stdout) == json.loads(two.stdout)
    assert not (tmp_path / ".plainspeak_cache").exists()  # --no-cache writes nothing


def test_second_run_comes_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    docs = make_folder(tmp_path)
    first = check_paths([docs], config=Config(), cache=True)
    assert (runner.LAST_STATS.cache_hits, runner.LAST_STATS.cache_writes) == (0, len(TEXTS))
    second = check_paths([docs], config=Config(), cache=True)
    assert (runner.LAST_STATS.cache_hits, runner.LAST_STATS.checked) == (len(TEXTS), 0)
    assert as_data(second) == as_data(first)
    assert all(f.fingerprint for r in second for f in r.findings)
    # one file edited: only that one is checked again
    (docs / "a" / "doc0.md").write_text("# Document 0\n\nService users moved.\n", encoding="utf-8")
    check_paths([docs], config=Config(), cache=True)
    assert (runner.LAST_STATS.cache_hits, runner.LAST_STATS.checked) == (len(TEXTS) - 1, 1)
    # other settings are other results, never the cached ones
    check_paths([docs], config=Config(disable=["service-user"]), cache=True)
    assert runner.LAST_STATS.cache_hits == 0
    entries = list((tmp_path / ".plainspeak_cache").rglob("*.json"))
    assert len([e for e in entries if "glossaries" not in e.parts]) == 2 * len(TEXTS) + 1
    assert (tmp_path / ".plainspeak_cache" / ".gitignore").read_text(encoding="utf-8").endswith("*\n")


def test_cli_uses_the_cache_and_ignores_damaged_entries(tmp_path: Path) -> None:
    # A glossary of its own, so the key does not move when the built-in glossaries are edited.
    (tmp_path / ".plainspeak.yaml").write_text("glossaries: [local.yaml]\n", encoding="utf-8")
    (tmp_path / "local.yaml").write_text(
        "version: 1\ncategory: test\nentries:\n  - id: service-user\n    term: service user\n"
        "    alternatives: [people we support]\n    why: People are more than a service.\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("Service users were offered placements.\n", encoding="utf-8")
    first = run_cli("check", "-f", "json", "a.md", cwd=tmp_path)
    entries = [e for e in (tmp_path / ".plainspeak_cache").rglob("*.json") if "glossaries" not in e.parts]
    assert len(entries) == 1
    # Prove the second run reads the entry: a message changed in the cache shows up.
    data = json.loads(entries[0].read_text(encoding="utf-8"))
    data["shared"][data["findings"][0]["message"]] = "FROM THE CACHE"
    entries[0].write_text(json.dumps(data), encoding="utf-8")
    second = run_cli("check", "-f", "json", "a.md", cwd=tmp_path)
    assert json.loads(second.stdout)["files"][0]["findings"][0]["message"] == "FROM THE CACHE"
    # A damaged entry is ignored and replaced.
    entries[0].write_text("{broken", encoding="utf-8")
    third = run_cli("check", "-f", "json", "a.md", cwd=tmp_path)
    assert third.returncode == first.returncode == 1
    assert json.loads(third.stdout)["files"] == json.loads(first.stdout)["files"]
    assert json.loads(entries[0].read_text(encoding="utf-8"))["findings"]
    # --no-cache does not read it
    entries[0].write_text(json.dumps(data), encoding="utf-8")
    fresh = run_cli("check", "-f", "json", "--no-cache", "a.md", cwd=tmp_path)
    assert json.loads(fresh.stdout)["files"] == json.loads(first.stdout)["files"]


def test_documents_needed_skip_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    docs = make_folder(tmp_path)
    items = [(p, Config()) for p in sorted(docs.rglob("*.md"))]
    runner.run(items, cache=True)
    results = runner.run(items, cache=True, need_document=True, jobs=2)
    assert runner.LAST_STATS.cache_hits == 0
    # Workers send the documents back (the HTML report shows them), without reader objects.
    assert all(r.document is not None and r.document.source.startswith("# Document") for r in results)
    assert all(b.ref is None for r in results if r.document is not None for b in r.document.blocks)


def test_progress_counter_on_standard_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = []
    for i in range(runner.PROGRESS_MIN_FILES):
        p = tmp_path / f"{i}.txt"
        p.write_text(f"Note {i}.\n", encoding="utf-8")
        items.append((p, Config()))
    runner.run(items, progress=True)
    err = capsys.readouterr().err
    assert f"\rplainspeak: checked {runner.PROGRESS_MIN_FILES}/{runner.PROGRESS_MIN_FILES} files" in err
    assert err.endswith("\r\x1b[K")  # the line is cleared before the report
    runner.run(items[:2], progress=True)
    assert capsys.readouterr().err == ""  # short runs stay quiet


def test_unused_cache_entries_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache gains an entry per edit; entries unused for 30 days go, at most once a day."""
    monkeypatch.chdir(tmp_path)
    docs = make_folder(tmp_path)
    check_paths([docs], config=Config(), cache=True)
    folder = tmp_path / ".plainspeak_cache"
    entries = sorted(folder.glob(f"v{runner.CACHE_FORMAT}/*/*.json"))
    assert len(entries) == len(TEXTS)
    old = time.time() - (runner.PRUNE_AFTER_DAYS + 1) * 86400
    for entry in entries:
        os.utime(entry, (old, old))
    stale_format = folder / "v1" / "ab" / "abc.json"
    stale_format.parent.mkdir(parents=True)
    stale_format.write_text("{}", encoding="utf-8")
    # A run that reads every entry marks them as used: nothing is pruned.
    check_paths([docs], config=Config(), cache=True)
    assert runner.LAST_STATS.cache_hits == len(TEXTS)
    assert all(e.stat().st_mtime > old + 86400 for e in entries)
    # Age them again (and the last look through the cache, made by the first run), edit
    # one file: the run writes an entry and prunes the unused ones.
    for entry in [*entries, folder / "last-prune"]:
        os.utime(entry, (old, old))
    (docs / "a" / "doc0.md").write_text("# Document 0\n\nService users moved.\n", encoding="utf-8")
    check_paths([docs / "a" / "doc0.md"], config=Config(), cache=True)
    assert runner.LAST_STATS.cache_pruned == len(TEXTS) + 1
    assert not stale_format.exists()
    assert len(list(folder.glob(f"v{runner.CACHE_FORMAT}/*/*.json"))) == 1
    # Within a day of that, nothing is looked at again.
    survivor = next(folder.glob(f"v{runner.CACHE_FORMAT}/*/*.json"))
    os.utime(survivor, (old, old))
    (docs / "a" / "doc0.md").write_text("# Document 0\n\nService users moved again.\n", encoding="utf-8")
    check_paths([docs / "a" / "doc0.md"], config=Config(), cache=True)
    assert runner.LAST_STATS.cache_writes == 1 and runner.LAST_STATS.cache_pruned == 0
    assert survivor.exists()
