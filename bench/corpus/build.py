#!/usr/bin/env python3
"""Rebuild bench/corpus/*.jsonl.gz, the benchmark's corpus of real prose, from source repositories.

The stored corpus is what `bench/run` reads; this script is only needed to rebuild or extend
it. It takes policies, guidance and handbook pages from public repositories whose licences
allow redistribution (see SOURCES.md), turns each page into plain Markdown prose (templating,
scripts, code blocks and HTML tags out; headings, paragraphs, lists and tables kept) and drops
every paragraph already seen anywhere in the corpus, so no paragraph is repeated.

    bench/corpus/build.py /path/to/mirrors   # each source a bare git repository under
                                             # <mirrors>/<owner>+<name>/repo (or a checkout)

Output: bench/corpus/part-NN.jsonl.gz, each under 2 MB, one JSON object a line:
{"source": "owner/name", "path": "file path", "text": "Markdown"}.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: (repository, commit, path prefixes kept, file endings kept). UK public-sector text first;
#: the order is the order documents appear in the corpus.
SOURCES: list[tuple[str, str, tuple[str, ...], tuple[str, ...], str, str]] = [
    # (repository, commit, path prefixes, file endings, licence, licence file)
    ("alphagov/smart-answers",
     "6fb9aab9572cbf4f7f8e00384fe748d3ba121727", ("app/flows/",), (".erb",),
     "MIT (Crown copyright, Government Digital Service)", "LICENCE"),
    ("alphagov/government-service-design-manual", "4efa105e0dde7beb862f99253f118e140da8d487",
     ("service-manual/",), (".md", ".html"), "Open Government Licence v2.0 (content)", "LICENCE"),
    ("nhsuk/nhsuk-service-manual",
     "1ed624d4381414563b6c45750a32b4b36f7f1453", ("app/views/",), (".njk",),
     "MIT (NHS England)", "LICENSE"),
    ("DFE-Digital/get-into-teaching-app",
     "1c9f227a21801a6136d82a91d28bc9ccdf366c3c", ("app/views/content/",), (".md",),
     "MIT (Department for Education)", "LICENCE"),
    ("alphagov/govuk-design-system",
     "efb0d77d38b7ed7f921697564d2c47723d434977", ("src/",), (".md",),
     "MIT (Crown copyright, Government Digital Service)", "LICENSE"),
    ("18F/handbook",
     "1e4955634d0369f17e5bbc0ebbf8f62e2a3dfe4b", ("pages/", "_pages/"), (".md", ".html"),
     "Public domain in the US; CC0 1.0 worldwide", "LICENSE.md"),
    ("18F/guides",
     "debc24b34f23686194d9fe42e391859d569bd39a", ("",), (".md",),
     "Public domain in the US; CC0 1.0 worldwide", "LICENSE.md"),
    ("govau/service-manual",
     "5354f71b2e65519f0e1255590914a1dfeae6a949", ("",), (".md",), "MIT (Commonwealth of Australia)", "LICENSE"),
    ("sourcegraph/handbook",
     "5752928b213a3ddbc7cee4459524f404a5b96fb4", ("content/",), (".md",), "Apache License 2.0", "LICENSE"),
]

MAX_PART_BYTES = 1_900_000

SOURCES_HEAD = """# Where the benchmark corpus comes from

`bench/corpus/part-*.jsonl.gz` holds real policy, guidance, service-manual and handbook pages
from the public repositories below, turned into plain Markdown by `bench/corpus/build.py`
(templating, scripts, code blocks and HTML tags removed; headings, paragraphs, lists and
tables kept) with every repeated paragraph dropped. Each line of a part is one page:
`{"source": repository, "commit": commit, "path": file path in that repository, "text": ...}`,
so every page names its own repository, path and commit; its licence is its repository's,
below. Every licence here allows copying and redistribution; a copy of each repository's
licence file is in `licences/`, as the MIT and Apache licences ask. Open Government Licence
attribution: contains public sector information licensed under the Open Government Licence
v2.0 (Government Service Design Manual, Government Digital Service).

