"""Group quotation mentions that report the same statement into one Statement.

DRAFT — thresholds being measured.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from quotesearch.records import Mention, Statement

__all__ = ["GroupingError", "group", "normalise", "stem", "content_stems"]


class GroupingError(ValueError):
    """The mentions handed to :func:`group` cannot be grouped (one-line message)."""


# --------------------------------------------------------------------------
# Thresholds (see the module docstring for how they were chosen)

#: a wording with fewer content stems is "short": one or two words prove
#: little, so short wordings only merge within DATE_WINDOW days
SHORT_STEMS = 3
DATE_WINDOW = 7
#: tier 2: a contained wording needs CONTAIN_MIN_TOKENS words and
#: CONTAIN_MIN_STEMS content stems, or CONTAIN_ANY_TOKENS words
CONTAIN_MIN_TOKENS = 3
CONTAIN_MIN_STEMS = 2
CONTAIN_ANY_TOKENS = 5
#: tier 3a: shared content stems (a stem ending another counts) ...
REWORD_MIN_SHARED = 3
#: ... as a share of the smaller and of the larger set of stems ...
REWORD_MIN_OVERLAP = 0.6
REWORD_MIN_COVER = 0.3
#: ... and similarity of the stemmed word sequences (difflib ratio)
REWORD_MIN_RATIO = 0.5
#: tier 3b: near-verbatim wordings: one shared stem, sequence ratio, words
NEAR_MIN_RATIO = 0.75
NEAR_MIN_TOKENS = 4
#: speaker None: tiers 1-2 only, and the wordings need this many content stems
ANON_MIN_STEMS = 3
#: blocking: each mention probes its PREFIX rarest content stems (at least),
PREFIX = 3
#: skipping stems carried by more than CAP mentions of the block
CAP = 400
#: segments of one attribution: most words between them
GAP_MAX_WORDS = 40

# --------------------------------------------------------------------------
# Text normalisation

_QUOTES_SINGLE = "\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4\u2039\u203a"
_QUOTES_DOUBLE = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u300c\u300d"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b"
_CHAR_MAP = str.maketrans(
    {
        **{c: "'" for c in _QUOTES_SINGLE},
        **{c: '"' for c in _QUOTES_DOUBLE},
        **{c: "-" for c in _DASHES},
        "\u2026": "...",
        "\u00a0": " ",
    }
)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def _tokens(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.translate(_CHAR_MAP))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    return _WORD.findall(folded.translate(_CHAR_MAP))


def normalise(text: str) -> str:
    """Fold the spellings news sites disagree on: quote marks, dashes,
    ellipses, accents, case, punctuation and spacing."""
    return " ".join(_tokens(text))


_STOP = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing done down during
    each either even ever every few for from further had has have having he her here hers
    herself him himself his how however i if in into is it its itself just let like may me
    might more most much must my myself neither no nor not now of off on once one only or
    other our ours ourselves out over own per quite rather really same shall she should so
    some such than that the their theirs them themselves then there these they this those
    though through to too under until up upon us very via was we were what when where
    whether which while who whom whose why will with within without would yet you your
    yours yourself yourselves cannot
    say says said saying tell told go goes going went gone get gets got getting make makes
    made making know knows knew think thinks thought want wants wanted take takes took thing
    things lot lots well way yes oh okay ok
    """.split()
)
_NEGATED = {"ca": "can", "wo": "will", "sha": "shall"}


def _base(token: str) -> str:
    """A token without its clitic: "it's" -> "it", "don't" -> "do"."""
    head, sep, tail = token.partition("'")
    if not sep:
        return token
    if tail == "t" and head.endswith("n"):
        head = head[:-1]
        return _NEGATED.get(head, head)
    return head


_INFLECTIONS = ("ingly", "edly", "ing", "ed", "ly")
_DERIVATIONS = (
    "ization",
    "isation",
    "ational",
    "fulness",
    "iveness",
    "ousness",
    "ation",
    "ition",
    "ments",
    "ment",
    "ness",
    "ance",
    "ence",
    "ancy",
    "ency",
    "ible",
    "able",
    "ical",
    "ity",
    "ive",
    "ous",
    "ful",
    "ize",
    "ise",
    "ist",
    "ism",
    "ial",
    "al",
    "ic",
    "iz",
)
_VOWELS = frozenset("aeiou")


