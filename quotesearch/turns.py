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
"""

from __future__ import annotations

import re
from collections import Counter

from .cues import NICKNAME
from .quotemarks import QuoteSpan

# A paragraph opening with one to three capitalised words and a colon.
_TURN = re.compile(r"^[ \t]*((?:[A-Z][\w’'.-]*[ \t]+){0,2}[A-Z][\w’'-]+):[ \t]+(\S[^\n]*?)[ \t]*$", re.M)
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


def with_turns(text: str, spans: list[QuoteSpan]) -> tuple[list[QuoteSpan], list[str]]:
    """``spans`` and the transcript turns of ``text``, in text order, and the full
    names of the people who speak in turns. A quotation inside a turn gives way to
    the turn, which holds its words; a turn that is itself one quotation in marks
    ("Lee: “…”") keeps the marks' span."""
    found = [(m.group(1), m.start(1), m.start(2), m.end(2)) for m in _TURN.finditer(text)]
    if len(found) < _MIN_TURNS:
        return spans, []
    counts = Counter(_label_key(label) for label, _, _, _ in found)
    if len(counts) < 2 or max(counts.values()) < 2:
        return spans, []
    labels_at = {at for _, at, _, _ in found}
    names = [_full_name(text, label, labels_at) for label in counts]
    if None in names:
        return spans, []  # a label nobody in the story bears: "Note:", "Update:", a place
    turns: list[QuoteSpan] = []
    for _, _, start, end in found:
        inside = [s for s in spans if s.start >= start and s.end <= end]
        if sum(s.end - s.start for s in inside) >= 0.8 * (end - start):
            continue  # "Lee: “…”": the marks already hold the turn
        turns.append(QuoteSpan(start, end, -1, -1))
    if not turns:
        return spans, []
    kept = [s for s in spans if not any(t.start <= s.start and s.end <= t.end for t in turns)]
    return sorted(kept + turns, key=lambda s: s.start), [n for n in names if n is not None]
