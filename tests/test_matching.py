"""Matching that understands English: forms, hyphens, word order, context rules."""

from __future__ import annotations

import pytest

from plainspeak import check_text


def terms(text: str):  # type: ignore[no-untyped-def]
    return [f for f in check_text(text) if f.check == "term"]


def ids(text: str, format: str = "markdown") -> list[tuple[str | None, str]]:
    return [(f.id, f.text) for f in check_text(text, format=format) if f.check == "term"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He has had three placements.", [("placement", "placements")]),
        ("Every Service-users meeting.", [("service-user", "Service-users")]),
        ("Hard-to-reach groups.", [("hard-to-reach", "Hard-to-reach")]),
        ("She was found homeless intentionally.", [("intentionally-homeless", "homeless intentionally")]),
        ("A finding of intentional homelessness.", [("intentionally-homeless", "intentional homelessness")]),
        ("The SERVICE USER said no.", [("service-user", "SERVICE USER")]),
    ],
)
def test_forms_match_without_listing_them(text, expected):
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A term word ending -ed or -ing matches only that form: the label, not the verb.
        ("Every looked after child has a plan.", [("looked-after-child", "looked after child")]),
        ("Grandparents often look after children at home.", []),
        ("Challenging behaviour was recorded.", [("challenging-behaviour", "Challenging behaviour")]),
        ("We challenge behaviour that is unfair.", []),
        ("We care for people in their own homes.", []),
        # other forms still match where the entry lists them
        ("Men are more likely to commit suicide.", [("committed-suicide", "commit suicide")]),
        ("He suffers from dementia.", [("dementia-sufferer", "suffers from dementia")]),
    ],
)
def test_ed_and_ing_words_match_only_as_written(text, expected):
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A label's last word in its base form is a noun or a describing word: its -ing and
        # -ed forms are another word ("care planning" is an activity, "cleaning" a chore).
        ("Care planning starts when a child comes into care.", []),
        ("Today we continued the cleaning and found needles used for heroin.", []),
        ("He has been clean from heroin for six months.", [("clean-drug-free", "clean")]),
        ("The court made placement orders for both children.", [("placement-order", "placement orders")]),
        # entries that mean a verb list its forms
        ("She absconded from the home twice.", [("abscond", "absconded")]),
        # plain-English entries are verbs: every form is meant
        ("You are required to attend.", [("require", "required")]),
    ],
)
def test_base_form_of_a_label_does_not_match_its_ing_and_ed_forms(text, expected):
    assert ids(text) == expected


def test_whitespace_inside_phrase_still_matches_and_points_at_source():
    text = "Our service\n  users and hard\u00a0to  reach groups."
    findings = [f for f in check_text(text, format="text") if f.check == "term"]
    assert [f.text for f in findings] == ["service\n  users", "hard\u00a0to  reach"]
    first = findings[0]
    assert (first.line, first.column, first.end_line, first.end_column) == (1, 5, 2, 8)


def test_context_unless_and_near():
    assert ids("She starts a work placement in June.") == []
    assert ids("Contact with her parents is supervised.") == [("contact-family-time", "Contact")]
    assert ids("Please contact the housing team.") == []


def test_a_sense_can_come_from_the_whole_document():
    # "respite" (scope: document): a statistics table on a page about carers means care
    page = ("# Support for carers\n\nWe publish figures every year.\n\n"
            "| Kind | Number |\n|---|---|\n| Day respite | 40 |\n")
    assert ids(page) == [("respite", "respite")]
    assert ids("The new sentence gives victims of crime some respite.\n\nIt starts in May.\n") == []


def test_sentences_and_blocks_are_barriers():
    assert ids("We asked the service. Users said no.") == []
    assert ids("- hard to\n- reach\n") == []
    assert ids("# Service\n\nusers\n") == []


def test_legal_term_in_quotation_is_softer():
    from plainspeak.config import config_from_dict

    plain = terms("You are intentionally homeless.")[0]
    mention = 'The Act uses the words "intentionally homeless" in section 191.'
    assert terms(mention) == []  # a quoted word is not reported by default (mentions: off)
    quoted = [f for f in check_text(mention, config=config_from_dict({"mentions": "suggest"}))
              if f.check == "term"][0]
    assert plain.code == "PS102" and plain.severity == "warning"
    assert quoted.code == "PS103" and quoted.severity == "suggestion"
    assert "explain" in plain.message


