"""Readability (PS301-PS305): the document's reading age and the sentences that make it hard."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import run_cli, run_json
from hypothesis import given, settings
from hypothesis import strategies as st

from plainspeak import check_text
from plainspeak.analyse import analyse
from plainspeak.checks.passive import find_passives
from plainspeak.checks.readability import score, scoring_text
from plainspeak.config import Config, config_from_dict
from plainspeak.readers import read_bytes

DATA = Path(__file__).parent / "data"

HARD = (
    "# Eligibility\n\n"
    "Applicants demonstrating exceptional circumstances necessitating additional financial "
    "assistance should communicate comprehensive documentation substantiating their eligibility. "
    "Consideration of applications will be undertaken in accordance with established organisational "
    "procedures and statutory requirements. Determinations regarding entitlement are communicated "
    "subsequently. Individuals experiencing difficulties understanding correspondence may request "
    "alternative formats. Accommodation responsibilities remain the obligation of the applicant "
    "notwithstanding any interim arrangements. Supplementary information concerning eligibility "
    "criteria is available electronically, alongside explanatory documentation regarding "
    "administrative considerations and appropriate organisational responsibilities. Representatives "
    "acting on behalf of applicants must provide authorisation documentation confirming their "
    "entitlement to communicate regarding confidential circumstances. Notifications concerning "
    "amendments to regulatory frameworks are published periodically.\n"
)

EASY = (
    "# Help with bills\n\n"
    "We can help you pay your bills. Tell us what you need. We will call you back. "
    "You do not have to pay us back. Ask us if you are not sure. We are here to help. "
    "You can come in or call us. We are open every day. Bring your last bill with you. "
    "We will look at it with you. Then we will tell you what we can do. It is free. "
    "You can bring a friend. We speak many languages. Ask for what you need. "
    "We will not tell your landlord. We keep what you tell us safe. You can stop at any time. "
    "We want to hear from you.\n"
)

LONG_30 = ("We will look at your form and then we will write to you with our decision about your "
           "claim for help with the cost of your home rent this year.")
VERY_LONG_40 = ("We will look at your form and then we will write to you with our decision about your "
                "claim for help with the cost of your rent this year and we will also tell you what you "
                "can do next.")


def words(text: str) -> int:
    return len(text.split())


def findings_of(result: dict, code: str) -> list[dict]:
    return [f for f in result["files"][0]["findings"] if f["code"] == code]


def test_sentence_fixtures_have_the_lengths_they_claim() -> None:
    assert words(LONG_30) == 30 and words(VERY_LONG_40) == 40
    assert words(HARD) > 100


# -- document summary ------------------------------------------------------------------------
def test_summary_in_json_and_text(write) -> None:
    path = write("easy.md", EASY)
    _, data = run_json(str(path))
    summary = data["files"][0]["readability"]
    assert summary["target_reading_age"] == 11
    assert summary["words"] > 100 and summary["sentences"] >= 20
    assert summary["reading_age"] < 11
    # UK reading age = US grade + 5, never below 5 (school starting age)
    assert summary["reading_age"] == pytest.approx(max(summary["flesch_kincaid_grade"] + 5, 5), abs=0.06)
    assert summary["flesch_reading_ease"] > 80
    assert summary["smog"] is None  # fewer than 30 sentences
    assert summary["words_per_minute"] == 200
    assert summary["reading_time_seconds"] == round(summary["words"] / 200 * 60)
    assert summary["average_sentence_length"] == round(summary["words"] / summary["sentences"], 1)
    assert summary["line"].startswith(f"reading age {summary['reading_age']:.0f} (target 11), {summary['words']} words")
    assert not findings_of(data, "PS301")

    text = run_cli("check", str(path)).stdout
    assert f"{path}: {summary['line']}" in text


def test_smog_only_from_thirty_sentences(write) -> None:
    sentences = " ".join(f"Residents receive assistance number {i}." for i in range(31))
    _, data = run_json(str(write("many.md", sentences + "\n")))
    summary = data["files"][0]["readability"]
    assert summary["sentences"] == 31 and summary["smog"] is not None and summary["smog"] > 3


def test_hard_document_is_above_target(write) -> None:
    path = write("hard.md", HARD)
    code, data = run_json(str(path))
    summary = data["files"][0]["readability"]
    assert summary["reading_age"] > 16
    [target] = findings_of(data, "PS301")
    assert target["severity"] == "warning" and code == 1
    assert target["line"] == 1 and target["text"] == "Eligibility"  # on the first heading
    assert f"reading age {summary['reading_age']:.0f} is above the target of 11" in target["message"]
    assert "NHS" in target["why"] and "GOV.UK" in target["why"]


def test_target_reading_age_from_config(write) -> None:
    path = write("hard.md", HARD)
    _, data = run_json(str(path))
    age = data["files"][0]["readability"]["reading_age"]
    assert findings_of(data, "PS301")
    write(".plainspeak.yaml", f"readability:\n  target_reading_age: {int(age) + 1}\n")
    _, data = run_json(str(path))
    assert data["files"][0]["readability"]["target_reading_age"] == int(age) + 1
    assert not findings_of(data, "PS301")
    write(".plainspeak.yaml", "readability:\n  enabled: false\n")
    _, data = run_json(str(path))
    assert data["files"][0]["readability"] is None and not findings_of(data, "PS302")


def test_short_snippets_are_measured_but_not_judged() -> None:
    found = check_text("Notwithstanding aforementioned considerations, determinations necessitate documentation.")
    assert "PS301" not in [f.code for f in found]


# -- sentences and paragraphs ----------------------------------------------------------------
def test_long_and_very_long_sentences(write) -> None:
    source = f"Short one here.\n\n{LONG_30}\n\n{VERY_LONG_40}\n"
    path = write("long.md", source)
    _, data = run_json(str(path))
    [long] = findings_of(data, "PS302")
    [very] = findings_of(data, "PS303")
    assert long["text"] == LONG_30 and long["line"] == 3 and long["severity"] == "suggestion"
    assert very["text"] == VERY_LONG_40 and very["line"] == 5 and very["severity"] == "warning"
    assert "30 words" in long["message"] and "40 words" in very["message"]
    lines = source.splitlines()
    for f in (long, very):  # the range is exactly the sentence in the file
        assert lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1] == f["text"]
    assert data["files"][0]["readability"]["long_sentences"] == 2
    assert data["files"][0]["readability"]["very_long_sentences"] == 1


def test_sentence_thresholds_from_config(write) -> None:
    path = write("long.md", f"{LONG_30}\n\n{VERY_LONG_40}\n")
    write(".plainspeak.yaml", "readability:\n  long_sentence_words: 35\n  very_long_sentence_words: 50\n")
    _, data = run_json(str(path))
    assert [f["text"] for f in findings_of(data, "PS302")] == [VERY_LONG_40]
    assert findings_of(data, "PS303") == []


def test_long_paragraph(write) -> None:
    para = "We can help. Call us today. Ask for Sam. Sam knows the forms. Bring your letter. We are open late."
    path = write("para.md", para + "\n\nOne. Two.\n")
    _, data = run_json(str(path))
    [f] = findings_of(data, "PS305")
    assert "6 sentences" in f["message"] and f["text"] == "We are open late."
    write(".plainspeak.yaml", "readability:\n  paragraph_sentences: 6\n")
    _, data = run_json(str(path))
    assert findings_of(data, "PS305") == []


def test_lists_headings_and_tables_are_not_merged(write) -> None:
    ten = "you can ask the housing team for help with your rent"
    source = (
        f"# {ten} {ten}\n\n"
        f"- {ten}\n- {ten}\n- {ten}\n\n"
        f"| {ten} | {ten} |\n|---|---|\n| {ten} | {ten} |\n\n"
        f"{ten}\n"
    )
    path = write("blocks.md", source)
    _, data = run_json(str(path))
    codes = {f["code"] for f in data["files"][0]["findings"]}
    assert not codes & {"PS302", "PS303", "PS305"}
    document = read_bytes(source.encode(), "blocks.md", "markdown")
    analysed = analyse(document)
    assert [document.text[s.start:s.end] for s in analysed.sentences][1:4] == [ten] * 3
    assert max(words(document.text[s.start:s.end]) for s in analysed.sentences) == 2 * words(ten)


def test_headings_and_label_lists_are_not_long_sentences() -> None:
    places = ", ".join(["Leeds", "Bradford", "Wakefield", "Calderdale", "Kirklees", "Harrogate"] * 5)
    clause = ("if you are worried about losing your home you can contact the housing options team "
              "at any time and they will talk to you about what you can do next")
    found = check_text(f"# {places}\n\n- {places}\n- {clause}\n")
    long = [f for f in found if f.code in ("PS302", "PS303")]
    assert [f.text for f in long] == [clause]
    assert long[0].message.startswith("long list item")


@pytest.mark.parametrize("sentence", [
    "You can ask for help, e.g. with rent or council tax, from us.",
    "Under s.17 of the Children Act 1989 we must help.",
    "Dr Patel and Dr. Jones run the clinic.",
    "See para. 4 of the guidance for more.",
    "It costs approx. £5 (i.e. not much).",
    "Prof. Lee wrote to No. 10 about it.",
])
def test_abbreviations_do_not_split_sentences(sentence: str) -> None:
    document = read_bytes(f"{sentence} Second sentence here.".encode(), "a.txt", "text")
    spans = [document.text[s.start:s.end] for s in analyse(document).sentences]
    assert spans == [sentence, "Second sentence here."]


# -- passive voice ---------------------------------------------------------------------------
def _passive_spans(text: str) -> list[tuple[int, int]]:
    document = read_bytes(text.encode(), "p.txt", "text")
    analysed = analyse(document)
    idx, words = analysed.token_idx, analysed.token_text
    return [(idx[p.token_start], idx[p.token_end - 1] + len(words[p.token_end - 1]))
            for p in find_passives(analysed)]


def test_passive_labelled_set_precision_and_recall() -> None:
    items = yaml.safe_load((DATA / "passive_labelled.yaml").read_text(encoding="utf-8"))
    assert len(items) >= 40
    tp = fp = fn = 0
    misses = []
    for item in items:
        text = item["text"]
        gold = []
        for phrase in item["passive"]:
            at = text.index(phrase)
            gold.append((at, at + len(phrase)))
        matched: set[int] = set()
        for s, e in _passive_spans(text):
            hit = next((k for k, (gs, ge) in enumerate(gold) if gs < e and s < ge and k not in matched), None)
            if hit is None:
                fp += 1
                misses.append(f"false alarm: {text[s:e]!r} in {text!r}")
            else:
                tp += 1
                matched.add(hit)
        for k in range(len(gold)):
            if k not in matched:
                fn += 1
                misses.append(f"missed: {item['passive'][k]!r} in {text!r}")
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"\npassive voice on {len(items)} sentences: precision {precision:.3f}, recall {recall:.3f} "
          f"(tp={tp} fp={fp} fn={fn})")
    print("\n".join(misses))
    assert precision >= 0.9 and recall >= 0.85


def test_passive_finding_says_who_does_what() -> None:
    [f] = [f for f in check_text("Your application was reviewed by the panel.") if f.code == "PS304"]
    assert f.text == "was reviewed" and f.check == "readability" and f.severity == "suggestion"
    assert f.suggestions == ["the panel reviewed"]
    assert "the panel reviewed" in f.message
    [g] = [f for f in check_text("A decision has been made about your claim.") if f.code == "PS304"]
    assert g.text == "has been made" and "say who does it" in g.message
    # A pronoun subject turns round with the clause, so the rewrite is whole.
    [k] = [f for f in check_text("We were really shocked by the decision.") if f.code == "PS304"]
    assert k.suggestions == ["the decision really shocked us"]
    assert "not \u201cWe were really shocked by the decision\u201d" in k.message
    # Words between the verb and "by" would be lost from a rewrite: none is offered.
    [h] = [f for f in check_text("The contract was declared void by the court.") if f.code == "PS304"]
    assert h.suggestions == [] and "start with \u201cthe court\u201d" in h.message


@pytest.mark.parametrize("text", [
    "I was tired after the meeting.",
    "We are committed to treating everyone fairly.",
    "She is used to working long shifts.",
    "You will be able to apply online.",
    "There are limited places on the course.",
    "Get started by filling in the form.",
    "We got stuck in traffic.",
])
def test_adjectives_after_be_are_not_passive(text: str) -> None:
    assert "PS304" not in [f.code for f in check_text(text)]


def test_passive_voice_can_be_switched_off() -> None:
    config = config_from_dict({"readability": {"passive_voice": False}})
    assert "PS304" not in [f.code for f in check_text("Your claim was refused.", config=config)]
    assert "PS304" in [f.code for f in check_text("Your claim was refused.", config=Config())]


# -- equality with textstat ------------------------------------------------------------------
DOCUMENTS = [
    EASY,
    HARD,
    "The quick brown fox jumps over the lazy dog. It wasn't the dog's fault! Was it?",
    "Café résumé: the users' needs (well-being, e.g. housing) aren't met; they'll say so. 17 people, £5.",
    (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8"),
    "",
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_scores_equal_textstat(text: str) -> None:
    import textstat

    ours = score(text)
    assert ours.flesch_reading_ease == textstat.flesch_reading_ease(text)
    assert ours.flesch_kincaid_grade == textstat.flesch_kincaid_grade(text)
    assert ours.smog == textstat.smog_index(text)


def test_reported_scores_are_textstat_on_the_scored_text(write) -> None:
    import textstat

    for name, source in (("easy.md", EASY), ("hard.md", HARD), ("plain.txt", EASY.replace("# ", ""))):
        path = write(name, source)
        _, data = run_json(str(path))
        summary = data["files"][0]["readability"]
        analysed = analyse(read_bytes(source.encode(), name, "markdown" if name.endswith(".md") else "text"))
        text = scoring_text(analysed)
        assert summary["flesch_reading_ease"] == round(textstat.flesch_reading_ease(text), 2)
        assert summary["flesch_kincaid_grade"] == round(textstat.flesch_kincaid_grade(text), 2)
        assert summary["words"] == textstat.lexicon_count(text)
        assert summary["sentences"] == textstat.sentence_count(text)


def test_scores_counted_block_by_block_equal_scores_of_the_joined_text() -> None:
    from plainspeak.checks.readability import score_parts, scoring_parts

    tricky = ("He said \u201cno.\u201d\n\n(See below.)\n\n- a list item with no stop\n\n"
              "Isn't it 'quoted.'\n\nEtc... and so on!?\n\n| cell one two | cell three four five |\n")
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for source in (tricky, EASY + "\n\n" + HARD, readme):
        analysed = analyse(read_bytes(source.encode(), "x.md", "markdown"))
        parts = list(scoring_parts(analysed))
        assert len(parts) > 1
        assert score_parts(parts) == score("\n".join(parts))


def test_checking_never_imports_textstat() -> None:
    code = ("import sys, plainspeak.cli; assert 'textstat' not in sys.modules; "
            "from plainspeak import check_text; check_text('Your claim was refused by the panel.'); "
            "assert 'textstat' not in sys.modules, 'textstat imported'")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr


def test_passives_from_a_dependency_parse() -> None:
    """With a trained pipeline the parser's labels decide; here a parse given by hand."""
    from spacy.tokens import Doc

    from plainspeak.analyse import Analysed
    from plainspeak.nlp import get_nlp

    text = "The claim was not reviewed by the panel ."
    document = read_bytes(text.encode(), "p.txt", "text")
    words_ = text.split()
    heads = [1, 4, 4, 4, 4, 4, 7, 5, 4]
    deps = ["det", "nsubjpass", "auxpass", "neg", "ROOT", "agent", "det", "pobj", "punct"]
    doc = Doc(get_nlp().vocab, words=words_, heads=heads, deps=deps)
    analysed = Analysed(document, doc, [w.lower() for w in words_], [], [0] * len(words_),
                        token_text=words_, parsed=True)
    [p] = find_passives(analysed)
    assert (p.token_start, p.token_end, p.participle) == (2, 5, 4)
    assert p.agent == (6, 8)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["word", "'", "\u2019s", "'t", "n't", "-", "--", ".", ",", "!", "?", " ", "  ", "\n",
                                 "\u00e9", "_", "3", "\u00ad", "(", ")", "\u2014", "'ve", "x'"]), max_size=12))
def test_short_piece_test_matches_textstat_word_count(pieces: list[str]) -> None:
    """The fast "two words or fewer" test counts exactly as textstat's word splitting."""
    from plainspeak.checks.readability import _at_most_two_words, words_of

    text = "".join(pieces)
    assert _at_most_two_words(text) == (len(words_of(text)) <= 2)


def test_hyphenation_counts_equal_pyphen() -> None:
    """Words missing from the CMU table are counted with pyphen's patterns, read without pyphen."""
    import pyphen

    from plainspeak.checks.readability import _hyphenation

    dic = pyphen.Pyphen(lang="en_US")
    text = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8").lower()
    words = set(re.findall(r"[a-z]+", text)) | {"a", "ab", "supercalifragilistic", "hyphenation", "café",
                                                 "safeguarding", "ehcp", "x", "reablement"}
    ours = _hyphenation()
    assert all(ours.count(w) == len(dic.positions(w)) for w in words)
