"""Turn records into text for people and for programs.

Kept apart from the click commands so that every output format can be tested
with hand-built records, and so that ``cli.py`` stays a thin layer of option
parsing. Nothing here reads the index or the terminal: callers pass ``color``
and ``width`` in, and get strings (or lines) back.
"""

from __future__ import annotations

import csv
import io
import json
import re
import textwrap
from dataclasses import replace
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import click

from .records import IndexSummary, Mention, Problem, SpeakerSummary, Statement

UNKNOWN_SPEAKER = "unknown speaker"

# Columns of one mention as `quotes export` and `--format csv` write it; the
# first six are what the scorer reads.
EXPORT_KEYS: tuple[str, ...] = (
    "source",
    "start",
    "end",
    "text",
    "speaker",
    "cluster",
    "name",
    "mention",
    "role",
    "cue",
    "title",
    "url",
    "date",
    "outlet",
    "context",
)

# Per-source keys inside a statement of `--format json`/`jsonl`.
SOURCE_KEYS: tuple[str, ...] = (
    "source",
    "text",
    "start",
    "end",
    "title",
    "url",
    "date",
    "outlet",
    "mention",
    "name",
    "role",
    "cue",
    "context",
)

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_QUERY_TOKEN = re.compile(r'"[^"]*"|\S+')
_OPERATORS = frozenset({"and", "or", "not", "andnot", "andmaybe", "to"})
_SUFFIXES = ("ings", "ing", "edly", "ed", "es", "s", "ly")


# ---------------------------------------------------------------- highlighting


def _stem(word: str) -> str:
    """A crude stem so that "meetings" highlights "meeting"; display only."""
    word = word.casefold().replace("’", "'")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def query_terms(query: str | None) -> tuple[frozenset[str], tuple[str, ...]]:
    """Words of a search query worth highlighting: (stems, wildcard prefixes).

    Operators, field prefixes ("speaker:"), phrase quotes and boosts are
    dropped; a trailing ``*`` makes a prefix. Never raises: a query the index
    rejects still renders nothing here.
    """
    stems: set[str] = set()
    prefixes: list[str] = []
    if not query:
        return frozenset(), ()
    for token in _QUERY_TOKEN.findall(query):
        token = token.strip('"()')
        if ":" in token:
            token = token.split(":", 1)[1]
        token = re.sub(r"\^[\d.]*$", "", token).lstrip("+-")
        if token.casefold() in _OPERATORS:
            continue
        for part in token.split():
            if part.endswith("*") and part.rstrip("*"):
                prefixes.extend(w.casefold() for w in _WORD.findall(part.rstrip("*")))
                continue
            for word in _WORD.findall(part.replace("*", "").replace("?", "")):
                stems.add(_stem(word))
    return frozenset(stems), tuple(prefixes)


def highlight(text: str, query: str | None, *, color: bool) -> str:
    """``text`` with the query's words in bold colour (plain when not ``color``)."""
    if not color or not query:
        return text
    stems, prefixes = query_terms(query)
    if not stems and not prefixes:
        return text

    def mark(match: re.Match[str]) -> str:
        word = match.group(0)
        folded = word.casefold()
        if _stem(word) in stems or any(folded.startswith(p) for p in prefixes):
            return click.style(word, fg="yellow", bold=True)
        return word

    return _WORD.sub(mark, text)


# ---------------------------------------------------------------- helpers


def _quoted(text: str) -> str:
    return f"“{text}”"


def _wrap(text: str, width: int | None, indent: str) -> list[str]:
    """Lines of ``text`` indented by ``indent``; wrapped only if ``width`` is set."""
    if not width or width <= len(indent) + 20:
        return [indent + text]
    return textwrap.wrap(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=indent + " ",
        break_on_hyphens=False,
    ) or [indent]


def _styled(text: str, color: bool, **style: Any) -> str:
    return click.style(text, **style) if color else text


def speaker_label(speaker: str | None) -> str:
    """The speaker as shown to people: never empty."""
    return speaker if speaker else UNKNOWN_SPEAKER


def _source_line(mention: Mention) -> str:
    """"000.txt · 2022-01-25 · Outlet · “Title” · https://…": what is known."""
    parts = [mention.source]
    parts += [p for p in (mention.date, mention.outlet) if p]
    if mention.title:
        parts.append(_quoted(mention.title))
    if mention.url:
        parts.append(mention.url)
    return " · ".join(parts)


