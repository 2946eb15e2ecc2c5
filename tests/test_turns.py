"""Transcript turns ("Name: words" paragraphs) as quotations: when an article
reads as a transcript, and when it does not."""

from __future__ import annotations

import pytest

from quotesearch.extract import find_quotations
from quotesearch.quotemarks import find_quotes
from quotesearch.turns import with_turns

INTERVIEW = """Ana Brill and the painter Omar Vesely talk about his new show.

Brill: Why paint the harbour again?

Vesely: Because it changes every winter. The cranes go, the ships get bigger.

Brill: Do you miss the old port?

Vesely: Every day. My father worked there, and he said, "A port is a clock."
"""

HEADINGS = """Where each campaign stands before the vote, by Ruth Ames.

Senator Tom Lark and Governor Ann Pike lead the field.

Lark: Win in a walk.

Pike: Keep it close.

Dunne: Survive to the next state.
"""

NOTES = """Mayor Ann Pike spoke on Monday.

Note: The council meets on Friday.

Update: The vote was moved.

Note: Pike declined to comment.
"""

LINKS = """Talks resumed on Monday in Geneva

Reading: Britain warns of a long winter

Reading: The West will stand firm, ministers say

Watch: Why troops gather at the border
"""


NIGHT_DESK = """TRANSCRIPT: Night Desk with Ana Brill

ANA BRILL, DTV ANCHOR: Good evening. Joining me is the head of the vendor.

PIET VOS, CEO, DUNMORE VOTING SYSTEMS: Thank you for having me, Ana.

BRILL: Did any machine change a vote?

VOS: No. Not one.

BRILL: Piet Vos, thank you.
"""

def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotations(text)]


def test_interview_turns_are_quotations_of_their_speakers() -> None:
    assert _pairs(INTERVIEW) == [
        ("Why paint the harbour again?", "Ana Brill"),
        ("Because it changes every winter. The cranes go, the ships get bigger.", "Omar Vesely"),
        ("Do you miss the old port?", "Ana Brill"),
        ('Every day. My father worked there, and he said, "A port is a clock."', "Omar Vesely"),
    ]


@pytest.mark.parametrize(
    "lede",
    ["Ana Brill talks to the painter Omar Vesely about his new show.",
     "Ana Brill (AB) spoke to the painter Omar Vesely (OV) about his new show."],
    ids=["talks-to", "spoke-to-with-initials-in-brackets"],
)
def test_the_interviewer_who_speaks_to_someone_named_asks_for_the_paper(lede: str) -> None:
    """"Ana Brill talks to the painter Omar Vesely": her questions are the paper's, no
    statement; his answers are his (not "Ana Brill spoke to reporters": no one named)."""
    text = INTERVIEW.replace("Ana Brill and the painter Omar Vesely talk about his new show.", lede)
    assert _pairs(text) == [
        ("Because it changes every winter. The cranes go, the ships get bigger.", "Omar Vesely"),
        ('Every day. My father worked there, and he said, "A port is a clock."', "Omar Vesely"),
    ]


def test_turn_offsets_point_at_the_words_after_the_colon() -> None:
    spans, speakers, _ = with_turns(INTERVIEW, find_quotes(INTERVIEW))
    assert [INTERVIEW[s.start:s.end] for s in spans][0] == "Why paint the harbour again?"
    assert all(s.open_at == -1 and s.close_at == -1 for s in spans)
    assert [speakers[s.start] for s in spans] == [
        ("Brill", "Ana Brill"), ("Vesely", "Omar Vesely"), ("Brill", "Ana Brill"), ("Vesely", "Omar Vesely")]


@pytest.mark.parametrize(
    "text", [HEADINGS, NOTES, LINKS],
    ids=["headings-each-name-once", "labels-that-name-nobody", "a-name-is-not-read-across-a-line-break"],
)
def test_not_a_transcript(text: str) -> None:
    spans = find_quotes(text)
    assert with_turns(text, spans) == (spans, {}, {})


def test_a_turn_in_marks_keeps_its_marks() -> None:
    text = INTERVIEW.replace("Brill: Do you miss the old port?", "Brill: “Do you miss the old port?”")
    spans, _, _ = with_turns(text, find_quotes(text))
    question = next(s for s in spans if text[s.start:s.end] == "Do you miss the old port?")
    assert question.open_at >= 0 and question.close_at >= 0


BROADCAST = """Lena Marsh debated with Senator Abel Crane on Sunday.

LENA MARSH: Will the bill pass this week?

ABEL CRANE: I believe it will. We have the votes.

LENA MARSH: And if it does not?

ABEL CRANE: Then we start again on Monday.
"""


def test_capital_labels_of_two_words_are_read_word_by_word() -> None:
    """"LENA MARSH:" is Lena Marsh, named in full in the lede."""
    assert _pairs(BROADCAST) == [
        ("Will the bill pass this week?", "Lena Marsh"),
        ("I believe it will. We have the votes.", "Abel Crane"),
        ("And if it does not?", "Lena Marsh"),
        ("Then we start again on Monday.", "Abel Crane"),
    ]


def test_a_nickname_between_given_name_and_surname() -> None:
    """"Omar “Om” Vesely" names the "Vesely:" of the turns, without the nickname."""
    text = INTERVIEW.replace("the painter Omar Vesely", "the painter Omar “Om” Vesely")
    assert [speaker for _, speaker in _pairs(text)] == ["Ana Brill", "Omar Vesely", "Ana Brill", "Omar Vesely"]


REPORTED = """Ana Brill, the painter Omar Vesely and the curator Ida Lund talk harbours.

Brill: Why paint the harbour again?

Vesely: Because it changes. The harbour master, Tomas Ekdal, told me once: "Every ship is a new wall."

Brill: Ida, do you agree?

Vesely: She does not. Ask her.
"""


def test_a_turn_keeps_its_words_and_whom_it_quotes() -> None:
    """The turn is its speaker's; words it quotes from someone the story names in full are
    that person's too. Words it quotes from no one named ("my father said") stay the turn's."""
    assert _pairs(REPORTED) == [
        ("Why paint the harbour again?", "Ana Brill"),
        ('Because it changes. The harbour master, Tomas Ekdal, told me once: "Every ship is a new wall."',
         "Omar Vesely"),
        ("Every ship is a new wall.", "Tomas Ekdal"),
        ("Ida, do you agree?", "Ana Brill"),
        ("She does not. Ask her.", "Omar Vesely"),
    ]
    assert ("A port is a clock.", "Omar Vesely") not in _pairs(INTERVIEW)