def stem(word: str) -> str:
    """Strip English inflections and common derivations (a tiny Porter-like
    stemmer): "reassuring", "reassurance" -> "reassur"; "allies" -> "alli".

    Stems are only ever compared with stems from this same function, so it
    needs to be consistent, not linguistically right.
    """
    w = _base(word)
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "i"
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in _INFLECTIONS:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    for _ in range(2):
        for suffix in _DERIVATIONS:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                w = w[: -len(suffix)]
                break
        else:
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if w.endswith("y"):
        w = w[:-1] + "i"
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in _VOWELS and w[-1] not in "ls":
        w = w[:-1]
    return w


def _is_content(token: str) -> bool:
    base = _base(token)
    return len(base) > 1 and base not in _STOP


def content_stems(text: str) -> frozenset[str]:
    """The stems of a wording's content words (function words dropped)."""
    return frozenset(stem(t) for t in _tokens(text) if _is_content(t))


# --------------------------------------------------------------------------
# Pairwise tests


@dataclass(frozen=True, slots=True)
class _Wording:
    key: str  # normalised text
    sequence: tuple[str, ...]  # every word stemmed
    stemmed: str  # the same joined: equal means tier 1
    terms: frozenset[str]  # every stemmed word, for blocking
    stems: frozenset[str]  # content stems
    padded: str  # " key ", for containment by substring search
    day: int | None  # publication day (ordinal), for short wordings

    @property
    def short(self) -> bool:
        return len(self.stems) < SHORT_STEMS


class _Stemmer:
    """Cached stems and content flags: a corpus repeats few distinct words."""

    def __init__(self) -> None:
        self.cache: dict[str, tuple[str, bool]] = {}

    def wording(self, text: str, when: str | None) -> _Wording:
        cache = self.cache
        toks = _tokens(text)
        seq: list[str] = []
        content: list[str] = []
        for t in toks:
            hit = cache.get(t)
            if hit is None:
                hit = cache[t] = (stem(t), _is_content(t))
            seq.append(hit[0])
            if hit[1]:
                content.append(hit[0])
        key = " ".join(toks)
        return _Wording(
            key=key,
            sequence=tuple(seq),
            stemmed=" ".join(seq),
            terms=frozenset(seq),
            stems=frozenset(content),
            padded=f" {key} ",
            day=_day(when),
        )


def _day(when: str | None) -> int | None:
    if not when:
        return None
    try:
        return date.fromisoformat(when[:10]).toordinal()
    except ValueError:
        return None


def _close_in_time(a: _Wording, b: _Wording) -> bool:
    """Short wordings only count as one statement within one news cycle."""
    if not (a.short or b.short) or a.day is None or b.day is None:
        return True
    return abs(a.day - b.day) <= DATE_WINDOW


def _inside(short: _Wording, long_: _Wording, min_stems: int) -> bool:
    """Tier 2: ``short`` occurs word for word in the longer ``long_`` and is
    long enough not to be there by accident."""
    if len(short.key) >= len(long_.key) or short.stemmed == long_.stemmed:
        return False
    n = len(short.sequence)
    if n < CONTAIN_MIN_TOKENS or (len(short.stems) < min_stems and n < CONTAIN_ANY_TOKENS):
        return False
    return short.padded in long_.padded and _close_in_time(short, long_)


def _soft_shared(a: frozenset[str], b: frozenset[str]) -> int:
    """Shared stems, counting a stem that ends another ("assur" in
    "reassur") as shared."""
    shared = len(a & b)
    rest_b = sorted(b - a)
    if not rest_b:
        return shared
    for x in sorted(a - b):
        for y in rest_b:
            short, long_ = (x, y) if len(x) <= len(y) else (y, x)
            if len(short) >= 5 and long_.endswith(short):
                rest_b.remove(y)
                shared += 1
                break
    return shared


def _ratio(a: _Wording, b: _Wording) -> float:
    return difflib.SequenceMatcher(None, a.sequence, b.sequence, autojunk=False).ratio()


