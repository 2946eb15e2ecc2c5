"""Group quotation mentions that report the same statement into one Statement.

A statement is one thing one speaker said. Sources quote it verbatim, cut
short, in fragments, reworded or machine-translated; ``group`` gathers those
mentions, never across two speakers, without comparing all pairs.

Stage 1 - tiers, within one canonical speaker (any mentions, same source too:
a quote repeated in an article, or a lede fragment of a quote given in full
further down, is one statement):

1. identical after normalisation (quote marks, dashes, ellipses, accents,
   case, punctuation, spacing) and stemming ("cost" / "costs"), with a
   content word or 3+ words ("No." proves nothing);
2. contained: one wording occurs word for word inside another (a truncated
   or extended quote). The inner one needs 3+ words and 2+ content stems (or
   5+ words; one content stem inside the same article: a lede's "not one
   euro" and the full quotation below it, which cost PolNeAR's scorer, whose
   gold lists lede fragments apart, cluster precision 0.764 -> 0.762 in the
   extractor-only run), and it joins only if every statement containing it is
   one statement: a stock phrase inside two different statements bridges nothing.
   A word or two in marks with one content word of 7+ letters ("called the charge
   “impossible”") joins that way from any article of the news cycle (a short word
   such as "tough" is in too many quotations): on the probe set BN, pairs F1
   0.723 -> 0.827; PolNeAR's scorer, whose gold lists lede fragments apart and
   no statement across articles, P 0.805 -> 0.785 (38 groups joined, read by
   hand: most one statement, a few a name or title in marks such as "President").
   Two content words in marks ("the mayor's “darkest night”") join the same way,
   from another article only and not in title case ("Morning Joe" is a name): on the
   14 probe sets cluster F1 rose on seven, three of them held out (BW 0.485 -> 0.537,
   BX 0.629 -> 0.645, BZ 0.551 -> 0.572), precision nowhere lower; PolNeAR's scorer
   P 0.732 -> 0.721 in the quick run (24 cross-article pairs its gold lists apart, read
   by hand: a fragment of the speaker's quotation, such as "rigged system" in "keep our
   rigged system in place"; taking same-article lede fragments too cost 0.015 more and
   gained no probe pair);
3. reworded (never when one says no among the shared words and the other does
   not: "grave, but it is controlled" / "grave, and I will not say it is under
   control"; an opening "No" before a shared word says no: "No medal is worth
   more …" / "There is no medal more valuable …"): (a) 3+ shared content stems (a stem ending another counts:
   "elect" / "reelect"), at least 60% of the smaller set of stems (40% once
   4+ are shared) and 30% of the larger, with the stemmed words in a similar
   order (difflib ratio >= 0.5); or (b) near-verbatim: 2+ shared stems and
   half the smaller set, 4+ words each, ratio >= 0.75 (one word swapped), or
   one shared stem when one of them has at most 2, with 8+ words each and
   ratio >= 0.8 ("This committee will find out who knew what, and when" /
   "This commission will find who knew what, and when": on the probe set
   tuned on in its release, BK, 10 true pairs more and no wrong one; the seeds and
   PolNeAR did not move).

Stems are compared after numbers in words become digits and a short list of general
synonyms that translations render one for another ("forgive" / "pardon", "complete" /
"full", "safety" / "security") meet under one stem: on the probe sets BM 0.628 -> 0.661,
BT 0.677 -> 0.683, BV 0.794 -> 0.813 (tuned on), precision unchanged; the held-out sets,
the seeds and PolNeAR did not move.

Wordings of fewer than 4 content stems ("tough", a three-word slogan) merge
only when dated within 7 days of each other (if both dates are known):
catchphrases recur for months. Speaker None: tiers 1-2 only, 3+ content
stems, within 7 days, or a near copy of a speaker's wording (3+ shared stems,
three quarters of each, ratio >= 0.85, same negation: a translation that drops
"a"); such a group joins a named statement only when it matches one speaker's
statements alone. A speaker named only by a role in lower case ("coach",
"spokeswoman": the attribution found no name) groups like any speaker, and its
statement also joins one named speaker's statement it copies (identical or a
near copy): "the coach said" what Rui Lee said is Lee's statement.

Stage 2 - segments of one attribution, ``"A," she said. "B."``: adjacent
mentions of one source and speaker split only by a cue clause (A breaks off
with , ? ! : ; or a dash; the clause holds a speech verb, has no sentence
boundary, at most 40 words, and ends in . , or :) or by "and"/"or" are one statement, unless
another source quotes either segment as a statement of its own: that
evidence wins. Another source that quotes the two segments' words as one wording (half the
stems of each) is evidence for the link ("I will not rest," she said, "until every family has
answers." / "not rest until every family has answers"): on the probe sets BO, BQ, BR and BS
(tuned on) cluster F1 rose by 0.02-0.05, BZ (held out) 0.534 -> 0.551, the others and the seeds
unchanged; PolNeAR's scorer P 0.738 -> 0.732 (23 pairs, read by hand: one statement in segments,
Trump's "Second Amendment people" remark among them). The text between them is rebuilt from the mentions' contexts
(slices of the article around each quote; white space may be squashed) and
their offsets; a paragraph break between the segments separates them.

Stage 3 - segments read as one wording: the segments stage 2 links ("A," she said, "B.") are
also compared as one wording, A B, with the speaker's other mentions and other such chains
(tier 3, the same thresholds): a translation that quotes the statement whole shares too few
words with either segment alone. On the probe set BT (tuned on) cluster pairs R 0.409 -> 0.457
at precision 1.000; BN and BQ gained a pair or two, the held-out sets BS, BU and BW none; PolNeAR's
scorer P 0.785 -> 0.782 (pairs read by hand: one statement quoted in segments in one article and
whole in another, which its gold lists apart).

Thresholds, chosen by measurement:

* Seeds (tests/data/seeds_gold.json: 86 gold mentions in 5 articles, gold
  speakers, context = the sentence around each span), scored with
  shared/eval/score.py: cluster P=1.000 R=0.881 F1=0.937. Still apart: five
  pairs of translations that share at most one content word and differ by
  synonyms only (a word, two words, three short clauses); tier 3b at one
  shared stem would join one of them but also "the economy is strong" with
  "the economy is weak", so it needs two.
* PolNeAR train (840 US news articles, 6,465 gold quote segments, gold
  speakers reduced to surnames, pronouns as None): every tier-3 merge of two
  mentions outside one gold statement was read by hand (21 pairs): 16 are
  one statement quoted twice, 5 doubtful (a three-word phrase and a later
  quote that repeats it; a line said twice in one debate); ratio 0.4
  instead of 0.5 adds three pairs, one of them wrong. The scorer's
  cluster precision was 0.83 (recall 0.71) because its gold has no
  statement spanning two articles and separates a lede fragment from the
  full quote: of the 218 pairs it counts wrong, 96 are cross-article (read
  by hand: all but about three are one statement quoted by two articles or
  by two versions of one article), 48 are same-article fragments and
  repeats (about five wrong), 74 come from attribution segments or chains
  through them. Segments alone score P=0.952 R=0.726 against PolNeAR's own
  labels, which are inconsistent (a segment after "she said, adding," is
  its own attribution in one case of five). With the articles dated by
  their file names (short wordings then merge only within DATE_WINDOW) and
  the later attribution rules, the whole pipeline scored P=0.815 R=0.742;
  the 69 cross-article pairs it counted wrong were, read by hand, one
  statement carried twice. Once surnames took the full names their articles
  give ("Trump" -> "Donald Trump"), quotations of one person met under one
  speaker across articles: P=0.806 R=0.740, 92 cross-article pairs, again
  one statement carried twice (read by hand). First names and family names
  written first did the same again: P=0.803 R=0.737, 97 cross-article pairs.
  Requiring a speech verb in the clause between two segments (`called it "A,"
  compared to X. "B," he said` are two attributions) took P=0.802 R=0.738
  to P=0.810 R=0.734: of the pairs it split, 23 were wrong merges and 10
  true ones (the words between held no verb of our list: "…," which Lee
  thinks; "…," and, yes, "…").
* Negation: probe set AM (12 invented articles on one outbreak, written so that
  three speakers make two different statements sharing most words) gave pairs
  P=0.750 R=0.548; with the negation test P=0.955 R=0.548 (49 wrong pairs fewer,
  no true pair lost). On AK (a merger story) it loses 3 true pairs that say no
  in other words ("without the sale" / "if it is not sold"); seeds, AJ and
  PolNeAR's pairs are unchanged. Counting a negation anywhere in the wordings
  instead lost seeds and AJ pairs whose "not" sits outside the shared words
  ("…, but not at any price"), and a window of two words before them lost
  PolNeAR pairs ("If you don't want Ted Cruz …").
* Stage 2's "other sources win" rule: linking segments regardless drops the
  seeds' cluster precision to 0.70 (the seeds label "A," he said. "B." as two
  statements when other articles quote A and B apart) and barely changes
  PolNeAR's (P 0.80, R 0.73).
* Unknown and role speakers' near copies: on the probe sets with cross-article
  statements (invented articles, `statements.txt` blocks), pairs P/R went
  AO 0.757/0.172 -> 0.795/0.215, AK 0.917/0.592 -> 0.922/0.638, AN
  0.893/0.459 -> 0.897/0.477, AQ 0.692/0.500 -> 0.696/0.509, the others
  unchanged; seeds unchanged (their "ministers" and "senior administration
  official" keep all tiers: treating roles as unknown speakers lost seed
  pairs, R 0.881 -> 0.810); PolNeAR gained one pair (a None quotation that
  repeats Barack Obama's, one statement read by hand).
* Speed: candidate pairs come from postings of stems per speaker (stems of
  more than CAP=200 of one speaker's mentions propose nothing, a guard for
  speakers quoted thousands of times; 400 would find 0.3% more of the
  synthetic benchmark's true pairs for 2% more time). 200,000 synthetic
  mentions (4,696 speakers, one with 28,000 mentions) group in about 28 s
  of CPU on the (slower) machine of the latest release, as the release before's
  code does there (17-19 s on the machine before), pairs precision 1.000:
  ``python bench/bench_statements.py --mentions 200000``.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import NamedTuple

from quotesearch.cues import CUE_VERBS, PHRASAL_CUES
from quotesearch.records import Mention, Statement

__all__ = ["GroupingError", "group", "normalise", "stem", "content_stems"]


class GroupingError(ValueError):
    """The mentions handed to :func:`group` cannot be grouped (one-line message)."""


# --------------------------------------------------------------------------
# Thresholds (see the module docstring for how they were chosen)

#: a wording with fewer content stems is "short": a few words prove little
#: (slogans recur for months), so short wordings only merge within
#: DATE_WINDOW days
SHORT_STEMS = 4
DATE_WINDOW = 7
#: tier 2: a contained wording needs CONTAIN_MIN_TOKENS words and
#: CONTAIN_MIN_STEMS content stems, or CONTAIN_ANY_TOKENS words
CONTAIN_MIN_TOKENS = 3
CONTAIN_MIN_STEMS = 2
CONTAIN_ANY_TOKENS = 5
FRAGMENT_MIN_LETTERS = 7
#: tier 3a: shared content stems (a stem ending another counts) ...
REWORD_MIN_SHARED = 3
#: ... as a share of the smaller set of stems (REWORD_MANY_OVERLAP when
#: REWORD_MANY or more are shared) and of the larger set ...
REWORD_MIN_OVERLAP = 0.6
REWORD_MANY = 4
REWORD_MANY_OVERLAP = 0.4
REWORD_MIN_COVER = 0.3
#: ... and similarity of the stemmed word sequences (difflib ratio)
REWORD_MIN_RATIO = 0.5
#: tier 3b: near-verbatim wordings: shared stems (and half of the smaller
#: set), sequence ratio, words in each
NEAR_MIN_SHARED = 2
NEAR_MIN_RATIO = 0.75
NEAR_MIN_TOKENS = 4
#: ... or, for wordings of at most FEW_STEMS content stems (one shared), this many
#: words each and this sequence ratio
FEW_STEMS = 2
FEW_STEMS_MIN_TOKENS = 8
FEW_STEMS_RATIO = 0.8
#: speaker None: tiers 1-2 only, and the wordings need this many content stems
ANON_MIN_STEMS = 3
#: ... or a near copy of a named speaker's wording (a word dropped or swapped)
ANON_NEAR_RATIO = 0.85
#: blocking: stems (and words) carried by more than CAP mentions of one
#: speaker are too common to propose candidate pairs
CAP = 200
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


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def _tokens(text: str) -> list[str]:
    if text.isascii():
        return _WORD.findall(text.lower())
    folded = unicodedata.normalize("NFKD", text.translate(_CHAR_MAP))
    return _WORD.findall(_COMBINING.sub("", folded).translate(_CHAR_MAP).casefold())


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
    "ion",
    "ments",
    "ment",
    "ness",
    "ance",
    "ence",
    "ense",
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
_NUMBERS = {word: str(n) for n, word in enumerate(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty""".split())} | {"twice": "2", "thirty": "30", "forty": "40", "fifty": "50",
                                                       "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
                                                       "hundred": "100", "thousand": "1000"}