def test_only_the_turns_labels_are_blanked_for_what_turns_quote() -> None:
    """The paragraph that names the quoted person in full also holds a quotation; it is
    no turn, so its words stay readable when the turns' quotations are attributed."""
    text = REPORTED.replace(
        "the curator Ida Lund talk harbours.",
        "the curator Ida Lund talk harbours. The harbour master Tomas Ekdal once called the port \"a clock\".",
    ).replace("The harbour master, Tomas Ekdal, told me once:", "Ekdal told me once:")
    assert ("Every ship is a new wall.", "Tomas Ekdal") in _pairs(text)


def test_a_capitalised_surname_label_is_the_person_the_lede_names() -> None:
    """"MARSH:" is the Lena Marsh of the lede, not a person called "MARSH"."""
    text = BROADCAST.replace("LENA MARSH:", "MARSH:").replace("ABEL CRANE:", "CRANE:")
    assert _pairs(text) == _pairs(BROADCAST)


HEADED_BRIEFING = """Ministry of Foreign Affairs: daily press briefing

DAILY PRESS BRIEFING BY THE SPOKESPERSON OF THE MINISTRY, IDA LUND
Dunmore, Monday, 12:05

LUND: Good afternoon. I will start with the case of our citizen.

QUESTION: Will the minister travel?

LUND: There are no travel plans to announce today.

Q: And next week?

LUND: I will not speculate.
"""


def test_a_surname_label_the_heading_names_in_capitals() -> None:
    """"LUND:" is the Ida Lund the heading names, in capitals, as no sentence does."""
    assert _pairs(HEADED_BRIEFING) == [
        ("Good afternoon. I will start with the case of our citizen.", "Ida Lund"),
        ("There are no travel plans to announce today.", "Ida Lund"),
        ("I will not speculate.", "Ida Lund"),
    ]


QA = """‘We stay in the race’: Senator Abel Crane on Radio Dunmore

The following is an edited transcript of presenter Lena Marsh's interview with Senator Abel Crane.

Q: Senator, good morning. Will the bill pass?

A: Good morning, Lena. It will. Lee told me, "We have the votes."

Q: And if it does not?

A: Then we start again on Monday.
"""


@pytest.mark.parametrize(
    "lede, asks, answers",
    [
        ("presenter Lena Marsh's interview with Senator Abel Crane.", "Lena Marsh", "Abel Crane"),
        ("Senator Abel Crane, the bill's sponsor, was interviewed by Lena Marsh.", "Lena Marsh", "Abel Crane"),
        ("an interview with Senator Abel Crane.", None, "Abel Crane"),
        ("Abel Crane sat in his office. Radio One's reporter Lena Marsh met him there.", "Lena Marsh", "Abel Crane"),
        ("Abel Crane, who sponsored the bill, spoke to Radio One's Lena Marsh.", "Lena Marsh", "Abel Crane"),
        ("Abel Crane spoke to Lena Marsh.", None, "Lena Marsh"),
    ],
    ids=["possessive-interview-with", "interviewed-by", "no-interviewer-named", "the-reporter-met-him",
         "spoke-to-an-outlets-journalist", "spoke-to-a-name-alone-is-whom-it-interviews"],
)
def test_question_and_answer_turns(lede: str, asks: str | None, answers: str) -> None:
    """"A:" turns are the interviewee's, as the lede names them. The "Q:" turns are the
    paper's own text, no quotation, whether the lede names who asks or not (``asks``: the
    interviewer, who says nothing then; a lede that names only one person names whom the
    paper interviews)."""
    text = QA.replace("presenter Lena Marsh's interview with Senator Abel Crane.", lede)
    assert _pairs(text) == [
        ("We stay in the race", "Abel Crane"),
        ('Good morning, Lena. It will. Lee told me, "We have the votes."', answers),
        ("Then we start again on Monday.", answers),
    ]
    assert asks not in [speaker for _, speaker in _pairs(text)]


def test_a_q_and_a_headline_names_who_answers() -> None:
    """"Q&A: Ada Brill on …": the headline names the one answering when the lede gives only her post."""
    text = "Q&A: Ada Brill on deposits and what the regulator missed\n\nThe regulator's chief executive sat down " \
        "with us.\n\nQ: Did you see this coming?\n\nA: We saw the risks.\n\nQ: Will you resign?\n\nA: No."
    assert _pairs(text) == [("We saw the risks.", "Ada Brill"), ("No.", "Ada Brill")]


@pytest.mark.parametrize(
    "lede, answers",
    [
        ("Ada Brill, 52, has run the clinic since 2019. We spoke to her at her office.", "Ada Brill"),
        ("Ada Brill, 52, has run the clinic for Omar Vesely since 2019. I met her on Tuesday.", "Ada Brill"),
        ("Ada Brill runs the clinic. She spoke to us on Tuesday.", None),
    ],
    ids=["we-spoke-to-her", "i-met-her-not-the-name-after", "she-spoke-to-us-names-no-one"],
)
def test_the_paper_asking_whom_its_lede_names_first(lede: str, answers: str | None) -> None:
    """"We spoke to her": the paper asks, and answers come from the person its paragraph named
    first; its questions are no one's quotation, but what they quote stays quoted."""
    text = f"Clinic\n\n{lede}\n\nQ: The minister says “we acted”. Enough?\n\nA: No. Nobody acted.\n\n" \
        "Q: What next?\n\nA: The court, then the ballot box."
    pairs = _pairs(text)
    if answers is None:
        assert ("No. Nobody acted.", "Ada Brill") not in pairs and ("we acted", None) not in pairs
    else:
        assert [words for words, _ in pairs] == ["we acted", "No. Nobody acted.", "The court, then the ballot box."]
        assert [speaker for _, speaker in pairs[1:]] == [answers, answers]


def test_question_and_answer_lines_with_no_one_named_are_no_transcript() -> None:
    text = QA.replace("presenter Lena Marsh's interview with Senator Abel Crane.", "a conversation.")
    assert with_turns(text, find_quotes(text))[1] == {}


HEARING = """Transcript: Harbour Committee hearing on the ferry contract (excerpts)

Members present: Ola Brenn (Chair), Ida Lund, Piet Vos.

Witness: Mira Hale, chief executive, Dunmore Ferries.

THE CHAIR: The committee is called to order. Ms. Hale, you have the floor.

MS. HALE: Thank you, Chair. We bid in good faith.

MR. VOS: Ms. Hale, the Dunmore Ferries board said on Monday that it had "full confidence in the contract." Do you?

MS. HALE: I do.

THE CHAIR: We will hold you to that.
"""