def _attribution(mention: Mention) -> str:
    """How the article credits the quote: speaker as written, role, cue."""
    bits: list[str] = []
    if mention.mention:
        bits.append(f"as written: {mention.mention}")
    if mention.role:
        bits.append(f"role: {mention.role}")
    if mention.cue:
        bits.append(f"cue: {mention.cue}")
    return "; ".join(bits)


# ---------------------------------------------------------------- statements


def statement_block(
    statement: Statement,
    *,
    query: str | None = None,
    color: bool = False,
    width: int | None = None,
) -> str:
    """One statement for the search table: quote, speaker, sources, id.

    Every source is listed with its own wording, because reworded and
    translated versions are exactly what a fact-checker compares.
    """
    lines = _wrap(_quoted(statement.text), width, "")
    lines[:] = [highlight(line, query, color=color) for line in lines]
    lines.append("  — " + _styled(speaker_label(statement.speaker), color, bold=True))
    for mention in statement.mentions:
        lines += [
            _styled(line, color, fg="green")
            for line in _wrap(_source_line(mention), width, "    ")
        ]
        lines += [
            highlight(line, query, color=color)
            for line in _wrap(_quoted(mention.text), width, "        ")
        ]
    lines.append("  " + _styled(f"id {statement.id}", color, fg="cyan"))
    return "\n".join(lines) + "\n"


def statements_table(
    statements: Iterable[Statement],
    *,
    query: str | None = None,
    color: bool = False,
    width: int | None = None,
) -> Iterator[str]:
    """Blocks of the table format, separated by blank lines."""
    for n, statement in enumerate(statements):
        yield ("\n" if n else "") + statement_block(
            statement, query=query, color=color, width=width
        )


def _highlight_span(context: str, quote: str, color: bool) -> str:
    """The context sentence with the quoted words themselves in bold."""
    if not color or not quote:
        return context
    at = context.find(quote)
    if at < 0:
        return context
    return (
        context[:at]
        + click.style(quote, bold=True)
        + context[at + len(quote) :]
    )


def statement_detail(
    statement: Statement, *, color: bool = False, width: int | None = None
) -> str:
    """Everything known about one statement, for ``quotes show``."""
    lines = [_styled(f"Statement {statement.id}", color, fg="cyan", bold=True)]
    lines.append("Speaker: " + _styled(speaker_label(statement.speaker), color, bold=True))
    lines += _wrap("Fullest wording: " + _quoted(statement.text), width, "")
    sources = statement.sources
    count = len(statement.mentions)
    lines.append(
        f"Quoted {count} time{'s' if count != 1 else ''} "
        f"in {len(sources)} source{'s' if len(sources) != 1 else ''}."
    )
    for n, mention in enumerate(statement.mentions, 1):
        lines.append("")
        lines.append(
            _styled(f"[{n}] {mention.source}", color, fg="green")
            + f"  (characters {mention.start}–{mention.end})"
        )
        for label, value in (
            ("Date", mention.date),
            ("Outlet", mention.outlet),
            ("Title", mention.title),
            ("URL", mention.url),
        ):
            if value:
                lines += _wrap(f"{label}: {value}", width, "    ")
        credited = speaker_label(mention.name or mention.speaker)
        lines += _wrap(f"Speaker here: {credited}", width, "    ")
        how = _attribution(mention)
        if how:
            lines += _wrap(f"({how})", width, "    ")
        lines += _wrap("Quote: " + _quoted(mention.text), width, "    ")
        if mention.context:
            context = " ".join(mention.context.split())
            lines += [
                _highlight_span(line, mention.text, color)
                for line in _wrap("Context: " + context, width, "    ")
            ]
    return "\n".join(lines) + "\n"


def mention_source(mention: Mention) -> dict[str, Any]:
    """One wording of a statement, as it appears in ``--format json``."""
    return {key: getattr(mention, key) for key in SOURCE_KEYS}


def statement_record(statement: Statement) -> dict[str, Any]:
    """A statement as a JSON object: id, speaker, fullest text, sources."""
    return {
        "id": statement.id,
        "speaker": statement.speaker,
        "text": statement.text,
        "sources": [mention_source(m) for m in statement.mentions],
    }