def stem(word: str) -> str:
    """Strip English inflections and common derivations (a tiny Porter-like
    stemmer): "governing", "government" -> "govern"; "allies" -> "alli";
    British and American spellings meet ("labour", "defence", "metre",
    "dialogue", "travelled").

    Stems are only ever compared with stems from this same function, so it
    needs to be consistent, not linguistically right. A number written in words
    is its digits: one translation writes "eleven" or "two hours" where another
    writes "11" and "2 hours".
    """
    if word in _NUMBERS:
        return _NUMBERS[word]
    w = _strip(word)
    return _SYNONYM_STEMS.get(w, w)


def _strip(word: str) -> str:
    """The stemmer proper (see ``stem``)."""
    w = _base(word)
    if len(w) <= 3:
        return w
    if w.endswith("our") and len(w) > 5:  # British spelling: "labour"
        w = w[:-2] + "r"
    elif w.endswith("ours") and len(w) > 6:
        w = w[:-3] + "r"
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "i"
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith(("tre", "bre")) and len(w) > 4:  # British "metre", "fibre"
        w = w[:-2] + "er"
    elif w.endswith("ogue") and len(w) > 5:  # British "dialogue", "catalogue"
        w = w[:-2]
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
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in _VOWELS and (w[-1] not in "ls" or (w[-1] == "l" and len(w) > 5)):
        w = w[:-1]  # (British "travelled", "cancelling" meet "traveled", "canceling")
    return w