def test_longest_match_wins_no_overlaps():
    found = ids("Looked after children need stable homes.")
    assert found == [("looked-after-child", "Looked after children")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Words of degree after "the", "from" or "with" stay inside the term.
        ("We will not cut services to the most severely disabled in the borough.",
         [("the-disabled", "the most severely disabled")]),
        ("Help for the very poor.", [("the-poor", "the very poor")]),
        ("He was suffering from severe depression.",
         [("suffering-from-depression", "suffering from severe depression")]),
        # and words of how much or how long: the condition still names the entry.
        ("She had been suffering from years of severe depression.",
         [("suffering-from-depression", "suffering from years of severe depression")]),
        ("Care homes for those suffering from even mild dementia.",
         [("dementia-sufferer", "suffering from even mild dementia")]),
        # ... but a describing word before a noun is still a describing word,
        ("The severely disabled children go to school.", []),
        # and words an entry lists as written are that entry ("the most vulnerable"), not "the vulnerable".
        ("Help for the most vulnerable.", [("our-most-vulnerable", "the most vulnerable")]),
        # A noun entry does not match the describing word made from it: "physically handicapped"
        # is the "handicapped" entry, not "physical handicap".
        ("Schools for the physically handicapped.", [("handicapped", "handicapped")]),
        # After a describing word stands a noun, even before "every": not the verb "to people".
        ("Services deal with such vulnerable people every day.", [("vulnerable-groups", "vulnerable people")]),
    ],
)
def test_words_of_degree_inside_a_term(text, expected):
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dash typed against a word ("bed blocking- patients ...") does not hide it.
        ("The problem of bed blocking- patients waiting for care- is not new.", [("bed-blocker", "bed blocking")]),
        ("He suffered from alcohol addiction for years.",
         [("suffering-from-alcoholism", "suffered from alcohol addiction")]),
        ("People with a mental handicap lived there.", [("handicap", "mental handicap")]),
    ],
)
def test_forms_written_in_other_ways(text, expected):
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A second group after "the" and a first one: "the elderly and disabled".
        ("The elderly and disabled will have to pay.", [("elderly", "elderly"), ("the-disabled", "disabled")]),
        ("The elderly and disabled people will have to pay.", [("elderly", "elderly")]),
        ("Free travel for the disabled anywhere in England.", [("the-disabled", "the disabled")]),
        # A describing word a noun entry lists ("drug-addicted") is found; the word alone is not.
        ("Some local drug-addicted burglars were jailed.", [("addict", "drug-addicted")]),
        ("People addicted to gambling can get help.", []),
        # A group listed with a word between "the" and its describing word
        ("The Act casts the street homeless as criminals.", [("the-homeless", "the street homeless")]),
        ("The street homeless population has grown.", []),
    ],
)
def test_groups_and_describing_words(text, expected):
    assert ids(text) == expected


def test_a_term_with_words_of_degree_inside_gets_advice_not_a_drop_in():
    [found] = terms("We will not cut services to the most severely disabled in the borough.")
    assert found.suggestions == []
    assert "disabled people" in found.message


def test_family_time_is_found_beside_any_relative() -> None:
    text = "The Council made decisions about contact without involving Ms B, who has parental responsibility."
    assert ("contact-family-time", "contact") in ids(text)


def test_a_page_about_a_child_contact_centre_is_about_family_time() -> None:
    # After separation a child's time with the parent they do not live with is "contact" too,
    # and a page that says "child contact centre" once means it even where a sentence names no one.
    page = ("Our child contact centre is a safe place for children to meet a non-resident parent.\n\n"
            "Staff will support the contact only when needed.\n\n"
            "Sometimes the contact centre is used just to help with handovers.\n")
    found = ids(page)
    assert ("contact-family-time", "contact") in found
    assert ("contact-centre", "contact centre") in found
    assert "residents-children" not in [i for i, _t in found]  # "non-resident parent" is no children's home
    # without such words a page's "contact" still needs a relative near it
    assert "contact-family-time" not in [i for i, _t in ids("Staff will support the contact only when needed.")]