def _reworded(a: _Wording, b: _Wording) -> bool:
    """Tier 3: enough content stems shared, relative to both wordings, in a
    similar order; or a near-verbatim copy with a word or two swapped."""
    if not a.stems & b.stems or not _close_in_time(a, b):
        return False
    small, big = sorted((len(a.stems), len(b.stems)))
    if min(len(a.sequence), len(b.sequence)) >= NEAR_MIN_TOKENS and _ratio(a, b) >= NEAR_MIN_RATIO:
        return True
    if small < REWORD_MIN_SHARED:
        return False
    shared = _soft_shared(a.stems, b.stems)
    return (
        shared >= REWORD_MIN_SHARED
        and shared >= REWORD_MIN_OVERLAP * small
        and shared >= REWORD_MIN_COVER * big
        and _ratio(a, b) >= REWORD_MIN_RATIO
    )


# --------------------------------------------------------------------------
# Segments of one attribution:  "A," he said. "B."

_GAP = re.compile(
    r"""[ \t]*(?P<p1>[,.;:!?]*)[ \t]*["'][ \t]*(?P<p2>[,;:]?)[ \t]*"""
    r"""(?P<clause>[^"\n]*?)[ \t]*(?P<p3>[,.:;]?)[ \t]*["']"""
)
_BOUNDARY = re.compile(r"(\S+)[.!?]\s+[A-Z]")
_INTERRUPTED = ",?!:;-"


def _gap(a: Mention, b: Mention) -> str | None:
    """The article text between two mentions of one source, rebuilt from
    their contexts (verbatim slices of the article around each quote)."""
    length = b.start - a.end
    if length < 0 or length > 400 or not a.text or not b.text:
        return None
    i = a.context.find(a.text)
    j = b.context.find(b.text)
    if i < 0 or j < 0:
        return None
    after_a = a.context[i + len(a.text) :]
    before_b = b.context[:j]
    if len(after_a) >= length:
        return after_a[:length]
    if len(before_b) >= length:
        return before_b[len(before_b) - length :]
    missing = length - len(after_a) - len(before_b)
    if missing > 1:
        # contexts leave out the white space between sentences: one character
        # is a space, more is a paragraph break or unseen text
        return None
    if missing >= 0:
        return after_a + " " * missing + before_b
    return after_a + before_b[-missing:]


def _one_attribution(a: Mention, b: Mention) -> bool:
    """True when b continues a's quotation, split only by its attribution
    ("A," he said. "B.") or by "and"/"or" ("A" and "B")."""
    gap = _gap(a, b)
    if gap is None:
        return False
    match = _GAP.fullmatch(gap.translate(_CHAR_MAP))
    if match is None:
        return False
    clause = match["clause"]
    if clause in ("and", "or"):
        return True
    if not clause or not match["p3"]:
        return False
    interrupted = (
        a.text.rstrip(" '\"")[-1:] in _INTERRUPTED or "," in match["p1"] or match["p2"] == ","
    )
    if not interrupted or len(clause.split()) > GAP_MAX_WORDS:
        return False
    for boundary in _BOUNDARY.finditer(clause):
        word = boundary[1]
        if not (word[:1].isupper() and len(word) <= 5):  # "Sen." is no boundary
            return False
    return True


# --------------------------------------------------------------------------
# Grouping