def test_a_hearing_with_titled_labels_a_post_and_header_lines() -> None:
    """"MS. HALE:" is Mira Hale, "THE CHAIR:" the member the lede says chairs; the
    header lines before the turns ("Transcript:", "Witness:") are nobody's turns."""
    assert [(text[:20], speaker) for text, speaker in _pairs(HEARING)] == [
        ("The committee is cal", "Ola Brenn"),
        ("Thank you, Chair. We", "Mira Hale"),
        ("Ms. Hale, the Dunmor", "Piet Vos"),
        ("full confidence in t", "Dunmore Ferries board"),
        ("I do.", "Mira Hale"),
        ("We will hold you to ", "Ola Brenn"),
    ]


def test_a_post_no_one_is_named_to_hold_speaks_unnamed() -> None:
    text = HEARING.replace(" (Chair)", "")
    assert [speaker for _, speaker in _pairs(text)][0] is None


INITIALS = """'I spoke up': Mira Hale on the ferry files

Interview by Ola Brenn | Dunmore Review

Mira Hale, 34, spent six years at Dunmore Ferries. The interview has been edited.

Q. Did you watch the hearing?

M.H. I watched all of it.

Q. Why now?

M.H. Because nobody else would.
"""


def test_initials_answer_and_q_dot_asks() -> None:
    """"M.H." answers as Mira Hale, the one person with those initials; "Q." asks as
    the interviewer the byline names."""
    assert _pairs(INITIALS)[1:] == [
        ("Did you watch the hearing?", "Ola Brenn"),
        ("I watched all of it.", "Mira Hale"),
        ("Why now?", "Ola Brenn"),
        ("Because nobody else would.", "Mira Hale"),
    ]


UNDOTTED_INITIALS = """Mira Hale: „I watched all of it”. A conversation with the ferry captain

HARBOUR WEEKLY, 23.08

Mira Hale spent six years at Dunmore Ferries.

Harbour Weekly: When did you hear?

Mira Hale: On Wednesday, from the union.

HW: Did you watch the hearing?

MH: I watched all of it.

HW: Why now?

MH: Because nobody else would.
"""


def test_initials_without_dots_answer_and_an_outlets_initials_ask() -> None:
    """"MH:" answers as Mira Hale; "HW:" asks for the magazine Harbour Weekly, whose
    initials they are; the headline's "Mira Hale: „…”" is no turn."""
    pairs = _pairs(UNDOTTED_INITIALS)
    assert pairs[0] == ("I watched all of it", "Mira Hale")
    assert [p for p in pairs[1:] if p[1] == "Mira Hale"] == [
        ("On Wednesday, from the union.", "Mira Hale"),
        ("I watched all of it.", "Mira Hale"),
        ("Because nobody else would.", "Mira Hale"),
    ]
    assert all(not words.startswith(("HARBOUR", "Mira Hale spent")) for words, _ in pairs)


OUTLET_WORD_LABELS = """Ferry chief: 'We will not sail at a loss'

THE HARBOUR LEDGER | Saturday interview

Ines Marlow, 54, has run Dunmore Ferries since 2019. She spoke to our business editor.

Ledger: Who is to blame for the strike?

Marlow: The union called it, knowing what it would do to families.

Ledger: The union says you walked out.

Marlow: That is simply not true.
"""


def test_a_word_of_the_outlets_name_in_a_title_case_masthead_asks() -> None:
    text = OUTLET_WORD_LABELS.replace("THE HARBOUR LEDGER", "The Harbour Ledger").replace("Ledger:", "LEDGER:")
    assert ("That is simply not true.", "Ines Marlow") in _pairs(text)


def test_a_word_of_the_outlets_name_in_the_header_asks() -> None:
    """"Ledger:" under "THE HARBOUR LEDGER" is the paper asking, not a person the story forgot to name;
    the paper's question is no quotation."""
    pairs = _pairs(OUTLET_WORD_LABELS)
    assert ("The union called it, knowing what it would do to families.", "Ines Marlow") in pairs
    assert ("That is simply not true.", "Ines Marlow") in pairs
    assert all(words != "Who is to blame for the strike?" for words, _ in pairs)


OUTLET_INITIALS_LABELS = """“We keep every frame”: the editor on the harbour video

Press Liberty Review | Interview

On Wednesday the Dunmore Courier published a video. Its editor, Ines Okafor, 52, was asked to come to police
headquarters.

Press Liberty Review: Why publish it now?

Ines Okafor: Because the public has a right to know where its ballots are.

PLR: How sure are you that it is genuine?

Okafor: We keep every frame of that video. We checked the metadata first.

PLR: And the name of your source?

Okafor: No. Protecting a source is our duty.
"""


def test_an_outlets_initials_ask_when_its_name_ends_in_a_kind_of_paper() -> None:
    """"PLR:" is the "Press Liberty Review" of the header (a review, no person named Liberty Review)."""
    pairs = _pairs(OUTLET_INITIALS_LABELS)
    assert ("We keep every frame of that video. We checked the metadata first.", "Ines Okafor") in pairs
    assert ("No. Protecting a source is our duty.", "Ines Okafor") in pairs
    assert all(words != "How sure are you that it is genuine?" for words, _ in pairs)


def test_an_outlets_initials_may_leave_out_its_the() -> None:
    """"TL:" asks for "The Tolm Ledger" of the masthead, as "TTL:" would: the answers are the
    interviewee's and the paper's questions no quotation."""
    text = OUTLET_INITIALS_LABELS.replace("Press Liberty Review | Interview", "The Tolm Ledger, Monday") \
        .replace("Press Liberty Review:", "TL:").replace("PLR:", "TL:")
    pairs = _pairs(text)
    assert ("No. Protecting a source is our duty.", "Ines Okafor") in pairs
    assert all(words != "How sure are you that it is genuine?" for words, _ in pairs)
    assert ("No. Protecting a source is our duty.", "Ines Okafor") in _pairs(text.replace("TL:", "TTL:"))


PARTICLE_LABELS = """“Every hour counts”: the doctor who linked the syrup to the illness

Harbour Health | Interview by Ola Brenn | 12 November

Dr Khalid al-Rashid heads the children's ward at St Aurelia.

Harbour Health: When did you first see it?

Khalid al-Rashid: A colleague called me on a Tuesday night.

Harbour Health: How did you make the link?

Al-Rashid: It was the parents.

Harbour Health: How are the children now?

Al-Rashid: Seven are still with us.
"""


def test_labels_with_a_particle_in_either_case_are_one_speaker() -> None:
    """"Khalid al-Rashid:" is a label, and "Al-Rashid:" is the same man: a label capitalises
    the particle the story writes small."""
    assert [(words[:20], speaker) for words, speaker in _pairs(PARTICLE_LABELS) if speaker != "Harbour Health"][1:] == [
        ("A colleague called m", "Khalid al-Rashid"),
        ("It was the parents.", "Khalid al-Rashid"),
        ("Seven are still with", "Khalid al-Rashid"),
    ]


