"""plainspeak's copy of spaCy's English tokenizer must split text exactly as spaCy does.

Glossary matching, sentences and every check read these tokens, and a trained pipeline
(``nlp.model``) still tokenises with spaCy: if the two drifted apart, a term could match
with one and not the other. So the shipped rules are compared with what the installed
spaCy exports, and the tokens with spaCy's on real and generated text.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plainspeak.nlp import add_footnote_infix
from plainspeak.tokenizer import get_tokenizer

ROOT = Path(__file__).resolve().parent.parent
spacy = pytest.importorskip("spacy")


def _spacy_tokens(text: str) -> list[tuple[str, int, bool, bool, bool]]:
    doc = _nlp().make_doc(text)
    return [(t.text, t.idx, bool(t.whitespace_), t.is_space, t.is_punct) for t in doc]


def _ours(text: str) -> list[tuple[str, int, bool, bool, bool]]:
    t = get_tokenizer()(text)
    return list(zip(t.text, t.idx, t.ws, t.space, t.punct, strict=True))


_NLP: list[object] = []


def _nlp():  # type: ignore[no-untyped-def]
    if not _NLP:
        nlp = spacy.blank("en")
        add_footnote_infix(nlp)  # plainspeak's one addition to spaCy's rules
        _NLP.append(nlp)
    return _NLP[0]


def test_shipped_rules_are_the_installed_spacys() -> None:
    spec = importlib.util.spec_from_file_location("build_tokenizer_rules", ROOT / "tools" / "build_tokenizer_rules.py")
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    shipped = json.loads(gzip.decompress((ROOT / "plainspeak" / "data" / "en_tokenizer.json.gz").read_bytes()))
    exported = tool.export()
    shipped.pop("spacy_version")
    exported.pop("spacy_version")
    assert shipped == exported, "spaCy's rules changed: run python tools/build_tokenizer_rules.py"


@pytest.mark.parametrize("path", sorted([*ROOT.glob("examples/*.md"), *ROOT.glob("docs/*.md"), ROOT / "README.md"]),
                         ids=lambda p: p.name)
def test_same_tokens_as_spacy_on_real_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _ours(text) == _spacy_tokens(text)


def test_tricky_cases() -> None:
    """Special cases, affixes, URLs, emoticons and odd whitespace, one by one."""
    cases = [
        "Don't, can't, won't: it's 10a.m. (e.g. at the U.S. office) - see s.17(1)!",
        "Email a@b.org or visit https://www.gov.uk/guidance?x=1, then (:) and 8) and <3.",
        "  leading spaces\n\nand\ttabs  \u00a0 no-break\u2009thin   spaces ",
        "\u201cQuoted,\u201d she said\u2014twice\u2026 \u2018yes\u2019 £5.50/week 50% 3\u00bd hrs \U0001f600",
        "co-operate re-assess well-being mid-2020s 1,000 3.5 5km 10am 10.30pm",
        "(Dr. Smith, Ph.D.) vs. Mr.Jones etc. ... a.m. p.m. i.e., e.g.,",
        "",
        " ",
        "\n",
    ]
    for text in cases:
        assert _ours(text) == _spacy_tokens(text), text


_ATOMS = [
    "(", ")", "[", "]", '"', "'", "\u2019", "\u2018", ".", ",", ";", ":", "!", "?", "-", "\u2013", "\u2014", "/",
    "...", "\u2026", "£", "%", "#", "@", "&", "*", "_", "<", ">", "word", "Word", "WORD", "s.17", "e.g.", "don't",
    "it's", "10a.m.", "3.5", "1,000", "http://x.org/a?b=c", "www.gov.uk", "co-op", "U.S.", "Dr.", "etc.", "°C",
    "é", "ß", "\u00ad", "\u200b", ":)", "<3", "(:", "8)", " ", "  ", "\n", "\t", "\xa0", "\r\n",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_ATOMS), st.text(max_size=4)), max_size=14))
def test_same_tokens_as_spacy_on_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _ours(text) == _spacy_tokens(text)


def test_runs_of_letters_are_one_token_as_in_spacy() -> None:
    """The tokenizer's shortcut: a run of letters (``str.isalpha``) is never split, since
    no prefix, suffix or infix rule can match letters alone. Every letter of Unicode,
    alone and in runs, against spaCy; and the rules themselves find nothing in them."""
    letters = [chr(c) for c in range(0x110000) if chr(c).isalpha()]
    runs = ["".join(letters[i:i + 7]) for i in range(0, len(letters), 7)]
    tokenizer = get_tokenizer()
    for word in [*letters, *runs]:
        assert tokenizer._find_prefix(word) == 0 and tokenizer._find_suffix(word) == 0, word
        assert tokenizer._find_infix(word) == [], word
    text = " ".join(letters) + "\n" + " ".join(runs)
    assert _ours(text) == _spacy_tokens(text)


def test_checking_a_file_does_not_import_spacy(tmp_path: Path) -> None:
    """The default pipeline's whole point: no half-second spaCy import per run."""
    doc = tmp_path / "p.md"
    doc.write_text("Service users who are hard to reach will be contacted by the team.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from plainspeak.api import check_paths\n"
        f"results = check_paths([{str(doc)!r}])\n"
        "assert results[0].findings, 'expected findings'\n"
        "print('spacy' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"


def test_tokens_read_from_a_spacy_doc_match() -> None:
    """A trained pipeline's Doc is read into the same lists the checks use."""
    from plainspeak.tokenizer import tokens_from_spacy

    text = "Service users (e.g. care leavers) can't  wait.\nCall 0800 111 222!"
    assert tokens_from_spacy(_nlp().make_doc(text)) == get_tokenizer()(text)
    assert tokens_from_spacy(_nlp().make_doc("")) == get_tokenizer()("")


_WITHOUT_SPACY = (
    "import sys\n"
    "class _NoSpacy:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name == 'spacy' or name.startswith('spacy.'):\n"
    "            raise ImportError('No module named ' + repr(name))\n"
    "sys.meta_path.insert(0, _NoSpacy())\n"
    "sys.argv = ['plainspeak', *sys.argv[1:]]\n"
    "from plainspeak.cli import main\n"
    "main()\n"
)


def test_runs_where_spacy_is_not_installed(tmp_path: Path) -> None:
    """spaCy is an optional extra: checking works without it, and asking for a trained
    pipeline without it says what to install."""
    doc = tmp_path / "p.md"
    doc.write_text("Service users who are hard to reach.\n", encoding="utf-8")
    ok = subprocess.run([sys.executable, "-c", _WITHOUT_SPACY, "check", "--no-cache", str(doc)],
                        capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert ok.returncode == 1, ok.stderr
    assert "service-user" in ok.stdout or "Service users" in ok.stdout
    (tmp_path / ".plainspeak.yaml").write_text("nlp:\n  model: en_core_web_sm\n", encoding="utf-8")
    bad = subprocess.run([sys.executable, "-c", _WITHOUT_SPACY, "check", "--no-cache", str(doc)],
                         capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert bad.returncode == 2
    said = bad.stdout + bad.stderr
    assert "needs spaCy" in said and "plainspeak[model]" in said
    assert "Traceback" not in said
