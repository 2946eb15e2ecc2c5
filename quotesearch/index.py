"""The statement index: the only module that knows Whoosh.

One Whoosh document per Statement. Everything a hit needs to be shown (the
statement and every mention, all fields) is stored as one compact JSON
payload, so a search reads nothing else. Counts for ``summary()`` and
``speakers()`` come from small per-document columns, so they never unpickle
payloads.

Search semantics, chosen for journalists:

* ``query`` uses Whoosh query syntax over the quoted words: ``"exact phrase"``,
  ``AND``/``OR``/``NOT``, ``wild*``, and the fields ``speaker:``, ``source:``.
  Words are lower-cased, accent-folded and stemmed, but nothing is dropped as
  a stop word, because "not" matters in a quotation. Phrases never match
  across two different wordings of a statement.
* No query (or a bare ``*``) lists statements, most widely reported first
  (number of sources, then id), narrowed by any filters.
* ``speaker`` matches canonical names and the names seen in articles, by
  whole words in any order and any case ("doe", "Jane Doe"); a misspelt
  name that matches nothing is corrected to the closest indexed name.
* ``source`` matches, by whole words, a source id, file name, outlet, URL or
  URL host ("news.example.com", "The Daily Planet", "planet", "0042.txt").
* ``since``/``until`` keep statements with at least one mention dated in
  the range (inclusive); undated mentions never match a date filter.
* A query that finds nothing gets a respelt suggestion made of words that
  are in the index ("presidnt" -> "president").

Speed (measured by ``bench/run.py``). The files are Whoosh's own, in its
default format, so any Whoosh reads them; only the work around them is
cut where pure-Python Whoosh is slow:

* writing: text is analysed once per distinct token (``_FastField``), a
  document's postings go to the pool in one piece, field lengths stay in
  memory, posting blocks are pickled with the current protocol and not
  compressed, and segments are left as separate files (a compound file is
  copied into memory whenever it is opened). No separate spelling field:
  suggestions come from the stems and the stored statements.
* searching: a term, a phrase or an AND of those (most queries) is run by
  ``_TextSearch``, which reads postings a block at a time and gives the
  same hits, order and exact total as Whoosh; anything else is left to
  Whoosh, with the optimisations off that make its totals fall short.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import errno
import fcntl
import gc
import heapq
import itertools
import json
import os
import pickle
import re
import struct
import time
import warnings
import weakref
import zlib
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Any, ContextManager, TypeVar
from urllib.parse import urlsplit

from whoosh import columns, fields, formats, index, scoring
from whoosh import query as wq
from whoosh.analysis import (
    CharsetFilter,
    Token,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.lang.porter2 import stem as _stem_english
from whoosh.qparser import QueryParser
from whoosh.support.charset import accent_map
from whoosh.support.levenshtein import damerau_levenshtein
from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3PostingsWriter,
)
from whoosh.system import _INT_SIZE as _UINT_SIZE
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import PostingPool, SegmentWriter

from .cues import PRONOUNS
from .records import (
    IndexSummary,
    Mention,
    SearchResult,
    SpeakerSummary,
    Statement,
)

__all__ = [
    "AmbiguousId",
    "IndexLocked",
    "IndexMissing",
    "QuerySyntaxError",
    "QuoteIndex",
    "QuoteIndexError",
]


class QuoteIndexError(Exception):
    """Anything wrong with the index or a request to it; one-line message."""


class IndexMissing(QuoteIndexError):
    """There is no index where one was expected."""


class QuerySyntaxError(QuoteIndexError):
    """A query or filter that cannot be searched."""



class IndexLocked(QuoteIndexError):
    """Another process holds the write lock for too long."""


class AmbiguousId(QuoteIndexError):
    """A statement id prefix that matches several statements."""


# Inserted between joined values (the wordings of one statement, its names,
# its sources) and dropped again while indexing, leaving a gap in token
# positions so that no phrase matches across two values.
_GAP = "qqgapqq"
_GAP_RUN = " " + " ".join([_GAP] * 8) + " "
_SEP = "\x1f"  # between values in a column
_SEP_BYTES = _SEP.encode()
_LOCK_NAME = ".quotesearch-write.lock"
_TOC = re.compile(r"_MAIN_\d+\.toc\Z")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")
_PAYLOAD_VERSION = 1
_MAX_QUERY = 5000
_MIN_PREFIX = 4
_MAX_RESPELL = 4  # distinct words looked up per query; each costs ~0.1 s
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})
_WORD = re.compile(r"(?<![\w:*?])[^\W\d_]{3,30}(?![\w*?:])")
_MAX_STEMS_TRIED = 25  # candidate stems checked against whole words, per word
_MAX_STATEMENTS_READ = 60  # per respelt word, to find candidate stems' words
_STATEMENTS_PER_STEM = 6  # read for the whole words of one candidate stem
_MAX_SUGGEST = 200  # longer queries are pasted text, not typed: no respelling
_WRITER_TIMEOUT = 60.0  # for Whoosh's own lock, normally free under ours
_WRITER_MB = 64  # the posting pool spills to disk past this (memory, not speed)
_LOCK_POLL = 0.1
_MENTION_FIELDS = tuple(f.name for f in dataclasses.fields(Mention))
_KNOWN_MENTION_FIELDS = frozenset(_MENTION_FIELDS)

_T = TypeVar("_T")

# Locks held by this process, by lock file path: a nested update() inside
# write_lock() must not try to lock again (flock would block on itself).
_HELD: dict[str, int] = {}


def _schema() -> fields.Schema:
    """The index layout; analyzers are Whoosh built-ins so the pickled
    schema in the index never depends on this module's code."""
    gap = StopFilter(stoplist=frozenset([_GAP]), minsize=1, renumber=False)
    words = (
        RegexTokenizer()
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | gap
        | StemFilter(_stem_english, cachesize=-1)
    )
    names = RegexTokenizer(r"\w+") | LowercaseFilter() | CharsetFilter(accent_map)
    places = (
        RegexTokenizer(r"[^\W_]+") | LowercaseFilter() | CharsetFilter(accent_map) | gap
    )
    speaker = fields.TEXT(analyzer=names, phrase=False, multitoken_query="and")
    source = fields.TEXT(analyzer=places, phrase=True, multitoken_query="phrase")
    speaker.scorable = source.scorable = False  # filters only: no lengths
    return fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),
        text=fields.TEXT(analyzer=words, phrase=True, multitoken_query="phrase"),
        speaker=speaker,
        speaker_key=fields.ID(sortable=True),
        source=source,
        dates=fields.KEYWORD(),
        n_sources=fields.COLUMN(columns.NumericColumn("I")),
        n_mentions=fields.COLUMN(columns.NumericColumn("I")),
        source_keys=fields.COLUMN(columns.VarBytesColumn()),
        names=fields.COLUMN(columns.VarBytesColumn()),
        payload=fields.STORED(),
    )


_SEARCHABLE = ("text", "speaker", "source")
_REQUIRED = frozenset(_schema().names())


# ---------------------------------------------------------------- records