BULLETIN = """Harbour News at Six – Transcript

ANCHOR: Good evening. The ferry strike enters its third day. Our reporter Ida Lund is at the quay.

REPORTER: Thank you. The harbour master, Tomas Ekdal, told me the quay "has never been this quiet."

ANCHOR: Earlier, the union's leader Mira Hale spoke to us.

(CLIP) MIRA HALE: We will sail when we are paid.

ANCHOR: With me is the mayor, Ola Brenn.

OLA BRENN: I have asked both sides to meet tomorrow.

ANCHOR: Will they?

OLA BRENN: They will, or I will know why.
"""


def test_a_broadcasts_own_voice_is_no_ones_turn() -> None:
    """"ANCHOR:" and "REPORTER:" turns are the outlet reporting: not quotations, but the
    quotations inside them are read as in any paragraph; a "(CLIP)" tag leaves its label
    readable."""
    assert _pairs(BULLETIN) == [
        ("has never been this quiet.", "Tomas Ekdal"),
        ("We will sail when we are paid.", "Mira Hale"),
        ("I have asked both sides to meet tomorrow.", "Ola Brenn"),
        ("They will, or I will know why.", "Ola Brenn"),
    ]


PRESS = """Mira Hale took questions after the final. Moderator Ola Brenn chaired the conference.

MODERATOR: First question, please.

QUESTION: Mira, was this your last race?

HALE: I never say never.

QUESTION: And the rumours?

HALE: Rumours are not my business.
"""


@pytest.mark.parametrize(
    "lede, moderator",
    [
        ("Moderator Ola Brenn chaired the conference.", "Ola Brenn"),
        ("The conference was moderated by the federation's press officer, Ola Brenn.", "Ola Brenn"),
        ("The conference was short.", None),
    ],
    ids=["moderator-named", "moderated-by-a-post-then-the-name", "moderator-unnamed"],
)
def test_a_moderator_and_spelt_out_questions(lede: str, moderator: str | None) -> None:
    """"MODERATOR:" is whoever the story says moderates, or no one named; "QUESTION:"
    asks as "Q:" does: for no one named, it is no quotation."""
    text = PRESS.replace("Moderator Ola Brenn chaired the conference.", lede)
    assert _pairs(text) == [
        ("First question, please.", moderator),
        ("I never say never.", "Mira Hale"),
        ("Rumours are not my business.", "Mira Hale"),
    ]


def test_the_sentence_after_a_broadcasts_label_is_read_as_any_paragraphs() -> None:
    """"CORRESPONDENT:" is no subject: the mayor the sentence opens with is the "she" after it."""
    text = BULLETIN.replace(
        "REPORTER: Thank you.",
        "ANCHOR: Governor Sorel Ranz has insisted that \"the quay is safe\".\n\n"
        "CORRESPONDENT: The harbour's chief, Ana Brill, chose her words with care. This is what she said: "
        "“We will reopen on Monday.”\n\nREPORTER: Thank you.")
    assert ("We will reopen on Monday.", "Ana Brill") in _pairs(text)


def test_who_asks_in_brackets_after_the_label_and_a_moderator_the_lede_says_moderated() -> None:
    """"QUESTION (Ola Brenn, Radio Dunmore):" is Ola Brenn's turn; an unbracketed "QUESTION:"
    asked by no one named is no quotation; "Moderated by Ida Lund" says who "MODERATOR:" is."""
    text = PRESS.replace("Moderator Ola Brenn chaired the conference.", "Moderated by Ida Lund, head of media.") \
        .replace("QUESTION: And the rumours?", "QUESTION (Ola Brenn, Radio Dunmore): And the rumours?")
    assert _pairs(text) == [
        ("First question, please.", "Ida Lund"),
        ("I never say never.", "Mira Hale"),
        ("And the rumours?", "Ola Brenn"),
        ("Rumours are not my business.", "Mira Hale"),
    ]


PHONE_IN = """Phone-in on the flood

HOST: You are on the air.

CALLER (Ana Brill, Dunmore): My house is gone.

HOST: I am sorry.

CALLER (Piet Vos, Velmora): Nobody warned us.

Host Ida Lund took the calls.
"""


@pytest.mark.parametrize(
    "first, second, lede, callers",
    [
        ("Ana Brill, Dunmore", "Piet Vos, Velmora", "", ("Ana Brill", "Piet Vos")),
        ("Ana, Dunmore", "Piet, Velmora", "", ("Ana", "Piet")),
        ("Ana, Dunmore", "Piet, Velmora", "Ana Brill is on the line from Dunmore.", ("Ana Brill", "Piet")),
        ("Ana, Dunmore", "Velmora", "", ("Ana", None)),
    ],
    ids=["named-in-full", "first-names-only", "first-name-named-in-full-elsewhere", "a-place-names-no-one"],
)
def test_a_label_that_names_its_speaker_in_brackets(first: str, second: str, lede: str,
                                                    callers: tuple[str | None, str | None]) -> None:
    """"CALLER (Ana Brill, Dunmore):" is Ana Brill's turn though the story names her nowhere
    else; "CALLER (Ana, Dunmore):" is the one Ana the story names in full, or "Ana" as a
    story's "said Ana" is; "CALLER (Velmora):" names no one. The other speakers' turns stay turns."""
    text = PHONE_IN.replace("Ana Brill, Dunmore", first).replace("Piet Vos, Velmora", second) \
        .replace("HOST: You are on the air.", f"HOST: You are on the air. {lede}".rstrip())
    assert [(words[:17], speaker) for words, speaker in _pairs(text)] == [
        ("You are on the ai", "Ida Lund"),
        ("My house is gone.", callers[0]),
        ("I am sorry.", "Ida Lund"),
        ("Nobody warned us.", callers[1]),
    ]


@pytest.mark.parametrize(
    "title, host",
    [
        ("The Harbour Hour with Ida Lund, Thursday 9 May. Guest: Professor Mira Hale.", "Ida Lund"),
        ("The Harbour Hour, Thursday 9 May. In the studio with us: Professor Mira Hale.", None),
        ("The Harbour Hour, Thursday 9 May. Guest: Professor Mira Hale.", None),
        ("The Harbour Hour, Thursday 9 May. Presenter: Ida Lund. Guest: Professor Mira Hale.", "Ida Lund"),
        ("The Harbour Hour, with anchor Ida Lund. Guest: Professor Mira Hale.", "Ida Lund"),
    ],
    ids=["the-programme-with-its-host", "with-a-guest-who-has-turns-of-her-own", "no-host-named",
         "a-header-line-names-the-presenter", "the-anchor-named-before-her-name"],
)
def test_a_host_the_programme_line_names(title: str, host: str | None) -> None:
    """"HOST:" is the person the title line before the turns has the programme "with",
    unless that person's surname labels turns of their own (the guest)."""
    text = f"""{title}

HOST: Good morning. Professor, were the gates checked?

PROF. HALE: Not since March.

HOST: Thank you, Professor.
"""
    assert _pairs(text) == [
        ("Good morning. Professor, were the gates checked?", host),
        ("Not since March.", "Mira Hale"),
        ("Thank you, Professor.", host),
    ]


