"""Suggestions take the form of the words found (issue 15, item 1).

Each case is a sentence a writer might send, the words plainspeak finds in it, the
glossary's alternatives, and what the writer should be offered as a drop-in; the test
puts the suggestion in place and compares the whole sentence, as a writer would read it.
"""

from __future__ import annotations

import pytest

from plainspeak.advice import advise, as_instruction, message
from plainspeak.advice.fit import article_for
from plainspeak.glossary.model import Entry


def _entry(term: str, alternatives: list[str], advice: list[str] | None = None,
           forms: dict[str, dict[str, str]] | None = None) -> Entry:
    return Entry(id="x", term=term, category="test", alternatives=alternatives, advice=advice or [],
                 forms=forms or {})


def _in_place(sentence: str, found: str, alternatives: list[str], **kw: object) -> list[str]:
    start = sentence.index(found)
    advice = advise(sentence, start, start + len(found), _entry(found.lower(), alternatives, **kw))  # type: ignore[arg-type]
    return [sentence[:s.start] + s.text + sentence[s.end:] for s in advice.suggestions]


@pytest.mark.parametrize(("sentence", "found", "alternatives", "expected"), [
    # number
    ("Looked after children will get a place.", "Looked after children", ["child in care"],
     "Children in care will get a place."),
    ("Care leavers can apply.", "Care leavers", ["care experienced young person"],
     "Care experienced young people can apply."),
    ("The service user is here.", "service user", ["person who draws on care and support"],
     "The person who draws on care and support is here."),
    ("Our clients say so.", "clients", ["person"], "Our people say so."),
    # a word whose plural is spelt otherwise is one thing after "the", "a" or a possessive, though
    # the lemma lists read "prognosis" as plural too; with no such word it may be many
    ("The doctor's prognosis was poor.", "prognosis", ["outlook"], "The doctor's outlook was poor."),
    ("A diagnosis was made.", "diagnosis", ["finding"], "A finding was made."),
    ("Help for severe mental illness.", "mental illness", ["mental health problem"],
     "Help for severe mental health problems."),
    # a label's own word for particular people stays: only what the label said of them changes
    ("Gifts for children of vulnerable families.", "vulnerable families", ["people at risk of harm"],
     "Gifts for children of families at risk of harm."),
    ("A homeless man was found.", "homeless man", ["person who is homeless"], "A man who is homeless was found."),
    # young and older people keep their age
    ("We house vulnerable young people.", "vulnerable young people", ["people at risk of harm"],
     "We house young people at risk of harm."),
    ("A vulnerable young person asked.", "vulnerable young person", ["people at risk of harm"],
     "A young person at risk of harm asked."),
    # an -ing form straight after a word for people says what they do: a verb's -ing form goes in
    ("Support is there for people leaving care or who may need care.", "leaving care", ["moving on"],
     "Support is there for people moving on or who may need care."),
    ("Users participating in their own home were tested.", "participating", ["take part"],
     "Users taking part in their own home were tested."),
    # a describing word between the label and "people" is who they are, and stays
    ("We survey vulnerable homeless people.", "vulnerable homeless people", ["people at risk of harm"],
     "We survey homeless people at risk of harm."),
    ("We include socially excluded people.", "socially excluded people", ["people facing exclusion"],
     "We include people facing exclusion."),
    # After a preposition a verb's -ing form takes an -ing form.
    ("She is prevented from undertaking activities.", "undertaking", ["carry out"],
     "She is prevented from carrying out activities."),
    ("A majority of alcoholics will attend.", "alcoholics", ["person who is dependent on alcohol"],
     "A majority of people who are dependent on alcohol will attend."),
    # tense and person
    ("She participated in the group.", "participated", ["take part"], "She took part in the group."),
    ("She has participated in the group.", "participated", ["take part"], "She has taken part in the group."),
    ("This empowers people.", "empowers", ["allow"], "This allows people."),
    ("We are ensuring that it works.", "ensuring", ["make sure"], "We are making sure that it works."),
    ("The team liaises with schools.", "liaises with", ["work with"], "The team works with schools."),
    ("How that impacted on you matters.", "impacted on", ["affect"], "How that affected you matters."),
    ("She suffers from asthma.", "suffers from", ["lives with"], "She lives with asthma."),
    # a negated verb: "do" carries the tense, or "not" goes before the main verb's form
    ("She refused to engage with us.", "refused to engage", ["did not want this support"],
     "She did not want this support with us."),
    ("He refuses to engage.", "refuses to engage", ["did not want this support"],
     "He does not want this support."),
    ("She has refused to engage.", "refused to engage", ["did not want this support"],
     "She has not wanted this support."),
    # a relative clause agrees with the noun it follows, in the past tense too
    ("Services faced many placement breakdowns.", "placement breakdowns", ["move that was not planned"],
     "Services faced many moves that were not planned."),
    # after "has" a word that can be a noun is one ("has contact with"), and an alternative
    # that brings its own "with" does not go before another
    ("The child has contact with her birth mother.", "contact", ["time with mum and dad", "family time"],
     "The child has family time with her birth mother."),
    # a participle after the words found starts a clause about them, not a noun they describe
    ("All service users admitted on section 2 can appeal.", "service users", ["people we support"],
     "All people we support admitted on section 2 can appeal."),
    # a comma ends the phrase: the word after it is not a noun the words describe
    ("Children and other service users, wherever they live, matter.", "service users", ["people we support"],
     "Children and other people we support, wherever they live, matter."),
    # a/an and articles
    ("He is an epileptic.", "an epileptic", ["person with epilepsy"], "He is a person with epilepsy."),
    ("Help for an elderly person.", "elderly", ["older"], "Help for an older person."),
    ("A concern about an acute unit.", "acute", ["severe"], "A concern about a severe unit."),
    ("Services for the elderly.", "the elderly", ["older people"], "Services for older people."),
    # explicit forms from the glossary
    ("Contacts with her mum.", "Contacts", ["family time"], "Family time with her mum."),
])
def test_drop_in_fits_the_sentence(sentence: str, found: str, alternatives: list[str], expected: str) -> None:
    forms = {"family time": {"plural": "family time"}}
    got = _in_place(sentence, found, alternatives, forms={k: v for k, v in forms.items() if k in alternatives})
    assert got and got[0] == expected, got