def _encode(statement: Statement) -> str:
    """Statement -> compact JSON; field names are kept once per document so
    payloads survive fields being added to Mention later."""
    rows = [[getattr(m, f) for f in _MENTION_FIELDS] for m in statement.mentions]
    data = {
        "v": _PAYLOAD_VERSION,
        "id": statement.id,
        "speaker": statement.speaker,
        "text": statement.text,
        "f": _MENTION_FIELDS,
        "m": rows,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _decode(payload: str, strings: dict[str, str] | None = None) -> Statement:
    """A payload back as a Statement; with ``strings``, equal strings (an
    article's title, URL and source on each of its mentions, a quotation
    reported twice) become one object, shared through that dict."""
    data = json.loads(payload)
    if strings is not None:
        share = strings.setdefault
        data["m"] = [
            [share(v, v) if type(v) is str else v for v in row] for row in data["m"]
        ]
    names: list[str] = data["f"]
    if tuple(names) == _MENTION_FIELDS:  # written by this version
        mentions = tuple(Mention(*row) for row in data["m"])
    else:
        mentions = tuple(
            Mention(**{k: v for k, v in zip(names, row) if k in _KNOWN_MENTION_FIELDS})
            for row in data["m"]
        )
    return Statement(
        id=data["id"], speaker=data["speaker"], text=data["text"], mentions=mentions
    )


def _host(url: str) -> str | None:
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return host or None


def _date_key(value: str | None) -> str | None:
    """A mention date as an indexable "YYYY-MM-DD", or None."""
    if not value:
        return None
    day = value.strip()[:10]
    return day if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) else None