class _Partition:
    """Union-find over mention indexes."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            if ri < rj:
                self.parent[rj] = ri
            else:
                self.parent[ri] = rj

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return list(out.values())


class _Block:
    """Postings of stemmed words over one block of mentions (one speaker, or
    everyone), for candidate pairs without comparing all pairs."""

    def __init__(self, members: Sequence[int], wordings: Sequence[_Wording]) -> None:
        self.wordings = wordings
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i in members:
            for t in wordings[i].terms:
                self.postings[t].append(i)

    def _df(self, term: str) -> int:
        return len(self.postings[term])

    def containers(self, i: int) -> list[int]:
        """Mentions that may contain mention i: they carry its rarest word."""
        postings = self.postings
        best: list[int] | None = None
        for t in self.wordings[i].terms:
            p = postings[t]
            if best is None or len(p) < len(best):
                best = p
        if best is None or len(best) < 2 or len(best) > CAP:
            return []
        return [j for j in best if j != i]

    def similar(self, members: Iterable[int]) -> Iterable[tuple[int, int]]:
        """Pairs sharing one of the rarer content stems of either mention
        (stems of one mention only, or of more than CAP, are skipped)."""
        postings = self.postings
        prefixes: dict[int, frozenset[str]] = {}
        for i in members:
            stems = [s for s in self.wordings[i].stems if 2 <= len(postings[s]) <= CAP]
            stems.sort(key=lambda s: (len(postings[s]), s))
            size = max(PREFIX, len(stems) - int(REWORD_MIN_OVERLAP * len(stems)) + 1)
            prefixes[i] = frozenset(stems[:size])
        for i, prefix in prefixes.items():
            seen: set[int] = set()
            for s in prefix:
                for j in postings[s]:
                    if j == i or j in seen or (j < i and s in prefixes[j]):
                        continue  # (a pair seen from j's side is skipped)
                    seen.add(j)
                    yield i, j


def _by_time(members: list[int], wordings: Sequence[_Wording]) -> list[list[int]]:
    """Split identical short wordings into news cycles (undated: the first)."""
    if not wordings[members[0]].short:
        return [members]
    dated = sorted((d, i) for i in members if (d := wordings[i].day) is not None)
    undated = [i for i in members if wordings[i].day is None]
    runs: list[list[int]] = []
    last: int | None = None
    for d, i in dated:
        if last is None or d - last > DATE_WINDOW:
            runs.append([])
        runs[-1].append(i)
        last = d
    if not runs:
        return [undated]
    runs[0].extend(undated)
    return runs


def _cluster(ms: Sequence[Mention]) -> tuple[_Partition, dict[int, int]]:
    """Stage 1: tiers 1 and 3 join mentions, tier 2 attaches contained
    wordings; stage 2: segments of one attribution. Returns the partition
    and the attribution links (i -> i + 1)."""
    n = len(ms)
    stemmer = _Stemmer()
    wordings = [stemmer.wording(m.text, m.date) for m in ms]
    part = _Partition(n)
    inside: dict[int, list[int]] = defaultdict(list)  # fragment -> containers

    named: dict[str, list[int]] = defaultdict(list)
    anonymous: list[int] = []
    for i, m in enumerate(ms):
        if m.speaker is None:
            anonymous.append(i)
        else:
            named[m.speaker].append(i)

    for members in named.values():
        same_text: dict[str, list[int]] = defaultdict(list)
        for i in members:
            same_text[wordings[i].stemmed].append(i)
        for group_ in same_text.values():
            for run in _by_time(group_, wordings):
                for i in run[1:]:
                    part.union(run[0], i)
        block = _Block(members, wordings)
        for i, j in block.similar(members):
            if part.find(i) != part.find(j) and _reworded(wordings[i], wordings[j]):
                part.union(i, j)
        for i in members:
            w = wordings[i]
            for j in block.containers(i):
                if _inside(w, wordings[j], CONTAIN_MIN_STEMS):
                    inside[i].append(j)

    if anonymous:
        everyone = _Block(range(n), wordings)
        anon_text: dict[str, list[int]] = defaultdict(list)
        for i in anonymous:
            w = wordings[i]
            if len(w.stems) < ANON_MIN_STEMS:
                continue
            anon_text[w.stemmed].append(i)
            for j in everyone.containers(i):
                v = wordings[j]
                if v.stemmed == w.stemmed:
                    if ms[j].speaker is not None:
                        inside[i].append(j)
                elif _inside(w, v, ANON_MIN_STEMS):
                    inside[i].append(j)
        for group_ in anon_text.values():
            for i in group_[1:]:
                part.union(group_[0], i)

    _attach(part, inside, ms)

    # stage 2: segments of one attribution, when no other source tells them apart
    sources: dict[int, set[str]] = defaultdict(set)
    for i, m in enumerate(ms):
        sources[part.find(i)].add(m.source)
    links: dict[int, int] = {}
    for i in range(n - 1):
        a, b = ms[i], ms[i + 1]
        if a.source != b.source or a.speaker != b.speaker:
            continue
        if len(sources[part.find(i)]) > 1 or len(sources[part.find(i + 1)]) > 1:
            continue
        if _one_attribution(a, b):
            links[i] = i + 1
    for i, j in links.items():
        part.union(i, j)
    return part, links


def _attach(part: _Partition, inside: Mapping[int, list[int]], ms: Sequence[Mention]) -> None:
    """Tier 2: a statement whose wordings are contained in another joins it,
    unless they are contained in two statements (a common phrase must not
    bridge them) or the join would mix two speakers. Repeated until stable,
    deciding each round on the partition as it was, so order never matters."""
    while True:
        speakers: dict[int, set[str]] = defaultdict(set)
        for i, m in enumerate(ms):
            if m.speaker is not None:
                speakers[part.find(i)].add(m.speaker)
        targets: dict[int, set[int]] = defaultdict(set)
        for i, js in inside.items():
            root = part.find(i)
            targets[root].update(part.find(j) for j in js)
        moves: list[tuple[int, int]] = []
        for root, found in targets.items():
            found.discard(root)
            if len(found) != 1:
                continue
            (target,) = found
            if len(speakers[root] | speakers[target]) <= 1:
                moves.append((root, target))
        if not moves:
            return
        for root, target in moves:
            part.union(root, target)


def _sort_key(m: Mention) -> tuple[str, int, int, str, str]:
    return (m.source, m.start, m.end, m.text, m.speaker or "")


def _fresh_id(seed: str, used: set[str]) -> str:
    salt = 0
    while True:
        digest = hashlib.sha1(f"{seed}\x00{salt}".encode()).hexdigest()
        candidate = "s" + digest[:10]
        if candidate not in used:
            return candidate
        salt += 1


def _assign_ids(
    clusters: Sequence[Sequence[Mention]], previous: Mapping[tuple[str, int], str]
) -> list[str]:
    """Stable ids: a statement keeps the old id most of its mentions held
    (ties: smallest id); a contested id goes to the statement with most
    mentions holding it, then the one whose first mention sorts first."""
    claims: list[tuple[int, str, tuple[str, int], int]] = []
    for c, members in enumerate(clusters):
        held = Counter(previous[m.key] for m in members if m.key in previous)
        for old, count in held.items():
            claims.append((-count, old, members[0].key, c))
    claims.sort()
    ids: list[str | None] = [None] * len(clusters)
    used: set[str] = set()
    for _, old, _, c in claims:
        if ids[c] is None and old not in used:
            ids[c] = old
            used.add(old)
    out: list[str] = []
    for c, members in enumerate(clusters):
        found = ids[c]
        if found is None:
            first = members[0]
            found = _fresh_id(f"{first.source}\x00{first.start}", used)
            used.add(found)
        out.append(found)
    return out


def group(
    mentions: Sequence[Mention], previous: Mapping[tuple[str, int], str] | None = None
) -> list[Statement]:
    """Group mentions reporting the same statement; see the module docstring.

    Deterministic and independent of input order; ``previous`` (mention key
    -> statement id it had) only decides ids, never the grouping.
    """
    ms = sorted(mentions, key=_sort_key)
    for a, b in zip(ms, ms[1:]):
        if a.key == b.key:
            raise GroupingError(
                f"two mentions share source {a.source!r} and start {a.start}: a mention is "
                "identified by (source, start), so each must appear once"
            )
    part, links = _cluster(ms)
    groups = sorted(part.groups(), key=lambda g: g[0])
    ids = _assign_ids([[ms[i] for i in g] for g in groups], previous or {})
    statements: list[Statement] = []
    for sid, g in zip(ids, groups):
        wordings = [(ms[i].text.strip(), i) for i in g]
        for i in g:  # segments of one attribution read as one wording
            if i in links and (i - 1) not in links:
                chain = [i]
                while chain[-1] in links:
                    chain.append(links[chain[-1]])
                wordings.append((" ".join(ms[k].text.strip() for k in chain), i))
        text = min(wordings, key=lambda w: (-len(w[0]), w[1]))[0]
        speakers = sorted({ms[i].speaker for i in g if ms[i].speaker is not None})
        statements.append(
            Statement(
                id=sid,
                speaker=speakers[0] if speakers else None,
                text=text,
                mentions=tuple(replace(ms[i], statement=sid) for i in g),
            )
        )
    return statements