# Words that translations of one statement render one for another ("does not forgive" / "does not
# pardon", "a complete audit" / "a full audit"): each group meets under its first word's stem.
# General English only; a word with a second, common sense stays out ("right", "force", "well").
_SYNONYMS = (
    "forgive pardon", "allow permit", "resident inhabitant", "complete full comprehensive thorough",
    "safety security", "goods merchandise", "cost expense", "help assist", "begin start commence",
    "finish end", "large big", "quick fast rapid swift", "buy purchase", "child kid", "ask request",
    "answer reply respond response", "mistake error", "injured wounded", "enough sufficient adequate",
    "investigation inquiry probe", "doctor physician", "employee worker", "shut close", "damage harm",
    "dangerous hazardous", "evidence proof", "hide conceal", "happen occur", "need require",
    "try attempt", "promise pledge vow", "build construct", "repair fix", "choose select",
    "stop halt cease", "serious grave", "company firm enterprise", "money funds", "whole entire",
    "soon shortly", "immediately instantly", "examine inspect", "angry furious", "afraid scared frightened",
    "people persons", "speak talk", "permission authorisation authorization", "remove expel",
    "ready prepared", "guilty culpable", "terrible awful dreadful", "sad sorrowful", "difficult hard",
    "hope expect", "deny reject",
)
_SYNONYM_STEMS = {_strip(word): _strip(group.split()[0]) for group in _SYNONYMS for word in group.split()}