def _distinct(values: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _document(statement: Statement) -> dict[str, Any]:
    """The Whoosh fields of one statement."""
    ms = statement.mentions
    wordings = _distinct([statement.text, *(m.text for m in ms)])
    names = _distinct([statement.speaker, *(m.name for m in ms)])
    places: list[str | None] = []
    for m in ms:
        places.append(m.source)
        places.append(os.path.basename(m.source.split("#", 1)[0]))
        places.append(m.outlet)
        if m.url:
            places.append(m.url)
            places.append(_host(m.url))
    dates = sorted({d for d in (_date_key(m.date) for m in ms) if d})
    seen = Counter(v for m in ms for v in {m.name, m.mention} if v)
    seen_names = sorted(seen, key=lambda n: (-seen[n], n))
    sources = statement.sources
    doc: dict[str, Any] = {
        "id": statement.id,
        "text": _GAP_RUN.join(wordings),
        "source": _GAP_RUN.join(_distinct(places)),
        "n_sources": len(sources),
        "n_mentions": len(ms),
        "source_keys": _SEP.join(sources).encode("utf-8"),
        "names": _SEP.join(seen_names).encode("utf-8"),
        "payload": _encode(statement),
    }
    if names:
        doc["speaker"] = _GAP_RUN.join(names)
    if statement.speaker:
        doc["speaker_key"] = statement.speaker
    if dates:
        doc["dates"] = " ".join(dates)
    return doc


def _short(text: str) -> str:
    """A user's text, quoted and cut short for a one-line message."""
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


def _bound(value: str | None, option: str, upper: bool) -> str | None:
    """A --since/--until value as a "YYYY-MM-DD" range bound.

    A year or month stands for its first day (since) or last day (until).
    """
    if value is None or not value.strip():
        return None
    m = _DATE.match(value.strip())
    if not m:
        raise QuerySyntaxError(
            f"{option}: expected a date like 2022-02-24, 2022-02 or 2022, got {value!r}"
        )
    year, month, day = m.groups()
    if month is not None and not 1 <= int(month) <= 12:
        raise QuerySyntaxError(f"{option}: no month {month} in {value!r}")
    if day is not None and not 1 <= int(day) <= 31:
        raise QuerySyntaxError(f"{option}: no day {day} in {value!r}")
    filler = "12" if upper else "01"
    lastday = "31" if upper else "01"
    return f"{year}-{month or filler}-{day or lastday}"


def _column_values(reader: Any, name: str) -> list[Any]:
    """Every document's value in a column, indexed by docnum (deleted
    documents included). Numbers are unpacked in one piece per segment;
    Whoosh would unpack them one struct call at a time."""
    values: list[Any] = []
    for leaf, offset in reader.leaf_readers():
        if offset != len(values):  # not the layout this relies on
            return list(reader.column_reader(name))
        raw = leaf.column_reader(name, translate=False)
        if isinstance(raw, columns.NumericColumn.Reader):
            try:
                count = raw._count
                data = raw._dbfile.get(raw._basepos, count * raw._fixedlen)
                values.extend(struct.unpack(f"!{count}{raw._typecode}", data))
                values.extend([raw._default] * (leaf.doc_count_all() - count))
                continue
            except (AttributeError, struct.error):
                del values[offset:]
        values.extend(leaf.column_reader(name))
    return values


def _edit_limit(word: str) -> int:
    """Typos allowed in a word: none in 1-2 letters, 1 in 3, else 2."""
    return 0 if len(word) <= 2 else 1 if len(word) == 3 else 2


def _narrow(allowed: set[int] | None, more: Callable[[], set[int]]) -> set[int]:
    """Intersect a filter with another, not computing it when already empty."""
    if allowed is not None and not allowed:
        return allowed
    docs = more()
    return docs if allowed is None else allowed & docs


# ------------------------------------------------------------ fast search


class _TextSearch:
    """Exact top-k search for plain queries over the quoted words.

    Whoosh scores and collects matches one document at a time through
    layers of matcher objects, and checks phrases by building span objects:
    a common word or phrase costs 100-300 ms on 100k statements. This reads
    each term's postings a whole block at a time, intersects document sets,
    checks phrases on decoded positions (memoised: most are a single small
    number) and computes Whoosh's own BM25F scores from its statistics, so
    results, scores, ties (lower document number first) and totals are the
    ones Whoosh gives.

    Handles a term, a phrase (words next to each other) and AND of those,
    in the text field, without boosts. ``search`` returns None for any other
    query, and when the index is not laid out as expected; the caller then
    asks Whoosh.
    """

    def __init__(self, searcher: Any) -> None:
        self._searcher = searcher
        self._leaves: list[tuple[Any, int]] = list(searcher.leaf_searchers())
        self._lengths: list[bytes] | None = None
        self._deleted: list[frozenset[int]] | None = None
        self._positions: dict[tuple[bytes, int], frozenset[int]] = {}

    # which queries

    @staticmethod
    def _groups(q: Any) -> list[tuple[str, ...]] | None:
        """The query as groups of words: one word per term, several per
        phrase; the document must have every group. None if not plain."""
        if getattr(q, "boost", 1.0) != 1.0:
            return None
        if type(q) is wq.Term:
            if q.fieldname != "text" or not isinstance(q.text, str):
                return None
            return [(q.text,)]
        if type(q) is wq.Phrase:
            if (
                q.fieldname != "text"
                or q.slop != 1
                or not q.words
                or not all(isinstance(w, str) for w in q.words)
            ):
                return None
            return [tuple(q.words)]
        if type(q) is wq.And:
            groups: list[tuple[str, ...]] = []
            for sub in q.subqueries:
                found = _TextSearch._groups(sub)
                if found is None:
                    return None
                groups.extend(found)
            return groups or None
        return None

    # index data, read once per searcher

    def _leaf_lengths(self) -> list[bytes] | None:
        """Per segment, the text field's length byte of every document."""
        if self._lengths is None:
            from whoosh.codec.whoosh3 import LENGTHS_COLUMN

            lengths = []
            for sub, _ in self._leaves:
                leaf = sub.reader()
                try:
                    raw = leaf._perdoc._cached_reader("_text_len", LENGTHS_COLUMN)
                    if raw is None:
                        data = b""
                    else:
                        data = raw._dbfile.get(raw._basepos, raw._count)
                except AttributeError:
                    return None
                lengths.append(bytes(data).ljust(leaf.doc_count_all(), b"\0"))
            self._lengths = lengths
        return self._lengths

    def _leaf_deleted(self) -> list[frozenset[int]]:
        if self._deleted is None:
            deleted: list[frozenset[int]] = []
            for sub, _ in self._leaves:
                leaf = sub.reader()
                if not leaf.has_deletions():
                    deleted.append(frozenset())
                    continue
                known = getattr(leaf, "deleted_docs_set", None)
                if not isinstance(known, frozenset):
                    known = frozenset(
                        d for d in range(leaf.doc_count_all()) if leaf.is_deleted(d)
                    )
                deleted.append(known)
            self._deleted = deleted
        return self._deleted

    def _postings(
        self, word: str, values: bool, within: set[int] | None = None
    ) -> tuple[list[int], list[float], list[bytes]] | None:
        """Live documents (index-wide numbers, ascending) with the term, its
        weights, and its encoded positions when ``values``; None when the
        postings are not Whoosh 3 blocks.

        With ``within``, only the blocks that may hold one of those
        documents are read (a block's last document number is in its
        header; its postings are one pickle): the result then covers at
        least every document in ``within`` that has the term.
        """
        from whoosh.codec.whoosh3 import W3LeafMatcher
        from whoosh.matching import FilterMatcher

        term = word.encode("utf-8")
        ids: list[int] = []
        weights: list[float] = []
        vals: list[bytes] = []
        if within is not None and len(within) * 8 > self._searcher.reader().doc_frequency(
            "text", term
        ):
            within = None  # most blocks would be read anyway
        wanted = sorted(within) if within is not None else None
        for (sub, offset), deleted in zip(self._leaves, self._leaf_deleted()):
            leaf = sub.reader()
            local: list[int] | None = None
            if wanted is not None:
                lo = bisect.bisect_left(wanted, offset)
                hi = bisect.bisect_left(wanted, offset + leaf.doc_count_all())
                local = [d - offset for d in wanted[lo:hi]]
                if not local:
                    continue
            if ("text", term) not in leaf:
                continue
            m = leaf.postings("text", term)
            if isinstance(m, FilterMatcher):
                m = m.child
            if type(m) is not W3LeafMatcher:
                return None
            start = len(ids)
            last = -1  # the last document number of the block before
            while m.is_active():
                if local is not None:
                    i = bisect.bisect_right(local, last)
                    if i == len(local):
                        break
                    last = m._maxid
                    if local[i] > last:
                        m._next_block()
                        continue
                if m._data is None:
                    m._read_data()
                deltas, block_weights, _ = m._data
                count = m._blocklength
                ids.extend(itertools.accumulate(deltas))  # Whoosh's delta_decode
                if block_weights is None:
                    weights.extend([1.0] * count)
                elif isinstance(block_weights, float):
                    weights.extend([block_weights] * count)
                else:
                    weights.extend(block_weights)
                if values:
                    m._read_values()
                    vals.extend(m._values)
                m._next_block()
            if offset or deleted:
                keep = [
                    i for i in range(start, len(ids)) if ids[i] not in deleted
                ]
                ids[start:] = [ids[i] + offset for i in keep]
                weights[start:] = [weights[i] for i in keep]
                if values:
                    vals[start:] = [vals[i] for i in keep]
        return ids, weights, vals

    def _starts(self, value: bytes, shift: int) -> frozenset[int]:
        """Where a phrase starts if this word (``shift`` words into it) is
        in place: its positions, from a Whoosh Positions value (a count,
        then the pickled position deltas), less ``shift``. Memoised: most
        values are a single small position."""
        key = (value, shift)
        found = self._positions.get(key)
        if found is None:
            deltas = pickle.loads(value[_UINT_SIZE:])
            found = frozenset(p - shift for p in itertools.accumulate(deltas))
            if len(self._positions) < 200_000:
                self._positions[key] = found
        return found

    # the search

    def search(
        self, q: Any, allowed: set[int] | None, limit: int
    ) -> tuple[int, list[int]] | None:
        """(total, best ``limit`` docnums) for a plain query, else None."""
        groups = self._groups(q)
        if groups is None:
            return None
        weighting = self._searcher.weighting
        if type(weighting) is not scoring.BM25F or "text" in weighting._field_B:
            return None
        lengths = self._leaf_lengths()
        if lengths is None:
            return None
        in_phrase = {w for g in groups if len(g) > 1 for w in g}
        reader = self._searcher.reader()
        words = sorted(
            dict.fromkeys(w for g in groups for w in g),
            key=lambda w: reader.doc_frequency("text", w.encode("utf-8")),
        )

        # documents with every word: the rarest word's, narrowed word by
        # word, each read only where the documents left may be
        postings: dict[str, tuple[list[int], list[float], list[bytes]]] = {}
        narrowed: set[int] | None = None if allowed is None else set(allowed)
        for word in words:
            found = self._postings(word, word in in_phrase, narrowed)
            if found is None:
                return None
            postings[word] = found
            if narrowed is None:
                if len(words) == 1:
                    break  # every document of the word: no set needed
                narrowed = set(found[0])
            else:
                narrowed.intersection_update(found[0])
            if not narrowed:
                return 0, []
        docs: Collection[int] = postings[words[0]][0] if narrowed is None else narrowed
        if not docs:
            return 0, []

        # where each candidate is in each word's lists, built once per word
        slots: dict[str, dict[int, int]] = {}
        candidates = docs

        def slot(word: str) -> dict[int, int]:
            found = slots.get(word)
            if found is None:
                ids = postings[word][0]
                if len(candidates) * 16 < len(ids):  # a few: look them up
                    found = {d: bisect.bisect_left(ids, d) for d in candidates}
                else:
                    found = dict(zip(ids, itertools.count()))
                slots[word] = found
            return found

        # phrases: each word of a phrase right after the one before
        starts = self._starts
        for group in groups:
            if len(group) == 1 or not docs:
                continue
            where = [(slot(w), postings[w][2]) for w in group]
            kept = []
            if len(group) == 2:
                (at0, vals0), (at1, vals1) = where
                for d in docs:
                    if not starts(vals0[at0[d]], 0).isdisjoint(starts(vals1[at1[d]], 1)):
                        kept.append(d)
            else:
                for d in docs:
                    common = starts(where[0][1][where[0][0][d]], 0)
                    for i in range(1, len(group)):
                        at, vals = where[i]
                        common = common & starts(vals[at[d]], i)
                        if not common:
                            break
                    if common:
                        kept.append(d)
            docs = kept

        total = len(docs)
        if not total:
            return 0, []
        return total, self._best(groups, postings, slot, docs, lengths, limit)

    def _best(
        self,
        groups: list[tuple[str, ...]],
        postings: dict[str, tuple[list[int], list[float], list[bytes]]],
        slot: Callable[[str], dict[int, int]],
        docs: Iterable[int],
        lengths: list[bytes],
        limit: int,
    ) -> list[int]:
        """The ``limit`` best documents by summed BM25F, as Whoosh scores an
        AND of terms (a phrase scores as its words). ``slot(word)`` maps a
        document to its place in the word's postings."""
        searcher = self._searcher
        weighting = searcher.weighting
        B, K1 = weighting.B, weighting.K1
        avgfl = searcher.avg_field_length("text") or 1
        # BM25F's length part per length byte, computed as Whoosh does
        norm = [0.0] + [
            K1 * ((1 - B) + B * byte_to_length(b) / avgfl) for b in range(1, 256)
        ]
        k1p1 = K1 + 1
        offsets = [offset for _, offset in self._leaves]
        single = len(self._leaves) == 1
        flat = lengths[0] if single else b""

        def length_byte(d: int) -> int:
            if single:
                return flat[d]
            i = bisect.bisect_right(offsets, d) - 1
            return lengths[i][d - offsets[i]]

        occurrences = Counter(w for g in groups for w in g)
        scores: dict[int, float] = {}
        if len(occurrences) == 1:
            (word,) = occurrences
            idf = searcher.idf("text", word.encode("utf-8"))
            ids, weights, _ = postings[word]
            wanted = None if docs is ids else set(docs)
            best = []
            for d, w in zip(ids, weights):
                if wanted is not None and d not in wanted:
                    continue
                s = idf * ((w * k1p1) / (w + norm[length_byte(d)]))
                best.append((s, -d))
            if occurrences[word] > 1:
                best = [(s * occurrences[word], nd) for s, nd in best]
            top = heapq.nlargest(limit, best)
            return [-nd for _, nd in top]
        doclist = list(docs)
        for word, times in occurrences.items():
            idf = searcher.idf("text", word.encode("utf-8"))
            weights = postings[word][1]
            at = slot(word)
            for d in doclist:
                w = weights[at[d]]
                s = idf * ((w * k1p1) / (w + norm[length_byte(d)]))
                scores[d] = scores.get(d, 0.0) + s * times
        top = heapq.nlargest(limit, ((s, -d) for d, s in scores.items()))
        return [-nd for _, nd in top]


# ----------------------------------------------------------------- the index


_PER_TOKEN_FILTERS = (LowercaseFilter, CharsetFilter, StopFilter, StemFilter)


class _FastField:
    """Indexes one field's text exactly as its Whoosh analyzer would, faster.

    Whoosh pushes every token through a chain of generators. When the
    analyzer is a regex tokenizer followed only by filters that change each
    token on its own (lower-casing, accent folding, stop words without
    renumbering, stemming), a token's term never depends on its neighbours,
    so each distinct token is analysed once, by Whoosh's own filters, and
    remembered. ``for_field`` returns None for any other analyzer.
    """

    def __init__(self, field: Any) -> None:
        items = self._items(field.analyzer)
        self._finditer = items[0].expression.finditer
        self._filters = items[1:]
        self._format = field.format
        self._positions = isinstance(field.format, formats.Positions)
        self._memo: dict[str, bytes | None] = {}
        self._once: dict[int, bytes] = {}  # encoded single positions

    @staticmethod
    def _items(analyzer: Any) -> list[Any]:
        if type(analyzer) is RegexTokenizer:
            return [analyzer]
        return list(getattr(analyzer, "items", ()))

    @classmethod
    def for_field(cls, field: Any) -> _FastField | None:
        items = cls._items(field.analyzer)
        if (
            not items
            or type(items[0]) is not RegexTokenizer
            or items[0].gaps
            or type(field.format) not in (formats.Positions, formats.Frequency)
            or field.format.field_boost != 1.0
            or field.separate_spelling()
            or field.vector
        ):
            return None
        for item in items[1:]:
            if type(item) not in _PER_TOKEN_FILTERS:
                return None
            if isinstance(item, StopFilter) and item.renumber:
                return None
        return cls(field)

    def _term(self, text: str) -> bytes | None:
        token = Token(positions=True, removestops=True, mode="index")
        token.text, token.boost, token.stopped, token.pos = text, 1.0, False, 0
        stream: Iterator[Any] = iter([token])
        for item in self._filters:
            stream = item(stream)
        out = [t.text for t in stream]
        return out[0].encode("utf-8") if out else None

    def index(self, value: str) -> list[tuple[bytes, int, float, bytes]]:
        """(term, frequency, weight, encoded value) per term, as
        ``field.index(value)`` gives them."""
        memo = self._memo
        where: dict[bytes, list[int]] = {}
        for pos, match in enumerate(self._finditer(value)):
            text = match.group(0)
            try:
                term = memo[text]
            except KeyError:
                term = memo[text] = self._term(text)
            if term is not None:
                found = where.get(term)
                if found is None:
                    where[term] = [pos]
                else:
                    found.append(pos)
        if self._positions:
            encode = self._format.encode
            once = self._once
            out: list[tuple[bytes, int, float, bytes]] = []
            for t, p in where.items():
                if len(p) == 1:  # most terms: memoised
                    pos = p[0]
                    encoded = once.get(pos)
                    if encoded is None:
                        encoded = once[pos] = encode(p)
                    out.append((t, 1, 1.0, encoded))
                else:
                    out.append((t, len(p), float(len(p)), encode(p)))
            return out
        return [(t, len(p), float(len(p)), pack_uint(len(p))) for t, p in where.items()]


def _put_byte(array: bytearray, i: int, value: int) -> None:
    if len(array) <= i:
        array.extend(bytes(i + 1 - len(array)))
    array[i] = value


class _Lengths:
    """Field lengths of the documents being written, from memory, for the
    posting writer (Whoosh re-reads them from disk once per posting).
    ``known[field][docnum]`` is a length byte; ``mine[docnum]`` is 1 for
    the documents it covers."""

    def __init__(self, known: dict[str, bytearray], mine: bytearray, disk: Any) -> None:
        self._known = known
        self._mine = mine
        self._disk = disk

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        if docnum < len(self._mine) and self._mine[docnum]:
            lengths = self._known.get(fieldname)
            if lengths is None or docnum >= len(lengths) or not lengths[docnum]:
                return default
            return int(byte_to_length(lengths[docnum]))
        return int(self._disk.doc_field_length(docnum, fieldname, default))


class _PostingsWriter(W3PostingsWriter):  # type: ignore[misc]
    """Whoosh 3 posting blocks, pickled with the current pickle protocol.

    Whoosh pickles blocks with protocol 2, which stores each position list
    as a call to codecs.encode: reading a block of 128 postings then takes
    ~120 µs. Readers unpickle whatever protocol was written, so the files
    stay Whoosh's own; only reading gets several times faster.
    """

    def _write_block(self, last: bool = False) -> None:
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        data = (self._mini_ids(), self._mini_weights(), self._mini_values())
        databytes = pickle.dumps(data, pickle.HIGHEST_PROTOCOL)
        comp = self._compression if len(databytes) >= 20 else 0
        if comp:
            databytes = zlib.compress(databytes, comp)
        ids = self._ids
        infobytes = pickle.dumps(
            (
                len(ids),
                ids[-1],
                self._maxweight,
                comp,
                length_to_byte(self._minlength),
                length_to_byte(self._maxlength),
            ),
            2,
        )
        length = len(infobytes) + len(databytes)
        self._postfile.write_int(-length if last else length)
        self._postfile.write(infobytes)
        self._postfile.write(databytes)
        self._blockcount += 1
        self._new_block()


class _BlockCodec:
    """The writer's codec as its field writer sees it: the same, but posting
    lists are written by _PostingsWriter. (The segment keeps the real codec,
    so nothing of this module is pickled into the index.)"""

    def __init__(self, codec: Any) -> None:
        self._codec = codec

    def __getattr__(self, name: str) -> Any:
        return getattr(self._codec, name)

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> _PostingsWriter:
        codec = self._codec
        return _PostingsWriter(
            dbfile,
            blocklimit=codec._blocklimit,
            byteids=byteids,
            compression=codec._compression,
            inlinelimit=codec._inlinelimit,
        )


class _Writer(SegmentWriter):  # type: ignore[misc]
    """Whoosh's segment writer with a faster path for new documents.

    The documents and postings written are the ones Whoosh would write (same
    schema, analyzers and files); only the work is cut: text is analysed
    once per distinct token (see _FastField), and field lengths are kept in
    memory instead of being re-read, with a stat() call for fields that
    have none, for every posting.
    """

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        fieldwriter = self.fieldwriter
        if type(fieldwriter) is W3FieldWriter and type(fieldwriter._codec) is W3Codec:
            fieldwriter._codec = _BlockCodec(fieldwriter._codec)
        self._fast = {
            name: _FastField.for_field(field)
            for name, field in self.schema.items()
            if field.indexed
        }
        self._lengths: dict[str, bytearray] = {}  # see _Lengths
        self._mine = bytearray()

    def add_document(self, **values: Any) -> None:
        """SegmentWriter.add_document for plain field values (no boosts,
        no ``_stored_`` overrides), with fast analysis."""
        if any(name.startswith("_") for name in values):
            super().add_document(**values)
            return
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        posts: list[tuple[str, bytes, int, float, bytes]] = []
        size = 0
        names = sorted(values)
        self._check_fields(schema, names)
        perdocwriter.start_doc(docnum)
        try:
            for name in names:
                value = values[name]
                if value is None:
                    continue
                field = schema[name]
                length = 0
                if field.indexed:
                    fast = self._fast.get(name)
                    if fast is not None and isinstance(value, str):
                        items: Iterable[Any] = fast.index(value)
                    else:
                        items = field.index(value)
                    scorable = field.scorable
                    for tbytes, freq, weight, vbytes in items:
                        if scorable:
                            length += freq
                        posts.append((name, tbytes, docnum, weight, vbytes))
                        # PostingPool's estimate of the memory an item takes
                        size += 150 + len(name) + 2 * len(tbytes) + len(vbytes or b"")
                    if field.separate_spelling():  # not in our schema
                        spell = field.spelling_fieldname(name)
                        for word in field.spellable_words(value):
                            posts.append((spell, word.encode("utf-8"), 0, 1, vbytes))
                if field.vector:
                    raise QuoteIndexError("term vectors are not supported")
                perdocwriter.add_field(name, field, value if field.stored else None, length)
                if length:
                    known = self._lengths.setdefault(name, bytearray())
                    _put_byte(known, docnum, length_to_byte(length))
                column = field.column_type
                if column:
                    perdocwriter.add_column_value(name, column, field.to_column_value(value))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        pool = self.pool
        if type(pool) is PostingPool:  # add them all at once
            pool.fieldnames.update(p[0] for p in posts)
            pool.current.extend(posts)
            pool.currentsize += size
            if pool.currentsize > pool.limit:
                pool.save()
        else:
            for post in posts:
                pool.add(post)
        _put_byte(self._mine, docnum, 1)
        self._added = True
        self.docnum += 1

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        disk = self.per_document_reader() if self.codec.length_stats else None
        lengths = None
        if disk is not None:
            has_column = disk.has_column
            known: dict[str, bool] = {}

            def cached(name: str) -> bool:
                if name not in known:
                    known[name] = bool(has_column(name))
                return known[name]

            disk.has_column = cached
            lengths = _Lengths(self._lengths, self._mine, disk)
        self.fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
        self.fieldwriter.close()
        if disk is not None:
            disk.close()


class QuoteIndex:
    """A directory holding the Whoosh index of statements.

    Opening is lazy and one searcher is kept per instance, so a CLI process
    pays for opening once and only when it searches. The searcher sees the
    index as it was when first used; ``update()`` refreshes it.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._ix: Any = None
        self._searcher: Any = None
        self._parser: Any = None
        self._breadth: list[int] | None = None
        self._text_search: _TextSearch | None = None
        self._closer: Callable[[], Any] | None = None

    # ------------------------------------------------------------ opening

    @staticmethod
    def exists(path: str | os.PathLike[str]) -> bool:
        """True when a Whoosh index (a table of contents) is in ``path``."""
        try:
            return any(_TOC.match(name) for name in os.listdir(os.fspath(path)))
        except OSError:
            return False

    def _guarded(self, call: Callable[[], _T]) -> tuple[_T | None, str | None]:
        """Run a Whoosh call that reads index files: (result, None) or
        (None, one-line reason).

        Whoosh leaves files open when it fails on a damaged index; the
        exception is dropped here, so they are closed now, quietly, instead
        of warning at some later garbage collection.
        """
        reason = None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            try:
                return call(), None
            except QuoteIndexError:
                raise
            except OSError as exc:
                reason = f"cannot read the index at {self.path}: {_one_line(exc)}"
            except Exception as exc:  # Whoosh raises many kinds on damage
                reason = (
                    f"the index at {self.path} is damaged ({_one_line(exc)}); "
                    "delete it and run `quotes index` again"
                )
            gc.collect()
        return None, reason

    def _open(self) -> Any:
        if self._ix is not None:
            return self._ix
        if not self.exists(self.path):
            raise IndexMissing(f"no index at {self.path}; run `quotes index PATH...` first")
        ix, reason = self._guarded(lambda: index.open_dir(self.path))
        if ix is None:
            raise QuoteIndexError(reason)
        if not _REQUIRED <= frozenset(ix.schema.names()):
            raise QuoteIndexError(
                f"the index at {self.path} was written by another program or another "
                "version of quotesearch; delete it and run `quotes index` again"
            )
        self._ix = ix
        return ix

    def _search_view(self) -> Any:
        """The instance's searcher, opened on first use.

        A concurrent commit may delete segment files between reading the
        table of contents and opening them, so opening is retried.
        """
        if self._searcher is not None:
            return self._searcher
        reason = None
        for attempt in range(3):
            searcher, reason = self._guarded(self._open().searcher)
            if searcher is not None:
                self._searcher = searcher
                # segments are separate files, kept open while searching:
                # closed with the instance if close() is never called
                self._closer = weakref.finalize(self, searcher.close)
                return searcher
            self._ix = None
            if attempt < 2:
                time.sleep(0.05)
        raise QuoteIndexError(reason)

    def close(self) -> None:
        """Release open files; the instance reopens on next use."""
        if self._closer is not None:
            self._closer()  # closes the searcher, once
        self._closer = None
        self._searcher = None
        self._ix = None
        self._parser = None
        self._breadth = None
        self._text_search = None

    def __enter__(self) -> QuoteIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ reading

    def _reader(self) -> Any:
        """The searcher's reader, or None when the index has no documents
        (Whoosh's empty reader has no columns)."""
        reader = self._search_view().reader()
        return reader if reader.doc_count_all() else None

    def statements(self, strings: dict[str, str] | None = None) -> Iterator[Statement]:
        """Every stored statement, in id order, decoded as it is consumed
        (finish iterating before ``update()``, which closes the reader).
        ``strings``: see _decode, for callers that keep them all."""
        reader = self._reader()
        if reader is None:
            return iter(())
        ids = _column_values(reader, "id")
        order = sorted((ids[d], d) for d in reader.all_doc_ids())

        def decoded(owner: QuoteIndex = self) -> Iterator[Statement]:
            # ``owner`` keeps this instance, whose files are closed when it
            # is collected, alive while the caller iterates
            for _, d in order:
                yield _decode(reader.stored_fields(d)["payload"], strings)

        return decoded()

    def mentions(self) -> Iterator[Mention]:
        """Every stored mention, ordered by (source, start)."""
        found = [m for s in self.statements() for m in s.mentions]
        found.sort(key=lambda m: (m.source, m.start, m.end))
        return iter(found)

    def statement(self, statement_id: str) -> Statement | None:
        """The statement with this id, or with this unique id prefix
        (at least 4 characters); None when there is none."""
        sid = statement_id.strip()
        if not sid:
            return None
        searcher = self._search_view()
        docnum = searcher.document_number(id=sid)
        if docnum is None and len(sid) >= _MIN_PREFIX:
            matches: list[int] = []
            names: list[str] = []
            for term in searcher.reader().expand_prefix("id", sid):
                name = term.decode("utf-8") if isinstance(term, bytes) else term
                found = searcher.document_number(id=name)
                if found is not None:
                    matches.append(found)
                    names.append(name)
                    if len(matches) > 5:
                        break
            if len(matches) > 1:
                many = "more than 5" if len(matches) > 5 else str(len(matches))
                raise AmbiguousId(
                    f"id prefix {sid!r} matches {many} statements "
                    f"({', '.join(names[:5])}); give more characters"
                )
            if matches:
                docnum = matches[0]
        if docnum is None:
            return None
        return _decode(searcher.stored_fields(docnum)["payload"])

    def speakers(self) -> list[SpeakerSummary]:
        """Every canonical speaker, most quoted first."""
        reader = self._reader()
        if reader is None:
            return []
        keys = _column_values(reader, "speaker_key")
        counts = _column_values(reader, "n_mentions")
        names = _column_values(reader, "names")
        quotations: Counter[str] = Counter()
        statements: Counter[str] = Counter()
        seen: dict[str, Counter[str]] = {}
        for docnum in reader.all_doc_ids():
            name = keys[docnum]
            if not name:
                continue
            quotations[name] += counts[docnum]
            statements[name] += 1
            seen.setdefault(name, Counter()).update(
                # a pronoun is how a sentence referred to them, not a name they go by
                n for n in names[docnum].decode("utf-8").split(_SEP) if n and n.lower() not in PRONOUNS
            )
        ranked = sorted(quotations, key=lambda n: (-quotations[n], n))
        return [
            SpeakerSummary(
                name=n,
                quotations=quotations[n],
                statements=statements[n],
                names_seen=tuple(sorted(seen[n], key=lambda v: (-seen[n][v], v))),
            )
            for n in ranked
        ]

    def summary(self) -> IndexSummary:
        """Totals over the whole index: articles (distinct sources),
        quotations (mentions), speakers and statements."""
        reader = self._reader()
        if reader is None:
            return IndexSummary(articles=0, quotations=0, speakers=0, statements=0)
        keys = _column_values(reader, "speaker_key")
        counts = _column_values(reader, "n_mentions")
        sources = _column_values(reader, "source_keys")
        articles: set[bytes] = set()
        speakers: set[str] = set()
        quotations = statements = 0
        for docnum in reader.all_doc_ids():
            statements += 1
            quotations += counts[docnum]
            if keys[docnum]:
                speakers.add(keys[docnum])
            articles.update(sources[docnum].split(_SEP_BYTES))
        articles.discard(b"")
        return IndexSummary(
            articles=len(articles),
            quotations=quotations,
            speakers=len(speakers),
            statements=statements,
        )

    # ------------------------------------------------------------ searching

    def _tokens(self, fieldname: str, value: str) -> list[str]:
        analyzer = self._open().schema[fieldname].analyzer
        return [t.text for t in analyzer(value, mode="query")]

    def _parse(self, text: str) -> Any:
        """User query -> Whoosh query over the quoted words (None for "all")."""
        if len(text) > _MAX_QUERY:
            raise QuerySyntaxError(
                f"query is {len(text)} characters long; at most {_MAX_QUERY} are searched"
            )
        if self._parser is None:
            schema = self._open().schema
            subset = fields.Schema(**{n: schema[n] for n in _SEARCHABLE})
            self._parser = QueryParser("text", subset)
        try:
            parsed = self._parser.parse(text).normalize()
        except Exception as exc:  # the parser is lenient; this is a backstop
            raise QuerySyntaxError(
                f"cannot read query {_short(text)}: {_one_line(exc)}"
            ) from None
        # A bare "*" (Every on a field) would walk every posting list; the
        # field-less Every is a cheap list of live documents.
        fixed = parsed.accept(
            lambda q: wq.Every() if isinstance(q, wq.Every) else q
        )
        if isinstance(fixed, wq.Every):
            return None
        return fixed

    # Filters are sets of live docnums, read straight from posting lists:
    # much faster than Whoosh's union matchers for a date range, and an
    # empty set can be told apart from "no filter" (Whoosh's filter=
    # argument ignores a filter that matches nothing).

    def _term_docs(self, fieldname: str, text: str) -> set[int]:
        reader = self._search_view().reader()
        if (fieldname, text) not in reader:
            return set()
        return set(reader.postings(fieldname, text).all_ids())

    def _live(self, fieldname: str, text: str) -> bool:
        """Whether any live document has the term (the lexicon keeps terms
        of deleted documents until segments merge)."""
        reader = self._search_view().reader()
        return (fieldname, text) in reader and bool(
            reader.postings(fieldname, text).is_active()
        )

    def _all_terms_docs(self, fieldname: str, words: Sequence[str]) -> set[int]:
        """Documents having every word in the field (rarest first)."""
        sets = sorted((self._term_docs(fieldname, w) for w in words), key=len)
        return set.intersection(*sets) if sets else set()

    def _speaker_docs(self, speaker: str) -> tuple[set[int], str | None]:
        """Documents of a speaker, by whole words in any order; when the name
        as given matches nothing, of the closest indexed name instead.
        Returns (docnums, canonical name when corrected)."""
        words = self._tokens("speaker", speaker)
        if not words:
            raise QuerySyntaxError(f"--speaker {speaker!r} has no letters or digits")
        docs = self._all_terms_docs("speaker", words)
        if docs:
            return docs, None
        reader = self._search_view().reader()
        fixed: list[str] = []
        for word in words:
            if self._live("speaker", word):
                fixed.append(word)
                continue
            best = self._closest(reader, "speaker", word)
            if best is None:
                return set(), None
            fixed.append(best)
        docs = self._all_terms_docs("speaker", fixed)
        if not docs:
            return set(), None
        keys = reader.column_reader("speaker_key")
        found = Counter(keys[d] for d in docs)
        found.pop("", None)
        if not found:
            return set(), None
        name = min(found, key=lambda n: (-found[n], n))
        return {d for d in docs if keys[d] == name}, name

    def _closest(self, reader: Any, fieldname: str, word: str) -> str | None:
        """The most frequent indexed term at the smallest Levenshtein
        distance: none for 1-2 letter words, 1 for 3 letters, else up to 2
        (keeping the first letter: Whoosh's distance-2 automaton is slow)."""
        limit = _edit_limit(word)
        for k in range(1, limit + 1):
            found: set[str] = set()
            for leaf, _ in reader.leaf_readers():
                found.update(leaf.terms_within(fieldname, word, k, prefix=k - 1))
            found.discard(word)
            live = [t for t in sorted(found) if self._live(fieldname, t)]
            if live:
                return max(live, key=lambda t: reader.doc_frequency(fieldname, t))
        return None

    def _closest_word(self, reader: Any, word: str) -> str | None:
        """The quoted word closest to ``word`` (lower-cased), by
        Damerau-Levenshtein distance, then by how many statements have it.

        The text field keeps stems only ("intimid"), and keeping whole words
        as well would double the cost of indexing. So candidates are the
        stems near the word, near its stem, or near the word less one or
        two letters and their stems (for a typo in an ending the stemmer
        drops), most frequent first, and the whole words are taken from the
        statements having each.
        """
        limit = _edit_limit(word)
        if not limit:
            return None
        probes = {word, *self._tokens("text", word)}
        if len(word) >= 6:  # a typo in an ending: the stems of the word cut short
            probes.add(word[:-2])
            probes.update(self._tokens("text", word[:-1]))
            probes.update(self._tokens("text", word[:-2]))
        stems: set[str] = set()
        for probe in probes:
            for leaf, _ in reader.leaf_readers():
                stems.update(leaf.terms_within("text", probe, limit, prefix=1))
        live = [s for s in stems if self._live("text", s)]
        frequency = {s: reader.doc_frequency("text", s) for s in live}

        def closeness(stem: str) -> int:
            """Typos between the word and the stem, or between the start of
            the word and a stem that may have lost an ending of the word."""
            typos = int(damerau_levenshtein(word, stem))
            if len(stem) >= max(5, len(word) - 4):
                typos = min(typos, int(damerau_levenshtein(word[: len(stem)], stem)))
            return typos

        live.sort(key=lambda s: (closeness(s), -frequency[s], s))
        best: tuple[int, int, str] | None = None
        budget = [_MAX_STATEMENTS_READ]
        for stem in live[:_MAX_STEMS_TRIED]:
            for form in self._words_near(reader, stem, word, limit, budget):
                key = (damerau_levenshtein(word, form), -frequency[stem], form)
                best = key if best is None or key < best else best
        return None if best is None else best[2]

    def _words_near(
        self, reader: Any, stem: str, word: str, limit: int, budget: list[int]
    ) -> set[str]:
        """Words (lower-cased, accent-folded) at most ``limit`` typos away
        from ``word`` in statements indexed under ``stem``: read until one
        is a single typo away, or ``_STATEMENTS_PER_STEM`` were read, or
        ``budget[0]`` statements in all (it is decremented)."""
        postings = reader.postings("text", stem)
        analyzer = self._open().schema["text"].analyzer
        near: set[str] = set()
        seen: set[str] = set()
        for _ in range(_STATEMENTS_PER_STEM):
            if budget[0] <= 0 or not postings.is_active():
                break
            budget[0] -= 1
            statement = _decode(reader.stored_fields(postings.id())["payload"])
            postings.next()
            forms: set[str] = set()
            for wording in {statement.text, *(m.text for m in statement.mentions)}:
                for t in analyzer(wording, no_morph=True, mode="query"):
                    text = t.text
                    if text != word and abs(len(text) - len(word)) <= limit:
                        forms.add(text)
            found = {
                f for f in forms - seen if damerau_levenshtein(word, f, limit) <= limit
            }
            seen |= forms
            near |= found
            if any(damerau_levenshtein(word, f) == 1 for f in found):
                break
        return near

    def _source_docs(self, source: str) -> set[int]:
        """Documents with the words of ``source``, in order, among their
        source ids, file names, outlets, URLs and hosts."""
        words = self._tokens("source", source)
        if not words:
            raise QuerySyntaxError(f"--source {source!r} has no letters or digits")
        if len(words) == 1:
            return self._term_docs("source", words[0])
        if not self._all_terms_docs("source", words):
            return set()
        return set(wq.Phrase("source", words).docs(self._search_view()))

    def _date_docs(self, lo: str | None, hi: str | None) -> set[int]:
        """Documents with a mention dated from ``lo`` to ``hi``, inclusive."""
        reader = self._search_view().reader()
        docs: set[int] = set()
        for raw in reader.lexicon("dates"):
            day = raw.decode("ascii") if isinstance(raw, bytes) else raw
            if (lo is None or day >= lo) and (hi is None or day <= hi):
                docs.update(reader.postings("dates", day).all_ids())
        return docs

    def _suggest(self, text: str, allowed: set[int] | None) -> str | None:
        """A respelt query that finds something (within the filters), or None."""
        searcher = self._search_view()
        reader = searcher.reader()
        respelt: dict[str, str] = {}  # per distinct word, each looked up once
        lookups = 0

        def respell(match: re.Match[str]) -> str:
            nonlocal lookups
            word = match.group(0)
            if word in respelt:
                return respelt[word]
            better = word
            stems = self._tokens("text", word)
            known = not stems or all(("text", s) in reader for s in stems)
            if word not in _OPERATORS and not known and lookups < _MAX_RESPELL:
                lookups += 1
                better = self._closest_word(reader, word.lower()) or word
            respelt[word] = better
            return better

        fixed = _WORD.sub(respell, text)
        if fixed == text:
            return None
        try:
            q = self._parse(fixed)
            if q is None:
                return None
            if allowed is not None:
                hits = searcher.search(q, filter=allowed, limit=1)
            else:
                hits = searcher.search(q, limit=1)
            if hits.is_empty():
                return None
        except QuoteIndexError:
            return None
        return fixed

    def _run(self, q: Any, allowed: set[int] | None, limit: int) -> tuple[int, list[int]]:
        """(total matches, best ``limit`` docnums) for a parsed query."""
        searcher = self._search_view()
        if self._text_search is None:
            self._text_search = _TextSearch(searcher)
        found = self._text_search.search(q, allowed, limit)
        if found is not None:
            return found
        # Whoosh, with every optimisation off: both block skipping and the
        # matcher "replacement" that drops parts of the query unable to beat
        # the current top scores make its count of matches fall short.
        collector = searcher.collector(limit=limit, optimize=False, filter=allowed)
        inner = collector
        while hasattr(inner, "child"):
            inner = inner.child
        if hasattr(inner, "replace"):
            inner.replace = 0
        searcher.search_with_collector(q, collector)
        results = collector.results()
        return len(results), [hit.docnum for hit in results]

    def _widest(self, docs: list[int], limit: int) -> list[int]:
        """The ``limit`` documents carried by most sources, ties by id."""
        if not docs:
            return []
        reader = self._search_view().reader()
        if self._breadth is None:
            self._breadth = _column_values(reader, "n_sources")
        breadth = self._breadth
        counts = Counter(breadth[d] for d in docs)
        taken, cut = 0, 0
        for value in sorted(counts, reverse=True):
            taken += counts[value]
            cut = value
            if taken >= limit:
                break
        # Only documents at or above the cut can make it; ids are read for
        # those alone.
        ids = reader.column_reader("id")
        chosen = [d for d in docs if breadth[d] >= cut]
        return heapq.nsmallest(limit, chosen, key=lambda d: (-breadth[d], ids[d]))

    def search(
        self,
        query: str | None = None,
        *,
        speaker: str | None = None,
        source: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 10,
    ) -> SearchResult:
        """Statements matching the query and every filter, best first.

        Ranked by BM25 when there is a query, else by number of sources
        (then id). ``total`` counts every match exactly, not only the
        ``limit`` returned. ``speaker_used`` is set when the speaker was corrected;
        ``suggestion`` when a query found nothing and a respelt one would.
        Raises QuerySyntaxError for a query or filter that cannot be used
        (never for a merely odd query, which is searched as well as it can).
        """
        if limit < 1:
            raise QuerySyntaxError(f"limit must be at least 1, got {limit}")
        lo = _bound(since, "--since", upper=False)
        hi = _bound(until, "--until", upper=True)
        text_query = self._parse(query) if query and query.strip() else None

        searcher = self._search_view()
        try:
            allowed: set[int] | None = None  # None: no filter at all
            speaker_used = None
            if speaker and speaker.strip():
                allowed, speaker_used = self._speaker_docs(speaker)
            if source and source.strip():
                allowed = _narrow(allowed, lambda: self._source_docs(source))
            if lo is not None or hi is not None:
                allowed = _narrow(allowed, lambda: self._date_docs(lo, hi))

            if allowed is not None and not allowed:
                total, top = 0, []
            elif text_query is None:
                docs = list(searcher.reader().all_doc_ids() if allowed is None else allowed)
                total = len(docs)
                top = self._widest(docs, limit)
            else:
                total, top = self._run(text_query, allowed, limit)
            found = tuple(_decode(searcher.stored_fields(d)["payload"]) for d in top)
        except OSError as exc:
            raise QuoteIndexError(
                f"cannot read the index at {self.path}: {_one_line(exc)}"
            ) from None
        except QuoteIndexError:
            raise
        except Exception as exc:
            raise QuerySyntaxError(
                f"cannot run query {_short(query or '')}: {_one_line(exc)}"
            ) from None

        suggestion = None
        if total == 0 and text_query is not None and query is not None:
            if (allowed is None or allowed) and len(query) <= _MAX_SUGGEST:
                suggestion = self._suggest(query, allowed)
        return SearchResult(
            statements=found,
            total=total,
            speaker_used=speaker_used,
            suggestion=suggestion,
        )

    # ------------------------------------------------------------ writing

    def _lock_path(self) -> str:
        return os.path.join(os.path.realpath(self.path), _LOCK_NAME)

    @contextlib.contextmanager
    def _locked(
        self, timeout: float, on_wait: Callable[[], None] | None
    ) -> Iterator[None]:
        try:
            os.makedirs(self.path, exist_ok=True)
        except OSError as exc:
            raise QuoteIndexError(
                f"cannot create the index directory {self.path}: {_one_line(exc)}"
            ) from None
        lock_path = self._lock_path()
        if _HELD.get(lock_path):
            _HELD[lock_path] += 1
            try:
                yield
            finally:
                _HELD[lock_path] -= 1
            return
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise QuoteIndexError(
                f"cannot lock the index at {self.path}: {_one_line(exc)}"
            ) from None
        try:
            deadline = time.monotonic() + max(timeout, 0.0)
            waited = False
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                        raise QuoteIndexError(
                            f"cannot lock the index at {self.path}: {_one_line(exc)}"
                        ) from None
                if time.monotonic() >= deadline:
                    raise IndexLocked(
                        f"index {self.path} is being written by another process; "
                        f"gave up after {timeout:g} s"
                    )
                if not waited:
                    waited = True
                    if on_wait is not None:
                        on_wait()
                time.sleep(min(_LOCK_POLL, max(deadline - time.monotonic(), 0.0)))
            _HELD[lock_path] = 1
            try:
                yield
            finally:
                del _HELD[lock_path]
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def write_lock(
        self, timeout: float = 60.0, on_wait: Callable[[], None] | None = None
    ) -> ContextManager[None]:
        """Exclusive inter-process lock for a whole read-compute-write cycle.

        Held with flock, so a killed holder releases it. Re-entrant within a
        process (``update()`` inside it does not lock again). When busy,
        ``on_wait()`` is called once and the lock is polled until ``timeout``
        seconds have passed, then IndexLocked is raised.
        """
        return self._locked(timeout, on_wait)

    def update(self, put: Sequence[Statement], delete: Iterable[str] = ()) -> None:
        """Delete statements by id and add/replace every ``put`` statement,
        in one Whoosh commit: readers see all of it or none of it, even if
        this process is killed midway. Creates the index when missing."""
        ids = [s.id for s in put]
        if len(set(ids)) != len(ids):
            dup = next(i for i, n in Counter(ids).items() if n > 1)
            raise ValueError(f"statement {dup!r} is given twice in one update")
        drop = set(delete) | set(ids)
        with self._locked(60.0, None):
            self.close()
            try:
                self._write(put, drop)
            except QuoteIndexError:
                raise
            except index.LockError:
                raise IndexLocked(
                    f"index {self.path} is being written by another process; "
                    f"gave up after {_WRITER_TIMEOUT:g} s"
                ) from None
            except OSError as exc:
                raise QuoteIndexError(
                    f"cannot write the index at {self.path}: {_one_line(exc)}"
                ) from None
            finally:
                self.close()

    def _write(self, put: Sequence[Statement], drop: set[str]) -> None:
        if self.exists(self.path):
            ix = self._open()
        else:
            ix = index.create_in(self.path, _schema())
        writer = _Writer(
            ix,
            timeout=_WRITER_TIMEOUT,
            delay=0.25,
            limitmb=_WRITER_MB,
            codec=W3Codec(compression=0),
            compound=False,
        )
        try:
            reader = writer.searcher().reader()  # the writer closes it
            all_docs = reader.doc_count_all()
            deleted = all_docs - reader.doc_count()
            if drop and reader.doc_count():
                ids = reader.column_reader("id")
                for docnum in reader.all_doc_ids():
                    if ids[docnum] in drop:
                        writer.delete_document(docnum)
                        deleted += 1
            for statement in put:
                writer.add_document(**_document(statement))
            # Whoosh only merges small segments; rewrite everything when
            # deleted documents make up a large part of the index.
            optimize = deleted > 0.3 * (all_docs + len(put))
            writer.commit(optimize=optimize)
        except BaseException:
            writer.cancel()
            raise