@pytest.mark.parametrize(("sentence", "found", "alternatives"), [
    ("People who suffer from dementia.", "suffer from dementia", ["person living with dementia"]),  # noun for a verb
    ("The disabled parent asked.", "The disabled", ["disabled people"]),  # before a noun
    ("A service user's needs.", "service user", ["people who draw on care and support"]),  # possessive
    ("This empowers people.", "empowers", ["give permission"]),  # the object would not fit
    ("The placement ended.", "placement", ["where you live"]),  # a clause
    ("She is well-established.", "established", ["set up"]),  # part of a hyphenated word
    # people named by a label cannot become the behaviour the label was taken from
    ("Carers need experience of challenging children.", "challenging children", ["behaviour that challenges services"]),
    ("There is no care package in place.", "care package", ["your care and support"]),  # "no" is a determiner
    # a verb phrase is no noun: not "history of left without telling anyone", not "carry outs"
    ("Because of his history of absconsion, he stays.", "absconsion", ["left without telling anyone"]),
    ("The Australian Government implements the convention.", "implements", ["carry out"]),
])
def test_what_cannot_fit_is_advice_not_a_drop_in(sentence: str, found: str, alternatives: list[str]) -> None:
    start = sentence.index(found)
    advice = advise(sentence, start, start + len(found), _entry(found.lower(), alternatives))
    assert advice.suggestions == []
    assert advice.advice == [f"reword the sentence to use \u201c{alternatives[0]}\u201d"]