| repository | commit | files taken | pages | words | licence |
|---|---|---|---|---|---|
"""

SOURCES_TAIL = """In all: {docs:,} pages, {words:,} words (split on white space), {vocab:,} distinct words
(lower-cased runs of letters). Rebuild with `bench/corpus/build.py <folder of mirrors>`.
"""

_FRONT_MATTER = re.compile(r"\A---\s*\n.*?\n---\s*\n", re.S)
_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M)
_TEMPLATE = re.compile(r"<%.*?%>|\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.S)
_SCRIPT = re.compile(r"<(script|style|svg|pre|code)\b.*?</\1\s*>", re.S | re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BLOCK_TAG = re.compile(r"</?(p|div|section|article|br|tr|table|ul|ol|dl|dt|dd|blockquote|main|aside|header|footer"
                        r"|nav|form|fieldset|details|summary)\b[^>]*>", re.I)
_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.S | re.I)
_ITEM = re.compile(r"<li\b[^>]*>", re.I)
_CELL = re.compile(r"<t[dh]\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>\n]{0,400}>")
_IMPORT = re.compile(r"^(import|export)\s.*$", re.M)
_SPACES = re.compile(r"[ \t]+")
_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def html_to_markdown(text: str) -> str:
    """Block-level HTML to Markdown-like paragraphs: headings, list items and cells kept apart."""
    text = _SCRIPT.sub("\n\n", text)
    text = _COMMENT.sub("", text)
    text = _HEADING.sub(lambda m: "\n\n" + "#" * int(m.group(1)) + " " + " ".join(m.group(2).split()) + "\n\n", text)
    text = _ITEM.sub("\n\n- ", text)
    text = _CELL.sub(" ", text)
    text = _BLOCK_TAG.sub("\n\n", text)
    text = _TAG.sub("", text)
    return html.unescape(text)


def to_prose(path: str, raw: str) -> str:
    text = _FRONT_MATTER.sub("", raw)
    text = _FENCE.sub("", text)
    text = _TEMPLATE.sub("\n", text) if path.endswith((".erb", ".njk", ".html")) else _TEMPLATE.sub("", text)
    text = _IMPORT.sub("", text)
    if path.endswith((".erb", ".njk", ".html")) or "<p" in text:
        text = html_to_markdown(text)
    else:
        text = _COMMENT.sub("", text)
        text = _TAG.sub("", text)
    # Normalise the indentation that templates leave, then re-form paragraphs.
    lines = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
    out: list[str] = []
    para: list[str] = []
    for line in lines + [""]:
        if line:
            if line.startswith("#") and para:
                out.append("\n".join(para))
                para = []
            para.append(line)
            if line.startswith("#"):  # a heading is a block of its own
                out.append(line)
                para = []
        elif para:
            out.append("\n".join(para))
            para = []
    return "\n\n".join(out)


def git_files(repo_dir: Path, commit: str, prefixes: tuple[str, ...], ends: tuple[str, ...]) -> list[str]:
    names = subprocess.run(["git", "-C", str(repo_dir), "ls-tree", "-r", "--name-only", commit or "HEAD"],
                           capture_output=True, text=True, check=True).stdout.splitlines()
    return sorted(n for n in names if n.endswith(ends) and n.startswith(prefixes)
                  and not n.split("/")[-1].lower().startswith(("readme", "changelog", "license", "licence")))


def git_show(repo_dir: Path, commit: str, name: str) -> str:
    data = subprocess.run(["git", "-C", str(repo_dir), "show", f"{commit or 'HEAD'}:{name}"],
                          capture_output=True, check=True).stdout
    return data.decode("utf-8", errors="replace")


def main() -> int:
    mirrors = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror")
    seen: set[str] = set()
    docs: list[dict[str, str]] = []
    total = 0
    vocab: set[str] = set()
    rows: list[str] = []
    (HERE / "licences").mkdir(exist_ok=True)
    for repo, commit, prefixes, ends, licence, licence_file in SOURCES:
        repo_dir = mirrors / repo.replace("/", "+") / "repo"
        if not repo_dir.exists():
            print(f"missing {repo_dir}: skipped", file=sys.stderr)
            continue
        if not commit:
            commit = subprocess.run(["git", "-C", str(repo_dir), "rev-parse", "HEAD"], capture_output=True,
                                    text=True, check=True).stdout.strip()
        words_here = 0
        for name in git_files(repo_dir, commit, prefixes, ends):
            kept = []
            for para in to_prose(name, git_show(repo_dir, commit, name)).split("\n\n"):
                key = " ".join(para.split()).lower()
                if len(_WORDS.findall(para)) < 2 or key in seen:
                    continue
                seen.add(key)
                kept.append(para)
            text = "\n\n".join(kept)
            n = len(text.split())
            if n < 30:
                continue
            docs.append({"source": repo, "commit": commit, "path": name, "text": text + "\n"})
            words_here += n
            vocab.update(w.lower() for w in _WORDS.findall(text))
        total += words_here
        licence_copy = f"licences/{repo.replace('/', '+')}-{licence_file}"
        (HERE / licence_copy).write_text(git_show(repo_dir, commit, licence_file), encoding="utf-8")
        n_docs = sum(1 for d in docs if d["source"] == repo)
        rows.append(f"| [{repo}](https://github.com/{repo}) | `{commit[:12]}` | {', '.join(prefixes) or '(all)'} "
                    f"{' '.join(ends)} | {n_docs:,} | {words_here:,} | {licence} ([copy]({licence_copy})) |")
        print(f"{repo}: {words_here:,} words; running total {total:,}, {len(vocab):,} distinct", file=sys.stderr)
    for old in HERE.glob("part-*.jsonl.gz"):
        old.unlink()
    part, buf, size = 0, [], 0
    for doc in docs:
        line = json.dumps(doc, ensure_ascii=False) + "\n"
        approx = len(line.encode()) // 3  # compressed prose is about a third of its size
        if buf and size + approx > MAX_PART_BYTES:
            (HERE / f"part-{part:02d}.jsonl.gz").write_bytes(gzip.compress("".join(buf).encode(), 9, mtime=0))
            part, buf, size = part + 1, [], 0
        buf.append(line)
        size += approx
    if buf:
        (HERE / f"part-{part:02d}.jsonl.gz").write_bytes(gzip.compress("".join(buf).encode(), 9, mtime=0))
    (HERE / "SOURCES.md").write_text(SOURCES_HEAD + "\n".join(rows) + "\n\n" + SOURCES_TAIL.format(
        docs=len(docs), words=total, vocab=len(vocab)), encoding="utf-8")
    print(f"{len(docs)} documents, {total:,} words, {len(vocab):,} distinct words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