CHAMBER = """Oral questions on the ferry contract (uncorrected transcript)

The Speaker (Hon. Ida Lund) in the Chair. Answering: Hon. Mira Hale, Minister for Ports. Asking: Hon. Piet Vos.

THE SPEAKER: Order. Questions to the Minister for Ports.

HON. VOS: Will the minister publish the contract?

MINISTER HALE: I thank the member for his question.

The contract will be published when the inquiry ends.

[Interruption]

THE SPEAKER: Order! The member will resume his seat.

HON. VOS: That is no answer.
"""


def test_a_chamber_of_titled_labels_and_a_turn_over_two_paragraphs() -> None:
    """"THE SPEAKER:" is whom the chair line names in brackets; "HON. VOS:" and "MINISTER
    HALE:" are the members named in full with those titles; a paragraph with no label
    between two turns goes on with the first; "[Interruption]" is no one's."""
    assert _pairs(CHAMBER) == [
        ("Order. Questions to the Minister for Ports.", "Ida Lund"),
        ("Will the minister publish the contract?", "Piet Vos"),
        ("I thank the member for his question.", "Mira Hale"),
        ("The contract will be published when the inquiry ends.", "Mira Hale"),
        ("Order! The member will resume his seat.", "Ida Lund"),
        ("That is no answer.", "Piet Vos"),
    ]


CALL = """Dunmore Ferries third-quarter results conference call

Company participants: Ida Lund - Chief Executive Officer; Piet Vos - Chief Financial Officer

Operator: Good morning, and welcome to the call. I now hand over to Ida Lund.

Ida Lund: Thank you. As Governor Hale put it on Monday, "We will defend the currency," and she meant it.

Piet Vos: Net income rose 9 percent.

Operator: Our first question comes from Ola Brenn.

Ola Brenn: Will you cut the dividend?

Ida Lund: No.
"""


def test_an_earnings_call_its_operator_and_whom_a_turn_quotes_by_title() -> None:
    """"Operator:" is the call's machinery and speaks as labelled; a turn that quotes "Governor
    Hale" keeps those words as hers, though the story never gives her name in full."""
    assert _pairs(CALL) == [
        ("Good morning, and welcome to the call. I now hand over to Ida Lund.", "Operator"),
        ("Thank you. As Governor Hale put it on Monday, \"We will defend the currency,\" and she meant it.", "Ida Lund"),
        ("We will defend the currency,", "Hale"),
        ("Net income rose 9 percent.", "Piet Vos"),
        ("Our first question comes from Ola Brenn.", "Operator"),
        ("Will you cut the dividend?", "Ola Brenn"),
        ("No.", "Ida Lund"),
    ]


BRIEFING = """Transcript: press conference by Governor Mira Hale after the rate decision

Participants: Mira Hale, Governor; Ola Brenn, Director of Communications (moderator).

GOVERNOR HALE: Good morning. The rate is raised to 28 percent.

OLA BRENN: Thank you, Governor. Please give your name and outlet.

Q: Ida Lund, Dunmore Ledger. Governor, will you defend the currency?

A: We will use every instrument we have.

Q: Why not earlier?

A: Hindsight is a wonderful economist.

TOMAS BRENN, FINANCE MINISTER: There will be no capital controls.

MS. HALE: Nothing to add.
"""


def test_a_press_conference_by_its_answerer_questions_that_name_who_asks_and_a_post_after_the_name() -> None:
    """"A:" answers for whom the lede says gives the press conference; "Q: Ida Lund, Dunmore
    Ledger. …" is asked by Ida Lund, a "Q:" that names no one is no quotation; "GOVERNOR HALE:" is a
    post, then the surname; "TOMAS BRENN, FINANCE MINISTER:" names him in full itself."""
    assert [(words[:24], speaker) for words, speaker in _pairs(BRIEFING)] == [
        ("Good morning. The rate i", "Mira Hale"),
        ("Thank you, Governor. Ple", "Ola Brenn"),
        ("Ida Lund, Dunmore Ledger", "Ida Lund"),
        ("We will use every instru", "Mira Hale"),
        ("Hindsight is a wonderful", "Mira Hale"),
        ("There will be no capital", "Tomas Brenn"),
        ("Nothing to add.", "Mira Hale"),
    ]


PODCAST = """Deep Water, episode 41 (transcript)

Host: Ana Brill. Guest: Dr Omar Vesely, marine biologist.

[00:00:04] ANA BRILL: Hello and welcome to Deep Water. Nine days since the collision.

[00:00:41] BRILL: First, a voice from the quay, recorded last Thursday.

[00:00:48] [CLIP] TOMAS BRENN: The sea was our bank, and now the bank is closed.

[00:01:05] BRILL: My guest today is Omar Vesely. Welcome.

[00:01:14] VESELY: Thank you. It is good to be somewhere warm.
"""

MARKET_HOUR = """MARKET HOUR, Wednesday

ANCHOR: Good evening. I'm Mira Hale. Another brutal day for the vell.

TOMAS BRENN, FINANCE MINISTER: There will be no capital controls.

ANCHOR: Ida Lund, your members are watching prices.

LUND: Bread went up. Wages did not.

UNIDENTIFIED FEMALE: They ran out of crowns at the exchange office.

ANCHOR: We'll have to leave it there.
"""

CONFERENCE = """Transcript: Press conference by Governor Mira Hale

Participants: Mira Hale, Governor; Piet Vos, Deputy Governor. Questions are marked Q, answers A.

Q: Ida Lund, Dunmore Ledger. How much of the reserves is left?

A: Enough.

Q: A follow-up, if I may. Enough for how long?

A (DEPUTY GOVERNOR VOS): Let me take that one. For as long as it takes.
"""


def test_time_codes_and_a_clip_tag_before_the_label() -> None:
    """"[00:01:05] BRILL:" and "[00:00:48] [CLIP] TOMAS BRENN:" are turns: the time code and the
    broadcast's tag stand before the label. "Host: Ana Brill." heading the page names the host;
    it is no turn of an unnamed host."""
    assert [(words[:24], speaker) for words, speaker in _pairs(PODCAST)] == [
        ("Hello and welcome to Dee", "Ana Brill"),
        ("First, a voice from the ", "Ana Brill"),
        ("The sea was our bank, an", "Tomas Brenn"),
        ("My guest today is Omar V", "Ana Brill"),
        ("Thank you. It is good to", "Omar Vesely"),
    ]


