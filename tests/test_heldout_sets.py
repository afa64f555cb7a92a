"""The held-out corpora (issue 14) stay fair tests, and what was measured on them cannot fall.

Each folder ``tests/data/corpus/heldout*/`` holds real sentences that a helper collected from pages
no other corpus uses and labelled before plainspeak was run on them. The lead measured each one
once before reading its errors (its "first look", the honest unseen number, kept below and in
notes/issue-14.md), then read the errors and made general changes. From then on a set has been
tuned on, so it gets floors like the tuning corpus (tests/test_accuracy.py), and a newer untouched
set is needed for an unseen number. ``tools/heldout*_accuracy.py`` measure each set.

The checks that keep a set fair: every label names a real glossary entry and every category is
there; must-flag sentences are a real share of it; no sentence is also in another corpus folder (a
copy there would have been tuned on) or twice in the set; its files are read by no other loader;
and, for the sets collected with the rule, no page is a source in any other corpus file.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
import yaml

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


@dataclass(frozen=True)
class HeldOut:
    min_sentences: int
    must_flag_share: tuple[float, float]
    #: The first look, before the errors were read (commit: precision, recall, recall on clear
    #: stigmatising use, must-not-flag flagged, findings in names).
    first_look: str
    floors: dict[str, float]
    ceilings: dict[str, float]
    #: Collected as whole runs of page text: at least a third of the sentences hold a listed word.
    runs_of_pages: bool = False
    #: Collected with the rule that no page is a source anywhere else.
    new_pages: bool = False
    #: A smaller set built in less time may ask for fewer pages and fewer sentences per category.
    min_pages: int = 40
    min_per_category: int = 5


#: Floors are the numbers measured after the third session's changes, rounded down a little.
#: Raise them when an improvement lands; never lower one to make a change pass.
SETS = {
    # Held-out 322 comes only from UK supported employment for disabled people and people with a learning
    # disability or autism: Mencap, Scope, NAS (Prospects, Too Much Information), Autistica, Ambitious about Autism,
    # BASE, DWP (Local Supported Employment, Access to Work, Work Choice, Hansard), NHS IPS (Centre for Mental
    # Health, a primary-care listing), councils (Merton, Gloucestershire, Mid and East Antrim, Bath Project SEARCH),
    # Remploy and sheltered-employment pieces, trade and local press. Such pages mostly say "disabled people",
    # "people with a learning disability", "autistic people"; must-flag is very low (the disabled, care package,
    # high-functioning, service user: 10 of 537) and soft entries (people with disabilities/autism, client) are
    # allowed. The low must-flag share is the kind's own (careful writing), not a choice; built in under an hour.
    "heldout322": HeldOut(
        537, (0.01, 0.05), "da3c5bd: 0.714, 0.909, 0.909, 0.8%, 0",
        {"precision": 0.76, "recall": 0.9, "stigmatising_recall": 0.9},   # now 0.769, 0.909, 0.909
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0057, 0
        runs_of_pages=True, new_pages=True, min_pages=50, min_per_category=0),
    # Held-out 324 comes only from UK community mental health team (CMHT) and NHS community mental health
    # framework / transformation pages: trusts' CMHT and older adult CMHT referral criteria (Leeds Mindwell, LSCFT,
    # SLaM), RDaSH's primary care mental health policy, Cornwall's and Leeds' transformation pages, NHS
    # England, RCPsych and Rethink on the framework, the Isle of Wight Council's mental health team, a VCSE hub
    # model. Must-flag is almost all "service users". Small: finished after the deadline.
    "heldout324": HeldOut(
        59, (0.05, 0.3), "433215a: 1.000, 1.000, 1.000, 0.0%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=12, min_per_category=0),
    # Held-out 318 comes only from UK gambling harms support and treatment pages: NHS gambling clinics (news on the
    # National Problem Gambling Clinic, Northern Gambling Service, Primary Care Gambling Service), GambleAware,
    # GamCare and the National Gambling Helpline, Gordon Moody, Gamblers Anonymous, Gambling with Lives, Support
    # After Suicide Partnership, Citizens Advice gambling support services, OHID on GOV.UK, the Gambling
    # Commission, Wirral Council, MECC Link, BJGP, and local and trade news. Must-flag is mostly "problem
    # gamblers" and "addicts"; most pages say "people experiencing gambling harms". Small: under an hour.
    "heldout318": HeldOut(
        297, (0.1, 0.3), "e5ca205: 1.000, 0.911, 0.911, 0.0%, 0",
        {"precision": 0.99, "recall": 0.93, "stigmatising_recall": 0.93},   # now 1.000, 0.933, 0.933
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=50, min_per_category=0),
    # Held-out 319 comes only from UK kinship care and special guardianship support pages: councils' kinship
    # local offers, family and friends care policies and special guardianship support chapters (Southwark,
    # Liverpool, Warwickshire, Salford, Rotherham, Nottinghamshire, Hillingdon, Gateshead, West Sussex,
    # Buckinghamshire, Devon, Kent Virtual School, Stirling), GOV.UK, gov.scot, Family Rights Group, Kinship
    # (Grandparents Plus), Citizens Advice Scotland, Albion Chambers, SGO Support, and press pieces. Must-flag
    # is mostly bare legal terms (special guardian(ship), looked after) and "contact" for family time.
    "heldout319": HeldOut(
        335, (0.15, 0.35), "10a1c0b: 0.924, 0.629, 0.774, 1.2%, 0",
        {"precision": 0.96, "recall": 0.62, "stigmatising_recall": 0.77},   # now 0.968, 0.629, 0.774
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0078, 0
        runs_of_pages=True, new_pages=True, min_pages=35, min_per_category=5),
    # Held-out 316 comes only from UK eating disorder services and support: NHS trusts' adult, children's, ARFID
    # and T1DE service pages (Leeds and York, Northamptonshire, Tayside, Cornwall, Oxford Health, Dorset, NELFT,
    # Birmingham, Avon and Wiltshire, Humber, a trust formulary), NHS England, an ICB, clinical networks and
    # commissioning guidance, councils (South Tyneside local offer, Warrington, Norfolk, a Basildon councillor),
    # school eating disorder policies, Beat's booklets, programmes and news, other charities (Anorexia and Bulimia
    # Care, Diabetes UK, The Living Room, Mind) and press reports. Such pages mostly say "people with eating
    # disorders"; must-flag is low and mainly "suffering from" and "sufferers" (32 of 494).
    "heldout316": HeldOut(
        494, (0.05, 0.2), "17f49c5: 0.968, 0.938, 0.938, 0.2%, 0",
        {"precision": 0.96, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.970, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0022, 0
        runs_of_pages=True, new_pages=True, min_pages=57, min_per_category=0),
    # Held-out 317 comes only from UK acquired brain injury services, neuro-rehabilitation and support: NHS ABI
    # and neuro-rehab teams (Herefordshire and Worcestershire, Aneurin Bevan, a Nottingham CCG review), the Royal
    # Hospital for Neuro-disability, Headway (national, Cardiff, Derby, Black Country, Shropshire, Somerset, East
    # London) and other charities, brain injury care homes and behaviour services, case-management and brain
    # injury solicitors' guides. Such pages mostly say "people with a brain injury" or "survivors"; must-flag is
    # low ("respite", "challenging behaviour", "suffer from", soft "client" and "loved ones", allowed).
    "heldout317": HeldOut(
        320, (0.02, 0.1), "46bfacf: 0.889, 0.667, 0.667, 0.3%, 0",
        {"precision": 0.9, "recall": 0.83, "stigmatising_recall": 0.83},   # now 0.909, 0.833, 0.833
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0032, 0
        runs_of_pages=True, new_pages=True, min_pages=30, min_per_category=0),
    # Held-out 315 comes only from UK Armed Forces Covenant and veterans' welfare, housing and mental health
    # support pages: council covenant and housing pages (Wiltshire, Woking, Chorley, Barking and Dagenham, East
    # Lothian), GOV.UK, community covenant groups, Help for Heroes, Local Government Lawyer, veterans' homelessness
    # news and letters, NHS Op COURAGE and veterans' mental health service news (Pennine Care, Kent and Medway),
    # Veterans' NHS Wales, GP practices' veteran pages, and comment on veterans' PTSD. Such pages mostly use
    # preferred wording ("veterans who are homeless", "veterans with PTSD"); runs were cut to first-to-last listed
    # word, leaving 121 sentences from 30 pages; must-flag is 6 of 121 (5.0%), so no per-category minimum and
    # recall is weak evidence. Not yet measured by the lead.
    "heldout315": HeldOut(
        121, (0.03, 0.08), "59558d5: 0.800, 0.667, 0.600, 0.9%, 0",
        {"precision": 0.83, "recall": 0.83, "stigmatising_recall": 0.79},   # now 0.833, 0.833, 0.800
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0087, 0
        runs_of_pages=True, new_pages=True, min_pages=30, min_per_category=0),
    # Held-out 312 comes only from UK perinatal mental health services and mother and baby units: NHS trusts'
    # perinatal team and MBU pages (Lothian, Hertfordshire, Dorset, Devon, Lancashire and South Cumbria,
    # Southern Health, Surrey and Borders, Derbyshire, Northamptonshire, Midlands Partnership, Kent and Medway,
    # Norfolk and Suffolk, Cheshire and Wirral), NHS England, the Scottish Government, Healthy London, Enfield
    # Council, and charities (MMHA, Action on Postpartum Psychosis, NSPCC, Family Action, Happy Mums). Such pages
    # mostly say "women with mental health problems"; must-flag is low ("service users", "suffer from", and
    # soft "mental illness", allowed). Small: the helper had under an hour.
    "heldout312": HeldOut(
        256, (0.05, 0.2), "993073d: 0.909, 0.952, 0.952, 0.9%, 0",
        {"precision": 0.95, "recall": 0.95, "stigmatising_recall": 0.95},   # now 0.952, 0.952, 0.952
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0043, 0
        runs_of_pages=True, new_pages=True, min_pages=37, min_per_category=0),
    # Held-out 313 comes only from UK pages on prison leavers' resettlement and housing on release: councils'
    # housing advice for people leaving prison (Castle Point, Ribble Valley, Woking, East Staffordshire,
    # Erewash, Harrogate, Hammersmith and Fulham), Shelter's legal guidance on the duty to refer, through-the-gate
    # pages of CRCs and charities, CAS3 and approved premises, Pact, Crisis, the Prison Reform Trust, Nacro, and
    # news on release into homelessness. Most people are "offenders"/"ex-offenders"/"clients" (soft, allowed),
    # so must-flag is low: "service users", "ex-prisoners", "vulnerable women", bare priority need and
    # intentionally homeless. Untouched apart from the helper's one run.
    "heldout313": HeldOut(
        393, (0.04, 0.12), "9f1e246: 0.969, 1.000, 1.000, 0.3%, 1",
        {"precision": 0.96, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.969, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0027, 1
        runs_of_pages=True, new_pages=True, min_pages=42, min_per_category=0),
    # Held-out 310 comes only from UK pages on independent travel training and home-to-school / post-16
    # transport for children and young people with SEND: council travel-training and transport policy pages,
    # travel-assistance rules for children in care (Trafford, Portsmouth, Hampshire, Cumbria, Swindon), passenger
    # assistant guidance, travel-training charities and operators, and news on SEND transport cuts. Such pages
    # mostly use the preferred wording, so must-flag is low (placement, respite, contact, looked after,
    # vulnerable adults/people, challenging behaviour, suffers from). Untouched apart from the helper's one run.
    "heldout310": HeldOut(
        430, (0.04, 0.2), "fa715d2: 0.971, 0.846, 0.849, 0.3%, 0",
        {"precision": 0.97, "recall": 0.92, "stigmatising_recall": 0.93},   # now 0.973, 0.923, 0.939
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0025, 0
        runs_of_pages=True, new_pages=True, min_pages=50, min_per_category=0),
    # Held-out 309 comes only from UK forced marriage, so-called honour-based abuse and FGM guidance and support:
    # safeguarding partnerships' procedures (Solihull, East Riding, SET, Norfolk, Manchester, Surrey, Derby and
    # Derbyshire, South Tyneside, Bedford, Kingston and Richmond), adult safeguarding pages (Bromley, a SAB,
    # My Marriage My Choice), police (Devon and Cornwall, College of Policing), NHS FGM clinics and news,
    # GOV.UK, Welsh and Scottish Government guidance, Karma Nirvana, Freedom Charity, a PCC blog and a solicitor.
    # "Honour-based abuse/violence" is suggestion-level (allowed), so must-flag is low ("vulnerable adult(s)",
    # "BAME", "committed suicide", "care package"). Small set (min_per_category=0).
    "heldout309": HeldOut(
        256, (0.04, 0.12), "e2beff1: 0.944, 0.944, 0.944, 0.4%, 1",
        {"precision": 0.99, "recall": 0.94, "stigmatising_recall": 0.94},   # now 1.000, 0.944, 0.944
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 1},      # now 0.0000, 1
        runs_of_pages=True, new_pages=True, min_pages=38, min_per_category=0),
    # Held-out 314 comes only from UK asylum accommodation and support and refugee move-on: council FAQs on
    # contingency hotels, dispersal and section 95/section 4 guides (Shelter, Right to Remain, ASAP, CSAN, Scottish
    # Refugee Council), move-on-period pages (Refugee Council, NRPF Network, NHF, Praxis, Advicenow), night shelters
    # and destitution, news on asylum housing conditions, barracks and hotels, and Home Office hotels for
    # unaccompanied children. Adults are mostly "people seeking asylum" or "asylum seekers" (the young-people
    # entry's term in a harmless sense, other-sense), so must-flag is 48 of 399 (12.0%); quoted-mention and
    # explained-legal have 3 and 2 sentences, so no per-category minimum. Not yet measured by the lead; the helper's
    # single run on 48af7c71: 0.976, 0.820, 0.857, 0.3%, 0 (--pages the same), before one label was corrected.
    "heldout314": HeldOut(
        399, (0.05, 0.25), "ba740eb: 1.000, 0.824, 0.857, 0.0%, 0",
        {"precision": 0.99, "recall": 0.9, "stigmatising_recall": 0.95},   # now 1.000, 0.902, 0.952
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=54, min_per_category=0),
    # Held-out 311 comes only from UK trauma-informed practice pages: GOV.UK (Changing Futures), Scottish
    # Government trauma-informed substance use pathfinders, a safeguarding adults board, restorative practice in
    # children's services (Leeds), schools' trauma-informed behaviour pages, the Wales Early Action Together ACEs
    # policing programme, probation and youth justice, women in the justice system, children's residential care,
    # homelessness services, virtual schools, fostering and ACEs explainers. Such pages mostly use the preferred
    # wording; must-flag leans on "vulnerable people/children", "service users", "substance abuse", bare legal
    # terms (looked after children, intentionally homeless); offender, client and complex needs are allowed.
    "heldout311": HeldOut(
        234, (0.12, 0.25), "aa31d36: 0.954, 0.932, 0.914, 1.0%, 0",
        {"precision": 0.97, "recall": 0.93, "stigmatising_recall": 0.91},   # now 0.976, 0.932, 0.914
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0052, 0
        runs_of_pages=True, new_pages=True, min_pages=47, min_per_category=0),
    # Held-out 307 comes only from UK benefits advice for older people: Pension Credit take-up campaigns and
    # news (The MJ, Policy in Practice, Age Action Alliance, Independent Age, BBC, Shropshire Star, AOL, Herts
    # Advertiser, This is Money, East London Advertiser) and Council Tax Reduction guides for pensioners (Lanop,
    # Pro Tax Accountant, UK Care Guide, Look After My Bills, Baberwood). Such pages say "older
    # people" and "pensioners" (soft, allowed), so must-flag is very low ("elderly", "OAPs"). Small: the helper
    # had about half an hour.
    "heldout307": HeldOut(
        72, (0.03, 0.15), "cf0a152: 1.000, 1.000, 1.000, 0.0%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=14, min_per_category=0),
    # Held-out 303 comes only from UK pages on social care in prisons: council and safeguarding-board pages on
    # care and support for adults in custody (Worcestershire, South Tyneside, Trafford, Dorset) and a prisoners'
    # families charity. Built in minutes after an API outage: 41 sentences from 5 pages. Must-flag leans on
    # bare "ordinarily resident" (legal-term) and "offenders"; soft entries (complex needs, eligible needs,
    # mental illness, substance misuse) are allowed. Untouched apart from the helper's one run.
    "heldout303": HeldOut(
        41, (0.1, 0.25), "7170411: 1.000, 1.000, 1.000, 0.0%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=5, min_per_category=0),
    # Held-out 306 comes only from UK pages on Motability, wheelchair accessible vehicles and disabled motoring:
    # scheme explainers and dealers, Motability's WAV page, WAV magazine pieces, driving assessment centres,
    # disabled drivers' clubs and charities (DMUK, DMF, Llanelli DDA), news on the 2025 scheme changes and
    # disabled drivers' blogs. Mostly preferred wording, so must-flag is very low ("the disabled", "service
    # users", "able bodied", "confined to a wheelchair").
    "heldout306": HeldOut(
        202, (0.02, 0.15), "b5d011d: 1.000, 1.000, 1.000, 0.0%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=30, min_per_category=0),
    # Held-out 305 comes only from UK pages on care-experienced adults accessing their childhood care
    # records: councils' care-leaver pages on subject access (Stockton, Central Bedfordshire, Hull, Rochdale,
    # Coventry) and the Care Leavers' Association's guides, campaign pages and members' own accounts. Built in
    # a very short window: small, no must-flag sentence (the pages use "care leavers", soft and allowed).
    "heldout305": HeldOut(
        129, (0.0, 0.4), "865a4b2: no must-flag sentence, 0.0%, 1",
        {},
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0, 1
        runs_of_pages=True, new_pages=True, min_pages=13, min_per_category=0),
    # Held-out 308 comes only from UK pages on specialist colleges and post-16/post-19 education for young people
    # with SEND or learning disabilities: Natspec pages, the Association of Colleges, councils' post-16 and
    # independent specialist provider pages (Oldham, Bracknell Forest, Tameside, Norfolk, Birmingham, Stockport,
    # Torbay, Derbyshire, Herefordshire) and news (Tes, Guardian, BBC Ouch, STV, FE Week). Pages mostly use the
    # preferred wording, so must-flag is low (3 of 74); soft entries (special needs, complex needs, people
    # with disabilities) are allowed; college "placements" are other-sense. Small set: the helper ran out of time
    # (min_per_category=0). Untouched apart from the helper's one run.
    "heldout308": HeldOut(
        74, (0.02, 0.08), "740083e: 0.375, 1.000, 1.000, 7.0%, 1",
        {"precision": 0.49, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.500, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.05, "findings_in_names": 1},      # now 0.0423, 1
        runs_of_pages=True, new_pages=True, min_pages=17, min_per_category=0),
    # Held-out 302 comes only from UK councils' and ICBs' autism strategies and autism action plans: decision
    # records and cabinet issues (North Yorkshire, Havering, Shropshire, Gloucestershire, Croydon), council
    # strategy pages and summaries (Wiltshire, Bracknell Forest, Northamptonshire, Hampshire, Newham, Lewisham,
    # Richmond, Clackmannanshire, Rutland, Aberdeenshire), strategy documents (Aberdeen City, North Lanarkshire),
    # an ICS place partnership (Bradford District and Craven), consultation and engagement pages (Buckinghamshire
    # via Youth Voice Bucks and Talkback, Thurrock Coalition, Hampshire Parent Carer Network) and local news
    # and a councillor's blog on them. Strategies mostly use the preferred wording ("autistic people"), so
    # must-flag is very low (5 of 266: "service users", "vulnerable young people", "non-verbal"); "people
    # with autism" and "autism spectrum disorder" are soft (allowed). No legal-term sentence
    # (min_per_category=0). Untouched apart from the helper's one run.
    # Held-out 304 comes only from UK pages on deafblind and dual sensory loss services: Deafblind UK and Sense
    # pages on specialist deafblind assessments, an NHS trust and Age UK news item, Hi-VisUK (older deafblind
    # people), an optics body's news on council duties, a Sense story and the Molly Watt Trust (Usher). Small
    # (the session lost time to an API error). Untouched apart from the helper's one run.
    "heldout304": HeldOut(
        21, (0.4, 0.7), "9ae930d: 1.000, 0.923, 0.917, 0.0%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=9, min_per_category=0),
    "heldout302": HeldOut(
        266, (0.01, 0.1), "2f7a0d1: 0.833, 1.000, 1.000, 0.4%, 1",
        {"precision": 0.83, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.833, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0038, 1
        runs_of_pages=True, new_pages=True, min_pages=34, min_per_category=0),
    # Held-out 297 comes only from UK pages on stroke services and life after stroke: NHS early supported
    # discharge and community stroke teams (Mersey Care, Provide, North Bristol, Berkshire, CHS, Newcastle), Stroke
    # Association and Different Strokes pages, stroke clubs and support groups, NHS Carers Direct, CCG and health
    # board news, and local and national news on stroke clubs, recovery services and rehabilitation. Must-flag leans
    # on "stroke victim(s)", "(stroke) sufferer(s)", "service users" and "care package"; "suffered a stroke" (an
    # event) and soft entries (loved ones, clients, carer's assessment) are allowed. Few quoted/explained sentences
    # (min_per_category=0). Untouched apart from the helper's one run.
    "heldout297": HeldOut(
        190, (0.08, 0.25), "e25d9bf: 1.000, 0.793, 0.793, 0.0%, 0",
        {"precision": 0.99, "recall": 0.79, "stigmatising_recall": 0.79},   # now 1.000, 0.793, 0.793
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=55, min_per_category=0),
    # Held-out 298 comes only from UK youth justice pages: council YOT/YJS pages (referral orders, out-of-court
    # disposals, arrest and appropriate adults, court orders: Barking and Dagenham, Birmingham Children's Trust,
    # Caerphilly, Ceredigion, Darlington, Haringey, Hillingdon, Isle of Wight, North Somerset, North Yorkshire,
    # Torbay, Dorset Combined YJS, an Oxfordshire procedures keyword), youth justice plan decisions (Surrey, Bath
    # and NE Somerset), HM Inspectorate of Probation youth inspection pages and press releases, referral order
    # panel volunteering, the YJB and Welsh Government, the looked-after children criminalisation protocol, and
    # press on youth offender panels and ISSP (Guardian, Community Care, CYP Now, Daily Echo, PublicNet).
    # Must-flag leans on "young/juvenile offenders"; "offender(s)", "appropriate adult", substance misuse are
    # soft (allowed). Few legal-term/quoted sentences (min_per_category=0). Untouched apart from the helper's run.
    "heldout298": HeldOut(
        264, (0.1, 0.2), "f55afa3: 0.971, 0.971, 0.969, 0.4%, 2",
        {"precision": 0.97, "recall": 0.97, "stigmatising_recall": 0.96},   # now 0.971, 0.971, 0.969
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 2},      # now 0.0044, 2
        runs_of_pages=True, new_pages=True, min_pages=43, min_per_category=0),
    # Held-out 300 comes only from UK pages on supported housing and exempt accommodation: council and partnership
    # pages (RBKC, Birmingham Community Safety Partnership, West Midlands PCC), the Supported Housing (Regulatory
    # Oversight) Act 2023 (s12), the national statement of expectations and the Supported Housing Improvement
    # Programme, Commons Library and debates, providers' and charities' pages (Rethink, Unlock, Crisis, Homeless
    # Link, Moving On Durham, Inspire referral procedure, a Single Pathway toolkit), housing law blogs and news.
    # Must-flag leans on "vulnerable people", "service users", "the homeless", "addicts"; soft entries (homeless
    # people, rough sleepers, complex needs, clients) all allowed. Untouched apart from the helper's one run.
    "heldout300": HeldOut(
        253, (0.05, 0.15), "ded9983: 1.000, 1.000, 1.000, 0.0%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=31, min_per_category=0),
    # Held-out 299 comes only from UK pages explaining the Deprivation of Liberty Safeguards and the Liberty
    # Protection Safeguards: councils' DoLS pages (Wandsworth, Liverpool, Dorset, Southend, Rotherham, Stockport,
    # East Sussex), relevant person's representative guides and paid RPR services (Nottinghamshire, West Sussex,
    # Isle of Wight, Rethink, ADAPT, Derbyshire Mind, NWAAA), SCIE practice pages, solicitors' explainers on DoLS,
    # LPS and section 21A challenges, a care home policy, a care blog, a family forum thread and explainers on the
    # DoLS backlog (Dignity Magazine, WiredGov, Bond Solon, Care Appointments). Must-flag is low (26 of 320, 8.1 %)
    # (legal terms are mostly suggestion-level and allowed): "lacks capacity" with no decision named, "vulnerable
    # people", "service users", "suffers from", "abscond", "substance abuse", "dementia patient". Adult
    # "placement", "deprivation of liberty", "best interests", "loved ones" allowed. Few quoted/explained
    # sentences (min_per_category=0). Untouched apart from the helper's one run.
    "heldout299": HeldOut(
        320, (0.05, 0.2), "7da3392: 1.000, 0.808, 0.944, 0.0%, 3",
        {"precision": 0.99, "recall": 0.84, "stigmatising_recall": 0.99},   # now 1.000, 0.846, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 3},      # now 0.0000, 3
        runs_of_pages=True, new_pages=True, min_pages=41, min_per_category=0),
    # Held-out 301 comes only from UK pages on local welfare assistance, discretionary housing payments, the
    # Household Support Fund and crisis grants: English councils' DHP, HSF and local welfare provision pages and
    # policies, the Scottish Welfare Fund (council pages, statutory guidance, explanatory notes, advice sites), the
    # Discretionary Assistance Fund in Wales (Swansea, Welsh Government statements, voluntary-sector pages), plus
    # CPAG, Shelter, Children's Society, disability groups, trade press and a Lords debate. Such pages mostly use
    # plain wording; must-flag is low (7.5 %) and leans on "vulnerable people" and offender labels. No quoted,
    # explained or legal-term sentences (min_per_category=0). Untouched apart from the helper's one run.
    "heldout301": HeldOut(
        328, (0.05, 0.15), "a069343: 0.962, 0.926, 0.926, 0.3%, 0",
        {"precision": 0.96, "recall": 0.92, "stigmatising_recall": 0.92},   # now 0.962, 0.926, 0.926
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0033, 0
        runs_of_pages=True, new_pages=True, min_pages=57, min_per_category=0),
    # Held-out 295 comes only from UK pages on memory clinics, dementia diagnosis and support after diagnosis:
    # NHS and HSC trust memory assessment and navigator pages (Dorset, Birmingham and Solihull, Northern Trust,
    # Devon referral guidance, Greater Manchester standards), care providers' "what is a memory clinic" guides,
    # charities (Alzheimer's Society, Carers Trust, Dementia UK, Age Scotland), Healthwatch, a NICE shared-learning
    # example, a DH blog, Scottish post-diagnostic support pages and local news. Must-flag leans on "service
    # user(s)" and "(dementia) sufferers"; soft entries (loved ones, peer support, care plans) all allowed.
    # Few quoted/explained sentences (min_per_category=0). Untouched apart from the helper's one run.
    "heldout295": HeldOut(
        172, (0.1, 0.25), "34b6505: 1.000, 0.960, 0.960, 0.0%, 0",
        {"precision": 0.99, "recall": 0.95, "stigmatising_recall": 0.95},   # now 1.000, 0.960, 0.960
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=42, min_per_category=0),
    # Held-out 294 comes only from UK hospital discharge pages: discharge to assess pages (Rutland, Stoke-on-Trent,
    # CNWL Camden, Trafford), hospital social work teams and leaving-hospital guides (Optalis, Oldham, East
    # Sussex, Rotherham, a Barnsley-area guide, TLAP, the Royal Marsden Manual), leaflets and advice for patients,
    # families and carers (ESNEFT, GWH, KGH, Age UK, Age NI, the Older People's Commissioner for Wales, Carers
    # Trust, NHS Carers Direct, Islington Carers Hub), and delayed discharge news and reports (NHS Providers,
    # Nuffield Trust, King's Fund, Healthwatch, BBC, HSJ, Community Care, Public Finance, regional and Scottish
    # press on "bed-blocking" and its 2003-04 fines, a Lords debate). Must-flag 57 of 377 (15.1 %): "bed
    # blocking/bed-blockers/beds blocked", "care package(s)/package of care", "elderly", "cared for person",
    # "vulnerable people".
    # "discharge to assess", "criteria to reside", adult "placement", "care plan", "loved ones", "frail",
    # "clients" are soft (allowed). No legal-term sentence (min_per_category=0). Untouched apart from the
    # helper's one run.
    "heldout294": HeldOut(
        377, (0.1, 0.4), "a9b9df4: 1.000, 0.966, 0.966, 0.0%, 0",
        {"precision": 0.99, "recall": 0.96, "stigmatising_recall": 0.96},   # now 1.000, 0.966, 0.966
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=51, min_per_category=0),
    # Held-out 296 comes only from UK coroners' prevention of future deaths reports and inquest news about deaths in
    # care homes, supported and hostel accommodation, mental health wards and learning disability services: a PFD
    # report on judiciary.uk, local and national news of inquests (EDP, Bolton News, Northern Echo, BBC, HSJ ...),
    # lawyers' and chambers' notes, George Julian's inquest reporting, Learning Disability Today. Must-flag
    # 42 of 218 (19.3 %): "suffers/suffered from", "abscond(ed)", "placement(s)", "alcoholic", "vulnerable people/
    # groups", "care package", "sectioned", "non-verbal", "the homeless", "the elderly". Few legal/quoted/explained
    # sentences (min_per_category=0). Untouched apart from the helper's one run.
    "heldout296": HeldOut(
        218, (0.12, 0.3), "6b2232c: 1.000, 0.864, 0.925, 0.0%, 0",
        {"precision": 0.99, "recall": 0.88, "stigmatising_recall": 0.94},   # now 1.000, 0.886, 0.950
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=50, min_per_category=0),
    # Held-out 293 comes only from UK Gypsy, Roma and Traveller services and policies: councils' encampment and
    # site pages and policies (Devon, North Yorkshire, Reigate, Coventry, Denbighshire, West Sussex, Derbyshire
    # Dales), Welsh Government site and encampment guidance, Shelter's site advice, GRT liaison, health visiting,
    # mental health, suicide prevention, carers', domestic abuse and hate crime services, GRT and Roma charities
    # (Traveller Movement, FFT, Leeds GATE, GATE Herts, LGT, MECOPP, Roma Support Group, Irish Chaplaincy) and
    # their news. Such pages mostly use the preferred wording; must-flag is low (17 of 184, 9.2 %: "BME/BAME",
    # "service users", "vulnerable people/families/children", "cared-for people", "the homeless") and near misses
    # (site "residents", "contact" as a verb, "in all cases", crime "victims") are many. No legal-term or
    # explained-legal sentences (min_per_category=0). Untouched apart from the helper's one run.
    "heldout293": HeldOut(
        184, (0.05, 0.2), "5d2cf13: 0.882, 0.882, 0.882, 1.2%, 0",
        {"precision": 0.88, "recall": 0.94, "stigmatising_recall": 0.94},   # now 0.889, 0.941, 0.941
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 0},      # now 0.0120, 0
        runs_of_pages=True, new_pages=True, min_pages=60, min_per_category=0),
    # Held-out 292 comes only from UK councils' homelessness and rough sleeping strategies and their reviews:
    # strategy pages and chapters (Rotherham, Teignbridge, Buckinghamshire, Welwyn Hatfield, Lichfield, Sefton,
    # Cherwell, Stockport, South Northants, Royal Greenwich, Cumberland, Westminster's rough sleeping strategy),
    # homelessness reviews and evidence bases (Teignbridge, Buckinghamshire), committee decisions adopting or
    # reviewing strategies and action plans (Three Rivers, Enfield, New Forest, Maidstone), consultation results
    # (Buckinghamshire, Central Bedfordshire) and the Scottish Government's annual report on councils' rapid
    # rehousing transition plans. Such pages mostly use soft entries ("rough sleepers", "complex needs", "homeless
    # people", "clients"), all allowed; must-flag is low (21 of 174, 12.1 %) and leans on unexplained legal terms
    # (prevention/relief duty, intentionally homeless, priority need). Few quoted/explained sentences
    # (min_per_category=0). Untouched apart from the helper's one run.
    "heldout292": HeldOut(
        174, (0.08, 0.2), "65b6439: 0.821, 1.000, 1.000, 3.3%, 0",
        {"precision": 0.91, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.920, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 0},      # now 0.0131, 0
        runs_of_pages=True, new_pages=True, min_pages=33, min_per_category=0),
    # Held-out 287 comes only from UK multiple disadvantage programme pages: Changing Futures (GOV.UK evaluation
    # and prospectus pages, a DLUHC press release, Cordis Bright, Cambridgeshire, Northumbria), the MEAM Approach
    # (MEAM's own pages and FAQ, Clinks, an MP's blog, Blackburn with Darwen), Fulfilling Lives (national
    # evaluation, the Lottery fund, Golden Key, Blackpool, BHT, WY-FI, local news), Revolving Doors, St Mungo's,
    # BASW, BVSC, Doncaster and a 2005 Home Office guidance. Must-flag 39 of 188 (20.7 %): "service users",
    # "chaotic lives/lifestyles", "drug/alcohol abuse", "substance misusers", "drug users", "vulnerable adults/
    # people", "hard to reach", "drug habit", "cases" (people), "drain on society". "complex needs", "substance
    # misuse", "offenders", "clients" are soft (allowed). No legal-term sentence (min_per_category=0). Untouched
    # apart from the helper's one run.
    "heldout287": HeldOut(
        188, (0.15, 0.4), "c911a09: 1.000, 0.930, 0.930, 0.0%, 0",
        {"precision": 0.99, "recall": 0.93, "stigmatising_recall": 0.93},   # now 1.000, 0.930, 0.930
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=42, min_per_category=0),
    # Held-out 291 comes only from UK sight loss and visual impairment service pages: eye clinic liaison officers
    # (RNIB, Sight Cymru, Glaucoma UK, Action for Blind People), certificates of vision impairment and sight
    # registers (councils, Hull and Lambeth procedures, Visibility Scotland, Newcastle Vision Support), councils'
    # sensory teams and vision rehabilitation (Norfolk, Worcestershire, Devon FOI, ADASS, QTVI pages), local sight
    # loss charities and their news, RNIB's Out of Sight campaign, a 1985 Hansard answer, a 1967 borough health
    # report and a 1932 survey of work for the blind. Such pages mostly say "blind and partially sighted people";
    # must-flag 14 of 368 (3.8 %): "the blind", "(visually) handicapped", "visual handicap", "elderly", "service
    # users", "suffer from", and one unexplained "Ordinarily Resident". "client", "carers assessments" and "access
    # the community" are soft (allowed). Few legal-term, quoted-mention or explained-legal sentences
    # (min_per_category=0). Untouched apart from the helper's one run.
    "heldout291": HeldOut(
        360, (0.02, 0.08), "113f2ec: 0.867, 0.765, 0.812, 0.6%, 0",
        {"precision": 0.93, "recall": 0.82, "stigmatising_recall": 0.87},   # now 0.933, 0.824, 0.875
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0028, 0
        runs_of_pages=True, new_pages=True, min_pages=53, min_per_category=0),
    # Held-out 290 comes only from UK pages on learning disability annual health checks, health action plans,
    # the GP learning disability register and reasonable adjustments in GP practices and hospitals: NHS
    # England, GOV.UK (PHE), trusts' learning disability liaison and hospital passport pages (UHNM, Isle of
    # Wight, Kingston, Barts, Derbyshire, LSCFT), GP practices' register protocols and pages, a CCG and an ICS,
    # Healthwatch, a local offer, Mencap, People First, HSSIB, MPS, and GP/nursing magazines (Pulse, GPonline,
    # Medeconomics, Nursing in Practice). Such pages nearly all say "people with a learning disability";
    # must-flag is low (11 of 165, 6.7 %): "vulnerable people/groups/patients", "suffer (from)", "service
    # users", "higher level" autism. Soft entries ("learning disabled", "people with autism", "loved ones",
    # "clients", "co-morbidities", "best interests meeting") are allowed. No legal-term sentence
    # (min_per_category=0). Untouched apart from the helper's one run.
    "heldout290": HeldOut(
        165, (0.04, 0.1), "2972ed6: 1.000, 0.545, 0.545, 0.0%, 0",
        {"precision": 0.99, "recall": 0.54, "stigmatising_recall": 0.54},   # now 1.000, 0.545, 0.545
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=30, min_per_category=0),
    # Held-out 289 comes only from UK councils' and ICBs' carers' strategies and carers' support pages: joint and
    # all-age carers strategies and their consultations (Richmond, Staffordshire, Torbay, Stoke, Warwickshire,
    # Worcestershire, Leicester, West Berkshire, Torfaen), carers' assessment and eligibility pages (Peterborough,
    # Thurrock, Bracknell Forest, Rochdale, Westminster, Devon's carers policy, Sheffield Health and
    # Social Care), a council respite page, safeguarding boards' carers pages, a health board's carers page,
    # and carers' centres (North Tyneside, Carers' Resource, Herefordshire, Princess Royal Trust fact sheet).
    # Such pages mostly say "unpaid carers" and "the person you care for"; must-flag 22 of 154 (14.3 %): "respite",
    # "service users", "cared for", "carer breakdown", "elderly", "vulnerable adults/people", "suffers from",
    # bare "carer's assessment". "frail(ty)", "informal carer", "substance misuse" are soft (allowed). Few
    # legal-term sentences (min_per_category=0). Small set (runs cut to listed words and near misses). Untouched
    # apart from the helper's one run.
    "heldout289": HeldOut(
        154, (0.08, 0.3), "c9df6fe: 1.000, 0.833, 0.857, 0.0%, 0",
        {"precision": 0.99, "recall": 0.83, "stigmatising_recall": 0.85},   # now 1.000, 0.833, 0.857
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=32, min_per_category=0),
    # Held-out 288 comes only from UK adult social care charging pages: a deferred payment agreement page
    # (North East Lincolnshire), a council top-ups factsheet (Dorset) and a Care Act procedures chapter on
    # choice of accommodation and top-ups (proceduresonline). Made in the last minutes before the deadline:
    # 10 sentences from 3 pages (a Pembrokeshire page was dropped as word-for-word in an older set). Such pages
    # mostly say "a person" and "you"; must-flag 2 of 10, both "placement". No legal-term sentence
    # (min_per_category=0). Too small to say much. Untouched apart from the helper's one run.
    "heldout288": HeldOut(
        10, (0.1, 0.4), "82d779b: 1.000, 0.500, 0.500, 0.0%, 0",
        {"precision": 0.99, "recall": 0.49, "stigmatising_recall": 0.49},   # now 1.000, 0.500, 0.500
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=3, min_per_category=0),
    # Held-out 286 comes only from UK Blue Badge scheme pages: councils' eligibility and misuse pages
    # (Buckinghamshire, Argyll and Bute, Selby), Bromley's prosecution news, local and national news on Blue Badge
    # fraud, theft, fines and the 2019 hidden disabilities extension (BBC, Metro, Daily Mail, Watford Observer,
    # Leighton Buzzard Observer, Bury Times, i, Local Government Lawyer), a DfT advice note, a 1977 Hansard answer
    # on orange badges, a parking appeal decision, solicitors' and a magistrate's blogs, charities' and care
    # providers' news, and forum posts. Such pages mostly say "disabled people"; must-flag 21 of 98 (21.4 %):
    # "able-bodied", "elderly", "suffer(s) from", "the disabled", "the blind", "wheelchair-bound", "vulnerable
    # people". "offenders", "people with disabilities" and "mental illness" are soft (allowed). No legal-term
    # sentence (min_per_category=0). Small set (runs cut strictly to the listed words). Untouched apart from the
    # helper's one run.
    "heldout286": HeldOut(
        98, (0.12, 0.32), "65718f3: 0.677, 1.000, 1.000, 7.8%, 1",
        {"precision": 0.67, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.677, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.08, "findings_in_names": 1},      # now 0.0779, 1
        runs_of_pages=True, new_pages=True, min_pages=35, min_per_category=0),
    # Held-out 284 comes only from UK pages of learning disability partnership boards and autism partnership
    # boards: board minutes summaries (Norfolk Autism Partnership, East Sussex APB), board pages and terms of
    # reference (Gloucestershire, Hackney, Croydon, Blackburn with Darwen, Lancashire NAS, Cumbria), a council
    # decision setting up a board (Lewisham), a board newsletter (Manchester), survey and self-assessment
    # reports on boards, a Hansard answer, and Community Care / LGA First articles on how boards work. Such
    # pages mostly say "people with a learning disability" and "autistic people"; soft entries ("people with
    # autism", "learning disabled people", "client", "customer") are allowed. Must-flag is low (10 of 152,
    # 6.6 %), nearly all "service users". Few legal-term/explained-legal sentences (min_per_category=0).
    # Untouched apart from the helper's one run.
    "heldout284": HeldOut(
        152, (0.03, 0.15), "f6e7d3e: 0.833, 1.000, 1.000, 1.4%, 1",
        {"precision": 0.83, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.833, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 1},      # now 0.0141, 1
        runs_of_pages=True, new_pages=True, min_pages=25, min_per_category=0),
    # Held-out 283 comes only from English councils' adult social care "local accounts" and annual reports
    # to residents (what adult social care did this year): councils' local account pages (North Yorkshire,
    # Dudley, Essex, Oxfordshire, Torbay's Local Account Summary, Gateshead's Local Account 2023/24, South
    # Gloucestershire's Local Accounts 2013/14 and 2014/15, Bristol's 2013/14 foreword, West Sussex's press
    # release and "how we spent your money") and council decisions approving them (Halton, Wirral).
    # Such pages mostly say "people who use services" and "people we support"; "clients"/"client care" and
    # "customers" (soft, allowed) and "service users" (must-flag) remain. Must-flag is very low (4 of 156,
    # 2.6 %); no legal-term/explained-legal sentences (min_per_category=0). Built in under half an hour,
    # so small. Untouched apart from the helper's one run.
    "heldout283": HeldOut(
        150, (0.0, 0.06), "3c01448: 1.000, 1.000, 1.000, 0.0%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=18, min_per_category=0),
    # Held-out 285 comes only from UK NHS mental health, learning disability and community trusts' quality
    # accounts, annual reports and reviews, patient experience and survey news, service user involvement pages
    # and strategies, a restraint reduction strategy, a restrictive practice board briefing and safeguarding
    # pages (Camden and Islington, MPFT, SWYFT, Leeds and York, Oxleas, Sandwell, Black Country, CNTW, SLaM,
    # GMMH, Cornwall Partnership, Sheffield, CPFT and others). Must-flag is mostly "service user(s)" in the
    # trusts' own voice (27 of 166, 16 %); the rest is plain reporting and trust, service and report names.
    # Few legal-term/explained-legal sentences (min_per_category=0). Untouched apart from the helper's one run.
    "heldout285": HeldOut(
        166, (0.1, 0.3), "ae10acd: 1.000, 1.000, 1.000, 0.0%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=29, min_per_category=0),
    # Held-out 279 comes only from UK pages about Homes for Ukraine, hosting refugees in your home and refugee
    # resettlement support: councils' Homes for Ukraine pages (thank you payments, checks, hosting ending,
    # rematching), GOV.UK and Welsh Government guidance for councils and hosts, Shelter's legal page, hosting
    # charities (Refugees at Home, Room for Refugees, NACCOM, Homeless Link, Reset, British Red Cross), councils'
    # Syrian and Afghan resettlement pages and local news on their pledges, and community sponsorship groups.
    # Such pages say "guests", "hosts" and "refugees"; "placement" for a hosting arrangement is other-sense
    # (allowed). Must-flag is low (13 of 270, 4.8 %): "vulnerable people/families/adults", "unaccompanied
    # minors", "leave to remain", "relief duty". Few legal-term/explained-legal sentences (min_per_category=0).
    # Untouched apart from the helper's one run.
    "heldout279": HeldOut(
        270, (0.02, 0.1), "4cf6a9e: 1.000, 1.000, 1.000, 0.0%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=50, min_per_category=0),
    # Held-out 278 comes only from UK pages about naloxone provision, drug-related deaths and drug checking:
    # Homeless Link on naloxone in hostels, Police Scotland's naloxone roll-out and its news coverage, the
    # Scottish Government and Scottish Drugs Forum on national and peer naloxone, NRS and news reports of drug
    # deaths, OHID's drug and alcohol death review guidance, local drug-death protocols and inquiries, inquest
    # news, The Loop's drug checking in Bristol and Durham, a festival harm-reduction report, a pharmacy needle
    # exchange, the Welsh Government, NHS Wales, the LGA and ADPH. Such pages say "people who use drugs" but also
    # "drug users", "substance misusers", "addicts", "drug abuse", "service users", "vulnerable people";
    # bare "users" and "substance misuse" are allowed. Must-flag 26 of 349 (7.4 %). No legal-term, explained-legal
    # or quoted-mention sentence (min_per_category=0). Untouched apart from the helper's one run.
    "heldout278": HeldOut(
        349, (0.03, 0.15), "a9f4344: 0.926, 0.926, 0.926, 0.6%, 1",
        {"precision": 0.96, "recall": 0.92, "stigmatising_recall": 0.92},   # now 0.962, 0.926, 0.926
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0031, 1
        runs_of_pages=True, new_pages=True, min_pages=46, min_per_category=0),
    # Held-out 281 comes only from UK pages about supported lodgings, Staying Put and Staying Close: councils'
    # pages recruiting supported lodgings hosts and carers (Solihull, Wrexham, Hackney, Wigan, Manchester, Medway,
    # Essex, Kent, Aberdeenshire, Poole, South Lanarkshire, Cambridgeshire, Derbyshire, Aberdeen City, HSC
    # Northern Ireland), charities' pages (Barnardo's, Home for Good, Step by Step, TACT, St Christopher's, Fair
    # Ways), councils' Staying Put procedures and handbooks (Barking and Dagenham, Walsall, Calderdale, York,
    # Waltham Forest, Lancashire, Lincolnshire, Milton Keynes), The Fostering Network, Staying Close projects (DfE
    # innovation programme, Dorset) and news (CYP Now, Community Care). Must-flag 40 of 367 (10.9 %), mostly
    # "placement" for a young person's home with a host, and "vulnerable young people"; soft entries (care
    # leavers, leaving care, Staying Put, foster carers, peers) allowed. Other-sense has 4 sentences
    # (min_per_category=0). Untouched apart from the helper's one run.
    "heldout281": HeldOut(
        367, (0.05, 0.2), "3c96fcf: 0.949, 0.902, 0.906, 0.6%, 2",
        {"precision": 0.94, "recall": 0.9, "stigmatising_recall": 0.9},   # now 0.949, 0.902, 0.906
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 2},      # now 0.0061, 2
        runs_of_pages=True, new_pages=True, min_pages=35, min_per_category=0),
    # Held-out 277 comes only from UK easy read documents and easy read versions of council, NHS and government
    # documents, in the text as published: CHANGE's and Livability's safeguarding booklets, Wiltshire's easy read
    # abuse and direct payments pages, Fife's adult protection easy read page, Richmond's safeguarding resource, the
    # DoLS easy read booklet, Walsall's easy read charging consultation, the NHS website's Mental Health Act (easy
    # read), Scottish Government easy reads (carers consultation, Mental Health Strategy 2012-15), NHS England's plain
    # English newsletter and accessible information survey, the GOV.UK COVID-19 vaccination easy read, easy read
    # cancer, rights, hate crime and housing pages, easy read minutes and an easy read translation service. Easy read
    # text is mostly plain; must-flag is 20 of 134 (14.9 %): "vulnerable adults", "service users", "vulnerable
    # people", "elderly", "suffer from". Small set (the helper had under an hour): min_pages=24,
    # min_per_category=0. Untouched apart from the helper's one run.
    "heldout277": HeldOut(
        134, (0.08, 0.25), "fc9a67e: 0.826, 0.950, 0.950, 3.5%, 2",
        {"precision": 0.94, "recall": 0.94, "stigmatising_recall": 0.94},   # now 0.950, 0.950, 0.950
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 2},      # now 0.0088, 2
        runs_of_pages=True, new_pages=True, min_pages=24, min_per_category=0),
    # Held-out 280 comes only from UK children's social care reform writing: the Independent Review of Children's
    # Social Care (MacAlister) and its site, Stable Homes Built on Love and responses to it (Action for Children,
    # The Fostering Network, NYAS), regional care co-operatives (GOV.UK, GMCA, NAFP, Community Care, Mutual
    # Ventures), kinship care and special guardianship after the review, care experience as a protected
    # characteristic (Warrington, Shout Out UK, CoramBAAF), and Scotland's Independent Care Review and The Promise
    # (Scottish Government, COSLA, The Promise Scotland, Care Inspectorate, Young Scot, Glasgow's Promise), and
    # responses to the review's Case for Change. Must-flag 40 of 284 (14.1 %), mostly "placement(s)",
    # "looked-after children", "vulnerable children" and unexplained legal terms; care leaver, corporate parent,
    # foster carer and peers are soft (allowed). Few other-sense and explained-legal sentences
    # (min_per_category=0). Untouched apart from the helper's one run.
    "heldout280": HeldOut(
        284, (0.1, 0.2), "f91af69: 0.972, 0.833, 0.879, 0.4%, 0",
        {"precision": 0.97, "recall": 0.88, "stigmatising_recall": 0.93},   # now 0.974, 0.881, 0.939
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0041, 0
        runs_of_pages=True, new_pages=True, min_pages=42, min_per_category=0),
    # Held-out 282 comes only from UK pages about no recourse to public funds (NRPF): councils' NRPF pages, adult
    # and children's procedures (Sutton, Ealing, Blackpool, Redbridge) and freedom of information answers (Devon,
    # Thurrock), the NRPF Network's guidance on section 17, the Care Act and human rights assessments, a guide to
    # section 17 for families, and charities' and news pages on migrant and asylum destitution (The Children's
    # Society, JRF, NACCOM, night shelters, Hope Projects, Housing Today, The Independent, The Guardian, Community
    # Care). Must-flag 50 of 229 (21.8 %): "no recourse to public funds" and "leave to enter or remain" used
    # without a plain explanation, "failed asylum seekers", "vulnerable migrants/people", "the homeless", "cases"
    # for people, "care packages". Only 4 quoted-mention sentences (min_per_category=4). Measured once by the
    # helper (e446395a has two label fixes after it; see notes/issue-14-heldout282.md); untouched otherwise.
    "heldout282": HeldOut(
        229, (0.12, 0.32), "1466f4d: 0.875, 0.942, 0.938, 3.9%, 4",
        {"precision": 0.89, "recall": 0.94, "stigmatising_recall": 0.93},   # now 0.891, 0.942, 0.938
        {"must_not_flag_flagged_share": 0.04, "findings_in_names": 4},      # now 0.0335, 4
        runs_of_pages=True, new_pages=True, min_pages=36, min_per_category=4),
    # Held-out 274 comes only from UK pages about rape crisis centres, sexual assault referral centres (SARCs),
    # ISVA services and sexual violence support: NHS England's SARC Help, NHS inform's SARCS, CQC reports on SARCs,
    # police and crime commissioners (Kent, Hampshire, North Yorkshire, the APCC), the CPS and GLA on ISVAs,
    # rape crisis and ISVA charities (RASASC, Staying Put, SafeLink, Hertfordshire, Friends of The Ferns), research
    # abstracts on SARCs and learning disability, and national and local news on rape crisis funding. Such pages
    # say "victims", "survivors" and "clients" (soft, allowed); must-flag is low (11 of 280, 3.9 %): "service
    # users", "the vulnerable", "vulnerable people", "cases" for people, one "challenging behaviour". No legal-term
    # or explained-legal sentence (min_per_category=0). Untouched apart from the helper's one run.
    "heldout274": HeldOut(
        280, (0.02, 0.1), "dc50b1a: 0.917, 1.000, 1.000, 0.4%, 0",
        {"precision": 0.91, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.917, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0037, 0
        runs_of_pages=True, new_pages=True, min_pages=45, min_per_category=0),
    # Held-out 271 comes only from UK pages about relaxed performances, autism-friendly and dementia-friendly
    # screenings and events, quiet hours and sensory-friendly sessions: cinemas and the UK Cinema Association,
    # theatres and pantomimes (Queen's Theatre Hornchurch, Middlesbrough, Coach House Malvern, Wolverhampton Grand,
    # Northcott), museums' relaxed openings (Preston Park, Locomotion), supermarkets' and shopping centres' quiet
    # hours (Morrisons, Asda, Intu, Middleton), quiet and sensory Santa's grottos, SEN soft play, parents' blogs and
    # national and local news. Such pages mostly say "autistic people" and "people living with dementia"; soft
    # entries (people with autism, special needs, loved ones) are allowed. Must-flag is low (11 of 332, 3.3 %):
    # "suffering from dementia", "elderly people", "senior citizens", "disabled toilets", "vulnerable people",
    # "respite", "non-verbal". No legal-term or explained-legal sentence (min_per_category=0). Untouched apart
    # from the helper's one run.
    "heldout271": HeldOut(
        332, (0.02, 0.15), "598e22c: 1.000, 1.000, 1.000, 0.0%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=49, min_per_category=0),
    # Held-out 276 comes only from UK faith groups' safeguarding policies and guidance written for volunteers and
    # congregations: Church of England and Catholic parishes and dioceses, Methodist and Baptist churches, Quaker
    # meetings and Britain Yearly Meeting, synagogues, mosques and madrassahs (and the Bradford and Lancashire
    # councils for mosques), gurdwaras, ISKCON temples, a Buddhist priory, and the Christian safeguarding charity
    # thirtyone:eight. Such pages say "vulnerable adults" and "vulnerable people/individuals", "the vulnerable"
    # on almost every page (must-flag 74 of 335, 22.1 %), beside the careful "adults who may be vulnerable" and
    # "adults at risk"; names of policies and offices ("Safeguarding Vulnerable Groups Act 2006") and foster/
    # contact/victims of abuse near misses. Two quoted-mention sentences only, no legal-term or explained-legal
    # sentence (min_per_category=0). Untouched apart from the helper's one run.
    "heldout276": HeldOut(
        335, (0.15, 0.3), "1347447: 0.986, 0.934, 0.934, 0.4%, 1",
        {"precision": 0.98, "recall": 0.98, "stigmatising_recall": 0.98},   # now 0.987, 0.987, 0.987
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0038, 1
        runs_of_pages=True, new_pages=True, min_pages=60, min_per_category=0),
    # Held-out 272 comes only from UK anti-social behaviour pages: housing associations' and councils' ASB
    # policies (Westfield, Cornwall Rural, Housing Plus, Estuary, North Wales HA, MHS, Cornerstone, Worthing Homes,
    # Mansfield, Newcastle-under-Lyme, East Devon, Fareham, Central Bedfordshire, Great Yarmouth), ASB case review /
    # community trigger pages (Gosport, Waverley, Rotherham, Guildford, Pendle, Richmond, Selby, Hillingdon, ASB
    # Help), tenancy enforcement and vulnerability sections of tenancy policy (Berneslai Homes, North Kesteven,
    # Reading, Kingston, Great Yarmouth, Lambeth Living), legal guidance and case notes on ASB injunctions and
    # evictions (Shelter, Compact Law, Batchelors, The Lawyer, MSB Solicitors on cuckooing) and housing-press
    # pieces (Inside Housing, 24housing, Housing Today, Shelter Cymru, local papers). Such pages say "case", "victim
    # of" and "residents" in harmless senses on most lines; must-flag is low (18 of 362, 5.0 %): "vulnerable
    # adult(s)", "vulnerable people", "the vulnerable", "elderly", "addict"/"junkie", "suffering from", "mentally
    # ill tenant", "challenging behaviour", "BME", bare "intentionally homeless". No explained-legal sentence
    # (min_per_category=0). Untouched apart from the helper's one run.
    "heldout272": HeldOut(
        362, (0.03, 0.15), "bc0839e: 1.000, 0.947, 0.938, 0.0%, 0",
        {"precision": 0.99, "recall": 0.94, "stigmatising_recall": 0.93},   # now 1.000, 0.947, 0.938
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=44, min_per_category=0),
    # Held-out 275 comes only from UK pages about Access to Work (the DWP grant) and workplace adjustments for
    # disabled employees: disabled people's blogs and campaign writing on Access to Work delays, cuts and support
    # workers (Touretteshero, Batsgirl, Equal Lives, Limping Chicken, a Socialist Health Association report, Speak
    # To Me, Moving Forward, My Mental Health Heroes, two parents on the National Autistic Society forum), deaf
    # and sight-loss organisations (NUBSLI, ASLI, RNIB, Thomas Pocklington Trust, London Vision), news and copies
    # of news (Benefits and Work, Lowestoft Journal, HR Review, TaxiPoint, Yahoo, a BBC report copy), Commons
    # committee reports, Hansard and a written statement, employers' and lawyers' guidance on reasonable
    # adjustments (Machins, Cripps, CMS, Croner, Alchemy, Western Mail, HR News, WorkNest, Acas guest blog,
    # RCPsych, Time to Change), a council staff page (Derbyshire) and employer guides (Clear Kit, Strathclyde
    # careers, British Academy of Audiology). Such pages say "disabled people/employees" and use soft entries
    # (people with disabilities, customers and clients of the scheme, mental illness), all allowed. Must-flag is
    # low (16 of 238, 6.7 %): "suffering from" mental health problems, "able-bodied", "the disabled", "wheelchair
    # bound", a "social care package", "service users" in a quoted report. No legal-term or explained-legal
    # sentence (min_per_category=0). Untouched apart from the helper's one run.
    "heldout275": HeldOut(
        238, (0.03, 0.15), "74ff581: 0.882, 0.938, 0.938, 0.9%, 0",
        {"precision": 0.88, "recall": 0.93, "stigmatising_recall": 0.93},   # now 0.882, 0.938, 0.938
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0090, 0
        runs_of_pages=True, new_pages=True, min_pages=54, min_per_category=0),
    # Held-out 273 comes only from UK community pharmacy services pages: needle exchange / injecting equipment
    # provision and supervised consumption (pharmacies, Kingston council, PSNC service pages, Public Health Scotland,
    # GOV.UK guidance on substance misuse services, pharmacy press and news on methadone), pharmacy in care homes,
    # blister packs / compliance aids and medicines support, delivery and access for older and disabled people,
    # dementia-friendly pharmacies, pharmacists and homelessness, Pharmacy First and the Discharge Medicines Service.
    # Must-flag is 39 of 195 (20.0 %): "(injecting) drug users", "substance/drug misusers", "service user(s)",
    # "(heroin) addicts", "recovering drug addict", "the elderly", "elderly residents/patients", "suffer from",
    # "burden", "non-compliant", "vulnerable patients"; soft entries (substance misuse, client-centred, clean needles,
    # frail, complex needs, best interests, pensioners, over-60s, homeless people) allowed. No legal-term or
    # explained-legal sentences (min_per_category=0). Untouched apart from the helper's one run.
    "heldout273": HeldOut(
        195, (0.1, 0.4), "e3c4565: 0.921, 0.875, 0.875, 1.9%, 1",
        {"precision": 0.94, "recall": 0.87, "stigmatising_recall": 0.87},   # now 0.946, 0.875, 0.875
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 1},      # now 0.0128, 1
        runs_of_pages=True, new_pages=True, min_pages=48, min_per_category=0),
    # Held-out 269 comes only from UK pages about the severe weather emergency protocol (SWEP), winter night
    # shelters and cold weather provision for people sleeping rough: councils' SWEP pages and notices (Newark and
    # Sherwood, East Devon, Lichfield, Swale, Central Bedfordshire via Stotfold, Wiltshire via Monkton Farleigh),
    # GOV.UK cold-weather guidance, Shelter, church and community night shelters (Housing Justice, the Church of
    # England, Ecclesiastical, a Southend shelter manager's blog, Oakridge Baptist, Inn Churches, Night Light),
    # Scottish shelters and charities (Simon Community, Turning Point, Bethany, Glasgow Winter Night Shelter in The
    # Pavement, TFN and The Democrat), charities' cold-weather appeals and national and local news. Such pages say
    # "rough sleepers" and "homeless people" on almost every line (suggestion-level, allowed) and "guests" for
    # people in shelters; must-flag is low (14 of 285, 4.9 %): "the homeless", "vulnerable people/individuals/
    # populations/citizens", "the vulnerable", one sentence with two bare legal terms. One explained-legal and one
    # quoted-mention sentence only (min_per_category=0). Untouched apart from the helper's one run.
    "heldout269": HeldOut(
        285, (0.03, 0.15), "9483c27: 0.812, 0.867, 0.846, 0.7%, 3",
        {"precision": 0.82, "recall": 0.93, "stigmatising_recall": 0.92},   # now 0.824, 0.933, 0.923
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 3},      # now 0.0074, 3
        runs_of_pages=True, new_pages=True, min_pages=51, min_per_category=0),
    # Held-out 267 comes only from Northern Ireland health and social care pages: the HSC trusts' own service and
    # news pages (Belfast, Northern, South Eastern, Southern, Western: adult safeguarding, a day centre, community
    # mental health and dementia services, carers' support and assessments, autism services, mental capacity,
    # learning disability, residential homes, a recovery college, older people), the Department of Health NI
    # (Muckamore Abbey consultation, adult social care reform, Mental Capacity Act FAQs, homeless health hub, learning
    # disability framework), HSC Board / online.hscni.net pages, GAIN on RQIA's role and the Patient and Client
    # Council. Such pages mostly use "people with a learning disability", "older people", "people who are homeless"
    # and soft entries (client, carer's assessment, complex needs, mental illness, homeless people), all allowed.
    # Must-flag is 28 of 173 (16.2 %), mostly "service user(s)" (17), with "respite", bare "lack(s) capacity",
    # "vulnerable adult", "learning disabled population", "challenging behaviour", "the homeless". Few quoted-mention,
    # other-sense and legal-term sentences (min_per_category=0). Untouched apart from the helper's one run.
    "heldout267": HeldOut(
        173, (0.1, 0.4), "3f7c180: 1.000, 0.929, 0.960, 0.0%, 0",
        {"precision": 0.99, "recall": 0.92, "stigmatising_recall": 0.95},   # now 1.000, 0.929, 0.960
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=29, min_per_category=0),
    # Held-out 265 comes only from UK pages about child protection conferences and child protection plans: councils'
    # and safeguarding partnerships' guides for parents and children (Rotherham, York, Medway, Doncaster, Devon,
    # Angus, Southwark, Bucks, Cornwall, a Leicestershire children's page), conference, review, core group, pre-birth
    # and looked-after-children procedures (London, South Ayrshire, Milton Keynes, Darlington, Lincolnshire, Tees,
    # Sussex, Cheshire East, Brighton, Wandsworth, Kent and Medway, Cambridgeshire, LLR, NE Lincolnshire) and
    # parents' own accounts and advice (Family Rights Group, Parents Advocacy & Rights, a Scottish mum's blog,
    # Community Care 2003, ParentAssess, Surviving Safeguarding, Shields Gazette). Such pages mostly use plain
    # words and soft legal entries (significant harm, parental responsibility, section 47, care order), all allowed.
    # Must-flag is low (22 of 269, 8 %): "Looked After child(ren)", "Looked After Reviews", "placements",
    # "non-compliance", "vulnerable children/parents", "substance abuse". No explained-legal sentence
    # (min_per_category=0). Untouched apart from the helper's one run.
    "heldout265": HeldOut(
        269, (0.05, 0.4), "c3da7e6: 0.870, 0.909, 0.857, 1.2%, 1",
        {"precision": 0.86, "recall": 0.9, "stigmatising_recall": 0.85},   # now 0.870, 0.909, 0.857
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 1},      # now 0.0121, 1
        runs_of_pages=True, new_pages=True, min_pages=38, min_per_category=0),
    # Held-out 268 comes only from Welsh councils' and Welsh Government social services writing (in English): the
    # Social Services and Well-being (Wales) Act 2014 explained (Law Wales, Dewis Cymru, Swansea, Dementia Matters in
    # Powys), "what matters", IAA and care and support plans, Care Inspectorate Wales codes and Social Care Wales codes
    # of practice, the CSSIW domiciliary care review as reported, Welsh Government statements, letters, statistics and
    # press releases (safeguarding, Rebalancing Care and Support, unpaid carers, looked after children sufficiency),
    # councils' adult protection (POVA) pages and reports (Denbighshire, Wrexham, Vale of Glamorgan) and day-centre
    # decisions. Such pages mostly use the Act's own wording ("people who need care and support", "adults at risk")
    # and soft entries (care and support plan, eligible needs, third sector), all allowed. Must-flag 33 of 233
    # (14.2 %): "looked after children", "placement", "service users", "vulnerable adults/children", "the most
    # vulnerable", "care and support package", "respite", "elderly". One quoted-mention sentence
    # (min_per_category=0). Untouched apart from the helper's one run.
    "heldout268": HeldOut(
        233, (0.1, 0.4), "60c7b0e: 0.938, 0.909, 0.857, 1.0%, 2",
        {"precision": 0.93, "recall": 0.9, "stigmatising_recall": 0.85},   # now 0.938, 0.909, 0.857
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 2},      # now 0.0100, 2
        runs_of_pages=True, new_pages=True, min_pages=42, min_per_category=0),
    # Held-out 270 comes only from UK adult social care workforce pages: international recruitment of care workers
    # and the Health and Care Worker visa (Homecare Association, jobs hubs, law firms, BCP Council), exploitation and
    # sponsor licence revocations (TBIJ, Context, Citizens Advice, Court of Appeal commentary), modern slavery and
    # immigration raids in care homes, fines for "illegal workers", Brexit and the care workforce, DHSC recruitment
    # campaigns and MPs' and councils' news about them, the workforce strategy (LGA, ADASS), the BAME workforce
    # (Skills for Care, GOV.UK), involving people who use services in recruitment and care homes on overseas staff.
    # Must-flag is low (48 of 381, 13 %): "service users", "elderly", "illegal immigrants", "BAME", "vulnerable
    # people". No legal-term, explained-legal or quoted-mention sentence (min_per_category=0). Untouched apart from
    # the helper's one run.
    "heldout270": HeldOut(
        381, (0.08, 0.4), "7149d01: 0.981, 1.000, 1.000, 0.3%, 0",
        {"precision": 0.98, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.981, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0030, 0
        runs_of_pages=True, new_pages=True, min_pages=56, min_per_category=0),
    # Held-out 266 comes only from UK pages about private fostering: councils' and safeguarding partnerships' private
    # fostering pages, procedures, statements of purpose and annual reports (Brent, Newham, Warrington, Sefton, Kingston
    # and Richmond, Cambridgeshire, Calderdale, York, Brighton & Hove, Croydon, Doncaster, Bradford, Staffordshire),
    # schools' pages and policies, homestay and guardianship organisations (AEGIS, HFS London, Bright World), BAAF's and
    # CoramBAAF's campaign and practice material, a Family Rights Group forum thread, and news of Ofsted's inspections
    # and councils' campaigns. Such pages mostly use the law's own plain wording ("privately fostered children",
    # "private foster carers", allowed), so must-flag is low (22 of 422, 5 %): "placement(s)", "vulnerable children",
    # "private foster child", "asylum seekers", "leave to remain". No explained-legal sentence and one quoted mention
    # (min_per_category=0). Untouched apart from the helper's one run.
    "heldout266": HeldOut(
        420, (0.03, 0.2), "73316c4: 0.333, 0.739, 0.714, 8.5%, 0",
        {"precision": 0.94, "recall": 0.73, "stigmatising_recall": 0.71},   # now 0.944, 0.739, 0.714
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0025, 0
        runs_of_pages=True, new_pages=True, min_pages=51, min_per_category=0),
    # Held-out 259 comes only from UK pages about Ofsted inspections of local authority children's services: the
    # ILACS framework as explained by councils, the LGA, ADCS and SESLIP, focused and monitoring visits, JTAI pages
    # (Sandwell, Sheffield, CQC, Ofsted's launch), inspection reports and handbooks, news of judgements (CYP Now,
    # Community Care, BBC, Guardian, local papers) and councils' own news and committee minutes responding to them
    # (Havering, Stockton, Telford, Oxfordshire, Barking and Dagenham, Shropshire). Such pages mostly use Ofsted's
    # "children in care" and soft entries (care leavers, children in need, permanence, complex needs), all allowed.
    # Must-flag is low (39 of 299, 13 %): "placement(s)", "looked after children", "vulnerable children", "young
    # asylum seekers". No explained-legal or quoted-mention sentence (min_per_category=0). Untouched apart from
    # the helper's one run.
    "heldout259": HeldOut(
        299, (0.08, 0.4), "5934d87: 0.791, 0.872, 0.828, 3.5%, 8",
        {"precision": 0.79, "recall": 0.87, "stigmatising_recall": 0.82},   # now 0.791, 0.872, 0.828
        {"must_not_flag_flagged_share": 0.04, "findings_in_names": 8},      # now 0.0346, 8
        runs_of_pages=True, new_pages=True, min_pages=43, min_per_category=0),
    # Held-out 261 comes only from UK pages about the Prevent duty and Channel panels: councils' and safeguarding
    # partnerships' Prevent and Channel pages (Calderdale, Newcastle-under-Lyme, Coventry, Devon, RBKC, Westminster,
    # Sutton, Bedford, Barnsley, Trafford, Swindon, Northumberland and Pan Lancashire adult procedures), colleges' and
    # training providers' Prevent policies (Brunel College, The Learning Station, FE News), NHS trusts' Prevent
    # policies and the Home Office's and DHSC's Prevent and Channel guidance, HMI Probation, care providers' Prevent
    # policies (Epitome, e-carehub templates), news and campaigners' writing (Medact, Middle East Eye, The Guardian,
    # the FT, Rights & Security International, People's Review of Prevent) and the Prevent statistics. Such pages
    # say "vulnerable to radicalisation", "susceptible", "at risk" as often as a label; must-flag is 46 of 201
    # (22.9 %): "vulnerable people/individuals/young person", "the vulnerable", "vulnerable adults/children", "the
    # most vulnerable in our society", "service users", "suffer from/with", "drug abuse", "the elderly", bare
    # "children in need" and "significant harm". Channel "cases", resilience, peers, offenders, people with autism,
    # "mental health patients" are soft and allowed. No explained-legal sentence (min_per_category=0). Untouched
    # apart from the helper's one run.
    "heldout261": HeldOut(
        201, (0.15, 0.4), "39a6dd4: 0.959, 0.979, 0.978, 1.3%, 1",
        {"precision": 0.95, "recall": 0.97, "stigmatising_recall": 0.97},   # now 0.959, 0.979, 0.978
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 1},      # now 0.0129, 1
        runs_of_pages=True, new_pages=True, min_pages=48, min_per_category=0),
    # Held-out 263 comes only from UK pages about Disabled Students' Allowances and disabled students in further
    # and higher education: DSA guidance and news (NHSBSA-style FAQs, AbilityNet, UMHAN, the 2014-16 DSA cuts in
    # the Guardian, THE, Policy Review and student papers), universities' disability, dyslexia and mental health
    # services and policies (Plymouth, Sussex, Warwick, Edinburgh, UEA, Office for Students, Durham), colleges and
    # specialist colleges (Tes features and archive, Independent, Lancashire Evening Post), accommodation and
    # access (BBC, openDemocracy) and students' own accounts (blogs, graduates in the news). Each page's run was
    # cut to its first..last sentence holding a listed word. Such writing mostly says "disabled students",
    # "students with dyslexia", "autistic students". Must-flag is low (12 of 185, 6.5 %): "handicapped", "the
    # (physically) disabled", "sufferers", "suffers from", "high functioning", "able-bodied", "disabled toilet";
    # "students with disabilities", "special needs", "peers", "dropout", a student's own "suffer from" are soft and
    # allowed. One explained-legal sentence, no legal-term (min_per_category=0). Untouched apart from the helper's
    # one run.
    "heldout263": HeldOut(
        185, (0.02, 0.4), "f1a99be: 1.000, 0.917, 0.917, 0.0%, 0",
        {"precision": 0.99, "recall": 0.91, "stigmatising_recall": 0.91},   # now 1.000, 0.917, 0.917
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=46, min_per_category=0),
    # Held-out 262 comes only from UK pages about county lines, child criminal exploitation and contextual
    # safeguarding: safeguarding partnerships' and councils' county lines, CCE, cuckooing and extra-familial harm
    # pages (BCP, Wiltshire, Brighton & Hove, West Sussex, Darlington, Hillingdon, Lambeth, Leeds, Cumberland,
    # Lewisham SAB, Camden), children's homes and gang procedures, police and news (Avon and Somerset, Shropshire
    # Star, Channel 4, Yahoo, Derbyshire Times), schools and a college, charities (Children's Society, Safe and
    # Sound, Transform, BAVEx, DSM Foundation), the Contextual Safeguarding programme and a Cardiff guide on
    # victim-blaming language. Must-flag 53 of 233 (22.7 %), mostly "vulnerable adults/people/children", "drug
    # users", "suffering from", "substance abuse", "gang members"; "peers", "significant harm", "substance
    # misuse", "offenders" are soft and allowed. No legal-term or explained-legal sentence (min_per_category=0).
    # Untouched apart from the helper's one run.
    "heldout262": HeldOut(
        233, (0.15, 0.4), "35e5769: 0.965, 0.982, 0.982, 0.6%, 0",
        {"precision": 0.98, "recall": 0.98, "stigmatising_recall": 0.98},   # now 0.982, 0.982, 0.982
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=42, min_per_category=0),
    # Held-out 264 comes only from UK pages about mental health crisis services: crisis cafés, safe havens and
    # crisis houses (Healthwatch, Surrey and Borders, Havant Mind, Mind, Northamptonshire CCG), NHS 111's mental
    # health option and trust crisis lines (GP practices, Healthwatch, local news), crisis resolution and home
    # treatment teams (Gloucestershire, Lincolnshire, Cardiff and Vale, JCPMH), street triage, section 136 and places
    # of safety (Humber, NELFT, CNTW, HMIC, IPCC, Mental Health Cop, BBC, HuffPost, Mental Health Today, Birmingham
    # Mail), sanctuaries (Bristol, Manchester) and news of people in crisis waiting in A&E (Independent, Telegraph,
    # Guardian, Sky, ITV, The Lead, HSJ). Such pages mostly say "people in crisis", "mental health patients" and
    # explain "place of safety" (allowed). Must-flag is low (31 of 412, 7.5 %): "service users", "suffering from",
    # "mentally ill people", "vulnerable people", "placements". No legal-term sentence (min_per_category=0).
    # Untouched apart from the helper's one run.
    "heldout264": HeldOut(
        412, (0.06, 0.4), "5836a12: 0.969, 1.000, 1.000, 0.3%, 1",
        {"precision": 0.96, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.969, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0026, 1
        runs_of_pages=True, new_pages=True, min_pages=57, min_per_category=0),
    # Held-out 260 comes only from UK pages about school attendance and children out of school: emotionally based
    # school avoidance and "school refusal" (SchoolOT, Action for Children, Not Fine in School, Devon Hospital
    # School), persistent absence, education welfare, penalty notices and section 444 prosecutions (councils'
    # pages), children missing education (councils, safeguarding partnerships' procedures), children in care's
    # attendance (virtual schools, SEN Magazine), elective home education (councils, Education Otherwise, Ed
    # Yourself, home educators' sites, a Badman-review blog, a memorandum to Parliament) and "hidden children",
    # young carers' and disadvantaged pupils' attendance (Ofsted, SecEd, Carers Trust). Such pages mostly say
    # "children", "pupils", "children in care". Must-flag is low (19 of 214, 8.9 %): "looked after children",
    # "vulnerable child(ren)", "vulnerable youngsters", "the vulnerable", "placement", "family contact", "service
    # users", "hard-to-place", "hard-to-reach"; "special needs", "peers", "child in need", "significant harm",
    # "parental responsibility", "our most vulnerable" are soft and allowed, and school "fails to attend" is
    # allowed. "School refusal", "persistent absentees", "truants" have no entry (glossary gaps). No
    # explained-legal sentence (min_per_category=0). Untouched apart from the helper's one run.
    "heldout260": HeldOut(
        214, (0.05, 0.4), "43699cd: 0.810, 0.895, 0.818, 2.1%, 1",
        {"precision": 0.8, "recall": 0.89, "stigmatising_recall": 0.81},   # now 0.809, 0.895, 0.818
        {"must_not_flag_flagged_share": 0.03, "findings_in_names": 1},      # now 0.0205, 1
        runs_of_pages=True, new_pages=True, min_pages=50, min_per_category=0),
    # Held-out 256 comes only from UK pages about youth work: detached and outreach youth work (CYP Now features,
    # Youth Options, a Big Give appeal, mobile youth buses), youth clubs and youth zones (inclusive and autism clubs,
    # clubs for disabled young people, youth workers' stories), councils' youth services (Rochdale, South Glos,
    # Surrey, YC Hertfordshire, Ceredigion), youth services duty and funding (LGA, Commons Library, written
    # evidence, a Scottish "hard to reach" guide, Welsh commissioner) and news of closures and cuts. Such pages
    # mostly say "young people", "disabled young people", "autistic young people". Must-flag is low (23 of 197,
    # 11.7 %): "vulnerable young people", "hard to reach", "challenging behaviour", "respite", "young offenders",
    # "substance/alcohol abuse", "service users", "high functioning", "addict", "drug users"; "peers", "complex
    # needs", "special needs", "offenders" are soft and allowed. No legal-term or explained-legal sentence
    # (min_per_category=0). Untouched apart from the helper's one run.
    "heldout256": HeldOut(
        197, (0.08, 0.4), "39ca6f9: 0.864, 0.792, 0.792, 1.7%, 0",
        {"precision": 0.94, "recall": 0.79, "stigmatising_recall": 0.79},   # now 0.950, 0.792, 0.792
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0057, 0
        runs_of_pages=True, new_pages=True, min_pages=44, min_per_category=0),
    # Held-out 254 comes only from UK pages about personality disorder services and writing: NHS complex emotional
    # needs / personality disorder pathways (Pennine Care, Oxford Health, SWLSTG, Nottinghamshire, Livewell,
    # LSCFT, AWP, Mersey Care, NHS Highland, Cambridgeshire), DBT, MBT and therapeutic community services,
    # Offender Personality Disorder Pathway pages, KUF training, charities and campaigns (Platfform, Emergence,
    # Suicide Crisis, Mental Elf), news and lived-experience blogs about the diagnosis. Such pages mostly name the
    # diagnosis (soft, allowed) or quote and criticise it. Must-flag is low (43 of 409, 10.5 %): "service users",
    # "offenders", "suffering from", "package of care", "substance abuse", "completed suicides", a bare "community
    # treatment order". One legal-term sentence, no explained-legal (min_per_category=0). Untouched apart from the
    # helper's one run.
    "heldout254": HeldOut(
        409, (0.08, 0.4), "9f935b4: 0.957, 1.000, 1.000, 0.5%, 3",
        {"precision": 0.95, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.957, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 3},      # now 0.0055, 3
        runs_of_pages=True, new_pages=True, min_pages=42, min_per_category=0),
    # Held-out 253 comes only from UK pages about unaccompanied asylum-seeking and separated migrant children:
    # the National Transfer Scheme (London Councils, North West RSMP, a Home Office press release and its news
    # copies), age assessments and age disputes (Browne Jacobson, Scottish guidance, Cheshire West, GMIAU, BASW,
    # Helen Bamber Foundation, Guardian and i news), turning 18 and leaving care for former UASC (Merton
    # procedures, Migration Scotland, NFA, Children's Society, Leicestershire, written answers), fostering appeals
    # and charities (Newcastle, West Sussex, NEMP, LGA, Separated Child Foundation, Refugee Council), and news of
    # figures and of children missing from Home Office hotels (Times, FT, Metro, LBC, The Week, NationalWorld,
    # Guardian copies). Must-flag (58 of 330, 17.6 %) is mostly "unaccompanied asylum-seeking children" unexplained,
    # "child asylum seekers", "placement(s)", "vulnerable children", "looked-after children"; "young asylum
    # seekers", care leavers, personal adviser, "unaccompanied minors" are soft and allowed. Untouched apart from
    # the helper's one run.
    "heldout253": HeldOut(
        330, (0.12, 0.4), "4e0e120: 0.952, 0.952, 0.938, 0.7%, 2",
        {"precision": 0.96, "recall": 0.95, "stigmatising_recall": 0.93},   # now 0.967, 0.952, 0.938
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 2},      # now 0.0074, 2
        runs_of_pages=True, new_pages=True, min_pages=39, min_per_category=0),
    # Held-out 255 comes only from UK pages about domestic abuse refuges, outreach and floating support, IDVA
    # services and referral pages, sanctuary schemes and councils' domestic abuse safe accommodation strategies
    # and housing advice (Central Bedfordshire, Leeds, Cheshire West, RBKC, Uttlesford, Oadby and Wigston,
    # Darlington, Stoke), charities' pages (Refuge, Women's Aid NI, Haven Wolverhampton, Liverpool DAS, NIDAS,
    # Cambs IDVA, UAVA, SafeLives, Shelter), parliamentary answers and news (Community Care, Vice, BuzzFeed,
    # Metro). Such pages mostly say "victims", "survivors", "domestic abuse"; must-flag is low: "vulnerable
    # women/groups", "service users", "BME/BAME", unexplained "no recourse to public funds", "suffer from",
    # "substance misusers". "Domestic violence", "clients", "complex needs", "substance misuse" are soft and
    # allowed. Must-flag 26 of 273 (9.5 %); only two quoted-mention sentences (min_per_category=0). Untouched
    # apart from the helper's one run.
    "heldout255": HeldOut(
        273, (0.05, 0.4), "d3eca94: 0.724, 0.808, 0.765, 2.8%, 4",
        {"precision": 0.81, "recall": 0.84, "stigmatising_recall": 0.82},   # now 0.815, 0.846, 0.824
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 1},      # now 0.0162, 1
        runs_of_pages=True, new_pages=True, min_pages=42, min_per_category=0),
    # Held-out 257 comes only from UK writing on Transforming Care, Building the Right Support, assessment and
    # treatment units, care (education) and treatment reviews, dynamic support registers and long hospital stays
    # for autistic people and people with a learning disability: council and NHS pages (Luton, Herefordshire,
    # Hammersmith & Fulham, Dorset, BCP, Swindon, Norfolk, Kensington and Chelsea, Waltham Forest, West Yorkshire,
    # Gloucestershire, RDaSH, MPFT), GOV.UK's action plan, CQC reports, charities (Mencap, NAS, CBF, Dimensions,
    # Affinity Trust), news of Winterbourne View, Whorlton Hall and Cawston Park, families' accounts and forum
    # posts, and psychiatry abstracts. Such pages mostly say "behaviour that challenges" and "people with a
    # learning disability"; must-flag is low (40 of 467, 8.6 %): "challenging behaviour", "service users",
    # "vulnerable people/adults/child", children's "placement (breakdown)", "non-verbal", "respite",
    # "bed-blocking". Adults' placements, complex needs, people with autism, sectioned, loved ones are soft and
    # allowed. No legal-term or explained-legal sentence (min_per_category=0). Untouched apart from the helper's
    # one run.
    "heldout257": HeldOut(
        467, (0.06, 0.4), "731be72: 0.902, 0.925, 0.925, 0.9%, 5",
        {"precision": 0.9, "recall": 0.92, "stigmatising_recall": 0.92},   # now 0.902, 0.925, 0.925
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 5},      # now 0.0094, 5
        runs_of_pages=True, new_pages=True, min_pages=65, min_per_category=0),
    # Held-out 258 comes only from UK pages on public health funerals (Public Health (Control of Disease) Act 1984
    # s46), funeral poverty, the Funeral Expenses Payment and Scotland's Funeral Support Payment, and people who die
    # alone or with no one to arrange their funeral: councils' public health funeral pages and policies (Southend, York,
    # Haringey, West Northants, City of London, Warrington, Redcar, Southwark, Lambeth ...), GOV.UK's FEP and good
    # practice pages, Social Security Scotland, Quaker Social Action's Down to Earth, Citizens Advice and Fair Funerals
    # blogs, funeral firms' "pauper's funeral" explainers, and news (BBC, Guardian, Big Issue, Independent, local
    # papers) of lonely deaths and unattended funerals. Such pages mostly say "the person who has died", "people on
    # low incomes", "older people"; must-flag is low (24 of 296, 8.1 %): "elderly", "vulnerable families/older
    # people/individuals", "service users", "an alcoholic". "Pauper('s funeral)" has no entry (glossary gap,
    # must-not-flag); pensioners, clients, loved ones, homeless people, rough sleepers, (the) poor (people), the most
    # vulnerable, over-65s are soft and allowed. No legal-term or explained-legal sentence (min_per_category=0).
    # First run on b47c7659 (before reading errors): precision 0.750, recall 0.923, 7/271 must-not-flag flagged.
    # Untouched apart from the helper's one run.
    "heldout258": HeldOut(
        296, (0.04, 0.4), "c648095: 0.889, 0.960, 0.960, 1.1%, 1",
        {"precision": 0.92, "recall": 0.95, "stigmatising_recall": 0.95},   # now 0.923, 0.960, 0.960
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0074, 1
        runs_of_pages=True, new_pages=True, min_pages=79, min_per_category=0),
    # Held-out 252 comes only from UK pages about day centres, day services and day opportunities for adults
    # (older people, people with learning disabilities, people with dementia, disabled and blind people): council
    # and trust pages (Swindon, Edinburgh, Aberdeenshire, Salford, Devon, Western Trust), charities' and providers'
    # pages (Age UK, Alzheimer's Support, Care UK, church day centres, directory listings), Community Care debate
    # pages and local news of day centre closures and cuts. Such pages mostly say "older people", "people with
    # learning disabilities", "members", "a break for carers". Must-flag is low (45 of 373, 12.1 %): "service
    # users", "elderly", "respite", "sufferers", "challenging behaviour", "care package(s)", "the disabled", "the
    # blind", "vulnerable adults/people"; "clients", "loved ones", "complex needs", "pensioners", adults' day
    # service "placements" are soft and allowed. No legal-term or explained-legal sentence (min_per_category=0).
    # Untouched apart from the helper's one run.
    "heldout252": HeldOut(
        373, (0.08, 0.4), "17f11e2: 0.980, 1.000, 1.000, 0.3%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=47, min_per_category=0),
    # Held-out 248 comes only from UK inspection reports of care homes, home care agencies and supported living
    # (CQC reports on cqc.org.uk and its copies, CSCI/CQC extracts republished on bestcarehome.co.uk) and pages
    # quoting them: home care providers' pages on their own CQC inspections, and news of specific CQC, Care
    # Commission, Care Inspectorate and CIW findings. Modern CQC reports say "people who use the service", so
    # must-flag comes mostly from older CSCI reports ("service users") and news ("elderly", "vulnerable people",
    # "dementia sufferers"); care plans, clients, complex needs, loved ones, wandering are soft and allowed. Few
    # other-sense and name-title sentences, no legal-term or quoted-mention (min_per_category=0). Untouched.
    "heldout248": HeldOut(
        171, (0.15, 0.4), "b378e8f: 0.958, 1.000, 1.000, 1.6%, 2",
        {"precision": 0.97, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.979, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0080, 1
        runs_of_pages=True, new_pages=True, min_pages=46, min_per_category=0),
    # Held-out 251 comes only from UK alternative provision, pupil referral units, school exclusions and suspensions
    # and managed moves: councils' AP, exclusion, review-panel and managed-move pages and protocols (Devon,
    # Gloucestershire, Surrey, Stockport, West Sussex, Somerset, Leicestershire, Dudley, Oldham), PRUs' own pages
    # and policies, AP providers, SENDIASS and charity guides for parents (ACE, Contact, Just for Kids Law, School
    # Exclusion Project, Adoption UK, Fosterline), law firms on off-rolling and the Timpson review, and press and
    # blogs on PRUs and on autistic children's illegal exclusion. Such pages mostly use plain or preferred wording;
    # must-flag is low (29 of 376, 7.7 %): "challenging behaviour", "aggressive" pupils, "vulnerable children/learners/
    # groups", unexplained "looked after children", child in need and court orders, "sufferers", "hardest cases";
    # school "sanctions", "children with autism", "peers", "resilience" are soft and allowed. No explained-legal
    # sentence (min_per_category=0). Untouched apart from the helper's one run.
    "heldout251": HeldOut(
        370, (0.05, 0.4), "aa2b267: 0.923, 0.686, 0.812, 0.6%, 1",
        {"precision": 0.96, "recall": 0.71, "stigmatising_recall": 0.87},   # now 0.962, 0.714, 0.875
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0029, 1
        runs_of_pages=True, new_pages=True, min_pages=51, min_per_category=0),
    # Held-out 249 comes only from pages on the education of children in care and previously in care: councils'
    # virtual school pages (what a virtual school is, pupil premium plus funding, PEP process and ePEP guidance for
    # social workers, designated teacher annual reports, a foster carers' briefing), children's services procedure
    # chapters on designated teachers and ePEPs, schools' designated teacher and children in care pages, a governors'
    # guide, Coram's Lawstuff, a consultant's blog, DfE's GOV.UK guidance for virtual school heads, and school
    # admissions priority pages (councils, a school, Adoption UK). 403 sentences from 38 pages, 76 must-flag (18.9 %).
    # "Looked after children" unexplained is the main must-flag (legal-term); many pages explain it or
    # say "children in care"; "designated teacher" is a job title (name-title, allowed); "placement" for a child's
    # home, "LAC/CLA review" and "respite care" are the other must-flags. Untouched.
    "heldout249": HeldOut(
        403, (0.12, 0.3), "878b06d: 0.972, 0.896, 0.846, 0.6%, 23",
        {"precision": 0.97, "recall": 0.89, "stigmatising_recall": 0.84},   # now 0.972, 0.896, 0.846
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 3},      # now 0.0061, 3
        runs_of_pages=True, new_pages=True, min_pages=38, min_per_category=5),
    # Held-out 247 comes only from UK joint strategic needs assessments (JSNAs), Wales' population needs
    # assessments and Directors of Public Health annual reports: councils' public health intelligence pages
    # (Rochdale, Bracknell Forest, Bolton, Cambridgeshire, Nottingham/Nottinghamshire, Blackburn with Darwen,
    # Reading, Slough, Southampton, Surrey, Kent, Norfolk, Lincolnshire, Brighton & Hove, West Sussex, Southwark,
    # Greenwich, West Wales) and DPH reports (Warwickshire, Buckinghamshire, North Yorkshire). Such pages mostly
    # write person-first; must-flag is "vulnerable groups", "BME/BAME", "drug misusers", "substance
    # abuse", "suffer(ing) with/from", "elderly people", "cared-for citizens", "respite". Soft entries (substance
    # misuse, mental illness, obese, the most vulnerable, special needs) are allowed. Untouched.
    "heldout247": HeldOut(
        236, (0.02, 0.4), "f1bec1f: 0.944, 0.944, 0.941, 0.5%, 2",
        {"precision": 0.94, "recall": 0.94, "stigmatising_recall": 0.94},   # now 0.944, 0.944, 0.941
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 2},      # now 0.0046, 2
        runs_of_pages=True, new_pages=True, min_pages=38, min_per_category=0),
    # Held-out 250 comes only from UK special care dentistry, community dental services and oral health for
    # disabled people, older people in care homes and people who are homeless: NHS trusts' and boards' special care
    # referral criteria (Great Western, Lothian, East of England), NICE NG48, Healthwatch and Mouth Care Matters
    # pages on care home dentistry, the BDA, FGDP, the Scottish Government's priority groups strategy, Dentaid and
    # its press coverage, Smile4life (Dundee, NHS Forth Valley), and BDJ papers on UK services. Such pages mostly
    # say "people with learning disabilities", "care home residents" and "people experiencing homelessness"; soft
    # entries ("homeless people", "client", "frail", "special needs", "complex needs") are allowed. Must-flag is
    # mostly "vulnerable people/groups/adults/patients", "service users", "the homeless" and "elderly" (50 of 294,
    # 17 %). Two legal-term and three quoted-mention sentences, no explained-legal (min_per_category=0). Untouched
    # apart from the helper's one run.
    "heldout250": HeldOut(
        294, (0.1, 0.4), "09c47e7: 0.979, 0.902, 0.898, 0.4%, 1",
        {"precision": 0.97, "recall": 0.9, "stigmatising_recall": 0.89},   # now 0.979, 0.902, 0.898
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0041, 1
        runs_of_pages=True, new_pages=True, min_pages=50, min_per_category=0),
    # Held-out 243 comes only from UK local and national news about homeless families in temporary accommodation
    # (B&Bs, hotels, hostels, out-of-area and out-of-London moves): Guardian, Independent, ITV, Inside Housing, The
    # MJ, LocalGov, Birmingham Post, Evening Standard, Wales Online, Nation.Cymru, Rhyl Journal, Caerphilly Observer,
    # Carmarthenshire and Tottenham local news, ombudsman findings against councils and the councils' replies, and
    # Crisis's and Shelter's comment on the temporary accommodation figures. Such news says "homeless families/
    # households" (no entry) and "placed in" as a verb; "placements" of households are other-sense. Must-flag is
    # rare (15 of 337, 4.5 %): "intentionally homeless" unexplained, "vulnerable families/individuals", "the
    # homeless", "drug addicts", "drugs abuse", "suffer from"; "homeless people", "loved ones", "their most
    # vulnerable" are soft and allowed. No explained-legal sentence, one quoted-mention (min_per_category=0). Untouched.
    "heldout243": HeldOut(
        330, (0.02, 0.4), "0b826bd: 0.824, 0.933, 0.875, 0.9%, 0",
        {"precision": 0.82, "recall": 0.93, "stigmatising_recall": 0.87},   # now 0.824, 0.933, 0.875
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0093, 0
        runs_of_pages=True, new_pages=True, min_pages=37, min_per_category=0),
    # Held-out 244 comes only from UK district nursing and community nursing writing: NHS community trusts'
    # district nursing pages (Somerset, Dorset, Mersey Care, Cornwall), GP practices' housebound and district
    # nurse pages, community matrons (Serco/Suffolk, Diabetes & Primary Care, Community Care 2004, Nottinghamshire),
    # virtual wards and Hospital at Home (Dartford and Gravesham, Bradford, an NHS England case study), the Queen's
    # Nursing Institute's pages and Queen's Nurse news, and local and national news about district nurses. Such
    # pages mostly use "housebound patients" and "older people", so must-flag is rare (16 of 121: "elderly",
    # "service users", "bed blockers", "vulnerable people/groups/patients", "the disabled", "suffer from", "care
    # package", "substance misuse"); "frail", "complex needs", "the most vulnerable" are soft. No legal-term
    # sentence (min_per_category=0).
    "heldout244": HeldOut(
        121, (0.02, 0.4), "1f2c704: 0.909, 0.625, 0.625, 1.0%, 0",
        {"precision": 0.9, "recall": 0.62, "stigmatising_recall": 0.62},   # now 0.909, 0.625, 0.625
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0095, 0
        runs_of_pages=True, new_pages=True, min_pages=30, min_per_category=0),
    # Held-out 245 comes only from UK writing on inclusive play areas and accessible playgrounds: town council and
    # council minutes and case studies (Leighton-Linslade, West Northants, Newcastle), accessible swing and playground
    # news (BBC, Swindon Advertiser, Leader Live, Clyde 1, North Lincolnshire, Warrington Guardian, Brain Injury Hub),
    # equipment makers' inclusive play pages and case studies (Inclusive Play, Sutcliffe, Playscheme, Proludic),
    # adventure playgrounds and play schemes for disabled children (TVAP, KIDS, ELHAP, Knowsley, Monmouthshire) and
    # parents' petitions. Such pages mostly use the preferred wording ("disabled children", "wheelchair users");
    # must-flag is "able bodied", "non-verbal", "respite", "disabled toilet/loo", "suffers from", "confined to a
    # wheel chair"; "special needs", "children with disabilities", "siblings", "peers", "complex needs" are soft and
    # allowed. Few name-title/other-sense sentences (min_per_category=0). Untouched apart from the helper's one run.
    "heldout245": HeldOut(
        225, (0.05, 0.4), "1f2c704: 0.913, 0.955, 0.955, 1.0%, 0",
        {"precision": 0.91, "recall": 0.95, "stigmatising_recall": 0.95},   # now 0.913, 0.955, 0.955
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0099, 0
        runs_of_pages=True, new_pages=True, min_pages=39, min_per_category=0),
    # Held-out 246 comes only from UK writing about deaths of people who are homeless: an ONS release and news
    # about ONS and National Records of Scotland figures (Irish News, Herald, Shetland News, LocalGov, Care
    # Appointments), the Museum of Homelessness Dying Homeless project and the Bureau of Investigative
    # Journalism's count, the annual service of commemoration at St Martin-in-the-Fields (West End Extra,
    # Independent Catholic News, Churches Together, Streets Kitchen), safeguarding adults reviews (a YMCA blog,
    # VOICES, a 7-minute briefing), an inquest guide and a coroner's report, vigils and a memorial wall
    # (Northampton, Leeds, Stockport), and local news about men who died sleeping rough (Leeds, York, Belfast,
    # Westminster, Retford). Such pages mostly say "people who are homeless" or the soft "homeless people",
    # "homeless man" and "rough sleepers" (allowed); must-flag is rare ("the homeless", "vulnerable people",
    # "service users", "a priority case", "clients"). One quoted-mention and one legal-term sentence
    # (min_per_category=0). Untouched.
    "heldout246": HeldOut(
        290, (0.0, 0.4), "3529a8f: 0.933, 0.933, 0.929, 0.4%, 0",
        {"precision": 0.93, "recall": 0.93, "stigmatising_recall": 0.92},   # now 0.933, 0.933, 0.929
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0036, 0
        runs_of_pages=True, new_pages=True, min_pages=34, min_per_category=0),
    # Held-out 241 comes only from UK writing on working carers and carer's leave: the Carer's Leave Act 2023
    # explained (Acas, Watershed, Blue Arrow, Rocket Lawyer, EC HR) and councils' leave policies (Lancashire,
    # Dover, Stirling), employers' and HR advisers' carers pages and NHS trusts' carer passports, Employers for
    # Carers and Carers Wales pages, benefits press on eldercare (Employee Benefits, REBA, COVER, XpertHR), and
    # news about carers leaving work (Times, Big Issue, Age UK, LaingBuisson, local carers' charities). Must-flag
    # is mostly "elderly relatives/parents/dependants/neighbour"; "loved one(s)", "frail(ty)" and "siblings" are
    # soft and allowed. Only one name-title and one legal-term sentence (min_per_category=0). Untouched.
    "heldout241": HeldOut(
        253, (0.1, 0.4), "e657567: 0.977, 0.955, 0.953, 0.5%, 0",
        {"precision": 0.97, "recall": 0.95, "stigmatising_recall": 0.95},   # now 0.977, 0.955, 0.954
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0048, 0
        runs_of_pages=True, new_pages=True, min_pages=46, min_per_category=0),
    # Held-out 238 comes only from UK writing on supported internships, job placements and work experience for young
    # people with SEND and learning disabilities: councils' local offer pages on supported internships and Preparing for
    # Adulthood (West Sussex, Wokingham, Hackney, Cheshire East, Wigan, Blackpool, Hounslow, Hammersmith and Fulham,
    # Essex, Shropshire), colleges' and schools' internship pages and a job coach's blog, DFN Project SEARCH and NHS
    # trusts' graduation news, an employer's and a school's work-experience advice, and local and national news about
    # interns. Such pages use the preferred wording ("young people with learning disabilities", "additional needs",
    # "special educational needs") and "placement" only in its work sense (other-sense), so must-flag is one sentence
    # ("a respite centre"); "special needs", "full potential", "people with disabilities", "peers" are soft and allowed.
    # Must-flag share 0.4 %, so its recall says almost nothing; its use is the must-not-flag share on work placements.
    "heldout238": HeldOut(
        254, (0.0, 0.4), "81efbee: 0.042, 1.000, 1.000, 9.1%, 1",
        {"precision": 0.05, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.056, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.07, "findings_in_names": 1},      # now 0.0672, 1
        runs_of_pages=True, new_pages=True, min_pages=49, min_per_category=0),
    # Held-out 242 comes only from UK councils' and devolved governments' child poverty and anti-poverty writing:
    # council strategy pages and committee decisions (Plymouth, Haringey, Wirral, Cumbria, Argyll and Bute,
    # Southend, Derbyshire, Carmarthenshire, Bridgend, East Devon, Surrey Heath, Central Bedfordshire, Kirklees),
    # Scotland's local child poverty action reports (Scottish Government guidance, Improvement Service, NHS Health
    # Scotland, Aberdeenshire), Welsh Government tackling poverty statements, poverty truth commissions' pages,
    # local news about child poverty and holiday hunger, and Northern Ireland's anti-poverty strategy. Such pages
    # mostly use the preferred wording ("people experiencing poverty"), so must-flag is rare (12 of 474, 2.5 %:
    # "vulnerable people/groups/residents/households/families/young people/children"); "the most vulnerable",
    # "the poorest", "children in need", "special needs", "peers" are soft and allowed. No legal-term sentence
    # (min_per_category=0).
    "heldout242": HeldOut(
        470, (0.02, 0.4), "5ed2a16: 0.750, 0.750, 0.750, 0.6%, 0",
        {"precision": 0.81, "recall": 0.74, "stigmatising_recall": 0.74},   # now 0.818, 0.750, 0.750
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0043, 0
        runs_of_pages=True, new_pages=True, min_pages=62, min_per_category=0),
    # Held-out 239 comes only from UK child bereavement support writing: national child bereavement charities
    # (Winston's Wish, Child Bereavement UK, Grief Encounter, Sue Ryder, SoBS-type suicide bereavement groups),
    # schools' bereavement policies and pages for parents, hospices' children's bereavement pages, pages on bereaved
    # children with SEND, a safeguarding board's guidance, NHS and Parliament pages on bereaved children, local
    # services' referral pages and local and education news about bereaved children and services. Such writing
    # mostly uses the preferred wording ("died by suicide", "took their own life", "additional needs"); must-flag
    # is "committed suicide", "suffered from/with", "young offenders" and "non-verbal pupils", and soft entries
    # ("loved one", "siblings", "complex needs", "special needs", "clients") are allowed. Low must-flag share
    # (8 of 245, 3.3 %); no legal-term sentence (min_per_category=0).
    "heldout239": HeldOut(
        245, (0.02, 0.4), "fe4cf90: 0.750, 1.000, 1.000, 1.3%, 1",
        {"precision": 0.81, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.818, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0084, 1
        runs_of_pages=True, new_pages=True, min_pages=67, min_per_category=0),
    # Held-out 240 comes only from UK children's occupational therapy, physiotherapy and sensory processing writing:
    # NHS children's therapy service pages (Nottinghamshire Healthcare, Berkshire, Harrogate, Trafford, Royal Free,
    # Birmingham), sensory advice for parents and schools, independent paediatric OTs' pages and a parent's petition,
    # special schools' sensory and hydrotherapy pages, wheelchairs and seating for disabled children (a seating-clinic
    # abstract, Whizz-Kidz, SEN Magazine, Community Care, a parent's blog),
    # and local news and families' appeals about therapy waits (TES, ITV, Rugby Advertiser, Express & Star). Must-flag
    # is "suffers from"/"sufferer(s)", "challenging behaviour", "geriatric", "handicaps", "non verbal", "service users",
    # "care package" and "statemented"; "special needs", "complex needs", "full potential", "children with autism",
    # "peers" and "clients" are suggestion-level and allowed. Low must-flag share (7.1 %); one legal-term sentence, no
    # name-title or explained-legal sentence (min_per_category=0). Small (helper had about forty minutes).
    "heldout240": HeldOut(
        183, (0.03, 0.2), "fe4cf90: 0.786, 0.846, 0.833, 1.8%, 0",
        {"precision": 0.84, "recall": 0.84, "stigmatising_recall": 0.83},   # now 0.846, 0.846, 0.833
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 0},      # now 0.0118, 0
        runs_of_pages=True, new_pages=True, min_pages=38, min_per_category=0),
    # Held-out 234 comes only from UK writing on NHS charging for overseas visitors and migrants' access to
    # healthcare: NHS trusts' overseas visitors pages (East and North Herts, Manchester Saint Mary's, West Herts,
    # RUH Bath, Sheffield), GOV.UK's migrant health guide, NHS England's HC2 guidance, Maternity Action and
    # maternity-charging campaign pages, Doctors of the World and Safe Surgeries pages (a GP practice, City of
    # Sanctuary, One Health Lewisham, Information Now, RCGP, Londonwide LMCs), refugee and legal charities' health
    # pages (Refugee Council, Law Centre NI, Children's Legal Centre, EHRC), and news about migrants charged for NHS
    # care (Guardian, Community Care, Daily Mail, Times, PA, openDemocracy). Must-flag is mostly "failed asylum
    # seeker(s)", "vulnerable people/migrants/patients" and unexplained "ordinarily resident"; "the most
    # vulnerable", "offenders", "client", "deported" and "domestic violence" are soft and allowed. Must-flag share
    # 22.3 %; name-title and quoted-mention have one sentence each (min_per_category=0).
    "heldout234": HeldOut(
        233, (0.15, 0.4), "3e556a7: 1.000, 0.750, 0.811, 0.0%, 0",
        {"precision": 0.99, "recall": 0.74, "stigmatising_recall": 0.81},   # now 1.000, 0.750, 0.811
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=37, min_per_category=0),
    # Held-out 233 comes only from UK NHS PALS and patient experience writing: trusts' PALS and patient experience
    # team pages, involvement strategies and news, Friends and Family Test pages of mental health and community
    # trusts, carers' feedback pages, patient panel and patient-story pages, Healthwatch discharge findings, ombudsman
    # findings and case summaries, news and relatives' posts about complaints on hospital care of older people and
    # people with dementia. Must-flag is mostly "service users" (32) and "elderly" (20), with "suffer(s) from",
    # "dementia sufferers", "care package", "senior citizens", "the disabled" and one bare "looked after child";
    # "loved ones", "frail", "dementia patient", "seldom heard", "wandering", "homeless people" are suggestion-level
    # and allowed. Must-flag share 18.8 %; one legal-term and two explained-legal sentences (min_per_category=0).
    "heldout233": HeldOut(
        324, (0.12, 0.3), "7a91e9f: 1.000, 1.000, 1.000, 0.0%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=45, min_per_category=0),
    # Held-out 235 comes only from UK leisure centres', pools' and gyms' pages and local news on inclusive and
    # adapted sessions: disabled, SEND and autism-friendly swims (Active Leeds, Better, Everyone Active, DCLT, Halo,
    # WV Active, GLL/Level Water), dementia-friendly swimming (Better, Everyone Active, Swim England), carers' free
    # entry policies (Your Leisure, North East Derbyshire, Leicester's Card Plus, mid Devon), exercise referral
    # schemes (Huntingdonshire, Rushcliffe, Everyone Active), over-60s/65s offers and free swimming cuts, accessible
    # changing, Changing Places and parking at leisure centres, and inclusive gyms. Must-flag is mostly "disabled
    # bays/changing room/facilities" (disabled-toilet), with "the disabled", "elderly people", "OAPs",
    # "wheelchair-bound", "suffer(ed) from"; "over-60s", "pensioners", "people with disabilities" and "customers"
    # are suggestion-level and allowed. Low must-flag share (7.2 %); no legal-term or explained-legal sentence.
    "heldout235": HeldOut(
        456, (0.04, 0.2), "0c19925: 0.931, 0.794, 0.794, 0.5%, 0",
        {"precision": 0.93, "recall": 0.88, "stigmatising_recall": 0.88},   # now 0.938, 0.882, 0.882
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0047, 0
        runs_of_pages=True, new_pages=True, min_pages=62, min_per_category=0),
    # Held-out 236 comes only from UK councils' own residents' magazines, newsletters, e-bulletins and news items:
    # Epsom & Ewell's Borough Insight e-magazine and council news, Surrey County Council's Surrey Matters and news
    # site, Brent's Your Brent magazine and cabinet blogs, Winchester's tenants' magazine On the House, North
    # Lanarkshire's e-bulletin, Liverpool Express, council news from Brighton & Hove, Cambridge, Enfield, Trafford,
    # Midlothian, Central Bedfordshire, Greenwich and Hackney, council releases relayed by parish and town councils
    # and local sites (Sandy, Colton, Duddon, Wickhambrook, Wendover) and the Kensington and Chelsea leader's blog.
    # Must-flag is "vulnerable people/communities" and "the (elderly and) vulnerable", "elderly", "suffering from"
    # and "sufferers", "the homeless" and headline "Homeless", "vulnerable children", "respite" and "placements";
    # rough sleepers, homeless people, care leavers, client, people with disabilities, personal advisers and
    # foster carers are suggestion-level and allowed. Must-flag share 11.3 %. No legal-term, explained-legal or
    # quoted-mention sentence (min_per_category=0).
    "heldout236": HeldOut(
        177, (0.05, 0.2), "3a819a1: 0.955, 0.955, 0.955, 0.6%, 1",
        {"precision": 0.95, "recall": 0.95, "stigmatising_recall": 0.95},   # now 0.955, 0.955, 0.955
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0064, 1
        runs_of_pages=True, new_pages=True, min_pages=32, min_per_category=0),
    # Held-out 237 comes only from UK guides to Care Act 2014 needs assessments and eligibility for adult social
    # care: councils' assessment and eligibility pages (Waltham Forest, Southampton, North Northamptonshire,
    # Buckinghamshire, South Gloucestershire, Central Bedfordshire, Warwickshire, Brighton & Hove, North East
    # Lincolnshire), carers' assessment and eligibility pages (Barnsley, Hampshire, Bracknell Forest, Rochdale,
    # Isle of Wight, Hull, Cheshire East, Carers UK, Care Choices, a lung charity), charities' guides (Age UK,
    # Independent Age, Mencap, Hft, Mind, Shelter, Which?, Disability Law Service, SCIE), news on assessment
    # waits (Guardian, ITV, Community Care, PA) and ombudsman decisions. Must-flag is mostly "respite",
    # "elderly", "cared for person", "care package", with "vulnerable people", "case" for a person and
    # "suffers with"; "carer's assessment", "eligible needs", "loved one", "care plan" are suggestion-level and
    # allowed. Low must-flag share (10.7 %). No legal-term or name-title sentence (min_per_category=0).
    "heldout237": HeldOut(
        224, (0.05, 0.2), "3a819a1: 1.000, 0.880, 0.880, 0.0%, 0",
        {"precision": 0.99, "recall": 0.87, "stigmatising_recall": 0.87},   # now 1.000, 0.880, 0.880
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=46, min_per_category=0),
    # Held-out 228 comes only from UK NHS writing on learning disability and autism in hospitals and primary care:
    # acute trusts' learning disability liaison and hospital passport pages (Barts, Morecambe Bay, Norfolk and
    # Norwich, Warrington and Halton, Southend, Airedale, RJAH), reasonable adjustments pages and an FOI reply,
    # GP, CCG and ICB annual health check pages (Coventry and Rugby, NHS Choices, my-oscar, CQC's GP mythbusters),
    # STOMP pages (NHS England, Leicestershire Partnership, a CSU, pharmacy and trust audits), Oliver McGowan
    # training news, nursing articles by NHS learning disability nurses, LeDeR case reviews, and news on hospital
    # deaths (Six Lives, LeDeR). Must-flag is mostly "challenging behaviour" and "service users", with
    # "placement", a headline "Learning disabled", "this vulnerable group", "vulnerable people" and "care
    # package"; "people/patients with autism", "learning disabled" as an adjective, "complex needs", "client",
    # "loved ones" are suggestion-level and allowed. Low must-flag share (7.9 %). No legal-term or explained-legal
    # sentence (min_per_category=0).
    "heldout228": HeldOut(
        214, (0.04, 0.15), "9556b66: 0.895, 1.000, 1.000, 1.0%, 3",
        {"precision": 0.89, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.895, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 3},      # now 0.0102, 3
        runs_of_pages=True, new_pages=True, min_pages=51, min_per_category=0),
    # Held-out 231 comes only from UK children in care councils' and care-experienced young people's own campaign
    # and advocacy writing: children in care councils' pages and reports (Trafford, Leicestershire's The Beacon,
    # Poole, Buckinghamshire's We Do Care), Become (#GoneTooFar, manifesto, #KnowAboutCare), Voices From Care
    # Cymru's members, Connecting Voices, VOYPIC, the Care Leavers' Association, Language That Cares pages (TACT,
    # St Helens, North East Lincolnshire, Sunderland's Change Council), care leavers' blogs (Children's Commissioner,
    # Coram Story, HuffPost, Community Care's 'My Care Story', Plymouth, Wrexham) and news features quoting
    # care-experienced young people (BBC, Observer, ITV, CYP Now, Fosterline, Portsmouth News, The National). Must-flag
    # is mostly "placement(s)", "contact" (family time), "looked after children", with "contact centre", "foster
    # unit", "foster child", "LAC review", "respite", "most vulnerable children"; "care leaver(s)", "siblings",
    # "foster carers", "leaving care", "corporate parenting" are suggestion-level and allowed. Low must-flag share
    # (12.5 %); 3 explained-legal sentences (min_per_category=0).
    "heldout231": HeldOut(
        375, (0.05, 0.2), "9556b66: 0.902, 0.755, 0.861, 0.9%, 2",
        {"precision": 0.92, "recall": 0.75, "stigmatising_recall": 0.86},   # now 0.925, 0.755, 0.861
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 2},      # now 0.0061, 2
        runs_of_pages=True, new_pages=True, min_pages=42, min_per_category=0),
    # Held-out 232 comes only from UK frailty services and geriatric medicine writing: NHS trusts' frailty units,
    # frailty SDEC and front-door frailty (QEH King's Lynn, Norfolk and Norwich, Leicester, Aintree, Tunbridge
    # Wells), frailty virtual wards and hospital at home (Gateshead, Gloucestershire, North West Anglia, Royal
    # Surrey, Tees), community frailty services (Blackpool, East Sussex), the British Geriatrics Society's pages
    # and blogs (Fit for Frailty, front door frailty, CGA, virtual wards, Joining the dots), primary care frailty
    # registers and the eFI (CDRC, Ardens, RCGP, Pulse), care of the elderly departments and geriatric medicine as
    # a specialty (BMJ Careers, RCP, a trust prospectus, a doctors' guide), frailty-language writing, and local
    # and national news about frailty units and "bed-blockers". Must-flag is mostly "elderly" (26 of 40 ids), with
    # "bed-blocker", "care package", "suffering from", "vulnerable (older) people"; "frail" (suggestion-level) is
    # allowed throughout, as is "care of the elderly" used as the specialty's name. Low must-flag share (9.4 %).
    # No legal-term or explained-legal sentence (min_per_category=0).
    "heldout232": HeldOut(
        425, (0.05, 0.15), "9556b66: 0.709, 0.975, 0.975, 4.2%, 1",
        {"precision": 0.97, "recall": 0.97, "stigmatising_recall": 0.97},   # now 0.975, 0.975, 0.975
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0026, 1
        runs_of_pages=True, new_pages=True, min_pages=48, min_per_category=0),
    # Held-out 230 comes only from UK Deaf and disabled people's organisations' own campaign and policy writing:
    # Disability Rights UK (news and newsletters, most reposted by Disability Partnership Calderdale), Inclusion
    # London, Disabled People Against Cuts (policy statement, language guide, press releases, DPAC Cardiff), Black
    # Triangle, a DPOs' letter to the Guardian, GMCDP, Shaping Our Lives, NSUN (language and history pages),
    # ALLFIE, Inclusion Scotland and One in Five, Disability Wales, All Wales People First, centres for independent
    # living (SCIL/SPECTRUM, SAIL, John Evans for ENIL), UKDHM, Together! 2012, and local DPOs and access groups.
    # Such writing uses the preferred wording ("Disabled people", "non-disabled") and quotes the labels it rejects
    # ("the disabled", "scroungers", "vulnerable adults", "normal"), so must-flag is low (9.2 %): mostly "vulnerable
    # people", "care packages", "the elderly", "service users"; adjective "disabled" ("Disabled passengers") is
    # other-sense; "people with disabilities", "the poor", "clients" and the user movement's own "service user(-led)"
    # are allowed. No legal-term or explained-legal sentence (min_per_category=0).
    "heldout230": HeldOut(
        229, (0.05, 0.15), "9d49124: 0.800, 0.952, 0.952, 2.4%, 2",
        {"precision": 0.83, "recall": 0.95, "stigmatising_recall": 0.95},   # now 0.833, 0.952, 0.952
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 1},      # now 0.0192, 1
        runs_of_pages=True, new_pages=True, min_pages=55, min_per_category=0),
    # Held-out 229 comes only from UK Mental Health Act 1983 explainers for patients, families and carers: NHS
    # trusts' and a hospital provider's pages on section 2, the nearest relative, carers, community treatment
    # orders and patients' rights (Lancashire and South Cumbria, Kent and Medway, Black Country, ELFT, SWLSTG,
    # SLaM, Cygnet), Mind's and Rethink's legal pages, solicitors' guides on sectioning, the nearest relative,
    # section 117 aftercare, CTOs and section 136 (Reeds, Martin Searle, Miles and Partners, GN Law, Burke Niazi,
    # DPP, QualitySolicitors, O'Donnells, David Gray), the University of Bristol's Nearest Relative resources,
    # councils' AMHP service pages (Lancashire, Cumberland, Derbyshire, Hampshire), and news and comment on police
    # cells as places of safety, deaths in detention, rising detentions and the reform white paper and Bill
    # (Community Care, Mental Health Today, the Independent, the Police Foundation, the Commons Library, the
    # Health Foundation). Such pages explain the Act's terms, so sectioned, nearest relative, place of safety,
    # section 117 aftercare, community treatment order and mental disorder are allowed, never expected; must-flag
    # is low (5 %) and mostly "suffering from/suffer with", "service users" and "vulnerable people", with one each
    # of "the mentally ill", "elderly", "lack capacity", "BAME", "committed suicide" and "a ... manic depressive".
    "heldout229": HeldOut(
        480, (0.04, 0.15), "554668a: 0.931, 1.000, 1.000, 0.4%, 0",
        {"precision": 0.96, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.964, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0022, 0
        runs_of_pages=True, new_pages=True, min_pages=50, min_per_category=0),
    # Held-out 222 comes only from UK age-friendly communities writing: the Centre for Ageing Better's network and
    # ageism pages, councils' age-friendly pages, plans and news (Manchester, Torbay, Ards and North Down, Mid and
    # East Antrim, Leeds, Derry, Belfast, Nottinghamshire, Sunderland), older people's forums, 50+/55+ forums,
    # pensioners' groups and elders councils (Plymouth Senior Citizens Forum, Caerphilly Over 50, Barnet, Bolton,
    # Newcastle, Seniors Together, Swindon, Walsall), local news on age-friendly towns and 'Take a Seat' (Melksham,
    # Isle of Wight, Kendal, East Chevington, Mansfield), and writing against ageist language (Age UK, Vivensa,
    # High50, Older People's Commissioner for Wales, Journo Resources, bloggers). Must-flag is mostly "elderly" and
    # "senior citizens", with "suffering with dementia"/"dementia sufferers" and one "vulnerable people"; many
    # quoted mentions of the labels; "pensioners", "over 50s", "people with disabilities", "frail" are allowed.
    # Low must-flag share (7.6 %). No legal-term or explained-legal sentence (min_per_category=0).
    "heldout222": HeldOut(
        291, (0.05, 0.15), "24d269b: 0.697, 1.000, 1.000, 3.0%, 1",
        {"precision": 0.69, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.697, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.03, "findings_in_names": 1},      # now 0.0297, 1
        runs_of_pages=True, new_pages=True, min_pages=63, min_per_category=0),
    # Held-out 223 comes only from UK children's hospices' and children's palliative care writing: hospices' own
    # pages on overnight respite, short breaks, sibling and bereavement support (Claire House, Richard House, Helen &
    # Douglas House, Demelza, Children's Hospice South West, Shooting Star, Acorns, Tŷ Hafan, Zoe's Place, Martin
    # House, Julia's House), Together for Short Lives' policy, family-story and ICB commissioning pages, Hospice UK
    # and Northern Ireland's palliative hub on transition, an NHS-linked community nursing page, a council motion on
    # hospice funding, a Scottish Parliament speech on CHAS, and local and national news about hospices and the
    # families they support. Must-flag is mostly "respite" (28 of 35), with "suffers/suffering from", "fits",
    # "vulnerable children/families", "afflicted children"; "siblings", "peers", "loved ones", "care plan",
    # "complex needs" are suggestion-level and allowed. No legal-term or explained-legal sentence (min_per_category=0).
    "heldout223": HeldOut(
        338, (0.05, 0.2), "24d269b: 0.865, 0.914, 0.914, 1.7%, 0",
        {"precision": 0.88, "recall": 0.91, "stigmatising_recall": 0.91},   # now 0.889, 0.914, 0.914
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 0},      # now 0.0132, 0
        runs_of_pages=True, new_pages=True, min_pages=53, min_per_category=0),
    # Held-out 224 comes only from UK employment law writing on disability discrimination: law firms' and
    # chambers' summaries of employment tribunal and EAT decisions, solicitors' guides for employees and employers
    # on disability, reasonable adjustments and mental health at work, commentary on ACAS guidance, trade press
    # (Personnel Today, Employee Benefits, Law Society Gazette, Estates Gazette, The Lawyer, Morning Star, Tribune)
    # and news of tribunal awards. Must-flag is mostly "suffers/suffering from/with" (a condition, depression,
    # bipolar, cancer, dyslexia), with three "sufferer(s)", one "the disabled loo", one "the elderly"; "people with
    # disabilities", "autism spectrum disorder", "people with autism", "mental illness" are suggestion-level and
    # allowed. Low must-flag share (11 %). No legal-term or explained-legal sentence (min_per_category=0).
    "heldout224": HeldOut(
        360, (0.05, 0.2), "24d269b: 0.905, 0.927, 0.927, 1.2%, 0",
        {"precision": 0.97, "recall": 0.92, "stigmatising_recall": 0.92},   # now 0.974, 0.927, 0.927
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0031, 0
        runs_of_pages=True, new_pages=True, min_pages=60, min_per_category=0),
    # Held-out 225 comes only from UK universities' and colleges' writing for care-experienced and estranged
    # students: universities' care leaver and estranged student support and bursary pages (Glasgow, Bucks New,
    # Lancaster, Portsmouth, Cardiff, SUSU), colleges' looked-after learner pages and policies (Moulton, Halesowen,
    # St Brendan's, West Notts, Runshaw, New College Lanarkshire, Neath Port Talbot), UCAS, Careerpilot, KMPF, NNECL,
    # Learning and Work, Become's Propel pages, university outreach to children in care, students' own stories, DfE's
    # principles for HE providers, the Scottish Care Experienced Bursary, and news on care leavers at university.
    # Such pages mostly say "care leaver" (suggestion-level, allowed) and "care experienced"; must-flag is mostly
    # "looked after children"/"LAC"/"LAYP", "vulnerable learners/students/young people", "placement(s)" and
    # "placement breakdown". Low must-flag share (7.1 %).
    "heldout225": HeldOut(
        409, (0.04, 0.15), "24d269b: 0.812, 0.433, 0.210, 0.8%, 0",
        {"precision": 0.83, "recall": 0.49, "stigmatising_recall": 0.31},   # now 0.833, 0.500, 0.316
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0079, 0
        runs_of_pages=True, new_pages=True, min_pages=47, min_per_category=5),
    # Held-out 226 comes only from UK respite and short breaks for adults and their carers: councils' carers'
    # breaks, replacement care and day care pages (Greenwich, Worcestershire, Devon, Staffordshire, Carmarthenshire,
    # Cardiff, Hounslow, Essex, Brighton & Hove), care homes' and care agencies' respite guides, Revitalise's
    # pages, appeal and news of its closure, Shared Care Scotland and the Short Breaks Fund, Welsh Government and
    # Carers Trust Wales on short breaks, Caring Breaks in Belfast, carers' centres' break grants, and local news
    # on respite centres closing (Hertfordshire, Southampton) or opening (Liskeard). Must-flag is mostly "respite"
    # used plainly, with "service user(s)", "elderly" and one "suffering from"; "respite" given as the other name
    # for short breaks or replacement care is a quoted mention; loved ones, clients, cared-for person, frail,
    # informal care, adult placement are allowed.
    "heldout226": HeldOut(
        360, (0.2, 0.4), "24d269b: 1.000, 0.919, 0.919, 0.0%, 0",
        {"precision": 0.99, "recall": 0.91, "stigmatising_recall": 0.91},   # now 1.000, 0.919, 0.919
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=56, min_per_category=0),
    # Held-out 227 comes only from Scottish adult support and protection writing: councils' and health and social
    # care partnerships' ASP pages (West Lothian, North Ayrshire, Perth and Kinross, Orkney, West Dunbartonshire,
    # Dumfries and Galloway, Shetland, Aberdeenshire), Adult Protection Committee pages and reports, the 2007 Act's
    # code of practice and Scottish Government guidance (APCs, learning reviews, GP guidance), Care Inspectorate
    # news on joint inspections and case reviews, Mental Welfare Commission investigations, the Scottish
    # Parliament's evidence on the Bill, NHS and provider policies, and Scottish local news on adults at risk and
    # financial harm and care workers struck off. Official pages mostly use "adult(s) at risk (of harm)"; must-flag
    # is mostly "vulnerable adults" and "vulnerable people" in news, older pages and APC pages, with "elderly",
    # "lack capacity" and "service user(s)". Low must-flag share (about 9.5 %); one explained-legal and two
    # legal-term sentences (min_per_category=0).
    "heldout227": HeldOut(
        496, (0.05, 0.2), "b594eb8: 0.880, 0.936, 0.933, 1.1%, 1",
        {"precision": 0.89, "recall": 0.93, "stigmatising_recall": 0.93},   # now 0.898, 0.936, 0.933
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0089, 1
        runs_of_pages=True, new_pages=True, min_pages=53, min_per_category=0),
    # Held-out 217 comes only from UK young carers' and young adult carers' writing: local young carers' projects
    # and carers' centres (Centre 33, Brighton and Hove Carers Hub, Carers Trust partners, Salford, Signpost, Carers
    # Link Lancashire, Carers First, Action for Carers Surrey), schools' and academies' young carers policies and
    # pages, councils' pages (Coventry, Hammersmith & Fulham, Welsh Government ID cards), Carers Trust, Babble and
    # The Children's Society pages and press releases, SCIE's breaks guidance, young carers' own stories and blogs,
    # awareness and action day posts, and local and national news on young carers' awards and funding. Such pages
    # mostly use the preferred wording; must-flag is mostly "respite", "suffers from", "vulnerable people/families/
    # children", with one each of "addicts", "BAME", "wheelchair bound", "hard to reach", "looked after child",
    # "schizophrenic mother"/"epileptic father", "crippled"; "siblings", "peers", "loved ones", "substance misuse",
    # "mental illness" are suggestion-level and allowed. Low must-flag share (7.1 %). No legal-term or
    # explained-legal sentence (min_per_category=0).
    "heldout217": HeldOut(
        406, (0.05, 0.15), "c30e1eb: 0.964, 0.871, 0.871, 0.3%, 0",
        {"precision": 0.99, "recall": 0.87, "stigmatising_recall": 0.87},   # now 1.000, 0.871, 0.871
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=68, min_per_category=0),
    # Held-out 220 comes only from UK students' practice placement writing: universities' and NHS/training hubs'
    # pages for social work, nursing, midwifery, medical, paramedic, OT/physio and trainee teacher placements,
    # NMC, GMC and Social Work England pages, practice educators' and supervisors' guidance, placement learning in
    # care homes, hospices and homelessness charities, Community Care and Nursing Times, and students' own
    # placement blogs. "Placement" is almost always the student's work placement (other-sense); must-flag is
    # mostly "service user(s)", "elderly", "cases" meaning people, one foster "placements", "challenging
    # behaviours", "suffered from", "vulnerable" children. Must-flag share is low (about 8 %); no legal-term or
    # explained-legal sentence (min_per_category=0).
    "heldout220": HeldOut(
        514, (0.05, 0.2), "c30e1eb: 0.299, 0.844, 0.844, 18.4%, 1",
        {"precision": 0.36, "recall": 0.84, "stigmatising_recall": 0.84},   # now 0.362, 0.844, 0.844
        {"must_not_flag_flagged_share": 0.14, "findings_in_names": 1},      # now 0.1398, 1
        runs_of_pages=True, new_pages=True, min_pages=74, min_per_category=0),
    # Held-out 216 comes only from UK housing disrepair, damp and mould writing: social landlords' and councils'
    # damp and mould policies (Kingston, STAR, Oak Housing, Great Places, Hammersmith & Fulham), Awaab's Law
    # consultation and guidance, the government's damp and mould health guidance, the Rochdale inquest and the
    # regulator's judgement on Rochdale Boroughwide Housing and news of them, the Housing Ombudsman's damp and mould
    # and vulnerability spotlight reports and decisions, Shelter's and councils' advice pages, disrepair
    # solicitors, council motions and minutes, tenants' unions (ACORN), temporary accommodation conditions
    # and local news about damp homes and tenants. Must-flag is mostly "elderly", "vulnerable people/groups/
    # families" and "suffer from/with"; "customers" for tenants, "vulnerable residents/tenants/households", "the
    # most vulnerable", "loved ones", "clients" and "homeless families" are suggestion-level and allowed. Many
    # "cases" of damp and mould, "non-compliant" judgements on landlords, "significant risk of harm" and families
    # "placed" in temporary accommodation are other senses. No legal-term or explained-legal sentence
    # (min_per_category=0).
    "heldout216": HeldOut(
        329, (0.05, 0.2), "5386822: 0.842, 0.889, 0.889, 2.0%, 0",
        {"precision": 0.94, "recall": 0.91, "stigmatising_recall": 0.91},   # now 0.943, 0.917, 0.917
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0068, 0
        runs_of_pages=True, new_pages=True, min_pages=73, min_per_category=0),
    # Held-out 221 comes only from UK domestic homicide reviews (DHRs): community safety partnerships' and councils'
    # DHR pages, published executive summaries, overview reports and learning briefs (Safer Devon, Islington,
    # Brighton & Hove, Birmingham, South Worcestershire ...), Home Office DHR guidance and analyses, the Domestic
    # Abuse Commissioner's report, AAFDA and researchers' pages, and local news about published reviews. DHR writing
    # mostly uses the preferred wording; "domestic violence" (28 sentences), "offender", "alcohol misuse",
    # "known to services", "loved one", "clients" are suggestion-level and allowed, and "case" for a death under
    # review is other-sense. Low must-flag share (5.2 %); no legal-term or explained-legal sentence
    # (min_per_category=0). Small (212 sentences, 52 pages): the helper had under an hour.
    "heldout221": HeldOut(
        212, (0.04, 0.4), "5386822: 0.846, 1.000, 1.000, 1.0%, 1",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=52, min_per_category=0),
    # Held-out 218 comes only from UK hospital, hospice, prison and care home chaplaincy and spiritual care writing:
    # NHS and mental health trusts' chaplaincy pages (Cornwall, Southampton, AWP, Mersey Care, NELFT, Lancashire,
    # East and North Herts, Dartford, Colchester), chaplaincy research on service users' views, hospices' spiritual
    # care pages, prison, community and young offender institution chaplaincy (news, charities, blogs, the 1988 YOI
    # rules), dioceses', churches' and MHA's dementia and care home ministry, and chaplains' blogs. Must-flag (14 %)
    # is mostly "service users", "elderly" and "young offenders"; "clients", "ex-offenders", "offenders", "loved ones"
    # and "frail" are suggestion-level and allowed. No legal-term, explained-legal or quoted-mention sentence
    # (min_per_category=0).
    "heldout218": HeldOut(
        262, (0.1, 0.25), "bcf8063: 0.872, 0.919, 0.919, 1.8%, 3",
        {"precision": 0.92, "recall": 0.94, "stigmatising_recall": 0.94},   # now 0.921, 0.946, 0.946
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 2},      # now 0.0133, 2
        runs_of_pages=True, new_pages=True, min_pages=62, min_per_category=0),
    # Held-out 219 comes only from UK courts' and tribunals' guidance and writing on disability, mental health and
    # vulnerable witnesses and parties: Equal Treatment Bench Book chapters and commentary (Judicial College copies,
    # LAG, Cloisters, Equally Ours), HMCTS reasonable adjustments text, CPS special measures guidance, the Advocate's
    # Gateway, registered and court-appointed intermediaries (RCSLT, providers, the Guardian, the Times), Citizens
    # Advice Witness Service, Practice Directions and rules on vulnerable parties (FPR 3A/PD 3AA, CPR PD 1A, tribunal
    # PD, Court of Protection rule 1.2), Mental Health Tribunal pages, disabled jurors and deaf court users, SRA and
    # Law Society guidance, chambers' and solicitors' blogs and legal news. Must-flag is mostly "vulnerable
    # people/person/adults", "suffer(ing) from", "lack(s) capacity" and "the elderly"; "people with disabilities",
    # "offenders", "special needs", "mental illness" and "the most vulnerable" are suggestion-level and allowed;
    # "vulnerable witness(es)/defendants" (the statutory category) is must-not-flag. Few name-title and
    # quoted-mention sentences (min_per_category=0).
    "heldout219": HeldOut(
        403, (0.08, 0.2), "0cd2337: 0.676, 0.877, 0.938, 5.8%, 1",
        {"precision": 0.78, "recall": 0.89, "stigmatising_recall": 0.95},   # now 0.785, 0.895, 0.958
        {"must_not_flag_flagged_share": 0.04, "findings_in_names": 1},      # now 0.0346, 1
        runs_of_pages=True, new_pages=True, min_pages=58, min_per_category=0),
    # Held-out 211 comes only from UK continence, bladder and bowel, and stoma writing: NHS continence services'
    # pad leaflets and policy (an NHS trust, a community interest company, the ACA consensus document, NHS England,
    # the Department of Health's 2000 guidance), Hansard answers and news on pad cuts and rationing, care homes',
    # home care and care trainers' continence pages, the BGS, Bladder & Bowel UK, ERIC, Colostomy UK, IA, Crohn's &
    # Colitis UK and IBD features, suppliers' pages and stoma blogs. Must-flag is mostly "suffer from/with",
    # "sufferers" and "the elderly"; "loved one", "complex needs", "frail", "people with disabilities" are
    # suggestion-level and allowed. No legal-term or explained-legal sentence (min_per_category=0).
    "heldout211": HeldOut(
        248, (0.1, 0.25), "810be64: 1.000, 0.865, 0.865, 0.0%, 0",
        {"precision": 0.99, "recall": 0.89, "stigmatising_recall": 0.89},   # now 1.000, 0.892, 0.892
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=48, min_per_category=0),
    # Held-out 213 comes only from UK pages about meals on wheels, community meals, lunch clubs and older people's
    # nutrition: councils' community meals pages (Sandwell, Renfrewshire, North Ayrshire, Torfaen, Rhondda Cynon Taf),
    # providers and village pages about them (Wiltshire Farm Foods, Oakhouse, a live-in care agency's blog), church,
    # village and charity lunch clubs (Mount Pleasant, Moortown Baptist, St George's Dorchester, Dunholme,
    # Edwinstowe, Hanover, Royal Voluntary Service, Age UK), malnutrition in later life (Malnutrition Task Force,
    # Age UK, BAPEN, a home care provider) and local and national news about cuts, grants and Christmas lunches.
    # Must-flag is mostly "elderly", "vulnerable people/pensioners/older people", "service user(s)", "senior
    # citizens", "OAPs", one "diabetics" and "suffering from" malnutrition; "pensioners", "frail", "customers",
    # "over 65s/70s", "loved ones" and "our most vulnerable" are suggestion-level and allowed. No legal-term or
    # explained-legal sentence (min_per_category=0).
    "heldout213": HeldOut(
        336, (0.1, 0.4), "810be64: 1.000, 0.902, 0.902, 0.0%, 0",
        {"precision": 0.99, "recall": 0.9, "stigmatising_recall": 0.9},   # now 1.000, 0.902, 0.902
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=46, min_per_category=0),
    # Held-out 215 comes only from UK writing on disability hate crime and mate crime: police forces' and PCCs'
    # pages (Derbyshire, Thames Valley, Kent, Gloucestershire, West Yorkshire, Devon and Cornwall, NPCC), CPS guidance,
    # policy statements and case news, Stop Hate UK, Mencap, Dimensions (#ImWithSam), Ann Craft Trust, ARC's Safety Net,
    # safeguarding boards' and councils' mate crime and cuckooing pages (Bradford, Bristol, Warwickshire, Newham,
    # Southwark), EHRC "Hidden in plain sight" write-ups and local news about crimes against disabled people. Such
    # pages mostly say "disabled people" and "people with a learning disability"; must-flag is "vulnerable people /
    # adults / the vulnerable", "offender(s)", with one each of "the disabled", "service users", "elderly", two
    # "drug/alcohol abuse" and two "disabled bay/parking". "People with disabilities", "people with ... autism",
    # "learning disabled", "the most vulnerable" and "domestic violence" are suggestion-level (allowed). Low
    # must-flag share (about 9 %); almost no legal-term or explained-legal sentence (min_per_category=0).
    "heldout215": HeldOut(
        380, (0.05, 0.15), "810be64: 0.941, 0.914, 0.912, 0.3%, 1",
        {"precision": 0.94, "recall": 0.91, "stigmatising_recall": 0.91},   # now 0.941, 0.914, 0.912
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0029, 1
        runs_of_pages=True, new_pages=True, min_pages=57, min_per_category=0),
    # Held-out 212 comes only from UK falls prevention and bone health writing: NHS falls clinics and referral pages,
    # ambulance and volunteer falls response and lifting services (Scottish, Cornwall, NWAS, St John Ambulance Cymru,
    # LIVES), strength and balance classes (Steady Steps, Age UK Oldham, Stay Strong Stay Steady, Hounslow), care home
    # falls toolkits, home care providers' falls advice, the Royal Osteoporosis Society's releases, and local news on
    # hip fractures and falls admissions. Must-flag is mostly "elderly" (falls in the elderly, elderly fallers), with
    # "service users", "sufferers", "package of care", "substance abuse", "respite care", "suffering from" and one
    # "vulnerable, older adults"; pensioner, over-65s, loved ones, clients, frail and adult care plans are allowed.
    # No legal-term, explained-legal or quoted-mention sentence (min_per_category=0). Low must-flag share (7.1 %).
    "heldout212": HeldOut(
        409, (0.03, 0.15), "ada54d0: 1.000, 0.967, 0.967, 0.0%, 0",
        {"precision": 0.99, "recall": 0.96, "stigmatising_recall": 0.96},   # now 1.000, 0.967, 0.967
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=47, min_per_category=0),
    # Held-out 214 comes only from UK telecare, community alarm, lifeline and technology-enabled care writing:
    # councils' careline pages (Kirklees, Harlow, Chesterfield, Wandsworth), local news on councils' telecare
    # charges (Lancashire, Midlothian, Shropshire, Central Bedfordshire, Dudley, Glasgow, Southwark, Crawley, Ealing),
    # the analogue-to-digital switchover (two DHSC action plans, Which?, Social Care Today, Telecare Aware, Housing
    # LIN, Appello), Tunstall and Essex press releases, GPS trackers for people with dementia (Warwickshire, Ealing,
    # Suffolk, Devon, Avon and Somerset Police, the Met) and falls detectors. Must-flag is "dementia sufferers",
    # "elderly", "vulnerable people", "service users", "the disabled", "care package"; "customers", "pensioners",
    # "wandering", "dementia patients", "frail", "the most vulnerable" are suggestion-level (allowed), and
    # "vulnerable residents/tenants/telecare users" is allowed as a glossary gap. 336 sentences from 40 pages,
    # must-flag 17 %; no legal-term, quoted-mention or explained-legal sentence (min_per_category=0).
    "heldout214": HeldOut(
        330, (0.12, 0.22), "ada54d0: 0.984, 1.000, 1.000, 0.4%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=40, min_per_category=0),
    # Held-out 210 comes only from UK vaccination and immunisation programme writing: NHS England, ICB, CCG, trust,
    # GP and council pages and local and national news on flu, COVID-19, shingles and RSV (in pregnancy) jabs for
    # housebound people, care home residents and staff, people with a learning disability, people who are homeless,
    # pregnant women, people with asthma or diabetes, and lawyers' notes on consent and capacity for care home
    # vaccination. Must-flag is mostly "vulnerable people/patients/residents", "the vulnerable", "elderly", "lack(s)
    # capacity" and "service users"; "the most vulnerable", "homeless people", "clients", "over-70s", "loved ones"
    # "pensioners" and "best interests decision" are suggestion-level (allowed); "OAPs" is must-flag. No quoted-mention
    # sentence (min_per_category=0).
    "heldout210": HeldOut(
        450, (0.08, 0.2), "25a6f54: 0.980, 0.766, 0.789, 0.3%, 0",
        {"precision": 0.98, "recall": 0.81, "stigmatising_recall": 0.84},   # now 0.981, 0.812, 0.842
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0025, 0
        runs_of_pages=True, new_pages=True, min_pages=50, min_per_category=0),
    # Held-out 207 comes only from UK grant-giving charities for disabled and seriously ill children and their
    # families writing as themselves (Family Fund, Caudwell Children, Newlife, Children Today, React, Lifeline 4 Kids,
    # Make-A-Wish UK, Rays of Sunshine, When You Wish Upon a Star, Wishes 4 Kids, Round Table Children's Wish)
    # and local news about the grants, equipment and wishes they give (trikes, wheelchairs, beds,
    # holidays). Such pages mostly say "disabled children" and "children with disabilities", so must-flag is low:
    # "suffers/suffering from", "respite", "non-verbal", "confined to a wheelchair", "vulnerable group", one "OAP";
    # "special needs", "complex needs", "peers", "siblings" and "people with disabilities" are suggestion-level and
    # allowed. No legal-term or explained-legal sentence (min_per_category=0).
    "heldout207": HeldOut(
        221, (0.03, 0.10), "5144f6d: 1.000, 1.000, 1.000, 0.0%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=53, min_per_category=0),
    # Held-out 209 comes only from UK pages about care home visiting and residents' rights: Rights for Residents,
    # John's Campaign and pages about it (an NHS trust, Southwark Carers, Dementia Roadmap), the Relatives & Residents
    # Association's pages and relatives' stories, Care Rights UK, DHSC and CQC visiting guidance and Regulation 9A,
    # lawyers' notes, news on visiting bans and the Commons debates on contact in care settings. Such pages mostly
    # say "older people" and "residents"; must-flag is "elderly", "vulnerable people", "the most vulnerable" and
    # "service users", with one "wandering" and one "placements". "Loved ones", "care settings", "frail" and "passed
    # away" are suggestion-level (allowed); Anne's Law pages from Scotland too. Low must-flag share (about 5 %).
    "heldout209": HeldOut(
        320, (0.03, 0.15), "5144f6d: 0.857, 0.750, 0.750, 0.6%, 0",
        {"precision": 0.92, "recall": 0.74, "stigmatising_recall": 0.74},   # now 0.923, 0.750, 0.750
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0032, 0
        runs_of_pages=True, new_pages=True, min_pages=50, min_per_category=0),
    # Held-out 206 comes only from UK writing about scams and fraud against older and disabled people: Trading Standards
    # and councils' scam and call-blocker pages (Trafford, York, Shropshire, West Sussex, Staffordshire, Dudley,
    # Wycombe, Trading Standards Scotland, the Trading Standards Institute), Friends Against Scams (Cleveland PCC),
    # Action Fraud and police courier-fraud and distraction-burglary advice (Northamptonshire, Cheshire, Wiltshire), Age
    # UK's scams pages, Citizens Advice, the Banking Protocol (bank and building society staff), scams and people with a
    # learning disability (Take Five and Mencap, Sutton Carers Centre on mate crime, Enable Magazine), and local news on
    # rogue traders, courier fraud and doorstep crime. Must-flag is mostly "elderly" (the elderly and vulnerable,
    # elderly relatives/victims), "vulnerable people/individuals/members of society", "the most vulnerable", one
    # "vulnerable adults" and one "commit suicide"; pensioner, loved ones, frail, offenders and "over 65s" are allowed.
    # Small (helper had about thirty minutes); no legal-term or explained-legal sentence (min_per_category=0).
    "heldout206": HeldOut(
        298, (0.18, 0.3), "d1435d0: 1.000, 0.949, 0.949, 0.0%, 0",
        # The helper's one run, before it fixed four of its own vulnerable-groups labels to match the rest of the
        # set: 0.948, 0.948, 0.948, 0.0%, 0.
        {"precision": 0.99, "recall": 0.94, "stigmatising_recall": 0.94},   # now 1.000, 0.949, 0.949
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=45, min_per_category=0),
    # Held-out 208 comes only from UK support for families of prisoners: Children Heard and Seen (its own pages and
    # pages about it), Families Outside (Scotland), Nepacs news and visiting FAQs, Pact's and Spurgeons' visitors'
    # centre pages, Barnardo's and POPS on i-HOP and Community Support for Offenders' Families, NICCO, an archived NOMS
    # children and families pathway page, offender-management partnerships' family pages (Bristol, Wales), a school's
    # page, Pact's helpline, first-night and evaluation pages, the Farmer Review and its write-ups (Lord Farmer, Clinks
    # call, Russell Webster, Ekklesia, PoliticsHome, James Mumford) and partners' own stories (blogs, i, Belfast
    # Telegraph). Must-flag is almost all "offender(s)" used about people ("families of offenders", "female offenders",
    # "offender wellbeing") plus one "young offenders" and one "service users"; "loved ones", "siblings" and "peers" are
    # suggestion-level (allowed). Small set built in about half an hour; no legal-term or explained-legal sentence.
    "heldout208": HeldOut(
        298, (0.07, 0.20), "d1435d0: 0.875, 1.000, 1.000, 1.9%, 0",
        # The helper's one run, before it fixed two labels (a vulnerable-groups it had missed, an ex-con it had
        # called no entry): 0.829, 1.000, 1.000, 2.6%, 0.
        {"precision": 0.87, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.875, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.025, "findings_in_names": 0},      # now 0.0190, 0
        runs_of_pages=True, new_pages=True, min_pages=46, min_per_category=0),
    # Held-out 203 comes only from UK obesity and weight management writing: NHS tier 3 weight management and bariatric
    # surgery pages (Humber and North Yorkshire ICB, Bedfordshire Hospitals, Devon, Derbyshire Community Health
    # Services, Blackpool, NHS Direct Wales, Eve Hill and Bay medical practices, County Durham and Darlington), the NHS
    # Digital Weight Management Programme (NHS England, Sheffield, Stansted, North Tyneside, Midlands and Lancashire
    # CSU), councils' healthy weight pages (Wandsworth, North Tyneside's Healthy Weight Declaration, Central
    # Bedfordshire JSNA, Warwickshire, Sunderland's tier 2 evaluation), obesity charities and patient groups (Obesity
    # UK/HOOP UK, UKCPO, Food Active, Weight Concern), Healthwatch Wigan, research news (Oxford, KCL, NIHR ARCs) and
    # news about people living with obesity (bariatric equipment, fire rescues, Wegovy, refused surgery, the NCMP
    # letters). Must-flag is mostly "obese patients/people" and "service users"; "obese" as an adjective, "client" and
    # "frail" are suggestion-level and allowed. Such pages mostly say "people living with obesity", so the share is low.
    "heldout203": HeldOut(
        491, (0.03, 0.15), "ae76280: 0.882, 1.000, 1.000, 0.9%, 0",
        {"precision": 0.93, "recall": 0.96, "stigmatising_recall": 0.96},   # now 0.935, 0.967, 0.967
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0043, 0
        runs_of_pages=True, new_pages=True, min_pages=60, min_per_category=0),
    # Held-out 201 comes only from UK news about life in care homes: local papers' stories and care groups' and homes'
    # own news pages (HC-One, Barchester, Colten Care, Orchard, Hill Care, Signature ...) on 100th birthdays, animal,
    # school and nursery visits, fundraising, Christmas and carols, VE Day, knitting clubs, harvest festivals, music
    # therapy and one home's closure. Must-flag is mostly "elderly" (elderly residents, the elderly, home for the
    # elderly, elderly care), with "suffering from/with dementia", "dementia sufferers", "respite", one "service
    # users", one "vulnerable children" and one "old people's home"; "loved ones", "pensioner(s)", "client(s)" and
    # "people with disabilities" are suggestion-level (allowed). Runs were cut to the sentences between the first and
    # last listed word on each page, and pages with none were left out (most birthday and animal-visit stories use
    # plain wording). Small set; no legal-term or explained-legal sentence (min_per_category=0).
    "heldout201": HeldOut(
        167, (0.15, 0.35), "bf52df4: 0.863, 0.978, 0.978, 3.3%, 2",
        {"precision": 0.87, "recall": 0.97, "stigmatising_recall": 0.97},   # now 0.880, 0.978, 0.978
        {"must_not_flag_flagged_share": 0.04, "findings_in_names": 2},      # now 0.0328, 2
        runs_of_pages=True, new_pages=True, min_pages=60, min_per_category=0),
    # Held-out 205 comes only from UK farming and rural community welfare writing: RABI (its blog and news of its
    # grants, hampers and care-home top-ups for retired and older farmers), YANA, the Farming Community Network, the
    # Farm Safety Foundation's and the NFU's Mind Your Head pages, the DPJ Foundation and the FUW, Tir Dewi, RSABI, the
    # Addington Fund and Forage Aid, older farmers and rural isolation (Farming Life NI, Countrymen UK, a Cheshire
    # agricultural chaplaincy, Community Care 2003), and news about farmers' depression, suicide and hardship. Must-flag
    # is mostly "suffer(ing) from/with" a mental health problem or depression, "sufferers", "elderly", "the (sick and)
    # disabled", "commit suicide" and "vulnerable people"; client, loved ones, mental illness, frail, over 50s and "the
    # most vulnerable" are allowed. Small (206 sentences, 56 pages; helper had about forty minutes), no legal-term or
    # explained-legal sentence (min_per_category=0).
    "heldout205": HeldOut(
        200, (0.12, 0.25), "d438f57: 0.941, 0.800, 0.800, 1.2%, 0",
        {"precision": 0.94, "recall": 0.89, "stigmatising_recall": 0.89},   # now 0.947, 0.900, 0.900
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 0},      # now 0.0120, 0
        runs_of_pages=True, new_pages=True, min_pages=56, min_per_category=0),
    # Held-out 204 comes only from UK organ, blood and stem cell donation and transplant writing: NHS Blood and
    # Transplant and NHS Organ Donation news (ethnicity reports, over-50s donors, sickle cell blood appeals), Anthony
    # Nolan pages and blogs, Kidney Wales, Kidney Research UK, the National Kidney Federation, UK Kidney History, NHS
    # trusts' renal and transplant pages (UHCW, NNUH), local and national news on donor appeals, dialysis units and
    # transplant patients (York Press, BBC, ITV, Yorkshire Post, Herald, Belfast Telegraph, Norwich Evening News, The
    # Voice, Birmingham Press, Daily Mail, Observer, Metro), an MP's page, donors' and patients' blogs. Must-flag is
    # mostly "BAME", "sufferer(s)", "suffers/suffered from", two "the elderly", two "extremely vulnerable groups" and
    # one "diabetics"; loved ones, siblings, over 50s, middle aged, special needs and normal are allowed. Low must-flag
    # share (such pages mostly say "patients with ..."); no legal-term sentence (min_per_category=0).
    "heldout204": HeldOut(
        202, (0.15, 0.45), "5f7012a: 0.983, 0.950, 0.950, 0.7%, 0",
        {"precision": 0.98, "recall": 0.94, "stigmatising_recall": 0.94},   # now 0.983, 0.950, 0.950
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},      # now 0.0070, 0
        runs_of_pages=True, new_pages=True, min_pages=49, min_per_category=0),
    # Held-out 202 comes only from UK befriending and loneliness writing: Age UK branches' and Independent Age's
    # befriending pages, Re-engage (formerly Contact the Elderly) and its tea parties, The Silver Line in its own
    # words and in the news, Friends of the Elderly's Phoning Friends and Be a Friend, local befriending schemes and
    # telephone friendship services (Octavia, Food Train, Age Concern Luton, Shipley, Volunteering Matters), the
    # Campaign to End Loneliness, the LGA and Parliament on loneliness strategy, and news about lonely and isolated
    # older people (deaths found late, a coroner, winter, Christmas), Age UK's Call in Time and Telephone Friendship
    # Service. Must-flag is mostly "the elderly"/"elderly people", with
    # "vulnerable people", "hard to reach", "the long-term disabled" and one "service user"; pensioner(s), frail,
    # the most vulnerable, loved one, client, over-50s, peers and suffering from loneliness are suggestion-level
    # (allowed). Such pages mostly say "older people", so the must-flag share is low. No legal-term sentence.
    "heldout202": HeldOut(
        492, (0.04, 0.15), "0ddf7ca: 0.951, 0.951, 0.951, 0.4%, 0",
        {"precision": 0.95, "recall": 0.95, "stigmatising_recall": 0.95},   # now 0.951, 0.951, 0.951
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0044, 0
        runs_of_pages=True, new_pages=True, min_pages=71, min_per_category=0),
    # Held-out 200 comes only from UK wheelchair services and wheelchair provision writing: NHS wheelchair and seating
    # services' pages (Milton Keynes, Bradford special seating, Lancashire, NHS Fife, NHS Grampian, Millbrook's FAQs)
    # and personal wheelchair budget pages (NHS England, Homerton, Sheffield, Hull, Croydon), Whizz-Kidz news, blogs and
    # young people's stories, the Wheelchair Alliance and reports on it (Spinal Injuries Association, Disability News
    # Service), Healthwatch reports (Bolton, Suffolk), Surrey Coalition case stories, charity grant stories (Steve
    # Morgan Foundation, Designability), wheelchair users' own blogs and forum posts, and local and national news on
    # waits and broken chairs. Must-flag is mostly "service users", "suffers from", "able-bodied", "elderly", one
    # "wheelchair-bound", one "disabled loos" and one "vulnerable members of society"; "client", "pensioner", "complex
    # needs", "loved ones" and "people with disabilities" are suggestion-level (allowed). Written mostly by services and
    # by wheelchair users, the pages use the preferred wording, so must-flag is low (about 5%). No legal-term sentence.
    "heldout200": HeldOut(
        355, (0.02, 0.10), "480cf69: 0.944, 1.000, 1.000, 0.3%, 0",
        {"precision": 0.94, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.944, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0030, 0
        runs_of_pages=True, new_pages=True, min_pages=71, min_per_category=0),
    # Held-out 197 comes only from UK kinship care writing: councils' family and friends care policies (Bolton,
    # Portsmouth, Dorset, Slough, Rochdale), Kinship (formerly Grandparents Plus) and Family Rights Group pages and
    # press releases, news on the national kinship care strategy (Community Care, Adoption UK, Today's Family Lawyer), a
    # solicitor's news page, the Guardian and Fostertalk on special guardians, Gransnet's guide and a student feature on
    # grandparent carers, BBC and ITV (a grandparent carer's blog) on kinship carers, a Buckinghamshire special
    # guardianship guide, a solicitor's page on support plans, mygov.scot, Kent's fostering handbook, Achieving for
    # Children, an East Lothian blog, Kinship's written evidence to Parliament and the Good Giving List. Must-flag is
    # "placement(s)", "looked after child(ren)", "an alcoholic" and one "contact arrangements"; foster carers, siblings,
    # birth parents, special guardianship order, parental responsibility, care order, special needs and permanence are
    # suggestion-level (allowed). Small set (helper had about half an hour), no minimum per category.
    "heldout197": HeldOut(
        283, (0.02, 0.12), "aef0b1b: 0.944, 1.000, 1.000, 0.4%, 1",
        # The helper's one run, before it allowed the suggestion-level special-guardianship-order on fifteen
        # sentences it had missed: 0.515, 1.000, 1.000, 6.0%, 1 (--pages: precision 0.630, 3.7% flagged).
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=33, min_per_category=0),
    # Held-out 194 comes only from UK cancer charities and cancer support services writing as themselves
    # (Macmillan, Maggie's, Teenage Cancer Trust, Cancer Research UK campaigns, local cancer support and
    # transport charities, NHS trusts' Macmillan information services) and local and national news about
    # people living with cancer. Must-flag is mostly "cancer sufferer(s)" and "suffering from/with cancer",
    # one "cancer victim", one "elderly patients" and one "the frail and vulnerable"; "loved ones", "client",
    # "carers' assessment" and "respite" are suggestion-level (allowed). Aggressive cancer and normal test
    # results are other-sense. Small (151 sentences, 39 pages). No legal-term sentence (min_per_category=0).
    "heldout194": HeldOut(
        151, (0.10, 0.20), "020da91: 1.000, 0.909, 0.909, 0.0%, 0",
        {"precision": 0.99, "recall": 0.95, "stigmatising_recall": 0.95},   # now 1.000, 0.955, 0.955
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=39, min_per_category=0),
    # Held-out 195 comes only from UK inclusion health writing: Pathway and its hospital teams, Groundswell's homeless
    # health peer advocacy, GP registration for people who are homeless (CQC Nigel's surgery, a homeless healthcare
    # service), Doctors of the World UK and migrants' access to NHS care, NHS England's inclusion health framework, NHS
    # outreach for Gypsy, Roma and Traveller communities, ICBs' and PCNs' inclusion health work, and news on hospital
    # discharge to the street, street nursing and detox. Must-flag is mostly "vulnerable people/migrants/groups", with
    # "seldom heard", "chaotic lives", "suffered from", "priority need" and "local connection"; "homeless
    # people/patients", "rough sleepers", "complex needs" and "substance misuse" are suggestion-level (allowed). Written
    # by inclusion health services, the pages mostly use preferred wording, so the must-flag share is low.
    "heldout195": HeldOut(
        252, (0.02, 0.15), "fa633d3: 1.000, 0.733, 0.750, 0.0%, 0",
        {"precision": 0.99, "recall": 0.86, "stigmatising_recall": 0.91},   # now 1.000, 0.867, 0.917
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=37, min_per_category=0),
    # Held-out 198 comes only from UK LeDeR writing (learning from lives and deaths of people with a learning
    # disability and autistic people): Mencap's, INQUEST's, CBF's and lawyers' responses to the national reports,
    # news and trade press on them, an ICB annual report, ministers' statements, an NHS England blog and inquest
    # reporting, council board minutes and an NHS England FAQ. Such pages use the preferred wording almost
    # throughout; listed words are mostly suggestion-level ("learning disabled", "loved one", "people with ...
    # autism", "cases"), allowed. Must-flag is two "BAME". No legal-term, explained-legal or quoted-mention sentence
    # (min_per_category=0). Small: the helper had 25 minutes.
    "heldout198": HeldOut(
        83, (0.02, 0.4), "b130f34: 0.500, 1.000, 1.000, 2.5%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=21, min_per_category=0),
    # Held-out 196 comes only from UK sex work support services and writing on sexual exploitation of adults:
    # Basis Yorkshire and the Leeds Managed Approach, the LGA on Southend's street-based sex workers, Streetlight UK,
    # Beyond the Streets, a Housing First pilot, Scottish guidance on street prostitution. Small (about 25 minutes'
    # collecting): no legal-term or explained-legal sentence (min_per_category=0).
    "heldout196": HeldOut(
        51, (0.10, 0.30), "8f1baed: 1.000, 0.778, 0.778, 0.0%, 0",
        {"precision": 0.99, "recall": 0.77, "stigmatising_recall": 0.77},   # now 1.000, 0.778, 0.778
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=9, min_per_category=0),
    # Held-out 199 comes only from UK writing for families about lasting powers of attorney, deputyship,
    # appointeeship and the Court of Protection: solicitors' and will-writers' LPA and deputyship explainers,
    # dementia pages around Dementia Action Week, councils' appointeeship and deputyship services and procedures,
    # GOV.UK's deputy report page, Court of Protection case write-ups and news of attorneys removed for financial
    # abuse. Must-flag is mostly "elderly" / "the elderly", "dementia sufferer(s)" / "suffering from dementia",
    # "suffers from/with", two "vulnerable adults"; LPA, best interests, loved ones, pensioner, client, frail and
    # lacks capacity with the decision named are allowed. Only one legal-term sentence (min_per_category=0).
    "heldout199": HeldOut(
        496, (0.04, 0.25), "98dc4ba: 0.968, 0.909, 0.906, 0.0%, 0",
        {"precision": 0.96, "recall": 0.96, "stigmatising_recall": 0.96},   # now 0.970, 0.970, 0.969
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=49, min_per_category=0),
    # Held-out 188 comes only from UK modern slavery and human trafficking writing: councils' and housing
    # associations' Modern Slavery Act statements, The Salvation Army, Unseen and the Modern Slavery Helpline,
    # NRM and first-responder guidance, the Home Office county lines guidance and safeguarding partnerships' pages
    # on it, anti-trafficking charities, police and local news on county lines, cuckooing and car wash raids, and
    # news on the detention of trafficking victims. Must-flag is mostly "vulnerable people/individuals/adults/
    # children", four "illegal immigrants", one "vulnerable addicts", one "drug users" and two "suffering from/
    # with"; "the most vulnerable", "client", "drug mule", "offender" and "care leavers" are suggestion-level
    # (allowed). "Victims of" a crime, contact as a verb and criminal cases are other-sense. No legal-term or
    # explained-legal sentence (min_per_category=0).
    "heldout188": HeldOut(
        477, (0.08, 0.25), "a866599: 0.922, 0.952, 0.951, 1.0%, 2",
        # Its helper allowed the suggestion-level deported-refused on one sentence after its own run, before this look.
        {"precision": 0.95, "recall": 0.96, "stigmatising_recall": 0.96},   # now 0.952, 0.968, 0.967
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0048, 1
        runs_of_pages=True, new_pages=True, min_pages=69, min_per_category=0),
    # Held-out 189 comes only from UK rare disease and genetic condition charities and clinics writing as themselves
    # (Down syndrome groups, Muscular Dystrophy UK, Huntington's Disease Association and Scottish Huntington's
    # Association, Cystic Fibrosis Trust, Sickle Cell Society, Shine and SBH Scotland, Rett UK, the Fragile X
    # Society, Genetic Alliance UK, NHS clinical genetics and Rett clinics), families' fundraising pages and local
    # news about people with those conditions. Must-flag is mostly "sufferer(s)" and "suffers from", two
    # "wheelchair bound" and one "challenging behaviour"; "loved ones", "siblings" and "mental illness" are allowed.
    # No legal-term or explained-legal sentence, so no minimum per category.
    "heldout189": HeldOut(
        150, (0.08, 0.25), "a866599: 0.955, 0.955, 0.955, 0.8%, 0",
        {"precision": 0.95, "recall": 0.95, "stigmatising_recall": 0.95},   # now 0.955, 0.955, 0.955
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},      # now 0.0078, 0
        runs_of_pages=True, new_pages=True, min_pages=40, min_per_category=0),
    # Held-out 191 comes only from UK research ethics and participant writing: HRA consent and prison-research
    # guidance, GMC consent to research, university research ethics pages (adults unable to consent, under-18s,
    # DBS/CRB/PVG checks), participant information sheet templates, study recruitment pages and news, and public
    # involvement (PPI) pages of NIHR centres and NHS trusts. Must-flag is mostly "service users" (PPI pages),
    # "vulnerable adults/groups/people", "subjects", "young/juvenile offenders", "elderly" and bare "lacking capacity";
    # most capacity wording names its decision (explained-legal). Runs cut to the span holding a listed word; only
    # 1 legal-term sentence, so no minimum per category.
    "heldout191": HeldOut(
        273, (0.12, 0.30), "a866599: 0.875, 0.875, 0.872, 2.2%, 1",
        {"precision": 0.89, "recall": 0.87, "stigmatising_recall": 0.87},   # now 0.894, 0.875, 0.872
        {"must_not_flag_flagged_share": 0.025, "findings_in_names": 1},      # now 0.0178, 1
        runs_of_pages=True, new_pages=True, min_pages=47, min_per_category=0),
    # Held-out 192 comes only from UK speech, language and communication writing: stammering (STAMMA and its press
    # releases, Stand Up Foundation, local and national news on people who stammer and on bullying, stammering awareness
    # day pages), NHS speech and language therapy services (children's referral pages, adult stroke and swallowing
    # pages), Speech and Language UK / I CAN, Makaton and a nursery, aphasia charities and groups (Say Aphasia, Stroke
    # Association press releases, Speakability, Connect, Herefordshire Headway), fundraising pages and local news about
    # people with aphasia, and RCSLT pages. Must-flag is mostly "sufferers" and "suffers from" (a stammer, aphasia);
    # "suffered a stroke" is an event and allowed, as are peers, client, complex needs, parental responsibility.
    # "Stammerers" and "speech impediment" have no entry. One legal-term sentence and no explained-legal one, so no
    # minimum per category.
    "heldout192": HeldOut(
        321, (0.02, 0.10), "a866599: 1.000, 0.938, 0.933, 0.0%, 1",
        {"precision": 0.99, "recall": 0.93, "stigmatising_recall": 0.93},   # now 1.000, 0.938, 0.933
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 1},      # now 0.0000, 1
        runs_of_pages=True, new_pages=True, min_pages=58, min_per_category=0),
    # Held-out 193 comes only from UK writing about adult ADHD, dyslexia, dyspraxia and dyscalculia: NHS adult ADHD
    # services' waiting-time pages (Leeds and York, CNWL, BNSSG Remedy) and news on waiting lists, closures and the
    # medication shortage (BBC copies, i, Big Issue, Sky, PA), ADHD UK, the ADHD Foundation, the British Dyslexia
    # Association, the Dyspraxia Foundation, Dyslexia Action, assessment providers, employment lawyers' and HR press
    # pages on dyslexia at work and tribunals, universities and student press, ADHD in prisons, and personal accounts.
    # Must-flag is mostly "suffers from"/"sufferers", "young offenders", "vulnerable families/young people",
    # "elderly", one "service users", one "challenging behaviour" and one "substance abuse"; peers, offenders,
    # clients, personality disorders and co-morbidity are suggestion-level (allowed). No legal-term or
    # explained-legal sentence.
    "heldout193": HeldOut(
        342, (0.03, 0.15), "a866599: 1.000, 1.000, 1.000, 0.0%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=60, min_per_category=0),
    # Held-out 190 comes only from UK chronic illness charities, support groups and news: fibromyalgia and ME/CFS
    # support groups and charities, long covid clinics (NHS trust pages, trade and local news), psoriasis, eczema,
    # vitiligo and HS charities, endometriosis, Crohn's and colitis, lupus and chronic pain pages. Must-flag is almost
    # all "sufferer(s)" and "suffer from/with"; first-person "I suffer from", "suffering effects/issues", "suffer in
    # silence" and clinical "severe cases" are allowed. Runs cut to the span holding a listed word or near miss (pages
    # with none left out); small (the helper had under an hour); no legal-term or explained-legal sentence.
    "heldout190": HeldOut(
        219, (0.15, 0.4), "694f109: 1.000, 1.000, 1.000, 0.0%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=48, min_per_category=0),
    # Held-out 183 comes only from UK personal injury and clinical negligence solicitors' pages and the news about
    # their claims: brain injury, spinal injury, cerebral palsy and birth injury, amputation, care home negligence
    # and sepsis claims pages, their case studies and settlement news (solicitors' news pages, BBC, Evening Standard,
    # local papers) and their "life after brain injury" guides. Must-flag is mostly "suffers from" (cerebral palsy,
    # epilepsy, spinal cord injury, Erb's palsy), "elderly" on care home pages, two "victims" of a condition, one
    # "sufferer" and one "diabetic mothers"; "client", "loved ones", "complex needs", "wandering" and "defiant" are
    # suggestion-level (allowed). No legal-term or explained-legal sentence.
    "heldout183": HeldOut(
        331, (0.05, 0.2), "52bb837: 0.966, 0.824, 0.824, 0.3%, 1",
        {"precision": 0.96, "recall": 0.82, "stigmatising_recall": 0.82},   # now 0.966, 0.824, 0.824
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0034, 1
        runs_of_pages=True, new_pages=True, min_pages=57, min_per_category=0),
    # Held-out 184 comes only from UK coverage of Paralympic and disability sport: BBC Sport, ITV, Channel 4 and
    # newspapers (Guardian, Independent, Times, Evening Standard, Yorkshire Post, York Press, Press and Journal, The
    # Courier, Huddersfield Examiner, Dunmow Broadcast, West Briton), Invictus Games pages, deaf and blind football and
    # blind cricket news, the Dwarf Sports Association's games, wheelchair basketball, British Swimming, a council's
    # disability sport news, BBC Ouch and the National Paralympic Heritage Trust. Must-flag words are mostly
    # "able-bodied", "suffers from", "the disabled", "wheelchair-bound", "handicapped", "sufferers"; "dwarf athletes"
    # (the sport's own word), people with disabilities and peers are allowed. No legal-term or explained-legal
    # sentence, so no minimum per category.
    "heldout184": HeldOut(
        181, (0.10, 0.30), "52bb837: 0.917, 1.000, 1.000, 2.0%, 2",
        {"precision": 0.91, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.917, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.025, "findings_in_names": 2},      # now 0.0201, 2
        runs_of_pages=True, new_pages=True, min_pages=41, min_per_category=0),
    # Held-out 185 comes only from UK parent carer forums and parent-led SEND groups writing as themselves: forums'
    # news, survey reports, evidence and newsletters (East Sussex, Bucks, Manchester, Sunderland, Nottingham's Rainbow
    # PCF, Hampshire's Parentsactive, Greenwich, Stockton, Cheshire West, Shropshire's PACC, Brighton & Hove's PaCC),
    # the NNPCF, Contact's pages on parent carer participation, Special Needs Jungle, and local parent support groups
    # (SNAP Inverness, a North Wilts holiday club, Down's syndrome and neurodiversity groups). Such pages mostly use
    # the preferred wording, so only 10 of 198 sentences are must-flag ("respite", "vulnerable children", "high
    # functioning"); special needs, siblings, people with disabilities and complex needs are soft entries (allow).
    # Runs cut to the span holding a listed word or near miss; no legal-term sentence, so no minimum per category.
    "heldout185": HeldOut(
        198, (0.03, 0.10), "52bb837: 0.714, 1.000, 1.000, 2.1%, 2",
        {"precision": 0.71, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.714, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.03, "findings_in_names": 2},      # now 0.0213, 2
        runs_of_pages=True, new_pages=True, min_pages=48, min_per_category=0),
    # Held-out 186 comes only from UK disabled travellers' and their families' own travel writing: wheelchair users',
    # blind, deaf and autistic travellers' blogs and trip reports, parents' holiday posts (Family Fund, Firefly), and
    # newspaper and magazine travel columns by disabled writers (Falkirk Herald, Oxford Mail, The Spectator, National
    # Geographic Traveller UK). Such writers mostly use the preferred wording, so only 10 of 119 sentences are must-flag
    # ("able-bodied", "disabled toilet/parking", "non-verbal", "respite", "normal people", "elderly"); people with
    # disabilities, special needs, complex needs and "auties" are suggestion-level (allowed). Runs cut to the span
    # holding a listed word or near miss (pages with none left out); small (the helper had under an hour); no legal-
    # term or explained-legal sentence.
    "heldout186": HeldOut(
        119, (0.05, 0.15), "52bb837: 1.000, 0.800, 0.800, 0.0%, 0",
        {"precision": 0.99, "recall": 0.79, "stigmatising_recall": 0.79},   # now 1.000, 0.800, 0.800
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=37, min_per_category=0),
    # Held-out 187 comes only from UK public audit and scrutiny reports on social care, SEND, homelessness, health and
    # justice: House of Commons Committee of Public Accounts reports, statements and press notices (homelessness,
    # prisons and probation, women offenders, children in care, care leavers, learning disability, dementia, mental
    # health, children's homes), National Audit Office report pages and summaries, the Audit Commission, Audit
    # Scotland, Audit Wales, the Northern Ireland Audit Office and the NI Assembly's PAC, the Scottish Parliament's
    # Public Audit Committee, council internal audit reports (Maldon, York) and council scrutiny inquiries (Swansea,
    # Isle of Wight). Must-flag words are mostly unexplained "looked after children", "placements", "challenging
    # behaviour", "sufferers", "burden", "vulnerable adults/children", "service users"; "offenders", "care leavers",
    # "peers" and "foster carers" are suggestion-level (allowed). Small (the helper had under an hour).
    "heldout187": HeldOut(
        193, (0.15, 0.3), "52bb837: 0.972, 0.814, 0.826, 0.7%, 1",
        {"precision": 0.97, "recall": 0.81, "stigmatising_recall": 0.82},   # now 0.972, 0.814, 0.826
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 1},      # now 0.0066, 1
        runs_of_pages=True, new_pages=True, min_pages=33, min_per_category=0),
    # Held-out 182 comes only from UK think tanks' reports, briefings, blogs and evidence on welfare, poverty,
    # addiction, crime, homelessness, disability and social care (Centre for Social Justice, Policy Exchange, Reform,
    # the King's Fund, Nuffield Trust, Demos, IEA, CapX/CPS, New Local, the Institute for Government, the Social
    # Market Foundation, LGiU), some read through copies or summaries on other sites. Such pages mostly use the
    # preferred wording and soft entries (offenders, care leavers, corporate parent, the most vulnerable), all
    # allowed; must-flag is "addicts", "get clean", "vulnerable people/groups/children", "the elderly", "substance
    # abuse", "dependent on sickness benefits", "foster care placements" and one unexplained "unintentionally
    # homeless". Runs cut to the span holding a listed word or near miss; small (the helper had under an hour).
    "heldout182": HeldOut(
        130, (0.05, 0.2), "358c58e: 0.833, 0.769, 0.833, 1.7%, 0",
        {"precision": 0.83, "recall": 0.76, "stigmatising_recall": 0.83},   # now 0.833, 0.769, 0.833
        {"must_not_flag_flagged_share": 0.025, "findings_in_names": 0},      # now 0.0171, 0
        runs_of_pages=True, new_pages=True, min_pages=30, min_per_category=0),
    # Held-out 176 comes only from UK ministers' and public officials' speeches and statements as published
    # transcripts: GOV.UK speeches (DfE, DHSC, DWP, MHCLG/DCLG, MoJ, Home Office ministers, the Prime Minister,
    # Ofsted's Chief Inspectors), the Children's Commissioner's NCASC speech, and copies of GOV.UK speeches on
    # WiredGov, GovWire, Parliament Today and similar sites. Speeches mostly use the preferred wording, so only 9 of
    # 119 sentences are must-flag ("most vulnerable children", "vulnerable groups/people", "sufferer", "elderly",
    # "foster children", "failed asylum seekers"); "offenders", "rough sleepers", "foster carers" and "loved ones"
    # are suggestion-level (allowed). Small (the helper had under an hour); no legal-term or explained-legal sentence.
    "heldout176": HeldOut(
        119, (0.05, 0.15), "5a0bf09: 1.000, 1.000, 1.000, 0.0%, 0",
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},   # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=21, min_per_category=0),
    # Held-out 177 comes only from UK radio, TV and podcast episode pages and transcripts about disability, mental
    # health, care, addiction and homelessness: BBC programme pages and transcripts (Radio 4 You and Yours, All in
    # the Mind, In Touch, File on 4, Shared Experience, Case Notes, Today; Ouch / Access All; Panorama, Horizon,
    # Inside Out, Songs of Praise, When I Get Older; Radio Wales, Radio Scotland, Radio York), subtitle transcripts,
    # charities' and independent podcasts' episode pages, and pages written about those programmes. Must-flag words
    # are mostly "suffer(ing) from", "sufferers", "the homeless", "elderly", "addicts", "heroin users"; homeless
    # people, rough sleepers, mental illness and special needs are soft entries (allow). No legal-term sentence, so
    # no minimum per category.
    "heldout177": HeldOut(
        350, (0.08, 0.25), "5a0bf09: 0.974, 0.881, 0.881, 0.3%, 4",
        {"precision": 0.97, "recall": 0.9, "stigmatising_recall": 0.9},   # now 0.974, 0.905, 0.905
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 4},      # now 0.0032, 4
        runs_of_pages=True, new_pages=True, min_pages=53, min_per_category=0),
    # Held-out 178 comes only from UK book blurbs and descriptions about disability, illness, mental health, care and
    # fostering, adoption, ageing and homelessness: a publisher's children's bookshop (CoramBAAF), publishers' pages and
    # blog (John Murray, Austin Macauley, Jessica Kingsley), booksellers (LoveReading4Kids, the Portobello Bookshop,
    # Little Box of Books), an agent's page, authors' own pages, BookTrust, The Bookseller, Books for Keeps, library and
    # adoption-service book lists (Stretton, Ulverscroft, VVC Adoption) and HealthyBooks' notes. Blurbs mostly use the
    # preferred or soft wording (foster carers, loved ones, birth parents), so the must-flag share is low (about 8 %:
    # "suffered/suffering from", "handicapped", "the disabled", "the homeless", "elderly", "wheelchair bound",
    # "able-bodied", "non-verbal"). Runs cut to the span holding a listed word; no legal-term or explained-legal
    # sentence, so no minimum per category. Built in under an hour, so small.
    "heldout178": HeldOut(
        160, (0.05, 0.15), "5a0bf09: 0.857, 0.923, 0.923, 0.7%, 0",
        {"precision": 0.99, "recall": 0.92, "stigmatising_recall": 0.92},   # now 1.000, 0.923, 0.923
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=28, min_per_category=0),
    # Held-out 180 comes only from UK writing about relationships, sex, dating and parenthood for disabled people and
    # people with learning disabilities or mental illness: friendship and dating agencies for people with learning
    # disabilities (Hft Luv2meetU, MeetnMatch, Mates n' Dates, Safe Soulmate, Dates-n-Mates) and news of them, Enhance
    # the UK's Love Lounge and Undressing Disability, Scope's End the Awkward, Mencap's, BILD's, Choice Support's
    # (Supported Loving) and Dimensions' relationships pages, RSE for pupils with SEND, disabled people's and partners'
    # dating blogs, dating with a mental illness, disabled parents (Best Beginnings, Disabled Parents Network) and
    # parents with learning disabilities in care proceedings, council and provider sexuality policies, Court of
    # Protection news (sterilisation, sex workers). Such pages mostly use the preferred wording, so the must-flag
    # share is low (about 5 %: "service users" in policies, "able-bodied", "lacks capacity", "suffers from").
    "heldout180": HeldOut(
        480, (0.03, 0.15), "5a0bf09: 0.793, 0.958, 1.000, 1.3%, 3",
        {"precision": 0.81, "recall": 0.91, "stigmatising_recall": 0.99},   # now 0.815, 0.917, 1.000
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 3},      # now 0.0108, 3
        runs_of_pages=True, new_pages=True, min_pages=70, min_per_category=0),
    # Held-out 181 comes only from UK social enterprises, cooperatives and employers that hire or house people shut
    # out of work, writing as themselves or in local and trade news: Emmaus communities, Timpson, Recycling Lives,
    # Beyond Food / Brigade, Redemption Roasters, Change Please, Social Bite, Blue Sky, Luminary Bakery, Greene King,
    # Only A Pavement Away, recovery furniture and café enterprises (Recover, Restoration Station, THOMAS, Paper &
    # Cup, Foundations Café) and cafés run with people with learning disabilities (Spectrum, Fifth Trust, Café 21,
    # Cafe Leep). Must-flag words are mostly "ex-offender(s)", "the homeless", "vulnerable people/adults" and "young
    # offenders", with "addicts" and "alcoholics"; "homeless people", "offender(s)" and "rough sleeper" are soft and
    # allowed. No legal-term or explained-legal sentence, so no minimum per category.
    "heldout181": HeldOut(
        487, (0.12, 0.3), "5a0bf09: 0.924, 0.934, 0.934, 1.7%, 2",
        {"precision": 0.93, "recall": 0.95, "stigmatising_recall": 0.95},   # now 0.935, 0.956, 0.956
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 2},      # now 0.0148, 2
        runs_of_pages=True, new_pages=True, min_pages=72, min_per_category=0),
    # Held-out 179 comes only from UK youth homelessness charities and services writing as themselves, and local
    # news about them: Depaul UK and Nightstop schemes (Gloucestershire, New Forest, Aberdeen Foyer, Rock Trust),
    # St Basils, Centrepoint (helpline, reports, chief executive interviews, appeals), the Foyer Federation and
    # local foyers (Advantaged Thinking), youth hubs, supported lodgings, Llamau / End Youth Homelessness Cymru,
    # New Horizon Youth Centre, 1625 Independent People, YMCA Bristol. Mostly the soft "homeless young people";
    # must-flag words are mostly "vulnerable young people", Nightstop "placements" and "the (young) homeless".
    # No explained-legal sentence, so no minimum per category.
    "heldout179": HeldOut(
        375, (0.05, 0.15), "5d01e13: 0.739, 0.460, 0.387, 1.2%, 2",
        {"precision": 0.86, "recall": 0.86, "stigmatising_recall": 0.87},   # now 0.865, 0.865, 0.871
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 2},      # now 0.0089, 2
        runs_of_pages=True, new_pages=True, min_pages=60, min_per_category=0),
    # Held-out 174 comes only from UK hoarding and self-neglect support writing: hoarding support groups and their
    # local news (Hoarding Disorders UK, Helping Hands for Hoarders, Hoarding Support, Hoarding Awareness Week),
    # councils' and housing providers' hoarding protocols and pages (Westminster, Newham, Somerset, Mid Devon,
    # Plymouth Community Homes, Havebury, Valleys to Coast ...) and environmental health pages, local multi-agency
    # self-neglect policies, clearance, cleaning and decluttering firms, a therapist, and local news about hoarding
    # cases. Must-flag words are mostly "sufferer(s)", "suffer(ing) from/with", "vulnerable people/adults" and
    # "difficult to engage"; "hoarder(s)" has no entry (glossary gap). Runs cut to the span holding a listed word or
    # near miss; no legal-term or explained-legal sentence, so no minimum per category.
    "heldout174": HeldOut(
        241, (0.08, 0.25), "32b0015: 0.879, 0.879, 0.879, 1.9%, 0",
        {"precision": 0.87, "recall": 0.87, "stigmatising_recall": 0.87},   # now 0.879, 0.879, 0.879
        {"must_not_flag_flagged_share": 0.025, "findings_in_names": 0},      # now 0.0191, 0
        runs_of_pages=True, new_pages=True, min_pages=43, min_per_category=0),
    # Held-out 171 comes only from UK councils' licensing policies and decisions: statements of licensing policy and
    # cumulative impact (Licensing Act 2003), licensing sub-committee minutes and decisions, taxi and private hire
    # "fit and proper", convictions and safeguarding policies, driver safeguarding and dementia training, codes of
    # conduct, sex establishment and street trading policies, pedlar reform, and the DfT's statutory taxi standards.
    # Must-flag words are mostly "vulnerable adults", "vulnerable people/person/individuals" and "elderly"; licensing
    # text is otherwise plain and procedural, so the must-flag share is low (about 14 %, floor 0.10 as held-out 55's)
    # and there are no legal-term or explained-legal sentences (min_per_category=0).
    "heldout171": HeldOut(
        298, (0.10, 0.4), "42c6a20: 0.977, 0.955, 0.955, 0.0%, 0",
        {"precision": 0.97, "recall": 0.95, "stigmatising_recall": 0.95},   # now 0.977, 0.955, 0.955
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=74, min_per_category=0),
    # Held-out 170 comes only from UK official statistics releases and their commentary: DfE Explore Education
    # Statistics and first releases (children looked after, children in need, SEN and EHC plans, exclusions), ONS
    # bulletins and articles (deaths of homeless people, disability), MHCLG statutory homelessness releases, NHS
    # Digital/England releases (Mental Health Act, learning disability services, adult social care activity), DWP,
    # Welsh Government and Scottish Government releases (children looked after, children's social work,
    # homelessness), and charity and trade-press commentary on them. Must-flag words are mostly bare "looked after
    # children" (legal term), "service users" (Adult Social Care Survey) and "placement(s)", with a few homelessness
    # duties; most other listed words are soft (clients, care leavers, homeless people) or defined on the page.
    "heldout170": HeldOut(
        406, (0.1, 0.3), "ad00f15: 0.807, 1.000, 1.000, 4.1%, 11",
        {"precision": 0.81, "recall": 0.94, "stigmatising_recall": 0.92},   # now 0.816, 0.944, 0.925
        {"must_not_flag_flagged_share": 0.045, "findings_in_names": 4},      # now 0.0380, 4
        runs_of_pages=True, new_pages=True, min_pages=60, min_per_category=5),
    # Held-out 172 comes only from UK animal charities, vets and pet services that help homeless, older, ill and
    # disabled people and people fleeing domestic abuse keep their pets: Dogs Trust's Hope Project / Together Through
    # Homelessness, Freedom Project and campaigns, StreetVet, the Cinnamon Trust (its register and local news appeals),
    # Blue Cross, PDSA, RSPCA and Cats Protection (Paws Protect) pages, council pages on pets when owners go into
    # hospital, dog-friendly hostels and housing, and news on care homes and sheltered housing that bar pets.
    # Must-flag words are mostly "elderly", with "the homeless", "the vulnerable"/"vulnerable people" and "suffers
    # from"; many soft "homeless people", "rough sleepers", "clients", "the most vulnerable" (allow). Foster carers,
    # placements and respite here are mostly for pets (other-sense). No legal-term sentence, so no per-category minimum.
    "heldout172": HeldOut(
        522, (0.1, 0.2), "ad00f15: 0.725, 0.857, 0.857, 5.6%, 0",
        {"precision": 0.84, "recall": 0.94, "stigmatising_recall": 0.94},   # now 0.849, 0.948, 0.948
        {"must_not_flag_flagged_share": 0.035, "findings_in_names": 0},      # now 0.0291, 0
        runs_of_pages=True, new_pages=True, min_pages=64, min_per_category=0),
    # Held-out 175 comes only from UK writing about driving with a medical condition or disability: epilepsy, diabetes,
    # dementia, stroke, MS, sleep apnoea, mental illness and sight-loss driving pages from charities (Epilepsy Society,
    # Alzheimer's Society, Rethink, Stroke Association, MS-UK, Sight Support West, Pocklington), NHS, council and
    # clinical guides, Driving Mobility and mobility assessment centres, specialist driving instructors and schools,
    # solicitors' pages, and local and national news of crashes and court cases. Must-flag words are mostly
    # "diabetic(s)" as a noun for people, "elderly", "suffer(ing) from" and "sufferers"; runs are cut to the span from
    # the first to the last sentence holding a listed word or a near miss (about 22 % must-flag).
    "heldout175": HeldOut(
        216, (0.15, 0.35), "ad00f15: 0.970, 0.681, 0.681, 0.0%, 0",
        {"precision": 0.94, "recall": 0.68, "stigmatising_recall": 0.68},   # now 0.943, 0.681, 0.681
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0059, 0
        runs_of_pages=True, new_pages=True, min_pages=49, min_per_category=0),
    # Held-out 173 comes only from UK broadcasters', publishers' and creative industries' own diversity, inclusion and
    # disability writing: BBC, ITV, Channel 4, Sky and S4C diversity and disability pages, targets and press releases
    # (Channel 4's disabled contributors' welfare guidelines, 360° Charter, Disability Code of Portrayal; ITV's
    # Diversity Acceleration Plan), Ofcom's diversity in broadcasting reports as reported, the Creative Diversity
    # Network (Diamond, Doubling Disability), Pact, ScreenSkills and the TV Access Project on access coordinators, the
    # BFI's Diversity Standards, the Publishers Association's workforce surveys, The Bookseller and the Inklusion
    # Guide on disabled writers, Creative Equals, and trade press on all of them. Mostly preferred wording ("disabled
    # people", "Deaf, disabled and neurodivergent"), so the must-flag share is low (about 11 %) and nearly all of it
    # is "BAME"; a few "vulnerable people", "able-bodied", "the disabled", "service users". Runs cut to at most two
    # sentences either side of the span holding a listed word or near miss (pages with none left out); no legal-term
    # or explained-legal sentence, so no minimum per category.
    "heldout173": HeldOut(
        292, (0.06, 0.2), "84dd7cf: 0.886, 1.000, 1.000, 1.5%, 0",
        {"precision": 0.91, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.912, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 0},      # now 0.0115, 0
        runs_of_pages=True, new_pages=True, min_pages=61, min_per_category=0),
    # Held-out 164 comes only from UK tax writing about disability, illness, care and vulnerability: HMRC manuals
    # (VAT relief for disabled people, VAT charities, inheritance tax, capital gains, immediate needs annuities),
    # GOV.UK pages (trusts for vulnerable people, VAT relief for charities), the Income Tax Act 2007 s38, and
    # accountants', solicitors', will writers', mobility suppliers' and charities' explainers on Blind Person's
    # Allowance, vulnerable persons' and disabled persons' trusts, VAT zero-rating, direct payments and tax, and care
    # fees, inheritance tax and older people. Must-flag words are mostly "elderly" and "vulnerable
    # individual(s)/person", with some "able-bodied", "service users", "the disabled" and "mental disorder" (legal
    # term). Mostly names and plain use, so the must-flag share is low (about 9 %); few legal-term/explained-legal
    # sentences.
    "heldout164": HeldOut(
        415, (0.05, 0.2), "43e82cf: 0.796, 0.951, 0.949, 2.7%, 5",
        {"precision": 0.83, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.837, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.03, "findings_in_names": 4},      # now 0.0212, 4
        runs_of_pages=True, new_pages=True, min_pages=59, min_per_category=0),
    # Held-out 165 comes only from UK emergency planning and resilience writing: Cabinet Office and UKHSA guidance on
    # people vulnerable in emergencies and hot weather, Local Resilience Forums' and Ready Scotland's pages, councils'
    # emergency planning, rest centre, flood, heatwave, cold weather and power cut advice, LGA severe weather press
    # releases, community emergency and flood plans and a flood warden guide. Must-flag words are mostly "vulnerable
    # people/residents/neighbours", "the vulnerable" and "elderly". No legal-term, explained-legal or quoted-mention.
    "heldout165": HeldOut(
        319, (0.12, 0.3), "43e82cf: 0.911, 0.750, 0.750, 1.9%, 2",
        {"precision": 0.91, "recall": 0.74, "stigmatising_recall": 0.74},   # now 0.911, 0.750, 0.750
        {"must_not_flag_flagged_share": 0.025, "findings_in_names": 2},      # now 0.0190, 2
        runs_of_pages=True, new_pages=True, min_pages=55, min_per_category=0),
    # Held-out 167 comes only from UK style guides, inclusive-language guides, "words matter" pages and media
    # reporting guidelines (and news of them): university, council, NHS and charity style guides on disability, age,
    # mental health and addiction (Bristol, Edinburgh, Nottingham, Manchester, MindWell, NHS service manual, NES,
    # Scope, The King's Fund), Dementia Words Matter pages, suicide reporting guidance (Samaritans, IPSO, BBC, Press
    # Gazette, Guardian readers' editor) and homelessness language. They talk about words far more than they use
    # them: most listed words are quoted mentions; must-flag is mostly "vulnerable people/groups/individuals", so the
    # share is low. Runs cut to the span holding a listed word; fewer than 40 pages (the helper had about forty
    # minutes). No legal-term or explained-legal sentence, so no minimum per category.
    "heldout167": HeldOut(
        219, (0.03, 0.1), "43e82cf: 0.277, 0.929, 0.929, 10.7%, 0",
        {"precision": 0.51, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.518, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.07, "findings_in_names": 0},      # now 0.0634, 0
        runs_of_pages=True, new_pages=True, min_pages=32, min_per_category=0),
    # Held-out 168 comes only from UK care, support and health companies writing for investors and the market
    # (CareTech and Cambian results announcements, annual reports and an investor presentation, Southern Cross's
    # results and annual report, HC-One, Priory and Outcomes First Group statements and press releases) and the
    # business press on such companies (children's homes, fostering agencies, special schools, care homes, home
    # care, independent mental health and learning disability hospitals). Must-flag words are mostly "placements",
    # "elderly", "vulnerable children/people" and "looked after children". Small (the helper had under an hour);
    # no quoted-mention or explained-legal sentence.
    "heldout168": HeldOut(
        286, (0.1, 0.3), "43e82cf: 0.897, 0.981, 0.978, 2.5%, 0",
        {"precision": 0.89, "recall": 0.98, "stigmatising_recall": 0.97},   # now 0.897, 0.981, 0.978
        {"must_not_flag_flagged_share": 0.03, "findings_in_names": 0},      # now 0.0252, 0
        runs_of_pages=True, new_pages=True, min_pages=63, min_per_category=0),
    # Held-out 166 comes only from NICE writing as itself (and SIGN, its Scottish counterpart): NICE guideline
    # recommendations and context pages, quality standards, an "information for the public" page, a NICE Pathway,
    # a NICE social care page and tailored resource, NICE press releases and a feature (some as
    # reproduced by WiredGov, NG205 as on the NCBI Bookshelf) on learning disability and behaviour that challenges,
    # homelessness, looked-after children, transition, child abuse, older people and home care, dementia, mental
    # capacity, safeguarding in care homes, hospital discharge, adult social care and carers; SIGN's autism booklets.
    # Mostly preferred wording ("behaviour that challenges", "people experiencing homelessness", "people who use
    # services"); must-flag is mostly unexplained "looked-after children", with "placement", "service users",
    # "care package", "respite" and "elderly". Few quoted, explained or other-sense sentences, so no minimum per
    # category; fewer than 40 pages (runs were cut to the listed words and NICE pages are mostly plain).
    "heldout166": HeldOut(
        263, (0.08, 0.25), "43e82cf: 1.000, 0.949, 0.947, 0.0%, 8",
        {"precision": 0.99, "recall": 0.94, "stigmatising_recall": 0.94},   # now 1.000, 0.949, 0.947
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 4},      # now 0.0000, 4
        runs_of_pages=True, new_pages=True, min_pages=34, min_per_category=0),
    # Held-out 169 comes only from UK retirement, sheltered and extra care housing writing as itself: operators and
    # developers (McCarthy & Stone, Churchill, Audley, Housing 21, Hanover Scotland, Sanctuary, Retirement Villages),
    # councils' sheltered and extra care pages and allocation criteria, committee decisions on sheltered schemes,
    # scheme managers' and wardens' pages, community alarms, residents' blogs and local and trade news about wardens,
    # alarms and new schemes. Must-flag words are mostly "elderly", with "vulnerable people", one "packages of care",
    # "drug addicts" and "able-bodied"; pensioners, the over 60s, customers and frail are soft (allow). Low share of
    # must-flag (33 of 397). No legal-term, explained-legal or quoted-mention sentence, so no minimum per category.
    "heldout169": HeldOut(
        397, (0.05, 0.2), "c1fcc36: 0.971, 1.000, 1.000, 0.3%, 1",
        {"precision": 0.97, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.971, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0027, 1
        runs_of_pages=True, new_pages=True, min_pages=62, min_per_category=0),
    # Held-out 160 comes only from UK Black, Asian and minority ethnic community organisations writing as themselves:
    # Chinese, South Asian, Bangladeshi, Caribbean and Somali elders' luncheon clubs, day centres and community
    # associations, Chinese welfare and health charities, BME mental health, women's and youth groups, a race
    # equality council and a BME elders' consortium (about, services, news and annual report pages). Must-flag words
    # are mostly "elderly", "BME"/"BAME" and "service users", with some "vulnerable people" and one "hard to reach".
    # Small (the helper had about half an hour). No legal-term, explained-legal or quoted-mention sentence.
    "heldout160": HeldOut(
        244, (0.1, 0.35), "5a2bc96: 1.000, 0.961, 0.961, 0.0%, 0",
        {"precision": 0.99, "recall": 0.96, "stigmatising_recall": 0.96},   # now 1.000, 0.961, 0.961
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0.0000, 0
        runs_of_pages=True, new_pages=True, min_pages=29, min_per_category=0),
    # Held-out 161 comes only from UK trade unions' own pages (not their consultation responses): UNISON national,
    # regional and branch pages, news and conference motions (care workers, reasonable adjustments, homelessness,
    # violence against support staff, mental health services), Unite and its Housing Workers Branch, GMB branch and
    # regional pages and a GMB mental health guide, PCS national and branch pages on welfare claimants, RCN news, a
    # UCU guide, the TUC's Stronger Unions blog and the Retail Book Association. Runs cut to the span holding a listed
    # word.
    # Mostly preferred or soft wording; must-flag words are "service users", "elderly", "the (vulnerable|homeless|
    # disabled)", "suffering from/sufferers". Small (the helper had about twenty minutes). No legal-term or
    # explained-legal sentence, so no minimum per category.
    "heldout161": HeldOut(
        110, (0.1, 0.3), "c4edb15: 0.870, 1.000, 1.000, 3.3%, 0",
        {"precision": 0.86, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.870, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.04, "findings_in_names": 0},      # now 0.0333, 0
        runs_of_pages=True, new_pages=True, min_pages=27, min_per_category=0),
    # Held-out 162 comes only from UK workplace mental health and wellbeing training and advice for employers: Mental
    # Health First Aid course providers, occupational health providers, Acas, HSENI, IOSH and the British Safety
    # Council, HR and business press (Personnel Today, HR Magazine, Employee Benefits, Startups, FSB), neurodiversity,
    # disability-confidence, dyslexia, epilepsy, menopause, accessible-premises, drug and alcohol and suicide
    # postvention guides for managers. Such pages use the preferred wording ("disabled people", "people with mental
    # health problems") and soft entries (mental illness, people with disabilities, substance misuse), all allowed;
    # must-flag is mostly "suffer(ing) from", so the share is low (14 of 240). No legal terms, so no minimum per
    # category.
    "heldout162": HeldOut(
        240, (0.03, 0.15), "5e3cc96: 0.875, 0.933, 0.933, 0.9%, 1",
        {"precision": 0.87, "recall": 0.93, "stigmatising_recall": 0.93},   # now 0.875, 0.933, 0.933
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 1},      # now 0.0088, 1
        runs_of_pages=True, new_pages=True, min_pages=51, min_per_category=0),
    # Held-out 163 comes only from UK students' unions' and student advice services' own pages, student-led
    # campaigns and societies, NUS pages and student newspapers (Royal Holloway SU, Strath Union, Leeds Beckett SU,
    # Beds SU, Northampton SU, The SU Bath, UEA SU, Chester SU, MDXSU, NUS and NUS Connect; SCAN, The Tab, The
    # Cambridge Student, Varsity, Cherwell, Nouse, Concrete, Forge Today, The Gryphon, Gair Rhydd, The Cardiffian,
    # Epigram, Swansea Student Media). Mostly preferred wording ("disabled students", "people sleeping rough") and soft
    # entries; must-flag words are "the homeless", "suffer(ed) from", "committed suicide", "service users" and "BME".
    # "Disabled" and "homeless" before people are the preferred or harmless sense (other-sense). Small share of
    # must-flag and few legal terms, so no minimum per category. Fewer than 40 pages (the helper had half an hour).
    "heldout163": HeldOut(
        268, (0.02, 0.08), "3d0a5cd: 0.818, 0.818, 0.818, 0.8%, 0",
        {"precision": 0.81, "recall": 0.81, "stigmatising_recall": 0.81},   # now 0.818, 0.818, 0.818
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},      # now 0.0078, 0
        runs_of_pages=True, new_pages=True, min_pages=32, min_per_category=0),
    # Held-out 154 comes only from UK professional regulators' and professional bodies' standards and guidance for
    # practitioners and their fitness to practise pages and hearing outcomes: SSSC, Social Work England, HCPC and
    # HCPTS final hearing allegations, NISCC, Social Care Wales, the NMC Code, RCN, BASW and The College of Social
    # Work. Codes written before 2020 and hearing allegations say "service user(s)" (and "Service User A" as an
    # anonymised label) throughout; newer codes use "people who use services" or "individuals". Runs cut to the span
    # holding a listed word or near miss. No legal-term or explained-legal sentence, so no minimum per category.
    "heldout154": HeldOut(
        256, (0.2, 0.45), "ac87313: 0.951, 0.917, 0.917, 2.3%, 2",
        {"precision": 0.95, "recall": 0.98, "stigmatising_recall": 0.98},   # now 0.954, 0.988, 0.988
        {"must_not_flag_flagged_share": 0.03, "findings_in_names": 2},      # now 0.0230, 2
        runs_of_pages=True, new_pages=True, min_pages=40, min_per_category=0),
    # Held-out 155 comes only from UK digital mental health and wellbeing services writing as themselves: online
    # counselling, text and peer-support services (Kooth, XenZone, Shout, MeeTwo, Tellmi, Mind, Hafal's Clic,
    # Unmasked), cCBT and NHS Talking Therapies digital pages (SilverCloud in NHS Scotland boards, Haringey on
    # Wysa, NHS Lothian), and wellbeing apps' own pages and releases (Thrive, Big Health, distrACT, Calm Harm, Clear
    # Fear, Stay Alive, Hub of Hope, Breaking Free Online, Wysa). Small (the helper had about half an hour): mostly
    # preferred or soft wording; must-flag words are "suffering from/with", "sufferers", "service users", "drug users"
    # and one "vulnerable ... young people". No legal-term, explained-legal or quoted-mention sentence.
    "heldout155": HeldOut(
        105, (0.05, 0.25), "e9fafc4: 0.786, 0.917, 0.917, 3.2%, 3",
        {"precision": 0.78, "recall": 0.91, "stigmatising_recall": 0.91},   # now 0.786, 0.917, 0.917
        {"must_not_flag_flagged_share": 0.04, "findings_in_names": 3},      # now 0.0323, 3
        runs_of_pages=True, new_pages=True, min_pages=37, min_per_category=0),
    # Held-out 156 comes only from UK councils' and NHS bodies' complaints and compliments annual reports: adult and
    # children's social care statutory complaints annual reports (English councils, Welsh social services
    # representations and complaints reports), committee items presenting them, customer feedback reports, NHS trusts'
    # and a CCG's complaints, PALS and customer care reports, learning-from-complaints and "you said, we did" pages.
    # Such pages are mostly numbers and procedure; the must-flag words are "service user(s)" and a few bare "looked
    # after" children, so the must-flag share is low. Little legal-term, no explained-legal or quoted-mention
    # sentence, so it asks no minimum per category.
    "heldout156": HeldOut(
        403, (0.03, 0.2), "6f0c8b3: 0.909, 0.952, 1.000, 0.3%, 0",
        {"precision": 0.9, "recall": 0.95, "stigmatising_recall": 0.99},   # now 0.909, 0.952, 1.000
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0026, 0
        runs_of_pages=True, new_pages=True, min_pages=55, min_per_category=0),
    # Held-out 159 comes only from UK board and committee papers and minutes: NHS trusts' and foundation trusts' board
    # minutes, board papers and committee reports (patient and carer stories, safeguarding reports, Mental Health Act
    # managers, carers committee terms of reference), housing associations' and a housing co-op's board, panel and
    # residents' forum minutes, and charities' trustee meeting notes and AGM papers. Such papers mostly use plain or
    # preferred wording; the must-flag words are "service users", "suffering with" and "the seriously mentally ill".
    # No legal-term or explained-legal sentence, so it asks no minimum per category.
    "heldout159": HeldOut(
        99, (0.05, 0.2), "4834f0d: 0.900, 1.000, 1.000, 1.1%, 0",
        {"precision": 0.89, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.900, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 0},      # now 0.0111, 0
        runs_of_pages=True, new_pages=True, min_pages=23, min_per_category=0),
    # Held-out 157 comes only from UK home energy grant and fuel poverty pages: councils' ECO4 / ECO Flex statements of
    # intent, Warmer Homes Scotland, Warm Home Prescription, affordable warmth strategies, warm-homes schemes,
    # charities' and news pages on Winter Fuel Payment and fuel poverty. Such pages mostly say "low income and
    # vulnerable households" (a glossary gap, allowed), "pensioners" (soft, allowed) and "older people"; the must-flag
    # words are "vulnerable people" and "elderly". No legal-term or explained-legal sentence, so it asks no minimum per
    # category.
    "heldout157": HeldOut(
        380, (0.04, 0.2), "8a61350: 0.974, 1.000, 1.000, 0.3%, 1",
        {"precision": 0.97, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.974, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0028, 1
        runs_of_pages=True, new_pages=True, min_pages=53, min_per_category=0),
    # Held-out 158 comes only from UK music, art, drama and dance therapy and participatory arts-in-health charities
    # writing as themselves: Nordoff Robbins, Chiltern Music Therapy, Key Changes and other music therapy services,
    # Music in Hospitals & Care, Lost Chord, Live Music Now and other live-music-in-care charities, hospital and hospice
    # arts programmes (NHS trusts' arts projects, Hospital Rooms, Art at the Heart, Demelza), dramatherapy and art
    # therapy services, participatory arts companies in care homes (Entelechy Arts, Magic Me, Commedia of Errors),
    # inclusive dance and theatre companies and learning-disability arts (Separate Doors, Bright Sparks, Heart n Soul,
    # Prism Arts, Theatre Shed, People Dancing), and participatory arts with people with experience of homelessness
    # (Create, Streetwise Opera, The Connection): service pages, project pages, fundraising pages and news. Such pages
    # mostly use the preferred wording ("people living with dementia", "people with learning disabilities") and soft
    # entries (client, residents in care homes, special needs, learning disabled), all allowed; the must-flag words are
    # "service users", "respite", "the elderly"/"elderly people", "suffer from", "able-bodied" and "vulnerable people".
    # No legal-term or explained-legal sentence, so it asks no minimum per category.
    "heldout158": HeldOut(
        314, (0.08, 0.25), "9cbcfc9: 0.932, 0.891, 0.891, 0.7%, 1",
        {"precision": 0.93, "recall": 0.89, "stigmatising_recall": 0.89},   # now 0.932, 0.891, 0.891
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 1},      # now 0.0074, 1
        runs_of_pages=True, new_pages=True, min_pages=68, min_per_category=0),
    # Held-out 148 comes only from UK independent clinicians in private practice writing as themselves: educational
    # psychologists, speech and language therapists, occupational therapists, clinical psychologists, private
    # psychiatrists, counsellors and CBT/EMDR therapists (some also hypnotherapists), dyslexia assessors and autism/ADHD
    # assessment clinics: service pages, FAQs, assessment descriptions and blog posts. Such pages mostly use the
    # preferred or soft wording ("clients", "autism spectrum disorder", "people with autism", "personality disorder",
    # all allowed); the must-flag words are "suffers from" and "sufferer(s)", with a few "addicts", "clean" and "the
    # elderly". No legal-term or explained-legal sentence, so it asks no minimum per category.
    "heldout148": HeldOut(
        359, (0.05, 0.2), "8b6159d: 0.974, 0.925, 0.925, 0.3%, 0",
        {"precision": 0.97, "recall": 0.92, "stigmatising_recall": 0.92},   # now 0.974, 0.925, 0.925
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0031, 0
        runs_of_pages=True, new_pages=True, min_pages=62, min_per_category=0),
    # Held-out 149 comes only from UK property investment and landlord writing about supported living, exempt
    # accommodation, HMOs and social housing leases: supported living investors' and lease marketplaces' pages,
    # social housing REITs' reports and the property, investment and national press on them (Home REIT), landlords'
    # blogs and forums, law firms' notes, council pages, MPs' and residents' campaigns and the LUHC Committee on
    # exempt accommodation. Such writing leans on "vulnerable people/individuals/adults" and "the homeless" (must-flag),
    # with many glossary gaps ("vulnerable tenants", "vulnerable residents") and business "clients" and property "voids"
    # (other-sense); no legal-term or explained-legal sentence, so it asks no minimum per category.
    "heldout149": HeldOut(
        332, (0.05, 0.2), "66e11ec: 0.837, 0.973, 0.973, 2.3%, 0",
        {"precision": 0.94, "recall": 0.97, "stigmatising_recall": 0.97},   # now 0.947, 0.973, 0.973
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},      # now 0.0067, 0
        runs_of_pages=True, new_pages=True, min_pages=56, min_per_category=0),
    # Held-out 150 comes only from UK therapeutic horticulture, care farm and green care projects writing as themselves:
    # care farms (Fordhall, Rhubarb Farm, Clinks, Lakeside, Amelia Trust, Gorfenna), Thrive and other social and
    # therapeutic horticulture charities, community gardens and allotment projects for people with learning
    # disabilities, dementia, mental health problems or addiction (recovery gardens), sensory garden projects, woodland
    # wellbeing projects, Social Farms & Gardens, and two NHS trusts' own garden projects. Such pages mostly use the
    # preferred wording (people with learning disabilities, people living with dementia) and soft entries (client,
    # learning disabled, special needs), all allowed; the must-flag share is low (30 of 342, 8.8%), led by service-user
    # and vulnerable-groups; no legal-term or explained-legal sentence, so it asks no minimum per category.
    "heldout150": HeldOut(
        342, (0.05, 0.25), "129ebbc: 0.967, 0.967, 0.967, 0.3%, 0",
        {"precision": 0.96, "recall": 0.96, "stigmatising_recall": 0.96},   # now 0.967, 0.967, 0.967
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0032, 0
        runs_of_pages=True, new_pages=True, min_pages=55, min_per_category=0),
    # Held-out 151 comes only from UK almshouse charities and old charitable housing trusts writing as themselves:
    # The Almshouse Association's definition, eligibility, news, members' stories and support and care guide,
    # individual almshouse charities' information, eligibility, history and regulations pages, parish charities
    # quoting their governing schemes, and a livery company's own history. Such pages mostly say "residents"
    # (other-sense, adults) and "older people"; "the elderly", "elderly people" and "the disabled" are the only
    # must-flag words, so its must-flag share is low; no legal-term or explained-legal sentence.
    "heldout151": HeldOut(
        266, (0.02, 0.1), "1b24a74: 0.833, 0.909, 0.909, 0.8%, 2",
        {"precision": 0.83, "recall": 0.9, "stigmatising_recall": 0.9},   # now 0.833, 0.909, 0.909
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 2},      # now 0.0078, 2
        runs_of_pages=True, new_pages=True, min_pages=40, min_per_category=0),
    # Held-out 152 comes only from UK websites' and apps' accessibility statements and accessibility help pages: NHS
    # trusts', an NHS app's and GP practices' accessibility statements and accessible information (AIS) pages, councils'
    # and a parish council's accessibility pages and disproportionate burden assessments, Healthwatch and other easy
    # read and alternative-format pages, universities' Moodle statements and disability-language pages, a housing
    # group's accessible information policy, companies' accessibility and reasonable adjustment policies, and web
    # design, assistive-technology and accessibility-tool firms' and charities' help pages. Such pages mostly use the
    # preferred wording ("disabled people", "people who are blind") and soft entries (people with disabilities,
    # customers, special needs); must-flag is mostly "service users" and "suffer from", so the share is low, and there
    # is no legal-term or explained-legal sentence, so it asks no minimum per category.
    "heldout152": HeldOut(
        144, (0.05, 0.2), "62984a9: 0.941, 1.000, 1.000, 0.8%, 0",
        {"precision": 0.94, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.941, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},      # now 0.0078, 0
        runs_of_pages=True, new_pages=True, min_pages=34, min_per_category=0),
    # Held-out 153 comes only from UK assistance dog and animal-assisted therapy charities and services writing as
    # themselves, and partner stories about them: autism, epilepsy, medical alert, hearing, guide and physical
    # disability assistance dog charities (Support Dogs, Dogs for Good / Dogs for the Disabled, Canine Partners,
    # Medical Detection Dogs, Hearing Dogs, Guide Dogs, Dogs for Autism, Supporting Paws), Pets As Therapy, Canine
    # Concern and Therapy Dogs Nationwide visits to care homes, hospitals and schools, and Riding for the Disabled
    # groups and equine-assisted therapy charities. Such pages mostly use the preferred wording and soft entries
    # (people with disabilities, clients, special needs), all allowed; must-flag share is low (43 of 471, 9.1%),
    # mostly "sufferer"/"suffers from" and "elderly"; one legal-term sentence, so it asks no minimum per category.
    "heldout153": HeldOut(
        471, (0.05, 0.2), "99d6ced: 0.812, 0.867, 0.864, 1.9%, 5",
        {"precision": 0.82, "recall": 0.93, "stigmatising_recall": 0.93},   # now 0.824, 0.933, 0.932
        {"must_not_flag_flagged_share": 0.025, "findings_in_names": 5},      # now 0.0187, 5
        runs_of_pages=True, new_pages=True, min_pages=70, min_per_category=0),
    # Held-out 142 comes only from UK care, support and housing workers writing about their own jobs: home care
    # workers' and support workers' days in the life on providers' careers pages and blogs, care home and night carers,
    # children's home workers and a manager, homelessness hostel workers, housing officers (councils, housing
    # associations, a tenant management organisation), council adult social care practitioners' Community Care diaries,
    # and workers' posts on Mumsnet, r/AskBrits and OpenLearn. Such writing leans on "service users", "clients",
    # "customers" and adult "residents" (other-sense), with "the elderly", "care package" and "vulnerable people" as the
    # other must-flag words; no legal-term or explained-legal sentence, so it asks no minimum per category.
    "heldout142": HeldOut(
        307, (0.1, 0.25), "25116f3: 0.952, 0.833, 0.833, 0.8%, 0",
        {"precision": 0.97, "recall": 0.83, "stigmatising_recall": 0.83},   # now 0.976, 0.833, 0.833
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0038, 0
        runs_of_pages=True, new_pages=True, min_pages=60, min_per_category=0),
    # Held-out 143 comes only from UK pages about accessible toilets, Changing Places and accessible facilities:
    # councils' RADAR key and Changing Places pages, the Changing Places Consortium, RADAR key sellers, shopping
    # centres', stadiums', parks' and beaches' accessibility pages and news, parent campaigners' Changing Places
    # blogs, the motorway services campaign, disabled drivers' parking bays, and "Not every disability is visible"
    # signage pages. Such pages lean on "disabled toilet" (and
    # "disabled parking"/"disabled loo"); no legal-term or explained-legal sentence, so no minimum per category.
    "heldout143": HeldOut(
        324, (0.15, 0.35), "01b94db: 0.988, 0.966, 0.966, 0.4%, 1",
        {"precision": 0.98, "recall": 0.98, "stigmatising_recall": 0.98},   # now 0.989, 0.989, 0.989
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 0.0042, 1
        runs_of_pages=True, new_pages=True, min_pages=50, min_per_category=0),
    # Held-out 144 comes only from UK reviews and articles about how disability, care, homelessness and mental
    # illness are portrayed in books, TV, film, theatre and games: newspaper and magazine reviews (Guardian, Times,
    # Independent, The Stage, Metro, Daily Mail, Mirror), UK critics' and bloggers' reviews, soap storyline pieces
    # (EastEnders, Coronation Street, Emmerdale, Hollyoaks), Time to Change media guidance and disability-arts
    # reviews. Such pages mostly use the preferred wording or soft entries (mental illness, homeless people, people
    # with autism), all allowed; must-flag share is low (29 of 558, 5.2%), mostly "suffers from"; no legal-term or
    # explained-legal sentence, so it asks no minimum per category.
    "heldout144": HeldOut(
        558, (0.03, 0.3), "cd96447: 0.778, 0.933, 0.933, 1.5%, 4",
        {"precision": 0.77, "recall": 0.93, "stigmatising_recall": 0.93},   # now 0.778, 0.933, 0.933
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 4},      # now 0.0151, 4
        runs_of_pages=True, new_pages=True, min_pages=85, min_per_category=0),
    # Held-out 145 comes only from UK software and technology suppliers' pages for social care, housing and health
    # and councils' pages about adopting such systems: care planning, eMAR and rostering software and their help
    # pages (Person Centred Software, Unique IQ, CARAS, Carelogr, everyLIFE, AutumnCare, iCareHealth), homecare
    # monitoring (CM2000, ESPO framework), telecare and technology-enabled care (Communicare247, PA Consulting's
    # Alexa pilots, councils' alarm services), case management systems in councils (Mosaic, Liquidlogic, Framework,
    # Dynamics) and housing management and housing support software (Civica Cx Housing, Plinth). Such pages lean on
    # "service users", "clients", "customers" and "vulnerable people"; two legal-term and no explained-legal sentence,
    # so it asks no minimum per category; must-flag share is low (44 of 367, 12.0%).
    "heldout145": HeldOut(
        367, (0.1, 0.3), "acead57: 0.955, 0.913, 0.932, 0.6%, 0",
        {"precision": 0.97, "recall": 0.86, "stigmatising_recall": 0.88},   # now 0.976, 0.870, 0.886
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0031, 0
        runs_of_pages=True, new_pages=True, min_pages=53, min_per_category=0),
    # Held-out 146 comes only from UK residents' associations', village magazines' and community newsletters' own
    # writing about older neighbours, carers, disability, homelessness and mental health: U3A newsletters and
    # policies, Rotary, Rotaract and Lions clubs' own news pages and newsletters, village websites, blogs and
    # community magazines, tenants' and residents' associations, a village history site, an older people's welfare
    # committee, community associations and a mutual aid group. Such pages lean on "the elderly", "senior
    # citizens", "the vulnerable", "the blind" and "the handicapped" and otherwise use plain or preferred wording;
    # no legal-term or explained-legal sentence, so it asks no minimum per category; must-flag share 45 of 288 (15.6%).
    "heldout146": HeldOut(
        288, (0.1, 0.3), "e988c03: 0.954, 0.872, 0.872, 0.8%, 1",
        {"precision": 0.95, "recall": 0.87, "stigmatising_recall": 0.87},   # now 0.954, 0.872, 0.872
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 1},      # now 0.0082, 1
        runs_of_pages=True, new_pages=True, min_pages=61, min_per_category=0),
    # Held-out 147 comes only from UK prisoners' and former prisoners' own writing: criminal-record stories
    # (Unlock, FairChecks), letters to a prison blog, prison blogs, former prisoners' columns (Erwin James and
    # others), a prisoner's written evidence, recovery stories written after prison, Koestler Arts writing pages,
    # release and approved-premises stories. Writers' words for themselves ("I am an alcoholic") are allowed, as
    # the substance-use glossary says; the same words about others are must-flag. Suggestion-level words
    # ("ex-offenders") dominate, so must-flag share is low (31 of 266, 11.7%), and there is no legal-term or
    # explained-legal sentence, so it asks no minimum per category.
    "heldout147": HeldOut(
        266, (0.08, 0.3), "020d1b4: 0.919, 0.919, 0.919, 1.3%, 2",
        {"precision": 0.94, "recall": 0.94, "stigmatising_recall": 0.94},   # now 0.946, 0.946, 0.946
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 2},      # now 0.0085, 2
        runs_of_pages=True, new_pages=True, min_pages=45, min_per_category=0),
    # Held-out 136 comes only from UK sports clubs' and sports governing bodies' safeguarding, welfare and inclusion
    # pages: grassroots football, rugby, cricket, hockey, bowls, swimming, gymnastics, athletics and amateur boxing
    # clubs' safeguarding children and adults policies, county FAs, England Boxing, England Athletics, Swim Wales and
    # Sport Wales, welfare officer and inclusion pages. Such pages lean on "vulnerable adults" (the RFU's, ECB's and
    # bowls' old wording) and "vulnerable people" and otherwise use the preferred wording; no legal-term or
    # explained-legal sentence, so it asks no minimum per category; must-flag share is low (59 of 435, 13.6%).
    "heldout136": HeldOut(
        435, (0.1, 0.3), "5fdcea3: 0.983, 0.966, 0.966, 0.3%, 0",
        {"precision": 0.98, "recall": 0.96, "stigmatising_recall": 0.96},   # now 0.983, 0.966, 0.966
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0027, 0
        runs_of_pages=True, new_pages=True, min_pages=56, min_per_category=0),
    # Held-out 138 comes only from UK readers' letters and reader opinion: letters to the editor and "Your Say",
    # "Reader's View" and letter-of-the-day columns in national papers (Guardian Society pages, Observer, Independent,
    # Telegraph, Times, Daily Mail, Spectator, Scotsman), local papers and trade papers (Community Care, Nursery World,
    # Mature Times), about care homes and paying for care, dementia, disability and Blue Badges, homelessness and
    # begging, pensioners, depression, asylum seekers, fostering, children in care and hospital discharge. Letters
    # mostly speak plainly and use soft entries (pensioners, homeless people, beggars, care leavers); the writers' own
    # "the elderly", "the disabled", "sufferers", "disabled bays" and "placements" are the must-flag words, and legal
    # terms are nearly absent, so it asks no minimum per category.
    "heldout138": HeldOut(
        573, (0.08, 0.2), "3e2d62c: 0.968, 0.910, 0.909, 0.2%, 3",
        {"precision": 0.96, "recall": 0.92, "stigmatising_recall": 0.92},   # now 0.969, 0.925, 0.924
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 3},      # now 0.0020, 3
        runs_of_pages=True, new_pages=True, min_pages=68, min_per_category=0),
    # Held-out 139 comes only from UK students' essays, assignments and dissertation abstracts on social work,
    # nursing, health and social care and social policy: essay-sharing sites (UKEssays, NursingAnswers, Marked by
    # Teachers, Dissertation Homework, UKDiss, Desklib, StudyMoose and copies elsewhere), university pages (a
    # Portsmouth BA dissertation abstract, an ARU nursing student's blog, a QUB social work student's reflection),
    # published undergraduate dissertation abstracts and students' reflective accounts of placements. Such writing
    # leans on "service users", "the elderly", "suffering from" and "looked-after children", with the student's own
    # placement as the main other sense; legal terms and quoted mentions are few, so it asks no minimum per category.
    "heldout139": HeldOut(
        318, (0.1, 0.25), "da1952a: 0.800, 0.941, 0.938, 3.7%, 1",
        {"precision": 0.8, "recall": 0.96, "stigmatising_recall": 0.95},   # now 0.803, 0.961, 0.958
        {"must_not_flag_flagged_share": 0.045, "findings_in_names": 1},      # now 0.0369, 1
        runs_of_pages=True, new_pages=True, min_pages=45, min_per_category=0),
    # Held-out 140 comes only from UK public procurement writing for care and support services: contract,
    # tender, award and market engagement notices (Find a Tender, Contracts Finder, Public Contracts Scotland,
    # Sell2Wales, mostly read through aggregators such as d3tenders, Bidstats and ProContract, using only the
    # buyer's own notice text), service specifications and council or NHS decisions to procure home care,
    # supported living, short breaks, fostering and children's residential placements, supported accommodation,
    # homelessness and drug and alcohol services. Such pages lean on "placement", "packages of care", "service
    # users", "vulnerable adults" and soft entries (clients, care leavers, complex needs); quoted mentions and
    # explained legal terms are rare, so it asks no minimum per category.
    "heldout140": HeldOut(
        336, (0.15, 0.3), "259cc52: 0.985, 0.956, 0.948, 0.4%, 2",
        {"precision": 0.98, "recall": 0.97, "stigmatising_recall": 0.96},   # now 0.985, 0.971, 0.966
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 2},      # now 0.0037, 2
        runs_of_pages=True, new_pages=True, min_pages=61, min_per_category=0),
    # Held-out 137 comes only from UK political parties' and councillors' own writing: local party news pages and
    # local election manifestos (Liberal Democrat, Conservative, Labour, Green, Northern Independence Party), Focus team
    # pages, councillors' own blogs and newsletters, councillors' newspaper columns, and a few MPs' and candidates' own
    # constituency pages, on homelessness and rough sleeping, adult social care and day centres, older people, dementia,
    # disability, mental health and asylum hotels. Such pages lean on "the elderly", "vulnerable people", "sufferers",
    # "service users" and "respite", with "rough sleepers" and "our most vulnerable" as soft entries; legal terms and
    # quoted mentions are few, so it asks no minimum per category.
    "heldout137": HeldOut(
        290, (0.15, 0.35), "6b02823: 0.964, 0.982, 0.980, 0.8%, 0",
        {"precision": 0.96, "recall": 0.98, "stigmatising_recall": 0.98},   # now 0.964, 0.982, 0.980
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},      # now 0.0083, 0
        runs_of_pages=True, new_pages=True, min_pages=40, min_per_category=0),
    # Held-out 141 comes only from UK recovery colleges and peer support groups writing as themselves: NHS trusts'
    # peer support worker and recovery college pages, recovery college course descriptions and case studies, mutual
    # aid (UK SMART Recovery, members' articles in AA Great Britain's SHARE magazine, a peer-led recovery organisation,
    # a recovery hub), hearing voices, self-harm, OCD, eating disorder and bipolar groups, carers' and family support
    # groups, lived-experience networks (NSUN, National Expert Citizens Group, User Voice) and peer mentor services.
    # Such pages mostly use person-first wording; "service users" carries most of the must-flag share, and legal
    # terms and explained terms are absent, so it asks no minimum per category.
    "heldout141": HeldOut(
        215, (0.05, 0.2), "06b3305: 0.880, 0.957, 0.957, 1.0%, 0",
        {"precision": 0.87, "recall": 0.95, "stigmatising_recall": 0.95},   # now 0.880, 0.957, 0.957
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},      # now 0.0104, 0
        runs_of_pages=True, new_pages=True, min_pages=44, min_per_category=0),
    # Held-out 130 comes only from UK obituaries, death notices and tributes: local newspapers' obituaries and
    # family tributes (often inside inquest reports), national obituaries (The Guardian, Law Society Gazette,
    # Community Care), MuchLoved memorial pages, charities' tributes to a founder, patron or former chair, and
    # relatives' own letters, blog and forum posts. Such pages lean on "suffered from", "sufferer",
    # "wheelchair-bound", "confined to a wheelchair" and "elderly", with battle language as the main glossary gap;
    # legal terms and quoted mentions are absent, so it asks no minimum per category.
    "heldout130": HeldOut(
        359, (0.1, 0.3), "bdbbf27: 0.964, 0.964, 0.964, 0.7%, 0",
        {"precision": 0.96, "recall": 0.96, "stigmatising_recall": 0.96},   # now 0.964, 0.964, 0.964
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},      # now 0.0066, 0
        runs_of_pages=True, new_pages=True, min_pages=53, min_per_category=0),
    # Held-out 132 comes only from UK Freedom of Information responses and disclosure logs: councils' FOI responses
    # and disclosure logs (England, Wales, Scotland), police forces' and NHS bodies' disclosure logs, and
    # WhatDoTheyKnow request threads, about children in care and placements, asylum-seeking children, adult social
    # care and care packages, mental health detentions, safeguarding, homelessness duties and rough sleeping, respite
    # and short breaks, and Blue Badges. Requesters and officers copy the sector's own words (placements, looked after
    # children, care packages, service users, respite) into their questions; explained legal terms and other senses
    # are few, so it asks no minimum per category.
    "heldout132": HeldOut(
        340, (0.2, 0.35), "070a314: 0.957, 0.840, 0.845, 1.2%, 0",
        {"precision": 0.95, "recall": 0.85, "stigmatising_recall": 0.84},   # now 0.958, 0.859, 0.845
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 0},      # now 0.0122, 0
        runs_of_pages=True, new_pages=True, min_pages=60, min_per_category=0),
    # Held-out 133 comes only from UK public petitions written by members of the public and campaign groups about
    # social care, disability, SEND, homelessness, mental health, carers and children in care: UK Parliament petitions
    # (with rejection reasons) and their copies on Repetition.me and Parallel Parliament, Senedd and Scottish
    # Parliament petitions, change.org, 38 Degrees, GoPetition, The Petition Site and council e-petitions. Such
    # petitions mostly speak plainly of "disabled children" and "people with dementia", with the writers' own
    # "suffering from", "the homeless", "the elderly", "service users", "respite" and "placements" as the must-flag
    # words; legal terms are few, so it asks no minimum per category.
    "heldout133": HeldOut(
        389, (0.1, 0.3), "72f4d65: 0.886, 0.939, 0.934, 2.1%, 1",
        {"precision": 0.88, "recall": 0.95, "stigmatising_recall": 0.95},   # now 0.887, 0.955, 0.951
        {"must_not_flag_flagged_share": 0.03, "findings_in_names": 1},      # now 0.0213, 1
        runs_of_pages=True, new_pages=True, min_pages=63, min_per_category=0),
    # Held-out 131 comes only from UK insurers', brokers' and comparison sites' pages about disability, mental health
    # and medical conditions (travel insurance with pre-existing conditions, life cover and income protection with
    # mental health conditions, epilepsy, diabetes, dementia and cancer, car insurance for disabled drivers and the
    # Motability Scheme, mobility scooter and live-in care insurance), with consumer advice about such insurance
    # (Which?, MSE, nidirect, Mind, a CdLS charity guide) and press and trade press about it. Such pages mostly use the
    # preferred wording (disabled drivers, people with diabetes); the must-flag words are "suffer from", "sufferers",
    # "diabetics" and "the elderly". Legal terms are absent, so it asks no minimum per category.
    "heldout131": HeldOut(
        250, (0.15, 0.25), "e376103: 0.975, 0.830, 0.830, 0.5%, 0",
        {"precision": 0.97, "recall": 0.82, "stigmatising_recall": 0.82},   # now 0.975, 0.830, 0.830
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0.0047, 0
        runs_of_pages=True, new_pages=True, min_pages=56, min_per_category=0),
    # Held-out 135 comes only from UK consultation responses and written evidence by charities, professional bodies,
    # unions, user and carer groups and think tanks: written evidence and memoranda to Commons, Lords and joint
    # committees (children's social care, asylum, mental health law, disabled people's transport, benefit sanctions,
    # homelessness, drugs) and organisations' published responses to government consultations (Mental Health Act White
    # Paper, SEND, children's social care review, Mental Capacity Act code). Such writing mostly uses preferred wording
    # (disabled people, people with mental illness, refused asylum seekers) and soft entries, with placements,
    # looked-after children and service users as the main must-flag words; the must-flag share is low, so it asks
    # no minimum per category.
    "heldout135": HeldOut(
        300, (0.08, 0.2), "45336ae: 0.865, 0.780, 0.849, 1.5%, 1",
        {"precision": 0.88, "recall": 0.78, "stigmatising_recall": 0.84},   # now 0.889, 0.780, 0.849
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 1},      # now 0.0147, 1
        runs_of_pages=True, new_pages=True, min_pages=44, min_per_category=0),
    # Held-out 134 comes only from UK care worker training and induction material: Care Certificate workbooks and
    # study notes (standards 6, 9 and 10), Skills for Care pages, induction booklets, training providers' course
    # pages (behaviour that challenges, positive behaviour support, dementia, learning disability, Oliver McGowan
    # training, safeguarding and SOVA/POVA, moving and handling, medication, epilepsy and buccal midazolam, end of
    # life) and a care student's essay. Such pages mix the preferred wording with older course language (service
    # users, vulnerable adults, challenging behaviour, dementia sufferers); legal terms are rare, so it asks no
    # minimum per category.
    "heldout134": HeldOut(
        320, (0.1, 0.3), "53d12a3: 0.927, 1.000, 1.000, 1.5%, 4",
        {"precision": 0.92, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.927, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 4},      # now 0.0150, 4
        runs_of_pages=True, new_pages=True, min_pages=50, min_per_category=0),
    # Held-out 126 comes only from the UK trade and professional press for social work, social care, housing and
    # health: Community Care, Children & Young People Now, Inside Housing, LGC, The MJ, Local Government Executive,
    # LGA first, Public Finance, Local Government Lawyer, CIH news, Nursing Times, RCNi (Nursing Standard, Learning
    # Disability Practice), Learning Disability Today, Social Work News, Social Work Today, Drink and Drugs News,
    # the Guardian Social Care Network and care-home trade titles. Such writing mixes preferred wording with the
    # sector's shorthand (placements, service users, care packages, looked-after children); legal terms are few,
    # so it asks no minimum per category.
    "heldout126": HeldOut(
        290, (0.1, 0.3), "88e289a: 0.927, 0.962, 0.959, 1.2%, 0",
        # --pages the same. Since: "clean water supply", a Home Office "intake unit".
        {"precision": 0.97, "recall": 0.95, "stigmatising_recall": 0.95},   # now 0.981, 0.962, 0.959
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 1/251, 0
        runs_of_pages=True, new_pages=True, min_pages=43, min_per_category=0),
    # Held-out 127 comes only from UK energy, water and telecoms pages on the Priority Services Register and customers
    # in vulnerable situations: suppliers' and network operators' PSR and power cut pages, Ofgem, Ofwat and Ofcom
    # vulnerability pages, water companies' bill help, telecoms firms' accessibility and vulnerable customer policies,
    # and local and trade news about them (power cuts, storms, BT's digital landline switch). Such pages lean on
    # "vulnerable customers" (no entry), with elderly and vulnerable people as the main must-flag words; legal terms are
    # absent, so it asks no minimum per category.
    "heldout127": HeldOut(
        99, (0.15, 0.3), "3342be5: 0.957, 1.000, 1.000, 1.3%, 0",
        # --pages the same.
        {"precision": 0.95, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.957, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},      # now 1/78, 0
        runs_of_pages=True, new_pages=True, min_pages=36, min_per_category=0),
    # Held-out 128 comes only from UK councils' council tax discounts, exemptions and reductions pages (England,
    # Wales, Scotland): severe mental impairment (SMI) disregards, the disabled band reduction scheme, carers'
    # disregards, care leavers' exemptions, empty homes of people in care or hospital, council tax reduction
    # schemes and discretionary hardship relief, with council minutes and news and charity pages about them. Such
    # pages use "disabled person" and "severely mentally impaired" (no entry) far more than listed words; must-flag
    # is mostly suffers-from, so the share is low and it asks no minimum per category.
    "heldout128": HeldOut(
        502, (0.03, 0.3), "3342be5: 0.962, 0.926, 0.926, 0.2%, 2",
        # --pages the same; after the helper's one label fix.
        {"precision": 0.95, "recall": 0.92, "stigmatising_recall": 0.92},   # now 0.962, 0.926, 0.926
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 2},      # now 1/475, 2
        runs_of_pages=True, new_pages=True, min_pages=87, min_per_category=0),
    # Held-out 129 comes only from UK LGBT+ community services and charities writing as themselves, and local news
    # about them: older LGBT+ people's groups and befriending (Opening Doors, LGBT Foundation's Pride in Ageing,
    # Re-engage, Goldies, Tonic Housing), LGBTQ+ homelessness (akt, Stonewall Housing), switchboards and LGBT+ mental
    # health services (Switchboard, MindOut), drug, alcohol and chemsex support (Antidote/London Friend, The Love
    # Tank, Controlling Chemsex, LGBT Foundation), trans support groups and NHS gender and rainbow badge pages,
    # LGBT+ centres (Manchester, Leicester, The Proud Trust) and LGBT+ groups' safeguarding and social care pages.
    # Such pages mostly use the preferred wording and soft entries (homeless young people, substance misuse,
    # client, peers, loved ones), so the must-flag share is low and it asks no minimum per category.
    "heldout129": HeldOut(
        204, (0.05, 0.3), "3342be5: 0.905, 0.905, 0.905, 1.1%, 0",
        # --pages the same; after the helper's one id fix (dementia-sufferer).
        {"precision": 0.9, "recall": 0.9, "stigmatising_recall": 0.9},   # now 0.905, 0.905, 0.905
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},      # now 2/183, 0
        runs_of_pages=True, new_pages=True, min_pages=44, min_per_category=0),
    # Held-out 121 comes only from reviews and testimonials written by families, residents and clients about UK care
    # homes, home care agencies, day centres and short-break services: testimonials pages on providers' sites (the
    # families' own words), relatives' letters to local and national papers praising or criticising a home or an
    # agency, a Google-style review, and families' blog accounts of respite stays and residential care. Such writing
    # leans on elderly and respite, with soft loved ones, clients and special needs; legal terms are absent, so it
    # asks no minimum per category.
    "heldout121": HeldOut(
        208, (0.15, 0.3), "e5b53cb: 0.955, 0.824, 0.824, 1.3%, 1",
        # --pages 0.957, 0.863, 0.863. Since: "an elderly cat".
        {"precision": 0.96, "recall": 0.82, "stigmatising_recall": 0.82},   # now 0.977, 0.824, 0.824
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 1/160, 1
        runs_of_pages=True, new_pages=True, min_pages=49, min_per_category=0),
    # Held-out 122 comes only from UK online discussion forums and community Q&A written by members of the public:
    # Alzheimer's Society Talking Point, Carers UK forum, Mumsnet Talk (fostering, adoption, elderly parents,
    # special needs), Scope's forum, HealthUnlocked communities (MSA Trust, Mencap), the FTLA legal advice forum,
    # Pain Support, the ASD Forum, and general UK forums on Blue Badges and on homelessness. Members mostly write
    # plainly ("care home", "children in care", "birth family") and use soft entries (foster carer, sectioned, care
    # plan, birth parents), so its must-flag share is low, leans on disabled-toilet ("disabled bays", 12 of 30
    # expected ids) and legal terms are rare; it asks no minimum per category.
    "heldout122": HeldOut(
        240, (0.05, 0.3), "e5b53cb: 0.886, 1.000, 1.000, 1.8%, 1",
        # --pages the same.
        {"precision": 0.88, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.886, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 1},      # now 4/218, 1
        runs_of_pages=True, new_pages=True, min_pages=37, min_per_category=0),
    # Held-out 123 comes only from UK personal crowdfunding and community appeals written by individuals and families
    # (JustGiving, GoFundMe, Crowdfunder and Tree of Hope pages, parents' and friends' blogs) and local news stories
    # about them: wheelchairs, home adaptations, therapy and treatment abroad, autism support dogs, a funeral, a
    # dementia support group, and volunteer-run soup kitchens and homeless projects. Families mostly write plainly,
    # so its must-flag share is low (26 of 253) and leans on suffers-from, sufferer, confined-to-a-wheelchair and
    # the-homeless; legal-term, explained-legal and quoted-mention are empty, so it asks no minimum per category.
    # First look on 389a93b (helper's one run): precision 0.871, recall 1.000, stigmatising recall 1.000, 4/227
    # must-not-flag flagged, 0 in names; --pages the same. Not yet read by the lead: no floors.
    "heldout123": HeldOut(
        253, (0.05, 0.2), "e5b53cb: 0.900, 1.000, 1.000, 1.3%, 0",
        # --pages the same; after the helper's id fix (ex-con).
        {"precision": 0.89, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.900, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},      # now 3/227, 0
        runs_of_pages=True, new_pages=True, min_pages=49, min_per_category=0),
    # Held-out 124 comes only from UK small and medium charities' annual, trustees' and impact reports and chair's
    # reports (on their own sites, in Companies House and Charity Commission filings, and copies on document sites):
    # homelessness, night shelters and soup runs, recovery, refugees and asylum seekers, carers and young carers,
    # older people's day centres, learning disability, disability transport and mental health charities. Such reports
    # mostly use the preferred wording (older people, disabled people, carers), so its must-flag share is low (21 of
    # 268) and leans on service-user (13); legal-term, explained-legal and quoted-mention are empty, so it asks no
    # minimum per category.
    "heldout124": HeldOut(
        268, (0.05, 0.3), "9085313 (the helper's run): 0.950, 0.905, 0.905, 0.4%, 0",
        # The lead read the helper's report ("pencil cases" found as a case) before taking a first look, and a container
        # was ruled out first; so the helper's own run is the first look. --pages the same.
        {"precision": 0.99, "recall": 0.9, "stigmatising_recall": 0.9},   # now 1.000, 0.905, 0.905
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 0/247, 0
        runs_of_pages=True, new_pages=True, min_pages=36, min_per_category=0),
    # Held-out 125 comes only from UK teaching resources and lesson material about disability, homelessness, mental
    # health, care, poverty, refugees and addiction: PSHE and citizenship lesson plans and teacher notes (Oak National
    # Academy, PSHE Association, Young Citizens, BBC Schools, charities' lesson and assembly packs), assembly scripts,
    # GCSE and A-level sociology, psychology and religious studies revision notes, health and social care revision
    # packs, flashcards and lesson slides, and care-qualification case studies. Such pages mostly use the preferred
    # wording, so its must-flag share is low (47 of 515) and leans on service-user (17) and elderly (7); legal-term
    # and explained-legal are (nearly) empty, so it asks no minimum per category.
    "heldout125": HeldOut(
        515, (0.05, 0.3), "e5b53cb: 0.904, 0.979, 0.979, 0.9%, 2",
        # --pages the same. Since: "verbal and non-verbal methods", "support refugees and asylum seekers".
        {"precision": 0.93, "recall": 0.97, "stigmatising_recall": 0.97},   # now 0.940, 0.979, 0.979
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 2},      # now 3/468, 2
        runs_of_pages=True, new_pages=True, min_pages=63, min_per_category=0),
    # Held-out 120 comes only from UK social landlords' tenant-facing pages (housing associations, ALMOs and council
    # housing departments; no allocations or supported housing): vulnerability and reasonable adjustments policies,
    # tenancy support and safeguarding pages, hoarding and self-neglect, damp and mould, repair priorities, garden and
    # decorating help for older and disabled tenants, mobility scooters, and local and trade news about social
    # landlords and their tenants. Its must-flag share leans on elderly; "vulnerable tenants/residents/customers" has no
    # entry (glossary gap). Legal-term, explained-legal and quoted-mention are nearly empty, so it asks no minimum per
    # category.
    "heldout120": HeldOut(
        239, (0.1, 0.3), "abcfebf: 0.974, 1.000, 1.000, 0.5%, 0",
        # --pages the same; after the helper's one label fix.
        {"precision": 0.96, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.974, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 1/203, 0
        runs_of_pages=True, new_pages=True, min_pages=53, min_per_category=0),
    # Held-out 114 comes only from UK research writing about social care, health and disadvantage for the public:
    # NIHR Evidence collections, NIHR-funded project pages and plain English summaries, universities' research news
    # and research ethics pages, research councils' press releases and guidance, SCIE, What Works centres, the
    # Health Foundation, research charities, HM Inspectorate of Probation's evidence base and public-involvement
    # pages. Such pages mostly use the preferred wording, so its must-flag share is modest (59 of 311) and leans on
    # service-user (19); explained-legal and quoted-mention are nearly empty, so it asks no minimum per category.
    "heldout114": HeldOut(
        311, (0.1, 0.3), "d0d16b0: 0.982, 0.915, 0.907, 0.4%, 1",
        # --pages the same; after the helper's one label fix (ex-prisoners).
        {"precision": 0.97, "recall": 0.91, "stigmatising_recall": 0.9},   # now 0.982, 0.915, 0.907
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},      # now 1/252, 1
        runs_of_pages=True, new_pages=True, min_pages=43, min_per_category=0),
    # Held-out 115 comes only from UK community safety writing by councils and partnerships (and housing providers
    # and local news about them): anti-social behaviour and ASB case review (community trigger) pages, cuckooing and
    # county lines awareness pages, Prevent and Channel pages, hate crime reporting pages, public spaces protection
    # order decisions on begging and street drinking, community safety partnership priorities, and doorstep crime
    # warnings. Its must-flag share is modest and leans on vulnerable-groups and elderly; legal-term, explained-legal
    # and quoted-mention are nearly empty, so it asks no minimum per category.
    "heldout115": HeldOut(
        397, (0.1, 0.3), "d0d16b0: 0.936, 0.952, 0.952, 1.2%, 0",
        # --pages the same. Since: "a vulnerable individual is befriended" (a noun before a verb).
        {"precision": 0.93, "recall": 0.98, "stigmatising_recall": 0.98},   # now 0.939, 0.984, 0.984
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},      # now 4/339, 0
        runs_of_pages=True, new_pages=True, min_pages=54, min_per_category=0),
    # Held-out 116 comes only from UK libraries, digital inclusion and adult learning writing: councils' home library
    # service pages and volunteer appeals, library services for blind and partially sighted readers, autism-friendly
    # library hours, Reading Well / books on prescription, library closure and mobile library news, councils' digital
    # inclusion strategies and device-lending schemes, digital champions, older people's computer classes and care
    # homes getting online, and adult and community learning pages and news on courses for disabled learners. Such
    # pages mostly say "older people", "disabled people" and "people with dementia" and lean on soft entries
    # (customers, pensioners, people with autism), so its must-flag share is low (52 of 337) and leans on "elderly"
    # (25) and "vulnerable" (14); legal terms are absent, so it asks no minimum per category.
    "heldout116": HeldOut(
        330, (0.1, 0.4), "d0d16b0: 0.946, 0.929, 0.929, 1.1%, 0",
        # --pages the same; after the helper's one id fix (dementia-sufferer).
        {"precision": 0.94, "recall": 0.92, "stigmatising_recall": 0.92},   # now 0.946, 0.929, 0.929
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},      # now 3/285, 0
        runs_of_pages=True, new_pages=True, min_pages=84, min_per_category=0),
    # Held-out 117 comes only from UK GP practices' and primary care's own pages: home visits for housebound patients,
    # safeguarding adults policies, disability access and accessible information pages, carers and dementia-friendly
    # pages, registration, temporary residents, safe surgery and zero tolerance pages, flu and COVID-19 vaccination
    # pages, learning disability and annual health check pages, and primary care networks' and a GP federation's own
    # pages. Such pages mostly use plain or preferred wording, so its must-flag share is low and leans on elderly,
    # vulnerable adult(s), BAME and respite; legal-term, explained-legal and quoted-mention are empty, so it asks no
    # minimum per category.
    "heldout117": HeldOut(
        320, (0.04, 0.3), "d0d16b0: 0.800, 1.000, 1.000, 2.0%, 0",
        # --pages the same. Three of its six wrong findings are "disabled parking/spaces", which the labeller
        # left must-not-flag although the glossary lists them (see notes/issue-14-heldout117.md).
        {"precision": 0.79, "recall": 0.99, "stigmatising_recall": 0.99},   # now 0.800, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.025, "findings_in_names": 0},      # now 6/296, 0
        runs_of_pages=True, new_pages=True, min_pages=58, min_per_category=0),
    # Held-out 118 comes only from UK family justice writing for the public: Cafcass and Cafcass Cymru pages, child
    # contact centres (and the National Association of Child Contact Centres), family solicitors' and barristers'
    # plain explainers of care proceedings, the Public Law Outline, interim care orders, grandparents' applications and
    # fathers' contact, Family Drug and Alcohol Courts, Family Rights Group's pages, Pathfinder pilot courts and the
    # Separated Parents Information Programme, advocacy for parents with learning disabilities, and news of family
    # court cases. Its must-flag share is modest (99 of 637) and leans on "contact" for a child's time with family
    # (contact-family-time 69, contact-centre 20, supervised-contact 6); suggestion-level legal terms (parental
    # responsibility, care order, child arrangements order) are all allowed, so legal-term is nearly empty and it
    # asks no minimum per category.
    "heldout118": HeldOut(
        630, (0.1, 0.3), "d0d16b0: 0.861, 0.692, 0.689, 1.3%, 2",
        # --pages 0.862, 0.701, 0.698. Most misses were "contact" on child contact centre pages with no relative
        # in the sentence (now: family-time topic words "child contact centre", "non-resident parent"; as pages now
        # 0.946, 0.813, 0.811); "non-resident parent" is no children's home; a family court's cases are not people.
        {"precision": 0.93, "recall": 0.7, "stigmatising_recall": 0.69},   # now 0.938, 0.701, 0.698
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 2},      # now 4/538, 2
        runs_of_pages=True, new_pages=True, min_pages=69, min_per_category=0),
    # Held-out 119 comes only from UK ombudsman writing: Local Government and Social Care Ombudsman decision
    # statements and news releases, Housing Ombudsman determinations and learning reports, Parliamentary
    # and Health Service Ombudsman reports and press releases, SPSO case summaries, and local, trade and legal news
    # (and blogs reprinting decisions) on ombudsman findings against councils, care providers and NHS bodies. Ombudsman
    # statements mostly use plain wording ("care home", "disabled child", "short breaks"), so its must-flag share is
    # modest (91 of 594) and leans on respite (33), placement (14) and care-package (10).
    "heldout119": HeldOut(
        590, (0.1, 0.4), "d0d16b0: 0.944, 0.894, 0.906, 1.0%, 0",
        # --pages 0.946, 0.936, 0.953; after the helper's two label fixes. Since: "homecare package".
        {"precision": 0.94, "recall": 0.9, "stigmatising_recall": 0.91},   # now 0.944, 0.904, 0.918
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},      # now 5/503, 0
        runs_of_pages=True, new_pages=True, min_pages=89, min_per_category=5),
    # Held-out 108 comes only from UK direct payments and personal budgets writing: councils' direct payments guides,
    # policies, audit, PA register and DBS pages, managed-account and direct payment support services, centres for
    # independent living, personal health budget pages and stories from NHS bodies, personal assistant information
    # pages, and local, national and trade news on cuts to direct payments, take-up, checks on PAs and In Control. Such
    # pages mostly use the preferred wording (disabled people, personal assistant, support), so its must-flag share is
    # low (60 of 569) and leans on service-user (18), respite (15) and care-package (12); legal-term, explained-legal
    # and quoted-mention are nearly empty, so it asks no minimum per category.
    "heldout108": HeldOut(
        560, (0.05, 0.3), "e23afaf: 0.981, 0.825, 0.828, 0.2%, 0",
        # --pages 0.982, 0.873, 0.879, 0.2%, 0. Since: "those who lack capacity".
        {"precision": 0.97, "recall": 0.83, "stigmatising_recall": 0.82},   # now 0.982, 0.841, 0.828
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 1/509, 0
        runs_of_pages=True, new_pages=True, min_pages=71, min_per_category=0),
    # Held-out 110 comes only from UK children's and young people's mental health writing: NHS CAMHS referral
    # criteria and eligibility pages (community, learning disability, autism, inpatient and looked-after
    # children's teams), Mental Health Support Teams in schools, Local Transformation Plans and area wellbeing
    # programmes, CAMHS participation pages, self-harm advice for young people and parents, youth and school
    # counselling charities, forensic and crisis CAMHS, and local and trade news about CAMHS waits and inquests.
    # Such pages mostly use "children and young people" and "mental health problems", so its must-flag share is
    # modest (78 of 543) and leans on looked-after-child (17), service-user (16) and young-offender (14).
    "heldout110": HeldOut(
        543, (0.1, 0.3), "e23afaf: 0.944, 0.817, 0.892, 0.6%, 3",
        # --pages the same; after the helper's one label fix. Since: "result in denial of access" and
        # "significantly harm themselves" are no longer found.
        {"precision": 0.96, "recall": 0.81, "stigmatising_recall": 0.88},   # now 0.971, 0.817, 0.892
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 3},      # now 1/465, 3
        runs_of_pages=True, new_pages=True, min_pages=72, min_per_category=0),
    # Held-out 113 comes only from UK social care, social work and support-work job adverts and role profiles:
    # support worker job descriptions and person specifications, NHS and charity support, time and recovery worker
    # adverts, homelessness outreach and housing support workers' "day in the life" careers pages, children's homes
    # and council recruitment (residential support workers, children's social workers), reablement, home care and
    # care home recruitment pages, drug and alcohol worker careers pages, careers profiles (day care officer, care
    # worker). Such pages mostly use the preferred wording or soft entries (client, rough sleepers, care plan,
    # residents), so only 55 of 462 sentences are must-flag (11.9%), leaning on "service users" (37 of 56 expected
    # ids); legal-term, explained-legal and quoted-mention are nearly empty, so it asks no minimum per category.
    "heldout113": HeldOut(
        462, (0.08, 0.2), "e23afaf: 0.931, 0.964, 0.982, 1.0%, 1",
        # --pages the same.
        {"precision": 0.92, "recall": 0.96, "stigmatising_recall": 0.98},   # now 0.931, 0.964, 0.982
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 1},      # now 4/407, 1
        runs_of_pages=True, new_pages=True, min_pages=55, min_per_category=0),
    # Held-out 111 comes only from UK maternity, perinatal and health visiting writing: NHS perinatal mental health
    # services' referral pages, safeguarding partnerships' pre-birth (unborn baby) procedures, maternity voices
    # partnership pages (National Maternity Voices, NHS England, AIMS, the RCM), Family Nurse Partnership and health
    # visiting pages, substance use in pregnancy (a Commons answer, NHS clinics, a study, news on babies born with
    # neonatal abstinence syndrome), postnatal depression and Ockenden inquiry news, "geriatric pregnancy" and "was not
    # brought" writing. Its must-flag share (78 of 481) leans on "service users" (35, mostly MVP pages), "suffer(ing)
    # from" (10), "substance abuse" (7), "addict" (6) and "drug users" (5); legal-term has 2 sentences and
    # explained-legal none, so it asks no minimum per category.
    "heldout111": HeldOut(
        480, (0.12, 0.25), "ff7d861: 0.872, 0.872, 0.868, 2.2%, 3",
        # --pages the same. Since: a health visitor's "contacts" and "make lifestyle choices that will give your child
        # the best possible start in life" are no longer found.
        {"precision": 0.91, "recall": 0.86, "stigmatising_recall": 0.86},   # now 0.919, 0.872, 0.868
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 3},      # now 5/403, 3
        runs_of_pages=True, new_pages=True, min_pages=64, min_per_category=0),
    # Held-out 112 comes only from UK food banks, cost-of-living and crisis-support writing: Trussell and independent
    # food banks writing as themselves, councils' Household Support Fund and local welfare / crisis schemes, warm hubs
    # and warm spaces, fuel poverty and energy-help pages, news on the Winter Fuel Payment cut, holiday activities and
    # food (HAF) pages, food clubs, pantries, surplus-food cafes, lunch clubs and Christmas meals, with local news. Such
    # pages mostly say "people in need", "older people" and "households on low incomes", and lean on soft entries
    # (pensioners, clients, customers, rough sleepers, homeless people, "the most vulnerable"), all `allow`; must-flag
    # is low (56 of 598, 9.4%), mostly vulnerable-groups (25), elderly (23) and the-homeless (6), with almost no legal
    # terms (2 legal-term, 1 explained-legal sentences), so it asks no minimum per category.
    "heldout112": HeldOut(
        590, (0.05, 0.2), "b9a6c15: 0.981, 0.853, 0.848, 0.2%, 0",
        # --pages the same; after the helper's one label fix. Since: "Winter care packages" (gift parcels) are not
        # found.
        {"precision": 0.99, "recall": 0.85, "stigmatising_recall": 0.84},   # now 1.000, 0.853, 0.848
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 0},      # now 0/542, 0
        runs_of_pages=True, new_pages=True, min_pages=80, min_per_category=0),
    # Held-out 109 comes only from UK independent advocacy writing: advocacy charities' and hubs' pages on IMHA, IMCA,
    # Care Act advocacy, Relevant Person's Representative and NHS complaints advocacy (POhWER, VoiceAbility, Advonet,
    # Cloverleaf, local advocacy services), councils' pages describing or commissioning advocacy, children's advocacy
    # (Coram Voice, Become, Family Rights Group, a council's children's rights service), self-advocacy and citizen
    # advocacy groups, and local and trade news about advocacy funding. Such pages mostly use the preferred wording and
    # explain capacity decision by decision, so its must-flag share is low (50 of 678) and leans on service-user (17),
    # vulnerable-groups (12) and lacks-capacity (7); quoted-mention and legal-term are small, so it asks no minimum per
    # category.
    "heldout109": HeldOut(
        670, (0.03, 0.2), "b9a6c15: 0.887, 0.922, 0.975, 1.0%, 3",
        # --pages 0.938, 0.882, 0.975, 0.5%, 3; after the helper's three label fixes. Since: "those who lack capacity",
        # a decision named with "to be able to make", "in some specific cases". Pages now 0.958, 0.902.
        {"precision": 0.91, "recall": 0.93, "stigmatising_recall": 0.97},   # now 0.923, 0.941, 0.975
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 3},      # now 4/628, 3
        runs_of_pages=True, new_pages=True, min_pages=80, min_per_category=0),
    # Held-out 102 comes only from UK home adaptations and equipment writing: councils' Disabled Facilities Grant pages
    # and housing assistance policies, councils' and housing associations' adaptations policies for tenants, adult and
    # children's occupational therapy pages, NHS wheelchair services' referral and eligibility pages, community
    # equipment returns, telecare, assistive technology and community alarm pages, sensory impairment equipment teams,
    # Care & Repair and home improvement agencies, with local news, a solicitors' case note and charities' campaign
    # pages on adaptation delays. Such pages mostly use the preferred wording (disabled person, disabled occupant,
    # older people, wheelchair user) and put "disabled" inside grant names, so its must-flag share is low (38 of 618)
    # and leans on vulnerable-groups (13), elderly (12) and service-user (10); legal-term, explained-legal and
    # quoted-mention are (nearly) empty, so it asks no minimum per category.
    "heldout102": HeldOut(
        618, (0.03, 0.15), "fc0b0ed: 0.970, 0.800, 0.821, 0.2%, 0",
        # --pages the same. The misses are "vulnerable" before words the entry does not list ("vulnerable tenants",
        # "if you are vulnerable"), which other sets' labellers mostly allow.
        {"precision": 0.96, "recall": 0.79, "stigmatising_recall": 0.82},   # now 0.970, 0.800, 0.821
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},     # now 1/580, 0
        runs_of_pages=True, new_pages=True, min_pages=83, min_per_category=0),
    # Held-out 103 comes only from UK sexual health and HIV writing: HIV charities (Terrence Higgins Trust, NAT, George
    # House Trust, local HIV support charities), local news on cuts to HIV and sexual health services, council sexual
    # health JSNAs and consultations, a CCG's HIV support changes, sexual health outreach to sex workers, people who are
    # homeless and other groups (NHS, LGA and conference abstracts), HIV and people refused asylum, chemsex support at
    # a sexual health clinic, writing on Edinburgh's HIV epidemic, and services and policy for people selling sex. Such
    # pages mostly use person-first wording ("people living with HIV"), so only 71 of 585 sentences are must-flag
    # (12.1%), leaning on "service users" (19), "BME"/"BAME" (10), "vulnerable groups" (9) and "hard to reach" (8); it
    # has no legal-term or explained-legal sentences, so it asks no minimum per category.
    "heldout103": HeldOut(
        585, (0.05, 0.3), "fc0b0ed: 0.863, 0.945, 0.945, 2.1%, 0",
        # --pages the same. Nine wrong findings were a sex worker's "clients" (now the ordinary sense).
        {"precision": 0.90, "recall": 0.94, "stigmatising_recall": 0.94},   # now 0.908, 0.945, 0.945
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},     # now 7/514, 0
        runs_of_pages=True, new_pages=True, min_pages=61, min_per_category=0),
    # Held-out 104 comes only from UK community mental health services writing as themselves, and local news about
    # them: NHS Talking Therapies (IAPT), community mental health teams and the community mental health transformation
    # programmes, early intervention in psychosis teams, recovery colleges, trusts' peer support worker pages,
    # Mind branches, Rethink Mental Illness carers' groups, mental health drop-ins, day centres (and their closures) and
    # clubhouses. Its must-flag share is low (61 of 394) and leans on "service user(s)" (45); it has no legal-term or
    # explained-legal sentences, so it asks no minimum per category.
    "heldout104": HeldOut(
        394, (0.1, 0.4), "2503696: 0.968, 0.968, 0.968, 0.6%, 1",
        # --pages the same. Since: "hard to reach services" (services hard to get to) is ordinary.
        {"precision": 0.98, "recall": 0.96, "stigmatising_recall": 0.96},   # now 0.984, 0.968, 0.968
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 1},     # now 1/333, 1
        runs_of_pages=True, new_pages=True, min_pages=58, min_per_category=0),
    # Held-out 106 comes only from UK social prescribing and community connection writing: primary care network and GP
    # practice social prescribing pages, Scotland's community link workers (Deep End), councils' local area
    # coordination (Thurrock, Leicestershire, York, Isle of Wight), community connectors and navigators, wellbeing
    # services, councils' and CVS community hubs (COVID-19 hubs, warm hubs), good neighbour schemes run or promoted by
    # CVS and rural community councils, loneliness projects, befriending schemes, Men's Sheds and friendship lunches,
    # and local news about them. Such pages mostly use plain or preferred wording; its must-flag share leans on
    # "elderly" and "vulnerable people", and it has no legal-term or explained-legal sentences, so it asks no minimum
    # per category.
    "heldout106": HeldOut(
        298, (0.1, 0.35), "2503696: 0.983, 0.918, 0.918, 0.4%, 0",
        # --pages the same (after the helper's one id fix). Since: "finds it hard to reach out" is ordinary.
        {"precision": 0.99, "recall": 0.93, "stigmatising_recall": 0.93},   # now 1.000, 0.934, 0.934
        {"must_not_flag_flagged_share": 0.0, "findings_in_names": 0},       # now 0/242, 0
        runs_of_pages=True, new_pages=True, min_pages=50, min_per_category=0),
    # Held-out 107 comes only from UK Parliament and the devolved legislatures writing about social care, disability,
    # homelessness and children in care: Hansard (Commons, Lords, Westminster Hall; hansard.parliament.uk, historic
    # Hansard and Parallel Parliament copies), written questions and answers, Work and Pensions, Health, Education and
    # Public Accounts Committee pages and evidence, the Scottish Parliament's Official Report and Northern Ireland
    # Assembly reports. Must-flag leans on "placement(s)", "vulnerable adults", "elderly", "priority need" and
    # "intentionally homeless"; "bed blocking" is both used (4) and quoted or criticised as a label (9).
    "heldout107": HeldOut(
        387, (0.15, 0.3), "1b578e7: 0.960, 0.900, 0.891, 0.6%, 2",
        # --pages the same, after the helper's three id fixes (the helper's own run before them: 0.933, 0.875, 0.859).
        # Since: "mental homes" and "vulnerable old people".
        {"precision": 0.95, "recall": 0.92, "stigmatising_recall": 0.92},   # now 0.961, 0.925, 0.922
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 2},      # now 2/314, 2
        runs_of_pages=True, new_pages=True, min_pages=52, min_per_category=5),
    # Held-out 105 comes only from UK community services for older people writing as themselves, and local news about
    # them: local Age UK, Age Concern and Age Cymru services and befriending schemes, Contact the Elderly
    # tea parties, lunch and luncheon clubs, Darby and Joan and seniors' clubs, day centres and news of their closure,
    # good neighbour schemes, older people's forums, councils' ageing well and age strategies, Silver Sunday, University
    # of the Third Age groups, walking football, and extra care, sheltered, retirement and almshouse housing pages.
    # Such pages mostly use "older people" or give the age, so its must-flag share is low (69 of 612) and leans on
    # "elderly" (55); it has no legal-term or explained-legal sentences, so it asks no minimum per category.
    "heldout105": HeldOut(
        590, (0.05, 0.3), "8b8fb3d: 0.972, 0.986, 0.986, 0.0%, 0",
        # --pages the same, after the helper's two forgotten allows, on 612 sentences; three pages that held-out 106
        # also holds (21 sentences) were removed after it. Since: "to foster intergenerational contact" is the verb.
        {"precision": 0.98, "recall": 0.98, "stigmatising_recall": 0.98},   # now 0.985, 0.985, 0.985
        {"must_not_flag_flagged_share": 0.0, "findings_in_names": 0},       # now 0/526, 0
        runs_of_pages=True, new_pages=True, min_pages=79, min_per_category=0),
    # Held-out 99 comes only from UK services and charities for people with acquired brain injury, stroke and long-term
    # neurological conditions writing as themselves, and local news about them: Headway groups and day centres, local
    # stroke clubs and the Stroke Association, MS therapy centres and MS groups, Parkinson's UK and MND Association
    # branches, epilepsy charities and groups, NHS community neuro-rehabilitation teams, spinal injury charities and
    # brain injury care providers. Such pages mostly use person-first or survivor wording, so its must-flag share is
    # low (41 of 541) and leans on "sufferer(s)" (19) and "suffer from/with" (8); it has no legal-term or
    # explained-legal sentences, so it asks no minimum per category.
    "heldout99": HeldOut(
        541, (0.05, 0.3), "0c7077b: 0.949, 0.902, 0.902, 0.4%, 0",
        # --pages 0.950, 0.927, 0.927, 0.4%, 0. Since: "respite centres", "names like fits, seizures" (a mention) and
        # "contact with non-family members".
        {"precision": 0.99, "recall": 0.92, "stigmatising_recall": 0.92},   # now 1.000, 0.927, 0.927
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},     # now 0/500, 0
        runs_of_pages=True, new_pages=True, min_pages=86, min_per_category=0),
    # Held-out 100 comes only from UK adoption pages: regional and voluntary adoption agencies' and councils' pages on
    # letterbox contact and contact with birth families, the Adoption Support Fund, early permanence / fostering for
    # adoption, matching, adoption panels, life story work and later life letters, support for birth parents, adopted
    # adults' access to records, special guardianship support, Adoption UK, PAC-UK, Wales's National Adoption Service,
    # a Scottish fact sheet and Northern Ireland pages. Such pages mostly use soft or adoption-law wording (birth
    # parents, siblings, early permanence, placement for adoption, all allowed), so its must-flag share is low (116 of
    # 687) and leans on family "contact" (78); it has no quoted-mention and few legal-term and explained-legal
    # sentences, so it asks no minimum per category.
    "heldout100": HeldOut(
        687, (0.1, 0.3), "401ffc9: 0.839, 0.645, 0.649, 1.6%, 5",
        # --pages 0.848, 0.645, 0.649, 1.4%, 5. Most misses were family "contact" with no family word in the sentence
        # (now: a page about adoption or children in care, topic family-time) and foster, concurrency and early
        # permanence placements in a sentence that says "adoption" (now a child's home). Pages now 0.882, 0.868.
        {"precision": 0.85, "recall": 0.74, "stigmatising_recall": 0.76},   # now 0.859, 0.752, 0.766
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 5},      # now 9/571, 5
        runs_of_pages=True, new_pages=True, min_pages=63, min_per_category=0),
    # Held-out 96 comes only from UK Safeguarding Adults Boards' own writing: SAR pages, executive summaries, learning
    # and 7-minute briefings, SAB annual reports, strategic plans and "who may need safeguarding" pages, multi-agency
    # policies and procedures, self-neglect and hoarding guidance and toolkits, Making Safeguarding Personal pages,
    # Wales's Adult Practice Review pages and POVA manual, and Scottish APC reporting. Boards
    # mostly write "adult at risk" and soft or legal entries (safeguarding adults review, client, frail, best interests,
    # adults' care-home placements, all allowed), so its must-flag share is low (27 of 296) and leans on
    # vulnerable-adult, service-user, lacks-capacity and elderly; it asks no minimum per category.
    "heldout96": HeldOut(
        296, (0.05, 0.2), "6f4971c: 0.697, 0.852, 0.857, 3.7%, 1",
        # --pages 0.719, 0.852, 0.857, 3.4%, 1. Most wrong findings were "cases" as safeguarding concerns reviewed.
        {"precision": 0.78, "recall": 0.85, "stigmatising_recall": 0.85},   # now 0.793, 0.852, 0.857
        {"must_not_flag_flagged_share": 0.025, "findings_in_names": 1},     # now 6/269, 1
        runs_of_pages=True, new_pages=True, min_pages=56, min_per_category=0),
    # Held-out 97 comes only from UK children's safeguarding partnerships' and councils' child protection procedures
    # and guidance: online procedures manuals (child protection conferences, strategy discussions and section 47
    # enquiries, children looked after who are also on child protection plans, children missing from home or care,
    # trafficked and unaccompanied children, private fostering, disabled children, child sexual exploitation), a
    # threshold tool, serious case review summaries, Wales's child practice reviews, Northern Ireland's Safeguarding
    # Board and Scotland's child protection guidance. Must-flag (69 of 388) leans on looked-after-child and placement.
    "heldout97": HeldOut(
        388, (0.1, 0.4), "1d75e8d: 0.890, 0.912, 0.905, 1.9%, 10",
        # --pages the same (after the helper's nine forgotten allows). In names: titles of guidance in lower case
        # ("Volume 2: care planning, placement and case review").
        {"precision": 0.90, "recall": 0.91, "stigmatising_recall": 0.90},   # now 0.912, 0.912, 0.905
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 7},     # now 4/319, 7
        runs_of_pages=True, new_pages=True, min_pages=59, min_per_category=5),
    # Held-out 98 comes only from UK transport and mobility pages for disabled and older people: councils' Blue Badge,
    # disabled parking bay and dropped kerb pages, older and disabled persons' bus passes and companion passes
    # (England and Scotland), community transport, dial-a-ride and Shopmobility, taxi and private hire accessibility
    # pages (wheelchair accessible vehicles, assistance dogs, Taxicard), bus operators' wheelchair space policies,
    # the rail regulator's accessible travel pages, adult social care transport policies, home-to-school and SEND
    # transport, Motability and the law on mobility scooters ("invalid carriages"), with local news, letters and
    # forums on the same. Such pages mostly use the preferred wording (disabled people, wheelchair users, older
    # people), so its must-flag share is low (66 of 477) and leans on "disabled parking bay/space" (disabled-toilet, 33)
    # and "elderly" (17); it has no legal-term or explained-legal sentences, so it asks no minimum per category.
    "heldout98": HeldOut(
        477, (0.1, 0.4), "1d75e8d: 0.933, 0.836, 0.836, 1.0%, 1",
        # --pages the same. Since: "disabled bay/space/spot" (disabled-toilet) and "disabled and older passengers".
        {"precision": 0.96, "recall": 0.95, "stigmatising_recall": 0.95},   # now 0.970, 0.955, 0.955
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},     # now 2/411, 0
        runs_of_pages=True, new_pages=True, min_pages=129, min_per_category=0),
    # Held-out 101 comes only from UK eating disorder and gambling harm services writing as themselves and news about
    # them: NHS adult and children's community eating disorder services, FREED, inpatient units and local news on
    # them, Beat and eating disorder counselling pages; NHS gambling clinics, GamCare, Gordon Moody, Gamblers
    # Anonymous news, and councils' and the Gambling Commission's gambling licensing and public health pages.
    # Must-flag (61 of 366) leans on "sufferer(s)" and "suffer from" (eating disorders) and "addict(s)" (Gordon Moody);
    # "problem gamblers" and "anorexic daughter" have no entry (glossary gaps). Legal-term and explained-legal are
    # (nearly) empty, so it asks no minimum per category.
    "heldout101": HeldOut(
        366, (0.12, 0.4), "74789e0: 0.947, 0.857, 0.857, 1.0%, 4",
        # --pages the same. Since: the new problem-gambler entry; "problem gamblers" sentences the labeller had marked
        # as a glossary gap, and "addicted gamblers" labelled addict, were relabelled to it (so later numbers are not
        # comparable with the first look), and hospitals' eating disorder units are no children's home.
        {"precision": 0.97, "recall": 0.91, "stigmatising_recall": 0.91},   # now 0.986, 0.919, 0.919
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 4},     # now 1/291, 4
        runs_of_pages=True, new_pages=True, min_pages=59, min_per_category=0),
    # Held-out 93 comes only from NHS continuing healthcare (CHC) pages: ICBs', CCGs' and councils' checklist, fast-
    # track, eligibility, review and appeal pages, children's continuing care, NHS-funded nursing care, personal health
    # budgets for people eligible for CHC, Wales's Continuing NHS Healthcare and Scotland's Hospital Based Complex
    # Clinical Care, Beacon, Age UK, carers' forums, news and letters, and solicitors' and claims firms' care fee
    # recovery pages. Such pages mostly use plain or soft wording (the individual, loved ones, complex needs, adults'
    # care home placements, all allowed), so its must-flag share is low (51 of 602) and leans on "package of care"/"care
    # package" (care-package), "elderly" and "dementia sufferers"; it has few legal-term sentences, so it asks no
    # minimum per category.
    "heldout93": HeldOut(
        602, (0.05, 0.3), "bb5238f: 0.904, 0.904, 0.900, 0.9%, 1",
        # --pages on bb5238f the same, as was the helper's single run on 652c267. Three misses were "This package of
        # care is called Continuing Care" (a thing given its name, now the term used).
        {"precision": 0.90, "recall": 0.96, "stigmatising_recall": 0.95},   # now 0.909, 0.962, 0.960
        {"must_not_flag_flagged_share": 0.0091, "findings_in_names": 1},    # now 5/551, 1
        runs_of_pages=True, new_pages=True, min_pages=71, min_per_category=0),
    # Held-out 95 comes only from councils' adult social care strategies and visions, market position statements
    # (care homes, home care, supported living, mental health), local accounts and annual social services reports, and
    # cabinet, scrutiny and committee papers on adult social care (England and Wales; a few council pages copied on
    # document sites, news pages quoting a council report, a council leader's column). Must-flag (51 of 305) leans
    # on service-user (26); other-sense has 7 sentences, explained-legal and legal-term none, so it asks no minimum per
    # category.
    "heldout95": HeldOut(
        305, (0.12, 0.4), "c8992e8: 1.000, 0.962, 0.962, 0.0%, 1",
        # --pages on c8992e8 the same; the helper's single run on 828b205, before one forgotten allow: 0.980, 0.962.
        {"precision": 0.99, "recall": 0.98, "stigmatising_recall": 0.98},   # now 1.000, 0.981, 0.981
        {"must_not_flag_flagged_share": 0.0, "findings_in_names": 1},       # now 0/254, 1
        runs_of_pages=True, new_pages=True, min_pages=62, min_per_category=0),
    # Held-out 94 comes only from UK early help and family support pages: councils' and partnerships' early help
    # strategies and assessment guidance, family hubs, children's centres and Start for Life pages, Wales's
    # Families First and Flying Start, Northern Ireland's family support hubs, and above all the Troubled
    # Families / Supporting Families programme (government statements and annual reports, Hansard, councils'
    # programme pages and minutes, local and trade news, critics), with two pages on its forerunner, family
    # intervention projects. Its must-flag
    # sentences lean on "troubled families" used as a label (58 of 97) and "vulnerable families/children"; most
    # other listed words sit in programme names or quotation marks, and it has only 2 legal-term sentences, so it
    # asks no minimum per category and a share floor of 0.10.
    "heldout94": HeldOut(
        657, (0.1, 0.4), "6e063ce: 0.917, 0.908, 0.905, 1.4%, 5",
        # --pages on 6e063ce the same, as was the helper's single run on 30a5f3c. Three wrong findings were the old
        # programme's parts ("troubled families funding", "units", "employment advisers"; now names).
        {"precision": 0.95, "recall": 0.91, "stigmatising_recall": 0.91},   # now 0.957, 0.918, 0.916
        {"must_not_flag_flagged_share": 0.0072, "findings_in_names": 2},    # now 4/560, 2
        runs_of_pages=True, new_pages=True, min_pages=81, min_per_category=0),
    # Held-out 90 comes only from councils' local offers for care leavers, corporate parenting strategies, pledges,
    # panel and committee reports, and guides for care leavers and children in care (England, Wales, Scotland and
    # Northern Ireland: councils, HSC trusts, the Scottish and Welsh Governments, Who Cares? Scotland, Become, Staf).
    # Such pages lean on suggestion-level legal terms (care leaver, personal adviser, pathway plan, corporate parent),
    # so its must-flag share is modest (69 of 508, mostly looked-after-child and placement), and it has only 4
    # other-sense sentences, so it asks no minimum per category.
    "heldout90": HeldOut(
        508, (0.1, 0.4), "ebf6b8d: 0.939, 0.871, 0.917, 0.9%, 6",
        # --pages on ebf6b8d: 0.953, 0.871, 0.917, 0.7%, 3. The helper's single run on cbae58b gave 0.910 before two
        # forgotten allows were added. Three wrong findings were Northern Ireland sub-groups named for looked after
        # children (a Sub-Group is now named like a group).
        {"precision": 0.96, "recall": 0.87, "stigmatising_recall": 0.91},   # now 0.968, 0.871, 0.917
        {"must_not_flag_flagged_share": 0.0046, "findings_in_names": 3},    # now 2/439, 3
        runs_of_pages=True, new_pages=True, min_pages=55, min_per_category=0),
    # Held-out 89 comes only from UK councils' own homelessness pages: homelessness and rough sleeping strategies and
    # their consultation and committee pages, homelessness reviews, rapid rehousing transition plans (Scotland),
    # housing options and homelessness advice pages (priority need, intentionally homeless, reviews of decisions,
    # prevention and relief duties), and rough sleeping, StreetLink and severe weather pages, from England, Wales and
    # Scotland. Such pages mostly use soft entries (rough sleepers, homeless households, threatened with
    # homelessness, local connection, all allowed) and explain their legal terms, so its must-flag share is low
    # (47 of 602), leaning on priority-need, service-user (duty to refer) and intentionally-homeless; it asks no
    # minimum per category.
    "heldout89": HeldOut(
        600, (0.05, 0.3), "003045c: 1.000, 0.870, 0.875, 0.0%, 0",
        # --pages the same but recall 0.889. The misses were "the prevention or relief duty" (now both duties) and
        # "cases" moved on from temporary accommodation (now a person).
        {"precision": 0.99, "recall": 0.96, "stigmatising_recall": 0.99},   # now 1.000, 0.963, 1.000
        {"must_not_flag_flagged_share": 0.0, "findings_in_names": 0},       # now 0/555, 0
        runs_of_pages=True, new_pages=True, min_pages=73, min_per_category=0),
    # Held-out 92 comes only from UK suicide prevention strategies, plans, audits and training (councils' minutes and
    # pages, the LGA, NHS England, Northern Ireland's Protect Life 2, Wales's Talk to Me 2, Scotland's Choose Life and
    # Every Life Matters), self-harm guidance (healthy-schools toolkits, school self-harm policies, myths-and-facts
    # pages) and mental health crisis services and crisis lines (NHS 111 option 2 and trusts' crisis lines, street
    # triage, crisis cafes and houses, crisis resolution teams, the Crisis Care Concordat, places of safety, PAPYRUS,
    # Breathing Space, Lifeline). Such pages mostly use the preferred wording ("died by suicide", "people who
    # self-harm", "people who use services"), so its must-flag share leans on "service users", "suffering with/from",
    # "vulnerable people" and "commit suicide" (40 of 229), and it has one legal-term sentence, so it asks no minimum
    # per category.
    "heldout92": HeldOut(
        229, (0.15, 0.4), "cc21b82: 0.822, 0.925, 0.949, 3.2%, 0",
        # --pages on cc21b82 the same. Four wrong findings were "contact numbers" (the lemma table read "number" as
        # "numb"), "young people contact Childline" (a verb) and "a place of safety can be anywhere" (explains).
        {"precision": 0.90, "recall": 0.92, "stigmatising_recall": 0.94},   # now 0.902, 0.925, 0.949
        {"must_not_flag_flagged_share": 0.0212, "findings_in_names": 0},    # now 4/189, 0
        runs_of_pages=True, new_pages=True, min_pages=55, min_per_category=0),
    # Held-out 91 comes only from UK councils' own adult social care money pages: charging policies for care at home and
    # in care homes (English, Welsh and Scottish), financial assessment guides, cabinet and committee decisions on
    # charging, respite and day care charges, direct payments and personal budgets guidance and procedures, deferred
    # payment schemes, top-ups, and council appointeeship and client affairs services. Such pages mostly use plain
    # wording; its must-flag share is modest (95 of 616) and leans on "respite" (58) and "service users" (28), and legal
    # terms there are mostly explained or suggestion-level (deferred payment agreement, eligible needs), so it has five
    # legal-term sentences and asks no minimum per category.
    "heldout91": HeldOut(
        610, (0.1, 0.4), "4c2d6c8: 0.989, 0.860, 0.874, 0.2%, 0",
        # --pages on 4c2d6c8: 0.989, 0.910, 0.926, 0.2%, 0. The helper's single run on 10b09b4 gave 0.977, 0.860
        # before one forgotten allow. "Respite Care" in capitals was read as a name (now the term, whole).
        {"precision": 0.98, "recall": 0.88, "stigmatising_recall": 0.89},   # now 0.989, 0.880, 0.895
        {"must_not_flag_flagged_share": 0.0020, "findings_in_names": 0},    # now 1/521, 0
        runs_of_pages=True, new_pages=True, min_pages=67, min_per_category=0),
    # Held-out 87 comes only from UK police forces' and police and crime commissioners' own pages: vulnerability
    # statements and force policies on adults at risk, police and crime plans, commissioners' news releases on mental
    # health and policing (street triage, Right Care Right Person, custody), appropriate adult schemes, victims'
    # services commissioned by PCCs, missing persons and the Herbert Protocol, hate crime, anti-social behaviour,
    # youth diversion and early intervention, and force news on child exploitation and fraud. Such pages lean heavily
    # on "vulnerable people" and otherwise use fairly plain wording, so its must-flag share is modest (44 of 234,
    # mostly vulnerable-groups) and it has one legal-term sentence, so it asks no minimum per category.
    "heldout87": HeldOut(
        234, (0.1, 0.4), "41bf013: 0.955, 0.933, 0.932, 1.1%, 1",
        # --pages on 41bf013: the same, as was the helper's single run on b507ef1. One miss was "suffering mental health
        # difficulties" (now listed); "a vulnerable individual needs to be ..." stays missed ("individual needs").
        {"precision": 0.95, "recall": 0.95, "stigmatising_recall": 0.95},   # now 0.956, 0.956, 0.955
        {"must_not_flag_flagged_share": 0.0106, "findings_in_names": 1},    # now 2/190, 1
        runs_of_pages=True, new_pages=True, min_pages=36, min_per_category=0),
    # Held-out 86 comes only from UK councils' and NHS bodies' equality impact assessments, equality analyses, screening
    # forms and equality objectives pages: EIAs of budget savings, day centre, care home, meals, short breaks and school
    # transport changes, council tax support schemes and policies (East Sussex, Brighton & Hove, Hampshire, Salford,
    # Cumbria, Kirklees, Newham and others), NHS trusts' and CCGs' equality analysis, equality scheme, EDS and WRES
    # pages, Scottish and Northern Irish equality screenings. Such pages say "service users" far more than any other
    # listed word, so its must-flag share leans on service-user (42 of 60), with BME/BAME, "elderly", "vulnerable" and
    # "hard to reach" behind it, and it has one legal-term sentence, so it asks no minimum per category.
    "heldout86": HeldOut(
        290, (0.15, 0.4), "2aab015: 0.918, 0.918, 0.949, 1.3%, 3",
        # --pages on 2aab015: the same, as was the helper's single run on 0eacdf0. One wrong finding was an older
        # person's care-home "placements" (now another sense).
        {"precision": 0.93, "recall": 0.91, "stigmatising_recall": 0.94},   # now 0.933, 0.918, 0.949
        {"must_not_flag_flagged_share": 0.0130, "findings_in_names": 3},    # now 3/231, 3
        runs_of_pages=True, new_pages=True, min_pages=65, min_per_category=0),
    # Held-out 88 comes only from UK supported housing and tenancy sustainment services writing as themselves: council
    # floating support, supported living, hostel pathway and move-on pages, councils' commissioning decisions for young
    # people's and care leavers' supported accommodation, Supporting People pages, housing associations' tenancy
    # sustainment policies and Housing First blogs, young people's supported housing and foyers, hostels and supported
    # housing providers' eligibility pages. Such pages mostly use soft entries ("clients", "complex needs", "care
    # leavers", "homeless people", "signposting"), all allowed, so its must-flag share is low (35 of 423, leaning on
    # "vulnerable people" and "service users") and it has one legal-term sentence, so it asks no minimum per category.
    "heldout88": HeldOut(
        420, (0.05, 0.4), "4db19ee: 0.872, 0.944, 0.943, 1.3%, 2",
        # --pages on 4db19ee: the same, as was the helper's single run on 7f76712. One wrong finding was a man who
        # could "re-establish contact with his family" (now his own ties, not family time).
        {"precision": 0.89, "recall": 0.94, "stigmatising_recall": 0.94},   # now 0.895, 0.944, 0.943
        {"must_not_flag_flagged_share": 0.0104, "findings_in_names": 2},    # now 4/388, 2
        runs_of_pages=True, new_pages=True, min_pages=48, min_per_category=0),
    # Held-out 84 comes only from UK drug and alcohol treatment and recovery services writing as themselves: Change Grow
    # Live, Humankind, Young Addaction and NHS addictions services' own pages and news, council and NHS commissioners'
    # service specifications, tender notices, JSNA pages and a hidden harm strategy, needle exchange and harm reduction
    # pages, hospital alcohol liaison services, private rehab, detox and sober living providers and referral sites,
    # recovery cafes and communities, outreach services, and family support (Al-Anon family groups). Such pages mostly
    # use the preferred wording ("people who use drugs", "people in recovery") and soft entries (substance misuse,
    # client, care plan, peer), so its must-flag share is modest (67 of 398, leaning on "service user", "substance
    # abuse", "alcoholic", "addict" and "drug user") and it has one legal-term sentence, so it asks no minimum per
    # category.
    "heldout84": HeldOut(
        398, (0.1, 0.4), "ff6c4b4: 0.968, 0.895, 0.894, 0.6%, 0",
        # --pages on ff6c4b4: the same, as was the helper's single run on 5aac440. The two wrong findings were an
        # adult's place in rehab or detox ("placement"); three of the seven misses were "addicted" before a word for
        # people and "Care for Service Users whose ..." read as a name.
        {"precision": 1.0, "recall": 0.94, "stigmatising_recall": 0.93},    # now 1.000, 0.940, 0.939
        {"must_not_flag_flagged_share": 0.0, "findings_in_names": 0},       # now 0/331, 0
        runs_of_pages=True, new_pages=True, min_pages=51, min_per_category=0),
    # Held-out 85 comes only from UK prisons, probation and youth justice services writing as themselves: councils'
    # youth justice (youth offending) services on referral orders, out-of-court disposals and restorative justice,
    # liaison and diversion services, community rehabilitation companies and the Probation Service on community payback
    # and service user involvement, approved premises, prison and resettlement charities (Nacro, St Giles Trust, Pact,
    # Prison Reform Trust, Prisoners Abroad, Prisoners' Advice Service, RECOOP, Catch22, Revolving Doors), support for
    # families of people in prison, prison chaplains, and Ministry of Justice and Youth Justice Board pages. Such pages
    # say "offenders" (a suggestion-level entry, allowed) far more than any warning-level word, so its must-flag share
    # is low (79 of 686, leaning on "service users", "vulnerable people", "young offenders" and "BAME") and it has no
    # legal-term sentence, so it asks no minimum per category.
    "heldout85": HeldOut(
        686, (0.08, 0.4), "ff6c4b4: 0.908, 0.988, 0.988, 1.2%, 0",
        # --pages on ff6c4b4: the same, as was the helper's single run on 09f2480. Seven of the eight wrong findings
        # were "placement" for an adult: unpaid work, an approved premises, a job trial (as pages, community payback
        # pages now count as employment pages: 0.952 and 0.5% flagged).
        {"precision": 0.90, "recall": 1.0, "stigmatising_recall": 1.0},     # now 0.909, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.0116, "findings_in_names": 0},    # now 7/607, 0
        runs_of_pages=True, new_pages=True, min_pages=67, min_per_category=0),
    # Held-out 83 comes only from UK guides to the Mental Capacity Act 2005 and its practice, written for the public,
    # families, carers and staff: council and NHS-facing pages on capacity, best interests and the Deprivation of
    # Liberty Safeguards / Liberty Protection Safeguards, IMCA, RPR and advocacy services, Court of Protection,
    # deputyship and appointeeship guides, OPG guidance, care providers' MCA policies, and lasting power of attorney
    # guides by solicitors, care providers and charities (Age UK, Mencap, Mind, Alzheimer's Society). Such pages mostly
    # explain capacity and use the suggestion-level legal terms (best interests decision, deprivation of liberty,
    # lasting power of attorney), so its must-flag share is low (91 of 713), leaning on "vulnerable people/adults",
    # unexplained "lack(s) capacity", "placement" for an adult's home, "elderly" and "service users".
    "heldout83": HeldOut(
        710, (0.05, 0.4), "fb19318: 0.932, 0.891, 0.930, 1.0%, 6",
        # --pages on fb19318: 0.976, 0.870, 0.930, 0.3%, 2, as was the helper's single run on efb97a5. The six wrong
        # findings are "deprivation of liberty safeguards" in lower case, the scheme's name; five of the ten misses are
        # "lack(s) capacity" where older labellers split. "the vulnerable individual," is now found.
        {"precision": 0.93, "recall": 0.90, "stigmatising_recall": 0.94},   # now 0.933, 0.902, 0.944
        {"must_not_flag_flagged_share": 0.0097, "findings_in_names": 6},    # now 6/622, 6
        runs_of_pages=True, new_pages=True, min_pages=61, min_per_category=5),
    # Held-out 82 comes only from English, Welsh and Scottish councils' and housing associations' housing allocation
    # schemes and housing register pages writing as themselves: who can join the register, local connection, priority
    # bands, medical and welfare priority, exclusions and suspensions, choice-based lettings, reviews of allocation
    # decisions, sheltered and supported housing. Such pages speak of "applicants" and "households", explain most of
    # their rules in plain words and put most listed words inside names or soft entries ("local connection",
    # "homeless households", "customers"), so its must-flag share is very low (16 of 319, leaning on "priority need"
    # and "intentionally homeless") and it asks no minimum per category (one quoted-mention sentence).
    "heldout82": HeldOut(
        319, (0.03, 0.4), "a73a5f9: 0.923, 0.750, 0.833, 0.3%, 0",
        # --pages on a73a5f9: the same, as was the helper's single run on 93c0a7c. Three of the four misses are legal
        # terms in quotation marks ('do not have a “priority need”'), which every older labeller calls mentions.
        {"precision": 0.92, "recall": 0.75, "stigmatising_recall": 0.83},    # now 0.923, 0.750, 0.833
        {"must_not_flag_flagged_share": 0.0034, "findings_in_names": 0},     # now 1/303, 0
        runs_of_pages=True, new_pages=True, min_pages=58, min_per_category=0),
    # Held-out 81 comes only from UK hospital discharge and intermediate care writing as itself: council and NHS trust
    # discharge to assess, home first, reablement and going-home pages, intermediate care and step-down bed services,
    # home from hospital volunteer schemes, NHS continuing healthcare guidance for families, Scottish discharge guidance
    # and statistics, and delayed discharge ("bed blocking") news, explainers and commentary. Built in under an hour;
    # such pages mostly use the preferred wording, so its must-flag share is low (52 of 364, leaning on "care package",
    # "elderly" and "bed blocking") and it has only two legal-term sentences, so it asks no minimum per category.
    "heldout81": HeldOut(
        364, (0.1, 0.4), "5f5fac0: 0.941, 0.889, 0.904, 1.0%, 8",
        # --pages on 5f5fac0: the same, as was the helper's single run on fa0582d. The 8 in names are the national
        # model "Discharge to Assess", which the jargon entry names on purpose; wrong: "bed-blocking" as a word.
        {"precision": 0.97, "recall": 0.88, "stigmatising_recall": 0.90},    # now 0.980, 0.889, 0.904
        {"must_not_flag_flagged_share": 0.0033, "findings_in_names": 8},     # now 1/312, 8
        runs_of_pages=True, new_pages=True, min_pages=61, min_per_category=0),
    # Held-out 79 comes only from UK autism services and autism charities writing as themselves, and local news about
    # them: NHS and independent adult autism diagnosis services and referral pathways, council autism pages and
    # Asperger's teams, National Autistic Society guides and services, local autism charities, parent-led support
    # groups and their fundraising, autism-friendly sessions at museums, theatres and cinemas, and autistic-led
    # organisations' and parents' blogs. Built in about an hour; such pages mostly use soft entries ("people with
    # autism", "autism spectrum disorder") and the preferred wording, so its must-flag share is low (64 of 555,
    # leaning on "respite") and it has no legal-term sentence, so it asks no minimum per category.
    "heldout79": HeldOut(
        555, (0.1, 0.4), "7a9d63f: 0.948, 0.797, 0.797, 0.6%, 3",
        # --pages on 7a9d63f: 0.933, 0.812, 0.812, 0.8%, 3. The helper's single run on 563eaed, before it added four
        # allows it had forgotten: 0.887, 0.797, 0.797, 1.2%, 3. Misses: "vulnerable members of society" (4), "High
        # Functioning Autism" taken for a name (2), "case" for a person (2), "non-verbal" in quoted speech.
        {"precision": 0.96, "recall": 0.88, "stigmatising_recall": 0.88},    # now 0.968, 0.884, 0.884
        {"must_not_flag_flagged_share": 0.0041, "findings_in_names": 3},     # now 2/491, 3
        runs_of_pages=True, new_pages=True, min_pages=81, min_per_category=0),
    # Held-out 78 comes only from UK learning disability services and self-advocacy writing as themselves, and news
    # about them: People First and other self-advocacy groups, local Mencap societies and Gateway clubs, supported
    # living and Shared Lives providers and council schemes, council day opportunities and respite pages, learning
    # disability partnership boards, NHS community learning disability teams and health facilitation, NI and Welsh day
    # services, LeDeR pages written for the public, and local and trade news on day centre closures, respite units and
    # long-stay hospital closures. Such pages mostly use the preferred wording ("people with a learning disability"),
    # so its must-flag share is low (79 of 710, leaning on "respite" and "service users") and it has no legal-term
    # sentence: it asks no minimum per category.
    "heldout78": HeldOut(
        700, (0.1, 0.4), "f3b5696: 0.963, 0.963, 0.963, 0.5%, 0",
        # --pages on f3b5696: the same, as was the helper's single run on 7d27d06. Misses: "respite unit" inside
        # two homes' names ("Welby respite unit"), "specialist community placements".
        {"precision": 0.96, "recall": 0.96, "stigmatising_recall": 0.96},    # now 0.963, 0.963, 0.963
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 3/631, 0
        runs_of_pages=True, new_pages=True, min_pages=89, min_per_category=0),
    # Held-out 77 comes only from UK services for Gypsy, Roma and Traveller communities writing as themselves, and
    # news about them: council Gypsy and Traveller liaison, site, encampment and Traveller education (EMTAS) pages and
    # minutes, Welsh Government draft site and encampment guidance, Shelter's advice for Gypsies and Travellers,
    # Friends, Families and Travellers, the Traveller Movement, ACERT and other GRT charities, NHS and
    # inclusion-health pages on GRT health, Northern Ireland Traveller services, Roma projects, domestic abuse
    # services for GRT women, and local and trade news. Such pages mostly use the preferred wording, so its must-flag
    # share is low (35 of 364, leaning on "vulnerable groups") and it asks no minimum per category (one legal-term
    # sentence).
    "heldout77": HeldOut(
        364, (0.05, 0.4), "f3b5696: 0.800, 0.778, 0.771, 2.1%, 2",
        # --pages on f3b5696: the same, as was the helper's single run on 21e614c. Misses: "vulnerable" before
        # "migrants", "community", "population", "patient groups" and "pupils"; wrong: everyday "contact", a
        # report's title, "priority need" in the sentence that explains it.
        {"precision": 0.82, "recall": 0.88, "stigmatising_recall": 0.88},    # now 0.821, 0.889, 0.886
        {"must_not_flag_flagged_share": 0.022, "findings_in_names": 2},      # now 7/329, 2
        runs_of_pages=True, new_pages=True, min_pages=75, min_per_category=0),
    # Held-out 80 comes only from English councils' SEND local offer pages and their Welsh (additional learning needs)
    # and Scottish (additional support for learning) equivalents writing as themselves: short breaks statements and
    # short breaks / respite pages, disabled children's teams' criteria, support packages and short-break units (some
    # from councils' procedures manuals and committee minutes), preparing-for-adulthood pages, looked-after children
    # with SEND and virtual schools, SEND / ALN transport pages and policies, naming a school in an EHC plan,
    # exclusions, SENDIASS pages and parent carer forums. Built in about an hour and a half; such pages mostly use the
    # preferred wording ("disabled children", "short breaks"), so its must-flag share is low (40 of 442, leaning on
    # "respite") and it asks no minimum per category (one legal-term sentence).
    "heldout80": HeldOut(
        440, (0.05, 0.4), "36245e2: 0.686, 0.814, 0.825, 4.0%, 4",
        # --pages on 36245e2: 0.795, 0.814, 0.825, 2.2%, 3 (a page explains "looked after children" before its
        # other uses). The helper's single run on be51590, before six forgotten allows: 0.660, 0.814, 0.825, 4.5%,
        # 4. Still wrong as pages: "legally defined as being 'looked after'" (the status word, quoted) is not yet
        # taken to explain "looked after children"; misses: "case" for a child, short-break "units".
        {"precision": 0.72, "recall": 0.81, "stigmatising_recall": 0.82},    # now 0.729, 0.814, 0.825
        {"must_not_flag_flagged_share": 0.033, "findings_in_names": 2},      # now 13/402, 2
        runs_of_pages=True, new_pages=True, min_pages=78, min_per_category=0),
    # Held-out 76 comes only from local Healthwatch organisations in England (and Community Health Councils / Llais in
    # Wales and the Patient and Client Council in Northern Ireland) writing as themselves: enter-and-view visit
    # reports, reports-library summaries, news items, volunteers' blogs, a column and an opinion piece, on care homes,
    # day centres, home care, hospital discharge, carers and respite, mental health, homelessness and ethnic minority
    # communities. Built in about an hour and a half; its must-flag share leans on "service users" (35 of 75) and it
    # has no legal-term or quoted-mention sentence, so it asks no minimum per category.
    "heldout76": HeldOut(
        445, (0.12, 0.4), "f3cd078: 0.986, 0.872, 0.872, 0.3%, 1",
        # --pages on f3cd078: the same, as was the helper's single run on 21a48e6. Misses: "adult homeless",
        # "younger homeless" (a group word after a word for which of them), two misspelt "service users".
        {"precision": 0.98, "recall": 0.92, "stigmatising_recall": 0.92},    # now 0.986, 0.923, 0.923
        {"must_not_flag_flagged_share": 0.003, "findings_in_names": 1},      # now 1/370, 1
        runs_of_pages=True, new_pages=True, min_pages=60, min_per_category=0),
    # Held-out 75 comes only from UK deaf, blind and sensory-loss services writing as themselves, and local news about
    # them: local sight-loss and deaf charities and societies (their histories too), clubs, lipreading and tinnitus
    # groups, council sensory and deafblind services and rehabilitation, sign-language interpreting services, NHS eye
    # clinic liaison and auditory implant pages, Sense, Guide Dogs and Hearing Dogs. Built in about an hour; such
    # pages mostly use the preferred wording ("blind and partially sighted people", "deaf people"), so its must-flag
    # share is low (about 16 %) and it asks no minimum per category (no legal terms).
    "heldout75": HeldOut(
        309, (0.1, 0.4), "511ffa8: 0.930, 0.800, 0.800, 1.2%, 1",
        # --pages on 511ffa8: the same, as was the helper's single run on 04b7ed9. Misses: "blind" standing alone
        # for people ("Cornwall's blind and partially sighted"), "the Deaf", "a hearing affliction", "suffer some
        # sight loss".
        {"precision": 1.0, "recall": 0.84, "stigmatising_recall": 0.84},     # now 1.000, 0.840, 0.840
        {"must_not_flag_flagged_share": 0.0, "findings_in_names": 0},        # now 0/259, 0
        runs_of_pages=True, new_pages=True, min_pages=82, min_per_category=0),
    # Held-out 74 comes only from UK children's homes and residential care for children writing as themselves:
    # providers' statements of purpose, referral, "about us" and model-of-care pages, their blogs and news quoting
    # their Ofsted reports, secure children's homes' own pages, councils' and NHS trusts' pages about their own
    # children's homes and short-break homes (England, Wales, Scotland, Northern Ireland), providers' and councils'
    # own children's-home procedures, and residential special schools' care pages. Its must-flag share (123 of 466)
    # leans on "placement".
    "heldout74": HeldOut(
        466, (0.15, 0.4), "83e4c4c: 0.989, 0.721, 0.726, 0.3%, 2",
        # --pages on 83e4c4c: the same; the helper's single run on 0f3c226, before it added three allows it had
        # forgotten: 0.959, 0.721, 0.726, 0.9%, 2. Misses: "unit" (14), "residents" (6) and "sanctions" (3) for a
        # children's home, where no child word stands within the entries' windows, and "placement" beside "education".
        {"precision": 0.98, "recall": 0.72, "stigmatising_recall": 0.72},    # now 0.989, 0.721, 0.726
        {"must_not_flag_flagged_share": 0.003, "findings_in_names": 2},      # now 1/343, 2
        runs_of_pages=True, new_pages=True, min_pages=57, min_per_category=5),
    # Held-out 73 comes only from UK employment support writing as itself: Jobcentre Plus and DWP programme pages and
    # news (Restart, Work and Health Programme, Access to Work, Work Choice, New Deal for Disabled People, Jobcentre
    # advisers for troubled families), council and charity supported employment and job coaching (Local Supported
    # Employment, day-centre employment projects, work cafés, Remploy and its factory closures, homelessness and
    # ex-offender employment services), IPS and employment advisers in NHS mental health services, autism employment
    # programmes, and local news about such schemes. Built in about an hour and a half; such pages mostly use the
    # preferred wording ("disabled people") and soft entries (client, offender, people with disabilities), so its
    # must-flag share is low (40 of 425) and it asks no minimum per category.
    "heldout73": HeldOut(
        420, (0.05, 0.5), "83e4c4c: 0.808, 0.950, 0.950, 2.3%, 5",
        # --pages on 83e4c4c: the same; the helper's single run on 463c423, before it added an allow it had forgotten:
        # 0.792, 0.950, 0.950, 2.6%, 5. Wrong: "Individual placement and support (IPS)", a supported-employment
        # placement, "refer to benefit claimants as scroungers"; 3 in names are councils' "troubled families teams".
        {"precision": 0.95, "recall": 0.97, "stigmatising_recall": 0.97},    # now 0.951, 0.975, 0.975
        {"must_not_flag_flagged_share": 0.0052, "findings_in_names": 0},     # now 2/385, 0
        runs_of_pages=True, new_pages=True, min_pages=66, min_per_category=0),
    # Held-out 72 comes only from UK judges' own written judgments and tribunal decisions (Upper Tribunal SEND and
    # PIP decisions, the Court of Protection, the Family Court and the President of the Family Division in the Court
    # of Appeal), as published on Find Case Law and BAILII. Built far past its time box after a lost session: one
    # file, 47 sentences from 10 pages; judgments mostly use names and suggestion-level legal terms, so its must-flag
    # share is tiny (1 of 47) and it asks no minimum per category.
    "heldout72": HeldOut(
        47, (0.0, 0.5), "8c78af7: 1.000, 1.000, 1.000, 0.0%, 0",
        # --pages on 8c78af7: the same, as was the helper's single run on b084309. One must-flag sentence: the perfect
        # score is weak evidence; the set's worth is its 46 must-not-flag sentences and 24 with names.
        {"precision": 1.0, "recall": 1.0, "stigmatising_recall": 1.0},       # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.0, "findings_in_names": 0},        # now 0/46, 0
        runs_of_pages=True, new_pages=True, min_pages=10, min_per_category=0),
    # Held-out 69 comes only from UK dementia services and support writing as themselves: NHS memory clinics and
    # memory assessment services, Admiral Nurse pages, dementia cafés, support and singing groups, dementia-friendly
    # communities, local Alzheimer's Society and council dementia pages, dementia day services and local news about
    # them, and Herbert Protocol pages. Built in under an hour; such pages mostly use the preferred wording ("people
    # living with dementia"), so its must-flag share is low (21 of 377) and it asks no minimum per category.
    "heldout69": HeldOut(
        370, (0.04, 0.5), "f4287bd: 1.000, 1.000, 1.000, 0.0%, 0",
        # --pages on f4287bd: the same, as was the helper's single run on cd63754. With 21 must-flag sentences the
        # perfect score is weak evidence.
        {"precision": 1.0, "recall": 1.0, "stigmatising_recall": 1.0},       # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.0, "findings_in_names": 0},        # now 0/356, 0
        runs_of_pages=True, new_pages=True, min_pages=62, min_per_category=0),
    # Held-out 71 comes only from UK charity fundraising appeals, volunteering and events pages: Christmas and winter
    # appeals (homelessness charities, Friends of the Elderly, Age UK, Barnardo's, church gift appeals), sleep-outs and
    # sponsored challenges, food banks, soup runs and community kitchens, "where your money goes" and crowdfunding
    # pages, befriending volunteer roles and local press on fundraising. Built in about an hour; such pages mostly use
    # soft entries ("homeless people", "rough sleepers", "pensioners", "loved ones"), so its must-flag share is low
    # (13 %) and it asks no minimum per category.
    "heldout71": HeldOut(
        430, (0.08, 0.4), "8efcc4e: 0.980, 0.774, 0.774, 0.3%, 0",
        # --pages on 8efcc4e: the same. The helper's single run on 01dd665, before it allowed a suggestion-level entry
        # it had allowed on a like sentence: 0.960, 0.774, 0.774, 0.3%, 0. The misses were "the homeless" before a
        # phrasal verb's particle or a place word ("help the homeless throughout the year") and "vulnerable families".
        {"precision": 0.98, "recall": 0.87, "stigmatising_recall": 0.87},    # now 0.982, 0.871, 0.871
        {"must_not_flag_flagged_share": 0.003, "findings_in_names": 0},      # now 1/381, 0
        runs_of_pages=True, new_pages=True, min_pages=57, min_per_category=0),
    # Held-out 62 comes only from UK coroners' inquests and Prevention of Future Deaths (Regulation 28) reports: local
    # and national news reports of inquests, solicitors', chambers' and the INQUEST charity's summaries of inquests and
    # PFD reports, a court reporter's blog, Community Living magazine, the Chief Coroner's speech and the text of two
    # PFD reports. Built in under an hour after an unfinished first attempt, so it is small and asks no minimum per
    # category.
    "heldout62": HeldOut(
        233, (0.1, 0.4), "8efcc4e: 1.000, 0.907, 0.907, 0.0%, 0",
        # --pages on 8efcc4e: the same. The helper's single run on fd2acda, before it allowed a listed entry it had
        # overlooked on one sentence: 0.975, 0.907, 0.907, 0.0%, 0. Two misses are labels of another id for the same
        # words ("suffered from chronic depression" is reported as the more specific suffering-from-depression).
        {"precision": 1.0, "recall": 0.93, "stigmatising_recall": 0.93},     # now 1.000, 0.930, 0.930
        {"must_not_flag_flagged_share": 0.0, "findings_in_names": 0},        # now 0/191, 0
        runs_of_pages=True, new_pages=True, min_pages=43, min_per_category=0),
    # Held-out 70 comes only from UK local carers' services writing as themselves: carers' centres and local carers'
    # trusts (Halton, Solihull, Slough, Carers in Hertfordshire, Carers Link Lancashire, Leicestershire Carers
    # Partnership), young carers and young adult carers services, council carers' assessment, breaks, vouchers and
    # emergency-card pages, parent carer forums and local carers' groups. Built in under an hour; such pages mostly use
    # the preferred wording ("the person you care for", "short breaks"), so its must-flag share is low (about 9 %) and
    # it asks no minimum per category.
    "heldout70": HeldOut(
        214, (0.05, 0.4), "73dbd2f: 0.913, 0.955, 0.955, 1.0%, 1",
        # --pages on 73dbd2f: the same. The helper's single run on e21ce8e, before it allowed a suggestion-level entry
        # on a verb form it had allowed elsewhere: 0.875, 0.955, 0.955, 1.0%, 1. The one in a name is the charity
        # Contact ("Contact- for Families with Disabled Children", the dash joined to the word).
        {"precision": 0.95, "recall": 0.95, "stigmatising_recall": 0.95},    # now 0.955, 0.955, 0.955
        {"must_not_flag_flagged_share": 0.006, "findings_in_names": 1},      # now 1/194, 1
        runs_of_pages=True, new_pages=True, min_pages=42, min_per_category=0),
    # Held-out 66 comes only from UK early-years settings writing as themselves: nurseries, pre-schools, playgroups,
    # childminders and nursery schools (SEND, inclusion, behaviour, safeguarding, equality, looked-after-children,
    # admissions and health policies; Early Years Pupil Premium pages) and council pages on funded places for
    # two-year-olds and the early-years local offer. Built in about half an hour; such pages mostly use the preferred
    # wording, so its must-flag share is low (under 4 %) and it asks no minimum per category.
    "heldout66": HeldOut(
        330, (0.03, 0.5), "8969a90: 0.765, 1.000, 1.000, 1.2%, 0",
        # --pages on 8969a90: the same. The helper's single run on 9342045, before it allowed a suggestion-level legal
        # term it had allowed on two like sentences: 0.722, 1.000, 1.000, 1.5%, 0. The wrong findings were "contact"
        # as a childminder's or a nursery's contact with children and families.
        {"precision": 0.92, "recall": 1.0, "stigmatising_recall": 1.0},      # now 0.929, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.004, "findings_in_names": 0},      # now 1/325, 0
        runs_of_pages=True, new_pages=True, min_pages=50, min_per_category=0),
    # Held-out 67 comes only from UK welfare benefits writing: council, charity and advice pages on Universal Credit
    # sanctions, Carer's Allowance, Attendance Allowance, Motability, DLA and PIP, a Work and Pensions Committee
    # report, benefits news and disabled people's blogs on assessments, appeals and cuts. Its helper had about half an
    # hour; such pages mostly use the preferred wording, so its must-flag share is low and it asks no minimum per
    # category.
    "heldout67": HeldOut(
        290, (0.05, 0.5), "8969a90: 0.882, 0.968, 0.968, 1.5%, 0",
        # --pages on 8969a90: the same, as was the helper's single run on 7258a3d. The miss is "vulnerable claimants"
        # (plainspeak leaves "vulnerable" before most group words alone: most labellers allow it there).
        {"precision": 0.93, "recall": 0.96, "stigmatising_recall": 0.96},    # now 0.938, 0.968, 0.968
        {"must_not_flag_flagged_share": 0.008, "findings_in_names": 0},      # now 2/261, 0
        runs_of_pages=True, new_pages=True, min_pages=44, min_per_category=0),
    # Held-out 68 comes only from UK mental-health inpatient and secure services writing as themselves (NHS
    # trusts' ward, PICU and forensic service pages, St Andrew's, Priory, Cygnet, Elysium and Regis ward and
    # admission pages, carers' information on section 17 leave). Built in about twenty minutes, so it is small.
    "heldout68": HeldOut(
        230, (0.1, 0.4), "9cfdcca: 1.000, 1.000, 1.000, 0.0%, 0",
        # --pages on 9cfdcca: the same, as was the helper's single run on 622dde0. With 37 must-flag sentences (19 of
        # them "service user") the perfect score is weak evidence.
        {"precision": 1.0, "recall": 1.0, "stigmatising_recall": 1.0},       # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.0, "findings_in_names": 0},        # now 0/196, 0
        runs_of_pages=True, new_pages=True, min_pages=26, min_per_category=0),
    # Held-out 64 comes only from encyclopedia and reference pages on UK social policy and institutions
    # (Wikipedia articles and mirrors, a reference entry, a question-and-answer reference site, a charity's
    # homelessness-law explainer). Built in under twenty minutes after an interrupted first attempt, so it is
    # small: it asks for fewer sentences, pages and sentences per category, and a lower must-flag share.
    "heldout64": HeldOut(
        70, (0.1, 0.5), "3d58bff: 0.923, 0.923, 0.857, 1.5%, 0",
        # --pages on 3d58bff: 0.909, 0.769, 0.857, 1.5%, 0 (two "priority need" uses after the page's explanation,
        # which its labeller calls unexplained). The helper's single run on 3c9df1b, before it allowed a
        # suggestion-level legal term it had missed on two sentences: 0.800, 0.923, 0.857, 4.6%, 0. The miss is
        # "the homeless.[3]": a Wikipedia footnote mark joined to the word makes one token of "homeless.[3".
        {"precision": 0.92, "recall": 0.92, "stigmatising_recall": 0.85},    # now 0.923, 0.923, 0.857
        {"must_not_flag_flagged_share": 0.016, "findings_in_names": 0},      # now 1/65, 0
        runs_of_pages=True, new_pages=True, min_pages=10, min_per_category=0),
    # Held-out 65 comes only from UK scouting and guiding, cadets, Duke of Edinburgh, outdoor and residential
    # education, holiday activities and food (HAF), summer camps and inclusive adventure providers. Its helper had
    # under an hour, so it is small (121 sentences from 24 pages); such pages mostly use the preferred wording and
    # soft entries (special needs, peers, care plan), so its must-flag share is low and it asks no minimum per category.
    "heldout65": HeldOut(
        120, (0.05, 0.5), "a30887a: 0.889, 1.000, 1.000, 0.9%, 2",
        # --pages on a30887a: the same. The helper's single run on fdb1584 gave the same. The wrong finding is a
        # Girlguiding "unit", thirteen words from the word "Girlguiding"; the two in names are a support plan's name
        # and "statement of SEN" as a document's name.
        {"precision": 0.88, "recall": 1.0, "stigmatising_recall": 1.0},      # now 0.889, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.009, "findings_in_names": 2},      # now 1/113, 2
        runs_of_pages=True, new_pages=True, min_pages=20, min_per_category=0),
    # Held-out 63 comes only from independent (non-council) fostering agencies, voluntary agencies and regional
    # adoption agencies: recruitment pages, FAQs, blogs, training pages, a carers' handbook. Built in under an hour,
    # so it asks for fewer pages and sentences and no minimum per category.
    "heldout63": HeldOut(
        300, (0.15, 0.5), "100a302: 1.000, 0.914, 0.925, 0.0%, 0",
        # --pages on 100a302: the same. The helper's single run on 020e36e gave the same.
        {"precision": 0.99, "recall": 0.97, "stigmatising_recall": 0.98},    # now 1.000, 0.971, 0.985
        {"must_not_flag_flagged_share": 0.0, "findings_in_names": 0},        # now 0/289, 0
        runs_of_pages=True, new_pages=True, min_pages=35, min_per_category=0),
    # Held-out 59 comes only from UK domestic abuse and sexual violence writing: refuges, IDVA services, Women's Aid
    # audits, MARAC guidance, council strategies and safe accommodation duties, news on refuge closures, honour-based
    # abuse, and the housing and immigration law survivors meet (no recourse to public funds, priority need). Cut to
    # 353 sentences to keep to its deadline; its pages name legal terms far more often than they explain them (two
    # explained-legal sentences), so it asks for fewer sentences and a smaller minimum per category.
    "heldout59": HeldOut(
        350, (0.15, 0.5), "f0bbd30: 0.855, 0.734, 0.610, 2.1%, 5",
        # --pages on f0bbd30: the same. The helper's single run on 7611a96, before it allowed a suggestion-level
        # entry on two verb uses of "misuse": 0.825, 0.734, 0.610, 2.8%, 5. Most misses are "case" for a
        # woman referred to a risk conference, which the labeller calls a person and plainspeak leaves alone
        # without a word of risk, priority, a caseload or the conference's name beside it.
        {"precision": 0.96, "recall": 0.855, "stigmatising_recall": 0.8},    # now 0.965, 0.859, 0.805
        {"must_not_flag_flagged_share": 0.007, "findings_in_names": 1},      # now 2/287, 1
        runs_of_pages=True, new_pages=True, min_per_category=2),
    # Held-out 61 comes only from UK debt and money advice (creditors' and debt collectors' "vulnerable customer"
    # writing, bailiff advice, council tax arrears, hardship and crisis funds, fuel poverty and the Priority Services
    # Register, debt and mental health, pension credit take-up). Such pages name a legal term almost never (one
    # legal-term sentence, two name-title), so it asks for one sentence per category (min_per_category=1).
    "heldout61": HeldOut(
        400, (0.15, 0.5), "0788321: 0.873, 0.912, 0.925, 2.6%, 0",
        # --pages on 0788321: 0.861, 0.912, 0.925, 2.9%, 0. The helper's single run on c5f1867: 0.873, 0.912,
        # 0.925, 2.3%, 0 (it then allowed a general entry on one sentence).
        {"precision": 0.92, "recall": 0.97, "stigmatising_recall": 0.98},    # now 0.930, 0.971, 0.985
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},      # now 5/350, 0
        runs_of_pages=True, new_pages=True, min_per_category=1),
    # Held-out 58 comes only from UK drug and alcohol treatment and recovery services (private rehab clinics and
    # referral sites, council commissioning, NHS and charity treatment services, harm reduction, peer recovery). Such
    # pages seldom use a legal term without explaining it (one legal-term sentence), so it asks for one per category.
    "heldout58": HeldOut(
        400, (0.15, 0.5), "3198453: 0.929, 0.888, 0.886, 1.8%, 2",
        # --pages on 3198453: the same. The helper's single run on c7d1949, before it allowed the general
        # "suffers-from" beside "suffering-from-addiction" on three sentences: 0.888, 0.888, 0.886, 2.2%, 2.
        {"precision": 0.97, "recall": 0.95, "stigmatising_recall": 0.95},    # now 0.977, 0.955, 0.955
        {"must_not_flag_flagged_share": 0.007, "findings_in_names": 1},      # now 2/324, 1
        runs_of_pages=True, new_pages=True, min_per_category=1),
    # Held-out 60 comes only from UK funeral directors and funeral-plan firms, bereavement services and charities,
    # cemeteries and crematoria, obituaries and tributes, and council public health ("paupers'") funerals. Such
    # pages describe the dead person gently and use suggestion-level words ("loved ones", "homeless people",
    # "over 50s", "clients") far more than warning-level ones and never a legal term, and the helper had under an
    # hour, so it asks for 300 sentences, a must-flag share from 0.08 and no minimum per category.
    "heldout60": HeldOut(
        300, (0.08, 0.5), "335aa15: 0.875, 0.921, 0.921, 1.5%, 0",
        # --pages on 335aa15: the same. The helper's single run on fc5670a: 0.897, 0.921, 0.921, 1.2%, 0 (the
        # one more wrong finding on 335aa15 came from a rule added that session and taken out again).
        {"precision": 0.99, "recall": 0.94, "stigmatising_recall": 0.94},    # now 1.000, 0.947, 0.947
        {"must_not_flag_flagged_share": 0.0, "findings_in_names": 0},        # now 0/326, 0
        runs_of_pages=True, new_pages=True, min_pages=40, min_per_category=0),
    # Held-out 57 comes only from UK planning and building writing (committee minutes, officers' reports, appeal
    # reports, planning press, planning consultants and solicitors, local news on planning applications) and
    # architecture and design writing (dementia and autism design, accessible toilets, adaptable housing) about
    # hostels, care homes, children's homes, supported living and asylum hotels. Such pages use legal terms but
    # never explain one (ten legal-term, no explained-legal sentence), so it asks for no minimum per category,
    # like held-out 49 and 50.
    "heldout57": HeldOut(
        400, (0.15, 0.5), "947c40e: 0.960, 0.868, 0.877, 0.9%, 1",
        # --pages on 947c40e: the same. The helper's single run on cf151c2, before it allowed a listed entry it had
        # missed on three sentences: 0.923, 0.868, 0.877, 1.8%, 1.
        {"precision": 0.95, "recall": 0.89, "stigmatising_recall": 0.9},     # now 0.961, 0.892, 0.904
        {"must_not_flag_flagged_share": 0.009, "findings_in_names": 1},      # now 3/339, 1
        runs_of_pages=True, new_pages=True, min_per_category=0),
    # Held-out 52 comes only from UK community pharmacies and chains, dental practices, opticians, hearing and
    # audiology services, podiatry and physiotherapy clinics, their professional bodies and trade press (supervised
    # consumption, naloxone, safeguarding, home visits, care homes, consent and capacity, news and opinion).
    "heldout52": HeldOut(
        400, (0.15, 0.5), "4386a85: 0.838, 0.922, 0.938, 4.6%, 4",
        # --pages on 4386a85: 0.847, 0.922, 0.938, 4.3%, 4. The helper's single run on 8f58b96, before it allowed a
        # suggestion-level entry and relabelled two headlines as uses: 0.802, 0.920, 0.936, 5.7%, 6.
        {"precision": 0.89, "recall": 0.93, "stigmatising_recall": 0.95},    # now 0.894, 0.933, 0.950
        {"must_not_flag_flagged_share": 0.03, "findings_in_names": 2},       # now 10/350, 2
        runs_of_pages=True, new_pages=True),
    # Held-out 48 comes only from UK companies that sell to disabled and older people or their families
    # (mobility shops, stairlift, bathing and vehicle firms, alarm and telecare sellers, hearing and
    # continence suppliers, private home-care agencies): sales pages, blogs and buying guides.
    "heldout48": HeldOut(
        400, (0.15, 0.5), "8523082: 0.975, 0.963, 1.000, 0.5%, 0",
        # --pages on 8523082: the same. The helper's single run on f563b91, before it allowed the suggestion-level
        # "wandering" on six sentences where it had missed it: 0.929, 0.963, 1.000, 1.1%, 0.
        {"precision": 0.98, "recall": 0.96, "stigmatising_recall": 1.0},     # now 0.988, 0.963, 1.000
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 1/374, 0
        runs_of_pages=True, new_pages=True),
    # Held-out 47 comes only from hospices, palliative and end-of-life care, bereavement services and funeral /
    # end-of-life planning pages (hospices, Marie Curie, Sue Ryder, Hospice UK, NHS end-of-life pages, bereavement
    # and suicide-bereavement charities, councils' public health funeral pages).
    "heldout47": HeldOut(
        400, (0.15, 0.5), "merge of b8a29cc: 0.925, 0.838, 0.823, 1.1%, 2",
        # --pages on the same code: 0.933, 0.946, 0.952, 1.1%, 2 (bare "Respite" headings take the page's sense).
        # The helper's single run on aa5f85d gave the same sentence numbers.
        {"precision": 0.94, "recall": 0.885, "stigmatising_recall": 0.88},   # now 0.943, 0.892, 0.887
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 2},      # now 4/375, 2
        runs_of_pages=True, new_pages=True),
    # Held-out 45 comes only from grant-makers and funders (The National Lottery Community Fund, community
    # foundations, charitable trusts, council community grants, corporate foundations): their guidance,
    # "what we fund" pages, award lists and stories of funded projects.
    "heldout45": HeldOut(
        400, (0.15, 0.5), "ddf2c65: 0.850, 0.932, 0.936, 5.4%, 9",
        # --pages on ddf2c65: 0.857, 0.932, 0.936, 5.1%, 8. The helper's single run on 978c496, before it allowed
        # three suggestion-level entries it had missed: 0.826, 0.922, 0.925, 6.1%, 9.
        {"precision": 0.89, "recall": 0.945, "stigmatising_recall": 0.95},   # now 0.899, 0.952, 0.957
        {"must_not_flag_flagged_share": 0.04, "findings_in_names": 5},       # now 11/313, 5
        runs_of_pages=True, new_pages=True),
    # Held-out 49 comes only from parish, town and community councils (England, Wales, Scottish community
    # councils), their minutes, policies and newsletters, village websites and magazines, neighbourhood plans,
    # village halls and local good-neighbour schemes. A short round: 322 sentences from 66 pages; legal terms are
    # nearly absent from such pages (no legal-term, one quoted-mention sentence).
    "heldout49": HeldOut(
        300, (0.15, 0.5), "fb24c21: 0.966, 0.955, 0.955, 0.4%, 1",
        # --pages on fb24c21: the same. The helper's single run on ca36d07, before it allowed the suggestion-level
        # our-most-vulnerable it had missed: 0.955, 0.955, 0.955, 0.4%, 1.
        {"precision": 0.98, "recall": 0.96, "stigmatising_recall": 0.96},    # now 0.989, 0.966, 0.966
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 1},      # now 1/239, 1
        runs_of_pages=True, new_pages=True, min_pages=60, min_per_category=0),
    # Held-out 50 comes only from UK fire and rescue services, ambulance services, search and rescue teams and
    # those who write about them (safe and well visits, frequent callers, bariatric rescues, fire deaths, overdoses,
    # news). Legal terms are nearly absent from such pages
    # (no legal-term sentence, three explained-legal), so it asks for no minimum per category, like held-out 49.
    "heldout50": HeldOut(
        400, (0.15, 0.5), "09dc546: 0.920, 0.953, 0.953, 1.7%, 0",
        # --pages on 09dc546: the same, as was the helper's single run on ad6d928.
        {"precision": 0.96, "recall": 0.95, "stigmatising_recall": 0.95},    # now 0.964, 0.953, 0.953
        {"must_not_flag_flagged_share": 0.008, "findings_in_names": 0},      # now 3/403, 0
        runs_of_pages=True, new_pages=True, min_per_category=0),
    "heldout": HeldOut(
        250, (0.25, 0.65), "5586f0b: 0.893, 0.857, 0.904, 4.8%, 12",
        {"precision": 0.955, "recall": 0.9, "stigmatising_recall": 0.925},   # now 0.958, 0.909, 0.933
        {"must_not_flag_flagged_share": 0.018, "findings_in_names": 2}),     # now 6/351, 2
    "heldout2": HeldOut(
        250, (0.2, 0.65), "a52d34c: 0.846, 0.854, 0.863, 4.3%, 8",
        {"precision": 0.965, "recall": 0.925, "stigmatising_recall": 0.93},  # now 0.970, 0.932, 0.937
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 2}),      # now 1/276, 2
    "heldout3": HeldOut(
        250, (0.1, 0.65), "00379fd: 0.782, 0.958, 0.961, 4.4%, 4",
        {"precision": 0.89, "recall": 0.98, "stigmatising_recall": 0.99},    # now 0.897, 0.986, 1.000
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 0},       # now 7/408, 0
        runs_of_pages=True),
    "heldout4": HeldOut(
        400, (0.15, 0.5), "d5cd014: 0.717, 0.956, 0.947, 10.3%, 16",
        {"precision": 0.83, "recall": 0.95, "stigmatising_recall": 0.96},    # now 0.839, 0.956, 0.968
        {"must_not_flag_flagged_share": 0.055, "findings_in_names": 0},      # now 21/409, 0
        runs_of_pages=True, new_pages=True),
    "heldout5": HeldOut(
        450, (0.15, 0.5), "2e2cd04: 0.806, 0.850, 0.850, 4.7%, 6",
        {"precision": 0.865, "recall": 0.94, "stigmatising_recall": 0.94},   # now 0.870, 0.945, 0.942
        {"must_not_flag_flagged_share": 0.035, "findings_in_names": 4},      # now 17/512, 4
        runs_of_pages=True, new_pages=True),
    "heldout6": HeldOut(
        450, (0.15, 0.5), "c1c19ad: 0.840, 0.907, 0.905, 4.0%, 0",
        # Precision 0.892 before "lacks capacity" was found after "a person", "someone": three
        # more true uses on held-out 7, one here, and two uses on a page that explained the term
        # earlier, which only count as wrong one sentence at a time (--pages: 0.898).
        {"precision": 0.88, "recall": 0.93, "stigmatising_recall": 0.93},    # now 0.883, 0.932, 0.932
        {"must_not_flag_flagged_share": 0.03, "findings_in_names": 0},       # now 17/598, 0
        runs_of_pages=True, new_pages=True),
    "heldout7": HeldOut(
        450, (0.15, 0.5), "4f089fe: 0.919, 0.832, 0.852, 1.5%, 2",
        {"precision": 0.94, "recall": 0.91, "stigmatising_recall": 0.915},   # now 0.946, 0.916, 0.920
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 2},      # now 5/410, 2
        runs_of_pages=True, new_pages=True),
    "heldout8": HeldOut(
        400, (0.15, 0.5), "0fb6119: 0.955, 0.944, 0.969, 0.9%, 6",
        # The helper's own single run on 84682df (the third session's rules) gave the same.
        {"precision": 0.96, "recall": 0.95, "stigmatising_recall": 0.965},   # now 0.966, 0.956, 0.969
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},       # now 2/328, 1
        runs_of_pages=True, new_pages=True),
    "heldout9": HeldOut(
        400, (0.15, 0.5), "a4cb9b8: 0.954, 0.936, 0.946, 1.2%, 3",
        # The helper's own single run on 5990a40 (the start of the fourth session): 0.934, 0.900,
        # 0.902, 1.6%, 3.
        {"precision": 0.955, "recall": 0.965, "stigmatising_recall": 0.97},  # now 0.964, 0.973, 0.978
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 3},       # now 4/431, 3
        runs_of_pages=True, new_pages=True),
    "heldout10": HeldOut(
        400, (0.15, 0.5), "01a2187: 0.912, 0.879, 0.893, 1.6%, 5",
        # The helper's own single run on 4cce46f gave the same; so did the trained pipeline.
        {"precision": 0.935, "recall": 0.945, "stigmatising_recall": 0.955},  # now 0.941, 0.952, 0.960
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 2},       # now 5/437, 2
        runs_of_pages=True, new_pages=True),
    "heldout11": HeldOut(
        400, (0.15, 0.5), "13823d2: 0.938, 0.974, 0.970, 1.3%, 2",
        # The helper's own single run on 0109829: 0.904, 0.974, 0.970, 2.0%, 3 (one label changed
        # after it); the trained pipeline on 13823d2: 0.949, 0.974, 0.970, 1.0%, 3.
        {"precision": 0.98, "recall": 0.97, "stigmatising_recall": 0.965},   # now 0.987, 0.974, 0.970
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 2},      # now 1/394, 2
        runs_of_pages=True, new_pages=True),
    "heldout12": HeldOut(
        400, (0.15, 0.5), "bd3375a: 0.842, 0.934, 0.952, 3.7%, 0",
        # --pages on bd3375a: 0.955, 0.923, 0.952, 0.8%, 0; the trained pipeline the same as the
        # default. The helper's own run on 251f852 gave the same before two label fixes.
        {"precision": 0.845, "recall": 0.93, "stigmatising_recall": 0.945},  # now 0.850, 0.934, 0.952
        {"must_not_flag_flagged_share": 0.04, "findings_in_names": 0},      # now 14/374, 0
        runs_of_pages=True, new_pages=True),
    "heldout13": HeldOut(
        400, (0.15, 0.5), "7663aa9: 0.955, 0.977, 0.969, 1.0%, 8",
        # --pages and the trained pipeline gave the same (trained: 9 in names). The helper's own
        # single run on ddf1849 gave the same numbers.
        {"precision": 0.95, "recall": 0.98, "stigmatising_recall": 0.98},    # now 0.956, 0.989, 0.984
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 5},       # now 4/417, 5
        runs_of_pages=True, new_pages=True),
    "heldout14": HeldOut(
        400, (0.15, 0.5), "e21bb14: 0.811, 0.895, 0.887, 3.8%, 13",
        # --pages on e21bb14: 0.833, 0.895, 0.887, 3.2%, 11; the trained pipeline: 0.822, 0.895,
        # 0.887, 3.5%, 13. The helper's own run on c11ab68 (before a text fix): 0.800, 0.895.
        {"precision": 0.905, "recall": 0.905, "stigmatising_recall": 0.9},   # now 0.910, 0.910, 0.903
        {"must_not_flag_flagged_share": 0.018, "findings_in_names": 0},      # now 6/344, 0
        runs_of_pages=True, new_pages=True),
    "heldout15": HeldOut(
        400, (0.15, 0.5), "d96d2b8: 0.870, 0.991, 1.000, 4.1%, 19",
        # --pages and the trained pipeline gave the same. The helper's own run on 7a2e9fb: 0.864
        # (one forgotten allow, fixed after it).
        {"precision": 0.935, "recall": 0.985, "stigmatising_recall": 0.99},  # now 0.942, 0.991, 1.000
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 15},      # now 7/391, 15
        runs_of_pages=True, new_pages=True),
    "heldout16": HeldOut(
        400, (0.15, 0.5), "d6b91af: 0.951, 0.898, 0.899, 1.2%, 4",
        # --pages gave the same; the trained pipeline 0.942, 0.898, 0.899, 1.5%, 4. The helper's own
        # run on ccbe295 gave 0.942 before one forgotten allow and three garbled texts were fixed.
        {"precision": 0.955, "recall": 0.91, "stigmatising_recall": 0.915},  # now 0.961, 0.917, 0.921
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 3},       # now 3/330, 3
        runs_of_pages=True, new_pages=True),
    "heldout17": HeldOut(
        400, (0.15, 0.5), "c11ff69: 0.940, 0.900, 0.922, 1.1%, 3",
        # --pages: the same, with 4 in names; the trained pipeline 0.925, 0.886, 0.906, 1.4%, 4. The
        # helper's own run on 837117a: 0.913 before two forgotten allows were added.
        {"precision": 0.965, "recall": 0.91, "stigmatising_recall": 0.93},   # now 0.970, 0.914, 0.938
        {"must_not_flag_flagged_share": 0.006, "findings_in_names": 2},      # now 2/362, 2
        runs_of_pages=True, new_pages=True),
    # Held-out 18 comes from GP practices, pharmacies, universities and employers' own pages, where
    # listed terms are mostly soft (care leaver, substance misuse): 36 of 399 sentences are must-flag.
    "heldout18": HeldOut(
        395, (0.05, 0.5), "c11ff69: 0.943, 0.917, 0.903, 0.5%, 4",
        # --pages: the same; the trained pipeline 0.970, 0.889, 0.903, 0.3%, 4. The helper's own run
        # on 115aeb5: 0.868 before eleven forgotten allows of a soft entry were added.
        {"precision": 0.965, "recall": 0.91, "stigmatising_recall": 0.9},    # now 0.971, 0.917, 0.903
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 4},      # now 1/363, 4
        runs_of_pages=True, new_pages=True),
    # Held-out 19 comes from political writing (manifestos, MPs' and councillors' own sites and blogs, campaign
    # groups' consultation responses): 290 sentences from 53 pages, smaller than the 400 aimed at (time).
    "heldout19": HeldOut(
        285, (0.15, 0.5), "1eb4007: 0.839, 0.870, 0.851, 3.7%, 1",
        # --pages gave the same; the trained pipeline 0.857, 0.889, 0.872, 3.3%, 1. The helper's own
        # run on b5708e3: 0.807, 0.852 before three labels were corrected.
        {"precision": 0.845, "recall": 0.955, "stigmatising_recall": 0.95},  # now 0.853, 0.963, 0.957
        {"must_not_flag_flagged_share": 0.04, "findings_in_names": 1},       # now 9/240, 1
        runs_of_pages=True, new_pages=True),
    "heldout20": HeldOut(
        400, (0.15, 0.5), "00e8fdd: 0.874, 0.943, 0.951, 2.7%, 4",
        # --pages: 0.883, 0.943, 0.951, 2.5%, 4; the trained pipeline the same as the default. The
        # helper's own run on 29cc3f0: 0.865 before one forgotten allow.
        {"precision": 0.925, "recall": 0.94, "stigmatising_recall": 0.945},  # now 0.933, 0.943, 0.951
        {"must_not_flag_flagged_share": 0.016, "findings_in_names": 4},      # now 6/403, 4
        runs_of_pages=True, new_pages=True),
    # Held-out 21 comes from UK forums, question-and-answer pages and readers' letters. The helper's
    # single run on aad9d5e: 0.955, 0.889, 0.891, 0.9%, 1 (no label changed after it).
    "heldout21": HeldOut(
        400, (0.15, 0.5), "6c3a723: 0.955, 0.889, 0.891, 0.9%, 1",
        # --pages: 0.952, 0.819, 0.891, 0.9%, 1; the trained pipeline 0.942, 0.903, 0.906, 0.9%, 2.
        {"precision": 0.955, "recall": 0.98, "stigmatising_recall": 0.99},   # now 0.960, 0.986, 1.000
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},       # now 3/339, 1
        runs_of_pages=True, new_pages=True),
    # Held-out 23 comes only from NHS trusts', ICBs' and NHS England's own pages and GOV.UK guidance:
    # 290 sentences from 47 pages, smaller than the 400 aimed at (time).
    "heldout23": HeldOut(
        290, (0.15, 0.5), "eeab602: 0.963, 0.963, 0.950, 0.8%, 3",
        # --pages gave the same; the trained pipeline 0.981, 0.963, 0.950, 0.4%, 2. The helper's own
        # run on 91f706e gave the same as the default.
        {"precision": 0.955, "recall": 0.975, "stigmatising_recall": 0.97},  # now 0.964, 0.982, 0.975
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 3},       # now 2/240, 3
        runs_of_pages=True, new_pages=True),
    # Held-out 24 comes from regional and local UK news and from Parliament (Hansard, written questions, select
    # committee reports, a Commons Library briefing, the Scottish Parliament, Senedd and NI Assembly reports):
    # 351 sentences from 50 pages, smaller than the 400 aimed at (time).
    # Held-out 26 comes only from public bodies of Scotland, Wales and Northern Ireland (councils, NHS boards and
    # trusts, the Scottish and Welsh Governments, NI Housing Executive and Audit Office).
    "heldout26": HeldOut(
        182, (0.15, 0.5), "e3d28fa: 0.903, 0.933, 0.958, 1.9%, 1",
        # --pages: 0.933, 0.933, 0.958, 1.3%, 1; the trained pipeline the same as the default. The
        # helper's own run on ee88719: 0.875, 0.875 before three labels were changed.
        {"precision": 0.9, "recall": 0.93, "stigmatising_recall": 0.95},     # now 0.903, 0.933, 0.958
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 1},       # now 3/154, 1
        runs_of_pages=True, new_pages=True, min_pages=25, min_per_category=4),
    "heldout24": HeldOut(
        350, (0.15, 0.5), "7825830: 0.936, 0.868, 0.871, 1.4%, 0",
        # --pages: 0.967, 0.868, 0.871, 0.7%, 0; the trained pipeline the same as the default. The
        # helper's own run on 07550c6 gave the same.
        {"precision": 0.93, "recall": 0.905, "stigmatising_recall": 0.9},    # now 0.939, 0.912, 0.903
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 0},      # now 4/287, 0
        runs_of_pages=True, new_pages=True),
    # Held-out 25 comes only from national UK charities' own advice, information and news pages (Shelter,
    # Mind, Release, Adfam, Barnardo's, Coram, Coram Voice, Turning Point, Crisis, St Mungo's, Mencap, Scope,
    # Age UK, Turning Point Scotland): 329 sentences from 40 pages, smaller than the 400 aimed at (time), and
    # only 8.2 % must-flag (the Shelter legal pages are mostly explanation), so its share floor is 0.08.
    "heldout25": HeldOut(
        329, (0.08, 0.5), "9f0561b: 0.634, 0.867, 0.875, 5.0%, 1",
        # --pages on 9f0561b: 0.788, 0.867, 0.875, 2.3%, 1 (most wrong findings one sentence at a time
        # are "intentionally homeless" on a Shelter page that explains it); the trained pipeline the same.
        {"precision": 0.645, "recall": 0.86, "stigmatising_recall": 0.87},   # now 0.650, 0.867, 0.875
        {"must_not_flag_flagged_share": 0.047, "findings_in_names": 1},      # now 14/302, 1
        runs_of_pages=True, new_pages=True),
    # Held-out 27 comes only from pages written by care and support providers themselves (care homes, home-care
    # agencies, supported living, fostering and adoption agencies, children's homes, day and respite services).
    # 425 sentences from 47 pages; the helper's single run on cb452f3 gave the same as the first look.
    "heldout27": HeldOut(
        400, (0.15, 0.5), "16b862a: 0.934, 0.934, 0.930, 2.6%, 0",
        # --pages on 16b862a: 0.929, 0.959, 0.957, 2.9%, 1.
        {"precision": 0.945, "recall": 0.93, "stigmatising_recall": 0.925},  # now 0.950, 0.934, 0.930
        {"must_not_flag_flagged_share": 0.022, "findings_in_names": 0},      # now 6/311, 0
        runs_of_pages=True, new_pages=True),
    # Held-out 22 comes only from UK councils' own service pages, policies, strategies and committee minutes:
    # 443 sentences from 47 pages. The helper's single run on 5051f35 gave the same as the first look.
    "heldout22": HeldOut(
        400, (0.15, 0.5), "bdf676b: 0.976, 0.931, 0.923, 0.3%, 7",
        # --pages: 0.976, 0.943, 0.936, 0.3%, 7; the trained pipeline 0.964, 0.931, 0.923, 0.5%, 6.
        {"precision": 0.97, "recall": 0.925, "stigmatising_recall": 0.92},   # now 0.976, 0.931, 0.923
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 7},      # now 1/368, 7
        runs_of_pages=True, new_pages=True),
    # Held-out 28 comes only from local front-line services' own pages (day centres, hostels, outreach teams,
    # drug and alcohol services, recovery cafés, probation and resettlement, refuges, supported housing, lunch
    # and stroke clubs, advocacy and refugee groups): 432 sentences from 64 pages, 17.4 % must-flag (one
    # page, shared with held-out 27, dropped after merging). The helper's single run on 21affad: 0.958,
    # 0.885, 0.887, 0.3%, 0.
    "heldout28": HeldOut(
        400, (0.15, 0.5), "383e3bc: 0.959, 0.897, 0.901, 0.3%, 0",
        # --pages on 383e3bc: 0.956, 0.833, 0.901, 0.3%, 0 (a heading "Leave to remain – what to do next"
        # was read as explaining the term; fixed since: 0.986, 0.910).
        {"precision": 0.98, "recall": 0.90, "stigmatising_recall": 0.90},    # now 0.986, 0.910, 0.901
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 1/357, 0
        runs_of_pages=True, new_pages=True),
    # Held-out 29 comes only from legal writing for the public: solicitors' and barristers' explainers, blogs and
    # case studies, law clinics and legal-information sites (care proceedings, Court of Protection, inquests,
    # powers of attorney, immigration, criminal defence, homelessness, disability and benefits law): 554
    # sentences from 64 pages. The helper's single run on 7394989 gave the same as the first look.
    "heldout29": HeldOut(
        400, (0.15, 0.5), "383e3bc: 0.807, 0.923, 0.950, 4.9%, 1",
        # --pages on 383e3bc: 0.828, 0.923, 0.950, 4.2%, 1. Most wrong findings are "lacks capacity" on a
        # page that explains it through "those who lack the mental capacity to make certain decisions",
        # which two other sets label as uses: left as it is.
        {"precision": 0.825, "recall": 0.93, "stigmatising_recall": 0.96},   # now 0.829, 0.933, 0.963
        {"must_not_flag_flagged_share": 0.043, "findings_in_names": 1},      # now 19/454, 1
        runs_of_pages=True, new_pages=True),
    # Held-out 30 comes only from writing by or for people who draw on services (Healthwatch reports, Easy Read
    # documents, self-advocacy groups, children in care councils, carers' centres, involvement and co-production
    # pages, local disability and older people's forums, community newsletters): 403 sentences from 56
    # pages. The helper's single run on 934e259 gave the same as the first look.
    "heldout30": HeldOut(
        400, (0.15, 0.5), "3b0e6de: 0.935, 0.945, 0.953, 1.9%, 4",
        # --pages on 3b0e6de: 0.956, 0.945, 0.953, 1.3%, 4.
        {"precision": 0.94, "recall": 0.94, "stigmatising_recall": 0.95},    # now 0.945, 0.945, 0.953
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 1},       # now 5/315, 1
        runs_of_pages=True, new_pages=True),
    # Transport and travel pages (bus passes, school and SEND transport, rail, air, taxis, Blue Badges,
    # dial-a-ride, Motability, travel training), labelled before plainspeak was run on them: 369
    # sentences from 80 pages. Legal terms are rare on such pages (2 legal-term, 3 quoted-mention).
    "heldout32": HeldOut(
        350, (0.15, 0.5), "c17a5d3: 0.881, 0.936, 0.951, 1.9%, 2",
        # --pages on c17a5d3: 0.936, 0.936, 0.951, 0.6%, 2. The helper's single run on 1f1e02e gave the same.
        {"precision": 0.89, "recall": 0.93, "stigmatising_recall": 0.95},    # now 0.894, 0.936, 0.951
        {"must_not_flag_flagged_share": 0.017, "findings_in_names": 2},      # now 5/312, 2
        runs_of_pages=True, new_pages=True, min_per_category=2),
    # Held-out 33 comes only from later-life money and care-fees pages (council charging and deferred payment
    # pages, equity release and care-fees advisers, NHS continuing healthcare explainers, banks on power of
    # attorney and vulnerable customers, over-50s insurance, retirement and sheltered housing, funeral
    # planning, money news): 368 sentences from 60 pages (size aim cut for time).
    "heldout33": HeldOut(
        350, (0.15, 0.5), "c17a5d3: 0.952, 0.894, 0.934, 0.7%, 2",
        # --pages on c17a5d3: the same. The helper's run on 7d4c832 gave precision 0.922 before two allow labels.
        {"precision": 0.965, "recall": 0.92, "stigmatising_recall": 0.93},   # now 0.968, 0.924, 0.934
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 2},       # now 2/303, 2
        runs_of_pages=True, new_pages=True),
    # Held-out 34 comes only from immigration and asylum writing (Home Office and OISC guidance, councils'
    # procedures for children seeking asylum and NRPF, think tanks, news and Parliament on asylum policy,
    # detention, advisers, employers, NHS charging): 428 sentences from 48 pages.
    "heldout34": HeldOut(
        400, (0.15, 0.5), "c17a5d3: 0.986, 0.855, 0.933, 0.3%, 1",
        # --pages on c17a5d3: the same. The helper's run on feb43ff: 0.973, 0.855, 0.911, 0.6%, 1.
        {"precision": 0.98, "recall": 0.89, "stigmatising_recall": 0.93},    # now 0.987, 0.892, 0.933
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 1},      # now 1/350, 1
        runs_of_pages=True, new_pages=True),
    # Held-out 31 comes only from arts, culture, sport and leisure organisations' access and inclusion writing
    # (theatres, cinemas, museums, libraries, leisure centres, sports clubs, parks and attractions) and news about it:
    # 307 sentences from 95 pages, collected in one short session (the size aim was cut to 300).
    "heldout31": HeldOut(
        300, (0.15, 0.5), "619f014: 0.821, 0.885, 0.915, 3.9%, 2",
        # --pages on 619f014: the same. The helper's single run on 0ff601e gave the same.
        {"precision": 0.815, "recall": 0.88, "stigmatising_recall": 0.91},   # now 0.821, 0.885, 0.915
        {"must_not_flag_flagged_share": 0.04, "findings_in_names": 2},       # now 10/255, 2
        runs_of_pages=True, new_pages=True),
    # Held-out 35 comes only from schools', colleges' and universities' own pages (SEND, behaviour, exclusions,
    # safeguarding, looked-after children, pupil premium, student support, care leavers, headteachers' letters).
    "heldout35": HeldOut(
        400, (0.15, 0.5), "3521cb3: 0.816, 0.795, 0.809, 4.0%, 5",
        # --pages on 3521cb3: 0.849, 0.795, 0.809, 3.1%, 5. The helper's single run on 70b3a2f gave the same.
        {"precision": 0.895, "recall": 0.84, "stigmatising_recall": 0.86},   # now 0.904, 0.846, 0.868
        {"must_not_flag_flagged_share": 0.025, "findings_in_names": 3},      # now 7/323, 3
        runs_of_pages=True, new_pages=True),
    # Held-out 36 comes only from police, probation, prisons, youth justice, courts, victims' services and
    # police and crime commissioners (their own pages, policies, inspectorates' reports).
    "heldout36": HeldOut(
        400, (0.15, 0.5), "cc0be57: 0.912, 0.937, 0.951, 2.1%, 3",
        # --pages on cc0be57: the same. The helper's single run on 7229515 gave the same.
        {"precision": 0.92, "recall": 0.94, "stigmatising_recall": 0.955},   # now 0.929, 0.946, 0.961
        {"must_not_flag_flagged_share": 0.02, "findings_in_names": 3},       # now 8/480, 3
        runs_of_pages=True, new_pages=True),
    # Held-out 37 comes only from news journalism and magazine features (national, regional and local papers,
    # news sites, trade and sector magazines such as Community Care, Children and Young People Now, Inside
    # Housing, The Big Issue, LGC and the legal trade press): 549 sentences from 65 pages.
    "heldout37": HeldOut(
        400, (0.15, 0.5), "67cf60e: 0.935, 0.943, 0.956, 1.1%, 2",
        # --pages on 67cf60e: the same. The helper's run on 19713db, before it corrected four of its own
        # labels (Alzheimer's sufferers are dementia-sufferer): 0.932, 0.906, 0.912, 1.1%, 2.
        {"precision": 0.965, "recall": 0.965, "stigmatising_recall": 0.97},  # now 0.972, 0.972, 0.978
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 1},       # now 3/449, 1
        runs_of_pages=True, new_pages=True),
    # Held-out 38 comes only from the devolved nations' own writing (Scottish, Welsh and Northern Irish
    # government, councils, health and social care bodies, and charities working there).
    "heldout38": HeldOut(
        400, (0.15, 0.5), "3521cb3: 0.956, 0.935, 0.948, 1.0%, 3",
        # --pages on 3521cb3: 0.957, 0.946, 0.961, 1.0%, 3. The helper's run on 404dadf: 0.946, 0.935, 0.948,
        # 1.3%, 3 (before it allowed one suggestion-level entry it had missed). After the first look the lead
        # ruled "become homeless intentionally" the legal term (the statutes' own words): three labels.
        {"precision": 0.96, "recall": 0.92, "stigmatising_recall": 0.94},    # now 0.967, 0.926, 0.948
        {"must_not_flag_flagged_share": 0.01, "findings_in_names": 3},       # now 3/389, 3
        runs_of_pages=True, new_pages=True),
    # Held-out 39 comes only from public health and health-condition information (public health teams, JSNAs,
    # pharmacies, opticians, dental guidance, hospices, drug and alcohol harm reduction): 277 sentences from 44 pages,
    # collected in one short session (the size aim was cut to 300).
    "heldout39": HeldOut(
        270, (0.15, 0.5), "6488770: 0.979, 0.939, 0.977, 0.4%, 0",
        # --pages on 6488770: the same. The helper's run on a4ff6f1, before it corrected one entry id of its
        # own: 0.978, 0.918, 0.955, 0.4%, 0.
        {"precision": 0.97, "recall": 0.93, "stigmatising_recall": 0.97},    # now 0.979, 0.939, 0.977
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 1/228, 0
        runs_of_pages=True, new_pages=True),
    # Held-out 44 comes only from inspection reports and the inspectorates and regulators of care, health and
    # children's services (CQC, Ofsted, Care Inspectorate, Care Inspectorate Wales, RQIA, HIW, Healthcare
    # Improvement Scotland) and writing about their reports.
    "heldout44": HeldOut(
        400, (0.15, 0.5), "ddf2c65: 0.948, 0.924, 0.929, 1.2%, 4",
        # --pages on ddf2c65: the same. The helper's single run on 881713e, before it moved a suggestion-level
        # entry from expect to allow and allowed care-leaver where it had missed it: 0.924, 0.901, 0.915, 1.5%, 4.
        {"precision": 0.94, "recall": 0.92, "stigmatising_recall": 0.925},   # now 0.948, 0.924, 0.929
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 3},      # now 4/336, 3
        runs_of_pages=True, new_pages=True),
    # Held-out 42 comes only from professionals' own blogs, columns and reflective pieces (social workers, police
    # and probation officers, paramedics, nurses, doctors, teachers, housing officers, care workers).
    "heldout42": HeldOut(
        300, (0.15, 0.5), "6488770: 0.900, 0.840, 0.829, 2.4%, 0",
        # --pages on 6488770: 0.887, 0.840, 0.829, 2.7%, 0. The helper's single run on aa653fa gave the same.
        # Recall was 0.893 until the tenth session: one legal-term sentence, "he lacks mental capacity to consent
        # to the assessment", counted because the entry's list of decision-naming forms missed "mental ... to
        # consent". The entry asks for the decision to be named, and a use that names it now explains the term
        # (as most labellers call it), so the floor follows the entry's rule, not that slip: 0.880.
        {"precision": 0.91, "recall": 0.875, "stigmatising_recall": 0.88},   # now 0.918, 0.880, 0.886
        {"must_not_flag_flagged_share": 0.025, "findings_in_names": 0},      # now 6/292, 0
        runs_of_pages=True, new_pages=True),
    # Held-out 46 comes only from armed forces, veterans and their families (veterans' charities, Covenant pages of
    # councils and NHS, MOD/GOV.UK guidance, veterans' housing and homelessness, service families). Veterans'
    # pages rarely label people: 13.8% must-flag.
    "heldout46": HeldOut(
        400, (0.1, 0.5), "822d06f: 1.000, 0.912, 0.921, 0.0%, 1",
        # --pages on 822d06f: the same. The helper's single run on 3322ce4, before it took "Indefinite Leave to
        # Remain (ILR)" out of its names list: 1.000, 0.912, 0.921, 0.0%, 2.
        {"precision": 0.99, "recall": 0.9, "stigmatising_recall": 0.92},     # now 1.000, 0.912, 0.921
        {"must_not_flag_flagged_share": 0.003, "findings_in_names": 1},      # now 0/351, 1
        runs_of_pages=True, new_pages=True),
    # Held-out 41 comes only from faith groups and neighbourhood community groups (churches, dioceses, mosques,
    # synagogues, gurdwaras, faith-based charities, night shelters, foodbanks, lunch clubs, community centres)
    # and the faith press: 420 sentences from 62 pages. Legal terms are rare there (3 legal-term sentences).
    "heldout41": HeldOut(
        400, (0.15, 0.5), "87dfd8f: 0.930, 0.880, 0.875, 1.4%, 3",
        # --pages on 87dfd8f: the same. The helper's run on 18165a6, before it allowed one suggestion-level
        # entry it had missed: 0.917, 0.880, 0.875, 1.4%, 3.
        {"precision": 0.925, "recall": 0.94, "stigmatising_recall": 0.94},   # now 0.934, 0.947, 0.944
        {"must_not_flag_flagged_share": 0.015, "findings_in_names": 3},      # now 5/348, 3
        runs_of_pages=True, new_pages=True, min_per_category=3),
    # Held-out 40 comes only from employers' own HR policies and workplace guidance (drug and alcohol, sickness
    # absence, mental health, disability and reasonable adjustments, carers, adoption leave, right to work,
    # capability) and employer guides by Acas, law firms, HR firms and trade bodies: 493 sentences, 84 pages.
    "heldout40": HeldOut(
        400, (0.15, 0.5), "36c6e80: 0.835, 0.894, 0.886, 2.9%, 1",
        # --pages on 36c6e80: the same. The helper ran it twice: on b9e770c with 66 texts spoiled by a copying
        # slip (0.826, 0.894, 0.886, 3.2%, 1), then on the repaired texts, labels unchanged (as on 36c6e80).
        {"precision": 0.855, "recall": 0.91, "stigmatising_recall": 0.90},   # now 0.867, 0.918, 0.911
        {"must_not_flag_flagged_share": 0.025, "findings_in_names": 1},      # now 9/411, 1
        runs_of_pages=True, new_pages=True),
    # Held-out 43 comes from energy, water, phone and broadband companies, banks, lenders, insurers, debt firms and
    # their regulators writing about customers in vulnerable circumstances. Most of it says "vulnerable customers",
    # a glossary gap (allowed, never must-flag), so only 51 of 731 sentences are must-flag, like held-out 18.
    "heldout43": HeldOut(
        400, (0.05, 0.5), "ddf2c65: 0.600, 0.923, 0.933, 4.6%, 3",
        # --pages on ddf2c65: 0.593, 0.923, 0.933, 4.7%, 3. The helper's single run on a5ed6b0 gave the same.
        # 31 of the 32 wrong findings were "customer" for a firm's customers (now ruled out by its topic).
        {"precision": 0.97, "recall": 0.94, "stigmatising_recall": 0.95},    # now 1.000, 0.942, 0.956
        {"must_not_flag_flagged_share": 0.003, "findings_in_names": 3},      # now 0/680, 3 (pages 1/680)
        runs_of_pages=True, new_pages=True),
    # Held-out 51 comes only from the private rented sector writing as itself: letting and estate agents, landlords'
    # blogs and forums, landlord associations, landlord trade press, landlord insurers, supported and exempt housing
    # investment firms (tenants on benefits, disabled and older tenants, Right to Rent, ex-offenders, evictions).
    # Long runs of plain process text and "vulnerable tenants" (a glossary gap, allowed, never must-flag) leave
    # 68 of 479 sentences must-flag (14.2%), so its floor is 0.10, as held-out 43's is lower for the same reason.
    "heldout51": HeldOut(
        400, (0.10, 0.5), "09dc546: 0.969, 0.886, 0.891, 0.5%, 0",
        # --pages on 09dc546: the same, as was the helper's single run on c18b521. Precision floor 0.965 -> 0.955 in
        # the fourteenth session, on purpose: "the prevention and relief duties" now names both legal terms (as
        # labellers of 8, 23, 86 and 89 read such phrases); this set's labeller counts "prevention" explained by the
        # page, which a sentence read alone cannot show (as pages the sentence is still flagged: see notes).
        {"precision": 0.955, "recall": 0.91, "stigmatising_recall": 0.92},   # now 0.956, 0.914, 0.922
        {"must_not_flag_flagged_share": 0.005, "findings_in_names": 0},      # now 2/411, 0
        runs_of_pages=True, new_pages=True),
    # Held-out 53 comes only from UK youth work and youth organisations (Scouts, Guides, cadets, Phab and other
    # youth clubs, detached youth work, mentoring schemes, DofE, young carers' groups, youth charities and the NYA).
    "heldout53": HeldOut(
        400, (0.15, 0.5), "4386a85: 0.973, 0.961, 0.956, 0.3%, 4",
        # --pages on 4386a85: 0.974, 0.974, 0.971, 0.3%, 4. The helper's single run on 511f13d, before main
        # learned "looked after young people": 0.973, 0.934, 0.956, 0.3%, 4.
        {"precision": 0.99, "recall": 0.99, "stigmatising_recall": 0.99},    # now 1.000, 1.000, 1.000
        {"must_not_flag_flagged_share": 0.0, "findings_in_names": 1},        # now 0/329, 1
        runs_of_pages=True, new_pages=True),
    # Held-out 56 comes only from UK local history, heritage and museum writing about the past of care and welfare
    # (workhouses, asylums and long-stay hospitals, children's homes, almshouses, deaf and blind schools, record
    # offices, family-history sites, historians' blogs): most old labels there are quoted, reported as the past's
    # words or inside names, so only 56 of 401 sentences are must-flag (14.0%) and its floor is 0.10, as held-out
    # 51's is for the same reason. Legal terms are absent from such pages (no legal-term or explained-legal
    # sentence), so it asks for no minimum per category, like held-out 50.
    "heldout56": HeldOut(
        400, (0.10, 0.5), "4d5ad55: 0.946, 0.867, 0.867, 0.6%, 8",
        # --pages on 4d5ad55: the same, as was the helper's single run on 8226130.
        {"precision": 0.94, "recall": 0.9, "stigmatising_recall": 0.9},      # now 0.947, 0.900, 0.900
        {"must_not_flag_flagged_share": 0.006, "findings_in_names": 7},      # now 2/345, 7
        runs_of_pages=True, new_pages=True, min_per_category=0),
    # Held-out 54 comes only from UK tourism, hospitality and visitor attractions: hotels, B&Bs, cottages and holiday
    # parks, pubs, theme parks, zoos, castles, tourist boards, holiday and respite-break guides for older, disabled and
    # carer travellers, supported-holiday firms, their reviews, blogs, trade press and news. Such pages use no legal
    # terms (no legal-term or explained-legal sentences) and few names or quoted labels, so no per-category minimum.
    "heldout54": HeldOut(
        400, (0.15, 0.5), "fd5dedf: 0.956, 0.855, 0.855, 0.9%, 0",
        # --pages on fd5dedf: 0.958, 0.895, 0.895, 0.9%, 0. The helper's single run on c72dab0, before it allowed a
        # suggestion-level entry it had missed on two sentences: 0.929, 0.855, 0.855, 0.9%, 0.
        {"precision": 0.97, "recall": 0.92, "stigmatising_recall": 0.92},    # now 0.972, 0.921, 0.921
        {"must_not_flag_flagged_share": 0.006, "findings_in_names": 0},      # now 2/334, 0
        runs_of_pages=True, new_pages=True, min_per_category=0),
    # Held-out 55 comes only from UK supermarkets, high-street and online retailers, consumer brands and the retail
    # trade press (quiet hours, older and disabled shoppers, ex-offender and homeless recruitment, food donations,
    # care leavers). Retail writing uses suggestion-level words ("ex-offenders", "homeless people", "care leavers",
    # "customers") far more than warning-level ones and almost never a legal term, so 53 of 413 sentences are
    # must-flag (12.8%, floor 0.10 as held-out 51's) and only one is legal-term (min_per_category=1).
    "heldout55": HeldOut(
        400, (0.10, 0.5), "fd5dedf: 0.909, 0.968, 0.967, 1.4%, 0",
        # --pages on fd5dedf: the same. The helper's single run on 4eae348, before it allowed a suggestion-level
        # entry it had missed on two sentences: 0.882, 0.968, 0.967, 1.9%, 0.
        {"precision": 0.93, "recall": 0.96, "stigmatising_recall": 0.96},    # now 0.938, 0.968, 0.967
        {"must_not_flag_flagged_share": 0.009, "findings_in_names": 0},      # now 3/360, 0
        runs_of_pages=True, new_pages=True, min_per_category=1),
}


@pytest.fixture(scope="module")
def loaded(bench: ModuleType) -> dict[str, list]:
    """Every corpus folder's records, read once: the tuning corpus under ""."""
    out = {"": bench.load_corpus()}
    for name in SETS:
        out[name] = bench.load_corpus(CORPUS / name)  # raises CorpusError on an unknown entry id
    return out


@pytest.mark.parametrize("name", SETS)
def test_a_set_is_big_enough_and_covers_every_category(name: str, loaded: dict[str, list],
                                                        bench: ModuleType) -> None:
    spec, records = SETS[name], loaded[name]
    assert len(records) >= spec.min_sentences
    low, high = spec.must_flag_share
    assert low <= sum(r.must_flag for r in records) / len(records) <= high
    if spec.runs_of_pages:
        # Real documents are mostly plain, but a third of a set must hold a listed word.
        with_listed_word = sum(r.must_flag or bool(r.allow) or r.category != "plain-use" for r in records)
        assert with_listed_word / len(records) >= 1 / 3
    for category in bench.CATEGORIES:
        assert sum(r.category == category for r in records) >= spec.min_per_category, category


@pytest.mark.parametrize("name", SETS)
def test_no_sentence_of_a_set_is_in_another_corpus_folder_or_twice_in_it(name: str,
                                                                         loaded: dict[str, list]) -> None:
    elsewhere = {r.text for other, records in loaded.items() if other != name for r in records}
    shared = [f"{r.file} sentence {r.index + 1}" for r in loaded[name] if r.text in elsewhere]
    assert shared == []
    texts = [r.text for r in loaded[name]]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("name", SETS)
def test_a_sets_files_are_read_by_no_other_loader(name: str, loaded: dict[str, list]) -> None:
    files = {r.file for r in loaded[name]}
    assert files
    for other, records in loaded.items():
        if other != name:
            assert files.isdisjoint({r.file for r in records}), other


def _urls(paths: list[Path]) -> set[str]:
    """Source URLs compared without scheme, www., trailing slash or case."""
    found: set[str] = set()
    for path in paths:
        found |= _file_urls(path)
    return found


@functools.cache
def _file_urls(path: Path) -> frozenset[str]:
    """One file's source URLs, read once: every set compares its pages with every other file's."""
    sources = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER).get("sources") or {}
    return frozenset(re.sub(r"^(https?://)?(www\.)?", "", str(source["url"]).strip().strip("\"'")).rstrip("/").lower()
                     for source in sources.values())


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@pytest.mark.parametrize("name", [n for n, spec in SETS.items() if spec.new_pages])
def test_a_sets_pages_are_sources_nowhere_else(name: str) -> None:
    ours = sorted((CORPUS / name).glob("terms-*.yaml"))
    others = [p for p in CORPUS.rglob("*.yaml") if p.parent != CORPUS / name]
    assert ours and others
    assert len(_urls(ours)) >= SETS[name].min_pages
    assert _urls(ours).isdisjoint(_urls(others))


@pytest.mark.parametrize("name", SETS)
def test_a_sets_accuracy_does_not_fall(name: str, assert_accuracy: Callable[..., None]) -> None:
    if not SETS[name].floors and not SETS[name].ceilings:
        pytest.skip(f"{name} is untouched: no floors (and no run of plainspeak) before its one measurement")
    assert_accuracy(CORPUS / name, SETS[name].floors, SETS[name].ceilings)