@pytest.mark.parametrize(("text", "found"), [
    # An acronym among the words near an entry matches only in capitals: "sent" is not SEND.
    ("We list the out-of-area placements made in 2021 and the children sent from each area.", True),
    ("The placement is at a SEND school.", False),
])
def test_an_acronym_near_a_term_is_matched_in_capitals(text: str, found: bool) -> None:
    assert (("placement", "placements") in ids(text) or ("placement", "placement") in ids(text)) is found


@pytest.mark.parametrize(("text", "entry", "found"), [
    # "of" and the kind of drug inside a term written the other way round
    ("Due to reports of abuse of prescription drugs the practice has a new policy.", "substance-abuse", True),
    ("The Misuse of Drugs Act 1971 controls drugs.", "substance-misuse", False),
    # a care setting is care; an education setting's place is not
    ("Children placed in homes (excluding fostering placements and unregulated settings).", "placement", True),
    ("She has a placement in an early years setting.", "placement", False),
])
def test_words_inside_terms_and_settings(text: str, entry: str, found: bool) -> None:
    assert (entry in [i for i, _t in ids(text)]) is found


def test_a_near_phrase_must_stand_together() -> None:
    # "early years setting" rules "placement" out; "setting" alone (a care setting) does not
    assert "placement" not in [i for i, _t in ids("She has a placement in an early years setting.")]
    assert "placement" in [i for i, _t in ids("A new placement in a residential care setting was found for him.")]


@pytest.mark.parametrize(("text", "found"), [
    # A describing word names a group after "our", "their", "many" ... when nothing it could
    # describe follows: a verb, a preposition, "and", or the end of the line.
    ("Many homeless feel safer sleeping on the streets.", True),
    ("Do more for our homeless", True),
    ("One of the homeless wished everyone a good evening.", True),
    ("What can be done to help the homeless off our streets?", True),
    ("Councils have been sending their homeless to other boroughs.", True),
    ("Campaigns for the disabled won several triumphs.", True),
    # after a verb of giving help, whose object is people
    ("Volunteers serve homeless every night at the centre.", True),
    ("This will help homeless families.", False),
    ("Without help they remain homeless in the borough.", False),
    # ... and describes when a noun follows, or when it is said of someone
    ("Our disabled customers can ask for help.", False),
    ("Shops will be out of bounds for many of our disabled or elderly population.", False),
    ("In fact they are not all homeless but some have bedsits.", False),
    ("The poor use of resources was criticised.", False),
])
def test_groups_after_our_their_and_many(text: str, found: bool) -> None:
    assert bool([i for i, _t in ids(text) if i in ("the-homeless", "the-disabled", "the-poor")]) is found


@pytest.mark.parametrize(("text", "found"), [
    # after a preposition too, when nothing it could describe follows
    ("The new three-wheeler vehicles for disabled can carry a passenger.", True),
    ("Parking for disabled people is free.", False),
    ("Shelter, the charity for homeless and poorly housed people, can advise.", False),
    ("More disabled friendly drop curbs are being put in place.", False),
])
def test_groups_after_a_preposition(text: str, found: bool) -> None:
    assert bool([i for i, _t in ids(text) if i in ("the-homeless", "the-disabled")]) is found