def test_an_anchor_who_says_who_they_are_and_an_unidentified_voice() -> None:
    """"ANCHOR: … I'm Mira Hale." speaks as Mira Hale; "UNIDENTIFIED FEMALE:" is a turn no one
    is named to speak."""
    assert [(words[:24], speaker) for words, speaker in _pairs(MARKET_HOUR)] == [
        ("Good evening. I'm Mira H", "Mira Hale"),
        ("There will be no capital", "Tomas Brenn"),
        ("Ida Lund, your members a", "Mira Hale"),
        ("Bread went up. Wages did", "Ida Lund"),
        ("They ran out of crowns a", None),
        ("We'll have to leave it t", "Mira Hale"),
    ]


def test_a_follow_up_question_and_an_answer_whose_brackets_name_another() -> None:
    """"Q: A follow-up, if I may." is asked by whoever asked before; "A (DEPUTY GOVERNOR VOS):"
    is answered by the Vos the story names in full, not by the governor."""
    assert [(words[:24], speaker) for words, speaker in _pairs(CONFERENCE)] == [
        ("Ida Lund, Dunmore Ledger", "Ida Lund"),
        ("Enough.", "Mira Hale"),
        ("A follow-up, if I may. E", "Ida Lund"),
        ("Let me take that one. Fo", "Piet Vos"),
    ]


MEDIA_BRIEFING = """Transcript: Health Minister Brenn and the food authority brief the media

Ministry of Health, Dunmore.

Chair: Ana Brill MP. Participants: Tomas Brenn, Minister of Health; Ida Lund, spokesperson. Moderator: Mira Hale, Ministry of Health press office.

MODERATOR: Good morning. The minister will make a short statement.

MINISTER BRENN: Thank you, Mira. Not one more tin will reach a child.

MS. LUND: Thank you, Minister. Our advice is unchanged.

MODERATOR: Questions, please.

THE CHAIR: We have time for one more.
"""

PHONE_LINES = """Open Line, Thursday. Presenter: Ola Brenn. Studio guest: Dr. Omar Vesely, paediatrician.

OLA BRENN: Good morning, the phones have not stopped ringing. Katja is calling from Kessby.

KATJA (Kessby): Morning, Ola. I checked the numbers myself.

OLA BRENN: Ida in Olmstad, you're on.

IDA (Olmstad): We are parents too. Ida Lund is my name, and I work on line two.

DR. VESELY: Katja did exactly the right thing.
"""


def test_header_lines_name_a_posts_holder_and_a_post_then_a_surname_is_no_name() -> None:
    """"Moderator: Mira Hale, …" and "Chair: Ana Brill MP." in the lines before the turns name the
    moderator and the chair, though a "Transcript:" line heads them; "MINISTER BRENN:" is the Tomas Brenn the lines name, not
    the "Minister Brenn" of the title."""
    assert [(words[:24], speaker) for words, speaker in _pairs(MEDIA_BRIEFING)] == [
        ("Good morning. The minist", "Mira Hale"),
        ("Thank you, Mira. Not one", "Tomas Brenn"),
        ("Thank you, Minister. Our", "Ida Lund"),
        ("Questions, please.", "Mira Hale"),
        ("We have time for one mor", "Ana Brill"),
    ]


def test_a_given_name_label_with_the_place_in_brackets() -> None:
    """"KATJA (Kessby):" is Katja (no Katja is named in full); "IDA (Olmstad):" the one
    Ida the story names in full."""
    assert [(words[:24], speaker) for words, speaker in _pairs(PHONE_LINES)] == [
        ("Good morning, the phones", "Ola Brenn"),
        ("Morning, Ola. I checked ", "Katja"),
        ("Ida in Olmstad, you're o", "Ola Brenn"),
        ("We are parents too. Ida ", "Ida Lund"),
        ("Katja did exactly the ri", "Omar Vesely"),
    ]


def test_a_label_with_the_post_and_the_body_after_the_name() -> None:
    """"PIET VOS, CEO, DUNMORE VOTING SYSTEMS:" is a label, two commas and all: the turn is Vos's,
    not words the anchor goes on with."""
    assert [(words[:24], speaker) for words, speaker in _pairs(NIGHT_DESK)] == [
        ("Good evening. Joining me", "Ana Brill"),
        ("Thank you for having me,", "Piet Vos"),
        ("Did any machine change a", "Ana Brill"),
        ("No. Not one.", "Piet Vos"),
        ("Piet Vos, thank you.", "Ana Brill"),
    ]


CALL_IN = """Open Line with Ola Brenn. Thursday, 18:05. Transcript, edited for length.

PRESENTER: Good evening, I'm Ola Brenn. First up is Ida Lund in Kessby.

IDA, Kessby: Hi Ola. The ferry strike has cost me a week's pay.

PRESENTER: And who do you blame?

IDA, Kessby: Everybody, a little.

PRESENTER: Piet is in Port Hale. Piet?

PIET, Port Hale: Evening, Ola. Forty years a deckhand.
"""


def test_a_callers_given_name_label_with_the_town_after_a_comma() -> None:
    """"IDA, Kessby:" is a turn, as "IDA (Kessby):" is: the one Ida the story names in full,
    else the given name; the town is no one."""
    assert [(words[:24], speaker) for words, speaker in _pairs(CALL_IN)] == [
        ("Good evening, I'm Ola Br", "Ola Brenn"),
        ("Hi Ola. The ferry strike", "Ida Lund"),
        ("And who do you blame?", "Ola Brenn"),
        ("Everybody, a little.", "Ida Lund"),
        ("Piet is in Port Hale. Pi", "Ola Brenn"),
        ("Evening, Ola. Forty year", "Piet"),
    ]


OUTLET_BRIEFING = """Transcript: ferry minister names a mediator

Ministry of Transport — press conference, Dunmore. Speakers: Ana Brill, Minister of Transport. Questions from the floor are identified by outlet only.

MINISTER BRILL: Good morning. The ferries did not sail today.

Q (Dunmore Broadcasting Corporation): Will the company be allowed to pay more?

MINISTER BRILL: Pay is a matter for the company.

Q (Harbour Herald): Do you regret your words?

MINISTER BRILL: No, I don't.
"""


