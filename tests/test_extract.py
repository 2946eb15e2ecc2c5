"""The extractor: quotation spans and speakers, from text written for these tests.

Each table row is a small article and the quotations expected from it, as
(quoted words, speaker) pairs in reading order; ``None`` means nobody is
credited. Every quotation must also satisfy ``text[start:end] == quote``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quotesearch.extract import Extractor, ModelError, extract_quotes, find_quotations, load_pipeline, quotations_of
from quotesearch.records import Mention, Quotation
from quotesearch.speakers import assign_canonical


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The default (blank) pipeline, loaded once for the module."""
    return Extractor()


def _check_offsets(text: str, quotes: list[Quotation]) -> None:
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert 0 <= q.context_start <= q.start <= q.end <= q.context_end <= len(text)


def _pairs(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    quotes = extractor(text)
    _check_offsets(text, quotes)
    return [(q.text, q.speaker) for q in quotes]


# ----------------------------------------------------------------- quote marks

MARKS = [
    pytest.param(
        'His party called the petition a " fishing trip ". Later Tom Hale said, "I won this election."',
        [("fishing trip", "party"), ("I won this election.", "Tom Hale")],
        id="straight-marks-spaced-off-their-words-before-a-full-stop",
    ),
    pytest.param(
        "“Talks resume Monday,” said Ona Kask.\n\n“But our patience is not infinite, said Tarmo Vello, through an interpreter.",
        [("Talks resume Monday,", "Ona Kask"), ("But our patience is not infinite", "Tarmo Vello")],
        id="missing-closer-before-inverted-cue",
    ),
    pytest.param(
        "Judge Ruth Pell dissented.\n\n“I do not doubt that users felt uneasy. But unease is not loss, the judge wrote.",
        [("I do not doubt that users felt uneasy. But unease is not loss", "Ruth Pell")],
        id="missing-closer-before-role-cue-at-paragraph-end",
    ),
    pytest.param(
        "The hearing is set for May.Ann Lee said she would wait. “We will ask for a figure,” she said.",
        [("We will ask for a figure,", "Ann Lee")],
        id="full-stop-glued-to-the-next-sentence-name",
    ),
    pytest.param(
        "‘Families are living in hotels,’ said Mr Pell. ‘Ministers should be ashamed.\n\nThe department declined to comment.",
        [("Families are living in hotels,", "Pell"), ("Ministers should be ashamed.", "Pell")],
        id="single-quote-missing-closer-at-paragraph-end",
    ),
    pytest.param(
        "She said ‘no’ to the ‘90s revival. It was an idea of the band.",
        [("no", None)],
        id="single-opening-mark-of-a-decade-is-no-quotation",
    ),
    pytest.param(
        '"We are on the same line,"Girard told the press.',
        [("We are on the same line,", "Girard")],
        id="straight-closer-glued-to-name",
    ),
    pytest.param(
        'He said,"We agree."',
        [("We agree.", None)],
        id="straight-opener-after-comma",
    ),
    pytest.param(
        "“We will rebuild the bridge,” Mayor Ana Torres said.",
        [("We will rebuild the bridge,", "Ana Torres")],
        id="curly-double-after",
    ),
    pytest.param(
        '"The budget is balanced," said Finance Minister Paul Grady.',
        [("The budget is balanced,", "Paul Grady")],
        id="straight-double-inverted",
    ),
    pytest.param(
        "Mayor Torres says port is ‘not for sale’\n\nMayor Ana Torres said on Monday the port would stay public.",
        [("not for sale", "Ana Torres")],
        id="headline-curly-single",
    ),
    pytest.param(
        "The union called the offer 'an insult' on Monday.",
        [("an insult", "the union")],
        id="straight-single",
    ),
    pytest.param(
        "''The idea of 'unity' is old,'' said coach Ada Brink.",
        [("The idea of 'unity' is old,", "Ada Brink")],
        id="two-apostrophes-as-double-mark-with-inner-single",
    ),
    pytest.param(
        "“The word ‘never’ is not in our plan,” said coach Ada Brink.",
        [("The word ‘never’ is not in our plan,", "Ada Brink")],
        id="quote-inside-quote-not-separate",
    ),
    pytest.param(
        "«Nous restons prudents», said the central bank governor, Lea Marchand.",
        [("Nous restons prudents", "Lea Marchand")],
        id="guillemets",
    ),
    pytest.param(
        "Defence spokeswoman Lena Morgan said troops were ready.\n\n"
        "“This is about… reassuring our allies of the ALLIANCEMorgan said.",
        [("This is about… reassuring our allies of the ALLIANCE", "Lena Morgan")],
        id="missing-closing-mark-glued-name",
    ),
    pytest.param(
        "Defence spokeswoman Lena Morgan said troops were ready. "
        "“It sends a very clear signal to our partners“.",
        [("It sends a very clear signal to our partners", "Lena Morgan")],
        id="closing-mark-replaced-by-opening",
    ),
    pytest.param(
        "“The first part of the plan is simple.\n\n“The second part is harder,” said Director Omar Haddad.",
        [("The first part of the plan is simple.", "Omar Haddad"),
         ("The second part is harder,", "Omar Haddad")],
        id="multi-paragraph",
    ),
    pytest.param(
        "“We chose talks over threats,” said envoy Ravi Mehta. “We chose diplomacy”he added.",
        [("We chose talks over threats,", "Ravi Mehta"), ("We chose diplomacy", "Ravi Mehta")],
        id="glued-mark-and-pronoun",
    ),
    pytest.param(
        "Ida Lund said”I feel sorry for her, but more for the others.” “They lost years,”Lund added.",
        [("I feel sorry for her, but more for the others.", "Ida Lund"), ("They lost years,", "Ida Lund")],
        id="a-closing-mark-glued-between-words-opens-when-the-next-mark-closes",
    ),
    pytest.param(
        "“We chose diplomacy”he added, and Ida Lund nodded.",
        [("We chose diplomacy", None)],
        id="guard-a-glued-closing-mark-with-no-closer-after-it-still-closes",
    ),
    pytest.param(
        "“It was a very good meeting,” said the prime minister, Carl Smithto reporters after the call.",
        [("It was a very good meeting,", "Carl Smith")],
        id="glued-name-and-word",
    ),
    pytest.param(
        "The chair of the ALLIANCEMaria Jones said that “the door stays open.”",
        [("the door stays open.", "Maria Jones")],
        id="glued-acronym-and-name",
    ),
    pytest.param(
        "The head of the district Ivan Sokil spoke on Monday.\n\n- We ask you to save power, - added he.",
        [("We ask you to save power", "Ivan Sokil")],
        id="dash-dialogue",
    ),
    pytest.param(
        "- It was cold, we slept in coats, - said resident Olga Hrab. - Nobody came.",
        [("It was cold, we slept in coats", "Olga Hrab"), ("Nobody came.", "Olga Hrab")],
        id="dash-dialogue-going-on-after-its-attribution",
    ),
    pytest.param(
        "– Contact your pharmacy and change the package, says Eva Berg, unit chief at the agency.\n\n"
        "– The risk is small, she says.",
        [("Contact your pharmacy and change the package", "Eva Berg"), ("The risk is small", "Eva Berg")],
        id="dash-dialogue-closed-by-a-comma-and-its-cue",
    ),
    pytest.param(
        "– Roads closed, schools open\n– Buses run, trains do not",
        [],
        id="dash-list-with-commas-and-no-cue-is-not-dialogue",
    ),
    pytest.param(
        "「We cut the division with tears」, says company president Ken Mori.",
        [("We cut the division with tears", "Ken Mori")],
        id="japanese-corner-brackets",
    ),
    pytest.param(
        "»We changed supplier in the autumn», says Nils Holm.",
        [("We changed supplier in the autumn", "Nils Holm")],
        id="swedish-opening-guillemet-pointing-right",
    ),
    pytest.param(
        "- Roads closed\n- Schools open\n\nThe mayor spoke - briefly - on Monday.", [],
        id="dashes-without-an-attribution-dash-are-not-dialogue",
    ),
    pytest.param(
        "– The quay is empty at night, says mayor Kari Holm.\n\n"
        "– We read about it in the paper. Nobody asked us.\n\n"
        "Ferry chief Per Dahl points to the day boats. – In the daytime there are more, says he.",
        [("The quay is empty at night", "Kari Holm"), ("We read about it in the paper. Nobody asked us.", "Kari Holm"),
         ("In the daytime there are more", "Per Dahl")],
        id="dash-dialogue-without-a-cue-and-after-a-sentence",
    ),
    pytest.param(
        "The office points to the day boats. – In the daytime there are more.\n\nNew rules: – Boats run hourly",
        [],
        id="guard-a-dash-mid-paragraph-in-a-story-without-dash-dialogue",
    ),
    pytest.param(
        "Outside, his widow, Ann Lee, read a statement.\n\n“For months we were told nothing.\n\n"
        "“Today we heard that someone knew. He wrote it down. He sent it on.\n\n“We want to know why.”",
        [("For months we were told nothing.", "Ann Lee"),
         ("Today we heard that someone knew. He wrote it down. He sent it on.", "Ann Lee"),
         ("We want to know why.", "Ann Lee")],
        id="a-middle-paragraph-of-a-long-quotation-is-quoted-whole",
    ),
    pytest.param(
        "“We lost the rudder. So I told the crew jokes. Awful jokes.\n\n"
        "“Nobody complained,” Ida Voss says.",
        [("We lost the rudder. So I told the crew jokes. Awful jokes.", "Ida Voss"),
         ("Nobody complained,", "Ida Voss")],
        id="the-first-paragraph-of-a-long-quotation-is-quoted-whole",
    ),
    pytest.param(
        "Ruth Anker spoke of the night her son fell ill. ‘We drove him in at midnight. A nurse told us, "
        "“Wait outside.” He could not stand.\n\n‘Nobody would tell us where he was.\n\n"
        "‘I do not blame the staff. I blame the people who cut the wards.’",
        [("We drove him in at midnight. A nurse told us, “Wait outside.” He could not stand.", "Ruth Anker"),
         ("Nobody would tell us where he was.", "Ruth Anker"),
         ("I do not blame the staff. I blame the people who cut the wards.", "Ruth Anker")],
        id="single-marks-over-several-paragraphs-each-opened-only-the-last-closed",
    ),
    pytest.param(
        "‘Bring them home,’ said Ruth Anker.\n\n‘We waited.\n\nThe vigil ended at ten.",
        [("Bring them home,", "Ruth Anker")],
        id="guard-an-unclosed-single-mark-the-next-paragraph-does-not-continue",
    ),
    pytest.param(
        "Parents formed the Harbour Parents Group. «Nobody tells us anything. We learn more from the radio, "
        "lamented its spokeswoman, Ruth Anker.",
        [("Nobody tells us anything. We learn more from the radio", "Ruth Anker")],
        id="missing-closer-before-an-inverted-cue-with-a-possessive",
    ),
    pytest.param(
        "«The other side plays the victim, although its patrol crossed first, — said the foreign ministry "
        "spokeswoman Ilse Varga. — All blame lies with them».",
        [("The other side plays the victim, although its patrol crossed first", "Ilse Varga"),
         ("All blame lies with them", "Ilse Varga")],
        id="translated-attribution-between-dashes-inside-the-marks",
    ),
    pytest.param(
        "Tomas Ruud spoke last. «We are ready, — he added, — but only on our terms».",
        [("We are ready", "Tomas Ruud"), ("but only on our terms", "Tomas Ruud")],
        id="translated-pronoun-cue-between-dashes-inside-the-marks",
    ),
    pytest.param(
        "Tomas Ruud called it «a well-known trick — said to confuse — nothing more».",
        [("a well-known trick — said to confuse — nothing more", "Tomas Ruud")],
        id="guard-dashes-inside-a-quotation-without-a-cue-between-them",
    ),
    pytest.param(
        "Ilse Varga said: «The plan — she admits it — has failed».",
        [("The plan — she admits it — has failed", "Ilse Varga")],
        id="guard-an-aside-between-dashes-after-no-punctuation",
    ),
    pytest.param(
        "Ida Lund said: 「The minister says 『the door is open』, but nobody stands behind it」.",
        [("The minister says 『the door is open』, but nobody stands behind it", "Ida Lund")],
        id="japanese-inner-marks-stay-inside-the-quotation",
    ),
    pytest.param(
        "Piet Vos said: «The governor told us „we will pay“ and then did nothing».",
        [("The governor told us „we will pay“ and then did nothing", "Piet Vos")],
        id="russian-inner-marks-stay-inside-the-quotation",
    ),
    pytest.param(
        "Piet Vos said: «We will pay». Ann Lee replied: „We will see“.",
        [("We will pay", "Piet Vos"), ("We will see", "Ann Lee")],
        id="guard-low-marks-after-a-closed-guillemet-open-their-own-quotation",
    ),
    pytest.param(
        "‘We never saw the gate open,’ Anna Visk told the Echo. ‘I hear it every night when I lie down’said Piet, who ran.",
        [("We never saw the gate open,", "Anna Visk"), ("I hear it every night when I lie down", "Piet")],
        id="single-closer-glued-to-said",
    ),
    pytest.param(
        "‘Nobody’s listening’s the trouble, and it’s getting worse,’ said Piet Aalders.",
        [("Nobody’s listening’s the trouble, and it’s getting worse,", "Piet Aalders")],
        id="apostrophes-glued-to-words-are-no-closers",
    ),
]


@pytest.mark.parametrize("text, expected", MARKS)
def test_quote_marks(extractor: Extractor, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(extractor, text) == expected


# ------------------------------------------------------ fragments and titles

FRAGMENTS = [
    pytest.param(
        "Ruling\n\nThe board’s decision, titled “Decision 14/2025: Leak of Messages on the Talvik App”, says "
        "the bank was “careless”.",
        [("careless", "the board")],
        id="a-title-with-a-number-and-a-slash-is-no-statement",
    ),
    pytest.param(
        "Ruling\n\nThe board published a report titled “Lessons from a summer of leaks”. Ann Lee called it "
        "“overdue”.",
        [("overdue", "Ann Lee")],
        id="a-sentence-case-title-after-titled-is-no-statement",
    ),
    pytest.param(
        'Her second novel, “The Quiet Shore,” sold well. “The Quiet Shore” is now a film, and she is “thrilled.”',
        [('thrilled.', None)],
        id='a-title-known-once-is-a-title-again',
    ),
    pytest.param(
        'Ana Lind, whose debut feature “Salt and Iron” won a prize, said she was “very tired.”',
        [('very tired.', 'Ana Lind')],
        id='a-feature-film-title',
    ),
    pytest.param(
        "Labour Minister Eva Lind met the strikers. The minister accused the union of “hysterics” on Tuesday.",
        [("hysterics", "Eva Lind")],
        id="scare-quote-role-subject",
    ),
    pytest.param(
        "Governor Tom Hale called the plan “reckless” and “unfunded.”",
        [("reckless", "Tom Hale"), ("unfunded.", "Tom Hale")],
        id="two-fragments-called",
    ),
    pytest.param(
        "Mayor Ana Torres mocked Governor Tom Hale's “no new roads” pledge on Monday.",
        [("no new roads", "Tom Hale")],
        id="possessive-with-speech-noun",
    ),
    pytest.param(
        "Senator Ruth Abel questioned Governor Tom Hale's “judgment” on Monday.",
        [("judgment", "Ruth Abel")],
        id="possessive-without-speech-noun-is-not-the-speaker",
    ),
    pytest.param(
        "Democratic presidential candidate Ruth Abel is choosing not to answer claims of “bias” from rivals.",
        [("bias", "Ruth Abel")],
        id="scare-quote-subject-with-lower-case-role-words",
    ),
    pytest.param("She starred in the film “Gone With The Tide” last year.", [], id="film-title"),
    pytest.param("Lena Ost, author of the book «Small towns in the long war», disagreed.", [],
                 id="a-book-title-in-sentence-case"),
    pytest.param("Lena Ost said of the book: “Nobody will read it.”", [("Nobody will read it.", "Lena Ost")],
                 id="a-sentence-after-a-work-noun-is-still-a-quotation"),

    pytest.param("We do not need another episode of “The Quiet Hall.” We need a budget.", [], id="episode-of-title"),
    pytest.param("“Costs are high,” he told the newspaper “Harbour Daily”.", [("Costs are high,", None)],
                 id="newspaper-title"),
    pytest.param("Lee called it an episode of “pure madness”.", [("pure madness", "Lee")], id="episode-of-not-a-title"),
    pytest.param("Boxer Dwayne “The Hammer” Ortiz lost the fight.", [], id="nickname"),
    pytest.param(
        "Senator Ruth Abel told ABC’s “Morning Round” that “the vote is close.”",
        [("the vote is close.", "Ruth Abel")],
        id="programme-title-dropped",
    ),
    pytest.param(
        "The “Harbour Lights” star opened the festival.", [], id="title-before-star",
    ),
    pytest.param("The head of the association «Green Field» Ivo Kask disagreed.", [], id="name-of-a-body-in-marks"),
    pytest.param("The relief agency \"Helping Hands International\" warned of disease.", [], id="name-of-an-agency-in-marks"),
    pytest.param("Ministers met ahead of the “Blue Road Initiative,” which starts in May.", [],
                 id="name-of-a-plan-in-marks"),
    pytest.param("Troops began “Operation Clear Water” at dawn.", [], id="name-of-an-operation-in-marks"),
    pytest.param("The union, which has relaunched its \"Inspect the Inspectors\" campaign, warns that cooks are being "
                 "\"made scapegoats\".", [("made scapegoats", "the union")], id="name-of-a-campaign-before-its-noun"),
    pytest.param("The audit, “Safe Wards in Public Hospitals”, listed the gateway.", [], id="title-of-an-audit-in-marks"),
    pytest.param("The report “Safe Wards Now” was ignored, Ann Lee said.", [], id="title-of-a-report-in-marks"),
    pytest.param("The report called the wards “Unsafe and Unfit”, Ann Lee said.",
                 [("Unsafe and Unfit", "Ann Lee")], id="title-case-words-a-report-uses-are-still-a-quote"),
    pytest.param("The party said the plan was «Too Little, Too Late».", [("Too Little, Too Late", "the party")],
                 id="title-case-words-of-a-body-are-still-a-quote"),
    pytest.param(
        '<post id="77" author="@someone">Quiet day</post>. The mayor said the port was “safe.”',
        [("safe.", None)],
        id="markup-attributes-ignored",
    ),
    pytest.param(
        "The mayor, nicknamed « the Heron » since his harbour years, called the plan « reckless ».",
        [("reckless", None)],
        id="a-nickname-in-lower-case-after-nicknamed-is-no-quotation",
    ),
    pytest.param(
        "Rain fell. A hacker group naming itself „Grey Tide“ claimed the attack. Residents calling themselves "
        "\"Friends of the Pier\" met. The chairman is known as 「Ken-san of the docks」.",
        [],
        id="a-groups-name-for-itself-and-a-nickname-of-several-words",
    ),
    pytest.param(
        "Ruling\n\n‘We regret the leak,’ said Tove Brask, who pointed to the firm’s own ‘Harbour Line Safety Audit’, "
        "published in May.",
        [("We regret the leak,", "Tove Brask")],
        id="a-name-in-marks-after-its-owner-is-no-statement",
    ),
    pytest.param(
        "Ruling\n\nThe mayor’s “We will rebuild,” Tove Brask recalled, was said too soon.",
        [("We will rebuild,", "Tove Brask")],
        id="words-in-marks-after-an-owner-that-end-in-a-comma-are-a-statement",
    ),
    pytest.param(
        "Lee: Hale’s ‘Reckless Gamble’ Costs the Town\n\nMayor Ann Lee said on Monday that the plan was wrong.",
        [("Reckless Gamble", "Ann Lee")],
        id="words-in-marks-after-an-owner-in-a-headline-are-a-statement",
    ),
]


@pytest.mark.parametrize("text, expected", FRAGMENTS)
def test_fragments_and_titles(extractor: Extractor, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(extractor, text) == expected


# ------------------------------------------------------------------- speakers

SPEAKERS = [
    pytest.param(
        "Senator Ruth Abel criticised Governor Tom Hale's claim that the bridge “will pay for itself.”",
        [("will pay for itself.", "Tom Hale")],
        id="possessive-claim-that",
    ),
    pytest.param(
        "Aide Ann Ray said that Tom Hale's claim that the new bridge will cost less than the old one is “false.”",
        [("false.", "Ann Ray")],
        id="quote-said-of-a-claim-is-not-the-claimant",
    ),
    pytest.param(
        "PORT LOUIS, Mauritius — Governor Tom Hale on Monday called the strike “a mistake.”",
        [("a mistake.", "Tom Hale")],
        id="dateline-is-not-the-subject",
    ),
    pytest.param(
        "“We stay,” said Navy 2nd Lt. Ann Ray.",
        [("We stay,", "Ann Ray")],
        id="ordinal-in-a-rank",
    ),
    pytest.param(
        "A spokeswoman for the Harbour Authority sent a note to reporters, arguing, “The port is safe.”",
        [("The port is safe.", "Harbour Authority")],
        id="an-unnamed-spokeswoman-for-a-body-is-the-body",
    ),
    pytest.param(
        "Columnist Ann Will praised the plan. “It is overdue,” Will wrote.",
        [("It is overdue,", "Ann Will")],
        id="surname-that-is-a-modal",
    ),
    pytest.param(
        "“It is overdue,” will say anyone who reads it.",
        [("It is overdue,", None)],
        id="modal-before-base-form-is-not-a-name",
    ),
    pytest.param(
        "Citing the floods as a warning about “our failing dams,” the council voted.",
        [("our failing dams,", None)],
        id="opening-participle-is-not-a-name",
    ),
    pytest.param(
        "Mayor Ana Torres posted a Facebook comment of her own, saying, “We will rebuild.”",
        [("We will rebuild.", "Ana Torres")],
        id="participle-skips-a-noun-cue",
    ),
    pytest.param(
        "On Monday, after weeks of silence, Senator Ruth Abel endorsed the plan, saying, “It is time.”",
        [("It is time.", "Ruth Abel")],
        id="two-introductory-phrases",
    ),
    pytest.param(
        "The result does not surprise pollster Ann Ray: “Turnout decided it.”",
        [("Turnout decided it.", "Ann Ray")],
        id="colon-after-a-named-object",
    ),
    pytest.param(
        "Mayor Ana Torres was asked by the host, Ruth Abel, “Will you run again?”\n\nTorres replied, “No.”",
        [("Will you run again?", "Ruth Abel"), ("No.", "Ana Torres")],
        id="passive-asked-by",
    ),
    pytest.param(
        "The inquiry, often labelled a “witch hunt” by the Green Party, ended on Monday.",
        [("witch hunt", "the Green Party")],
        id="passive-agent-after-a-fragment",
    ),
    pytest.param(
        "Mayor Ana Torres said she was “encouraged” by the vote.",
        [("encouraged", "Ana Torres")],
        id="by-after-a-fragment-without-naming-verb",
    ),
    pytest.param(
        "Senator Ruth Abel once backed fellow senator Tom Hale, but now said the plan was “a failure.”",
        [("a failure.", "Ruth Abel")],
        id="but-now-said-keeps-the-subject",
    ),
    pytest.param(
        "Ruth Abel, at a rally in Salem, Oregon, said the plan was “a failure.”",
        [("a failure.", "Ruth Abel")],
        id="place-apposition-is-not-the-speaker",
    ),
    pytest.param(
        "“We were late,” said historian Al From, who wrote a book on it. “It cost us,” From said.",
        [("We were late,", "Al From"), ("It cost us,", "Al From")],
        id="surname-that-is-a-function-word",
    ),
    pytest.param(
        "“No order came,” said the station chief known as Bob, who spoke on condition of anonymity.",
        [("No order came,", "Bob")],
        id="known-as-names-the-speaker",
    ),
    pytest.param(
        "“We will win,” said a person close to the mayor.",
        [("We will win,", "person close to the mayor")],
        id="anonymous-source-close-to",
    ),
    pytest.param(
        "Governor Tom Hale on Saturday tweeted a photo with the words “never again.”",
        [("never again.", "Tom Hale")],
        id="weekday-between-subject-and-cue",
    ),
    pytest.param(
        "The “Safe Streets” marchers plan to protest the vote, the mayor said.",
        [("Safe Streets", None)],
        id="infinitive-cue-takes-no-inverted-speaker",
    ),
    pytest.param(
        "The “Safe Streets” group plans to protest the vote, the mayor said.",
        [],  # a group's name in marks, its kind after it: no one's words
        id="a-name-in-marks-before-group-is-no-quotation",
    ),
    pytest.param(
        "The debate turned when Ann Lee in her opening speech called the tax “a theft.”",
        [("a theft.", "Ann Lee")],
        id="adjunct-between-speaker-and-verb",
    ),
    pytest.param(
        "Front-runner Ann Lee defended her adviser as a “decent man” hours after the aide was charged with fraud.",
        [("decent man", "Ann Lee")],
        id="passive-cue-gives-no-speaker",
    ),
    pytest.param(
        "Mayor Ana Torres was told by the Harbour Board that the port was “at risk.”",
        [("at risk.", "Harbour Board")],
        id="passive-told-by",
    ),
    pytest.param(
        "Mayor Torres Says Port Is ‘Not For Sale’\n\nMayor Ana Torres spoke on Monday.",
        [("Not For Sale", "Ana Torres")],
        id="headline-title-case-cue",
    ),
    pytest.param(
        "Abel: Tax Plan Is ‘A Theft’\n\nSenator Ruth Abel spoke on Monday.",
        [("A Theft", "Ruth Abel")],
        id="headline-name-and-colon",
    ),
    pytest.param(
        "Ruth Abel on why voters feel “invisible”\n\nThe senator Ruth Abel spoke to us.",
        [("invisible", "Ruth Abel")],
        id="headline-opens-with-a-name-the-story-repeats",
    ),
    pytest.param(
        "Harbour Lights Win Vote On ‘new port’ plan\n\nIt was close.",
        [("new port", None)],
        id="headline-name-not-in-story-ignored",
    ),
    pytest.param(
        "Harbour City Budget Talks Collapse: ‘No Deal’ Reached\n\nTalks ended.",
        [("No Deal", None)],
        id="headline-long-run-before-colon-is-not-a-speaker",
    ),
    pytest.param(
        "Governor Tom Hale's campaign slogan is “Roads First.” Mayor Ana Torres mocked it.",
        [("Roads First.", "Tom Hale")],
        id="possessive-speech-noun-before-the-quotation",
    ),
    pytest.param(
        "Governor Tom Hale's comments are “disgraceful,” Mayor Ana Torres said.",
        [("disgraceful,", "Ana Torres")],
        id="evaluation-of-comments-is-not-the-owner",
    ),
    pytest.param(
        "The council strongly denounced the plan and said it was “reckless.”",
        [("reckless.", "the council")],
        id="adverb-between-subject-and-cue",
    ),
    pytest.param(
        "Ann Lee welcomed the move to the United States and added, “I am glad.”",
        [("I am glad.", "Ann Lee")],
        id="capitalised-states-is-not-a-cue",
    ),
    pytest.param(
        "“We can still win,” said Senator Ruth Abel. There’s a “rigged system” in the way.",
        [("We can still win,", "Ruth Abel"), ("rigged system", "Ruth Abel")],
        id="contraction-is-not-a-name",
    ),
    pytest.param(
        "The plan was “spontaneous,” when Ann Lee first testified.",
        [("spontaneous,", "Ann Lee")],
        id="first-before-the-cue-is-not-part-of-the-name",
    ),
    pytest.param(
        "“We have a path,” added his campaign manager, Jeff Ray, after the vote.",
        [("We have a path,", "Jeff Ray")],
        id="inverted-speaker-with-possessive-determiner",
    ),
    pytest.param(
        "The inquiry found no “ties of consequence,” said the bureau's director, Ann Lee, on Monday.",
        [("ties of consequence,", "Ann Lee")],
        id="inverted-possessive-role-then-name",
    ),
    pytest.param(
        "“Leave your guns at home,” opined the Harbour Herald.",
        [("Leave your guns at home,", "Harbour Herald")],
        id="inverted-cue-outside-the-inverting-list",
    ),
    pytest.param(
        "“It is a sad day.” Governor Tom Hale said he would resign, according to press reports.",
        [("It is a sad day.", None)],
        id="next-sentence-with-own-clause-is-not-the-attribution",
    ),
    pytest.param(
        "“It is a sad day.” Governor Tom Hale said of the vote.",
        [("It is a sad day.", "Tom Hale")],
        id="next-words-attribute-the-quotation",
    ),
    pytest.param(
        "Mayor Ana Torres wrote a letter to Governor Tom Hale asking him to end the “fiasco.”",
        [("fiasco.", "Ana Torres")],
        id="participle-after-the-object-of-to",
    ),
    pytest.param(
        "Lee's advocacy group Harbour Watch began an ad praising the mayor for her “steady hand.”",
        [("steady hand.", "Harbour Watch")],
        id="name-after-a-possessive-subject",
    ),
    pytest.param(
        "The boat was renamed “in homage to” the mayor, Ruth Abel wrote.",
        [("in homage to", "Ruth Abel")],
        id="closing-cue-governs-an-earlier-fragment",
    ),
    pytest.param(
        "“This will be hard” for Governor Tom Hale, said Ruth Abel.",
        [("This will be hard", "Ruth Abel")],
        id="object-before-the-comma-then-inverted-cue",
    ),
    pytest.param(
        "Governor Tom Hale said, and I quote, “We love the harbour.”",
        [("We love the harbour.", "Tom Hale")],
        id="and-i-quote-is-an-aside",
    ),
    pytest.param(
        "But Tom Miller, at a consulting firm in Oslo, argues that the deal is “a trap.”",
        [("a trap.", "Tom Miller")],
        id="clause-opening-with-but",
    ),
    pytest.param(
        "Ann Lee, who's thinking about running for mayor, said it was “impossible.”",
        [("impossible.", "Ann Lee")],
        id="who-is-contraction-aside",
    ),
    pytest.param(
        "Ten things actors said this year.\n\n4 / Ruth Abel Asked Voters Everywhere To “Stay Home.”\n\n"
        "The actress Ruth Abel spoke in May.",
        [("Stay Home.", "Ruth Abel")],
        id="title-case-subheading-inside-the-story",
    ),
    pytest.param(
        "The mayor spoke.\n\nIt was a long day and the port was “quiet” at night.\n\nNobody came.",
        [("quiet", None)],
        id="ordinary-line-is-not-a-subheading",
    ),
    pytest.param(
        "Mayor Ana Torres proposed a debate, but the Abel campaign rejected the idea as “absurd.”",
        [("absurd.", "the Abel campaign")],
        id="naming-verb-with-as",
    ),
    pytest.param(
        "The plan was dismissed as “fiction” on Monday.",
        [("fiction", None)],
        id="passive-naming-verb-without-agent",
    ),
    pytest.param(
        "As the band Harbour sang in 1990, “Nothing lasts forever.”",
        [("Nothing lasts forever.", "Harbour")],
        id="sang-is-a-cue",
    ),
    pytest.param("“We are ready,” declared Maria Lopez.", [("We are ready,", "Maria Lopez")], id="inverted-declared"),
    pytest.param("“We are ready,” Maria Lopez declared.", [("We are ready,", "Maria Lopez")], id="after-declared"),
    pytest.param(
        "“Nobody wanted a deal,” according to Ambassador Chen Wei.",
        [("Nobody wanted a deal,", "Chen Wei")],
        id="according-to",
    ),
    pytest.param("Ambassador Chen Wei: “We are ready to talk.”", [("We are ready to talk.", "Chen Wei")], id="colon-intro"),
    pytest.param(
        "Ambassador Chen Wei spoke to the press on Sunday:\n\n“We are ready to talk.”",
        [("We are ready to talk.", "Chen Wei")],
        id="colon-ends-paragraph",
    ),
    pytest.param(
        "Senator Joan Price said that “the bill will pass.”", [("the bill will pass.", "Joan Price")], id="said-that"
    ),
    pytest.param(
        "Senator Joan Price warned that the bill would “cost jobs.”", [("cost jobs.", "Joan Price")], id="warned"
    ),
    pytest.param("“It is over,” wrote critic Lena Holm in a column.", [("It is over,", "Lena Holm")], id="wrote-inverted"),
    pytest.param(
        "“We have always said we would help,” Defence Secretary Ann Cole has said.",
        [("We have always said we would help,", "Ann Cole")],
        id="has-said",
    ),
    pytest.param(
        "“It is a question of trust,” Tom Reed told reporters.",
        [("It is a question of trust,", "Tom Reed")],
        id="told",
    ),
    pytest.param(
        "Tom Reed insisted on Friday that the talks were “going nowhere.”",
        [("going nowhere.", "Tom Reed")],
        id="insisted-weekday",
    ),
    pytest.param(
        "“The rules are clear,” tweeted Olga Berg, a city councillor.",
        [("The rules are clear,", "Olga Berg")],
        id="tweeted",
    ),
    pytest.param(
        "Olga Berg praised the volunteers and said the town would “never forget.”",
        [("never forget.", "Olga Berg")],
        id="coordinated-verb",
    ),
    pytest.param(
        "Olga Berg, in Lisbon, said the talks were “useful.”",
        [("useful.", "Olga Berg")],
        id="aside-between-commas",
    ),
    pytest.param(
        "“We need a doctor,” Rita Sousa, 52, told the radio.",
        [("We need a doctor,", "Rita Sousa")],
        id="age-aside",
    ),
    pytest.param(
        "Olga Berg rejected the plan, saying it was “a gift to speculators.”",
        [("a gift to speculators.", "Olga Berg")],
        id="participle",
    ),
    pytest.param(
        "“A deal is close,” said Jan Olsen, the trade minister. “We are not there yet.”",
        [("A deal is close,", "Jan Olsen"), ("We are not there yet.", "Jan Olsen")],
        id="carry-over",
    ),
    pytest.param(
        "“Prices will fall next year,” the central bank will say on Thursday.",
        [("Prices will fall next year,", "the central bank")],
        id="future-tense-org",
    ),
    pytest.param(
        "The ministry said the border would reopen “within days.”",
        [("within days.", "the ministry")],
        id="the-ministry",
    ),
    pytest.param(
        "The mayor's office said the decision was “final.”",
        [("final.", "the mayor's office")],
        id="office",
    ),
    pytest.param(
        "“We are watching closely,” a senior administration official said.",
        [("We are watching closely,", "senior administration official")],
        id="anonymous-official",
    ),
    pytest.param(
        "“We are watching closely,” said a spokesman for Mayor Ana Torres.",
        [("We are watching closely,", "spokesman for Mayor Ana Torres")],
        id="aide-is-not-the-boss",
    ),
    pytest.param(
        "Union chief Karl Brandt said the strike would go on. Later, “We will not give up,” the union chief said.",
        [("We will not give up,", "Karl Brandt")],
        id="role-resolved-in-article",
    ),
    pytest.param(
        "“First,” said Ann Lee. “Second,” said Bob Kerr. “Third,” he added.",
        [("First,", "Ann Lee"), ("Second,", "Bob Kerr"), ("Third,", "Bob Kerr")],
        id="pronoun-latest-speaker",
    ),
    pytest.param(
        "“We will win,” said coach Ada Brink. Her rival, Tom Hale, disagreed. “It is not over,” he said.",
        [("We will win,", "Ada Brink"), ("It is not over,", "Tom Hale")],
        id="pronoun-after-new-speaker",
    ),
    pytest.param(
        "Coach Ada Brink agreed. “It is time to rebuild.”",
        [("It is time to rebuild.", "Ada Brink")],
        id="event-then-quote",
    ),
    pytest.param(
        "“Costs are rising.”\n- Ada Brink, in a newsletter.",
        [("Costs are rising.", "Ada Brink")],
        id="dash-signature",
    ),
    pytest.param(
        "Ann Lee praised the plan and its ability to get things done.\n\n“We need someone who cuts through it.”",
        [("We need someone who cuts through it.", "Ann Lee")],
        id="paragraph-before-introduces-quoted-paragraph",
    ),
    pytest.param(
        "The union issued a statement on Monday about the remarks, which included staff members suggesting cuts."
        "\n\n“We are sorry for the words used.”",
        [("We are sorry for the words used.", "the union")],
        id="paragraph-before-subject-issued-statement-not-clause-speaker",
    ),
    pytest.param(
        "Sen. Ann Lee (D-Mo.), who has endorsed Bob Kerr, said the mayor was a “stronger” candidate.",
        [("stronger", "Ann Lee")],
        id="parenthesis-then-relative-clause-aside",
    ),
    pytest.param(
        "Rep. Ann Lee said Bob Kerr reassured them that the party “will not split.”",
        [("will not split.", "Ann Lee")],
        id="nested-speech-outer-speaker",
    ),
    pytest.param(
        "“No, I meant it,” Bob Kerr replied.\n\nA stunned Noah Bell quipped, “It is like a joke.”",
        [("No, I meant it,", "Bob Kerr"), ("It is like a joke.", "Noah Bell")],
        id="quipped-doubled-consonant",
    ),
    pytest.param(
        "Bob Kerr did post on Twitter that the claims were “sarcasm.”",
        [("sarcasm.", "Bob Kerr")],
        id="did-post-on-platform-not-speaker",
    ),
    pytest.param(
        "Ann Lee blamed her rivals in the U.S., and stressed the threat of “chaos.”",
        [("chaos.", "Ann Lee")],
        id="comma-and-coordinated-verb",
    ),
    pytest.param(
        "Ann Lee called the decision “arbitrary.” Bob Kerr, a party official, warned Saturday that it would backfire.",
        [("arbitrary.", "Ann Lee")],
        id="fragment-ends-sentence-next-speaker-not-taken",
    ),
    pytest.param(
        "As critics have warned, “why now?” asked Bob Kerr.",
        [("why now?", "Bob Kerr")],
        id="inverted-attribution-after-still-wins",
    ),
    pytest.param(
        "Early in the race, Ann Lee attacked Bob Kerr, calling him “a failed candidate.”",
        [("a failed candidate.", "Ann Lee")],
        id="adverb-introductory-phrase",
    ),
    pytest.param(
        "Ann Lee repeatedly mispronounced the word “gnocchi” during the dinner.",
        [("gnocchi", "Ann Lee")],
        id="no-cue-person-subject",
    ),
    # nobody to credit
    pytest.param(
        "The council published a plan, which included members suggesting cuts.\n\n“Cuts hurt everyone.”",
        [("Cuts hurt everyone.", None)],
        id="no-speaker-paragraph-before-clause-cue",
    ),
    pytest.param(
        "Rain fell on the town all week.\n\n“Nobody expected this.”",
        [("Nobody expected this.", None)],
        id="no-speaker-paragraph-before-without-speech",
    ),
    pytest.param("Ann Lee On Why Voters Feel “Invisible.”", [("Invisible.", None)], id="no-speaker-headline-capitals"),
    pytest.param(
        "Sign up by entering your email and clicking “subscribe” below.",
        [("subscribe", None)],
        id="no-speaker-stray-capital",
    ),
    # a place after the subject is not the speaker
    pytest.param(
        "A senior administration official in Oslo said the talks were “going well.”",
        [("going well.", "senior administration official")],
        id="place-after-role-subject",
    ),
    pytest.param(
        "Ann Lee at the Harbour Ministry said the plan was “dead.”", [("dead.", "Ann Lee")], id="place-after-name"
    ),
    pytest.param(
        "After a rally in Tartu, Ann Lee said it was “a good day.”", [("a good day.", "Ann Lee")],
        id="place-in-intro-phrase",
    ),
    # a short definite phrase takes up the fuller one before it
    pytest.param(
        "A senior official in Oslo said talks went on. “We are in close contact,” the official told reporters.",
        [("We are in close contact,", "senior official")],
        id="the-official-takes-up-a-senior-official",
    ),
    pytest.param(
        "The Harbour Ministry called it “unfounded.” “The port is open,” the ministry said.",
        [("unfounded.", "the Harbour Ministry"), ("The port is open,", "the Harbour Ministry")],
        id="the-ministry-takes-up-its-full-name",
    ),
    # a full name given anywhere in the article, without a role
    pytest.param(
        "Ann Lee met her counterpart Paul Girard on Monday. “We agree,” Girard said.",
        [("We agree,", "Paul Girard")],
        id="surname-takes-full-name-from-text",
    ),
    pytest.param(
        "Justice Ruth Bader Kask arrived. “We agree,” Kask said.",
        [("We agree,", "Ruth Bader Kask")],
        id="surname-takes-three-word-name",
    ),
    pytest.param(
        "Paul Girard and Marie Girard arrived. “We agree,” Girard said.",
        [("We agree,", "Girard")],
        id="surname-of-two-people-stays-a-surname",
    ),
    pytest.param(
        "The driver, Karl Brandt, was released on Monday. Brandt said he was sore. “I will drive again,” he said."
        "\n\nHis niece, Lena Brandt, started a fund.",
        [("I will drive again,", "Karl Brandt")],
        id="surname-shared-with-someone-named-later",
    ),
    pytest.param(
        "Trade Minister Ivo Saar spoke first. “We are united,” Saar said.\n\nOpposition leader Mari Saar spoke later.",
        [("We are united,", "Ivo Saar")],
        id="surname-shared-with-someone-introduced-later",
    ),
    pytest.param(
        "Foreign Ministry spokesperson Liu Weiming spoke on Monday. “We oppose the tariffs,” Liu said.",
        [("We oppose the tariffs,", "Liu Weiming")],
        id="family-name-written-first",
    ),
    pytest.param(
        "Coach Anton De Jager was furious. “It was a foul,” De Jager said.",
        [("It was a foul,", "Anton De Jager")],
        id="surname-with-a-particle",
    ),
    pytest.param(
        "Rolf Amsel, 58, was convicted in May.\n\nAmsel showed no emotion. Asked if he had anything to say, "
        "he replied: “Only that I am innocent.”",
        [("Only that I am innocent.", "Rolf Amsel")],
        id="pronoun-after-a-surname-subject-takes-the-full-name",
    ),
    pytest.param(
        "New Poll Shows Brandt Ahead\n\n“We disagree,” Brandt said.",
        [("We disagree,", "Brandt")],
        id="headline-capitals-give-no-full-name",
    ),
    pytest.param(
        "In May Halloran arrived. “We agree,” Halloran said.",
        [("We agree,", "Halloran")],
        id="month-is-not-a-first-name",
    ),
    pytest.param(
        "Congressman Pete King spoke first. “We agree,” King said.",
        [("We agree,", "Pete King")],
        id="surname-that-is-a-role-word",
    ),
    pytest.param(
        "The governor of New Mexico said the fires were “contained.”",
        [("contained.", None)],
        id="governor-of-a-place-is-not-a-name",
    ),
    # "he"/"she" after a sentence about someone who is not quoted there
    pytest.param(
        "“Rain is coming,” Ona Kask said. Tarmo Vello struck a similar tone. “We are ready,” he said.",
        [("Rain is coming,", "Ona Kask"), ("We are ready,", "Tarmo Vello")],
        id="pronoun-takes-the-subject-just-introduced",
    ),
    pytest.param(
        "Tarmo Vello was more blunt. “The plan is dead,” he told reporters.",
        [("The plan is dead,", "Tarmo Vello")],
        id="pronoun-takes-a-subject-with-no-quote-before",
    ),
    pytest.param(
        "“We must cut costs,” Ona Kask said. The union's president, Tarmo Vello, rejected that. “Nonsense,” he said.",
        [("We must cut costs,", "Ona Kask"), ("Nonsense,", "Tarmo Vello")],
        id="pronoun-takes-a-role-subject-named-in-apposition",
    ),
    pytest.param(
        "“We will appeal,” Mr. Vello said. Ms. Kask was unmoved. “No,” he said.",
        [("We will appeal,", "Vello"), ("No,", "Vello")],
        id="pronoun-skips-a-subject-of-the-other-gender",
    ),
    pytest.param(
        "Ona Kask spoke first.\n\nThen there's Vello.\n\n“It is odd,” he wrote.",
        [("It is odd,", "Vello")],
        id="pronoun-takes-a-person-brought-in-by-there-is",
    ),
    pytest.param(
        "“We expect three hundred people,” a union organiser said.",
        [("We expect three hundred people,", "union organiser")],
        id="british-spelling-role",
    ),
    pytest.param(
        "Tory MP Sir Tarmo Vello wrote to the firm. “Not good enough,” Sir Tarmo said.",
        [("Not good enough,", "Tarmo Vello")],
        id="sir-and-first-name",
    ),
    pytest.param(
        "But local mother Ona Kask, who runs a swimming club, said the excuse 'doesn't wash'.",
        [("doesn't wash", "Ona Kask")],
        id="lower-case-words-before-an-appositive-subject",
    ),
    pytest.param(
        "The Federation of Port Workers said the offer was “an insult.”",
        [("an insult.", "the Federation of Port Workers")],
        id="body-named-with-of",
    ),
    pytest.param(
        "“We wait,” said Ona Kask. One patient, Liis Vello, has waited a year. Her verdict: “I gave up.”",
        [("We wait,", "Ona Kask"), ("I gave up.", "Liis Vello")],
        id="possessive-colon-intro-takes-the-owner",
    ),
    pytest.param(
        "The move, Vello explained, took years — an investment he says was “a head start.”",
        [("a head start.", "Vello")],
        id="apposition-needs-a-name-not-a-thing",
    ),
    pytest.param(
        "“This is about our partners”. Ona Kask told journalists.",
        [("This is about our partners", "Ona Kask")],
        id="attribution-as-its-own-sentence",
    ),
    pytest.param(
        "The vote was “close”. Ray said he agreed.",
        [("close", None)],
        id="next-sentence-with-its-own-clause-is-not-an-attribution",
    ),
    pytest.param(
        "Ex-aide says chief called inquiry 'a circus'\n\nA former aide told a committee about it.",
        [("a circus", None)],
        id="ex-role-is-not-a-name",
    ),
    pytest.param(
        "The minister of transport of the region Olga Brant specified the dates.\n\n"
        "«The road opens in May», - noted the minister.",
        [("The road opens in May", "Olga Brant")],
        id="translated-role-of-opening-then-role",
    ),
    pytest.param(
        "«Prices rose», - said Ivan Kask.\n\n"
        "The head of the farmers union «Green Field» Oleg Tamm expressed doubt about the plan.\n\n"
        "«It is not enough», - he said.",
        [("Prices rose", "Ivan Kask"), ("It is not enough", "Oleg Tamm")],
        id="pronoun-takes-the-person-a-translated-opening-is-about",
    ),
    pytest.param(
        "The spokesman of the Air Force Ivo Kask added that the attack came at night.\n\n"
        "«They came in groups», - noted Kask.",
        [("They came in groups", "Ivo Kask")],
        id="capitalised-body-before-the-name",
    ),
    pytest.param(
        "“It was brave,” the judge said. Prosecuting, Ruth Day KC told the court it was “deliberate”.",
        [("It was brave,", None), ("deliberate", "Ruth Day")],
        id="post-nominal-letters-are-not-the-name",
    ),
    pytest.param(
        "Pensioner Vera Holm, who lives nearby, said: “The windows shook.”",
        [("The windows shook.", "Vera Holm")],
        id="capitalised-description-before-a-name",
    ),
    pytest.param(
        "“The plan is final,” said Ona Kask. The Transport Ministry later clarified: “Final for this year.”",
        [("The plan is final,", "Ona Kask"), ("Final for this year.", "the Transport Ministry")],
        id="clarified-is-a-cue",
    ),
    pytest.param(
        "Dr. Nora Vale led the study. “The effect was large,” she said. “Causation is unclear,” the authors wrote.",
        [("The effect was large,", "Nora Vale"), ("Causation is unclear,", None)],
        id="plural-role-is-not-the-last-speaker",
    ),
    pytest.param(
        "“Nothing is decided,” said chief executive Ana Rull. “The board is open to it,” the person said.",
        [("Nothing is decided,", "Ana Rull"), ("The board is open to it,", None)],
        id="the-person-is-an-anonymous-source",
    ),
    pytest.param(
        "On Tuesday, Lee went further, endorsing eight state candidates “who share our values.”",
        [("who share our values.", "Lee")],
        id="cue-word-after-a-number-is-a-noun",
    ),
    pytest.param(
        "Ann Deans, the chairwoman of the county party, said the race was “close”.",
        [("close", "Ann Deans")],
        id="surname-that-is-a-plural-role-word",
    ),
    pytest.param(
        "The ruling came from Judge Ann Roe, who said the plan was “reckless”.",
        [("reckless", "Ann Roe")],
        id="relative-who-said-takes-its-antecedent",
    ),
    pytest.param(
        "“Prices will rise,” said Ann Roe, a consultant in Ohio who said she would vote. “It is certain.”",
        [("Prices will rise,", "Ann Roe"), ("It is certain.", "Ann Roe")],
        id="relative-inside-an-attribution-does-not-interrupt",
    ),
    pytest.param(
        "Finance Minister Tom Rask clashed with Health Minister Ann Cole. “We cannot borrow forever,” the finance "
        "minister said.",
        [("We cannot borrow forever,", "Tom Rask")],
        id="role-modifier-tells-two-ministers-apart",
    ),
    pytest.param(
        "Councillor Tom Pyle said he was angry. “This is wrong,” he said.\n\n"
        "The trust’s chief executive, Dr Jane Amble, defended the rules. “Rules work,” she said.",
        [("This is wrong,", "Tom Pyle"), ("Rules work,", "Jane Amble")],
        id="she-is-not-the-man-called-he-before",
    ),
    pytest.param(
        "The Harbour Trust said it had opened ten shelters. “We need blankets,” the organisation said.",
        [("We need blankets,", "Harbour Trust")],
        id="the-organisation-is-the-body-that-spoke",
    ),
    pytest.param(
        "The study was funded by the Bright Days Foundation. “We had no role,” the foundation said.",
        [("We had no role,", "the Bright Days Foundation")],
        id="the-foundation-is-the-foundation-named-before",
    ),
    pytest.param(
        "The Ministry of Water reported stable supplies. “We expect rain,” the ministry said.",
        [("We expect rain,", "the Ministry of Water")],
        id="the-ministry-is-the-ministry-of",
    ),
    pytest.param(
        "“We lost,” captain Tom Berg said.\n\nAsked about the penalty, coach Lena Moss shrugged. “I did not see it.”",
        [("We lost,", "Tom Berg"), ("I did not see it.", "Lena Moss")],
        id="gesture-verb-before-a-quotation",
    ),
    pytest.param(
        "The operator, Nord Docks, said the demands were unrealistic.\n\n"
        "Union leader Jan Kos has worked at the port for years. He said:\n\n“We work long shifts.”",
        [("We work long shifts.", "Jan Kos")],
        id="pronoun-colon-introduction-takes-the-person-just-introduced",
    ),
    pytest.param(
        "Chief financial officer Mats Ruud presented the results. “Our balance sheet is strong,” the CFO said.",
        [("Our balance sheet is strong,", "Mats Ruud")],
        id="abbreviated-title",
    ),
    pytest.param(
        "A statement issued by the Ministry of Trade on the same day said the country “will respond”.",
        [("will respond", "the Ministry of Trade")],
        id="time-phrase-between-speaker-and-cue",
    ),
    pytest.param(
        "Novelist Ida Crane spoke from her home.\n\nQ: You have said you write “for the sleepless.” Why?",
        [("for the sleepless.", None)],
        id="interview-q-is-not-a-speaker",
    ),
    pytest.param(
        "‘We felt like criminals’: parents angry over school rules\n\nParent Ruth Gale said: ‘We felt like "
        "criminals. It was awful.’",
        [("We felt like criminals", "Ruth Gale"), ("We felt like criminals. It was awful.", "Ruth Gale")],
        id="headline-quote-takes-the-speaker-the-story-gives-the-words",
    ),
    pytest.param(
        "‘Not again’: floods return\n\nRiver levels rose. Mayor Ann Roe said: “We are ready.”",
        [("Not again", None), ("We are ready.", "Ann Roe")],
        id="headline-quote-the-story-does-not-attribute",
    ),
    pytest.param(
        "Another analyst, Ann Roe of Tidal Capital, said the problem ran deeper.\n\n“They are losing share.”",
        [("They are losing share.", "Ann Roe")],
        id="quoted-paragraph-after-an-appositive-speaker",
    ),
    pytest.param(
        "Harbour captain Josh Parr admitted the mood was low. “It is hard to take,” the defender said.",
        [("It is hard to take,", "Josh Parr")],
        id="varied-role-for-the-person-just-named",
    ),
    pytest.param(
        "Drummer Ida Vos is retiring.\n\nQ: Why now?\n\nA: Nobody asked me to stay.\n\n“I am tired,” she says.",
        [("I am tired,", "Ida Vos")],
        id="nobody-is-not-a-name",
    ),
    pytest.param(
        "Pianist Ida Vos spoke to us. That changes next month with “Low Tide, High Water”, recorded in a church."
        "\n\n“It was cold,” she says. The Low Tide, High Water tour starts in May.",
        [("It was cold,", "Ida Vos")],
        id="a-title-is-not-a-sentence-subject",
    ),
    pytest.param(
        "„We waited twenty years for this road” – said the head of the commune Anna Nowak at the signing.",
        [("We waited twenty years for this road", "Anna Nowak")],
        id="translated-inverted-role-of-body-then-name",
    ),
    pytest.param(
        "The plan is ready.\n\n– We start in May with the works – informs Jan Kos, the spokesman of the company.",
        [("We start in May with the works", "Jan Kos")],
        id="translated-informs-inverted",
    ),
    pytest.param(
        "The deputy head of the office of roads of the regional government Olga Ivanovna Belova noted that "
        "the road was done.\n\n«We kept the promise», - noted the deputy head of the office.",
        [("We kept the promise", "Olga Ivanovna Belova")],
        id="translated-long-role-of-body-opening",
    ),
    pytest.param(
        "«My door is open», assured the minister Ana Roux. A deputy, who wished to remain anonymous, confided: "
        "«Many of us are not convinced.»",
        [("My door is open", "Ana Roux"), ("Many of us are not convinced.", "deputy")],
        id="confided-introduces-an-anonymous-source",
    ),
    pytest.param(
        "Outside court, Detective Sergeant Ian Crewe, of the city police, said: “He hid behind a good name.”",
        [("He hid behind a good name.", "Ian Crewe")],
        id="opening-adverb-is-not-a-speaker",
    ),
    pytest.param(
        "Tomas Vinn led the rescue. Back at the command post, Vinn was asked about the delay. He paused.\n\n"
        "“We made the call with what we had,” he said.",
        [("We made the call with what we had,", "Tomas Vinn")],
        id="opening-back-is-not-a-name",
    ),
    pytest.param(
        "“I vote,” says Stephanie Acs, 27.\n\nDewayne Ruiz, 33, of Baldwin, Miss., dismisses the idea. "
        "“I can't find a candidate,” he said.",
        [("I vote,", "Stephanie Acs"), ("I can't find a candidate,", "Dewayne Ruiz")],
        id="state-abbreviation-miss-is-not-a-title",
    ),
    pytest.param(
        "The shop is run by their son, Tomas Kowal, 58, and his daughter, Zofia Kowal, 27.\n\n"
        "“Everyone thought I was mad,” Zofia says. “She was,” Tomas says.",
        [("Everyone thought I was mad,", "Zofia Kowal"), ("She was,", "Tomas Kowal")],
        id="first-name-takes-the-full-name-given-first",
    ),
    pytest.param(
        "Voters doubt Rask. Those on the Rask Express disagree. “We win,” Rask said.",
        [("We win,", "Rask")],
        id="a-name-used-alone-first-is-not-a-first-name",
    ),
    pytest.param(
        "Union leader Frank Dale said the fight was on.\n\nMinister Carla Bene said talks went on. "
        "“We talk to buyers,” Bene said.\n\nDale was scathing about the remarks.\"We have heard that for years,\" he said.",
        [("We talk to buyers,", "Carla Bene"), ("We have heard that for years,", "Frank Dale")],
        id="glued-opening-mark-ends-the-sentence-before",
    ),
    pytest.param(
        "Union leader Frank Dale spoke first. “We fight,” he said.\n\nCrane operator Tom Hale, 51, has worked "
        "there since he left school.\n\n“I have nowhere to go,” he said.",
        [("We fight,", "Frank Dale"), ("I have nowhere to go,", "Tom Hale")],
        id="unlisted-occupation-before-a-name",
    ),
    pytest.param(
        "The farmer Nikolai Grebenko is worried. «We harvested little», — told he.",
        [("We harvested little", "Nikolai Grebenko")],
        id="pronoun-after-any-cue-is-its-subject",
    ),
    pytest.param(
        "“We had a deal,” Sen. Ann Boyle, D-Westfield, told reporters. Sen. Tom Reyes, R-Calder, called it “reckless.”",
        [("We had a deal,", "Ann Boyle"), ("reckless.", "Tom Reyes")],
        id="party-and-state-tag-after-a-name",
    ),
    pytest.param(
        "Captain Daniel “Danny Boy” Mensa scored twice. “We stayed calm,” Mensa said.",
        [("We stayed calm,", "Daniel Mensa")],
        id="nickname-inside-a-full-name",
    ),
    pytest.param(
        "Striker Aleks Brandt missed twice. “We have to look at ourselves,” the Norwegian striker said.",
        [("We have to look at ourselves,", "Aleks Brandt")],
        id="nationality-and-description-for-the-person-just-named",
    ),
    pytest.param(
        "Ann Lee spoke first. “We will win,” the Republican candidate said.",
        [("We will win,", None)],
        id="party-and-role-is-not-the-person-just-named",
    ),
    pytest.param(
        "Her solicitor, Omar Reyes of Hale & Rowe, said the ruling would have “enormous” effects.",
        [("enormous", "Omar Reyes")],
        id="person-of-a-firm-named-with-an-ampersand",
    ),
    pytest.param(
        "Ann Lee won. Another claimant, a student from Leeds who asked not to be named, said she was"
        " pleased. “I still get adverts,” she said.",
        [("I still get adverts,", None)],
        id="restrictive-who-after-a-home-town-is-not-the-town",
    ),
    pytest.param(
        "The harbour master, Bapak Ahmad Siregar, testified. “We gave the warning,” said Pak Ahmad.",
        [("We gave the warning,", "Ahmad Siregar")],
        id="indonesian-honorific-before-a-first-name",
    ),
    pytest.param(
        "The harbour master, Tom Siregar, was on duty. According to him, the port authority had sent a warning at dawn."
        " “We gave the warning. The decision to sail was the captain's.”",
        [("We gave the warning. The decision to sail was the captain's.", "Tom Siregar")],
        id="according-to-him-before-a-quotation-without-a-cue",
    ),
    pytest.param(
        "Ann Lee praised the plan. Tom Reed was less sure. According to her “clawback” plan, firms must repay aid.",
        [("clawback", "Ann Lee")],
        id="according-to-her-plan-is-no-source",
    ),
    pytest.param(
        "« Nobody warned us », said the mayor, Paul Vidal.\n\nThe prefect, Anne Roux, disagreed."
        " « The alert was triggered on Friday », indicated the mayor during a briefing.",
        [("Nobody warned us", "Paul Vidal"), ("The alert was triggered on Friday", "Paul Vidal")],
        id="inverted-translated-cue-with-a-time-phrase-after-its-speaker",
    ),
    pytest.param(
        "Estimates of turnout are poor - Pew Research: “All the samples include more engaged people.”",
        [("All the samples include more engaged people.", "Pew Research")],
        id="a-capitalised-noun-before-of-is-no-inverted-cue",
    ),
    pytest.param(
        "Tom Reed needed a draw against India's Anjali Rao.\n\nRao, 19, was less calm. “I had him,” she said.",
        [("I had him,", "Anjali Rao")],
        id="surname-takes-the-full-name-given-in-passing",
    ),
    pytest.param(
        "Chief arbiter Henrik Dahl rejected the claim. “The rules are clear,” Dahl said.\n\n"
        "The director, Mette Dahl, said the fan had left. “We have a bag check,” said Ms Dahl.",
        [("The rules are clear,", "Henrik Dahl"), ("We have a bag check,", "Mette Dahl")],
        id="shared-surname-is-the-one-named-so-far",
    ),
    pytest.param(
        "Already the leader of the council, councillor Ann Lee, defended the mayor: “He did everything by the law.”",
        [("He did everything by the law.", "Ann Lee")],
        id="already-opens-a-clause-it-is-no-name",
    ),
    pytest.param(
        "Tom Ferris urged the government to act. “We came from Santiago for this,” one picker said, shrugging.",
        [("We came from Santiago for this,", "picker")],
        id="one-and-an-unlisted-noun-after-a-quotation-is-someone-unnamed",
    ),
    pytest.param(
        "Tom Ferris urged the government to act. “It was a bad night,” the picker said.",
        [("It was a bad night,", "Tom Ferris")],
        id="the-and-an-unlisted-noun-after-a-quotation-may-be-the-person-just-named",
    ),
    pytest.param(
        "Tom Reed spoke first.\n\nAsked what the couple would do next, Ann Lee paused for a long time.\n\n"
        "“We will pick what we can.\n\n“Twenty years we have been doing this.”",
        [("We will pick what we can.", "Ann Lee"), ("Twenty years we have been doing this.", "Ann Lee")],
        id="asked-then-the-answer-in-the-next-paragraph",
    ),
    pytest.param(
        "Tom Reed spoke first.\n\nAnn Lee paused for a long time.\n\n“We will pick what we can.”",
        [("We will pick what we can.", "Ann Lee")],
        id="a-paragraph-about-one-person-gives-them-the-words-alone-after-it",
    ),
    pytest.param(
        "Democrat Ann Lee has taken a swipe at the plan, saying that “bold words” do harm.",
        [("bold words", "Ann Lee")],
        id="party-member-noun-before-a-name-is-a-role",
    ),
    pytest.param(
        "“We are frustrated,” said committee ranking Democrat Tom Hale of Ohio.",
        [("We are frustrated,", "Tom Hale")],
        id="ranking-party-member-before-a-name-is-a-role",
    ),
    pytest.param(
        "Prosecutor Tom Rask opened the case. “The evidence is clear,” the judge said.",
        [("The evidence is clear,", None)],
        id="another-post-is-not-the-person-just-named",
    ),
    pytest.param(
        "Judge Tom Rask opened the case. “The evidence is clear,” the judge said.",
        [("The evidence is clear,", "Tom Rask")],
        id="the-same-post-is-the-person-just-named",
    ),
    pytest.param(
        "Josh Parr admitted the mood was low. “It is hard to take,” the Russian leader said.",
        [("It is hard to take,", None)],
        id="role-with-a-body-is-someone-else",
    ),
    pytest.param(
        "Josh Parr admitted the mood was low. “It is hard to take,” the source said.",
        [("It is hard to take,", None)],
        id="the-source-is-not-the-person-just-named",
    ),
    pytest.param(
        "Mayor Ana Ruiz-Pardo won easily. “We did it,” Ruiz-Pardo said.",
        [("We did it,", "Ana Ruiz-Pardo")],
        id="hyphenated-surname-takes-the-full-name",
    ),
    pytest.param(
        "Vera Holm took the stand. Questioned by the prosecutor, she described how Tom Rask would ask for "
        "receipts. “He came in with a stack,” she testified.",
        [("He came in with a stack,", "Vera Holm")],
        id="she-prefers-the-person-known-to-be-she",
    ),
    pytest.param(
        "On Tuesday night Ruth Vale beat former state senator Victor Amadi by a wide margin.\n\nHer husband, Tom Vale, was more blunt. “They lied,” he said."
        "\n\nAmadi conceded in a speech downtown. “The voters have spoken,” he said.",
        [("They lied,", "Tom Vale"), ("The voters have spoken,", "Victor Amadi")],
        id="he-takes-the-new-speaker-not-the-earlier-he",
    ),
    pytest.param(
        "“We will respond,” said minister Tomas Hrad.\n\nA senior diplomat, speaking on condition of anonymity, "
        "said the recall was a signal.\n\n“Nobody wants to close the embassy,” he said.",
        [("We will respond,", "Tomas Hrad"), ("Nobody wants to close the embassy,", None)],
        id="he-after-an-anonymous-source-is-not-the-named-speaker-before",
    ),
    pytest.param(
        "Dr Lena Brook, chief executive of the Dale Valley Health Trust, said: ‘We failed them, and I am sorry.’\n\n"
        "Owen Hart, 70, whose wife Joan had a fall in May, found her bed empty.\n\n"
        "‘She was on a trolley by the lifts,’ Mr Hart said.\n\nHe said his wife had been ‘frightened’ by the move.\n\n"
        "Ms Brook said the fault was reported at night. ‘I will not make excuses,’ she said.\n\n"
        "Mrs Hart was moved on Monday evening. ‘She is tough,’ he said.",
        [("We failed them, and I am sorry.", "Lena Brook"), ("She was on a trolley by the lifts,", "Owen Hart"),
         ("frightened", "Owen Hart"), ("I will not make excuses,", "Lena Brook"), ("She is tough,", "Owen Hart")],
        id="a-wife-named-by-title-late-does-not-make-her-husband-a-she",
    ),
    pytest.param(
        "Eva Dahl, the opposition spokeswoman, spoke first. Her brother, Karl Dahl, rose to reply.\n\n"
        "Ms Dahl said the cuts were cruel. Mr Dahl shook his head. “I have ridden that bus,” he said.",
        [("I have ridden that bus,", "Karl Dahl")],
        id="two-people-share-a-surname-and-both-titles",
    ),
    pytest.param(
        "Council leader Maria Holt said the budget was tight. Mayor Tom Reed said the plant was safe. "
        "“We will publish every test,” she said.",
        [("We will publish every test,", "Maria Holt")],
        id="she-skips-a-man-known-by-his-given-name",
    ),
    pytest.param(
        "Council leader Maria Holt said the budget was tight. Mayor Sam Reed said the plant was safe. "
        "“We will publish every test,” she said.",
        [("We will publish every test,", "Sam Reed")],
        id="a-given-name-of-either-sex-leaves-the-nearest-speaker",
    ),
    pytest.param(
        "Minister Eva Lind spoke first. At the meeting, Foreign Minister Karl Olsen said he would raise the drills."
        "\n\n“This is not the time for more tension.” They said.",
        [("This is not the time for more tension.", "Karl Olsen")],
        id="translated-they-said-may-be-a-man-known-by-his-given-name",
    ),
    pytest.param(
        "Mayor Tom Reed said the plant was safe.\n\nA spokeswoman for the Riverside Tenants Union said "
        "staff had raised the fumes “repeatedly” since May.\n\n“We wrote to him twice,” she said.",
        [("repeatedly", "Riverside Tenants Union"), ("We wrote to him twice,", "Riverside Tenants Union")],
        id="she-after-a-body-spoke-through-its-spokeswoman-is-the-body",
    ),
    pytest.param(
        "Mr Reed said the plant was safe.\n\nThe Riverside Tenants Union said staff had raised the fumes "
        "“repeatedly” since May.\n\n“We wrote to the council twice,” she said.",
        [("repeatedly", "Riverside Tenants Union"), ("We wrote to the council twice,", None)],
        id="she-after-a-body-with-no-spokeswoman-is-nobody-known",
    ),
    pytest.param(
        "Residents of the village Lipki complain that help came late.\n\n"
        "«Water came at night, at three o'clock», — told the pensioner Anna Lis, 71 year.",
        [("Water came at night, at three o'clock", "Anna Lis")],
        id="translated-told-after-the-quotation-takes-its-subject-after-it",
    ),
    pytest.param(
        "The evacuation goes on, said officials.\n\n"
        "«By eight o'clock 412 houses were flooded», — reported in the press service of the Ministry of Water.",
        [("By eight o'clock 412 houses were flooded", "the Ministry of Water")],
        id="translated-reported-in-the-press-service-of-a-body-is-the-body",
    ),
    pytest.param(
        "The chief of the regional weather centre Pavel Deryn did not exclude that the level can rise by another "
        "forty or sixty centimetres overnight.\n\n«Snow in the upper reaches melted very fast, plus the rains of the "
        "last week. Such a situation we last had in 1994», — explained the specialist.",
        [("Snow in the upper reaches melted very fast, plus the rains of the last week. Such a situation we last "
          "had in 1994", "Pavel Deryn")],
        id="the-specialist-is-the-person-named-just-before-a-long-quotation",
    ),
    pytest.param(
        "Ivo Kask, the union leader, spoke first.\n\nThe economist Ute Wend from the sea institute warned against "
        "fears of a long strike at the port this year.\n\n„Short strikes hardly matter“, the scientist said.",
        [("Short strikes hardly matter", None)],
        id="the-scientist-is-not-someone-named-before-another-sentence",
    ),
    pytest.param(
        "Pensioner Halyna Bors, who lives near the substation, said her windows were blown out.\n\n"
        "\"I woke up from the explosion, everything was in glass,\" - tells the woman.",
        [("I woke up from the explosion, everything was in glass,", "Halyna Bors")],
        id="the-woman-is-the-person-just-named",
    ),
    pytest.param(
        "Sharp criticism came from the states. „What the government has presented is too little“, "
        "criticised the Minister-President of Nordland, Ute Brand-Sommer (SLP).",
        [("What the government has presented is too little", "Ute Brand-Sommer")],
        id="hyphenated-post-then-the-name-and-party",
    ),
    pytest.param(
        "Ann Ebel said it is hard to watch. What got under her skin, she said, was a question last week, when a "
        "young man asked the candidate why people thought she was a liar. “I really got annoyed,” she said.",
        [("I really got annoyed,", "Ann Ebel")],
        id="she-is-not-the-young-man-who-asked",
    ),
    pytest.param(
        "“The market will punish it,” said Arun Patel, an analyst at Dove & Finch.\n\n"
        "Nina Ruud of Harbor Capital Markets was more upbeat. She described the fall as “an overreaction” "
        "and kept her rating.",
        [("The market will punish it,", "Arun Patel"), ("an overreaction", "Nina Ruud")],
        id="a-long-name-with-its-firm-is-no-headline",
    ),
    pytest.param(
        "Visiting coach Lars Berg was furious. “It hit her shoulder,” he said.\n\nA crowd of 8,000 packed the ground. "
        "Season-ticket holder Gordon Pyle, 70, has been coming for fifty years.\n\n"
        "“I have never heard this place that loud,” he said.",
        [("It hit her shoulder,", "Lars Berg"), ("I have never heard this place that loud,", "Gordon Pyle")],
        id="he-takes-the-season-ticket-holder-named-since",
    ),
    pytest.param(
        "“We need the money,” said Glen Hadley, the board chair.\n\nThe group's president, Tom Ashby, 63, of "
        "Wrenfield, said the Friends had pledges. He called the estimate “inflated”.",
        [("We need the money,", "Glen Hadley"), ("inflated", "Tom Ashby")],
        id="role-then-name-then-age-and-home-town",
    ),
    pytest.param(
        "Dozens of workers stood at the gate. Among them was worker Mehmet Ayd, who has been at the foundry since 1998. "
        "„My father worked here“, says the 51-year-old.",
        [("My father worked here", "Mehmet Ayd")],
        id="the-n-year-old-is-the-person-just-named",
    ),
    pytest.param(
        "Brightmoor Systems cut 200 jobs. The workplace software company said the cuts were needed. "
        "“It was necessary,” the company said.",
        [("It was necessary,", "Brightmoor Systems")],
        id="the-company-takes-its-name-before-a-description",
    ),
    pytest.param(
        "“The backlog will clear,” the port authority said. “We have more staff,” the authority said.",
        [("The backlog will clear,", "the port authority"), ("We have more staff,", "the port authority")],
        id="the-authority-takes-the-fuller-description",
    ),
    pytest.param(
        "Shares of Brightmoor Foods fell 18% on Thursday. “Demand weakened,” the company said.",
        [("Demand weakened,", "Brightmoor Foods")],
        id="the-company-is-the-company-named-before",
    ),
    pytest.param(
        '„Prices will rise“, said economist Lena Vogt. „The harvest was poor and that is bad for the region“Vogt added.',
        [('Prices will rise', 'Lena Vogt'), ('The harvest was poor and that is bad for the region', 'Lena Vogt')],
        id='german-closing-mark-glued-to-the-name',
    ),
    pytest.param(
        'The passenger group „Pro Bahn Westmark“ criticised both sides. Health minister of the Westmark, Dr. Karin Holt (Green Party), urged calm. „We need a solution“, said the minister.',
        [('We need a solution', 'Karin Holt')],
        id='a-body-named-in-marks-is-no-quotation-and-the-minister-in-apposition-with-a-party',
    ),
    pytest.param(
        'Assured the Minister of Energy, the engineer Samir Khoury, on Monday that the outage is "nearly over".',
        [('nearly over', 'Samir Khoury')],
        id='inverted-role-then-description-and-name',
    ),
    pytest.param(
        'Judge Ellen Marsh heard the case. The defence lawyer, Priya Nand, asked for mercy. "He is sorry," she said. The judge was unmoved. "Sorry is not enough," she replied.',
        [('He is sorry,', 'Priya Nand'), ('Sorry is not enough,', 'Ellen Marsh')],
        id='the-role-opening-a-sentence-is-the-next-she',
    ),
    pytest.param(
        'As expected, the Lakeland Board of Elections was firm in its ruling: “The matter is closed.”',
        [('The matter is closed.', 'the Lakeland Board of Elections')],
        id='a-body-by-its-full-name-before-a-colon',
    ),
    pytest.param(
        '« The promise lasts until the next minister », ironises the union secretary, Anne Roux.',
        [('The promise lasts until the next minister', 'Anne Roux')],
        id='french-ironises-inverted-cue',
    ),
    pytest.param(
        'The study’s senior author, Professor Tom Hale, urged caution. “Read it calmly,” he said. “Sleep matters most,” the study’s lead author said.',
        [('Read it calmly,', 'Tom Hale'), ('Sleep matters most,', None)],
        id='lead-author-is-not-the-senior-author',
    ),
    pytest.param(
        'Farmer from village Lipky Taras Bondar told our correspondent that the barns are full. «We wait for ships», — added Bondar.',
        [('We wait for ships', 'Taras Bondar')],
        id='farmer-from-village-place-then-name',
    ),
    pytest.param(
        'Ambassador of Westmark in Estonia Lars Berglund visited the port. «The corridor works», — said Berglund.',
        [('The corridor works', 'Lars Berglund')],
        id='ambassador-in-a-country-then-name',
    ),
    pytest.param(
        '"Nine boats were hit overnight" – informs the press service of Defence forces of North.',
        [('Nine boats were hit overnight', 'Defence forces of North')],
        id='press-service-of-forces-of-a-region',
    ),
    pytest.param(
        '“We stay,” said a spokeswoman for Kestrel Dairy Co. “The plant is safe,” the company said.',
        [('We stay,', 'Kestrel Dairy Co'), ('The plant is safe,', 'Kestrel Dairy Co')],
        id='company-with-co-suffix',
    ),
    pytest.param(
        'On Monday the director of the Federal Trade Office, Ann Lee, said the rules involved “plain errors.”',
        [('plain errors.', 'Ann Lee')],
        id='a-body-then-a-name-in-apposition',
    ),
    pytest.param(
        'Markel Vane, the alliance’s secretary general, spoke to reporters on Monday after meeting Premier Tom Reed. “The gap is dangerous,” the alliance chief said.',
        [('The gap is dangerous,', 'Markel Vane')],
        id='the-alliance-chief-is-the-alliances-secretary-general',
    ),
    pytest.param(
        'LYON — The minister delegate in charge of rural health, Claire Morel, visited the clinic on Tuesday. « There will be no closure », declared the minister.',
        [('There will be no closure', 'Claire Morel')],
        id='a-long-role-then-the-name-in-apposition-after-a-dateline',
    ),
    pytest.param(
        'Tom Hale, who plays the elder brother, Aled, said the shoot was “hard work.”',
        [('hard work.', 'Tom Hale')],
        id='the-name-after-a-who-clause-is-a-part-not-the-speaker',
    ),
    pytest.param(
        'The distributor, Greyfield Pictures, confirmed the date on Friday. In a statement, the company said the film would “find its audience.”',
        [('find its audience.', 'Greyfield Pictures')],
        id='a-film-company-is-the-company',
    ),
    pytest.param(
        'Ann Vos voted early. “I like the mayor,” Vos said.\n\nDevon Marsh, 29, a deckhand on the Harbor–Tern Island ferry, said he voted for the challenger. “A round trip costs me eleven dollars.”',
        [('I like the mayor,', 'Ann Vos'), ('A round trip costs me eleven dollars.', 'Devon Marsh')],
        id='an-en-dash-compound-inside-the-speakers-description',
    ),
    pytest.param(
        'Rosa Finch won the seat. “It was close,” Finch said.\n\nOur reporter Jana Holt is at the party. She writes: “The music has stopped.”',
        [('It was close,', 'Rosa Finch'), ('The music has stopped.', 'Jana Holt')],
        id='our-reporter-opening-a-sentence-is-the-next-she',
    ),
    pytest.param(
        'Kestrel Dairy Co. will close its plant next year. In a statement, Kestrel said it remained “fully committed” to the town.',
        [('fully committed', 'Kestrel Dairy Co')],
        id='a-company-by-the-first-word-of-its-name',
    ),
    pytest.param(
        'Tom Kestrel runs Kestrel Dairy Co. with his sister. “We stay,” Kestrel said.',
        [('We stay,', 'Tom Kestrel')],
        id='a-person-named-in-full-before-the-company',
    ),
    pytest.param(
        "Kestrel Dairy Co. will close its plant. “We stay,” Mr. Kestrel said.",
        [("We stay,", "Kestrel")],
        id="a-titled-surname-is-a-person-not-the-company",
    ),
    pytest.param(
        "A group called Neighbours for Quiet Streets accused the council of “bullying” in a blog post"
        " and said the plan was “a betrayal.”",
        [("bullying", "Neighbours for Quiet Streets"), ("a betrayal.", "Neighbours for Quiet Streets")],
        id="a-body-named-x-for-y-speaks-for-both-verbs",
    ),
    pytest.param(
        "Ann Kett met the council in a closed session and said the plan was “a betrayal.”",
        [("a betrayal.", "Ann Kett")],
        id="a-verb-after-a-session-shares-the-subject",
    ),
    # translations from Spanish and Italian: the perfect, reflexives, "the same", "in words of"
    pytest.param(
        "Ana Ruiz spoke first. “It is not a closing”, has affirmed the councillor Marta Vidal in the press room.",
        [("It is not a closing", "Marta Vidal")],
        id="translated-perfect-inverts-after-the-quote",
    ),
    pytest.param(
        "The mayor of the town, Luis Pardo, met the director. “Must the mother drive to the city?”,"
        " has asked himself the mayor.",
        [("Must the mother drive to the city?", "Luis Pardo")],
        id="translated-reflexive-before-the-speaker",
    ),
    pytest.param(
        "“We will vote no”, has affirmed Marta Vidal. “We will present our own plan”, has added the same.",
        [("We will vote no", "Marta Vidal"), ("We will present our own plan", "Marta Vidal")],
        id="translated-the-same-is-the-last-speaker",
    ),
    pytest.param(
        "According to the data of the department, the ward sees six patients a night,"
        " “a figure that does not justify three doctors”, in words of Vidal.",
        [("a figure that does not justify three doctors", "Vidal")],
        id="translated-in-words-of",
    ),
    pytest.param(
        "“We were not asked”, has affirmed the spokeswoman of the Partido Verde de Soria (PVS) in the Cortes,"
        " Marta Vidal.",
        [("We were not asked", "Marta Vidal")],
        id="translated-role-acronym-and-seat-before-the-name",
    ),
    pytest.param(
        "Soria, 9 October. The counsellor of Health of the Government of Soria, Marta Vidal, has defended the plan."
        "\n\n“It is a reorganisation”, has affirmed the counsellor.",
        [("It is a reorganisation", "Marta Vidal")],
        id="translated-role-with-capitals-opening-the-lede",
    ),
    pytest.param(
        "The plan, which the mayor, Luis Pardo, qualified last week as “abandonment”, starts in May.",
        [("abandonment", "Luis Pardo")],
        id="translated-qualified-as",
    ),
    pytest.param(
        "A memo concluded that the fund qualified as a “foreign principal” under the law.",
        [("foreign principal", None)],
        id="qualified-as-is-a-status-not-speech",
    ),
    # sport: a club under two of its names, a double particle, the paragraph's subject
    pytest.param(
        "Kelby Town beat Harwick Rovers 2-1. Harwick manager Stu Ellery was calm.\n\n"
        "Asked about the goal, the Rovers manager joked: “He is six foot five.”",
        [("He is six foot five.", "Stu Ellery")],
        id="a-club-under-two-of-its-names",
    ),
    pytest.param(
        "The loss piles pressure on their head coach, Piet van der Sluis.\n\n"
        "“We gave it away,” Van der Sluis said.",
        [("We gave it away,", "Piet van der Sluis")],
        id="a-post-in-apposition-and-a-double-particle",
    ),
    pytest.param(
        "“We were nervy,” Stu Ellery said.\n\n"
        "Ann Crewe, who scored, struck a defiant note. “We are better than that,” the striker said.",
        [("We were nervy,", "Stu Ellery"), ("We are better than that,", "Ann Crewe")],
        id="the-role-is-the-paragraphs-subject-not-the-last-speaker",
    ),
    pytest.param(
        "Trump had a check-up. According to his longtime physician, he had “excellent” results.",
        [("excellent", None)],
        id="his-physician-is-not-him",
    ),
    pytest.param(
        "Ann Vale is the presumptive Democratic nominee. Presumptive GOP nominee Tom Ray's first tweet was"
        " measured. “Bad news from Ohio.”",
        [("Bad news from Ohio.", "Tom Ray")],  # (his tweet's words: not a body of two roles' words)
        id="two-words-of-two-roles-are-not-one-body",
    ),
    # bodies: described in apposition, or "the agency" for the body last named
    pytest.param(
        "The Harbor Institute for Safe Work, a federal agency, said the study “adds to the evidence.”",
        [("adds to the evidence.", "the Harbor Institute for Safe Work")],
        id="a-body-described-in-apposition",
    ),
    pytest.param(
        "10:48 — Wexley County Emergency Management has posted new guidance.\n\n"
        "“Pack a go-bag,” the agency said.",
        [("Pack a go-bag,", "Wexley County Emergency Management")],
        id="the-agency-is-the-body-last-named",
    ),
    pytest.param(
        "Ingrid Aas, a spokeswoman for the ministry, said the envoy was called in.\n\n"
        "The ministry's spokeswoman later called the matter “bilateral.”",
        [("bilateral.", "Ingrid Aas")],
        id="a-name-then-its-role-with-an-article",
    ),
    pytest.param(
        "Adm. Ray Harlan spoke in Tokyo. Xinhua, the official news agency, wrote that he was “unkind.”\n\n"
        "“It is untrue,” the admiral said.",
        [("unkind.", "Xinhua"), ("It is untrue,", "Ray Harlan")],  # (a body named once is no one "the admiral" varies)
        id="a-body-described-is-not-a-person",
    ),
    pytest.param(
        "‘We are not leaving yet,’ says Dunford mayor as river rises\n\n"
        "Mayor Jan Kowal spoke at City Hall. “We are not leaving yet,” Kowal said.",
        [("We are not leaving yet,", "Jan Kowal"), ("We are not leaving yet,", "Jan Kowal")],
        id="a-headline-role-takes-the-speaker-of-the-same-words",
    ),
    # translated business news: a company's legal form, bodies without their article
    pytest.param(
        "Furniture maker Kolbex SA suspends a line. “It is temporary,” emphasized Kolbex.",
        [("It is temporary,", "Kolbex SA")],
        id="a-company-by-its-name-without-the-legal-form",
    ),
    pytest.param(
        "Furniture maker Kolbex SA suspends a line. “Decision was made after analysis,” wrote company.",
        [("Decision was made after analysis,", "Kolbex SA")],
        id="translated-company-without-its-article",
    ),
    pytest.param(
        "Kolbex SA suspends a line. “Board is open for dialogue,” informed press office of Kolbex.",
        [("Board is open for dialogue,", "Kolbex SA")],
        id="translated-press-office-without-its-article",
    ),
    pytest.param(
        "Director of All-Poland Chamber of Furniture Industry Jan Dudka reminds of the sector. “Exports fell,” said Dudka.",
        [("Exports fell,", "Jan Dudka")],
        id="a-chamber-before-the-name",
    ),
    pytest.param(
        "‘We will not be bullied’: union vows fight over plant\n\n"
        "“We will not be bullied,” Ray Costa, president of the local, said.",
        [("We will not be bullied", "Ray Costa"), ("We will not be bullied,", "Ray Costa")],
        id="a-headline-generic-body-takes-the-named-speaker",
    ),
    # someone described and placed, the one "quoted as saying", a document is no speaker
    pytest.param(
        "When Vance read the result, a woman at the back of the room shouted “Shame!”",
        [("Shame!", "woman")],
        id="somebody-somewhere-shouted",
    ),
    pytest.param(
        "Joyce — who is listed as an attorney in Ohio — told us he hopes “someone takes it up.”",
        [("someone takes it up.", "Joyce")],
        id="a-description-between-dashes-is-not-the-speaker",
    ),
    pytest.param(
        "The owner said it had reached the captain, Lars Myr, by phone.\n\n"
        "“The crew are tired but well,” the company quoted Myr as saying.",
        [("The crew are tired but well,", "Lars Myr")],
        id="quoted-as-saying",
    ),
    pytest.param(
        "According to court documents, Whitcombe later told agents the transfers were “loans.”",
        [("loans.", "Whitcombe")],
        id="a-document-shows-what-someone-said",
    ),
    pytest.param(
        "According to ProPublica, Vale praised her “wonderful donors” in the audience.",
        [("wonderful donors", "ProPublica")],
        id="a-named-source-keeps-the-quotation",
    ),
    pytest.param(
        "Tom Wray, a close aide, coined the phrase. According to White House documents, the first lady called her"
        " “a loony.”",
        [("a loony.", None)],  # (its holder is not named here; the role is kept)
        id="the-first-lady-is-a-post-not-the-last-name",
    ),
    pytest.param(
        "“Three years they promise,” said farmer Ivan Bereza.\n\n"
        "He added that the storage firm refuses to give him copies of his receipts.\n\n"
        "«Without receipts I am nobody for the ministry.»",
        [("Three years they promise,", "Ivan Bereza"), ("Without receipts I am nobody for the ministry.", "Ivan Bereza")],
        id="a-paragraph-in-the-same-voice-keeps-the-speaker",
    ),
    pytest.param(
        "“I do think she must rethink it,” Tom Hale said.\n\n"
        "Republicans have spent a long time on the attack.\n\n"
        "Lee once called him a “reformer.”",
        [("I do think she must rethink it,", "Tom Hale"), ("reformer.", "Lee")],
        id="a-paragraph-in-another-voice-ends-the-carry-over",
    ),
    pytest.param(
        "The mayoress announced it, accompanied by the councillor of Environment, Tomás Iriarte.\n\n"
        "«Each neighbour must save water», explained the councillor of Environment.",
        [("Each neighbour must save water", "Tomás Iriarte")],
        id="a-post-of-a-portfolio-in-apposition",
    ),
    pytest.param(
        "“It hurt,” Hana Kovar said after the final.\n\n“I don't want to make excuses,” the Czech said.",
        [("It hurt,", "Hana Kovar"), ("I don't want to make excuses,", "Hana Kovar")],
        id="a-nationality-noun-varies-the-name",
    ),
    pytest.param(
        "“It was a penalty,” said Luis Andrade.\n\n"
        "Callum Hayes went down in the box.\n\n"
        "Hayes denied diving. “He caught my leg,” the midfielder told reporters.",
        [("It was a penalty,", "Luis Andrade"), ("He caught my leg,", "Callum Hayes")],
        id="the-role-is-who-the-paragraph-just-quoted-by-name",
    ),
    # asides: a cue between commas, a participle clause after the subject
    pytest.param(
        "The trouble with Ellen, says Mark Fenn, historian at the city museum, is that she was “too honest.”",
        [("too honest.", "Mark Fenn")],
        id="an-aside-between-commas-names-the-speaker",
    ),
    pytest.param(
        "“We are done,” Ann Wilde said. The mayor, said Joe Park, had been “a disaster.”",
        [("We are done,", "Ann Wilde"), ("a disaster.", "Joe Park")],
        id="an-aside-after-a-role-names-the-speaker",
    ),
    pytest.param(
        "The group, which includes Ann Wilde, said Park was “a liar.”",
        [("a liar.", "the group")],
        id="a-name-in-a-relative-clause-is-not-an-aside",
    ),
    pytest.param(
        "The leaflet, apparently referring to raids by the army and its allies, said: “You will pay for this.”",
        [("You will pay for this.", "the leaflet")],
        id="the-subject-before-a-participle-clause",
    ),
    pytest.param(
        "The next day, Ann Wilde, speaking to farmers in Ohio, said: “You will pay for this.”",
        [("You will pay for this.", "Ann Wilde")],
        id="a-time-before-the-subject-is-not-it",
    ),
    # "one" and "another" are someone else, unnamed
    pytest.param(
        "“It is a disgrace,” Ann Wilde said. “We will fight,” another added.",
        [("It is a disgrace,", "Ann Wilde"), ("We will fight,", None)],
        id="another-is-not-the-last-speaker",
    ),
    pytest.param(
        "Ann Wilde met the strikers. “We will fight,” one said. “Never,” Wilde replied.",
        [("We will fight,", None), ("Never,", "Ann Wilde")],
        id="one-of-them-is-nobody-named",
    ),
    # who "he" is after a sentence that opens with a time, or names a people
    pytest.param(
        "A band of disaffected Ethiopians called Free Hand was a force that Omar Haddad helped create.\n\n"
        "Days after his friend's arrest, Haddad volunteered to go. “Was I going to stay?” he told me.",
        [("Was I going to stay?", "Omar Haddad")],
        id="a-people-is-not-he",
    ),
    pytest.param(
        "Outside the plant on Galeana Street, a worker named Tomas Arroyo has only good things to say about his job."
        " “The atmosphere is relaxed,” he said.",
        [("The atmosphere is relaxed,", "Tomas Arroyo")],
        id="a-worker-named-x-is-he",
    ),
    pytest.param(
        "The commander, Adm. Harold B. Ames Jr., who has turned heads in Beijing, spoke on Monday.\n\n"
        "The comments had two goals, the admiral said. They were meant to show he was “out of touch.”",
        [("out of touch.", "Harold B. Ames")],
        id="a-role-with-its-name-in-apposition-before-a-relative-clause",
    ),
    pytest.param(
        "“We will win,” said Donald Pratt Jr., the candidate's son. “Never,” Donald Pratt said.",
        [("We will win,", "Donald Pratt Jr."), ("Never,", "Donald Pratt")],
        id="junior-beside-his-father",
    ),
    pytest.param(
        "“We will win,” said Donald J. Pratt. “Never,” said Donald Pratt Jr., his son.",
        [("We will win,", "Donald J. Pratt"), ("Never,", "Donald Pratt Jr.")],
        id="junior-beside-his-father-with-an-initial",
    ),
    pytest.param(
        "“We are ready,” Harold B. Ames Jr. said. “Always,” Ames added.",
        [("We are ready,", "Harold B. Ames"), ("Always,", "Harold B. Ames")],
        id="junior-alone-goes-without-the-suffix",
    ),
    pytest.param(
        "Others largely agree. ''I don't think you can discount him,'' said Stanley Greer, a pollster.",
        [("I don't think you can discount him,", "Stanley Greer")],
        id="two-apostrophes-open-a-quotation-after-a-full-stop",
    ),
    # two people with one surname, told apart by "Mr." and "Ms."; a nickname in a headline
    pytest.param(
        "The letter came from the agency's administrator, Paul Lindgren, to members of Congress.\n\n"
        "In it, Mr. Lindgren wrote that the agency was “moving aggressively.”\n\n"
        "Representative Sarah Lindgren, Democrat of Ohio, said the findings were “infuriating.”\n\n"
        "“I have been writing letters,” Ms. Lindgren said.\n\n"
        "Mr. Lindgren said he “respected her persistence.”",
        [("moving aggressively.", "Paul Lindgren"), ("infuriating.", "Sarah Lindgren"),
         ("I have been writing letters,", "Sarah Lindgren"), ("respected her persistence.", "Paul Lindgren")],
        id="mr-and-ms-with-one-surname",
    ),
    pytest.param(
        "‘Ice’ Marlow hits late 3, says Mariners ‘found a way’ past Comets\n\n"
        "HARBOR CITY — Devin “Ice” Marlow had missed his first seven 3-point attempts.\n\n"
        "“Shooters shoot, man,” Marlow said afterward.",
        [("found a way", "Mariners"), ("Shooters shoot, man,", "Devin Marlow")],
        id="a-nickname-in-the-headline-is-no-first-name",
    ),
    # Indian honorifics, abbreviated posts, translated idioms
    pytest.param(
        "Congress MLA from Rampur Shri Anil Kumar Rao dismissed the plan as “a gimmick”.\n\n"
        "“Not one farmer has been paid,” Shri Rao told reporters.",
        [("a gimmick", "Anil Kumar Rao"), ("Not one farmer has been paid,", "Anil Kumar Rao")],
        id="shri-is-a-title",
    ),
    pytest.param(
        "Kerala Chief Minister Meena Pillai opened the fair on Monday.\n\n"
        "“The money is already in the accounts,” the CM said.",
        [("The money is already in the accounts,", "Meena Pillai")],
        id="the-cm-is-the-chief-minister",
    ),
    pytest.param(
        "Prime Minister Ewan Doyle visited the plant on Friday.\n\n“We will keep it open,” the PM said.",
        [("We will keep it open,", "Ewan Doyle")],
        id="the-pm-is-the-prime-minister",
    ),
    pytest.param(
        "The mayor of Rocca Alta, Antonio Ferri, opened the session.\n\n"
        "“It is a crisis for every family,” said the first citizen, visibly moved.",
        [("It is a crisis for every family,", "Antonio Ferri")],
        id="the-first-citizen-is-the-mayor",
    ),
    pytest.param(
        "“It is a crisis for every family,” said the local citizen.",
        [("It is a crisis for every family,", None)],
        id="a-citizen-is-no-name",
    ),
    pytest.param(
        "Steelworks, the mayor: “We will not let the factory close”\n\n"
        "The mayor of Rocca Alta, Antonio Ferri, opened the session.",
        [("We will not let the factory close", "Antonio Ferri")],
        id="a-role-after-a-topic-and-a-comma-before-the-colon",
    ),
    pytest.param(
        "Ruth Amsel, mayor of Little Brook: “Six hundred families. That is a neighborhood.”",
        [("Six hundred families. That is a neighborhood.", "Ruth Amsel")],
        id="a-name-before-the-comma-and-the-colon",
    ),
    pytest.param(
        "The head of the Foreign Ministry of Russia Gennady Orlov, who is in Baku, called it “a provocation”.\n\n"
        "According to Orlov, Moscow has “no illusions”.",
        [("a provocation", "Gennady Orlov"), ("no illusions", "Gennady Orlov")],
        id="a-country-before-a-name-is-no-first-name",
    ),
    pytest.param(
        "Derby defeat at Ashgrove\n\n"
        "Kestrel manager Graham Dunmore spoke after the game. Ashgrove boss Luca Berti was pleased.\n\n"
        "“We were ready for them,” the Ashgrove manager said.",
        [("We were ready for them,", "Luca Berti")],
        id="a-headline-word-is-no-part-of-the-next-role",
    ),
    pytest.param(
        "Ruth Vance, the pianist, died on Saturday.\n\nMs. Vance began playing at four.\n\n"
        "Her son, Peter Vance, recalled “a parade of strangers.”\n\n"
        "“You would come down for breakfast,” he said.",
        [("a parade of strangers.", "Peter Vance"), ("You would come down for breakfast,", "Peter Vance")],
        id="ms-before-a-shared-surname-does-not-make-peter-a-she",
    ),
    pytest.param(
        "One participant, 81-year-old retired baker Ned Ashcombe, said the walks were “the best part of my day.”"
        "\n\n“My wife and I go out together,” he said.",
        [("the best part of my day.", "Ned Ashcombe"), ("My wife and I go out together,", "Ned Ashcombe")],
        id="one-role-then-the-name-in-apposition",
    ),
    # two holders of one role: the one named so far, if nobody else was named since
    pytest.param(
        "Foreign Ministry spokesperson Wen Liang said on Tuesday the measures were “bullying.”\n\n"
        "“We will take necessary measures,” the spokesperson stressed.\n\n"
        "Commerce Ministry spokesperson Lirui Feng said firms “abide by the law.”",
        [("bullying.", "Wen Liang"), ("We will take necessary measures,", "Wen Liang"),
         ("abide by the law.", "Lirui Feng")],
        id="the-spokesperson-named-so-far",
    ),
    pytest.param(
        "Foreign Ministry spokesperson Wen Liang spoke on Tuesday. Commerce Ministry spokesperson Lirui Feng "
        "spoke on Wednesday. Trade expert Ann Moss was asked about both.\n\n"
        "“We will take necessary measures,” the spokesperson stressed.",
        [("We will take necessary measures,", None)],
        id="the-spokesperson-of-two-after-someone-else",
    ),
    # a "she" with nobody quoted or made a subject before it: the person last named outside quotations
    pytest.param(
        "The first thing Ines Vandermolen does when you arrive is put the kettle on.\n\n"
        "“Sit wherever the cat isn't,” she said.\n\n"
        "Vandermolen, 68, ran the lighthouse for thirty years. Her book came out in May.\n\n"
        "“I never meant to stay,” she recalled.",
        [("Sit wherever the cat isn't,", "Ines Vandermolen"), ("I never meant to stay,", "Ines Vandermolen")],
        id="a-profile-names-its-subject-in-passing",
    ),
    pytest.param(
        "Former Sen. Dale Ruskin was for Tom Ferrante while the governor was running, he said on Monday.\n\n"
        "“Ferrante is my choice,” he said.",
        [("Ferrante is my choice,", "Dale Ruskin")],
        id="a-sentence-subject-before-the-name-it-mentions",
    ),
    pytest.param(
        "Volunteers knocked on doors. Inspired by Nora Quist's campaign, he signed up in May.\n\n"
        "“It changed my year,” he said.",
        [("It changed my year,", None)],  # (Nora Quist's campaign: hers, not his words)
        id="a-possessive-name-is-no-pronoun-subject",
    ),
    pytest.param(
        "In Fairhaven Bay the ferry stopped. Near Fairhaven Bay, nobody knew why.\n\n“It just stopped,” he said.",
        [("It just stopped,", None)],  # a place, never called by one word alone
        id="a-place-is-no-pronoun-subject",
    ),
    pytest.param(
        "Deputy Ivo Rask said to the agency, that the answer must be „firm“.\n\n"
        "Economist, head of the Institute of Port Studies Anton Welke, considers, that the row will pass.\n\n"
        "«This is, if you want, theatre», — he explained.",
        [("firm", "Ivo Rask"), ("This is, if you want, theatre", "Anton Welke")],
        id="a-second-role-in-apposition-ends-in-the-subject",
    ),
    pytest.param(
        "Ann Vikberg beat Tom Sorel on Tuesday. Independent Lisa Marr came third.\n\n"
        "Vikberg took the stage shortly after 11:30 p.m. “You made me work for this,” she told supporters.",
        [("You made me work for this,", "Ann Vikberg")],
        id="a-clock-time-before-a-quotation-ends-the-sentence",
    ),
    pytest.param(
        "Fire Chief Ada Rinn said the blaze was 9 percent contained. She warned of wind.\n\n"
        "Battalion Chief Tom Okafor, who leads the eastern crews, said the slopes were steep. He was tired.\n\n"
        "Evacuee Walter Gade left with two cats. “We had ten minutes,” Gade said.\n\n"
        "The chief declined to comment on the cause. “I'm not going to speculate,” she said.",
        [("We had ten minutes,", "Walter Gade"), ("I'm not going to speculate,", "Ada Rinn")],
        id="the-chief-of-two-chiefs-told-apart-by-the-pronoun",
    ),
    # translated Spanish: an office and a profession before the name, honorifics with a first name
    pytest.param(
        "The mayoress, Ana Ruiz Ortega, spoke first. «We will rebuild», declared Ana Ruiz.\n\n"
        "Consulted by this medium, the municipal director of Civil Protection, engineer Tomás Vidal Roca, "
        "defended the study. «The data are there», he indicated.",
        [("We will rebuild", "Ana Ruiz Ortega"), ("The data are there", "Tomás Vidal Roca")],
        id="a-profession-in-apposition-after-an-office",
    ),
    pytest.param(
        "The mayoress, Ana Ruiz Ortega, spoke first.\n\n"
        "Also the housewife Rosa Paz Llano, client of the market all her life, showed herself worried. "
        "«Here I buy since I was a girl», she commented.",
        [("Here I buy since I was a girl", "Rosa Paz Llano")],
        id="a-sentence-opening-adverb-without-a-comma",
    ),
    pytest.param(
        "The leader of the vendors, Eufemia Soto Garza, known as “Doña Eufe”, doubted the study.\n\n"
        "“We are open to the dialogue,” concluded Doña Eufemia.",
        [("We are open to the dialogue,", "Eufemia Soto Garza")],
        id="dona-goes-with-a-first-name",
    ),
    pytest.param(
        "Senator Ann Lee spoke on Monday.\n\n"
        "Earlier this week, Lee shared her worry with donors, “I do not know which rival will show up.”",
        [("I do not know which rival will show up.", "Ann Lee")],
        id="an-opening-time-phrase-with-a-comma-is-skipped",
    ),
    # translated Arabic wire copy
    pytest.param(
        "The spokesman of the ministry added that “the rotations will be weekly.”\n\n"
        "On the other side, the head of the Farmers Syndicate, Hajj Ali Mansour, expressed concern. "
        "He said in statements: “The farmer is the weakest link.”",
        [("the rotations will be weekly.", "the ministry"), ("The farmer is the weakest link.", "Ali Mansour")],
        id="a-subject-after-a-body-that-spoke-through-its-spokesman",
    ),
    pytest.param(
        "Minister Nabil Karam spoke on Monday.\n\n"
        "In the same context, a member of the Farm Committee in the House of Representatives, Dr. Salwa Haddad, "
        "submitted a request. She said: “The leaks waste a third of the water.”",
        [("The leaks waste a third of the water.", "Salwa Haddad")],
        id="a-role-in-a-house-before-the-name",
    ),
    pytest.param(
        "Jurors heard from Tom Vail, a teller, and from Ann Quill, the bank's chief executive, who testified "
        "about the audit. “We found money moving,” the chief executive said.",
        [("We found money moving,", "Ann Quill")],
        id="a-post-in-apposition-after-the-name",
    ),
    pytest.param(
        "The first thing Ines Vandermolen does is put the kettle on. Vandermolen is 68.\n\n"
        "She grew up in Port Hallam, the daughter of a ferry engineer. “My father took me down,” she recalled.",
        [("My father took me down,", "Ines Vandermolen")],
        id="a-place-before-a-kin-word-is-nobody",
    ),
    pytest.param(
        "The president of the company, Mori Ichiro (61), spoke at the press conference.\n\n"
        "“This is not the purchase of a rival,” the same person emphasized.",
        [("This is not the purchase of a rival,", "Mori Ichiro")],
        id="the-same-person-is-the-last-named",
    ),
    pytest.param(
        "The honorary chairman of Hoshiyama, Ono Genta (82), released a comment through the company. "
        "“My father would be pleased,” the comment said.\n\n"
        "The union issued a statement. “We will watch,” the statement said.",
        [("My father would be pleased,", "Ono Genta"), ("We will watch,", "the union")],
        id="a-document-speaks-for-who-issued-it",
    ),
    pytest.param(
        "Bridge\n\n«The footbridge was built for 400 persons», indicated the company Dorvale Steel in a communiqué. "
        "«Our thoughts are with the wounded», added the text.",
        [("The footbridge was built for 400 persons", "Dorvale Steel"), ("Our thoughts are with the wounded", "Dorvale Steel")],
        id="an-inverted-document-speaks-for-the-speaker-its-sentence-before-credits",
    ),
    pytest.param(
        "Bridge\n\nPolice chief Tom Berg spoke on Monday. “There is no sign of sabotage,” Berg said.\n\n"
        "The organiser, the Lantern Foundation, cancelled the festival. „The remaining days are cancelled“, it said "
        "in a communication of the foundation.\n\n„The bridge stays shut“, it is said in a statement of the city.\n\n"
        "According to a communication of the police the riverbank „remains closed“.",
        [("There is no sign of sabotage,", "Tom Berg"), ("The remaining days are cancelled", "the Lantern Foundation"),
         ("The bridge stays shut", "the city"), ("remains closed", "the police")],
        id="it-said-in-a-document-of-a-body-is-the-body",
    ),
    pytest.param(
        "Bridge\n\nPolice chief Tom Berg spoke on Monday.\n\n“We will find out,” it said in a statement from Ann Lee.",
        [("We will find out,", None)],
        id="it-said-in-a-document-from-a-person-is-not-that-person",
    ),
    pytest.param(
        "Deputy Ivo Rask spoke first.\n\n"
        "Political scientist Anton Welke, author of the book «Small states in the big game», considers, "
        "that the row will pass.\n\n«This is theatre», — he explained.",
        [("This is theatre", "Anton Welke")],
        id="a-title-s-words-are-no-speech-event",
    ),
    pytest.param(
        "Del. Ruth Amis chaired the hearing.\n\n"
        "A Dunmore County resident who declined to give her name told reporters she drove two hours. "
        "“It's my kitchen sink,” she said.",
        [("It's my kitchen sink,", None)],
        id="a-subject-before-a-relative-clause-is-the-unnamed-speaker",
    ),
    pytest.param(
        "Jurors heard a recording of former manager Paul Vance.\n\n"
        "“Nobody checks the small accounts,” Vance can be heard saying on the recording.",
        [("Nobody checks the small accounts,", "Paul Vance")],
        id="can-be-heard-saying",
    ),
    pytest.param(
        "Judges differ.\n\nAs Mira Osei, professor of law at Dunhill, put it, “Nobody wins a stalemate.”",
        [("Nobody wins a stalemate.", "Mira Osei")],
        id="as-name-aside-put-it",
    ),
    pytest.param(
        "Judges differ.\n\nAs Mira Osei, professor of law at Dunhill and author of ''Quiet Courts,'' put it, "
        "''Nobody wins a stalemate.''",
        [("Nobody wins a stalemate.", "Mira Osei")],
        id="as-name-aside-with-a-title-put-it",
    ),
    pytest.param(
        "Judges differ.\n\nMira Osei, author of “Quiet Courts,” said: “Nobody wins a stalemate.”",
        [("Nobody wins a stalemate.", "Mira Osei")],
        id="name-author-of-a-title-said",
    ),
    pytest.param(
        "Judges differ.\n\nAs a judge, Mira Osei, who sat for years, said: “Nobody wins a stalemate.”",
        [("Nobody wins a stalemate.", "Mira Osei")],
        id="as-a-role-opener-is-not-the-speaker",
    ),
    pytest.param(
        "The Chilean delegation objected. “Nothing here is settled,” the Chilean delegation said.\n\n"
        "“We will wait,” the mission said.",
        [("Nothing here is settled,", "Chilean delegation"), ("We will wait,", "the mission")],
        id="a-delegation-or-mission-is-a-body",
    ),
    pytest.param(
        "Ambassador Nadia Ferro spoke next. "
        "The ambassador noted that Lisbon had pledged more money. “Money is not the problem,” she said.",
        [("Money is not the problem,", "Nadia Ferro")],
        id="a-reported-subject-is-not-who-the-pronoun-means",
    ),
    pytest.param(
        "“Partners matter,” said Robin Sale, a professor.\n\n"
        "Aides say Nora Vance advises the campaign on pay.\n\n“Women are paid less,” she said.",
        [("Partners matter,", "Robin Sale"), ("Women are paid less,", "Nora Vance")],
        id="a-reported-subject-after-plural-reporters-is-who-she-is",
    ),
    pytest.param(
        "Miriam Driver chairs the board.\n\n“We will sell,” Ms. Driver said.",
        [("We will sell,", "Miriam Driver")],
        id="a-surname-that-reads-as-a-trade",
    ),
    pytest.param(
        "Mayor Backs Plan For Bridge With Harland\n\n"
        "During a meeting with Sean Pardo that aired Tuesday night, Paul Ostrand discussed the bridge to Harland.\n\n"
        "When he first described the bridge in May, he said, “We will build it fast.”",
        [("We will build it fast.", "Paul Ostrand")],
        id="a-headline-s-capitals-name-nobody-for-he",
    ),
    pytest.param(
        "“He is a fine leader,” said Ruth Caine, a pollster.\n\n"
        "Lou Brandt believes people misjudge the candidate. He dismisses claims that Carver is cruel. "
        "He even urges friends to back Carver's campaign. He believes, he said, that “Carver is a good man.”",
        [("He is a fine leader,", "Ruth Caine"), ("Carver is a good man.", "Lou Brandt")],
        id="he-stays-with-whom-the-story-keeps-calling-he",
    ),
    pytest.param(
        "Kemal Arslan, whose bakery burned, was less happy. “The flat is nice,” Kemal Bey said.\n\n"
        "His wife Leyla Arslan intervened with a smile: “Let him grumble.” Leyla Hanım lost her brother.",
        [("The flat is nice,", "Kemal Arslan"), ("Let him grumble.", "Leyla Arslan")],
        id="turkish-honorific-after-a-first-name-and-his-wife-before-a-colon",
    ),
    pytest.param(
        "Deputy Minister of Water, Forests and Climate Change Orhan Tuna, speaking at the site, said: "
        "“We kept our word.”\n\n“No family will spend a third winter outside,” Deputy Minister Tuna said.",
        [("We kept our word.", "Orhan Tuna"), ("No family will spend a third winter outside,", "Orhan Tuna")],
        id="portfolios-run-on-past-a-comma-into-the-name",
    ),
    pytest.param(
        "The Guild of Surveyors Branch President Prof. Dr. Ayla Demir, with whom we spoke, said the pace "
        "raised questions.\n\n“The blocks went up in a year. We asked for the reports, they did not give us.\n\n"
        "“We do not say the blocks are weak. We say, let the reports be public.”",
        [("The blocks went up in a year. We asked for the reports, they did not give us.", "Ayla Demir"),
         ("We do not say the blocks are weak. We say, let the reports be public.", "Ayla Demir")],
        id="an-unclosed-paragraph-is-not-cut-at-t-he-reports-or-we-say",
    ),
    pytest.param(
        "Norvale Chips Chairman Han Do-yun ‘We win with technology’\n\n"
        "Han Do-yun met two hundred executives on Monday.",
        [("We win with technology", "Han Do-yun")],
        id="a-headline-of-a-name-then-the-words",
    ),
    pytest.param(
        "Norvale Chips Chairman Han Do-yun on the 14th, at a meeting held in Tamra City, said "
        "“the downturn is a gap in technology”.",
        [("the downturn is a gap in technology", "Han Do-yun")],
        id="a-name-on-a-date-then-an-aside-with-a-place",
    ),
    pytest.param(
        "“Prices will rise,” said Robin Hale, an analyst.\n\nPresident Yoon Mi-rae of the foundry division said in a "
        "call with analysts on the same day, “Use will pass 80%.” She said, “Two buyers signed.”",
        [("Prices will rise,", "Robin Hale"), ("Use will pass 80%.", "Yoon Mi-rae"), ("Two buyers signed.", "Yoon Mi-rae")],
        id="a-name-of-the-unit-in-lower-case",
    ),
    pytest.param(
        "“Trains are late,” said Karim Bel, a technician.\n\n"
        "A pensioner, seated on a bench with her suitcase, was more indulgent: «My father drove trains.»\n\n"
        "One resident was more forgiving: “They work hard.”",
        [("Trains are late,", "Karim Bel"), ("My father drove trains.", "pensioner"), ("They work hard.", "resident")],
        id="someone-unnamed-before-a-colon",
    ),
    pytest.param(
        "Administrator Dora Quint took questions.\n\n"
        "Asked about the costs, the administrator conceded the probe “had its troubles” but said little more.",
        [("had its troubles", "Dora Quint")],
        id="the-administrator-conceded",
    ),
    pytest.param(
        "The opera, written by composer Lorna Vey and staged by Tobias Brant, runs four hours. "
        "It has no interval, a choice Brant defended.\n\n“People need to stay in the room,” he said.",
        [("People need to stay in the room,", "Tobias Brant")],
        id="a-later-sentence-names-who-he-is",
    ),
    pytest.param(
        "Nell Ortiz waited a year for her operation.\n\n"
        "She recalled being told by a receptionist that she was “fortunate” to be seen at all.\n\n"
        "“I cried in the corridor,” she admitted.",
        [("fortunate", "receptionist"), ("I cried in the corridor,", "Nell Ortiz")],
        id="she-after-an-unnamed-speaker-in-her-own-sentence",
    ),
    # translated news from further afield
    pytest.param(
        "Ivo Rask, 58, a farmer, said that “the hives are empty this year.”",
        [("the hives are empty this year.", "Ivo Rask")],
        id="an-age-then-a-role-in-apposition-before-the-verb",
    ),
    pytest.param(
        "Mr. Nok Pattana, a farmer, said “Only debt comes.”\n\n"
        "Mrs. Sunee Pattana, who runs the shop, told the reporter: “They buy on credit.”\n\n"
        "“I also must close,” she added.\n\n"
        "Mr. Pattana said, before going home, “I will try until the last field.”",
        [("Only debt comes.", "Nok Pattana"), ("They buy on credit.", "Sunee Pattana"),
         ("I also must close,", "Sunee Pattana"), ("I will try until the last field.", "Nok Pattana")],
        id="a-title-before-the-full-name-says-whose-it-is",
    ),
    pytest.param(
        "Ivo Rask said “We are ready.”\n\n"
        "A money lender in the area who asked not to be named for fear of the police, said that "
        "“the interest is five percent a month.”",
        [("We are ready.", "Ivo Rask"), ("the interest is five percent a month.", "money lender in the area")],
        id="an-unnamed-subject-of-any-noun-before-a-relative-clause",
    ),
    pytest.param(
        "Ivo Rask said “We are ready.”\n\n"
        "Tom Holt admitted that he „froze at the board”, but according to him he learned more from one game "
        "than from a year of books.",
        [("We are ready.", "Ivo Rask"), ("froze at the board", "Tom Holt")],
        id="according-to-him-without-a-comma-is-no-source",
    ),
    pytest.param(
        "Ivo Rask said “We are ready.”\n\n"
        "Another member of the board, dr Adam Lis, disagrees. According to him the cut would be „a gift to inflation”.",
        [("We are ready.", "Ivo Rask"), ("a gift to inflation", "Adam Lis")],
        id="according-to-him-after-a-lower-case-title",
    ),
    pytest.param(
        "Eva Lind is the chief arbiter.\n\n"
        "„A phone rang in the hall. By the rules it is a loss.” According to our information the player flew home.",
        [("A phone rang in the hall. By the rules it is a loss.", None)],
        id="according-to-our-information-is-no-source",
    ),
    pytest.param(
        "The Tarn Valley Rowing Club in its statement called the regatta „the best in a decade”. "
        "„Next year we move to the lake,” writes the statement.",
        [("the best in a decade", "Tarn Valley Rowing Club"),
         ("Next year we move to the lake,", "Tarn Valley Rowing Club")],
        id="an-inverted-statement-writes-for-its-issuer",
    ),
    pytest.param(
        "The final was won by Ivo Rask, who beat the Norwegian grandmaster Lars Dahl.\n\n"
        "Ivo Rask said “I won.”\n\n"
        "The Norwegian Dahl, who lost for the second year, was calm. “He played like an old fox,” he said.",
        [("I won.", "Ivo Rask"), ("He played like an old fox,", "Lars Dahl")],
        id="the-nationality-and-a-surname-is-a-person",
    ),
    pytest.param(
        "The Meridian Line said it was “monitoring the situation.”",
        [("monitoring the situation.", "the Meridian Line")],
        id="guard-a-body-whose-name-looks-like-a-nationality",
    ),
    pytest.param(
        "The main group was won by the international master Kertész Ádám, who beat Lars Dahl.\n\n"
        "„In the seventh round I was lost.” – added Kertész.\n\n"
        "In the senior group a Kertész won too: the retired teacher Kertész Bálint. "
        "„I asked if they mixed up the names,” laughed Bálint.",
        [("In the seventh round I was lost.", "Kertész Ádám"), ("I asked if they mixed up the names,", "Kertész Bálint")],
        id="a-family-name-first-is-the-one-named-so-far",
    ),
    pytest.param(
        "Ann Just Lost Her Seat\n\nCandidate Ann Lee conceded on Sunday. “We fought hard,” Ann said.",
        [("We fought hard,", "Ann Lee")],
        id="guard-a-given-name-is-no-family-name-written-first",
    ),
    pytest.param(
        "The spokesman of the company Větrník Vysočina s.r.o. Tomáš Kratochvíl rejected the claims. "
        "„We informed everyone openly,” he stated.",
        [("We informed everyone openly,", "Tomáš Kratochvíl")],
        id="a-company-suffix-between-a-role-and-an-accented-name",
    ),
    pytest.param(
        "The captain of the tug, Goran Lukić (54), said “the buoy had moved.”\n\n"
        "The spokeswoman of the port Vesna Lukić, who is not related to the captain, confirmed the probe. "
        "„We do not accept the claim,“ she said.\n\n"
        "Captain Lukić at the end only said: „Write that the crew is alive.“",
        [("the buoy had moved.", "Goran Lukić"), ("We do not accept the claim,", "Vesna Lukić"),
         ("Write that the crew is alive.", "Goran Lukić")],
        id="a-role-before-a-shared-surname-says-which-one",
    ),
    pytest.param(
        "Helen Marsh, a partner at the fund, said the firm was “a bet on the future”.\n\n"
        "Among those laid off is Daniel Marsh, no relation to the investor. “We found out on a video call,” Marsh said.",
        [("a bet on the future", "Helen Marsh"), ("We found out on a video call,", "Daniel Marsh")],
        id="a-second-person-of-a-surname-named-in-the-paragraph",
    ),
    pytest.param(
        "Senator Tom Cole spoke first. “We will win,” Mr. Cole said.\n\n"
        "Mr. Cole changed his name, Thomas Ruiz Cole, as a teenager. “It was for the voters,” Mr. Cole said.",
        [("We will win,", "Tom Cole"), ("It was for the voters,", "Tom Cole")],
        id="guard-his-own-former-name-is-not-a-second-person",
    ),
    pytest.param(
        "President Obama called Mina Farahani. Her husband, Reza Farahani, was free, he told her. "
        "“I could hear his compassion,” Mrs. Farahani wrote on Sunday.",
        [("I could hear his compassion,", "Mina Farahani")],
        id="a-kin-word-before-a-full-name-gives-the-pronoun",
    ),
    pytest.param(
        "The co-operative elected Bi. Amina Juma Said as its chair. Bi. Said said: “My first work is the ice store.”\n\n"
        "Mzee Hamisi Omari Kombo lost. “The sea does not belong to one person,” Mzee Kombo said.",
        [("My first work is the ice store.", "Amina Juma Said"), ("The sea does not belong to one person,", "Hamisi Omari Kombo")],
        id="swahili-titles-are-no-part-of-the-name",
    ),
    pytest.param(
        "Conciliator Pekka Laine met both sides on Monday. “The parties are not yet close,” Laine said.",
        [("The parties are not yet close,", "Pekka Laine")],
        id="a-capitalised-post-before-a-name",
    ),
    pytest.param(
        "Drone grocery start-up Larkfield collapses: ‘we flew too close to the sun’\n\n"
        "Drone deliveries were its promise. The founder, Tobias Renn, wrote to staff on Monday. "
        "“I am sorry. We flew too close to the sun,” Renn wrote.",
        [("we flew too close to the sun", "Tobias Renn"), ("I am sorry. We flew too close to the sun,", "Tobias Renn")],
        id="a-headline-quote-the-story-credits-beats-its-opening-capitals",
    ),
    pytest.param(
        "Trains stood still on Monday.\n\n"
        "– We did not want this, but the employer left us no road, tells union chairman Jari Laine to the paper "
        "at the depot.",
        [("We did not want this, but the employer left us no road", "Jari Laine")],
        id="dash-dialogue-closed-by-tells-a-role-and-a-name",
    ),
    pytest.param(
        "The Municipal Disaster Management Office (MDMO) of San Roque said that “412 families are in the centres.”",
        [("412 families are in the centres.", "the Municipal Disaster Management Office of San Roque")],
        id="a-body-its-acronym-and-its-town",
    ),
    pytest.param(
        "The alert was raised by the Island Institute of Volcano Studies (IIVS).\n\n"
        "In its bulletin, the IIVS said that “an eruption is possible within days.”",
        [("an eruption is possible within days.", "Island Institute of Volcano Studies")],
        id="an-acronym-the-article-spells-out",
    ),
    pytest.param(
        "The animal welfare group Open Cage accused the zoo of neglect. "
        "“This is the second escape in three years,” the group said in a statement.",
        [("This is the second escape in three years,", "Open Cage")],
        id="a-body-introduced-by-its-noun-is-that-noun-later",
    ),
    pytest.param(
        "Ann Lee founded the company Velora in 2010.\n\nMarkets fell.\n\nPrices rose.\n\n"
        "“We do not comment on rivals,” the company said.",
        [("We do not comment on rivals,", "the company")],
        id="guard-a-body-introduced-paragraphs-ago",
    ),
    pytest.param(
        "«We will not give up», - said to journalists the minister of agriculture Olga Lis.",
        [("We will not give up", "Olga Lis")],
        id="said-to-journalists-then-the-speaker",
    ),
    pytest.param(
        "“The water is coming,” said the minister of agriculture Olga Lis.",
        [("The water is coming,", "Olga Lis")],
        id="a-post-of-a-lower-case-field-then-the-name",
    ),
    pytest.param(
        "Mayor Ivo Rask has written to the Minister of Enterprises to ask “an urgent meeting at the ministry”.",
        [("an urgent meeting at the ministry", "Ivo Rask")],
        id="guard-written-to-the-minister-is-no-inverted-speaker",
    ),
    pytest.param(
        "The harbour spokeswoman Vera Kos confirmed the probe. „We do not accept the claim,“ she said.\n\n"
        "The president of the municipality of Kovin, Ana Ristić, who came to the bank at dawn, did not hide "
        "her anger: „Nobody called us until six in the morning.“",
        [("We do not accept the claim,", "Vera Kos"), ("Nobody called us until six in the morning.", "Ana Ristić")],
        id="a-translated-post-of-the-town-opens-the-colon-sentence",
    ),
    pytest.param(
        "Ann Brandt laughed: “He writes my obituary every year.”\n\n"
        "Buyers seemed less interested. A buyer from a large London store, who asked not to be named because "
        "her firm had not yet ordered, said the show “changes nothing”. “The coats were strong,” she added.",
        [("He writes my obituary every year.", "Ann Brandt"), ("changes nothing", "buyer from a large London store"),
         ("The coats were strong,", None)],
        id="an-unnamed-subject-mid-paragraph-and-a-comma-before-who",
    ),
    pytest.param(
        "Aling Rosa cries: ‘Paper only they gave us’\n\nAmong them was Aling Rosa Dimaculangan, 63, a rice cake seller.\n\n"
        "\"Paper only they gave us,\" said Aling Rosa.",
        [("Paper only they gave us", "Rosa Dimaculangan"), ("Paper only they gave us,", "Rosa Dimaculangan")],
        id="a-first-name-honorific-after-a-headline-naming-her-alike",
    ),
    pytest.param(
        "For the residents' lawyer, Atty. Jose Mari Cruz, the fine print is the problem.\n\n"
        "“The river overflowed,” the lawyer said. Engr. Dan Ocampo agreed: “It did.”",
        [("The river overflowed,", "Jose Mari Cruz"), ("It did.", "Dan Ocampo")],
        id="professional-titles-are-no-part-of-a-name",
    ),
    pytest.param(
        "The mayor, Leonora “Nora” Santiago, visited the rally. She promised help.\n\n"
        "“We will not leave you alone,” she told reporters. “We go,” said Mayor Robert “Bob” Vance.",
        [("We will not leave you alone,", "Leonora Santiago"), ("We go,", "Robert Vance")],
        id="a-nickname-inside-a-name",
    ),
    pytest.param(
        "\"Where do I go?\" asked Zain Malik.\n\nThe library's longest-serving volunteer, Arthur \"Bookie\" Lang, "
        "who has run a chess club there for 19 years, was more blunt. \"It's vandalism,\" he said.",
        [("Where do I go?", "Zain Malik"), ("It's vandalism,", "Arthur Lang")],
        id="a-nickname-inside-a-name-in-apposition",
    ),
    pytest.param(
        "Cordelia “Del” Amsel runs the shop, and Rolando “Boy” Reyes chairs the village.\n\n"
        "“We will stay,” Del said. “We go now,” said Kapitan Boy.",
        [("We will stay,", "Cordelia Amsel"), ("We go now,", "Rolando Reyes")],
        id="a-nickname-stands-for-the-full-name",
    ),
    pytest.param(
        "During the show on Wednesday’s “Morning Live,” Ann Lee, the hacker known as “Orchid,” stated "
        "that she had access, calling it “like an open door.”",
        [("like an open door.", "Ann Lee")],
        id="guard-a-title-before-a-name-is-no-nickname",
    ),
    pytest.param(
        "Residents of Barangay Malinta gathered.\n\n“We want our money,” said Aling Rosa Cruz.\n\n"
        "“They make fools of us,” he added.",
        [("We want our money,", "Rosa Cruz"), ("They make fools of us,", "Rosa Cruz")],
        id="a-translated-he-added-after-the-only-speaker-a-woman",
    ),
    pytest.param(
        "“He cares about us,” said Tom Reyes.\n\nShe had no plans to shout, but it happened.\n\n"
        "“It just came out of my mouth,” she said.",
        [("He cares about us,", "Tom Reyes"), ("It just came out of my mouth,", None)],
        id="guard-a-she-said-after-a-man-is-a-woman-the-story-did-not-name",
    ),
    pytest.param(
        "Martin Hale, a structural engineer with the consultancy Brennan Hale Associates, broke down.\n\n"
        "“I rated it a priority,” Mr Hale said.",
        [("I rated it a priority,", "Martin Hale")],
        id="a-name-running-on-into-a-company-is-no-persons",
    ),
    pytest.param(
        "“We will fight,” a Highfibre spokesperson said. “We lost,” a senior State Department spokesman said. "
        "“We won,” a spokesman said.",
        [("We will fight,", "Highfibre"), ("We lost,", "State Department"), ("We won,", "spokesman")],
        id="an-unnamed-spokesperson-speaks-for-the-body-before-the-word",
    ),
    pytest.param(
        "“It is far too hard,” wrote the Swede Erik Lindqvist. “Fine,” said Dane Waters.",
        [("It is far too hard,", "Erik Lindqvist"), ("Fine,", "Dane Waters")],
        id="a-nationality-noun-before-a-name-and-a-given-name-like-one",
    ),
    pytest.param(
        "Ten-year-old Zain Malik told councillors he loved the library. Winemaker Stjepan Babić lost his harvest.\n\n"
        "„It is not only money“, said Ponia Rasa Kurt. “Where do I go?” asked Zain Malik. "
        "“It is gone,” tells Babić.",
        [("It is not only money", "Rasa Kurt"), ("Where do I go?", "Zain Malik"), ("It is gone,", "Stjepan Babić")],
        id="an-age-a-trade-and-a-lithuanian-title-before-a-name",
    ),
    pytest.param(
        "The farm belongs to Algirdas Petrauskas. His son Mantas Petrauskas, who works there, says it is safe.\n\n"
        "„For thirty years I keep pigs“, said A. Petrauskas.",
        [("For thirty years I keep pigs", "Algirdas Petrauskas")],
        id="an-initial-a-is-no-article-and-picks-the-given-name",
    ),
    pytest.param(
        "»This is a scandal,« has said for STA the selektor of the national team Luka Novak. "
        "„We play for 900 leva“, stated before journalists the chairman of the union Stoyan Kolev.",
        [("This is a scandal,", "Luka Novak"), ("We play for 900 leva", "Stoyan Kolev")],
        id="translated-the-agency-or-journalists-told-before-the-speaker",
    ),
    pytest.param(
        "– It is bad for the island, says mayor in Halsøy municipality, Kari Nilsen (Sp), to NRK.",
        [("It is bad for the island", "Kari Nilsen")],
        id="a-translated-post-in-a-place-then-the-name",
    ),
    pytest.param(
        "“It is bad,” said the spokesman in Oslo, Tuesday.", [("It is bad,", None)],
        id="guard-a-post-in-a-place-then-a-weekday",
    ),
    pytest.param(
        "„We played cards,“ says the youngest participant, 19-year-old Hekla Jónsdóttir, a student.",
        [("We played cards,", "Hekla Jónsdóttir")],
        id="an-age-before-the-name-in-apposition",
    ),
    pytest.param(
        "The Met Office informed in an announcement that the data is live. „This improves the monitoring,“ "
        "says in the announcement.",
        [("This improves the monitoring,", "Met Office")],
        id="words-of-an-announcement-go-to-who-made-it",
    ),
    pytest.param(
        "Rovers have accused Portside United of poaching. Meridian Orbital Systems’ rocket left the pad.\n\n"
        "Portside responded: “We followed every rule.” Meridian said it was “a good day”.",
        [("We followed every rule.", "Portside United"), ("a good day", "Meridian Orbital Systems")],
        id="a-club-or-company-by-its-first-word-and-after-a-possessive",
    ),
    pytest.param(
        "“This is a victory,” says Shazia Parveen Sahiba. “It is costly,” said Madam Ruth Ali. "
        "“We will pay,” said Provincial Minister for Education Tariq Bhatti.",
        [("This is a victory,", "Shazia Parveen"), ("It is costly,", "Ruth Ali"), ("We will pay,", "Tariq Bhatti")],
        id="an-honorific-after-a-name-madam-and-a-minister-for-a-portfolio",
    ),
    pytest.param(
        "“We will pay,” said a spokesman for Health Minister Ann Lee.",
        [("We will pay,", "spokesman for Health Minister Ann Lee")],
        id="guard-a-spokesman-for-a-minister-is-not-the-minister",
    ),
    pytest.param(
        "«It is a day of justice» underlined the Minister of Culture kyria Eleni Pappa, at the quay.\n\n"
        "«It is like a broken plate» added kyrios Nikos Pappas.",
        [("It is a day of justice", "Eleni Pappa"), ("It is like a broken plate", "Nikos Pappas")],
        id="greek-courtesy-titles",
    ),
    pytest.param(
        "“With tears we cut the division,” says President Kuroda Takeshi-shi. “We were told two days ago,” "
        "said union chair Mori-san, whose full name is Mori Yūko.",
        [("With tears we cut the division,", "Kuroda Takeshi"), ("We were told two days ago,", "Mori Yūko")],
        id="japanese-honorific-suffixes",
    ),
    pytest.param(
        "The company's vd Anders Holm says the substance came from India. Asked who pays, the vd answered:\n\n"
        "»All pharmacies change the packages.\n\n»And who pays – it is we.«",
        [("All pharmacies change the packages.", "Anders Holm"), ("And who pays – it is we.", "Anders Holm")],
        id="an-untranslated-post-before-a-colon",
    ),
    pytest.param(
        "“We were promised fibre,” says Isla MacRae.\n\n“It is bad,” says Fraser Gunn.\n\n"
        "Rory MacRae, 16, Isla’s son, makes the trip twice a week. “My pals know,” he says.\n\n"
        "Back home, Mrs MacRae is unconvinced. “I’ll believe it,” she says.",
        [("We were promised fibre,", "Isla MacRae"), ("It is bad,", "Fraser Gunn"), ("My pals know,", "Rory MacRae"),
         ("I’ll believe it,", "Isla MacRae")],
        id="a-kin-word-in-apposition-after-a-name",
    ),
    pytest.param(
        "»This is a scandal,« said Luka Novak.\n\nThe main arbiter of the tournament, the Greek Nikos Pappas, "
        "rejected the claims. »The rules are clear,« he explained. The arbiter, the engineer Ivo Kos, agreed. "
        "»They are,« he said.",
        [("This is a scandal,", "Luka Novak"), ("The rules are clear,", "Nikos Pappas"), ("They are,", "Ivo Kos")],
        id="a-name-in-apposition-after-the-and-a-role-or-nationality",
    ),
    pytest.param(
        "“The roof went first,” said Group Manager Colin Ash.\n\n"
        "Among the crowd was Ellen Vance, chair of the Brackenford Civic Trust, who had campaigned for years.\n\n"
        "“It’s like losing a grandparent,” she said. Exchange Quarter Developments said the site was “secured”.",
        [("The roof went first,", "Colin Ash"), ("It’s like losing a grandparent,", "Ellen Vance"),
         ("secured", "Exchange Quarter Developments")],
        id="a-role-of-the-body-named-in-full-is-no-persons-name",
    ),
    pytest.param(
        "“It is vandalism,” said Margaret Dunmore.\n\nThe council's cabinet member for finance, Councillor Brenda "
        "Okafor — no relation to the opposition leader — hit back. “He knows perfectly well,” she said.",
        [("It is vandalism,", "Margaret Dunmore"), ("He knows perfectly well,", "Brenda Okafor")],
        id="a-post-for-a-portfolio-then-the-name-between-dashes",
    ),
    pytest.param(
        "Nurses of General Hospital Drinovac on strike: ‘We are not slaves’, says union leader\n\n"
        "The president of the union, Milica Janković, spoke at the gate.\n\n"
        "„We are not slaves,“ said Janković. „We are,“ said professor of Tbilisi State University Tamar Lomidze.",
        [("We are not slaves", "Milica Janković"), ("We are not slaves,", "Milica Janković"), ("We are,", "Tamar Lomidze")],
        id="a-body-named-after-its-kind-is-no-person",
    ),
    pytest.param(
        "“The group was well prepared,” said a statement from the ministry. „We stayed in the hut,“ says in a "
        "message from Landsbjörg.",
        [("The group was well prepared,", "the ministry"), ("We stayed in the hut,", "Landsbjörg")],
        id="a-document-from-someone-speaks-for-them",
    ),
    pytest.param(
        "Guðrún Jónsdóttir leads the survey.\n\nAccording to Guðrún, the combination is the worst.\n\n"
        "„If the next summer is like the last one, we will see the same.“",
        [("If the next summer is like the last one, we will see the same.", "Guðrún Jónsdóttir")],
        id="according-to-someone-ending-a-paragraph-before-a-quoted-one",
    ),
    pytest.param(
        "Ustaz Karim Hadi opened the meeting. Ustaz Farid Omar, the treasurer, said: “The roof leaks.”\n\n"
        "Ustaz Karim replied: “We will fix it before the rains.”",
        [("The roof leaks.", "Farid Omar"), ("We will fix it before the rains.", "Karim Hadi")],
        id="a-title-the-rules-do-not-know-before-several-names",
    ),
    pytest.param(
        "Lokman Tariq Aziz chaired the session. Lokman Bakri Osman said: “We object.”",
        [("We object.", "Lokman Bakri Osman")],
        id="guard-a-shared-first-word-never-alone-stays-in-the-name",
    ),
    pytest.param(
        "Nguyen Van Long and Nguyen Thi Hoa run the stall. “Prices doubled,” Nguyen Thi Hoa said. "
        "Mr Long agreed: “We cannot pay.”",
        [("Prices doubled,", "Nguyen Thi Hoa"), ("We cannot pay.", "Nguyen Van Long")],
        id="guard-a-family-name-written-first-is-no-title",
    ),
    pytest.param(
        "The loading man Thiru K. Manikandan told: “I broke the glass.” Tmt. S. Pushpavalli said: “The door was "
        "locked.”\n\n“We screamed,” she said. “Nobody came,” Pushpavalli added.",
        [("I broke the glass.", "K. Manikandan"), ("The door was locked.", "S. Pushpavalli"),
         ("We screamed,", "S. Pushpavalli"), ("Nobody came,", "S. Pushpavalli")],
        id="tamil-titles-and-a-name-known-only-with-its-initial",
    ),
    pytest.param(
        "J. Reed and A. Reed own the farm. “It flooded,” Reed said.",
        [("It flooded,", "Reed")],
        id="guard-two-initials-before-one-surname-name-neither",
    ),
    pytest.param(
        "The mother of a pupil of the 23rd school of Ulaanbaatar Sh.Bolormaa said: «He did not sleep.» "
        "Member of the State Great Khural G.Amarsanaa accused the ministry of «irresponsibility».",
        [("He did not sleep.", "Sh.Bolormaa"), ("irresponsibility", "G.Amarsanaa")],
        id="a-name-with-a-glued-patronymic-initial-is-whole",
    ),
    pytest.param(
        "The zhupar of Korvik, Ilir Basha, opened the hall. «We will build it,» said the zhupar. «Not this year,» "
        "said Zhupar. «Maybe next,» Zhupar Basha added.",
        [("We will build it,", "Ilir Basha"), ("Not this year,", "Ilir Basha"), ("Maybe next,", "Ilir Basha")],
        id="a-post-in-a-word-the-rules-do-not-know-given-in-apposition",
    ),
    pytest.param(
        "The chairman of the jury, ustaz Kamal Reza, praised the teams. Coach Ivo Marsh was less kind.\n\n"
        "«They think for themselves,» said the ustaz.",
        [("They think for themselves,", "Kamal Reza")],
        id="an-untranslated-title-before-a-name-in-apposition-is-its-post",
    ),
    pytest.param(
        "A doctor at the clinic, Dọ́kítà Àdùkẹ́ Ọ̀ṣúnlẹ́yẹ, confirmed the shortage. “We are managing,” "
        "Dọ́kítà Ọ̀ṣúnlẹ́yẹ said.",
        [("We are managing,", "Àdùkẹ́ Ọ̀ṣúnlẹ́yẹ")],
        id="combining-accents-and-a-title-before-full-name-and-surname",
    ),
    pytest.param(
        "Lorna Vale Hart met the board. Lorna Vale wrote the letter. “We stay,” Lorna Hart said.",
        [("We stay,", "Lorna Hart")],
        id="guard-a-given-name-before-a-maiden-name-is-no-title",
    ),
    pytest.param(
        "Donald J. Trump spoke first. “We will win,” Trump said.",
        [("We will win,", "Donald J. Trump")],
        id="guard-a-middle-initial-is-not-the-surname-s-initial",
    ),
    pytest.param(
        "The dispute in the valley of Rivena is continuing for the third week.\n\n"
        "„The bees know no borders,“ said z. Doku in the yard of the cooperative.",
        [("The bees know no borders,", "Doku")],
        id="a-lower-case-abbreviated-title-and-a-thing-that-is-continuing",
    ),
    pytest.param(
        "Aviation analyst Mira Holt of the consultancy Skyward Aero estimated the cost at \"four million\".",
        [("four million", "Mira Holt")],
        id="a-person-of-a-described-body-named-after-it",
    ),
    pytest.param(
        "The national Department of Culture said it \"welcomes\" the agreement. The member of the council from "
        "the opposition Jonas Grigas spoke next. „Where is the fence?“ – asked the politician.",
        [("welcomes", "the Department of Culture"), ("Where is the fence?", "Jonas Grigas")],
        id="a-lower-case-modifier-before-a-body-s-name",
    ),
    pytest.param(
        "The head of the inspection group, chief engineer Rauf Məmmədov, to the journalists informed that the bridge "
        "is safe. «It is tired,» said Rauf müəllim.",
        [("It is tired,", "Rauf Məmmədov")],
        id="a-schwa-in-a-name",
    ),
    pytest.param(
        "Dana Whitcombe led the strike.\n\n\"We wait,\" said Keiko Brandt, an analyst. \"It costs,\" she said.\n\n"
        "Asked whether the union would call them off, Whitcombe was blunt. 'That is up to him,' she said.",
        [("We wait,", "Keiko Brandt"), ("It costs,", "Keiko Brandt"), ("That is up to him,", "Dana Whitcombe")],
        id="asked-whether-opens-a-sentence-about-someone-and-calling-off-says-nothing",
    ),
    pytest.param(
        "Lucy Carrow ran the count. \"It went well,\" she said.\n\n"
        "Among the 140 counting assistants was 19-year-old student Ellie Baptiste, working her first election. "
        "\"It is hypnotic,\" she said.",
        [("It went well,", "Lucy Carrow"), ("It is hypnotic,", "Ellie Baptiste")],
        id="among-them-was-someone-inverted",
    ),
    pytest.param(
        "«The robot broke,» told to our correspondent the captain of the team, 16-year-old Jasur Karimov. "
        "„It is bread,“ said at the opening the artistic director of the festival, g-ǵa Vesna Trajkovska.",
        [("The robot broke,", "Jasur Karimov"), ("It is bread,", "Vesna Trajkovska")],
        id="translated-told-to-our-correspondent-and-said-at-the-opening",
    ),
    pytest.param(
        "Halvern museum to return 'stolen' carvings\n\nThe figures were taken in 1898. The Ngata Cultural Council "
        "has long described them as \"stolen\", a word the museum avoided.",
        [("stolen", "the Ngata Cultural Council"), ("stolen", "the Ngata Cultural Council")],
        id="a-one-word-headline-quote-the-story-credits-below",
    ),
    pytest.param(
        "Mayor rebuffs offer on 'exception'\nSpurns offer, blasts critics\n\nThe mayor rejected the offer to make an "
        "\"exception\" for him.",
        [("exception", None), ("exception", None)],
        id="guard-a-one-word-headline-quote-takes-no-name-from-the-headline",
    ),
    pytest.param(
        "The driver of truck Elşən Əliyev, who carries fruits to the market of the district centre, called the "
        "detour \"a punishment\". The head of the district, Vüqar Həsənov, at the meeting with the residents stated "
        "that safety is \"the first priority\".",
        [("a punishment", "Elşən Əliyev"), ("the first priority", "Vüqar Həsənov")],
        id="past-a-relative-clause-and-an-adverbial-before-the-verb",
    ),
    pytest.param(
        "A motodop who waits at the pier, Him Bunthoeun, said the queue became longer. «The queue is one hour,» said "
        "the motodop.",
        [("The queue is one hour,", "Him Bunthoeun")],
        id="an-untranslated-noun-after-the-quotation-is-the-person-just-named",
    ),
    pytest.param(
        "Senator Ann Vale criticised the plan.\n\n\"It is dangerous and reckless,\" says the ad.",
        [("It is dangerous and reckless,", "the ad")],
        id="guard-a-document-is-no-person-just-named",
    ),
    pytest.param(
        "The concelleira of Animal Welfare, dona Uxía Rodríguez Pazos, defended the text.\n\n"
        "«We will not sacrifice any dog», affirmed the concelleira.",
        [("We will not sacrifice any dog", "Uxía Rodríguez Pazos")],
        id="an-untranslated-office-and-a-lower-case-title-in-apposition",
    ),
    pytest.param(
        "“My athlete is clean,” said Malam Ibrahim Lawan Kura. Daw Hnin Wai Phyo said: “The company thinks of money.”",
        [("My athlete is clean,", "Ibrahim Lawan Kura"), ("The company thinks of money.", "Hnin Wai Phyo")],
        id="hausa-and-burmese-honorifics",
    ),
    pytest.param(
        "Tannie Marietjie Fourie lost her roof in the storm. “The insurance laughs at us,” he said.",
        [("The insurance laughs at us,", "Marietjie Fourie")],
        id="a-translated-title-says-no-pronoun-the-translation-may-get-wrong",
    ),
    pytest.param(
        "Opposition member Gareth Fennimore said the prices were \"an insult\".\n\nBut Colin Ashdown-Price, who chairs "
        "the finance committee, defended the subsidy. “Members work long days,” he said.",
        [("an insult", "Gareth Fennimore"), ("Members work long days,", "Colin Ashdown-Price")],
        id="but-someone-who-does-something-is-the-sentence-s-subject",
    ),
    pytest.param(
        "\"It sounds warmer,\" said the buyer, Priya Chandran, holding the sleeve. \"Fine,\" said the report, Annex Two.",
        [("It sounds warmer,", "Priya Chandran"), ("Fine,", "the report")],
        id="a-name-in-apposition-after-an-unlisted-noun",
    ),
    pytest.param(
        "The induna of the area, uThemba Nxumalo, explained to the reporters: “The young men have no work.”\n\n"
        "“It was 2 o’clock,” said uNksz. Mhlongo.",
        [("The young men have no work.", "Themba Nxumalo"), ("It was 2 o’clock,", "Mhlongo")],
        id="zulu-noun-class-prefixes-and-titles",
    ),
    pytest.param(
        "— We waited forty years, — said to the journalists the chairman of the city executive committee Ihar Zhuk.\n\n"
        "Ihar Mikalaevich underlined the cost. „We took no credit,“ he said.\n\n"
        "The resident of the street Savetskaja, pensioner spadar Mikhas Lysenia, tells that he could not reach the "
        "clinic. „They dug up everything,“ he says.",
        [("We waited forty years", "Ihar Zhuk"), ("We took no credit,", "Ihar Zhuk"),
         ("They dug up everything,", "Mikhas Lysenia")],
        id="belarusian-patronymic-title-and-a-three-word-body",
    ),
    pytest.param(
        "The organisation Rhino Shield Trust said in a statement that “the arrest shows it works”. "
        "The Yonegyi township police said to the reporters that “a case was opened”.",
        [("the arrest shows it works", "Rhino Shield Trust"), ("a case was opened", "Yonegyi township police")],
        id="a-body-after-its-kind-and-a-place-s-police",
    ),
    pytest.param(
        "Simon Kettering owns the shop. \"It is back,\" he said.\n\nRetired postman Keith Arnott, 72, was among the "
        "first through the door on Saturday. He bought his first single in 1969. ‘I bought my first one here,’ he said.",
        [("It is back,", "Simon Kettering"), ("I bought my first one here,", "Keith Arnott")],
        id="an-occupation-in-man-before-a-name",
    ),
    pytest.param(
        "The head of the guild, Zoti Petrit Lleshi, opened the fair. «Our wool is the best», he said.\n\n"
        "«The price is fair», said Zonja Drita Kola, who sells yarn.\n\n"
        "Varpet Aram Sargsyan, who repairs looms, was asked about it. «They last fifty years», told Varpet Sargsyan.",
        [("Our wool is the best", "Petrit Lleshi"), ("The price is fair", "Drita Kola"),
         ("They last fifty years", "Aram Sargsyan")],
        id="albanian-and-armenian-honorifics-are-not-names",
    ),
    pytest.param(
        "“The boats are ready,” said Is-Sur Ninu Vella.\n\n“We bless them on Sunday,” added Is-Sinjura Marija Grech.\n\n"
        "“Nobody came from the council,” Ogbeni Kunle Adeyemi said, and Arabinrin Bisi Ojo agreed: “Nobody.”",
        [("The boats are ready,", "Ninu Vella"), ("We bless them on Sunday,", "Marija Grech"),
         ("Nobody came from the council,", "Kunle Adeyemi"), ("Nobody.", "Bisi Ojo")],
        id="maltese-and-yoruba-honorifics-are-not-names",
    ),
    pytest.param(
        "The union leader Sunita Thapa spoke first. Thapa-ji said: “We will wait one more week.”\n\n"
        "“My fees doubled,” said Bikash-dai, a student, whose full name is Bikash Lama.",
        [("We will wait one more week.", "Sunita Thapa"), ("My fees doubled,", "Bikash Lama")],
        id="nepali-honorific-suffixes",
    ),
    pytest.param(
        "«The roof leaks», told the Kryetari of the club, Besim Hoxha.\n\n"
        "«The lamp is original», explained the Adhyaksha of the trust, Mina Karki.",
        [("The roof leaks", "Besim Hoxha"), ("The lamp is original", "Mina Karki")],
        id="untranslated-chairs-with-the-name-in-apposition",
    ),
    pytest.param(
        "The claim was signed by Chief Dapo Ilesanmi, the mayor of Oke-Ayo, who led the villagers.\n\n"
        "“The well is dry,” the mayor told reporters.",
        [("The well is dry,", "Dapo Ilesanmi")],
        id="a-titled-name-then-its-post-in-apposition",
    ),
    pytest.param(
        "The bridge was built by the engineer Mr Huw ap Ifan, of the firm Dyfed Steel, who explained that wind was "
        "the problem. \"The wind bends everything,\" he said.\n\n'It will stand,' said Mr ap Ifan.",
        [("The wind bends everything,", "Huw ap Ifan"), ("It will stand,", "Huw ap Ifan")],
        id="welsh-ap-and-a-firm-between-a-name-and-who",
    ),
    pytest.param(
        "The Harbour Police Force said that “no one was hurt”.",
        [("no one was hurt", "Harbour Police Force")],
        id="a-police-force-is-one-body",
    ),
    pytest.param(
        "«The boy sees ten moves ahead», told to the agency Novosti the coach of the team, Gor Avetisyan.\n\n"
        "«I did not see the rook», admitted after the game Lars Vik, laughing.",
        [("The boy sees ten moves ahead", "Gor Avetisyan"), ("I did not see the rook", "Lars Vik")],
        id="translated-inverted-cues-with-an-agency-or-an-adverbial-first",
    ),
    pytest.param(
        "«The sleepers were rotten», to the journalists said the chairman of the inquiry, deputy minister "
        "Kamran Aliyev.\n\nThe driver, Tural Hasanov, survived.\n\n– I braked at once – told Tural müəllim.",
        [("The sleepers were rotten", "Kamran Aliyev"), ("I braked at once", "Tural Hasanov")],
        id="listener-before-an-inverted-cue-and-an-honorific-after-the-name",
    ),
    pytest.param(
        "The vote was won against Mzee Juma Hamisi Said, who led the club. “I accept,” said Mzee Said.\n\n"
        "It was overseen by Ndugu Ali Said, the district officer. Ndugu Said: “The count was clean.”\n\n"
        "“The sea belongs to no one,” said Mzee Said.",
        [("I accept,", "Juma Hamisi Said"), ("The count was clean.", "Ali Said"),
         ("The sea belongs to no one,", "Juma Hamisi Said")],
        id="a-title-tells-apart-two-people-of-one-surname",
    ),
    pytest.param(
        "The head of the depot, Mudir Sahib Nasrullah Karimzai, spoke first. \"The fuel is late,\" said Mudir "
        "Karimzai.\n\n\"We walk now,\" said Jenap Aman Gurbanov. Mugallym of the college, Selbi Atayeva, disagreed.\n\n"
        "Mugallym Atayeva: «The road was closed.»",
        [("The fuel is late,", "Nasrullah Karimzai"), ("We walk now,", "Aman Gurbanov"),
         ("The road was closed.", "Selbi Atayeva")],
        id="dari-and-turkmen-titles-stacked-or-before-a-surname",
    ),
    pytest.param(
        "The oldest weaver is Tayta Cirilo Mamani Quispe. \"The wool is short,\" said Tayta Cirilo.\n\n"
        "«No bus came», added Ramatoa Rasoa Voahangy, who sells rice, and Ramatoa Rasoa agreed: «None.»",
        [("The wool is short,", "Cirilo Mamani Quispe"), ("No bus came", "Rasoa Voahangy"), ("None.", "Rasoa Voahangy")],
        id="a-title-before-a-given-name-alone-is-the-titled-full-name",
    ),
    pytest.param(
        "The oldest of the divers, Kofi Mensah-Boateng, 71, was telling the story from his bed.\n\n"
        "\"The water was black. We held the rope and waited.\"",
        [("The water was black. We held the rope and waited.", "Kofi Mensah-Boateng")],
        id="a-description-before-a-name-introduces-the-next-paragraph",
    ),
    pytest.param(
        "The Minister of Rural Roads of the Hill Country province, Ranil Dissanayake, opened the road.\n\n"
        "A council member, Tissa Perera, called it \"a photo opportunity\". The minister answered: \"Let him drive on it.\"",
        [("a photo opportunity", "Tissa Perera"), ("Let him drive on it.", "Ranil Dissanayake")],
        id="a-post-of-two-bodies-and-a-province-before-a-name",
    ),
    pytest.param(
        "The tram stopped on the bridge for an hour.\n\n– The points froze and I braked – told for our newspaper "
        "the driver of the tram 17, Edvin Mujić, who has driven it for twenty years.",
        [("The points froze and I braked", "Edvin Mujić")],
        id="dash-speech-told-for-our-newspaper-a-driver-of-a-numbered-tram",
    ),
    pytest.param(
        "The Syndicate of the Tram Drivers of North Valley called the offer \"an insult\".",
        [("an insult", "the Syndicate of the Tram Drivers of North Valley")],
        id="a-body-of-workers-of-a-place-is-one-body",
    ),
    pytest.param(
        "\"The bread is late,\" said Weizero Saba Haile. Kak Dara Aziz, the baker, agreed: \"Flour is short.\"\n\n"
        "\"We close at six,\" said Här Marc Weber, and Xib Fwb Tou Vang added: \"The pupils can wait.\"\n\n"
        "\"Pray for rain,\" said Faifekau Viliami Taufa.",
        [("The bread is late,", "Saba Haile"), ("Flour is short.", "Dara Aziz"), ("We close at six,", "Marc Weber"),
         ("The pupils can wait.", "Tou Vang"), ("Pray for rain,", "Viliami Taufa")],
        id="tigrinya-kurdish-luxembourgish-hmong-and-tongan-titles",
    ),
    pytest.param(
        "\"The pumps held,\" said the captain, Sasha Olund.\n\nThe youngest member of the crew, junior engineer Ana Ruiz, "
        "ran the pumps all night. She described the work as \"wet and loud\".",
        [("The pumps held,", "Sasha Olund"), ("wet and loud", "Ana Ruiz")],
        id="a-description-then-a-trade-before-the-name-makes-the-subject",
    ),
    pytest.param(
        "\"The river is dying,\" said Dr. Ann Vale, the hydrologist who led the survey. \"We measured it.\"\n\n"
        "\"We need the water,\" said Ben Ortiz, a farmer.\n\nAsked whether the river could be saved, the hydrologist "
        "was blunt. \"Not this decade.\"",
        [("The river is dying,", "Ann Vale"), ("We measured it.", "Ann Vale"), ("We need the water,", "Ben Ortiz"),
         ("Not this decade.", "Ann Vale")],
        id="the-role-the-sentence-before-opens-with-speaks-next",
    ),
    pytest.param(
        "\"Sales are down,\" said Lena Holm, who owns the stall.\n\nAt the gate, a ticket seller who has worked there "
        "for years shook his head. \"Nobody asked us,\" he said.\n\nAmong the passengers was also one woman from "
        "Dorf. \"We waited an hour,\" she complained.",
        [("Sales are down,", "Lena Holm"), ("Nobody asked us,", None), ("We waited an hour,", None)],
        id="a-pronoun-after-someone-unnamed-is-theirs-not-the-last-speakers",
    ),
    pytest.param(
        "\"It is open,\" said in his speech the director of the house, Marc Weber.\n\n\"It stays here,\" declared "
        "with firm voice Father Hagos Woldu.\n\n\"The road is shut,\" said to the press conference the head of the "
        "police, Luqman Qadir.",
        [("It is open,", "Marc Weber"), ("It stays here,", "Hagos Woldu"), ("The road is shut,", "Luqman Qadir")],
        id="an-adverbial-between-an-inverted-cue-and-its-speaker",
    ),
    pytest.param(
        "The Water Board, in a communiqué read on the radio, called the strike \"illegal\".\n\n\"The pumps will run "
        "from Monday,\" said the communiqué.\n\nThe firm Aquaflow wrote in the statement on its page that it was "
        "ready. \"We can start tomorrow,\" said the statement.",
        [("illegal", "Water Board"), ("The pumps will run from Monday,", "Water Board"),
         ("We can start tomorrow,", "Aquaflow")],
        id="a-document-speaks-for-who-issued-it-in-the-paragraph-before",
    ),
    pytest.param(
        "The elder of the quarter, Ato Bekele Worku, 78 years, who sat by the church, remembered the old bread.\n\n"
        "\"We ate it and did not complain,\" said the old man.",
        [("We ate it and did not complain,", "Bekele Worku")],
        id="a-name-with-an-age-in-apposition-is-the-person-a-description-varies",
    ),
    pytest.param(
        "The opposition councillor Romain Scholtes spoke first.\n\n\"Nobody was responsible,\" said Sayidi Romain "
        "Scholtes.\n\n\"We wait,\" said Nguyen Van Long. Nguyen Thi Hoa agreed. \"Long is right,\" Hoa said.",
        [("Nobody was responsible,", "Romain Scholtes"), ("We wait,", "Nguyen Van Long"),
         ("Long is right,", "Nguyen Thi Hoa")],
        id="a-word-before-a-full-name-also-written-without-it-is-a-title",
    ),
    pytest.param(
        "\"Biscuit is home,\" said Jos Kieffer, the owner.\n\nThe dog was found last week by the farmer Marc Weis "
        "in his barn. He told that it ate from the cats' bowl.\n\n\"She was very thin,\" he declared.",
        [("Biscuit is home,", "Jos Kieffer"), ("She was very thin,", "Marc Weis")],
        id="the-named-agent-of-a-passive-sentence-takes-the-next-he",
    ),
    pytest.param(
        "\"The dog is home,\" said Kim Weis, who runs the shelter.\n\nAlso the mayor of the commune Belldorf, Paul "
        "Hansen, came on Saturday with flowers. In a short speech he said: \"This story touched us all.\"",
        [("The dog is home,", "Kim Weis"), ("This story touched us all.", "Paul Hansen")],
        id="a-post-of-a-named-place-then-the-name-is-the-subject",
    ),
    pytest.param(
        "The hearing went on into the night.\n\nAfter the pause, the chairman of the board, prof. dr. Edin Kovač, "
        "turned to the families:\n\n„We will read every paper.“",
        [("We will read every paper.", "Edin Kovač")],
        id="lower-case-abbreviated-titles-before-an-apposed-name",
    ),
    pytest.param(
        "The road was opened on Monday.\n\nWali Sahib of the district, Abdul Karim Nuristani, visited the clinic. "
        "The governor called the nurses \"the real heroes\".",
        [("the real heroes", "Abdul Karim Nuristani")],
        id="an-untranslated-post-of-the-place-before-an-apposed-name",
    ),
    pytest.param(
        "A court on Thursday fined Riverside Chemicals Nigeria Limited for the spill.\n\nJustice Ann Musa held that the "
        "company had polluted the river.\n\nThe company, in a statement, said it \"respects the decision\".",
        [("respects the decision", "Riverside Chemicals Nigeria Limited")],
        id="the-company-is-the-one-named-with-its-legal-form",
    ),
    pytest.param(
        "\"The rain is late,\" said Susuga Tavita Leota. \"We wait,\" added Ratu Jone Nailatikau.\n\n"
        "\"The road is closed,\" said Sokhna Awa Faye, and Bambo Chikondi Phiri agreed: \"Closed since Monday.\"\n\n"
        "\"The market opens at six,\" said Mas Budi Santoso. \"Not before,\" said Aotrou Yann Kerbrat.",
        [("The rain is late,", "Tavita Leota"), ("We wait,", "Jone Nailatikau"), ("The road is closed,", "Awa Faye"),
         ("Closed since Monday.", "Chikondi Phiri"), ("The market opens at six,", "Budi Santoso"),
         ("Not before,", "Yann Kerbrat")],
        id="samoan-fijian-wolof-chichewa-javanese-and-breton-titles",
    ),
    pytest.param(
        "“The county is ours,” Ida Brandt notes.\n\nBrandt is upbeat about the race, in part because she sees the "
        "mayor as a uniter.\n\n“Not only can he win in May, he is the one with the best chance.”\n\n"
        "“Thank you for calling,” said Tom Orr at the phone bank.\n\nHe pauses.\n\n“Well, you do that!”",
        [("The county is ours,", "Ida Brandt"), ("Not only can he win in May, he is the one with the best chance.", "Ida Brandt"),
         ("Thank you for calling,", "Tom Orr"), ("Well, you do that!", "Tom Orr")],
        id="a-paragraph-about-the-speaker-keeps-the-voice",
    ),
    pytest.param(
        "“The county is ours,” Ida Brandt notes.\n\nHer rival Paul Kerr is upbeat about the race.\n\n"
        "“Not only can he win in May, he is the one with the best chance.”\n\n"
        "“Thank you for calling,” said Tom Orr at the phone bank.\n\nShe pauses.\n\n“Well, you do that!”",
        [("The county is ours,", "Ida Brandt"), ("Not only can he win in May, he is the one with the best chance.", "Paul Kerr"),
         ("Thank you for calling,", "Tom Orr"), ("Well, you do that!", None)],
        id="a-paragraph-about-someone-else-stops-the-voice-and-gives-them-the-words-after-it",
    ),
    pytest.param(
        "The prefect Jorge Lima Costa said the decree allows quick hiring.\n\n"
        "\"The mosquito has no party,\" Lima Costa added. \"We stay,\" said the governor, Adel Mansour al-Kaabi. "
        "\"Not now,\" said Adel Mansour. \"Later,\" al-Kaabi said.",
        [("The mosquito has no party,", "Jorge Lima Costa"), ("We stay,", "Adel Mansour al-Kaabi"),
         ("Not now,", "Adel Mansour al-Kaabi"), ("Later,", "Adel Mansour al-Kaabi")],
        id="a-double-surname-and-an-arabic-family-name-are-parts-of-the-full-name",
    ),
    pytest.param(
        "\"We will build,\" said Billionaire Donald Grump at the rally.\n\nDonald Grump spoke for an hour. "
        "\"We will win,\" Grump added.",
        [("We will build,", "Donald Grump"), ("We will win,", "Donald Grump")],
        id="a-word-before-a-known-given-name-the-article-also-leaves-out-is-a-title",
    ),
    pytest.param(
        "According to Tavo Kofi Mensah Adu, the clerk, the fee is \"too heavy\".\n\n"
        "\"We will go on Friday,\" Tavo Adu said. \"Since I was born, the river never rose so,\" said "
        "Tavo Yaw Boateng II. \"We wait,\" Tavo Boateng added.",
        [("too heavy", "Kofi Mensah Adu"), ("We will go on Friday,", "Kofi Mensah Adu"),
         ("Since I was born, the river never rose so,", "Yaw Boateng II"), ("We wait,", "Yaw Boateng II")],
        id="a-title-before-a-three-word-name-and-its-surname-after-according-to",
    ),
    pytest.param(
        "Town mayor Ueda Ken (61) at the town hall, to reporters, 「Words do not come out」, spoke.\n\n"
        "The innkeeper, Mori Aya-san (57), 「Everything is mud」, said with tears.\n\n"
        "Kita Tourism Association, 「The damage is large」, commented.",
        [("Words do not come out", "Ueda Ken"), ("Everything is mud", "Mori Aya"),
         ("The damage is large", "Kita Tourism Association")],
        id="a-cue-after-the-quotation-with-the-speaker-opening-the-sentence",
    ),
    pytest.param(
        "Bridge\n\nCompany chief Rafael Ortiz spoke in the morning. “We warned twice,” said Ortiz.\n\n"
        "In the hospital the trauma surgeon Dr. Anna Kovac, on Wednesday to journalists, “Nine patients are in "
        "intensive care” said.",
        [("We warned twice,", "Rafael Ortiz"), ("Nine patients are in intensive care", "Anna Kovac")],
        id="a-cue-after-the-quotation-with-the-speaker-after-a-place",
    ),
    pytest.param(
        "Strike\n\nThe United Nurses Federation (UNF) answered within minutes. “Two years of warnings,” the "
        "union posted.\n\nThe Dunmore Pilots' Association wants a pay rise. On X, the union wrote: “We strike.”",
        [("Two years of warnings,", "the United Nurses Federation"), ("We strike.", "the Dunmore Pilots' Association")],
        id="the-union-is-the-association-or-federation-named-last",
    ),
    pytest.param(
        "Strike\n\nThe Dunmore Chamber of Commerce opposes the strike. “We strike,” the union said.",
        [("We strike,", "the union")],
        id="the-union-is-no-chamber",
    ),
    pytest.param(
        "Recall\n\nOn the 14th, the manufacturer Dorvale Pharma company's Dieter Kallberg president in an interview, "
        "「I do not resign」 said.\n\nAgency President Sabine Hartmann Hanım, \"We take no risk\" statement made. "
        "The Velmar Medicines Agency, to families \"stop giving the syrup\" call made.",
        [("I do not resign", "Dieter Kallberg"), ("We take no risk", "Sabine Hartmann"),
         ("stop giving the syrup", "the Velmar Medicines Agency")],
        id="a-body-s-person-and-post-and-a-statement-made-after-the-quotation",
    ),
    pytest.param(
        "Recall\n\nAgency President Sabine Hartmann spoke.\n\nOn Monday, \"stay calm\" was the message made.",
        [("stay calm", None)],
        id="guard-a-time-before-a-comma-is-no-subject-of-a-statement-made",
    ),
    pytest.param(
        "Recall\n\nThe manufacturer Dornvale Nutrition recalled its formula on Friday.\n\n"
        "The company said in a written statement on Sunday only: „We cooperate fully with the authorities.“",
        [("We cooperate fully with the authorities.", "Dornvale Nutrition")],
        id="the-company-introduced-by-its-kind-without-a-company-word",
    ),
    pytest.param(
        "Recall\n\nThe chain of supermarkets Freshmart insists that it knew nothing. «We took every tin off the "
        "shelves in four hours», indicated a spokeswoman of the chain.",
        [("We took every tin off the shelves in four hours", "Freshmart")],
        id="a-spokeswoman-of-the-chain-introduced-before",
    ),
    pytest.param(
        "Recall\n\nThe company is under pressure. “We cooperate fully,” the company said.",
        [("We cooperate fully,", "the company")],
        id="the-company-named-by-no-introduction-stays-the-company",
    ),
    pytest.param(
        "Recall\n\nDornvale Nutrition insists its results were \"preliminary and inconclusive\", as quality director "
        "Priya Raman put it on Sunday.",
        [("preliminary and inconclusive", "Priya Raman")],
        id="as-someone-put-it-after-the-words-is-their-speaker",
    ),
    pytest.param(
        "Recall\n\nAnn Lee called the plan \"reckless\", as the mayor did before her.",
        [("reckless", "Ann Lee")],
        id="as-someone-did-is-no-cue-of-the-words",
    ),
    pytest.param(
        "Recall\n\nDr Tomas Wiegand heads the clinic.\n\n„Three babies in ten days, this is not a coincidence” – said "
        "to journalists dr Wiegand on Monday.\n\n„Our laboratory reported it the same day“, said opposite our newspaper "
        "Dr. Haruki Sato, the head of the laboratory.",
        [("Three babies in ten days, this is not a coincidence", "Tomas Wiegand"),
         ("Our laboratory reported it the same day", "Haruki Sato")],
        id="said-to-journalists-or-opposite-our-newspaper-then-a-titled-name",
    ),
    pytest.param(
        "Recall\n\nThe chief executive of Dornvale, Henrik Aal, had on Saturday still assured: „We acted the moment "
        "we had results.“ The company said on Sunday only: „We cooperate fully.“",
        [("We acted the moment we had results.", "Henrik Aal"), ("We cooperate fully.", "the company")],
        id="an-auxiliary-before-the-weekday-and-the-cue",
    ),
    pytest.param(
        "Recall\n\nThe Regional Prosecutor’s Office in Halden opened a case. „We have opened a preliminary "
        "investigation” – communicated the spokesman of the prosecutor's office.",
        [("We have opened a preliminary investigation", "Regional Prosecutor’s Office in Halden")],
        id="the-spokesman-of-a-body-in-lower-case-named-in-capitals-before",
    ),
    pytest.param(
        "Recall\n\nThe prosecutor spoke. „We have opened a preliminary investigation” – communicated the spokesman of "
        "the prosecutor's office.",
        [("We have opened a preliminary investigation", "the prosecutor's office")],
        id="the-spokesman-of-a-body-never-named-in-capitals",
    ),
    pytest.param(
        "Recall\n\nRafael Mendes, 38, works as an engineer. His daughter was in hospital.\n\n“My daughter spent six "
        "days in the ICU”, told the reporting the Brazilian, by telephone.",
        [("My daughter spent six days in the ICU", "Rafael Mendes")],
        id="told-the-reporting-then-who-as-portuguese-is-translated",
    ),
    pytest.param(
        "'Nobody called me back': the doctor who saw it first\n\nBy Nadia Brenner, Brennock Gazette\n\n"
        "Tomas Wiegand, a doctor, has run the clinic for years.",
        [("Nobody called me back", "Tomas Wiegand")],
        id="a-headline-role-after-the-words-and-a-byline-before-the-name",
    ),
    pytest.param(
        "'Nobody called me back': the doctor who saw it first\n\nTomas Wiegand, a doctor, and Ann Lee, a doctor, "
        "run the clinic.",
        [("Nobody called me back", None)],
        id="a-headline-role-two-people-hold",
    ),
    pytest.param(
        "Syrup\n\nThe agency made a call.\n\nThe syrup producing company Solvena Pharma's General Manager Dieter "
        "Kallberg also “We are deeply sorry” said.",
        [("We are deeply sorry", "Dieter Kallberg")],
        id="a-cue-after-the-quotation-and-no-comma-after-the-speaker-named-in-full",
    ),
    pytest.param(
        "Syrup\n\nThe agency made a call.\n\nThe crowd “We are deeply sorry” said.",
        [("We are deeply sorry", None)],
        id="a-cue-after-the-quotation-and-no-comma-after-no-name",
    ),
    pytest.param(
        "Syrup\n\nThe doctors reported.\n\nFederal Medicines Agency (FMA) President Sabine Hartberg, \"With the "
        "health of children we take no risk\" said.",
        [("With the health of children we take no risk", "Sabine Hartberg")],
        id="a-cue-after-the-quotation-and-an-acronym-in-the-subject",
    ),
    pytest.param(
        "Ban\n\nBoth players remain banned. Japanese Kenji Watanabe admitted the charge and declared that he "
        "„acted alone“. Investigators now focus on the staff.",
        [("acted alone", "Kenji Watanabe")],
        id="a-nationality-before-a-name-the-rules-do-not-know",
    ),
    pytest.param(
        "Ban\n\nBrian Michael Cole admitted the charge and declared that he „acted alone“.",
        [("acted alone", "Brian Michael Cole")],
        id="a-given-name-shaped-like-a-nationality",
    ),
    pytest.param(
        "Club\n\nThe coach Henrik Albers, German, confirmed on Friday the withdrawal of the club: “We decided "
        "to leave the league.” The news came hours later.",
        [("We decided to leave the league.", "Henrik Albers")],
        id="a-nationality-in-apposition-after-the-name",
    ),
    pytest.param(
        "Crane\n\nKenji Watanabe denied everything last week.\n\nOn Monday night Watanabe, the tall striker "
        "known as “the Crane”, posted an apology online. “I made a mistake and I will pay for it,” he wrote.",
        [("I made a mistake and I will pay for it,", "Kenji Watanabe")],
        id="a-name-after-a-date-opener-and-a-nickname-aside",
    ),
    pytest.param(
        "Crane\n\nKenji Watanabe – the tall striker fans call “the Crane” – admitted the offence in a post on "
        "Monday night, writing that “I made a mistake and I will pay for it”.",
        [("I made a mistake and I will pay for it", "Kenji Watanabe")],
        id="a-name-before-a-dash-aside-with-a-nickname",
    ),
    pytest.param(
        "Deal\n\nThe union rejected what critics call “the worst deal in years”, Ann Lee said.",
        [("the worst deal in years", "Ann Lee")],
        id="call-before-title-case-words-that-are-no-nickname",
    ),
    pytest.param(
        "Doping\n\nKenji Watanabe was the winner in the final, who has admitted the use of steroids: «I was not "
        "alone in this».",
        [("I was not alone in this", "Kenji Watanabe")],
        id="a-relative-clause-verb-is-not-inverted",
    ),
    pytest.param(
        "Doping\n\nThe Lisbon Tennis Agency on the 14th announced the suspension of both players. The director "
        "general Almeida-shi 「It is not the impulsive act of one player」 has said, and indicates the "
        "possibility of an organised practice.",
        [("It is not the impulsive act of one player", "Almeida")],
        id="a-cue-after-the-quotation-then-and-a-second-verb",
    ),
    pytest.param(
        "Doping\n\nThe lawyer, Ana Ruiz, insists the test “will prove my client is innocent”.\n\nWhat happens "
        "next lies largely with the National Tennis Federation, which has “opened disciplinary proceedings "
        "against the club”. Its president has been firm.",
        [
            ("will prove my client is innocent", "Ana Ruiz"),
            ("opened disciplinary proceedings against the club", "National Tennis Federation"),
        ],
        id="a-body-whose-relative-clause-is-the-quotation",
    ),
    pytest.param(
        "Doping\n\nThe panel heard from Tom Hale, who had “never seen anything like it”, the court was told.",
        [("never seen anything like it", "Tom Hale")],
        id="a-person-whose-relative-clause-is-the-quotation",
    ),
    pytest.param(
        "Doping\n\nThe club chairman Ana Ruiz warned on Tuesday: „We will not protect cheats.“ On Thursday the "
        "club acted.\n\nThe National Tennis Federation (NTF), which issued the club its licence, according to "
        "its own statement „opened disciplinary proceedings against the club“. The federation can withdraw the "
        "licence.",
        [
            ("We will not protect cheats.", "Ana Ruiz"),
            ("opened disciplinary proceedings against the club", "National Tennis Federation"),
        ],
        id="according-to-its-own-statement",
    ),
    pytest.param(
        "Doping\n\nThe club chairman Ana Ruiz warned on Tuesday: „We will not protect cheats.“\n\nAccording to "
        "a statement, the federation has „opened disciplinary proceedings“.",
        [("We will not protect cheats.", "Ana Ruiz"), ("opened disciplinary proceedings", "statement")],
        id="according-to-a-statement-before-the-subject",
    ),
    pytest.param(
        "Sponsor\n\nNorvia Bank has said little in public, but Ingrid Halvorsen’s words – “Norvia will not put "
        "its name on a club that cheats” – are being read as a warning.",
        [("Norvia will not put its name on a club that cheats", "Ingrid Halvorsen")],
        id="a-possessive-words-then-a-dash",
    ),
    pytest.param(
        "Sponsor\n\nNorlink Telecom chief Ingrid Halvorsen warned on Tuesday: „Norlink will not give its name "
        "to a club which cheats.“ On Thursday the company acted. „Norlink Telecom suspends its sponsorship with "
        "immediate effect,“ stands in the statement of the company.",
        [
            ("Norlink will not give its name to a club which cheats.", "Ingrid Halvorsen"),
            ("Norlink Telecom suspends its sponsorship with immediate effect,", "Norlink Telecom"),
        ],
        id="stands-in-the-statement-of-a-body",
    ),
    pytest.param(
        "Race\n\nThe race goes on.\n\nThree questions to… Marc-Antoine Delorme\n\n— Can you exclude the "
        "team?\n\n— No, the rules do not allow it. I can only appeal to them.\n\n— Do you fear for the "
        "race?\n\n— The race continues. No team is bigger than the race.",
        [
            ("No, the rules do not allow it. I can only appeal to them.", "Marc-Antoine Delorme"),
            ("The race continues. No team is bigger than the race.", "Marc-Antoine Delorme"),
        ],
        id="a-dash-printed-interview",
    ),
    pytest.param(
        "Race\n\nThe race goes on, said Marc-Antoine Delorme.\n\n— Can you exclude the team?\n\n— Do you fear "
        "for the race?\n\n— Will the sponsor stay?\n\n— Who pays?",
        [],
        id="dash-lines-that-are-all-questions",
    ),
    pytest.param(
        "Fantasy\n\nKenji Watanabe said others were involved.\n\nOmar Demir, reached by phone at his home, said "
        'his conscience was "clean" and again described Kenji Watanabe\'s suggestion that others were involved '
        'as "pure fantasy".\n\n"I answered every question the investigators asked me," he said.',
        [
            ("clean", "Omar Demir"),
            ("pure fantasy", "Omar Demir"),
            ("I answered every question the investigators asked me,", "Omar Demir"),
        ],
        id="described-someones-claim-that-as",
    ),
    pytest.param(
        "Watanabe Kenji-senshu, doping use acknowledged 「I was not alone」\n\nSports News\n\nWatanabe "
        "Kenji-senshu (29) on the 15th acknowledged the use.\n\n「In this matter I was not alone」, "
        "Watanabe-senshu so said.",
        [("I was not alone", "Watanabe Kenji"), ("In this matter I was not alone", "Watanabe Kenji")],
        id="a-japanese-athlete-suffix-and-so-said",
    ),
    pytest.param(
        "Doping\n\nThe lawyer awaits results.\n\n„It is not a spontaneous act of one player,“ repeated on "
        "Wednesday director of the National Tennis Integrity Agency (NTIA) Amara Mensahová, who speaks about an "
        "organised practice.",
        [("It is not a spontaneous act of one player,", "Amara Mensahová")],
        id="an-inverted-role-of-a-body-its-initials-then-the-name",
    ),
    pytest.param(
        "Searches\n\nThe doctor was heard.\n\nFrom its side, the parquet of Sarrenne has indicated Wednesday "
        "that « two persons were heard and then released without charges ».",
        [("two persons were heard and then released without charges", "parquet of Sarrenne")],
        id="the-parquet-of-a-town",
    ),
    pytest.param(
        "Searches\n\nThe parquet of Kesselbrück opened an inquiry into the laboratory Solvara Pharma.\n\nAt "
        "Solvara, the director Dieter Kallweit admitted failings.\n\nIn a written communiqué, the company "
        "specifies that « the contamination comes from one supplier ».",
        [("the contamination comes from one supplier", "Solvara Pharma")],
        id="the-company-after-a-parquet-spoke",
    ),
    pytest.param(
        "Race\n\nIn the road race 「Tour de Valmaréa」 the climber, by the fans with the nickname 「Hummingbird」 "
        "loved, said 「I was not alone」.",
        [("I was not alone", None)],
        id="a-race-and-a-nickname-in-japanese-marks",
    ),
    pytest.param(
        "Syrup\n\nThe chairwoman of the association, Ewa Kaczmarek, said: „We demand a fund.”\n\nThe German "
        "producer in the statement sent to our office expressed „deep regret” and assured, that it cooperates "
        "with the authorities.",
        [("We demand a fund.", "Ewa Kaczmarek"), ("deep regret", None)],
        id="a-nationality-and-a-maker-is-a-firm",
    ),
    pytest.param(
        "Flood\n\nThe minister Henrik Aalto spoke on Monday.\n\nThe opposition MP Emre Yildiz, who has called "
        "the release a “reckless gamble”, said the governor’s inquiry was no substitute for a parliamentary "
        "one.",
        [("reckless gamble", "Emre Yildiz")],
        id="words-ending-the-speakers-relative-clause-then-said",
    ),
    pytest.param(
        "Flood\n\nThe man, who wore a cap, said «We lost everything», said the mayor Ann Lee.",
        [("We lost everything", "Ann Lee")],
        id="an-inverted-cue-after-words-after-a-relative-clause",
    ),
    pytest.param(
        "Flood\n\nThe Velmora Power Company (VPC), which operates the dam, published a written statement on its "
        "website on Tuesday afternoon. It reads in part:\n\n“The controlled release of water was "
        "necessary.\n\n“VPC deeply regrets the hardship caused to residents.”",
        [
            ("The controlled release of water was necessary.", "Velmora Power Company"),
            ("VPC deeply regrets the hardship caused to residents.", "Velmora Power Company"),
        ],
        id="a-statement-published-then-it-reads",
    ),
    pytest.param(
        "Flood\n\nAbout the weather forecast, the National Weather Agency explained as follows. 「The red "
        "warning was issued 36 hours before the gate opening」 (Solberg-shi, chief of forecast)\n\nThe ministry "
        "spoke.",
        [("The red warning was issued 36 hours before the gate opening", "Solberg")],
        id="a-name-and-post-in-brackets-after-the-words",
    ),
    pytest.param(
        "Flood\n\nThe agency said: “The warning was issued early” (Reuters).",
        [("The warning was issued early", "the agency")],
        id="an-outlet-in-brackets-after-the-words",
    ),
    pytest.param(
        "Flood\n\nPradell – The hejtman of the Ardena province Mateo Castellanos on Friday announced an "
        "investigation.\n\nThe hejtman at the same time repeated his promise from Wednesday: „No family will "
        "stay with this alone.“",
        [("No family will stay with this alone.", "the hejtman")],
        id="a-post-the-rules-do-not-know-then-a-time-adjunct",
    ),
    pytest.param(
        "Flood\n\nThe Sarrat Provincial Police confirmed one victim. “The body of a man was found,” the police "
        "spokesman said.",
        [("The body of a man was found,", "Sarrat Provincial Police")],
        id="the-police-spokesman-of-the-police-named-before",
    ),
    pytest.param(
        "Flood\n\nVelmora Hydropower's Henrik Aalto shachō held a press conference in Pradell on the 17th and "
        "said 「I am deeply apologizing for the situation」 and lowered the head.",
        [("I am deeply apologizing for the situation", "Henrik Aalto")],
        id="a-firm-of-two-words-possessive-then-a-name",
    ),
    pytest.param(
        "Hack\n\nSpeaking on Tuesday, chief executive Marlene Osterberg confirmed that the attackers, who call "
        "themselves Red Kite, had demanded $2 million.\n\n“We will not pay the criminals,” she said.",
        [("We will not pay the criminals,", "Marlene Osterberg")],
        id="a-group-that-names-itself-is-no-she",
    ),
    pytest.param(
        "Hack\n\nThe Kelmora Health Network said its hospitals were closed.\n\nThe group, which calls itself "
        "Red Kite, posted several files on its leak site and the message: “The clock is ticking for Kelmora.”",
        [("The clock is ticking for Kelmora.", "Red Kite")],
        id="the-group-by-the-name-it-calls-itself",
    ),
    pytest.param(
        "Hack\n\nThe attackers call themselves Red Kite. The police said the case was serious. The group had "
        "published on its site the message “Time is running for Kelmora”.",
        [("Time is running for Kelmora", "Red Kite")],
        id="published-a-message-the-group-named-before",
    ),
    pytest.param(
        "Hack\n\nMadame Amina Sall, president of Voices of Patients, wants answers. She demands that the "
        "network informs each person. « It is not from criminals that one must learn it », she regretted.",
        [("It is not from criminals that one must learn it", "Amina Sall")],
        id="regretted-after-the-quotation",
    ),
    pytest.param(
        "Hack\n\nPani Amina Sall from the association of patients Voices of Patients Kelmora demands a letter "
        "for every patient. „Patients have a right to know” – she underlined.",
        [("Patients have a right to know", "Amina Sall")],
        id="a-name-from-a-body-named-after-its-kind",
    ),
    pytest.param(
        "Hack\n\nThe police of Kelmora repeated on Saturday the appeal to inhabitants: „Do not answer to "
        "messages”.",
        [("Do not answer to messages", "Kelmora police")],
        id="the-police-of-a-town",
    ),
    pytest.param(
        "Hack\n\nA speaker of the police confirmed this, wanted however „with regard to the investigations” no "
        "further details to name.",
        [("with regard to the investigations", "the police")],
        id="a-speaker-of-the-police-is-a-spokesman",
    ),
    pytest.param(
        "Hack\n\nThe Speaker of the Assembly, Rosa Imbert, opened the session. The speaker of the Assembly "
        "said: “We will sit late.”",
        [("We will sit late.", "Rosa Imbert")],
        id="the-speaker-of-an-assembly-holds-a-post",
    ),
    pytest.param(
        "Hack\n\nThe ministry of Health said: “Operations will resume.”",
        [("Operations will resume.", "Ministry of Health")],
        id="the-ministry-of-a-portfolio-in-lower-case",
    ),
    pytest.param(
        "Hack\n\nThe National Cyber Agency (NCA) director-general Mokoena Thandiwe-shi also, at the parliament "
        "on Wednesday, warned that 「hospitals are targeted」.",
        [("hospitals are targeted", "Mokoena Thandiwe")],
        id="a-name-then-also-then-an-aside",
    ),
    pytest.param(
        "Hack\n\nEvery screen in the Kelmora Health Network’s four hospitals went dark.\n\nNorthby Police told "
        "the public to ignore calls.\n\nIn a statement, the network said: “Records are available again.”",
        [("Records are available again.", "the Kelmora Health Network")],
        id="the-network-named-in-a-possessive",
    ),
    pytest.param(
        "Hack\n\nThe Kelmora Health Network apologised.\n\nIn the written statement made by the network, "
        "“Records are usable again” expression was used.",
        [("Records are usable again", "the Kelmora Health Network")],
        id="in-the-statement-made-by-a-body",
    ),
    pytest.param(
        "Books\n\nThe Daily Ledger published its first “400” list in 1982.",
        [("400", None)],
        id="published-names-no-speaker-but-for-a-message",
    ),
    pytest.param(
        "Hack\n\nThe police Kelmora has taken up the investigations. „We have leads“, said the police.",
        [("We have leads", "Kelmora police")],
        id="the-police-named-after-the-word-police",
    ),
    pytest.param(
        "Hack\n\nPolice Chief Ann Lee spoke on Monday. „We have leads“, said Police Chief Ann Lee.",
        [("We have leads", "Ann Lee")],
        id="a-police-chief-is-a-person",
    ),
    pytest.param(
        "Ferry\n\n„The decision to sail I have made“, said Kapitän Rustam Nasarow on Saturday.",
        [("The decision to sail I have made", "Rustam Nasarow")],
        id="a-german-rank-before-the-name",
    ),
    pytest.param(
        'Ferry\n\nMwangi said the captain spoke a few minutes later. "Everyone stay calm, help is on the way," '
        "he recalled Nazarov saying.",
        [("Everyone stay calm, help is on the way,", "Nazarov")],
        id="he-recalled-someone-saying",
    ),
    pytest.param(
        "Ferry\n\nCaptain Rustam Nazarow steered the ship.\n\nAccording to the relations of passengers, the "
        "captain after the impact appealed through the loudspeakers: „Please keep calm”. Many did not hear it.",
        [("Please keep calm", "Rustam Nazarow")],
        id="appealed-through-the-loudspeakers-then-a-colon",
    ),
    pytest.param(
        "Ferry\n\nCorvina Lines maintains its version. «The ship was legally crewed», reiterated the consejera "
        "delegada of the company, Ingrid Solvang, in a communiqué.",
        [("The ship was legally crewed", "Ingrid Solvang")],
        id="an-untranslated-post-of-the-company-then-the-name",
    ),
    pytest.param(
        "Ferry\n\nThe Coast Guard said the warning was clear.\n\nCorvina Lines did not make anyone available. "
        'In a short written statement, the company said: "We are cooperating."',
        [("We are cooperating.", "Corvina Lines")],
        id="a-shipping-line-is-the-company",
    ),
    pytest.param(
        "Ferry\n\nCorvina Lines named a captain. Commander Kenji Hayashida said the warning was clear.\n\nIn a "
        "written declaration the enterprise wrote: „We cooperate.“",
        [("We cooperate.", "Corvina Lines")],
        id="the-enterprise-is-the-company",
    ),
    pytest.param(
        "Ferry\n\nThe Minister of Transport and Maritime Affairs of Almera, Luis Echeverría, appeared this "
        "Monday. «I will not accept it», assured the minister before the deputies.",
        [("I will not accept it", "Luis Echeverría")],
        id="a-minister-of-two-portfolios-then-the-name",
    ),
    pytest.param(
        "Ferry\n\nMinister of Culture and Sport Dawit Alemseged spoke. “We will give her every support,” he "
        "said.",
        [("We will give her every support,", "Dawit Alemseged")],
        id="a-minister-of-two-portfolios-before-the-name",
    ),
    pytest.param(
        'Ferry\n\nNguyen Thi Lan filmed it. Alongside it she wrote: "The ship is tilting."',
        [("The ship is tilting.", "Nguyen Thi Lan")],
        id="a-preposition-opening-the-sentence-is-no-subject",
    ),
    pytest.param(
        'Ferry\n\n"Stay calm," passengers were told by Captain Rustam Nazarov over the '
        'loudspeaker.\n\nPassenger Ana Ruiz, 34, said she never heard it. "Nobody told us," she said.\n\nThe '
        'skipper admitted in a radio interview that the system had "failed on the aft side".',
        [
            ("Stay calm,", "Rustam Nazarov"),
            ("Nobody told us,", "Ana Ruiz"),
            ("failed on the aft side", "Rustam Nazarov"),
        ],
        id="the-skipper-is-the-captain",
    ),
    pytest.param(
        "Race\n\n“Not ours, but hard to argue with!” Dale Imrie, the head of the Forward Fund, Tweeted on "
        "Friday.",
        [("Not ours, but hard to argue with!", "Dale Imrie")],
        id="a-capitalised-tweeted-mid-sentence",
    ),
    pytest.param(
        "Senate\n\n“A garden snail has shown more spine than this senator” reads a Monday editorial in The "
        "Harlow Courier.",
        [("A garden snail has shown more spine than this senator", "Harlow Courier")],
        id="the-words-then-the-editorial-that-prints-them",
    ),
    pytest.param(
        'Bureau\n\n"Better a cousin in the circus than a brother in the bureau." That quote from State Auditor '
        "Rhea Vance appeared on the front page.",
        [("Better a cousin in the circus than a brother in the bureau.", "Rhea Vance")],
        id="the-words-then-that-quote-from-someone",
    ),
    pytest.param(
        "Book\n\nHere’s Ann Lee in March 1998: “Our new path must rest on what has changed.”",
        [("Our new path must rest on what has changed.", "Ann Lee")],
        id="heres-someone-then-a-colon",
    ),
    pytest.param(
        "Book\n\nHere’s What Happened: “Our new path must rest on what has changed.”",
        [("Our new path must rest on what has changed.", None)],
        id="heres-what-happened-names-no-one",
    ),
    pytest.param(
        "Milk\n\nFather of a baby, the Brazilian Rafael Mendes, 31 years, became a face of the scandal.\n\n“My "
        "daughter passed six days in the ICU”, told the reporting the Brazilian, by telephone.",
        [("My daughter passed six days in the ICU", "Rafael Mendes")],
        id="a-nationality-after-whom-it-was-told",
    ),
    pytest.param(
        "Brazilian father lives drama of tainted milk\n\nFather of a baby of five weeks who passed by the ICU, "
        "the Brazilian Rafael Mendes, 31 years, born in Campinas (SP), became a face of the scandal.\n\nMendes "
        "lives in Halvorsund since 2019. His daughter Lúcia was hospitalised after being fed with the formula "
        "Lumina Start, of the manufacturer Calvera Nutrition.\n\n“My daughter passed six days in the ICU. "
        "Nobody of the company called us”, told the reporting the Brazilian, by telephone.",
        [("My daughter passed six days in the ICU. Nobody of the company called us", "Rafael Mendes")],
        id="the-nationality-the-story-introduced-someone-by",
    ),
    pytest.param(
        'Court\n\nAnd, in a clip that District Judge Ann Marlow called "distasteful," Santilli expressed a '
        'desire to "try them all."',
        [("distasteful,", "Ann Marlow"), ("try them all.", "Santilli")],
        id="a-name-given-before-the-words-and-a-cue-after",
    ),
    pytest.param(
        'Court\n\nLee called the new plan "distasteful," Ray said.',
        [("distasteful,", "Lee")],
        id="called-the-plan-then-someone-said",
    ),
    pytest.param(
        "Syrup\n\nThe syrup is made by the German company Solvara Pharma.\n\nThe State Inspection withdrew it. "
        "„No bottle may be sold“, said the spokesman of the Inspection.\n\nThe German producer in the statement "
        "sent to our office expressed „deep regret”.",
        [("No bottle may be sold", "the Inspection"), ("deep regret", "Solvara Pharma")],
        id="a-nationality-and-a-maker-is-the-company-named-before",
    ),
    pytest.param(
        "Strike\n\nTomasz Wierzbicki, 47-year-old captain, leads the strike.\n\n„Tiredness is not a card in "
        "negotiations” – said to journalists Pan Wierzbicki on Thursday.",
        [("Tiredness is not a card in negotiations", "Tomasz Wierzbicki")],
        id="polish-pan-before-a-surname-named-in-full",
    ),
    pytest.param(
        "Bank\n\n“Rates will stay,” said Pan Gongsheng on Thursday.",
        [("Rates will stay,", "Pan Gongsheng")],
        id="pan-is-a-name-of-its-own",
    ),
    pytest.param(
        "Ruling\n\nThe Orvedo Privacy Board fined the bank on Monday.\n\nThe OPB’s decision, which runs to 80 "
        "pages and calls the leak “grave”, says the bank’s records are thin.",
        [("grave", "OPB")],
        id="a-body-owning-its-decision-is-the-body-not-its-possessive",
    ),
    pytest.param(
        "Ruling\n\nThe OPB fined the bank.\n\nThe Orvedo Privacy Board’s chairman said: “We chose the sum "
        "carefully.”\n\nIn a statement, the company said: “We will appeal.”",
        [("We chose the sum carefully.", None), ("We will appeal.", "the company")],
        id="the-company-with-no-company-named-is-not-the-board",
    ),
    pytest.param(
        "Ruling\n\n“We will sue,” said lawyer Tom Ray.\n\nThe regulator’s chairwoman was blunt on Tuesday: "
        "“Secrets are secrets.”",
        [("We will sue,", "Tom Ray"), ("Secrets are secrets.", None)],
        id="a-post-that-was-blunt-before-a-colon-speaks",
    ),
    pytest.param(
        "Ruling\n\n“We will sue,” said lawyer Tom Ray.\n\nThe answer was simple: “Secrets are secrets.”",
        [("We will sue,", "Tom Ray"), ("Secrets are secrets.", "Tom Ray")],
        id="not-a-thing-that-was-simple-before-a-colon",
    ),
    pytest.param(
        "Ruling\n\nMme Ann Lee chairs the board.\n\n« It is fair », said Tom Ray.\n\n« The bank was careless », "
        "had she judged.",
        [("It is fair", "Tom Ray"), ("The bank was careless", "Ann Lee")],
        id="french-had-she-judged-after-the-words",
    ),
    pytest.param(
        "Ruling\n\nTom Ray said the board had been “too quick”. It was a reference to Lee’s description of "
        "Talvik’s conduct as “careless”.",
        [("too quick", "Tom Ray"), ("careless", "Lee")],
        id="a-description-of-a-possessive-thing-as-words-is-the-describer",
    ),
    pytest.param(
        "Ruling\n\nTom Ray’s words have aged badly. His 2019 line that “privacy is the product” is shared "
        "widely.",
        [("privacy is the product", "Tom Ray")],
        id="his-line-of-a-year-that-words-are-his",
    ),
    pytest.param(
        "Ruling\n\nTom Ray’s 2019 claim that “privacy is the product” is shared widely, Ann Lee said.",
        [("privacy is the product", "Tom Ray")],
        id="a-name-and-a-year-before-a-claim-that",
    ),
    pytest.param(
        "Ruling\n\nAnn Lee said the bank lied.\n\nFounder and chief Tom Ray wrote in the evening: „Nobody hid "
        "anything.“ The fine he called ‚political‘.",
        [("Nobody hid anything.", "Tom Ray"), ("political", "Tom Ray")],
        id="german-order-after-words-the-pronoun-not-the-sentence-subject",
    ),
    pytest.param(
        "Ruling\n\n„The fine does nothing for the victims“, criticised Ann Lee from the Federation of Bank "
        "Customers (FBC).",
        [("The fine does nothing for the victims", "Ann Lee")],
        id="an-inverted-cue-then-a-name-from-a-body",
    ),
    pytest.param(
        "Ruling\n\nThe Orvedo Privacy Board (OPB) fined the platform Talvik on Monday. Talvik, which says it "
        "has 4 million users, will appeal.\n\n“We will appeal,” said Ann Lee, the company’s counsel. She spoke "
        "briefly.\n\nIn a written statement, the company said: “We take privacy seriously.”",
        [("We will appeal,", "Ann Lee"), ("We take privacy seriously.", "Talvik")],
        id="the-company-is-the-platform-named-not-the-board-that-fined-it",
    ),
    pytest.param(
        "Ruling\n\nThe bank took its fine to the Orvedo Court of Appeal, the highest in the land.\n\nFor its "
        "part, the Federation of Bank Customers (FBC) wants the money for victims. «The federation calls on "
        "parliament to act», says the communiqué of the organisation.",
        [("The federation calls on parliament to act", "Federation of Bank Customers")],
        id="the-organisation-is-the-body-of-the-paragraph-named-with-of",
    ),
    pytest.param(
        "Ruling\n\nThe bank took its fine to the Orvedo Administrative Court.\n\n«The appeal is registered», "
        "indicated the press office of the tribunal.",
        [("The appeal is registered", "the Orvedo Administrative Court")],
        id="the-tribunal-is-the-court-named-before",
    ),
    pytest.param(
        "Ruling\n\n„We will listen“, wrote Tom Ray.\n\nThe Federation of Bank Customers (FBC) backs the suit. "
        "In its communiqué the organisation appealed „to the parliament, so that fines go to victims”.",
        [
            ("We will listen", "Tom Ray"),
            ("to the parliament, so that fines go to victims", "Federation of Bank Customers"),
        ],
        id="a-body-that-appealed-before-the-words",
    ),
    pytest.param(
        "Ruling\n\nThe Minister of Digital Affairs Ann Lee said the state will look at it. „The government will "
        "examine the idea”, informed the ministry in a communiqué.",
        [("The government will examine the idea", "Ministry of Digital Affairs")],
        id="the-ministry-of-a-two-word-portfolio",
    ),
    pytest.param(
        "Ruling\n\nAnalysts at Corvane Securities said in a note that the appeal could take “two years” to "
        "resolve.",
        [("two years", "Corvane Securities")],
        id="analysts-at-a-firm-are-the-firm",
    ),
    pytest.param(
        "Ruling\n\n“We knew in May,” said Tom Ray.\n\nHis old friend and the bank’s first engineer Ann Lee, to "
        "our newspaper said: “Tom never cared about money.”",
        [("We knew in May,", "Tom Ray"), ("Tom never cared about money.", "Ann Lee")],
        id="a-name-then-to-our-newspaper-said",
    ),
    pytest.param(
        "Ruling\n\nTeam boss Tom Ray had in the morning before the hotel in Orvedo to the press spoken. „Nobody "
        "knew“, declared Mr. Ray to the journalists.",
        [("Nobody knew", "Tom Ray")],
        id="not-a-place-before-to-the-press-spoken",
    ),
    pytest.param(
        "Ruling\n\n“Sorry,” a Talvik spokeswoman said, and would not say more. “Mr Ray speaks for himself,” she "
        "said.",
        [("Sorry,", "Talvik"), ("Mr Ray speaks for himself,", "Talvik")],
        id="a-spokeswoman-for-a-body-then-she-is-the-body",
    ),
    pytest.param(
        "Ruling\n\n“It hurts,” said Ann Lee, a nurse.\n\nA Talvik spokeswoman said: “We are sorry.”\n\nAnn "
        "isn't convinced. “Sorry is a word,” she said.",
        [("It hurts,", "Ann Lee"), ("We are sorry.", "Talvik"), ("Sorry is a word,", "Ann Lee")],
        id="a-subject-with-a-contraction-before-she-said",
    ),
    pytest.param(
        "Ruling\n\n“Nobody called us,” said Ann Lee, a nurse.\n\nShe has joined a parents’ group calling itself "
        "“Not Your File”, which has grown fast.\n\n“We will never know who saw it.”",
        [("Nobody called us,", "Ann Lee"), ("We will never know who saw it.", "Ann Lee")],
        id="a-group-calling-itself-something-says-nothing-in-between",
    ),
    pytest.param(
        "Ruling\n\nAbout this, Lee iinchō (chairwoman) of the board criticised on the 4th. 「The bank knew for "
        "months」.",
        [("The bank knew for months", "Lee")],
        id="japanese-post-glossed-in-brackets-of-a-body",
    ),
    pytest.param(
        "Ruling\n\nThe Orvedo Rail Safety Authority said on Friday that a rail broke.\n\nIn a written "
        "statement, the regulator said:\n\n“Examination shows a fracture.”",
        [("Examination shows a fracture.", "Orvedo Rail Safety Authority")],
        id="the-regulator-is-the-authority-named-before",
    ),
    pytest.param(
        "Club\n\nThey came in their thousands. Trust chair Tom Ray addressed the crowd from the back of a lorry "
        "outside the main stand. “They can sell the bricks, but they cannot sell us,” he said, to one of the "
        "loudest cheers of the day. He called the sale “a betrayal of history”.\n\nMayor Ann Lee, who walked at "
        "the front of the march, has called the ground “the heart of this city”. She did not address the "
        "crowd.\n\nAlso among the marchers was Oleksiy Hrymak, the Kyiv-born trucker whose group lodged a bid "
        "for the club on Friday. Asked by fans why anyone would want to buy a club in administration, he said: "
        "“We are here to save a club.”",
        [
            ("They can sell the bricks, but they cannot sell us,", "Tom Ray"),
            ("a betrayal of history", "Tom Ray"),
            ("the heart of this city", "Ann Lee"),
            ("We are here to save a club.", "Oleksiy Hrymak"),
        ],
        id="also-among-them-was-a-name-then-he-said",
    ),
    pytest.param(
        "Club\n\nClearer became league boss Ann Lindgren. „Rules are rules“, said the 54-year-old Swede to "
        "journalists in London.",
        [("Rules are rules", "Ann Lindgren")],
        id="an-age-and-a-nationality-noun-is-the-one-just-named",
    ),
    pytest.param(
        "Club\n\nThe club said no.\n\nThe league's Lindgren-shi chief executive officer (CEO) on the 5th stated "
        "「Rules are rules」.",
        [("Rules are rules", "Lindgren")],
        id="japanese-a-body-then-a-surname-then-a-long-post",
    ),
    pytest.param(
        "Club\n\nThe league said no.\n\nThe administrator appointed by the court, Okoro-shi, is talking 「The "
        "club has run out of money」.",
        [("The club has run out of money", "Okoro")],
        id="japanese-is-talking-before-the-words",
    ),
    pytest.param(
        "Club\n\n“We are done,” said Tom Ray. His talking points were “short”.",
        [("We are done,", "Tom Ray"), ("short", "Tom Ray")],
        id="talking-points-say-nothing",
    ),
    pytest.param(
        "Club\n\n“We back the players,” the union chief warned last night.\n\nMeanwhile billionaire owner Ken "
        "Mori — who bought the club in 2019 and insists “I am not the villain” — has branded the fans’ campaign "
        "a “witch hunt”.",
        [("We back the players,", None), ("I am not the villain", "Ken Mori"), ("witch hunt", "Ken Mori")],
        id="a-name-then-a-relative-between-dashes-then-has-branded",
    ),
    pytest.param(
        "Club\n\n« Some cannot pay their rent », deplored Karim Haddad, head of the players' union.\n\nThe "
        "union, specified he, « will back every player », but « our first aim is that all are paid ».",
        [
            ("Some cannot pay their rent", "Karim Haddad"),
            ("will back every player", "Karim Haddad"),
            ("our first aim is that all are paid", "Karim Haddad"),
        ],
        id="french-specified-he-between-commas",
    ),
    pytest.param(
        "Club\n\nThe team will play. „We are professionals” – added the captain.",
        [("We are professionals", None)],
        id="a-play-in-the-sentence-before-is-no-title",
    ),
    pytest.param(
        "Club\n\nKemo Holdings owns the club.\n\n“Be patient, the money is coming,” he was told by Kemo "
        "Holdings staff in February.",
        [("Be patient, the money is coming,", "Kemo Holdings")],
        id="a-firms-staff-are-the-firm",
    ),
    pytest.param(
        "Club\n\nKemo Holdings (KH) owns the club.\n\nKH public relations person to the inquiry of this "
        "newspaper answered, 「KH has acted legally」.",
        [("KH has acted legally", "Kemo Holdings")],
        id="japanese-a-public-relations-person-to-the-inquiry-of-this-newspaper",
    ),
    pytest.param(
        "Captain of Dunmore: „I will not leave”\n\nTom Nowak, 31-year-old defender and captain of Dunmore "
        "Rovers, will stay. „This club gave me everything” – said Nowak to journalists.\n\nThe team will play. "
        "„We are professionals. We will train and play” – added the captain of the Millers.",
        [
            ("I will not leave", None),
            ("This club gave me everything", "Tom Nowak"),
            ("We are professionals. We will train and play", "Tom Nowak"),
        ],
        id="a-headline-post-gives-way-to-the-one-the-story-names",
    ),
    pytest.param(
        "Spy\n\nOn Tuesday Foreign Minister Ann Lee gave two diplomats 72 hours to leave, saying her government "
        "would “not tolerate espionage”.",
        [("not tolerate espionage", "Ann Lee")],
        id="a-day-with-no-comma-then-a-name-then-saying",
    ),
    pytest.param(
        "Spy\n\nThe company's president Mori Kenta-shi (58) on the 12th answered the interview of Japanese "
        "press and stated 「We are shocked」.",
        [("We are shocked", "Mori Kenta")],
        id="japanese-on-the-12th-answered-and-stated",
    ),
    pytest.param(
        "Spy\n\nThe National Security Directorate (NSD) arrested an engineer. “More arrests may follow,” the "
        "NSD said.\n\nOrvane Dynamics, one of the largest defence employers, confirmed the arrest. “The "
        "employee has been suspended,” the company said.",
        [
            ("More arrests may follow,", "National Security Directorate"),
            ("The employee has been suspended,", "Orvane Dynamics"),
        ],
        id="dynamics-names-a-company",
    ),
    pytest.param(
        "Live\n\n10:05\nForeign Minister Ann Lee has responded, also on Chirper:\n\n“The retaliation changes "
        "nothing.”\n\nAnd a few minutes later, in a second post:\n\n“We will not respond to the "
        "response.”\n\n10:30\nA reminder.",
        [("The retaliation changes nothing.", "Ann Lee"), ("We will not respond to the response.", "Ann Lee")],
        id="a-live-page-in-a-second-post",
    ),
    pytest.param(
        "“Someone must take responsibility”: committee chair Ann Lindqvist on the spy case\n\nInterview by Tom "
        "Ray\n\nAnn Lindqvist chairs the committee.",
        [("Someone must take responsibility", "Ann Lindqvist")],
        id="a-headline-quote-then-a-post-in-lower-case-and-a-name-on-a-topic",
    ),
    pytest.param(
        "Bank\n\n„Workers pay twice” – says Rosa Ruiz, the leader of the Confederation of Labour (CL). In a "
        "communiqué the CL rejects „every policy that makes the workers pay for the errors of others”.",
        [
            ("Workers pay twice", "Rosa Ruiz"),
            ("every policy that makes the workers pay for the errors of others", "Confederation of Labour"),
        ],
        id="a-body-whose-verb-takes-the-words-as-its-object",
    ),
    pytest.param(
        "Bank\n\nThe report describes “a culture of fear”.",
        [("a culture of fear", None)],
        id="not-a-report-that-describes",
    ),
    pytest.param(
        "Bank\n\nThe parliament could dismiss prezes Halima Darrani.\n\nThe bank raised the rate. „We will not "
        "passively look” – said then prezes Darrani.",
        [("We will not passively look", "Halima Darrani")],
        id="polish-said-then-prezes",
    ),
    pytest.param(
        "Bank\n\nNicknamed by the local press the « Iron Lady of Republic Avenue », Mrs Darrani is 58.",
        [],
        id="a-nickname-given-by-someone-is-no-statement",
    ),
    pytest.param(
        "Bank\n\nAnn Lee spoke.\n\nTom Ray, “We are done,” she said.",
        [("We are done,", "Ann Lee")],
        id="not-a-name-of-the-other-sex-before-the-words",
    ),
    pytest.param(
        "Bank\n\nThe Central Bank of Tarsenia (CBT) raised rates. Governor Ann Lee spoke: “We stay bound.” A "
        "spokeswoman of the bank also, “The governor will not resign,” declared.",
        [("We stay bound.", "Ann Lee"), ("The governor will not resign,", "the Central Bank of Tarsenia")],
        id="turkish-a-spokeswoman-of-a-body-then-the-words-then-declared",
    ),
    pytest.param(
        "Defiant Darrani tells MPs: ‘I will not start now’\n\nCentral bank governor Halima Darrani faced MPs.",
        [("I will not start now", "Halima Darrani")],
        id="a-headline-mood-before-a-name",
    ),
    pytest.param(
        "Bank\n\n« Nobody is above account », estimated the Minister of Finances, Khaled Mansour.\n\nThe "
        "response of the governor did not make itself wait. « My mandate is fixed by the law », she declared.",
        [("Nobody is above account", "Khaled Mansour"), ("My mandate is fixed by the law", None)],
        id="a-given-name-the-lists-know-is-no-she",
    ),
    pytest.param(
        "Bank\n\nCentral bank chief Kemal Darrani spoke on Monday.\n\nThe Finance Minister Halid Mansur "
        "yesterday, “Nobody is above accountability,” he said.",
        [("Nobody is above accountability,", "Halid Mansur")],
        id="turkish-a-name-then-the-words-then-he-said",
    ),
    pytest.param(
        "Quarry\n\nTalks failed. For the geologist Ines Marlow, professor at the Technical University of "
        "Dunmore, the cracks described constitute « a warning of a rupture ».",
        [("a warning of a rupture", "Ines Marlow")],
        id="for-someone-before-a-cue-that-qualifies-a-noun",
    ),
    pytest.param(
        "Quarry\n\nThe geologist Ines Marlow spoke first. The regional police, for their part, sees « no sign "
        "of a crime ».",
        [("no sign of a crime", "the regional police")],
        id="a-subject-an-aside-then-its-verb-and-the-words",
    ),
    pytest.param(
        "Rents\n\nPrices rose again. «We cannot pay this anymore», said between tears Maria Oduya, mother of "
        "three.",
        [("We cannot pay this anymore", "Maria Oduya")],
        id="an-inverted-cue-between-tears",
    ),
    pytest.param(
        "Parish\n\nThe vigil went on. „We will stay until the last man” – told us ks. Tomasz Rybak.",
        [("We will stay until the last man", "Tomasz Rybak")],
        id="told-us-then-a-title-and-the-name",
    ),
    pytest.param(
        "Mine\n\nRain fell. Rescue unit’s Okafor commander at the press conference of the 6th said 「We expect "
        "to reach them soon」 and explained.",
        [("We expect to reach them soon", "Okafor")],
        id="japanese-a-units-surname-post-then-a-dated-adverbial",
    ),
    pytest.param(
        "Mine\n\nRain fell. The operating company Dunmore Steel’s Karlsen president emphasized 「Our top "
        "priority is safety」.",
        [("Our top priority is safety", "Karlsen")],
        id="japanese-a-named-companys-surname-post",
    ),
    pytest.param(
        "Mine\n\nRain fell. The Selvana provincial police also 「At this stage there is no sign of crime」 "
        "explained.",
        [("At this stage there is no sign of crime", "Selvana provincial police")],
        id="japanese-a-body-opens-the-sentence-before-a-bare-cue",
    ),
    pytest.param(
        "Mine\n\nThe PDG of Dunmore Steel, Karl Berndt, who affirmed on Monday that « nothing indicated » a "
        "risk, maintains his line. Facing him, the unionist Ann Okoro demands his resignation. To which the PDG "
        "answered on Thursday: « I will not abandon these families. »",
        [("nothing indicated", "Karl Berndt"), ("I will not abandon these families.", "Karl Berndt")],
        id="the-french-pdg-is-the-one-introduced-as-pdg",
    ),
    pytest.param(
        "Vigil\n\nFather Jan Kowal stopped the prayers to read the message on his phone. It was a post the mine "
        'had just put online: "UPDATE: Contact has been made with all nine of our colleagues. They are '
        'alive."\n\nThe church erupted. People cried and hugged.\n\n"The whole town is praying. We keep the '
        'candles burning," the priest had told the Courier on Monday night. On Tuesday he said the promise '
        "still stands.",
        [
            ("UPDATE: Contact has been made with all nine of our colleagues. They are alive.", None),
            ("The whole town is praying. We keep the candles burning,", "Jan Kowal"),
        ],
        id="a-father-by-title-is-the-priest",
    ),
    pytest.param(
        "Mine\n\nRain fell. The State Mine Safety Inspection Office (SMSI) spokesperson said 「The operator "
        "reported it」.",
        [("The operator reported it", "State Mine Safety Inspection Office")],
        id="a-bodys-spokesperson-with-its-initials-speaks-for-it",
    ),
    pytest.param(
        "Mine\n\nThe State Mine Safety Inspection Office (SMSI) warned on Monday. Rain fell. The SMSI "
        "spokesperson said 「The operator reported it」.",
        [("The operator reported it", "SMSI")],
        id="the-spokesperson-of-a-capitalised-body-no-one-named",
    ),
    pytest.param(
        "Mine\n\nRain fell. The Ministry of Mines and Energy decided the suspension of all underground work at "
        "the mine 「until the investigation is completed」.",
        [("until the investigation is completed", "The Ministry of Mines and Energy")],
        id="a-body-opens-a-sentence-with-no-speech-verb",
    ),
    pytest.param(
        'Live\n\n14:05 – The commander Ann Okoro at the briefing: "We expect to break in within 72 hours." That '
        'means Saturday.\n\n14:30 – "They told us it was safe. They always told us it was safe."\n\nThose words '
        "from Fatma Kaya, whose husband is the foreman, have become a slogan.",
        [
            ("We expect to break in within 72 hours.", "Ann Okoro"),
            ("They told us it was safe. They always told us it was safe.", "Fatma Kaya"),
        ],
        id="those-words-from-someone-in-the-next-paragraph",
    ),
    pytest.param(
        "Court\n\nA man was remanded, as the culture minister insisted the state would not pay.\n\nThe man "
        "appeared before Dunmore District Court. He spoke only to confirm his name.\n\nHis lawyer, Priya Anand, "
        "said outside the court: “My client is innocent.” She said he would apply for bail.\n\nCulture Minister "
        "Leyla Arslan, speaking on Thursday evening, was blunt. “We will not negotiate with thieves,” she said.",
        [("My client is innocent.", "Priya Anand"), ("We will not negotiate with thieves,", "Leyla Arslan")],
        id="a-pronoun-before-anyone-is-named-gives-no-gender",
    ),
    pytest.param(
        "Heist\n\nBy Ruth Okafor, Culture Editor\n\nWhen Leyla Arslan became culture minister, she promised to "
        "make the museums “leaner and smarter”.",
        [("leaner and smarter", "Leyla Arslan")],
        id="a-byline-post-is-no-introduction-of-the-next-paragraph",
    ),
    pytest.param(
        "Heist\n\nThe pressure on the director, Helena Marchetti, has not eased. “We warned you three times,” "
        "she was told by Amina Oduya, the guards’ union president.\n\nMarchetti has refused to step down. "
        "According to her, resigning “in the middle of an investigation” would be irresponsible.",
        [
            ("We warned you three times,", "Amina Oduya"),
            ("in the middle of an investigation", "Helena Marchetti"),
        ],
        id="according-to-her-after-a-sentence-about-her",
    ),
    pytest.param(
        "Heist\n\nTakahashi-shi to this agency 「The paintings had insurance」 talked.\n\nThe "
        "investigation-leading Vrublevski-keibu on the other hand 「To pay ransom only teaches criminals that "
        "theft pays」 emphasized.",
        [
            ("The paintings had insurance", "Takahashi"),
            ("To pay ransom only teaches criminals that theft pays", "Vrublevski"),
        ],
        id="japanese-an-honoured-surname-then-the-words-then-the-cue",
    ),
    pytest.param(
        "Heist\n\n«We recommend against any payment», said Nowak in press conference.\n\nAccording to the "
        "expert in crime of art Serguéi Lazaro, ex-analyst of Interpol, this is the true objective. «The real "
        "business is the ransom», explained to this newspaper.",
        [("We recommend against any payment", "Nowak"), ("The real business is the ransom", "Serguéi Lazaro")],
        id="according-to-an-expert-in-a-field-then-the-name",
    ),
    pytest.param(
        "Heist\n\nRain fell.\n\n«He showed me a photograph in his mobile», told Castellar to this newspaper in "
        "his shop.",
        [("He showed me a photograph in his mobile", "Castellar")],
        id="told-a-name-then-to-this-newspaper",
    ),
    pytest.param(
        "Heist\n\nThe police announced on Thursday that a man was arrested. “The paintings have not yet been "
        "recovered,” said the police spokesperson.",
        [("The paintings have not yet been recovered,", "police")],
        id="the-police-spokesperson-is-the-police",
    ),
    pytest.param(
        "Heist\n\nThe Dunmore Police opened a case. A spokesman for the force said officers were examining "
        'footage. "We are at the beginning," the spokesman said.',
        [("We are at the beginning,", "Dunmore Police")],
        id="the-spokesman-of-a-body-named-before",
    ),
    pytest.param(
        "Heist\n\nThe director of the museum, Helena Marchetti, defended her team: «We did all what was "
        "possible».\n\nThe National Museum of Art continues closed «until new notice», informed the "
        "institution.",
        [
            ("We did all what was possible", "Helena Marchetti"),
            ("until new notice", "the National Museum of Art"),
        ],
        id="the-institution-is-the-body",
    ),
    pytest.param(
        "Heist\n\nThe union of the guards asserts to have warned «in writing, three times».",
        [("in writing, three times", "union of the guards")],
        id="the-union-of-its-members-is-the-union",
    ),
    pytest.param(
        "Exams\n\nTalks stalled. The examination authority NEA let communicate, one follows the situation "
        "„attentively“ and will decide by Friday.",
        [("attentively", "NEA")],
        id="german-a-body-let-communicate",
    ),
    pytest.param(
        "Exams\n\nAt a high school in the suburbs, 3rd-year student Lucía Moreno-san (18) with an uneasy "
        "expression spoke: 「We studied for one year」.",
        [("We studied for one year", "Lucía Moreno")],
        id="japanese-an-age-then-a-manner-before-the-cue",
    ),
    pytest.param(
        'Exams\n\nAmara Osei was at the gates at 8 a.m. "Parents are not bystanders," she said.\n\nShe said the '
        'council would write to both the minister and the union on Thursday asking for mediation. "We care that '
        'somebody moves."',
        [("Parents are not bystanders,", "Amara Osei"), ("We care that somebody moves.", "Amara Osei")],
        id="the-words-after-her-report-of-anothers-act",
    ),
    pytest.param(
        "Exams\n\nThe radio show went on. The Ministry of Education declined an invitation to take part; a "
        'spokeswoman said the minister was "focused on classrooms".',
        [("focused on classrooms", "the Ministry of Education")],
        id="a-spokeswoman-in-the-clause-after-the-body",
    ),
    pytest.param(
        "Exams\n\nThe board met on Friday.\n\n„No student will be harmed by the postponement” – assured on "
        "press conference the chairwoman of NEA, Keiko Morita.",
        [("No student will be harmed by the postponement", "Keiko Morita")],
        id="polish-a-cue-on-press-conference-without-article",
    ),
    pytest.param(
        "Strike\n\nHaddad replied with one sentence.\n\nJudge Mehmet Arslan's own line — “the right to strike "
        "does not lapse” — has since appeared on placards.",
        [("the right to strike does not lapse", "Mehmet Arslan")],
        id="someones-own-line-set-off-by-dashes",
    ),
    pytest.param(
        "Strike\n\nThe judge Mehmet Arslan had invited the parties to « return to the table ».\n\nM. Marchand "
        "had then saluted a decision which proves, according to him, that the teachers « are not criminals ».",
        [("return to the table", "Mehmet Arslan"), ("are not criminals", "Marchand")],
        id="according-to-him-in-the-sentence-of-his-name",
    ),
    pytest.param(
        "Strike\n\nThe judge Mehmet Arslan had invited the parties to « return to the table ».\n\nThe UTF, in a "
        "communiqué, had previously reproached the minister that « her door is open ».",
        [("return to the table", "Mehmet Arslan"), ("her door is open", "UTF")],
        id="a-body-reproached-that",
    ),
    pytest.param(
        "Strike\n\nThe court on Monday dismissed the Ministry of Education’s application to have the strike "
        "declared unlawful.\n\nThe ministry had argued that the strike “was called without notice”.",
        [("was called without notice", "the Ministry of Education")],
        id="the-ministry-named-before-with-a-possessive",
    ),
    pytest.param(
        "Van\n\nThe driver was not hurt. According to the Metropolitan Police of Dunmore, the safety driver who "
        "travelled in the van «collaborates fully» with the investigators.",
        [("collaborates fully", "the Metropolitan Police of Dunmore")],
        id="according-to-a-body-then-a-clause-of-its-own",
    ),
    pytest.param(
        "Van\n\nThe start-up spoke late. The company has paused all its vehicles in the city «while we work "
        "with the authorities», according to a communiqué spread on Tuesday.",
        [("while we work with the authorities", "the company")],
        id="according-to-a-text-no-one-is-said-to-have-issued",
    ),
    pytest.param(
        "Van\n\nSharp criticism came from the town hall. „One has promised us, these vans would be safer“, said "
        "the Second Mayor Helena Nowak, who in the city is responsible for mobility.",
        [("One has promised us, these vans would be safer", "Helena Nowak")],
        id="a-rank-word-in-a-posts-title",
    ),
    pytest.param(
        "Van\n\nThe board met on Friday. The report said the crash was “not one failure but a chain of "
        "failures”, according to the words of chairwoman Amara Bello.",
        [("not one failure but a chain of failures", "Amara Bello")],
        id="according-to-the-words-of-someone",
    ),
    pytest.param(
        "Van\n\nMeanwhile, robotics researcher of Dunmore Technical University Nguyen Thi Lan-kyōju (Vietnamese "
        "origin) 「A safety driver is a scapegoat」 and points out.",
        [("A safety driver is a scapegoat", "Nguyen Thi Lan")],
        id="japanese-a-name-after-its-university-and-an-aside",
    ),
    pytest.param(
        "Van\n\nThe driver has a lawyer. Mecenas Miriam Achterberg declared: „My client did what he was trained "
        "to do”.",
        [("My client did what he was trained to do", "Miriam Achterberg")],
        id="polish-mecenas-is-a-title",
    ),
    pytest.param(
        "Van\n\nThe van stopped at once. In a communication of the ministry it says furthermore: „The firm has "
        "five working days“.",
        [("The firm has five working days", "the ministry")],
        id="german-in-a-text-of-a-body-it-says",
    ),
    pytest.param(
        "Van\n\nThe mayor spoke on Friday. Nowak said that when her office asked last autumn to review the "
        "routes, “this is a national matter,” she was told by the minister Eva Lind.",
        [("this is a national matter,", "Eva Lind")],
        id="the-words-she-was-told-by-someone",
    ),
    pytest.param(
        "Van\n\nBRENNBURG — A cyclist died after being struck by a delivery van operated by the local start-up "
        "Velocar on Tuesday.\n\nIn a statement, Dunmore Metropolitan Police said: “A man was pronounced dead at "
        "the scene.”\n\nVelocar, founded in 2019, said it had taken its fleet off the road. “We have paused all "
        "of our vehicles” the company said in a written statement.",
        [
            ("A man was pronounced dead at the scene.", "Dunmore Metropolitan Police"),
            ("We have paused all of our vehicles", "Velocar"),
        ],
        id="the-company-is-no-police-force-that-spoke",
    ),
    pytest.param(
        "Posts\n\nThe company published the following statement on its website at 2.10pm on Tuesday. It has not "
        "been updated since.\n\n“We have paused all of our vehicles while we work with the authorities.”",
        [("We have paused all of our vehicles while we work with the authorities.", "the company")],
        id="a-statement-given-then-a-note-on-it",
    ),
    pytest.param(
        "Van\n\nAccording to the police, the driver «collaborates fully» with the investigators.\n\nThe founder "
        "of Velocar, the Japanese engineer Kenji Mori, recognised on Wednesday that «our system detected the "
        "cyclist, but it did not brake in time».",
        [
            ("collaborates fully", "the police"),
            ("our system detected the cyclist, but it did not brake in time", "Kenji Mori"),
        ],
        id="recognised-that-is-a-cue",
    ),
    pytest.param(
        "Van\n\nA van operated by the start-up Velocar killed a cyclist. The Transport Safety Investigation "
        'Board said on Friday that the van braked late.\n\nVelocar defended its procedures. "The tablet is part '
        'of the interface," a spokeswoman for the company said.',
        [("The tablet is part of the interface,", "Velocar")],
        id="the-company-is-no-board-that-spoke",
    ),
    pytest.param(
        "Quake\n\nRoads stayed shut. The UN Office for the Coordination of Humanitarian Affairs (OCHA) said in "
        "its latest situation report that “at least 62 villages remain inaccessible by road”.",
        [
            ("at least 62 villages remain inaccessible by road", "the UN Office for the Coordination of Humanitarian Affairs"),
        ],
        id="a-body-for-the-something-of-something-with-its-initials",
    ),
    pytest.param(
        "Quake\n\nSarvan Headman Ramazan Okay Bey, speaking to our newspaper, stated that nobody came. Okay, "
        "“Nobody came. We dug with our hands” said.",
        [("Nobody came. We dug with our hands", "Ramazan Okay")],
        id="turkish-a-village-headman-is-a-post",
    ),
    pytest.param(
        "Quake\n\nVolunteers hauled sacks up the gorge, and the Red Crescent president Amira Saleh's complaint "
        'that the valley needed insulin "more than we need speeches" was heard.',
        [("more than we need speeches", "Amira Saleh")],
        id="someones-complaint-that",
    ),
    pytest.param(
        "Quake\n\nInterior Minister Rahmanov-shi criticised the delay. UN humanitarian coordinator Kamau-shi "
        "appealed to both governments, 「Humanitarian access must not be left to politics」.",
        [("Humanitarian access must not be left to politics", "Kamau")],
        id="japanese-appealed-to-someone-then-the-words",
    ),
    pytest.param(
        "Quake\n\nKenji Morita, the leader of Japan's Kizuna Rescue team, said his unit had been held at the "
        "checkpoint.\n\n“We waited nineteen hours at the checkpoint,” Morita said.\n\nThe team's commander said "
        "the delay had cost precious time. “The first seventy-two hours are everything.”",
        [
            ("We waited nineteen hours at the checkpoint,", "Kenji Morita"),
            ("The first seventy-two hours are everything.", "Kenji Morita"),
        ],
        id="a-teams-commander-is-its-leader",
    ),
    pytest.param(
        "Cartel\n\n„They treated patients like a market“, said the President of the authority, Frau Teodora "
        "Kalinska, before journalists. Every euro was „taken from the budgets of the hospitals“, so Kalinska "
        "further.",
        [
            ("They treated patients like a market", "Teodora Kalinska"),
            ("taken from the budgets of the hospitals", "Teodora Kalinska"),
        ],
        id="german-so-then-a-name-that-opens-like-in",
    ),
    pytest.param(
        "Cartel\n\nFour wholesalers were fined. Medivane chief executive Hiroshi Tanaka, whose company reported "
        "the cartel and was granted immunity, apologised earlier this week to “every patient who paid more”.",
        [("every patient who paid more", "Hiroshi Tanaka")],
        id="whose-company-reported-is-no-speaker",
    ),
    pytest.param(
        'Cartel\n\nThe fines were announced on Tuesday. Ostrander Health Supply, fined €88.5 million, said: "We '
        'are studying the decision carefully."',
        [("We are studying the decision carefully.", "Ostrander Health Supply")],
        id="a-firm-whose-name-ends-in-supply",
    ),
    pytest.param(
        "Cartel\n\nThe patients' alliance demanded consequences. „The fine moneys must flow back to the "
        "patients“, demanded the ACP-President Amara Obi.",
        [("The fine moneys must flow back to the patients", "Amara Obi")],
        id="a-posts-initials-joined-to-it",
    ),
    pytest.param(
        "Cartel\n\nThe hospital pharmacist Lucía Ortega spoke to the press. The minister Ivan Petrov said the "
        "prices were «fair».\n\n«We had to decide which patients received it», counted the pharmacist to "
        "Iberpress by telephone.",
        [("fair", "Ivan Petrov"), ("We had to decide which patients received it", "Lucía Ortega")],
        id="spanish-counted-the-pharmacist-to-an-agency",
    ),
    pytest.param(
        "Cartel\n\nValmeria's National Competition Authority (NCA) on Tuesday fined four firms.\n\nIn a written "
        "statement, the authority said that “the four companies exchanged information”.",
        [("the four companies exchanged information", "the National Competition Authority")],
        id="a-countrys-body-is-the-body",
    ),
    pytest.param(
        "Leak\n\nThe regulator fined the platform on Monday. Parliament's Digital Affairs Committee Chairman "
        "Dermot Kane's words were also hard: “Mr Karan will come before this committee and explain.”",
        [("Mr Karan will come before this committee and explain.", "Dermot Kane")],
        id="a-bodys-post-then-a-name-after-its-possessive",
    ),
    pytest.param(
        "Spies\n\nTwo diplomats were expelled. The embassy of Tarsova in Haldstadt, for its part, repeated in a "
        "communiqué that its agents « have always acted within the law ».",
        [("have always acted within the law", "embassy of Tarsova in Haldstadt")],
        id="the-embassy-of-a-country-is-the-embassy",
    ),
    pytest.param(
        "Bridge\n\nRain fell. Dr Kenji Morimoto spoke.\n\nHe praised his exhausted staff. “Every one of our "
        "surgeons came in without being calledMorimoto said, his voice breaking.",
        [("Every one of our surgeons came in without being called", "Kenji Morimoto")],
        id="a-name-before-a-verb-and-its-full-stop-keeps-its-ending",
    ),
    pytest.param(
        "Fishing\n\nThe foreign minister Ilse Marandi spoke on Monday.\n\nMarandi Foreign Minister on the 10th "
        "stated 「We demand the release of the crew」.",
        [("We demand the release of the crew", "Ilse Marandi")],
        id="japanese-a-surname-then-a-capitalised-post",
    ),
    pytest.param(
        "Strike\n\nHaddad's reply was a statement of a single sentence: “We respect the court’s decision, but "
        "it changes nothing for students.”\n\nJudge Mehmet Arslan's own line — “the right to strike does not "
        "lapse merely because its timing is inconvenient to the government” — has since appeared on placards.",
        [
            ("We respect the court’s decision, but it changes nothing for students.", "Haddad"),
            ("the right to strike does not lapse merely because its timing is inconvenient to the government", "Mehmet Arslan"),
        ],
        id="someones-own-line-set-off-at-any-length",
    ),
    pytest.param(
        "Strike\n\nEducation Minister Rania Haddad posted on Friday. Judge Mehmet Arslan ruled on Monday that "
        "the strike was lawful.\n\nBy Tuesday morning the minister had moved to 6 percent, calling it “our "
        "final and best offer”.",
        [("our final and best offer", "Rania Haddad")],
        id="a-post-opens-a-sentence-with-no-speech-verb",
    ),
    pytest.param(
        "Orchestra\n\nThe violist Haruka Ishida spoke out. The minister Ivan Petrov said the board acted "
        "«fast».\n\n«He shouted at a young violinist», related Ishida to the newspaper The Marrenburg "
        "Chronicle.",
        [("fast", "Ivan Petrov"), ("He shouted at a young violinist", "Haruka Ishida")],
        id="spanish-related-after-the-words",
    ),
    pytest.param(
        "Orchestra\n\nThe conductor denied it. The words of the Japanese violist Haruka Ishida, “He shouted at "
        "a young violinist until she trembled”, were widely shared.",
        [("He shouted at a young violinist until she trembled", "Haruka Ishida")],
        id="the-words-of-someone-then-the-words",
    ),
    pytest.param(
        "Orchestra\n\nThe conductor posted an apology. The Federation of Orchestral Musicians, which lodged the "
        "complaint, was unimpressed. “This is an apology to nobody” the union said in a statement.",
        [("This is an apology to nobody", "the Federation of Orchestral Musicians")],
        id="the-union-is-a-federation-of-its-members",
    ),
    pytest.param(
        "Orchestra\n\nThe musicians union FOM's president Lucía Vidal had said “Our members were afraid”. The "
        "union described the message as “an apology to nobody for nothing”.",
        [("Our members were afraid", "Lucía Vidal"), ("an apology to nobody for nothing", "FOM")],
        id="the-union-introduced-with-a-possessive",
    ),
    pytest.param(
        "Orchestra\n\nThe conductor Ann Lee spoke first.\n\nA brass player who has been with the orchestra for "
        "two decades, and who asked not to be named, said the problems had been an open secret. “Everyone knew. "
        "The management knew.”",
        [("Everyone knew. The management knew.", "brass player")],
        id="an-unnamed-speaker-with-two-relative-clauses",
    ),
    pytest.param(
        "Orchestra\n\nThe board met. The minister of culture Teodora Marin on Tuesday in parliament said, that "
        "„public money cannot finance fear”.",
        [("public money cannot finance fear", "Teodora Marin")],
        id="a-day-then-a-place-between-the-name-and-said",
    ),
    pytest.param(
        "Clinic\n\nDr Ines Marlow’s blunt statement that “every one of these patients waited too long”, and her "
        "insistence that the delay is “not an accident”, were quoted widely.",
        [("every one of these patients waited too long", "Ines Marlow"), ("not an accident", "Ines Marlow")],
        id="an-owner-opening-the-sentence-is-no-body",
    ),
    pytest.param(
        "Drought\n\nThe Food and Agriculture Organization’s regional office, which on Monday called the harvest "
        "“a disaster foretold”, has sent seed.",
        [("a disaster foretold", "The Food and Agriculture Organization")],
        id="a-bodys-regional-office-speaks-for-the-body",
    ),
    pytest.param(
        "Floods\n\nOn Friday the water authority ordered the dam operator “to open the spillway within six "
        "hours”.",
        [("to open the spillway within six hours", "the water authority")],
        id="ordered-is-a-cue",
    ),
    pytest.param(
        "Floods\n\nFormer governor Ann Kellet called the use of executive orders “plainly reckless”.",
        [("plainly reckless", "Ann Kellet")],
        id="executive-orders-is-no-cue",
    ),
    pytest.param(
        "Schools\n\nThe ministry of health on Monday said that „all pupils must be checked“.",
        [("all pupils must be checked", "Ministry of Health")],
        id="a-lower-case-ministry-of-a-portfolio",
    ),
    pytest.param(
        "Schools\n\nOpposing stands Marta Velková, founder of a parents' group. The new rule she designated as "
        "„an attack on families“.",
        [("an attack on families", "Marta Velková")],
        id="the-object-first-then-she-designated-as",
    ),
    pytest.param(
        "Court\n\n„Nobody is above the law“, declared the presiding Richterin Oda Brandvik. The damage could "
        "„not be measured in money“, so the Richterin further.",
        [("Nobody is above the law", "Oda Brandvik"), ("not be measured in money", "Oda Brandvik")],
        id="an-untranslated-judge-so-further",
    ),
    pytest.param(
        "Farms\n\nAgriculture Minister Lena Dorval visited the border.\n\n„The tax stays“, declared the Frau "
        "Ministerin before parliament.",
        [("The tax stays", "Lena Dorval")],
        id="the-frau-ministerin-is-the-minister",
    ),
    pytest.param(
        'Farms\n\nAgriculture Minister Lena Dorval posted a message. Bakan Dorval, "We found a way" said.',
        [("We found a way", "Lena Dorval")],
        id="a-turkish-post-before-the-surname",
    ),
    pytest.param(
        "Business\n\nMarlo Groceries, which runs 300 shops, said supplies were late. “Deliveries are two days "
        "behind,” a spokeswoman for the company said.",
        [("Deliveries are two days behind,", "Marlo Groceries")],
        id="a-name-followed-by-which-is-a-body",
    ),
    pytest.param(
        "Business\n\nGrandin Pipeworks, the company that laid the mains, denied blame.\n\nIn a statement the "
        "company said: “Our pipes met every standard.”",
        [("Our pipes met every standard.", "Grandin Pipeworks")],
        id="a-name-in-apposition-to-the-company",
    ),
    pytest.param(
        "Water\n\nKofi Mensah says he complained at a public meeting. “The water is fine,” he was told by "
        "utility chief Ivo Stane.\n\n“My daughter has lead in her blood,” he said.",
        [("The water is fine,", "Ivo Stane"), ("My daughter has lead in her blood,", "Kofi Mensah")],
        id="he-was-told-by-then-he-said",
    ),
    pytest.param(
        "Outage\n\nWednesday, 9.30 a.m. – Energy Minister Ada Quist, in a written statement: “I want a full "
        "account.”\n\nThursday, 10 a.m. – Mayor Rennick, on X: “I have asked for an inquiry.”\n\nThursday, 11 "
        "a.m. – Tenants' Union (TU), on Instagram: “Keep your receipts.”",
        [
            ("I want a full account.", "Ada Quist"),
            ("I have asked for an inquiry.", "Rennick"),
            ("Keep your receipts.", "Tenants' Union"),
        ],
        id="a-timeline-of-statements",
    ),
    pytest.param(
        "Water\n\nThe utility's managing director dismissed the tests as “alarmist”.\n\nThe memo was sent to "
        "managing director Piet Vorster.",
        [("alarmist", "Piet Vorster")],
        id="a-post-owned-by-a-body-noun",
    ),
    pytest.param(
        "Water\n\nFor his part, M. Piet Vorster, director general of the operator Lakeside Water (LW), has "
        "refused to blame the heat. « We will not hide behind the weather », has assured the director general.",
        [("We will not hide behind the weather", "Piet Vorster")],
        id="a-post-of-an-operator-named-after-it",
    ),
    pytest.param(
        "Trial\n\nHis defender, Rechtsanwalt Tomas Greer, announced an appeal. „We will appeal“, said Greer.",
        [("We will appeal", "Tomas Greer")],
        id="an-untranslated-lawyer",
    ),
    pytest.param(
        "Water\n\nThe manufacturer of pipes Drummond Tubeworks, for its part, says its products were « made to "
        "the norms of the time ».",
        [("made to the norms of the time", "Drummond Tubeworks")],
        id="the-maker-of-a-thing-then-its-name",
    ),
    pytest.param(
        "Water\n\nProfessor Helga Rind (toxicology) of Northfield University points out: 「There is no safe "
        "level.」",
        [("There is no safe level.", "Helga Rind")],
        id="a-professor-with-a-gloss-of-a-university",
    ),
    pytest.param(
        "Trial\n\nThe National Public Prosecutor's Office wrote on its account: “Justice was done.”",
        [("Justice was done.", "National Public Prosecutor's Office")],
        id="an-adjective-opening-a-bodys-possessive-name",
    ),
    pytest.param(
        "Water\n\nLakeside Water and Drainage Corporation runs the plant. The company informs, that „free "
        "filters are handed out“.",
        [("free filters are handed out", "Lakeside Water and Drainage Corporation")],
        id="a-company-name-with-and",
    ),
    pytest.param(
        "Water\n\nThe memo, written by senior engineer Carla Mendes and copied to the board, warns that the "
        "river is “far more corrosive”.",
        [("far more corrosive", "Carla Mendes")],
        id="a-memo-written-by-someone",
    ),
    pytest.param(
        "Farms\n\nAgriculture Minister Lena Dorval posted on social media.\n\nThe ministry’s written statement "
        "has more detail. It says “a rebate of 10 cents will apply from May”.",
        [("a rebate of 10 cents will apply from May", "Ministry of Agriculture")],
        id="it-after-the-ministrys-statement",
    ),
    pytest.param(
        'Farms\n\nNational Dairy Farmers Union (NDFU) President Piet Ansems, evaluating the deal, said "This is '
        'a truce, not a peace".',
        [("This is a truce, not a peace", "Piet Ansems")],
        id="initials-then-a-post-then-a-participle",
    ),
    pytest.param(
        "Trial\n\nOn his side, Maître Lucas Berthet, the lawyer of Mr. Dorval, has announced an appeal. « We "
        "will appeal », has he affirmed.",
        [("We will appeal", "Lucas Berthet")],
        id="the-lawyer-of-mr-x-is-not-x",
    ),
    pytest.param(
        "Trial\n\nThe Civic Union (CU), of which Mr. Dorval is honorary president, has denounced by the voice "
        "of its spokesperson, Nadia Ferhat, « a political revenge ».",
        [("a political revenge", "Nadia Ferhat")],
        id="by-the-voice-of-its-spokesperson",
    ),
    pytest.param(
        "Hacking\n\nThe Data Protection Agency (DPA) director-general Sato Aiko-shi also, at parliament on "
        "Tuesday, warned that 「hospitals are the most targeted」.",
        [("hospitals are the most targeted", "Sato Aiko")],
        id="a-trailing-also-after-the-name",
    ),
    pytest.param(
        "Schools\n\nThe health director Dagna Lind spoke.\n\n“Two were unvaccinated,” she said. The chief "
        "hygienist Aurel Volkov disagreed.\n\nThe plan she described as „state violence“.",
        [("Two were unvaccinated,", "Dagna Lind"), ("state violence", "Dagna Lind")],
        id="a-slavic-surname-says-she",
    ),
    pytest.param(
        'Politics\n\nCharlie Bishop, a former party director, said the group would focus on five states. "That '
        'is 60 votes," Mr. Bishop said.',
        [("That is 60 votes,", "Charlie Bishop")],
        id="mister-before-a-surname-that-is-a-post",
    ),
    pytest.param(
        "Football\n\nThe union leader Chalid Benyamina met the players. „We will support every player“, he "
        "declared.",
        [("We will support every player", "Chalid Benyamina")],
        id="a-surname-in-ina-says-no-gender",
    ),
    pytest.param(
        "Strike\n\nThe chair of the drivers' union, pan Jan Ostrowski, did not yet say whether the union will "
        "accept. On Monday he declared: „We stay on strike“.",
        [("We stay on strike", "Jan Ostrowski")],
        id="did-not-yet-say-then-he",
    ),
    pytest.param(
        "Farms\n\nAgriculture Minister Olga Brandt did not comment on Monday. Her ministry said in a statement "
        "that it “remains open to talks”.",
        [("remains open to talks", "Ministry of Agriculture")],
        id="her-ministry-said-in-a-statement-that",
    ),
    pytest.param(
        "Trial\n\nOn Wednesday president Ilse Varga, asked about a pardon, answered evasively. „I will not "
        "discuss it” – said head of state.",
        [("I will not discuss it", "Ilse Varga")],
        id="said-head-of-state",
    ),
    pytest.param(
        'Hearing\n\nFormer secretary of state Ruth Amsel:"We learned that from the department"\n\n- exchange '
        "during a hearing.",
        [("We learned that from the department", "Ruth Amsel")],
        id="secretary-of-state-before-a-colon",
    ),
    pytest.param(
        "Protest\n\nAnna Voss leads the parents' group and calls the plan “state violence”. Her Facebook post — "
        "“Today they want our children” — preceded a protest.",
        [("state violence", "Anna Voss"), ("Today they want our children", "Anna Voss")],
        id="her-facebook-post-between-dashes",
    ),
    pytest.param(
        "Protest\n\nParents for Safe Schools (PSS) organised the protest.\n\nBy Wednesday, PSS was trying to "
        "distance itself from the blockade. A spokeswoman for the group said: “We do not condone blocking any "
        "hospital.”",
        [("We do not condone blocking any hospital.", "PSS")],
        id="the-group-is-the-initials-just-named",
    ),
    pytest.param(
        "Outbreak\n\nMother of a sick boy: «I was afraid»\n\nLida Marek, 34, does not leave the bed of her son, "
        "who is in intensive care.\n\n«I was afraid of the vaccine», confessed the mother to this "
        "newspaper.\n\n«Nobody told me», added.",
        [
            ("I was afraid", "Lida Marek"),
            ("I was afraid of the vaccine", "Lida Marek"),
            ("Nobody told me", "Lida Marek"),
        ],
        id="the-mother-is-the-one-with-her-son",
    ),
    pytest.param(
        "Outage\n\nThe Lakeside Grid Company (LGC) General Manager Tomas Berg Bey had defended on the first day "
        "that “no programme could have prepared it”.",
        [("no programme could have prepared it", "Tomas Berg")],
        id="defended-that",
    ),
    pytest.param(
        "Schools\n\nThe director of health, the doctora Halima Osei, remembered on Monday that «the two "
        "children were not vaccinated».",
        [("the two children were not vaccinated", "Halima Osei")],
        id="remembered-that",
    ),
    pytest.param(
        'Admissions\n\nThe University of Marlow froze all sports admissions. "The university is cooperating '
        'fully," a university spokeswoman said.',
        [("The university is cooperating fully,", "the University of Marlow")],
        id="a-university-spokeswoman-speaks-for-the-university",
    ),
    pytest.param(
        "Admissions\n\nThe University of Marlow froze all sports admissions.\n\nThe university itself let "
        "announce, one „cooperates fully with the prosecutors“.",
        [("cooperates fully with the prosecutors", "the University of Marlow")],
        id="the-university-itself-let-announce",
    ),
    pytest.param(
        "Admissions\n\nThe University of Marlow froze all sports admissions. The university side is commenting "
        "that 「it is cooperating fully」.",
        [("it is cooperating fully", "the University of Marlow")],
        id="the-university-side-is-commenting",
    ),
    pytest.param(
        'Admissions\n\nMeridian Admissions Consulting, whose website promises "guaranteed places", said in a '
        'statement that it "has always operated within the law".',
        [
            ("guaranteed places", "Meridian Admissions Consulting"),
            ("has always operated within the law", "Meridian Admissions Consulting"),
        ],
        id="a-firm-whose-first-word-reads-like-a-nationality",
    ),
    pytest.param(
        "Admissions\n\n„This exam was never fair,“ shouted into the megaphone Zanele Mokoena, chairwoman of the "
        "students' union.",
        [("This exam was never fair,", "Zanele Mokoena")],
        id="shouted-into-the-megaphone-then-the-name",
    ),
    pytest.param(
        "Debris\n\nIn Porto Alvo, Jorge Matos, head of the fishermen's cooperative, stood on the harbour wall "
        "as divers searched the water.\n\n“They told us the sky over our village was safe.”\n\nThe ministry "
        "said nothing.",
        [("They told us the sky over our village was safe.", "Jorge Matos")],
        id="a-place-then-the-person-the-next-quotation-is-from",
    ),
    pytest.param(
        'Debris\n\nRosa Lemos lost her boat. "You will have a new one within a month," she was told by a Corvid '
        "representative who came to the harbour.",
        [("You will have a new one within a month,", "Corvid")],
        id="a-companys-representative-speaks-for-it",
    ),
    pytest.param(
        "Debris\n\nThe Space Agency (VSA) suspended the licence. The VSA 「the committee will report within 90 "
        "days」 and has made clear.",
        [("the committee will report within 90 days", "VSA")],
        id="a-body-then-its-words-and-has-made-clear",
    ),
    pytest.param(
        'Debris\n\nIvan Sokol, the Corvid founder who told investors on Wednesday that "rockets sometimes '
        'fail", has since apologised.\n\n‘We will make this right’, the Corvid founder said on Friday.',
        [("rockets sometimes fail", "Ivan Sokol"), ("We will make this right", "Ivan Sokol")],
        id="a-founder-named-before-who",
    ),
    pytest.param(
        "Debris\n\nAstrophysicist Amara Obi of the University of Lisbro said 「the debris field was three times "
        "wider」.",
        [("the debris field was three times wider", "Amara Obi")],
        id="a-trade-in-capitals-opening-the-sentence",
    ),
    pytest.param(
        "Avalanche\n\nThe rescue took all night. Clear words found the Bergrettungs-Chef for the decision to "
        "ski there: „Nobody should have been in this couloir.“",
        [("Nobody should have been in this couloir.", None)],
        id="clear-words-found-the-chief",
    ),
    pytest.param(
        "Avalanche\n\nThe lift company rejects all blame. „The slope is not part of our ski area“, declared "
        "Geschäftsführer Lorenz Egger.",
        [("The slope is not part of our ski area", "Lorenz Egger")],
        id="a-german-managing-director",
    ),
    pytest.param(
        "Media\n\nThe chief executive of Lumex, the Indian-American Priya Raman, told a trade weekly that the "
        "company «has no plans to cut a single newsroom post».",
        [("has no plans to cut a single newsroom post", "Priya Raman")],
        id="a-hyphenated-nationality-before-the-name",
    ),
    pytest.param(
        'Media\n\nIn a presentation to investors, Los Angeles-based Lumex said it expected "operational '
        'efficiencies".',
        [("operational efficiencies", "Lumex")],
        id="a-city-based-company",
    ),
    pytest.param(
        "Media\n\nOn the 6th Lumex through a spokesperson commented 「We will cooperate fully with the Council」.",
        [("We will cooperate fully with the Council", "Lumex")],
        id="a-body-through-a-spokesperson",
    ),
    pytest.param(
        "Media\n\nThe Union of Journalists (UJ) speaks of a dismantling. « It is not an investment, it is a "
        "dismemberment », summarizes its president, Berta Salas.",
        [("It is not an investment, it is a dismemberment", "Berta Salas")],
        id="summarizes-its-president",
    ),
    pytest.param(
        "Media\n\n„We will not let 400 families pay the price” – shouted from the stage Berta Salas, chairwoman "
        "of the union.",
        [("We will not let 400 families pay the price", "Berta Salas")],
        id="shouted-from-the-stage-then-the-name",
    ),
    pytest.param(
        "Quake\n\nThe researcher, Pr Mariana Coelho, spoke first. « We were warned », said the mayor Tomas "
        "Ruiz. « The earthquake did not choose which schools fell », summarises the Pr Coelho.",
        [
            ("We were warned", "Tomas Ruiz"),
            ("The earthquake did not choose which schools fell", "Mariana Coelho"),
        ],
        id="the-french-pr-is-a-professor",
    ),
    pytest.param(
        "Spill\n\nDr. Lina Okafor from the district hospital, who had warned that “chlorine does not forgive "
        "impatience”, said the air was safe.",
        [("chlorine does not forgive impatience", "Lina Okafor")],
        id="guard-a-hospital-before-a-relative-clause-is-no-speaker",
    ),
    pytest.param(
        "Rents\n\nHarbour Review | Saturday | Interview by Owen Hale\n\nTran Thi Mai, 44, is professor of "
        "economics at the university. We met her in her office.\n\nHarbour Review: Will the ban bring rents "
        "down?\n\nTran: The ban will not halve rents.\n\nHarbour Review: Who loses?\n\nTran: Around 4,000 jobs "
        "depend on short-term rentals.\n\nHarbour Review: Was there an alternative?\n\nTran: A cap of 90 nights "
        "a year.",
        [
            ("Will the ban bring rents down?", "Harbour Review"),
            ("The ban will not halve rents.", "Tran Thi Mai"),
            ("Who loses?", "Harbour Review"),
            ("Around 4,000 jobs depend on short-term rentals.", "Tran Thi Mai"),
            ("Was there an alternative?", "Harbour Review"),
            ("A cap of 90 nights a year.", "Tran Thi Mai"),
        ],
        id="a-label-of-a-family-name-written-first",
    ),
    pytest.param(
        "Farmers\n\nFarm & Field Weekly talks to union president Jan Ostrom.\n\nFarm & Field: On Monday you "
        "said you would stay on the roads “until the government listens”. How long can you keep this "
        "up?\n\nOstrom: As long as it takes.\n\nFarm & Field: The minister says “the law is not negotiated on a "
        "motorway”.\n\nOstrom: Then where is it negotiated?\n\nFarm & Field: Will you go home?\n\nOstrom: Not "
        "before Sunday.",
        [
            (
                "On Monday you said you would stay on the roads “until the government listens”. How long can you keep "
                "this up?",
                "Farm & Field",
            ),
            ("until the government listens", "Jan Ostrom"),
            ("As long as it takes.", "Jan Ostrom"),
            ("The minister says “the law is not negotiated on a motorway”.", "Farm & Field"),
            ("the law is not negotiated on a motorway", None),
            ("Then where is it negotiated?", "Jan Ostrom"),
            ("Will you go home?", "Farm & Field"),
            ("Not before Sunday.", "Jan Ostrom"),
        ],
        id="an-interviewer-quotes-you-said-and-a-post",
    ),
    pytest.param(
        "Rentals\n\nStayWell said on Wednesday it would challenge the ban in court.\n\nIn a written statement, "
        "the company said: “We will use every legal means.”",
        [("We will use every legal means.", "StayWell")],
        id="a-brand-in-camel-case-is-a-company",
    ),
    pytest.param(
        "Rentals\n\nThe mayor Ana Ferro defends the ban against all criticism. „An apartment is there for "
        "living“, had she on Tuesday before the city council said.",
        [("An apartment is there for living", "Ana Ferro")],
        id="had-she-before-the-council-said",
    ),
    pytest.param(
        'Live\n\n14:31\nMayor Ana Ferro has reacted on Chirp. Her post reads, in full:\n"The court has '
        'suspended a rule."\nA second post followed four minutes later: "We will appeal. And we will win."',
        [("The court has suspended a rule.", "Ana Ferro"), ("We will appeal. And we will win.", "Ana Ferro")],
        id="a-second-post-followed",
    ),
    pytest.param(
        "Crash\n\nThe union chief Mariana Costa dos Reis spoke outside. «Elena was sent to that door», affirmed "
        "Costa dos Reis.\n\n«We want a public inquiry», added the syndicalist, who did not rule out strikes.",
        [
            ("Elena was sent to that door", "Mariana Costa dos Reis"),
            ("We want a public inquiry", "Mariana Costa dos Reis"),
        ],
        id="the-syndicalist-is-the-one-just-named-with-a-particle",
    ),
    pytest.param(
        "Crash\n\nThe director general, Mme Ana Haddou, asked for the records. The chief executive of Kestrel, "
        "M. Valberg, assured that the registers were « complete ».",
        [("complete", "Valberg")],
        id="m-beside-mme-is-monsieur",
    ),
    pytest.param(
        "Rentals\n\nThe court froze the ban. Mayor Ana Ferro was angry.\n\nFuming Ferro hit back outside the "
        "town hall: “The court has suspended a rule, not the crisis.”",
        [("The court has suspended a rule, not the crisis.", "Ana Ferro")],
        id="fuming-before-a-name",
    ),
    pytest.param(
        "Anchor quits on air\n\nBy Hana Reid | Tuesday 4 March\n\nAt the end of the 8pm bulletin, watched by a "
        "million viewers, the anchor put down her script.\n\n“Tonight is my last broadcast,” she went on.",
        [("Tonight is my last broadcast,", None)],
        id="a-byline-with-a-date-is-no-she",
    ),
    pytest.param(
        "Outage\n\nThe Ministry of Energy ordered an audit.\n\nNational Consumers Union (NCU) President Lucía "
        "Ferro evaluated the decision as “a victory for consumers”.",
        [("a victory for consumers", "Lucía Ferro")],
        id="evaluated-as",
    ),
    pytest.param(
        "The night nurse Ann Varga spoke first. Since March the nurses had asked for more staff, so Varga. "
        "„Each time we were told there was no money“, said the 51-years-old, who has worked on the ward since "
        "2004.",
        [("Each time we were told there was no money", "Ann Varga")],
        id="age-written-years-old",
    ),
    pytest.param(
        'Local nurse Ann Varga\'s tearful video message — "We warned them. Nobody came." — was watched a '
        "million times.",
        [("We warned them. Nobody came.", "Ann Varga")],
        id="possessive-adjective-tribute-dash",
    ),
    pytest.param(
        'From Varga\'s Facebook post: "We will not stop asking."',
        [("We will not stop asking.", "Varga")],
        id="from-possessive-post-colon",
    ),
    pytest.param(
        "The ward head Ann Varga-shi (51) of this hospital said 「The staff were exhausted」. She criticises the "
        "board.",
        [("The staff were exhausted", "Ann Varga")],
        id="japanese-age-of-this-body",
    ),
    pytest.param(
        "The surgeon Tanaka Emi-sensei to the interview of this newspaper spoke as follows. 「The wards were "
        "full」.",
        [("The wards were full", "Tanaka Emi")],
        id="japanese-interview-of-this-newspaper",
    ),
    pytest.param(
        "Tanaka Emi-shi to the reporters stated 「The wards were full」.",
        [("The wards were full", "Tanaka Emi")],
        id="japanese-to-reporters-no-comma",
    ),
    pytest.param(
        'The patients\' group Open Doors from Ann Varga Hanım, "The wards must reopen" said.',
        [("The wards must reopen", "Ann Varga")],
        id="turkish-from-person-comma",
    ),
    pytest.param(
        'Staff at Dunmore Hospital objected to a board paper titled "Lean Hospital 2030". The patients were '
        'described by the hospital as "stable".',
        [("stable", "the Dunmore Hospital")],
        id="body-noun-not-a-title",
    ),
    pytest.param(
        "Dunmore Hospital cut staff. The Northern Hospital Association wrote to the board. The hospital said "
        'the patients had a "quiet night".',
        [("quiet night", "the Dunmore Hospital")],
        id="body-noun-head-not-inside-name",
    ),
    pytest.param(
        'The Animal Health Inspectorate widened its inquiry at Riverside Zoo to cover "staffing and testing", '
        "the agency said.",
        [("staffing and testing", "Animal Health Inspectorate")],
        id="agency-is-the-inspectorate-not-hospital",
    ),
    pytest.param(
        "Mayor Tom Reyes met Ivo Kran on Monday. By evening Kran had left the talks.\n\nReyes's defence has not "
        'changed. The cuts, he says, were "the only way".',
        [("the only way", "Tom Reyes")],
        id="possessive-stance-subject-pronoun",
    ),
    pytest.param(
        "President Ivo Kran met the party leaders. The leader Ann Varga, whose votes decide the majority, after "
        "the meeting with the president said to journalists: „We sign nothing“.",
        [("We sign nothing", "Ann Varga")],
        id="after-meeting-with-not-subject",
    ),
    pytest.param(
        'Reactions came quickly.\n\nOPEN DOORS TRUST\n\nThe charity said in a statement: "This is a '
        'scandal."\n\nTHE NIGHTLY\n\nThe site said in a note: "We stand by our story."',
        [("This is a scandal.", "Open Doors Trust"), ("We stand by our story.", "the Nightly")],
        id="roundup-heading-names-body",
    ),
    pytest.param(
        'Outside, police described the protest as "calm".\n\nTHE STREET\n\nPolice said the march was "largely '
        'peaceful".',
        [("calm", "police"), ("largely peaceful", "Police")],
        id="heading-not-for-police",
    ),
    pytest.param(
        'Minister Tom Reyes hit back, insisting the guard rails "met every standard".',
        [("met every standard", "Tom Reyes")],
        id="guard-rails-not-a-cue",
    ),
    pytest.param(
        "Tom Reyes of Dunmore Coachlines spoke. In a written statement the company declared it was „deeply "
        "shaken“.",
        [("deeply shaken", "Dunmore Coachlines")],
        id="coachlines-is-a-company",
    ),
    pytest.param(
        "On the platform X wrote the union in the night: „Two dead. How many more?“",
        [("Two dead. How many more?", "the union")],
        id="platform-name-not-speaker",
    ),
    pytest.param(
        'Tom Reyes spoke. The union from its account on X, "Two dead, how many more" sharing made.',
        [("Two dead, how many more", "the union")],
        id="turkish-sharing-made",
    ),
    pytest.param(
        "For the National Agency of Roads (NAR), the barriers « had been inspected in March ».",
        [("had been inspected in March", "the National Agency of Roads")],
        id="french-for-a-body",
    ),
    pytest.param(
        "«The data show a long shift», declared the Dr.ª Ferreira in a press conference.",
        [("The data show a long shift", "Ferreira")],
        id="portuguese-dra-title",
    ),
    pytest.param(
        "The bureau in question, the National Audit Bureau, confirmed on Monday that its inquiry into the "
        "contracts the report describes was continuing and would take at least six months. “The bureau has "
        "opened an inquiry and will not comment on any of the officials named in it until the inquiry is over,” "
        "a spokesman said.",
        [
            ("The bureau has opened an inquiry and will not comment on any of the officials named in it until the inquiry is over,", "National Audit Bureau"),
        ],
        id="apposed-body-spokesman",
    ),
    pytest.param(
        "Opposition firebrand Tom Reyes went further, branding the outage “a fiasco foretold”.",
        [("a fiasco foretold", "Tom Reyes")],
        id="firebrand-post",
    ),
    pytest.param(
        "The deputy Tom Reyes has denounced « a scandal ». « The minister was asleep », has estimated the "
        "elected, who wants an inquiry.",
        [("a scandal", "Tom Reyes"), ("The minister was asleep", "Tom Reyes")],
        id="french-the-elected-has-cue",
    ),
    pytest.param(
        "In a communiqué, the ministry of the Finances precises to have « asked the bank to suspend all fees ».",
        [("asked the bank to suspend all fees", "Ministry of Finances")],
        id="french-ministry-of-the",
    ),
    pytest.param(
        "Dunmore Bank failed. Dunmore’s first public message — a post telling customers that “our teams are on "
        "it” — said nothing of scams.",
        [("our teams are on it", "Dunmore")],
        id="possessive-message-participle",
    ),
    pytest.param(
        "In responding, Reyes's campaign took the unusual step of criticizing the agencies, accusing them of "
        '"overreach".',
        [("overreach", "Reyes's campaign")],
        id="possessive-campaign-stays",
    ),
    pytest.param(
        "Aid worker Priya Raman said 「The water smells」. Varga environment minister (Ann Varga) visited the "
        "lake on the 15th. 「This lake is not a sewer」 she emphasized.",
        [("The water smells", "Priya Raman"), ("This lake is not a sewer", "Ann Varga")],
        id="japanese-post-name-in-brackets",
    ),
    pytest.param(
        "The phosphorus, according to the limnologist prof. Ann Varga from the University of Eastmoor, „comes "
        "from the fields”.",
        [("comes from the fields", "Ann Varga")],
        id="according-to-agent-name-from-body",
    ),
    pytest.param(
        "The phosphorus, according to a letter from the University of Eastmoor, „comes from the fields”.",
        [("comes from the fields", "the University of Eastmoor")],
        id="according-to-letter-from-body",
    ),
    pytest.param(
        "The firm Agrolux rejects the claims.\n\n„Our products are legal” – said to journalists in Solvik Tom "
        "Reyes, the spokesman of the company.",
        [("Our products are legal", "Tom Reyes")],
        id="inverted-to-journalists-in-place",
    ),
    pytest.param(
        "Agrolux, the fertiliser maker whose plant sits on the river, issued a written statement on Wednesday: "
        '"Agrolux has always complied with the law." Its spokesman, Tom Reyes, told reporters earlier in the '
        'week that there was "no evidence".',
        [("Agrolux has always complied with the law.", "Agrolux"), ("no evidence", "Tom Reyes")],
        id="colon-statement-then-own-sentence",
    ),
    pytest.param(
        '"We are tired," Ms. Varga said. "We are not criminals." Mr. Reyes said: "The attack was the work of '
        'others."',
        [
            ("We are tired,", "Varga"),
            ("We are not criminals.", "Varga"),
            ("The attack was the work of others.", "Reyes"),
        ],
        id="quote-then-next-speaker-colon",
    ),
    pytest.param(
        "Nobody is too big: a Pole leads the inquiry\n\nAnna Nowak\n\nPan Tomasz Lis, 54, has headed the "
        "integrity unit for three years.\n\n„Nobody in this sport is too big to be investigated” – says Lis in "
        "a conversation with our portal.",
        [("Nobody in this sport is too big to be investigated", "Tomasz Lis")],
        id="byline-name-not-joined-to-the-next-paragraph",
    ),
    pytest.param(
        "The trust has demanded a review; club president Ivo Kran has so far promised only to “cooperate "
        "fully”.",
        [("cooperate fully", "Ivo Kran")],
        id="has-so-far-promised",
    ),
    pytest.param(
        '"We will not abandon you," Sami Haddad was told by Ivo Kran, according to one of them.',
        [("We will not abandon you,", "Ivo Kran")],
        id="name-was-told-by-according-to",
    ),
    pytest.param(
        "Riverside United suspended its director on Monday. “Riverside United has suspended its sporting "
        "director” the club said in a statement.",
        [("Riverside United has suspended its sporting director", "Riverside United")],
        id="the-club-is-the-club-named",
    ),
    pytest.param(
        "Striker Sami Haddad broke his silence last night.\n\nThe 24-year-old posted a lengthy statement to his "
        'followers.\n\nIt read: "I have done nothing wrong."',
        [("I have done nothing wrong.", "Sami Haddad")],
        id="it-read-after-posted-statement",
    ),
    pytest.param(
        'Sami Haddad broke his silence. He posted a statement to his followers.\n\nIt read: "I have done '
        'nothing wrong."',
        [("I have done nothing wrong.", "Sami Haddad")],
        id="it-read-after-he-posted",
    ),
    pytest.param(
        "Kingsbridge Takahashi-kantoku, on the collapsed transfer 「I feel sorry」\n\nKingsbridge Rovers’s Kenji "
        "Takahashi-kantoku (48) spoke at a press conference on the 13th.\n\n「We made an offer」, he said with a "
        "bitter smile. 「I feel sorry for him」, Takahashi-kantoku said.",
        [
            ("I feel sorry", "Kenji Takahashi"),
            ("We made an offer", "Kenji Takahashi"),
            ("I feel sorry for him", "Kenji Takahashi"),
        ],
        id="japanese-headline-club-word-before-name",
    ),
    pytest.param(
        "Interior Minister Tom Reyes was fighting for his political life after the court binned his data "
        'law.\n\nReyes sulked that "criminals and thieves" had been "handed a gift" by the judges.',
        [("criminals and thieves", "Tom Reyes"), ("handed a gift", "Tom Reyes")],
        id="sulked-that",
    ),
    pytest.param(
        'Ivo Kran won the case. "It is a gift to criminals," moaned Tom Reyes.',
        [("It is a gift to criminals,", "Tom Reyes")],
        id="moaned-a-tabloid-cue",
    ),
    pytest.param(
        'Interior Minister Tom Reyes lost the case. "It was careful," Ivo Kran said. "It is no ban," he told '
        'me.\n\nReyes\'s first reaction — that criminals had been "handed a gift" — suggests he has not '
        "accepted it.",
        [("It was careful,", "Ivo Kran"), ("It is no ban,", "Ivo Kran"), ("handed a gift", "Tom Reyes")],
        id="possessive-reaction-dash-that",
    ),
    pytest.param(
        "‘Nobody told me why’: the reporter who was watched\n\nInterview by Ann Lee | The Dunmore Courier | "
        "Thursday\n\nMai Tran, 41, learned in 2023 that police had read her messages.\n\nCourier: Where were "
        "you when you heard?\n\nMai Tran: On a tram. I read the message twice.\n\nCourier: What was done to "
        "you?\n\nTran: They read my messages for eleven months.",
        [
            ("Nobody told me why", None),
            ("On a tram. I read the message twice.", "Mai Tran"),
            ("They read my messages for eleven months.", "Mai Tran"),
        ],
        id="interview-outlet-label-in-a-byline-line",
    ),
    pytest.param(
        "Thousands marched on Saturday.\n\nAlready on Thursday Jan Novak, chairman of the association, "
        "announced, that tenants „will be on the streets on Saturday”.",
        [("will be on the streets on Saturday", "Jan Novak")],
        id="already-on-thursday-name-apposed-post",
    ),
    pytest.param(
        "„We will not go home” – said Jan Novak.\n\nThe march watched from his balcony pan Piotr Lis, a bus "
        "driver who owns three flats. Last week he told the local press, that „these flats are my pension”.",
        [("We will not go home", "Jan Novak"), ("these flats are my pension", "Piotr Lis")],
        id="polish-pan-name-after-the-verb",
    ),
    pytest.param(
        "Corvo Air says customers can rebook through its website.\n\nIn a statement on its website, the company "
        'said: "Corvo Air apologises to all affected customers."',
        [("Corvo Air apologises to all affected customers.", "Corvo Air")],
        id="air-names-an-airline",
    ),
    pytest.param(
        '14:48\nRoomLoop has issued a statement welcoming the decision. "We always said the ban went too far," '
        "the company said.",
        [("We always said the ban went too far,", "RoomLoop")],
        id="camel-case-brand-is-the-company",
    ),
    pytest.param(
        "Posts carried the hashtag #DunmoreFire all day.\n\nDunmore Power & Light rejected the claims. In a "
        'written statement, the company said: "Our spending follows the risk."',
        [("Our spending follows the risk.", "Dunmore Power & Light")],
        id="hashtag-is-no-company",
    ),
    pytest.param(
        "We have not edited the posts.\n\nKINETRA\n\nThe company published the following statement on its "
        "website on Tuesday.\n\n“We have paused all of our vehicles.”",
        [("We have paused all of our vehicles.", "Kinetra")],
        id="one-word-heading-names-the-company",
    ),
    pytest.param(
        "Hospital attack\n\nA spokesman for the agency said there was “no sign that other hospitals were "
        "hit.”\n\nAmong those whose surgery was cancelled was Piotr Lis, 58, a retired bus driver. “I waited "
        "eight months for this operation,” he said by telephone.",
        [
            ("no sign that other hospitals were hit.", "the agency"),
            ("I waited eight months for this operation,", "Piotr Lis"),
        ],
        id="among-those-whose-was-name",
    ),
    pytest.param(
        "The crew was detained. His mother Mai Tran-san to local media tearfully spoke: 「He is still 19 years "
        "old」.",
        [("He is still 19 years old", "Mai Tran")],
        id="japanese-to-local-media-adverb",
    ),
    pytest.param(
        "Strike strands thousands\n\n„We are sorry“, said airline chief Tom Reyes.\n\nIn the departure hall "
        "sits Frau Olena Marsh with her eleven-year-old daughter on a suitcase. The nurse, which lives since "
        "six years in Dunmore, wanted to fly home after a visit with relatives. „My daughter has an appointment "
        "on Tuesday“, says the 38-year-old.",
        [("We are sorry", "Tom Reyes"), ("My daughter has an appointment on Tuesday", "Olena Marsh")],
        id="age-after-a-translated-inverted-subject",
    ),
    pytest.param(
        "Strike strands thousands\n\n„We are sorry“, said airline chief Tom Reyes.\n\nOlena Marsh sits there "
        "with her daughter. „My daughter has an appointment“, says the 38-year-old.",
        [("We are sorry", "Tom Reyes"), ("My daughter has an appointment", "Olena Marsh")],
        id="age-is-the-sentence-subject",
    ),
    pytest.param(
        "Boat capsizes off Lemira\n\nSurviving the capsizing, 24-year-old Syrian Sami Haddad told of the night "
        "he lived.\n\n“We called, we called. Nobody came” said Haddad.",
        [("We called, we called. Nobody came", "Sami Haddad")],
        id="age-and-nationality-before-a-name",
    ),
    pytest.param(
        "Sami Haddad has 24 years and a cousin whom the sea took.\n\n«We called and we called», relates Haddad "
        "from the centre of reception of the island.\n\n«My cousin held my hand and then the wave carried him "
        "away», adds the young man, who has had no news since.",
        [
            ("We called and we called", "Sami Haddad"),
            ("My cousin held my hand and then the wave carried him away", "Sami Haddad"),
        ],
        id="relates-and-the-young-man",
    ),
    pytest.param(
        'The UN refugee agency UNHCR said it was "deeply shocked by the loss of life".',
        [("deeply shocked by the loss of life", "UNHCR")],
        id="descriptor-then-acronym-names-the-body",
    ),
    pytest.param(
        "United Nations High Commissioner for Refugees (UNHCR) spokesperson Mai Tran, “An independent "
        "investigation is essential” said.",
        [("An independent investigation is essential", "Mai Tran")],
        id="initials-then-post-then-name",
    ),
    pytest.param(
        "The president of the farmers' union NUFG, pan Jan Visser, did not yet say whether the union will "
        "comply. On Monday he declared: „We will remain on the roads”.",
        [("We will remain on the roads", "Jan Visser")],
        id="role-of-a-body-with-initials-stays-a-role",
    ),
    pytest.param(
        "CAPTAIN: “THREE HOURS OF SILENCE”\n\nThe captain of the rescue ship Nordlys belonging to the Open Sea "
        "organisation Ingrid Berg, “At 23.10 we gave the exact position” said.",
        [("THREE HOURS OF SILENCE", None), ("At 23.10 we gave the exact position", "Ingrid Berg")],
        id="turkish-long-subject-ending-in-the-name",
    ),
    pytest.param(
        "Interior Minister Ana Costa however, “The coast guard acted flawlessly” made statement.",
        [("The coast guard acted flawlessly", "Ana Costa")],
        id="turkish-made-statement-verb-first",
    ),
    pytest.param(
        "The fisherman Piet Grech contradicts the official account. The coast guard came, so Grech, „perhaps "
        "forty minutes after me“.",
        [("perhaps forty minutes after me", "Piet Grech")],
        id="german-so-name-before-the-words",
    ),
    pytest.param(
        "Dmitri Lind, the suspended conductor, has broken his silence in a lengthy Instagram post, insisting "
        "that he has “never set out to humiliate anyone”.",
        [("never set out to humiliate anyone", "Dmitri Lind")],
        id="platform-post-is-where-not-who",
    ),
    pytest.param(
        'Here is Selam Haile\'s Instagram post from Thursday night in full:\n\n"I am broken, but I am not '
        'beaten."',
        [("I am broken, but I am not beaten.", "Selam Haile")],
        id="possessive-platform-post-in-full",
    ),
    pytest.param(
        "Quake\n\nThe governor spoke first. Moreover Tanabe-shi 「The ferries will run all night」 and stated, "
        "and left.",
        [("The ferries will run all night", "Tanabe")],
        id="an-opening-connective-is-no-part-of-an-honoured-name",
    ),
    pytest.param(
        "Quake\n\nTanabe-shochō (director) of the Seismology Institute explained 「The fault moved twice」, and "
        "left.",
        [("The fault moved twice", "Tanabe")],
        id="a-japanese-post-glossed-in-brackets-before-of",
    ),
    pytest.param(
        "Flights\n\nBrevia Air grounded its fleet. “All Brevia Air flights are cancelled until Friday,” the "
        "company said.",
        [("All Brevia Air flights are cancelled until Friday,", "Brevia Air")],
        id="a-quotation-opening-all-names-no-company",
    ),
    pytest.param(
        "Hotels\n\nThe Morland Hotels company, which owns the resort, claimed that “every guest was moved in "
        "time”.",
        [("every guest was moved in time", "Morland Hotels")],
        id="the-x-company-is-x",
    ),
    pytest.param(
        "Harbour\n\n« Our nets have been dry for a week », launches Idris Kane, president of the fishers' "
        "league.",
        [("Our nets have been dry for a week", "Idris Kane")],
        id="launches-after-a-quotation",
    ),
    pytest.param(
        "Harbour\n\nThe league launches a petition today. “Sign it,” Kane said.",
        [("Sign it,", "Kane")],
        id="launches-before-no-quotation-is-no-cue",
    ),
    pytest.param(
        "Tankers\n\nTomas Berg, managing director of Solvik Shipping, flew in on Monday. The MD repeated that "
        "the company “will pay every claim”.",
        [("will pay every claim", "Tomas Berg")],
        id="the-md-is-the-managing-director",
    ),
    pytest.param(
        "Tankers\n\nThe salvage stalled. Still on Tuesday Irena Holt from the firm Deepwell Salvage complained: "
        "„We could start in a day”.",
        [("We could start in a day", "Irena Holt")],
        id="a-name-from-the-firm-complained",
    ),
    pytest.param(
        "Tankers\n\nA spokesman for Nordby Bulk AS, the trawler's Bergen-based owner, said the company “will "
        "not comment”.",
        [("will not comment", "Nordby Bulk AS")],
        id="a-spokesman-for-a-body-described-between-commas",
    ),
    pytest.param(
        "Tankers\n\nThe tanker Aurora Veld, owned by Veld Tanker Lines, ran aground. A Veld spokeswoman said "
        "the office had taken “more than 900 claims”.",
        [("more than 900 claims", "Veld Tanker Lines")],
        id="a-one-word-body-before-spokeswoman-is-the-firm-it-opens",
    ),
    pytest.param(
        "Quake\n\n“Mountains do not warn us.”\n\nSo said Pavel Dura, the man who runs the seismology institute, "
        "as if that settled it.",
        [("Mountains do not warn us.", "Pavel Dura")],
        id="so-said-in-the-paragraph-after",
    ),
    pytest.param(
        "Leaked Corvex memo: boss wanted checks kept light\n\nCorvex Systems denied it. A spokeswoman for "
        "Corvex said the firm would “set out the facts”.",
        [("set out the facts", "Corvex Systems")],
        id="a-headline-verb-is-no-given-name",
    ),
    pytest.param(
        "Chatbots\n\nThe investor Ivo Marr said: „I will sell my shares”.\n\nThe Commissioner for Children Ruth "
        "Kagame does not hide her anger. „A firm that cannot tell a child's age should not talk to children” – "
        "stressed the commissioner.",
        [
            ("I will sell my shares", "Ivo Marr"),
            ("A firm that cannot tell a child's age should not talk to children", "Ruth Kagame"),
        ],
        id="a-portfolio-between-post-and-name",
    ),
    pytest.param(
        "Chatbots\n\nThe Commissioner for Children Ruth Kagame does not hide her anger. „It should stop” – "
        "stressed pani Kagame.",
        [("It should stop", "Ruth Kagame")],
        id="a-portfolio-word-is-no-given-name",
    ),
    pytest.param(
        "Chatbots\n\nThe MDRA's Obi chief executive said 「We are investigating the firm」.",
        [("We are investigating the firm", "Obi")],
        id="a-body-possessive-then-surname-and-post",
    ),
    pytest.param(
        "Chatbots\n\nThe minister, Rosa Tell, assured this Tuesday before parliament that «self-regulation is "
        "over» for the platforms, after the case of a boy who, according to his family, was told to hurt "
        "himself.",
        [("self-regulation is over", "Rosa Tell")],
        id="according-to-in-a-relative-clause-after-the-quotation",
    ),
    pytest.param(
        "Chatbots\n\nThe Minister of Digital Affairs, Tell-shi, in parliament on the 11th stated 「The age of "
        "self-regulation is over」, and left.",
        [("The age of self-regulation is over", "Tell")],
        id="in-parliament-on-a-day-between-subject-and-verb",
    ),
    pytest.param(
        "Prison\n\n„Order was restored before dawn“, informed the Regional Police Oberau in a communication.",
        [("Order was restored before dawn", "Oberau Regional Police")],
        id="a-body-then-its-town-german-order",
    ),
    pytest.param(
        "Fire\n\nAnn Vell, owner of Vell Heritage Restoration, insists her welders stopped in time. “All "
        "welding stopped at four,” she said.",
        [("All welding stopped at four,", "Ann Vell")],
        id="a-name-then-owner-of-a-firm-between-commas",
    ),
    pytest.param(
        "Fire\n\nTomas Rijk spoke earlier.\n\nThe owner of the restoration company Vell Heritage Restoration "
        '(VHR), Ann Vell, rejects the blame. "We did not switch off any detector," she said.',
        [("We did not switch off any detector,", "Ann Vell")],
        id="a-long-post-and-firm-then-the-name-for-a-pronoun",
    ),
    pytest.param(
        "Fire\n\nA worker of the firm, the 34-year-old Ukrainian Pavlo Hrytsenko, tells it differently. „I saw "
        "smoke at six“, so Hrytsenko.",
        [("I saw smoke at six", "Pavlo Hrytsenko")],
        id="a-nationality-before-a-full-name",
    ),
    pytest.param(
        "Referendum\n\nNadkomisarz Piotr Wrona, head of the police, appeared on Monday. „My officers received "
        "the order” – said the nadkomisarz.",
        [("My officers received the order", "Piotr Wrona")],
        id="an-untranslated-post-written-as-a-title",
    ),
    pytest.param(
        "Referendum\n\nThe police said 93 officers were hurt.\n\nA spokesman for the Regional Government of "
        'Valmora gave a very different picture. "By eight, 844 people had been treated," he told reporters.',
        [("By eight, 844 people had been treated,", "the Regional Government of Valmora")],
        id="an-unnamed-spokesman-in-the-sentence-before-a-pronoun",
    ),
    pytest.param(
        'Fire\n\nThe chief spoke. In a written statement released at noon, the archdiocese said: "We did not '
        'authorise any shutdown."',
        [("We did not authorise any shutdown.", "the archdiocese")],
        id="the-archdiocese-said",
    ),
    pytest.param(
        'Fire\n\nThe chief spoke. The Archdiocese of Tarvel said: "We did not authorise any shutdown."\n\nThe '
        'statement, signed by its chancellor, went on: "Our staff followed the instructions."',
        [
            ("We did not authorise any shutdown.", "the Archdiocese of Tarvel"),
            ("Our staff followed the instructions.", "the Archdiocese of Tarvel"),
        ],
        id="the-statement-went-on-is-its-issuers",
    ),
    pytest.param(
        "Fire\n\nThe memo, written by engineer Ann Vell and copied to director Tomas Rijk, warns that the river "
        "is “more corrosive”.",
        [("more corrosive", "Ann Vell")],
        id="a-memo-is-its-writers-not-the-last-speakers",
    ),
    pytest.param(
        "Fire\n\nThe mayor spoke. According to a communication of the fire brigade was the fire at midnight "
        "under control. „One firefighter was lightly burned“, it stated further.",
        [("One firefighter was lightly burned", "the fire brigade")],
        id="a-communication-of-the-body-then-it",
    ),
    pytest.param(
        "Fire\n\nThe company denied it. The prosecutor's office of Tarvel opened an inquiry. On arson, it "
        "explained that 「nothing points to a deliberate act」.",
        [("nothing points to a deliberate act", "prosecutor's office of Tarvel")],
        id="the-prosecutors-office-of-a-town-is-a-body",
    ),
    pytest.param(
        "Referendum\n\nRegarding the vote held on the 6th, Dalman Shushō (Prime Minister) of the central "
        "government, in the televised speech, 「Today there was no referendum」 and said, and left.",
        [("Today there was no referendum", "Dalman")],
        id="a-japanese-post-capitalised-after-the-surname",
    ),
    pytest.param(
        'Fire\n\nThe citizen group "Friends of Saint Ilva", founded in 1974, said it had received 9,000 '
        'messages. "We have never seen anything like it," the group wrote.',
        [("We have never seen anything like it,", "Friends of Saint Ilva")],
        id="a-group-named-in-marks-with-small-words",
    ),
    pytest.param(
        "Fire\n\nThe administrative court of Tarvel city ruled on the 12th. The court in the decision pointed "
        "out that 「the city has not shown otherwise」.",
        [("the city has not shown otherwise", "the court")],
        id="a-court-of-a-town-then-the-court",
    ),
    pytest.param(
        "Commuters\n\nPriya Nair leaves at five. By five she is in her car, in a queue to St Aurelia Hospital, "
        "where she is a nurse.\n\n“I used to get there in twenty minutes,” she says.",
        [("I used to get there in twenty minutes,", "Priya Nair")],
        id="a-hospital-named-after-a-saint-is-no-woman",
    ),
    pytest.param(
        "Coach\n\nKenji Sato was fighting for his job. In it, a voice that no one has disputed is Sato's can be "
        "heard shouting: “You are cowards.”",
        [("You are cowards.", "Kenji Sato")],
        id="a-voice-that-is-someones",
    ),
    pytest.param(
        "Coach\n\nPress conference over. Dragan Kovac spoke. The key line from Kovac, asked about the "
        'leak:\n\n"Nobody here leaked anything."',
        [("Nobody here leaked anything.", "Dragan Kovac")],
        id="the-key-line-from-someone",
    ),
    pytest.param(
        "Coach\n\n«We will claim every euro», declared the lawyer Paloma Ruiz in her office.\n\nThe minister "
        "Ana Kos disagreed. «The contract is void», she said.\n\n«The real scandal is the recording», affirmed "
        "the jurist.",
        [
            ("We will claim every euro", "Paloma Ruiz"),
            ("The contract is void", "Ana Kos"),
            ("The real scandal is the recording", "Paloma Ruiz"),
        ],
        id="the-jurist-is-the-lawyer",
    ),
    pytest.param(
        'Coach\n\nThe veteran sport journalist Sergei Lebedev\'s words "That recording did not leave the room '
        'by itself" were shared widely.',
        [("That recording did not leave the room by itself", "Sergei Lebedev")],
        id="someones-words-before-the-words",
    ),
    pytest.param(
        "Coach\n\nThe argument found an ally in Sergei Lebedev, the Courier's veteran columnist, who accused "
        "the federation of being “eager to find a scapegoat”.",
        [("eager to find a scapegoat", "Sergei Lebedev")],
        id="a-name-the-post-then-who-after-in",
    ),
    pytest.param(
        'Coach\n\nAccording to Leyla Demir, the captain said that the team "only wants to play football".',
        [("only wants to play football", "Leyla Demir")],
        id="according-to-before-a-reported-cue-keeps-the-source",
    ),
    pytest.param(
        "Water\n\nIn front of the hospital, the lady Marisol Quintero, spokeswoman of the collective of "
        "neighbors Clean Taps Now, did not hide her anger. «They saved four million»",
        [("They saved four million", "Clean Taps Now")],
        id="a-short-word-ending-like-a-nationality-is-no-nationality",
    ),
    pytest.param(
        "Spill\n\nThe minister spoke on TV. The ministry has, as it says in a communication, „the emergency "
        "plan at the highest level activated“.",
        [("the emergency plan at the highest level activated", "the ministry")],
        id="as-it-says-after-the-subject",
    ),
    pytest.param(
        "Spill\n\nTomas Berg spoke. The company on the 2nd, on official SNS, posted 「A claims office was "
        "opened」.",
        [("A claims office was opened", "the company")],
        id="on-official-sns-between-commas-is-where",
    ),
    pytest.param(
        "Spill\n\nTanker owner Veld Tanker Lines broke its silence on X. The Japanese-owned firm posted: “We "
        "have opened a claims office.”",
        [("We have opened a claims office.", "Veld Tanker Lines")],
        id="on-x-ends-a-sentence-and-the-owned-firm-is-the-firm",
    ),
    pytest.param(
        "Prison\n\nDunmore has been run since 2016 by Ardent Custodial Group (ACG), one of two "
        'contractors.\n\n"We deeply regret the loss of life," the company said.',
        [("We deeply regret the loss of life,", "Ardent Custodial Group")],
        id="a-group-named-in-capitals-is-the-company",
    ),
    pytest.param(
        "Coach fights for his job\n\nLYSTRA, Varnia, Oct 13 (Northern Press Agency) — Varnia's national "
        "football coach Ken Ota was fighting for his job after a recording in which he appears to call his "
        "players “cowards”.",
        [("cowards", "Ken Ota")],
        id="a-dateline-with-date-and-agency-then-a-long-post",
    ),
    pytest.param(
        "Bridge\n\n« The report warned of exactly these cracks », launched in the Parliament the deputy of the "
        "opposition Omar Said (Civic Alliance).",
        [("The report warned of exactly these cracks", "Omar Said")],
        id="launched-in-the-parliament-then-who",
    ),
    pytest.param(
        "Bridge\n\nDr Ken Ota, the engineer whose inspection closed the bridge and who said on Monday that the "
        "cracks were “wide”, was right.",
        [("wide", "Ken Ota")],
        id="the-second-of-two-relatives-is-the-names",
    ),
    pytest.param(
        "Bridge\n\nMeanwhile, Lund Transport Minister on the 6th at the press conference announced a ferry. "
        "「Within this month, a ferry will run」 the Minister stated.",
        [("Within this month, a ferry will run", "Lund")],
        id="japanese-order-surname-then-post-for-the-minister",
    ),
    pytest.param(
        "Bridge\n\nRahimi Mayor of Mirenholt city, about the ferry, 「late, but welcome」 commented.",
        [("late, but welcome", "Rahimi")],
        id="japanese-order-surname-then-post-of-a-city",
    ),
    pytest.param(
        "Prison\n\nRegarding the report in which the Prisons Ombudsman warned of overcrowding, Ombudsman Tanaka "
        "Mariko-shi emphasized, 「The report was sent in October」.",
        [("The report was sent in October", "Tanaka Mariko")],
        id="the-body-post-after-an-article-is-no-surname",
    ),
    pytest.param(
        "Cable car\n\nOn Friday, the judge Giulia Ferri placed the technician Emre Sarp under house arrest and "
        "wrote in her decision that «it is not credible that he acted alone».",
        [("it is not credible that he acted alone", "Giulia Ferri")],
        id="a-post-and-name-after-the-verb-is-no-part-of-the-subject",
    ),
    pytest.param(
        'Live: coach sacked\n\n17:20\nBREAKING: Here is the EFF statement in full:\n\n"The federation has ended '
        'the coach\'s contract."',
        [("The federation has ended the coach's contract.", "EFF")],
        id="a-live-label-is-no-one-and-the-x-statement-in-full",
    ),
    pytest.param(
        "Coach\n\nKenji Sato was sacked. The technician Japanese, of 52 years, was dismissed after a recording "
        "in which he called his players «cowards».",
        [("cowards", "Kenji Sato")],
        id="a-nationality-after-the-post-is-no-name",
    ),
    pytest.param(
        "Coach\n\nCaptain Omar Rahal, whom Sato in the recording as »pensioner with armband« mocked, had posted "
        "on Instagram.",
        [("pensioner with armband", "Sato")],
        id="whom-someone-mocked-after-the-words",
    ),
    pytest.param(
        "Coach\n\nThe captain Omar Rahal, whom Sato on the recording called „pensioner with armband”, said "
        "nothing.",
        [("pensioner with armband", "Sato")],
        id="whom-someone-called-before-the-words",
    ),
    pytest.param(
        "“We did nothing wrong”: ferry owner Lars Dyrby breaks his silence\n\nBy Ana Lopez\n\nLars Dyrby, 58, "
        "spoke for an hour.",
        [("We did nothing wrong", "Lars Dyrby")],
        id="a-headline-name-after-the-words-then-any-verb",
    ),
    pytest.param(
        "“Chaos”: Dunmore braces for the storm\n\nThe town of Dunmore waited.",
        [("Chaos", None)],
        id="a-headline-place-after-the-words-is-no-one",
    ),
    pytest.param(
        "Mill fire\n\nThe police see no crime. „There is nothing to suggest arson“, it was said from the "
        "Regional Police Oberau.",
        [("There is nothing to suggest arson", "Oberau Regional Police")],
        id="it-was-said-from-a-body",
    ),
    pytest.param(
        "Clinic\n\nA patient died at Vesna General Hospital on Monday. „We mourn with the family“, it was "
        "called in a communication of the clinic.",
        [("We mourn with the family", "the Vesna General Hospital")],
        id="the-clinic-is-the-hospital-named-before",
    ),
    pytest.param(
        "Audit\n\nThe Labour Inspectorate opened a case. Further the authority wanted to say nothing: one will "
        "„not comment on single cases“, it was called in a communication of the Inspectorate.",
        [("not comment on single cases", "Labour Inspectorate")],
        id="an-opening-further-is-no-name",
    ),
    pytest.param(
        "Rail\n\nVantor Rail's CEO Bay Emre Kaplan, on the day of the crash, “Our thoughts are with the "
        "injured” had said.",
        [("Our thoughts are with the injured", "Emre Kaplan")],
        id="a-turkish-title-before-a-full-name",
    ),
    pytest.param(
        "Pharmacy\n\nThe pharmacist Tomasz Bielak warned in May.\n\nPan Bielak, as he says, regrets nothing. „I "
        "did what I had to do“, he said.",
        [("I did what I had to do", "Tomasz Bielak")],
        id="a-polish-title-before-a-surname-as-the-subject",
    ),
    pytest.param(
        "Bank\n\nPan Wei, the central bank governor, spoke on Monday. “Rates stay where they are,” he said.",
        [("Rates stay where they are,", "Pan Wei")],
        id="pan-as-a-surname-stays",
    ),
    pytest.param(
        "Rail\n\nMira Osei, a nurse who broke her arm, says she has heard nothing. When she rang the helpline, "
        "“claims are handled case by case”, she was told by a member of staff.\n\nThe carriage had been “like a "
        "furnace” before it tipped, according to her.",
        [("claims are handled case by case", "member of staff"), ("like a furnace", "Mira Osei")],
        id="according-to-her-after-she-was-told-by-someone-unnamed",
    ),
    pytest.param(
        "Rail\n\nVantor Rail has said the bridge was left off its list because, in Emre Kaplan’s words, “our "
        "records showed it had been repaired”.",
        [("our records showed it had been repaired", "Emre Kaplan")],
        id="in-someones-words-after-another-cue",
    ),
    pytest.param(
        "Audit\n\nThe numbers rest on „a faulty method“, said Zawadzki opposite journalists in Halvergate.",
        [("a faulty method", "Zawadzki")],
        id="opposite-journalists-is-no-part-of-the-name",
    ),
    pytest.param(
        "Avalanche\n\nMorita-shi, leader of the rescue team that arrived first, looked back as follows. 「When "
        "we arrived, the hut was gone.」",
        [("When we arrived, the hut was gone.", "Morita")],
        id="a-sentence-that-ends-as-follows",
    ),
    pytest.param(
        "Avalanche\n\nThe families have formed an association, “Never Again”, and Haruto Sato, one of its "
        "founders, says he wants “answers, not flowers.”",
        [("answers, not flowers.", "Haruto Sato")],
        id="a-clause-before-and-a-name-with-an-aside",
    ),
    pytest.param(
        "Debate\n\nThe issue had come up after Ms. Varga, asked about the strike, had said, “Our workers "
        "deserve better.”",
        [("Our workers deserve better.", "Varga")],
        id="a-name-after-after-in-a-clause-with-its-own-verb",
    ),
    pytest.param(
        "App\n\nDovetail Data Systems built the app. Its founder apologised in a post on LinkedIn.\n\nThe "
        "Ledger asked Dovetail about the tests. A spokeswoman for the company said: “We tested every release.”",
        [("We tested every release.", "Dovetail Data Systems")],
        id="the-company-is-the-one-named-last-not-the-paper-that-asked",
    ),
    pytest.param(
        "Ferry\n\nThe route is run by Nordlys Linjer (NL), a family company owned by Ada Berg.\n\nIn a short "
        "statement, the company said: “Our thoughts are with the passengers.”",
        [("Our thoughts are with the passengers.", "Nordlys Linjer")],
        id="a-company-named-then-described-in-apposition",
    ),
    pytest.param(
        "Ferry\n\nStaff have told investigators the door had jammed for weeks. The ferry passed its last "
        "inspection, a company spokeswoman said on Sunday, “without any remarks.”",
        [("without any remarks.", "company spokeswoman")],
        id="staff-who-told-investigators-are-no-company",
    ),
    pytest.param(
        "Bakery\n\nSeveral hundred people gathered outside the shop on Mill Street. „Sorry does not pay the "
        "rent!” – shouted to the gathered the general secretary of the Bakers' Union (BU), Ines Varro.",
        [("Sorry does not pay the rent!", "Ines Varro")],
        id="a-cue-to-the-gathered-then-who",
    ),
    pytest.param(
        "Rail\n\nThe opposition spokesman Ruben Oyelaran attacked the minister.\n\nLeader of the union of tram "
        "drivers UTD, Siergiej Horak, does not leave a dry thread on the operator. „Our drivers warned about "
        "this” – he said.",
        [("Our drivers warned about this", "Siergiej Horak")],
        id="a-post-without-an-article-then-the-name-as-the-subject",
    ),
    pytest.param(
        "Floods\n\nPan gubernator will not back down, despite the criticism of the Minister of Tourism Elena "
        "Moraes, who called the closure „exaggerated”.",
        [("exaggerated", "Elena Moraes")],
        id="a-name-then-who-called-it",
    ),
    pytest.param(
        "Ferry\n\nThe owner of the company Nordlys Linjer, Ada Berg, who is under investigation, denied any "
        "knowledge. «I never approved the change», assured the businesswoman.",
        [("I never approved the change", "Ada Berg")],
        id="the-owner-of-a-named-company-then-her-name",
    ),
    pytest.param(
        "Vote\n\nPiotr Lasek, a polling clerk, has been visited twice by police. “Seal the box and wait,” he "
        "was eventually told by Omar Sayed, the district supervisor.",
        [("Seal the box and wait,", "Omar Sayed")],
        id="told-by-after-an-adverb",
    ),
    pytest.param(
        "Vote\n\nAna Diaz said she had met the head of the mission.\n\n“The mission will follow every ballot,” "
        "she said she was told by Kenji Mori. Mori has warned all week.",
        [("The mission will follow every ballot,", "Kenji Mori")],
        id="she-said-she-was-told-by",
    ),
    pytest.param(
        "Bank\n\nThe bank called the leak «a grave breach». The spokeswoman of Economy of the opposition Green "
        "Union (GU), the señora Hulya Demir, was forceful: «The minutes show what we feared».",
        [("a grave breach", "the bank"), ("The minutes show what we feared", "Hulya Demir")],
        id="a-post-of-a-body-then-the-name-then-a-colon",
    ),
    pytest.param(
        "Markets\n\nCorvane's Yuki Tanabe thinks the rise “looks like panic”.",
        [("looks like panic", "Yuki Tanabe")],
        id="a-firms-analyst-by-full-name",
    ),
    pytest.param(
        "Water\n\nBrightwell Springs, the bottled-water producer, on Thursday rejected claims that its plant "
        "worsens the drought.\n\nIn a statement released on Thursday, the company said: “Our extraction is "
        "tiny.”",
        [("Our extraction is tiny.", "Brightwell Springs")],
        id="a-company-in-apposition-with-the-that-did-something",
    ),
    pytest.param(
        "Water\n\nThe dispute also touches the company of bottled water Brightwell Springs, accused by "
        "residents of pumping groundwater. In a communiqué published Thursday, the society affirms that its "
        "extraction « is tiny »",
        [("is tiny", "Brightwell Springs")],
        id="the-society-is-the-company-in-translation",
    ),
    pytest.param(
        "Water\n\nThe post was shared thousands of times.\n\nÔng Minh Tran, Director General of Metropolitan "
        "Water Authority Kelvara, admitted “a third of the water is lost”.",
        [("a third of the water is lost", "Minh Tran")],
        id="a-post-of-a-body-then-its-town-after-the-name",
    ),
    pytest.param(
        "Museum\n\nTakamura-shi said 「My voice was not heard」.\n\nAccording to Takamura-shi, after the board "
        "meeting, he was told by chairman Hollins-shi 「We cannot afford a scandal」.",
        [("My voice was not heard", "Takamura"), ("We cannot afford a scandal", "Hollins")],
        id="told-by-right-before-the-words-after-according-to",
    ),
    pytest.param(
        "Dunmore: the council cuts the budget, the mayor attacks the « so-called experts »\n\nFrom our "
        "envoy\n\nThree days on, Dunmore still has no budget. The mayor of Dunmore, Ann Keel, hardened the "
        "tone.",
        [("so-called experts", None)],
        id="a-headline-label-before-a-clause-and-a-comma-is-no-speaker",
    ),
    pytest.param(
        "Vote\n\nThe maker of the software, the company Brightwell Systems from Lindhaven, informed in a "
        "written declaration, a „synchronisation error“ had stopped the count.",
        [("synchronisation error", "Brightwell Systems")],
        id="a-company-from-its-town",
    ),
    pytest.param(
        "Bank\n\nFinance minister Ana Ruiz said the rise was needed.\n\nThe IMF mission visiting Valdoria, its "
        "chief Nazarof-shi evaluated 「the decisive action is welcome」.",
        [("the decisive action is welcome", "Nazarof")],
        id="evaluated-right-before-the-words",
    ),
    pytest.param(
        "Museum\n\n„We treat this as a long theft” – said to journalists nadkomisarz Piotr Lasek, head of the "
        "Art Unit.",
        [("We treat this as a long theft", "Piotr Lasek")],
        id="an-untranslated-rank-after-to-journalists",
    ),
    pytest.param(
        "Museum\n\nThe lawyer Selin Demir Hanım said her client knew nothing.\n\nBay Kaya, who returned the "
        "pieces, describes himself as “a victim”.",
        [("a victim", "Kaya")],
        id="a-turkish-title-before-a-surname-in-a-story-with-turkish-honorifics",
    ),
    pytest.param(
        "Coach\n\nThe coach had asked for pardon on Monday, and affirmed that «a locker room is no press "
        "room».\n\nThe captain, Omar el Sayed, wrote on Tuesday in his social networks that «what was said "
        "hurt».",
        [("a locker room is no press room", None), ("what was said hurt", "Omar el Sayed")],
        id="a-name-with-the-particle-el-in-apposition",
    ),
    pytest.param(
        "Police\n\nThe Metropolitan Police of Montaleva received a complaint. „We confirm the complaint” – "
        "communicated the press team of the police.",
        [("We confirm the complaint", "the Metropolitan Police of Montaleva")],
        id="the-press-team-of-a-body",
    ),
    pytest.param(
        "Coach\n\nThe union chairwoman spoke.\n\nAlso the main sponsor, the Brauerei Falk, had already on "
        "Monday evening reacted. »We expect respect«, let the company announce.",
        [("We expect respect", "Falk")],
        id="a-german-brewery-is-the-company",
    ),
    pytest.param(
        "Coach\n\nBeer giant Falk, whose logo is on the shirts, also turned the screw. A spokeswoman said: 'We "
        "expect respect'",
        [("We expect respect", "Falk")],
        id="a-spokeswoman-after-a-company-introduced-by-its-kind",
    ),
    pytest.param(
        "Anchor\n\nMara Lind quits.\n\nAt the end of the bulletin, the 8pm news watched by a million people, "
        "Lind put down her script, looked into the camera and said: “I cannot read the news.”",
        [("I cannot read the news.", "Mara Lind")],
        id="a-name-opening-a-clause-after-an-aside-then-and-said",
    ),
    pytest.param(
        "Rally\n\nKim Lane went to the rally alone.\n\nThe moment that Ms. Lane, 21, held up her signs, "
        "supporters ripped them away and began shoving her, screaming slurs and calling her “scum,” she said in "
        "an interview.",
        [("scum,", "Kim Lane")],
        id="a-participle-after-an-aside-leaves-the-words-to-she-said",
    ),
    pytest.param(
        "In a statement, the Harbourline Underground Consortium said it “rejects every claim of negligence.”",
        [("rejects every claim of negligence.", "Harbourline Underground Consortium")],
        id="place-word-in-body-name",
    ),
    pytest.param(
        "The port authority agreed to the checks. “We will be back at work tomorrow, but we will watch every "
        "gateNadia Osei, the union’s general secretary, said.",
        [("We will be back at work tomorrow, but we will watch every gate", "Nadia Osei")],
        id="glued-name-then-post-then-cue",
    ),
    pytest.param(
        "“We want answers,” said Carla Benn.\n\nThe mum-of-two said Tomas, 38, known to his colleagues as “Big "
        "Tom”, had driven buses for 12 years.\n\n“He loved the route,” she said.",
        [("We want answers,", "Carla Benn"), ("He loved the route,", "Carla Benn")],
        id="mum-of-two-subject-and-nickname",
    ),
    pytest.param(
        "Public Works Minister Anton Rhee visited the site on Tuesday. His ministry said the works were halted "
        "“with immediate effect”.",
        [("with immediate effect", "Ministry of Public Works")],
        id="ministry-of-two-word-portfolio",
    ),
    pytest.param(
        "The Vellmar Tunnel Group is building the line.\n\nThe group’s written statement, issued on Monday, "
        "read in full:\n\n“We deeply regret the incident.”",
        [("We deeply regret the incident.", "the Vellmar Tunnel Group")],
        id="body-possessive-statement",
    ),
    pytest.param(
        "The statement did not mention site director Olaf Brink, who on Monday night said the readings had "
        "shown “nothing alarming”.",
        [("nothing alarming", "Olaf Brink")],
        id="who-on-weekday-night-said",
    ),
    pytest.param(
        "Police said they had opened a case. “An investigation is under way,” a police spokesman said.",
        [("An investigation is under way,", "police")],
        id="indefinite-police-spokesman",
    ),
    pytest.param(
        "“We are deeply alarmed,” a spokeswoman for the Alliance for a Free Internet said.",
        [("We are deeply alarmed,", "the Alliance for a Free Internet")],
        id="body-for-a",
    ),
    pytest.param(
        "The Ministry of Energy, Mines and Industry said 「We are gathering information on the situation.」",
        [("We are gathering information on the situation.", "The Ministry of Energy Mines and Industry")],
        id="ministry-with-list-of-portfolios",
    ),
    pytest.param(
        "The rights group Open Voice Network (OVN) Executive Director Selin Aydın, “An editor was fired for "
        "reporting the truth” said.",
        [("An editor was fired for reporting the truth", "Selin Aydın")],
        id="turkish-post-after-initials",
    ),
    pytest.param(
        "Editor Defne Kaya was dismissed on Monday. Kaya Hanım on social media “I was fired for doing my job” "
        "had written.",
        [("I was fired for doing my job", "Defne Kaya")],
        id="turkish-honorific-on-social-media",
    ),
    pytest.param(
        "„The couriers set no prices“, so read the presiding judge Maren Holt the core of the ruling.",
        [("The couriers set no prices", "Maren Holt")],
        id="german-so-read",
    ),
    pytest.param(
        "In the ruling, presiding judge Maren Holt-saibanchō read out 「a platform that assigns work is an "
        "employer」.",
        [("a platform that assigns work is an employer", "Maren Holt")],
        id="japanese-read-out-saibancho",
    ),
    pytest.param(
        "Ravi Menon said 「Orders are down by a third」. Quickbite in a comment said 「We respect the court」.",
        [("Orders are down by a third", "Ravi Menon"), ("We respect the court", "Quickbite")],
        id="japanese-in-a-comment-said",
    ),
    pytest.param(
        "« Threats are not a plan », declared before the deputies the minister of Labour, Mme Aline Roux.",
        [("Threats are not a plan", "Aline Roux")],
        id="french-before-the-deputies",
    ),
    pytest.param(
        "« Nobody here wants the couriers exploited », nuances Petros Alexiou, president of the restaurateurs.",
        [("Nobody here wants the couriers exploited", "Petros Alexiou")],
        id="french-nuances",
    ),
    pytest.param(
        "The firm’s Veldor country manager Jonas Berg Bey, to the question of whether the threat is serious, "
        "“We are not bluffing” answer gave.",
        [("We are not bluffing", "Jonas Berg")],
        id="turkish-to-the-question",
    ),
    pytest.param(
        "Labour Minister Amina Okafor Hanım spoke in parliament on Friday. Okafor Hanım “Threats are not a "
        "business plan” said.",
        [("Threats are not a business plan", "Amina Okafor")],
        id="turkish-surname-hanim-said",
    ),
    pytest.param(
        "Tesfaye senshu, called 「Rift Runner」 in her home country, on SNS posted 「I never took a banned "
        "substance」.",
        [("I never took a banned substance", "Tesfaye")],
        id="home-country-is-no-post",
    ),
    pytest.param(
        "Markets\n\nBy Noor Hadley | Tech & Markets | March 13\n\n“Every option is on the table,” a Quickbite "
        "spokeswoman said. The company has said it “profoundly disagrees” with the ruling.",
        [("Every option is on the table,", "Quickbite"), ("profoundly disagrees", "Quickbite")],
        id="company-after-its-spokeswoman-not-the-desk",
    ),
    pytest.param(
        "Gate plan disputed\n\nPort Elm – Rashid Omari, the events officer, broke his silence on Wednesday. « "
        "The plan had four open gates », he declared.",
        [("The plan had four open gates", "Rashid Omari")],
        id="title-case-dateline-before-a-name",
    ),
    pytest.param(
        "Tomás Quiroga died at the gate. His sister speaks. «My brother went to a concert», says the señora "
        "Quiroga.",
        [("My brother went to a concert", "Quiroga")],
        id="senora-is-not-the-brother",
    ),
    pytest.param(
        "Ana Lis recounts: „We shouted”. The city council in a communiqué assured, that „it will publish all "
        "licensing documents”.",
        [("We shouted", "Ana Lis"), ("it will publish all licensing documents", "the city council")],
        id="body-in-a-communique-assured",
    ),
    pytest.param(
        "Heartbroken Lucia Vela, 24, told us: “They let the band keep playing.”",
        [("They let the band keep playing.", "Lucia Vela")],
        id="tabloid-feeling-before-a-name",
    ),
    pytest.param(
        "Regarding the gates, the organizer Brightway Events company's Tanizaki Ren president has insisted 「The "
        "gates were closed by the police」.",
        [("The gates were closed by the police", "Tanizaki Ren")],
        id="japanese-kind-then-company-then-post",
    ),
    pytest.param(
        "Northlight Live Events issued its first statement on Sunday: “Our thoughts are with the families.” A "
        "second statement followed on Tuesday. “We sold 38,000 tickets,” it said.",
        [
            ("Our thoughts are with the families.", "Northlight Live Events"),
            ("We sold 38,000 tickets,", "Northlight Live Events"),
        ],
        id="it-said-after-a-second-statement",
    ),
    pytest.param(
        "Police raided the farm. „This was an industrial operation” – said on the press conference col. Amir "
        "Haddou, the commander of the unit.",
        [("This was an industrial operation", "Amir Haddou")],
        id="polish-on-the-press-conference-col",
    ),
    pytest.param(
        "The chain Marbella is affected. In a written statement of the enterprise it is said: „We were deceived "
        "exactly like our customers.“",
        [("We were deceived exactly like our customers.", "Marbella")],
        id="german-in-a-statement-of-it-is-said",
    ),
    pytest.param(
        "Orla Markets, a chain that sold the oil in Spain, Germany, Poland and Norway, said it had been "
        "“deceived just like our customers”.",
        [("deceived just like our customers", "Orla Markets")],
        id="apposition-with-a-list-of-places",
    ),
    pytest.param(
        "Ida Berg heads the Norland Customs Agency (NCA). A spokesman for the agency went further: “We have the "
        "email.”",
        [("We have the email.", "the Norland Customs Agency")],
        id="spokesman-for-the-agency-colon",
    ),
    pytest.param(
        "Diallo spoke. A spokesman for the Ministry of Health rejected the call. “The president has full "
        "confidence,” he said.",
        [("The president has full confidence,", "the Ministry of Health")],
        id="he-after-a-spokesman-for-a-body",
    ),
    pytest.param(
        "Commander Sergei Volkov spoke. The murdered ranger's wife Marisol Vega Hanım, at the funeral ceremony, "
        "“My husband was killed because he did his duty” said.",
        [("My husband was killed because he did his duty", "Marisol Vega")],
        id="turkish-subject-then-where",
    ),
    pytest.param(
        "«Tomás knew each path», said visibly moved the functionary Ana Ruiz. According to the same one, the "
        "park lacks staff: «We had eleven guards».",
        [("Tomás knew each path", "Ana Ruiz"), ("We had eleven guards", "Ana Ruiz")],
        id="spanish-visibly-moved-and-the-same-one",
    ),
    pytest.param(
        "The minister spoke. M. Duarte announced on the spot « the suspension of all felling permits », a "
        "measure claimed since long by the associations.",
        [("the suspension of all felling permits", "M. Duarte")],
        id="a-measure-claimed-is-no-cue",
    ),
    pytest.param(
        "The Federation of Indigenous Peoples of Alto Verde (FIPAV) demanded through a communiqué: «We demand "
        "that the Government recognise our guards».",
        [
            ("We demand that the Government recognise our guards", "the Federation of Indigenous Peoples of Alto Verde"),
        ],
        id="alto-in-a-place-name",
    ),
    pytest.param(
        "The Ledger ran the story. It quoted Karl Berger, a former head of the office's labour division, as "
        "saying he had been told the rate “had to start with a six”.",
        [("had to start with a six", "Karl Berger")],
        id="quoted-with-long-apposition-as-saying",
    ),
    pytest.param(
        "The office changed the method. One rejects „categorically each suggestion“, it says in a written "
        "declaration of the Statistical Office.",
        [("categorically each suggestion", "Statistical Office")],
        id="german-it-says-in-a-declaration-of",
    ),
    pytest.param(
        "Regarding this, KSO's Ingrid Holm Director General emphasized 「Nobody ever instructed this office」.",
        [("Nobody ever instructed this office", "Ingrid Holm")],
        id="japanese-post-in-capitals-after-the-name",
    ),
    pytest.param(
        "The union says itself not surprised. « Our members signal pressures », has confided to us its "
        "president, Mme Rosa Ferreira.",
        [("Our members signal pressures", "Rosa Ferreira")],
        id="french-confided-to-us-its-president",
    ),
    pytest.param(
        "Tanaka-shi spoke first. According to Tanaka-shi's estimate, the rate is 「closer to 7.7%」.",
        [("closer to 7.7%", "Tanaka")],
        id="honorific-possessive",
    ),
    pytest.param(
        "Yields rose. Analysts at Halden & Söderberg wrote that investors were “starting to price a risk "
        "premium”.",
        [("starting to price a risk premium", "Halden & Söderberg")],
        id="ampersand-firm",
    ),
    pytest.param(
        "The driver spoke first. « The ground still moved under our feet », had testified for his part the "
        "commander of the firemen, Kwame Asante.",
        [("The ground still moved under our feet", "Kwame Asante")],
        id="french-for-his-part-before-the-inverted-subject",
    ),
    pytest.param(
        "Before the Parliament, the minister of Public Works, Nikos Pappas, judged « unacceptable » the "
        "handling of the alerts.",
        [("unacceptable", "Nikos Pappas")],
        id="french-judged-before-the-words",
    ),
    pytest.param(
        "The Harbourline Tunnel Consortium (HTC) is building the line. “Your concerns have been noted,” she was "
        "told by the consortium’s community liaison office in an email.",
        [("Your concerns have been noted,", "the Harbourline Tunnel Consortium")],
        id="body-s-office-speaks-for-the-body",
    ),
    pytest.param(
        "„The customs decided“, said al-Nuri at a press conference. One had written to the customs „at least "
        "five times“, so al-Nuri.",
        [("The customs decided", "al-Nuri"), ("at least five times", "al-Nuri")],
        id="german-so-before-an-arabic-name",
    ),
    pytest.param(
        "Kaya Hanım’s dismissal after, the debates continue. Kaya Hanım on social media “I was fired for my "
        "work” had written.",
        [("I was fired for my work", "Kaya")],
        id="turkish-honorific-with-possessive-is-no-name",
    ),
    pytest.param(
        "Audit\n\nThe report was tabled on Tuesday. “Nobody was in charge of the budget,” Auditor-General Mira "
        "Solberg told the committee.",
        [("Nobody was in charge of the budget,", "Mira Solberg")],
        id="hyphenated-general-post-before-the-name",
    ),
    pytest.param(
        "Interview\n\nDr Lena Okafor, a soil scientist at the University of Brennmoor, led the review. She "
        "spoke to Tomas Berglund. The interview has been edited.\n\nQ: Does the evidence support a ban?\n\nA: "
        "The evidence shows a link, but we do not know the cause.\n\nQ: Will you advise the ministry?\n\nA: I "
        "have said yes, on one condition.",
        [
            ("The evidence shows a link, but we do not know the cause.", "Lena Okafor"),
            ("I have said yes, on one condition.", "Lena Okafor"),
        ],
        id="she-spoke-to-names-the-interviewer-whose-questions-are-the-papers",
    ),
    pytest.param(
        "Court\n\nThe hearing opened late, and Justice Meera Devi Anand said the case was urgent, and senior "
        "advocate Vikram Rao asked for time. The exchange went as follows:\n\nJUSTICE ANAND: Mr Rao, who pays "
        "the fishermen while your clients wait?\n\nRAO: My Lady, we will contribute to a fund.\n\nJUSTICE "
        "ANAND: Without admitting liability? I am not persuaded.",
        [
            ("Mr Rao, who pays the fishermen while your clients wait?", "Meera Devi Anand"),
            ("My Lady, we will contribute to a fund.", "Vikram Rao"),
            ("Without admitting liability? I am not persuaded.", "Meera Devi Anand"),
        ],
        id="transcript-label-is-the-name-with-two-given-names",
    ),
    pytest.param(
        "Flood\n\nThe Harrowgate River Authority (HRA) took samples at six points. “Results are expected within "
        "two days,” an authority official said.",
        [("Results are expected within two days,", "the Harrowgate River Authority")],
        id="a-lower-case-body-official-is-the-body-named",
    ),
    pytest.param(
        "Flood\n\nThe Harrowgate River Authority (HRA) took samples at six points. “Results are expected within "
        "two days,” an official said.",
        [("Results are expected within two days,", "official")],
        id="an-official-alone-stays-unnamed",
    ),
    pytest.param(
        "Pens\n\nThe agency had warned on Monday. „Who bought a pen outside a pharmacy, should stop using it“, "
        "had Frau Dr. Lindqvist, the chief of the authority, explained.",
        [("Who bought a pen outside a pharmacy, should stop using it", "Lindqvist")],
        id="german-perfect-auxiliary-before-a-name-and-its-post",
    ),
    pytest.param(
        "Pens\n\nPolice chief Halit Demir said the network was large. Health Minister Sofia Kallio, “Those who "
        "profit from this should know that we will find them” and “Selling these drugs online will be banned” "
        "she said.",
        [
            ("Those who profit from this should know that we will find them", "Sofia Kallio"),
            ("Selling these drugs online will be banned", "Sofia Kallio"),
        ],
        id="turkish-order-two-pieces-quoted-then-the-pronoun",
    ),
    pytest.param(
        "Pens\n\nAnn Lee spoke first. The producer company Norvale Pharma, in the written statement it made, "
        "used the expressions ‘We reported the fakes to the authority in October’.",
        [("We reported the fakes to the authority in October", "Norvale Pharma")],
        id="used-the-expressions",
    ),
    pytest.param(
        "Pens\n\nThe committee met on the 13th. Norvale's President Sakamoto Haruto attended as a witness and "
        "explained 「Supply returns to normal by summer」.",
        [("Supply returns to normal by summer", "Sakamoto Haruto")],
        id="a-name-ending-in-to-is-not-glued-before-a-verb",
    ),
    pytest.param(
        "Pens\n\nTom Nowak said it was bad. The authorities „slept at the wheel, while this market grew” – so "
        "expressed herself its director Fatima Benali.",
        [("slept at the wheel, while this market grew", "Fatima Benali")],
        id="polish-so-before-an-inverted-cue",
    ),
    pytest.param(
        "Phones\n\nThis has Education Minister Jussuf al-Raschidi on Monday in the capital announced. The "
        "critics waited not long.\n\n„From the first day on have phones in our classrooms no place“, declared "
        "the minister before journalists.",
        [("From the first day on have phones in our classrooms no place", "Jussuf al-Raschidi")],
        id="arabic-article-in-a-name-after-its-post",
    ),
    pytest.param(
        "Detained\n\nThe foreign ministry protested. On the other side, Aldmark's Ekholm gaishō on the 10th "
        "said 「detention for journalistic work cannot be accepted」.",
        [("detention for journalistic work cannot be accepted", "Ekholm")],
        id="japanese-post-after-a-surname-owned-by-a-country",
    ),
    pytest.param(
        "Power\n\nThe state-run power company SEPCO's Lorenzo Kiambao shachō explained 「Within 14 days we will "
        "restore the electricity」.",
        [("Within 14 days we will restore the electricity", "Lorenzo Kiambao")],
        id="japanese-post-after-a-full-name-owned-by-a-company",
    ),
    pytest.param(
        "Detained\n\nHer lawyer Yusufu Karani met her on the 13th. Karani bengoshi toward reporters said 「She "
        "is tired, but the spirit is strong」.",
        [("She is tired, but the spirit is strong", "Yusufu Karani")],
        id="japanese-lawyer-toward-reporters",
    ),
    pytest.param(
        "Chess\n\nThe players met on the 9th. Asranbekov-shi to the reporters strongly denied, saying 「I have "
        "never cheated in my life」.",
        [("I have never cheated in my life", "Asranbekov")],
        id="japanese-honorific-opening-the-sentence-to-the-reporters",
    ),
    pytest.param(
        "Aid\n\nThe Japanese ambassador in Seranaya, His Excellency Kenji Morimoto, affirmed that the aid must "
        "“reach the people directly”.",
        [("reach the people directly", "Kenji Morimoto")],
        id="a-post-held-in-a-place-then-the-name",
    ),
    pytest.param(
        "Aid\n\nA spokesman of the Japanese embassy in Dalumbay said to the agency that “the second shipment "
        "will arrive”.",
        [("the second shipment will arrive", "Japanese embassy")],
        id="a-spokesman-of-an-embassy-in-a-town",
    ),
    pytest.param(
        "Appeal\n\n“We will appeal,” a spokesman for the prosecutor's office in Tarvel said.",
        [("We will appeal,", "the prosecutor's office")],
        id="a-spokesman-for-an-office-in-a-town",
    ),
    pytest.param(
        "Fine\n\nAbout this, Rahimi iinchō (chairwoman) of the authority criticized on the 4th. 「Lumora knew of "
        "this defect for months」. 「I told them in August」, researcher Kenji Morioka said. The iinchō also said "
        "about the fine 「It is not a number we decided lightly」.",
        [
            ("Lumora knew of this defect for months", "Rahimi"),
            ("I told them in August", "Kenji Morioka"),
            ("It is not a number we decided lightly", "Rahimi"),
        ],
        id="the-japanese-post-alone-after-the-surname-that-holds-it",
    ),
    pytest.param(
        "Rail\n\nM. Rafael Ibáñez is the director general of the consortium. For him, the abandonment is « "
        "political theatre, and the taxpayer pays the tickets ».",
        [("political theatre, and the taxpayer pays the tickets", "Rafael Ibáñez")],
        id="french-for-him-is-his-view",
    ),
    pytest.param(
        "Storm\n\nThe governor spoke on Monday. « The office received our notices on Friday », had replied the "
        "day before Teodoro Balagtas, administrator of the agency.",
        [("The office received our notices on Friday", "Teodoro Balagtas")],
        id="french-the-day-before-between-the-cue-and-the-name",
    ),
    pytest.param(
        "Detained\n\nEditor-in-chief Henrik Aasland has posted a daily count on Chirp since Sunday. Saturday's "
        'post read: "Day 7. Still no charge."',
        [("Day 7. Still no charge.", "Henrik Aasland")],
        id="a-weekday-s-post-is-the-poster-s",
    ),
    pytest.param(
        "Chess\n\nThe lawyer al-Ustadha Amira Haddad, representative of the player, said: «We are preparing a "
        "case for defamation»",
        [("We are preparing a case for defamation", "Amira Haddad")],
        id="arabic-courtesy-title-with-its-article",
    ),
    pytest.param(
        "Chess\n\nThe company Solvanta Energy announced the freezing of the prizes, and said its executive "
        "president al-Sayyid Matthias Brenner: «We will not put our name on this championship».",
        [("We will not put our name on this championship", "Matthias Brenner")],
        id="arabic-and-said-its-president-then-a-colon",
    ),
    pytest.param(
        "Chess\n\nAnn Lee announced the freezing of the prizes and said: «We will not put our name on it».",
        [("We will not put our name on it", "Ann Lee")],
        id="and-said-then-a-colon-keeps-the-subject",
    ),
    pytest.param(
        "Strike\n\nThe vote failed.\n\n„They have chosen to force this law through“, had Frau Sofia Wisniewska, "
        "the general secretary of the union, already on Thursday declared.",
        [("They have chosen to force this law through", "Sofia Wisniewska")],
        id="german-already-on-a-weekday-before-the-verb",
    ),
    pytest.param(
        "Storm\n\nCompletely different sees it the meteorologist Dr. Farida Nasution, formerly of the weather "
        "service. »The warning came twelve hours too late«, wrote the scientist on X.",
        [("The warning came twelve hours too late", "Farida Nasution")],
        id="the-scientist-is-the-meteorologist",
    ),
    pytest.param(
        "Storm\n\n15:20 — The National Relief Agency has issued a written statement on the timing of its "
        'warnings. It reads in part: "Signal No. 4 was raised on time."',
        [("Signal No. 4 was raised on time.", "the National Relief Agency")],
        id="it-reads-in-part-after-a-statement-issued",
    ),
    pytest.param(
        "Tannery\n\nThe board’s two-paragraph press note was issued at 4.40 p.m. on Tuesday. It read in part: "
        "“The Board has directed the closure of all tanneries.”",
        [("The Board has directed the closure of all tanneries.", "the board")],
        id="it-read-after-an-owned-note-was-issued",
    ),
    pytest.param(
        'Rail\n\nMinister Oksana Demchenko vowed: "Not one more euro."\n\n"I asked them for one bridge for my '
        'cows," he said.',
        [("Not one more euro.", "Oksana Demchenko"), ("I asked them for one bridge for my cows,", None)],
        id="he-is-not-a-woman-named-by-a-slavic-given-name",
    ),
    pytest.param(
        "Taxi\n\nTransport Minister Margit Halvorsen defended the pilot. At a separate press conference in the "
        "afternoon, Kinetra’s founder and chief executive, Kenji Morimoto, read from a prepared text. “I am "
        "heartbroken,” he said.",
        [("I am heartbroken,", "Kenji Morimoto")],
        id="a-setting-before-an-owned-post-and-its-name",
    ),
    pytest.param(
        "Rail\n\nFarmer Josef Hrubý watched the diggers carve his land in two.\n\nA ministry spokesman said: "
        "“The ministry will present a plan within 90 days.”\n\nJosef is not holding his breath. “Ninety days,” "
        "he said.",
        [
            ("The ministry will present a plan within 90 days.", "ministry spokesman"),
            ("Ninety days,", "Josef Hrubý"),
        ],
        id="a-given-name-before-a-surname-in-any-letters",
    ),
    pytest.param(
        "Strike\n\nSofia Wiśniewska leads the union. For her this was a stab in the back. The police "
        "intervention she called „disproportionate”.",
        [("disproportionate", "Sofia Wiśniewska")],
        id="polish-object-first-then-the-pronoun-and-a-naming-verb",
    ),
    pytest.param(
        "Strike\n\nBut Tom Ray, who leads the union, is calm. In the talks he called the offer „a start”.",
        [("a start", "Tom Ray")],
        id="a-setting-before-the-pronoun-keeps-it",
    ),
    pytest.param(
        "Chess\n\nKanemoto-shi is the champion. On the 11th, Kanemoto-shi in the hotel of Belmare responded to "
        "the Japanese press corps briefly. 「I respect all opponents.」",
        [("I respect all opponents.", "Kanemoto")],
        id="japanese-where-after-the-name-with-the-and-of",
    ),
    pytest.param(
        "Chess\n\nThe company said the signal lasted «less than four seconds».\n\n«The scanners do what they "
        "promise», enumerated the senhor Carvalho Mendes.",
        [("less than four seconds", "the company"), ("The scanners do what they promise", "Carvalho Mendes")],
        id="portuguese-enumerated-after-the-words",
    ),
    pytest.param(
        "Exchange\n\nMarek Olsen has not been seen since Friday. “I did nothing wrong,” he said in a "
        "video.\n\nThe post, published late on Tuesday from his own account and shared 9,000 times, reads in "
        "full:\n\n“To my customers: I know you are angry.\n\n“Give us time and the books will balance.”",
        [
            ("I did nothing wrong,", "Marek Olsen"),
            ("To my customers: I know you are angry.", "Marek Olsen"),
            ("Give us time and the books will balance.", "Marek Olsen"),
        ],
        id="text-owned-in-an-aside-before-reads",
    ),
    pytest.param(
        "Dismissal\n\nThe club sacked Ada Moss on Monday. “It is over,” the chairman said.\n\nThe letter, sent "
        "to her lawyer on Sunday, reads in part:\n\n“Your contract ends today.”",
        [("It is over,", None), ("Your contract ends today.", None)],
        id="addressee-in-an-aside-before-reads-writes-nothing",
    ),
    pytest.param(
        "Draw\n\nReactions, as they came in.\n\nHarbour Gaming Board — statement, Tuesday 11 March\n\n“The "
        "Board has received 214 complaints from members of the public.”\n\nAda Brook, chair of the HGB — on X, "
        "Tuesday 11 March\n\n“If the audit shows anyone rigged the draw, the licence is on the table.”",
        [
            ("The Board has received 214 complaints from members of the public.", "Harbour Gaming Board"),
            ("If the audit shows anyone rigged the draw, the licence is on the table.", "Ada Brook"),
        ],
        id="live-page-label-lines-over-quotations",
    ),
    pytest.param(
        'Draw\n\nTove Rask runs the lottery. Ole Brun leads the players. "We want our money," Brun '
        'said.\n\nAsked whether the draw had been rigged, Rask was emphatic. "The draw was not rigged. Full '
        'stop."',
        [("We want our money,", "Ole Brun"), ("The draw was not rigged. Full stop.", "Tove Rask")],
        id="a-surname-named-in-full-before-then-how-they-were",
    ),
    pytest.param(
        "Savings\n\nGerald Moen, 71, lost his savings. Prosecutor Ivo Kranjc told reporters: “No one is above "
        "the law.”\n\nGerald’s verdict was simpler. “Words are cheap. I want my money back.”",
        [("No one is above the law.", "Ivo Kranjc"), ("Words are cheap. I want my money back.", "Gerald Moen")],
        id="a-given-names-verdict-before-the-words",
    ),
    pytest.param(
        "Bribes\n\nThe referee Ivo Marek confessed. Club owner Ruben Sala called the review “too little, too "
        "late”.\n\nMarek's own words were stark. “I took money I should never have touched” he wrote.",
        [("too little, too late", "Ruben Sala"), ("I took money I should never have touched", "Ivo Marek")],
        id="a-surnames-own-words-then-he-wrote",
    ),
    pytest.param(
        "Cruise\n\nOla Dahl, chief executive of Nordlys Cruises, apologised. The association's president Ivo "
        'Marek said: "It is not enough."\n\nAsked whether the company would pay damages, the chief executive '
        'was cautious. "We will look at every case fairly," he said.',
        [("It is not enough.", "Ivo Marek"), ("We will look at every case fairly,", "Ola Dahl")],
        id="asked-first-then-the-role-then-he-said",
    ),
    pytest.param(
        "Cruise\n\nThe minister answered the cruise line: “We will not be lectured.”\n\nThat was aimed at Ola "
        "Dahl, chief executive of Nordlys Cruises, who on Tuesday called the refusal “inhumane”.",
        [("We will not be lectured.", None), ("inhumane", "Ola Dahl")],
        id="a-name-and-its-post-before-who",
    ),
    pytest.param(
        "Cruise\n\nNordlys Cruises said it was “deeply sorry”. In a written statement, the company said: “The "
        "health of our guests comes first.”",
        [("deeply sorry", "Nordlys Cruises"), ("The health of our guests comes first.", "Nordlys Cruises")],
        id="a-cruise-companys-name",
    ),
    pytest.param(
        "Lottery\n\nBrightdraw voided the draw. Tom Ash rang the helpline. “Your ticket is not valid,” he was "
        "told by a consultant of Brightdraw.",
        [("Your ticket is not valid,", "Brightdraw")],
        id="a-consultant-of-a-body-speaks-for-it",
    ),
    pytest.param(
        "Lottery\n\nBrightdraw voided the draw. “It is a scandal,” Tom Ash said. “I will sue,” he was told by a "
        "consultant of Mara Lind.",
        [("It is a scandal,", "Tom Ash"), ("I will sue,", "consultant of Mara Lind")],
        id="a-consultant-of-a-person-is-not-the-person",
    ),
    pytest.param(
        "Wine\n\nOn the side of the defence, Me Pavel Orlov, the lawyer of M. Enzo Ricci, denounces a « media "
        "lynching ». « My client is a scapegoat », he has estimated.",
        [("media lynching", "Pavel Orlov"), ("My client is a scapegoat", "Pavel Orlov")],
        id="the-lawyer-of-a-titled-name-is-not-that-name",
    ),
    pytest.param(
        "Wine\n\nThe auction house, through its head of wines Anton Weil, reiterates that it will pay «any "
        "buyer whose bottle is false».",
        [("any buyer whose bottle is false", "Anton Weil")],
        id="a-body-through-its-named-head",
    ),
    pytest.param(
        "Wine\n\nThe Appellation Council recalled by voice of its president, Mara Lind, that «more bottles were "
        "sold than were made».",
        [("more bottles were sold than were made", "Mara Lind")],
        id="a-body-by-voice-of-its-named-president",
    ),
    pytest.param(
        "Bus crash\n\nA coach left the highway on Monday. Nurse Lena Hart was among the first to "
        "arrive.\n\nAMINA Solberg was dozing in seat 14 when the slope gave way.\n\n“The bus was shaking, then "
        "everything went dark,” she said.",
        [("The bus was shaking, then everything went dark,", "Amina Solberg")],
        id="a-given-name-set-in-capitals-opens-the-story",
    ),
    pytest.param(
        "Summit\n\nNATO Secretary-General Ivo Kranjc arrived on Monday. “We stand together,” he said.",
        [("We stand together,", "Ivo Kranjc")],
        id="an-acronym-set-in-capitals-stays",
    ),
    pytest.param(
        "Drugs\n\nThe National Competition Authority raided Velmar. Its president, Tom Ray, said it had "
        "“reasonable grounds”. The watchdog was careful to add that “the opening of proceedings prejudges "
        "nothing”.",
        [
            ("reasonable grounds", "Tom Ray"),
            ("the opening of proceedings prejudges nothing", "National Competition Authority"),
        ],
        id="the-watchdog-is-the-authority-named",
    ),
    pytest.param(
        "Wine\n\nPolice are still hunting for bottles. Detective Superintendent Mara Lind's fraud squad is "
        "urging buyers to get in touch, saying “a significant number” may still be out there.",
        [("a significant number", "Mara Lind")],
        id="a-possessive-group-with-a-word-before-its-noun",
    ),
    pytest.param(
        "Insulin\n\nThe President of the Alliance of People with Diabetes Rosa Ventura warned again: “People "
        "will ration, people will die.”",
        [("People will ration, people will die.", "Rosa Ventura")],
        id="a-body-with-with-in-its-name-then-a-full-name",
    ),
    pytest.param(
        "Insulin\n\nThe opposition is scathing. Poseł Yusuf Demir called the plan „theatre”.",
        [("theatre", "Yusuf Demir")],
        id="an-untranslated-polish-post-before-a-name",
    ),
    pytest.param(
        "Exchange\n\nThe numbers are stark. The liquidator, Kofi Mensah, has traced $1.2bn of assets. Ann Ray, "
        "a saver, is angry. “Recovery will take years, not months,” creditors were told by the liquidator in a "
        "letter.",
        [("Recovery will take years, not months,", "Kofi Mensah")],
        id="the-liquidator-named-in-apposition",
    ),
    pytest.param(
        "Lottery\n\nThe men’s lawyer, Ada Nwosu, says her deadline stands. “Unless my clients are paid in full, "
        "we will file in court on MondayNwosu said on Thursday.",
        [("Unless my clients are paid in full, we will file in court on", "Ada Nwosu")],
        id="a-weekday-glued-to-the-name-after-a-missing-mark",
    ),
    pytest.param(
        "Cruise\n\nThe company promised refunds. On board, the waiting goes on. « We hear the helicopters, but "
        "nobody comes », wrote Thursday morning on Instagram Priya Nair, a passenger.",
        [("We hear the helicopters, but nobody comes", "Priya Nair")],
        id="wrote-then-when-and-on-which-platform-then-who",
    ),
    pytest.param(
        "Exchange\n\n« We want him here », launched Mme Lucía Ortiz, president of the alliance.\n\n« No one is "
        "above the law, however far he flees « , insisted Mr Kowal, who says himself « confident ».",
        [
            ("We want him here", "Lucía Ortiz"),
            ("No one is above the law, however far he flees", "Kowal"),
            ("confident", "Kowal"),
        ],
        id="a-spaced-opening-guillemet-before-a-comma-closes",
    ),
    pytest.param(
        'Landslide\n\nGovernor Ana Vidal was furious. "We were abandoned," she said.\n\nA spokeswoman for the '
        'Roads Agency (RA), which runs the highway, said its engineers were on site. "It is too early to talk '
        'about causes" she said.',
        [("We were abandoned,", "Ana Vidal"), ("It is too early to talk about causes", "the Roads Agency")],
        id="she-after-a-spokeswoman-for-a-body-with-a-which-clause",
    ),
    pytest.param(
        "Insulin\n\nThe standoff came to a head when Leila Haddad stood before the cameras and announced that "
        '"the price will be capped". Tom Ray disagreed.',
        [("the price will be capped", "Leila Haddad")],
        id="when-a-name-then-two-verbs-the-second-a-cue",
    ),
    pytest.param(
        "Prize\n\n「I want my name back」 Translator Sato-san speaks\n\nSato-san sent the draft to the author in "
        "2021. 「Because he was a friend, I trusted him」, Sato-san said.",
        [("I want my name back", "Sato"), ("Because he was a friend, I trusted him", "Sato")],
        id="a-post-in-capitals-before-a-japanese-surname-is-no-part-of-it",
    ),
    pytest.param(
        "Eggs\n\nDUNMORE — Freshway, Velmora’s second-largest supermarket chain, capped egg sales on "
        "Tuesday.\n\nIn a written statement, the company said: “The cap is there so that everyone gets eggs.”",
        [("The cap is there so that everyone gets eggs.", "Freshway")],
        id="the-company-a-paragraph-after-its-name-and-its-kind-after-a-possessive",
    ),
    pytest.param(
        "Prize\n\nThe same day the Halden Foundation announced the suspension. « The Foundation has suspended "
        "the prize », indicates the communiqué. The jury, chaired by the academic Ivo Brandt, « keeps the full "
        "confidence of the board », precises the text.",
        [
            ("The Foundation has suspended the prize", "Halden Foundation"),
            ("keeps the full confidence of the board", "Halden Foundation"),
        ],
        id="the-text-says-for-whoever-issued-it",
    ),
    pytest.param(
        "Prize\n\nAt noon on Friday the Halden Prize Foundation did what it had refused to do. Its statement, "
        'sent to journalists by email, reads in full:\n\n"The Foundation has suspended the prize.\n\n"The money '
        'will be held in escrow."',
        [
            ("The Foundation has suspended the prize.", "Halden Prize Foundation"),
            ("The money will be held in escrow.", "Halden Prize Foundation"),
        ],
        id="its-statement-reads-in-full-the-body-the-sentence-before-opens-with",
    ),
    pytest.param(
        "Vaccines\n\nThe farmers' leader Ole Brandt welcomed the plan. The pilot marks a shift for Mansour, who "
        "on Wednesday warned that “vaccinating now would close our markets”.",
        [("vaccinating now would close our markets", "Mansour")],
        id="for-a-name-then-who-then-a-day-then-the-verb",
    ),
    pytest.param(
        "Novel\n\nThe minister Ada Voss answered. It was a reply to the novelist Mateo Ruiz, who in an "
        "interview for the weekly Ledger called her actions „a lynching”.",
        [("a lynching", "Mateo Ruiz")],
        id="who-then-where-he-said-it-then-the-verb",
    ),
    pytest.param(
        "Books\n\nThe union backs the minister. „Translators are invisible” – reminded pani Kowal, who already "
        "on Tuesday assessed the decision of the publisher Brightline as „late, but correct”.",
        [("Translators are invisible", "Kowal"), ("late, but correct", "Kowal")],
        id="who-already-on-a-day-assessed-the-decision-as",
    ),
    pytest.param(
        "Leak\n\nHere is what they said, in order.\n\nHalvard Energy, press statement, Monday 10:40\n\n“No "
        "radioactive material was released beyond the site.\n\n“Halvard Energy is cooperating fully with the "
        "regulator.”\n\nMinistry of Energy, statement, Monday 12:15\n\n“The alert was issued according to "
        "plan.”\n\nAnn Ferris, mayor of Ostby, on her Facebook page, Monday 19:02\n\n“I found out from a "
        "neighbour.”",
        [
            ("No radioactive material was released beyond the site.", "Halvard Energy"),
            ("Halvard Energy is cooperating fully with the regulator.", "Halvard Energy"),
            ("The alert was issued according to plan.", "Ministry of Energy"),
            ("I found out from a neighbour.", "Ann Ferris"),
        ],
        id="label-lines-with-commas-name-what-was-issued-and-when",
    ),
    pytest.param(
        "Spyware\n\nThe Civic Lab (CL) published its findings. Interior Minister Yusuf Amari is speaking in "
        "parliament. He has just called the CL report “speculative and politically motivated”.",
        [("speculative and politically motivated", "Yusuf Amari")],
        id="called-the-lab-report-the-report-is-no-verb",
    ),
    pytest.param(
        "Spyware\n\nThe Civic Lab has hit back. In a statement posted on its website, the lab said:\n\n“We "
        "stand by every finding.”",
        [("We stand by every finding.", "Civic Lab")],
        id="the-lab-said",
    ),
    pytest.param(
        "Leak\n\nHowever according to the chairwoman of the Velmark nuclear supervision, Ada Okoro, the "
        "operator informed her office only „two hours after the shutdown”.",
        [("two hours after the shutdown", "Ada Okoro")],
        id="the-chairwoman-of-a-body-with-lower-case-words-then-her-name",
    ),
    pytest.param(
        "Cull\n\nThe cull went on. Rydzek agriculture minister also stated 「we examine all options」, and showed "
        "caution.",
        [("we examine all options", "Rydzek")],
        id="japanese-order-surname-then-a-post-in-lower-case",
    ),
    pytest.param(
        "Floods\n\nThe village was hit. Brenno village chief stated 「we examine all options」.",
        [("we examine all options", None)],
        id="japanese-order-a-place-then-a-post-is-no-surname",
    ),
    pytest.param(
        "Eggs\n\nThe National Association of Poultry Farmers called it a disgrace. «Half of these farms will "
        "not return», warned its president, the señor Mehmet Demir, of Turkish origin.",
        [("Half of these farms will not return", "Mehmet Demir")],
        id="its-president-then-the-senor-and-the-name",
    ),
    pytest.param(
        "Eggs\n\nThe chain Brightmart has limited sales. „The limit is there so that all get eggs“, said a "
        "speaker woman of the company.",
        [("The limit is there so that all get eggs", "Brightmart")],
        id="a-speaker-woman-of-the-company-is-its-spokeswoman",
    ),
    pytest.param(
        "Farm\n\nThe activists were led away. As communicated the police of Halvern, „six persons were "
        "detained”.",
        [("six persons were detained", "Halvern police")],
        id="as-then-a-verb-then-who",
    ),
    pytest.param(
        'Spyware\n\nEmre Kaya leads the opposition. Speaking to our newspaper Sayın Kaya, "This is the '
        'Watergate of our age" said.',
        [("This is the Watergate of our age", "Emre Kaya")],
        id="speaking-to-our-newspaper-then-the-name-no-comma",
    ),
    pytest.param(
        "Spyware\n\nAnn Solberg opened an inquiry. She repeated the view she first expressed on Wednesday: "
        "“Hacking reporters is disproportionate.”",
        [("Hacking reporters is disproportionate.", "Ann Solberg")],
        id="the-view-she-first-expressed",
    ),
    pytest.param(
        "Leak\n\nPlant director Piet Voss stayed silent. Asked whether the plant director's first assessment – "
        'that "there was no danger" – still stood, Ann Lund said it did.',
        [("there was no danger", "Piet Voss")],
        id="the-plant-directors-assessment-set-off-by-dashes",
    ),
    pytest.param(
        "Eggs\n\nMinister Tomasz Rydzek promised 60 percent. „No farmer will be left alone“, he said.\n\nFor "
        "Herr Mehmet Demir, chairman of the poultry keepers, that is far too little. He named the compensation "
        "a „burial money“.",
        [("No farmer will be left alone", "Tomasz Rydzek"), ("burial money", "Mehmet Demir")],
        id="he-named-it-a-after-for-a-name",
    ),
    pytest.param(
        "Farm\n\nSix activists of the organization for the protection of animals Open Pens were "
        "detained.\n\nAda Fern, director of Open Pens, was outraged. „It is a mass killing” – she said.\n\nThe "
        "organization wrote on social media that its volunteers „stood peacefully at the gate”.",
        [("It is a mass killing", "Ada Fern"), ("stood peacefully at the gate", "Open Pens")],
        id="the-organization-for-the-protection-of-animals-then-its-name",
    ),
    pytest.param(
        "Stadium\n\nVogt defended the builders. „The consortium promised us a stadium, not excuses“, so "
        "al-Nuri.",
        [("The consortium promised us a stadium, not excuses", "al-Nuri")],
        id="so-then-an-arabic-surname-with-its-article",
    ),
    pytest.param(
        "Stadium\n\nThe tone hardened after the arrival of the Japanese Yuki Sato, head of the commission. « A "
        "plan B is not a luxury », has estimated M. Sato Wednesday, during a press point.",
        [("A plan B is not a luxury", "Yuki Sato")],
        id="a-weekday-after-the-name-is-when-not-who",
    ),
    pytest.param(
        "Stadium\n\nThursday. The director of the consortium Brightline Jürgen Vogt answered that the builders "
        "had to build „a moving target“.",
        [("a moving target", "Jürgen Vogt")],
        id="the-bodys-name-then-the-holders-run-on",
    ),
    pytest.param(
        "Stadium\n\nVogt rejected the claims. The reply of the president of the committee, Jalid al Nuri, did "
        "not make itself wait: «The consortium promised us a stadium».",
        [("The consortium promised us a stadium", "Jalid al Nuri")],
        id="the-reply-of-a-post-and-a-name-with-a-particle",
    ),
    pytest.param(
        "Siege\n\nPolice chief Halima Nasser praised the officers.\n\n„I thought I would never see my "
        "granddaughter again“, told Herr Sato our newspaper in the early morning.",
        [("I thought I would never see my granddaughter again", "Sato")],
        id="told-then-who-then-whom-with-no-to",
    ),
    pytest.param(
        "Glacier\n\nThe village is angry. « For years we were told the glacier was stable », indignates himself "
        "Sergei Koval, owner of the Hotel Edelweiss.",
        [("For years we were told the glacier was stable", "Sergei Koval")],
        id="a-french-reflexive-verb-after-the-words",
    ),
    pytest.param(
        "Siege\n\nThe police disagree. Nadkomisarz Tomasz Wierzbicki, who commanded the action, already on "
        "Wednesday assured: „The decision about entry was mine”.",
        [("The decision about entry was mine", "Tomasz Wierzbicki")],
        id="an-untranslated-polish-rank-before-the-name",
    ),
    pytest.param(
        'Plant\n\nThe Valdemark region\'s Vali Beatriz Santos also, "for every single job I will fight" said.',
        [("for every single job I will fight", "Beatriz Santos")],
        id="turkish-vali-is-a-governor",
    ),
    pytest.param(
        "Siege\n\nKenji Sato was in the bank. Colleagues say she organised water.\n\nThen came the "
        "bang.\n\n‘Just after midnight there was a shot from the back office,’ he said.",
        [("Just after midnight there was a shot from the back office,", "Kenji Sato")],
        id="colleagues-is-no-one-named",
    ),
    pytest.param(
        "Glacier\n\nLive updates.\n\nThursday, 06:45 – Federal Institute for Glacier Research (FIGR), data "
        "update on its website:\n“Movement continues to accelerate. A collapse is likely.” According to the "
        "update, the front moved 2.6 metres.",
        [("Movement continues to accelerate. A collapse is likely.", "Federal Institute for Glacier Research")],
        id="according-to-the-update-its-issuer",
    ),
    pytest.param(
        "Stadium\n\nThe athletes are worried. Pak So-jon in the interview for the server SportLine added: "
        "„Confidence is not a roof.“",
        [("Confidence is not a roof.", "So-jon")],
        id="a-name-then-in-the-interview-for-then-the-verb",
    ),
    pytest.param(
        "Glacier\n\nAbout 90 tourists were evacuated. According to the Embassy of Japan, all are "
        "safe.\n\nWalpen-chōchō (mayor) to this newspaper said 「I thank the whole country」.",
        [("I thank the whole country", "Walpen")],
        id="japanese-town-mayor-glossed-in-brackets-then-to-this-newspaper",
    ),
    pytest.param(
        "Plant\n\nChief executive Henrik Vallgren spoke first. The works council chairwoman, of Turkish origin "
        'Emine Yıldırım, the decision as "betrayal" described.',
        [("betrayal", "Emine Yıldırım")],
        id="turkish-order-the-subject-then-what-as-the-words-then-the-verb",
    ),
    pytest.param(
        "Ferry\n\nThe Harbour Trust, a charity in Leeds, issued a short statement to the Gazette. "
        '"We reject every claim," it read. "We will help the inquiry."',
        [("We reject every claim,", "Harbour Trust"), ("We will help the inquiry.", "Harbour Trust")],
        id="it-read-after-the-words-the-one-who-issued-the-statement",
    ),
    pytest.param(
        "Ferry\n\nThe lawyer of the owner, mecenas Tomas Varga, issued a short statement. "
        "„My client denies any wrongdoing”, we read in it.",
        [("My client denies any wrongdoing", "Tomas Varga")],
        id="we-read-in-it-a-person-who-issued-the-statement",
    ),
    pytest.param(
        "Harbour\n\nThe River Coast Guard (RCG) issued a formal notice to mariners on Monday and reissued it "
        "on Tuesday. It reads:\n\n\"The blockade is a serious risk to navigation.\"",
        [("The blockade is a serious risk to navigation.", "the River Coast Guard")],
        id="it-reads-colon-a-notice-issued-the-sentence-before",
    ),
    pytest.param(
        "Harbour\n\nThe protest went on. «We opened a corridor at noon», it was told to our newspaper by Ortega.",
        [("We opened a corridor at noon", "Ortega")],
        id="passive-told-to-our-newspaper-by-the-speaker",
    ),
    pytest.param(
        "Charity\n\n„Donors have the right to know,“ said for our daily Jana Horakova from the association Forum.",
        [("Donors have the right to know,", "Jana Horakova")],
        id="czech-said-for-our-daily-then-the-name",
    ),
    pytest.param(
        "Outage\n\n„We opened a formal investigation” – said on Thursday on press conference pani prezes "
        "Katarzyna Nowak.",
        [("We opened a formal investigation", "Katarzyna Nowak")],
        id="polish-pani-prezes-after-an-untranslated-press-conference",
    ),
    pytest.param(
        "Fever\n\n„The ministry cut our transfers by one third” – said to journalists pani burmistrz Irena Castell.",
        [("The ministry cut our transfers by one third", "Irena Castell")],
        id="polish-pani-burmistrz-after-to-journalists",
    ),
    pytest.param(
        "Outage\n\nSoftware engineers warned. The update, which the opposition deputy Khalid Mansur qualified "
        "of «botched», caused it.",
        [("botched", "Khalid Mansur")],
        id="french-qualified-of-names-the-words",
    ),
    pytest.param(
        "Charity\n\nHis lawyer, Me Lucien Marchal, spoke first. The lawyer qualified M. Bondar of « an "
        "embittered ex-employee ».",
        [("an embittered ex-employee", "Lucien Marchal")],
        id="french-the-lawyer-qualified-m-name-of",
    ),
    pytest.param(
        "Outage\n\nSoftware engineers warned. The part of « the plan » was old.",
        [("the plan", None)],
        id="of-before-a-quotation-without-qualified-names-nothing",
    ),
    pytest.param(
        "Outage\n\nDUNMERE, March 12 (Continental Press Agency) - Telvara, the country's largest mobile operator, said on "
        'Tuesday that its network was working.\n\n"Services were fully restored," the company said.',
        [("Services were fully restored,", "Telvara")],
        id="a-dateline-before-a-name-and-its-apposition",
    ),
    pytest.param(
        "Outage\n\nSignal & Noise | Interview by Lena Hart\n\nTelvara has placed him on paid leave, which the "
        "company said was “a standard procedure”.",
        [("a standard procedure", "Telvara")],
        id="the-company-is-the-name-its-sentence-opens-with-not-a-newsletters-name",
    ),
    pytest.param(
        "Outage\n\nAnn Lee has placed him on leave, which the company said was “standard”.",
        [("standard", "the company")],
        id="the-company-is-not-a-person-its-sentence-opens-with",
    ),
    pytest.param(
        "Charity\n\n\"We are investigating allegations of fraud,\" Detective Chief Inspector Abena Owusi of the "
        "force's Economic Crime Unit told reporters.",
        [("We are investigating allegations of fraud,", "Abena Owusi")],
        id="a-name-of-the-bodys-unit",
    ),
    pytest.param(
        "Outage\n\nKowal wrote to the managers. Answer of director of network operations Anneliese Brandl was "
        "short: „We go tonight”.",
        [("We go tonight", "Anneliese Brandl")],
        id="polish-answer-of-a-post-in-lower-case-and-the-name",
    ),
    pytest.param(
        "Outage\n\n„We said it did not pass the tests” – told Kowalenski to television Kanal 7.",
        [("We said it did not pass the tests", "Kowalenski")],
        id="polish-told-name-to-television",
    ),
    pytest.param(
        "Fever\n\nThe Ministry of Health denied it. The mayor refused to resign. On the side of the ministry, "
        "one contests this version. The transfers have been « adjusted, not cut », assures a spokeswoman.",
        [("adjusted, not cut", "the Ministry of Health")],
        id="french-on-the-side-of-the-ministry-then-a-spokeswoman",
    ),
    pytest.param(
        "Wind\n\nThe Blue Shore Alliance, which campaigned for the wind farm, struck a more cautious tone. On X, "
        "the environmental group wrote:\n\n“Seabright must publish its data.”",
        [("Seabright must publish its data.", "Blue Shore Alliance")],
        id="the-described-group-is-the-group-named-before",
    ),
    pytest.param(
        "Charity\n\nThe Riverhope Relief Trust collected millions. For its part, the foundation affirmed in a "
        "communiqué that its trustees «take this seriously».",
        [("take this seriously", "the Riverhope Relief Trust")],
        id="spanish-the-foundation-is-the-trust",
    ),
    pytest.param(
        "Flood donation \"most went to salaries\", Osaka-born chef Morimoto Kenji-shi \"I was betrayed\"\n\n"
        "In England, the charity collected money.",
        [("most went to salaries", None), ("I was betrayed", "Morimoto Kenji")],
        id="japanese-headline-a-name-with-its-honorific-before-the-words",
    ),
    pytest.param(
        "‘People are still living in caravans’: Lowenby's mayor on the missing millions\n\nGazette | Wednesday\n\n"
        "The village waits. Mayor Mairead Culli said: “Not one family has seen a pound.”",
        [("People are still living in caravans", "Mairead Culli"), ("Not one family has seen a pound.", "Mairead Culli")],
        id="a-headlines-post-is-the-one-holder-the-story-names-with-it",
    ),
    pytest.param(
        "Harbour\n\nThe harbour master Aurelio Mendas spoke. «We opened a corridor», he said.\n\nAmong the "
        "fishermen there is also Dmitri Kovalen, skipper of the trawler «Morning Star». «My grandfather fished "
        "here», he told with the voice broken.",
        [("We opened a corridor", "Aurelio Mendas"), ("Morning Star", "Aurelio Mendas"),
         ("My grandfather fished here", "Dmitri Kovalen")],
        id="he-is-the-one-the-paragraph-names-a-boats-name-in-marks-is-no-speech",
    ),
    pytest.param(
        "Harbour\n\nNot all the skippers were pleased. “The sea is still not a car park for turbinessaid Dmitri "
        "Kovalen, of the trawler. “My grandfather fished here,” he added.",
        [("The sea is still not a car park for turbines", "Dmitri Kovalen"), ("My grandfather fished here,", "Dmitri Kovalen")],
        id="no-closing-mark-and-said-glued-to-the-last-word-then-the-name",
    ),
    pytest.param(
        "Harbour\n\n“We never said that, and what was unsaid Lee did not hear,” Ann Lee told the court.",
        [("We never said that, and what was unsaid Lee did not hear,", "Ann Lee")],
        id="unsaid-is-no-glued-cue",
    ),
    pytest.param(
        "Navy\n\nDefence Minister Rafael Quinto spoke in parliament. The minister, a former admiral, said the "
        "increase was the result of “inflation and new capabilities”.",
        [("inflation and new capabilities", "Rafael Quinto")],
        id="the-post-the-story-knows-before-an-indefinite-apposition",
    ),
    pytest.param(
        "Navy\n\nHe reported it three times. One of those times was in the office of Rear Admiral Joaquim Tell, "
        "who told him: “Forget it, this is above your rank.”",
        [("Forget it, this is above your rank.", "Joaquim Tell")],
        id="of-a-person-named-in-full-who-told-him-after-a-place",
    ),
    pytest.param(
        "Navy\n\nWe met the lawyer of Ann Lee, who told us: “She is innocent.”",
        [("She is innocent.", None)],
        id="the-lawyer-of-a-person-who-told-us-is-not-the-person",
    ),
    pytest.param(
        "Navy\n\nThe minister attacked Lieutenant Sergei Lavrent. The latter had declared on Monday: « Someone "
        "has taken money ».",
        [("Someone has taken money", "Sergei Lavrent")],
        id="the-latter-is-the-person-named-last",
    ),
    pytest.param(
        "Navy\n\nAnn Lee spoke first. The minister attacked the officer Sergei Lavrent, placed on leave "
        "since.\n\nThis last had declared Monday on the chain Canal 9 : « Someone has taken money ».",
        [("Someone has taken money", "Sergei Lavrent")],
        id="french-ce-dernier-translated-this-last",
    ),
    pytest.param(
        "Hail\n\nThe minister arrived. Concretely announced Benhaddu an emergency fund: „We set a fund of 40 "
        "million euros free“.",
        [("We set a fund of 40 million euros free", "Benhaddu")],
        id="german-order-an-adverb-then-the-verb-then-the-name",
    ),
    pytest.param(
        'Hail\n\nAnn Lee arrived. Kelly announced Monday: "We set a fund free".',
        [("We set a fund free", "Kelly")],
        id="a-given-name-ending-in-ly-is-no-adverb",
    ),
    pytest.param(
        "Hail\n\nNot everyone blames him. Élodie Marchet, whose vines lie on the other side and who lost most of "
        "her grenache, said she had heard “bangs, a lot of bangs” at seven.",
        [("bangs, a lot of bangs", "Élodie Marchet")],
        id="a-sentence-that-opens-with-an-accented-capital",
    ),
    pytest.param(
        "Navy\n\nThe most striking voice has been that of Lt Cdr Sergei Lavrent. “I reported this three times,” "
        "he told Canal 9.",
        [("I reported this three times,", "Sergei Lavrent")],
        id="lt-cdr-are-titles",
    ),
    pytest.param(
        "Sinkhole\n\nThe prezes of the company Vellmore Water Henrik Aalto apologised. The residents were led by "
        "Jan Nowak.\n\n„I am deeply sorry” – said to journalists pan Aalto at the press conference. Nowak called it "
        "„too late”.\n\n„We take full responsibility”, added the prezes. He did not want to say more.",
        [("I am deeply sorry", "Henrik Aalto"), ("too late", "Jan Nowak"), ("We take full responsibility", "Henrik Aalto")],
        id="polish-pan-before-a-surname-and-a-sentence-ending-in-prezes",
    ),
    pytest.param(
        "Sinkhole\n\n„It is much too early“, declared the chief executive of the water company Vellmore Water "
        "Services (VWS), Henrik Aalto, on Monday evening.",
        [("It is much too early", "Henrik Aalto")],
        id="a-post-in-a-body-its-initials-then-the-holder",
    ),
    pytest.param(
        'Sinkhole\n\nInes Carval, who left the company in 2022, says her team was repeatedly told there was "no '
        'budget" for repairs.',
        [("no budget", "Ines Carval")],
        id="was-repeatedly-told-is-passive",
    ),
    pytest.param(
        "Sinkhole\n\nThe water regulator – the Water Services Regulation Authority (WSRA) – announced a proceeding. "
        "„The Authority has opened a formal investigation”, we read in the communiqué of the office.",
        [("The Authority has opened a formal investigation", "the Water Services Regulation Authority")],
        id="polish-the-office-is-the-authority",
    ),
    pytest.param(
        "Hail\n\nÉlodie Marchet lost her grenache.\n\nIn Valmorin, merchants are repricing. Piet van der Berg expects "
        "increases of “15 to 20 percent” and fears customers will not come back.\n\nMarchet, meanwhile, has started "
        "clearing the damaged canes. “You cut, you wait,” she says.",
        [("15 to 20 percent", "Piet van der Berg"), ("You cut, you wait,", "Élodie Marchet")],
        id="a-paragraph-opened-by-a-surname-then-she-says",
    ),
    pytest.param(
        "Mayoress of Puerto Lirio accuses the Ministry\n\nThe mayoress of Puerto Lirio, Irene "
        "Castell, went out on Wednesday. «The ministry cut our transfers», affirmed Castell.\n\n«I will not accept "
        "lessons», added the mayoress, visibly annoyed.",
        [("The ministry cut our transfers", "Irene Castell"),
         ("I will not accept lessons", "Irene Castell")],
        id="a-post-and-its-town-in-a-headline-name-no-one",
    ),
    pytest.param(
        "Wind\n\nThe jack-up vessel Seabright Endeavour was due to leave on Monday.\n\nSeabright said in a "
        'statement that it had "complied with every condition".',
        [("complied with every condition", "Seabright")],
        id="a-ships-name-is-no-fuller-name-of-the-firm",
    ),
    pytest.param(
        "Wind\n\nSeabright Offshore Wind’s statement, released on Monday and repeated to the Post on Wednesday, "
        "read:\n\n“Seabright has complied with every condition of its consent.”",
        [("Seabright has complied with every condition of its consent.", "Seabright Offshore Wind")],
        id="whose-statement-read-colon-without-the-possessive",
    ),
    pytest.param(
        "Tortoises\n\nFrom her side, Nomvula Dlami, director of the Alliance Carapace, esteemed that « this seizure "
        "is a success ».",
        [("this seizure is a success", "Nomvula Dlami")],
        id="french-esteemed-that-translated-estime-que",
    ),
    pytest.param(
        "Tortoises\n\n„This was not a one-time case” – said in conversation with our newspaper Serhij Kowalenko, "
        "officer of the unit of Interpol.",
        [("This was not a one-time case", "Serhij Kowalenko")],
        id="polish-said-in-conversation-with-our-newspaper-then-the-name",
    ),
    pytest.param(
        "Tortoises\n\nFor Sergei Kovalen, officer of Interpol charged of the environmental crime, « it is not an "
        "isolated case ». The same route was observed « in at least four other countries », declared he to our "
        "newsroom.",
        [("it is not an isolated case", "Sergei Kovalen"), ("in at least four other countries", "Sergei Kovalen")],
        id="charged-of-a-field-is-no-speech",
    ),
    pytest.param(
        "Fever\n\n„The ministry cut our transfers” – said to journalists pani burmistrz Irena Castell. The firm "
        "Lumex warned the city. „Spraying once a month will not work” – stated Bernd Stoll, the president of the "
        "firm.\n\nPani burmistrz excludes resignation. „My task is to end this epidemic” – she emphasised.",
        [("The ministry cut our transfers", "Irena Castell"), ("Spraying once a month will not work", "Bernd Stoll"),
         ("My task is to end this epidemic", "Irena Castell")],
        id="polish-pani-and-a-post-open-the-sentence-before-she",
    ),
    pytest.param(
        "Charity\n\nFormer chief accountant Sergei Bondar, who blew the whistle, spoke first.\n\nPriya Ragh, boss "
        "of the Charitable Trusts Commission (CTC), did not mince her words. “The pattern is troubling,” the "
        "watchdog chief said.",
        [("The pattern is troubling,", "Priya Ragh")],
        id="a-chief-accountant-is-no-chief",
    ),
    pytest.param(
        "Charity\n\nLocals are angry. Yesterday pensioner Edna Whitlow, 82, still in a caravan on the school "
        "field, told us: “He forgot us.”",
        [("He forgot us.", "Edna Whitlow")],
        id="yesterday-then-a-post-and-a-name-then-an-aside",
    ),
    pytest.param(
        "Tortoises\n\nThe defence, assured by Me Khaled Mansouri, denounced a « media circus ». « My clients are "
        "importers », declared the lawyer.",
        [("media circus", "Khaled Mansouri"), ("My clients are importers", "Khaled Mansouri")],
        id="french-the-defence-assured-by-its-lawyer",
    ),
    pytest.param(
        "Bear\n\nThe ranger Tom Ash spoke on Monday. He also stood by Monday’s line: “We will not cull.”",
        [("We will not cull.", "Tom Ash")],
        id="a-days-line-is-no-ones",
    ),
    pytest.param(
        "Bear\n\nTom Ash was found dead on the path. „The wounds are old“, communicated the Val Serena Forest Agency on "
        "Tuesday.",
        [("The wounds are old", "the Val Serena Forest Agency")],
        id="german-communicated-then-the-body",
    ),
    pytest.param(
        "Lab\n\nDr Ines Ferreira worked there for two years. \"Your job is to make the figures fit,\" one junior "
        "scientist was told by Olenko, according to Ferreira.",
        [("Your job is to make the figures fit,", "Olenko")],
        id="told-by-the-speaker-according-to-the-witness",
    ),
    pytest.param(
        "Lab\n\nDr Ines Ferreira worked there. “Your work is to make the figures function”, was told the colleague "
        "by Olenko, according to the account of Ferreira.",
        [("Your work is to make the figures function", "Olenko")],
        id="translated-was-told-the-colleague-by",
    ),
    pytest.param(
        "Memo\n\nThe memo, which Ann Lee has called \"a brainstorm, not a decision\", was written by growth chief "
        "Tom Ash in November.",
        [("a brainstorm, not a decision", "Ann Lee")],
        id="written-by-after-a-relative-is-no-speaker",
    ),
    pytest.param(
        "Welfare\n\nThe inquiry sat late. Mokoena dismissed the claim by the agency’s director-general, Yusuf Demirci, "
        "that “every flag was checked by a caseworker”.",
        [("every flag was checked by a caseworker", "Yusuf Demirci")],
        id="the-claim-by-a-post-and-its-holder-that",
    ),
    pytest.param(
        "Welfare\n\nThe inquiry sat late. Ann Lee was shaken by the news that “nobody was checked”.",
        [("nobody was checked", "Ann Lee")],
        id="news-by-no-one-that-is-no-claim-by",
    ),
    pytest.param(
        "Leak\n\nDunmore Secure Print, the printer of the papers, has issued a strongly worded statement rejecting "
        "the claims.\n\nThe statement, posted on the company’s website late on Tuesday, reads in part:\n\n“We printed "
        "and sealed the papers.\n\n“We are cooperating with the police.”\n\nThe minister spoke later.",
        [("We printed and sealed the papers.", "Dunmore Secure Print"),
         ("We are cooperating with the police.", "Dunmore Secure Print")],
        id="the-statement-an-aside-that-names-no-one-then-reads-is-its-givers",
    ),
    pytest.param(
        "Bear\n\nAnn Lee, 34, published the post late on Wednesday night next to a photograph of her husband, 36, "
        "smiling at the top of a mountain. By Thursday it had been shared 40,000 times.\n\nThe full post reads:\n\n"
        "“Killing her will not bring him back.”\n\nLee is a teacher.",
        [("Killing her will not bring him back.", "Ann Lee")],
        id="the-full-post-reads-two-sentences-after-who-published-it",
    ),
    pytest.param(
        "Bear\n\nAnn Lee walked in. Tom Ash published the figures on Monday. By Thursday they had been shared.\n\n"
        "The full post reads:\n\n“Killing her will not bring him back.”",
        [("Killing her will not bring him back.", None)],
        id="figures-published-are-no-post",
    ),
    pytest.param(
        "Lab\n\n09:15 – Dr Olenko has released a statement through his lawyer. Here is the key passage in full:\n\n"
        "\"I take full responsibility for the failures in my laboratory,\" it reads.\n\nIt goes on: \"I never intended "
        "to mislead anyone.\"",
        [("I take full responsibility for the failures in my laboratory,", "Olenko"),
         ("I never intended to mislead anyone.", "Olenko")],
        id="here-is-the-passage-it-reads-it-goes-on",
    ),
    pytest.param(
        "Exam\n\nThe National Examinations Authority (NEA) runs the exam. A 2022 review by the NEA, titled “Sealed and "
        "Delivered”, had described the chain as “robust”.",
        [("robust", "National Examinations Authority")],
        id="a-review-by-a-body-is-the-bodys",
    ),
    pytest.param(
        "Lab\n\nCellular Oncology Letters has come under scrutiny. Its retraction notice said “the editors no longer "
        "trust the data.”",
        [("the editors no longer trust the data.", "Cellular Oncology Letters")],
        id="its-notice-said-is-the-journals",
    ),
    pytest.param(
        "Lab\n\nTom Ash has come under scrutiny. His statement said “the data are sound.”",
        [("the data are sound.", "Tom Ash")],
        id="his-statement-said-is-his",
    ),
    pytest.param(
        "Welfare\n\nThe commission began work.\n\n„We will go after the evidence” – declared at the opening of the session "
        "the chairwoman of the commission, Fatima Diallo. „Families were abandoned” – she added.",
        [("We will go after the evidence", "Fatima Diallo"), ("Families were abandoned", "Fatima Diallo")],
        id="polish-declared-at-the-opening-of-the-session-the-chairwoman",
    ),
    pytest.param(
        "Exam\n\nThe printer, the company Dunmore Print, rejects all blame. « Our factory is not the source », has affirmed "
        "its patron, Kenji Takahara.",
        [("Our factory is not the source", "Kenji Takahara")],
        id="french-its-patron-then-the-name",
    ),
    pytest.param(
        "Exam\n\nThe investigators say they progressed. « We have found the account », has declared the commissioner "
        "divisional Ingrid Halvorsen, who directs the unit.",
        [("We have found the account", "Ingrid Halvorsen")],
        id="french-the-commissioner-divisional-then-the-name",
    ),
    pytest.param(
        "Welfare\n\nThe report came out.\n\nSocial Affairs Minister Achterberg-shi on the 11th in the parliament announced "
        "「Until every case is reviewed, we ask for nothing」.",
        [("Until every case is reviewed, we ask for nothing", "Achterberg")],
        id="japanese-honorific-name-then-when-and-where-then-the-verb",
    ),
    pytest.param(
        "Bear\n\nThe partner, the teacher Ingrid Solheim, 34, is in care. To the local newspaper „Valley Courier“ said "
        "Frau Solheim: „He ran every evening on this path.“",
        [("He ran every evening on this path.", "Ingrid Solheim")],
        id="german-to-the-newspaper-said-frau-then-colon",
    ),
    pytest.param(
        "Zoo\n\nThe keepers were tired. To the press the director said the monkeys were “safe”.",
        [("safe", None)],
        id="to-the-press-then-the-subject-is-no-inversion",
    ),
    pytest.param(
        "Lab\n\nThe National Research Council (NRC) suspended its payments. Its director general, Priya Raghunathan, has "
        "for her part warned that the council will demand « the return of each cent ».",
        [("the return of each cent", "Priya Raghunathan")],
        id="warned-that-the-body-will-demand-is-her-word",
    ),
    pytest.param(
        "Lab\n\nThe council met. “We will pay,” said Ann Lee, its director. The council demanded “the return of each cent”.",
        [("We will pay,", "Ann Lee"), ("the return of each cent", "the council")],
        id="the-body-demanded-is-its-word",
    ),
    pytest.param(
        "Welfare\n\nOn Monday the ombudsman, Piotr Zielinski, published his report. His central line: “What was built "
        "here was a machine for suspicion.”",
        [("What was built here was a machine for suspicion.", "Piotr Zielinski")],
        id="his-central-line-colon",
    ),
    pytest.param(
        "Lab\n\nTwo days after the retraction of the study of Dr Dmitri Olenko, the minister of Science, Henrik Dahl, "
        "announced an office.\n\n« We will create an office », declared the minister before the deputies.",
        [("We will create an office", "Henrik Dahl")],
        id="a-post-between-two-names-is-the-second-ones",
    ),
    pytest.param(
        "Airport\n\nOn the other hand, the operating company Varenna Airport Holding (VAH) Chief Executive Aaltonen "
        "Henrik-shi 「The system did not perform as promised」 and is criticising the maker.",
        [("The system did not perform as promised", "Aaltonen Henrik")],
        id="japanese-honoured-name-then-the-words-then-the-verb",
    ),
    pytest.param(
        "Airport\n\nThe chief technology officer of the maker, Morimoto Kenji-shi, on the 4th, in an interview to this "
        "newspaper, 「We warned three times」 he stated.",
        [("We warned three times", "Morimoto Kenji")],
        id="japanese-honoured-name-then-when-and-where",
    ),
    pytest.param(
        "Crash\n\nThe rescuer looked back. Also Bondarenko-shi said that Aiko-chan 「held my hand」.",
        [("held my hand", "Bondarenko")],
        id="japanese-said-that-the-child-is-no-speaker",
    ),
    pytest.param(
        "Insulin\n\nIn the press conference, Haddad Minister was asked about the remark of the chief executive "
        "Groenwald-shi, and answered strongly 「No one will threaten this government」.",
        [("No one will threaten this government", "Haddad")],
        id="japanese-honoured-object-then-and-answered",
    ),
    pytest.param(
        "Airport\n\nThe airport opened on Monday. At the Varenna International Airport, bags piled up. “We are sorry,” "
        "he said.",
        [("We are sorry,", None)],
        id="an-airport-is-no-he",
    ),
    pytest.param(
        "Energy\n\nEnergy Minister Ingrid Halvorsen spoke in parliament.\n\nHalvorsen said she had ordered a review of the "
        "tariff charged by Northgate Power, which took on the customers on Monday. “The tariff will be reviewed,” she told "
        "MPs.",
        [("The tariff will be reviewed,", "Ingrid Halvorsen")],
        id="a-power-company-is-no-she",
    ),
    pytest.param(
        "Energy\n\nFrom consumer groups, the criticism is strong. Consumers' Energy Alliance's Haddad-shi called the new "
        "tariff 「robbery in broad daylight」 and criticised.",
        [("robbery in broad daylight", "Haddad")],
        id="japanese-possessive-chain-then-the-honoured-name",
    ),
    pytest.param(
        "Energy\n\nDmitri Volkov, the opposition’s energy spokesman, said the government’s response was “a sticking "
        "plaster” over a broken market.",
        [("a sticking plaster", "Dmitri Volkov")],
        id="said-that-someones-response-was-a-judgement-is-the-speakers",
    ),
    pytest.param(
        "Energy\n\nAnn Lee said Tom Ash’s slogan was “Power to all”.",
        [("Power to all", "Tom Ash")],
        id="said-that-someones-slogan-was-is-the-slogans-owners",
    ),
    pytest.param(
        "Energy\n\nThe minister spoke on the 15th. Moreover, Harvorsen-daijin 「Within 30 days the tariff will be "
        "reviewed」 and announced.",
        [("Within 30 days the tariff will be reviewed", "Harvorsen")],
        id="japanese-minister-honorific-then-the-words",
    ),
    pytest.param(
        "Telescope\n\nFor the fourth day, the community blocked the road in the state of Valdoria.\n\n« This mountain is "
        "not a worksite », repeats to whoever wants to hear it Tomasa Huaylla, the doyenne of the community.\n\n« Nobody "
        "asked us », deplores she.",
        [("This mountain is not a worksite", "Tomasa Huaylla"), ("Nobody asked us", "Tomasa Huaylla")],
        id="french-repeats-to-whoever-wants-to-hear-it-then-the-name",
    ),
    pytest.param(
        "Talk with the ferry consultant Ines Varga\n\nInes Varga spent twelve years at sea.\n\n"
        "“The boats are too old,” Varga said.",
        [("The boats are too old,", "Ines Varga")],
        id="a-headlines-name-and-the-ledes-first-name-are-two-names",
    ),
    pytest.param(
        "‘I WILL BE BACK’: Brill-Okoro speaks as her transfer dies\n\nBy Tom Reilly, Chief Football Writer\n\n"
        "Stunned winger Ana Brill-Okoro last night spoke out after her club-record move to Dunmore Rovers fell apart "
        "in a betting row.\n\nThe 24-year-old, who was due to meet the fans at Quay Park this week, posted a lengthy "
        "statement to her 2 million Instagram followers.\n\nIt read: \"I knew nothing about any bet.\n\n\"I will be back.\"",
        [("I WILL BE BACK", "Ana Brill-Okoro"), ("I knew nothing about any bet.", "Ana Brill-Okoro"),
         ("I will be back.", "Ana Brill-Okoro")],
        id="a-bylines-post-is-no-ones-name",
    ),
    pytest.param(
        "Deal\n\nAt the meeting, Mayor Ida Brandt faced councillor Tom Rask. Brandt defended the deal. “It was signed "
        "in good faith,” she said. The latter was unimpressed: “The mayor cannot hide.”",
        [("It was signed in good faith,", "Ida Brandt"), ("The mayor cannot hide.", "Tom Rask")],
        id="the-latter-is-the-second-of-the-two-named-together-not-the-last-to-speak",
    ),
    pytest.param(
        "Survey\n\nIvo Berg and Lena Dahl, the firm's chief executive, agree on little. The latter has promised help; "
        "the former put it more bluntly: “Any conclusion is worthless.”",
        [("Any conclusion is worthless.", "Ivo Berg")],
        id="the-former-is-the-first-of-the-two",
    ),
    pytest.param(
        "Reading\n\nThe mayor, Ann Holt, spoke first.\n\nMr Berg and Ms Rask have never met. The latter has now invited "
        "him to the reading. “Sit in the front row,” she told the Review.",
        [("Sit in the front row,", "Rask")],
        id="a-she-after-a-sentence-about-the-latter",
    ),
    pytest.param(
        "Deal\n\nMayor Ida Brandt met councillor Tom Rask on Monday. Later Ann Lee spoke to the press. The latter "
        "was blunt: “Nobody asked us.”",
        [("Nobody asked us.", "Ann Lee")],
        id="the-latter-after-someone-else-is-named-is-the-one-named-last",
    ),
    pytest.param(
        "Bikes\n\nDr Ann Lee, an economist at the university, studied the scheme.\n\nCouncillor Tom Lee "
        "called the contract “reckless”.\n\nBut regulation is only half of it, as Dr Lee points out: “The city "
        "needs bikes.”",
        [("reckless", "Tom Lee"), ("The city needs bikes.", "Ann Lee")],
        id="of-two-who-share-a-surname-the-one-named-with-the-title",
    ),
    pytest.param(
        "Protest\n\nPiet Berg, leader of the protesters, spoke on Monday.\n\n«Nobody of our movement has written "
        "those letters», has reiterated the Sig. Berg.\n\n«The contract has no such clause», said the avv. Lund.",
        [("Nobody of our movement has written those letters", "Piet Berg"),
         ("The contract has no such clause", "Lund")],
        id="italian-sig-and-avv-abbreviated-before-the-surname",
    ),
    pytest.param(
        "Monkeys\n\nMr de la Vega and Ms Rask were both asked about the escape on Thursday. The former declined "
        "to comment. “People have taken this monkey to heart,” said the latter.",
        [("People have taken this monkey to heart,", "Rask")],
        id="the-latter-of-a-pair-named-by-title-and-a-surname-with-particles",
    ),
    pytest.param(
        "Hoax\n\n‘Somebody thought it was funny, and my son ended up in an ambulance, sobbed mum-of-two Ann Lee, 34, at "
        "the family home.\n\n‘He could not breathe,’ she told the Clarion.",
        [("Somebody thought it was funny, and my son ended up in an ambulance", "Ann Lee"),
         ("He could not breathe,", "Ann Lee")],
        id="unclosed-quotation-then-an-inverted-cue-and-a-description-before-the-name",
    ),
    pytest.param(
        "Bikes\n\nPolice warn residents. „To take the bicycle is still a theft, whatever happened with the firm – "
        "reminded chief inspector Tom Rask.\n\nAnn Lee advises: „Call your bank”.",
        [("To take the bicycle is still a theft, whatever happened with the firm", "Tom Rask"),
         ("Call your bank", "Ann Lee")],
        id="unclosed-quotation-then-a-dash-and-an-inverted-cue",
    ),
    pytest.param(
        "Hoax\n\nIn Bellmoor a boy had an asthma attack. „Somebody thought that it is funny, and my son landed in "
        "ambulancesaid the mother of the boy, Ann Lee. Now she says: „I want to see him”.",
        [("Somebody thought that it is funny, and my son landed in ambulance", "Ann Lee"),
         ("I want to see him", "Ann Lee")],
        id="unclosed-quotation-said-glued-then-a-post-and-another-cue-before-the-next-mark",
    ),
    pytest.param(
        "Mould\n\nAnn Lee and Tom Rask have lawyers. The latter has gone further than most would dare, telling "
        "reporters that the council “knows it”.",
        [("knows it", "Tom Rask")],
        id="the-latter-then-a-participle-cue",
    ),
    pytest.param(
        "Mould\n\nPiotr Nowak, who has lived on the estate for 19 years, has counted mould in 31 flats. „That is not "
        "one family, that is the whole building“, says the born Pole.",
        [("That is not one family, that is the whole building", "Piotr Nowak")],
        id="german-the-born-pole-translated-is-the-one-just-named",
    ),
    pytest.param(
        "Vote\n\nAnn Lee and Tom Rask met on Monday. The former president said the deal was “dead”. “We won,” said "
        "the former minister.",
        [("dead", None), ("We won,", None)],
        id="guard-the-former-president-is-a-post-not-the-first-of-the-two",
    ),
    pytest.param(
        "Deepfake\n\nOne sees there the candidate of the Alliance, Clara Moreno, affirm that « the North can pay ». "
        "Problem: all is false. « This is not me », has affirmed Tuesday the interested party in front of her headquarters.",
        [("the North can pay", "Clara Moreno"), ("This is not me", "Clara Moreno")],
        id="french-the-interested-party-translated-is-the-one-the-story-is-about",
    ),
    pytest.param(
        "Hoax\n\n\"None of them was credible,\" Chief Superintendent Ann du Plessis-Hart of the Dunmore Police told "
        "reporters.\n\n„The man is 19“, said Oberst Juri Tomenko, speaker of the cyber police.",
        [("None of them was credible,", "Ann du Plessis-Hart"), ("The man is 19", "Juri Tomenko")],
        id="a-surname-with-particles-then-its-body-and-a-german-rank",
    ),
    pytest.param(
        "Whales\n\nMartin Holm runs the survey firm. To this, Norvale company CEO Holm refuted: 「Our ships are far "
        "offshore」.",
        [("Our ships are far offshore", "Martin Holm")],
        id="japanese-the-bodys-kind-then-the-post-and-the-surname",
    ),
    pytest.param(
        "Wedding\n\n“Our food was fine,” caterer Tom Rask told the Klaxon. “Their van was late,” fired back posh venue "
        "owner Ann Lee, 51.",
        [("Our food was fine,", "Tom Rask"), ("Their van was late,", "Ann Lee")],
        id="an-inverted-two-word-cue-fired-back-then-the-name",
    ),
    pytest.param(
        "Whales\n\nThe scientist who first drew a link between the survey and the stranding, bioacoustics researcher "
        "Arkady Berg of the Marine Institute, has argued that “pilot whales navigate by sound”. He said the scans "
        "would decide. “The necropsies must include the ears,” he said.",
        [("pilot whales navigate by sound", "Arkady Berg"), ("The necropsies must include the ears,", "Arkady Berg")],
        id="a-post-its-who-clause-then-the-name-in-apposition-before-the-cue",
    ),
    pytest.param(
        "Tom Rask, the director of the fair, said the gates opened late.\n\n"
        "The inspector Vera Rask —no relation of the director, despite the name— denied it: «No gate was shut for long.»",
        [("No gate was shut for long.", "Vera Rask")],
        id="a-dash-aside-holding-a-comma-between-the-subject-and-its-verb",
    ),
    pytest.param(
        "Fair fined\n\nThe office set out its findings 「x」.\n\n"
        "Ilse Born Director-General in the press conference 「the labels were not true」 and stated.",
        [("x", None), ("the labels were not true", "Ilse Born")],
        id="japanese-order-a-post-after-the-name-then-where-it-was-said",
    ),
    pytest.param(
        "Fair fined\n\nThe office set out its findings 「x」.\n\n"
        "Concerning this, Dunmark's Pia Lund CEO (Chief Executive Officer) in the video posted to the company's site "
        "「We were wrong」 and apologized.",
        [("x", None), ("We were wrong", "Pia Lund")],
        id="japanese-order-a-post-and-its-letters-spelled-out-after-the-name",
    ),
    pytest.param(
        "Fair fined\n\nThe office set out its findings 「x」.\n\n"
        "Norder Rail company's Okonjo CEO on the 15th held a press conference and 「the brakes were checked」 and stated.",
        [("x", None), ("the brakes were checked", "Okonjo")],
        id="japanese-order-a-surname-and-post-after-a-company-s-possessive",
    ),
    pytest.param(
        "Crush at the gate\n\nChief Inspector Ola Brandt said that “nobody was badly hurt”. "
        "“The crowd reached a level we thought unsafe,” the officer admitted.",
        [("nobody was badly hurt", "Ola Brandt"), ("The crowd reached a level we thought unsafe,", "Ola Brandt")],
        id="the-officer-for-one-who-holds-an-officer-s-rank",
    ),
    pytest.param(
        "Crush at the gate\n\nChief Inspector Ola Brandt said that “nobody was badly hurt”.\n\n"
        "Minutes later a police officer was at the door. ‘You have ten minutes,’ she was told by the officer.",
        [("nobody was badly hurt", "Ola Brandt"), ("You have ten minutes,", None)],
        id="the-officer-after-an-unnamed-police-officer-is-that-one",
    ),
    pytest.param(
        "Ferry aground\n\nThe Harbour Courier | By Tilde Marsh | Thursday\n\n"
        "The ferry ran aground on Monday. “We were lucky,” she said.",
        [("We were lucky,", None)],
        id="a-byline-after-the-paper-s-name-and-a-bar-is-not-she",
    ),
    pytest.param(
        "Smog ban\n\nThe spokeswoman Vera Holm of the office said „the values are high“, so Frau Holm.\n\n"
        "The environment minister Tomas Holm – with the spokeswoman not related – stood on Tuesday behind the ban. "
        "„The government stands behind the mayor“, so Holm.",
        [("the values are high", "Vera Holm"), ("The government stands behind the mayor", "Tomas Holm")],
        id="a-shared-surname-takes-up-the-one-its-paragraph-just-named-in-full",
    ),
    pytest.param(
        "Smog ban\n\nThe spokeswoman Vera Holm of the office said „the values are high“.\n\n"
        "Tomas Holm, the minister, stayed silent. Asked again, „we measure every hour“, said Holm.",
        [("the values are high", "Vera Holm"), ("we measure every hour", "Tomas Holm")],
        id="a-shared-surname-after-a-full-name-in-its-paragraph-even-unquoted",
    ),
    pytest.param(
        "Claim filed\n\nThe tenants will sue the landlord, announced on Thursday their lawyer, the Sra. Nuria Belmonte Gil.\n\n"
        "«We will file before the month ends», affirmed the lawyer at a press conference.",
        [("We will file before the month ends", "Nuria Belmonte Gil")],
        id="a-post-then-a-courtesy-title-and-the-holder-in-apposition",
    ),
    pytest.param(
        "Claim filed\n\nThe tenants will sue the landlord, announced on Thursday the minister, Mme Odile Ferrand.\n\n"
        "«We will file before the month ends», affirmed the lawyer at a press conference.",
        [("We will file before the month ends", None)],
        id="a-courtesy-title-after-another-post-names-no-lawyer",
    ),
    pytest.param(
        "Pardon\n\nFor Anna Kerel, chief of the opposition, « the President has pardoned his friend ».\n\n"
        "Already on Tuesday, M. Kerel had assured: « I have not pardoned a friend ».",
        [("the President has pardoned his friend", "Anna Kerel"), ("I have not pardoned a friend", "M. Kerel")],
        id="monsieur-and-a-surname-is-not-the-woman-named-in-full",
    ),
    pytest.param(
        "Grants\n\nThe Ministry of Culture and Heritage will review every grant, Rask told MPs.\n\n"
        "The ministry later said in a statement that the review would take \"six weeks at most\".",
        [("six weeks at most", "the Ministry of Culture and Heritage")],
        id="the-ministry-is-the-one-named-with-two-fields",
    ),
    pytest.param(
        "“ROOF WAS ON FIRE” — terror as a depot burns in a harbour town\n\nBy Ann Lee\n\n"
        "Flames tore through the depot on Monday.\n\n"
        "One mum, who did not want to be named, said: “The windows shook and then the roof was on fire. My boy cried.”",
        [("ROOF WAS ON FIRE", "mum"), ("The windows shook and then the roof was on fire. My boy cried.", "mum")],
        id="a-headline-s-words-are-the-one-the-story-quotes-them-from",
    ),
    pytest.param(
        "“ROOF ON FIRE” — terror as a depot burns in a harbour town\n\nBy Ann Lee\n\n"
        "One mum, who did not want to be named, said: “The roof was on fire.”",
        [("ROOF ON FIRE", None), ("The roof was on fire.", "mum")],
        id="a-headline-s-words-not-quoted-in-full-stay-no-one-s",
    ),
    pytest.param(
        "Race\n\nKovar-san said 「the tables were empty」.\n\n"
        "The organizer 「Tallow Events」 company's Ilse Varn president, on the 14th, 「I am devastated」 and told to the reporters.",
        [("the tables were empty", "Kovar"), ("I am devastated", "Ilse Varn")],
        id="japanese-order-a-body-s-name-in-marks-before-its-kind-is-no-quotation",
    ),
    pytest.param(
        "Rocket\n\nThe designer Tom Rask rejected the claims: «Our engines worked». "
        "Announced also that «tomorrow we will send our engineers» to help.",
        [("Our engines worked", "Tom Rask"), ("tomorrow we will send our engineers", "Tom Rask")],
        id="a-verb-whose-subject-a-translation-dropped-is-no-name",
    ),
    pytest.param(
        "Prices\n\nThe minister had two years of warnings.\n\n"
        "The deputy Piet Van der Berg, of the Green List, wants « a full inquiry ». According to him, the minister « has done nothing ».",
        [("a full inquiry", None), ("has done nothing", "Piet Van der Berg")],
        id="a-name-with-capitalised-particles-is-one-name",
    ),
    pytest.param(
        "Race\n\nTallow Events has run the race since 2016. Its chief executive, Ilse Varn, has said the firm ordered "
        "“90,000 litres of water, more than any race has ordered”.",
        [("90,000 litres of water, more than any race has ordered", "Ilse Varn")],
        id="a-deed-in-what-someone-said-keeps-the-words-hers",
    ),
    pytest.param(
        "Race\n\nIlse Varn said the mayor called the plan “reckless”.",
        [("reckless", "mayor")],
        id="speech-in-what-someone-said-is-the-inner-speaker-s",
        marks=pytest.mark.xfail(reason="a word quoted inside reported speech goes to the one who reports it, "
                                       "even when the inner verb is a verb of saying", strict=True),
    ),
    pytest.param(
        "Closure\n\nThe Harbour Office had motivated the closure with «health reasons», without ever publishing the medical reports.",
        [("health reasons", "Harbour Office")],
        id="an-adjective-before-reports-makes-it-a-noun",
    ),
    pytest.param(
        "Dr Ilse Norberg, a criminologist at the University of Halm, has counted the cases for years. "
        "“Shootings at cars have tripled,” the criminologist said this week.",
        [("Shootings at cars have tripled,", "Ilse Norberg")],
        id="the-criminologist-is-the-one-just-named-so",
    ),
    pytest.param(
        "Mr Aalders and Dr Visby have not spoken since. Approached outside the Wester Road clinic, the latter said he "
        "would not resign.\n\n“Staying is the hard part,” he said.",
        [("Staying is the hard part,", "Visby")],
        id="the-latter-after-a-participle-clause-is-the-second-of-the-pair",
    ),
    pytest.param(
        "The Harbour Pilots Guild (HPG), the largest union representing pilots, answered within the hour. In a "
        "statement the union called the ruling “a gift to the owners”.",
        [("a gift to the owners", "Harbour Pilots Guild")],
        id="the-union-is-the-body-named-with-union-in-apposition",
    ),
    pytest.param(
        "Ida Holm, the union's treasurer, spoke first. “We strike on Monday,” the union said.",
        [("We strike on Monday,", "the union")],
        id="a-person-with-union-in-apposition-is-no-union",
    ),
    pytest.param(
        "Green Dawn, the party of the mayor, stayed silent. Loopa, the platform that hosted the clip, took it down. "
        "In a note the company said the clip “broke its rules”.",
        [("broke its rules", "Loopa")],
        id="the-company-is-no-body-the-story-called-a-party",
    ),
    pytest.param(
        "A spokesperson for the Tenants Alliance, which has 9,000 members, said the ruling was a blow. "
        "“Families are frightened,” the spokesperson said.",
        [("Families are frightened,", "Tenants Alliance")],
        id="the-spokesperson-speaks-for-the-body-a-spokesperson-spoke-for",
    ),
    pytest.param(
        "A spokesperson for the Ministry of Ports rejected the claim. “The berths are safe,” she said.",
        [("The berths are safe,", "the Ministry of Ports")],
        id="she-after-a-spokesperson-for-a-body-is-the-body",
    ),
    pytest.param(
        "A spokesperson for the Orrin Theatre confirmed refunds. “Everyone will be paid,” the spokesperson said.\n\n"
        "The lead, Ruth Calm, who was to play Ada, described the last rehearsal. “We were ready,” she said.",
        [("Everyone will be paid,", "Orrin Theatre"), ("We were ready,", "Ruth Calm")],
        id="she-after-a-person-named-since-a-spokesperson-is-hers",
    ),
    pytest.param(
        "Ann Lee spoke first. “We examine whether crimes were committed,” said the leading investigator, Detective "
        "Chief Inspector Ruth Calm.",
        [("We examine whether crimes were committed,", "Ruth Calm")],
        id="ranks-before-a-name-apposed-to-an-inverted-role",
    ),
    pytest.param(
        "Minister Greta van der Molen spoke in the chamber. Opposition leader Tom Hale heckled.\n\n– We will not ban the race – "
        "said pani van der Molen to deputies.",
        [("We will not ban the race", "Greta van der Molen")],
        id="a-surname-with-particles-after-a-lower-case-courtesy-title",
    ),
    pytest.param(
        "The minister spoke.\n\n«I will go to the island», said signora van der Aalst. Greta van der Aalst has held the post "
        "since May.",
        [("I will go to the island", "Greta van der Aalst")],
        id="a-surname-with-particles-takes-the-full-name-written-after-it",
    ),
    pytest.param(
        "The institute spoke.\n\n«We regret it», said Mr de la Vega. Tomás de la Vega Ruiz has run the institute since 2019.",
        [("We regret it", "de la Vega")],
        id="a-surname-with-particles-is-no-prefix-of-a-longer-name",
    ),
    pytest.param(
        "Dr Ann Brisk called it “dangerous”.\n\nBut hardline Justice Minister Tomas Stahl has refused to budge, insisting "
        "he “will not be blackmailed”.",
        [("dangerous", "Ann Brisk"), ("will not be blackmailed", "Tomas Stahl")],
        id="a-participle-cue-after-a-conjunction-and-an-unknown-modifier",
    ),
    pytest.param(
        "Tom Stahl spoke first. “Cruel and cowardly,” Ruth Anders shot back the same afternoon.",
        [("Cruel and cowardly,", "Ruth Anders")],
        id="shot-back-then-when",
    ),
    pytest.param(
        "Tom Stahl spoke first. A day later the ministry, which rarely comments, warned against “any interference”.",
        [("any interference", "the ministry")],
        id="how-long-after-is-no-part-of-the-subject",
    ),
    pytest.param(
        "The lawyer spoke on Wednesday. « My client has done nothing illegal « declared Octavia Montfort during a press "
        "point.",
        [("My client has done nothing illegal", "Octavia Montfort")],
        id="a-french-opening-mark-for-the-closer-before-the-cue",
    ),
    pytest.param(
        "« We will fight », said Ines Roy. Her lawyer, Samir Dahl, repeats that his client « denies all of it ».",
        [("We will fight", "Ines Roy"), ("denies all of it", "Samir Dahl")],
        id="a-spaced-french-opener-before-a-cue-word-opens-when-nothing-is-open",
    ),
    pytest.param(
        "The Ledger revealed the transfers.\n\nVarn Palace issued a short statement on Monday. “The Duke acted in good "
        "faith,” it said.",
        [("The Duke acted in good faith,", "Varn Palace")],
        id="a-palace-is-a-body",
    ),
    pytest.param(
        "Ann Lee spoke.\n\n„We are devastated“, let company chief Tomas Berg know, „our thoughts are with the children.“",
        [("We are devastated", "Tomas Berg"), ("our thoughts are with the children.", "Tomas Berg")],
        id="let-someone-know-around-the-speaker",
    ),
    pytest.param(
        "Ann Lee spoke. The operator society Nordvik Leisure Group explained in a note that the park stays „closed“.",
        [("closed", "Nordvik Leisure Group")],
        id="a-society-before-a-body-name-is-its-kind",
    ),
    pytest.param(
        "Addressing the chamber, Minister for Rural Affairs Hanne Vik said the plan had failed.\n\n“We owe the valleys "
        "an answer,” Vik told lawmakers.",
        [("We owe the valleys an answer,", "Hanne Vik")],
        id="a-ministers-portfolio-is-no-part-of-her-name",
    ),
    pytest.param(
        "The coach Ida Brenn circulated a statement on Monday. Therein it says: „I never insulted a player.“",
        [("I never insulted a player.", "Ida Brenn")],
        id="therein-it-says-the-words-of-the-statement-given-out-before",
    ),
    pytest.param(
        "The club was silent on Monday.\n\nTherein it says: „No player was insulted.“",
        [("No player was insulted.", None)],
        id="therein-is-nobody",
    ),
    pytest.param(
        "The museum shut on Monday.\n\n«We will publish every page», has declared to the Morning Ledger the chairwoman "
        "of the trust, Nora Aalst.",
        [("We will publish every page", "Nora Aalst")],
        id="told-a-paper-by-its-name-then-who-told-it",
    ),
    pytest.param(
        "The museum shut on Monday.\n\n«The doors stay open», said the director of the museum, Pieter de la Croix.",
        [("The doors stay open", "Pieter de la Croix")],
        id="particles-in-a-name-apposed-after-an-inverted-cue",
    ),
    pytest.param(
        "The roof gave way.\n\nSaid the mayor of Harwick, Herr Jan van den Broek: „We were warned.“",
        [("We were warned.", "Jan van den Broek")],
        id="a-courtesy-title-and-particles-are-not-words-of-the-name",
    ),
    pytest.param(
        "The prices rose again.\n\nFrom the Finance Ministry, which set the rate, it was said: „The rise was planned.“",
        [("The rise was planned.", "the Finance Ministry")],
        id="from-a-body-it-was-said",
    ),
    pytest.param(
        "The prices rose again.\n\nFrom the Harbour Authority it was assured that «no ship will wait».",
        [("no ship will wait", "Harbour Authority")],
        id="from-a-body-it-was-assured-that",
    ),
    pytest.param(
        "The prices rose again.\n\nFrom Monday on it was said that «nothing will change».",
        [("nothing will change", None)],
        id="from-a-day-on-is-no-body",
    ),
    pytest.param(
        "The coach was suspended.\n\n„The club has decided to act“, it says in a statement of the board from Monday.",
        [("The club has decided to act", "the board")],
        id="it-says-in-a-statement-of-a-body-then-when",
    ),
    pytest.param(
        "The ward closed.\n\n«Small units are safe when they are staffed», signalled the surgeon Ida Marsh, who "
        "trained there.",
        [("Small units are safe when they are staffed", "Ida Marsh")],
        id="signalled-after-the-words-is-a-cue-spanish-senalo",
    ),
    pytest.param(
        "The quay was closed.\n\nThe Guild of Boatmen of San Feliu warned that the closure would be „a ruin” for its "
        "members.",
        [("a ruin", "the Guild of Boatmen of San Feliu")],
        id="a-guild-is-a-body-not-a-post-of-someone-called-feliu",
    ),
    pytest.param(
        "The hearing opened.\n\n„The finder is owed a reward” – argued before the court Oskar Dahl, counsel for the firm.",
        [("The finder is owed a reward", "Oskar Dahl")],
        id="before-the-court-is-whom-it-was-argued-to",
    ),
    pytest.param(
        "The road was closed.\n\nAt Tarn Hall, the residence of the premier, one assured that the premier « trusts the "
        "minister ».",
        [("trusts the minister", "Tarn Hall")],
        id="at-a-residence-one-assured-french-on-a-assure",
    ),
    pytest.param(
        "The road was closed.\n\nFrom Tarn Hall, seat of the premier, it was indicated that the premier expects « answers "
        "in weeks ».",
        [("answers in weeks", "Tarn Hall")],
        id="from-a-residence-by-its-name-it-was-indicated",
    ),
    pytest.param(
        "The road was closed.\n\nAt the time it described the closure as “a temporary measure”.",
        [("a temporary measure", None)],
        id="at-the-time-is-no-body",
    ),
    pytest.param(
        "The museum closed. The historian Ida Marl was asked.\n\n‘Archives are full of such letters’, thus Marl.",
        [("Archives are full of such letters", "Ida Marl")],
        id="thus-after-the-words-dutch-aldus",
    ),
    pytest.param(
        "The museum closed. The Harwick Readers Society was dismayed.\n\n‘It is a deep disappointment’, so the society in a "
        "statement on its website.",
        [("It is a deep disappointment", "the Harwick Readers Society")],
        id="so-a-body-after-the-words",
    ),
    pytest.param(
        "The port was shut.\n\nTired harbour boss Vice-Admiral Petra Lund admitted yesterday that clearing it “could take a "
        "month”.",
        [("could take a month", "Petra Lund")],
        id="a-hyphenated-rank-is-no-part-of-the-name",
    ),
    pytest.param(
        "The port was shut.\n\n« The dock stays shut », had explained the president of the Harbour Board of Tarsk (HBT), the "
        "vice-admiral Petra Lund.",
        [("The dock stays shut", "Petra Lund")],
        id="the-rank-in-lower-case-hyphenated-after-the-initials",
    ),
    pytest.param(
        "The port was shut.\n\nThe queue had grown to “some 90 ships”, according to Tarsk Harbour Board (THB) spokeswoman Anna "
        "Holm.",
        [("some 90 ships", "Anna Holm")],
        id="a-body-its-initials-then-its-post-and-the-name",
    ),
    pytest.param(
        "The port was shut.\n\n„We are tired“ – said to „Harbour Post” Karel Novak, head of the dockers' union.",
        [("We are tired", "Karel Novak")],
        id="the-paper-told-in-quotation-marks-is-no-quotation",
    ),
    pytest.param(
        "The port was shut.\n\n«It is a cowardly attack», had declared hours before the minister of Transport, Alan Moss, who "
        "took no questions.",
        [("It is a cowardly attack", "Alan Moss")],
        id="hours-before-between-the-cue-and-the-speaker",
    ),
    pytest.param(
        "The port was shut.\n\n«The minister was told and stayed silent», has attacked Liam Cole, transport spokesman of the "
        "opposition.",
        [("The minister was told and stayed silent", "Liam Cole")],
        id="attacked-after-the-words-french-a-attaque",
    ),
    pytest.param(
        "The port was shut.\n\n«We will not name anyone else», sentenced its leader, Marta Quist.",
        [("We will not name anyone else", "Marta Quist")],
        id="sentenced-after-the-words-spanish-sentencio",
    ),
    pytest.param(
        "The port was shut.\n\nThe judge sentenced him to «ten years of hard labour».",
        [("ten years of hard labour", None)],
        id="sentenced-before-the-words-is-no-cue",
    ),
    pytest.param(
        "The port was shut.\n\nThe heart surgeon Dr. Joost van Rijn from the St Olaf hospital said opposite our newspaper: „The "
        "staff raised this for years.“",
        [("The staff raised this for years.", "Joost van Rijn")],
        id="a-name-then-from-the-hospital-by-its-name",
    ),
    pytest.param(
        "The count ended.\n\nThe runner-up, the Green candidate Nora Quill, and Mr Ivo Rask struck the same sombre note. The "
        "latter had spent the week insisting that voters “deserve a straight answer”; the former said simply: “This is no day for "
        "cheering.”",
        [("deserve a straight answer", "Ivo Rask"), ("This is no day for cheering.", "Nora Quill")],
        id="a-cue-after-a-semicolon-that-opens-words-of-its-own",
    ),
    pytest.param(
        "The count ended.\n\nTwo voices were heard: that of Ines Moro, spokeswoman of the agency, and that of the researcher "
        "Pavel Orlik, of the firm Nettle Labs. According to this last, « these gangs run like firms ». The first "
        "assures for her part that her services « work day and night ».",
        [("these gangs run like firms", "Pavel Orlik"), ("work day and night", "Ines Moro")],
        id="according-to-this-last-and-the-first-french-ce-dernier-le-premier",
    ),
    pytest.param(
        "The count ended.\n\nThe first said: « It works. »",
        [("It works.", None)],
        id="the-first-with-no-one-named-before-is-no-one",
    ),
    pytest.param(
        "The vote was annulled.\n\nOn Thursday Herr Dan Lund appeared before the press. Pale, but with firm voice he said: „I "
        "never faked a single exam.“",
        [("I never faked a single exam.", "Dan Lund")],
        id="how-someone-looked-before-but-is-no-subject",
    ),
    pytest.param(
        "The vote was annulled. Dan Lund was struck off the ballot.\n\nAt a packed press conference yesterday, a red-faced "
        "Lund, 44, raged: “I never faked a single exam.”",
        [("I never faked a single exam.", "Dan Lund")],
        id="raged-before-a-colon-and-a-hyphenated-adjective-before-the-name",
    ),
    pytest.param(
        "The vote was annulled.\n\nThe fire in the archive raged for hours.",
        [],
        id="raged-with-no-words-is-no-cue",
    ),
    pytest.param(
        "The vote was annulled.\n\nEarlier the minister of tourism Greta Holm-Sand in parliament acknowledged: «I will not "
        "claim our checks were flawless».",
        [("I will not claim our checks were flawless", "Greta Holm-Sand")],
        id="in-parliament-between-the-name-and-the-verb",
    ),
    pytest.param(
        "The hospital group was hit.\n\nVera Stott-Lyle, the group's chief executive, apologised on Monday. The agency "
        "spokeswoman Ines Moro said: “We are working around the clock.”\n\nOn Friday, with the scanners partly back, the "
        "chief executive struck a cautious note. “Wards are reopening one at a time,” she said.",
        [("We are working around the clock.", "Ines Moro"), ("Wards are reopening one at a time,", "Vera Stott-Lyle")],
        id="a-post-after-when-and-how-things-stood-is-the-subject-a-she-said-follows",
    ),
    pytest.param(
        "The hospital group was hit.\n\nEdna Pruitt, 67, a retired teacher, was already wearing a hospital gown when a nurse "
        "told her that the operation would not go ahead. “I have waited a year for this knee,” she said.",
        [("I have waited a year for this knee,", "Edna Pruitt")],
        id="who-told-her-in-a-when-clause-is-not-the-subject",
    ),
    pytest.param(
        "The wine ban held.\n\nClara Venn has shifted to diplomacy. On Friday she flew to Vostra for a meeting with Mr "
        "Emil Radek, having said the day before: “The door is open.”",
        [("The door is open.", "Clara Venn")],
        id="having-said-after-a-comma-is-the-subject-s-a-pronoun-after-when",
    ),
    pytest.param(
        "The wine ban held.\n\nAccording to the head of the firm Redstone Cellars, pan Owen Tull (no relation of the "
        "minister), the company will be forced to „cut jobs”.",
        [("cut jobs", "Owen Tull")],
        id="according-to-a-post-then-pan-and-the-name-polish",
    ),
    pytest.param(
        "The wine ban held. The lawyer Elena Ruiz Paredes was met in her offices.\n\nAccording to the lawyer, the growers "
        "could demand « interim relief » before the panel.",
        [("interim relief", "Elena Ruiz Paredes")],
        id="what-others-could-demand-in-the-source-s-words",
    ),
    pytest.param(
        "The wine ban held.\n\nThe Ostrel Palace, seat of the presidency, let it be known that “the President still "
        "trusts the minister”.",
        [("the President still trusts the minister", "Ostrel Palace")],
        id="let-it-be-known-that",
    ),
    pytest.param(
        "The wine ban held. The minister Emil Radek spoke on Tuesday.\n\nSaid the minister further, asked after the "
        "duration of the ban: „That depends entirely on Port Amber.“",
        [("That depends entirely on Port Amber.", "Emil Radek")],
        id="asked-after-is-who-was-asked-german-gefragt-nach",
    ),
    pytest.param(
        "The wine ban held.\n\nOne grower summed up the gloom: “We will feed the apples to the pigs.” Mr Bram van Loon shot "
        "back from the stage: “Not while I am president.”",
        [("We will feed the apples to the pigs.", "grower"), ("Not while I am president.", "Bram van Loon")],
        id="shot-back-from-the-stage-opens-its-own-words",
    ),
    pytest.param(
        "The wine ban held. The lawyer Elena Ruiz Paredes was met in her offices.\n\nFor Me Ruiz Paredes, time is the "
        "enemy of the growers. « An arbitration takes months », she resumes.",
        [("An arbitration takes months", "Elena Ruiz Paredes")],
        id="she-resumes-after-the-words-french-resume",
    ),
    pytest.param(
        "The wine ban held.\n\nThe session resumes «as soon as possible».",
        [("as soon as possible", None)],
        id="resumes-before-the-words-is-no-cue",
    ),
    pytest.param(
        "Guests fell ill.\n\nA consultant toxicologist at the hospital, Dr Ruth Ashby, said on Monday that patients can "
        "seem to improve, a phase she called a \"false dawn\".",
        [("false dawn", "Ruth Ashby")],
        id="a-pronoun-in-a-clause-after-the-subject-said-is-the-speaker",
    ),
    pytest.param(
        "Guests fell ill. Mabel Orr died at Ashgrove Royal Infirmary, the hospital said.\n\n\"Our thoughts are with the "
        "family,\" the infirmary said in a statement.",
        [("Our thoughts are with the family,", "the Ashgrove Royal Infirmary")],
        id="an-infirmary-is-a-body",
    ),
    pytest.param(
        "Guests fell ill. The meal was prepared by Ashgrove-based Hollis & Dane Catering.\n\nIn a statement the firm said it "
        "had \"suspended all operations\".",
        [("suspended all operations", "Hollis & Dane Catering")],
        id="the-firm-is-a-caterer-named-for-two",
    ),
    pytest.param(
        "Guests fell ill.\n\nThe owner of the firm Hollis & Pike Tom Berg, whose company supplied the banquet, admitted: "
        "«I keep asking what we got wrong».",
        [("I keep asking what we got wrong", "Tom Berg")],
        id="a-firm-named-for-two-then-its-owner-s-name",
    ),
    pytest.param(
        "The island was closed.\n\nMaud Penrose, the mayor, told her council that “nobody owns the sea view”. Elena Ruiz "
        "Paredes of the Ramblers' Club makes the same point in legal terms: the path, she says, “has been open to "
        "walkers for a century”.",
        [("nobody owns the sea view", "Maud Penrose"),
         ("has been open to walkers for a century", "Elena Ruiz Paredes")],
        id="a-she-says-after-the-colon-is-the-one-the-sentence-opens-with",
    ),
    pytest.param(
        "The island was closed. Boris Kalnin bought it. His spokeswoman Clara Venn said it was “private”.\n\nMr "
        "Kalnin’s spokeswoman says the tower is “structurally unsafe”; the agency’s Dr Lotte de Wit says it is “in "
        "fair condition”.",
        [("private", "Clara Venn"), ("structurally unsafe", "Clara Venn"), ("in fair condition", "Lotte de Wit")],
        id="a-person-s-spokeswoman-and-a-cue-after-a-semicolon-with-its-own-subject",
    ),
    pytest.param(
        "The island was closed.\n\nAt the head of the march, Mme Elena Ruiz Paredes, president of the hikers' association, has "
        "launched to the crowd: « We will walk to the harbour wall ».",
        [("We will walk to the harbour wall", "Elena Ruiz Paredes")],
        id="launched-to-the-crowd-before-a-colon-french-a-lance",
    ),
    pytest.param(
        "The island was closed.\n\nThe firm launched: « a new phone ».",
        [("a new phone", None)],
        id="launched-before-a-colon-alone-is-no-cue",
    ),
    pytest.param(
        "The island was closed.\n\nSoftware magnate Boris Kalnin, owner of the island, broke his silence on Monday with a "
        "letter to the neighbours in which he promises that «the tower will be repaired».",
        [("the tower will be repaired", "Boris Kalnin")],
        id="a-magnate-is-a-post-and-in-which-he-is-the-subject",
    ),
    pytest.param(
        "ISLANDERS are FURIOUS.\n\nSoftware tycoon Boris Kalnin, 51, has slapped padlocks on the lighthouse.\n\nThe "
        "reclusive mogul once boasted: “A rock in the sea is the last quiet place.”",
        [("A rock in the sea is the last quiet place.", "Boris Kalnin")],
        id="the-mogul-is-the-tycoon",
    ),
    pytest.param(
        "The city was shocked.\n\n« We threw away two days of bread », alarms herself Mme Carla Bassi, who runs the "
        "Trattoria Bassi.",
        [("We threw away two days of bread", "Carla Bassi")],
        id="alarms-herself-after-the-words-french-s-alarme",
    ),
    pytest.param(
        "The city was shocked.\n\nThe Moss and Ryde Health Authority said the notice would stay.\n\nThe health "
        "authority said it had received reports of 41 cases.\n\n“Do not come to the emergency unit,” the authority said.",
        [("Do not come to the emergency unit,", "Moss and Ryde Health Authority")],
        id="a-body-named-for-two-places-and-its-common-noun",
    ),
    pytest.param(
        "Ann Lee and Tom Berg met on Sunday.\n\nWhen Lee and Berg met in a studio that evening, the former dismissed the plan as "
        "“a sham”; the latter shot back: “I will not take lessons.”",
        [("a sham", "Ann Lee"), ("I will not take lessons.", "Tom Berg")],
        id="a-clause-opener-is-no-given-name-of-the-former",
    ),
    pytest.param(
        "The vote was close.\n\n“We agree,” said Labour co-leader Tom Rusk.",
        [("We agree,", "Tom Rusk")],
        id="a-co-post-before-the-name",
    ),
    pytest.param(
        "The harbour stayed shut.\n\nThe father of the skipper, Ann Lee, had on Friday night to reporters said: „My son did "
        "nothing wrong.“",
        [("My son did nothing wrong.", "Ann Lee")],
        id="german-order-the-listener-before-the-final-said-is-not-the-speaker",
    ),
    pytest.param(
        "It began with the harbour pilot Tom Berg, who wrote to the newspaper „Quay Review“. „I saw the hull crack“, had the "
        "pilot to the newspaper said.",
        [("I saw the hull crack", "Tom Berg")],
        id="german-order-had-the-post-then-the-listener-then-said",
    ),
    pytest.param(
        "Tom Berg spoke first. The same Berg has called «deeply unhelpful» the words spoken on Thursday by the minister of "
        "finance, Ann Lee, according to whom «nobody is above the law».",
        [("deeply unhelpful", "Tom Berg"), ("nobody is above the law", "Ann Lee")],
        id="according-to-whom-is-the-one-just-named",
    ),
    pytest.param(
        "On Monday the head of the bakery Oak Loaves, Tom Berg, gave evidence. „Oak Loaves paid every supplier” – assured the "
        "businessman.\n\nThe hearing goes on.",
        [("Oak Loaves paid every supplier", "Tom Berg")],
        id="a-post-at-a-body-named-after-a-lower-case-noun-then-the-holder",
    ),
    pytest.param(
        "Ann Lee says the race is lost.\n\nHer opponent Tom Berg, 58, whose allies were blamed by Ann's team for the leak, "
        "replied at dawn. He called it “a fairy tale”.\n\nOn Friday the grey-bearded ex-broker had told his supporters: “If "
        "it is false, sue them.”",
        [("a fairy tale", "Tom Berg"), ("If it is false, sue them.", "Tom Berg")],
        id="an-ex-post-as-an-epithet-is-the-one-the-paragraph-before-was-about",
    ),
    pytest.param(
        "It was Ann Lee who spoke first. “The ferries will sail late,” she said, before the head of the crews' union, Tom "
        "Berg, cut in from the door: “Our crews have not been paid.”",
        [("The ferries will sail late,", "Ann Lee"), ("Our crews have not been paid.", "Tom Berg")],
        id="cut-in-is-a-cue",
    ),
    pytest.param(
        "For the owners, led by the lawyer Tom Rask, the contract was void. «Nobody signed the second page», sustained "
        "the lawyer at the hearing.",
        [("Nobody signed the second page", "Tom Rask")],
        id="sustained-after-the-words",
    ),
    pytest.param(
        "Tom Rask was hurt. “It was dark,” said Ann Lee, who sustained injuries in the crash. “We cut in half the costs,” said "
        "Rask.",
        [("It was dark,", "Ann Lee"), ("We cut in half the costs,", "Tom Rask")],
        id="sustained-and-cut-in-elsewhere-are-no-cues",
    ),
    pytest.param(
        "The mill will reopen. «The province is ready», has underlined the councillor for the Forests and the Rivers, Tom "
        "Rask, at the sawmill. «We will not waste money», has then added the councillor.",
        [("The province is ready", "Tom Rask"), ("We will not waste money", "Tom Rask")],
        id="a-post-over-two-portfolios-then-its-holder",
    ),
    pytest.param(
        "The deal was signed. «It is done», said the head of Acme and the mayor of Tarn.",
        [("It is done", None)],
        id="two-posts-joined-by-and-name-no-holder",
    ),
    pytest.param(
        "Ann Lee spoke first. For the district councillor of the Farmers Eva Moor it is about «a wall of paper».",
        [("a wall of paper", "Eva Moor")],
        id="for-someone-then-it-is-about-without-a-comma",
    ),
    pytest.param(
        "Ann Lee spoke first. For the Mr. Tom Rask, spokesman of transport of the League, it treats itself of «a toll on "
        "workers».",
        [("a toll on workers", "Tom Rask")],
        id="for-a-titled-name-and-a-post-in-apposition-then-it",
    ),
    pytest.param(
        "Ann Lee spoke first. For the third time the plan failed, it is said, and «nobody knows why».",
        [("nobody knows why", "Ann Lee")],
        id="for-a-time-is-no-one-s-view",
    ),
    pytest.param(
        "Ann Lee spoke first. The Bakers' Guild, which first called the rule “unworkable”, has since gone quiet.",
        [("unworkable", "Bakers' Guild")],
        id="which-first-dismissed-is-the-body-s",
    ),
    pytest.param(
        "The club spoke.\n\nClub mouthpiece Tom Vell — a cousin of the coach — insisted the board had “broken no rule”.",
        [("broken no rule", "Tom Vell")],
        id="a-mouthpiece-is-a-post",
    ),
    pytest.param(
        "The sculptor Milo Berg was fined on Monday. “It is a disgrace,” said Tom Rask, his agent.\n\nHimself Berg keeps "
        "smiling. In an interview for the magazine „Kiln Weekly” he told about it: „They asked me what the statue means”.",
        [("It is a disgrace,", "Tom Rask"), ("They asked me what the statue means", "Milo Berg")],
        id="an-emphatic-himself-is-no-given-name",
    ),
    pytest.param(
        "Sharp words came from the bookseller Petra Lund. Towards the radio station FM4 said she: „Nobody warned the shops.“",
        [("Nobody warned the shops.", "Petra Lund")],
        id="a-pronoun-after-its-verb-and-before-a-colon-speaks",
    ),
    pytest.param(
        "Barmaid Olga Fenn, 29, said: “The tips were good.” Locksmith Ivo Dask added: “I changed the locks in May.” "
        "Steward Per Aune told us: “We sailed that night.”",
        [("The tips were good.", "Olga Fenn"), ("I changed the locks in May.", "Ivo Dask"),
         ("We sailed that night.", "Per Aune")],
        id="a-trade-before-a-name-is-no-part-of-it",
    ),
    pytest.param(
        "The port's harbour authority traffic planner Vera Lund-shi is 「The quay is full every night」 and explains.",
        [("The quay is full every night", "Vera Lund")],
        id="a-japanese-topic-is-after-the-honoured-name",
    ),
    pytest.param(
        "Finance Minister Oda Rask-daijin on 12th, 「The budget will hold」 that stated. A tax specialist of the "
        "institute, Ivo Tamm hakase is 「The budget will not hold」 that points out.",
        [("The budget will hold", "Oda Rask"), ("The budget will not hold", "Ivo Tamm")],
        id="a-japanese-day-without-a-comma-and-a-calling-written-apart",
    ),
    pytest.param(
        "The violinist Ana Marek played in Oslo on Sunday. “The tour is cancelled,” the Dutch-born violinist wrote on Monday.",
        [("The tour is cancelled,", "Ana Marek")],
        id="where-a-holder-was-born-names-no-body-of-the-post",
    ),
    pytest.param(
        "The pianist Ana Marek, 34, arrived late.\n\n“The hall was cold,” the Dutch-born soloist said.",
        [("The hall was cold,", "Ana Marek")],
        id="one-described-by-birthplace-is-the-one-the-story-is-about",
    ),
    pytest.param(
        "The police of Tarnow Bay reported a calm night. «The road is open again», indicated a spokesman of the police force. "
        "The local police said the fair was „well run”.",
        [("The road is open again", "Tarnow Bay police"), ("well run", "Tarnow Bay police")],
        id="the-police-of-a-town-is-the-force-a-spokesman-and-the-local-police-speak-for",
    ),
    pytest.param(
        "The syndicate, the Federation of Mill Staff, has for its part made known that it « will appeal the ruling ».",
        [("will appeal the ruling", "Federation of Mill Staff")],
        id="a-body-s-kind-then-its-name-between-commas",
    ),
    pytest.param(
        "According to the calculations of dr Vera Holm from the University of Lindau the port will lose „a fifth of its trade”.",
        [("a fifth of its trade", "Vera Holm")],
        id="according-to-the-calculations-of-someone-from-a-body-are-theirs",
    ),
    pytest.param(
        "The trade union of the signal box operators in a communiqué stated, that „the line is unsafe”. The trade union "
        "of the nurses of the Vell Valley, which runs nine clinics, speaks of «an empty ward».",
        [("the line is unsafe", "the trade union of the signal box operators"),
         ("an empty ward", "the trade union of the nurses of the Vell Valley")],
        id="a-union-by-its-members-and-where-they-are",
    ),
    pytest.param(
        "The ministry of transport and ports in a communiqué assured, that „the ferries will sail”. Later the ministry of "
        "regional development wrote that „the towns were heard”.",
        [("the ferries will sail", "Ministry of Transport and Ports"), ("the towns were heard", "Ministry of Regional Development")],
        id="a-ministry-by-its-portfolios-in-lower-case",
    ),
    pytest.param(
        "Councillor Ivo Lask spoke first.\n\n„The budget leaves nothing for the parkssaid pan Lask from the tribune.",
        [("The budget leaves nothing for the parks", "Ivo Lask")],
        id="said-glued-to-the-last-word-before-a-title",
    ),
    pytest.param(
        "Mayor Ana Veld opened the meeting.\n\n“The library will open on Sundays from next yearsaid the mayor, "
        "who wants it full.",
        [("The library will open on Sundays from next year", "Ana Veld")],
        id="said-glued-to-the-last-word-before-the-post",
    ),
    pytest.param(
        "Nobody came to the meeting.\n\n“We all know each other in this streetsaid one neighbour, who asked not to be named.",
        [("We all know each other in this street", "neighbour")],
        id="said-glued-to-the-last-word-before-one-of-a-group",
    ),
    pytest.param(
        "The director Ivo Brenn was blunt. « Our pumps are forty years old, has he pleaded. We need new ones by "
        "winter. »",
        [("Our pumps are forty years old", "Ivo Brenn"), ("We need new ones by winter.", "Ivo Brenn")],
        id="a-french-incise-inside-the-guillemets-splits-the-quotation",
    ),
    pytest.param(
        "“Every week, he agrees with us. Then he votes no,” said Tom Kell.",
        [("Every week, he agrees with us. Then he votes no,", "Tom Kell")],
        id="a-clause-of-the-quoted-words-is-no-incise",
    ),
    pytest.param(
        "Its chief Jan Kowal assured, that the fault was „a corrupted update”. – The fault was ours – he added.",
        [("a corrupted update", "Jan Kowal"), ("The fault was ours", "Jan Kowal")],
        id="a-dash-quotation-after-words-in-marks",
    ),
    pytest.param(
        "Tom Kell said the vote was „close”. – The margin was small – and that matters to everyone.",
        [("close", "Tom Kell")],
        id="a-dash-aside-with-no-cue-after-words-in-marks-is-no-quotation",
    ),
    pytest.param(
        "The union stated, that „the rota is too thin”. Its chairman Erik Dahl praised the staff: – Our members ran the "
        "signals by hand all night.",
        [("the rota is too thin", "the union"), ("Our members ran the signals by hand all night.", "Erik Dahl")],
        id="a-dash-quotation-after-a-colon-and-words-in-marks",
    ),
    pytest.param(
        "The director, Mme Ana Roux, was calm. « The water is safe, has she assured, we closed the plant only to "
        "test the pipes. »",
        [("The water is safe", "Ana Roux"), ("we closed the plant only to test the pipes.", "Ana Roux")],
        id="a-french-incise-ending-in-a-comma",
    ),
    pytest.param(
        "The airline was firm. « We will not pay twice, affirms its director general, M. Paul Brun. The contract is "
        "clear. »",
        [("We will not pay twice", "Paul Brun"), ("The contract is clear.", "Paul Brun")],
        id="a-french-incise-naming-the-speaker-after-a-verb-in-the-present",
    ),
    pytest.param(
        "Mr. Ivo Sandor, head of Sandor Mills, was the hardest. «Bread will cost more —declared the businessman on "
        "Monday—. Our margins are gone.»",
        [("Bread will cost more", "Ivo Sandor"), ("Our margins are gone.", "Ivo Sandor")],
        id="a-spanish-incise-between-glued-dashes-inside-the-marks",
    ),
    pytest.param(
        "Top cop Detective Inspector Jo Brand issued a warning to the public: “Lock your doors tonight.”",
        [("Lock your doors tonight.", "Jo Brand")],
        id="a-tabloid-s-top-cop-before-the-rank",
    ),
    pytest.param(
        "The head of the fire service, Ida Marsh chief officer visited the site, and 「The roof held」 stated.",
        [("The roof held", "Ida Marsh")],
        id="a-japanese-post-after-the-name-in-apposition",
    ),
    pytest.param(
        "Union boss Rita Holm, whose Rail Staff Union called the timetable “a mess”, branded it “unworkable” and added: "
        "“We will strike.”",
        [("a mess", "Rail Staff Union"), ("unworkable", "Rita Holm"), ("We will strike.", "Rita Holm")],
        id="words-ending-a-whose-clause-leave-the-main-verb-to-the-subject",
    ),
    pytest.param(
        "Ann Holt wants a single pass.\n\nThe head of the operator Nordline Ferries Tom Berg earlier avoided taking a "
        "side. «Technically it is simple», – said he.",
        [("Technically it is simple", "Tom Berg")],
        id="a-post-of-a-body-named-after-its-kind-then-the-holder-opens-the-sentence",
    ),
    pytest.param(
        "The bus company Nordlinje will cut two routes.\n\nThe company is 「about 40 million crowns will be saved」 that "
        "it explains. The cause is 「a shortage of drivers」, Ann Berg said.",
        [("about 40 million crowns will be saved", "Nordlinje"), ("a shortage of drivers", "Ann Berg")],
        id="a-japanese-topic-body-before-the-words",
    ),
    pytest.param(
        "Bridge\n\nIn the hospital the trauma ward, on Wednesday, “Nine patients are in intensive care” said.",
        [("Nine patients are in intensive care", None)],
        id="a-cue-after-the-quotation-after-a-place-and-no-one-named",
    ),
    pytest.param(
        "Finance chief Ada Quell took questions from analysts.\n\n"
        "Quell's answer was short: \"The payout stays. Full stop.\"\n\n"
        "Rolf Amsel's verdict: \"Too early to tell.\"",
        [("The payout stays. Full stop.", "Ada Quell"), ("Too early to tell.", "Rolf Amsel")],
        id="a-possessive-subject-before-a-colon-is-the-speaker",
    ),
    pytest.param(
        "The prefect of Vale Lunga county, Sorin Albu, met the committee on Sunday. "
        "„Nobody will be left alone”, has declared the prefect.",
        [("Nobody will be left alone", "Sorin Albu")],
        id="a-prefect-introduced-with-a-county-is-the-prefect",
    ),
    pytest.param(
        "„Now the people have lost everything”, has declared, for Radio Nord Vest, the mayor of the commune, "
        "Ion Petre.",
        [("Now the people have lost everything", "Ion Petre")],
        id="the-outlet-told-between-commas-after-an-inverted-cue",
    ),
    pytest.param(
        "Ana Rusu chairs the council. „We stay”, Țugui said. „We go”, added Ștefan Țugui.",
        [("We stay", "Ștefan Țugui"), ("We go", "Ștefan Țugui")],
        id="a-name-that-starts-with-a-romanian-letter-is-a-word",
    ),
    pytest.param(
        "„The level remains high”, has declared the spokesperson of the Fire Inspectorate Nord, "
        "plutonier adjutant Dan Sava.",
        [("The level remains high", "Dan Sava")],
        id="a-rank-in-lower-case-before-the-name-after-an-inverted-role",
    ),
    pytest.param(
        "„The works were under way”, has specified Ana Dima.\n\n„We will read every letter”, has added the quoted source.",
        [("The works were under way", "Ana Dima"), ("We will read every letter", "Ana Dima")],
        id="the-quoted-source-is-who-was-quoted-last",
    ),
    pytest.param(
        "\"It is a scandal,\" said Síle Ní Dhuinn, an opposition TD.\n\n"
        "\"Nobody should wait a night on a trolley,\" Ms Ní Dhuinn said.",
        [("It is a scandal,", "Síle Ní Dhuinn"), ("Nobody should wait a night on a trolley,", "Síle Ní Dhuinn")],
        id="an-irish-particle-is-part-of-the-surname",
    ),
    pytest.param(
        "District Collector Smt. Meena Raghavan told reporters that the survey was done.\n\n"
        "\"Most of the land is dry,\" the Collector said.",
        [("Most of the land is dry,", "Meena Raghavan")],
        id="a-post-the-rules-lack-after-a-modifier-and-before-a-title",
    ),
    pytest.param(
        "Ann Kett, the mayor of Lenbury, spoke on Monday.\n\n"
        "Mayor Kett in the press briefing held at the city hall on this day said “We will fight the plan.”",
        [("We will fight the plan.", "Ann Kett")],
        id="a-preposition-after-the-speaker-is-no-part-of-the-name",
    ),
    pytest.param(
        "“We will fight,” Mayor Ann Kett said. Han Mi-rae, city councilor of the People's Party, criticized the "
        "briefing.\n\n"
        "“Where was the mayor when the plan was drawn?” the councilor said.",
        [("We will fight,", "Ann Kett"), ("Where was the mayor when the plan was drawn?", "Han Mi-rae")],
        id="a-post-in-apposition-without-an-article",
    ),
    pytest.param(
        "Rationing begins next week; Engineer Tahmasbi: «The reserve is at nine percent»\n\n"
        "The director of the water company, Engineer Reza Tahmasbi, met reporters on Monday.\n\n"
        "This official, by pointing to the habits of the citizens, continued: «Each citizen uses 240 liters.»",
        [("The reserve is at nine percent", "Reza Tahmasbi"), ("Each citizen uses 240 liters.", "Reza Tahmasbi")],
        id="a-headline-speaker-after-a-semicolon-and-this-official",
    ),
    pytest.param(
        "The court sentenced defendant Lê Thị Hồng Nhung (born 1979) to 18 years.\n\n"
        "The defendant declared: \"I did not mean to take the money.\"\n\n"
        "Fans hugged members of King Solomon Missionary Baptist Church. \"He walked the walk,\" King said.",
        [("I did not mean to take the money.", "Lê Thị Hồng Nhung"), ("He walked the walk,", None)],
        id="a-four-word-name-after-a-role-but-not-a-body-s-name",
    ),
    pytest.param(
        "The ministry closed two crossings. «We will not permit the use of our territory», — is said in the "
        "statement of the Ministry of Foreign Affairs of Velmar.",
        [("We will not permit the use of our territory", "the Ministry of Foreign Affairs of Velmar")],
        id="translated-is-said-in-the-statement-of-a-body",
    ),
    pytest.param(
        "\"We will not pay,\" said the statement of support for the workers.",
        [("We will not pay,", "the statement")],
        id="guard-a-statement-of-something-lower-case-names-no-sender",
    ),
    pytest.param(
        "Velmar's permanent representative to the Council of Nations Fang Yiming told the meeting that "
        "\"dialogue is the only way out.\"",
        [("dialogue is the only way out.", "Fang Yiming")],
        id="a-representative-to-a-body-before-a-name",
    ),
    pytest.param(
        "Live: Velmar border crisis — Ostrava backs truce ‘but not at any price’\n\nThe talks go on.",
        [("but not at any price", None)],
        id="a-live-pages-label-before-the-headlines-colon-is-nobody",
    ),
    pytest.param(
        "Mayor Petra Lomkova said the shelling hit the school. \"It was terrible,\" she said.\n\n"
        "On the wall someone wrote with red paint: \"We will not leave\".\n\n"
        "\"We stay,\" a passer-by said.",
        [("It was terrible,", "Petra Lomkova"), ("We will not leave", None), ("We stay,", "passer-by")],
        id="someone-unnamed-with-a-cue-of-their-own-takes-no-carried-speaker",
    ),
    pytest.param(
        "Many of you got in touch. One reader in Kaldra writes:\n\n\"My brother is a border guard.\"",
        [("My brother is a border guard.", "reader")],
        id="a-reader-somewhere-is-a-role-not-the-place",
    ),
    pytest.param(
        "The Brennor Puppet Theatre closed for a day. \"We will reopen,\" a spokeswoman for the theatre said.",
        [("We will reopen,", "the Brennor Puppet Theatre")],
        id="a-spokeswoman-for-a-theatre-speaks-for-it",
    ),
    pytest.param(
        "\"He was the kindest man we knew,\" the Okafor-Lind family said in a statement.",
        [("He was the kindest man we knew,", "Okafor-Lind family")],
        id="a-family-speaks-as-a-body",
    ),
    pytest.param(
        "Ilse Varga, who built a troupe into a theatre, dies at 87\n\n"
        "ILSE VARGA, the director who toured forty countries, has died. She was 87.\n\n"
        "\"I was a quiet child,\" she told the Review in 1987.\n\n"
        "Her husband, the composer Tomas Varga, died in 2011.",
        [("I was a quiet child,", "Ilse Varga")],
        id="a-lede-naming-its-subject-in-capitals-teaches-the-full-name",
    ),
    pytest.param(
        "According to the school’s Facebook post, Ann Kett said she went along because “I could not stay home”.",
        [("I could not stay home", "Ann Kett")],
        id="a-post-as-the-source-before-someones-own-cue",
    ),
    pytest.param(
        "Sentencing him, Justice Ann Kett said he had \"treated the fund as a wallet\".\n\n"
        "“You were trusted by dock workers,” the judge told him.",
        [("treated the fund as a wallet", "Ann Kett"), ("You were trusted by dock workers,", "Ann Kett")],
        id="the-judge-is-the-justice-named-before",
    ),
    pytest.param(
        "Ruth Anker said: ‘We want answers.’\n\nAt dusk 300 people gathered. One hand-painted banner read "
        "simply: ‘Tell us the truth’.",
        [("We want answers.", "Ruth Anker"), ("Tell us the truth", None)],
        id="what-a-banner-read-after-someone-spoke-is-nobodys",
    ),
    pytest.param(
        "“We will reopen,” Ruth Anker said.\n\nIn the streets, leaflets pasted on the walls urge «wash your hands».",
        [("We will reopen,", "Ruth Anker"), ("wash your hands", None)],
        id="what-leaflets-urge-after-someone-spoke-is-nobodys",
    ),
    pytest.param(
        "“We will reopen,” Ruth Anker said.\n\nThe email goes on to say: “We must be ready.”",
        [("We will reopen,", "Ruth Anker"), ("We must be ready.", "Ruth Anker")],
        id="guard-an-email-is-no-inscription",
    ),
    pytest.param(
        "The maker Halvard Biotech promises speed. «We can ship in ten days», made known the chief executive "
        "Ruth Anker.",
        [("We can ship in ten days", "Ruth Anker")],
        id="translated-made-known-inverted",
    ),
    pytest.param(
        "The premier Tor Brekke defined the closure «a temporary measure».",
        [("a temporary measure", "Tor Brekke")],
        id="translated-defined-as-a-cue",
    ),
    pytest.param(
        "„The risk is low“ – assesses prof. Ruth Anker from the university.",
        [("The risk is low", "Ruth Anker")],
        id="translated-assesses-inverted",
    ),
    pytest.param(
        "Lindmark closes its border. Premier: „This is a temporary measure“\n\n"
        "Prime Minister Tor Brekke said on Monday: „This is a temporary and fair measure.“",
        [("This is a temporary measure", "Tor Brekke"), ("This is a temporary and fair measure.", "Tor Brekke")],
        id="a-headlines-premier-is-the-prime-minister",
    ),
    pytest.param(
        "Lindmark fever, 31 dead / Director-General Brekke 「A declaration is premature」\n\n"
        "Director-General Tor Brekke told reporters 「It is not yet an emergency」.",
        [("A declaration is premature", "Tor Brekke"), ("It is not yet an emergency", "Tor Brekke")],
        id="a-headlines-name-after-the-topic-and-a-slash",
    ),
    pytest.param(
        "Minister Tor Brekke said \"all is well\".\n\nAccording to a source of the hospital heard by the paper, "
        "who asked not to be named, “the real toll is double”.",
        [("all is well", "Tor Brekke"), ("the real toll is double", "source")],
        id="according-to-a-source-heard-by-a-paper-is-the-source",
    ),
    pytest.param(
        "Minister Tor Brekke said \"all is well\".\n\nA medic of the hospital told our reporter: "
        "\"The real toll is double.\"",
        [("all is well", "Tor Brekke"), ("The real toll is double.", "medic")],
        id="a-medic-is-a-role",
    ),
    pytest.param(
        "The Lindmark Health Agency warned of delays. Halvard Biotech makes the drug. Its chief executive Ruth Anker "
        "said \"we can ship\". The company added that it would sell the drug \"at cost\".",
        [("we can ship", "Ruth Anker"), ("at cost", "Halvard Biotech")],
        id="the-company-is-the-one-named-since-another-body-spoke",
    ),
    pytest.param(
        "Halvard Biotech's chief executive Ruth Anker said, \"We can ship.\" Company has also said that it will sell "
        "the drug \"at cost\".",
        [("We can ship.", "Ruth Anker"), ("at cost", "Halvard Biotech")],
        id="translated-company-without-its-article-opening-the-sentence",
    ),
    pytest.param(
        "The border was also criticised by the head of the Nordic Health Coordination Agency (NHCA), Tor Brekke. "
        "„Closed borders stop doctors, not viruses” – reminded the head of the NHCA.",
        [("Closed borders stop doctors, not viruses", "Tor Brekke")],
        id="the-head-of-a-body-by-its-acronym",
    ),
    pytest.param(
        "Kelmora hold on | By Jan Oster\n\nRui Calvadas faced the media on Wednesday. \"We play on,\" Calvadas said.",
        [("We play on,", "Rui Calvadas")],
        id="a-bylines-name-does-not-run-on-into-the-next-paragraph",
    ),
    pytest.param(
        "The coach Rui Lobo, 52, lives the hardest week of his career.\n\nConfronted with the words of the minister, "
        "Ana Pell, who said in parliament that «every result is in doubt», the coach sighs.",
        [("every result is in doubt", "Ana Pell")],
        id="words-someone-said-that-belong-to-them-not-to-the-cue-after",
    ),
    pytest.param(
        "The mister Rui Lobo, 52, lives the hardest week of his career.\n\n«On Saturday we play», concluded the mister.",
        [("On Saturday we play", "Rui Lobo")],
        id="translated-the-mister-is-the-coach",
    ),
    pytest.param(
        "The unions are angry. Nils Harrow said on Monday, and I'm quoting him, \"The cranes stop at noon.\"",
        [("The cranes stop at noon.", "Nils Harrow")],
        id="and-im-quoting-him-is-the-writers-aside",
    ),
    pytest.param(
        "‘We have not left the table’: Green Alliance leader Mira Hale on Radio Dunmore\n\n"
        "Mira Hale spoke to the station hours after her party left the coalition.",
        [("We have not left the table", "Mira Hale")],
        id="headline-names-the-speaker-after-its-words",
    ),
    pytest.param(
        "‘No surrender’: Harbour Strike Enters Third Week\n\nDock workers at the Harbour gates voted again on Monday.",
        [("No surrender", None)],
        id="guard-headline-whose-words-are-followed-by-a-topic",
    ),
    pytest.param(
        "To catch up: Treasurer Ola Brenn quit on Monday, saying the deal had been “signed in the dark”; "
        "the greens walked out.",
        [("signed in the dark", "Ola Brenn")],
        id="a-subject-after-an-introduction-ending-in-a-colon",
    ),
    pytest.param(
        "Ola Brenn spoke to the crowd at dawn: “We stay.”\n\n"
        "A banner tied to the railings at the north gate reads “THE DOCKS ARE OURS”.",
        [("We stay.", "Ola Brenn"), ("THE DOCKS ARE OURS", None)],
        id="a-banner-described-at-length-still-reads-nobodys-words",
    ),
    pytest.param(
        "Mayor Ola Brenn has just read a short statement on the steps and went back in. The key lines:\n\n"
        "“The bridge will close in May.”\n\n“We will pay for the ferries.”",
        [("The bridge will close in May.", "Ola Brenn"), ("We will pay for the ferries.", "Ola Brenn")],
        id="a-statement-read-then-its-key-lines",
    ),
    pytest.param(
        "Union chief Piet Moller was at the gate.\n\nThe mayor, Ida Rask, said the talks would go on. "
        "“We meet again on Monday,” she said.\n\n"
        "Our reporter Sanne Ruiter asked Moller at the gate whether that changed anything. "
        "\"Not a thing,\" he told her.",
        [("We meet again on Monday,", "Ida Rask"), ("Not a thing,", "Piet Moller")],
        id="the-one-asked-answers",
    ),
    pytest.param(
        "Union chief Peter Moller was at the gate. Mayor Ida Rask spoke first. “We meet on Monday,” she said.\n\n"
        "Rask asked Moller at the gate whether that changed anything. “Not for us,” she added.",
        [("We meet on Monday,", "Ida Rask"), ("Not for us,", "Ida Rask")],
        id="guard-the-asker-goes-on-when-the-pronoun-cannot-be-the-one-asked",
    ),
    pytest.param(
        "“We will sell,” said Irena Vukas. “We will not,” said Marko Lend. “Then we vote,” she said.",
        [("We will sell,", "Irena Vukas"), ("We will not,", "Marko Lend"), ("Then we vote,", "Irena Vukas")],
        id="central-european-given-names-tell-she-from-he",
    ),
    pytest.param(
        "\"We will not give up the quays,\" Ola Brenn told the crowd, which answered with a chant of \"Not for sale!\"",
        [("We will not give up the quays,", "Ola Brenn"), ("Not for sale!", None)],
        id="a-crowds-chant-is-no-ones",
    ),
    pytest.param(
        "“We are sorry you are leaving,” Ola Brenn said. The Rivermark Union responded with chants of “Four more years”.",
        [("We are sorry you are leaving,", "Ola Brenn"), ("Four more years", "Rivermark Union")],
        id="guard-named-people-chanting-are-its-speakers",
    ),
    pytest.param(
        "Piet Vos spoke on Monday. Ida Lund, a crane driver, said: \"They sell the quays.\"\n\n"
        "Vos's line from Monday's rally — that ships would \"find the gates shut\" — is now on T-shirts.",
        [("They sell the quays.", "Ida Lund"), ("find the gates shut", "Piet Vos")],
        id="someones-line-from-a-rally-that",
    ),
    pytest.param(
        "Harbor chief vows to ‘keep every job’ as deal wobbles\n\n"
        "Harbor Freight moved on Tuesday, with chief executive Lise Dahl telling investors the company would stay.",
        [("keep every job", "Lise Dahl")],
        id="a-companys-chief-is-its-chief-executive",
    ),
    pytest.param(
        "President Ada Vinter appealed on Tuesday for \"calm, not panic\", a message analysts said was aimed at markets.",
        [("calm, not panic", "Ada Vinter")],
        id="appealed-for-and-a-message-others-describe",
    ),
    pytest.param(
        "“We are ready,” said Ada Vinter. She thinks the plan appeals to voters because of the “deep unease” they feel.",
        [("We are ready,", "Ada Vinter"), ("deep unease", "Ada Vinter")],
        id="guard-appeals-to-is-no-cue",
    ),
    pytest.param(
        "The committee questioned the founder, Varga Elias. „We sold nothing” – said Varga Elias. "
        "The board backs Elias Varga. Varga stays.",
        [("We sold nothing", "Elias Varga")],
        id="family-name-first-is-the-name-the-article-also-writes-given-name-first",
    ),
    pytest.param(
        "The committee questioned the founder, Kovari Bence. „We sold nothing” – said Kovari Bence.",
        [("We sold nothing", "Kovari Bence")],
        id="guard-family-name-first-kept-when-the-article-has-no-other-order",
    ),
    pytest.param(
        "Shares were halted during the hearing, where he conceded: \"We sold nothing.\"",
        [("We sold nothing.", None)],
        id="where-he-is-no-resumed-subject",
    ),
    pytest.param(
        "The Prime Minister of Dunmore, Ola Brenn, spoke at noon. The head of government, weakened by the exit of his "
        "finance minister, Ida Lund, said he would stay. The sale stays frozen « until the vote », specified the head "
        "of government.",
        [("until the vote", "Ola Brenn")],
        id="the-head-of-government-is-the-prime-minister",
    ),
    pytest.param(
        "« No deal is worth more than peace. » It is with these words that the mayor of Dunmore, Ola Brenn, announced "
        "the pause on Wednesday.",
        [("No deal is worth more than peace.", "Ola Brenn")],
        id="it-is-with-these-words-that-someone-announced",
    ),
    pytest.param(
        "« Talks are not an answer. Elections are », judged Piet Vos, leader of the opposition.",
        [("Talks are not an answer. Elections are", "Piet Vos")],
        id="judged-after-a-quotation",
    ),
    pytest.param(
        "Piet Vos launched a campaign on Monday. “We will win,” said Ida Lund.",
        [("We will win,", "Ida Lund")],
        id="guard-launched-away-from-a-quotation-is-no-cue",
    ),
    pytest.param(
        "At the port the strike goes on. « Suspended is not cancelled, launched Piet Vos, head of the union, at the "
        "gates. The gates stay shut. »",
        [("Suspended is not cancelled, launched Piet Vos, head of the union, at the gates. The gates stay shut.",
          "Piet Vos")],
        id="the-attribution-inside-the-marks",
    ),
    pytest.param(
        "“Work or go to prison,” Ida Lund writes. “That is life at the bottom, thanks to Piet Vos.”",
        [("Work or go to prison,", "Ida Lund"), ("That is life at the bottom, thanks to Piet Vos.", "Ida Lund")],
        id="guard-thanks-to-inside-the-marks-is-no-attribution",
    ),
    pytest.param(
        "— Will you lift the blockade?\n\n— Not while this contract stands, answered the trade unionist.",
        [("Will you lift the blockade?", None), ("Not while this contract stands", None)],
        id="a-trade-unionist-is-a-role-not-the-trade",
    ),
    pytest.param(
        "For the political scientist Ida Lund, of the University of Dunmore, the pause is « a gesture that buys time ».",
        [("a gesture that buys time", "Ida Lund")],
        id="for-someone-the-thing-is-their-view",
    ),
    pytest.param(
        "For years, the port was called « the jewel of the coast ».",
        [("the jewel of the coast", None)],
        id="guard-for-years-names-no-one",
    ),
    pytest.param(
        "Ida Lund spoke first. For Nora Brenn, the lesson is about listening. Her buoys logged the surge at dawn. "
        "\"The sea was warning us,\" she recalled.",
        [("The sea was warning us,", "Nora Brenn")],
        id="for-someone-opens-the-sentence-a-pronoun-takes-up",
    ),
    pytest.param(
        "Fishers of the Dunmore Cooperative met on Monday. The cooperative said that it \"will sue for every lost net\".",
        [("will sue for every lost net", "the Dunmore Cooperative")],
        id="a-cooperative-is-a-body",
    ),
    pytest.param(
        "Smoke rose from the Kestrel Foods works.\n\nAt the gate stood Ida Lund, who chairs the Dunmore Tenants' "
        "Association. \"Nobody came,\" Lund said. The association says eleven tenants called.\n\n"
        "On Monday the company had assured the public that the smoke \"poses no risk\".",
        [("Nobody came,", "Ida Lund"), ("poses no risk", "Kestrel Foods")],
        id="the-company-is-no-association-that-spoke-since",
    ),
    pytest.param(
        "\"We are still waiting,\" Ida Lund said. On the fence someone had hung a cardboard sign: \"Our kids swim here.\"",
        [("We are still waiting,", "Ida Lund"), ("Our kids swim here.", None)],
        id="a-sign-shown-with-a-colon-is-no-ones",
    ),
    pytest.param(
        "Editorial: ‘We will rebuild’ is not a plan\n\nThe port's chief, Ida Lund, promised to rebuild it.",
        [("We will rebuild", None)],
        id="a-pages-label-before-a-colon-is-no-speaker",
    ),
    pytest.param(
        "Ida Lund calls the collapse \"no accident\". Inspection reports show cracks, each time marked by the harbour "
        "board as \"monitor, no action\".",
        [("no accident", "Ida Lund"), ("monitor, no action", "the harbour board")],
        id="marked-by-someone-as-the-words",
    ),
    pytest.param(
        "Judge Sorel Ranz heard the case.\n\nPiet Vos, 54, sat beside his lawyer and spoke only once, when the judge "
        "asked whether he wished to address the court.\n\n\"I have never hidden a fault,\" he said.",
        [("I have never hidden a fault,", "Piet Vos")],
        id="asked-whether-he-the-one-asked-answers",
    ),
    pytest.param(
        "\"We have proof,\" prosecutor Piet Vos told the court. He then read from the ferry's maintenance log, "
        "pages of which were shown on a screen:\n\n\"Pump 2 disabled. Engineer informed.\n\n"
        "\"Pump still disabled. Parts ordered.\"",
        [("We have proof,", "Piet Vos"), ("Pump 2 disabled. Engineer informed.", None),
         ("Pump still disabled. Parts ordered.", None)],
        id="entries-read-from-a-log-are-not-the-readers",
    ),
    pytest.param(
        "The river rose again.\n\n«Nobody crosses the bridge until I say so», had warned already on Monday the "
        "mayor of the town of Dunmore, Ida Lund, and the order stands.",
        [("Nobody crosses the bridge until I say so", "Ida Lund")],
        id="inverted-after-already-and-a-post-of-the-town-of-a-place",
    ),
    pytest.param(
        "«Forty years I fish here», tells Piet Vos.\n\nIn the square of Dunmore an elderly lady, who prefers not to "
        "give her name, lifts a bottle of cloudy water: «And this they call safe?»",
        [("Forty years I fish here", "Piet Vos"), ("And this they call safe?", "elderly lady")],
        id="no-comma-after-the-place-an-unnamed-subject-introduces",
    ),
    pytest.param(
        "In a note the Ministry of Water of Velmora has made know that the country «reserves the right to compensation».",
        [("reserves the right to compensation", "the Ministry of Water of Velmora")],
        id="made-know-as-machine-translation-writes-made-known",
    ),
    pytest.param(
        "The organisation Clean Dun wants the yard shut. The organisation in an open letter to the council accuses the "
        "owners of „years of looking away”.",
        [("years of looking away", "Clean Dun")],
        id="a-body-then-an-adverbial-then-its-verb",
    ),
    pytest.param(
        "„Velmora reserves the right to compensation” – we read in the communique of the Ministry of Water of Velmora.",
        [("Velmora reserves the right to compensation", "the Ministry of Water of Velmora")],
        id="we-read-in-the-communique-of-a-body",
    ),
    pytest.param(
        "The banner read \"Go home\", and the paper had it that \"all is well\".",
        [("Go home", None), ("all is well", None)],
        id="guard-read-is-no-cue-without-we-read-in",
    ),
    pytest.param(
        "\"The numbers are high,\" said minister Piet Vos.\n\nOn Thursday, after a hearing before the court, in which "
        "the judge froze the accounts, the yard's owner Tomas Brenn read out a declaration. „We regret the speculation” "
        "– he said to journalists.",
        [("The numbers are high,", "Piet Vos"), ("We regret the speculation", "Tomas Brenn")],
        id="three-introductory-phrases-before-the-subject",
    ),
    pytest.param(
        "Along the quay, residents queue for water. A housewife of 40s in Dunmore, with anxious expression, talked "
        "「The children cannot even wash」.",
        [("The children cannot even wash", "housewife of 40s in Dunmore")],
        id="talked-as-japanese-translations-write-it",
    ),
    pytest.param(
        "Yard fire spreads to the harbour, CEO「We will pay for every boat」\n\nKestrel Marine CEO Ida Lund held a "
        "press conference.",
        [("We will pay for every boat", "Ida Lund")],
        id="headline-a-role-right-before-the-words",
    ),
    pytest.param(
        "Velmora: the prosecutor «has no evidence» of sabotage\n\nThe prosecutor, Piet Vos, spoke on Monday.",
        [("has no evidence", "Piet Vos")],
        id="headline-a-role-after-a-place-and-colon",
    ),
    pytest.param(
        "Strike at the port of Dunmore: ”Nobody sails from Dunmore”\n\n– Everyone can take the bus, but no one sails from Dunmore "
        "before I say so, says Ida Lund.\n\n\"The bus is slow,\" said Piet Vos.",
        [("Nobody sails from Dunmore", "Ida Lund"),
         ("Everyone can take the bus, but no one sails from Dunmore before I say so", "Ida Lund"),
         ("The bus is slow,", "Piet Vos")],
        id="headline-reworded-from-a-quotation-below",
    ),
    pytest.param(
        "Strike at the port of Dunmore: ”Nobody sails tonight”\n\n\"The bus is slow tonight,\" said Piet Vos.",
        [("Nobody sails tonight", None), ("The bus is slow tonight,", "Piet Vos")],
        id="guard-headline-sharing-one-word-is-not-reworded",
    ),
    pytest.param(
        "Former secretary of state Ann Kett and Senator Bo Lind spoke. It was a version of Lind’s speech. Reprising a "
        "favourite line, the former secretary of state talked about the \"long road home\".",
        [("long road home", "Ann Kett")],
        id="a-post-of-a-lower-case-word-before-the-verb",
    ),
    pytest.param(
        "08:02 — Good morning. Mayor Piet Vos insists that \"no decree can erase\" the vote.\n\n"
        "08:15 — Yesterday the head of the observer mission, Ida Lund, gave the harshest verdict so far: "
        "“We saw serious flaws.”",
        [("no decree can erase", "Piet Vos"), ("We saw serious flaws.", "Ida Lund")],
        id="a-live-blogs-time-stamp-opens-no-subject",
    ),
    pytest.param(
        "\"Not today,\" the spokeswoman, Mira Brenn, said.\n\n11:20 — Commission chair Ida Lund, who refused a recount, "
        "appears to be softening. In a short written statement just now: “We stand ready to review the figures.”",
        [("Not today,", "Mira Brenn"), ("We stand ready to review the figures.", "Ida Lund")],
        id="in-a-statement-colon-after-a-sentence-about-someone",
    ),
    pytest.param(
        "\"We march,\" said Ida Lund. A banner hangs between two lamp posts. It reads: “COUNT AGAIN”.\n\n"
        "Our reporter says the chant has changed from “Count them all!” to “Every vote”.",
        [("We march,", "Ida Lund"), ("COUNT AGAIN", None), ("Count them all!", None), ("Every vote", None)],
        id="a-banner-that-reads-and-a-chant-that-changed-are-no-ones",
    ),
    pytest.param(
        "The commission moves. It is „ready to check the numbers“, so commission chief Ida Lund on Thursday.",
        [("ready to check the numbers", "Ida Lund")],
        id="german-so-after-a-quotation",
    ),
    pytest.param(
        "The chief inspector, Piet Vos, read out Interior Minister Ida Lund's warning through a loudspeaker: "
        "\"Any attempt to seize the town hall will be met with force.\"",
        [("Any attempt to seize the town hall will be met with force.", "Ida Lund")],
        id="someones-warning-read-out-by-another",
    ),
    pytest.param(
        "‘Never again, never ever’: Ida Lund hits back as rivals pick sides\n\nIda Lund was banned on Monday.",
        [("Never again, never ever", "Ida Lund")],
        id="a-headline-retort-that-hits-back-as",
    ),
    pytest.param(
        "Ban splits the sport\n\nHer great rival Ana Brill, who now starts as favourite, twisted the knife.\n\n"
        "\"I feel sorry for her,\" the Velmorian said.",
        [("I feel sorry for her,", "Ana Brill")],
        id="a-demonym-for-the-person-the-paragraph-before-names",
    ),
    pytest.param(
        "Ban splits the sport\n\nAna Brill said the ban was unfair.\n\nJust four days ago a defiant Ida Lund stunned "
        "reporters in Dunmore, where she won.\n\n\"I will run and I will win,\" she boasted.",
        [("I will run and I will win,", "Ida Lund")],
        id="a-person-described-as-the-moment-shows-them-after-a-time",
    ),
    pytest.param(
        "Ban splits the sport\n\nThe paper can reveal the result was known on FRIDAY. A source close to the team said: "
        "\"Everybody knew.\"",
        [("Everybody knew.", "source close to the team")],
        id="a-source-close-to-a-body-is-the-source",
    ),
    pytest.param(
        "Ban splits the sport\n\nIda Lund was banned. Her lawyer Ana Brill hit back. “A number is no guilt,” she said."
        "\n\nAnd Lund herself? She has not spoken since Monday, when she wrote: \"I never cheated.\"",
        [("A number is no guilt,", "Ana Brill"), ("I never cheated.", "Ida Lund")],
        id="a-question-that-names-who-the-next-sentence-is-about",
    ),
    pytest.param(
        "Episode notes\n\nHosts Ida Lund and Ana Brill make sense of the week.\n\nAna: \"That is a different sentence.\" "
        "Ida: \"It is.\"",
        [("That is a different sentence.", "Ana Brill"), ("It is.", "Ida Lund")],
        id="a-given-name-alone-for-the-one-person-the-story-gives-it",
    ),
    pytest.param(
        "Episode notes\n\nSam Brenn from Dunmore writes in: \"Why did they let her race?\"",
        [("Why did they let her race?", "Sam Brenn")],
        id="a-person-from-a-place-before-the-cue",
    ),
    pytest.param(
        "Episode notes\n\nClip: agency director Ida Lund, Monday: “The rules are the same for all.” "
        "Clip: board chair Piet Vos after the verdict on Wednesday: “That time is over.”",
        [("The rules are the same for all.", "Ida Lund"), ("That time is over.", "Piet Vos")],
        id="when-the-words-were-said-between-the-name-and-the-colon",
    ),
    pytest.param(
        "Episode notes\n\n[16:40] Our guest Ida Lund, professor of law at Dunmore, joins. On strict liability, "
        "she puts it bluntly: \"Intention does not matter.\"",
        [("Intention does not matter.", "Ida Lund")],
        id="a-podcasts-time-stamp-opens-no-subject",
    ),
    pytest.param(
        "Episode notes\n\nIda Lund said she would fight.\n\nClip: Lund's statement, read by her lawyer Ana Brill outside "
        "the court — “I will not run.”",
        [("I will not run.", "Ida Lund")],
        id="someones-statement-read-by-another",
    ),
    pytest.param(
        "Court news\n\nIda Lund left by a side door. Two hours later, her lawyer read a short statement.\n\n"
        "\"I will not run,\" the statement read.",
        [("I will not run,", None)],
        id="guard-a-number-before-a-time-is-no-name",
    ),
    pytest.param(
        "Rivals react to the ban\n\nThe race went on.\n\n\"I feel sorry for her,\" the defender said.",
        [("I feel sorry for her,", None)],
        id="guard-a-headlines-capital-used-once-is-no-one-just-named",
    ),
    pytest.param(
        "Flood live\n\n09:15 – Governor Ida Lund is at the emergency centre.\n\n09:32 – Asked whether Dunmore Ferries "
        "had warned the town, she said: \"We received no call.\"",
        [("We received no call.", "Ida Lund")],
        id="the-one-asked-about-is-not-the-pronoun-after-it",
    ),
    pytest.param(
        "Flood live\n\n\"Every boat is out,\" said Piet Vos.\n\nOn one roof, someone has painted on a bedsheet: "
        "\"HELP – 4 PEOPLE\".\n\nAcross the bridge hangs a sheet painted in red letters: \"THEY KNEW.\"",
        [("Every boat is out,", "Piet Vos"), ("HELP – 4 PEOPLE", None), ("THEY KNEW.", None)],
        id="words-painted-on-a-thing-are-no-ones",
    ),
    pytest.param(
        "Sit-in\n\n\"We want answers,\" said Ida Lund.\n\nFamilies of the victims held a sit-in, raising banners "
        "saying \"Our children are not numbers\" and \"They knew and kept silent\".",
        [("We want answers,", "Ida Lund"), ("Our children are not numbers", None), ("They knew and kept silent", None)],
        id="what-banners-say-is-no-ones-and-the-next-one-joined-by-and",
    ),
    pytest.param(
        "Opinion\n\n\"This was no natural disaster,\" Ida Lund said. The national weather office's talk of a "
        "\"rainfall event without precedent\" has quietly disappeared.",
        [("This was no natural disaster,", "Ida Lund"), ("rainfall event without precedent", "the national weather office")],
        id="a-body-by-its-noun-owns-its-talk-of-words",
    ),
    pytest.param(
        "Opinion\n\nThe release quotes Tomas Brenn, the chief executive, as saying the company has \"nothing to hide\".",
        [("nothing to hide", "Tomas Brenn")],
        id="quoted-as-saying-with-the-name-in-apposition",
    ),
    pytest.param(
        "Survivors\n\nIda Lund, 54, stood in her kitchen. She has told her story many times, and she tells it again.\n\n"
        "\"I was awake because of the rain.\"",
        [("I was awake because of the rain.", "Ida Lund")],
        id="a-pronoun-subject-who-tells-it-introduces-the-paragraph-after",
    ),
    pytest.param(
        "Survivors\n\nIda Lund, 54, stood in her kitchen. She was angry.\n\n\"I was awake because of the rain.\"",
        [("I was awake because of the rain.", "Ida Lund")],
        id="a-person-the-paragraph-is-about-introduces-the-words-alone-after-it",
    ),
    pytest.param(
        "Opinion\n\nThe release quotes Tomas Brenn, the chief executive, as saying the firm has \"nothing to hide\". "
        "Fine words. But Piet Vos, the member for Dunmore, has put a simpler question, and he keeps putting it. "
        "\"The minister was warned,\" he said.",
        [("nothing to hide", "Tomas Brenn"), ("The minister was warned,", "Piet Vos")],
        id="a-full-name-after-but-opens-the-sentence",
    ),
    pytest.param(
        "Flood\n\n« Clean water is now the most urgent need », alerted Ida Lund, spokeswoman of the agency.",
        [("Clean water is now the most urgent need", "Ida Lund")],
        id="alerted-after-the-quotation-as-translations-write-it",
    ),
    pytest.param(
        "Flood row\n\nThe deputy Piet Vos renewed his attack on the Minister of Environment Ida Lund, and said: "
        "\"The minister was warned.\"\n\nIn her response, the minister said that \"the letters went to the company\".",
        [("The minister was warned.", "Piet Vos"), ("the letters went to the company", "Ida Lund")],
        id="a-post-of-a-capitalised-field-then-a-name-without-a-comma",
    ),
    pytest.param(
        "Election\n\nHis rival, the former mayor of Dunmore Ida Lund, lost.\n\nLund called the result \"a theft\".",
        [("a theft", "Ida Lund")],
        id="the-place-of-a-post-is-no-part-of-the-name",
    ),
    pytest.param(
        "Flood\n\nThe insurance company of Dunmore Ferries, Velmora Mutual, has not decided. \"It is too early to say,\" "
        "the company said.",
        [("It is too early to say,", "Velmora Mutual")],
        id="the-company-named-after-whose-company-it-is",
    ),
    pytest.param(
        "Ferry firm sorry\n\nShares in Dunmore Ferries Ltd fell after the company said it \"deeply regrets the loss\". "
        "Dunmore Ferries runs six boats.",
        [("deeply regrets the loss", "Dunmore Ferries")],
        id="a-company-speaks-as-the-story-calls-it-without-its-legal-form",
    ),
    pytest.param(
        "Pace Notes, episode 12\n\nHosts Piet Vos and Suza Brell look back on the week. \"A wild week,\" said Piet Vos."
        "\n\n[09:30] Clip: the verdict. Suza: \"That is a very different sentence.\"",
        [("A wild week,", "Piet Vos"), ("That is a very different sentence.", "Suza Brell")],
        id="a-given-name-the-lists-do-not-know-listed-beside-a-known-person",
    ),
    pytest.param(
        "Pace Notes\n\nSuza Brell and Piet Vos hosted. \"A wild week,\" said Piet Vos.\n\n"
        "Suza: \"That is a very different sentence.\"",
        [("A wild week,", "Piet Vos"), ("That is a very different sentence.", "Suza")],
        id="guard-listed-beside-no-one-known",
    ),
    pytest.param(
        "Court\n\nThe panel dismissed Ida Lund's appeal on Friday.\n\nLund left by a side door. Two hours later, "
        "her lawyer read a short statement on her behalf.\n\n\"I will not run,\" the statement read.",
        [("I will not run,", "Ida Lund")],
        id="a-statement-read-on-her-behalf-is-hers-and-a-possessive-names-her-in-full",
    ),
    pytest.param(
        "Court\n\nLater the club released a statement on behalf of the Brenn family.\n\n\"We are grateful.\"",
        [("We are grateful.", "Brenn family")],
        id="a-statement-on-behalf-of-a-family",
    ),
    pytest.param(
        "Campaign\n\nTomas Brenn's voice was hoarser than in 1992. He spoke for an hour.\n\n"
        "\"I thought she was amazing,\" he said.",
        [("I thought she was amazing,", "Tomas Brenn")],
        id="a-name-in-the-possessive-opening-the-story-is-whom-it-is-about",
    ),
    pytest.param(
        "Campaign\n\nPiet Vos, 33, left his job to canvass. Dismayed by his memory of Tomas Brenn's years in office, "
        "he joined the campaign.\n\n\"I'm knocking on doors,\" he said.",
        [("I'm knocking on doors,", "Piet Vos")],
        id="guard-a-name-in-the-possessive-inside-a-clause-is-not-the-he",
    ),
    # A post in a body the story names, after the quotation, is the person just named, unless
    # that person holds a post of their own (stop 34)
    pytest.param(
        "Harbour\n\nPiet Vos has stood on the harbour wall every morning this week.\n\n"
        "\"The sea was our bank,\" the chairman of the Dunmore Fishermen's Cooperative told the Tide on Thursday.",
        [("The sea was our bank,", "Piet Vos")],
        id="a-post-of-a-named-body-after-the-quotation-is-the-person-just-named",
    ),
    pytest.param(
        "Harbour\n\nTomas Brenn, the mayor, opened the hall.\n\n"
        "\"The sea was our bank,\" the chairman of the Dunmore Fishermen's Cooperative told the Tide on Thursday.",
        [("The sea was our bank,", None)],
        id="guard-a-post-of-a-named-body-is-not-someone-with-a-post-of-their-own",
    ),
    pytest.param(
        "Harbour\n\nTomas Brenn runs the harbour. Piet Vos, the chief executive, has promised to pay for “every boat”. "
        "Brenn's answer to that was short. \"Words are cheap,\" he said.",
        [("every boat", "Piet Vos"), ("Words are cheap,", "Tomas Brenn")],
        id="whose-answer-a-sentence-opens-with-is-the-he-after-it",
    ),
    pytest.param(
        "Harbour\n\nTomas Brenn runs the harbour. Piet Vos, the chief executive, has promised to pay for “every boat”. "
        "Brenn's lawyer was not there. \"Words are cheap,\" he said.",
        [("every boat", "Piet Vos"), ("Words are cheap,", "Piet Vos")],
        id="guard-whose-lawyer-a-sentence-opens-with-is-not-the-he",
    ),
    pytest.param(
        "Dispute\n\nIda Lund spoke to the radio. Regarding the rhetoric following Tomas Brenn’s speech at last month’s "
        "convention, Lund shared her belief that none of it was beyond the pale.\n\n"
        "“The way I see it,” she elaborated, “no one questions it.”",
        [("The way I see it,", "Ida Lund"), ("no one questions it.", "Ida Lund")],
        id="guard-a-speech-owned-inside-a-phrase-is-not-the-sentences-subject",
    ),
    pytest.param(
        "Ferry sinks\n\nThe captain of the ferry, 54-year-old Tomas Brenn, gave on Sunday the first big interview. "
        "„The tanker emerged from the fog” – told the captain.",
        [("The tanker emerged from the fog", "Tomas Brenn")],
        id="a-post-then-an-age-then-the-name-in-apposition",
    ),
    pytest.param(
        "Ferry sinks\n\n„We no longer search for survivors” – said on the press conference commander Ida Lund from the Coast Guard.",
        [("We no longer search for survivors", "Ida Lund")],
        id="translated-said-on-the-press-conference-then-the-speaker",
    ),
    pytest.param(
        "Ferry sinks\n\n„We no longer search for survivors” – said to journalists commander Ida Lund.",
        [("We no longer search for survivors", "Ida Lund")],
        id="translated-said-to-journalists-then-a-post-and-the-speaker",
    ),
    pytest.param(
        "Ferry sinks\n\nOn Monday the Dunmore Agency of Maritime Safety made public the results. "
        "„Both units had by law obligation” – wrote the agency in the communiqué.",
        [("Both units had by law obligation", "the Dunmore Agency of Maritime Safety")],
        id="a-body-named-with-capitals-on-both-sides-of-of",
    ),
    pytest.param(
        "Coffee\n\nShe then read a letter from the Dunmore Department of Co-operatives. "
        "In the letter, the department said that it \"has noted the concerns\".",
        [("has noted the concerns", "the Dunmore Department of Co-operatives")],
        id="guard-a-bodys-name-stops-at-the-full-stop",
    ),
    pytest.param(
        "Brief\n\nTomas Brenn said the company \"will not pay.\" He meant the cove. "
        "Worth remembering: on day one he promised to pay for \"every beach\" on this coast.",
        [("will not pay.", "Tomas Brenn"), ("every beach", "Tomas Brenn")],
        id="worth-remembering-before-a-colon-is-no-subject",
    ),
    pytest.param(
        "Ferry\n\n9 days passed since the collision.\n\nThe Dunmore Coast Guard Commander Ida Lund at the briefing "
        "of 8th said, “We stop. Now it is the recovery,”he said.",
        [("We stop. Now it is the recovery,", "Ida Lund")],
        id="said-twice-as-korean-translations-do-the-named-cue-wins",
    ),
    pytest.param(
        "Dunmore ferry collision 9 days... \"Seabirds recovering\"\n\nThe oil reached Dunmore. Birds died in Dunmore Bay.",
        [("Seabirds recovering", None)],
        id="a-place-opening-the-headline-is-no-speaker",
    ),
    pytest.param(
        "DNC issues 'deep and sincere apology' to Sanders\n\nThe DNC said on Monday it was sorry.",
        [("deep and sincere apology", "DNC")],
        id="guard-an-acronym-opening-the-headline-speaks",
    ),
    pytest.param(
        "Court\n\nTomas Brenn countered by quoting the chief executive Ida Lund: ”Our crew followed every rule.” "
        "He also said more.",
        [("Our crew followed every rule.", "Ida Lund")],
        id="quoting-someone-before-a-colon",
    ),
    pytest.param(
        "Court\n\nTomas Brenn then read aloud from the statement that the ferry's captain Piet Vos gave to the police "
        "on 6 March: ”When the tanker came, I knew.”",
        [("When the tanker came, I knew.", "Piet Vos")],
        id="read-aloud-from-the-statement-someone-gave",
    ),
    pytest.param(
        "Court\n\n\"We stay,\" said Tomas Brenn, who led forty fishermen with placards. "
        "”The sea was our bank” was written on one of them.",
        [("We stay,", "Tomas Brenn"), ("The sea was our bank", None)],
        id="words-written-on-a-placard-are-no-ones",
    ),
    pytest.param(
        "Court\n\nIda Lund also referred to the preliminary report of the Dunmore Maritime Safety Agency, "
        "according to which ”both vessels were required to transmit”.",
        [("both vessels were required to transmit", "the Dunmore Maritime Safety Agency")],
        id="according-to-which-is-the-report-and-its-author",
    ),
    pytest.param(
        "Hospital\n\nThe head physician of the emergency room, the dott.ssa Ida Lund, has preferred not to enter in the "
        "polemic, but to a local newspaper she has explained the problem. «The emergency room is the funnel.»",
        [("The emergency room is the funnel.", "Ida Lund")],
        id="translated-an-abbreviated-title-in-apposition",
    ),
    pytest.param(
        "Live\n\nA reader in Dunmore Cove, who asked us not to use her name, emails: \"You can smell it from the main road.\"",
        [("You can smell it from the main road.", "reader in Dunmore Cove")],
        id="someone-in-a-place-is-not-the-place",
    ),
    pytest.param(
        "Strike\n\nThe head of the Federation of Workers Ida Lund at a meeting in Dunmore on Friday declared: "
        "«If the wages are not indexed, we strike».",
        [("If the wages are not indexed, we strike", "Ida Lund")],
        id="translated-a-meeting-in-a-place-between-the-name-and-the-verb",
    ),
    pytest.param(
        "Vell\n\nThe week which in Tarsova already are calling black ended with stabilisation. It began when the "
        "agency Dunmore Ratings lowered the rating. «The lowering reflects the exhaustion», — it is said in the message "
        "of the agency.\n\nOn Monday evening the head of the National Bank Ida Lund addressed the citizens. "
        "«We will defend the vell», — she stated.",
        [("The lowering reflects the exhaustion", "Dunmore Ratings"), ("We will defend the vell", "Ida Lund")],
        id="translated-a-day-before-the-subject-without-a-comma",
    ),
    pytest.param(
        "Rating cut\n\nIt all began on Sunday evening, when the agency Dunmore Ratings lowered the rating. "
        "«The lowering reflects the fast exhaustion of reserves», — it is said in the message of the agency.",
        [("The lowering reflects the fast exhaustion of reserves", "Dunmore Ratings")],
        id="translated-it-is-said-in-the-message-of-the-agency",
    ),
    pytest.param(
        "Markets\n\nAnd shortly afterwards the Prime Minister's Office put out a statement saying, quote, "
        "\"The Prime Minister has full confidence in the governor,\" unquote. With me is Tomas Brenn.",
        [("The Prime Minister has full confidence in the governor,", "Prime Minister's Office")],
        id="quotation-marks-read-aloud-and-shortly-afterwards",
    ),
    pytest.param(
        "Zika\n\nShortly after Tomas Brenn’s conference call ended, Ida Lund’s campaign sent out a press release saying "
        "Brenn owes “the town an explanation.”",
        [("the town an explanation.", "Ida Lund’s campaign")],
        id="guard-shortly-after-an-event-is-no-subject-of-its-own",
    ),
    pytest.param(
        "Carson\n\nTomas Brenn said on Monday that the plan would work.\n\n\"Well first of all, they have to listen,\" "
        "the retired surgeon told Radio Dunmore in a video posted to its account.",
        [("Well first of all, they have to listen,", "Tomas Brenn")],
        id="guard-whom-a-speaker-told-in-a-video-posted-is-not-the-poster",
    ),
    pytest.param(
        "Doping case\n\nThe lawyer Ida Lund says the amount was tiny.\n\nThe lawyer: – Far too little\n\nShe repeated it on Monday.",
        [("Far too little", "Ida Lund")],
        id="a-heading-gives-a-post-a-colon-and-a-dash-before-the-words",
    ),
    pytest.param(
        "The Brenn case: – That time is over, says federation president\n\nFederation president Tomas Brenn spoke on Monday.",
        [("That time is over", "Tomas Brenn")],
        id="a-headline-dash-then-says-and-a-post-in-lower-case",
    ),
    pytest.param(
        "Doping\n\nIn Dunmore, the federation's Integrity and Ethics Panel has started an investigation. «The panel shall "
        "investigate whether any official knew,» it is stated in a press release.",
        [("The panel shall investigate whether any official knew,", "Integrity and Ethics Panel")],
        id="it-is-stated-in-a-press-release-is-the-body-the-sentence-before-is-about",
    ),
    pytest.param(
        "Doping\n\nThe Dunmore Athletics Federation announced that its Integrity and Ethics Panel would look into the "
        "case. In a statement, the panel said: “The panel will examine the race.”",
        [("The panel will examine the race.", "the Integrity and Ethics Panel")],
        id="a-bodys-name-with-and-in-it",
    ),
    pytest.param(
        "Recall\n\nIn the door of a pharmacy, the worry was palpable.\n\n—We bought three cans in January —tells Ida "
        "Lund, 31 years, mother of a boy—. Last night I looked at the number.\n\n—Nobody from the pharmacy told us "
        "anything.\n\nThe paediatrician Tomas Brenn recommends calm.\n\n—The majority of the babies will not have any "
        "problem —he adds—, but the smallest are the most vulnerable.",
        [("We bought three cans in January", "Ida Lund"), ("Last night I looked at the number.", "Ida Lund"),
         ("Nobody from the pharmacy told us anything.", "Ida Lund"),
         ("The majority of the babies will not have any problem", "Tomas Brenn"),
         ("but the smallest are the most vulnerable.", "Tomas Brenn")],
        id="spanish-dialogue-glues-the-em-dash-to-the-words-and-the-cue",
    ),
    pytest.param(
        "Recall\n\n“We received the notice late,” complained Tomas Brenn.\n\nAmong parents, voices such as "
        "「who can we trust now」 and 「I cannot buy any milk」 are also rising.",
        [("We received the notice late,", "Tomas Brenn"), ("who can we trust now", None), ("I cannot buy any milk", None)],
        id="voices-such-as-these-words-are-no-ones",
    ),
    pytest.param(
        "Recall\n\n„We are not guilty,“ says Tomas Brenn. At the gate, on Friday appeared a hand-written board with the "
        "inscription „We make food for children“. Who placed it there, nobody wanted to say.",
        [("We are not guilty,", "Tomas Brenn"), ("We make food for children", None)],
        id="a-board-with-the-inscription-is-no-ones",
    ),
    pytest.param(
        "Recall\n\nWhat should I do?\n\nStop using it. The advice Lund gave on 3 March — \"stop using the product and "
        "return it\" — still stands. Retailers say no receipt is needed.\n\nThe spokeswoman, Ida Lund, spoke on Monday.",
        [("stop using the product and return it", "Ida Lund")],
        id="the-advice-someone-gave-before-the-words",
    ),
    pytest.param(
        "Recall\n\nThe Dunmore Federal Office for Food Safety (DFO) confirmed the recall. The Federal Office wrote in a "
        "press release: „Parents should check the batch number.“",
        [("Parents should check the batch number.", "Dunmore Federal Office for Food Safety")],
        id="a-body-shortened-to-words-of-its-longer-name",
    ),
    pytest.param(
        "Senate race\n\nTomas Brenn hopes to work across the aisle.\n\nRepublicans Brenn of Dunmore Shores and Vos of "
        "Velmora Beach are against abolishing the department.\n\n“It would cost more,” Brenn said.",
        [("It would cost more,", "Tomas Brenn")],
        id="guard-two-people-each-of-a-place-are-no-body-with-and-in-its-name",
    ),
    pytest.param(
        "Emails\n\nThe emails were released on Monday. The State Department called them “top secret”.",
        [("top secret", "the State Department")],
        id="guard-a-bodys-longer-name-does-not-run-over-a-full-stop",
    ),
    pytest.param(
        "Debate\n\nSenator Piet Vos, a member of your own party, Governor, told the Dunmore Herald this week, "
        "“Both of you should respect the count.” Is he wrong?",
        [("Both of you should respect the count.", "Piet Vos")],
        id="a-title-alone-between-commas-is-whom-the-words-are-addressed-to",
    ),
    pytest.param(
        "Recount\n\nGovernor Tomas Brenn spoke on Monday. Ida Lund, his rival's manager, said the governor was "
        "“looking for a quarrel.”\n\nBrenn's remarks ran against a pledge he made in the last debate, when he "
        "said: \"If the machines count honestly, I will accept the result.\"",
        [
            ("looking for a quarrel.", "Ida Lund"),
            ("If the machines count honestly, I will accept the result.", "Tomas Brenn"),
        ],
        id="a-pronoun-after-when-is-whom-the-sentence-is-about",
    ),
    pytest.param(
        "Recount\n\nThe vendor did not comment. Omar Vesely, a pollster at Dunmore Research who has studied "
        "recounts, said the result would stand. “Recounts move hundreds of votes, not thousands,” he said.",
        [("Recounts move hundreds of votes, not thousands,", "Omar Vesely")],
        id="a-cue-word-after-a-perfect-is-its-object",
    ),
    pytest.param(
        "Recount\n\nThe recount begins next week. «Every ballot will be counted twice», according to the "
        "director of elections of the state, Mira Hale.",
        [("Every ballot will be counted twice", "Mira Hale")],
        id="a-post-of-a-bare-noun-then-of-the-body-then-the-name",
    ),
    pytest.param(
        "Recount\n\nIt began on Monday. «Every ballot will be counted by hand», had promised on Sunday the "
        "director of the electoral office of the state, Mira Hale. And so it is.",
        [("Every ballot will be counted by hand", "Mira Hale")],
        id="a-post-of-the-office-of-the-state-then-the-name",
    ),
    pytest.param(
        "Fund\n\nThe fund paid a firm owned by a cousin of Mr Brenn. «This inquiry is a diversion», judges Ana "
        "Brill, spokesperson of Mr Brenn.",
        [("This inquiry is a diversion", "Ana Brill")],
        id="judges-after-the-quotation-is-a-cue",
    ),
    pytest.param(
        "Ruling\n\nTomas Brenn appealed. “The law is clear,” judges wrote in the ruling.",
        [("The law is clear,", None)],
        id="guard-judges-before-a-cue-are-no-cue",
    ),
    pytest.param(
        "Night Desk\n\nANA BRILL, HOST: Good evening. Joining me is the head of the vendor.\n\nPIET VOS, CEO, "
        "DUNMORE VOTING SYSTEMS: Thank you for having me, Ana.\n\nBRILL: Did any machine change a vote?\n\nVOS: "
        "No. Not one.\n\nBRILL: Piet Vos, thank you.",
        [],
        id="label-two-commas",
    ),
    pytest.param(
        "Senate\n\nTomas Brenn spoke first. «The questions merit answers», has said to the television DTV the "
        "senator Ida Lund, adding that the governor should concede.",
        [("The questions merit answers", "Ida Lund")],
        id="told-to-the-television-then-the-speaker",
    ),
    pytest.param(
        "Recount\n\nTomas Brenn walked between the tables. On the wall, someone has pinned a sheet written by "
        "hand: «COUNT IT ALL».",
        [("COUNT IT ALL", None)],
        id="a-sheet-written-by-hand-is-no-ones",
    ),
    pytest.param(
        "Column\n\nIda Lund answered him: «The voters spoke twice.»\n\nAs the old saying goes, «the hasty cat has "
        "blind kittens». The governor was in a hurry.",
        [("The voters spoke twice.", "Ida Lund"), ("the hasty cat has blind kittens", None)],
        id="a-saying-is-no-ones",
    ),
    pytest.param(
        "Recount\n\nAmong them is Ida Lund, 64 years, scrutineer since nineteen years. We ask her if she feels "
        "accused.\n\n— A little, yes — she answers, without lifting the eyes from the ballots — but I have "
        "nothing to hide.\n\nAnd if the recount should prove the governor right?\n\n— Then we will have made an "
        "error, and we will say it.\n\nBetween the tables walks the clerk.",
        [
            ("A little, yes", "Ida Lund"),
            ("but I have nothing to hide.", "Ida Lund"),
            ("Then we will have made an error, and we will say it.", "Ida Lund"),
        ],
        id="dialogue-dashes-go-on-after-the-cue-and-after-a-question",
    ),
    pytest.param(
        "The week\n\nTHE COUNT\n\n• State Election Director Mira Hale, at a briefing before the count began: "
        "\"Every ballot will be counted again, in public.\"\n\n• Sen. Piet Vos (Progress), on the Senate floor "
        "Wednesday: \"This is an attempt to win by exhaustion.\"",
        [
            ("Every ballot will be counted again, in public.", "Mira Hale"),
            ("This is an attempt to win by exhaustion.", "Piet Vos"),
        ],
        id="a-newsletters-bullet-then-a-name-and-a-colon",
    ),
    pytest.param(
        "The week\n\nTomas Brenn spoke on Monday.\n\n• Dunmore Voting CEO Piet Vos, repeating what he told DTV "
        "last week, in a letter to all clerks: \"Every machine was tested.\"",
        [("Every machine was tested.", "Piet Vos")],
        id="repeating-what-he-told-is-the-subjects",
    ),
    pytest.param(
        "Fact check\n\nWe contacted the Brenn campaign, the Vos campaign and the Dunmore Election Office. The "
        "Election Office replied that it 「has nothing to add to the results」; the Vos campaign did not reply "
        "before publication.",
        [("has nothing to add to the results", "Dunmore Election Office")],
        id="did-not-reply-is-no-cue",
    ),
    pytest.param(
        "Recount\n\nThe Inspectorate continues its check. «The inquiry is not connected with the results», it "
        "is said in the communiqué of the Inspectorate. To the questions of journalists about the fund Tomas "
        "Brenn did not answer. «On this I have said everything», he threw, leaving the hall.",
        [
            ("The inquiry is not connected with the results", "the Inspectorate"),
            ("On this I have said everything", "Tomas Brenn"),
        ],
        id="guard-did-not-answer-still-names-whom-he-is",
    ),
    pytest.param(
        "Recount\n\nMeanwhile the Federal Inspectorate of Elections continues its check of the fund. «The "
        "inquiry is not connected with the results», it is said in the communiqué of the Inspectorate.",
        [("The inquiry is not connected with the results", "Federal Inspectorate of Elections")],
        id="a-one-word-body-is-its-longer-name",
    ),
    pytest.param(
        "Column\n\nSenator Piet Vos spoke of «an attempt to win by fatigue». He was right.\n\nThe most telling "
        "words came from someone who did not give his name. A senior collaborator of the governor's campaign "
        "confessed to a newsletter: «The governor knows that the numbers are not there.»",
        [
            ("an attempt to win by fatigue", "Piet Vos"),
            ("The governor knows that the numbers are not there.", "senior collaborator of the governor's campaign"),
        ],
        id="confessed-and-a-collaborator",
    ),
    pytest.param(
        "Judge lets recount proceed\n\nDUNMORE — A federal judge on Wednesday refused to order the seizure of "
        "the scanners, writing that the campaign had offered \"rumor and a press release\" in place of "
        "evidence.\n\nIn a 31-page opinion, Judge Ida Lund of the district court found that the campaign had "
        "not shown a likelihood of success. She also declined to order the vendor to hand over its code.",
        [("rumor and a press release", "Ida Lund")],
        id="a-ledes-unnamed-post-named-in-the-next-paragraph",
    ),
    pytest.param(
        "Judge lets recount proceed\n\nDUNMORE — The recount in Dunmore County went on for a third day on "
        "Wednesday, with teams of two at every table and observers from both parties in the stands.\n\nThe "
        "teams had counted half the ballots by noon.\n\nA federal judge had refused to stop it, writing that "
        "the campaign offered \"rumor and a press release\" in place of evidence.\n\nJudge Ida Lund of the "
        "district court found the campaign had not shown a likelihood of success.",
        [("rumor and a press release", "federal judge")],
        id="guard-an-unnamed-post-after-the-lede-stays-unnamed",
    ),

    pytest.param(
        "Merger\n\nThe governor of the bank, Ida Lund, said on Wednesday that the bank is “ready to act”.\n\nWho "
        "will buy?\n\nOn the market there is talk of a buyer from abroad. „We are watching, but nobody will buy "
        "a plant in a strike – comments Omar Vesely, a fund manager.",
        [
            ("ready to act", "Ida Lund"),
            ("We are watching, but nobody will buy a plant in a strike", "Omar Vesely"),  # (the cue after a dash)
        ],
        id="guard-a-question-heading-carries-no-speaker-over",
    ),
    pytest.param(
        "Courts\n\nMira Hale warned against hate. Her countrymen, she said, should not listen to \"those with "
        "hate in their hearts.\"\n\nA 29-year-old Dunmore woman, meanwhile, received probation in July after she "
        "had posted comments about a crime. \"Out with them!\" she wrote.",
        [("those with hate in their hearts.", "Mira Hale"), ("Out with them!", None)],
        id="guard-a-pronoun-after-after-is-the-unnamed-subjects",
    ),
    pytest.param(
        "Primary\n\nPiet Vos did not hold back.\n\nTwo weeks after Ida Lund lost her cool on a rope line, jabbing "
        "her finger at an activist as she angrily said, “I am so tired of the lies” about her record, Vos "
        "jabbed at her on Monday.",
        [("I am so tired of the lies", "Ida Lund")],
        id="guard-an-opening-clauses-subject-is-no-antecedent",
    ),
    pytest.param(
        "Debate\n\nTomas Brenn told the Herald, “I do not want his endorsement.”\n\nPiet Vos went after Brenn at "
        "the debate refusing to recant earlier remarks, when he called the businessman “unhinged.”",
        [("I do not want his endorsement.", "Tomas Brenn"), ("unhinged.", "Piet Vos")],
        id="guard-earlier-remarks-is-a-noun",
    ),

    pytest.param(
        "„We will not back down” – said at a rally in the old port the general secretary of the union, Ida "
        "Lund. – „Not this time.”",
        [("We will not back down", "Ida Lund"), ("Not this time.", "Ida Lund")],
        id="where_and_when_then_inverted_post",
    ),
    pytest.param(
        "A person familiar with the negotiations told the agency that the sides were „not far apart”.",
        [("not far apart", "person familiar with the negotiations")],
        id="source_close_to_talks",
    ),
    pytest.param(
        "Privately, an official close to the talks said the offer was \"dead on arrival\".",
        [("dead on arrival", "official close to the talks")],
        id="source_after_adverb_opener",
    ),
    pytest.param(
        "Velmora: dockers walk out at dawn. „We will never go back”\n\nThe strike began at four. „We are not "
        "going back until the offer is in writing,” said Ida Lund, the dockers' leader.",
        [("We will never go back", None), ("We are not going back until the offer is in writing,", "Ida Lund")],
        id="headline_topic_label_no_speaker",
    ),
    pytest.param(
        "BEACON: ‘Day three, and the line still holds’\n\nIn a letter to members, Ida Lund wrote: “On day three "
        "our line holds stronger than on day one.”",
        [
            ("Day three, and the line still holds", "Ida Lund"),
            ("On day three our line holds stronger than on day one.", "Ida Lund"),
        ],
        id="headline_page_title_no_speaker",
    ),
    pytest.param(
        "Velmora gets its ferries back after a week: «both sides have signed»\n\nThe first ferry left Velmora "
        "at dawn.\n\n«The two sides have put their signatures on it», declared the mediator Piet Vos.",
        [("both sides have signed", None), ("The two sides have put their signatures on it", "Piet Vos")],
        id="headline_place_subject_no_speaker",
    ),
    pytest.param(
        "Tomas Brenn, Dunmore's Director of Operations, said the trains were ready. \"We can run half the "
        "timetable by Monday,\" he said.",
        [("We can run half the timetable by Monday,", "Tomas Brenn")],
        id="owners_capitalised_post",
    ),
    pytest.param(
        "Talks ended with the mediator, Piet Vos, on Friday.\n\nThe company welcomed the mediator's assessment, "
        "given on Friday, that \"a deal is close\".",
        [("a deal is close", "Piet Vos")],
        id="post_possessive_assessment",
    ),
    pytest.param(
        "The mayor said nothing. Whoever runs this city has to answer for it.\n\n\"There is money for this,\" he "
        "said.",
        [("There is money for this,", None)],
        id="whoever_no_name",
    ),
    pytest.param(
        "The head of the Rail and Port Workers' Union (RPWU), Ana Brill, who on Monday had warned that «no "
        "ship will sail», smiled.",
        [("no ship will sail", "Ana Brill")],
        id="org_name_with_cue_word",
    ),
    pytest.param(
        "Dunmore Ferries answered with a note from its chief executive, Tomas Brenn: “The offer is fair and "
        "final.”",
        [("The offer is fair and final.", "Tomas Brenn")],
        id="note_of_post_holder_colon",
    ),
    pytest.param(
        "Mira Hale has spoken little all week.\n\nHours later, on the quay, Hale reappeared before the cameras: "
        "“We told you we would return.”",
        [("We told you we would return.", "Mira Hale")],
        id="name_after_openers_colon",
    ),
    pytest.param(
        "— And now, Omar? — asked him a colleague from the desk.\n\n— Now I sleep — answered the clerk.",
        [("And now, Omar?", "colleague"), ("Now I sleep", None)],
        id="inverted_object_pronoun_then_speaker",
    ),
    pytest.param(
        "Two texts came in. One from Ana in Port Hale: \"The pickets gave me tea.\"",
        [("The pickets gave me tea.", "Ana")],
        id="given_name_in_place_colon",
    ),
    pytest.param(
        "Judge Ida Lund of the Dunmore Labour Court ordered the union in writing to \"stop all action until "
        "the ballot is put right\".",
        [("stop all action until the ballot is put right", "Ida Lund")],
        id="in_writing_no_cue",
    ),
    pytest.param(
        "Ida Lund counter-attacked, 「The minister talks, but nobody listens」.",
        [("The minister talks, but nobody listens", "Ida Lund")],
        id="name_verb_comma_words",
    ),
    pytest.param(
        "Ana Brill spoke first. \"We stay,\" she said.\n\nA few hundred people gathered outside the ministry, "
        "chanting \"Open the books!\"",
        [("We stay,", "Ana Brill"), ("Open the books!", None)],
        id="crowd_chanting_no_one",
    ),
    pytest.param(
        "Ida Lund has arrived at the depot.\n\n08:14 — More from Lund, who was asked by reporters whether she "
        "had a message for passengers:\n\n\"We are sorry, truly sorry.\"",
        [("We are sorry, truly sorry.", "Ida Lund")],
        id="live_more_from_asked",
    ),
    pytest.param(
        "Transport Minister Ida Lund'un words angered the union. Lund'a göre, the strike „holds the country "
        "hostage”, she said.\n\nMINISTER: „THE COUNTRY IS HELD HOSTAGE”\n\nThe minister had said „this strike "
        "holds the country hostage”.",
        [
            ("holds the country hostage", "Ida Lund"),
            ("THE COUNTRY IS HELD HOSTAGE", "Ida Lund"),
            ("this strike holds the country hostage", "Ida Lund"),
        ],
        id="turkish_case_endings",
    ),

    pytest.param(
        "Ida Lund wrote: “One thing at a time.”\n\nPiet Vos has resigned as CEO of Dunmore Bank. In a letter to "
        "staff, he wrote: “I asked our customers to trust us.”",
        [("One thing at a time.", "Ida Lund"), ("I asked our customers to trust us.", "Piet Vos")],
        id="an acronym is no headline capital",
    ),
    pytest.param(
        "A person familiar with the sale said the bank was \"finished\".\n\n10:02 GMT – BREAKING: Piet Vos has "
        "resigned as head of Dunmore Bank with immediate effect. In a letter to staff, he wrote: “I asked our "
        "customers to trust us.”",
        [("finished", "person familiar with the sale"), ("I asked our customers to trust us.", "Piet Vos")],
        id="a live blog stamp with its zone and flag",
    ),
    pytest.param(
        "The board has named Ida Lund as interim CEO. Piet Vos left on Monday. In her first remarks, the "
        "interim chief said \"our first priority is to keep the branches open\".",
        [("our first priority is to keep the branches open", "Ida Lund")],
        id="named as interim CEO, then the interim chief",
    ),
    pytest.param(
        "Dunmore Bank Ida Lund interim CEO said in a message to employees, “Our top priority is keeping "
        "branches open.”",
        [("Our top priority is keeping branches open.", "Ida Lund")],
        id="a post after the name, as Korean writes it",
    ),
    pytest.param(
        "Kessby Finance Institute Park Min-seo senior researcher analysed, “The direct impact is limited.” "
        "Researcher Park stressed, “A run can happen in hours.”",
        [("The direct impact is limited.", "Park Min-seo"), ("A run can happen in hours.", "Park Min-seo")],
        id="a family name first, with its post after",
    ),
    pytest.param(
        "Credit rating agency Caldwell Ratings cut the bank by four notches on Tuesday, explaining, “The "
        "downgrade reflects the erosion of liquidity.”",
        [("The downgrade reflects the erosion of liquidity.", "Caldwell Ratings")],
        id="what a body is, then its name",
    ),
    pytest.param(
        "A Velmoran regulator, who asked not to be named, told this newspaper, “The authority knew about the "
        "exposure.”",
        [("The authority knew about the exposure.", "Velmoran regulator")],
        id="a capital before a post takes no name",
    ),
    pytest.param(
        "KESSBY (Dunmore News Agency) – Shares fell again.\n\nCaldwell Ratings cut the bank's rating to junk. "
        "\"The downgrade reflects the erosion of its liquidity,\" the agency said.",
        [("The downgrade reflects the erosion of its liquidity,", "Caldwell Ratings")],
        id="the agency is not the dateline outlet",
    ),
    pytest.param(
        "Kessby Bank leads, according to a person briefed on the rescue talks. \"Kessby is the only bidder "
        "with real money,\" the person said.",
        [("Kessby is the only bidder with real money,", "person briefed on the rescue talks")],
        id="a person briefed on the talks",
    ),
    pytest.param(
        "Ida Lund repeated her criticism. As evidence she cited the words of the spokesman of the Supervisory "
        "Authority Piet Vos, who last Thursday admitted that the authority „knew for months“.",
        [("knew for months", "Piet Vos")],
        id="the one who admitted, not the one who cited",
    ),
    pytest.param(
        "Piet Vos opened the hearing. At that moment someone from the gallery shouted: „Give us back our "
        "money!“ „And the savers?“ shouted someone from the opposition benches.",
        [("Give us back our money!", None), ("And the savers?", None)],
        id="someone from the gallery is nobody",
    ),
    pytest.param(
        "Piet Vos is angry. „The bank lied”, says Vos.\n\nOne of those owners is Ida Lund (46), who runs a "
        "print shop. Her account was frozen. „I had nine people to pay”, she tells.",
        [("The bank lied", "Piet Vos"), ("I had nine people to pay", "Ida Lund")],
        id="one of them is the one named",
    ),
    pytest.param(
        "According to a person informed on the dossier, the sale «is done».\n\nOn Wednesday the administrator "
        "delegate Piet Vos had resigned with a letter to the employees: «I gave them every reason to leave», "
        "he wrote.",
        [("is done", "person informed on the dossier"), ("I gave them every reason to leave", "Piet Vos")],
        id="the sentence before its colon names him",
    ),
    pytest.param(
        "Omar Vesely had everything in the bank.\n\n— I had everything in there — he told us.\n\n— The young ones "
        "don't remember — intervened a lady in the queue.",
        [("I had everything in there", "Omar Vesely"), ("The young ones don't remember", "lady")],
        id="intervened after a dialogue dash",
    ),
    pytest.param(
        "His Excellency the Minister of Finance, Mr. Piet Vos, stressed that “no taxpayer will pay”. His "
        "Excellency recalled his pledge that “no depositor will lose a crown”.",
        [("no taxpayer will pay", "Piet Vos"), ("no depositor will lose a crown", "Piet Vos")],
        id="his excellency is he",
    ),
    pytest.param(
        "His Highness Sheikh Omar bin Rashid Al-Vesely, Chairman of the Board of Directors of the Kessby "
        "Investment Authority, may God preserve him, said in a statement: “Our investment reflects our "
        "confidence.”",
        [("Our investment reflects our confidence.", "Omar bin Rashid Al-Vesely")],
        id="a blessing after a name",
    ),
    pytest.param(
        "Sheikh Omar Al-Vesely, Chairman of the Board of Directors of the Kessby Investment Authority, said "
        "in a statement: “Our investment reflects our confidence.”",
        [("Our investment reflects our confidence.", "Omar Al-Vesely")],
        id="the chair of a board of an authority",
    ),

    pytest.param(
        "Piet van der Sluis said: \"We let the town down.\" Mayor Ana de la Brill conceded that the port had "
        "\"run out of time\".",
        [("We let the town down.", "Piet van der Sluis"), ("run out of time", "Ana de la Brill")],
        id="a name with two particles",
    ),
    pytest.param(
        "Mayor Piet \"Pete\" van der Sluis conceded that the city had \"let residents down\".",
        [("let residents down", "Piet van der Sluis")],
        id="a nickname before two particles",
    ),

    pytest.param(
        "Omar Vesely has worn out a pair of shoes since the strike began.\n\nThe 44-year-old porter, who lives "
        "on the edge of town, has walked to every shift. On a good day, a neighbour gives him a lift.\n\n\"My "
        "feet have given up,\" he said.",
        [("My feet have given up,", "Omar Vesely")],
        id="someone unnamed who gives him a lift is not he",
    ),
    pytest.param(
        "Ida Lund spoke first. \"It is fine,\" she said.\n\nAt the gate, a young nurse shook her head. \"It is not "
        "fine,\" she said.",
        [("It is fine,", "Ida Lund"), ("It is not fine,", None)],
        id="someone unnamed who shook her head is she",
    ),

    pytest.param(
        "Ostravia says it is sending a rescue team.\n\n09:30 local time: Geologist Darika Somm of the "
        "University of Kessby has been speaking to our correspondent. She says the fault is shallow:\n\n\"It "
        "broke close to the surface.\"",
        [("It broke close to the surface.", "Darika Somm")],
        id="a-zone-and-colon-close-a-live-blog-time-stamp",
    ),
    pytest.param(
        "Ida Lund spoke at noon. \"It broke close to the surface,\" she said.\n\n12:40 GMT: \"Stay outside "
        "tonight.\"",
        [("It broke close to the surface,", "Ida Lund"), ("Stay outside tonight.", "Ida Lund")],
        id="words-after-a-zoned-stamp-carry-over",
    ),
    pytest.param(
        "Piet Vos said the bridge held. \"It held,\" he said.\n\nOur correspondent in Port Hale reports that the "
        "roads are shut. Residents have hung a bedsheet from a balcony with the words \"Where is the state?\" "
        "painted in black.",
        [("It held,", "Piet Vos"), ("Where is the state?", None)],
        id="our-correspondent-in-a-town-is-no-town-and-a-bedsheet-with-the-words-is-no-one",
    ),
    pytest.param(
        "Ana Brill was not in court. Her lawyer in Dunmore said that it was \"a disgrace\".",
        [("a disgrace", None)],
        id="her-lawyer-in-a-town-is-not-the-town",
    ),
    pytest.param(
        "Tomas Brenn leads the Velmoran rescue unit. Mira Hale, a volunteer, wrote: \"We heard a "
        "child.\"\n\nBrenn's team has dug through the night. He says they have \"two signs of life\" in the "
        "cellar.",
        [("We heard a child.", "Mira Hale"), ("two signs of life", "Tomas Brenn")],
        id="names-team-stands-for-its-leader-he",
    ),
    pytest.param(
        "Ana Brill, 29 years old, is a teacher at a primary school. She lived on the fifth floor of Building "
        "C. At 3:10 in the morning, she woke to a sound that she describes as 「a freight train in the "
        "wall」.\n\n「At first I thought it was a lorry on the road.」",
        [
            ("a freight train in the wall", "Ana Brill"),
            ("At first I thought it was a lorry on the road.", "Ana Brill"),
        ],
        id="a-lone-capital-and-full-stop-before-at-ends-the-sentence",
    ),
    pytest.param(
        "\"We stay,\" said Harry S. Lund of the Kessby council.",
        [("We stay,", "Harry S. Lund")],
        id="a-middle-initial-still-joins-a-name",
    ),
    pytest.param(
        "Piet Vos said: \"It is bad.\"\n\nVideos show people in the snow. One user wrote: \"The whole block swayed "
        "like a ship.\"",
        [("It is bad.", "Piet Vos"), ("The whole block swayed like a ship.", "user")],
        id="one-user-wrote-opening-a-sentence-is-someone-unnamed",
    ),
    pytest.param(
        "Ann Lee took questions. One sweeping question asked whether the candidates would \"act now\" on pay.",
        [("act now", None)],
        id="one-sweeping-question-asked-is-no-one",
    ),
    pytest.param(
        "Governor Mira Hale said: \"The dam holds.\"\n\nOne of the engineers at the dam, who asked not to be "
        "named because he was not allowed to speak to the press, was blunter. \"If the cracks widen, we have "
        "hours,\" he said.",
        [("The dam holds.", "Mira Hale"), ("If the cracks widen, we have hours,", None)],
        id="one-of-the-engineers-who-asked-not-to-be-named-is-the-next-he",
    ),
    pytest.param(
        "Omar Vesely spoke at a school. A paper quoted one of Vesely's aides as saying he was tired.\n\nHe "
        "brushed that off. \"I slept fine,\" he said.",
        [("I slept fine,", "Omar Vesely")],
        id="one-of-his-aides-as-an-object-is-not-the-next-he",
    ),
    pytest.param(
        "Let us start with the Interior Minister, Mr. Piet Vos, who on the first morning told reporters: \"We "
        "were there within an hour.\"",
        [("We were there within an hour.", "Piet Vos")],
        id="who-on-the-first-morning-told",
    ),
    pytest.param(
        "Doctor Ida Lund told a channel: \"We lost limbs we could have saved.\"\n\nOn Sunday, thousands gathered "
        "in the main square of Kessby. They carried candles, and they chanted \"Justice, not condolences\" "
        "until dark.",
        [("We lost limbs we could have saved.", "Ida Lund"), ("Justice, not condolences", None)],
        id="a-crowd-that-gathered-chants-as-they",
    ),
    pytest.param(
        "\"It was a shallow quake,\" explains the professor of seismology at the University of Kessby, Ida "
        "Lund.",
        [("It was a shallow quake,", "Ida Lund")],
        id="role-of-a-science-at-a-university-then-the-name",
    ),
    pytest.param(
        "\"It was bad,\" said the senator in the chamber, where she spoke for an hour.",
        [("It was bad,", None)],
        id="role-in-a-place-without-a-name-stays-the-role",
    ),
    pytest.param(
        "Ida Lund studied the fault. No one can predict it, experts insist. But the Mrs. Lund is clear: \"We "
        "can predict which houses will fall.\"",
        [("We can predict which houses will fall.", "Ida Lund")],
        id="but-and-a-name-open-a-colon-sentence",
    ),
    pytest.param(
        "Piet Vos spoke on Monday. But a few days later, Vos changed course, telling a radio station that the "
        "rules \"are fine as they are\".",
        [("are fine as they are", "Piet Vos")],
        id="but-a-few-days-later-is-a-time-not-a-subject",
    ),
    pytest.param(
        "The professor of seismology at Kessby University, Ida Lund, said: \"It was shallow.\"\n\nSince Tuesday "
        "the instruments have logged 900 aftershocks. Engineer Tomas Brenn blamed the steel. \"Some will be "
        "strong enough to bring down damaged houses,\" warns the seismologist.",
        [("It was shallow.", "Ida Lund"), ("Some will be strong enough to bring down damaged houses,", "Ida Lund")],
        id="the-seismologist-is-the-professor-of-seismology",
    ),
    pytest.param(
        "The governor, Mira Hale, said: \"The dam has cracks.\"\n\nAt dusk, a few hundred neighbours gather with "
        "candles. Someone starts, and the rest follow: \"Port Hale does not give up!\"",
        [("The dam has cracks.", "Mira Hale"), ("Port Hale does not give up!", None)],
        id="someone-starts-and-the-rest-follow-is-nobody",
    ),
    pytest.param(
        "Omar Vesely said nothing. He was led into court past several hundred people who shouted \"Shame on "
        "you!\" at the door.",
        [("Shame on you!", None)],
        id="several-hundred-people-who-shouted-are-a-crowd",
    ),
    pytest.param(
        "Transcript: Dunmore Ferries briefs the press\n\nTaking part were chief executive Jean-Paul Brenn and "
        "Mira Hale, lead investigator.\n\nJEAN-PAUL BRENN, CHIEF EXECUTIVE, DUNMORE FERRIES: The ferry was "
        "checked in May.\n\nMIRA HALE, LEAD INVESTIGATOR: We will follow the evidence.\n\nJEAN-PAUL BRENN: I "
        "reject that description.\n\nMIRA HALE: I cannot rule anything out.",
        [
            ("The ferry was checked in May.", "Jean-Paul Brenn"),
            ("We will follow the evidence.", "Mira Hale"),
            ("I reject that description.", "Jean-Paul Brenn"),
            ("I cannot rule anything out.", "Mira Hale"),
        ],
        id="transcript-label-with-a-hyphenated-name-in-capitals",
    ),
    pytest.param(
        "Transcript: the ferry briefing\n\nThe session was moderated by the firm's press officer, Ana Brill. "
        "Taking part was Piet Vos, the chief executive.\n\nMODERATOR: Good morning, and thank you for "
        "coming.\n\nPIET VOS: The ferry was checked in May.\n\nMODERATOR: Questions, please.\n\nQUESTION (KTV): Can "
        "you rule out a design flaw?\n\nPIET VOS: I can rule nothing out.",
        [
            ("Good morning, and thank you for coming.", "Ana Brill"),
            ("The ferry was checked in May.", "Piet Vos"),
            ("Questions, please.", "Ana Brill"),
            ("Can you rule out a design flaw?", "KTV"),
            ("I can rule nothing out.", "Piet Vos"),
        ],
        id="moderated-by-a-post-then-the-name-and-a-question-by-an-outlets-initials",
    ),
    pytest.param(
        "'I kept filming' - Omar (16) about the landing\n\nRadio Kessby | 17 May\n\nOmar Vesely (16) from Dunmore "
        "sat by the window when the engine failed. Radio Kessby's reporter Ida Lund met him at home on "
        "Friday.\n\nQ: How are you now?\n\nA: I sleep badly. I hear the bang.\n\nQ: Why did you film?\n\nA: I thought "
        "nobody would believe me.",
        [
            ("I kept filming", "Omar Vesely"),
            ("I sleep badly. I hear the bang.", "Omar Vesely"),
            ("I thought nobody would believe me.", "Omar Vesely"),
        ],
        id="qa-lede-reporter-met-him-whose-questions-are-the-papers",
    ),
    pytest.param(
        "'I kept filming' - a passenger on the landing\n\nRadio Kessby | 17 May\n\nThe engine failed over "
        "Dunmore. Radio Kessby's reporter Ida Lund met him at home on Friday.\n\nQ: How are you now?\n\nA: I "
        "sleep badly. I hear the bang.\n\nQ: Why did you film?\n\nA: I thought nobody would believe me.",
        [("I kept filming", None)],
        id="qa-lede-met-him-no-one-named-before",
    ),
    pytest.param(
        "Transcript: the minister briefs the press\n\nTaking part were Transport Minister Piet Vos and Mira "
        "Hale, chief executive of Dunmore Air.\n\nPIET VOS: One passenger, Tomas Brenn, did not survive. I am "
        "so sorry.\n\nMIRA HALE: We are all sorry.\n\nPIET VOS: I spoke to the captain last night. He told me, "
        "\"We only did our jobs.\" They did them well.\n\nMIRA HALE: Thank you, minister.",
        [
            ("One passenger, Tomas Brenn, did not survive. I am so sorry.", "Piet Vos"),
            ("We are all sorry.", "Mira Hale"),
            ("I spoke to the captain last night. He told me, \"We only did our jobs.\" They did them well.", "Piet Vos"),
            ("Thank you, minister.", "Mira Hale"),
        ],
        id="a-pronoun-in-a-turn-names-no-one-the-turns-do-not",
    ),
    pytest.param(
        "Transcript: the podcast\n\nHosts Mira Hale and Piet Vos talk about the scandal.\n\nMIRA HALE: And the "
        "owner, Omar Vesely, went even further.\n\nPIET VOS: Yes. He told the agency \"I have never placed a bet "
        "in my life\", and then the club repeated it.\n\nMIRA HALE: Nobody had accused him.\n\nPIET VOS: Exactly.",
        [
            ("And the owner, Omar Vesely, went even further.", "Mira Hale"),
            ("Yes. He told the agency \"I have never placed a bet in my life\", and then the club repeated it.", "Piet Vos"),
            ("I have never placed a bet in my life", "Omar Vesely"),
            ("Nobody had accused him.", "Mira Hale"),
            ("Exactly.", "Piet Vos"),
        ],
        id="a-pronoun-in-a-turn-for-whom-the-turn-before-names",
    ),
    pytest.param(
        "Ann Lee of the pilots' association says it is \"a disgrace\".",
        [("a disgrace", "Ann Lee")],
        id="of-the-pilots-association",
    ),
    pytest.param(
        "Piet Vos spoke first. A government backbencher, Ida Lund, used her question to raise pay. \"Can the "
        "minister assure passengers?\" she asked.",
        [("Can the minister assure passengers?", "Ida Lund")],
        id="a-government-backbencher-then-the-name",
    ),
    pytest.param(
        "Piet Vos spoke first, for the regulator. At Dunmore Ferries, the operator, the head of safety, Ida "
        "Lund, chooses her words carefully. \"We have found no fault,\" she told us.",
        [("We have found no fault,", "Ida Lund")],
        id="a-place-and-asides-then-the-name-before-the-verb",
    ),
    pytest.param(
        "Ida Lund defended the airline. I asked Fekete Ádám, the safety expert, what he thinks of such "
        "phrases. His answer was calm. \"A single engine failure must never end in a death\" - he said.",
        [("A single engine failure must never end in a death", "Fekete Ádám")],
        id="asked-an-accented-name-then-he",
    ),
    pytest.param(
        "Q: What am I entitled to?\n\nA: According to Tomas Brenn, every passenger is owed a refund. \"It is "
        "automatic,\" he explained.\n\nQ: I have nothing yet. What should I do?\n\nA: Encik Omar Vesely, 37, an "
        "engineer who hurt his wrist, is in the same situation. \"Until today I have nothing in writing,\" he "
        "said.",
        [("It is automatic,", "Tomas Brenn"), ("Until today I have nothing in writing,", "Omar Vesely")],
        id="an-explainers-answer-label-before-the-subject",
    ),
    pytest.param(
        "Eleven minutes over Dunmore\n\nIda Lund has not put her uniform back on. It hangs in the hallway of "
        "her flat in Dunmore.\n\n\"When the bang came, the whole aircraft shook as if we had hit a wall.\"\n\nShe "
        "hopes to fly again in February.",
        [("When the bang came, the whole aircraft shook as if we had hit a wall.", "Ida Lund")],
        id="a-paragraph-about-one-person-then-their-words-alone",
    ),
    pytest.param(
        "The campaign in Kessby\n\nPiet Vos has led the campaign since March. He opened two offices in "
        "Kessby.\n\n\"Relationships that last.\"\n\nThe campaign hired forty staff.",
        [("Relationships that last.", None)],
        id="a-heading-in-marks-after-a-paragraph-about-someone",
    ),
    pytest.param(
        "The meeting\n\nPiet Vos and Ida Lund met on Monday. Vos arrived first. Lund came later.\n\n\"We agreed on "
        "nothing at all, and we will meet again on Friday.\"",
        [("We agreed on nothing at all, and we will meet again on Friday.", None)],
        id="a-paragraph-about-two-people-then-words-alone",
    ),
    pytest.param(
        "Dunmore Air's communications director, Ana Brill, spoke first.\n\n22:10 - Ida Lund went further: "
        "\"Tonight is not the time for blame.\"\n\n22:31 - Dunmore Air's Brill has called us back in response to "
        "the post.\"We are not aware of any fault,\"she said.",
        [("Tonight is not the time for blame.", "Ida Lund"), ("We are not aware of any fault,", "Ana Brill")],
        id="a-bodys-person-by-surname",
    ),
    pytest.param(
        "Our reporter Ida Lund is at the airport. \"It is chaos here,\" she said.\n\nMore from the airline's "
        "spokeswoman, who said a hotline would open. \"We will publish the number within the hour.\"",
        [("It is chaos here,", "Ida Lund"), ("We will publish the number within the hour.", None)],
        id="the-spokeswoman-is-not-our-reporter",
    ),
    pytest.param(
        "Tomas Brenn died in seat 23C. \"My father survived forty winters on the boats,\" says his daughter, "
        "Ida Lund. \"He should not have died.\"",
        [("My father survived forty winters on the boats,", "Ida Lund"), ("He should not have died.", "Ida Lund")],
        id="says-his-daughter-then-her-name",
    ),
    pytest.param(
        "The preliminary report of the Dunmore Safety Board was published on Monday. \"The crack grew for "
        "years,\" the report states. \"The fire was put out by the crew,\" the document adds.",
        [
            ("The crack grew for years,", "Dunmore Safety Board"),
            ("The fire was put out by the crew,", "Dunmore Safety Board"),
        ],
        id="the-report-states-whose-author-the-story-named",
    ),
    pytest.param(
        "Dunmore air crash\n\nA new report was published on Monday. \"The crack grew for years,\" the report "
        "states.",
        [("The crack grew for years,", None)],
        id="the-report-states-no-author-named",
    ),
    pytest.param(
        "Ida Lund told reporters it was \"a disgrace\". Outside, forty people stood in the snow holding "
        "placards. One read \"Seat 23C could be yours\"; another \"Safety is not a cost centre\".",
        [("a disgrace", "Ida Lund"), ("Seat 23C could be yours", None), ("Safety is not a cost centre", None)],
        id="placards-then-one-read",
    ),
    pytest.param(
        "Transcript: the Dunmore police briefing\n\nPresent: Chief Inspector Piet Vos. The briefing was "
        "moderated by the Dunmore police press office.\n\nPRESS OFFICE: Good morning. The chief inspector will "
        "take a few questions.\n\nCHIEF INSPECTOR VOS: The van was seen at four.\n\nQ (Kessby Post): Was it an "
        "inside job?\n\nCHIEF INSPECTOR VOS: I will not use that phrase.\n\nQ (Nordpress): Who was "
        "detained?\n\nCHIEF INSPECTOR VOS: A man of 34.\n\nPRESS OFFICE: Thank you all.",
        [
            ("Good morning. The chief inspector will take a few questions.", "Dunmore police press office"),
            ("The van was seen at four.", "Piet Vos"),
            ("Was it an inside job?", "Kessby Post"),
            ("I will not use that phrase.", "Piet Vos"),
            ("Who was detained?", "Nordpress"),
            ("A man of 34.", "Piet Vos"),
            ("Thank you all.", "Dunmore police press office"),
        ],
        id="a-transcript-label-naming-a-body-and-outlets-asking",
    ),
    pytest.param(
        "The Empty Frame, episode 3 (transcript)\n\nHosts: Ida Lund and Tomas Brenn.\n\n[00:14] IDA: Welcome "
        "back. I'm Ida Lund.\n\n[00:18] TOMAS: And I'm Tomas Brenn. This week, a case that ended well.\n\n[00:24] "
        "IDA: Half of it ended well, Tomas.\n\n[00:27] TOMAS: Fair.",
        [
            ("Welcome back. I'm Ida Lund.", "Ida Lund"),
            ("And I'm Tomas Brenn. This week, a case that ended well.", "Tomas Brenn"),
            ("Half of it ended well, Tomas.", "Ida Lund"),
            ("Fair.", "Tomas Brenn"),
        ],
        id="a-transcript-label-with-a-given-name-alone",
    ),
    pytest.param(
        "The museum stayed shut. Our reporter has spoken to Ida Lund, a night-shift cleaner who says she saw "
        "two men at the gate. \"I thought they were electricians,\" she told us.",
        [("I thought they were electricians,", "Ida Lund")],
        id="a-named-person-in-apposition-who-says",
    ),
    pytest.param(
        "A person close to the investigation tells us the thieves spent eleven minutes inside. \"They never "
        "once looked lost,\" the source said.",
        [("They never once looked lost,", "person close to the investigation")],
        id="the-source-takes-up-an-anonymous-description",
    ),
    pytest.param(
        "A person close to the investigation reveals that the gang knew the codes. \"They had the codes from "
        "the start\" - says our informant.",
        [("They had the codes from the start", "person close to the investigation")],
        id="our-informant-takes-up-an-anonymous-description",
    ),
    pytest.param(
        "\"We booked this trip in January,\" said Piet Vos, a retired teacher. Next to him, art student Ida "
        "Lund was blunter: \"Somebody got paid to look away.\"",
        [("We booked this trip in January,", "Piet Vos"), ("Somebody got paid to look away.", "Ida Lund")],
        id="an-opener-then-a-lower-case-post-and-name-before-a-colon",
    ),
    pytest.param(
        "\"We will reopen on Monday,\" said the director, Piet Vos.\n\nThe Board of Trustees of the Dunmore "
        "Museum has issued a written statement. \"The Board has full confidence in the staff,\" it says.",
        [
            ("We will reopen on Monday,", "Piet Vos"),
            ("The Board has full confidence in the staff,", "Board of Trustees of the Dunmore Museum"),
        ],
        id="a-body-the-sentence-before-is-about-then-it-says",
    ),
    pytest.param(
        "Guard goes home: \"He never stole a pencil,\" says sister\n\nThe guard left court at noon. Outside "
        "waited his sister Ida Lund with flowers.",
        [("He never stole a pencil,", "Ida Lund")],
        id="says-sister-whom-the-story-names-later",
    ),
    pytest.param(
        "Vos's son, Tomas, defended his father on Monday, saying: \"He has made great strides.\"",
        [("He has made great strides.", "Tomas")],
        id="guard-a-kin-word-then-a-given-name-in-apposition",
    ),
    pytest.param(
        "\"The alarm was switched off inside,\" said prosecutor Ana Brill.\n\nAt the family's house, Ida Lund, "
        "31, was hanging flags in the window when the Courier called. \"We always knew,\" she said.",
        [("The alarm was switched off inside,", "Ana Brill"), ("We always knew,", "Ida Lund")],
        id="a-subject-whom-a-body-called",
    ),
    pytest.param(
        "Her brother declined to be interviewed, said Ida Lund. A hand-written card in the door read: \"No "
        "press please.\"",
        [("No press please.", None)],
        id="a-card-in-the-door-read",
    ),
    pytest.param(
        "Piet Vos backs the mayor. He dismisses the charges against him. He believes, he said, that \"Tomas "
        "Brenn is a good man.\"",
        [("Tomas Brenn is a good man.", "Piet Vos")],
        id="guard-the-story-went-on-calling-them-he-in-the-paragraph",
    ),
    pytest.param(
        "\"Most museums insure nothing,\" says Fionnuala Mac Giolla Rua, a broker in Dunmore. \"The premiums are "
        "too high.\"\n\nMs Mac Giolla Rua knows the market. \"It is a small world,\" she said.",
        [
            ("Most museums insure nothing,", "Fionnuala Mac Giolla Rua"),
            ("The premiums are too high.", "Fionnuala Mac Giolla Rua"),
            ("It is a small world,", "Fionnuala Mac Giolla Rua"),
        ],
        id="irish-surname-particles",
    ),
    pytest.param(
        "Not easily. 'There's a clause in every policy that says \"you shall not negotiate\",' Ms Lund "
        "explained.",
        [("There's a clause in every policy that says \"you shall not negotiate\",", "Lund")],
        id="single-marks-around-double-marks",
    ),
    pytest.param(
        "No, says Tomas Brenn, a retired detective superintendent. \"A reward goes to a witness.\"\n\nMr Brenn "
        "agrees. \"They will turn up in a lock-up.\" The retired officer, who found two altarpieces in his "
        "career, said the gang faced \"a long, cold wait\".",
        [
            ("A reward goes to a witness.", "Tomas Brenn"),
            ("They will turn up in a lock-up.", "Tomas Brenn"),
            ("a long, cold wait", "Tomas Brenn"),
        ],
        id="the-retired-officer-varies-a-name",
    ),
    pytest.param(
        "The guard, Piet Sabo, was released on Friday. The museum regrets the distress caused to Mr "
        "Sabo.\n\n\"The state will pay nothing,\" said Ana Brill, the minister.\n\nAt the family house, Klara Sabo "
        "was hanging flags. \"We always knew,\" she said.",
        [("The state will pay nothing,", "Ana Brill"), ("We always knew,", "Klara Sabo")],
        id="a-title-of-a-shared-surname-says-nothing-of-an-unknown-given-name",
    ),
    pytest.param(
        "\"The alarm was switched off from his console,\" stated prosecutor Ana Brill.\n\nIn front of the court "
        "building waited for him his sister Ida Lund. \"He wants to sleep,\" she said.",
        [("The alarm was switched off from his console,", "Ana Brill"), ("He wants to sleep,", "Ida Lund")],
        id="a-translated-sentence-introducing-someone-after-the-verb",
    ),
    pytest.param(
        "The expert Piet Vos repeats that they are «too famous to sell», and the painter Ida Lund, whose "
        "canvas the thieves ignored, wrote: «They walked past my painting».",
        [("too famous to sell", "Piet Vos"), ("They walked past my painting", "Ida Lund")],
        id="repeats-that-they-are-then-another-speaker",
    ),
    pytest.param(
        "The lawyer Ana Brill spoke of «a scapegoat».\n\nI consulted Ida Lund, professor of law at the "
        "University of Dunmore, about the reward.\n\n—A State that refuses to pay is not contradicting itself "
        "—she explains—. It is outsourcing the contradiction.",
        [
            ("a scapegoat", "Ana Brill"),
            ("A State that refuses to pay is not contradicting itself", "Ida Lund"),
            ("It is outsourcing the contradiction.", "Ida Lund"),
        ],
        id="i-consulted-then-she-explains",
    ),
    pytest.param(
        "Piet Vos said the museum would reopen. In the bars of Dunmore the joke already runs: «the best "
        "guarded thing in the museum is the cafe».",
        [("the best guarded thing in the museum is the cafe", None)],
        id="the-joke-runs",
    ),
    pytest.param(
        "Border police find stolen paintings in a carpet: ‚Luckiest stop of my career‘\n\n„It was the luckiest "
        "stop of my whole career,” said commander Piet Vos.",
        [("Luckiest stop of my career", "Piet Vos"), ("It was the luckiest stop of my whole career,", "Piet Vos")],
        id="low-single-marks-in-a-headline",
    ),
    pytest.param(
        "According to a person close to the investigation the two arrested men are „only couriers, not the "
        "brains”.",
        [("only couriers, not the brains", "person close to the investigation")],
        id="according-to-a-source-close-to-without-a-comma",
    ),
    pytest.param(
        "His Excellency Sheikh Dr. Omar bin Salem al-Vesely, Undersecretary of the Ministry of Culture in the "
        "Emirate of Kessby, said that «what happened is a lesson for every museum».",
        [("what happened is a lesson for every museum", "Omar bin Salem al-Vesely")],
        id="his-excellency-before-a-name-and-post",
    ),
    pytest.param(
        "A review commissioned by the Board of Trustees of the Dunmore Museum found what the board, in a "
        "statement last week, called “serious weaknesses in how codes were shared”.",
        [("serious weaknesses in how codes were shared", "the Board of Trustees of the Dunmore Museum")],
        id="what-the-board-called",
    ),
    pytest.param(
        "Developer Dunmore Wind BV lets know that the project \"is on schedule\".",
        [("is on schedule", "Dunmore Wind BV")],
        id="translated-lets-know",
    ),
    pytest.param(
        "\"We leave the door open,\" said Ana Brill.\n\nIt is not as if she has never endorsed anyone - she was a "
        "booster of nominee Piet Vos. \"I was at every event,\" she said.",
        [("We leave the door open,", "Ana Brill"), ("I was at every event,", "Ana Brill")],
        id="guard-a-sentence-about-her-names-a-nominee",
    ),
    pytest.param(
        "\"We leave the door open,\" said Ana Brill.\n\nThe plan came from party chairman Piet Vos and his deputy "
        "Tomas Brenn. \"I was at every event,\" she said.",
        [("We leave the door open,", "Ana Brill"), ("I was at every event,", "Ana Brill")],
        id="guard-a-sentence-naming-two-people",
    ),
    pytest.param(
        "Piet Vos, then 34, was working on a story about parking fines.\n\n\"Most of them had offices,\" he "
        "says.\n\nVos's series in the Dunmore Ledger ran for eleven weeks. In his book, he wrote: \"Pellam had "
        "no website.\"",
        [("Most of them had offices,", "Piet Vos"), ("Pellam had no website.", "Piet Vos")],
        id="a-possessive-subject-s-newspaper-is-no-he",
    ),
    pytest.param(
        "Ida Lund called the show \"a bore\". Lund's counterpart at the rival Morning Ledger, Ana Brill, was "
        "kinder. She called the show \"the best thing in years\".",
        [("a bore", "Ida Lund"), ("the best thing in years", "Ana Brill")],
        id="a-possessive-role-at-a-newspaper-then-the-name",
    ),
    pytest.param(
        "“The contract must be torn up,” the Kessby Gazette wrote in an editorial.",
        [("The contract must be torn up,", "Kessby Gazette")],
        id="a-newspaper-writes-as-a-body",
    ),
    pytest.param(
        "Kessby reacts to the verdict: „They took our field for a tram that never came”\n\nThe retired driver "
        "Piet Vos, 71, lives behind the depot.\n\n„They took the field of my family for a tram that never "
        "came”, says Vos.",
        [
            ("They took our field for a tram that never came", "Piet Vos"),
            ("They took the field of my family for a tram that never came", "Piet Vos"),
        ],
        id="a-headline-place-gives-way-to-whom-the-story-gives-the-reworded-words",
    ),
    pytest.param(
        "Union says 「will not escape from this fight」\n\nThe strike entered its seventh day. \"We did not choose "
        "this fight, but we have no intention of escaping from it,\" General Secretary Ida Lund emphasised.",
        [
            ("will not escape from this fight", "Ida Lund"),
            ("We did not choose this fight, but we have no intention of escaping from it,", "Ida Lund"),
        ],
        id="a-headline-body-gives-way-to-the-same-words-reworded",
    ),
    pytest.param(
        "Ida Lund: ‘The harbour must stay open’\n\nThe council meets on Monday. “The harbour must close,” said "
        "Piet Vos, who chairs it.",
        [("The harbour must stay open", "Ida Lund"), ("The harbour must close,", "Piet Vos")],
        id="a-headline-person-keeps-words-the-story-gives-another-only-in-part",
    ),

    pytest.param(
        "The board of Kessby Construction said in a written statement that the company “has cooperated fully "
        "with investigators.”",
        [("has cooperated fully with investigators.", "board of Kessby Construction")],
        id="a-board-of-a-company-speaks-as-its-board",
    ),
    pytest.param(
        "The Justice Ministry said it would “respect the independence of the court” and that Justice Minister "
        "Piet Vos would not comment.",
        [("respect the independence of the court", "the Justice Ministry")],
        id="a-ministry-whose-first-word-is-a-post-s-is-a-body",
    ),
    pytest.param(
        "Last week the prosecution called Ida Lund, a forensic accountant who spent fourteen months on the "
        "books. Her conclusion was blunt: \"I found no trace of any work.\"",
        [("I found no trace of any work.", "Ida Lund")],
        id="the-owner-of-a-conclusion-that-was-blunt",
    ),
    pytest.param(
        "The defence says the payments were legitimate.\n\nBack in the field, a hand-painted sign is still "
        "nailed to the fence. It says: \"WHERE IS OUR TRAM?\"",
        [("WHERE IS OUR TRAM?", None)],
        id="a-sign-the-sentence-before-shows-says-no-one-s-words",
    ),
    pytest.param(
        "THE TRAM KING IN THE DOCK\n\nThe prosecutor asks eight years for Vos – His wife in tears: «He only "
        "sleeps two hours»\n\nProsecutor Ida Lund asked for eight years. Outside the court, Mrs. Ana Vos, 58, "
        "spoke to our newspaper. «He sleeps two hours per night. He is not a thief,» she said.",
        [("He only sleeps two hours", "Ana Vos"), ("He sleeps two hours per night. He is not a thief,", "Ana Vos")],
        id="a-deck-under-the-headline-takes-whom-the-story-gives-its-words",
    ),
    pytest.param(
        "Ferry talks\n\n“We will sail on Monday,” the minister said.\n\nTalks go on. “We will sail on Monday,” "
        "said Piet Vos, the union chief.",
        [("We will sail on Monday,", None), ("We will sail on Monday,", "Piet Vos")],
        id="a-first-paragraph-under-the-headline-is-no-deck",
    ),

    pytest.param(
        "Judge Ana Brill read the sentence to former mayor Piet Vos.\n\n10:22 — The former mayor was asked by "
        "the judge whether he understood the sentence. “I understand the sentence. I do not accept it,” he "
        "replied.",
        [("I understand the sentence. I do not accept it,", "Piet Vos")],
        id="the-one-asked-by-the-judge-whether-he-understood-replies",
    ),
    pytest.param(
        "Two people watched from the gallery. Ida Lund, 29, an architecture student: “I came to see if it was "
        "real. It is real.” Omar Vesely, 71, a retired driver, said: “Thirty-one years I drove trams.”",
        [
            ("I came to see if it was real. It is real.", "Ida Lund"),
            ("Thirty-one years I drove trams.", "Omar Vesely"),
        ],
        id="a-cue-before-a-colon-introduces-the-next-words-not-those-before",
    ),
    pytest.param(
        "Ana Vos, the former mayor's wife, arrived with her son.\n\nFormer mayor Piet Vos was led out. He did "
        "not look at the gallery.\n\nLater his wife said: “We have nothing more to say.”",
        [("We have nothing more to say.", "Ana Vos")],
        id="his-wife-is-the-one-the-story-names-his-wife-not-him",
    ),
    pytest.param(
        "Ana Vos, the former mayor's wife, arrived with her son.\n\n11:31 — Former mayor Piet Vos was led out "
        "by two officers. He did not look at the gallery. His wife remained seated for several "
        "minutes.\n\n11:38 — She has now left the courthouse. “We have nothing more to say today,” she told our "
        "reporter.",
        [("We have nothing more to say today,", "Ana Vos")],
        id="his-wife-opening-a-sentence-is-who-she-is-next",
    ),
    pytest.param(
        "Five days ago, at dawn, His Excellency President Omar Vesely stood before the cameras and said: “We "
        "will not rest until the last person has been reached.”",
        [("We will not rest until the last person has been reached.", "Omar Vesely")],
        id="a-style-and-two-phrases-of-when-before-the-subject",
    ),

    pytest.param(
        "Judge Piet Vos stepped down on Monday.\n\nThe retired judge has given no reasons, saying only that he "
        "was “tired of the noise.”",
        [("tired of the noise.", "Piet Vos")],
        id="a-participle-before-the-post-opens-the-subject-of-saying",
    ),

    pytest.param(
        "The Regional Court sentenced Piet Vos on Friday.\n\n«The court is convinced beyond every reasonable "
        "doubt that the accused accepted payments», read the president of the panel, Ana Brill, in a full "
        "hall. Then: «A mayor who sells a contract sells the trust of every citizen», added the judge.",
        [
            ("The court is convinced beyond every reasonable doubt that the accused accepted payments", "Ana Brill"),
            ("A mayor who sells a contract sells the trust of every citizen", "Ana Brill"),
        ],
        id="words-read-out-by-the-presiding-judge-after-them",
    ),
    pytest.param(
        "Protesters gathered outside. “Wash your hands”, read the sign on the door.",
        [("Wash your hands", None)],
        id="a-sign-read-after-its-words-is-no-one-s",
    ),
    pytest.param(
        "The decision was read out by the president of the panel, Judge Ana Brill. In Brill'in words: “The "
        "court has been convinced that the defendant received payments.”",
        [("The court has been convinced that the defendant received payments.", "Ana Brill")],
        id="in-a-name-s-words-with-a-turkish-case-ending",
    ),
    pytest.param(
        "Ana Brill read the decision. In her own words: “The court has been convinced.”",
        [("The court has been convinced.", "Ana Brill")],
        id="in-her-own-words",
    ),

    pytest.param(
        "Minister Piet Vos spoke to the press this morning, and I will simply repeat his words: \"This ruling "
        "is a political decision.\"",
        [("This ruling is a political decision.", "Piet Vos")],
        id="repeating-his-words-gives-them-to-him",
    ),
    pytest.param(
        "The editor, Henrike Voss, said the paper was \"proud of her\".\n\nBrill's husband, Tomas Brenn, a teacher in "
        "Dunmore, said the family was calm. \"She texted me at seven,\" he said.",
        [("proud of her", "Henrike Voss"), ("She texted me at seven,", "Tomas Brenn")],
        id="her-husband-by-surname-is-the-one-named-her-husband",
    ),
    pytest.param(
        "Kessby state media have repeatedly described him as \"a hostage held by Dunmore\".",
        [("a hostage held by Dunmore", "Kessby state media")],
        id="state-media-speak-as-one-body",
    ),
    pytest.param(
        "On Tuesday the minister, Omar Vesely, warned protesters. This afternoon he told state television "
        "that \"any gathering will be protected\".",
        [("any gathering will be protected", "Omar Vesely")],
        id="guard-the-state-broadcaster-is-told-it-does-not-speak",
    ),
    pytest.param(
        "Councillor Mira Hale wrote in a social media post that she had \"heard the concerns loud and clear\".",
        [("heard the concerns loud and clear", "Mira Hale")],
        id="guard-a-social-media-post-is-no-speaker",
    ),
    pytest.param(
        "From Kessby came a short comment by the ministry spokeswoman, Dilnoza Sabo: \"The case is a judicial "
        "matter.\" Her deputy did not comment. \"We regret the delay,\" he said.",
        [("The case is a judicial matter.", "Dilnoza Sabo"), ("We regret the delay,", None)],
        id="a-spokeswoman-is-no-he",
    ),
    pytest.param(
        "\"We did not pay,\" said Piet Vos.\n\nLater, state television showed Tomas Brenn landing in Kessby to "
        "cheers. \"I sold pumps,\" he told the channel.",
        [("We did not pay,", "Piet Vos"), ("I sold pumps,", "Tomas Brenn")],
        id="a-new-paragraph-names-who-he-is",
    ),
    pytest.param(
        "12:30 - The three governments have issued a joint statement. It reads: \"We welcome the release of "
        "two individuals.\"\n\n12:31 - The statement goes on: \"Both are in good health.\"",
        [
            ("We welcome the release of two individuals.", "the three governments"),
            ("Both are in good health.", "the three governments"),
        ],
        id="a-joint-statement-it-reads",
    ),
    pytest.param(
        "Her husband, Tomas Brenn, and their son are waiting on the tarmac.\n\n17:55 - Her husband, standing "
        "beside her: \"We have her back.\"",
        [("We have her back.", "Tomas Brenn")],
        id="her-husband-at-a-colon-is-him-not-her",
    ),
    pytest.param(
        "Klara Sabo, spokeswoman of the Ministry of Foreign Affairs, at that time had said: \"The case is a "
        "judicial matter.\"",
        [("The case is a judicial matter.", "Klara Sabo")],
        id="a-post-in-apposition-then-when-then-the-verb",
    ),
    pytest.param(
        "Omar Vesely, Minister of Foreign Affairs, on Saturday in an interview with Kessby news agency said: "
        "\"Our courts are independent.\"",
        [("Our courts are independent.", "Omar Vesely")],
        id="a-post-in-apposition-then-an-interview-then-the-verb",
    ),
    pytest.param(
        "Seyyed Omar Vesely told reporters: \"We do not trade verdicts.\" Mohandes Tomas Brenn said: \"I am an "
        "engineer.\"",
        [("We do not trade verdicts.", "Omar Vesely"), ("I am an engineer.", "Tomas Brenn")],
        id="persian-honorifics-are-titles",
    ),
    pytest.param(
        "Channel One of the state television of Kessby broadcast a video on Friday. The narrator of the "
        "program says: \"The enemy sends its spies.\" He then adds: \"This woman walked among our people.\"",
        [("The enemy sends its spies.", None), ("This woman walked among our people.", None)],
        id="a-channel-is-a-body-not-a-person",
    ),
    pytest.param(
        "My months in Block 9\n\nBy Ida Lund\n\nThe man in the grey jacket did not sit down. \"You are not a "
        "journalist,\" he said.\n\n\"Then I am a very bad journalist,\" I told him. I met Ana Brill, a 23-year-old "
        "student, in April.\n\n\"Count the tiles,\" she told me. \"A day is long,\" I said.",
        [
            ("You are not a journalist,", None),
            ("Then I am a very bad journalist,", "Ida Lund"),
            ("Count the tiles,", "Ana Brill"),
            ("A day is long,", "Ida Lund"),
        ],
        id="a-first-person-piece-is-its-bylines",
    ),
    pytest.param(
        "Ferry talks resume\n\nBy Ida Lund\n\nThe ferry union met on Monday. \"We will sail,\" said Piet Vos. \"I am "
        "sure of it,\" he said.",
        [("We will sail,", "Piet Vos"), ("I am sure of it,", "Piet Vos")],
        id="guard-a-by-line-without-an-i-names-no-one",
    ),
    pytest.param(
        "Husband Tomas Brenn, 47, a maths teacher, held back the tears. \"We waited eight months,\" said Tomas.",
        [("We waited eight months,", "Tomas Brenn")],
        id="a-tabloid-s-capitalised-kin-word",
    ),
    pytest.param(
        "Her boss, editor Klara Sabo, always insisted: \"Ana is a journalist.\" Last night she had a message "
        "for Kessby: \"Told you so.\"",
        [("Ana is a journalist.", "Klara Sabo"), ("Told you so.", "Klara Sabo")],
        id="last-night-opens-the-sentence-before-her-message",
    ),
    pytest.param(
        "I met Yarne Brill, a 23-year-old student, in April.\n\n\"Count the tiles,\" she told me.\n\nIn May, a guard "
        "brought paper. \"Read it,\" he said.",
        [("Count the tiles,", "Yarne Brill"), ("Read it,", None)],
        id="a-guessed-she-is-never-a-he",
    ),
    pytest.param(
        "The search is led by Marta Olmo Serrat, a colonel in the national Civil Protection Corps.\n\n\"We do "
        "not know yet if they reached the chamber,\" Olmo said.",
        [("We do not know yet if they reached the chamber,", "Marta Olmo Serrat")],
        id="the-first-of-two-surnames-stands-for-the-whole-name",
    ),
    pytest.param(
        "Piet Vos III, who chairs the board, spoke first. \"We stay,\" Vos said.",
        [("We stay,", "Piet Vos")],
        id="guard-a-generation-numeral-is-no-second-surname",
    ),
    pytest.param(
        "Mining Minister Klara Sabo has arrived at the gate. \"Today is for the families,\" the minister "
        "said.\n\n08:02 — The geologist advising the rescue team, Henrike Voss, has been speaking to reporters. "
        "\"The probe hole wandered eleven metres,\" she said.",
        [("Today is for the families,", "Klara Sabo"), ("The probe hole wandered eleven metres,", "Henrike Voss")],
        id="a-participle-after-the-opening-noun-describes-it",
    ),
    pytest.param(
        "Above ground, Tomas Brenn, chief executive of Dunmore Minerals, issued a statement promising the "
        "company would \"not rest until every man is back\".",
        [("not rest until every man is back", "Tomas Brenn")],
        id="above-ground-is-where-not-who",
    ),
    pytest.param(
        "\"We do not want pity or money,\" the families of the trapped miners said in a joint statement.",
        [("We do not want pity or money,", "families of the trapped miners")],
        id="the-families-of-the-trapped-miners-speak-as-a-group",
    ),
    pytest.param(
        "The Dunmore Mining Inspectorate's interim report, published on Monday, found that the firm \"received "
        "three written warnings\".",
        [("received three written warnings", "Dunmore Mining Inspectorate")],
        id="a-body-s-interim-report-is-the-body-s",
    ),
    pytest.param(
        "Lee's campaign sent out a press release saying Vos owes \"Dunmore an explanation\".",
        [("Dunmore an explanation", "Lee's campaign")],
        id="guard-a-candidate-s-campaign-stays-a-campaign",
    ),
    pytest.param(
        "And shift foreman Ernesto Olmo Serrat (52) had set the rule from the first minute: \"Fourteen in, "
        "fourteen out.\"",
        [("Fourteen in, fourteen out.", "Ernesto Olmo Serrat")],
        id="and-a-post-in-lower-case-before-the-name-opens-the-sentence",
    ),
    pytest.param(
        "Shift foreman Ernesto Olmo Serrat led the men out.\n\nOlmo Serrat climbed into the capsule last. When "
        "he stepped out, he said only: \"Eleven days are nothing for a rock.\"",
        [("Eleven days are nothing for a rock.", "Ernesto Olmo Serrat")],
        id="two-surnames-without-the-given-name-are-the-one-named-in-full",
    ),
    pytest.param(
        "\"I never looked away,\" Camila Vidal told the Ledger.\n\nAt the fence hundreds of people chanted "
        "\"Fourteen alive!\" and waved.",
        [("I never looked away,", "Camila Vidal"), ("Fourteen alive!", None)],
        id="hundreds-of-people-chanting-are-no-one",
    ),
    pytest.param(
        "\"When I saw the water, I knew,\" says Dipl.-Ing. Jörg Brenn (58), who flew in with two spare "
        "bits.\n\nAnd the rescue boss? Olmo only says: \"Today I sleep.\"\n\nDipl.-Ing. Brenn is already on the "
        "plane home. His last sentence at the airport: \"I have drilled on four continents.\"",
        [
            ("When I saw the water, I knew,", "Jörg Brenn"),
            ("Today I sleep.", "Olmo"),
            ("I have drilled on four continents.", "Jörg Brenn"),
        ],
        id="his-last-sentence-is-his-and-a-german-title-is-a-title",
    ),
    pytest.param(
        "The president visited on Friday. \"Sanvera does not abandon its miners,\" the president said.\n\nThis "
        "morning, the families of the trapped miners made public a joint statement. The text says: \"We want "
        "the truth.\" The statement also asks the Inspectorate to publish \"all the inspection records\".",
        [
            ("Sanvera does not abandon its miners,", None),
            ("We want the truth.", "families of the trapped miners"),
            ("all the inspection records", "families of the trapped miners"),
        ],
        id="the-text-says-is-the-statement-the-sentence-before-made-public",
    ),
    pytest.param(
        "The gate of Dunmore Minerals looks like a village.\n\nThe company, for its part, limited itself to "
        "reminding in a communique that the rescue is \"the only priority\".",
        [("the only priority", "Dunmore Minerals")],
        id="the-company-is-a-mining-firm-the-story-named",
    ),
    pytest.param(
        "—My father does not write letters, he writes instructions —laughs Camila—. On the phone I told him "
        "«come home and sleep». That is my father: few words.",
        [
            ("My father does not write letters, he writes instructions", "Camila"),
            ("On the phone I told him", "Camila"),
            ("come home and sleep", "Camila"),
            ("That is my father: few words.", "Camila"),
        ],
        id="a-dash-line-around-words-in-marks",
    ),
    pytest.param(
        "Our townswoman Henrike Voss (41), one of the miners trapped for eleven days, is home. Her story, "
        "which she told our newspaper by telephone, we publish below in her own words.\n\nAt five there was a "
        "sound like a train. I could not see my own lamp. I told the others: \"Nobody sleeps alone tonight.\"",
        [("Nobody sleeps alone tonight.", "Henrike Voss")],
        id="in-her-own-words-makes-her-the-i",
    ),
    pytest.param(
        "Our townswoman Maria Sabo (41) is home. Her husband's story we publish below in his own words.\n\nI "
        "could not see my own lamp. I told the others: \"Nobody sleeps alone tonight.\"",
        [("Nobody sleeps alone tonight.", None)],
        id="guard-in-his-own-words-is-no-she",
    ),
    pytest.param(
        "Kemal Aydin wrote from the refuge. My first letter, which my wife read at the gate, was this:\n\n\"To "
        "everyone at the gate,\n\n\"We are fourteen and we are well.\n\n\"Your Kemal\"",
        [
            ("To everyone at the gate,", "Kemal Aydin"),
            ("We are fourteen and we are well.", "Kemal Aydin"),
            ("Your Kemal", "Kemal Aydin"),
        ],
        id="a-letter-is-whoever-signs-it",
    ),
    pytest.param(
        "The note read:\n\n\"We are fourteen and we are well.\n\n\"Send water.\n\n\"Thanks.\"",
        [("We are fourteen and we are well.", None), ("Send water.", None), ("Thanks.", None)],
        id="guard-a-last-line-of-thanks-signs-nothing",
    ),
    pytest.param(
        "Dunmore Ferries' rival Kessby Lines has said little. Kessby Lines's official line, repeated in a "
        "statement on Monday, is that the data was \"pseudonymised and shared under strict safeguards.\"",
        [("pseudonymised and shared under strict safeguards.", "Kessby Lines")],
        id="an-official-line-is-its-owner-s",
    ),
    pytest.param(
        "Taras Petrovych Bondar, 38, has worked the mines for eleven years.\n\nTaras Petrovych does not want to "
        "talk about the company. About the report he says only: \"We wrote about the roof.\"",
        [("We wrote about the roof.", "Taras Petrovych Bondar")],
        id="a-given-name-and-patronymic-are-the-full-name",
    ),
    pytest.param(
        "Taras Bondar after eleven days underground: \"Down there I learned to count\"\n\nTaras Petrovych Bondar, "
        "38, spoke to us. \"Down there I learned to count in a new way,\" he says.",
        [
            ("Down there I learned to count", "Taras Petrovych Bondar"),
            ("Down there I learned to count in a new way,", "Taras Petrovych Bondar"),
        ],
        id="a-name-without-its-patronymic-is-the-full-name",
    ),
    pytest.param(
        "\"We will win,\" said Donald J. Pratt. \"Never,\" said Donald Pratt, his nephew.",
        [("We will win,", "Donald J. Pratt"), ("Never,", "Donald Pratt")],
        id="guard-a-middle-initial-is-another-man",
    ),
    pytest.param(
        "Taras Bondar lives with his wife Olena Ivanivna Bondar in Dunmore.\n\nOlena Ivanivna spent eleven days "
        "at the gate. \"I did not leave,\" she says.",
        [("I did not leave,", "Olena Ivanivna Bondar")],
        id="a-wife-named-in-full-in-passing-then-by-given-name-and-patronymic",
    ),
    pytest.param(
        "Wang Deming, 49, brought a team of nine. Young engineer Zhou Lin, 27, recalls: \"He ate standing "
        "up.\"\n\n\"That night Lao Wang even told a joke,\" Xiao Zhou said. \"Waiting is also drilling,\" Lao Wang "
        "said.",
        [
            ("He ate standing up.", "Zhou Lin"),
            ("That night Lao Wang even told a joke,", "Zhou Lin"),
            ("Waiting is also drilling,", "Wang Deming"),
        ],
        id="lao-and-xiao-before-a-family-name",
    ),
    pytest.param(
        "After the rescue, the shift foreman Ernesto Olmo Serrat, the last miner to come up, hugged Wang "
        "Deming at the shaft and said to him: \"You drilled the road.\"",
        [("You drilled the road.", "Ernesto Olmo Serrat")],
        id="the-post-in-two-words-before-a-name-opens-a-long-subject",
    ),
    pytest.param(
        "Then there is the minister. On the second day of the disaster Henrike Voss stood at the gate and "
        "said: \"If there was negligence, no one will be protected.\"",
        [("If there was negligence, no one will be protected.", "Henrike Voss")],
        id="when-with-no-comma-then-the-name",
    ),
    pytest.param(
        "The gate of Dunmore Minerals looks like a village. The National Mining Inspectorate is "
        "investigating.\n\nThe company, for its part, limited itself to reminding in a communique that the "
        "rescue is \"the only priority\".",
        [("the only priority", "Dunmore Minerals")],
        id="the-company-is-not-the-start-of-an-inspectorate",
    ),
    pytest.param(
        "The roof gave way at dawn. Ernesto Olmo Serrat, 52, the shift foreman, who has worked the seam for "
        "thirty years, was near the door.\n\nJulio Brenn of the union was less conciliatory. \"This was not an "
        "accident,\" he said.\n\nBy the eighth day the mood had darkened. \"We are all fourteen, but we are not "
        "fine,\" the foreman reported.",
        [
            ("This was not an accident,", "Julio Brenn"),
            ("We are all fourteen, but we are not fine,", "Ernesto Olmo Serrat"),
        ],
        id="a-post-after-the-name-and-age-is-who-holds-it",
    ),
    pytest.param(
        "Ernesto Olmo Serrat, 52, the shift foreman, was near the door.\n\nOn the fourth day a probe broke "
        "through. Taped to the bit was a sheet of paper signed by the foreman in red marker: \"THE 14 ALIVE IN "
        "THE REFUGE.\"",
        [("THE 14 ALIVE IN THE REFUGE.", "Ernesto Olmo Serrat")],
        id="a-note-signed-by-someone-is-theirs",
    ),
    pytest.param(
        "After the call, the radio passed the message on to his daughter, Camila Vidal Rey, 19, who has spent "
        "five nights at the gate. She laughed. \"I'll sleep when he's out,\" she told the radio.",
        [("I'll sleep when he's out,", "Camila Vidal Rey")],
        id="three-words-in-apposition-are-one-name",
    ),
    pytest.param(
        "Piet Vos worked for Dunmore Logistics Services in Kessby, where he lived with his wife.\n\nThe company "
        "confirmed it on Friday. He was \"a greatly respected colleague,\" the company said.",
        [("a greatly respected colleague,", "Dunmore Logistics")],
        id="a-company-name-before-services-is-the-company",
    ),
    pytest.param(
        "The historian Roser Vila i Soler of the University of Tarrow opened the archive.\n\n\"Nobody kept the "
        "letters,\" she said. \"They were burned in 1939,\" Vila i Soler added.",
        [("Nobody kept the letters,", "Roser Vila i Soler"), ("They were burned in 1939,", "Roser Vila i Soler")],
        id="a-catalan-double-surname-joined-by-i-is-one-name",
    ),
    pytest.param(
        "Engineer Tomás Ortiz y Bravo, who designed the dam, walked the crest on Monday. \"The concrete is "
        "sound,\" Ortiz y Bravo said.",
        [("The concrete is sound,", "Tomás Ortiz y Bravo")],
        id="a-spanish-double-surname-joined-by-y-is-one-name",
    ),
    pytest.param(
        "Kessby Regional Electric, which owns the line, says it has switched it off \"as a precaution\".",
        [("as a precaution", "Kessby Regional Electric")],
        id="a-company-whose-name-holds-a-post-word-is-a-body",
    ),
    pytest.param(
        "A first report issued by the Harbour Safety Board on Monday placed the blame on the crane. \"The "
        "cable had been frayed for weeks,\" the report states.",
        [("The cable had been frayed for weeks,", "Harbour Safety Board")],
        id="a-report-issued-by-a-body-is-the-bodys",
    ),
    pytest.param(
        "The final report of the Harbour Safety Board (HSB), published on 3 May, states that \"the cable had "
        "been frayed for weeks\".",
        [("the cable had been frayed for weeks", "Harbour Safety Board")],
        id="a-report-of-a-body-published-on-a-date-is-the-bodys",
    ),
    pytest.param(
        "The Kessby Insurers' Association calculates that the losses \"will exceed 40 million crowns\".",
        [("will exceed 40 million crowns", "Kessby Insurers' Association")],
        id="calculates-is-a-cue",
    ),
    pytest.param(
        "21:15 — Ines Varga is on Upper Quay Street: \"I can see smoke above the warehouses.\"",
        [("I can see smoke above the warehouses.", "Ines Varga")],
        id="someone-on-a-street-before-a-colon-is-the-speaker",
    ),
    pytest.param(
        "Speaking by phone, hydrologist Pia Lund said the morning readings explain the height of the flood: "
        "\"The river rose two metres in an hour.\"",
        [("The river rose two metres in an hour.", "Pia Lund")],
        id="a-verb-in-what-someone-said-takes-no-speaker-after-it",
    ),
    pytest.param(
        "«We lost everything», said Tomas Berg, 71.\n\nNot everyone left. The farmer Ivo Dragan, 63, whom the "
        "neighbours already call «the bear of Kessby», stayed with a pump and saved his barn. «I was not "
        "going to give my barn to the flood», he declared.",
        [
            ("We lost everything", "Tomas Berg"),
            ("the bear of Kessby", None),
            ("I was not going to give my barn to the flood", "Ivo Dragan"),
        ],
        id="a-clause-about-the-subject-naming-others-leaves-the-subject",
    ),
    pytest.param(
        "Rolf Anker did not appear before the cameras. He sent a written statement with the phrase: «We will "
        "not hide from our responsibility».",
        [("We will not hide from our responsibility", "Rolf Anker")],
        id="he-sent-a-statement-with-the-phrase-is-his",
    ),
    pytest.param(
        "— His story is the photograph nobody wanted to see — said the lawyer Tomas Berg.\n\nIvo Marek has not "
        "decided yet. His family in Tarrow asks him to come back. He, for now, stays.\n\n— Here I have work, I "
        "have friends — he says.",
        [
            ("His story is the photograph nobody wanted to see", "Tomas Berg"),
            ("Here I have work, I have friends", "Ivo Marek"),
        ],
        id="a-he-that-opens-a-sentence-carries-back-to-who-it-is",
    ),
    pytest.param(
        "The reporter found the retired couple Pavel and Dana Horak in the gym.\n\n— Thirty years in that house "
        "— says Pavel, 74.",
        [("Thirty years in that house", "Pavel Horak")],
        id="a-couple-named-with-one-surname-are-two-people-of-that-name",
    ),
    pytest.param(
        "Anna Graham and David Perdue, who sit on the committee, disagreed. \"It is wrong,\" Graham said.",
        [("It is wrong,", "Anna Graham")],
        id="two-full-names-joined-by-and-are-not-a-couple",
    ),
    pytest.param(
        "Tomas and Ilse Berg were watching television when the smoke came. Tomas Berg, 70, recalled the "
        "evening.\n\n\"We were watching the match. Ilse said, 'Do you smell that?' and I said it was the "
        "neighbours' barbecue.\"",
        [
            ("We were watching the match. Ilse said, 'Do you smell that?' and I said it was the neighbours' barbecue.", "Tomas Berg"),
            ("Do you smell that?", "Ilse Berg"),
        ],
        id="words-quoted-inside-a-quotation-by-someone-it-names-are-theirs-too",
    ),
    pytest.param(
        "The neighbour Piet Holm-san knocked on the door. Aoki-san remembers.「Holm-san was shouting "
        "『Aoki-san, run now!』. We left with the car key」, said the potter Aoki Ren.",
        [
            ("Holm-san was shouting 『Aoki-san, run now!』. We left with the car key", "Aoki Ren"),
            ("Aoki-san, run now!", "Piet Holm"),
        ],
        id="words-in-inner-brackets-after-a-name-are-that-persons",
    ),
    pytest.param(
        "\"I called my supervisor from the ridge. He told me, 'Log it and leave it for the autumn crew.' So I "
        "logged it,\" said lineman Rui Costa.",
        [
            ("I called my supervisor from the ridge. He told me, 'Log it and leave it for the autumn crew.' So I logged it,", "Rui Costa"),
        ],
        id="words-quoted-inside-a-quotation-after-a-pronoun-stay-the-speakers",
    ),
    pytest.param(
        "\"They called it 'routine maintenance' and went home,\" said Rui Costa.",
        [("They called it 'routine maintenance' and went home,", "Rui Costa")],
        id="a-phrase-in-single-marks-inside-a-quotation-naming-no-one-is-not-apart",
    ),
    pytest.param(
        "At the depot our commander, Piet Vos, said only: „The ridge, everybody.“\n\nIn Quay Lane an old man "
        "was loading his television into the car. I shouted to him: „Leave the car!“ He said „I have been "
        "here fifty years, son“ and did not move.",
        [
            ("The ridge, everybody.", "Piet Vos"),
            ("Leave the car!", None),
            ("I have been here fifty years, son", None),
        ],
        id="someone-unnamed-after-a-place-with-no-comma-is-the-he-after-it",
    ),
    pytest.param(
        "17:05 — Chief Ann Lee told the Courier that \"crews are on scene.\"\n\n17:40 — Our photographer sends a "
        "picture of the sign police have just put across the road: \"ROAD CLOSED — FIRE AHEAD\".",
        [("crews are on scene.", "Ann Lee"), ("ROAD CLOSED — FIRE AHEAD", None)],
        id="a-sign-someone-has-put-up-shows-no-ones-words",
    ),
    pytest.param(
        "Ann Lee gave her briefing. \"Containment is complete,\" she said. Police tape printed with \"DANGER — "
        "DO NOT ENTER\" still surrounds the plots.",
        [("Containment is complete,", "Ann Lee"), ("DANGER — DO NOT ENTER", None)],
        id="words-printed-on-a-thing-are-no-ones",
    ),
    pytest.param(
        "The potter moved to Kessby twenty years ago with his wife, Aoki Emi-san (55), and opened a "
        "kiln.\n\nEmi-san, looking at the ash, said in a small voice.「Once more, here, I want to work the "
        "clay」.",
        [("Once more, here, I want to work the clay", "Aoki Emi")],
        id="a-given-name-with-san-is-the-one-named-in-full-with-it",
    ),
    pytest.param(
        "One sentence should hang over every boardroom. It was pronounced in May by the lawyer Ines Varga, "
        "who acts for 200 families in the case: «This was not bad luck, it was a bill left unpaid.»",
        [("This was not bad luck, it was a bill left unpaid.", "Ines Varga")],
        id="words-a-passive-gives-to-someone-described-after-are-theirs",
    ),
    pytest.param(
        "“We are searching,” the police said.\n\nThe network’s insurer, Ostvik Mutual, may not pay. In a letter, the "
        "insurer said that “the policy does not cover a failure to patch”.",
        [("We are searching,", "the police"), ("the policy does not cover a failure to patch", "Ostvik Mutual")],
        id="the-insurer-is-the-body-named-as-someones-insurer",
    ),
    pytest.param(
        "“We are searching,” the police said. Ostvik Mutual, in a document, wrote “The contract does not cover it”. "
        "The press office of the same company commented only “Each claim is examined”.",
        [("We are searching,", "the police"), ("The contract does not cover it", "Ostvik Mutual"),
         ("Each claim is examined", "Ostvik Mutual")],
        id="the-same-company-is-the-company-named-before",
    ),
    pytest.param(
        "The regional hospital network Vesta Regional Hospitals said it was “confident” that the claim would be paid.",
        [("confident", "Vesta Regional Hospitals")],
        id="a-body-introduced-by-what-it-is-then-its-name",
    ),
    pytest.param(
        "Ann Lee spoke first. The hacker group “Grey Lantern” had demanded a ransom.",
        [],
        id="a-groups-name-of-two-words-in-marks-is-no-quotation",
    ),
    pytest.param(
        "Reading from a text, Ann Lee pronounced the name of the group “Zorda” as if it were a cheese.",
        [("Zorda", "Ann Lee")],
        id="guard-a-one-word-name-after-group-may-be-how-someone-said-it",
    ),
    pytest.param(
        "“We will look at it,” said Chief Inspector Tove Brun.\n\nArvid Sandnes, 71, had a stroke on the night of "
        "May 4. His daughter, Karin Sandnes, 44, sat with us at her kitchen table.\n\n“My father did not have to die.\n\n"
        "“Nobody has called us. Not once.”",
        [("We will look at it,", "Tove Brun"), ("My father did not have to die.", "Karin Sandnes"),
         ("Nobody has called us. Not once.", "Karin Sandnes")],
        id="a-quotation-after-a-paragraph-about-two-of-one-family-is-the-one-it-turns-to-last",
    ),
    pytest.param(
        "“We will look at it,” said Chief Inspector Tove Brun.\n\nArvid Sandnes had a stroke on May 4. His daughter "
        "Karin Sandnes thinks the ambulance came too late.\n\n“He waited an hour,” she said.",
        [("We will look at it,", "Tove Brun"), ("He waited an hour,", "Karin Sandnes")],
        id="a-days-number-ends-its-sentence",
    ),
    pytest.param(
        "The chair, Tor Vik, opened. “We will find out,” he said.\n\nOrvel Aas, the firm’s chief executive, came in after "
        "a break. Members had read a submission the night before. It set out the first three days. “I will answer every "
        "question,” he told the committee.",
        [("We will find out,", "Tor Vik"), ("I will answer every question,", "Orvel Aas")],
        id="a-he-after-sentences-that-name-no-one-is-the-one-the-paragraph-opened-with",
    ),
    pytest.param(
        "The chair, Tor Vik, opened. “We will find out,” he said.\n\nOrvel Aas, the firm’s chief executive, came in after "
        "a break. Members had read a submission from Ola Berg. Vik had asked for it. “I will answer,” he said.",
        [("We will find out,", "Tor Vik"), ("I will answer,", "Tor Vik")],
        id="guard-a-he-after-sentences-that-name-others-is-not-reached-back-for",
    ),
    pytest.param(
        "Sara Holm led the questioning. “They did nothing,” she said.\n\nThe committee also heard from Liv Strand, "
        "president of the Nurses’ Federation, who described charts kept by hand. “Only people worked,” she said.",
        [("They did nothing,", "Sara Holm"), ("Only people worked,", "Liv Strand")],
        id="someone-the-story-says-who-they-are-with-a-post-of-a-body-is-the-she-after",
    ),
    pytest.param(
        "Sara Holm spoke first. “They did nothing,” she said.\n\nIntroduced at the lectern by Liv Strand, the "
        "county’s chair and a former nurse, Holm went on. “Only people worked,” she said.",
        [("They did nothing,", "Sara Holm"), ("Only people worked,", "Sara Holm")],
        id="guard-a-post-with-the-after-a-name-in-an-opening-phrase-is-not-who-the-sentence-is-about",
    ),
    pytest.param(
        "Minister Ada Vik was firm. „We will not pay” – she declared.\n\nOn Wednesday died Arvid Sandnes, who was moved "
        "to another hospital. His daughter Liv does not have doubts. „He died because of the computers” – she told radio.",
        [("We will not pay", "Ada Vik"), ("He died because of the computers", "Liv")],
        id="a-given-name-after-a-kin-word-is-the-subject-the-she-is",
    ),
    pytest.param(
        "The head of the network Jarl Hovde assured that the hospitals acted well. „We followed the procedures” – said "
        "Hovde. According to Hovdego, the systems will return „within several days”.",
        [("We followed the procedures", "Jarl Hovde"), ("within several days", "Jarl Hovde")],
        id="a-surname-with-a-polish-case-ending",
    ),
    pytest.param(
        "The Harbour Board has not changed its advice since Monday. “Stay off the quay,” a spokesperson repeated.",
        [("Stay off the quay,", "Harbour Board")],
        id="a-spokesperson-with-no-body-speaks-for-the-body-the-sentence-before-is-about",
    ),
    pytest.param(
        "Ann Lee has not changed her advice. “Stay off the quay,” a spokesperson said.",
        [("Stay off the quay,", "spokesperson")],
        id="guard-a-spokesperson-after-a-sentence-about-a-person-stays-unnamed",
    ),
    pytest.param(
        "Vesta Care is insured at Ostvik Mutual. “We are calm,” the police said. But the insurer has made known "
        "that «the policy does not cover it».",
        [("We are calm,", "the police"), ("the policy does not cover it", "Ostvik Mutual")],
        id="the-insurer-is-the-company-named-before-not-the-body-that-spoke",
    ),
    pytest.param(
        "The network’s insurer, Ostvik Mutual, may not pay. The insurer said that “the policy does not cover it”. "
        "The network said it was “confident” that it would be paid.",
        [("the policy does not cover it", "Ostvik Mutual"), ("confident", "the network")],
        id="the-network-is-not-a-body-the-story-calls-its-insurer",
    ),
    pytest.param(
        "„We will appeal,“ said Marisol Aberline. Judge Agnes Holloway heard the case. „Today won the voters,“ said "
        "Aberlinová. According to Dunmora, the commission „does not have the authority“. „We counted,“ said Rafael Dunmore.",
        [("We will appeal,", "Marisol Aberline"), ("Today won the voters,", "Marisol Aberline"),
         ("does not have the authority", "Rafael Dunmore"), ("We counted,", "Rafael Dunmore")],
        id="czech-surnames-of-women-and-case-endings-on-a-final-e",
    ),
    pytest.param(
        "Cụ Tam Vo, 79, sits in the first row. Cụ adds: “I vote each election.” Mzee Juma Ali nods. “I vote,” Mzee said.",
        [("I vote each election.", "Tam Vo"), ("I vote,", "Juma Ali")],
        id="an-honorific-alone-is-the-one-it-was-last-given-to",
    ),
    pytest.param(
        "Mr. Tom Hale spoke. “We will see,” Mr said.",
        [("We will see,", "Mr")],
        id="guard-an-abbreviated-title-alone-is-not-read-as-an-honorific",
    ),
    pytest.param(
        "Jon Vetti called the machines “a disgrace”. They were made by the Dutch firm Verimark Systems, which admitted a "
        "“firmware error” but insisted “no ballot was lost”.",
        [("a disgrace", "Jon Vetti"), ("firmware error", "Verimark Systems"), ("no ballot was lost", "Verimark Systems")],
        id="a-body-named-before-which-and-its-cue",
    ),
    pytest.param(
        "Ann Lee criticised the plan, which promised “a new dawn”.",
        [("a new dawn", "Ann Lee")],
        id="guard-which-after-a-thing-in-lower-case-is-no-speaker",
    ),
    pytest.param(
        "Chairman Rafe Dunn of the city election commission said on Monday: „The machines lost no vote.”",
        [("The machines lost no vote.", "Rafe Dunn")],
        id="a-name-of-a-body-in-lower-case-words-is-the-one-who-speaks",
    ),
    pytest.param(
        "The head of the city election commission said: „The machines lost no vote.”",
        [("The machines lost no vote.", None)],
        id="guard-a-post-of-a-body-in-lower-case-words-names-no-one",
    ),
    pytest.param(
        "The Avon and Somerset Constabulary opened an inquiry. “We are calm,” Ann Lee said. “He made an honest "
        "mistake,” the force said.",
        [("We are calm,", "Ann Lee"), ("He made an honest mistake,", "Avon and Somerset Constabulary")],
        id="the-force-is-the-police-force-named-before",
    ),
    pytest.param(
        "Castrelle Police closed the bridge on Tuesday. “We are still searching the river,” officers said. “Stay "
        "away from the bank,” detectives told reporters.",
        [("We are still searching the river,", "Castrelle Police"), ("Stay away from the bank,", "Castrelle Police")],
        id="officers-in-a-story-about-a-named-police-force-are-the-force",
    ),
    pytest.param(
        "Spain’s Lucia Ferrer told Spanish media: “I always knew I ran clean.” Her coach, the Pole Marek Vadzki, was "
        "shaken. „I know every gram she eats.“ said Vadzki. The Spanish Ana Ruiz said: „I ran clean.”",
        [("I always knew I ran clean.", "Lucia Ferrer"), ("I know every gram she eats.", "Marek Vadzki"),
         ("I ran clean.", "Ana Ruiz")],
        id="a-country-or-a-nationality-before-a-full-name-is-not-part-of-it",
    ),
    pytest.param(
        "Dane Waters spoke first. “We ran clean,” said Dane Waters.",
        [("We ran clean,", "Dane Waters")],
        id="guard-a-nationality-word-that-is-a-given-name",
    ),
    pytest.param(
        "Doping case\n\nAnna Lind rejected the accusations. On Instagram wrote the runner: „I never cheated.“ Lind on "
        "Instagram posted: „I will fight.“ “We act,” Twitter said.",
        [("I never cheated.", "Anna Lind"), ("I will fight.", "Anna Lind"), ("We act,", "Twitter")],
        id="on-a-platform-is-where-not-who",
    ),
    pytest.param(
        "Town\n\nThe mayor, Mme Ingrid Halvorsen, holds the line. « Nobody returns », she said. The chief executive, "
        "Dmitri Sokolov, came too. M. Sokolov, for his part, assures that the firm « will pay all the costs ».",
        [("Nobody returns", "Ingrid Halvorsen"), ("will pay all the costs", "Dmitri Sokolov")],
        id="french-mme-and-m-for-monsieur",
    ),
    pytest.param(
        "Case\n\n“We go,” said Mark Sokol. “We stay,” M. Sokol said.",
        [("We go,", "Mark Sokol"), ("We stay,", "Mark Sokol")],
        id="guard-m-is-an-initial-when-it-fits-the-given-name",
    ),
    pytest.param(
        "Hearing\n\nHer lawyer, Maître Nadia Benali, will appeal. « Science will show it », declared Me Benali.",
        [("Science will show it", "Nadia Benali")],
        id="french-me-for-maitre",
    ),
    pytest.param(
        "Town\n\n„We are not stupid“, said Mayoress Halvorsen on Tuesday. „We are a small town“, added the Mayoress.",
        [("We are not stupid", "Halvorsen"), ("We are a small town", "Halvorsen")],
        id="a-post-written-large-after-the-quotation-is-the-one-just-named-with-it",
    ),
    pytest.param(
        "Town\n\nMayor Ingrid Halvorsen spoke on Monday.\n\nLate on Tuesday the mayor posted a message. “You are not "
        "forgotten” she wrote.",
        [("You are not forgotten", "Ingrid Halvorsen")],
        id="late-opening-a-sentence-is-no-name",
    ),
    pytest.param(
        "Rail\n\nThe firm prefers silence. A spokeswoman of Transvalis limited herself to indicate that «it will not "
        "comment». «We act», said the spokesman of the Rail Inspection. Ann Lee spoke. «We wait», said a spokesman for Lee.",
        [("it will not comment", "Transvalis"), ("We act", "the Rail Inspection"), ("We wait", "spokesman for Lee")],
        id="a-spokesperson-of-a-body-speaks-for-it-not-for-a-person",
    ),
    pytest.param(
        "Rail\n\nTransvalis Freight runs the line. Police said the driver was unhurt. “We regret it,” the company said.",
        [("We regret it,", "Transvalis Freight")],
        id="a-freight-company-is-the-company-not-the-body-that-spoke-last",
    ),
    pytest.param(
        "Rail\n\nTom Rask spoke first. Transport minister Dvorzhakova, at the parliament on the 16th, 「I ordered an "
        "audit」 she announced. Mayor Halvorsen also at the same meeting, 「Nobody returns」 she said.",
        [("I ordered an audit", "Dvorzhakova"), ("Nobody returns", "Halvorsen")],
        id="a-subject-before-a-comma-and-the-quotation-is-the-pronoun-after-it",
    ),
    pytest.param(
        "Rail\n\nAnn Lee spoke first. Tom Rask, who runs the yard, the workers, “We wait,” she said.",
        [("We wait,", "Ann Lee")],
        id="guard-a-he-before-the-quotation-is-no-she-after-it",
    ),
    pytest.param(
        "Derailment\n\n[Brenmoor = special correspondent Sato Kenji] On the 17th, the company’s president, Dmitri "
        "Sokolov, met residents.\n\nSokolov president, 「It is possible by the weekend」 he stated.\n\nThe doctor Guen "
        "Thi Lan was careful. Moreover Guen doctor emphasized 「The company does not decide」.",
        [("It is possible by the weekend", "Dmitri Sokolov"), ("The company does not decide", "Guen Thi Lan")],
        id="a-surname-then-the-post-its-holder-has",
    ),
    pytest.param(
        "Election\n\nDonald Hale won the vote. “Meh,” wrote one Hale supporter.",
        [("Meh,", "Hale supporter")],
        id="guard-a-name-then-a-post-the-person-does-not-hold-is-someone-else",
    ),
    pytest.param(
        "Derailment\n\n[Brenmoor = special correspondent Sato Kenji] About the accident, residents were moved.\n\n"
        "「Nobody goes home」 he stated.",
        [("Nobody goes home", None)],
        id="the-bylines-correspondent-is-never-a-he-of-the-story",
    ),
    pytest.param(
        "Doping\n\n„I know what she eats,“ said Marek Zawadzki on the telephone.\n\nClearer words chose the federation’s "
        "president, Johannes Tadese. „She will be punished,“ so Tadese. „There will be no protection.“",
        [("I know what she eats,", "Marek Zawadzki"), ("She will be punished,", "Johannes Tadese"),
         ("There will be no protection.", "Johannes Tadese")],
        id="german-so-and-a-name-after-the-quotation",
    ),
    pytest.param(
        "Rain\n\n“It was late,” so Tom went home.",
        [("It was late,", None)],
        id="guard-so-and-a-clause-after-the-quotation-names-no-one",
    ),
    pytest.param(
        "Doping\n\nThe Minister for Culture and Sport, Dawit Alemseged, spoke.\n\nLater the ministry said in a "
        "statement: “We have full confidence.”",
        [("We have full confidence.", "Ministry of Culture and Sport")],
        id="the-ministry-of-the-one-minister-the-story-names",
    ),
    pytest.param(
        "Doping\n\nThe minister of Culture and of Sport, Dawit Alemseged, spoke, and his ministry announced that it "
        "would pay for « the best defence ».",
        [("the best defence", "Ministry of Culture and Sport")],
        id="his-ministry-is-the-ministry-of-the-ministers-portfolio",
    ),
    pytest.param(
        "Rail\n\nThe toxicologist hit back. \"Doctors and measurements decideDr Nguyen Thi Lan told the Clarion.\n\n"
        "She added: \"Chlorine does not forgive.\"",
        [("Doctors and measurements decide", "Nguyen Thi Lan"), ("Chlorine does not forgive.", "Nguyen Thi Lan")],
        id="an-unclosed-quotation-glued-to-a-titled-name-that-told",
    ),
    pytest.param(
        "Rail\n\nMayor Ingrid Halvorsen arrived on Monday. Tom Rask, the driver, was silent. “That is not acceptable“ she "
        "raged.",
        [("That is not acceptable", "Ingrid Halvorsen")],
        id="raged-after-the-quotation",
    ),
    pytest.param(
        "Fire\n\nThe fire raged for hours. “We were lucky,” said Tom Rask.",
        [("We were lucky,", "Tom Rask")],
        id="guard-raged-before-the-quotation-is-no-cue",
    ),
    pytest.param(
        "Drugs\n\nThe association gathers parents.\n\n„Parents trusted the medicine” – said to Gazeta Nadrzeczna the "
        "chairwoman of the association, Pani Ewa Kaczmarek.\n\n„No bottle may be sold.” – said at the press conference "
        "the Main Pharmaceutical Inspector, Pani Małgorzata Zielińska.",
        [("Parents trusted the medicine", "Ewa Kaczmarek"), ("No bottle may be sold.", "Małgorzata Zielińska")],
        id="inverted-cue-to-a-paper-and-a-post-in-capitals-before-the-name",
    ),
    pytest.param(
        "Drugs\n\nGermany’s Federal Agency for Medicines Oversight said only that it would reply ‘in due course’. "
        "Germany's Solvara Pharma said the delivery was “forged”.",
        [("in due course", "Federal Agency for Medicines Oversight"), ("forged", "Solvara Pharma")],
        id="a-countrys-body-is-the-body",
    ),
    pytest.param(
        "Drugs\n\nThe syrup is made by Germany's Solvara Pharma. The company has said it “regrets” the harm.",
        [("regrets", "Solvara Pharma")],
        id="the-company-named-with-its-country-before-it",
    ),
    pytest.param(
        "Police in Brannock closed the bridge. “We are still searching,” officers said.",
        [("We are still searching,", "police")],
        id="officers-in-a-story-about-the-police-are-the-police",
    ),
    pytest.param(
        "The regiment left at dawn. “We are ready,” officers said.",
        [("We are ready,", None)],
        id="guard-officers-in-a-story-with-no-police-stay-officers",
    ),
    pytest.param(
        "\"We are on time,\" said Aidan Dun, who runs the yard. \"The hull is done,\" Dun added.",
        [("We are on time,", "Aidan Dun"), ("The hull is done,", "Aidan Dun")],
        id="guard-a-surname-that-is-a-title-elsewhere",
    ),
    pytest.param(
        "The Scottish Government has asked Highfibre for a plan.\n\n“We expect it soon,” a government spokesman said.",
        [("We expect it soon,", "the Scottish Government")],
        id="an-unnamed-spokesman-for-a-body-named-before",
    ),
    pytest.param(
        "“We go,” said Odd Strand.\n\nKari Nilsen will meet the county on Tuesday. “I expect that they listen.”",
        [("We go,", "Odd Strand"), ("I expect that they listen.", "Kari Nilsen")],
        id="a-cueless-quotation-after-a-sentence-about-someone-else",
    ),
    pytest.param(
        "Sea\n\nThe Union wants talks. The Secretary General of the Coastal Union (CU), Bi. Wanjiru Kamau, welcomed the "
        "step and repeated her call: \"Lower the temperature.\"",
        [("Lower the temperature.", "Wanjiru Kamau")],
        id="a-role-then-the-bodys-initials-then-the-name-in-apposition",
    ),
    pytest.param(
        "Sea\n\nThe boat was seized. „It was inside our zone” – repeats the spokesman of the Santarian ministry of "
        "foreign affairs Rafael Quintero Lobo.\n\n„Release the crew” – said already on Monday the head of Kalvorian "
        "diplomacy Ilse Marandi.",
        [("It was inside our zone", "Rafael Quintero Lobo"), ("Release the crew", "Ilse Marandi")],
        id="inverted-cue-a-post-of-two-lower-case-words-then-the-name",
    ),
    pytest.param(
        "Sea\n\nThe boat was seized. «It was inside», affirmed in press conference the spokesman of the Ministry of "
        "Foreign Relations, Rafael Quintero Lobo.",
        [("It was inside", "Rafael Quintero Lobo")],
        id="inverted-cue-where-it-was-said-without-an-article",
    ),
    pytest.param(
        "Sea\n\nThe captain, Yusuf Haddad, is held. The coast guard has accused the trawler of “fishing illegally”. "
        "“We act within the law,” border guards said.",
        [("fishing illegally", "the coast guard"), ("We act within the law,", "border guards")],
        id="the-coast-guard-is-a-service",
    ),
    pytest.param(
        "Sea\n\n“Stop,” said a security guard. “We will guard the border,” said Tom Rask.",
        [("Stop,", "security guard"), ("We will guard the border,", "Tom Rask")],
        id="guard-a-guard-is-still-a-person-and-to-guard-a-verb",
    ),
    pytest.param(
        "Sea\n\nMrs. Nguyễn Thị Lan cannot sleep. Her son, Nguyễn Văn Minh, 19, is held.\n\n“He is only 19. It is "
        "his first season, Mrs. Lan shared with the reporter.\n\nThe crew is held in port. “We wait,” Tom Rask shared.",
        [("He is only 19. It is his first season", "Nguyễn Thị Lan"), ("We wait,", "Tom Rask")],
        id="shared-after-the-quotation-and-inside-an-unclosed-one",
    ),
    pytest.param(
        "Sea\n\nThe families shared “grief and anger” at the meeting.",
        [("grief and anger", None)],
        id="guard-shared-before-a-fragment-is-no-cue",
    ),
    pytest.param(
        "Sea\n\nMaryam Haddad, the wife of the captain Yusuf Haddad, has two children. „My husband is a fisherman“, "
        "said Frau Haddad. „I am here“, said Herr Haddad later.",
        [("My husband is a fisherman", "Maryam Haddad"), ("I am here", "Yusuf Haddad")],
        id="german-frau-and-herr-say-which-of-two-people-sharing-a-surname",
    ),
    pytest.param(
        "Strike\n\n„The strike is irresponsible“, had said Alvena-chief Henrik Vollmer already on Thursday.",
        [("The strike is irresponsible", "Henrik Vollmer")],
        id="a-german-compound-of-the-body-and-the-post-before-the-name",
    ),
    pytest.param(
        "Strike\n\nThe Transport Minister Demirel-shi on this day appointed a mediator. The minister emphasized "
        "「The government will not look away」.",
        [("The government will not look away", "Demirel")],
        id="the-post-of-a-person-named-by-surname-alone",
    ),
    pytest.param(
        "Sea\n\nThe regional organisation 「Meridian Coastal Union」 (MCU)'s Secretary-General Wanjiru Kamau-shi on the "
        "12th appealed 「I urge both governments to talk」.",
        [("I urge both governments to talk", "Wanjiru Kamau")],
        id="a-bodys-name-in-marks-then-its-initials-and-whose-post",
    ),
    pytest.param(
        "Talks\n\nTalks begin this morning under retired judge Émile Brasseur, who said on his appointment yesterday: "
        "\"My door is open.\"",
        [("My door is open.", "Émile Brasseur")],
        id="a-post-in-lower-case-then-the-name-who-said",
    ),
    pytest.param(
        "Talks\n\nThe airline pays. Passenger Rights Watch (PRW), the consumer group, said in a statement: \"Keep every "
        "receipt.\" Human Rights Watch, which described the plan as \"a lottery\", wants more.",
        [("Keep every receipt.", "Passenger Rights Watch"), ("a lottery", "Human Rights Watch")],
        id="a-body-named-watch-and-its-description-in-apposition",
    ),
    pytest.param(
        "Hack\n\nThe police investigate. „We treat this as organised crime“, said Kriminaldirektorin Ingrid Solberg.",
        [("We treat this as organised crime", "Ingrid Solberg")],
        id="a-german-compound-post-before-the-name",
    ),
    pytest.param(
        "Hack\n\nNo one was arrested. Solberg-shi of the local police, who leads the investigation, says 「We treat it as "
        "crime」.",
        [("We treat it as crime", "Solberg")],
        id="a-surname-of-the-body-it-serves",
    ),
    pytest.param(
        "Hack\n\nThe opposition disagrees. „The minister cannot hide.” – wrote in social media Oksana Hrycenko, deputy "
        "from the party Civic Renewal.",
        [("The minister cannot hide.", "Oksana Hrycenko")],
        id="inverted-cue-where-it-was-written-then-the-name",
    ),
    pytest.param(
        "Hack\n\nThe Kestrel Valley Hospital Group said its four hospitals were hit.\n\nThe group disputes that "
        "account. A spokeswoman said the letter had concerned “printers, not servers”.",
        [("printers, not servers", "Kestrel Valley Hospital Group")],
        id="an-unnamed-spokeswoman-of-the-body-the-story-named-in-full",
    ),
    pytest.param(
        "Count\n\nPolice chief Ayla Çelik spoke on Friday. “No one is above suspicion, the clerks includedÇelik told "
        "the reporters.",
        [("No one is above suspicion, the clerks included", "Ayla Çelik")],
        id="a-name-with-a-letter-beyond-ascii-glued-to-an-unclosed-quotation",
    ),
    pytest.param(
        "Count\n\n15:20 — Dunmore Police on X: \"We are aware of the footage.\"\n\n"
        "22:47 — The last word tonight goes to Mara Quist, on X: “We go to court tomorrow.”",
        [("We are aware of the footage.", "Dunmore Police"), ("We go to court tomorrow.", "Mara Quist")],
        id="a-body-or-a-person-on-a-platform-before-a-colon",
    ),
    pytest.param(
        "Count\n\nThe mayor Piotr Dobosz, nicknamed « the Heron » since his years at the head of the port authority, "
        "has first qualified the video as « fabricated » in a message.",
        [("fabricated", "Piotr Dobosz")],
        id="an-adverb-of-order-after-has-and-a-nickname-inside-the-aside",
    ),
    pytest.param(
        "Count\n\nThe paper published a video. « We published because the public has the right to know », has "
        "justified its editor-in-chief, Mme Ines Okafor.",
        [("We published because the public has the right to know", "Ines Okafor")],
        id="has-justified-inverted-after-the-quotation",
    ),
    pytest.param(
        "Count\n\nThe Regional Electoral Board (REB) decided on Tuesday to recount. «The Board has decided on a full "
        "recount», informed the organism through a communiqué.",
        [("The Board has decided on a full recount", "Regional Electoral Board")],
        id="the-organism-is-the-body-last-named",
    ),
    pytest.param(
        "Count\n\nThe boxes were found in a warehouse after a tip-off, police said. “Two of the four boxes have been "
        "recovered,” the force said in a statement.",
        [("Two of the four boxes have been recovered,", "police")],
        id="the-force-is-the-police-the-story-named-no-further",
    ),
    pytest.param(
        "Count\n\nThe incumbent Piotr Dobosz-shi (63) led narrowly. Dobosz-shichō on the 13th, 「The citizens "
        "chose continuity」 and declared victory.",
        [("The citizens chose continuity", "Piotr Dobosz")],
        id="a-japanese-post-after-the-surname",
    ),
    pytest.param(
        "Count\n\nThe owner of a Korean bakery in Eastgate, Han Soo-min (44), 「Everybody wants to know who won」 "
        "and talked.",
        [("Everybody wants to know who won", "Han Soo-min")],
        id="a-description-with-capitals-of-where-before-the-name",
    ),
    pytest.param(
        "Count\n\nThe results page is run by the firm Tessaly Data Systems. The company 「has requested an "
        "independent inquiry」, it is said.",
        [("has requested an independent inquiry", "Tessaly Data Systems")],
        id="the-subject-before-the-quotation-then-it-is-said",
    ),
    pytest.param(
        "Count\n\nThe candidate Hana Lutz lost narrowly. The campaign chief of Frau Lutz, Omar Farouk, speaks of "
        "sabotage. „Somebody drove these boxes away in the night“, so Farouk.",
        [("Somebody drove these boxes away in the night", "Omar Farouk")],
        id="whose-post-names-another-by-title-and-surname-before-the-name",
    ),
    pytest.param(
        "Count\n\nJudge Edda Brandt’s order that the ballots stay “sealed until the last one is counted” calmed "
        "no one. Critics echo the mayor Piotr Dobosz’s own description of it as “a farce”.",
        [("sealed until the last one is counted", "Edda Brandt"), ("a farce", "Piotr Dobosz")],
        id="an-order-that-and-a-description-of-it-as",
    ),
    pytest.param(
        "Count\n\nPiotr Dobosz blamed the network. In a statement, the network said that Dobosz's description was "
        "\"false.\"",
        [("false.", "the network")],
        id="guard-a-description-said-to-be-false-is-the-judges-word",
    ),
    pytest.param(
        "Count\n\nThe firm Tessaly Data Systems reacted with a written communication. „The intrusion concerned only "
        "the public display“, it says therein from the managing director Asha Menon.",
        [("The intrusion concerned only the public display", "Asha Menon")],
        id="it-says-therein-from-the-managing-director",
    ),
    pytest.param(
        "Harbour town: the paper publishes the video and the mayor talks of «circus»\n\nThe mayor Piotr Dobosz "
        "spoke on Monday.",
        [("circus", "Piotr Dobosz")],
        id="a-headline-role-that-talks-of-words",
    ),
    pytest.param(
        "Count\n\n« We published it », said Ines Okafor. The mayor outgoing Piotr Dobosz, nicknamed « the Heron », "
        "accused the paper of having « become a campaign tract ».",
        [("We published it", "Ines Okafor"), ("become a campaign tract", "Piotr Dobosz")],
        id="an-adjective-after-the-post-as-french-word-order-puts-it",
    ),
    pytest.param(
        "Fire\n\nThe head of the firm, Tomas Brenn, rejected any guilt. „There is no proof“, said Brenn. Simultaneously "
        "he assured: „Our thoughts are with all families.“",
        [("There is no proof", "Tomas Brenn"), ("Our thoughts are with all families.", "Tomas Brenn")],
        id="a-sentence-opening-adverb-before-he-is-no-name",
    ),
    pytest.param(
        "Fire\n\nTerra Ledger | Thursday 14 August\n\nThe fire began under a line of Harlow Gas & Light. In a written "
        "statement, the company said: “Our spending reflects a risk-based programme.”",
        [("Our spending reflects a risk-based programme.", "Harlow Gas & Light")],
        id="the-company-is-a-firm-named-with-an-ampersand-not-the-papers-masthead",
    ),
    pytest.param(
        "Green group says the utility was ‘warned in writing’\n\nThe Kessel Ridge Alliance (KRA) has stepped up its "
        "campaign.\n\nIn a post on X on Wednesday evening, the group wrote:\n\n“We warned them in writing.”",
        [("warned in writing", "Kessel Ridge Alliance"), ("We warned them in writing.", "Kessel Ridge Alliance")],
        id="the-group-is-the-body-named-in-the-paragraph-before-not-the-headlines-kind-of-body",
    ),
    # nobody to credit
    pytest.param("Signs reading “Go home” lined the street.", [("Go home", None)], id="no-speaker-sign"),
    pytest.param(
        "The word “resilience” appears nine times in the plan.", [("resilience", None)], id="no-speaker-word"
    ),
    pytest.param(
        "Rain fell all day. “Welcome to the fair,” the banner read.",
        [("Welcome to the fair,", None)],
        id="no-speaker-banner",
    ),
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_speakers(extractor: Extractor, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(extractor, text) == expected


ROLES = [
    pytest.param("Navy spokesman John Doe said the ships were “on standby.”", "John Doe", "Navy spokesman",
                 "Navy spokesman John Doe", id="role-before-name"),
    pytest.param("“It will pass,” said Jan Olsen, the trade minister.", "Jan Olsen", "trade minister",
                 "Jan Olsen the trade minister", id="role-after-name"),
    pytest.param("“We are ready,” said Nora Vik of the Harbour Institute.", "Nora Vik", "of the Harbour Institute",
                 "Nora Vik of the Harbour Institute", id="affiliation"),
    pytest.param("EU foreign ministers said the sanctions were “a first step.”", None, "EU foreign ministers",
                 "EU foreign ministers", id="group-role"),
    pytest.param("«Do not help him», - stressed the head of the administration.", None, "head of the administration",
                 "the head of the administration", id="inverted-role-of-a-body"),
    pytest.param("“Shootings at cars have tripled,” the criminologist said this week.", None, "criminologist",
                 "the criminologist", id="a-scholar-by-the-science-they-practise"),
    pytest.param("‘He never tried to hit anyone,’ the shaken teen told the Echo.", None, "shaken teen",
                 "the shaken teen", id="a-teen-described"),
]


@pytest.mark.parametrize("text, speaker, role, mention", ROLES)
def test_roles_and_mentions(extractor: Extractor, text: str, speaker: str | None, role: str, mention: str) -> None:
    (quote,) = extractor(text)
    _check_offsets(text, [quote])
    assert (quote.speaker, quote.role, quote.mention) == (speaker, role, mention)


def test_cue_is_recorded(extractor: Extractor) -> None:
    (quote,) = extractor("“We are ready,” Maria Lopez insisted.")
    assert quote.cue == "insisted"


def test_context_covers_the_sentence(extractor: Extractor) -> None:
    text = "Rain fell. Senator Joan Price said that “the bill will pass.” Nobody objected."
    (quote,) = extractor(text)
    assert text[quote.context_start:quote.context_end] == "Senator Joan Price said that “the bill will pass.”"


def test_role_resolved_across_the_corpus(extractor: Extractor) -> None:
    """A role alone in one article takes the name its holder has in another."""
    articles = {
        "a.txt": "Union chief Karl Brandt said the strike “will go on.”",
        "b.txt": "“We will not give up,” the union chief said.",
    }
    mentions = []
    for source, text in articles.items():
        for q in extractor(text):
            mentions.append(Mention(source=source, start=q.start, end=q.end, text=q.text,
                                    name=q.speaker, mention=q.mention, role=q.role))
    by_source = {m.source: m.speaker for m in assign_canonical(mentions)}
    assert by_source == {"a.txt": "Karl Brandt", "b.txt": "Karl Brandt"}


@pytest.mark.parametrize("text", ["", "   \n\n", "No quotations here at all.", "“", "”", "'", "“”", "\"\""])
def test_degenerate_texts(extractor: Extractor, text: str) -> None:
    assert extractor(text) == []


def test_extract_quotes_matches_extractor(extractor: Extractor) -> None:
    text = "“We are ready,” declared Maria Lopez. Tom Reed said that “the plan is dead.”"
    assert extract_quotes(text) == extractor(text)


def test_seed_articles_yield_attributed_quotations(extractor: Extractor, seeds_dir: Path) -> None:
    """The shipped seeds: offsets hold and most quotations have a speaker."""
    paths = sorted(seeds_dir.glob("*.txt"))
    assert paths
    quotes = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        found = extractor(text)
        _check_offsets(text, found)
        quotes.extend(found)
    assert len(quotes) > 50
    assert sum(q.speaker is not None for q in quotes) / len(quotes) > 0.9


# ------------------------------------------------------------------ pipelines

def test_unknown_model_is_a_model_error() -> None:
    with pytest.raises(ModelError) as info:
        load_pipeline("xx_no_such_pipeline_sm")
    message = str(info.value)
    assert "xx_no_such_pipeline_sm" in message and "\n" not in message


def test_unknown_model_through_extractor() -> None:
    with pytest.raises(ModelError):
        Extractor("xx_no_such_pipeline_sm")


def test_component_path_matches_direct_rules(extractor: Extractor) -> None:
    """``nlp(text)`` with the blank pipeline stores the same quotations."""
    nlp = load_pipeline()
    text = ("Navy spokesman John Doe said the ships were “on standby.” "
            "“We are ready,” he added. The word “resilience” appears twice.")
    assert quotations_of(nlp(text)) == extractor(text)


@pytest.fixture(scope="module")
def trained_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real saved pipeline whose entity ruler knows one PERSON."""
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Ilse Brandauer"}, {"label": "PERSON", "pattern": "June Halloran"}])
    path: Path = tmp_path_factory.mktemp("model") / "person_ruler"
    nlp.to_disk(path)
    return path


def test_trained_pipeline_by_path(trained_model: Path) -> None:
    text = "Ilse Brandauer opened the bridge in Graz. “The river is clean again,” Brandauer said."
    quotes = Extractor(str(trained_model))(text)
    _check_offsets(text, quotes)
    assert [(q.text, q.speaker) for q in quotes] == [("The river is clean again,", "Ilse Brandauer")]


def test_trained_pipeline_people_are_used(trained_model: Path) -> None:
    """A first name that is also a month defeats the rules; the PERSON entity gives the full name."""
    text = "June Halloran opened the bridge in Graz. “The river is clean again,” Halloran said."
    assert [q.speaker for q in Extractor()(text)] == ["Halloran"]
    assert [q.speaker for q in Extractor(str(trained_model))(text)] == ["June Halloran"]


def test_trained_pipeline_component_path(trained_model: Path) -> None:
    nlp = load_pipeline(str(trained_model))
    text = "Ilse Brandauer opened the bridge in Graz. “The river is clean again,” Brandauer said."
    assert [q.speaker for q in quotations_of(nlp(text))] == ["Ilse Brandauer"]


def test_small_english_pipeline_when_installed() -> None:
    pytest.importorskip("en_core_web_sm")
    text = "Tomas Lindqvist met reporters. “The harbour will reopen in May,” Lindqvist said."
    quotes = Extractor("en_core_web_sm")(text)
    _check_offsets(text, quotes)
    assert [q.text for q in quotes] == ["The harbour will reopen in May,"]
    assert quotes[0].speaker is not None and quotes[0].speaker.endswith("Lindqvist")


def test_default_extractor_loads_spacy_only_when_its_pipeline_is_used() -> None:
    code = (
        "import sys\n"
        "from quotesearch.extract import Extractor\n"
        "x = Extractor()\n"
        "found = x('“We stay,” said Ann Lee.')\n"
        "print(found[0].speaker, 'spacy' in sys.modules)\n"
        "print(x.nlp.pipe_names, 'spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.splitlines() == ["Ann Lee False", "['quotesearch_quotes'] True"]


def test_appealed_to_someone_for_something_is_the_cue_of_the_words_after() -> None:
    """"appealed on Wednesday to the inhabitants for patience": a call, however far the "for"."""
    text = ("The mayor of Dunmore Ida Lund appealed on Wednesday to the inhabitants for patience. "
            "„The water will return when the laboratory says so.”")
    assert [(q.speaker, q.cue) for q in find_quotations(text)] == [("Ida Lund", "appealed")]