def _is_content(token: str) -> bool:
    base = _base(token)
    return len(base) > 1 and base not in _STOP


def content_stems(text: str) -> frozenset[str]:
    """The stems of a wording's content words (function words dropped)."""
    return frozenset(stem(t) for t in _tokens(text) if _is_content(t))


# --------------------------------------------------------------------------
# Pairwise tests


class _Wording(NamedTuple):
    """What the pairwise tests read of one mention's text (a tuple: cheap
    to build 200,000 times)."""

    padded: str  # " normalised text ", for containment by substring search
    sequence: tuple[str, ...]  # every word stemmed
    stemmed: str  # the same joined: equal means tier 1
    terms: frozenset[str]  # every stemmed word, for blocking
    stems: frozenset[str]  # content stems
    short: bool  # fewer than SHORT_STEMS content stems
    day: int | None  # publication day (ordinal)


class _Stemmer:
    """Cached stems: a corpus repeats few distinct words."""

    def __init__(self) -> None:
        self.stem_of: dict[str, str] = {}
        self.content_of: dict[str, str] = {}  # content words only
        # the same quote recurs across articles: one analysis per (text, date)
        self._made: dict[tuple[str, str | None], _Wording] = {}

    def wording(self, text: str, when: str | None) -> _Wording:
        key = (text, when)
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = self._wording(text, when)
        return made

    def _wording(self, text: str, when: str | None) -> _Wording:
        toks = _tokens(text)
        stem_of = self.stem_of
        for t in set(toks).difference(stem_of):
            stem_of[t] = stem(t)
            if _is_content(t):
                self.content_of[t] = stem_of[t]
        seq = tuple(map(stem_of.__getitem__, toks))
        stems = frozenset(filter(None, map(self.content_of.get, toks)))
        return _Wording(
            f" {' '.join(toks)} ",
            seq,
            " ".join(seq),
            frozenset(seq),
            stems,
            len(stems) < SHORT_STEMS,
            _day(when) if when else None,
        )


def _day(when: str | None) -> int | None:
    if not when:
        return None
    try:
        return date.fromisoformat(when[:10]).toordinal()
    except ValueError:
        return None


def _close_in_time(a: _Wording, b: _Wording, always: bool = False) -> bool:
    """Short wordings (and any, with ``always``, for unknown speakers) only
    count as one statement within one news cycle."""
    if not (always or a.short or b.short) or a.day is None or b.day is None:
        return True
    return abs(a.day - b.day) <= DATE_WINDOW


def _fragment(w: _Wording, min_stems: int) -> bool:
    """Whether a wording is long enough to count as contained in another
    (tier 2): shorter ones are found inside long quotes by accident."""
    n = len(w.sequence)
    return n >= CONTAIN_MIN_TOKENS and (len(w.stems) >= min_stems or n >= CONTAIN_ANY_TOKENS)


def _title_case(text: str) -> bool:
    """Words that all open with a capital ("Morning Joe", "Turn Away"): in marks, a name or a
    title more often than words said."""
    words = _WORD.findall(text)
    return bool(words) and all(word[0].isupper() for word in words)


def _inside(short: _Wording, long_: _Wording, anonymous: bool = False) -> bool:
    """Tier 2: ``short`` (a _fragment) occurs word for word in the longer
    ``long_`` (same-day rule as _close_in_time)."""
    return (
        len(short.padded) < len(long_.padded)
        and short.padded in long_.padded
        and short.stemmed != long_.stemmed
        and _close_in_time(short, long_, anonymous)
    )


def _soft_shared(a: frozenset[str], b: frozenset[str]) -> int:
    """Shared stems, counting a stem of 5+ letters that ends another
    ("elect" in "reelect", a prefix the stemmer keeps) as shared."""
    shared = len(a & b)
    rest_a = sorted(x for x in a - b if len(x) >= 5)
    rest_b = sorted(y for y in b - a if len(y) >= 5)
    if not rest_a or not rest_b:
        return shared
    for short, long_ in ((rest_a, rest_b), (rest_b, rest_a)):
        endings = {y[k:]: y for y in long_ for k in range(1, len(y) - 4)}
        for x in list(short):
            y = endings.get(x)
            if y is not None and y in long_:
                long_.remove(y)
                short.remove(x)
                shared += 1
    return shared