def test_a_question_from_an_outlet_named_in_brackets() -> None:
    """"Q (Dunmore Broadcasting Corporation):" is asked by the outlet, whose reporter the page
    does not name; a name of two capitalised words reads as a person's, as before."""
    assert [(words[:24], speaker) for words, speaker in _pairs(OUTLET_BRIEFING)] == [
        ("Good morning. The ferrie", "Ana Brill"),
        ("Will the company be allo", "Dunmore Broadcasting Corporation"),
        ("Pay is a matter for the ", "Ana Brill"),
        ("Do you regret your words", "Harbour Herald"),
        ("No, I don't.", "Ana Brill"),
    ]


COURT = """Transcript: the cross-examination of Piet Vos

Below is an excerpt of the eleventh day of the trial, presiding judge Mira Hale, sitting with judge Klara Sabo. The defence is Ida Lund; the prosecution Tomas Brenn.

THE COURT: Ms. Lund, the witness is yours.

MS. LUND: Thank you, Your Honour.

Q. You signed the agreement in May?

A. In June.

Q. And you will not go to prison.

MR. BRENN: Objection. Counsel is testifying.

THE COURT: Sustained.

Q. Were you paid?

A. Twice.

JUDGE SABO: Paid by whom?

A. By the company.

MS. LUND: Nothing further.

THE COURT: Mr. Brenn, any redirect?

MR. BRENN: Briefly.

Q. Why did you come forward?

A. Because I had to.
"""


@pytest.mark.parametrize(
    "lede, answers",
    [
        ("Below is an excerpt", "Piet Vos"),
        ("The witness is Piet Vos. Below is an excerpt", "Piet Vos"),
    ],
    ids=["examination-of-in-the-headline", "the-witness-is"],
)
def test_a_court_transcript_its_examining_counsel_and_the_court(lede: str, answers: str) -> None:
    """"THE COURT:" is the presiding judge; a witness's "A." the one the headline or lede says
    is examined; a "Q." the counsel whose turn the questions follow, not whoever objected
    between them, until the other side's counsel takes the witness."""
    text = COURT.replace("Below is an excerpt", lede)
    assert [(words[:14], speaker) for words, speaker in _pairs(text)] == [
        ("Ms. Lund, the ", "Mira Hale"),
        ("Thank you, You", "Ida Lund"),
        ("You signed the", "Ida Lund"),
        ("In June.", answers),
        ("And you will n", "Ida Lund"),
        ("Objection. Cou", "Tomas Brenn"),
        ("Sustained.", "Mira Hale"),
        ("Were you paid?", "Ida Lund"),
        ("Twice.", answers),
        ("Paid by whom?", "Klara Sabo"),
        ("By the company", answers),
        ("Nothing furthe", "Ida Lund"),
        ("Mr. Brenn, any", "Mira Hale"),
        ("Briefly.", "Tomas Brenn"),
        ("Why did you co", "Tomas Brenn"),
        ("Because I had ", answers),
    ]


def test_questions_of_a_court_transcript_with_no_counsel_before_them_are_no_ones() -> None:
    text = COURT.replace("MS. LUND: Thank you, Your Honour.\n\n", "")
    assert [speaker for words, speaker in _pairs(text) if words.startswith(("You signed", "And you will"))] == [None, None]


CALL_LINE = """The first call to the refuge, in full

The surface end of the line was taken by the rescue commander, Marta Olmo Serrat. The voice from below is that
of the shift foreman, Ernesto Vidal Rey, 52. Noise on the line is marked in brackets.

SURFACE: Refuge, refuge, this is the surface. Can you hear me?

FOREMAN: [static] We hear you. Go on.

SURFACE: This is Olmo. I am commanding the rescue.

FOREMAN: All fourteen. The refuge held.

[End of recording]

After the call, the foreman's message went to his daughter, Camila Vidal, 19. She laughed.
"I'll sleep when he's out," she told the radio.
"""


def test_a_call_whose_sides_are_a_post_and_a_voice_that_says_who_it_is() -> None:
    """"FOREMAN:" is the one the lede names the shift foreman; "SURFACE:" names no one, until
    its own words say "This is Olmo.": the commander the lede names in full, both surnames."""
    assert [(words[:20], speaker) for words, speaker in _pairs(CALL_LINE)] == [
        ("Refuge, refuge, this", "Marta Olmo Serrat"),
        ("[static] We hear you", "Ernesto Vidal Rey"),
        ("This is Olmo. I am c", "Marta Olmo Serrat"),
        ("All fourteen. The re", "Ernesto Vidal Rey"),
        ("I'll sleep when he's", "Camila Vidal"),
    ]


def test_a_call_whose_other_side_never_says_who_it_is_is_no_transcript() -> None:
    text = CALL_LINE.replace("This is Olmo. I am", "I am")
    assert [words[:20] for words, _ in _pairs(text)] == ["I'll sleep when he's"]


BRIEFING_FOLLOW_UPS = """Transcript: rescue command briefing, day eight

The briefing was given by the rescue commander, Colonel Marta Olmo Serrat.

OLMO: Good morning. The drill is at 412 metres.

QUESTION (Ida Lund, Dunmore Ledger): Colonel, do you stand by ten days?

OLMO: I never said ten days.

Q: And the air? Should the families be worried?

OLMO: The families should be tired, not worried.

QUESTION (Dunmore Radio): Is a date possible?

OLMO: No.

Q: Not even a week?

OLMO: Bits wear out. We have eleven in reserve.

Last thing. The next briefing is at 18:00. Nobody leaves this tent believing a date. Thank you.
"""


def test_a_bare_q_goes_on_with_the_named_asker_and_a_last_spoken_paragraph() -> None:
    """A bare "Q:" after "QUESTION (Ida Lund, Dunmore Ledger):" is hers; after "QUESTION (Dunmore
    Radio):" it is the outlet's, as the question it follows is. A paragraph after the last turn that
    speaks ("Thank you.") is the last speaker's."""
    assert [(words[:20], speaker) for words, speaker in _pairs(BRIEFING_FOLLOW_UPS)] == [
        ("Good morning. The dr", "Marta Olmo Serrat"),
        ("Colonel, do you stan", "Ida Lund"),
        ("I never said ten day", "Marta Olmo Serrat"),
        ("And the air? Should ", "Ida Lund"),
        ("The families should ", "Marta Olmo Serrat"),
        ("Is a date possible?", "Dunmore Radio"),
        ("No.", "Marta Olmo Serrat"),
        ("Not even a week?", "Dunmore Radio"),
        ("Bits wear out. We ha", "Marta Olmo Serrat"),
        ("Last thing. The next", "Marta Olmo Serrat"),
    ]


def test_a_bare_q_after_a_question_no_one_asked_by_name_is_no_quotation() -> None:
    text = BRIEFING_FOLLOW_UPS.replace("QUESTION (Dunmore Radio):", "QUESTION:")
    pairs = [(words[:20], speaker) for words, speaker in _pairs(text)]
    assert pairs[4:7] == [("The families should ", "Marta Olmo Serrat"), ("No.", "Marta Olmo Serrat"),
                          ("Bits wear out. We ha", "Marta Olmo Serrat")]