def test_a_champion_for_a_group_is_no_post_unless_written_as_one() -> None:
    assert "looked-after-child" in [i for i, _t in ids("She was a consistent champion for looked-after children.")]
    assert [i for i, _t in ids("The Champion for Looked After Children will attend.")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One word joined with "and"/"or" before a label's last word still makes the label.
        ("It covers children with challenging and complex behaviour.",
         [("challenging-behaviour", "challenging and complex behaviour")]),
        ("Support for looked after and adopted children.",
         [("looked-after-child", "looked after and adopted children")]),
        ("Diversion suits young or first offenders.", [("young-offender", "young or first offenders")]),
        # Not a label: another form of its first word, the word's opposite, "other".
        ("Today we continued the cleaning and found needles used for heroin.", []),
        ("Intentionally or unintentionally homeless", []),
        ("It covers domestic or other violence.", []),
        # Two legal terms sharing their last word: both need explaining, so both are reported,
        # the one written in part across the joined words.
        ("The council ended the prevention or relief duty.",
         [("prevention-duty", "prevention or relief duty"), ("relief-duty", "relief duty")]),
        # Only for labels that matter: a suggestion stays with the words as listed.
        ("People often have complex and multifaceted needs.", []),
        # The joined word can be a label of its own: both are reported.
        ("Thousands of vulnerable and elderly people are unaware of it.",
         [("vulnerable-groups", "vulnerable and elderly people"), ("elderly", "elderly")]),
        # A list of single words before the last word, serial comma or none.
        ("Staff manage challenging, disruptive or disturbing behaviours.",
         [("challenging-behaviour", "challenging, disruptive or disturbing behaviours")]),
        ("Staff manage challenging, uncooperative, destructive, and disruptive behaviours.",
         [("challenging-behaviour", "challenging, uncooperative, destructive, and disruptive behaviours")]),
        ("It helps vulnerable, elderly and lonely people.",
         [("vulnerable-groups", "vulnerable, elderly and lonely people"), ("elderly", "elderly")]),
        # Not a list inside the label: other groups, or no "and"/"or" to close it.
        ("We feed the homeless, the hungry and the lonely.", [("the-homeless", "the homeless")]),
        ("It was challenging, rewarding work with young people.", []),
    ],
)
def test_a_word_joined_inside_a_label_still_makes_the_label(text, expected):
    assert ids(text) == expected


def test_a_label_with_a_joined_word_is_reworded_not_replaced() -> None:
    found = terms("Diversion suits young or first offenders.")
    assert found[0].suggestions == []
    assert "children who have offended" in found[0].message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A second group joined to the first: "the elderly and vulnerable".
        ("Doorstep crooks prey on the elderly and vulnerable by using pressure.",
         [("elderly", "elderly"), ("vulnerable-groups", "vulnerable")]),
        ("Traders conned the county's elderly and vulnerable more often this year.",
         [("elderly", "elderly"), ("vulnerable-groups", "vulnerable")]),
        # Both words describe a person who follows.
        ("An elderly and vulnerable man was robbed.", [("elderly", "elderly")]),
        # The first word has no entry of its own: the second still names a group.
        ("The scheme protects the weak and vulnerable from scams.", [("vulnerable-groups", "vulnerable")]),
        ("The sick and disabled were left behind.", [("the-disabled", "disabled")]),
        # A list of describing words before a noun describes it; "whether" follows a group.
        ("It will benefit the lonely, disabled, elderly people in the west.", [("elderly", "elderly")]),
        ("Grants for the sick or disabled whether mentally or physically handicapped.",
         [("the-disabled", "disabled"), ("mentally-handicapped", "mentally or physically handicapped")]),
        ("It helps the weak and vulnerable adults in the town.", [("vulnerable-adult", "vulnerable adults")]),
    ],
)
def test_a_group_joined_to_another_group_is_a_group(text, expected):
    assert ids(text) == expected


def test_a_superlative_in_a_term_matches_only_as_written() -> None:
    # "a near relative" is family; the Mental Health Act's role is the "nearest relative".
    assert ids("Some volunteers have a near relative who has had a stroke.") == []
    assert ids("Your nearest relative can ask for an assessment.") == [("nearest-relative", "nearest relative")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stronger label that overlaps a softer entry and carries on past it is reported.
        ("We bring support to the most vulnerable people in our communities.",
         [("vulnerable-groups", "vulnerable people")]),
        ("We help the most vulnerable children and young people.", [("vulnerable-child", "vulnerable children")]),
        # With no label after it, the softer entry stays.
        ("We protect the most vulnerable in our city.", [("our-most-vulnerable", "the most vulnerable")]),
    ],
)
def test_a_stronger_label_wins_over_a_softer_entry_it_overlaps(text, expected):
    assert ids(text) == expected


def test_words_of_degree_between_our_and_a_group() -> None:
    assert ids("Centre 33 offers food to our street homeless in St Albans.") == [("the-homeless", "homeless")]
    assert ids("Our street homeless population is rising.") == []
