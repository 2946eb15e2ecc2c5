"""Speaker turns of interview transcripts: words quoted without quote marks.

Interviews and broadcast transcripts print each answer as a paragraph opening
with its speaker's name and a colon ("Renwick: From my grandmother …",
"TAPPER: Do you think …"). Those paragraphs are statements as much as quoted
ones, so each becomes a quotation span; attribution reads the name before the
colon as it reads any "X: “…”" introduction.

A paragraph is a turn only when the article reads as a transcript: at least
three such paragraphs, two speakers or more, one of them speaking twice, and
every label the name of someone the story names in full elsewhere. A list of
section headings ("Sanders: Win in a walk." … "Cruz: Just hang on.", each name
once) or a "Note:" line is not a transcript.

Question-and-answer interviews label turns "Q:" and "A:" instead. The lede
says who asks and who answers ("presenter Ann Lee's interview with Omar
Vesely", "Omar Vesely was interviewed by Ann Lee"); the answers are the
interviewee's, the questions the interviewer's (nobody's when the lede does
not name one). Without a named interviewee the Q:/A: lines are no transcript.
"""

from __future__ import annotations

import re
from collections import Counter

from .cues import NICKNAME
from .quotemarks import QuoteSpan
from .speakers import parse_mention

# A paragraph opening with one to three capitalised words and a colon.
_TURN = re.compile(r"^[ \t]*((?:[A-Z][\w’'.-]*[ \t]+){0,2}[A-Z][\w’'-]+|[QA]):[ \t]+(\S[^\n]*?)[ \t]*$", re.M)
_MIN_TURNS = 3
# A nickname between given name and surname: Cordelia “Del” Amsel.
_NICKNAME = rf"(?:[ \t]+{NICKNAME})?"


def _title(word: str) -> str:
    return word[:1] + word[1:].lower() if word.isupper() else word


def _label_key(label: str) -> str:
    """One key per speaker however the label is cased: "JAKE TAPPER" is "Jake Tapper"."""
    return " ".join(_title(w) for w in label.split())


def _full_name(text: str, label: str, labels_at: set[int]) -> str | None:
    """The name in full that the story gives the label's person outside the
    labels: "Renwick" is "Tobias Renwick", "JAKE TAPPER" is "Jake Tapper"."""
    words = label.split()
    if len(words) > 1:
        pattern = r"\b" + r"[ \t]+".join(re.escape(w) for w in words) + r"\b"
    else:
        pattern = r"\b[A-Z][\w’'-]+(?:[ \t]+[A-Z]\.)?" + _NICKNAME + r"[ \t]+" + re.escape(words[0]) + r"\b"
    found = next((m.group() for m in re.finditer(pattern, text) if m.start() not in labels_at), None)
    return re.sub(_NICKNAME, "", found) if found else None


# The lede of a question-and-answer interview: who asks ("presenter Ann Lee's
# interview with …", "… was interviewed by Ann Lee") and who answers.
_NAME = r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+"
_INTERVIEWER = re.compile(
    rf"(?:\b(?:presenter|host|anchor|interviewer|moderator|correspondent|reporter|editor|journalist)[ \t]+|"
    rf"\binterviewed[ \t]+by[ \t]+)({_NAME})|({_NAME})[’']s[ \t]+(?:interview|conversation)\b")
_INTERVIEWEE = re.compile(
    rf"\b(?:interview|conversation|talks?|spoke|speaks)[ \t]+(?:with|to)[ \t]+(?:(?:the[ \t]+)?[a-z][\w-]*[ \t]+){{0,4}}"
    rf"(?:[A-Z][\w-]*[ \t]+){{0,3}}?({_NAME})|({_NAME})(?:,[^,\n]{{1,80}},)?[ \t]+was[ \t]+interviewed\b")


def _interview_sides(lede: str) -> tuple[str | None, str | None]:
    """Who asks and who answers the Q:/A: turns, as the lede before them names them."""
    asks = next((name for m in _INTERVIEWER.finditer(lede)
                 if (name := _person(re.sub(r"[’']s$", "", m.group(1) or m.group(2))))), None)
    answers = next((name for m in _INTERVIEWEE.finditer(lede)
                    if (name := _person(m.group(1) or m.group(2))) and name != asks), None)
    return asks, answers


def _person(phrase: str) -> str | None:
    """The person's name in a phrase of the lede, without a title: "Senator Ann Lee" is Ann Lee."""
    ref = parse_mention(phrase)
    return ref.name if ref is not None and ref.kind == "person" and ref.name and " " in ref.name else None


def with_turns(text: str, spans: list[QuoteSpan]) -> tuple[list[QuoteSpan], dict[int, str | None]]:
    """``spans`` and the transcript turns of ``text``, in text order, and who speaks
    each turn (its start → the speaker's full name). A quotation inside a turn gives
    way to the turn, which holds its words; a turn that is itself one quotation in
    marks ("Lee: “…”") keeps the marks' span."""
    found = [(m.group(1), m.start(1), m.start(2), m.end(2)) for m in _TURN.finditer(text)]
    if len(found) < _MIN_TURNS:
        return spans, {}
    counts = Counter(_label_key(label) for label, _, _, _ in found)
    if len(counts) < 2 or max(counts.values()) < 2:
        return spans, {}
    labels_at = {at for _, at, _, _ in found}
    asks, answers = _interview_sides(text[:found[0][1]])
    names: dict[str, str | None] = {"Q": asks, "A": answers}
    for label in counts.keys() - names.keys():
        names[label] = _full_name(text, label, labels_at)
    if None in (names[label] for label in counts if label != "Q"):
        return spans, {}  # a label nobody in the story bears: "Note:", "Update:", a place
    turns: list[QuoteSpan] = []
    speakers: dict[int, str | None] = {}
    for label, _, start, end in found:
        inside = [s for s in spans if s.start >= start and s.end <= end]
        if sum(s.end - s.start for s in inside) >= 0.8 * (end - start):
            continue  # "Lee: “…”": the marks already hold the turn
        turns.append(QuoteSpan(start, end, -1, -1))
        speakers[start] = names[_label_key(label)]
    if not turns:
        return spans, {}
    kept = [s for s in spans if not any(t.start <= s.start and s.end <= t.end for t in turns)]
    return sorted(kept + turns, key=lambda s: s.start), speakers