def test_an_editors_note_after_the_last_turn_is_no_ones() -> None:
    text = BRIEFING_FOLLOW_UPS.replace(
        "Last thing. The next briefing is at 18:00. Nobody leaves this tent believing a date. Thank you.",
        "The briefing ended at 10:40. The next one is at 18:00.")
    assert [words[:20] for words, _ in _pairs(text)][-1] == "Bits wear out. We ha"


PRINTED = """‘We were never told’: Dr Ines Varga on the closed clinic

The Harbour Gazette | Interview by Tomas Pirelli

Dr Ines Varga ran the Nordhaven clinic for nine years. She spoke to Tomas Pirelli (TP); her answers are marked IV.

TP: The council says the closure was “a budget decision”. Is that the whole story?

IV: No. The budget was fine in March. What changed was the lease.

TP: You have called the council “cowards”. Do you stand by that?

IV: I do. Nobody came to tell the staff.

TP: What happens to the patients?

IV: They will have to travel to Bramley, forty minutes by bus.
"""


def test_a_printed_interviews_questions_are_the_papers_and_what_they_quote_is_not() -> None:
    """The interviewer the lede names asks for the paper: no statement. What a question
    quotes stays quoted, and "You have called …" quotes the one who answers."""
    assert _pairs(PRINTED) == [
        ("We were never told", "Ines Varga"),
        ("a budget decision", "the council"),
        ("No. The budget was fine in March. What changed was the lease.", "Ines Varga"),
        ("cowards", "Ines Varga"),
        ("I do. Nobody came to tell the staff.", "Ines Varga"),
        ("They will have to travel to Bramley, forty minutes by bus.", "Ines Varga"),
    ]


@pytest.mark.parametrize(
    ("name", "label", "answers"),
    [
        ("Ines Varga", "IV", "Ines Varga"),  # (a vowel: read as a name, "Iv", had no one)
        ("Ines Carla Varga", "ICV", "Ines Carla Varga"),
        ("Helga van den Broek", "HvdB", "Helga van den Broek"),  # the particles' small letters
        ("Tomás de la Vega Ruiz", "TVR", "Tomás de la Vega Ruiz"),  # or none for them
        ("John Ashby-Reed", "JAR", "John Ashby-Reed"),  # a letter for each half of the surname
        ("Pablo de Castro Vidal", "PdC", "Pablo de Castro Vidal"),  # a second surname left out
        ("Ines Varga and her deputy Ivo Vukic", "IV", None),  # two people with those initials: no one
    ],
    ids=["two-initials", "three-initials", "particles-in-small-letters", "particles-left-out", "a-double-barrelled-surname",
         "a-second-surname-left-out", "initials-of-two-people"],
)
def test_initials_label_the_person_the_story_names_with_them(name: str, label: str, answers: str | None) -> None:
    text = PRINTED.replace("Dr Ines Varga ran", f"Dr {name} ran").replace("IV:", f"{label}:") \
        .replace("her answers are marked IV", f"her answers are marked {label}")
    assert [speaker for words, speaker in _pairs(text) if words.startswith("I do.")] == [answers] if answers \
        else "I do. Nobody came to tell the staff." not in [words for words, _ in _pairs(text)]


def test_the_label_the_lede_says_marks_the_questions_is_the_papers() -> None:
    """"Questions are marked HX": the paper asks, though no one in the story has those initials."""
    text = PRINTED.replace(" | Interview by Tomas Pirelli", "").replace(
        "She spoke to Tomas Pirelli (TP); her answers are marked IV.",
        "She spoke to us last week. Questions are marked HX, answers IV.").replace("TP:", "HX:")
    assert _pairs(text) == _pairs(PRINTED)


def test_who_the_lede_says_asked_the_interviewee_asks_for_the_paper() -> None:
    """"Tomas Pirelli asked her why …": his turns are questions, under his name or his initials."""
    text = PRINTED.replace(" | Interview by Tomas Pirelli", "").replace(
        "She spoke to Tomas Pirelli (TP); her answers are marked IV.",
        "Tomas Pirelli asked her why it closed.").replace("TP: The council says", "Tomas Pirelli: The council says")
    assert _pairs(text) == _pairs(PRINTED)


def test_a_label_with_a_name_particle_in_small_letters_opens_a_turn() -> None:
    """"Pablo de Castro Vidal:" is a label as "Ines Varga:" is, and "PdC:" his initials after it."""
    text = PRINTED.replace("Dr Ines Varga", "Dr Pablo de Castro Vidal").replace(
        "her answers are marked IV", "his answers are marked PdC").replace(
        "IV: No. The budget", "Pablo de Castro Vidal: No. The budget").replace("IV:", "PdC:")
    assert [speaker for words, speaker in _pairs(text) if words.startswith(("No. The budget", "I do."))] \
        == ["Pablo de Castro Vidal"] * 2


def test_the_interviewer_after_the_outlets_name_asks_for_the_paper() -> None:
    """"She spoke to Gazette's Jonah Vasko": the journalist, without the outlet's name before."""
    text = PRINTED.replace("She spoke to Tomas Pirelli (TP)", "She spoke to Gazette's Jonah Vasko") \
        .replace(" | Interview by Tomas Pirelli", "").replace("TP:", "JV:")
    assert [speaker for _, speaker in _pairs(text)].count("Jonah Vasko") == 0
    assert len(_pairs(text)) == len(_pairs(PRINTED))


def test_the_outlets_own_label_opens_the_papers_questions_whether_or_not_they_ask() -> None:
    """"Harbour Gazette:" and then "HG:" are the paper: none of its turns is a statement,
    "?" or not, and what they quote is read as any quotation."""
    text = PRINTED.replace(" | Interview by Tomas Pirelli", "").replace(
        "She spoke to Tomas Pirelli (TP)", "She spoke to the Harbour Gazette").replace(
        "TP: The council says", "Harbour Gazette: The council says").replace("TP:", "HG:")
    assert _pairs(text) == _pairs(PRINTED)


def test_what_an_unsigned_question_quotes_back_is_the_answerers() -> None:
    """"Q: You have called the bill “a mess”." asks no one's statement, and the words it quotes
    back are the one who answers."""
    text = QA.replace("presenter Lena Marsh's interview with Senator Abel Crane.", "an interview with Senator Abel Crane.") \
        .replace("Q: Senator, good morning. Will the bill pass?", "Q: You have called the bill “a mess”. Will it pass?")
    assert ("a mess", "Abel Crane") in _pairs(text)