def test_messages_read_naturally_for_drop_ins_and_advice() -> None:
    sentence = "The transformation starts in May."
    start = sentence.index("transformation")
    both = advise(sentence, start, start + 14, _entry("transformation", ["change"], ["say what the change is"]))
    assert message("transformation", both) == \
        "\u201ctransformation\u201d: say \u201cchange\u201d instead, or say what the change is"
    only = advise(sentence, start, start + 14, _entry("transformation", [], ["say what the change is"]))
    assert message("transformation", only) == "\u201ctransformation\u201d: say what the change is"
    assert "say \u201csay" not in message("transformation", only)
    assert as_instruction("(leave it out)") == "leave it out"
    assert as_instruction("the person's name") == "use \u201cthe person's name\u201d"


def test_article_by_sound() -> None:
    assert [article_for(w) for w in ("older", "user", "hour", "MP", "NHS", "one", "European")] == \
        ["an", "a", "an", "an", "an", "a", "a"]


@pytest.mark.parametrize("alternative", ["did not take", "decided not to", "the treatment has not worked for them"])
def test_after_a_form_of_be_only_describing_words_drop_in(alternative: str) -> None:
    """ "who are non-compliant" → "who are did not take" is not English: shown as advice."""
    assert _in_place("People who are non-compliant with treatment.", "non-compliant", [alternative]) == []


def test_an_alternative_that_belongs_to_another_form_is_not_offered() -> None:
    """An entry for "disabled toilet" and "disabled parking" says "accessible parking" for the
    parking: "Accessible toilet" for a car park was a real, silly suggestion."""
    entry = Entry(id="disabled-toilet", term="disabled toilet", category="disability", variants=["disabled parking"],
                  alternatives=["accessible toilet", "accessible parking"])
    for sentence, found, expected in [("Disabled parking is by the door.", "Disabled parking", ["Accessible parking"]),
                                      ("The disabled toilet is upstairs.", "disabled toilet", ["accessible toilet"]),
                                      ("The disabled loo is upstairs.", "disabled loo", ["accessible toilet"])]:
        start = sentence.index(found)
        got = advise(sentence, start, start + len(found), entry)
        assert [s.text for s in got.suggestions] == expected, sentence


def test_words_found_in_reverse_order_get_a_rewording_not_a_drop_in() -> None:
    """ "people who misuse drugs" was told to say "drug use" instead: the reversed words are a
    verb phrase, so the alternative is offered as a rewording, the one that shares a word first."""
    entry = Entry(id="substance-misuse", term="substance misuse", category="substance-use",
                  variants=["drug misuse"], alternatives=["substance use", "drug use"])
    sentence = "We help people who misuse drugs."
    start = sentence.index("misuse drugs")
    got = advise(sentence, start, start + len("misuse drugs"), entry)
    assert got.suggestions == []
    assert got.advice[0] == "reword the sentence to use \u201cdrug use\u201d"
    plain = "The drug misuse team meets weekly."
    start = plain.index("drug misuse")
    assert "drug use" in [s.text for s in advise(plain, start, start + len("drug misuse"), entry).suggestions]


def test_a_variant_s_own_word_picks_the_alternative_that_keeps_it() -> None:
    """ "drugs and alcohol misuse" was told to say "substance use" for "alcohol misuse", which
    reads "drugs and substance use": the word the variant adds ("alcohol") stays."""
    entry = Entry(id="substance-misuse", term="substance misuse", category="substance-use",
                  variants=["drug misuse", "alcohol misuse"],
                  alternatives=["substance use", "drug use", "alcohol use"])
    sentence = "We help people with Drugs and Alcohol misuse problems."
    start = sentence.index("Alcohol misuse")
    got = advise(sentence, start, start + len("Alcohol misuse"), entry)
    assert got.suggestions[0].text == "Alcohol use"
    plain = "The substance misuse team meets weekly."
    start = plain.index("substance misuse")
    assert advise(plain, start, start + len("substance misuse"), entry).suggestions[0].text == "substance use"