def statements_json(statements: Iterable[Statement]) -> Iterator[str]:
    """A JSON list, written piece by piece so large results stream."""
    first = True
    for statement in statements:
        body = json.dumps(statement_record(statement), ensure_ascii=False, indent=2)
        yield ("[\n" if first else ",\n") + textwrap.indent(body, "  ")
        first = False
    yield "[]\n" if first else "\n]\n"


def statements_jsonl(statements: Iterable[Statement]) -> Iterator[str]:
    """One JSON object per statement per line."""
    for statement in statements:
        yield json.dumps(statement_record(statement), ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- mentions


def mention_record(mention: Mention) -> dict[str, Any]:
    """One mention as `quotes export` writes it (what the scorer reads)."""
    row: dict[str, Any] = {}
    for key in EXPORT_KEYS:
        row[key] = mention.statement if key == "cluster" else getattr(mention, key)
    return row


def _csv_line(values: Sequence[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(
        ["" if v is None else v for v in values]
    )
    return buffer.getvalue()


def mentions_csv(mentions: Iterable[Mention]) -> Iterator[str]:
    """A header, then one CSV row per mention."""
    yield _csv_line(EXPORT_KEYS)
    for mention in mentions:
        row = mention_record(mention)
        yield _csv_line([row[key] for key in EXPORT_KEYS])


def mentions_jsonl(mentions: Iterable[Mention]) -> Iterator[str]:
    """One JSON object per mention per line."""
    for mention in mentions:
        yield json.dumps(mention_record(mention), ensure_ascii=False) + "\n"


def mentions_json(mentions: Iterable[Mention]) -> Iterator[str]:
    """A JSON list of mentions, streamed."""
    first = True
    for mention in mentions:
        yield ("[\n  " if first else ",\n  ") + json.dumps(
            mention_record(mention), ensure_ascii=False
        )
        first = False
    yield "[]\n" if first else "\n]\n"


def statement_mentions(statements: Iterable[Statement]) -> Iterator[Mention]:
    """Every mention of the statements, carrying its statement's id and speaker.

    The search CSV is one row per mention; the statement's id, and its
    speaker where the mention has none, are filled in.
    """
    for statement in statements:
        for mention in statement.mentions:
            yield replace(
                mention,
                statement=statement.id,
                speaker=mention.speaker or statement.speaker,
            )


# ---------------------------------------------------------------- speakers


def speakers_table(speakers: Sequence[SpeakerSummary]) -> str:
    """Aligned columns: name, quotations, statements, names seen."""
    header = ("SPEAKER", "QUOTATIONS", "STATEMENTS", "NAMES SEEN")
    rows = [
        (
            s.name,
            str(s.quotations),
            str(s.statements),
            ", ".join(n for n in s.names_seen if n != s.name) or "-",
        )
        for s in speakers
    ]
    name_width = max([len(header[0])] + [len(r[0]) for r in rows])
    lines = []
    for row in [header, *rows]:
        lines.append(
            f"{row[0]:<{name_width}}  {row[1]:>10}  {row[2]:>10}  {row[3]}".rstrip()
        )
    return "\n".join(lines) + "\n"


def speakers_json(speakers: Sequence[SpeakerSummary]) -> str:
    """A JSON list of speakers with counts and every name seen."""
    return (
        json.dumps(
            [
                {
                    "name": s.name,
                    "quotations": s.quotations,
                    "statements": s.statements,
                    "names_seen": list(s.names_seen),
                }
                for s in speakers
            ],
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


# ---------------------------------------------------------------- indexing


def summary_line(summary: IndexSummary) -> str:
    """The one-line outcome of ``quotes index``."""

    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"

    return (
        f"Indexed {n(summary.articles, 'article')}: "
        f"{n(summary.quotations, 'quotation')}, {n(summary.speakers, 'speaker')}, "
        f"{n(summary.statements, 'statement')} ({summary.skipped} skipped)"
    )


def problem_line(problem: Problem) -> str:
    """"skipped: PATH: MESSAGE" or "warning: PATH: MESSAGE", one line."""
    kind = "skipped" if problem.skipped else "warning"
    message = " ".join(problem.message.split())
    return f"{kind}: {problem.path}: {message}"
