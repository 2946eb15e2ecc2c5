"""Plain records passed between the stages.

Every stage speaks in these frozen dataclasses: strings and character offsets
only, never spaCy or Whoosh objects, so that each stage can be tested, stored
and replaced on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article as read from disk or stdin.

    ``source`` is what users see and filter on: the file name for a text or
    HTML file, ``<file name>#<line>`` (or the record's own id) for a JSON
    Lines row. Offsets of quotations refer to ``text``.
    """

    source: str
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None  # ISO 8601 day, "YYYY-MM-DD"
    outlet: str | None = None
    path: str | None = None  # where it was read from, for messages


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input: reported on one line, never a traceback.

    ``skipped`` is True when the input was not indexed at all (binary, empty,
    unreadable); False for a warning about an input that was still indexed
    (decoded with replacement characters, for instance).
    """

    path: str
    message: str
    skipped: bool = True


@dataclass(frozen=True)
class Quotation:
    """A quotation found in one article, with its speaker as resolved there.

    ``start``/``end`` are offsets of the quoted words (quote marks excluded)
    in the article text, so ``text == article.text[start:end]``.
    ``mention`` is the speaker as written ("he", "the NATO chief",
    "Pentagon spokesman John Doe"); ``speaker`` the name it resolves to in
    this article ("John Doe"), or None when there is no one to credit.
    ``context_start``/``context_end`` bound the sentence(s) around it.
    """

    start: int
    end: int
    text: str
    speaker: str | None = None
    mention: str | None = None
    role: str | None = None
    cue: str | None = None
    context_start: int = 0
    context_end: int = 0


@dataclass(frozen=True)
class Mention:
    """A quotation placed in the corpus: what the index stores per quotation.

    ``name`` is the speaker as resolved inside its article; ``speaker`` is the
    canonical name across the whole corpus (spelling variants merged).
    ``statement`` is the id of the statement it belongs to ("" until grouped).
    """

    source: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    name: str | None = None
    mention: str | None = None
    role: str | None = None
    cue: str | None = None
    context: str = ""
    title: str | None = None
    url: str | None = None
    date: str | None = None
    outlet: str | None = None
    statement: str = ""

    @property
    def key(self) -> tuple[str, int]:
        """Identity of a mention: its source and where it starts there."""
        return (self.source, self.start)


@dataclass(frozen=True)
class Statement:
    """One statement, as carried by one or more sources.

    ``text`` is its fullest wording; ``mentions`` every wording, one per place
    it was quoted, ordered by source then offset.
    """

    id: str
    speaker: str | None
    text: str
    mentions: tuple[Mention, ...] = field(default_factory=tuple)

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct sources that carry this statement, in order."""
        return tuple(dict.fromkeys(m.source for m in self.mentions))


@dataclass(frozen=True)
class SpeakerSummary:
    """A speaker as the index knows them: counts and every name seen."""

    name: str
    quotations: int
    statements: int
    names_seen: tuple[str, ...]


@dataclass(frozen=True)
class SearchResult:
    """What a search returns: statements, best first, and hints for the user.

    ``speaker_used`` is the speaker name actually searched when the one asked
    for was corrected by fuzzy matching; ``suggestion`` a corrected query
    when nothing was found.
    """

    statements: tuple[Statement, ...]
    total: int
    speaker_used: str | None = None
    suggestion: str | None = None


@dataclass(frozen=True)
class IndexSummary:
    """What one ``quotes index`` run did, for the one-line summary."""

    articles: int
    quotations: int
    speakers: int
    statements: int
    skipped: int = 0
    problems: tuple[Problem, ...] = ()