def test_a_drop_in_that_would_make_another_thing_is_a_rewording() -> None:
    from plainspeak import check_text

    # "care placement" → "care home" names a home for adults; "home placements" → "home homes".
    for text in ("She is settled in her current care placement.", "He has had three residential home placements."):
        found = [f for f in check_text(text) if f.id == "placement"]
        assert found[0].suggestions == [], text
        assert "\u201chome\u201d" in found[0].message, text
    # A foster placement is a foster home: the drop-in stays.
    found = [f.suggestions for f in check_text("The foster placement is going well.") if f.id == "placement"]
    assert found == [["home"]]


def test_word_lists_hold_words_not_yaml_booleans() -> None:
    """YAML 1.1 reads a bare on, off, no or yes as a boolean: "on" was missing from the
    prepositions, so "people on probation" took "probation" as its head ("person on probations")."""
    from plainspeak.advice.lexicon import word_list

    assert {"on", "off"} <= word_list("prepositions")
    assert "on" in word_list("post_modifier_starts") and "no" in word_list("determiners")
    assert _in_place("Offenders can apply.", "Offenders", ["person on probation"]) == ["People on probation can apply."]


def test_an_activity_gets_the_alternative_that_names_a_thing_not_a_person() -> None:
    from plainspeak.api import check_text

    [found] = [f for f in check_text("Bed-blocking rises every winter.", format="text") if f.id == "bed-blocker"]
    assert "Delayed discharge" in found.message and "Person" not in found.message
    [found] = [f for f in check_text("Bed blockers are costing the hospital millions.", format="text")
               if f.id == "bed-blocker"]
    assert "People waiting to leave hospital" in found.message


def test_an_activity_keeps_the_number_of_its_own_object() -> None:
    from plainspeak.api import check_text

    [found] = [f for f in check_text("We will run more community engagement next year.", format="text")
               if f.id == "community-engagement"]
    assert "talking with residents" in found.message


def test_after_a_determiner_no_verb_or_clause_is_a_drop_in() -> None:
    from plainspeak import check_text

    # "no non-compliance" → "no decided not to" / "no the treatment has not worked" was offered.
    found = [f for f in check_text("There has been no non-compliance this month.") if f.id == "non-compliant"]
    assert found and found[0].suggestions == []
    assert "reword" in found[0].message


_RESPITE = Entry(id="respite", term="respite", variants=["respite care"], category="test",
                 alternatives=["short break", "a break"])


@pytest.mark.parametrize(("sentence", "found", "said"), [
    ("Short breaks or respite care are available.", "respite care", "Short breaks"),
    ("Respite (short breaks) is offered to carers.", "Respite", "short breaks"),
    ("We offer respite care, also known as a short break, to carers.", "respite care", "short break"),
    ("Apply for a short break / respite via the portal.", "respite", "short break"),
])
def test_a_term_beside_its_own_alternative_is_told_to_go_not_replaced(sentence: str, found: str,
                                                                       said: str) -> None:
    # "say short break" to a writer who already wrote "Short breaks or respite care" is silly,
    # and a drop-in would write the plain words twice
    start = sentence.index(found)
    advice = advise(sentence, start, start + len(found), _RESPITE)
    assert advice.suggestions == []
    assert advice.already == said
    assert message(found, advice) == (f"\u201c{found}\u201d: you already say \u201c{said}\u201d; keep that and "
                                      f"drop \u201c{found}\u201d")


@pytest.mark.parametrize("sentence", [
    "We fund respite care and day centres.",
    "Short breaks for children and respite care for adults are separate budgets.",
    "Support can include assessment, short breaks, respite care and direct payments.",  # a list
])
def test_an_alternative_elsewhere_in_the_sentence_leaves_the_drop_in(sentence: str) -> None:
    start = sentence.index("respite care")
    advice = advise(sentence, start, start + 12, _RESPITE)
    assert advice.already == ""
    assert advice.texts[:1] == ["short break"]


def test_the_third_sector_is_offered_the_voluntary_sector() -> None:
    sentence = "We work with the statutory and third sector to plan services."
    start = sentence.index("third sector")
    advice = advise(sentence, start, start + 12,
                    _entry("third sector", ["voluntary sector", "charities and voluntary groups"]))
    assert advice.texts[:1] == ["voluntary sector"]