def _ratio(a: _Wording, b: _Wording, at_least: float) -> bool:
    """Whether the stemmed word sequences are this similar (difflib ratio:
    twice the matched words over all words), cheap bounds first."""
    matcher = difflib.SequenceMatcher(None, a.sequence, b.sequence, autojunk=False)
    return (
        matcher.real_quick_ratio() >= at_least
        and matcher.quick_ratio() >= at_least
        and matcher.ratio() >= at_least
    )


def _enough_shared(shared: int, small: int, big: int, slack: int = 0) -> bool:
    """Tier 3a's count rule: ``shared`` stems (plus ``slack``) of sets of
    ``small`` and ``big`` stems."""
    shared += slack
    return (
        shared >= REWORD_MIN_SHARED
        and shared >= REWORD_MIN_COVER * big
        and (
            shared >= REWORD_MIN_OVERLAP * small
            or (shared >= REWORD_MANY and shared >= REWORD_MANY_OVERLAP * small)
        )
    )


_NEGATIONS = frozenset({"not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "cannot"})


def _negated(w: _Wording, shared: frozenset[str]) -> bool:
    """Whether a wording says no where it says what another says: "grave, but it is
    controlled" and "grave, and I will not tell you it is under control" share their
    words and say opposite things. Only a negation among the shared stems (or in the
    four words before them: "is not happening" / "is happening not", "don't want Ted
    Cruz") counts: "but not at any price" after the shared words is more said, not
    the opposite; nor does an answer's opening "No, I meant …"."""
    at = [i for i, x in enumerate(w.sequence) if x in shared]
    if not at:
        return False
    words = w.padded.split()
    first = max(0, at[0] - 4)
    # (an opening "No" before a shared word is a determiner: "No medal is worth more" says no)
    return any((t in _NEGATIONS and (t != "no" or i > 0 or (len(w.sequence) > 1 and w.sequence[1] in shared))) or t.endswith("n't")
               for i, t in enumerate(words[first:at[-1] + 1], first))


# Words that put a statement under a condition, or say when or to whom it applies
# ("only when the workers agree", "any baby who has a fever").
_CONDITIONS = frozenset({"if", "unless"})
_RESTRICTIONS = _CONDITIONS | frozenset({"when", "whenever", "once", "should", "any", "who", "provided"})


def _conditional(w: _Wording) -> bool:
    """Whether a wording opens with a condition: "If there was negligence, no one will be
    protected" is a promise."""
    words = w.padded.split()
    return bool(words) and words[0] in _CONDITIONS


def _unconditional(w: _Wording) -> bool:
    """Whether a wording has no word of condition or restriction at all: "There was
    negligence, and no one is being protected" is a finding."""
    return not any(t in _RESTRICTIONS for t in w.padded.split())


def _same_claim(a: _Wording, b: _Wording, shared: frozenset[str]) -> bool:
    """Whether two wordings that share ``shared`` say it the same way: both or neither
    negated, and not one under a condition the other states as a fact (a translation
    may turn "if" into "when" or "any … who", so those count as a condition too)."""
    return _negated(a, shared) == _negated(b, shared) \
        and not (_conditional(a) and _unconditional(b)) and not (_conditional(b) and _unconditional(a))


def _reworded(a: _Wording, b: _Wording) -> bool:
    """Tier 3: (a) enough content stems shared, relative to both wordings,
    in a similar order; or (b) a near-verbatim copy with a word swapped."""
    common = a.stems & b.stems
    exact = len(common)
    if exact < 1:
        return False
    small, big = sorted((len(a.stems), len(b.stems)))
    similar = False
    if exact >= 2 and _enough_shared(exact, small, big, slack=2):
        # soft matches ("elect"/"reelect") only ever decide close calls
        shared = exact if _enough_shared(exact, small, big) else _soft_shared(a.stems, b.stems)
        similar = _enough_shared(shared, small, big) and _close_in_time(a, b) and _ratio(a, b, REWORD_MIN_RATIO)
    similar = similar or (
        exact >= NEAR_MIN_SHARED
        and 2 * exact >= small
        and min(len(a.sequence), len(b.sequence)) >= NEAR_MIN_TOKENS
        and _close_in_time(a, b)
        and _ratio(a, b, NEAR_MIN_RATIO)
    ) or (
        # a long wording of few content words, a word swapped: "This committee will find out
        # who knew what, and when" / "This commission will find who knew what, and when"
        small <= FEW_STEMS
        and min(len(a.sequence), len(b.sequence)) >= FEW_STEMS_MIN_TOKENS
        and _close_in_time(a, b)
        and _ratio(a, b, FEW_STEMS_RATIO)
    )
    # the negation test last: most candidate pairs fail the counts above first
    return similar and _same_claim(a, b, common)


def _unnamed(speaker: str | None) -> bool:
    """A speaker the attribution could not name: none, or a role in lower case ("coach",
    "spokeswoman"), who may be anyone holding it; such words join a named speaker's
    statement as words of no one do."""
    return speaker is None or speaker.islower()


def _near_copy(a: _Wording, b: _Wording) -> bool:
    """For an unknown speaker's words: a near-verbatim copy of another wording, stricter
    than tier 3b (ANON_NEAR_RATIO, ANON_MIN_STEMS shared and most of both), said within
    one news cycle."""
    common = a.stems & b.stems
    return (
        len(common) >= ANON_MIN_STEMS
        and 4 * len(common) >= 3 * max(len(a.stems), len(b.stems))
        and _close_in_time(a, b, always=True)
        and _ratio(a, b, ANON_NEAR_RATIO)
        and _same_claim(a, b, common)
    )


# --------------------------------------------------------------------------
# Segments of one attribution:  "A," he said. "B."

_GAP = re.compile(
    r"""[ \t]*(?P<p1>[,.;:!?]*)[ \t]*["'][ \t]*(?P<p2>[,;:]?)[ \t]*"""
    r"""(?P<clause>[^"\n]*?)[ \t]*(?P<p3>[,.:;]?)[ \t]*["'][ \t]*"""
)
_BOUNDARY = re.compile(r"(\S+)[.!?]\s+[A-Z]")
_INTERRUPTED = ",?!:;-"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _gap(a: Mention, b: Mention) -> str | None:
    """The article text between two mentions of one source (white space
    squashed), rebuilt from their contexts: slices of the article around
    each quote, white space squashed or not. None when the contexts do not
    show it all, or show a paragraph break (two characters or more between
    two sentences: the offsets tell how long the gap really is)."""
    length = b.start - a.end
    text_a, text_b = _squash(a.text), _squash(b.text)
    if length < 0 or length > 400 or not text_a or not text_b:
        return None
    context_a, context_b = _squash(a.context), _squash(b.context)
    i = context_a.find(text_a)
    j = context_b.find(text_b)
    if i < 0 or j < 0:
        return None
    after_a = context_a[i + len(text_a) :]
    k = after_a.find(text_b)
    if k >= 0:  # both in a's context
        return after_a[:k] if k <= length else None
    if len(after_a) > length and text_b.startswith(after_a[length:]):
        return after_a[:length]  # a's context runs into b
    before_b = context_b[:j]
    k = before_b.rfind(text_a)
    if k >= 0:  # both in b's context
        gap = before_b[k + len(text_a) :]
        return gap if len(gap) <= length else None
    if len(before_b) > length and text_a.endswith(before_b[: len(before_b) - length]):
        return before_b[len(before_b) - length :]  # b's context starts inside a
    missing = length - len(after_a) - len(before_b)
    if missing not in (0, 1):  # (the white space between two sentences)
        return None
    return after_a + " " * missing + before_b


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
    last = a.text.translate(_CHAR_MAP).rstrip(" '\"")[-1:]
    interrupted = last in _INTERRUPTED or "," in match["p1"] or match["p2"] == ","
    if not interrupted or len(clause.split()) > GAP_MAX_WORDS:
        return False
    for boundary in _BOUNDARY.finditer(clause):
        word = boundary[1]
        if not (word[:1].isupper() and len(word) <= 5):  # "Sen." is no boundary
            return False
    return _holds_speech_verb(clause)


def _holds_speech_verb(clause: str) -> bool:
    """True when the clause between two quotes holds a speech verb, as an
    attribution does ("A," he said. "B."). In `called it "A," compared to
    X. "B," he said` the words between belong to a narrative sentence, and
    the two quotes are two attributions."""
    return not _CLAUSE_CUES.isdisjoint(_WORD.findall(clause))  # ("Islamic State" is no verb)


#: speech verbs, and the verbs that credit a document ("read the email")
#: or a memory ("remembered Ann Lee"), which only count between two quotes
_CLAUSE_CUES = (
    CUE_VERBS
    | {first for first, _ in PHRASAL_CUES}
    | {"according", "read", "reads", "remembered", "remembers", "surmised"}
)


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

    def sharing(self, i: int, at_least: int) -> list[int]:
        """Mentions sharing ``at_least`` content stems with mention i (among stems of at
        most CAP mentions)."""
        counts: Counter[int] = Counter()
        for s in self.wordings[i].stems:
            p = self.postings[s]
            if 1 < len(p) <= CAP:
                counts.update(p)
        return [j for j, c in counts.items() if c >= at_least and j != i]

    def similar(self, members: Sequence[int]) -> list[tuple[int, int]]:
        """Pairs (i < j) that may pass tier 3, which needs two shared content
        stems, counted among stems of at most CAP mentions (commoner ones are
        no evidence), then sizes and lengths. The set work runs in C:
        postings are ascending, so only their part after i is read."""
        postings = self.postings
        wordings = self.wordings
        size = {i: len(wordings[i].stems) for i in members}
        words = {i: len(wordings[i].sequence) for i in members}
        near = NEAR_MIN_RATIO / (2 - NEAR_MIN_RATIO)  # least length ratio for 3b
        few = FEW_STEMS_RATIO / (2 - FEW_STEMS_RATIO)
        pairs: list[tuple[int, int]] = []
        for i in members:
            once: set[int] = set()
            twice: set[int] = set()
            for s in wordings[i].stems:
                p = postings[s]
                if 1 < len(p) <= CAP:
                    later = p[bisect_right(p, i) :]
                    twice.update(once.intersection(later))
                    once.update(later)
            stems_i = wordings[i].stems
            n, w = size[i], words[i]
            for j in twice:
                c = len(stems_i & wordings[j].stems)
                small, big = (n, size[j]) if n <= size[j] else (size[j], n)
                if _enough_shared(c, small, big, slack=2) or (  # 3a, or 3b:
                    2 * c >= small
                    and min(w, words[j]) >= NEAR_MIN_TOKENS
                    and min(w, words[j]) >= near * max(w, words[j])
                ):
                    pairs.append((i, j))
            # 3b of few content stems: one shared is enough, in long enough wordings alike
            pairs.extend((i, j) for j in once.difference(twice)
                         if min(n, size[j]) <= FEW_STEMS and min(w, words[j]) >= FEW_STEMS_MIN_TOKENS
                         and min(w, words[j]) >= few * max(w, words[j]))
        return pairs


def _by_time(
    members: list[int], wordings: Sequence[_Wording], always: bool = False
) -> list[list[int]]:
    """Split identical short wordings (any, with ``always``) into news
    cycles; undated ones join the first."""
    if not (always or wordings[members[0]].short):
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
    blocks: dict[str, _Block] = {}
    anonymous: list[int] = []
    for i, m in enumerate(ms):
        if m.speaker is None:
            anonymous.append(i)
        else:
            named[m.speaker].append(i)

    for members in named.values():
        same_text: dict[str, list[int]] = defaultdict(list)
        for i in members:
            w = wordings[i]
            if w.stems or len(w.sequence) >= CONTAIN_MIN_TOKENS:  # not "No." nor "..."
                same_text[w.stemmed].append(i)
        for group_ in same_text.values():
            for run in _by_time(group_, wordings):
                for i in run[1:]:
                    part.union(run[0], i)
        block = blocks[ms[members[0]].speaker or ""] = _Block(members, wordings)
        for i, j in block.similar(members):
            if part.find(i) != part.find(j) and _reworded(wordings[i], wordings[j]):
                part.union(i, j)
        for i in members:
            w = wordings[i]
            if _fragment(w, CONTAIN_MIN_STEMS):
                found = [j for j in block.containers(i) if _inside(w, wordings[j])]
                if found:
                    inside[i] = found
            elif _fragment(w, 1):
                # one content word is enough inside the same article: a lede's "not one euro"
                # is the minister's "We will not pay criminals. Not one euro" further down
                found = [j for j in block.containers(i) if ms[j].source == ms[i].source and _inside(w, wordings[j])]
                if found:
                    inside[i] = found
            elif len(w.sequence) <= 2 and (len(w.stems) == 2 and not _title_case(ms[i].text) or len(w.stems) == 1
                                           and max(map(len, w.padded.split())) >= FRAGMENT_MIN_LETTERS):
                # a word or two in marks ("called the charge “impossible”"), in any article of the
                # same news cycle, inside the speaker's wording: _attach joins it only when all its
                # containers are one statement (a long word: "tough" is in many a quotation); the
                # news-cycle window holds whatever the wordings' length, as for unknown speakers
                found = [j for j in block.containers(i) if _inside(w, wordings[j], anonymous=True)
                         and (len(w.stems) == 1 or ms[j].source != ms[i].source)]
                if found:
                    inside[i] = found

    roles = [i for members in named.values() for i in members if _unnamed(ms[i].speaker)]
    everyone = _Block(range(n), wordings) if anonymous or roles else _Block((), wordings)
    for i in roles:  # a role's words ("the coach said") join a named speaker's copy of them
        w = wordings[i]
        if len(w.stems) >= ANON_MIN_STEMS:
            inside[i].extend(j for j in everyone.sharing(i, ANON_MIN_STEMS) if not _unnamed(ms[j].speaker)
                             and (w.stemmed == wordings[j].stemmed or _near_copy(w, wordings[j])))
    if anonymous:
        anon_text: dict[str, list[int]] = defaultdict(list)
        for i in anonymous:
            w = wordings[i]
            if len(w.stems) < ANON_MIN_STEMS:
                continue
            anon_text[w.stemmed].append(i)
            for j in everyone.containers(i):
                v = wordings[j]
                if v.stemmed == w.stemmed:
                    if ms[j].speaker is not None and _close_in_time(w, v, always=True):
                        inside[i].append(j)
                elif _inside(w, v, anonymous=True):
                    inside[i].append(j)
            # a copy with a word dropped or swapped, as translations give it ("lost football
            # match" / "lost a football match"): only a close one, and only someone's
            inside[i].extend(j for j in everyone.sharing(i, ANON_MIN_STEMS)
                             if ms[j].speaker is not None and _near_copy(w, wordings[j]))
        for group_ in anon_text.values():
            for run in _by_time(group_, wordings, always=True):
                for i in run[1:]:
                    part.union(run[0], i)

    _attach(part, inside, ms)

    # stage 2: segments of one attribution, when no other source tells them apart
    sources: dict[int, set[str]] = defaultdict(set)
    grouped: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        root = part.find(i)
        sources[root].add(m.source)
        grouped[root].append(i)
    links: dict[int, int] = {}
    for i in range(n - 1):
        a, b = ms[i], ms[i + 1]
        if a.source != b.source or a.speaker != b.speaker:
            continue
        if (len(sources[part.find(i)]) > 1 or len(sources[part.find(i + 1)]) > 1) \
                and not _quoted_whole_elsewhere(i, [*grouped[part.find(i)], *grouped[part.find(i + 1)]], ms, wordings):
            continue
        if _one_attribution(a, b):
            links[i] = i + 1
    for i, j in links.items():
        part.union(i, j)
    _join_segmented(part, links, ms, wordings, blocks, stemmer)
    return part, links


def _quoted_whole_elsewhere(i: int, group_: Sequence[int], ms: Sequence[Mention],
                            wordings: Sequence[_Wording]) -> bool:
    """Whether another source quotes segments i and i + 1 of one article as one wording: a
    mention of the segments' groups (``group_``) whose stems cover half of each segment's.
    ("I will not rest," she said, "until every family has answers." is one statement when
    another article quotes "not rest until every family has answers".) Another source that
    quotes either segment alone still tells them apart."""
    a, b = wordings[i].stems, wordings[i + 1].stems
    return bool(a and b) and any(
        ms[k].source != ms[i].source and 2 * len(wordings[k].stems & a) >= len(a)
        and 2 * len(wordings[k].stems & b) >= len(b) for k in group_)


def _join_segmented(part: _Partition, links: Mapping[int, int], ms: Sequence[Mention],
                    wordings: Sequence[_Wording], blocks: Mapping[str, _Block], stemmer: _Stemmer) -> None:
    """Stage 3: a statement quoted in segments ("A," he said, "B.") read as one wording, A B,
    joins the speaker's reworded statement (tier 3) that neither segment alone matches:
    a translation that quotes it whole, or another article's segments."""
    chains: list[tuple[int, _Wording]] = []
    for i in sorted(links):
        speaker = ms[i].speaker
        if i - 1 in links or speaker is None or _unnamed(speaker):
            continue
        whole = stemmer.wording(" ".join(ms[k].text.strip() for k in _chain_from(i, links)), ms[i].date)
        chains.append((i, whole))
    # (and two articles, each quoting it in segments: the chains' own postings, per speaker)
    chained: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, (i, whole) in enumerate(chains):
        for stem_ in whole.stems:
            chained[ms[i].speaker or "", stem_].append(n)
    for n, (i, whole) in enumerate(chains):
        speaker = ms[i].speaker or ""
        block = blocks[speaker]
        counts: Counter[int] = Counter()
        others: Counter[int] = Counter()
        for stem_ in whole.stems:
            postings = block.postings.get(stem_, ())
            if len(postings) <= CAP:
                counts.update(postings)
            later = chained[speaker, stem_]
            if len(later) <= CAP:
                others.update(m for m in later if m > n)
        for j in sorted(j for j, c in counts.items() if c >= REWORD_MIN_SHARED):
            if part.find(i) != part.find(j) and _reworded(whole, wordings[j]):
                part.union(i, j)
        for m in sorted(m for m, c in others.items() if c >= REWORD_MIN_SHARED):
            k, other = chains[m]
            if part.find(i) != part.find(k) and _reworded(whole, other):
                part.union(i, k)


def _chain_from(i: int, links: Mapping[int, int]) -> list[int]:
    """The segments of one attribution that start at mention i (stage 2's links)."""
    chain = [i]
    while chain[-1] in links:
        chain.append(links[chain[-1]])
    return chain


def _attach(part: _Partition, inside: Mapping[int, list[int]], ms: Sequence[Mention]) -> None:
    """Tier 2: a statement whose wordings are contained in another joins it,
    unless they are contained in two statements (a common phrase must not
    bridge them) or the join would mix two speakers. Repeated until stable;
    each round decides on the partition as it was and joins in index order,
    so the result never depends on input order."""
    speakers: dict[int, frozenset[str]] = {}
    for i, m in enumerate(ms):
        if m.speaker is not None and not _unnamed(m.speaker):
            root = part.find(i)
            speakers[root] = speakers.get(root, frozenset()) | {m.speaker}
    while True:
        targets: dict[int, set[int]] = defaultdict(set)
        for i, js in inside.items():
            targets[part.find(i)].update(part.find(j) for j in js)
        moved = False
        for root in sorted(targets):
            found = targets[root] - {root}
            if len(found) != 1:
                continue
            a, b = part.find(root), part.find(found.pop())
            joined = speakers.get(a, frozenset()) | speakers.get(b, frozenset())
            if a == b or len(joined) > 1:
                continue
            part.union(a, b)
            speakers[part.find(a)] = joined
            moved = True
        if not moved:
            return


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
                wordings.append((" ".join(ms[k].text.strip() for k in _chain_from(i, links)), i))
        text = min(wordings, key=lambda w: (-len(w[0]), w[1]))[0]
        speakers = sorted({s for i in g if (s := ms[i].speaker) is not None}, key=lambda s: (_unnamed(s), s))
        statements.append(
            Statement(
                id=sid,
                speaker=speakers[0] if speakers else None,  # a name before a role ("coach")
                text=text,
                mentions=tuple(replace(ms[i], statement=sid) for i in g),
            )
        )
    return statements
