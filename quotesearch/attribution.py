"""Attribute each quotation of one article to the phrase that names its speaker.

Works on the raw text with the quotations masked out (so a "said" inside a
quotation is never taken for a cue). Every cue verb outside quotations is an
*event* with the speaker phrase before it ("Smith said") or, inverted, after
it ("said Smith", "according to Smith"). Participles and coordinated verbs
share their clause's subject ("X did Y, saying …", "X praised Y and said …");
a cue used as a noun ("his remarks") is an event without a speaker, and so
is a passive cue without an agent ("X was charged with …"). A quotation
takes, in order:

0. the owner of the words when the text says whose they are: a possessive
   with a speech noun (``Lee's “no deal” pledge``, ``Lee's claim that …
   “…”``, ``Lee's slogan is “…”``), the agent of a passive (``was labelled
   a “…” by X``), or the subject of a naming verb (``X dismissed it as “…”``);
1. the event right after it (``“…,” Smith said`` / ``“…,” said Smith``),
   unless the quotation ended its sentence and the cue opens a new one
   (``“….” He said the plan …``); a next sentence that only says who spoke
   counts (``“…”. Lee told journalists.``, as translations punctuate);
2. a cue directly introducing it, then an "according to X" in its sentence;
3. the nearest event before it in its sentence (``X said that “…”``,
   ``X accused the union of “hysterics”``), else the sentence's subject when the
   sentence has a speech verb without one;
4. the nearest event after it in its sentence;
5. a colon introduction (``X: “…”``, or a paragraph ending ``X said:``);
6. a signature after it (``“…”`` / ``- X.``); a person the sentence opens
   with when it has no speech verb; in a headline or a title-case
   subheading, the name before a capitalised verb or a colon
   (``Lee Calls Tax ‘A Theft’``, ``Lee: ‘…’``);
7. a speech event earlier in its paragraph with no quotation of its own;
8. the speaker of the quotation just before it, within the same or the
   previous paragraph (a speaker carries over unless someone else speaks in
   between), or the rest of a quotation that runs over several paragraphs.

Pronouns and roles are resolved by ``speakers.ArticleSpeakers`` in reading
order, so "he added" points at the most recent speaker, or at a person a
sentence turned to since without quoting them ("Ann Lee was more blunt.");
"the official" / "the ministry" take up the fuller phrase used before.
People introduced with a role anywhere in the article ("Labour Minister Eva
Lind met …") teach it full names and roles, and a surname speaker takes the
one full name the article gives it ("… Paul Girard. Girard said"). Only
sentences holding a cue word, or just before a "he"/"she" quotation, are
tokenised, which keeps the rules fast on long articles.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterable, Iterator, Mapping

from .cues import (
    ARABIC_ARTICLE,
    ARABIC_FAMILY,
    CAPITAL,
    DOCUMENT_NOUNS,
    FAMILY_WORDS,
    MEMBERS_BODIES,
    TEXT_NOUNS,
    AUTHORED_TEXTS,
    AFTER_QUOTE_ONLY,
    BEFORE_QUOTE_ONLY,
    CLAIM_NOUNS,
    CLAUSE_OPENERS,
    CONTRACTION_HEADS,
    COURTESY_TITLES,
    COMPANY_WORDS,
    CUE_VERBS,
    DEMONYMS,
    PLATFORMS,
    GENDER_WORDS,
    GIVEN_NAME_GENDER,
    HONORIFICS_AFTER,
    INSCRIPTION_NOUNS,
    INVERTABLE,
    KIN_WORDS,
    LY_NOUNS,
    MODALS,
    MONTHS,
    NAMING_AS_VERBS,
    NAMING_PARTICIPLES,
    NATIONALITY,
    NICKNAME,
    NICKNAME_OPENERS,
    NICKNAME_WORDS,
    NOT_SPEAKERS,
    OBJECT_PRONOUNS,
    OFFICES,
    ORDER_ADVERBS,
    ORG_NOUNS,
    PARTICLES,
    SURNAME_JOINERS,
    PHRASAL_CUES,
    PLACE_NOUNS,
    PORTFOLIO_BODIES,
    PORTFOLIO_MODIFIERS,
    PORTFOLIOS,
    PRONOUNS,
    QUANTIFIER_PRONOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROLE_PLURALS,
    SKIPPABLE,
    SMALL,
    SOURCE_NEAR_WORDS,
    SOURCE_NEARNESS,
    SOURCE_PHRASES,
    STYLES,
    SURNAME_START,
    TITLES,
    WEEKDAY_NAME,
    WEEKDAYS,
    CUE_BASE_FORMS as _CUE_BASE_FORMS,
)
from .quotemarks import (
    ALL_DOUBLE,
    DOUBLE_CLOSERS,
    DOUBLE_OPENERS,
    SINGLE_CLOSERS,
    SINGLE_OPENERS,
    STRAIGHT,
    QuoteSpan,
    blanked,
)
from .records import Quotation
from .speakers import (
    AGE,
    BODY_KINDS,
    BODY_WORDS,
    INSTITUTIONS,
    ISSUED_TEXTS,
    JAPANESE_POST,
    NAME_WITH_HONORIFIC,
    PARTY_TAG,
    POSSESSIVE_END,
    SPOKES_WORDS,
    FORMER_OR_LATTER,
    ArticleSpeakers,
    SpeakerRef,
    author_of,
    initial_ends_sentence,
    names_many,
    nationality_surname,
    opens_body_for,
    parse_mention,
    split_glued_suffix,
    word_positions,
)
from .statements import stem

MASK = "\ue000"

# (a full stop glued to the next sentence's first word ends the word: "this year.Lee said")
# (combining marks belong to the word: Yoruba "Ògúnlẹ́yẹ" writes ẹ́ as ẹ and an accent)
_WORD_TAIL = r"[\w’'\-\u0300-\u036f]*(?:(?:(?<![a-z][a-z])\.|\.(?![A-Z][a-z]))[\w’'\-\u0300-\u036f]*)*"
_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ɏəḀ-ỿ]" + _WORD_TAIL + r"(?:–[A-Za-z]" + _WORD_TAIL + r")*|\d+-years?-old\b|\d+(?:st|nd|rd|th)\b|\d+(?:[,.:]\d+)*|_+|" + MASK
                    + r"+|[^\s\w]")


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation shaped as a trie: far faster than a flat list of words."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return build(trie)


# Cues only when they name the words that follow their object ("He named the payout a „burial
# fund“"), so no cue verbs anywhere else: "the administrator named by the court, Ann Lee, …".
_NAMING_ONLY_CUES = frozenset({"named", "termed"})
# Words that may start a speech event: cue verbs (lower-case), a sentence-opening
# inverted cue ("Said Smith"), the key word of a source phrase ("according to")
# and the first word of a two-word cue ("went on"). Only sentences holding one
# are tokenised.
_CUE_RE = re.compile(
    r"(?<![\w’'-])(?:" + _trie_pattern(
        set(CUE_VERBS) | _NAMING_ONLY_CUES
        | {v[:1].upper() + v[1:] for v in INVERTABLE}
        | {w for p in SOURCE_PHRASES for w in p.split()[:1] + p.split()[1:2] if len(w) > 3}
        | {"According", "according"}
        | {a for a, _ in PHRASAL_CUES} | {"reads"}  # ("“…,” it reads")
    ) + r")(?![\w’'-])"
    + r"|(?<=[,\s])so(?=[ \t]+(?:[A-Z]|" + ARABIC_ARTICLE + r"[A-Z]))"  # (German "„…“ so Tadese.", "so al-Nuri.": see find_events)
    + r"|(?<=\s)(?:by|through)(?=[ \t]+the[ \t]+voice[ \t]+of\b)"  # (a source phrase: see SOURCE_PHRASES)
)
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’)]*(?=\s+(?:[" + CAPITAL + MASK + r"“\"‘(]|'" + MASK + r")|[“\"‘«„]?" + MASK + r")"
                           r"|(?<=[a-z][a-z]\.)(?=[A-Z][a-z])")
# (glued: 'remarks."We'; two apostrophes open a quotation in some archives: "agree. ''I")

# Adverbs that may open a sentence without a comma before its subject.
_LONE_ADVERBS = frozenset("also then meanwhile later still now earlier separately instead indeed finally".split())
# After a sentence-initial participle these words show an introductory phrase:
# "Citing the attack, …", "Asked about it, …", "Speaking to reporters, …".
_INTRO_AFTER_PARTICIPLE = frozenset(
    """the a an his her their its at to on in for with from by last this that about over into
    after before as up out off back down whether if why how what""".split()
)

_NOMINATIVE = PRONOUNS
# Words that open a noun phrase naming a speaker ("the", "one New Hampshire voter").
_ARTICLES = frozenset({"the", "a", "an", "one", "another"})


@dataclass(frozen=True)
class Event:
    """A cue verb outside quotations and the speaker phrase that goes with it."""

    cue: str
    cue_start: int
    cue_end: int
    phrase: str | None  # speaker phrase as written
    phrase_start: int
    phrase_end: int
    inverted: bool  # phrase after the cue ("said Doe")
    sentence: int
    source_phrase: bool  # "according to X"
    silent: bool = False  # said not to have spoken ("did not reply"): no cue for words before it


@dataclass
class _Sentence:
    start: int
    end: int


# The speaker after a cue that follows a quotation: "the managing director Ann Lee", "Lee".
_NP_AFTER = r"(?P<np>(?:the[ \t]+)?(?:[a-z-]+[ \t]+){0,3}?[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3})"
# German "so" after a quotation, as translations keep it: "„…“, so commission chief Ann Lee on Thursday"
# (whole words after the name: "so Kalinska" does not end at "Kal" before "in").
_SO_SAYS = re.compile(r"[ \t]*,[ \t]+(?:so|thus)[ \t]+(?P<np>(?:the[ \t]+)?(?:[a-z-]+[ \t]+){0,3}?[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3}"
                      r"|the[ \t]+(?:[a-z-]+[ \t]+){0,2}?[a-z][\w-]+)"  # (or a body or post: "so the society"; Dutch "aldus": "thus Lee")
                      r"(?![\w’'-])(?=[ \t]*(?:[,.;]|(?:on|in|at|to|after|before|yesterday|today|further|also|again)\b|$))")
# German "heißt es darin vom Geschäftsführer X", translated word for word: "„…“, it says therein
# from the managing director Ann Lee."
_IT_SAYS_FROM = re.compile(r"[ \t]*,[ \t]+it[ \t]+(?:says|said|is[ \t]+said)[ \t]+(?:therein[ \t]+|in[ \t]+it[ \t]+)?(?:from|by)[ \t]+"
                           + _NP_AFTER + r"(?=[ \t]*(?:[,.;]|$))")
# A live blog's time stamp opening an entry ("08:15 — ", a podcast's "[16:40]"): no word of
# the sentence after it.
# (with its zone and a flag: "14:05 GMT – BREAKING: Lee has resigned …"; after a zone a colon
# may close it: "09:30 local time: Ann Lee …")
_TIMESTAMP = re.compile(r"^[ \t]*(?:(?:" + WEEKDAY_NAME + r",?[ \t]+)?"  # ("Wednesday, 9.30 a.m. –")
                        r"(?:\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?|\d{1,2}[ \t]*[ap]\.m\.)"
                        r"(?:[ \t]*[—–-]|[ \t]+(?:[A-Z]{2,4}|local[ \t]+time)[ \t]*[—–:-])"
                        r"(?:[ \t]*(?:(?:BIG[ \t]+)?UPDATE|BREAKING|LATEST|JUST[ \t]+IN|RECAP|ALERT)[ \t]*:)?"
                        r"|\[(?:\d{1,2}:)?\d{1,2}:\d{2}\])[ \t]*",
                        re.M)


# "His"/"Her" before a style of address that stands for the person: "His Excellency recalled".
_STYLED = re.compile(r"\b(?:His|Her)[ \t]+$")
# A blessing after a name, as translations from Arabic keep it: "…, Chairman of the Authority,
# may God preserve him, said": no word of the sentence.
_BLESSING = re.compile(r",[ \t]+may[ \t]+(?:God|Allah)[ \t]+(?:[a-z]+[ \t]+){1,2}?(?:him|her|them)(?=[ \t]*,)")


# Quotation marks read aloud, as transcripts print them around the marks: "put out a statement
# saying, quote, “…,” unquote": blanked, so that "saying" introduces the quotation.
_SPOKEN_MARKS = re.compile(rf"(?<=[\w,])[ \t]*,?[ \t]+quote,?(?=[ \t]*{MASK})|(?<={MASK})[ \t]*,?[ \t]*(?:unquote|end[ \t]+quote)\b",
                           re.I)


def mask_quotes(text: str, spans: list[QuoteSpan]) -> str:
    """``text`` with each quotation and its marks replaced by MASK characters."""
    parts: list[str] = []
    pos = 0
    for s in spans:
        a = s.open_at if s.open_at >= 0 else s.start
        b = s.close_at + 1 if s.close_at >= 0 else s.end
        a = max(a, pos)
        if b <= a:
            continue
        parts.append(text[pos:a])
        parts.append(MASK * (b - a))
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


_LAST_WORD = re.compile(r"([\w.]+)[.!?…]*$")
_CLOCK = frozenset({"a.m", "p.m"})
_OPENS_QUOTED = frozenset({MASK, "“", '"', "‘", "«", "„"})


def _capital_word_at(masked: str, at: int) -> str:
    """The capitalised word just after ``at`` ("" when none)."""
    word = re.match(r"\s*([A-Z][a-z]*)\b", masked[at:at + 30])
    return word.group(1) if word is not None else ""


def _sentences(masked: str, after_quotes: Iterable[int] = ()) -> list[_Sentence]:
    """Sentence bounds over the masked text (abbreviations do not end one).

    ``after_quotes`` are extra sentence ends: just after quotations that end
    with their own full stop and are not followed by their attribution.
    """
    out: list[_Sentence] = []
    extra = sorted(after_quotes)
    for par in re.finditer(r"[^\r\n]+", masked):
        start = par.start()
        ends: list[int] = []
        for m in _SENTENCE_END.finditer(masked, par.start(), par.end()):
            word = _LAST_WORD.search(masked[max(start, m.start() - 12):m.start() + 1])
            w = word.group(1).lower().rstrip(".") if word else ""
            if ((w in TITLES and not (len(w) >= 6 and w.isalpha())) or (w[:1] == "u" and w[1:] in TITLES)  # (not "the prezes.")
                    or (len(w) == 1 and not w.isdigit() and not initial_ends_sentence(w + ".", _capital_word_at(masked, m.end())))
                    # (a day's number ends a sentence, "on the night of March 3. His daughter …", but
                    # not as an ordinal before its month: "on 3. March")
                    or (len(w) <= 2 and w.isdigit() and _capital_word_at(masked, m.end()).lower() in MONTHS)
                    or ("." in w and len(w) <= 5 and not w.replace(".", "").isdigit())) \
                    and not (w in _CLOCK and masked[m.end():m.end() + 3].lstrip()[:1] in _OPENS_QUOTED):
                continue  # (but "at 11:30 p.m. “We won,” she said": a quotation opens a new one)
            ends.append(m.end())
        lo, hi = bisect.bisect_left(extra, par.start() + 1), bisect.bisect_left(extra, par.end())
        if hi > lo:
            ends = sorted(set(ends) | set(extra[lo:hi]))
        for end in ends:
            if end > start:
                out.append(_Sentence(start, end))
                start = end
        out.append(_Sentence(start, par.end()))
    return [s for s in out if masked[s.start:s.end].strip()]


def _breaks_after_quotes(text: str, masked: str, spans: list[QuoteSpan]) -> list[int]:
    """Offsets just after closing marks where a new sentence begins.

    After a quotation that ends with its own full stop, the words that follow
    may be its attribution ("“….” Smith said of the plan.") or a new sentence
    ("“….” Nobody objected."): without a cue word before the next full stop
    it is a new sentence.
    """
    out: list[int] = []
    for q in spans:
        if q.close_at < 0 or not _ends_sentence(text, q):
            continue
        end = q.close_at + 1
        if not _NEW_SENTENCE_START.match(masked, end):
            continue
        line_end = masked.find("\n", end)
        toks = _tokens(masked, end, min(end + 160, line_end if line_end >= 0 else len(masked)))
        attributed = False
        for ti, (tok, _, te) in enumerate(toks[:12]):
            if tok in {"!", "?"} or tok.startswith(MASK):
                break
            low = tok.lower()
            if low in {"according"}:
                attributed = ti <= 1  # "“….” According to Lee, …" / a later clause's source
                break
            if low in CUE_VERBS or low in _PHRASAL_FIRST:
                # "“….” Lee said of the plan." attributes it; "“….” Lee said he would …"
                # starts a new sentence with its own reported clause
                # ("“….” Ann Lee, a driver, said: “…”" introduces the next words, not these)
                introduces = masked.startswith(":", te) and masked[te + 1:te + 3].strip()[:1] == MASK
                attributed = ti == 0 or (bool(_ATTRIBUTION_TAIL.match(masked, te)) and not introduces) \
                    or low.startswith(("told", "tell", "ask", "writ", "wrote", "respond", "repl")) \
                    or masked.startswith((" to ", " to\n"), te) \
                    or (ti + 1 < len(toks) and toks[ti + 1][0].lower() in _PHRASAL_FIRST | {"out", "up", "back", "on", "in"})
                break
        if not attributed:
            out.append(end)
    return out


_NEW_SENTENCE_START = re.compile(r"[ \t]+[A-Z]")
_PHRASAL_FIRST = frozenset(a for a, _ in PHRASAL_CUES)
# What may follow a retort's "back" in a headline: "X hits back as rivals pick sides".
_BACK_WHEN = frozenset({"as", "after", "over", "against"})
# When, after "shot back": "shot back the same afternoon", "hit back on Monday", "fired back yesterday".
_TIME_AFTER_BACK = re.compile(r"(?:the[ \t]+(?:same|next|following)|on[ \t]+\w+day|yesterday|today|tonight|later|last|this)\b", re.IGNORECASE)
# Every word that can start an event in find_events, as it may be written: most
# tokens are none of these, and a set lookup is cheaper than lower-casing them all
_EVENT_WORDS = frozenset(f for w in {"according", "in", "as", "read", "reads", "so", "by", "through"} | _PHRASAL_FIRST | CUE_VERBS
                         | _NAMING_ONLY_CUES for f in (w, w.capitalize(), w.upper()))


def _tokens(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """Word and punctuation tokens with offsets; a sentence's final period is its own token."""
    out: list[tuple[str, int, int]] = []
    add = out.append  # the hottest loop of extraction: one span() call per token
    for m in _TOKEN.finditer(text, a, b):
        s, e = m.span()
        tok = text[s:e]
        if tok[-1] == "." and len(tok) > 2 and "." not in tok[:-1] and (tok[:-1].lower() not in TITLES or len(tok) > 6) \
                and not (tok[0] == "u" and tok[1:-1].lower() in TITLES):  # (Zulu "uNksz. Mhlongo")
            add((tok[:-1], s, e - 1))
            add((".", e - 1, e))
        else:
            add((tok, s, e))
    return out


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


# Clause openers that also name places in bodies' names: "Underground Consortium", "Inside Track Group".
_NAMING_OPENERS = frozenset("above below beneath underground upstairs downstairs overhead offstage inside outside".split())
# The tabloids' "the mum-of-two", "the father-of-three": a person described by her children.
_PARENT_OF = re.compile(r"(?:grand)?(?:mum|mom|mother|dad|father)-of-[a-z]+")


def _np_token(tok: str, nxt: str | None) -> bool:
    low = tok.lower().strip(".").replace("’", "'")
    if AGE.fullmatch(low):
        return True  # "says the 51-year-old"
    if _ORDINAL.fullmatch(tok):
        return nxt is not None and nxt[:1].isupper()  # "Air Force 1st Lt. Ann Lee"
    if tok[0].isupper() or (tok[0] == "u" and tok[1:2].isupper()) or ARABIC_FAMILY.match(tok):  # (Zulu "uThemba Nxumalo")
        if "'" in low and low.split("'", 1)[0] in CONTRACTION_HEADS:
            return False  # "There’s", "That’s", "Let’s" open clauses, they are not names
        if low in {"first", "second", "third"} and nxt is not None and nxt.lower() in ROLE_NOUNS:
            return True  # a rank in a post's title: "the Second Mayor Ann Lee"
        if low in _NAMING_OPENERS and nxt is not None and nxt[:1].isupper() and nxt.lower() in ORG_NOUNS:
            return True  # a place word in a body's name: "the Meridian Underground Consortium"
        return (low not in CLAUSE_OPENERS or tok == "AS") and _pronoun(tok) is None  # (Norwegian "Vinter Bulk AS")
    if tok == "&" and nxt is not None and nxt[:1].isupper():
        return True  # inside a firm's name: "Halden & Söderberg"
    if JAPANESE_POST.fullmatch(tok):
        return True  # a Japanese post after the name: "Aldmark's Ekholm gaishō"
    if low == "country" and nxt is not None and nxt.lower() in ROLE_NOUNS:
        return True  # a post in one country: "the company's Meridia country manager Ann Lee"
    if low.removesuffix("'s").removeprefix("co-").removeprefix("ex-") in ROLE_NOUNS or low in ROLE_MODIFIERS or low.removesuffix("'s") in ORG_NOUNS \
            or low in KIN_WORDS or _PARENT_OF.fullmatch(low) or (low in INSTITUTIONS and (nxt is None or (  # ("said his sister")
                nxt.lower() in CUE_VERBS or nxt.lower() in SKIPPABLE or nxt in {"let", "lets", "side"}))):
        # ("the university said", "The university itself let announce", not "a medic of the hospital")
        return True
    if low in _GUARD_NOUNS or (low in _GUARDED and nxt is not None and nxt.lower() in _GUARD_NOUNS):
        return True  # "the coast guard has accused …", "border guards said": a service
    if low in _MEDIA_NOUNS:  # "state media have described" (not "angered by the media declaring …")
        return nxt is None or not nxt.endswith("ing")
    if low.endswith("s'") and low[:-1].isalpha() and nxt is not None and nxt.lower() in ORG_NOUNS:
        return True  # whose body: "the pilots' association", "the workers' union"
    if low.endswith("'s") and low[:-2].isalpha() and nxt is not None and nxt[:1].isupper():
        return True  # whose member, by name: "the rescue unit's Lee commander"
    if (low in PARTICLES or low in TITLES) and nxt is not None and (nxt[:1].isupper() or (low in PARTICLES and nxt in PARTICLES)):
        return True  # "van Gogh", "van der Merwe", a translation's lower-case "dr Ann Lee"
    # an unlisted occupation before a name: "Crane operator Tom Hale", "bus driver Ann Lee"
    return nxt is not None and nxt[:1].isupper() and _AGENT_NOUN.fullmatch(low) is not None


_SITE_NOUNS = frozenset({"site", "website", "portal"})  # an outlet online: "The site said in an editorial note"
_GUARD_NOUNS = frozenset({"guard", "guards", "coastguard", "coastguards"})
_GUARDED = frozenset({"coast", "border", "national", "prison", "security", "honour", "honor", "home"})
# Words for the press as one voice: "Zarhani state media", "state TV".
_PLATFORMS = frozenset({"instagram", "facebook", "twitter", "tiktok", "telegram", "linkedin", "youtube", "threads",
                        "weibo", "whatsapp", "snapchat", "x", "blog", "substack"})  # (where a post is put up)
_MEDIA_NOUNS = frozenset({"media", "television", "tv", "broadcaster"})
_AGENT_NOUN = re.compile(r"[a-z]{2,}(?:ator|ist|ian|man|woman)")  # ("postman"; "-er" and "-or" words are too often not people)


def _is_adjective_like(tok: str) -> bool:
    """A lower-case word that may modify a role or body ("central", "regional")."""
    low = tok.lower()
    return tok.isalpha() and tok.islower() and low not in CUE_VERBS and low not in CLAUSE_OPENERS \
        and low not in _ARTICLES and low not in SKIPPABLE


# Posts held "to" a body or country: "the ambassador to Ostravia", "the envoy to the UN".
_ENVOYS = frozenset({"representative", "ambassador", "envoy", "delegate", "emissary", "observer", "attaché",
                     "adviser", "advisor", "consul", "commissioner"})
# Posts held to a person: "an aide to President Ann Lee".
_AIDES = frozenset({"aide", "assistant", "counsel", "secretary", "spokesman", "spokeswoman", "spokesperson"})


def _lower_gloss_before(toks: list[tuple[str, int, int]], of: int) -> int | None:
    """Where a bracket opens that glosses, in lower case, the name before "of" at ``of``:
    "Ann Lee (toxicology) of …", "Ann Lee (professor emeritus) of …"."""
    if of < 4 or toks[of - 1][0] != ")":
        return None
    opened = next((k for k in range(of - 2, max(0, of - 5), -1) if toks[k][0] == "("), None)
    if opened is None or opened < 1 or not toks[opened - 1][0][:1].isupper() \
            or not all(t[0].isalpha() and t[0].islower() for t in toks[opened + 1:of - 1]):
        return None
    return opened


def _glossed_post(toks: list[tuple[str, int, int]], of: int) -> bool:
    """Whether "of" at ``of`` follows a name and a post glossed in brackets: "Rahimi iinchō
    (chairwoman) of the authority"."""
    return of >= 5 and toks[of - 1][0] == ")" and toks[of - 3][0] == "(" and toks[of - 2][0] in ROLE_NOUNS \
        and toks[of - 5][0][:1].isupper()


def _backward_chunk(toks: list[tuple[str, int, int]], i: int) -> int:
    """Index of the first token of the noun phrase ending at ``toks[i]`` (or i+1)."""
    j = i
    if 0 <= i < len(toks) and i >= 2 and toks[i][0].lower() in INSTITUTIONS and toks[i - 1][0].lower() == "the" \
            and toks[i - 2][0].lower() in {"of", "from", "at", "in"}:
        return i + 1  # where someone is, not who: "A medic of the hospital told"
    if 1 <= i < len(toks) and toks[i][0] in _SITE_NOUNS and toks[i - 1][0] in {"the", "The"}:
        return i - 1  # an outlet online: "The site said in an editorial note" (not "Lee's leak site says")
    if 2 <= i < len(toks) and toks[i - 1][0] in {"platform", "app", "network"} and toks[i - 2][0] == "the" \
            and toks[i][0][:1].isupper():
        return i + 1  # where it was written: "On the platform X wrote the union"
    if 0 <= i < len(toks) and toks[i][0][0] == "_":  # a quoted work's title (blanked) is nobody,
        if i == 0 or toks[i - 1][0].lower() != "of":
            return i + 1
        j = i - 1  # but "the author of «…»" is someone
    while j >= 0:
        tok = toks[j][0]
        low = tok.lower()
        nxt = toks[j + 1][0] if j + 1 < len(toks) else None
        if low == "person" and j >= 3 and toks[j - 1][0] == "relations" and toks[j - 2][0].lower() == "public":
            j -= 3  # "a KH public relations person": who speaks for KH
            continue
        if _np_token(tok, nxt) or (low in PLACE_NOUNS and 0 < j < i and toks[j - 1][0][:1].isupper()
                                   and nxt is not None and nxt.lower() in ORG_NOUNS):  # "The Yonegyi township police"
            j -= 1
            continue
        if low in {"the", "this"} and j < i and j >= 5 and toks[j - 1][0] == "of" and toks[j - 2][0] == ")" \
                and toks[j - 3][0].isdigit() and toks[j - 4][0] == "(" and toks[j - 5][0][:1].isupper():
            j -= 5  # where someone works, after their age: "Ann Lee-shi (46) of this zoo said"
            continue
        if low in _ARTICLES and j < i:
            if j > 1 and toks[j - 1][0] in {"through", "via"} and toks[j - 2][0][:1].isupper():
                j -= 2  # a body and who speaks for it: "Lumex through a spokesperson commented"
                continue
            if low == "the" and j > 1 and toks[j - 1][0].lower() in {"and", "of"} and (toks[j - 2][0][:1].isupper() or (
                    toks[j - 1][0] == "of" and toks[j - 2][0] in {"ministry", "department"} and j + 1 <= i
                    and toks[j + 1][0][:1].isupper()) or (  # translated: "the ministry of the Finances"
                    j >= 6 and toks[j - 1][0] == "of" and _glossed_post(toks, j - 1)) or (
                    toks[j - 1][0] == "of" and _lower_gloss_before(toks, j - 1) is not None)):
                j -= 1
                continue
            if low == "the" and j > 2 and toks[j - 1][0] == "from" and all(
                    (t[0][:1].isupper() and t[0].isalpha() and t[0].lower() not in CLAUSE_OPENERS) or (k == 0 and t[0] in PARTICLES)
                    for k, t in enumerate(toks[j - 3:j - 1])):
                j -= 2  # a person, then where they work: "Ann Lee from the firm Brightwater Salvage complained" (or "Jan van Dam from …")
                continue
            if low in {"the", "a"} and j > 1 and toks[j - 1][0] == "for" and opens_body_for(toks[j - 2][0]) \
                    and j + 1 <= i and toks[j + 1][0][:1].isupper():
                j -= 1  # "the Office for the Coordination of Humanitarian Affairs said", "the Coalition for a Free Press"
                continue
            if low == "the" and j > 2 and toks[j - 1][0] == "of" and toks[j - 2][0].lower() in FAMILY_WORDS | MEMBERS_BODIES:
                j -= 1  # "the families of the trapped miners said": the families ("the union of the guards": the union)
                continue
            if low == "the" and j > 1 and toks[j - 1][0].lower() == "to" and toks[j - 2][0].lower() in _ENVOYS:
                j -= 1
                continue
            if j > 2 and (toks[j - 2][0].lower(), toks[j - 1][0].lower()) in SOURCE_NEARNESS \
                    and toks[j - 3][0].lower() in ROLE_NOUNS:
                j -= 3  # "a source close to the team said": the source, not the team
                continue
            return j
        if low == "of" and j < i and j > 0 and (_np_token(toks[j - 1][0], tok)) and nxt \
                and (nxt[0].isupper() or nxt[0] == "_" or nxt.lower() == "the"
                     or nxt in PORTFOLIOS and toks[j - 1][0].lower() in ORG_NOUNS):  # ("the ministry of education")
            j -= 1
            continue
        if low == "to" and j < i and j > 0 and toks[j - 1][0].lower() in _ENVOYS and nxt \
                and (nxt[0].isupper() or nxt.lower() == "the"):
            j -= 1  # "Zhouxia's permanent representative to the Council of Nations Fang Yiming"
            continue
        if tok == ")" and 3 <= j <= i and toks[j - 2][0] == "(" and toks[j - 1][0].isupper() and toks[j - 1][0].isalpha() \
                and toks[j - 3][0][:1].isupper() and (j == i or nxt is not None and nxt.lower() in SPOKES_WORDS | ROLE_NOUNS):
            # ("The National Farmers Union (NFU) President Ann Lee said")
            # ("The National Consumers' Association (NCA), on Instagram:": the body, its initials after it)
            j -= 3  # "The Mine Safety Office (MSO) spokesperson said"
            continue
        if low == "of" and j >= 4 and j < i and toks[j - 1][0] == ")" and toks[j - 3][0] == "(" \
                and toks[j - 2][0].isupper() and nxt and nxt[0].isupper():
            j -= 4  # "the Disaster Management Office (DMO) of Santa Lucia said"
            continue
        if low == "of" and j < i and _glossed_post(toks, j):
            j -= 5  # translated from Japanese: "Rahimi iinchō (chairwoman) of the authority criticized"
            continue
        opened = _lower_gloss_before(toks, j) if low == "of" and j < i else None
        if opened is not None:
            j = opened - 1  # "Professor Ann Lee (toxicology) of Northfield University said"
            continue
        if low == "the" and j < i:
            return j
        if j < i and j >= 3 and tok.isalpha() and tok.islower() and nxt is not None and nxt[:1].isupper() \
                and toks[j - 1][0] == "the" and toks[j - 2][0] == "of" and toks[j - 3][0][:1].isupper():
            j -= 3  # "Keiko Brandt of the consultancy Meridian Aero estimated"
            continue
        if j < i and j > 0 and nxt is not None and (
                (low in PLACE_NOUNS and toks[j - 1][0].lower() in {"from", "in"} and nxt[:1].isupper())
                or (low in {"from", "in"} and toks[j - 1][0].lower() in ROLE_NOUNS and nxt.lower() in PLACE_NOUNS)):
            # translated: "Farmer from village Lipky Taras Bondar told"
            j -= 1
            continue
        if low == "and" and j < i and j > 0 and toks[j - 1][0][:1].isupper() and nxt and (nxt[0].isupper() or nxt.lower() == "the"):
            j -= 1
            continue
        if tok == "," and 3 <= j < i - 2 and toks[j - 2][0] == "of" and toks[j - 3][0].lower() in ORG_NOUNS \
                and toks[j - 3][0][:1].isupper() and toks[j - 1][0][:1].isupper() and "and" in (t[0] for t in toks[j + 1:i]) \
                and all(t[0][:1].isupper() or t[0] in {",", "and"} for t in toks[j + 1:i + 1]):
            j -= 1  # a list of portfolios in a body's name: "the Ministry of Economy, Trade and Industry"
            continue
        if low == "for" and j < i and j > 0 and opens_body_for(toks[j - 1][0]) and nxt and (nxt[:1].isupper() or nxt in {"the", "a"}):
            j -= 1  # "Citizens for Clean Air said" (the article checked above: "the Office for the Coordination of …")
            continue
        if low == "for" and j < i and j > 0 and toks[j - 1][0] in {"Minister", "Secretary"} and nxt and nxt[:1].isupper():
            j -= 1  # a post and its portfolio: "Minister for Digital Affairs Ann Lee said" (not "Affairs Ann Lee")
            continue
        if j < i and _is_adjective_like(tok) and all(t[0].islower() for t in toks[j + 1:i + 1]):
            # adjectives between an article and a common-noun head: "the central bank"
            k = j
            while k > j - 2 and k >= 0 and _is_adjective_like(toks[k][0]):
                k -= 1
            if k >= 0 and toks[k][0].lower() in {"the", "a", "an"} and k < j:
                if k > 2 and toks[k - 1][0] == "of" and toks[k - 2][0].lower() in FAMILY_WORDS:
                    return _backward_chunk(toks, k - 2)  # "the families of the trapped miners said"
                if k > 1 and toks[k][0] == "the" and toks[k - 1][0] == "of" and toks[k - 2][0][:1].isupper():
                    j = k - 1  # "Ann Lee of the city election commission said": the one of it
                    continue
                return k
        break
    return j + 1


_CONTRACTIONS = ("'s", "'d", "'ll", "'re", "'ve", "'m")


def _pronoun(tok: str) -> str | None:
    """The subject pronoun a token is or begins with ("He’s" -> "he"), else None."""
    low = tok.lower().replace("’", "'")
    base = low.split("'", 1)[0]
    if base in _NOMINATIVE and (low == base or low[len(base):] in _CONTRACTIONS):
        return base
    return None


# Prepositions that open a sentence with no noun phrase of their own before a pronoun ("Alongside it she wrote").
_PREPOSITIONS_ALONE = frozenset({"alongside", "beside", "besides", "below", "above", "underneath", "beneath", "inside",
                                 "outside", "afterwards", "thereafter", "meanwhile", "nearby"})
# Adverbs between a subject and the aside after it: "Ann Lee also, at the hearing, warned".
_PIECE_ADVERBS = frozenset({"also", "too", "again", "then", "later", "meanwhile", "however", "herself", "himself"})


_DAYS_AROUND = frozenset({"yesterday", "today", "tonight"})


def _clause_np_before(toks: list[tuple[str, int, int]], comma: int) -> tuple[int, int] | None:
    """The speaker before a run of comma-separated asides ending at ``toks[comma]``.

    "Trump, in Kentucky, said" / "Ramos, 58, told" / "X, a pollster who works
    with Y, a super PAC, said": the first comma-separated piece of the clause
    that is a noun phrase on its own (and not an opener such as "Still,").
    """
    k = comma - 1
    depth = 0  # a parenthesis closed before the comma is part of a piece: "Ann Lee (D-Mo.), who …"
    while k >= 0 and (depth or (toks[k][0] not in {"(", ";", ":", "—", "–"} and not (
            toks[k][0].startswith(MASK) and not (k > 0 and toks[k - 1][0] in NAMING_PARTICIPLES)))):
        # (a name in marks inside an aside is part of it: "Ann Lee, nicknamed “the Crane” since …, said")
        depth += {")": 1, "(": -1}.get(toks[k][0], 0)
        k -= 1
    pieces: list[tuple[int, int]] = []
    a = k + 1
    for j in range(k + 1, comma + 1):
        if toks[j][0] == ",":
            if j > a:
                b = j - 1
                if toks[b][0] == ")":
                    while b > a and toks[b][0] != "(":
                        b -= 1
                    b -= 1
                if b >= a:
                    pieces.append((a, b))
            a = j + 1
    for n, (a, b) in enumerate(pieces):
        if a < b and (toks[a][0].lower() in {"but", "and", "so", "yet", "still", "already", "meanwhile"}
                      or (toks[a][0].lower() == "as" and toks[a + 1][0][:1].isupper())):
            a += 1  # "But Tom Miller, at a firm in Beijing, argues", "As Tom Miller, at …, put it"
        after = a + (toks[a][0].lower() == "on")
        while after < b and (_is_date_word(toks[after][0]) or toks[after][0].lower() in _TIME_NOUNS | _DAYS_AROUND):
            after += 1
        if after > a + (toks[a][0].lower() == "on") and (toks[after][0].lower() in {"a", "an"} or (
                (toks[a][0].lower() in _DAYS_AROUND | {"on"} or toks[after][0] in ROLE_NOUNS) and after <= b
                and toks[after][0][:1].isupper()
                and toks[after][0].lower() not in CLAUSE_OPENERS) or (
                toks[after][0] in ROLE_NOUNS and after < b and toks[after + 1][0][:1].isupper())):
            # ("Yesterday pensioner Ann Lee, 82, still in a caravan, told us": when, then who)
            a = after  # "On Monday evening an official close to the talks, who …, said": when, then who
        what = next((w for w in range(b - 1, a - 1, -1) if toks[w][0].lower() == "what"), None)
        if what is not None and toks[what + 1][0].lower() in _ARTICLES:
            a = what + 1  # "… found what the board, in a statement, called “…”": the board names it
            pieces[n] = (a, b)
        if a < b and toks[a][0][:1].isupper() and (toks[b][0] in _PIECE_ADVERBS or _is_ly_adverb(toks[b][0])):
            b -= 1  # "Ann Lee also, at the hearing on Wednesday, warned": the name before the adverb
        if a + 2 <= b and toks[a][0] in {"His", "Her"} and toks[a + 1][0].lower() in STYLES:
            a += 2  # "His Excellency Sheikh Ali Haddad, Undersecretary of …, said": the style, then the name
        if toks[a][0].lower().replace("’", "'").split("'", 1)[0] in CLAUSE_OPENERS \
                and not (toks[a][0].lower() in {"this", "that"} and a < b and toks[a + 1][0].lower() in ROLE_NOUNS):
            continue  # an aside ("who's running for office") or an opener (not translated "This official, …,")
        relative = next((w for w in range(a + 2, b + 1) if toks[w][0] == "who"), None)
        if relative is not None and toks[a][0].lower() in {"a", "an", "the", "one", "another"}:
            b = relative - 1  # "A brass player who has played there for decades, and who …, said": the player
        when = next((k for k in range(a + 2, b) if toks[k][0] in {"on", "at", "in"}), None)
        if when is not None and toks[a][0][:1].isupper() and toks[when - 1][0][:1].isupper() \
                and _backward_chunk(toks, when - 1) == a:
            b = when - 1  # "Chairman Kwon Tae-hyun on the 14th, at the meeting in Seoul, said"
        c = _backward_chunk(toks, b)
        if a < c <= b and toks[c][0][:1].isupper() and toks[c - 1][0].lower() in _SUBORDINATORS \
                and any(t[0].lower() in _FINITE_AUXILIARIES for t in toks[a:c]):
            return (toks[c][1], toks[b][2])  # "The issue had come up after Mr. Lee, asked about …, had said"
        if _source_close_to(toks, a, b):
            return (toks[a][1], toks[b][2])  # "an official close to the talks, who …, said"
        if c == a or (c <= b and (toks[a][0][:1].isupper() or toks[a][0].lower() in _ARTICLES)
                      and b - a <= 8 and not any((t[0].lower() in CUE_VERBS and t[0].lower() not in AUTHORED_TEXTS)
                                                 or t[0].lower() in _FINITE_AUXILIARIES for t in toks[a:b + 1])):
            # ("The final report of …, published …, says"; not a clause of its own: "The relatives have
            # formed a group, and Lee, one of its founders, says")
            # "Democratic front-runner Jane Doe": unknown modifiers stay with the name
            if toks[a][0].lower() in _ARTICLES:  # ("The commander, …", "One participant, …")
                return _with_apposed_name(toks, pieces, n)
            if n + 1 < len(pieces) and any(t[0] == "of" for t in toks[a:b]) and toks[b][0][:1].isupper():
                a2, b2 = pieces[n + 1]
                if b2 - a2 >= 2 and all(t[0][:1].isupper() or t[0] == "and" for t in toks[a2:b2 + 1]):
                    # "Minister of Environment, Urbanization and Climate Change Ali Kaya": the
                    # portfolios run on past the comma into the name
                    return (toks[a][1], toks[b2][2])
            return (toks[a][1], toks[b][2])
        text_at = next((k for k in range(a + 1, min(a + 5, b)) if toks[k][0].lower() in AUTHORED_TEXTS), None)
        if text_at is not None and toks[a][0].lower() == "the" and b - a <= 16 and toks[text_at + 1][0] in {"of", "by"} \
                and toks[b][0][:1].isupper() and all(t[0].isalpha() and t[0].islower() for t in toks[a + 1:text_at]):
            return (toks[a][1], toks[b][2])  # "The final situation report of the Fire and Rescue Agency (FRA), published …, states"
        if 8 < b - a <= 14 and a < c <= b and toks[a][0].lower() in _ARTICLES and toks[b][0][:1].isupper():
            # "The head of the Foreign Ministry of Russia Gennady Orlov, who …, said": a long role, then the name
            ref = parse_mention(" ".join(t[0] for t in toks[a:b + 1]))
            if ref is not None and ref.kind == "person" and ref.role:
                return (toks[a][1], toks[b][2])
        if a < c <= b and c - a <= 2 and toks[b][0][:1].isupper() \
                and all(_is_adjective_like(t[0]) for t in toks[a:c]):
            # "local mother Hannah Croft, who …, said": lower-case words before the role and name
            return (toks[c][1], toks[b][2])
        if toks[a][0].lower() in _ARTICLES and 1 <= b - a <= 2 and len(pieces) > 1 \
                and all(t[0].isalpha() and t[0].islower() and t[0] not in CLAUSE_OPENERS and t[0] not in CUE_VERBS
                        for t in toks[a + 1:b + 1]) and toks[b][0] not in _TIME_NOUNS | _PERIOD_NOUNS:
            # "The leaflet, apparently referring to … and its allies, said": a plain
            # noun before the aside is the subject (not a time: "The next day, …")
            return _with_apposed_name(toks, pieces, n)
    return None


def _source_close_to(toks: list[tuple[str, int, int]], a: int, b: int) -> bool:
    """Whether ``toks[a:b + 1]`` is an anonymous source and whom it is close to: "a person
    familiar with the negotiations", "two officials close to the talks"."""
    k = next((k for k in range(a + 2, b) if (toks[k][0].lower(), toks[k + 1][0].lower()) in SOURCE_NEARNESS), None)
    if k is None or b - k > 8 or toks[k - 1][0].lower() not in _SOURCE_NOUNS \
            or not all(t[0][:1].isalnum() or t[0] in {"’s", "'s"} for t in toks[k + 2:b + 1]):
        return False
    return all(t[0].isalpha() and t[0].islower() for t in toks[a + 1:k - 1]) \
        and (toks[a][0].lower() in {"a", "an", "the", "one", "two", "three", "several"} or toks[a][0].isdigit())


_SOURCE_NOUNS = ROLE_NOUNS | {"people", "sources", "officials", "persons"}


def _with_apposed_name(toks: list[tuple[str, int, int]], pieces: list[tuple[int, int]], n: int) -> tuple[int, int]:
    """The span of ``pieces[n]``, a role, with the name in apposition after it: "The
    commander, Adm. Ann Lee Jr., who …, said"; "One participant, 79-year-old retired
    postman Ned Ash, said"."""
    a, b = pieces[n]
    if n + 1 < len(pieces):
        na, nb = pieces[n + 1]
        capitals = all(t[0][:1].isupper() for t in toks[na:nb + 1] if t[0].isalpha())
        if nb - na <= 6 and (capitals or toks[nb][0][:1].isupper()):
            head = parse_mention(" ".join(t[0] for t in toks[a:b + 1]))
            named = parse_mention(" ".join(t[0] for t in toks[na:nb + 1]))
            if head is not None and head.kind == "role" and named is not None and named.kind == "person" \
                    and (capitals or " " in (named.name or "")):
                return (toks[a][1], toks[nb][2])
    return (toks[a][1], toks[b][2])


_FINITE_AUXILIARIES = frozenset({"have", "has", "had", "is", "are", "was", "were"})
_SUBORDINATORS = frozenset({"after", "before", "when", "as", "since", "until", "while", "because", "once", "if"})
_PERIOD_NOUNS = frozenset({"year", "month", "time", "moment", "weekend", "hour", "minute", "season", "decade",
                           "while", "end", "meantime", "past", "future", "same"})


def _is_ly_adverb(tok: str) -> bool:
    """An adverb between subject and verb: "Lee strongly denounced …"."""
    return tok.islower() and tok.isalpha() and tok.endswith("ly") and len(tok) > 4 and tok not in LY_NOUNS


_TIME_NOUNS = frozenset({"day", "morning", "afternoon", "evening", "night", "week", "date"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "been", "being", "be", "often", "widely", "repeatedly"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "outside"})
_PLACES_BEFORE_SUBJECT = _PLACE_PREPOSITIONS - {"from"}  # ("In the square of X an elderly lady …")


def _before_age_and_home(toks: list[tuple[str, int, int]], comma: int) -> int:
    """The comma before ", 63, of Wrenfield," (an age, a home town) that ends at
    ``comma``, else ``comma``: the speaker's phrase ends before them."""
    k = comma - 1
    if k >= 1 and toks[k][0].isdigit() and toks[k - 1][0] == ",":
        return k - 1  # ", 63, said"
    if k >= 1 and toks[k][0][:1].isupper():
        while k >= 1 and (toks[k][0][:1].isupper() or toks[k][0] in {",", "."}) and toks[k][0].lower() != "of":
            k -= 1  # "of Baldwin, Miss."
        if toks[k][0].lower() != "of" or k < 1 or toks[k - 1][0] != ",":
            return comma
        k -= 1
    if k >= 2 and toks[k][0] == "," and toks[k - 1][0].isdigit() and toks[k - 2][0] == ",":
        return k - 2
    return comma


def _someone_noun(noun: str) -> bool:
    """A noun for a person, as a sentence's unnamed subject needs ("One user wrote:", "A
    friend referred to him as", "One of them asked"; not "One sweeping question asked",
    "A memo concluded")."""
    return noun in ROLE_NOUNS or noun in _PERSON_NOUNS or noun == "user" \
        or (_DOER.fullmatch(noun) is not None and noun not in TEXT_NOUNS | BODY_WORDS)


def _someone_after_quote(toks: list[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """"“…,” one picker said", "“…,” a winemaker added": right after a quotation, an
    indefinite article and a noun or two name someone unnamed, whatever the noun; opening
    the sentence, when the noun is a person's ("One user wrote: “…”", "One of them asked")."""
    for d in (i - 1, i - 2):
        if d < 0 or toks[d][0].lower() not in {"a", "an", "one"}:
            continue
        words = toks[d + 1:i + 1]
        if all(w[0].isalpha() and w[0].islower() and w[0] not in CUE_VERBS and w[0] not in SKIPPABLE for w in words) \
                and ((d == 0 and (_someone_noun(toks[i][0]) or (toks[d + 1][0] == "of" and (
                    toks[i][0] in {"them", "us", "those"} or _someone_noun(toks[i][0][:-1])))))
                     or (d >= 1 and toks[d - 1][0].startswith(MASK))
                     or (d >= 2 and toks[d - 1][0] == "," and toks[d - 2][0].startswith(MASK))):
            return (toks[d][1], toks[i][2])
    return None


# Words that count a crowd: "several hundred people", "dozens of people".
_HOW_MANY = frozenset("several many some few hundred hundreds thousand thousands dozen dozens scores of".split())
_RELATIVES_AND_AUXILIARIES = frozenset({"who", "which", "that", "has", "have", "had", "many", "some", "others"})


def _before_adverbial(toks: list[tuple[str, int, int]], i: int) -> int:
    """Past an adverbial that a translation puts between the subject and its verb: "The head
    of the district, Vüqar Həsənov, at the meeting with the residents stated", "Ann Lee at a
    meeting in Dunmore on Friday declared", "Ann Lee on Tuesday in parliament said" (the
    subject's last word); else ``i``."""
    k = i
    while k > i - 10 and k > 1 and (toks[k][0].isalpha() or (_ORDINAL_DAY.fullmatch(toks[k][0]) and toks[k - 1][0] == "the")) and (
            toks[k][0].islower() or toks[k - 1][0] in {"in", "on", "at", "from", "near", "with"}):
        k -= 1  # (a place or a day in it: "… at a meeting in Dunmore on Friday declared", "… with Radio One",
        # "… at the press conference of the 6th said")
    if k < i and toks[k][0] == "," and toks[k + 1][0].lower() in {"at", "during", "after", "before", "in", "on"} \
            and (toks[k + 2][0].lower() in {"the", "a", "an", "this", "that"} or _is_date_word(toks[k + 2][0])
                 or (toks[k + 1][0] == "in" and toks[k + 2][0] in _VENUES)) \
            and toks[k - 1][0][:1].isupper():
        return k  # (the comma: "Ann Lee, spokeswoman of the Ministry, at that time had said" is all hers)
    if k < i and k >= 3 and toks[k][0] == ")" and toks[k - 1][0].isdigit() and toks[k - 2][0] == "(" \
            and toks[k + 1][0] == "with" and toks[k + 2][0] in {"a", "an"} and toks[k - 3][0][:1].isupper():
        return k  # (an age, then a manner: "student Ann Lee-san (18) with an uneasy expression spoke")
    post = k + 2 < i and toks[k + 1][0] in ROLE_NOUNS  # (the post after the surname, as Japanese puts it)
    if k < i and toks[k][0][:1].isupper() and toks[k][0].replace("-", "").isalpha() and (toks[k - 1][0][:1].isupper() or post) \
            and toks[k + 1 + post][0] in {"at", "during", "after", "before", "in", "on"} \
            and (toks[k + 2 + post][0].lower() in {"the", "a", "an", "this", "that"} or _is_date_word(toks[k + 2 + post][0])) \
            and not any(t[0] in CUE_VERBS for t in toks[:k]) \
            and not any(t[0] in _BE_FORMS or t[0] in _RELATIVES_AND_AUXILIARIES for t in toks[k + 1:i + 1]):
        # (not "… told Radio One in a video posted …", nor "… in a game many are calling")
        # … or without the comma: "Ann Lee at a meeting in Dunmore on Friday declared", "the unit's Lee
        # commander at the press conference said"
        return k + post
    return i


# Where words are said, with no article: "Ann Lee, in parliament on the 11th, stated"
_VENUES = frozenset({"parliament", "congress", "court", "public", "private", "writing", "person", "committee", "plenary"})


# Posts whose holder speaks as the body itself: "the spokesman of the Ministry" is the Ministry's voice.
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "voice", "mouthpiece"})


# An anonymous source's nearness, then a clause the translation did not set off with a comma.
_NEAR_THEN_CLAUSE = re.compile(r"([^\n]*?\b(?:close[ \t]+to|familiar[ \t]+with|briefed[ \t]+on)[ \t]+(?:the[ \t]+)?(?!the\b)\w+"
                               r"(?:[ \t]+(?!(?:of|for|in|on|at|to|and|from|with|the)\b)\w+)?)[ \t]+(?:the|a|an|his|her|their)[ \t]")


_TIME_WORDS_ALONE = frozenset({"yesterday", "today", "tonight"})
# Time words between an inverted cue and its speaker: "had warned already on Monday the governor".
_WHEN_AFTER_CUE = _TIME_WORDS_ALONE | {"late", "early", "last", "this", "week", "night", "morning", "evening", "afternoon",
                                       "already", "also", "again", "then"}
_SPELLS = frozenset({"hours", "minutes", "days", "moments"})  # ("hours before", "days earlier")
_ORDINAL_DAY = re.compile(r"(?:[12]?\d|3[01])(?:st|nd|rd|th)")


# What "named" or "termed" names words of, after it: "He named the payout a „burial fund“".
_NAMED_OBJECTS = frozenset({"the", "this", "that", "it", "them", "his", "her", "its", "their"})


# What someone spoke in, between their name and the verb: "Lee in an interview with the paper said".
_INTERVIEW_NOUNS = frozenset({"interview", "conversation", "statement", "post", "message", "video", "letter", "speech"})


# What may open a phrase of where or when inside a relative clause, before its verb: "who in an
# interview …", "who already on Tuesday …", "who at the hearing …".
_RELATIVE_ADVERBIAL_OPENERS = frozenset({"in", "on", "at", "during", "already", "still", "earlier", "later", "last", "this",
                                         "yesterday", "once", "repeatedly", "then"})


def _relative_before(toks: list[tuple[str, int, int]], i: int) -> int | None:
    """Where the relative pronoun stands whose clause goes on with where or when up to ``toks[i]``,
    before its verb: "Ann Lee, who in an interview with the weekly “The Ledger” called …", "…, who
    already on Tuesday assessed …"."""
    rel = next((k for k in range(i, max(i - 14, 1), -1) if toks[k][0] == "who"), None)
    if rel is not None and rel < i and toks[rel - 1][0] == "," and toks[rel + 1][0].lower() in _RELATIVE_ADVERBIAL_OPENERS \
            and all(t[0].isalpha() or t[0].startswith(MASK) for t in toks[rel + 1:i + 1]) \
            and not any(t[0] in {"that", "which", "and", "who", "whom"} or t[0] in CUE_VERBS for t in toks[rel + 1:i + 1]):
        return rel
    return None


# A name in apposition after a post and its "who" clause, before the cue: ", bioacoustics researcher
# Ann Lee of the Institute, has".
_APPOSED_AFTER_WHO = re.compile(r",[ \t]+((?:[a-z][\w-]*[ \t]+){0,3}[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+"
                                r"(?:[ \t]+(?:of|at|from)[ \t]+[^,\n]{1,60})?),[ \t]*(?:(?:has|have|had)[ \t]+)?[ \t]*")
# A sentence about "the latter" or "the former", who a "she said" after it may be.
# (after a participle's clause too: "Approached outside the clinic, the latter said …")
_LATTER_OPENS = re.compile(r"\s*(?P<clause>[A-Z][a-z]+(?:ed|ing)\b[^,.;:\n]{0,80},[ \t]+)?"
                           r"((?:[Tt]he[ \t]+(?:latter|former|first)|[Tt]his[ \t]+last))[ \t]+(?P<verb>[a-z]+)")


def _verb_after_latter(word: str) -> bool:
    """Whether the word after "the former" is its verb ("The former declined"), not the noun it
    qualifies ("The former president said")."""
    return word in _BE_FORMS or word in MODALS or word in {"has", "had", "have", "did", "does", "put", "went", "got"} \
        or word in CUE_VERBS or (word.endswith("ed") and word not in ROLE_NOUNS)
# The person the story named last: "the latter", and French "ce dernier" translated; or the
# first of the two it named together, "the former".
_THE_LATTER = frozenset(tuple(words.split()) for words in FORMER_OR_LATTER)


def _adjunct_words(toks: list[tuple[str, int, int]]) -> bool:
    """Whether ``toks`` are only lower-case words and weekdays, the when and where a translation puts
    between a subject and its verb ("who on Monday night said", "had on Monday to journalists said")."""
    return all(t[0].isalpha() and (t[0].islower() or t[0].lower() in WEEKDAYS) for t in toks)


def _phrase_before(masked: str, toks: list[tuple[str, int, int]], cue_idx: int) -> tuple[int, int] | None:
    """Char span of the speaker phrase before the cue at ``toks[cue_idx]``."""
    dateline = _after_dateline(toks) if cue_idx > 3 and toks[0][0][:1].isupper() \
        and (toks[0][1] == 0 or masked[toks[0][1] - 1] == "\n") else 0  # (a dateline opens its paragraph)
    if 0 < dateline < cue_idx - 1:
        return _phrase_before(masked, toks[dateline:], cue_idx - dateline)  # ("LYON (AP) - Acme, the …, said": Acme)
    i = cue_idx - 1
    inverted = next((k for k in range(i - 1, max(-1, i - 9), -1) if toks[k][0] in {"had", "has", "have"}), None) \
        if toks[cue_idx][0] == "said" else None
    if inverted is not None and inverted + 1 < cue_idx and toks[inverted + 1][0] in {"he", "she", "they"} \
            and inverted >= 1 and (toks[inverted - 1][0] == "," or toks[inverted - 1][0].startswith(MASK)):
        # a German verb at the end, after the words: "„…“, had she on Tuesday before the council said."
        return (toks[inverted + 1][1], toks[inverted + 1][2])
    if inverted is not None and inverted + 2 < cue_idx and toks[inverted + 1][0] == "the" \
            and inverted >= 1 and (toks[inverted - 1][0] == "," or toks[inverted - 1][0].startswith(MASK)):
        k = inverted + 2  # … or a noun phrase: "„…“, had the pilot to the newspaper said." (as in our test rows)
        while k < cue_idx and _np_token(toks[k][0], toks[k + 1][0]):
            k += 1
        if k > inverted + 2 and (k == cue_idx or toks[k][0] in _VERB_ADJUNCT_PREPOSITIONS | {"to", "before", "opposite"}) \
                and _adjunct_words(toks[k:cue_idx]):
            return (toks[inverted + 1][1], toks[k - 1][2])
    if i >= 2 and toks[i][0] == "heard" and toks[i - 1][0] in {"be", "is", "was", "are", "were"}:
        i -= 2  # "Lee can be heard saying on the recording"
        if i >= 1 and toks[i][0] in MODALS:
            i -= 1
    while i >= 0 and (toks[i][0].lower() in SKIPPABLE or toks[i][0].lower() in CUE_VERBS or _is_ly_adverb(toks[i][0])
                      or (toks[i][0] in ORDER_ADVERBS and i >= 1 and toks[i - 1][0] in {"has", "have", "had", "which", "who"})
                      or (toks[i][0] == "far" and i >= 2 and toks[i - 1][0] in {"so", "thus"})):
        # ("Lee has first qualified it as …": an adverb of order after the auxiliary; "Lee has so far promised")
        if toks[i][0] == "far":
            i -= 2
            continue
        if toks[i][0].lower() in CUE_VERBS and not (i + 1 < len(toks) and toks[i + 1][0].lower() == "and"):
            break
        if toks[i][0][:1].isupper() and toks[i][0].lower() not in SKIPPABLE:
            break  # a capitalised word is a name, not a verb: "the United States and added"
        if i == cue_idx - 1 and toks[i][0][:1].isupper() and toks[i][0].lower() in MODALS \
                and toks[cue_idx][0].lower() not in _CUE_BASE_FORMS:
            break  # a modal never takes "wrote" or "says": "Will wrote" / "May says" name someone
        i -= 1
    if i >= 1 and (toks[i - 1][0].lower(), toks[i][0]) in _THE_LATTER:
        return (toks[i - 1][1], toks[i][2])  # French "ce dernier", translated: "This last had declared"
    if i == cue_idx - 1 and i >= 3 and toks[i][0].lower() in DOCUMENT_NOUNS and toks[i - 1][0] in {"a", "an"} \
            and toks[i - 2][0] in {"in", "via"} and (toks[i - 3][0].isalpha() or toks[i - 3][0] == ")"):
        i -= 3  # a speech noun, not a verb: Japanese "Dashly in a comment said 「…」", Polish "The city council in a
        # communiqué assured, that „…”
    if i == cue_idx - 1 and i >= 1 and toks[i][0] == "so" and toks[i - 1][0][:1].isupper():
        i -= 1  # Japanese "と述べた", translated: "「…」, Sakamoto-senshu so said."
    if i == cue_idx - 1 and i >= 1 and toks[i][0] in {"let", "lets"} and toks[cue_idx][0] in _CUE_BASE_FORMS:
        i -= 1  # German "ließ mitteilen", translated: "The authority NEA let communicate, …": it speaks
    if i >= 3 and toks[i][0].lower() in _LISTENERS and all(_is_ly_adverb(t[0]) for t in toks[i + 1:cue_idx]):
        # (an adverb of how between: "Lee-san to local media tearfully spoke")
        to = i - 1 - (toks[i - 1][0].lower() in {"the", "our", "this", "local", "foreign"})
        named = to - 1
        if named >= 3 and toks[named][0] == ")" and toks[named - 2][0] == "(":
            named -= 3  # a post glossed in brackets: "Walpen-chōchō (mayor) to this newspaper said"
        if to >= 3 and toks[to][0] == "of" and toks[to - 1][0] in {"inquiry", "question", "questions", "request", "interview"}:
            to -= 2 + (toks[to - 2][0] == "the")  # Japanese: "KH's press officer to the inquiry of this newspaper answered"
            if toks[to][0].lower() == "to" and toks[to - 1][0] != ",":
                i = to - 1
        aux = next((k for k in range(to - 1, max(0, to - 7), -1) if toks[k][0] in {"had", "has", "have"}), None) \
            if toks[to][0].lower() == "to" else None
        if toks[to][0].lower() == "to" and to >= 2 and toks[to - 1][0] == ",":
            i = to - 2  # translated: "Emre Doğan, to our newspaper said:" (not "before the hotel to the press spoken")
        elif aux is not None and aux >= 2 and i == cue_idx - 1 \
                and _adjunct_words(toks[aux + 1:to]):
            i = aux - 1 - (toks[aux - 1][0] == ",")  # German, translated: "Ann Lee, had on Monday to journalists said:"
        elif toks[to][0].lower() in {"to", "toward", "towards"} and named >= 0 and (
                NAME_WITH_HONORIFIC.fullmatch(toks[named][0]) or JAPANESE_POST.fullmatch(toks[named][0])):
            i = named  # Japanese: "Tanabe Kenji-shi to the reporters stated", "Karani bengoshi toward reporters said"
    inside = next((k for k in range(i - 1, max(i - 9, 0), -1) if toks[k][0] == "in" and toks[k + 1][0] in {"a", "an", "the"}
                   and toks[k + 2][0].lower() in _INTERVIEW_NOUNS), None) if i >= 3 else None
    if inside is not None and toks[inside - 1][0][:1].isupper() and toks[inside - 1][0].replace("-", "").isalpha() \
            and all(t[0].isalpha() and t[0].lower() not in CUE_VERBS for t in toks[inside:i + 1]):
        named_from = inside - 1
        while named_from > 0 and toks[named_from - 1][0][:1].isupper():
            named_from -= 1
        if not (named_from > 0 and toks[named_from - 1][0].lower() in CUE_VERBS):  # (not "told REVOLT TV in a video posted")
            i = inside - 1  # where, between the name and the verb: "Pak So-jon in the interview for the server SportLine added:"
    if i >= 2 and i == cue_idx - 1 and toks[i][0].lower() in _HOUSES and toks[i - 1][0] == "in" and toks[i - 2][0][:1].isupper() \
            and toks[i - 2][0].replace("-", "").isalpha() and toks[i - 2][0].lower() not in CLAUSE_OPENERS:
        i -= 2  # where, between the name and the verb, as translations put it: "Ann Lee in parliament acknowledged:"
    if i >= 1 and toks[i][0] in ORDER_ADVERBS and (toks[i - 1][0][:1].isupper() or toks[i - 1][0] in {"he", "she", "they"}):
        i -= 1  # "when Lee first testified", "the Tribune later reported", "the view she first expressed"
    if i >= 3 and toks[i][0].lower() in _TIME_NOUNS and toks[i - 1][0].lower() in {"same", "that", "this"}:
        # "the Ministry of Trade on the same day said", "Lee later that day told"
        k = i - 2 if toks[i - 1][0].lower() != "same" else i - 3
        if k >= 1 and toks[k][0].lower() in {"on", "later", "earlier"}:
            i = k - 1
    if i >= 3 and _ORDINAL_DAY.fullmatch(toks[i][0]) and toks[i - 1][0] == "the" and toks[i - 2][0] == "on":
        i -= 3  # Japanese and Korean news date by the day alone: "Lee on the 12th answered"
    if i >= 1 and toks[i][0].lower() in WEEKDAYS and toks[i - 1][0].lower() == "on":
        i -= 2
    elif i >= 2 and toks[i - 1][0] in {"last", "this"} and (toks[i][0].lower() in WEEKDAYS or toks[i][0] in {"week", "month"}) \
            and not toks[cue_idx][0].endswith("ing"):  # (not "began an ad campaign this week praising")
        i -= 2  # "Lee this week said"
    elif i >= 1 and toks[i][0] in {"last", "this"} and toks[i + 1][0].lower() in WEEKDAYS:
        i -= 1  # "Ann Lee, who last Thursday admitted": the weekday was skipped above
    elif i >= 1 and toks[i][0].lower() == "on" and toks[i + 1][0].lower() in WEEKDAYS:
        i -= 1  # "Lee on Saturday tweeted": the weekday was skipped above
        if i >= 1 and toks[i][0] in {"already", "still"}:
            i -= 1  # translated from German: "had Ann Lee, the …, already on Thursday declared"
        while i >= 1 and toks[i][0] in _AUXILIARIES:
            i -= 1  # translated: "Lee had on Saturday still assured"
    elif i >= 4 and toks[i][0] in _TIME_NOUNS | _PERIOD_NOUNS:
        # "Ann Lee, who on the first morning told": the time between the relative and its verb
        when = next((k for k in range(i - 1, max(i - 6, 0), -1) if toks[k][0] == "who"), None)
        if when is not None and toks[when + 1][0] in {"on", "in", "at", "during", "that", "this", "the", "later", "earlier"} \
                and _adjunct_words(toks[when + 1:i]):
            i = when  # (and "who on Monday night said")
    rel = _relative_before(toks, i)
    if rel is not None:
        i = rel
    about = next((k for k in range(i, max(i - 6, 1), -1) if toks[k][0] == "about"), None)
    if about is not None and about < i and all(t[0].isalpha() and t[0].lower() not in CUE_VERBS for t in toks[about + 1:i + 1]) \
            and (toks[about - 1][0] in {"also", "again"} or toks[about - 1][0][:1].isupper() or toks[about - 1][0] in HONORIFICS_AFTER):
        # what about, before the verb, as Turkish word order translated has it: "Ann Lee Bey also about
        # the pilot said"
        i = about - 1
        while i > 0 and toks[i][0] in {"also", "again"}:
            i -= 1
    boxed = i >= 3 and toks[i][0] == "," and toks[i - 1][0].lower() in PLATFORMS  # (", on official SNS, posted")
    plat = i - boxed
    on = next((k for k in range(plat - 1, max(plat - 4, -1), -1) if toks[k][0].lower() in {"on", "via"}), None) \
        if plat >= 1 and toks[plat][0].lower() in PLATFORMS and toks[plat][0][:1].isupper() else None
    if on is not None and all(t[0].isalpha() and t[0].islower() for t in toks[on + 1:plat]) \
            and (not boxed or (on >= 1 and toks[on - 1][0] == ",")):
        # "Lee on Instagram wrote", "On Instagram wrote the runner", "The company on the 2nd, on official
        # SNS, posted": where, not who
        i = on - 1
        while i >= 0 and toks[i][0] == ",":
            i -= 1
        if i >= 3 and _ORDINAL_DAY.fullmatch(toks[i][0]) and toks[i - 1][0] == "the" and toks[i - 2][0] == "on":
            i -= 3
        while i >= 0 and toks[i][0] == ",":
            i -= 1
    if i < 0:
        return None
    i = _before_adverbial(toks, i)
    source = next((a for a in range(i - 4, max(i - 14, -1), -1) if _source_close_to(toks, a, i)), None) \
        if any(t[0] in SOURCE_NEAR_WORDS for t in toks[max(0, i - 9):i]) else None
    if source is not None and (source == 0 or not toks[source - 1][0].isalnum() or toks[source - 1][0].lower() in _CLAUSE_OPENERS):
        return (toks[source][1], toks[i][2])  # "A person familiar with the matter said"
    if toks[i][0].lower() in {"someone", "somebody"}:
        return (toks[i][1], toks[i][2])  # named by nobody: the words are not the last speaker's
    if i >= 2 and toks[i - 1][0] == "of" and toks[i - 2][0].lower() in _HOW_MANY and toks[i][0].islower() \
            and (toks[i][0] == "people" or toks[i][0].endswith("s")):
        return (toks[i - 2][1], toks[i][2])  # "hundreds of people chanted": a crowd, no one named
    someone = next((k for k in range(i - 2, max(i - 8, 0) - 1, -1) if toks[k][0].lower() in {"someone", "somebody"}
                    and toks[k + 1][0] in {"from", "in", "at", "among"}), None)
    if someone is not None and all(t[0].isalpha() for t in toks[someone:i + 1]):
        return (toks[someone][1], toks[i][2])  # "someone from the gallery shouted": nobody named either
    unnamed = _someone_after_quote(toks, i)
    if unnamed is not None:
        return unnamed
    if toks[i][0] == "who" and i > 2 and toks[i - 1][0] == "and":
        # the second of two relatives: "Ann Lee, the engineer whose inspection … and who said …": hers
        i = next((k for k in range(i - 2, max(i - 25, 0), -1) if toks[k][0] in {"who", "whose"}), i)
    if (toks[i][0] in {"who", "whose"} or (toks[i][0] == "which" and i > 1 and toks[i - 1][0] == ","
                                           and toks[i - 2][0][:1].isupper())) and i > 0:
        # "a judge who said", "Judge Ann Lee, who said", "under retired judge Ann Lee, who said": the
        # relative's antecedent speaks (and a body's, named: "the firm Veritab Systems, which insisted")
        j = i - 1 if toks[i - 1][0] != "," else i - 2
        if j >= 1 and toks[j][0] == "people" and toks[j - 1][0] in _HOW_MANY:
            k = j - 1  # "received by several hundred people who shouted": a crowd, no one named
            while k > 0 and toks[k - 1][0] in _HOW_MANY:
                k -= 1
            return (toks[k][1], toks[j][2])
        start = _backward_chunk(toks, j) if j >= 0 else j + 1
        of = start - 1
        while of > start - 4 and of > 1 and toks[of][0] != "of" and toks[of][0].islower():
            of -= 1
        if toks[i - 1][0] == "," and start <= j and of >= 2 and toks[of][0] == "of" and toks[of - 1][0] == ",":
            j = of - 2  # "Owain Rhys, of the firm Menai Engineering, who explained": the one before the firm
            start = _backward_chunk(toks, j)
        if start >= 3 and toks[start - 1][0] == "of" and toks[start - 2][0] in ROLE_NOUNS:
            start = _backward_chunk(toks, start - 2)  # "the spokesman of the Supervisory Authority Ann Lee, who …"
        article = next((k for k in range(start, max(start - 4, 2), -1) if toks[k][0] in {"a", "an", "the"}), None)
        apposed = article is not None and toks[article - 1][0] == "," and toks[article - 2][0][:1].isupper() \
            and toks[article - 3][0][:1].isupper() and all(t[0][:1].islower() for t in toks[article:start])
        if apposed and article is not None:
            start = _backward_chunk(toks, article - 2)  # "Ann Lee, a night-shift cleaner who says": Ann Lee (and
            # "Ann Lee, the Courier's veteran columnist, who accused …")
        elif start >= 3 and toks[i - 1][0] == "," and toks[start - 1][0] == "," and toks[start][0] in ROLE_NOUNS \
                and toks[start - 2][0][:1].isupper() and toks[start - 3][0][:1].isupper() \
                and (leading := parse_mention(f"{toks[start - 3][0]} {toks[start - 2][0]}")) is not None and leading.kind == "person":
            start = _backward_chunk(toks, start - 2)  # "Ann Lee, chief executive of Acme Cruises, who called …": Ann Lee
            apposed = True
        words_of = start >= 2 and toks[start - 1][0] == "of" and _SPEECH_NOUNS.fullmatch(toks[start - 2][0]) is not None
        owned_at = _person_owns_place(toks, start, j, i)
        start = owned_at if owned_at is not None else start
        if start <= j and (toks[start][0][:1].isupper() or toks[start][0].lower() in _ARTICLES
                           or toks[j][0].lower() in ROLE_NOUNS
                           or (toks[j][0][:1].isupper() and any(t[0] in ROLE_NOUNS for t in toks[start:j]))) \
                and (start == 0 or toks[start - 1][0].lower() not in {"of", "for", "in", "at", "and"} or words_of or apposed
                     or (toks[start - 1][0] == "for" and toks[i - 1][0] == "," and toks[start][0][:1].isupper())
                     or owned_at is not None) \
                and not (toks[start - 1][0] == "from" and j == i - 1) \
                and not any(t[0].lower() in CUE_VERBS and (k == 0 or (t[0].islower() and not toks[k - 1][0].isalpha()))
                            for k, t in enumerate(toks[:start])):
            # (not in "said Ann Lee, a consultant in Ohio who said …": her attribution goes on, but
            # "She cited the spokesman Ann Lee, who admitted …" is his; not the town in "a student
            # from Glasgow who asked")
            return (toks[start][1], toks[j][2])
        return None
    if toks[i][0] == ")":
        while i >= 0 and toks[i][0] != "(":
            i -= 1
        i -= 1
        if i < 0:
            return None
    if i == cue_idx - 1 and i > 0 and toks[i][0][:1].isupper() and toks[i][0].lower() in CLAUSE_OPENERS \
            and _pronoun(toks[i][0]) is None and (toks[i - 1][0] == "," or toks[i - 1][0].startswith(MASK)):
        return (toks[i][1], toks[i][2])  # mid-sentence capital before the verb: a name ("…,” From said)
    if i == cue_idx - 1 and toks[i][0].lower() in QUANTIFIER_PRONOUNS \
            and (i == 0 or toks[i - 1][0] in {",", ";"} or toks[i - 1][0].startswith(MASK)):
        return (toks[i][1], toks[i][2])  # "“…,” another added": someone else, unnamed
    pronoun = _pronoun(toks[i][0])
    if pronoun is not None:
        k = i
        if k >= 3 and toks[k - 1][0] == "what" and toks[k - 2][0].endswith("ing") and toks[k - 3][0] == ",":
            subject = _subject_span(toks)  # "Ann Lee, repeating what he told TNN, …": the subject's words
            if subject is not None and subject[1] <= toks[k - 3][1]:
                return subject
        if k >= 3 and toks[k - 1][0] == "as" and toks[k - 2][0] == "," and pronoun in {"it", "they"}:
            subject = _subject_span(toks)  # "The ministry has, as it says in a communication, „…“": the subject's
            if subject is not None and subject[1] <= toks[k - 2][1]:
                return subject
        # resumptive pronoun after a sentence-initial phrase: "The boss of X he insisted"
        if k > 0 and toks[k - 1][0] not in {",", ";", ":"} and not toks[k - 1][0].startswith(MASK) \
                and toks[k - 1][0].lower() not in SKIPPABLE and toks[k - 1][0].lower() not in _SUBORDINATORS:
            subject = _subject_span(toks)
            if subject is not None and masked[subject[0]:subject[1]].lower() in _PREPOSITIONS_ALONE:
                subject = None  # "Alongside it she wrote": where, and she
            gap = [t[0] for t in toks[:k] if subject is not None and t[1] >= subject[1]]
            if 1 <= len(gap) <= 2 and all(w.isalpha() and w.islower() and w not in ROLE_NOUNS and w not in CUE_VERBS
                                          and w not in _WH_WORDS | {"that"} for w in gap):
                subject = None  # the object put first, as Polish does: "The police intervention she called „…”"
            if "," in gap and any(w in {"but", "yet"} for w in gap):
                subject = None  # how they looked, not who: "Pale, but with a firm voice he said: „…“"
            if k + 1 == cue_idx and toks[k - 1][0].isalpha() and toks[k - 1][0].islower() and any(w in _SAID_FORMS for w in gap):
                subject = None  # the subject's own verb came first: "Dr Lee said that …, a phase she called “…”"
            if subject is not None and not any(t[0] == ":" and subject[1] <= t[1] and toks[c + 1][0].isalpha()
                                               and toks[c + 1][0].islower() for c, t in enumerate(toks[:k])) \
                    and not (toks[k - 1][0].isalpha() and toks[k - 1][0].islower()
                             and any(t[0].startswith(MASK) and subject[1] <= t[1] for t in toks[:k - 1])):
                # (not "Worth noting: on day one he …", but "The board stood by him: “…” – they wrote"; nor
                # German order after words quoted: "Lee wrote: „…“ The fine he called ‚political‘")
                return subject
        mark = k - 1 - (toks[k - 1][0] == ",")
        while mark >= 4 and toks[mark][0].startswith(MASK) and toks[mark - 1][0] == "and" and toks[mark - 2][0].startswith(MASK):
            mark -= 2  # (two pieces quoted: "Ann Lee, “…” and “…” she said")
        if mark >= 2 and toks[mark][0].startswith(MASK) and toks[mark - 1][0] == "," and pronoun in {"he", "she"}:
            # Turkish order, the subject before the words and the pronoun after: "The Finance
            # Minister Ann Lee yesterday, “…,” she said."
            subject = _subject_span(toks[:mark - 1])
            if subject is not None and all(_is_date_word(t[0]) or t[0].lower() in _TIME_WORDS_ALONE
                                           for t in toks[:mark - 1] if t[1] >= subject[1]):
                ref = parse_mention(masked[subject[0]:subject[1]])
                if ref is not None and ref.kind == "person" and ref.name and " " in ref.name \
                        and GIVEN_NAME_GENDER.get(ref.name.split()[0].lower()) in (None, pronoun):
                    return subject
        return (toks[k][1], toks[k][1] + len(pronoun))
    if toks[i][0] in {"–", "—"} and i >= 3:
        # "Ann Lee – the climber fans call “the Crane” – admitted": the name before the aside
        opening = next((k for k in range(i - 2, 0, -1) if toks[k][0] in {"–", "—", ";", ":"}), None)
        # (an aside may hold commas: "Ann Lee – no relation of the mayor, despite the name – denied it")
        if opening is not None and toks[opening][0] == toks[i][0] and toks[opening - 1][0][:1].isupper():
            start = _backward_chunk(toks, opening - 1)
            if start <= opening - 1 and toks[start][0][:1].isupper() and (start == 0 or toks[start - 1][0] in {",", ";"}) \
                    and _pronoun(toks[start][0]) is None:
                return (toks[start][1], toks[opening - 1][2])
    if toks[i][0] == "," and i >= 8 and cue_idx == i + 1:
        c = next((k for k in range(1, 6) if toks[k][0] == ","), 0)
        if c and toks[c + 1][0] in {"a", "an"} and toks[0][0][:1].isupper() and toks[c - 1][0][:1].isupper() \
                and any(t[0] in {"that", "which"} for t in toks[c + 2:i]) and toks[i - 1][0][:1].isupper() \
                and not any(toks[k][0].lower() in CUE_VERBS and toks[k - 1][0] not in _ARTICLES for k in range(c + 2, i)):
            # "Verdana Supermarkets, a chain that sold it in Calvora, Germany and Poland, said": the places end a
            # relative clause in the apposition; the subject is the name before it
            return (toks[0][1], toks[c - 1][2])
    if toks[i][0] == ",":
        i = _before_age_and_home(toks, i)  # "The group's president, Tom Ashby, 63, of Wrenfield, said"
        # appositive: "X, the role, said" / "the role, X, said" / "X, who ..., said"
        end = i - 1
        if end > 0 and toks[end][0] == ")":  # "the minister, Ann Lee (Green Party), called"
            end = next((c - 1 for c in range(end - 1, max(end - 8, 0), -1) if toks[c][0] == "("), end)
        if end < 0:
            return None
        start = _backward_chunk(toks, end)
        if start == end and start >= 2 and toks[start - 1][0] == "," and toks[start][0][:1].isupper() \
                and toks[start][0].lower() in ROLE_NOUNS:
            # "Ann Lee, a member of your own party, Governor, told": a title alone between
            # commas is whom the words are addressed to (or the post of the one before it)
            clause = _clause_np_before(toks, start - 1)
            if clause is not None:
                return clause
        if start > end or (start > 0 and toks[start - 1][0] != ","):
            described = _described_person(masked, toks, end)
            if described is not None:
                return described
            # a clause between commas ("Doe, who spoke to reporters, said",
            # "Trump, in Kentucky, said"): the speaker stands before it
            clause = _clause_np_before(toks, i)
            if clause is not None or start > end:
                return clause
            if start > 0 and toks[start - 1][0].isalpha() and toks[start - 1][0].islower() \
                    and toks[start - 1][0] not in {"including", "like", "and", "but", "that", "then", "so"} \
                    and toks[cue_idx][0].lower() in INVERTABLE:
                after = _phrase_after(masked, toks, cue_idx)
                if after is not None and _ends_inverted_phrase(toks, after[1]) \
                        and _pronoun(masked[after[0]:after[1]]) is None:
                    return None  # "… for Lee, said Ray.": an object before the comma; the cue is inverted
        if start >= 2 and toks[start - 1][0] == ",":
            piece = next((k + 1 for k in range(start - 2, -1, -1) if toks[k][0] in {",", ";", ":"}), 0)
            if toks[piece][0].lower() in {"who", "whose"}:
                # "Tom Hale, who plays the elder brother, Aled, said": the name after
                # the relative clause is the part's, the speaker stands before it
                clause = _clause_np_before(toks, i)
                if clause is not None:
                    return clause
            first_end = start - 2
            if first_end >= 2 and toks[first_end][0].isdigit() and toks[first_end - 1][0] == ",":
                first_end -= 2  # "Ann Lee, 58, a farmer, said"
            elif first_end >= 3 and toks[first_end][0] == ")" and toks[first_end - 2][0] == "(" and toks[first_end - 1][0].isupper():
                first_end -= 3  # "Passenger Rights Watch (PRW), the consumer group, said": the body's initials
            start0 = _backward_chunk(toks, first_end)
            if 0 < start0 <= first_end and toks[start0 - 1][0].lower() in _PLACE_PREPOSITIONS:
                # "Lee, at a rally in Salem, Oregon, said": a place, the speaker is before it
                clause = _clause_np_before(toks, i)
                if clause is not None:
                    return clause
            spokes = next((k - 1 for k in range(first_end - 1, max(first_end - 7, 1), -1) if toks[k][0] in {"for", "of"}
                           and toks[k - 1][0].lower() in SPOKES_WORDS), None) if toks[first_end][0][:1].isupper() else None
            if spokes is not None and all(t[0][:1].isupper() or t[0] in {"the", "of", "and", "&"} for t in toks[spokes + 2:first_end]) \
                    and masked[toks[start][1]:toks[start][2]].lower() in _ARTICLES:
                # "A spokesman for Vinter Bulk AS, the tanker's owner, said": the body, described
                return (toks[spokes + 2][1], toks[first_end][2])
            if start0 <= first_end and start == end and (toks[start][0] in DEMONYMS or NATIONALITY.match(toks[start][0])):
                return (toks[start0][1], toks[first_end][2])  # "The coach Ann Lee, German, said": where she is from
            if start0 <= first_end:
                first = masked[toks[start0][1]:toks[first_end][2]]
                second = masked[toks[start][1]:toks[end][2]]
                a, b = parse_mention(first), parse_mention(second)
                if a and b and ({a.kind, b.kind} in ({"person", "role"}, {"person", "org"})
                                 or (a.kind == b.kind == "org" and a.definite and not b.definite)  # "X, a federal agency,"
                                 or (a.kind == "person" and PARTY_TAG.fullmatch(second))):  # "Ann Boyle, D-Ohio,"
                    if "_" in second and a.kind == "person":
                        return (toks[start0][1], toks[first_end][2])  # "Ann Lee, author of “Small Wars,”"
                    return (toks[start0][1], toks[end][2])
                if a and b and a.kind == b.kind == "person" and " " in (a.name or "") and second[:1].islower() \
                        and second.split()[0] in ROLE_NOUNS:
                    return (toks[start0][1], toks[first_end][2])  # "Ann Lee, owner of Lee Heritage Restoration, insists"
                if a and b and a.kind == b.kind == "org" and a.definite and b.definite and second[:1].islower() \
                        and any(w[:1].isupper() for w in first.split()[1:] or first.split()):
                    return (toks[start0][1], toks[first_end][2])  # "Passenger Rights Watch, the consumer group, said": its name
                if a and b and a.kind == b.kind == "role" and a.definite and not b.definite:
                    return (toks[start0][1], toks[first_end][2])  # "The minister, a former admiral, said": the post the story knows
        return (toks[start][1], toks[end][2])
    start = _backward_chunk(toks, i)
    if start > i or not toks[start][0][:1].isupper():
        # "Lee in his opening speech called …": a phrase about time or place
        # stands between the speaker and the verb
        k = i
        while k > 0 and i - k < 8 and toks[k][0].lower() not in _VERB_ADJUNCT_PREPOSITIONS \
                and (toks[k][0].isalnum() or toks[k][0] in {"’s", "'s"}) and toks[k][0].lower() not in CUE_VERBS:
            k -= 1
        # "The organisation in an open letter … accuses"; and any noun that opens the sentence, a post
        # the rules do not know: "The hejtman at the same time repeated"
        opening_noun = k == 2 and toks[0][0] == "The" and toks[1][0].isalpha() and toks[1][0].islower()
        # (a word of where it is from between: "The German producer in the statement … expressed")
        art = k - 3 if k > 2 and (toks[k - 2][0] in DEMONYMS or NATIONALITY.match(toks[k - 2][0])) else k - 2
        body = k > 1 and (toks[k - 1][0].lower() in _ROLE_OR_BODY_NOUNS or opening_noun) \
            and toks[art][0].lower() in {"the", "a", "an"} and (art == 0 or toks[art - 1][0] in {",", ";"})
        if k > 0 and k < i and toks[k][0].lower() in _VERB_ADJUNCT_PREPOSITIONS \
                and (toks[k - 1][0][:1].isupper() or body) and _pronoun(toks[k - 1][0]) is None:
            named = _backward_chunk(toks, k - 1)
            named = 0 if opening_noun else named
            if named <= k - 1 and (named == 0 or not toks[named - 1][0][:1].isalpha()
                                   or toks[named - 1][0].lower() in _CLAUSE_OPENERS):
                return (toks[named][1], toks[k - 1][2])
    if start > i:
        return _somebody_somewhere(toks, i) or _name_of_the_unit(toks, i) or _authored_text(masked, toks, i)
    if start >= 3 and toks[start - 1][0] == "with" and toks[start][0] == "the" and toks[start - 2][0].isalpha() \
            and toks[start - 2][0].islower() and toks[start - 2][0] not in CUE_VERBS:
        return None  # whom the subject met, not who spoke: "Ann Lee, …, after the meeting with the president said"
    if start >= 2 and toks[start - 1][0] == "of" and toks[start - 2][0].lower() in ROLE_NOUNS \
            and (toks[i][0].islower() and toks[i][0] not in ORG_NOUNS
                 or (toks[start][0].lower() == "the" and toks[start - 2][0].lower() in _SINGULAR_ROLES
                     and toks[start - 2][0].lower() not in _VOICES)):
        # "the former secretary of state talked": the post, not "state"; "the chairman of the
        # Dunmore Cooperative told": the person who chairs it (but "the spokesman of the
        # Ministry" speaks for the Ministry, and "observers of the Assembly" are not one person)
        start = _backward_chunk(toks, start - 2)
    located = _located_subject(toks, start)
    if located is not None:
        return located
    return (toks[start][1], toks[i][2])


def _person_owns_place(toks: list[tuple[str, int, int]], start: int, j: int, i: int) -> int | None:
    """Where "of <a person named in full>, who" names the person after a thing, not a person: "in
    the office of Rear Admiral Ann Lee, who told him" is hers (not "the lawyer of Ann Lee, who …")."""
    if toks[i][0] != "who" or toks[i - 1][0] != ",":
        return None
    of = next((k for k in range(j - 1, max(start, j - 6), -1) if toks[k][0] == "of"), None)
    if of is None or of < 1:
        return None
    owner = toks[of - 1][0]
    ref = parse_mention(" ".join(t[0] for t in toks[of + 1:j + 1]))
    return of + 1 if owner.isalpha() and owner.islower() and owner not in ROLE_NOUNS and owner not in KIN_WORDS \
        and ref is not None and ref.kind == "person" and " " in (ref.name or "") else None


def _described_person(masked: str, toks: list[tuple[str, int, int]], end: int) -> tuple[int, int] | None:
    """"Ann Lee, a spokeswoman for the ministry, said": a name, then a role with an
    article ending at ``toks[end]``; the span of both."""
    comma = next((k for k in range(end - 1, max(end - 9, 0), -1) if toks[k][0] == ","), None)
    if comma is None or comma < 1 or toks[comma + 1][0].lower() not in _ARTICLES:
        return None
    words = [t[0].lower() for t in toks[comma + 2:end + 1]]
    head = next((words[k - 1] for k, w in enumerate(words) if w in {"for", "of", "at", "with"} and k > 0), words[-1])
    if head not in ROLE_NOUNS or head in ORG_NOUNS:
        return None  # "Xinhua, the official news agency,": a body described
    role = parse_mention(masked[toks[comma + 1][1]:toks[end][2]])
    first = _backward_chunk(toks, comma - 1)
    if role is None or role.kind != "role" or first > comma - 1 or (first > 0 and toks[first - 1][0].isalpha() and not (
            # (translated from German, the perfect's auxiliary first: "„…“, had Ann Lee, the chief of …, explained")
            first >= 2 and toks[first - 1][0] in {"had", "has", "have"} and toks[first - 2][0] == ",")):
        return None
    name = parse_mention(masked[toks[first][1]:toks[comma - 1][2]])
    return (toks[first][1], toks[end][2]) if name is not None and name.kind == "person" else None


def _name_of_the_unit(toks: list[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """"Ann Lee of the foundry division said": a name, then the unit it belongs to in
    lower case, ending at ``toks[i]``; the span of both."""
    of = next((k for k in range(i - 2, max(i - 5, 0), -1) if toks[k][0] == "of"), None)
    if of is None or of < 1 or toks[of + 1][0].lower() != "the" \
            or not all(t[0].isalpha() and t[0].islower() for t in toks[of + 2:i + 1]) or not toks[of - 1][0][:1].isupper():
        return None
    named = _backward_chunk(toks, of - 1)
    if named > of - 1 or (named > 0 and toks[named - 1][0][:1].isalpha() and toks[named - 1][0].lower() not in _CLAUSE_OPENERS):
        return None
    return (toks[named][1], toks[i][2])


def _authored_text(masked: str, toks: list[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """"the report" in "“…,” the report states", when the story has named who wrote it ("the
    report of the Safety Board"): theirs (``speakers`` finds them). A text no one is said to
    have written speaks for no one."""
    if toks[i][0].lower() not in AUTHORED_TEXTS or author_of(masked, toks[i][0].lower(), toks[i][1]) is None:
        return None
    the = i - 1 if i >= 1 and toks[i - 1][0].lower() == "the" else \
        i - 2 if i >= 2 and toks[i - 2][0].lower() == "the" and _is_adjective_like(toks[i - 1][0]) else -1
    if the < 0 or (the > 0 and toks[the - 1][0].isalnum() and toks[the - 1][0].lower() not in _CLAUSE_OPENERS):
        return None
    return (toks[the][1], toks[i][2])


def _somebody_somewhere(toks: list[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """"a woman at the back of the room shouted": someone described by a role noun,
    then where they are, opening the clause; the span of the description."""
    k = next((k for k in range(i, max(i - 8, 0), -1) if toks[k][0].lower() in _LOCATING_PREPOSITIONS), None)
    if k is None or k < 2 or toks[k - 1][0].lower() not in ROLE_NOUNS:
        return None
    m = k - 1
    while m > 0 and k - m < 4 and toks[m - 1][0].isalpha() and toks[m - 1][0].islower() \
            and toks[m - 1][0].lower() not in _ARTICLES:
        m -= 1
    if m < 1 or toks[m - 1][0].lower() not in _ARTICLES:
        return None
    m -= 1
    if m > 0 and toks[m - 1][0] not in {",", ";", ":"} and not toks[m - 1][0].startswith(MASK):
        return None  # (not "Joyce — who is listed as an attorney in Ohio — told": a description)
    return (toks[m][1], toks[k - 1][2])


_LOCATING_PREPOSITIONS = frozenset({"in", "at", "outside", "inside", "near"})


def _located_subject(toks: list[tuple[str, int, int]], place: int) -> tuple[int, int] | None:
    """The speaker before a place: "A senior official in Washington said", "Lee at the White House said".

    Only when the noun phrase before the preposition opens the clause, so "a
    rally in Ohio, Lee said" and "Lee spoke in Ohio and Ray said" keep their
    own readings.
    """
    prep = place - 1
    if toks[prep][0].lower() == "the" and prep > 0:
        prep -= 1
    if prep > 1 and toks[prep][0].lower() == "of":  # "a woman at the back of the room"
        prep = _backward_chunk(toks, prep - 1) - 1
        the = next((k for k in range(prep, max(prep - 3, 0), -1) if toks[k][0].lower() == "the"), None)
        if the is not None and all(t[0].isalpha() and t[0].islower() for t in toks[the:prep + 1]):
            prep = the - 1  # ("Kanemoto-shi in the hotel of Belmare responded")
    kind = next((k for k in range(prep - 1, max(prep - 6, 0), -1) if toks[k][0] == "from"), None) \
        if prep > 2 and toks[prep][0].isalpha() and toks[prep][0].islower() else None
    if kind is not None and all(t[0].isalpha() and t[0].islower() for t in toks[kind + 1:prep + 1]) \
            and any(t[0] in ORG_NOUNS for t in toks[kind + 1:prep + 1]):
        prep = kind  # "Ann Lee from the association of patients Voice Kelmora demands": the body's kind, then its name
    hails = prep >= 1 and toks[prep][0].lower() == "from"  # "Sam Lee from Orvedo writes in": a person's home
    if prep < 1 or (toks[prep][0].lower() not in _LOCATING_PREPOSITIONS and not hails):
        return None
    end = prep - 1
    start = _backward_chunk(toks, end)
    if 2 <= start <= end and toks[start - 1][0] in {"of", "for"} and toks[start - 2][0].lower() in SPOKES_WORDS:
        start = _backward_chunk(toks, start - 2)  # "A spokesman of the embassy in Dalumbay said": the embassy's
    if 0 < start <= end and toks[start - 1][0].lower() in _POSSESSIVE_DETERMINERS and toks[start][0].islower():
        start -= 1  # "Our correspondent in Sarnek reports": the outlet's reporter, not the town
    if start > end or (start > 0 and toks[start - 1][0] not in {",", ";", ":", "—", "–"}
                       and not toks[start - 1][0].startswith(MASK)
                       and toks[start - 1][0].lower() not in _CLAUSE_OPENERS):
        return None
    ref = parse_mention(" ".join(t[0] for t in toks[start:end + 1]))
    if ref is None or ref.kind == "pronoun" or (hails and not (ref.kind == "person" and " " in (ref.name or ""))):
        return None
    if start == end and toks[end][0].lower() in _FIRM_STAFF and toks[prep][0] == "at" and toks[place][0][:1].isupper():
        return (toks[start][1], toks[_np_end(toks, place) - 1][2])  # "Analysts at Brightwater Securities said": the firm's
    return (toks[start][1], toks[end][2])


# Who writes a firm's notes, which speak for the firm: "Analysts at Brightwater Securities said".
_FIRM_STAFF = frozenset({"analysts", "economists", "strategists"})


# Words after which a pronoun is its own clause's subject, not a resumed one: "…, where he
# conceded", "… a pledge he made, when he said: …" (whom such a pronoun stands for is read
# apart: `_opener_of_pronoun_clause`).
_SUBORDINATORS = frozenset({"that", "because", "if", "as", "where", "when", "while", "although", "though", "whereas",
                            "until", "since", "once", "after", "before"})
_CLAUSE_OPENERS = frozenset(
    "the and but that when while as after before because since if though although where so then".split()
)
_VERB_ADJUNCT_PREPOSITIONS = frozenset({"in", "at", "during", "on", "after", "before", "via", "through", "throughout"})
_ROLE_OR_BODY_NOUNS = ROLE_NOUNS | ORG_NOUNS


def _is_date_word(tok: str) -> bool:
    low = tok.lower()
    return low in WEEKDAYS or low in MONTHS or tok[:1].isdigit() or low in {"late", "early", "last", "this"}


# Words that may follow a speaker described by a common noun: "said a person close to her".
_NOUN_PHRASE_ENDS = frozenset({"who", "with", "from", "at", "in", "of", "on", "during"}) | SOURCE_NEAR_WORDS


_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its", "our"})


def _possessive_role_name(toks: list[tuple[str, int, int]], j: int, first: int) -> tuple[int, int] | None:
    """"said the bureau's director, Ann Lee" / "Lee's introducer, actress Ann Ray": through the name."""
    n = len(toks)
    if j >= n or not toks[j][0].replace("’", "'").endswith("'s"):
        return None
    k = j + 1
    while k < n and k - j <= 3 and toks[k][0].isalpha() and toks[k][0].islower():
        k += 1
    if k == j + 1 or k + 1 >= n or toks[k][0] != ",":
        return None
    m = k + 1
    if toks[m][0].isalpha() and toks[m][0].islower() and m + 1 < n and toks[m + 1][0][:1].isupper():
        m += 1  # "…, actress Ann Ray"
    e = m
    while e < n and e - m < 4 and toks[e][0][:1].isupper() and toks[e][0].lower() not in CLAUSE_OPENERS:
        e += 1
    return (toks[first][1], toks[e - 1][2]) if e > m else None


_TOLD_WHOM = frozenset({"our", "the", "this", "journalists", "reporters", "us"})
# Who a translation says the words were told to, between the quotation and its cue.
_LISTENERS = frozenset({"newspaper", "paper", "reporter", "journalist", "portal", "press", "media", "cameras",
                        "correspondent", "agency", "radio", "channel", "website", "reporters", "journalists",
                        "conference", "television", "broadcaster", "station", "reporting", "reportage",
                        "gathered", "assembled", "crowd", "audience",  # (German "rief den Versammelten zu")
                        "deputies", "lawmakers", "mps", "senators", "parliamentarians", "delegates",  # ("before the deputies")
                        "daily", "weekly", "magazine",  # (Czech "řekl pro náš deník": "said for our daily")
                        "newsroom", "editorial",  # (French "à notre rédaction")
                        "court", "judge", "judges", "jury", "tribunal"})  # ("argued before the court Ann Lee")


# What a person or body issues and a story then quotes: "“…,” the statement said."
_DOCUMENTS = "(" + "|".join(sorted(DOCUMENT_NOUNS)) + ")"


def _document_sender(toks: list[tuple[str, int, int]], j: int) -> int | None:
    """Where the sender's name starts in "(in) a statement from X" (or "of X", a body
    named in capitals) at ``toks[j]``, else None."""
    k = j + (j < len(toks) and toks[j][0].lower() == "in")
    if k >= len(toks) or toks[k][0].lower() not in _ARTICLES:
        return None
    k += 1
    if k + 1 < len(toks) and toks[k][0].islower() and toks[k][0].lower() not in DOCUMENT_NOUNS:
        k += 1  # "a joint statement"
    if k + 2 < len(toks) and toks[k][0].lower() in DOCUMENT_NOUNS and toks[k + 1][0].lower() in {"from", "by"}:
        return k + 2
    if k + 3 < len(toks) and toks[k][0].lower() in DOCUMENT_NOUNS and toks[k + 1][0].lower() == "of" \
            and (toks[k + 2][0].lower() == "the" and (toks[k + 3][0][:1].isupper() or toks[k + 3][0] in ORG_NOUNS or (
                toks[k + 3][0].isalpha() and toks[k + 3][0].islower() and k + 4 < len(toks) and toks[k + 4][0] in ORG_NOUNS))
                 or toks[k + 2][0][:1].isupper()):
        # translated: "is said in the statement of the Ministry of …", "… of the agency", "… of the fire brigade"
        return k + 2
    return None


_ABBREVIATED_TITLE = re.compile(r"[a-z]{1,4}\.(?:[a-z]{2,3})?|[^\W\dA-Z_]-[^\W\dA-Z_]{1,3}")  # "z.", "sr.", "dott.ssa", Macedonian "g-ǵa"


def _let_know(toks: list[tuple[str, int, int]], ti: int) -> int | None:
    """Where "know" closes "let … know" around a speaker's name ("let company chief Ann Lee know"):
    two to six words between, the last of them capitalised or a body's or a post's noun."""
    for k in range(ti + 3, min(len(toks), ti + 8)):
        if toks[k][0] == "know":
            between = [t[0] for t in toks[ti + 1:k]]
            return k if (between[-1][:1].isupper() or between[-1] in ORG_NOUNS | ROLE_NOUNS) \
                and all(w.isalpha() or "-" in w or w.endswith(".") for w in between) else None
    return None


def _titled_at(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether a courtesy title in the lower case of its language stands at ``k``, before a
    name or a post and a name: Polish "pani Ann Lee", "pani burmistrz Ann Lee" (and "pan Lee", here only:
    "pan" is an English word too)."""
    n = len(toks)
    return k + 1 < n and (toks[k][0] in COURTESY_TITLES or toks[k][0] == "pan") and (toks[k + 1][0][:1].isupper() or (
        toks[k + 1][0] in ROLE_NOUNS and k + 2 < n and toks[k + 2][0][:1].isupper()) or _particles_then_name(toks, k + 1))


def _particles_then_name(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether a surname's particles open at ``k``: "van der Berk", "de la Vega"."""
    while k + 1 < len(toks) and toks[k][0] in PARTICLES:
        if toks[k + 1][0][:1].isupper():
            return True
        k += 1
    return False


def _phrase_after(masked: str, toks: list[tuple[str, int, int]], cue_idx: int) -> tuple[int, int] | None:
    """Char span of the speaker phrase after an inverted cue ("said the president, Jane Smith")."""
    j = cue_idx + 1
    n = len(toks)
    if j + 1 < n and (toks[j][0].lower(), toks[j + 1][0]) in _THE_LATTER and (j + 2 == n or not toks[j + 2][0].isalpha()):
        return (toks[j][1], toks[j + 1][2])  # "according to this last, …" (French "selon ce dernier"): no time words
    # skip dates and time words: "announced Friday, January 28 the president", translated "had
    # warned already on Monday the governor"
    while j < n and (toks[j][0].lower() in WEEKDAYS or toks[j][0].lower() in MONTHS or toks[j][0][0].isdigit() or toks[j][0] == ","
                     or toks[j][0].lower() in _WHEN_AFTER_CUE
                     or (toks[j][0].lower() == "on" and j + 1 < n and _is_date_word(toks[j + 1][0]))
                     or (toks[j][0] in _SPELLS and j + 1 < n and toks[j + 1][0] in {"before", "earlier", "later"})
                     or (toks[j][0] in {"before", "earlier", "later"} and toks[j - 1][0] in _SPELLS)):
        j += 1  # (and "had declared hours before the minister …")
    if j + 2 < n and toks[j][0] == "on" and toks[j + 1][0].lower() in PLATFORMS and toks[j + 1][0][:1].isupper() \
            and (toks[j + 2][0][:1].isupper() or toks[j + 2][0] in _ARTICLES):
        j += 2  # and where: "wrote Thursday morning on Instagram Ann Lee, a passenger"
    if j + 4 < n and toks[j][0] == "in" and toks[j + 1][0] in {"conversation", "conversations", "talk"} \
            and toks[j + 2][0] == "with" and toks[j + 3][0] in {"our", "the", "this"} and toks[j + 4][0].lower() in _LISTENERS:
        j += 5  # Polish "w rozmowie z naszą gazetą", translated: "said in conversation with our newspaper Ann Lee"
    told = j + (toks[j][0] == "to") if j < n and (toks[j][0] == "to" or toks[cue_idx][0].lower() in {"told", "tells"}) else n
    if told + 2 < n and toks[told][0][:1] == "_" and len(toks[told][0]) <= 40 \
            and all(t[0][:1].isupper() and t[0].isalpha() for t in toks[told + 1:told + 3]):
        j = told + 1  # the paper told, by its name in quotation marks: "– said to „Harbour Post” Karel Novak, …"
    if j + 3 < n and toks[j][0] == "the" and (toks[j + 1][0] == "day" and toks[j + 2][0] in {"before", "after"} or (
            toks[j + 1][0] in {"previous", "same", "next"} and toks[j + 2][0] in {"day", "morning", "evening", "night"})):
        j += 3  # translated: "had replied the day before M. Lee"
    if j + 2 < n and toks[j][0].lower() in {"to", "before", "for", "opposite", "towards"} and toks[j + 1][0].lower() in _TOLD_WHOM:
        # translated: "– told to our newspaper the happy winner", "said to journalists the minister",
        # "stated before journalists the chairman", German "said opposite our newspaper Dr. Lee"
        k = j + 2
        if toks[j + 1][0].lower() in {"our", "the", "this"}:  # (not "wrote to the Minister of Enterprises")
            paper = next((m for m in range(k + 1, min(n, k + 4)) if not (toks[m - 1][0][:1].isupper() and toks[m - 1][0].isalpha())), n) \
                if toks[j + 1][0].lower() == "the" and toks[k][0][:1].isupper() else n
            # (or the paper by its name, then who told it: "declared to the Corriere the president …")
            k = k + 1 if toks[k][0].lower() in _LISTENERS else paper - 1 if paper < n and toks[paper - 1][0].lower() in _ARTICLES else n
            k += k < n and toks[k][0].lower() in _LISTENERS  # "said to the press conference the director …"
            if k + 1 < n and toks[k][0][:1].isupper() and toks[k + 1][0].lower() in _ARTICLES:
                k += 1  # "told to the agency Lraber the coach …": the agency's name
        if k + 3 < n and toks[k][0] in {"in", "at"} and toks[k + 1][0][:1].isupper() and toks[k + 2][0][:1].isupper() \
                and toks[k + 3][0][:1].isupper():
            k += 2  # and where: "said to journalists in Solvik Tomasz Wieczorek, …"
        if k < n and (toks[k][0].lower() in _ARTICLES | {"its", "their"} or toks[k][0][:1].isupper() or _titled_at(toks, k)
                      or ((toks[k][0] in ROLE_NOUNS or toks[k][0].rstrip(".") in TITLES) and k + 1 < n and toks[k + 1][0][:1].isupper())
                      or (toks[k][0].isalpha() and toks[k][0].islower() and k + 2 < n
                          and toks[k + 1][0][:1].isupper() and toks[k + 2][0][:1].isupper() and toks[k + 2][0].isalpha())):
            j = k  # ("said to journalists commander Ann Lee", Polish "said to journalists dr Lee", a rank
            # left untranslated: "said to journalists nadkomisarz Ann Lee")
    if j + 3 < n and toks[j][0] == "the" and toks[j + 1][0] in _LISTENERS and toks[j + 2][0] in {"the", "a"} \
            and toks[j + 3][0][:1].isupper():
        j += 2  # translated from Portuguese: "told the reporting the Brazilian": whom, then who
    if j + 2 < n and toks[j][0].lower() in {"for", "to"} and toks[j + 1][0].isupper() and len(toks[j + 1][0]) > 1 \
            and (toks[j + 2][0].lower() in _ARTICLES or toks[j + 2][0][:1].isupper() or toks[j + 2][0].lower() in ROLE_NOUNS):
        j += 2  # translated: "has said for STA the selector …", "told to BTA minister …": the agency told
    elif j + 3 < n and toks[j][0].lower() in {"for", "to"} and toks[j + 1][0][:1].isupper():
        k = j + 1
        while k < n and k < j + 5 and toks[k][0][:1].isupper() and toks[k][0].isalpha():
            k += 1
        if k + 1 < n and toks[k][0] == "," and (toks[k + 1][0].lower() in _ARTICLES or toks[k + 1][0][:1].isupper()):
            j = k + 1  # translated: "has declared, for Știri Vest, the mayor …": the outlet told, between commas
        elif k + 1 < n and toks[k][0] == "the" and toks[j][0].lower() == "to" and k > j + 1:
            j = k  # translated: "said to Gazeta Nadrzeczna the chairwoman of …": the paper told
    if j + 2 < n and toks[j][0] == "to" and toks[j + 1][0] in {"whoever", "whomever", "anyone", "anybody"}:
        named_at = next((k for k in range(j + 2, min(n, j + 9)) if toks[k][0][:1].isupper()), None)
        if named_at is not None and all(t[0].isalpha() and t[0].islower() for t in toks[j + 2:named_at]):
            j = named_at  # French "répète à qui veut l'entendre", translated: "repeats to whoever wants to hear it Ann Lee"
    if j + 3 < n and toks[j][0] == "for" and toks[j + 1][0] in {"his", "her", "its", "their"} and toks[j + 2][0] == "part":
        j += 3  # translated: "had testified for his part the commander of the firemen"
    if j + 2 < n and toks[j][0].lower() in {"between", "through", "amid"} and toks[j + 1][0] in {"tears", "sobs"}:
        j += 2  # translated: "said between tears Ann Lee, wife of …"
    if j + 2 < n and _is_ly_adverb(toks[j][0]) and toks[j + 1][0].isalpha() and toks[j + 1][0].islower() \
            and toks[j + 2][0] in {"the", "a", "an"}:
        j += 2  # how, translated from Spanish: "said visibly moved the official"
    j = _past_adjuncts(toks, j)  # translated: "said at a press conference in the capital the general secretary …"
    if j + 4 < n and toks[j][0].lower() == "in" and toks[j + 1][0] == "the" and toks[j + 2][0][:1].isupper() \
            and toks[j + 2][0].lower() in ORG_NOUNS and toks[j + 3][0].lower() in {"the", "a", "an"}:
        j += 3  # translated: "launched in the Parliament the deputy of the opposition Ann Lee"
    if j + 3 < n and toks[j][0].lower() in {"in", "at", "during", "on"} and toks[j + 1][0].isalpha() and toks[j + 1][0].islower() \
            and toks[j + 1][0] not in _ARTICLES | _POSSESSIVE_DETERMINERS | CLAUSE_OPENERS | _NOMINATIVE:
        k = j + 2  # translated without an article: "affirmed in press conference the spokesman …"
        while k < j + 4 and k < n and toks[k][0].isalpha() and toks[k][0].islower() and toks[k][0] not in _ARTICLES \
                and not _titled_at(toks, k):
            k += 1
        if k + 1 < n and (toks[k][0] in {"the", "a", "an"} or _titled_at(toks, k) or (
                toks[k][0][:1].isupper() and toks[k][0].isalpha() and toks[k + 1][0][:1].isupper()
                and toks[k + 1][0].isalpha() and _pronoun(toks[k][0]) is None)):
            j = k  # (or a name: "wrote in social media Oksana Hrycenko, deputy …")
    if j + 3 < n and ((toks[j][0].lower() in {"at", "on", "during", "after", "into", "from"} and toks[j + 1][0].lower() == "the")
                      or (toks[j][0].lower() == "in" and toks[j + 1][0].lower() in _POSSESSIVE_DETERMINERS)
                      or (toks[j][0].lower() == "with" and toks[j + 1][0].islower() and toks[j + 1][0] != "the")):
        # translated: "said at the opening the artistic director …", "on the press conference the minister",
        # "admitted after the game Lunde, laughing", "said in his speech the director …", "declared with
        # firm voice Memhir Hagos"
        manner = toks[j][0].lower() == "with"
        k = j + 2 - (manner and toks[j + 1][0].lower() not in {"a", "an"})
        while k < j + 5 and k < n and toks[k][0].isalpha() and toks[k][0].islower() and toks[k][0].lower() not in _ARTICLES \
                and not (manner and toks[k][0] in CLAUSE_OPENERS):  # (not "said with tears in the eyes: …")
            k += 1
        if k > j + 2 and k < n and (toks[k][0].lower() in {"the", "a", "an"} or (
                toks[k][0][:1].isupper() and toks[k][0].isalpha() and not _is_date_word(toks[k][0])
                and (k + 1 == n or not toks[k + 1][0][:1].isalnum() or toks[k + 1][0][:1].isupper()))):
            j = k
    sender = _document_sender(toks, j)
    if sender is not None:
        j = sender  # "said a statement from the ministry", translated "says in a message from Landsbjörg"
    if j >= n:
        return None
    if toks[j][0].lower() in {"himself", "herself", "themselves"} and j + 1 < n:
        j += 1  # translated reflexives: "has asked himself the mayor"
    elif toks[j][0] in {"him", "her", "them", "me", "us"} and j + 2 < n and (
            toks[j + 1][0] in {"a", "an", "the"} or (toks[j + 1][0].rstrip(".").lower() in TITLES and toks[j + 2][0][:1].isupper())):
        j += 1  # whom, then who, as translations keep it: "— And now? — asked him a colleague", "told us dr Lee"
    first = j
    if toks[j][0].lower() in _NOMINATIVE or toks[j][0].lower() in {"someone", "somebody"}:
        return (toks[j][1], toks[j][2])  # ("“…?” shouted someone from the benches": nobody named)
    if toks[j][0].lower() in _ARTICLES:
        j += 1
    elif _titled_at(toks, j):
        first = j = j + 1  # Polish "said pani prezes Ann Lee": the courtesy, before her post
    elif toks[j][0].lower() in _POSSESSIVE_DETERMINERS and j + 1 < n \
            and _np_token(toks[j + 1][0], toks[j + 2][0] if j + 2 < n else None):
        j += 1  # "added his campaign manager Jeff Weaver"
    elif _ABBREVIATED_TITLE.fullmatch(toks[j][0]) and j + 1 < n and toks[j + 1][0][:1].isupper():
        j += 1  # a title abbreviated in the lower case of its language: "said z. Kryeziu", "sr. Ruiz"
    owner = _possessive_role_name(toks, j, first)
    if owner is not None:
        return owner
    head_seen = False  # a name or a role noun: modifiers may no longer come
    role_seen = name_seen = untranslated = False
    while j < n:
        tok = toks[j][0]
        nxt = toks[j + 1][0] if j + 1 < n else None
        if j > first and tok.lower() in WEEKDAYS and toks[j - 1][0][:1].isupper():
            break  # when, after the name: "has estimated M. Tanabe Wednesday, during a press point"
        if _np_token(tok, nxt) or (j > first and tok in PARTICLES and toks[j - 1][0][:1].isupper()  # ("Jalid al Mansuri")
                                   and nxt is not None and nxt[:1].isupper()) \
                or ((j > first and toks[j - 1][0] in PARTICLES or j == first > 0 and toks[j - 1][0] in COURTESY_TITLES)
                    and _particles_then_name(toks, j)) \
                or (j > first and tok[:1].isupper() and toks[j - 1][0][:1].isupper()
                                   and (nxt is None or not nxt[:1].isalnum()) and _pronoun(tok) is None):
            # a capitalised function word ending a name is part of it: "said Al From, who …"
            low = tok.lower().strip(".")
            name_seen = name_seen or (role_seen and tok[0].isupper() and low not in ROLE_NOUNS and low not in ORG_NOUNS)
            # (a capitalised word the rules do not know, then "of", is a post: "the Kryetari of the club, …")
            untranslated = untranslated or (j == first + 1 and nxt == "of" and toks[first][0].lower() == "the")
            role_seen = role_seen or low in ROLE_NOUNS or low in ORG_NOUNS or untranslated
            head_seen = head_seen or role_seen or tok[0].isupper()
            j += 1
            continue
        if role_seen and not name_seen and re.fullmatch(r"[a-z]{3,}al", tok) and j + 2 < n and toks[j - 1][0].lower() in ROLE_NOUNS \
                and nxt is not None and nxt[:1].isupper() and nxt.isalpha() and toks[j + 2][0][:1].isupper() and toks[j + 2][0].isalpha():
            j += 1  # French order, the post's adjective after it: "declared the commissioner divisional Ann Lee"
            continue
        if tok == "and" and role_seen and j > first + 2 and toks[j - 1][0][:1].isupper() and nxt is not None \
                and any(t[0] in {"of", "for"} for t in toks[first:j]):
            k = j + 1 + (nxt == "the")  # a post over two portfolios, then its holder: "the councillor for the Forests
            while k < n and toks[k][0][:1].isupper() and toks[k][0].isalpha():  # and the Rivers, Tom Rask"
                k += 1
            if j + 1 + (nxt == "the") < k < n - 1 and toks[k][0] == "," and toks[k + 1][0][:1].isupper():
                j = k
                continue
        # ("said a spokeswoman for the ministry", but not "tells chairman Jari Lee to the newspaper")
        if tok.lower() == "of" and toks[j - 1][0].lower() == "head" and nxt is not None and nxt.lower() in {"state", "government"}:
            j += 2  # "said head of state": the president
            continue
        if (tok.lower() in {"of", "the"} or (role_seen and not name_seen and (
                tok.lower() == "for" or (tok.lower() == "to" and toks[j - 1][0].lower() in _ENVOYS | _AIDES)))) \
                and nxt and (nxt[0].isupper() or nxt.lower() in {"the"} or (role_seen and nxt.lower() in ORG_NOUNS)) \
                and j > first:  # "said the head of the administration", "the envoy to the UN" (not "the pharmacist to Iberpress")
            j += 1
            continue
        if role_seen and tok.lower() == "the" and toks[j - 1][0].lower() == "of" and nxt and POSSESSIVE_END.sub("", nxt).isalpha() \
                and nxt.islower():
            # translated: "said the head of the commune Anna Nowak", "the spokeswoman of the platform, …",
            # "the coach of the national team Luka Novak"
            k = j + 1  # (up to three words: "the chairman of the city executive committee Ihar Zhuk")
            while k + 1 < n and k < j + 3 and toks[k + 1][0].isalpha() and toks[k + 1][0].islower() \
                    and toks[k + 1][0] not in CUE_VERBS | _NOUN_PHRASE_ENDS:
                k += 1
            if k + 1 < n and ((toks[k + 1][0][:1].isupper() and toks[k + 1][0].isalpha()) or toks[k + 1][0] == ","):
                j = k + 1
                continue
            if k > j + 1 and toks[k][0] in ORG_NOUNS and (k + 1 == n or toks[k + 1][0] in {".", ";"}):
                j = k + 1  # the body's voice, the sentence's last words: "communicated the spokesman of the prosecutor's office."
                break
            if k + 3 < n and toks[k + 1][0] == "of" and toks[k + 2][0][:1].isupper() and toks[k + 2][0].isalpha():
                j = k + 2  # "the governor of the region of Dalmor, Mirela Vostan"
                continue
            if k + 3 < n and toks[k + 1][0] == "of" and toks[k + 2][0] == "the":
                j = k + 1  # "the director of the electoral office of the state, Ann Lee"
                continue
            if k + 2 < n and toks[k + 1][0].isdigit() and toks[k + 2][0] == ",":
                j = k + 2  # "the driver of the train 4412, Senad Hodžić"
                continue
        if role_seen and tok.lower() == "of" and nxt and nxt.isalpha() and nxt.islower() and nxt not in CUE_VERBS:
            k = j + 2  # "said the minister of agriculture Olga Lis", "… of foreign affairs Rafael Lobo"
            if k + 1 < n and toks[k][0].isalpha() and toks[k][0].islower() \
                    and toks[k][0] not in CUE_VERBS | _NOUN_PHRASE_ENDS | _ARTICLES:
                k += 1
            if k < n and toks[k][0][:1].isupper() and toks[k][0].isalpha() and _pronoun(toks[k][0]) is None:
                j = k
                continue
        if role_seen and j >= 2 and toks[j - 2][0] == "of" and toks[j - 1][0][:1].isupper() \
                and tok.isalpha() and tok.islower() and tok not in CUE_VERBS | _NOUN_PHRASE_ENDS | _ARTICLES \
                and nxt is not None and nxt[:1].isupper() and nxt.isalpha() and _pronoun(nxt) is None \
                and j + 2 < n and toks[j + 2][0][:1].isupper():
            j += 1  # translated: "said the head of Kalvorian diplomacy Ilse Marandi": the field, then the name
            continue
        if role_seen and j >= 2 and toks[j - 2][0] in {"of", "the"} and toks[j - 1][0][:1].isupper() \
                and tok.isalpha() and tok.islower() and tok not in CUE_VERBS | _NOUN_PHRASE_ENDS | _ARTICLES:
            k = j + 1  # translated: "according to the chairwoman of the Velmark nuclear supervision, Ann Lee, …"
            while k < n and k < j + 3 and toks[k][0].isalpha() and toks[k][0].islower() \
                    and toks[k][0] not in CUE_VERBS | _NOUN_PHRASE_ENDS | _ARTICLES:
                k += 1
            if k + 2 < n and toks[k][0] == "," and all(t[0][:1].isupper() and t[0].isalpha() for t in toks[k + 1:k + 3]) \
                    and _pronoun(toks[k + 1][0]) is None:
                j = k + 1
                continue
        if role_seen and not name_seen and tok.lower() == "of" and nxt and nxt.isalpha() and nxt.islower() \
                and nxt not in CUE_VERBS | _NOUN_PHRASE_ENDS | _ARTICLES and j + 2 < n and toks[j + 2][0] in {",", "of"} \
                and j + 3 < n and (toks[j + 3][0][:1].isupper() or toks[j + 3][0] == "the"):
            j += 2  # "according to the director of elections of the state, Ann Lee"
            continue
        if role_seen and not name_seen and tok == "in" and nxt is not None and nxt.isalpha() and nxt.islower() \
                and nxt not in _ARTICLES:
            k = j + 1  # translated: "according to the expert in crime of art Ann Lee, …": the field, then the name
            while k < n and k < j + 5 and toks[k][0].isalpha() and toks[k][0].islower() \
                    and (toks[k][0] == "of" or toks[k][0] not in CUE_VERBS | _NOUN_PHRASE_ENDS | _ARTICLES):
                k += 1
            if k + 2 < n and toks[k][0][:1].isupper() and toks[k + 1][0][:1].isupper() and toks[k][0].isalpha() \
                    and _pronoun(toks[k][0]) is None and toks[k + 2][0] in {",", ".", ";"}:
                j = k
                continue
        if role_seen and not name_seen and (tok in {"at", "in"} or (tok == "of" and nxt is not None and nxt.islower()
                                                                    and j + 2 < n and toks[j + 2][0] in {"at", "in"})):
            # "explains the professor (of seismology) at the University of Dolvan, Anahit Serova":
            # where the post is held, when the name follows it
            at = j if tok != "of" else j + 2
            comma = next((k for k in range(at + 2, min(at + 9, n - 1)) if toks[k][0] == ","), None)
            if comma is not None and toks[at + 1][0] == "the" and toks[at + 2][0][:1].isupper() \
                    and all(t[0][:1].isupper() or t[0] == "of" for t in toks[at + 2:comma]) \
                    and toks[comma + 1][0][:1].isupper() and _pronoun(toks[comma + 1][0]) is None:
                j = at + 1
                continue
        if not role_seen and j == first + 1 and toks[first][0].lower() == "the" and tok.isalpha() and tok.islower():
            k = j + 1 + (j + 1 < n and toks[j + 1][0].isalpha() and toks[j + 1][0].islower() and toks[j + 1][0] != "of")
            if k + 5 < n and toks[k][0] == "of" and toks[k + 1][0] == "the" and toks[k + 2][0] in ORG_NOUNS \
                    and toks[k + 3][0] == "," and toks[k + 4][0][:1].isupper() and toks[k + 5][0][:1].isupper() \
                    and tok not in CUE_VERBS | _NOUN_PHRASE_ENDS:
                # an untranslated post, then whose, then the name: "reiterated the consejera delegada of
                # the company, Ingrid Solvang"
                role_seen = untranslated = True
                j = k
                continue
        if not role_seen and _is_adjective_like(tok.replace("-", "")):
            # unknown modifiers before the head: "said former tech executive X",
            # "said Yale University political scientist X"
            k = j
            while k < n and k - j < 2 and _is_adjective_like(toks[k][0].replace("-", "")) \
                    and not _np_token(toks[k][0], toks[k + 1][0] if k + 1 < n else None):
                k += 1
            if k < n and k > j and _np_token(toks[k][0], toks[k + 1][0] if k + 1 < n else None) \
                    and ((toks[k][0][0].isupper() and not head_seen) or toks[k][0].lower() in ROLE_NOUNS
                         or toks[k][0].lower() in ORG_NOUNS):
                j = k
                continue
        break
    if j == first + 1 and toks[first][0].lower() in _ARTICLES:
        # "asked the boy, who …", "said a person close to her": any noun after an article
        k = j
        while k < n and k - j < 2 and toks[k][0].isalpha() and toks[k][0].islower() \
                and (k == j or toks[k][0] not in _NOUN_PHRASE_ENDS):
            k += 1
        if k > j and (k == n or (not toks[k][0][0].isalnum() and not toks[k][0].startswith(MASK))
                      or toks[k][0].lower() in _NOUN_PHRASE_ENDS):
            named = k + 1
            while named < n and named - k <= 4 and toks[named][0][:1].isupper() and _pronoun(toks[named][0]) is None:
                named += 1
            if k == j + 1 and k < n and toks[k][0] == "," and named - k >= 3 and (named == n or not toks[named][0][0].isalnum()) \
                    and toks[j][0] not in BODY_WORDS | TEXT_NOUNS:
                return (toks[first][1], toks[named - 1][2])  # "said the buyer, Priya Chandran, holding …"
            return (toks[first][1], toks[_close_to(toks, k) - 1][2])
        return None
    if j == first and first + 4 < n and toks[first][0].lower() in _POSSESSIVE_DETERMINERS \
            and (toks[first + 1][0] in KIN_WORDS or toks[first + 1][0] in ROLE_NOUNS) and toks[first + 2][0] == ",":
        named = first + 3  # "says his daughter, Ann Lee": the kin named
        while named < n and named - first <= 6 and toks[named][0][:1].isupper() and toks[named][0].isalpha() \
                and _pronoun(toks[named][0]) is None:
            named += 1
        if named - first >= 5 and (named == n or not toks[named][0][0].isalnum()):
            return (toks[first][1], toks[named - 1][2])
    if j == first:
        return None
    if j < n and toks[j][0] in HONORIFICS_AFTER and toks[j - 1][0][:1].isupper():
        j += 1  # an honorific after the given name, in the lower case of its language: "told Elçin müəllim"
    end = _close_to(toks, j) - 1
    if end >= j:
        return (toks[first][1], toks[end][2])
    # "said the base chief known as Bob": the name that follows names the speaker
    if j + 2 < n and toks[j][0].lower() == "known" and toks[j + 1][0].lower() == "as" and toks[j + 2][0][:1].isupper():
        k = j + 2
        while k < n and k - j < 6 and toks[k][0][:1].isupper() and toks[k][0].lower() not in CLAUSE_OPENERS:
            k += 1
        return (toks[first][1], toks[k - 1][2])
    # appositive role after a name: "said Jan Olsen, the trade minister."
    if j + 2 < n and toks[j][0] == "," and toks[j + 1][0].lower() in {"the", "a", "an"}:
        k = j + 2
        while k < n and k - j <= 6 and (_np_token(toks[k][0], toks[k + 1][0] if k + 1 < n else None)
                                        or _is_adjective_like(toks[k][0])):
            k += 1
        head_ref = parse_mention(masked[toks[first][1]:toks[j - 1][2]]) if k > j + 2 else None
        if k > j + 2 and toks[k - 1][0].lower() in ROLE_NOUNS and (head_ref is None or head_ref.kind != "org") and (
                k == n or not toks[k][0][0].isalnum() or (
                    toks[k][0] == "who" and toks[j + 1][0] == "the" and head_ref is not None and head_ref.kind == "person")):
            # (and "…, the hydrologist who led the survey.", after a name: not "according to the
            # police, the driver (who) …", a clause of its own)
            return (toks[first][1], toks[k - 1][2])
    # appositive name after a role: "said the American president, Jane Smith", as translations
    # write it: "the spokeswoman of the Party of Progress (PP) in the Cortes, Ana Sanz"
    if j + 4 < n and toks[j][0] == "(" and toks[j + 1][0].isupper() and toks[j + 2][0] == ")":
        # "repeated director of the Tennis Integrity Agency (TIA) Amara Mensah": the name after the initials
        k = post = j + 3
        head = parse_mention(masked[toks[first][1]:toks[end][2]])
        if head is not None and head.kind == "org" and k < n and toks[k][0] in ROLE_NOUNS:
            k = post = k + 1  # or the body's post, then the name: "according to Tarsk Harbour Board (THB) spokeswoman Ann Lee"
        while k < n and k - j <= 7 and toks[k][0][:1].isupper() and toks[k][0].lower() not in CLAUSE_OPENERS | WEEKDAYS | MONTHS:
            k += 1
        who = parse_mention(masked[toks[post][1]:toks[k - 1][2]]) if k - post >= 2 else None
        if head is not None and (head.kind == "role" or post > j + 3) and who is not None and who.kind == "person" \
                and who.name and " " in who.name:
            return (toks[first][1], toks[k - 1][2])
    j = _past_acronym_and_seat(toks, j)
    if j + 1 < n and toks[j][0] == ",":
        k = j + 1
        if k + 1 < n and (toks[k][0].lower().endswith(("-year-old", "-years-old")) or _ABBREVIATED_TITLE.fullmatch(toks[k][0])):
            k += 1  # "the youngest participant, 19-year-old Hekla Jónsdóttir", "…, g-ǵa Vesna Trajkovska"
        elif k + 2 < n and toks[k][0] == "the" and toks[k + 1][0].lower() in COURTESY_TITLES and toks[k + 2][0][:1].isupper():
            k += 2  # translated: "warned its president, the señor Ann Lee"
        # "…, the engineer Ali Haddad", "…, deputy minister Rauf Quliyev": a description before the name
        k = _name_after_trade(toks, k + (toks[k][0].lower() in _ARTICLES), capitals=1) or _name_after_rank(toks, k) or k
        while k + 2 < n and toks[k + 1][0][:1].isupper() and (
                toks[k][0] in COURTESY_TITLES or (toks[k][0][:1].isupper() and toks[k][0].lower() in ROLE_NOUNS)
                or (toks[k][0] == "pan" and toks[k + 2][0][:1].isupper())):
            k += 1  # ranks and a courtesy before the name: "…, Detective Chief Inspector Ann Lee", "…, pani Ann Lee", "pan Jan Lis"
        named = k
        while k < n and (toks[k][0][:1].isupper() or (k > named and ARABIC_FAMILY.match(toks[k][0]))
                         or (k > named and _particles_then_name(toks, k))) \
                and toks[k][0].lower() not in CLAUSE_OPENERS | WEEKDAYS | MONTHS:
            k += 1
        if k > named and sum(t[0] not in PARTICLES for t in toks[named:k]) <= 4:  # (a title, and "van der": not words)
            head = parse_mention(masked[toks[first][1]:toks[end][2]])
            if head and (head.kind == "role" or untranslated or (  # (a post in capitals: "the Main Pharmaceutical Inspector")
                    head.kind == "person" and head.name and head.name.split()[-1].lower() in ROLE_NOUNS) or (
                    # (a post in a body named in full: "the chief executive of the company Acme Water, Ann Lee")
                    head.kind in {"org", "person"} and any(t[0].lower() in ROLE_NOUNS for t in toks[first:first + 3])
                    and any(t[0] == "of" for t in toks[first:end])
                    and " " in masked[toks[named][1]:toks[k - 1][2]])):
                end = k - 1
    return (toks[first][1], toks[end][2])


def _past_adjuncts(toks: list[tuple[str, int, int]], j: int) -> int:
    """Past where and when an inverted cue's words were said, when two such phrases or one
    with "a" stand before the speaker: "said at a press conference in the capital the
    general secretary …" (translations keep the source's order); else ``j``."""
    n, k, count = len(toks), j, 0
    while count < 3 and k + 2 < n and toks[k][0].lower() in {"at", "on", "during", "after", "in", "before"} \
            and toks[k + 1][0].lower() in {"the", "a", "an", "his", "her", "its", "their"}:
        m = k + 2
        while m < n and m < k + 7 and toks[m][0].isalpha() and toks[m][0].islower() \
                and (toks[m][0] not in _ARTICLES or (toks[m][0] == "the" and toks[m - 1][0] == "of")) \
                and (toks[m][0] not in CLAUSE_OPENERS or (toks[m][0] == "of" and m + 1 < n and toks[m + 1][0] == "the")):
            m += 1  # (and of what: "declared at the opening of the session the chairwoman …")
        if m == k + 2:
            break
        k, count = m, count + 1
    if k < n and (count >= 2 or (count == 1 and (toks[j + 1][0].lower() in {"a", "an"} or toks[k - 1][0] in _BRIEFINGS))) \
            and (toks[k][0].lower() in {"the", "a", "an"} or (toks[k][0][:1].isupper() and toks[k][0].isalpha()
                                                            and not _is_date_word(toks[k][0]))
                 or (toks[k][0].rstrip(".") in TITLES and k + 1 < n and toks[k + 1][0][:1].isupper())):
        # (Polish: "said on the press conference col. Ann Lee")
        return k
    return j


# Whose text a German passive quotes: "In a written statement of the enterprise it is said".
_IN_TEXT_OF = re.compile(r"[ \t]*In[ \t]+(?:a|an|the|its|their)[ \t]+(?:[a-z]+[ \t]+)?" + _DOCUMENTS
                         + r"[ \t]+(?:of|by|from)[ \t]+(?P<np>[^,;:]+?)[ \t]+$")
# Houses where words are said, named without an article: "in parliament", "in court".
_HOUSES = frozenset({"parliament", "court", "congress", "senate", "assembly"})
# Where a translation says words were said, before who said them: "said on the press conference".
_BRIEFINGS = frozenset({"conference", "briefing", "meeting", "hearing", "session"})


def _past_acronym_and_seat(toks: list[tuple[str, int, int]], j: int) -> int:
    """Past a body's acronym in brackets and the house it sits in ("(PP) in the
    Cortes") when a comma follows them; else ``j``."""
    n, k = len(toks), j
    if k + 2 < n and toks[k][0] == "(" and toks[k + 1][0].isupper() and toks[k + 2][0] == ")":
        k += 3
    if k + 2 < n and toks[k][0].lower() in {"in", "at"} and toks[k + 1][0].lower() == "the" and toks[k + 2][0][:1].isupper():
        k += 3
        while k < n and toks[k][0][:1].isupper():
            k += 1
    elif k + 1 < n and toks[k][0].lower() == "in" and toks[k + 1][0][:1].isupper():
        k += 2  # translated: "mayor in Halsøy municipality, Kari Nilsen"
        while k < n and (toks[k][0][:1].isupper() or toks[k][0].lower() in PLACE_NOUNS):
            k += 1
    return k if k < n and toks[k][0] == "," else j


def _close_to(toks: list[tuple[str, int, int]], k: int) -> int:
    """End (exclusive) of "close to the mayor" / "familiar with the talks" at ``toks[k]``,
    or k: whom an anonymous source is close to describes them."""
    n = len(toks)
    if k + 2 < n and (toks[k][0].lower(), toks[k + 1][0].lower()) in SOURCE_NEARNESS:
        m = k + 2
        while m < n and m - k < 8 and (toks[m][0][:1].isalnum() or toks[m][0] in {"’s", "'s"}) \
                and toks[m][0].lower() not in _AFTER_INVERTED - {"of"}:
            m += 1
        if m > k + 2:
            return m
    return k


# Words that may follow the speaker of an inverted cue: "said Smith on Monday",
# "said Smith, who …", "said Smith in a statement".
_AFTER_INVERTED = frozenset(
    """on in at during who whose when after before while as according to from of last this
    that with about for via earlier later yesterday today tonight recently again also then
    told adding saying noting and but""".split()
) | WEEKDAYS | MONTHS


def _ends_inverted_phrase(toks: list[tuple[str, int, int]], end: int) -> bool:
    """Is the phrase of an inverted cue complete at ``end``?

    "said the party" in "… and said the party is bound to lose" goes on with
    a verb: it is the start of reported speech, not the speaker.
    """
    k = next((i for i, t in enumerate(toks) if t[2] >= end), len(toks)) + 1
    if k >= len(toks):
        return True
    nxt = toks[k][0]
    low = nxt.lower()
    return not nxt[0].isalnum() or nxt.startswith(MASK) or low in _AFTER_INVERTED or low.endswith("ly") or nxt[0].isdigit()


_NICKNAME = re.compile(NICKNAME_WORDS + r"(?<![ .])")
_NICKNAME_OPENER = re.compile(f"[{NICKNAME_OPENERS}]")
_NICKNAME_IN_NAME = re.compile(r"(?<=[A-Za-z]) +" + NICKNAME + r"(?= +" + SURNAME_START + ")")


def _clean_phrase(text: str, a: int, b: int) -> str:
    """The phrase as written, with a glued function word dropped from its end and a
    nickname from inside a name ("Robert “Bob” Vance")."""
    phrase = text[a:b]
    if _NICKNAME_OPENER.search(phrase):
        phrase = _NICKNAME_IN_NAME.sub("", phrase)
    rest = text[b:b + 30].split()
    words = phrase.split()
    if words:
        fixed = split_glued_suffix(words[-1], rest[0] if rest else None, text)
        if fixed != words[-1]:
            phrase = phrase[: len(phrase) - len(words[-1])] + fixed
    if rest and rest[0].strip(",") in DOCUMENT_NOUNS and phrase.endswith(("’s", "'s")):
        phrase = phrase[:-2]  # whose statement it is: "Acme Wind’s statement, released on Monday, read:"
    by_author = _REVIEW_BY.fullmatch(phrase)
    if by_author is not None:
        phrase = by_author.group(1)  # whose review it is: "A 2022 review by the NEA … had described"
    when = _TIME_LATER.match(phrase)
    if when is not None and when.end() < len(phrase):
        phrase = phrase[when.end():]  # when, before the subject: "A day later the Amberhof … warned"
    return phrase


# How long after, opening a sentence before its subject: "A day later", "Two weeks on", "Hours later,".
_TIME_LATER = re.compile(r"(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ome|[Ss]everal|[Aa][ \t]+few|\d+)[ \t]+"
                         r"(?:minute|hour|day|week|month|year|moment)s?|(?:Minute|Hour|Day|Week|Month|Year|Moment)s)"
                         r"[ \t]+(?:later|earlier|on|after)\b,?[ \t]+")


# A body's review or report, by its author: "A 2022 review by the NEA", "the annual audit by Kessler & Co".
_REVIEW_BY = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ \t]+(?:(?:[a-z-]+|\d{4})[ \t]+){0,3}"
                        r"(?:review|report|audit|assessment|study|survey|analysis|inquiry|investigation|evaluation)"
                        r"[ \t]+by[ \t]+((?:the[ \t]+)?[A-Z][\w’'&.-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'&.-]*){0,5})")


# Words after which an -ing cue is a participle of the main clause ("…, saying").
_PARTICIPLE_OPENERS = frozenset({",", "by", "while", "when", "after", "before", "—", "–"})
# Words after which a cue's participle is an adjective: "from noted scholars".
_BEFORE_ADJECTIVE = frozenset({"a", "an", "the", "from", "of", "with", "among", "by", "for"})
# Words that make a following cue word a noun ("his remarks", "the report").
_NOUN_MARKERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "whose",
                           # numbers count nouns: "eight state candidates", "two reports"
                           "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"})
# Words before a plural noun, never before a verb: "earlier remarks", "these claims".
_BEFORE_PLURAL_NOUN = frozenset({"earlier", "previous", "recent", "past", "latest", "other", "these", "those", "such",
                                 "many", "some", "any", "no", "similar", "repeated"})
# Cues a story uses to say someone did not speak: "did not reply", "has not commented".
_SILENT_CUES = ("repl", "respond", "comment", "answer")
# Cue verbs that are not speech before "to" ("will continue to be").
_NOT_BEFORE_TO = frozenset({"continue", "continues", "continued", "continuing"})


def _is_noun_use(prev: str, cue: str, nxt: str) -> bool:
    """True when a cue word is used as a noun, or is not about speech here."""
    p = prev.lower().replace("’", "'")
    if p in _NOUN_MARKERS or (p.endswith("'s") and len(p) > 2) or (p.endswith("s'") and len(p) > 2) or p.isdigit():
        return True
    if cue.endswith("s") and p in _BEFORE_PLURAL_NOUN:
        return True  # "refusing to recant earlier remarks"
    if cue.endswith("s") and prev[:1].islower() and p.endswith(("ical", "ial", "ary", "ous", "ful")) and p not in ROLE_NOUNS:
        return True  # an adjective before it: "without publishing the medical reports"
    if p == "in" and cue == "writing":
        return True  # "ordered the union in writing to …": how, not who wrote
    if p in _MEDIA_NOUNS and cue in {"post", "posts"}:
        return True  # "wrote in a social media post that"
    if cue in {"rail", "rails"} and p in {"guard", "safety", "crash", "hand", "bed", "towel", "light"}:
        return True  # "the guard rails met every standard": a barrier, not a rant
    if cue == "state" and nxt.lower() in _MEDIA_NOUNS | ORG_NOUNS | ROLE_NOUNS:
        return True  # "he told state television that", "the state prosecutor": a word for whose
    return cue in _NOT_BEFORE_TO and nxt == "to"


def _is_coordinated(toks: list[tuple[str, int, int]], cue_idx: int) -> bool:
    """True for a cue verb joined to an earlier verb by "and"/"but" ("X praised Y and said")."""
    i = cue_idx - 1
    seen_and = False
    while i >= 0 and toks[i][0].lower() in SKIPPABLE:
        seen_and = seen_and or toks[i][0].lower() in {"and", "but"}
        i -= 1
    if not seen_and or i < 0:
        return False
    tok = toks[i][0]
    if tok == "," and i > 0 and toks[i + 1][0].lower() in {"and", "but"} and not toks[i - 1][0].startswith(MASK) \
            and toks[i - 1][0] not in {",", ")"}:
        # "X blamed Y, and stressed …": a second verb of the same subject
        return toks[i - 1][0].lower() not in CUE_VERBS
    # "X agreed and said" is handled as one speaker phrase; "Smith and Jones said" has no gap
    if tok.lower() in CUE_VERBS and _object_of_preposition(toks, i):
        return True  # "X accused Y in a blog post and said": "post" is a noun there
    if tok[:1].isupper():
        return _pronoun(tok) is None  # "extradition to the United States and added": a name, not a verb
    return tok.lower() not in CUE_VERBS and _pronoun(tok) is None and tok not in {",", ")"}


_ADJUNCT_DETERMINERS = frozenset({"a", "an", "the"}) | _POSSESSIVE_DETERMINERS


def _object_of_preposition(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Whether ``toks[i]`` ends a short noun phrase after a preposition: "in a Facebook post"."""
    for k in range(i - 1, max(i - 4, 0), -1):
        if toks[k][0].lower() in _ADJUNCT_DETERMINERS:
            return toks[k - 1][0].lower() in _VERB_ADJUNCT_PREPOSITIONS
    return False


def _parenthetical(toks: list[tuple[str, int, int]], cue_idx: int) -> bool:
    """Is the cue an aside between commas with a name after it ("The trouble,
    says Mark Fenn, historian at …, is that …")? The name speaks, not the
    phrase the aside interrupts."""
    if cue_idx == 0 or toks[cue_idx - 1][0] != "," or cue_idx + 1 >= len(toks):
        return False
    first = toks[cue_idx + 1][0]
    if first in {"he", "she"} and cue_idx + 2 < len(toks) and toks[cue_idx + 2][0] == ",":
        return True  # translated: "The union, specified he, « will support … »"
    if not first[:1].isupper() or first.lower() in WEEKDAYS | MONTHS or first.lower() in CLAUSE_OPENERS:
        return False
    for tok, _a, _b in toks[cue_idx + 2:cue_idx + 6]:
        if tok == ",":
            return True
        if not tok[:1].isupper() and tok.lower() not in PARTICLES:
            return False
    return False


def _same_voice(ref: SpeakerRef | None, name: str | None, people: ArticleSpeakers) -> bool:
    """Whether "he"/"she" in a speech event between two quotations ("He added that …")
    may be the speaker of the first: then the second carries on in the same voice."""
    return ref is not None and ref.kind == "pronoun" and name is not None \
        and ref.text.lower() in {"he", "she"} and people.may_be(name, ref.text.lower())


def _nobodys_words(masked: str, q_open: int, q_close: int, reads: bool) -> bool:
    """Whether the quotation is words no one is said to speak: a crowd's chant ("answered with a
    chant of “…”", "the chant has changed from “…”"), a sign or an inscription ("hung a sign:
    “…”", "A banner …. It reads: “…”", "“…” was written on one of them", "a board with the
    inscription „…“"), entries read from a record, examples of what many say ("voices such as
    “…”") or a proverb ("as the saying goes, “…”"). ``reads``: whether "read" stands shortly
    before (the cheap test for two of them)."""
    return bool(
        _CROWD_CRY.search(masked, max(0, q_open - 50), q_open)
        or (masked.find("chant", max(0, q_open - 100), q_open) >= 0
            and (_CHANT_IS.search(masked, max(0, q_open - 100), q_open)
                 or _CROWD_CHANTING.search(masked, max(0, q_open - 200), q_open)))
        or (masked.find(":", max(0, q_open - 4), q_open) >= 0 and (_SIGN_SHOWS.search(masked, max(0, q_open - 90), q_open)
                                                                   or _WRITTEN_ON.search(masked, max(0, q_open - 60), q_open)))
        or (masked[max(0, q_open - 12):q_open].rstrip(" \t:,").endswith(("saying", "reading", "says", "reads", "said", "read"))
            and (sign := _INSCRIPTION_SAYING.search(masked, max(0, q_open - 60), q_open)) is not None
            and not _OWNED_BEFORE.search(masked, max(0, sign.start() - 40), sign.start()))  # (not "Its retraction notice said")
        or (reads and _IT_READS.search(masked, max(0, q_open - 12), q_open)
            and _INSCRIPTION_NOUN.search(masked, max(0, q_open - 200), q_open))
        or (_IT_SAYS.search(masked, max(0, q_open - 12), q_open)  # "A sign is nailed to the fence. It says: “…”"
            and _INSCRIPTION_NOUN.search(masked, max(0, q_open - 120), q_open))
        or (reads and _READ_FROM_RECORD.search(masked, max(0, q_open - 250), q_open))
        or _WRITTEN_AFTER.match(masked, q_close)
        or _SUCH_AS.search(masked, max(0, q_open - 40), q_open)
        or _SAYING_GOES.search(masked, max(0, q_open - 30), q_open)
        or _INSCRIBED.search(masked, max(0, q_open - 60), q_open))


# A text named by its kind alone, with no one to have issued it: "a communiqué spread on Tuesday".
_UNSIGNED_TEXT = re.compile(r"(?:a|an|the)[ \t]+(?:press[ \t]+)?" + _DOCUMENTS + r"(?:[ \t]+[a-z]+)?")


def _is_document(phrase: str) -> bool:
    """"court documents", "the records": paper, which shows what someone said but says nothing."""
    words = re.findall(r"[a-z]+", phrase.lower())[:4]  # (the phrase may stop short: "court| documents")
    return any(w in NOT_SPEAKERS or (w.endswith("s") and w[:-1] in NOT_SPEAKERS) or w in {"records", "filings"}
               for w in words)


def _document_before_speaker(masked: str, source: Event, sent_events: list[tuple[int, Event]], q_open: int) -> bool:
    """"According to court documents, Lee told agents that it was “…”": a document as
    the source (or one that ends the phrase: "the school's Facebook| post"), then
    someone's own speech event before the quotation."""
    after = re.findall(r"[a-z]+", masked[source.phrase_end:source.phrase_end + 16].lower())[:1]
    return (_is_document(masked[source.phrase_start:source.phrase_end + 12])
            or any(w in DOCUMENT_NOUNS or w.removesuffix("s") in DOCUMENT_NOUNS for w in after)) and any(
        not ev.source_phrase and ev.phrase and source.cue_end <= ev.cue_start < q_open for _, ev in sent_events)


def _quoted_as_saying(masked: str, toks: list[tuple[str, int, int]], cue_idx: int) -> tuple[int, int] | None:
    """The one "quoted … as saying" (or "as telling", or quoted before a colon), who spoke the words."""
    after = _phrase_after(masked, toks, cue_idx)
    if after is None:
        return None
    e = next((k for k in range(cue_idx + 1, len(toks)) if toks[k][2] == after[1]), None)
    if e is not None and e + 1 < len(toks) and toks[e + 1][0] == ",":
        e += 1  # "Ann Lee, the chief executive, as saying"
        if e + 1 < len(toks) and toks[e + 1][0] in {"a", "an", "the"}:
            # (past a longer apposition: "Ann Lee, a former head of the office's labour division, as saying")
            e = next((k for k in range(e + 2, min(e + 16, len(toks) - 2)) if toks[k][0] == ","
                      and toks[k + 1][0].lower() == "as" and toks[k + 2][0].lower() in CUE_VERBS), e)
    if e is not None and e + 1 < len(toks) and toks[e + 1][0] == ":" \
            and (e + 2 == len(toks) or toks[e + 2][0].startswith(MASK)):
        return after  # "countered by quoting Ann Lee: “…”"
    if e is None or e + 2 >= len(toks) or toks[e + 1][0].lower() != "as" or toks[e + 2][0].lower() not in CUE_VERBS:
        return None
    return after


def _main_subject(toks: list[tuple[str, int, int]], cue_idx: int, earlier: list[Event]) -> tuple[int, int] | None:
    """Speaker of a participle cue: the latest speaker phrase of its sentence, else its subject."""
    for ev in reversed(earlier):
        if ev.phrase is not None and ev.cue_start < toks[cue_idx][1] and ev.phrase.lower() not in _PLATFORMS:
            return (ev.phrase_start, ev.phrase_end)  # (not where: "in a lengthy Instagram post, insisting …")
    subject = _subject_span(toks)
    if subject is not None and subject[1] <= toks[cue_idx][1]:
        inside = [t for t in toks if subject[0] <= t[1] and t[2] <= subject[1]]
        owned = (t[0] for t in toks if subject[0] < t[1] < subject[1] + 30)  # (the thing owned: a message?)
        if len(inside) > 1 and inside[0][0].endswith(("'s", "’s")) and all(t[0].islower() for t in inside[1:]) \
                and any(_SPEECH_NOUNS.fullmatch(word) for word in itertools.islice(owned, 4)):
            return (inside[0][1], inside[0][2] - 2)  # "Acme’s first message — a post telling …": Acme's words
        return subject
    if subject is None and not toks[cue_idx][0].endswith("ing"):
        # after asides the subject rules do not take apart: "At the end of the bulletin, the 8pm news
        # watched by a million, Lee put down her script and said": the name that opens a clause (not
        # for a participle: "…, supporters ripped them away, calling her “…,” she said")
        # (or a clause that opens with "when": "The standoff came to a head when Ann Lee stood before
        # the cameras and announced …")
        for k in range(1, cue_idx - 1):
            if toks[k - 1][0] in {",", "when"} and toks[k][0][:1].isupper() and toks[k][0].isalpha() and _pronoun(toks[k][0]) is None \
                    and toks[k][0].lower() not in CLAUSE_OPENERS:
                end = _np_end(toks, k)
                if k < end < cue_idx and toks[end][0].isalpha() and toks[end][0].islower() \
                        and toks[end][0] not in CLAUSE_OPENERS:
                    return (toks[k][1], toks[end - 1][2])
    if subject is None:
        said = next((k for k in range(min(cue_idx - 1, 5)) if toks[k][0].lower() in {"he", "she", "they"}), None)
        if said is not None and all(t[0][:1].isupper() or t[0] == "," or _is_date_word(t[0]) for t in toks[:said]) \
                and toks[said + 1][0].isalpha() and toks[said + 1][0].islower():
            return (toks[said][1], toks[said][2])  # a pronoun, after when: "On Friday she flew out, having said: “…”"
        # a name after an opening conjunction and a modifier the rules do not know, for a participle:
        # "But hardline Justice Minister Ann Lee has refused to budge, insisting …"
        k = 1 if toks and toks[0][0] in _OPENING_CONJUNCTIONS else 0
        k += k + 1 < cue_idx and toks[k][0].isalpha() and toks[k][0].islower() and toks[k][0] not in CLAUSE_OPENERS | _ARTICLES
        end = _np_end(toks, k) if k < cue_idx and toks[k][0][:1].isupper() and _pronoun(toks[k][0]) is None else k
        if end - k >= 2 and end < cue_idx and toks[end][0].isalpha() and toks[end][0].islower() \
                and toks[end][0] not in CLAUSE_OPENERS and all(t[0][:1].isupper() for t in toks[k:end]):
            return (toks[k][1], toks[end - 1][2])
    return None


_OPENING_CONJUNCTIONS = frozenset({"But", "And", "Yet", "Still", "Now"})


_SPEECH_NOUN_LEAD = re.compile(r"(?:an?|the|one)\s+(?:message|remark|comment|phrase|line|warning|signal|slogan|"
                               r"sentiment|view|point|claim|charge)\s+(?=\w)", re.IGNORECASE)


def _after_speech_noun(masked: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The speaker of a clause that describes the words: "…, a message analysts said was
    aimed at markets" is what analysts said of the message, not the message's speaker."""
    if span is None:
        return None
    lead = _SPEECH_NOUN_LEAD.match(masked, span[0], span[1])
    return (lead.end(), span[1]) if lead is not None else span


def _after_quote(toks: list[tuple[str, int, int]], lead: int) -> bool:
    """Whether the token at ``lead`` follows a quotation, perhaps after a comma or a
    dash: "«…», — told he"."""
    before = toks[lead - 1][0] if lead > 0 else ""
    return lead > 0 and (before.startswith(MASK) or (before in {",", "—", "–", "-"} and lead > 1 and (
        toks[lead - 2][0].startswith(MASK)
        or (toks[lead - 2][0] == "," and lead > 2 and toks[lead - 3][0].startswith(MASK)))))


def _named_after_quote(toks: list[tuple[str, int, int]], lead: int) -> bool:
    """Whether a name of up to four capitalised words, and nothing else, stands between a
    quotation and ``toks[lead]``: "“…,” Mrs. Lan shared"."""
    k = lead
    while k > 0 and lead - k < 4 and toks[k - 1][0][:1].isupper() and toks[k - 1][0].rstrip(".").isalpha() \
            and _pronoun(toks[k - 1][0]) is None:
        k -= 1
    return k < lead and _after_quote(toks, k)


# "published" speaks only when what it gives out is a message: "The group published on its site
# the message “…”".
_PUBLISHING = frozenset({"publish", "publishes", "published", "publishing"})
_PUBLISHED_MESSAGE = re.compile(r"(?:[ \t]+[\w’'-]+){0,6}?[ \t]+(?:a|an|the|its|their|his|her)[ \t]+(?:[\w-]+[ \t]+)?"
                                r"(?:message|post|statement|communiqu[eé]|notice|tweet|warning)\b")


# Verbs that name a thing in the words that follow them: "called “distasteful”", "dubbed “Lyin’ Ted”".
_NAMING_CUES = frozenset({"call", "calls", "called", "dub", "dubs", "dubbed", "label", "labels", "labeled", "labelled",
                          "brand", "brands", "branded", "term", "terms", "termed"})
_NAMED_THING = re.compile(r"(?:[ \t]+[\w’'-]+){0,3}[ \t]*")  # ("called the plan “…”": what is named, a few words)
# The verb of a speaker heard, after the one who heard them: "he recalled Lee saying", "she heard him say".
_HEARD_SAYING = frozenset({"saying", "say", "tell", "telling", "shout", "shouting", "warn", "warning"})


def find_events(text: str, masked: str, sentences: list[_Sentence]) -> list[Event]:
    """Every cue outside quotations, with its speaker phrase when one is found."""
    events: list[Event] = []
    starts = [s.start for s in sentences]
    with_cue = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in _CUE_RE.finditer(masked)})
    for si in with_cue:
        if si < 0:
            continue
        sent = sentences[si]
        toks = _tokens(masked, sent.start, sent.end)
        for ti, (tok, a, b) in enumerate(toks):
            if tok not in _EVENT_WORDS:
                continue
            low = tok.lower()
            if ti > 0 and low.startswith("tweet") and not toks[ti - 1][0].startswith(MASK):
                tok = low  # "Murphy, the head of the PAC, Tweeted on Friday": the brand's capital, mid-sentence
            phrase_span: tuple[int, int] | None = None
            inverted = source_phrase = silent = False
            # ("«…», read the presiding judge, Ann Lee": the words read out, as a cue after them)
            read_out = low == "read" and ti >= 2 and (
                (toks[ti - 1][0] == "," and toks[ti - 2][0].startswith(MASK))
                or (ti >= 3 and toks[ti - 1][0] == "so" and toks[ti - 2][0] == "," and toks[ti - 3][0].startswith(MASK))
                or (ti + 2 < len(toks) and toks[ti + 1][0] == "out" and toks[ti + 2][0].startswith(MASK))) \
                and not any(t[0].lower().rstrip("s") in INSCRIPTION_NOUNS for t in toks[ti + 1:ti + 4])  # (not "read the sign")
            # ("“…,” it read.", "It reads: “…”": the text the sentence before gave out, as "it said")
            given = _giver_around(masked, sentences, si) \
                if low in {"read", "reads"} and si > 0 and ti >= 1 and toks[ti - 1][0] == "it" and _after_quote(toks, ti - 1) else None
            if given is None and ti == 1 and toks[0][0] == "It" and low in {"goes", "continues", "adds", "concludes", "ends"} \
                    and events and events[-1].sentence == si - 1 and events[-1].cue in {"read", "reads"} and events[-1].phrase:
                # "“…,” it reads. / It goes on: “…”": the text read before goes on, its giver's
                given = (events[-1].phrase_start, events[-1].phrase_end)
            if given is not None:  # (the one the sentence before says gave it out: "Her lawyer issued a statement.")
                events.append(Event(cue=low, cue_start=a, cue_end=b, phrase=_clean_phrase(text, *given), phrase_start=given[0],
                                    phrase_end=given[1], inverted=False, sentence=si, source_phrase=False))
                continue
            if low in {"according", "in", "as", "read", "by", "through"} and not read_out:
                if low == "read" and (ti == 0 or toks[ti - 1][0].lower() not in {"we", "one"}):
                    continue  # ("we read in the communique of X": X's words; not "the banner read")
                joined = " ".join(t[0].lower() for t in toks[ti:ti + 4])
                matched = next((p for p in SOURCE_PHRASES if joined.startswith(p)), None)
                if not matched:
                    continue
                width = len(matched.split())
                obj = ti + width
                if obj + 1 < len(toks) and toks[obj][0].lower() in {"our", "my"} \
                        and toks[obj + 1][0].lower() not in ROLE_NOUNS:
                    continue  # "according to our information": what the paper knows, no one's words
                phrase_span = _phrase_after(masked, toks, ti + width - 1)
                if obj < len(toks) and toks[obj][0].lower() in {"him", "them"}:
                    phrase_span = None  # (the pronoun, then the clause, no comma: "According to him the change was …")
                if obj < len(toks) and toks[obj][0] == "whom" and ti >= 2 and toks[ti - 1][0] == ",":
                    b = a = ti - 2  # the one just named: "the minister, Ann Lee, according to whom «…»"
                    while a >= 1 and toks[a - 1][0].isalpha() and (toks[a - 1][0][:1].isupper() or toks[a - 1][0] in PARTICLES):
                        a -= 1
                    phrase_span = (toks[a][1], toks[b][2]) if toks[b][0][:1].isupper() and toks[b][0].isalpha() \
                        else (toks[b - 1][1], toks[b][2]) if b >= 1 and toks[b - 1][0].lower() == "the" and toks[b][0].lower() in ROLE_NOUNS \
                        else None
                if obj < len(toks) and toks[obj][0].lower() == "which" and ti > 3 and toks[ti - 1][0] == ",":
                    # "the report of the Maritime Agency, according to which “…”": the agency's
                    body = _backward_chunk(toks, ti - 2)
                    if 2 <= body <= ti - 2 and toks[body - 1][0] in {"of", "by", "from"} \
                            and toks[body - 2][0].lower() in TEXT_NOUNS and toks[body][0][:1] in "tT" \
                            and toks[body + 1][0][:1].isupper():
                        phrase_span = (toks[body][1], toks[ti - 2][2])
                if phrase_span is None and obj < len(toks) and toks[obj][0].lower() in OBJECT_PRONOUNS \
                        and (obj + 1 == len(toks) or toks[obj][0].lower() != "her"
                             or not (toks[obj + 1][0][:1].isalnum() or toks[obj + 1][0].startswith(MASK))):
                    # "According to him, …", "according to him he learned more from …" (not
                    # "according to her lawyer")
                    phrase_span = (toks[obj][1], toks[obj][2])
                if (phrase_span is None or toks[ti + width][0].lower() in _ARTICLES) and obj < len(toks) \
                        and toks[obj][0].lower() not in OBJECT_PRONOUNS:
                    # "according to calculations by X", "according to a letter from X"
                    # (or "according to the words of chairwoman Ann Lee")
                    by_words = {"by", "from"} | ({"of"} if toks[obj + 1:obj + 2] and toks[obj + 1][0] in _OF_WHOSE_WORK else set())
                    by = next((k for k in range(ti + width, min(ti + width + 8, len(toks)))
                               if toks[k][0].lower() in by_words), None)
                    named = by is not None and by - obj >= 3 and _AGENT_NOUN.fullmatch(toks[obj + 1][0]) is not None \
                        and all(t[0][:1].isupper() or t[0].lower().rstrip(".") in TITLES for t in toks[obj + 2:by])
                    if named and by is not None:  # "according to the limnologist prof. Ann Lee from the University": hers
                        phrase_span = (toks[obj][1], toks[by - 1][2])
                    elif by is not None and not any(toks[k][0].lower() in ROLE_NOUNS for k in range(obj, by)):
                        # (not "according to a source of the hospital heard by the paper": the source)
                        phrase_span = _phrase_after(masked, toks, by) or phrase_span
                near = _NEAR_THEN_CLAUSE.match(masked, phrase_span[0], phrase_span[1]) if phrase_span is not None else None
                if near is not None and phrase_span is not None:
                    phrase_span = (phrase_span[0], near.end(1))  # translated, no comma: "according to a person close to
                    # the investigation the two men are …"
                inverted = True
                source_phrase = True
                cue_end = toks[ti + width - 1][2]
            elif low == "so":
                # German "„…“ so Tadese.": after the words, "so" and a name that ends the sentence say whose
                # (or, set off by commas, before them: "The police came, so Grech, „an hour after me“.")
                named = ti + 1 < len(toks) and (toks[ti + 1][0][:1].isupper() or ARABIC_FAMILY.match(toks[ti + 1][0]) is not None) \
                    and _pronoun(toks[ti + 1][0]) is None  # (and "so al-Nuri.")
                after = _phrase_after(masked, toks, ti) if named and (_after_quote(toks, ti) or toks[ti - 1][0] == ",") else None
                before_words = after is not None and not _after_quote(toks, ti) and _SO_NAME_THEN_QUOTE.match(masked, after[1]) is not None
                if after is None or not (before_words or re.fullmatch(r"[ \t]*[.;]?[ \t]*", masked[after[1]:toks[-1][2]])):
                    continue
                phrase_span, inverted, cue_end = after, True, b
            elif ti + 1 < len(toks) and (low, toks[ti + 1][0].lower()) in PHRASAL_CUES and tok[0].islower() \
                    and (ti + 2 >= len(toks) or not toks[ti + 2][0][0].isalnum() or toks[ti + 2][0].endswith("ly")
                         or toks[ti + 2][0].lower() in {"to", "with", "that", "at", "in", "from"}
                         or low in {"put", "puts", "pointed", "points", "spoke", "made", "makes"}
                         or (toks[ti + 1][0].lower() == "back" and (toks[ti + 2][0].lower() in _BACK_WHEN or _is_date_word(toks[ti + 2][0])
                                                                     or _TIME_AFTER_BACK.match(masked, toks[ti + 2][1])))
                         or (toks[ti + 1][0].lower() == "back" and _after_quote(toks, ti))):  # "“…,” fired back Ann Lee"
                # "“…,” Smith went on" / "as Smith put it, “…”"
                cue_end = toks[ti + 1][2]
                low = low + " " + toks[ti + 1][0].lower()
                phrase_span = _phrase_before(masked, toks, ti)
                if phrase_span is None and _after_quote(toks, ti):
                    # inverted, as translations write it: "«…», made known the chief executive Ann Lee"
                    phrase_span = _phrase_after(masked, toks, ti + 1)
                    inverted = phrase_span is not None
            elif low in {"let", "lets"} and tok[0].islower() and [t[0] for t in toks[ti + 1:ti + 4]] == ["it", "be", "known"]:
                cue_end = toks[ti + 3][2]  # "The Palace, seat of the presidency, let it be known that “…”": who let it
                low = low + " it be known"
                phrase_span = _phrase_before(masked, toks, ti)
            elif low in {"let", "lets"} and _after_quote(toks, ti) and (known := _let_know(toks, ti)) is not None:
                # German "ließ … wissen", translated: "«…», let company chief Ann Lee know": who, between the words
                cue_end = toks[known][2]
                low = low + " know"
                phrase_span, inverted = (toks[ti + 1][1], toks[known - 1][2]), True
            elif low in INVERTABLE and tok[0].isupper() and (ti == 0 or toks[ti - 1][0].startswith(MASK)) \
                    and (ti + 1 == len(toks) or toks[ti + 1][0] != "of"):
                # sentence-initial inversion: "Said Smith, “…”" (not the noun in "Estimates of …")
                cue_end = b
                phrase_span = _phrase_after(masked, toks, ti)
                inverted = phrase_span is not None
            elif (low in CUE_VERBS or low in _NAMING_ONLY_CUES) and tok[0].islower():
                prev = toks[ti - 1][0] if ti > 0 else ""
                nxt = toks[ti + 1][0].lower() if ti + 1 < len(toks) else ""
                cue_end = b
                if (low == "quote" and prev == "I") or (low == "quoting" and prev in {"I'm", "I’m", "am", "was"}):
                    continue  # "Lee said, and I quote, “…”", "and I'm quoting him": the writer's aside
                silent = low.startswith(_SILENT_CUES) and ti > 1 and any(
                    t[0].lower() in {"not", "never"} or t[0].lower().endswith(("n't", "n’t")) for t in toks[ti - 2:ti])
                if (low.endswith("ed") or low in {"written", "spoken"}) and prev.lower() in _BEFORE_ADJECTIVE:
                    continue  # "articles from noted scholars", "a stated aim", "a written statement": an adjective
                if low.endswith("ed") and ti >= 3 and toks[ti - 2][0] in {"a", "an"} and toks[ti - 3][0] == "," \
                        and prev.isalpha() and prev.islower() and nxt in {"by", "since", "for"}:
                    continue  # "«…», a measure claimed since long by the associations": a participle after a noun
                quoted = _quoted_as_saying(masked, toks, ti) if low in {"quoted", "quotes", "quoting"} else None
                if quoted is not None:  # "the company quoted Myrvold as saying": Myrvold speaks
                    events.append(Event(cue=low, cue_start=a, cue_end=b, phrase=_clean_phrase(text, *quoted),
                                        phrase_start=quoted[0], phrase_end=quoted[1], inverted=True, sentence=si,
                                        source_phrase=False))
                    continue
                if low.startswith("appeal") and "for" not in {t[0].lower() for t in toks[ti + 1:ti + 9]} \
                        and not (nxt.startswith(MASK) and prev[:1].isalpha()) \
                        and not any(t[0] == "," and toks[c + 1][0].startswith(MASK)  # ("appealed to both sides, 「…」")
                                    for c, t in enumerate(toks[ti + 1:ti + 6], ti + 1) if c + 1 < len(toks)) \
                        and not any(t[0] == ":" and toks[c + 1][0].startswith(MASK)
                                    for c, t in enumerate(toks[ti + 1:ti + 9], ti + 1) if c + 1 < len(toks)):
                    # "appealed for “calm”" is a call, and so are "appealed over the loudspeakers: “…”" and
                    # "the group appealed „to parliament …”"; "appeals to voters" says nothing
                    continue
                if low in {"call", "calls", "called", "calling"} and ("off" in {t[0].lower() for t in toks[ti + 1:ti + 4]}
                                                                      or nxt.startswith("_") or nxt in {"itself", "themselves"}):
                    continue  # "would call them off": a strike is cancelled, nothing is said; "fans call “the Crane”";
                    # "a group calling itself “…”" names itself
                if low in {"called", "named"} and ti > 1 and toks[ti - 2][0].lower() in {"a", "an"} \
                        and prev.isalpha() and prev.islower() and nxt[:1].isalpha() and toks[ti + 1][0][:1].isupper():
                    continue  # "a group called Parents First": a name is given, nothing is said
                if low == "charged" and nxt in {"of", "with"}:
                    continue  # "an officer charged of environmental crime", "the man charged with fraud": no one speaks
                if low in _NOT_BEFORE_TO and prev.lower() in _BE_FORMS:
                    continue  # "the dispute is continuing": a thing goes on, nobody speaks
                if low.endswith("ing") and _describes_subject(toks, ti):
                    continue  # "The geologist advising the team, Ann Lee, has been …": who she is
                if _is_noun_use(prev, low, nxt) or (
                        # "the Inspectorate's interim report": a thing someone owns
                        ti > 1 and low in TEXT_NOUNS and prev.isalpha() and prev.islower() and not prev.endswith("s")
                        and toks[ti - 2][0].endswith(("'s", "’s"))) or (
                        ti > 1 and toks[ti - 2][0].lower() in {"a", "an"} and low in _CUE_BASE_FORMS) or (
                        ti > 1 and low.endswith("s") and prev.endswith("ed") and prev.islower()
                        and toks[ti - 2][0].lower() in {"has", "have", "had"}):  # "who has studied recounts"
                    if low in _NOT_BEFORE_TO:
                        continue
                    # "his remarks", "the report": speech is mentioned, its
                    # owner is usually the object of the real speaker's verb
                    events.append(Event(
                        cue=low, cue_start=a, cue_end=cue_end, phrase=None, phrase_start=a, phrase_end=a,
                        inverted=False, sentence=si, source_phrase=False,
                    ))
                    continue
                # translations from Spanish or Italian keep the perfect: "“…”, has affirmed the counsellor"
                perfect = prev.lower() in {"has", "have", "had"}
                lead = ti - 1 if perfect or (prev == "so" and (read_out or _after_quote(toks, ti - 1))) else ti
                # (German "„…“, so read the judge", Polish "„…” – so expressed herself Ann Lee")
                if lead >= 3 and toks[lead - 1][0].lower() in _LISTENERS:
                    k = lead - 2 - (toks[lead - 2][0].lower() in {"the", "our"})
                    if k >= 1 and toks[k][0].lower() == "to":
                        lead = k  # translated: "«…», to the journalists said the chairman …"
                prev_is_quote = _after_quote(toks, lead)
                if low in AFTER_QUOTE_ONLY and not prev_is_quote and not read_out \
                        and not ((low in {"raged", "rages", "hammered"} or (low in {"launched", "launches"} and masked.startswith(" to ", b)))
                                 and _INTRODUCES_QUOTE.match(masked, b)) \
                        and not (low in {"judged", "judges"} and nxt.startswith(MASK) and (prev[:1].isupper() or prev == ",")) \
                        and not (low in {"esteemed", "esteems"} and nxt == "that" and (prev[:1].isalpha() or prev == ",")) \
                        and not (prev.lower() in {"he", "she", "they"} and (
                            _after_quote(toks, lead - 1) or (lead >= 3 and toks[lead - 2][0] in {"had", "has", "have"}
                                                             and _after_quote(toks, lead - 2)))) \
                        and not _named_after_quote(toks, lead):
                    # ("«…», he threw", French "«…», had she judged", "“…,” Mrs. Lan shared"; a tabloid's "Lee raged:
                    # “…”", French "Lee has launched to the crowd: «…»"; and French "Lee judged « unacceptable » the
                    # handling", the words right after; "Lee esteemed that «…»", French "a estimé que")
                    continue  # "launched a campaign": a cue only as translations invert it, "«…», launched Lee"
                if prev.lower() in {"will", "would", "shall"} and any(
                        e.sentence == si and e.phrase and not e.source_phrase and "that" in masked[e.cue_end:a].split()
                        for e in events):
                    continue  # "Ann Lee warned that the council will demand «…»": what she says it will ask, her words
                if low in _NAMING_ONLY_CUES and nxt.lower() not in _NAMED_OBJECTS:
                    continue  # "the administrator named by the court", "named Lee its chief": not words named
                if low in BEFORE_QUOTE_ONLY and not nxt.startswith(MASK):
                    continue  # "talking points", "talking to Lee": a cue only as "is talking 「…」"
                if low in _PUBLISHING and not _PUBLISHED_MESSAGE.match(masked, b):
                    continue  # "published ‘Character Studies’", "published a column": a cue only for a message
                be_before = prev.lower() in _BE_FORMS or (
                    _is_ly_adverb(prev) and ti >= 2 and toks[ti - 2][0].lower() in _BE_FORMS)  # ("was eventually told")
                told_to = next((k for k in range(ti + 3, min(ti + 6, len(toks))) if toks[k][0] == "by"
                                and all(t[0].lower() in _LISTENERS | {"our", "the", "this"} for t in toks[ti + 2:k])), None) \
                    if nxt == "to" and be_before else None
                if told_to is None and be_before and low == "told" and nxt in {"the", "a", "one"} and prev_is_quote is False \
                        and ti >= 2 and _after_quote(toks, ti - 1):
                    # translated: "“…”, was told the colleague by Lee": Lee told it
                    told_to = next((k for k in range(ti + 2, min(ti + 5, len(toks))) if toks[k][0] == "by"
                                    and all(t[0].isalpha() and t[0].islower() for t in toks[ti + 2:k])), None)
                if told_to is not None:  # translated: "«…», it was told to our newspaper by Lee": Lee told it
                    phrase_span = _phrase_after(masked, toks, told_to)
                    inverted = phrase_span is not None
                elif nxt == "by" and be_before and low not in _CUE_BASE_FORMS:
                    # passive: "X was asked by the host, “…”" - the host speaks
                    phrase_span = _phrase_after(masked, toks, ti + 1)
                    inverted = phrase_span is not None
                elif (prev.lower() in _BE_FORMS - {"often", "widely", "repeatedly"}
                      or (_is_ly_adverb(prev) and ti >= 2 and toks[ti - 2][0].lower() in {"was", "were", "is", "are", "been"})) \
                        and low not in _CUE_BASE_FORMS and not low.endswith("ing") and nxt not in {"as", "to"}:
                    # "X was charged with …", "X was told …": X is spoken to or about, not speaking
                    text_of = _IN_TEXT_OF.match(masked, toks[0][1], toks[ti - 2][1]) \
                        if ti >= 7 and toks[ti - 2][0] == "it" else None
                    # (but German "In a written statement of the firm it is said: „…“" quotes the firm)
                    phrase_span = text_of.span("np") if text_of is not None else None
                elif (low.endswith("ing") and prev.lower() in _PARTICIPLE_OPENERS and not prev_is_quote) \
                        or (prev.lower() == "having" and ti >= 2 and toks[ti - 2][0] in _PARTICIPLE_OPENERS) \
                        or _is_coordinated(toks, ti):
                    # "X did Y, saying …", "X flew out, having said …", "X praised Y and said …": the subject is X's
                    phrase_span = _main_subject(toks, ti, [e for e in events if e.sentence == si])
                else:
                    phrase_span = _after_speech_noun(masked, _phrase_before(masked, toks, ti))
                    apposed = _APPOSED_AFTER_WHO.fullmatch(masked, phrase_span[1], toks[ti][1]) \
                        if phrase_span is not None and " who " in masked[phrase_span[0]:phrase_span[1]] else None
                    if apposed is not None and (held := parse_mention(text[apposed.start(1):apposed.end(1)])) is not None \
                            and held.kind == "person" and " " in (held.name or ""):
                        # "The scientist who first drew the link, bioacoustics researcher Ann Lee of the
                        # Institute, has argued": the name in apposition
                        phrase_span = apposed.span(1)
                    if phrase_span is not None and ti == 1 and _is_ly_adverb(toks[0][0].lower()) and phrase_span[0] == toks[0][1] \
                            and toks[0][0].lower() not in GIVEN_NAME_GENDER and ti + 1 < len(toks) and toks[ti + 1][0][:1].isupper():
                        # German order, an adverb first: "Concretely announced Lee an emergency fund:"
                        after = _phrase_after(masked, toks, ti)
                        phrase_span, inverted = (after, True) if after is not None else (phrase_span, False)
                    if phrase_span is not None and ti >= 2 and toks[0][0] == "To" and phrase_span[0] > toks[0][1] \
                            and any(t[0].lower() in _LISTENERS for t in toks[1:ti] if phrase_span[0] <= t[1] < phrase_span[1]) \
                            and not any(t[0] in {",", ":", ";"} for t in toks[1:ti]) and ti + 1 < len(toks) \
                            and (toks[ti + 1][0][:1].isupper() or toks[ti + 1][0] == "the"):
                        # German order, whom first: "To the local newspaper „Courier“ said Frau Ann Lee: „…“"
                        after = _phrase_after(masked, toks, ti)
                        phrase_span, inverted = (after, True) if after is not None else (phrase_span, False)
                    if phrase_span is not None and nxt in {"he", "she", "they"} and ti + 2 < len(toks) and toks[ti + 2][0] == ":":
                        # German order, the pronoun after its verb: "Towards the radio station said she: „…“"
                        phrase_span, inverted = (toks[ti + 1][1], toks[ti + 1][2]), True
                    if low.endswith("ing") and phrase_span is not None and prev[:1].isalpha():
                        ps = next((k for k in range(ti) if toks[k][1] == phrase_span[0]), 0)
                        if ps > 0 and toks[ps - 1][0].lower() in {"to", "on", "via"}:
                            # "wrote a letter to Lee asking …": Lee is written to; the writer asks
                            phrase_span = _main_subject(toks, ti, [e for e in events if e.sentence == si]) or phrase_span
                    if phrase_span is None and prev.lower() == "to" and ti > 1 and toks[ti - 2][0].isalpha() \
                            and toks[ti - 2][0].islower():
                        # "X was quick to add", "X went on to say": the clause's subject speaks
                        phrase_span = _main_subject(toks, ti, [e for e in events if e.sentence == si])
                if prev_is_quote and lead >= 4:
                    # "The MP Ann Lee, who has called the release a “gamble”, said the inquiry …": the
                    # words end the relative clause of the one who speaks, and "said" is her own verb
                    who = next((k for k in range(lead - 2, 0, -1) if toks[k][0] in {",", ";", ":", "who", "which", "whose"}), 0)
                    subject = _subject_span(toks[:who - 1]) if toks[who][0] in {"who", "which", "whose"} \
                        and toks[who - 1][0] in {",", "—", "–"} and nxt[:1].isalpha() and nxt[:1].islower() else None
                    # (or set off by dashes: "Ann Lee — who insists “…” — has branded the campaign a “…”")
                    if subject is not None:
                        phrase_span, prev_is_quote = subject, False
                aside_pronoun = ti + 1 < len(toks) and toks[ti + 1][0] in {"he", "she"} and _parenthetical(toks, ti)
                # (translated Polish "Jak poinformowała policja": "As communicated the police of X, „…”")
                as_opens = ti == 1 and prev == "As" and not low.endswith("ing")
                invertable = low in INVERTABLE or (prev_is_quote and phrase_span is None and not low.endswith("ing")) or as_opens \
                    or (prev_is_quote and ti + 1 < len(toks) and toks[ti + 1][0].lower() in {"he", "she", "they"}) \
                    or aside_pronoun
                # (right after a quotation any cue takes its subject after it, as translations
                # write it: "«…», - told he.", "«…», - told the pensioner Anna Lis, 71 year.")
                # (translated from Arabic, a second verb whose subject follows it and a colon: "The company
                # froze the prizes, and said its president Ann Lee: «…»")
                and_then_who = lead >= 1 and toks[lead - 1][0] == "and" and nxt in {"its", "his", "her", "their"} \
                    and (named_after := _phrase_after(masked, toks, ti)) is not None \
                    and _COLON_THEN_QUOTE.match(masked, named_after[1]) is not None
                if invertable and (phrase_span is None or prev_is_quote or _parenthetical(toks, ti) or and_then_who) \
                        and prev.lower() != "to" and not (lead >= 1 and toks[lead - 1][0] in {"who", "which", "and"} and not and_then_who) \
                        and _relative_before(toks, ti - 1) is None \
                        and not (ti >= 2 and _ISSUED.search(masked, sent.start, a)):  # ("The statement also asks the Inspectorate to …")
                    after = _phrase_after(masked, toks, ti)
                    if after is None and prev_is_quote and nxt == "in":
                        # translated: "«…», - reported in the press service of the ministry"
                        after = _phrase_after(masked, toks, ti + 1)
                        ref = parse_mention(_clean_phrase(text, *after)) if after is not None else None
                        if ref is None or ref.kind != "org":
                            after = None
                    if after is not None and low not in INVERTABLE and low not in AFTER_QUOTE_ONLY and not (perfect and prev_is_quote) \
                            and not aside_pronoun and not _INVERTED_TAIL.fullmatch(masked, after[1], toks[-1][2]):
                        after = None  # "“…,” opined the Daily Post." ends there; "thanked Lee for …" does not
                    if after is not None and (prev_is_quote or (_ends_inverted_phrase(toks, after[1])
                                                                 and not _PLURAL_SUBJECT.fullmatch(prev))):
                        # (not "the readings explain the speed of the fire:")
                        phrase_span = after
                        inverted = True
            else:
                continue
            if phrase_span is not None and not inverted and ti >= 3 and phrase_span[0] > toks[0][1] \
                    and masked[:phrase_span[0]].rstrip().rsplit(None, 1)[-1] in NAMING_PARTICIPLES \
                    and masked[phrase_span[0]:phrase_span[1]].split(None, 1)[0] in _NAMED_OBJECTS:
                # a noun, in the phrase a naming verb names: "He called the CFL report “…”" (not the
                # name a participle gives: "A group called Neighbours for Quiet Streets accused …")
                continue
            voice = (_VOICED_BEFORE_VERB.fullmatch(masked, phrase_span[1], a) or _VOICED_AFTER_VERB.match(masked, cue_end)) \
                if phrase_span is not None and not inverted else None
            if phrase_span is not None and not inverted and _OWNS_GROUP.match(text, phrase_span[1] - 2) \
                    and phrase_span[1] - phrase_span[0] > 3:
                phrase_span = (phrase_span[0], phrase_span[1] - 2)  # "Ann Lee's fraud squad is urging …, saying": hers
            if voice is not None:
                # a body speaking through one of its people, named: "The auction house, through its head
                # of wines Ann Lee, reiterates", "the Council recalled by voice of its president, Ann Lee, that"
                phrase_span = voice.span("name")
            phrase = None
            if phrase_span is not None and not inverted and _WHOSE_BEFORE.search(masked, max(0, phrase_span[0] - 8), phrase_span[0]) \
                    and masked[phrase_span[0]:phrase_span[1]].islower():
                # a clause about someone's own: "Ann Lee, whose company reported the cartel, apologised …" (but
                # "The Directorate, whose director Ann Lee says …" quotes her)
                continue
            if inverted and low == "asked" and ti >= 1 and toks[ti - 1][0] == "," and ti + 1 < len(toks) \
                    and toks[ti + 1][0] in {"after", "about"}:
                phrase_span = None  # German "gefragt nach", translated: "…, asked after the duration of the ban:": asked
            if phrase_span is not None and low == "read" and si > 0 and masked[phrase_span[0]:phrase_span[1]] == "it":
                phrase_span = _giver_before(masked, sentences[si - 1], sentences[si].start) or phrase_span  # "“…”, we read in it"
            led = _SIDE_LED_BY.match(masked, phrase_span[1]) if phrase_span is not None \
                and masked[phrase_span[0]:phrase_span[1]].lower() in _SIDES_IN_COURT else None
            if led is not None:
                phrase_span = led.span("np")  # "The defence, assured by Me Ann Lee, denounced …": its lawyer speaks
            if phrase_span is not None:
                styled = _STYLED.search(text, max(0, phrase_span[0] - 5), phrase_span[0])
                if styled is not None and text[phrase_span[0]:phrase_span[1]].lower() in STYLES:
                    phrase_span = (styled.start(), phrase_span[1])  # "His Excellency recalled": he
                phrase = _clean_phrase(text, *phrase_span)
                if phrase.lower().strip() in NOT_SPEAKERS - QUANTIFIER_PRONOUNS:
                    phrase = None
                elif not inverted and low.endswith("s") and NATIONALITY.match(phrase.split()[-1]):
                    continue  # a noun ("Russian demands"), not a speech event
            elif ti >= 2 and not inverted and toks[0][0] in {"Its", "His", "Her", "Their"} and ti <= 4 \
                    and toks[ti - 1][0] in DOCUMENT_NOUNS and all(t[0].isalpha() and t[0].islower() for t in toks[1:ti]):
                # "Its retraction notice said “…”": the owner's, as "it said" is ("its" the body the
                # sentence before opens with, or no one: not a guessed "it")
                owner = _possessive_owner(text, masked, sentences, si, toks[0][0])
                if owner != "it":
                    phrase, phrase_span = owner, (toks[0][1], toks[0][2])
            events.append(Event(
                cue=low, cue_start=a, cue_end=cue_end, phrase=phrase,
                phrase_start=phrase_span[0] if phrase_span else a,
                phrase_end=phrase_span[1] if phrase_span else a,
                inverted=inverted, sentence=si, source_phrase=source_phrase, silent=silent,
            ))
    return events


# One of a body's people it speaks through, named: ", through its head of wines Ann Lee, ", ", by
# the tongue of the official of its wine department Ann Lee, " (before the verb); " by voice of its
# president, Ann Lee, that" (after it).
_VOICE_OF = r"(?:through|via|by[ \t]+(?:the[ \t]+)?(?:voice|mouth|tongue)[ \t]+of)[ \t]+(?:(?:the[ \t]+)?[a-z]+[ \t]+of[ \t]+)?(?:its|their)[ \t]+"
_VOICE_NAME = r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})"
_VOICED_BEFORE_VERB = re.compile(r"[ \t]*,[ \t]+" + _VOICE_OF + r"[a-z][a-z \t-]{0,40}?[ \t]+" + _VOICE_NAME + r"[ \t]*,[ \t]*")
_VOICED_AFTER_VERB = re.compile(r"[ \t]+" + _VOICE_OF + r"[a-z][a-z \t-]{0,40}?,[ \t]+" + _VOICE_NAME + r"[ \t]*,[ \t]+that\b")
# A colon right before the words: "… its president Ann Lee: «…»".
_COLON_THEN_QUOTE = re.compile(r"[ \t]*:[ \t]*" + MASK)
# Right before a subject that is someone's own: "Ann Lee, whose company …".
_WHOSE_BEFORE = re.compile(r"\bwhose[ \t]+$")
# Verbs of a main clause that a sentence opening "The geologist advising the team, …" goes on to.
_FINITE = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would"})


# The foot of a letter: a name alone, or after "Your", "Love," …: "Your Kemal", "Love, Ann".
_LETTER_FOOT = re.compile(r"(?:(?:Your|Yours|Love|Signed|Sincerely|Yours[ \t]+sincerely|Regards),?[ \t]+)?"
                        r"([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]+){0,2})[.,!]?")
_MARKS_AND_SPACE = " \t\n\"“”„«»‘’'"
# A relative clause's subject before words it says: "whom Lee in the recording as »…« mocked",
# "whom Lee on the recording called „…”".
_WHOM_NAME = re.compile(rf"\bwhom[ \t]+(?P<np>[{CAPITAL}][\w’'-]+(?:[ \t]+[{CAPITAL}][\w’'-]+)?)"
                        r"(?:[ \t]+(?:in|on|at)[ \t]+the[ \t]+\w+)?(?:[ \t]+(?P<cue>called|described|dubbed|labelled|labeled|likened))?"
                        r"(?:[ \t]+(?:as|to))?[ \t]*$")
_CUE_AFTER_WORDS = re.compile(r"[^\w\n]{0,3}[ \t]*(\w+)")
def _whom_subject(text: str, masked: str, start: int, q_open: int, q_close: int) -> str | None:
    """The subject of a relative clause the words stand in, whose cue comes before or after
    them: "Ray, whom Lee in the recording as »…« mocked", "whom Lee called „…”"."""
    whom = _WHOM_NAME.search(masked, max(start, q_open - 100), q_open) if "whom" in masked[max(start, q_open - 100):q_open] else None
    verb = _CUE_AFTER_WORDS.match(masked, q_close) if whom is not None else None
    if whom is None or not (whom.group("cue") or (verb is not None and verb.group(1).lower() in CUE_VERBS)):
        return None
    return _clean_phrase(text, whom.start("np"), whom.end("np"))


# Someone's words right before the words themselves: "Sergey Lebedev's words “…” were shared".
_OWNER_NAME = rf"(?:[{CAPITAL}][\w-]+[ \t]+){{0,3}}[{CAPITAL}][\w-]+"  # (whose words: up to four capitalised words)
_OWNED_WORDS = re.compile(r"(?<![\w’'-])(" + _OWNER_NAME + r")[’']s[ \t]+(?:[a-z]+[ \t]+)?"
                          r"(?:words|statement|message|remarks|comment|post|reply|answer|tweet|appeal|warning)[ \t]*[:,]?[ \t]*$")
# A sentence that gives the words after it, with any verb: "Lee-shi looked back as follows. 「…」"
# (Japanese "次のように振り返った", translated).
_AS_FOLLOWS = re.compile(r"[ \t]as[ \t]+follows[ \t]*[.:][ \t]*$")
# A named person, then a relative clause whose verb names the words: "…, Ann Lee, who called it".
_NAME_WHO_CALLED = re.compile(r"(?<![\w’'-])(?P<np>(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*[A-Z][\w’'-]*)+)"
                              r",[ \t]+who[ \t]+(?:has[ \t]+|had[ \t]+)?$")
# Whose words they are, whatever cue came before: "The firm said that, in Ann Lee's words, “…”".
_IN_OWNED_WORDS = re.compile(r"(?<![\w’'-])[Ii]n[ \t]+(?P<np>" + _OWNER_NAME + r")[’']s?"
                             r"[ \t]+(?:own[ \t]+)?words[ \t]*[:,]?[ \t]*$")
# A relative clause after a quotation: "… «…» after the case of a boy who, according to his family, …"
_RELATIVE_BETWEEN = re.compile(r"\b(?:who|whom|whose|which)\b")
# The paragraph after words quoted alone names who said them: "“…”\n\nSo said Ann Lee, the …"
_SO_SAID = re.compile(r"[^\S\n]*[”\"’»」“]?[^\S\n]*\n[^\S\n]*\n[^\S\n]*(?:So|Thus)[ \t]+(said|says|spoke|wrote)\b")


def _own_paragraph(text: str, q: QuoteSpan) -> bool:
    """Whether the quotation ``q`` is its paragraph, marks aside."""
    start = text.rfind("\n", 0, q.start) + 1
    end = text.find("\n", q.end)
    return not text[start:q.start].strip(_MARKS_AND_SPACE) \
        and not text[q.end:len(text) if end < 0 else end].strip(_MARKS_AND_SPACE)


def _describes_subject(toks: list[tuple[str, int, int]], ti: int) -> bool:
    """Whether the participle at ``ti`` describes the sentence's opening noun ("The
    geologist advising the rescue team, Ann Lee, has been speaking …"): the sentence goes
    on, after a comma, to its own verb, and the participle said nothing."""
    first = next((k for k, t in enumerate(toks) if t[0][:1].isalpha()), ti)
    if not (toks[first][0] in {"The", "A", "An"} and 1 <= ti - first - 1 <= 3
            and all(t[0].isalpha() and t[0].islower() for t in toks[first + 1:ti])):
        return False
    rest = [t[0] for t in toks[ti + 1:]]
    if MASK in "".join(rest):
        rest = rest[:next(k for k, w in enumerate(rest) if MASK in w)]
    return "," in rest and any(w in _FINITE for w in rest[rest.index(","):])


# What may follow the speaker of a cue that seldom inverts: the sentence's end, a
# party in brackets, an appositive after a comma ("…, 71 year.", "…, a pensioner.").
# (and who was told: "«…», - tells the chairman Jari Lee to the newspaper early in the morning"; or
# where the speaker is from: "«…», criticised Ann Lee from the Federation of Consumer Rights (FCR).")
# A plural noun just before a verb is its subject, so the verb is not inverted: "the
# afternoon readings explain the speed of the fire" (but "afterwards said", "always says").
_PLURAL_SUBJECT = re.compile(r"(?!(?:always|perhaps|afterwards|sometimes|besides|nevertheless|nonetheless|towards|thus)$)"
                             r"[a-z]{3,}[^s'’]s")
_INVERTED_TAIL = re.compile(r"\s*(?:\([^()]*\))?(?:\s+(?:from|of)\s+(?:the\s+)?[A-Z][^.!?;:,()]*(?:\([A-Z]+\))?)?"
                            # (whom it was told, with or without "to", as German and Spanish translated: "told
                            # Herr Lee our newspaper", "told the señor Lee to a local newspaper", Polish "told Lee
                            # to television TV7")
                            r"(?:\s+(?:to\s+)?(?:the|our|this|us|reporters|journalists|a|television|radio|press)\b[^.!?;:]*)?"
                            r"(?:,[^.!?;:]*)?[.!?]?\s*")


def _times_named(name: str, text: str) -> int:
    """How often ``name`` stands in ``text`` as whole words: a lone capitalised
    word counts as a name only when the story uses it again."""
    count, at = 0, text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum() and text[at - 1] != "_") \
                and (end == len(text) or not text[end].isalnum() and text[end] != "_"):
            count += 1
        at = text.find(name, at + 1)
    return count


def mostly_capitalised(words: list[str]) -> bool:
    """More than two thirds of the words capitalised: a headline's title case."""
    return sum(w[:1].isupper() for w in words) * 3 > len(words) * 2


def _without_acronyms(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """"Federal Medicines Agency (BfAA) President Sabine Hartkopf": the acronym is no part of who speaks."""
    return [t for i, t in enumerate(toks) if not any(
        0 <= i - d and i - d + 2 < len(toks) and toks[i - d][0] == "(" and toks[i - d + 2][0] == ")"
        and sum(c.isupper() for c in toks[i - d + 1][0]) >= 2 for d in range(3))]


def _subject_before_bare_cue(text: str, masked: str, sent: _Sentence, sent_events: list[tuple[int, Event]],
                            q_open: int, q_close: int) -> str | None:
    """The speaker a sentence opens with, before ", 「…」, said.": the cue after the quotation
    names nobody, and the words before the quotation end in a comma."""
    made = _SPEECH_NOUN_MADE.match(masked, q_close) is not None
    if made and not masked[sent.start:q_open].rstrip().endswith(",") and "," in masked[sent.start:q_open]:
        # the subject alone before a comma, then what the quotation is addressed to: "The agency, to
        # families the syrup “…” call made."
        head = _tokens(masked, sent.start, masked.index(",", sent.start, q_open))
        head = head[:next((k for k, t in enumerate(head) if k and t[0] in {"from", "via", "on", "through"}), len(head))]
        if not 1 <= len(head) <= 5:  # (and not where it was said: "The union from its account, “…” sharing made.")
            return None
        subject = _clean_phrase(text, head[0][1], head[-1][2])
        ref = parse_mention(subject)
        return subject if ref is not None and ref.definite and ref.kind in {"person", "org", "role"} else None
    bare_cue = made or any(ev.phrase is None and ev.cue_start >= q_close and ev.cue_start - q_close <= 12
                           and _AND_GAP.fullmatch(masked, q_close, ev.cue_start) for _, ev in sent_events)
    if not bare_cue:
        return None
    toks = _tokens(masked, sent.start, q_open)
    comma_before = masked[sent.start:q_open].rstrip().endswith(",")
    named_as = next((c for c in range(len(toks) - 3, max(len(toks) - 8, 0), -1) if toks[c][0] == ","), None) \
        if toks and toks[-1][0] == "as" else None
    if named_as is not None and toks[named_as + 1][0] in _NAMED_OBJECTS \
            and all(t[0].isalpha() and t[0].islower() for t in toks[named_as + 1:-1]):
        # what the words name, between the subject's comma and the words, in Turkish order: "The works
        # council chair, Ann Lee, the decision as “betrayal” described."
        toks, comma_before = toks[:named_as + 1], True
    if not comma_before:
        # no comma, as translations from Japanese or Turkish leave it out: "General Manager Dieter
        # Kallweit also “…” said." (the subject right before the quotation, named in full)
        while toks and toks[-1][0].lower() in _ORDER_WORDS:
            toks = toks[:-1]
        opened = next((k for k in range(len(toks) - 2, max(len(toks) - 6, 0), -1) if toks[k][0] == "("), None)
        if toks and toks[-1][0] == ")" and opened is not None:
            toks = toks[:opened]  # "Lee-kyōju (Vietnamese origin) 「…」 points out"
        if len(toks) > 4 and [t[0] for t in toks[-4:]] == ["on", "the", "other", "hand"]:
            toks = toks[:-4]  # "Lee-keibu on the other hand 「…」 emphasized"
        on = next((k for k in range(len(toks) - 2, max(len(toks) - 5, 0), -1) if toks[k][0] in {"on", "via"}), None)
        if on is not None and (toks[-1][0].lower() in PLATFORMS or [t[0].lower() for t in toks[-2:]] == ["social", "media"]):
            toks = toks[:on]  # where it was written: "Lee Hanım on social media “…” had written"
        if len(toks) > 3 and toks[-1][0].lower() in _LISTENERS and toks[-2 - (toks[-2][0] in {"this", "the", "our"})][0] == "to":
            toks = toks[:-2 - (toks[-2][0] in {"this", "the", "our"})]  # "Lee-shi to this agency 「…」 talked"
        span = _subject_span(toks) if toks else None
        if span is None and toks:  # (a long opening: "The syrup producing company Solvara Pharma's General Manager Dieter Kallweit")
            k = len(toks)
            while k > 0 and k > len(toks) - 5 and toks[k - 1][0][:1].isupper() and not POSSESSIVE_END.search(toks[k - 1][0]) \
                    and toks[k - 1][0].lower() not in BODY_WORDS | CLAUSE_OPENERS:
                # (the name after its body's: "… University Ann Lee"; not "Furthermore Lee-shi")
                k -= 1
            span = (toks[k][1], toks[-1][2]) if k < len(toks) else None
        if span is None or span[1] != toks[-1][2]:
            return None
        named = _clean_phrase(text, *span)
        ref = parse_mention(named)
        # (or a body the sentence opens with: "The provincial police also “…” explained.")
        honoured = NAME_WITH_HONORIFIC.search(named) is not None or (  # ("Lee-keibu", a Japanese honorific: a person,
            named.split()[-1].lower() in HONORIFICS_AFTER and ref is not None and _times_named(ref.name or "", text) >= 2)
        # or a Turkish one after a surname the story has used: "Adeyemi Hanım “…” said")
        return named if ref is not None and (ref.kind == "person" and (" " in (ref.name or "") or honoured) or (
            ref.kind == "org" and ref.definite and span[0] == toks[0][1])) else None
    asked = next((c for c in range(1, len(toks) - 3) if toks[c][0] == "," and (
        [t[0].lower() for t in toks[c + 1:c + 4]] in (["to", "the", "question"], ["to", "a", "question"])
        or toks[c + 1][0].lower() == "asked"
        or (toks[c + 1][0] in {"at", "during", "in", "on", "after", "before"} and toks[c + 2][0] in {"the", "a", "an"}
            and toks[c - 1][0][:1].isupper()))), None)
    if asked is not None:
        # what was asked, or where, between the subject and the words: "Lee Bey, to the question of …, “…”
        # said", "Ann Lee Hanım, at the funeral ceremony, “…” said"
        toks = toks[:asked + 1]
    first = len(toks) - 2  # (the capitalised words that end the subject, before its comma)
    while first > len(toks) - 5 and toks[first - 1][0][:1].isupper() and toks[first - 1][0].isalpha():
        first -= 1
    before = toks[first - 1][0] if first >= 1 and toks and toks[-1][0] == "," else ""
    if ((before.isalpha() and before.islower()) or before == ")") and first < len(toks) - 2 \
            and len(toks) > (4 if before == "from" else 6):
        # Turkish word order, translated: a long subject that ends in the name, "The captain of the
        # rescue ship belonging to the Open Sea organisation Ann Lee, “…” said."; or "X'ten Y", "The
        # organisation Open Cages from Ann Lee Hanım, “…” said" (hers), or "The press organisation Free
        # Voice (FV) Executive Director Ann Lee, “…” said" (a post after the body's initials)
        ending = _clean_phrase(text, toks[first][1], toks[-2][2])
        ref = parse_mention(ending)
        if ref is not None and ref.kind == "person" and " " in (ref.name or "") \
                and (before in {"from", ")"} or ref.role is None):
            return ending
    span = _subject_span(_without_acronyms(toks))
    if span is None and toks and toks[0][0].lower() in _VERB_ADJUNCT_PREPOSITIONS | {"from"}:
        # after a place or a time the sentence opens with: "In the hospital the trauma surgeon Dr. Ann
        # Lee, on Wednesday to journalists, “…” said." (a person named in full, not "the hospital")
        for k in range(2, min(8, len(toks))):
            if toks[k][0].lower() in {"the", "a", "an"} or toks[k][0][:1].isupper():
                inner = _subject_span(toks[k:])
                ref = parse_mention(_clean_phrase(text, *inner)) if inner is not None else None
                if ref is not None and ref.kind == "person" and " " in (ref.name or ""):
                    span = inner
                    break
    if span is None:
        return None
    body_of = len(toks) >= 5 and toks[0][0] in {"A", "An"} and toks[1][0].lower() in SPOKES_WORDS \
        and toks[2][0] in {"of", "for"} and toks[-1][0] == ","
    if body_of:  # "A spokeswoman of the bank also, “…” declared": the whole phrase, up to the comma
        end = len(toks) - 2
        while end > 3 and toks[end][0].lower() in _ORDER_WORDS:
            end -= 1
        span = (toks[0][1], toks[end][2])
    phrase = re.sub(r"\s+(?:at|in|on|to|from|during|for|with|after)$", "", _clean_phrase(text, *span))
    ref = parse_mention(phrase)
    if ref is None or (ref.kind == "person" and " " not in (ref.name or "") and _times_named(ref.name or "", text) < 2) \
            or (ref.kind == "role" and not ref.definite and not body_of):
        return None  # (someone unnamed is no one's voice, but a body's spokeswoman is the body's)
    return phrase


# Between the quotation and a cue with no subject: punctuation, or "and" ("「…」 and points out").
_AND_GAP = re.compile(r"[\s,;:—–\-" + MASK + r"]{0,4}(?:and[ \t]+)?(?:(?:has|had|have)[ \t]+)?")  # ("and has made clear")
# Words between a subject and its quotation that tell nothing of who speaks: "Lee also “…” said."
_ORDER_WORDS = frozenset({"also", "too", "again", "then", "still", "further", "moreover", "once", "later"})
# A speech noun and "made" after the quotation, as translations from Turkish write a cue ("açıklama
# yaptı"): "President Sabine Hartkopf Hanım, “…” statement made."
_SPEECH_NOUN_MADE = re.compile(r"[ \t]*,?[ \t]*(?:(?:a[ \t]+|the[ \t]+)?(?:statement|call|explanation|announcement|evaluation|"
                               r"assessment|remark|comment|appeal|warning|declaration|speech|sharing|post)s?[ \t]+(?:was[ \t]+)?made"
                               r"|made[ \t]+(?:a[ \t]+)?statement)\b")  # (or "made statement", the verb first)
# A report with no one to say it after the quotation: "…」, it is said.", "“…”, it was reported."
_IT_IS_SAID = re.compile(r"[ \t]*,?[ \t]*it[ \t]+(?:is|was|has[ \t]+been)[ \t]+(?:said|reported|stated|announced|learned|learnt)\b")


def _subject_before_it_is_said(text: str, masked: str, sent: _Sentence, q_open: int, q_close: int) -> str | None:
    """The subject a sentence opens with, right before its quotation, when the words after it say
    only that it is said: "The company 「has requested an inquiry」, it is said." (a translation
    from Japanese, whose verb of saying follows the quotation)."""
    if _IT_IS_SAID.match(masked, q_close) is None:
        return None
    toks = _tokens(masked, sent.start, q_open)
    if not 1 <= len(toks) <= 6 or not all(t[0].isalpha() or t[0] in {"’s", "'s", "-"} for t in toks):
        return None
    phrase = _clean_phrase(text, toks[0][1], toks[-1][2])
    ref = parse_mention(phrase)
    return phrase if ref is not None and ref.kind in {"person", "org", "role"} and ref.definite else None


def _named_last_in_asides(toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The full name that ends a run of asides before the verb, when the sentence opens with a
    place or a description: "At Dunmore Ferries, the operator, the head of safety, Ida Lund,
    chooses her words carefully" is Ida Lund's sentence."""
    if not toks or toks[0][0].lower() not in {"at", "in", "from", "for", "the", "a", "an"}:
        return None
    commas = [i for i, t in enumerate(toks[:30]) if t[0] == ","]
    for a, b in zip(commas, commas[1:]):
        if 2 <= b - a - 1 <= 3 and all(t[0][:1].isupper() and t[0].isalpha() for t in toks[a + 1:b]) \
                and b + 1 < len(toks) and toks[b + 1][0].isalpha() and toks[b + 1][0].islower() \
                and toks[b + 1][0] not in _ARTICLES and toks[b + 1][0] not in {"who", "which", "whose", "and", "of", "from", "in", "at"}:
            return (toks[a + 1][1], toks[b - 1][2])
        if any(t[0].isalpha() and t[0].islower() and t[0] in CUE_VERBS for t in toks[a + 1:b]):
            return None  # (the sentence's verb has come: the names after it are its objects)
    return None


_SO_NAME_THEN_QUOTE = re.compile(r"[ \t]*,[ \t]*" + MASK)  # (", so Grech, „…“": the name, then the words)
# Words someone found or had for something, as German puts the speaker after them: "Clear words
# found the Bergrettungs-Chef for the decision:", "Sharp words came from the minister".
_SHARP_WORDS = re.compile(r"\s*(?:Clear|Sharp|Harsh|Strong|Blunt|Warm|Kind|Tough|Critical|Angry|Bitter)[ \t]+words[ \t]+"
                          r"(?:found|chose|had|came[ \t]+from)[ \t]+(?:also[ \t]+)?"
                          r"(?P<np>(?:the[ \t]+)?(?:[\w’'-]+[ \t]+){0,3}?[\w’'-]*[A-Z][\w’'-]*)"
                          r"(?=[ \t]*(?:,|:|$|[ \t](?:for|about|on|against|to|in)\b))")
_PLACE_OPENERS = frozenset({"In", "At", "Outside", "Inside", "Back", "Across", "Near"})


# What someone's words were, and nothing more: " was simpler.", " were stark." (not " was
# supported Friday by Sen. Ann Lee").
_WAS_SO = re.compile(r"(?:[ \t]+words)?[ \t]+(?:was|were|is|are)[ \t]+(?:more[ \t]+|less[ \t]+)?[a-z]+(?<!ed)[ \t]*[.:]?\s*$")


def _subject_person(text: str, masked: str, sent: _Sentence, q_open: int) -> str | None:
    """The personal name a sentence opens with, when it stands before ``q_open``."""
    toks = _tokens(masked, sent.start, q_open)
    words = [t[0] for t in toks if t[0].replace("’", "").replace("'", "").isalpha()]  # ("Lee isn't convinced.")
    if len(words) < 3:
        return None
    if toks[0][0] in _PLACE_OPENERS:
        # where, set off by a comma before the subject: "In Vila Corvina, Ann Lee stood on the quay"
        comma = next((k for k in range(1, min(len(toks) - 2, 6)) if toks[k][0] == ","), None)
        toks = toks[comma + 1:] if comma is not None and all(t[0][:1].isupper() for t in toks[1:comma]) else toks
    span = _subject_span(toks) or _named_last_in_asides(toks)
    if span is None:
        return None
    group = _OWNED_GROUP.search(text, span[0], span[1])
    if group is not None and group.end() == span[1] and text[span[0]].isupper():
        span = (span[0], group.start())
    stance = _OWNED_STANCE.search(text, span[0], span[1])
    if stance is not None and stance.end() == span[1]:
        span = (span[0], stance.start())  # "Lee's defence has not moved. The tape, he says, …": Lee's
    elif (_SPEECH_NOUNS.match(masked, span[1] + 1)
          or ((_OWNED_STANCE.match(text, span[1] - 2) or (masked.startswith("own ", span[1] + 1)
                                                           and _SPEECH_NOUNS.match(masked, span[1] + 5)))
              and _WAS_SO.match(masked, masked.find(" ", span[1] + 5), sent.end) is not None)) \
            and next((t[0] for t in reversed(toks) if t[2] <= span[0]), ",") == ",":  # (not "following Khan's speech")
        # "Lee's answer to that was short. “…,” he said", "Lee's verdict was simpler.", "Lee's own
        # words were stark.": Lee's words
        span = _owner(text, span) or span
    # (an acronym is capitals in any sentence: "Lee has resigned as CEO of Acme Bank"; so is a
    # date: "Ann Lee, chair of the NGA — on X, Tuesday 11 March")
    cased = [w for w in words if not (w.isupper() and len(w) > 1) and w.lower() not in WEEKDAYS and w.lower() not in MONTHS]
    if not cased or sum(w[:1].isupper() for w in cased) * 2 > len(cased):
        # a headline: its capitals are not names; but after a long name
        # ("Margot Ellery of Westgate Capital Markets was more sanguine.") the rest is lower case
        rest = [t[0] for t in toks if t[1] >= span[1] and t[0].isalpha() and not (t[0].isupper() and len(t[0]) > 1)]
        if len(rest) < 2 or sum(w[:1].isupper() for w in rest) * 3 > len(rest):
            return None
    phrase = _clean_phrase(text, *span)
    ref = parse_mention(phrase)
    if ref is None:
        return None
    name = nationality_surname(ref) if ref.kind == "org" else ref.name if ref.kind == "person" else None
    # a lone word must be a name the story uses again, not a stray capital ("Sign up …"), and
    # a person's only when someone bears it as a surname (not "Dunmore recovers its trains")
    # ("His daughter Elin"; "Transport minister Dvorzhakova", a post before the name)
    described = ref.kind == "person" and ref.role is not None and (
        ref.role.split()[-1].lower() in KIN_WORDS or ref.role.split()[-1].lower() in ROLE_NOUNS
        or ref.role.rstrip(".").lower() in COURTESY_TITLES or (ref.role.endswith(".") and " " not in ref.role))
    # (a title, written out or short, says a person: "M. Marchand had then saluted …")
    if not name or (" " not in name and not described and (_times_named(name, text) < 2
                                         or (ref.kind == "person" and phrase.strip() == name  # (not "Mr. Hurt")
                                             and not _named_by_surname(text, name, 0)
                                             and not _named_by_given_name(text, name)))):
        return None
    return phrase


# A lone word in marks before a noun it qualifies: "its “400” list", "the “Clean Air” plan".
_NAME_AS_MODIFIER = re.compile(r"[ \t]+[a-z]+\b(?![ \t]*[,.;:])")


def _subject_body_or_post(text: str, masked: str, sent: _Sentence, q_open: int) -> str | None:
    """The body (by its capitalised name) or the post a sentence with no speech verb opens with,
    whose act the quoted words are part of: "The Ministry of Mines decided the suspension of all
    work «until the inquiry ends»", "The minister had moved to 6 percent, calling it «our final
    offer»" (not a name before the noun it qualifies: "The Ledger published its “400” list")."""
    opening = _opening_subject(text, masked, sent, q_open)
    if opening is None:
        return None
    phrase, ref, verb = opening
    if ref.kind == "role" and ref.role and ref.role.split()[-1].lower() in ROLE_NOUNS and verb.islower() and verb.isalpha():
        return phrase
    return phrase if ref.kind == "org" and verb.islower() and verb.isalpha() \
        and any(w[:1].isupper() for w in phrase.split()[1:]) else None


def _opening_subject(text: str, masked: str, sent: _Sentence, q_open: int) -> tuple[str, SpeakerRef, str] | None:
    """The definite subject a sentence opens with before ``q_open``, its reading, and the word after it."""
    toks = _tokens(masked, sent.start, q_open)
    if len(toks) > 5 and toks[0][0] in {"By", "On", "In", "At", "After", "Before", "Since"}:
        # (after a time it opens with: "By Tuesday morning the minister had moved …")
        toks = next((toks[k:] for k in range(2, 5) if toks[k][0] == "the" and _is_date_word(toks[k - 1][0])
                     or toks[k][0] == "the" and toks[k - 1][0] in {"morning", "afternoon", "evening", "night", "week"}), toks)
    span = _subject_span(toks) if len(toks) >= 4 else None
    if span is None or span[0] != toks[0][1]:
        return None
    after = next((t[0] for t in toks if t[1] >= span[1]), None)
    phrase = _clean_phrase(text, *span)
    if phrase.endswith(("’s", "'s")):
        return None  # an owner, not the subject: "Dr Lee’s blunt statement that …"
    ref = parse_mention(phrase)
    return (phrase, ref, after) if ref is not None and ref.definite and after is not None else None


# What a crowd shouts: "the crowd answered with a chant of “…”", "to cries of ‘…’".
# (A named subject's chants are theirs: "Supporters responded with chants of “…”".)
_CROWD_CRY = re.compile(r"\b(?:(?:to|amid)[ \t]+(?:the[ \t]+)?|which[ \t]+\w+[ \t]+with[ \t]+(?:a[ \t]+)?)"
                        r"(?:chants?|cries|shouts|roars?)[ \t]+of[ \t]*$", re.IGNORECASE)
# Entries read out from a record no one is named to have written: "the prosecutor read
# from the plant's maintenance log: “…”" (not the reader's words).
_READ_FROM_RECORD = re.compile(
    r"\bread(?:[ \t]+(?:aloud|out))?[ \t]+from[ \t]+[^.:\n]{0,80}?\b(?:log|logbook|minutes|diary|register|entries|records)\b"
    r"[^.:\n]{0,120}:\s*$")
# A crowd that gathers, chanting: "A few hundred people gathered outside, chanting “…”".
_CROWD_CHANTING = re.compile(r"\b(?:people|crowds?|protesters|demonstrators|marchers|strikers|pickets)\b[^.!?\n"
                             + MASK + r"]{0,150}?,[ \t]+chanting[ \t]*:?[ \t]*$", re.IGNORECASE)
# The chant itself as the subject: "the chant has changed from “…” to “…”".
_CHANT_IS = re.compile(r"\b[Tt]he[ \t]+chants?[ \t]+(?:has|had|have|is|was|were|are)\b[^.\n]{0,60}$")
# … or after them, with no one named to have written them: "“…” was written on one of the placards".
_WRITTEN_AFTER = re.compile(r"[ \t]*[,.]?[ \t]*(?:was|were|is|are|had[ \t]+been|has[ \t]+been)[ \t]+(?:written|painted|scrawled|"
                            r"daubed|sprayed|spray-painted|chalked|printed|emblazoned)[ \t]+(?:on|across|in)\b")
# Words many people say, given as examples: "voices such as “…” and “…” are rising".
_SUCH_AS = re.compile(r"\b(?:voices|comments|remarks|messages|posts|slogans|phrases|chants|cries|complaints|questions)"
                      r"[ \t]+(?:such[ \t]+as|like)[ \t]*$", re.I)
# "A banner hangs across the square. It reads: “…”" (when a sign, a banner … was just named).
_IT_READS = re.compile(r"\b[Ii]t[ \t]+reads?[ \t]*:?[ \t]*$")
_IT_SAYS = re.compile(r"\b[Ii]t[ \t]+says[ \t]*:?[ \t]*$")
_INSCRIPTION_WORD = r"\b(?:" + "|".join(sorted(INSCRIPTION_NOUNS)) + r")s?"
# Words written on a thing: "a board with the inscription „…“", "a banner bearing the words “…”".
# (the thing may be placed first: "a bedsheet from a fence with the words “…”")
_INSCRIBED = re.compile(r"\b(?:with|bearing)[ \t]+(?:the[ \t]+)?inscription[ \t]*:?[ \t]*$"
                        r"|\b(?:printed|stamped|marked|emblazoned)[ \t]+with[ \t]*:?[ \t]*$|"  # ("tape printed with “…”")
                        + _INSCRIPTION_WORD
                        + r"(?:[ \t]+(?:from|on|over|across|at|to|in)[ \t]+(?:a|an|the)[ \t]+[\w’'-]+)?"
                        r"[ \t]+(?:with|bearing)[ \t]+(?:the[ \t]+)?(?:words|slogan|text|message)[ \t]*:?[ \t]*$", re.I)
_INSCRIPTION_NOUN = re.compile(_INSCRIPTION_WORD + r"\b", re.IGNORECASE)
# A sign shown before its words: "someone had hung a cardboard sign: “…”", "this picture of the
# sign police have just put across the road: “…”".
_SIGN_SHOWS = re.compile(_INSCRIPTION_WORD + r"(?:[ \t]+(?:[\w’'-]+[ \t]+){0,5}?(?:put|hung|hang|nailed|placed|erected|raised|"
                         r"held|carried|taped|pinned|fixed|left|put[ \t]+up|set[ \t]+up)(?:[ \t]+[\w’'-]+){0,5})?[ \t]*:[ \t]*$",
                         re.IGNORECASE)
# An owner before a text's noun, who wrote it: "Its retraction notice", "the journal's notice".
_OWNED_BEFORE = re.compile(r"(?:\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)|\w[’']s)(?:[ \t]+[a-z-]+){0,2}[ \t]+$")
# An inscription's own words, as a participle gives them: "raising banners saying “…”",
# "a placard that reads “…”" (not the words of whoever holds it).
_INSCRIPTION_SAYING = re.compile(_INSCRIPTION_WORD + r"(?:[ \t]+(?:in|on|at|over)[ \t]+(?:a|an|the)[ \t]+[\w’'-]+)?"
                                 r"(?:[ \t]+(?:that|which))?[ \t]+(?:saying|reading|says|reads|said|read)"
                                 r"[ \t]*[:,]?[ \t]*$", re.IGNORECASE)
# Words painted or written on a thing before them: "someone has painted on a bedsheet: “…”",
# "a bedsheet painted in red letters: “…”", "a sheet written by hand: «…»".
_WRITTEN_ON = re.compile(r"\b(?:painted|written|scrawled|daubed|sprayed|spray-painted|chalked)[ \t]+(?:(?:on|across)[ \t]+"
                         r"(?:a|an|the|one|his|her|their|its)[ \t]+(?:[\w’'-]+[ \t]+){0,2}?[\w’'-]+|(?:in|with)[ \t]+"
                         r"(?:[\w’'-]+[ \t]+){0,2}?(?:letters|capitals|paint|ink|chalk|marker)|by[ \t]+hand)[ \t]*:[ \t]*$")
# A proverb is no one's words: "As the old saying goes, «…»".
_SAYING_GOES = re.compile(r"\b(?:saying|proverb|adage|maxim|joke)[ \t]+(?:already[ \t]+)?(?:goes|has[ \t]+it|says|runs)[ \t]*[:,]?[ \t]*$")
# What a banner, a sign or a leaflet says: "one banner read simply: ‘…’", "placards
# reading “…”", "leaflets pasted on the walls urge «…»", "… holding placards. One read “…”".
# Nobody's speech, so no earlier speaker carries over to it.
_INSCRIPTION = re.compile(
    r"\b(?:" + "|".join(sorted(INSCRIPTION_NOUNS | {n + "s" for n in INSCRIPTION_NOUNS})) + r")"
    r"(?:\s+[\w’'-]+){0,8}?(?:\.\s+(?:One|Another))?\s+(?:read|reads|reading|" + "|".join(sorted(CUE_VERBS)) + r")"
    r"\b[\s\w]{0,16}[:,]?\s*$",
    re.IGNORECASE,
)


def _paragraphs_about(text: str, masked: str, sentences: list[_Sentence], sentence_of: Callable[[int], int],
                      start: int, end: int, name: str | None, people: ArticleSpeakers) -> bool:
    """Whether every paragraph between two quotations opens with the first one's speaker:
    "“…,” Lee notes. / Lee is upbeat about the race, in part because … / “…”" is Lee
    throughout, though the paragraph between has no speech verb."""
    first = text.find("\n", start)
    last = text.rfind("\n", start, end)
    if name is None or first < 0 or last <= first:
        return False
    opens = [m.end() for m in re.finditer(r"\n\s*(?=\S)", text[first:last])]
    if not opens:
        return False
    for at in opens:
        sent = sentences[sentence_of(first + at)]
        opener = re.match(r"(?:He|She)\b", text[first + at:])
        phrase = opener.group(0) if opener else _sentence_subject(text, masked, sent)
        ref = parse_mention(phrase) if phrase else None
        if ref is None or not (_same_voice(ref, name, people)
                               or (ref.kind == "person" and people.resolve(ref, sent.start) == name)):
            return False
    return True


def _turned_to(text: str, masked: str, before: _Sentence, q_open: int) -> str | None:
    """The full name a sentence just before ``q_open`` in its paragraph opens with, when
    nothing else stands between them."""
    if masked[before.end:q_open].strip() or "\n" in text[before.start:q_open] or MASK in masked[before.start:before.end]:
        return None
    phrase = _subject_person(text, masked, before, before.end)
    ref = parse_mention(phrase) if phrase else None
    if ref is not None and ref.kind == "person" and ref.name and (
            " " in ref.name or _named_by_surname(text[:before.start], ref.name, 0) or _named_by_given_name(text[:before.start], ref.name)):
        return phrase  # (or one the story named in full before: "Lee was emphatic. “…”", "Gerald’s verdict was simpler.")
    # or the one role it opens with: "Asked about it, the glaciologist was blunt. “…”"
    span = _subject_span(_tokens(masked, before.start, before.end))
    phrase = _clean_phrase(text, *span) if span is not None else None
    ref = parse_mention(phrase) if phrase else None
    if ref is not None and ref.kind == "role" and ref.definite and ref.role and len(ref.role.split()) == 1 \
            and ref.role.lower() in ROLE_NOUNS and ref.role.lower() not in ROLE_PLURALS:
        return phrase
    return None


_SINGULAR_ROLES = ROLE_NOUNS - ROLE_PLURALS
_PERSON_NOUNS = _SINGULAR_ROLES | frozenset(KIN_WORDS)  # ("man", "woman" are role nouns)
_DOER = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent)")
_HIS_OR_HER = {"he": "he", "his": "he", "him": "he", "himself": "he", "she": "she", "her": "she", "herself": "she"}


# What follows "her" as an object, not as "her head": "gives her a lift", "drove her to work".
_AFTER_OBJECT_HER = frozenset({"a", "an", "the", ",", ".", "to", "for", "from", "with", "into", "on", "in", "at", "home",
                               "back", "up", "out", "off", "away"})


def _unnamed_subject(masked: str, sent: _Sentence) -> tuple[int, str | None] | None:
    """Where a sentence is about someone it does not name, and their pronoun if it says:
    "At the edge of the field, a seasonal picker … shook his head.", "Among the
    passengers was one woman who …". A "he said" after it is theirs, not the last
    named speaker's."""
    toks = _tokens(masked, sent.start, sent.end)
    if len(toks) < 3:
        return None
    k = 0
    first = toks[0][0].lower()
    if first == "among":
        k = next((i + 1 for i, t in enumerate(toks[:24]) if t[0] in {"was", "is"}), 0)
        k += k < len(toks) and toks[k][0] == "also"
    elif first in CLAUSE_OPENERS and first not in _NOMINATIVE:
        k = next((i + 1 for i, t in enumerate(toks[:16]) if t[0] == ","), 0)
        if k > 1 and toks[k - 2][0][:1].isupper():
            return None  # "For Major, a retiree and …, making calls is …": the retiree is Major
        if not k and first in {"in", "on", "at"}:  # translated, no comma after the place: "In Mill Lane an old man …"
            k = next((i for i in range(2, min(10, len(toks) - 1)) if toks[i][0] in {"a", "an"}
                      and toks[i - 1][0][:1].isupper() and toks[i - 1][0].isalpha()), 0)
    if (first in CLAUSE_OPENERS and not k) or k >= len(toks) or toks[k][0].lower() not in {"a", "an", "one"}:
        return None
    j = k + 1  # the head noun: the last word before "who", "from" … ("a seasonal picker who …")
    while j + 1 < len(toks) and j < k + 3 and toks[j][0] not in _PERSON_NOUNS and toks[j + 1][0].isalpha() \
            and toks[j + 1][0].islower() and toks[j + 1][0] not in CLAUSE_OPENERS | _BE_FORMS | CUE_VERBS:
        j += 1
    noun = toks[j][0]
    if toks[k][0].lower() == "one" and toks[k + 1][0] == "of" and j == k + 3 and toks[k + 2][0] in {"the", "its", "their"} \
            and noun.endswith("s") and noun[:-1] in _PERSON_NOUNS:
        noun = noun[:-1]  # "One of the engineers at the dam, who …, was blunter."
    if "," in (t[0] for t in toks[j + 1:j + 3]):
        return None  # "A potential vice president pick, Haley is …": a description of who is named next
    if any(t[0] == "him" or (t[0] == "her" and (i + 1 == len(toks) or toks[i + 1][0] in _AFTER_OBJECT_HER))
           for i, t in enumerate(toks[j + 1:], j + 1)):
        return None  # "a neighbour gives him a lift": the sentence is about him, whom the story named
    said = GENDER_WORDS.get(noun) or next((_HIS_OR_HER[t[0]] for t in toks[j + 1:] if t[0] in _HIS_OR_HER), None)
    # (a noun the lists lack is a person's when the sentence gives them a "his": "a seasonal picker")
    if noun in _PERSON_NOUNS or (said is not None and _DOER.fullmatch(noun)):
        return toks[k][1], said
    return None


_IRREGULAR_PARTICIPLES = frozenset(
    "found made seen taken given shown written known held led brought caught beaten chosen won hit struck".split())


def _passive_agent_named(text: str, masked: str, sent: _Sentence) -> str | None:
    """The full-named agent of a passive sentence, who is what it is about: "The dog was
    found by the farmer Marc Bisdorff on his farm. He told …"."""
    toks = _tokens(masked, sent.start, sent.end)
    be = next((i for i, t in enumerate(toks[:-3]) if t[0].lower() in _BE_FORMS
               and (toks[i + 1][0].endswith("ed") or toks[i + 1][0] in _IRREGULAR_PARTICIPLES)), None)
    by = next((k for k in range(be + 2, min(be + 16, len(toks))) if toks[k][0] == "by"), None) if be is not None else None
    span = _phrase_after(masked, toks, by) if by is not None else None
    phrase = _clean_phrase(text, *span) if span is not None else None
    ref = parse_mention(phrase) if phrase else None
    return phrase if ref is not None and ref.kind == "person" and " " in (ref.name or "") else None


_OWNED_KIN = re.compile(r"(?:His|Her|Their)[ \t]+([a-z-]+)\b(?![ \t]+[A-Z,])")


# A question put first, before the one who answers it: "Asked whether …, ", "Pressed on the cost, ".
_ASKED_FIRST = re.compile(r"(?:Asked|Pressed|Questioned|Challenged)\b[^,\n\ue000]{3,160},[ \t]+")


# A courtesy title, then a post in lower case, opening a sentence: "Pani burmistrz excludes …".
_TITLED_POST = re.compile(r"([A-Z][^\W\d_]+)[ \t]+([^\W\d_A-Z][^\W\d_]+)\b")


# When, or in what state of things, before a sentence's subject: "On Friday, with the trains running again, ".
_LEAD_IN = re.compile(r"(?:(?:[Oo]n|[Ii]n|[Aa]t|[Aa]fter|[Bb]y|[Ww]ith|[Ll]ater|[Ee]arlier|[Tt]hen|[Mm]eanwhile)\b"
                      r"[^,.;:!?\n" + MASK + r"]{0,60},[ \t]+){1,2}(?=the )")


def _subject_role(text: str, masked: str, sent: _Sentence) -> str | None:
    """The role a sentence opens with ("The judge was unmoved."): the person who
    holds it is the nearest candidate for a "she" that follows."""
    start = sent.start
    while start < sent.end and masked[start].isspace():
        start += 1
    kin = _OWNED_KIN.match(masked, start)
    if kin is not None and kin.group(1).lower() in KIN_WORDS:
        return text[start:kin.end()]  # "His wife remained seated.": whom the story names his wife
    asked = _ASKED_FIRST.match(masked, start, sent.end)
    if asked is not None and "," in masked[asked.end():sent.end]:
        return None  # ("Asked whether Donald Trump, the presumptive nominee, could win, Ban demurred")
    lead_in = _LEAD_IN.match(masked, start, sent.end) if asked is None else asked
    if lead_in is not None:
        start = lead_in.end()  # "Asked whether the company would pay, the chief executive was cautious."
        # ("On Friday, with the trains running again, the chief executive struck a cautious note.")
    titled = _TITLED_POST.match(masked, start) if lead_in is None else None
    if titled is not None and titled.group(1).lower() in COURTESY_TITLES and titled.group(2) in ROLE_NOUNS:
        return text[start:titled.end()]  # Polish "Pani burmistrz excludes resignation.": the mayor, by her title
    if not masked.startswith("The " if lead_in is None else "the ", start):
        return None
    toks = _tokens(masked, start, sent.end)
    span = _subject_span(toks)
    if span is None or span[0] != toks[0][1]:
        return None
    phrase = _clean_phrase(text, *span)
    ref = parse_mention(phrase)
    return phrase if ref is not None and ref.kind == "role" and ref.definite else None


# Nouns that make a possessive the owner of the quoted words: "Kim's “no deal” pledge".
_SPEECH_NOUN_AFTER = re.compile(
    r"[,.]?\s*(?:remarks?|comments?|statements?|quips?|slogans?|phrases?|lines?|claims?|pledges?|promises?|"
    r"vows?|words|terms?|labels?|descriptions?|characteri[sz]ations?|rhetoric|mantra|catchphrase|tweets?|"
    r"messages?|motto|declarations?|assertions?|warnings?|insults?|nicknames?|jibes?|jabs?|barbs?|boasts?|"
    r"refrain|rallying\s+cry|battle\s+cry|taunts?|retorts?|admission|apology|accusations?|charges?|"
    r"description|moniker|epithet|sound\s*bite|one-liner|put-down|dig|swipe|attacks?)\b"
)


# A possessive speech noun leading up to a quotation: "Lee's campaign slogan is “…”",
# "Lee's pledge to be “neutral”", "Lee's claim (in May) was that she “…”". Nouns of
# evaluation (comments, remarks, words) are left out: "Lee's comments are “…”" judges them.
_CONTENT_NOUNS = (
    r"(?:claim|assertion|slogan|catch ?phrase|motto|mantra|dictum|response|reply|answer|pledge|promise|vow|"
    r"call|broadside|message|refrain|argument|contention|theme|warning|tweet|post|rallying cry|battle cry|line|talk)s?"
)
# Whose words they are, before the possessive: "Ann Lee", "The mayor".
_OWNER = r"(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*|[Tt]he\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*"
_SPEECH_NOUN_BEFORE = re.compile(
    r"(?P<np>" + _OWNER + r")['’]s?"
    r"(?:\s+[a-z][a-z\-]*){0,3}\s+" + _CONTENT_NOUNS
    + r"(?:(?:\s+(?:in|to|during|against|on)\s+[^,;:.()" + MASK + r"]{1,50}?|\s*\([^)]{0,60}\))?"
    r"\s+(?:is|was)(?:\s+that\b[^" + MASK + r".;]{0,80}?|\s*[:,])?"
    r"|\s+(?:to\s+be|for|against|of|about)(?:\s+(?:an?|the))?)\s*$"
    # "Lee's description of it as “…”", "… of Acme's conduct as “…”" (but "Lee's description was “false”" judges it)
    r"|(?P<np2>" + _OWNER + r")['’]s?"
    r"(?:\s+[a-z][a-z\-]*){0,2}\s+(?:description|characteri[sz]ation)\s+of\s+(?:it|him|her|them|the\s+[a-z]+"
    r"|[A-Z][\w\-]*['’]s(?:\s+[a-z][a-z\-]*){1,2})"
    r"\s+as(?:\s+(?:an?|the))?\s*$"
)
# "Halvorsen's words on Tuesday night – “…” –": the words shown after a dash or colon.
# … or "The words of the violist Ann Lee, “…”, were shared widely".
_WORDS_OF = re.compile(r"\b[Tt]he\s+(?:words|remarks|comments)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?"
                       r"(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*,\s*$")
# … or a pronoun's, and the post it wrote: "Her Facebook post — “…” — preceded a protest".
_PRONOUN_WORDS_SHOWN = re.compile(r"(?<![\w’'-])(His|Her|Their)[ \t]+(?:[A-Z][\w-]*[ \t]+)?(?:own[ \t]+|latest[ \t]+|first[ \t]+)?"
                                  r"(?:words|remarks?|comments?|message|post|tweet|line|phrase|statement)[ \t]*[–—:][ \t]*$")
_WORDS_SHOWN = re.compile(r"(?P<np>" + _OWNER + r")['’]s?\s+(?:own\s+|[a-z][a-z\-]*\s+|[A-Z][a-z]+\s+){0,2}?"
                          r"(?:words|remarks?|comments?|message|warning|line|phrase|post|tweet|tribute)"
                          r"(?:\s+(?:on|in|at|during|last)\s+[^,;:.()–—" + MASK + r"]{1,40}?)?\s*[–—:]\s*$")


def _claim_noun_before(toks: list[tuple[str, int, int]], that: int) -> int | None:
    """Index of the claim noun "that" at ``that`` follows: "claim that", or after what
    places it, set off: "Lee's line from Monday's rally — that …"."""
    j = that - 1
    when = j
    while when > that - 6 and when > 0 and (_is_date_word(toks[when][0]) or toks[when][0].lower() in _WHEN_WORDS):
        when -= 1  # "the company's defence earlier in the week that …"
    if when < j and toks[when][0].lower() in CLAIM_NOUNS and toks[when + 1][0].lower() in {"earlier", "later", "last", "on"}:
        return when
    if toks[j][0].lower() in CLAIM_NOUNS:
        return j
    if toks[j][0] not in {"—", "–", ","}:
        return None
    for k in range(j - 1, max(0, j - 7), -1):
        if toks[k][0].lower() in CLAIM_NOUNS:
            # (or right before the mark: "Lee's first reaction — that …")
            return k if toks[k + 1][0].lower() in {"from", "at", "in", "on", "during", "to"} or k == j - 1 else None
        if toks[k][0] == "," and k > 0 and toks[k - 1][0].lower() in CLAIM_NOUNS and toks[k + 1][0].islower() \
                and toks[k + 1][0].endswith(("ed", "en")):
            return k - 1  # a participle's clause: "the mediator's assessment, given on Friday, that …"
        if not toks[k][0].replace("’", "").replace("'", "").isalnum():
            return None
    return None


_WHEN_WORDS = _TIME_NOUNS | {"earlier", "later", "in", "on", "the", "week", "month", "year"}


def _claim_that(toks: list[tuple[str, int, int]]) -> int | None:
    """Index just past the possessive of "X's claim that … “Q”", when no cue intervenes."""
    for i in range(len(toks) - 1, 0, -1):
        tok = toks[i][0].lower()
        if tok in CUE_VERBS or tok in {".", ";", ":", "?", "!"} or tok.startswith(MASK):
            return None
        noun = _claim_noun_before(toks, i) if tok == "that" else None
        if noun is not None:
            if len(toks) - i > 7:
                return None  # the quotation is far into the clause, or is said of the claim
            k = noun - 1
            while k >= 0 and k > i - 5 and toks[k][0].islower() and toks[k][0].replace("-", "").isalpha():
                if toks[k][0] in CUE_VERBS:
                    return None  # "Her ministry said in a statement that it …": the ministry's words
                k -= 1  # "Lee's repeated false claim that"
            return k + 1 if k >= 0 else None
    return None


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# A claim and its maker before the words it makes: "the claim by the agency's head, Ann Lee, that “…”".
_CLAIM_BY = re.compile(r"\b(?P<noun>[a-z]+)[ \t]+by[ \t]+(?P<np>[^,;:.!?\n" + MASK + r"“”\"«»]{2,70}?)"
                       r"(?:,[ \t]+(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3}),)?,?[ \t]+that[ \t]+$")
_BY_AFTER = re.compile(r"[,]?\s+by\s+")
_AGENT_AS_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)[ \t]+(?P<by>by)[ \t]+(?P<np>[^,;:.\n]{2,70}?)[ \t]+as[ \t]+(?:an?[ \t]+)?$")
# Participles that name words as someone's, and what a report or register writes of
# something: "marked by the inspectorate as “…”".
_MARKING_PARTICIPLES = NAMING_PARTICIPLES | {"marked", "flagged", "classified", "classed", "rated", "listed", "graded", "recorded"}


def _passive_agent(text: str, masked: str, sent: _Sentence, q_open: int, q_close: int) -> str | None:
    """The agent of a passive cue around a quotation: "… was called “reckless” by Lee",
    "each time marked by the inspectorate as “…”"."""
    lo = max(sent.start, q_open - 90)
    before_as = _AGENT_AS_BEFORE.search(masked, lo, q_open) if masked.find(" by ", lo, q_open) >= 0 else None
    if before_as is not None and before_as.group("verb").lower() in _MARKING_PARTICIPLES:
        toks = _tokens(masked, before_as.start("by"), before_as.end("np"))
        span = _phrase_after(masked, toks, 0)
        return _clean_phrase(text, *span) if span else None
    by = _BY_AFTER.match(masked, q_close)
    if by is None:
        return None
    before = [t[0].lower() for t in _tokens(masked, sent.start, q_open)[-5:]]
    while before and before[-1] in {"as", "a", "an", "the"}:
        before.pop()
    if not before or before[-1] not in NAMING_PARTICIPLES:
        return None
    toks = _tokens(masked, by.end() - 3, sent.end)
    span = _phrase_after(masked, toks, 0)
    return _clean_phrase(text, *span) if span else None


# What a site writes before a headline's colon: a label of the page, not a speaker.
_HEADLINE_LABEL = re.compile(
    r"(?i)(?:live|breaking|watch|update|updated|exclusive|analysis|opinion|explainer|video|photos|factbox|"
    r"fact\s+check|timeline|editorial|latest|developing|just\s+in)(?:\s+updates?)?\s*:\s*")


def _headline_speaker(text: str, masked: str, q_open: int) -> str | None:
    """Who a quotation in the article's headline belongs to.

    Headlines drop articles and capitalise verbs ("Lee Calls Tax Plan ‘A
    Theft’"), so the sentence rules miss them. The speaker is the capitalised
    run before a title-case speech verb, the run before a leading colon ("Lee:
    …"), or else a name the headline opens with, when the story names it too.
    """
    start = len(masked) - len(masked.lstrip())
    line = masked.rfind("\n", 0, q_open) + 1
    inner = line > start  # a subheading inside the story: "4 / Ann Lee Asks Voters To “Stay Home”"
    if inner:
        start = line
    end = masked.find("\n", start)
    end = len(masked) if end < 0 else end
    if not start <= q_open < end or end - start > 300:
        return None  # not in the line, or a paragraph too long for a headline
    label = _HEADLINE_LABEL.match(masked, start, q_open)
    if label is not None:
        start = label.end()  # "Live: …", "BREAKING: …" is the page's label, nobody's words
    toks = _tokens(masked, start, end)
    words = [t[0] for t in toks if t[0][:1].isalpha()]
    capitals = sum(w[:1].isupper() for w in words)
    if not words or len(words) > 25 or (masked[start:end].rstrip().endswith(".") and capitals * 2 < len(words)):
        return None  # a sentence, not a headline
    if inner and (len(words) < 4 or capitals * 4 < len(words) * 3 or masked[start:end].isupper()
                  or re.search(r"[a-z]{2}[.!?]\s", masked[start:q_open])):
        return None  # inside the story only a title-case line is a heading
    run: tuple[int, int] | None = None
    for i, (tok, a, _) in enumerate(toks):
        if a >= q_open:
            break
        if i > 0 and tok[:1].isupper() and tok.lower() in CUE_VERBS:
            st = _backward_chunk(toks, i - 1)
            run = (st, i - 1) if st <= i - 1 else None
            break
        if tok == ":" and i > 0:
            comma = max((k for k in range(i) if toks[k][0] == ","), default=-1)
            if 0 < i - comma - 1 <= 3:  # "Lee:", or after the topic: "Steelworks, the mayor:"
                if re.search(r"[a-z]{2}[.!?,]\s", masked[toks[i][2]:q_open]) \
                        or (i - comma - 1 == 1 and toks[i - 1][0].lower() not in ROLE_NOUNS
                            and _times_named(toks[i - 1][0], text[end:]) == 0):
                    break  # the label of what follows ("Dunmore: workers strike. ‘…’", "Dunmore: a strike, the mayor
                    # attacks the «…»"), or of the page
                run = (comma + 1, i - 1)
                break
    before = [t for t in toks if t[2] <= q_open]
    cut = max((i + 1 for i, t in enumerate(before) if t[0] in {"/", "|", "—", "–", ";", ":"}), default=0)
    before, skipped = before[cut:], cut  # (after the topic: "Fever toll rises / Director Ann Lee 「…」")
    role_next = not inner and bool(before) and masked[before[-1][2]:q_open].strip() == "" \
        and before[-1][0].lower() in _SINGULAR_ROLES and len(before[-1][0]) > 1
    if role_next:  # "… spreads to neighbouring country CEO「…」", "Kelmaria: the prosecutor «…»"
        run = (skipped + len(before) - 1, skipped + len(before) - 1)
    last = parse_mention(before[-1][0]) if before else None  # (its Turkish case ending dropped: "Lee'den")
    if run is None and not inner and 2 <= len(before) <= 8 and last is not None \
            and all((t[0][:1].isupper() or (k == 0 and t[0] in ROLE_NOUNS)) and t[0].lower() not in CUE_VERBS
                    for k, t in enumerate(before)) \
            and _times_named(last.name or last.text, text[end:]) > 0:
        # (a post in lower case may open it, and a Turkish case ending close it: "mediator Lee'den “…”")
        ref = parse_mention(text[before[0][1]:before[-1][2]])
        words = (ref.name or "").split() if ref is not None and ref.kind == "person" else []
        if (2 <= len(words) <= 3 or (len(words) == 1 and ref is not None and ref.role)) \
                and not any(w.isupper() and len(w) > 1 for w in words):  # ("Ted Cruz Super PAC")
            run = (skipped, skipped + len(before) - 1)  # a name and nothing else before the words: "Acme Chairman Ann Lee ‘…’"
    if run is None:
        k = 0
        while k < len(toks) and k < 4 and toks[k][0][:1].isupper() and toks[k][0].lower() not in CLAUSE_OPENERS \
                and toks[k][0].lower() not in CUE_VERBS and toks[k][1] < q_open:
            k += 1
        if k == 0 or k == len(toks):
            return None
        title_case = mostly_capitalised(words)
        nxt = toks[k][0]
        if title_case and nxt[:1].isalpha() and nxt.lower() not in CLAUSE_OPENERS:
            return None  # "Former Lee Campaign Chief Says …": where the name ends is unknown
        run = (0, k - 1)
        surname = toks[k - 1][0]
        if _times_named(surname, text[end:]) == 0:
            return None  # the story never names it again
        if k == 1 and not surname.isupper() and not _named_by_surname(text, surname, end):
            return None  # "Dunmore ferry collision …": a word alone (not "DNC") is a surname only when the story names someone by it
    phrase = text[toks[run[0]][1]:toks[run[1]][2]]
    if re.search(r"\w['’]s?(?:\s|$)", phrase):
        return None  # "Lee's Rival Says …": the owner is not the speaker
    if run[0] == run[1] and phrase.lower() in ROLE_NOUNS and phrase.lower().endswith("s"):
        return None  # "Jurors hear Lee tape: ‘…’": people who heard it, not who said it
    ref = parse_mention(phrase)
    if ref is None or ref.kind not in ({"person", "org", "role"} if role_next else {"person", "org"}):
        return None
    return phrase


# "‘…’: Party leader Ann Lee on Radio Two — full transcript", "“…”: committee chair Ann Lee on the
# case": the name ends before what the page is about.
# ("“…”: cable car owner Ann Lee breaks his silence": any verb in the present)
_AFTER_HEADLINE = re.compile(r"[ \t]*:[ \t]+(?P<np>(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}[A-Z][^\n:;,.|—–()]{2,60}?|the[ \t]+[a-z]+)"
                             r"(?=[ \t]+(?:on|in|at|to|for|about|after|over|who|says?|[a-z]{2,}s|—|–|-|\|)[ \t]|[ \t]*(?:[,.;:|]|\n|$))")


_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+)[ \t]+$")
_CAPITAL_WORD_NEXT = re.compile(r"[\w’'-]|[ \t]+[A-Z]")
_NO_GIVEN_NAMES = CLAUSE_OPENERS | _ARTICLES | ORG_NOUNS  # ("The Dunmore", "Coast Dunmore" name no one)


def _named_by_surname(text: str, surname: str, start: int) -> bool:
    """Whether the story, from ``start``, names someone with ``surname`` last after a word
    that may be a given name ("Ann Lee"; not "The Dunmore", "Dunmore Coast")."""
    at = text.find(surname, start)
    while at >= 0:
        given = _CAPITAL_WORD_BEFORE.search(text, max(0, at - 30), at)
        end = at + len(surname) + (text[at + len(surname):at + len(surname) + 2] in {"'s", "’s"}) * 2  # ("Ann Lee's")
        if given is not None and not _CAPITAL_WORD_NEXT.match(text, end) \
                and given.group(1).lower() not in _NO_GIVEN_NAMES:
            return True
        at = text.find(surname, at + 1)
    return False


def _named_by_given_name(text: str, given: str) -> bool:
    """Whether the story names someone in full with ``given`` first ("Dorian Keswick"; not
    "Dunmore State Railways")."""
    return any(m.group(1)[0].isupper() and not _CAPITAL_WORD_NEXT.match(text, m.end()) and m.group(1).lower() not in _NO_GIVEN_NAMES
               for m in re.finditer(rf"\b{re.escape(given)}[ \t]+([^\W\d_][^\W\d_’'-]*(?:[’'-][^\W\d_]+)*)\b", text))
    # (a surname in any script's letters: "Josef Hrubý")


def _named_after_headline(text: str, q_close: int) -> str | None:
    """The speaker a headline names after its quoted words, when the story names them again."""
    m = _AFTER_HEADLINE.match(text, q_close)
    if m is None:
        return None
    phrase = m.group("np")
    ref = parse_mention(phrase)
    if ref is not None and ref.kind == "role" and ref.role and not names_many(ref.role):
        return phrase  # "‘…’: the Brennock doctor who saw it first": the story's doctor
    if ref is None or ref.kind != "person" or not ref.name:
        return None
    if " " not in ref.name and not _named_by_surname(text, ref.name, m.end()):
        return None  # "“Crisis”: Dunmore prepares for storm": a place, unless the story names someone so
    return phrase if _times_named(ref.name.split()[-1], text[m.end():]) > 0 else None


# A relative clause whose verb is the quoted words: "the National Cycling Federation, which has
# “opened disciplinary proceedings”" (the body's own words, as it put them).
_WHICH_HAS_END = r",[ \t]+(?:which|who)[ \t]+(?:has|have|had)(?:[ \t]+(?:already|now|since|also|just))?[ \t]*$"
_WHICH_HAS_TAIL = re.compile(_WHICH_HAS_END)
_WHICH_HAS = re.compile(r"(?<![\w’'-])(?P<np>(?:the[ \t]+)?(?:[A-Z][\w’'&.-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)*){0,5}"
                        r"[A-Z][\w’'&-]*)(?:[ \t]*\([A-Z]{2,}\))?" + _WHICH_HAS_END)


def _signed_in_brackets(text: str, masked: str, q_close: int) -> str | None:
    """The person named in brackets right after the words, with a post or a Japanese honorific."""
    signed = _SIGNED_IN_BRACKETS.match(masked, q_close) if masked[q_close:q_close + 3].lstrip()[:1] == "(" else None
    ref = parse_mention(text[signed.start("np"):signed.end("np")]) if signed is not None else None
    if signed is None or ref is None or ref.kind != "person" or not ref.name \
            or not (signed.group("post") or " " in ref.name or ref.text != signed.group("np")):
        return None
    return text[signed.start("np"):signed.end("np")]


def _relative_antecedent(text: str, masked: str, q_open: int) -> str | None:
    """The named body or person whose relative clause the quotation ends: "…, which has “…”"."""
    if not _WHICH_HAS_TAIL.search(masked, max(0, q_open - 40), q_open):
        return None  # (the cheap test first: the name's pattern is dear at every place before every quotation)
    found = _WHICH_HAS.search(masked, max(0, q_open - 120), q_open)
    ref = parse_mention(text[found.start("np"):found.end("np")]) if found is not None else None
    return text[found.start("np"):found.end("np")] if found is not None and ref is not None \
        and ref.kind in {"org", "person"} else None


# The words someone chose, as Turkish translations say it: "used the expressions “…”".
_USED_WORDS = re.compile(r"\b(?P<verb>used|uses)[ \t]+(?:the[ \t]+)?(?:expressions?|words|phrase)[ \t]*:?[ \t]*$")


def _naming_subject(text: str, masked: str, sent: _Sentence, q_open: int) -> str | None:
    """Who names something with the quoted words: "Lee dismissed the report as “fiction”",
    "The company, in its statement, used the expressions “…”"."""
    used = _USED_WORDS.search(masked, max(sent.start, q_open - 30), q_open)
    if used is not None:
        toks = _tokens(masked, sent.start, used.end("verb"))
        return _someone_before(text, masked, toks, len(toks) - 1) if len(toks) > 1 else None
    if not masked[max(sent.start, q_open - 12):q_open].rstrip().endswith(("as", "as a", "as an", "as the", " of")):
        return None  # cheap test first
    toks = _tokens(masked, sent.start, q_open)
    i = len(toks) - 1
    while i >= 0 and toks[i][0].lower() in {"a", "an", "the"}:
        i -= 1
    if i < 1 or toks[i][0].lower() not in {"as", "of"}:
        return None
    for v in range(i - 1, max(-1, i - 8), -1):
        word = toks[v][0]
        if not word.isalpha() and word not in {"’s", "'s"} and not (word[:1].isupper() and word.endswith(".") and len(word) <= 4):
            return None  # punctuation: the verb is in another clause (not a title's: "M. Lee")
        if toks[i][0] == "of" and word not in {"qualified", "qualifies"}:
            continue  # (French "qualifié de", translated: "that Lee qualified of «botched»", "qualified him of «…»")
        if word in NAMING_AS_VERBS:
            if word in {"qualified", "qualifies"} and v == i - 1 and toks[i][0] == "as":
                return None  # "X qualified as a “foreign principal”" is X's status; "qualified it as" names it
            if toks[v - 1][0].lower() in _BE_FORMS if v > 0 else False:
                return None  # "was dismissed as": the agent, if any, follows with "by"
            if v > 1 and toks[v - 1][0].lower() in {"he", "she", "they"}:
                return toks[v - 1][0]  # the object put first, as translations do: "The plan she designated as „…“"
            return _someone_before(text, masked, toks, v, post_too=toks[i][0] == "of")
    return None


def _someone_before(text: str, masked: str, toks: list[tuple[str, int, int]], v: int, post_too: bool = False) -> str | None:
    """The phrase before the verb ``toks[v]`` when it names someone (a person, a body, a pronoun;
    a post, if ``post_too``: "The lawyer qualified him of «…»")."""
    span = _phrase_before(masked, toks, v)
    if span is None:
        return None
    phrase = _clean_phrase(text, *span)
    ref = parse_mention(phrase)
    return phrase if ref is not None and (ref.kind in {"person", "org", "pronoun"} or (post_too and ref.kind == "role")) else None


def _possessor(text: str, masked: str, sent: _Sentence, q: QuoteSpan, q_open: int) -> str | None:
    """The person whose words a short quoted phrase is: "Lee's “reckless” remark".

    A possessive right before a fragment names the one who used the words,
    even when the sentence's speech verb belongs to someone reacting to them.
    """
    mark_before = masked[max(0, q_open - 3):q_open].rstrip()[-1:]  # (the cheap test first)
    shown = _WORDS_SHOWN.search(masked, max(sent.start, q_open - 120), q_open) if mark_before in {"–", "—", ":"} \
        else _WORDS_OF.search(masked, max(sent.start, q_open - 120), q_open) if mark_before == "," else None
    pronoun_shown = _PRONOUN_WORDS_SHOWN.search(masked, max(sent.start, q_open - 60), q_open) \
        if mark_before in {"–", "—", ":"} and shown is None else None
    if pronoun_shown is not None:
        return _POSSESSIVE_SUBJECTS[pronoun_shown.group(1).lower()]  # "Her Facebook post — “…” —": hers
    if len(text[q.start:q.end].split()) > 12 and shown is None:
        return None  # (words set out after "Lee's own line —" may run long)
    q_close = q.close_at + 1 if q.close_at >= 0 else q.end
    before = _SPEECH_NOUN_BEFORE.search(masked, max(sent.start, q_open - 200), q_open) or shown
    lead = masked[max(sent.start, before.start() - 40):before.start()].split() if before is not None else []
    if lead and lead[-1] == "that":
        lead = lead[:-1]
    if before is not None and lead and lead[-1] in CUE_VERBS and before is not shown \
            and before.groupdict().get("np") is not None and "was" in masked[before.end("np"):q_open].split() \
            and re.match(r"an?\s", text[q.start:q.end]):
        # a judgement of someone's words, the speaker's: "Ann Lee said the government's response was “a sticking
        # plaster”" (not "… said Tom Ash's slogan was “Power to all”")
        before = None
    if before is not None:
        # "Lee's campaign slogan is “…”", "Lee's pledge to be “neutral”"
        group = "np2" if before.groupdict().get("np2") is not None else "np"
        owner = text[before.start(group):before.end(group)]
        if owner.split(None, 1)[0].lower() in CLAUSE_OPENERS and " " in owner:
            owner = owner.split(None, 1)[1]  # "From Lee's Facebook post: “…”"
        ref = parse_mention(owner)
        if ref is not None and (ref.kind in {"person", "org"} and ref.name or ref.kind == "role" and ref.definite):
            return owner  # (a body or post by its noun: "the weather office's talk of …")
    if "that" not in masked[max(sent.start, q_open - 80):q_open] and not _SPEECH_NOUN_AFTER.match(text, q_close):
        return None  # cheap test first: most quotations have neither
    by = _CLAIM_BY.search(masked, max(sent.start, q_open - 160), q_open)
    if by is not None and by.group("noun").lower() in CLAIM_NOUNS:
        # "dismissed the claim by the agency's director-general, Yusuf Demirci, that “…”": his
        return text[by.start("name"):by.end("name")] if by.group("name") else text[by.start("np"):by.end("np")]
    toks = _tokens(masked, sent.start, q_open)
    claim = _claim_that(toks)
    if claim is not None and toks[-1][0] == "as":
        return None  # "Lee described Ray's suggestion that … as “pure fantasy”": Lee's words
    if claim is not None:
        toks = toks[:claim]
    elif not _SPEECH_NOUN_AFTER.match(text, q_close):
        return None  # "Lee questioned Kim's “judgment”": the words are Lee's
    i = len(toks) - 1
    skipped = 0
    while i >= 0 and skipped < 2 and ((toks[i][0].islower() and toks[i][0].replace("-", "").isalpha()
                                       and toks[i][0] not in CLAUSE_OPENERS and toks[i][0] not in _ARTICLES)
                                      or (claim is not None and _YEAR.fullmatch(toks[i][0]) is not None)):
        i -= 1  # "Lee's now-famous “…”", "Lee's 2019 line that “…”"
        skipped += 1
    if i < 0:
        return None
    if claim is not None and toks[i][0] in {"His", "Her"} and (i == 0 or not toks[i - 1][0].isalnum()):
        return _POSSESSIVE_SUBJECTS[toks[i][0].lower()]  # "His 2019 line that “…”": his
    tok = toks[i][0].replace("’", "'")
    # "the mediator's", "the plant director's"
    article = next((a for a in range(i - 1, max(i - 4, -1), -1) if toks[a][0].lower() == "the"
                    and all(t[0].isalpha() and t[0].islower() for t in toks[a + 1:i])), None) \
        if tok[:-2].lower() in _SINGULAR_ROLES else None
    post = article is not None
    if not (tok[:1].isupper() or post) or not tok.endswith(("'s", "s'")) or len(tok) < 4:
        return None
    owner = tok[:-2] if tok.endswith("'s") else tok[:-1]
    if _is_date_word(owner) or owner.lower() in CLAUSE_OPENERS:
        return None
    start = article if article is not None else _backward_chunk(toks, i)
    phrase = text[toks[start][1]:toks[i][2] - (2 if tok.endswith("'s") else 1)]
    ref = parse_mention(phrase)
    if post and ref is not None and ref.kind == "role":
        return phrase  # a post by its noun: whoever holds it
    if ref is None or ref.kind != "person" or not ref.name:
        return None
    if " " not in ref.name and _times_named(ref.name, text) < 2:
        return None  # a lone capitalised word must be a name the story uses again
    return phrase


# A group someone leads or belongs to, as the subject that names them: "Wendt's team has
# worked all night. He says …" (no team is a "he": its owner is).
# (or one word before the group's noun: "Superintendent Ann Lee's fraud squad is urging …")
_GROUP_OWNED = r"['’]s[ \t]+(?:[a-z]+[ \t]+)?(?:team|unit|crew|squad|family|campaign|staff|office|department)"
_OWNED_GROUP = re.compile(_GROUP_OWNED + "$")
_OWNS_GROUP = re.compile(_GROUP_OWNED + r"\b")


# What someone's words amount to: "Kindra's official line … is that …".
_STANCE_NOUNS = frozenset({"line", "position", "view", "stance", "argument", "verdict", "explanation", "version",
                           "defence", "defense", "account", "answer"})
_OWNED_STANCE = re.compile(r"['’]s[ \t]+(?:own[ \t]+)?(?:" + "|".join(sorted(_STANCE_NOUNS)) + r")")
# A possessive and the words of the thing owned before its noun: "The Inspectorate's interim".
_WORDS_AFTER = re.compile(r"(?:[ \t]+[a-z][\w-]*){1,2}")  # (up to the noun owned: "… first public message")
_OWNED_THEN_WORDS = re.compile(r"(.*\S)['’]s(?:[ \t]+[a-z][a-z-]+){1,2}")


_DAYS_NEAR = frozenset({"today", "tonight", "yesterday", "tomorrow"})


def _owner(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A possessive subject stands for its owner: in "Ellery's answer was short: “…”"
    Ellery speaks."""
    if span is None:
        return None
    if text[span[1] - 2:span[1]] in {"'s", "’s"} and span[1] - span[0] > 3:
        if text[span[0]:span[1] - 2].lower() in WEEKDAYS | _DAYS_NEAR:
            return None  # "Saturday's post read:", "Tonight's post reads": when, not whose
        return span[0], span[1] - 2
    owned = _OWNED_THEN_WORDS.fullmatch(text, *span)
    after = _WORDS_AFTER.match(text, span[1], span[1] + 40) if owned is not None else None
    if owned is not None and after is not None and any(
            word in TEXT_NOUNS | _STANCE_NOUNS or _SPEECH_NOUNS.fullmatch(word) for word in after.group().lower().split()):
        # "The Inspectorate's interim report found", "Acme’s first public message — …": the Inspectorate's
        return span[0], owned.end(1)
    return span


# A body's name set after the words for it: "The bureau in question, the National Bureau, confirmed"
_APPOSED_BODY = re.compile(r"(?:[ \t]+in[ \t]+question)?[ \t]*,[ \t]+((?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+)?[A-Z][\w’'-]*){1,5})[ \t]*,")
# ", for their part, ": an aside between a subject and its verb
_ASIDE = re.compile(r",[ \t]+(?:for[ \t]+(?:his|her|its|their|our)[ \t]+part|in[ \t]+turn|meanwhile|too|however)[ \t]*,[ \t]*")


def _subject_of_verb_before(text: str, masked: str, sent: _Sentence, q_open: int) -> str | None:
    """The subject whose verb takes the quotation as its object, the verb right before the
    marks and right after the subject: "the CTL rejects „…”" (a body or a person by name, not
    "The report describes"; not "Lee's plan promises")."""
    toks = _tokens(masked, sent.start, q_open)
    if len(toks) < 2 or not re.fullmatch(r"[a-z]{3,}(?:s|ed)", toks[-1][0]) or toks[-1][0] in CUE_VERBS \
            or toks[-1][0].endswith("ss"):
        return None
    doc = next((k for k in (2, 3) if len(toks) > k + 2 and toks[0][0] == "In" and toks[1][0].lower() in _ARTICLES | {"its", "their"}
                and toks[k][0].lower() in DOCUMENT_NOUNS), None)
    verb = len(toks) - 1
    aside = _ASIDE.search(masked, sent.start, toks[-1][1])
    if aside is not None and aside.end() == toks[-1][1]:  # ("The police, for their part, sees «…»")
        verb = next(k for k, tok in enumerate(toks) if tok[1] >= aside.start())
    span = _subject_span(toks[doc + 1 + (toks[doc + 1][0] == ","):verb] if doc is not None else toks[:verb])
    if span is None or verb < 1 or span[1] != toks[verb - 1][2]:  # ("In a communiqué(,) the CTL rejects …")
        return None
    ref = parse_mention(text[span[0]:span[1]])
    if ref is None or ref.kind not in {"person", "org"} or not ref.name or "'" in ref.text or "’" in ref.text:
        return None
    return _clean_phrase(text, *span)


def _sentence_subject(text: str, masked: str, sent: _Sentence) -> str | None:
    if _ANOTHER_POST.match(masked, sent.start) is not None:
        return None  # "A second post followed:" is no one; the colon says who (see _colon_intro)
    span = _owner(text, _subject_span(_tokens(masked, sent.start, sent.end)))
    return _clean_phrase(text, *span) if span else None


def _np_end(toks: list[tuple[str, int, int]], k: int) -> int:
    """Index just past the run of noun-phrase tokens starting at ``k``."""
    j = k
    while j < len(toks) and _np_token(toks[j][0], toks[j + 1][0] if j + 1 < len(toks) else None):
        j += 1
    return j


_DASHES = frozenset({"—", "–", "-", "--"})


def _after_dateline(toks: list[tuple[str, int, int]]) -> int:
    """Index past a dateline opening a story ("LA CROSSE, Wis. —", "Washington (AFP) –", "LYON,
    France, Oct 13 (Press Agency) —"), else 0."""
    for d, (tok, _, _) in enumerate(toks[:16]):
        if tok in _DASHES:
            head = [t[0] for t in toks[:d]]
            words = [t for t in head if t[:1].isalpha()]
            if d > 0 and words and all(t[:1].isupper() for t in words) \
                    and all(t[:1].isalpha() or t in {",", ".", "(", ")"} or (t.isdigit() and len(t) <= 4) for t in head) \
                    and (words[0].isupper() and len(words[0]) > 1 or "(" in head
                         or (tok != "-" and len(head) <= 3 and head == words and d + 2 < len(toks)
                             and toks[d + 1][0][:1].isupper() and toks[d + 1][0].isalpha() and toks[d + 2][0] != "–")):
                # (or a town in title case before a dash and a capital: "Port Aldren – Rachid Al-Mansouri, …";
                # not "Ann Lee – a mother of two –")
                return d + 1
            return 0
    return 0


# "Days after the vote, Lee …": a time that opens a sentence, before its subject
_TIME_SPANS = frozenset({"moments", "minutes", "hours", "days", "weeks", "months", "years", "decades", "shortly", "soon"})


def _name_then_who(toks: list[tuple[str, int, int]]) -> bool:
    """Whether a name and ", who" follow the sentence's first word: "But Colin Ashdown-Price, who …",
    or a person's name in full: "But Ann Lee, the member for Dunmore, has …"."""
    k = 1
    while k < len(toks) and k < 5 and toks[k][0][:1].isupper():
        k += 1
    if k > 1 and k + 1 < len(toks) and toks[k][0] == "," and toks[k + 1][0] == "who":
        return True
    ref = parse_mention(" ".join(t[0] for t in toks[1:k])) if 3 <= k <= 4 and k < len(toks) else None
    return ref is not None and ref.kind == "person" and ref.role is None and " " in (ref.name or "") \
        and (toks[k][0] == "," or toks[k][0].islower())


def _name_after_trade(toks: list[tuple[str, int, int]], i: int, capitals: int = 2) -> int | None:
    """Where the name starts after a lower-case trade of up to three words at ``toks[i]``
    ("doctoral student Ann Lee"), when ``capitals`` capitalised words follow it, else None."""
    k = i
    while k < len(toks) and k < i + 3 and toks[k][0].replace("-", "").isalpha() and toks[k][0].islower():
        k += 1
    if k > i and k + capitals <= len(toks) and toks[k - 1][0].rsplit("-", 1)[-1] in ROLE_NOUNS \
            and all(t[0][:1].isupper() for t in toks[k:k + capitals]):
        return k  # (or hyphenated: "…, the vice-admiral Ann Lee")
    return None


def _name_after_rank(toks: list[tuple[str, int, int]], i: int) -> int | None:
    """Where the name starts after a rank in the lower case of its language, when a full
    name then ends the sentence: "…, plutonier adjutant Mihai Dobre." (Romanian)."""
    k = i
    while k < len(toks) and k < i + 2 and toks[k][0].isalpha() and toks[k][0].islower() \
            and toks[k][0] not in CLAUSE_OPENERS and toks[k][0] not in CUE_VERBS and toks[k][0] not in _ARTICLES:
        k += 1
    m = k
    while m < len(toks) and m < k + 3 and toks[m][0][:1].isupper() and toks[m][0].isalpha():
        m += 1
    if k > i and m - k >= 2 and (m == len(toks) or toks[m][0] in {".", "!", "?"}):
        return k
    return None


# The one asked, who answers next: "Our reporter asked Rusak at the gate whether …".
_ASKED = re.compile(r"\b(?:asked|pressed|questioned|quizzed|consulted)[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+){0,2})"
                    r"(?=[ \t]+(?:at|in|on|outside|about|whether|if|why|how|what|when|to)\b|[,.])")


# The one asked, left unnamed: "when the judge asked whether he wished to speak".
_ASKED_WHETHER = re.compile(r"\basked[ \t]+(?:whether|if)[ \t]+(he|she)\b")
# The one asked, the subject: "The former mayor was asked by the judge whether he …".
_WAS_ASKED_WHETHER = re.compile(r"\b(?:was|were)[ \t]+asked(?:[ \t]+by[ \t]+[^,.;:\n]{1,40}?)?[ \t]+(?:whether|if)[ \t]+(he|she)\b")


def _asker_goes_on(masked: str, sentences: list[_Sentence], si: int, asked: SpeakerRef,
                   people: ArticleSpeakers) -> bool:
    """Whether the pronoun of the sentence after "X asked Y …" cannot be the one asked:
    "Rask asked Peter Moller whether …. “…,” she added" goes on with Rask."""
    if not asked.name or si + 1 >= len(sentences):
        return False
    word = _PERSONAL_PRONOUN.search(masked, sentences[si + 1].start, sentences[si + 1].end)
    pronoun = {"he": "he", "him": "he", "she": "she"}.get(word.group().lower()) if word else None
    if pronoun is None:
        return False
    gender = people.gender_at(asked.name, sentences[si].start)
    return gender is not None and gender != pronoun


_WH_WORDS = frozenset("what which who whom whose why how when where".split())
# Marks that open a list's item: "• Ann Lee, on Friday: “…”".
_BULLETS = frozenset("•·▪►‣◦*")


# Words that join a name to what comes before it as part of one phrase: "the mouth of Ann Lee".
_NAME_JOINERS = frozenset({"of", "the", "and", "for", "in", "at", "to", "from", "by", "with", "a", "an"})


def _role_then_name(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether a post in lower case and a name start at ``toks[k]``: "(And) the shift foreman Ann Lee …"."""
    k += k < len(toks) and toks[k][0] == "the"
    end = k
    while end < len(toks) and end - k < 3 and toks[end][0].isalpha() and toks[end][0].islower():
        end += 1
    return k < end < len(toks) and toks[end - 1][0] in ROLE_NOUNS and toks[end][0][:1].isupper()


def _names_follow(toks: list[tuple[str, int, int]], k: int, j: int, m: int) -> bool:
    """Whether a description from ``toks[k]`` (an article) to ``toks[m]`` is followed by a comma
    and a name: "One patient, Ann Lee, has waited …"."""
    return m > j and toks[k][0].lower() in _ARTICLES and m + 2 < len(toks) and toks[m][0] == "," \
        and ((toks[m + 1][0][:1].isupper() and toks[m + 2][0][:1].isupper()) or _name_after_trade(toks, m + 1) is not None)


# Kinds of body a sentence may open with before their name in apposition: "The union, the …, said".
_BODY_THEN_NAME = MEMBERS_BODIES | {"party", "company", "firm", "agency", "organisation", "organization", "foundation", "group"}


def _portfolio_end(toks: list[tuple[str, int, int]], at: int) -> int:
    """Index past a run of lower-case portfolio words from ``at`` ("transport and ports",
    "regional development"), ending in a portfolio; 0 if there is none."""
    end = 0
    for m in range(at, min(at + 5, len(toks))):
        word = toks[m][0]
        if word.lower() != word or not word.isalpha() or (word not in PORTFOLIOS and word not in PORTFOLIO_MODIFIERS and word != "and"):
            break
        if word in PORTFOLIOS:
            end = m + 1
    return end


# Who a body is of, in the plural: "(the union of the) nurses", "signal box operators", "sailors".
_MEMBERS_WORD = re.compile(r"[a-z]+(?:ers|ors|ists|ians|men|women)|nurses|staff")


# What "according to the … of" someone may be: their words, or their reckoning ("according to the
# calculations of dr Ann Lee from the university": hers, not the university's).
_OF_WHOSE_WORK = frozenset({"words", "remarks", "calculations", "calculation", "estimates", "estimate", "figures",
                            "analysis", "study", "forecast", "forecasts", "count", "data", "research"})


def _subject_span(toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The noun phrase a sentence opens with, after an introductory phrase."""
    if toks and toks[0][0] in _BULLETS:
        return _subject_span(toks[1:])  # a list's item: "• Ann Lee, …, on Friday: “…”"
    if len(toks) > 2 and toks[0][0] in {"Q", "A"} and toks[1][0] == ":":
        return _subject_span(toks[2:])  # an explainer's answer: "A: Ann Lee, 37, is in the same situation."
    if len(toks) > 2 and (toks[0][0].lower(), toks[1][0]) in _THE_LATTER and _verb_after_latter(toks[2][0]):
        return (toks[0][1], toks[1][2])  # "The latter has gone further, telling reporters …" (not "The former president")
    post = 1 if toks and toks[0][0] == "The" else 0
    if len(toks) > post + 5 and toks[post + 1][0] == "of" and toks[post][0].lower() in ROLE_NOUNS \
            and (post or toks[0][0][:1].isupper()):
        # a post of a body, then the name between commas: "The spokeswoman of the Social Democratic
        # Union (SDU), the señora Ann Lee, was forceful:", translated without an article: "Leader of
        # the union of train drivers ATDU, Ann Lee, does not …"
        comma = next((i for i, t in enumerate(toks[:16]) if t[0] == ","), 0)
        name_end = next((i for i in range(comma + 3, min(comma + 7, len(toks))) if toks[i][0] == ","), 0) if comma else 0
        apposed = toks[comma + 1:name_end]
        if name_end and all(t[0][:1].isupper() and t[0].isalpha() for t in apposed[-2:]) \
                and all((t[0][:1].isupper() and t[0].isalpha()) or t[0] == "the" or t[0].lower() in COURTESY_TITLES for t in apposed):
            return (toks[0][1], toks[name_end - 1][2])
    if len(toks) > 6 and toks[0][0] in {"The", "the"} and toks[1][0] in _BODY_THEN_NAME and toks[2][0] == ",":
        # the body's kind, then its name between commas: "The union, the Federation of Mill Staff, said …"
        at = 4 if toks[3][0] == "the" else 3
        end = next((i for i in range(at, min(at + 9, len(toks))) if toks[i][0] == ","), 0)
        if end > at and toks[at][0][:1].isupper() and toks[end - 1][0][:1].isupper() \
                and all(t[0][:1].isupper() or t[0] in {"of", "and", "for"} for t in toks[at:end]):
            return (toks[at][1], toks[end - 1][2])
    colon = next((i for i, t in enumerate(toks[:5]) if t[0] == ":"), 0)
    if 0 < colon < len(toks) - 1 and all(t[0].isalpha() for t in toks[:colon]) \
            and any(t[0].islower() for t in toks[:colon]) and toks[colon + 1][0][:1].isupper() \
            and toks[colon + 1][0].lower() not in _WH_WORDS:
        return _subject_span(toks[colon + 1:])  # "To catch up: Lee quit on Monday, saying …"
    k = 0
    first = toks[0][0].lower() if toks else ""
    second = toks[1][0] if len(toks) > 1 else ""
    third = toks[2][0] if len(toks) > 2 else ""
    role_then_name = (first in {"and", "but", "yet"} or first in _LONE_ADVERBS) and _role_then_name(toks, 1)
    # ("Meanwhile billionaire owner Ann Lee — who …")
    if role_then_name and second != "the":  # "And shift foreman Ann Lee had set the rule": no article to start at
        name_at = next(n for n in range(2, len(toks)) if toks[n][0][:1].isupper())
        return (toks[1][1], toks[_np_end(toks, name_at) - 1][2])
    if first in {"and", "but", "yet"} and second.isalpha() and second.islower() and second not in _ARTICLES \
            and len(toks) > 4 and not role_then_name:
        return _subject_span(toks[1:])  # "And shortly afterwards the Office put out …"
    owned_role = first in _POSSESSIVE_DETERMINERS \
        and (second.lower() in ROLE_NOUNS or (second.lower() in KIN_WORDS and third[:1].isupper())) \
        and not (second.endswith("s") and not second.endswith("ss"))  # "Our reporter Ann Lee is …", not "Its hosts"
    # ("His wife Ann Lee intervened: …", but "Her husband, Tom Lee, a …, was blunt" is Tom Lee)
    # "Her great rival Noor Abadeyo, who …, twisted the knife": the name after the words for them
    owned_name = 0 if owned_role or first not in _POSSESSIVE_DETERMINERS else next(
        (i for i in (2, 3) if i + 1 < len(toks) and all(t[0].isalpha() and t[0].islower() for t in toks[1:i])
         and toks[i][0][:1].isupper() and toks[i + 1][0][:1].isupper() and toks[i + 1][0].isalpha()), 0)
    # "Also the housewife Ann Lee showed …", "Meanwhile Ann Lee …" (not "Earlier this week, Lee …")
    lone_adverb = first in _LONE_ADVERBS and (second.lower() in _ARTICLES or second[:1].isupper()) \
        or (first.endswith("ly") and len(first) > 5 and first not in LY_NOUNS and _pronoun(second) is not None) \
        or (first in {"but", "and", "yet"} and _name_then_who(toks)) or role_then_name \
        or (first in {"but", "and", "yet"} and (second[:1].isupper() or (second == "the" and third[:1].isupper()))
            and _pronoun(second) is None and not _is_date_word(second) and second.rstrip(".").isalpha())
    # ("But Colin Ashdown-Price, who chairs …, defended"; "But the Mrs. Serova is clear: …")
    # inverted: "Among the 140 counting assistants was 19-year-old student Ellie Baptiste, …"
    among = next((idx + 1 for idx, t in enumerate(toks[:16]) if t[0] in {"was", "is", ","} and idx + 1 < len(toks)
                  and (toks[idx + 1][0][:1].isupper() or toks[idx + 1][0] in _ARTICLES or AGE.fullmatch(toks[idx + 1][0]))), 0) \
        if first == "among" or (first in {"also", "and"} and second.lower() == "among") else 0  # ("Also among them was …")
    if first in {"one", "another"} and second in {"of", "is", "was"}:
        # "One of those entrepreneurs is Ann Lee (46), …": the name after "is"
        be = next((idx for idx, t in enumerate(toks[:12]) if t[0] in {"is", "was"}), 0)
        if be and be + 2 < len(toks) and toks[be + 1][0][:1].isupper() and toks[be + 2][0][:1].isupper():
            among = be + 1
    # "Just four days ago a defiant Lee stunned reporters", "Two hours later, …": a time before the subject
    ago = next((i + 1 for i in range(1, min(4, len(toks) - 1)) if toks[i][0].lower() in {"ago", "later", "earlier"}
                and toks[i - 1][0].lower() in _TIME_SPANS), 0)
    if not ago and first in {"shortly", "soon", "immediately", "moments", "minutes", "hours"} \
            and second.lower() in {"afterwards", "afterward", "later", "thereafter", "earlier"} \
            and len(toks) > 4:
        ago = 2  # "Shortly afterwards the Office put out …"
    if not ago and first in {"last", "this", "later", "earlier"} and (second.lower() in _TIME_NOUNS | _PERIOD_NOUNS
                                                                      or second.lower() in WEEKDAYS) and len(toks) > 3:
        ago = 2  # "Last night she had a message for Kessby:"
        if _pronoun(toks[2][0]) is not None:
            return (toks[2][1], toks[2][2])
    if not ago and first in {"speaking", "talking"} and second.lower() == "to" and len(toks) > 6 \
            and third.lower() in {"our", "the", "this"} and toks[3][0].lower() in _LISTENERS and toks[4][0][:1].isupper():
        ago = 4  # to whom, with no comma before the name, as Turkish translated: "Speaking to our newspaper Kaya, “…” said."
    ago += bool(ago) and toks[ago][0] == ","
    if among and toks[among - 1][0] != ",":
        k = among
    elif ago:
        k = ago
        if k < len(toks) and toks[k][0].lower() in CLAUSE_OPENERS and toks[k][0].lower() not in _NOMINATIVE:
            # "Five days ago, at dawn, Lee stood …": a second phrase of when, up to its comma
            k = next((idx + 1 for idx in range(k, min(k + 8, len(toks))) if toks[idx][0] == ","), k)
    elif (first in CLAUSE_OPENERS and not owned_role and not owned_name and not lone_adverb) \
            or (first.endswith(("ing", "ed")) and second.lower() in _INTRO_AFTER_PARTICIPLE) \
            or (first in _TIME_SPANS and second.lower() in {"after", "before", "later", "earlier", "ago"}) \
            or (first.endswith("ly") and second.islower()
                and (second in _INTRO_AFTER_PARTICIPLE or second.endswith("ing"))):
        # "Early in his campaign, …", "Hastily leaving the room, …"
        # skip an introductory phrase ending in a comma ("In Moscow, ..."), and
        # a second one ("On Monday, after a long wait, Lee …")
        marks = 0
        day = 3 if first == "on" and len(toks) > 4 and _is_date_word(second) \
            and third.lower() in {"morning", "afternoon", "evening", "night"} else 2
        if first == "on" and len(toks) > 4 and _is_date_word(second) and toks[day][0] != "," \
                and (toks[day][0][:1].isupper() or toks[day][0].lower() in _ARTICLES):
            k = day  # "On Tuesday Foreign Minister Ann Lee gave …, saying": no comma after the day (not the
            # comma before the participle)
        for idx, t in enumerate(toks[:16] if k == 0 else ()):
            marks += t[0] in ALL_DOUBLE
            if t[0] == "," and marks % 2 == 0:  # not the comma of a title: “Low Tide, High Water”
                k = idx + 1
                break
            if first in _PLACES_BEFORE_SUBJECT and idx > 1 and t[0] in {"a", "an"} and toks[idx - 1][0][:1].isupper() \
                    and toks[idx - 1][0].isalpha():
                k = idx  # translated, with no comma after the place: "In the square of Brevnik an elderly lady …"
                break
        if k == 0 and first == "on" and _is_date_word(second) and len(toks) > 4:
            # translated, with no comma after the day: "On Monday evening the head of the bank …"
            k = 3 if third.lower() in {"morning", "afternoon", "evening", "night"} else 2
        if k == 0 and first in {"on", "in", "at", "during", "after", "before"}:
            # no comma after when or where, then a name: "On the second day of the disaster Ann Lee stood …"
            k = next((idx for idx in range(2, min(12, len(toks) - 2)) if toks[idx][0][:1].isupper()
                      and toks[idx + 1][0][:1].isupper() and toks[idx + 1][0].isalpha()
                      and toks[idx - 1][0].isalpha() and toks[idx - 1][0].islower()
                      and toks[idx - 1][0] not in _NAME_JOINERS and all(t[0].isalpha() for t in toks[1:idx])), 0)
        if k == 0 and first in {"on", "in", "at", "during", "after", "before"}:
            # or a day, then a body's name: "At noon on Friday the Aldervane Trust did what …"
            k = next((idx - 1 for idx in range(3, min(12, len(toks) - 2)) if toks[idx - 1][0] == "the"
                      and _is_date_word(toks[idx - 2][0]) and toks[idx][0][:1].isupper() and toks[idx + 1][0][:1].isupper()
                      and toks[idx + 1][0].isalpha() and all(t[0].isalpha() for t in toks[1:idx])), 0)
        for _ in range(2):  # (and a third: "On Thursday, after a hearing, in which the court …, Lee …")
            if k and k < len(toks) and toks[k][0].lower() in CLAUSE_OPENERS and toks[k][0].lower() not in _NOMINATIVE:
                k = next((idx + 1 for idx in range(k, min(k + 16, len(toks))) if toks[idx][0] == ","), k)
        if k == 0 and first not in CLAUSE_OPENERS:
            return None  # "Citing the attack as …": no comma found, no subject known
        # "In Salem, New Hampshire, Trump went …": the place goes on past the comma
        m = _np_end(toks, k)
        if k > 0 and m < len(toks) - 2 and toks[m][0] == ",":
            m2 = _np_end(toks, m + 1)
            if m2 > m + 1 and m2 < len(toks) and toks[m2][0][:1].islower() and toks[m2][0].isalpha():
                k = m + 1
    if owned_name:
        k = owned_name
    if k == 0:
        k = 1 if lone_adverb else _after_dateline(toks)
    if k + 2 < len(toks) and toks[k][0] in {"His", "Her"} and toks[k + 1][0].lower() in STYLES and toks[k + 2][0][:1].isupper():
        k += 2  # "His Excellency President Ann Lee stood …": the style, then the name
    j = k
    role_seen = False
    while j < len(toks):
        tok = toks[j][0]
        nxt = toks[j + 1][0] if j + 1 < len(toks) else None
        joins = {"and", "of", "the"} | ({"for", "to", "at", "with", "in"} if role_seen else set())
        possessor = j == k + 1 and toks[k][0].lower() in _ARTICLES and tok.islower() \
            and tok.replace("’", "'").endswith("'s") and nxt is not None and nxt.islower()  # "The trust’s chief executive"
        # "The retired judge", "the embattled chairman": a participle for the post's holder before the post
        participled = j == k + 1 and toks[k][0].lower() in _ARTICLES and tok.isalpha() and tok.islower() \
            and tok.endswith("ed") and nxt is not None and nxt in ROLE_NOUNS and tok not in CUE_VERBS
        # "The mayor outgoing Ann Lee": an adjective after the post, as French word order translated puts it
        postposed = j > k and toks[j - 1][0].lower() in ROLE_NOUNS and tok.isalpha() and tok.islower() \
            and tok.endswith(("ing", "ed")) and tok not in CUE_VERBS and nxt is not None and nxt[:1].isupper() \
            and j + 2 < len(toks) and toks[j + 2][0][:1].isupper() and toks[j + 2][0].isalpha()
        # (a noun before a post and the name: "Estravia's national football coach Kenji Matsuda")
        before_post = j > k and tok.isalpha() and tok.islower() and tok not in CUE_VERBS and tok not in _BE_FORMS \
            and not any(t[0][:1].isupper() for t in toks[k + 1:j]) \
            and any(toks[x][0] in ROLE_NOUNS and toks[x + 1][0][:1].isupper() and toks[x + 1][0].isalpha()
                    for x in range(j + 1, min(j + 3, len(toks) - 1)))
        if _np_token(tok, nxt) or (tok.lower() in _ARTICLES and j == k) or possessor or participled or postposed \
                or (owned_role and k == 0 and j < 2) or before_post \
                or (tok.lower() in joins and j > k and nxt and (nxt[:1].isupper() or nxt.lower() == "the")) \
                or (tok == "the" and j >= 2 and toks[j - 2][0].lower() in SPOKES_WORDS and toks[j - 1][0] in {"for", "of"}
                    and nxt is not None and nxt in ORG_NOUNS):
            # "A spokeswoman for the Armed Services Committee": a role names its body (or "A spokesman for the agency")
            role_seen = role_seen or tok.lower() in ROLE_NOUNS
            j += 1
            continue
        if tok == "(" and j > k and j + 5 < len(toks) and toks[j + 1][0].isupper() and toks[j + 2][0] == ")" \
                and toks[j + 3][0] in {"'", "’"} and toks[j + 4][0] == "s" and toks[j + 5][0][:1].isupper():
            j += 5  # "The Coastal Union (CU)'s Secretary-General Ann Lee": the body's initials, then whose
            continue
        close = next((c for c in range(j + 3, min(j + 6, len(toks))) if toks[c][0] == ")"), None) \
            if tok == "(" and role_seen and toks[j - 1][0].lower() in ROLE_NOUNS else None
        if close is not None and all(t[0][:1].isupper() and t[0].isalpha() for t in toks[j + 1:close]):
            j = close + 1  # the name glossed after the post, as Japanese papers print it: "Haddad environment
            continue  # minister (Farida Haddad) visited …"
        if tok == "the" and toks[j - 1][0] == "of" and k == 0 and j - 2 in (0, 1) and toks[j - 2][0].lower() in ROLE_NOUNS and nxt is not None \
                and (nxt in ORG_NOUNS or nxt in BODY_KINDS or nxt == "operator") and j + 2 < len(toks) and toks[j + 2][0][:1].isupper():
            j += 2  # a post of a body named after its kind: "The head of the agency Frontline, Tom Berg, …"
            continue
        if tok == "the" and toks[j - 1][0] == "of" and j >= 2 and toks[j - 2][0].lower() in MEMBERS_BODIES:
            members = next((m for m in range(j + 1, min(j + 5, len(toks))) if _MEMBERS_WORD.fullmatch(toks[m][0])
                            and all(t[0].isalpha() and t[0].islower() for t in toks[j + 1:m + 1])), None)
            if members is not None:  # a body by its members: "The trade union of the signal box operators"
                j = members + 1
                continue
        if tok == "the" and toks[j - 1][0] == "of" and j >= 2 and toks[j - 2][0].lower() in FAMILY_WORDS:
            j = _np_end(toks, j + 1 + (nxt is not None and nxt.endswith("ed")))  # "the families of the trapped miners"
            break
        if role_seen and tok.lower() in {"for", "of"} and nxt is not None and nxt.lower() in PORTFOLIOS:
            j += 2  # "The council's cabinet member for finance, Ann Lee, …"
            continue
        portfolio = _portfolio_end(toks, j + 1) if tok == "of" and j > k and toks[j - 1][0].lower() in PORTFOLIO_BODIES else 0
        if portfolio:
            j = portfolio  # "The ministry of transport and ports", "the ministry of regional development"
            continue
        # (or a post in a word the rules do not know, opening the sentence: "Wali Sahib of the province,
        # Abdul Qadir Sarwanzai, visited …")
        untranslated = not role_seen and 1 <= j - 1 - k <= 2 and all(t[0][:1].isupper() for t in toks[k:j - 1]) \
            and j + 4 < len(toks) and toks[j + 2][0] == "," and toks[j + 3][0][:1].isupper() and toks[j + 4][0][:1].isupper()
        if (role_seen or untranslated) and tok.lower() == "the" and toks[j - 1][0].lower() == "of" and nxt \
                and nxt.isalpha() and nxt.islower() and nxt not in CUE_VERBS and j + 3 < len(toks) \
                and (toks[j + 2][0] == "," or (toks[j + 2][0] == "of" and toks[j + 3][0][:1].isupper())
                     or (toks[j + 2][0][:1].isupper() and toks[j + 3][0] == ",")):
            # translated: "The president of the municipality of Kovin, Ana Ristić, …", "the mayor of the
            # commune Wëllerdall, Raymond Thill, …"
            role_seen = True
            j += 2
            continue
        if role_seen and tok.lower() == "the" and toks[j - 1][0].lower() == "of" and j + 4 < len(toks) \
                and all(t[0].isalpha() and t[0].islower() and t[0] not in CUE_VERBS for t in toks[j + 1:j + 3]) \
                and toks[j + 3][0] == "," and toks[j + 4][0].lower() in _ARTICLES:
            j += 3  # "The head physician of the emergency room, the dott.ssa Ann Lee, …"
            continue
        break
    m = j  # "One patient, Ann Lee, has waited …", "The oldest of the shepherds, Gul Azghar, …": a description
    while k + 1 <= j <= k + 2 and m < len(toks) and m < j + 6 and toks[m][0].isalpha() and toks[m][0].islower() \
            and (toks[m][0] not in CUE_VERBS or toks[m][0].endswith("ing")) and toks[m][0] not in _BE_FORMS:
        # ("The geologist advising the rescue team, Ann Lee, …": what she does, before her name)
        m += 1
    noun_before_name = _names_follow(toks, k, j, m)
    if not noun_before_name and ((m > j and toks[m - 1][0] in {"a", "an", "in", "of"})
                                 or (m == j > k + 1 and toks[j - 1][0] == "of" and toks[j][0] == "the")):
        # ("The owner of a Japanese restaurant in Dockside, Ann Lee, …": capitals of where, then her name)
        wider = m
        while wider < len(toks) and wider < j + 10 and toks[wider][0].isalpha() and (toks[wider][0].islower() or (
                (toks[wider - 1][0] in {"a", "an", "in", "of"} | BODY_KINDS or toks[wider - 1][0][:1].isupper())
                and toks[wider][0][:1].isupper())) \
                and toks[wider][0] not in CUE_VERBS and toks[wider][0] not in _BE_FORMS:
            wider += 1
            if wider + 2 < len(toks) and toks[wider][0] == "(" and toks[wider + 1][0].isupper() and toks[wider + 2][0] == ")":
                wider += 3  # ("… of the restoration company Lee Heritage Restoration (LHR), Ann Lee, …")
        if _names_follow(toks, k, j, wider):
            m, noun_before_name = wider, True
    if noun_before_name:
        j = m  # (before a full name)
    elif j == k + 1 and toks[k][0].lower() in {"a", "an"} and m > j and toks[m - 1][0].lower() in ROLE_NOUNS:
        j = m  # "an elderly lady, who …, lifts a bottle": someone the story does not name
    elif j == k + 1 and toks[k][0].lower() in _ARTICLES and j + 2 < len(toks) and toks[j][0].isalpha() \
            and toks[j][0].islower() and toks[j][0] not in CUE_VERBS and toks[j + 1][0][:1].isupper() \
            and ((toks[j + 2][0][:1].isupper() and _np_end(toks, j + 1) > j + 2) or toks[j][0] in BODY_KINDS
                 or (toks[k][0].lower() in {"a", "an"} and toks[j + 2][0].isalpha() and toks[j + 2][0].islower())):
        # "the housewife Ann Lee showed …", "The firm Aquaflow wrote …": a common noun before the name
        # ("a defiant Lee stunned reporters": a person as the moment shows them)
        j = _np_end(toks, j + 1)
    elif j == k + 1 and toks[k][0].lower() in _ARTICLES and _role_then_name(toks, j):
        # "the shift foreman Ann Lee, …, hugged …": a post in more than one word before the name
        j = _np_end(toks, next(n for n in range(j, len(toks)) if toks[n][0][:1].isupper()))
    elif k + 2 <= j <= k + 3 and toks[k][0].lower() in {"a", "an"} and j + 1 < len(toks) and toks[j][0].isalpha() \
            and toks[j][0].islower() and toks[j][0] not in SKIPPABLE and toks[j][0] not in CUE_VERBS \
            and (toks[j][0] in ROLE_NOUNS or "who" in (toks[j + 1][0], toks[j + 2][0] if j + 2 < len(toks) else "")) \
            and all(t[0][:1].isupper() for t in toks[k + 1:j]):
        j += 1  # "A Velmoran regulator, who …": a name takes no "a", so the capitals describe the post
    elif j == k + 1 and toks[k][0].lower() not in _ARTICLES and toks[k][0].isalpha():
        d = j
        while d < len(toks) and d < j + 4 and toks[d][0].isalpha() and toks[d][0].islower() and toks[d][0] not in CUE_VERBS \
                and toks[d][0] not in _BE_FORMS and toks[d][0] not in SKIPPABLE:
            d += 1
        if j < d < len(toks) and (toks[d - 1][0] in BODY_KINDS or toks[d - 1][0] in ROLE_NOUNS) \
                and toks[d][0][:1].isupper() and toks[d][0].isalpha():
            j = _np_end(toks, d)  # "Global credit rating agency Caldwell Ratings had cut …": what it is, then its name
    if j == k or j > len(toks) or (j == k + 1 and toks[k][0].lower() in _ARTICLES) \
            or (j == k + 2 and not noun_before_name and toks[k][0].lower() in _ARTICLES and toks[k + 1][0].islower()
                and not _np_token(toks[k + 1][0], None)):
        return None  # "The", "The company’s" alone
    if toks[j - 1][0].replace("’", "'").endswith("'s"):
        named = _name_after_possessive(toks, j)
        if named is not None:
            return named
    past = _past_acronym_and_seat(toks, j) if role_seen and toks[j:j + 1] and toks[j][0] == "(" else j
    if past != j and past + 1 < len(toks) and toks[past + 1][0][:1].isupper():
        j = past  # "The head of the Coastal Union (CU), Ann Lee, …": the body's initials, then the name
    described = j + 4 < len(toks) and toks[j + 1][0] == "the" and toks[j + 3][0][:1].isupper() \
        and (toks[j + 2][0] in ROLE_NOUNS or NATIONALITY.match(toks[j + 2][0]) or toks[j + 2][0] in DEMONYMS
             or _ABBREVIATED_TITLE.fullmatch(toks[j + 2][0]))  # (translated: "…, the dott.ssa Ann Lee, …")
    trade = None if described else _name_after_trade(toks, j + 1)  # "…, doctoral student Ann Lee, …"
    titles = j + 1  # "…, prof. dr. Almir Hadžiosmanović, …": titles in the lower case of their language
    while titles < len(toks) and titles < j + 4 and _ABBREVIATED_TITLE.fullmatch(toks[titles][0]):
        titles += 1
    if trade is None and titles > j + 1 and titles < len(toks) and toks[titles][0][:1].isupper():
        trade = titles
    if trade is None and j + 2 < len(toks) and AGE.fullmatch(toks[j + 1][0]) and toks[j + 2][0][:1].isupper():
        trade = j + 2  # "The captain of the ferry, 54-year-old Ann Lee, gave …"
    described = described or trade is not None
    j_name = trade or j + 3
    kin = toks[j - 1][0].lower() in KIN_WORDS  # "Schilling's son, Grant, defended …": a given name may do
    if (noun_before_name or role_seen or kin or toks[j - 1][0].lower() in ROLE_NOUNS) and j + 2 < len(toks) \
            and toks[j][0] == "," and (toks[j + 1][0][:1].isupper() or toks[j + 1][0].lower() in TITLES or described):
        # "The union's president, Ann Lee, rejected …", "Transport minister of the state,
        # Dr. Ann Lee (Green Party), called …", "The arbiter, the Greek Nikos Pappas, …": the name in apposition
        e = _np_end(toks, j_name) if described else _np_end(toks, j + 1)
        after = e
        if after < len(toks) and toks[after][0] == "(":
            after = next((c + 1 for c in range(after, min(after + 8, len(toks))) if toks[c][0] == ")"), after)
        if (e > j + 2 or (kin and e > j + 1)) and after < len(toks) and toks[after][0] in {",", "—", "–"}:
            return (toks[k][1], toks[e - 1][2])  # (", Ann Lee — no relation — hit back")
        named_to = next((c for c in range(j + 1, e) if not toks[c][0][:1].isupper()), e)
        if named_to > j + 2 and e > named_to and after == e < len(toks) and toks[e][0].isalpha() and toks[e][0].islower() \
                and all(toks[c][0] in ROLE_NOUNS for c in range(named_to, e)):
            # the post after the name, as Japanese is translated, then the verb: "The head of the fire service, Ann
            # Lee chief officer visited the site"
            return (toks[k][1], toks[e - 1][2])
    if (role_seen or toks[j - 1][0].lower() in ROLE_NOUNS) and j + 3 < len(toks) and toks[j][0] == "," \
            and toks[j + 1][0] in ROLE_NOUNS:
        # "Political scientist, director of the Centre of Baltic research Ann Lee, said …": a second
        # role in apposition, ending in the name
        stop = next((c for c in range(j + 2, min(j + 16, len(toks))) if not toks[c][0].isalpha()), None)
        if stop is not None and toks[stop][0] == "," and toks[stop - 1][0][:1].isupper() \
                and toks[stop - 2][0][:1].isupper():
            return (toks[j + 1][1], toks[stop - 1][2])
    if j + 1 < len(toks) and toks[j][0] in {"named", "called"} and toks[j + 1][0][:1].isupper():
        e = _np_end(toks, j + 1)
        if e > j + 1:
            return (toks[k][1], toks[e - 1][2])  # "A worker named Ann Lee has …": the name says who
    return (toks[k][1], toks[j - 1][2])


def _name_after_possessive(toks: list[tuple[str, int, int]], j: int) -> tuple[int, int] | None:
    """"Lee's advocacy group One Nation began …", "The party's nominee, Ann Lee, …": the name
    (not one a preposition has taken: "Lee's series in the Dunmore Ledger ran …", but "Lee's
    counterpart at the Dunmore Ledger, Ann Lee, …")."""
    m, lower_seen, placed = j, False, False
    while m < len(toks) and m - j < 12:
        tok = toks[m][0]
        placed = placed or tok in _VERB_ADJUNCT_PREPOSITIONS
        if placed and tok[:1].isupper() and toks[m - 1][0] != ",":
            while m < len(toks) and toks[m][0][:1].isupper():
                m += 1  # (the place or body the preposition takes, then a comma before the name)
            if m < len(toks) and toks[m][0] == ",":
                continue
            return None
        if tok.islower() and tok.replace("-", "").isalpha() and tok not in CUE_VERBS:
            lower_seen = True
            m += 1
        elif tok == "," and lower_seen:
            m += 1
        elif tok[:1].isupper() and _np_token(tok, None) and lower_seen:
            c = m
            while c < len(toks) and c - m < 4 and toks[c][0][:1].isupper() and _np_token(toks[c][0], None):
                c += 1
            follower = toks[c][0] if c < len(toks) else ""
            if follower.islower() and (follower in ROLE_NOUNS or follower in ORG_NOUNS or follower in ROLE_MODIFIERS):
                m = c  # "Lee's presumed White House nominee": still the role
                continue
            return (toks[m][1], toks[c - 1][2])
        else:
            return None
    return None


# Where a second main clause joins the first: "The Ministry declined; a spokeswoman said …".
_CLAUSE_JOINED = re.compile(r"(?:;|,[ \t]+(?:and|but))[ \t]+$")
# what joins a cue to the reported clause after it: "said (that) …"
_REPORTED_CLAUSE = re.compile(r"\s*(?:that\s+)?")
# A relative clause's own cue and its words: "the spokesman Ann Lee, who admitted that “…”".
_WHO_THEN_CUE = re.compile(r"[ \t]*,?[ \t]*who\b")
_THAT_NEXT = re.compile(r"[ \t]*(?:that\b|[:,])")

# Between a cue and the words it reports: "said in the parliament that «…»".
_SAID_THAT = re.compile(r"[^.!?;:\n\ue000]{0,40}\bthat(?:\s+(?:it|they|he|she|this|these|we)\s+(?:is|are|was|were|would\s+be|will\s+be))?\s*")
# what may stand between a cue and the quotation it introduces
# ("appealed through the loudspeakers: “…”": a few words, then a colon)
_DIRECT_GAP = re.compile(r"\s*(?:that|to\s+\w+|in\s+a\s+statement|on\s+\w+day|(?:[\w’'-]+[ \t]+){0,4}[\w’'-]+(?=:))?\s*[,:]?\s*")


# What may follow the cue of an attribution after a quotation: "“…” Smith said.",
# "… said Tuesday", "… said in a statement". "“….” Smith said the plan …" starts
# a new sentence instead.
_ATTRIBUTION_TAIL = re.compile(
    r"\s*(?:[,.;:!?—–(" + MASK + r"]|$|\n|(?:on|at|in|during|after|before|while|as|according|from|of|last|this|"
    r"yesterday|today|tonight|earlier|later|recently|again|also|then|when|with|about|for|via|afterward|"
    r"afterwards|"
    + "|".join(sorted(WEEKDAYS | MONTHS)) + r"|[a-z]+ly)\b)",
    re.IGNORECASE,
)


# The verbs of saying whose subject a later pronoun in its clause does not stand for ("Dr Lee said that …, a
# phase she called “…”").
_SAID_FORMS = frozenset({"said", "says", "told", "tells", "added", "adds", "stated", "states", "declared", "explained", "wrote"})
_IN_WHICH = re.compile(r"\b(?:in|with|through|by)[ \t]+which[ \t]+$")  # (a clause whose pronoun is the subject)
_MAY_BEFORE = re.compile(r"\b(?:could|might|may)[ \t]+$")  # (a modal right before a cue)
# A cue followed by a colon and a quotation introduces that quotation ("said simply: “…”", "shot back from the
# stage: “…”").
_INTRODUCES_QUOTE = re.compile(r"(?:[ \t]+(?:simply|only|just|briefly|bluntly|curtly|tersely))?"
                               r"(?:[ \t]+(?:from|at|on|in|to)[ \t]+(?:the[ \t]+)?[\w’'-]+)?\s*:\s*" + MASK)
# "…”, as Ann Lee put it": the words are hers, whoever the sentence's subject is.
# The one spoken to, in the passive, between the words and who spoke them: "“…,” she was told by X".
_PASSIVE_GAP = re.compile(r"[\s,]*(?:he|she|they|I|we|[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,2}"
                          r"|(?:one|a|an|the|his|her|their)(?:[ \t]+[a-z-]+){1,3})"  # ("one junior scientist was told by Lee")
                          r"(?:[ \t]+(?:said|says|added)[ \t]+(?:he|she|they|I|we))?[ \t]+(?:was|were)[ \t]+(?:[a-z]+ly[ \t]+)?")
# (translated, the one told after the verb: "“…”, was told the colleague by Lee")
_TOLD_GAP = re.compile(r"[\s,]*(?:was|were)[ \t]+")
# A passive cue's agent next: "was told by …".
_BY_AFTER_CUE = re.compile(r"[ \t]+by[ \t]")
# A "said" whose words someone else told the speaker: "“…,” she said she was told by Ann Lee".
_SAID_TOLD_BY = re.compile(r"[ \t]+(?:he|she|they|I|we)[ \t]+(?:was|were)[ \t]+told[ \t]+by[ \t]")
# ("“…,” Lee was told by Ray": Ray's words)
_AS_GAP = re.compile(r"[\s,;—–" + MASK + r"]*,[ \t]*as[ \t]+(?:[a-z]+[ \t]+){0,2}")  # (the speaker's words its phrase left out)


def _inverted_after(sent_events: list[tuple[int, Event]], q_close: int) -> bool:
    """Is the first event after ``q_close`` an inverted attribution ("… ?” asked Dunn)?"""
    after = [ev for _, ev in sent_events if ev.cue_start >= q_close]
    return bool(after) and after[0].inverted


def _ends_sentence(text: str, q: QuoteSpan) -> bool:
    """Does the quotation end with its own full stop ("… France.”)?"""
    return text[q.start:q.end].rstrip()[-1:] in {".", "!", "?", "…"}


def _gap_is_punct(masked: str, a: int, b: int) -> bool:
    return b >= a and re.fullmatch(r"[\s,;:—–\-" + MASK + r"]*", masked[a:b]) is not None


_SIGNATURE = re.compile(r"[ \t]*\n?[ \t]*\n?[ \t]*[-—–―][ \t]*(?P<np>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,4})[ \t]*(?=[,.(\n]|$)")


_FOR_SOMEONE = re.compile(r"\s*For[ \t]+(?P<np>(?:[^,;:.\n]|(?<=Mr|Ms|Dr)\.|(?<=Mrs)\.){3,80}?)"
                          r"(?:[ \t]*,[ \t]+(?:(?:of|from|at)[ \t]+[^,;:.\n]{3,60},[ \t]+|[a-z][^,;:.\n]{3,60},[ \t]+(?=it[ \t]))?"
                          r"|[ \t]+(?=it[ \t]+(?:is|was|treats)[ \t]))")
# (a post in apposition, before "it": "For Mr. Tom Rask, spokesman of the League, it treats itself of «…»";
# no comma before "it": "For the councillor Eva Moor it is about «…»")


def _in_the_view_of(text: str, masked: str, sent: _Sentence, q_open: int) -> str | None:
    """Whose view a sentence opening "For X, …" gives, as translations write it: "For the
    political scientist Ann Lee, of the University, the move is « a gesture »"."""
    m = _FOR_SOMEONE.match(masked, sent.start, q_open)
    if m is None:
        return None
    if m.group("np") in {"him", "her"}:
        return _HIS_OR_HER[m.group("np")]  # "For him, the abandonment is « … »": the one "he" stands for
    ref = parse_mention(text[m.start("np"):m.end("np")])
    # (or a body's, named: "For the National Agency of Roads (ANR), the barriers « … »")
    return text[m.start("np"):m.end("np")] if ref is not None and ref.name and (
        ref.kind == "person" or (ref.kind == "org" and " " in ref.name.removeprefix("the ") and ref.name[-1:].isalpha()
                                 and all(w[:1].isupper() for w in ref.name.removeprefix("the ").split() if len(w) > 3))) else None


# "« …, launched Ann Lee, head of the union, at the gates. … »": the verbs that invert there.
_INCISE_CUES = INVERTABLE | AFTER_QUOTE_ONLY
_INCISE = re.compile(r",[ \t]+(?P<cue>[a-z]+)[ \t]+(?P<np>(?:the[ \t]+)?(?:[a-z-]+[ \t]+){0,2}?"
                     r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3})[ \t]*[,.]")


def _incise(text: str, q: QuoteSpan) -> str | None:
    """Who an attribution set inside the quotation's own marks names, in its first sentence."""
    first = text[q.start:q.end]
    stop = re.search(r"[.!?][ \t]", first)
    m = _INCISE.search(first, 0, stop.end() if stop else len(first))
    if m is None or m.group("cue") not in _INCISE_CUES:
        return None
    ref = parse_mention(m.group("np"))
    return m.group("np") if ref is not None and ref.kind in {"person", "role"} else None


# "«…» It is with these words that the minister announced …": the next sentence says who.
_WITH_THESE_WORDS = re.compile(r"\s*(?:It\s+(?:is|was)\s+)?(?:[Ww]ith|[Bb]y|[Ii]n|[Oo]n)\s+(?:these|those|such)\s+words\b")
# … or the next sentence names whose words they were: "Those words, from Ann Lee, …"
_WORDS_FROM = re.compile(r"\s*(?:Those|These|The)[ \t]+words[ \t]*,?[ \t]+(?:came[ \t]+)?(?:from|of|by)[ \t]+(?=[A-Z]|the[ \t])")
_FULL_STOP_AFTER = re.compile(r"[ \t]*\.[ \t]+")
_SHORT_TAIL = re.compile(r"(?:\s+[\w’'-]+){0,4}\s*[.!]?\s*", re.UNICODE)


def _bare_attribution(masked: str, sentences: list[_Sentence], by_sentence: dict[int, list[int]],
                      events: list[Event], si: int) -> int | None:
    """The event of a sentence that only says who spoke: "“….”. Lee told journalists."

    Translations put the full stop outside the closing mark, so the
    attribution becomes a sentence of its own.
    """
    if si >= len(sentences):
        return None
    own = [ei for ei in by_sentence.get(si, []) if events[ei].phrase and not events[ei].source_phrase]
    if len(own) != 1:
        return None
    ev = events[own[0]]
    sent = sentences[si]
    if ev.inverted or masked[sent.start:ev.phrase_start].strip() or MASK in masked[ev.cue_end:sent.end] \
            or not _SHORT_TAIL.fullmatch(masked, ev.cue_end, sent.end) \
            or any(w.lower() in _NOMINATIVE or w.lower() in {"that", "this", "it", "if", "whether"}
                   for w in masked[ev.cue_end:sent.end].split()):
        return None
    return own[0]


def _opener_of_pronoun_clause(text: str, masked: str, sent: _Sentence, ev: Event, in_sentence: list[int],
                              events: list[Event]) -> SpeakerRef | None:
    """Who a "he"/"she" cue in a clause of its own stands for: the one its sentence opens with
    ("Lee's remarks ran against a pledge he made, when he said: …" is Lee's; "A woman was fined
    after she posted …" someone unnamed), when nobody speaks in the sentence before it."""
    if not ev.phrase or ev.phrase.lower() not in {"he", "she"} \
            or any(events[ej].phrase and events[ej].phrase_start < ev.phrase_start for ej in in_sentence):
        return None
    opening = _tokens(masked, sent.start, ev.phrase_start)
    if len(opening) < 3 or opening[-1][0] not in _SUBORDINATORS - {"that"}:
        return None
    span = _owner(text, _subject_span(opening))
    if span is None or span[0] != opening[0][1]:
        return None  # (nor the subject of an opening clause: "Two weeks after Lee lost her cool, …, as she said")
    ref = parse_mention(_clean_phrase(text, *span))
    if ref is not None and ref.kind == "person" and ref.name \
            and (" " in ref.name or _times_named(ref.name, text) >= 2):  # (not "Shares were halted, where he …")
        return ref
    if ref is not None and ref.kind == "role" and not ref.definite and (ref.role or "x").split()[-1].lower() in ROLE_NOUNS:
        return ref
    return None


def _earlier_event(text: str, masked: str, sentences: list[_Sentence], events: list[Event],
                   cue_starts: list[int], q_open: int, spans: list[QuoteSpan], qi: int,
                   sentence_of: Callable[[int], int]) -> tuple[int | None, str | None]:
    """The last speech event before ``q_open`` in its paragraph, if no quotation lies between
    ("according to" a person counts, "according to the data" does not).

    Events in the sentence of the previous quotation are left to the carry-over
    rule ("“…,” X told Y. “…”" continues X, not Y). A paragraph that opens with
    the quotation may take the subject of the paragraph before's last sentence,
    when that sentence speaks ("Smith praised the plan.\n\n“We need it.”",
    "The council issued a statement.\n\n“…”"); a speech verb in a clause
    inside it ("…, which included staff members suggesting …") does not count.
    """
    prev_end = 0
    prev_sentence = -1
    if qi > 0:
        pv = spans[qi - 1]
        prev_end = pv.close_at + 1 if pv.close_at >= 0 else pv.end
        prev_sentence = sentence_of(prev_end - 1)
    k = bisect.bisect_left(cue_starts, q_open) - 1
    par_start = text.rfind("\n", 0, q_open) + 1
    opens_paragraph = not text[par_start:q_open].strip()
    while k >= 0:
        ev = events[k]
        between = text[ev.cue_end:q_open]
        if ev.cue_start < prev_end or ev.sentence == prev_sentence:
            return None, None
        if "\n" in between:
            if not opens_paragraph or between.count("\n") > 2 \
                    or _SENTENCE_END.search(between.strip().rstrip(".!?…”\"’)") + " X"):
                return None, None
            return _paragraph_intro(text, masked, sentences[ev.sentence], events, k)
        if ev.phrase and ev.cue_end <= q_open and (not ev.source_phrase or _a_person(text, ev)) and not ev.silent:
            # ("According to him, the port had warned them. “…”" goes on with him)
            return _opening_reporter(masked, sentences, events, k), None
        k -= 1
    return None, None


def _opening_reporter(masked: str, sentences: list[_Sentence], events: list[Event], k: int) -> int:
    """The event its sentence opens with, when it reports what the later ones in it say or do
    ("She said the council would write to the union, asking for talks. “…”" goes on with her),
    else ``k``."""
    si = events[k].sentence
    first = next(j for j in range(k + 1) if events[j].sentence == si)
    if first == k:
        return k
    head, reported = events[first], events[first + 1]
    if head.phrase and reported.phrase and not head.inverted and not head.source_phrase \
            and not masked[sentences[si].start:head.phrase_start].strip() \
            and _REPORTED_CLAUSE.fullmatch(masked, head.cue_end, reported.phrase_start):
        return first
    return k


def _a_person(text: str, ev: Event) -> bool:
    ref = parse_mention(text[ev.phrase_start:ev.phrase_end])
    return ref is not None and ref.kind in {"person", "pronoun"}


def _paragraph_intro(text: str, masked: str, sent: _Sentence, events: list[Event],
                     last: int) -> tuple[int | None, str | None]:
    """Speaker of a sentence ending a paragraph that introduces a quoted paragraph.

    A person the sentence opens "according to", the event whose phrase is the sentence's
    subject, else the subject itself when the sentence names what was said ("issued a
    statement", "his remarks").
    """
    k = last
    while k >= 0 and events[k].sentence == events[last].sentence:
        k -= 1
    for ei in range(k + 1, last + 1):
        ev = events[ei]
        if ev.source_phrase and ev.phrase and not masked[sent.start:ev.cue_start].strip() and _a_person(text, ev):
            return ei, None  # "According to Ann Lee, the snow was thin.\n\n“If next summer …”" goes on with her
    toks = _tokens(masked, sent.start, sent.end)
    subject = _subject_span(toks)
    if subject is None and toks and _pronoun(toks[0][0]) is not None:
        subject = (toks[0][1], toks[0][2])  # "She has told her story many times, and she tells it again."
    if subject is None:
        return None, None
    for ei in range(k + 1, last + 1):
        ev = events[ei]
        if ev.phrase and not ev.source_phrase and subject[0] <= ev.phrase_start < subject[1]:
            # "novelist Ida Crane laughed", "Another analyst, Ann Lee of X, said": the phrase
            # may end or go on past the subject's first noun phrase
            return ei, None
    if _SPEECH_NOUNS.search(masked, subject[1], sent.end) is None \
            and not masked[sent.start:subject[0]].lstrip().startswith(("Asked ", "When asked ")):
        return None, None  # (but "Asked what she would do, Ann Lee paused." gives her answer next)
    ref = parse_mention(text[subject[0]:subject[1]])
    if ref is not None and ref.kind in {"person", "org", "role", "pronoun"}:
        return None, _clean_phrase(text, *subject)
    return None, None


# Nouns that make a sentence ending in a colon introduce someone's words.
_SPEECH_NOUNS = re.compile(
    r"\b(?:statement|remarks|comments|words|message|tweet|post|letter|email|e-mail|memo|speech|"
    r"interview|response|reply|answer|release|note|testimony|address)s?\b",
    re.IGNORECASE,
)


def _without_when(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens before a colon without when the words were said, after a full name:
    "Ann Lee, Monday:", "Ann Lee on Friday:", "Ann Lee after the verdict on Wednesday:"."""
    n = len(toks)
    if n < 4 or not _is_date_word(toks[-1][0]) or toks[-1][0][:1].isdigit():
        return toks
    k = n - 1 - (toks[n - 2][0].lower() == "on" or toks[n - 2][0] == ",")
    after = next((a for a in range(k - 1, max(k - 7, 1), -1) if toks[a][0].lower() in {"after", "before", "following"}), -1)
    if after > 0 and all(t[0].isalpha() or "-" in t[0] for t in toks[after:k]):
        k = after
    k -= toks[k - 1][0] == ","
    named = parse_mention(" ".join(t[0] for t in toks[_backward_chunk(toks, k - 1):k])) if 1 < k < n else None
    return toks[:k] if named is not None and named.kind == "person" and " " in (named.name or "") else toks


# Words for what someone said back: "The reply of the mayor was swift: “…”".
_ANSWER_NOUNS = frozenset({"reply", "response", "answer", "reaction", "retort", "riposte"})
# Who wrote what a colon brings in: "a note signed by the foreman: “…”".
_WRITTEN_BY = frozenset({"signed", "written", "penned", "scrawled", "handwritten"})


def _body_opening(text: str, masked: str, sent: _Sentence) -> tuple[int, str] | None:
    """Where a sentence opens with a body, and the body's name: what "it" or "its" in the next
    sentence stands for. (An owner as the subject too: "The ministry’s written statement has more
    detail. It says …")"""
    span = _subject_span(_tokens(masked, sent.start, sent.end))
    ref = parse_mention(_POSSESSIVE_ENDING.sub("", text[span[0]:span[1]])) if span is not None else None
    if span is not None and ref is not None and ref.kind == "org" and ref.name and ref.definite:
        return span[0], ref.name
    return None


def _possessive_owner(text: str, masked: str, sentences: list[_Sentence], si: int, possessive: str) -> str:
    """Who a possessive before a text stands for, in sentence ``si``: "its" the body the
    sentence before opens with, if any (else "it"); "his", "her", "their" their pronoun."""
    body = _body_opening(text, masked, sentences[si - 1]) if possessive.lower() == "its" and si > 0 else None
    return body[1] if body is not None else _POSSESSIVE_SUBJECTS[possessive.lower()]


def _colon_intro(text: str, masked: str, sentences: list[_Sentence], by_sentence: dict[int, list[int]],
                 events: list[Event], q_open: int, sentence_of: Callable[[int], int]) -> tuple[int | None, str | None]:
    """Speaker of a quotation introduced by a colon ("X said:" / "X:" / "X issued a statement:").

    The colon may end the paragraph before the quotation.
    """
    pre = masked[:q_open].rstrip()
    if not pre.endswith(":") or q_open - len(pre) > 4:
        return None, None
    colon = len(pre) - 1
    ci = sentence_of(colon)
    sent = sentences[ci]
    toks = _tokens(masked, sent.start, colon)
    while toks and toks[0][0] in _BULLETS:
        toks = toks[1:]  # a newsletter's item: "• Sen. Ann Lee (Progress), on the floor Wednesday: “…”"
    if not toks or _HEADLINE_LABEL.fullmatch(masked, toks[0][1], colon + 1):
        return None, None  # ("Editorial: ‘…’ is not a plan": the page's label)
    if len(toks) == 1 and "\n" not in masked[:colon].strip() and toks[0][0].lower() not in ROLE_NOUNS \
            and _times_named(toks[0][0], text[q_open:]) == 0:
        return None, None  # a headline's one word the story never names again: the title of the page
    def owner_of(possessive: str) -> str:
        return _possessive_owner(text, masked, sentences, ci, possessive)

    # (the text by its noun, perhaps after a word or two: "The full post reads:")
    noun_at = next((k for k in range(1, min(4, len(toks) - 1)) if toks[k][0] in ISSUED_TEXTS | {"post", "message", "note"}
                    and all(t[0].isalpha() and t[0].islower() for t in toks[1:k])), 0) \
        if toks[0][0] in {"The", "This"} else 0

    def giver_before() -> str | None:
        """Who the sentence before says gave the text out: "X posted a lengthy statement."; or
        the one before it, when that says so of the very noun ("Ann Lee published the post late on
        Wednesday. By Thursday it had been shared 40,000 times. / The full post reads:")."""
        prev = sentences[ci - 1]
        given = _STATEMENT_GIVEN.search(masked, prev.start, len(masked[:prev.end].rstrip()))
        for k in ((ci - 1, ci - 2) if ci >= 2 and "\n\n" not in masked[sentences[ci - 2].end:prev.start] else (ci - 1,)) \
                if given is None and noun_at else ():
            given = next((m for m in _GIVES_DOCUMENT_RE.finditer(masked, sentences[k].start, sentences[k].end)
                          if re.search(rf"\b{toks[noun_at][0]}\b", m.group())), None)
            if given is not None:
                prev = sentences[k]
                break
        first = masked[prev.start:given.start()].split()[:1] if given is not None else []
        giver = (first[0] if first and first[0] in {"He", "She", "They"}
                 else _subject_phrase(text, masked, prev.start, given.start())) if given is not None else None
        owned = _OWNED_DOCUMENT.match(masked, prev.start) if given is None else None
        if owned is not None:
            giver = text[owned.start("np"):owned.end("np")]  # "The board's press note was issued at 4.40 p.m."
        return giver

    the_text = 1 if toks[0][0] == "It" else noun_at + 1 if noun_at else 0
    if the_text and toks[the_text][0] in {"read", "reads", "said", "says"} and ci > 0 \
            and all(t[0] in {"in", "part", "full", ","} for t in toks[the_text + 1:]):
        # "X posted a lengthy statement to his followers. / It read: “…”", "The statement reads in
        # part:": whoever gave it
        giver = giver_before()
        if giver is not None:
            return None, giver
    if the_text >= 2 and toks[the_text][0] == ",":
        # an aside between the text and "reads" says whose it is: "The post, published late on
        # Tuesday from his verified account and shared 40,000 times, reads in full:": his (not
        # "The letter, sent to her lawyer, reads": the lawyer's client need not have written it)
        close = next((k for k in range(the_text + 1, len(toks) - 1) if toks[k][0] == "," and toks[k + 1][0] in {"read", "reads"}), None)
        owners = {toks[k][0] for k in range(the_text + 2, close) if toks[k][0] in {"his", "her"}
                  and toks[k - 1][0] in {"from", "on", "via", "through"}} if close is not None else set()
        if close is not None and all(t[0] in {"in", "part", "full"} for t in toks[close + 2:]):
            if len(owners) == 1:
                return None, _POSSESSIVE_SUBJECTS[owners.pop()]
            giver = giver_before() if not owners and ci > 0 else None
            if giver is not None:  # "X issued a statement. / The statement, posted on its website, reads in part:"
                return None, giver
    if len(toks) >= 3 and toks[0][0] in {"Its", "His", "Her", "Their"} and toks[1][0] in ISSUED_TEXTS | {"post", "message", "note"}:
        # "Its statement, sent to journalists by email, reads in full:": the owner's (the one the
        # story just named, as "It" would be)
        reads = next((k for k in range(2, len(toks)) if toks[k][0] in {"read", "reads"}
                      and (k == 2 or (toks[2][0] == "," and toks[k - 1][0] == ","))), None)
        if reads is not None and all(t[0] in {"in", "part", "full"} for t in toks[reads + 1:]):
            return None, owner_of(toks[0][0])
    answer_of = 2 if len(toks) > 4 and toks[0][0] == "The" and toks[1][0] in _ANSWER_NOUNS and toks[2][0] == "of" \
        else 1 if len(toks) > 3 and toks[0][0].lower() in _ANSWER_NOUNS and toks[1][0] == "of" else 0
    if answer_of:
        # "The reply of the president of the committee, Ann Lee, did not make itself wait:": hers (Polish,
        # translated without the article: "Answer of director of operations Ann Lee was short:")
        span = _phrase_after(masked, toks, answer_of)
        verb = next((k for k in range(answer_of + 2, min(len(toks), answer_of + 10)) if toks[k][0] in {"was", "came", "is", "did"}), None)
        whole = parse_mention(text[toks[answer_of + 1][1]:toks[verb - 1][2]]) if verb is not None and span is not None \
            and span[1] < toks[verb - 1][2] and toks[verb - 1][0][:1].isupper() else None
        if whole is not None and whole.kind == "person" and span is not None and verb is not None:
            span = (span[0], toks[verb - 1][2])  # (a post of lower-case words, then the name: "of director of network operations Ann Lee")
        if span is not None:
            return None, _clean_phrase(text, *span)
    signed = next((k + 1 for k in range(len(toks) - 2) if toks[k][0] in _WRITTEN_BY and toks[k + 1][0] == "by"), None)
    span = _phrase_after(masked, toks, signed) if signed is not None else None
    if span is not None:  # "a sheet of paper signed by the foreman in red marker: “…”": the foreman's
        return None, _clean_phrase(text, *span)
    if 3 <= len(toks) <= 4 and toks[0][0] == "In" and toks[-1][0] == "words" and (len(toks) == 3 or toks[2][0] == "own"):
        # "In her words: “…”", "In Lee's own words:", translated Turkish "In Lee'nin words:": the owner speaks
        owner = toks[1][0]
        if owner.lower() in _POSSESSIVE_SUBJECTS:
            return None, _POSSESSIVE_SUBJECTS[owner.lower()]
        bare = _POSSESSIVE_ENDING.sub("", owner)
        if owner[:1].isupper() and bare != owner:
            return None, bare
    if len(toks) >= 2 and toks[0][0].lower() in _POSSESSIVE_SUBJECTS and (toks[1][0] in KIN_WORDS or toks[1][0] in ROLE_NOUNS) \
            and (len(toks) == 2 or (len(toks) > 3 and toks[2][0] == "," and toks[3][0].endswith("ing"))):
        return None, text[toks[0][1]:toks[1][2]]  # "Her husband, standing beside her:": not hers, his
    if 2 <= len(toks) <= 5 and toks[0][0].lower() in _POSSESSIVE_SUBJECTS and toks[1][0].isalpha() \
            and toks[1][0].islower() and (len(toks) == 2 or (toks[2][0] in {"was", "is"} and len(toks) > 3 and all(
                t[0].isalpha() and t[0].islower() for t in toks[3:]))):
        # "Her verdict: “…”", "Its message: “…”", "Her conclusion was blunt: “…”": the owner speaks
        return None, owner_of(toks[0][0])
    if 3 <= len(toks) <= 8 and toks[0][0].lower() in _POSSESSIVE_SUBJECTS \
            and all(t[0].isalpha() and t[0].islower() for t in toks[1:]) \
            and any(_SPEECH_NOUNS.fullmatch(t[0]) or t[0] in {"sentence", "sentences", "line", "lines"} for t in toks[1:3]):
        # "His last sentence at the airport: “…”", "Her message to the families:", "His central line:": the owner's
        return None, owner_of(toks[0][0])
    if _ANOTHER_POST.search(masked, sent.start, colon) is not None and not any(t[0][:1].isupper() for t in toks[1:]):
        # a live page: "And a few minutes later, in a second post:", "A second post followed:" (who posted before)
        return None, "the same"
    # "X:" after a dash or at the start of the sentence names the speaker outright, as a
    # role after a topic does ("Steelworks, the mayor: “…”"; but "Ann Lee, mayor of X:")
    toks = _without_when(toks)  # "Ann Lee, Monday:", "Ann Lee after the verdict on Wednesday:"
    st = _backward_chunk(toks, len(toks) - 1)
    if 2 <= st < len(toks) and (toks[st - 1][0] in {"in", "at", "near"} or (
            toks[st - 1][0] == "on" and toks[st][0][:1].isupper()) or (
            toks[st - 1][0] == "from" and toks[st - 2][0].islower() and toks[st - 2][0].endswith("ed"))):
        # where the words came from, not who: "One from Ann in Dunmore:", "A reader emailed from Dunmore:",
        # "Ann Lee is on Upper Mill Lane:"
        end = st - 2 - (toks[st - 2][0] == "," and st >= 3)  # ("… goes to Ann Lee, on X:")
        home = _backward_chunk(toks, end)
        who = parse_mention(text[toks[home][1]:toks[end][2]]) if home <= end else None
        if who is not None and toks[st - 1][0] != "from" and (
                (who.kind == "person" and (end == st - 2 or " " in (who.name or "") or who.role is not None))
                or (who.kind == "org" and toks[st - 1][0] == "on")):
            return None, text[toks[home][1]:toks[end][2]]  # (a body posting: "Dunmore Police on X:")
        toks = toks[:st - 1]
        st = len(toks)
    lead = parse_mention(text[toks[st][1]:toks[-1][2]]) if st < len(toks) else None
    if st < len(toks) and (st == 0 or toks[st - 1][0] in {"-", "—", "–", "―", ";", "|", ":"} or toks[st - 1][0].startswith(MASK)
                           or toks[st - 1][0].lower() in {"from", "by"}
                           or (toks[st - 1][0] == "," and toks[st][0].lower() == "the" and lead is not None and lead.kind == "role")) \
            and (len(toks) - st <= 3 or (lead is not None and lead.role is not None)
                 or any(t[0] == "and" for t in toks[st:])):
        # "Lee:" / "Senate leader Ann Lee:"; a long run with no role is a headline's words
        return None, text[toks[st][1]:toks[-1][2]]
    sharp = _SHARP_WORDS.match(masked, sent.start, colon)
    if sharp is not None:
        # "Clear words found the mountain-rescue chief for the decision: „…“" (German "Klare Worte fand …")
        return None, text[sharp.start("np"):sharp.end("np")]
    agent = _PASSIVE_BY_WHO.search(masked, sent.start, colon + 1)
    if agent is not None:  # "It was pronounced by the lawyer Ann Lee, who represents …: «…»"
        return None, text[agent.start("np"):agent.end("np")]
    if len(toks) > 2 and toks[0][0] in {"More", "Further"} and toks[1][0] == "from":
        toks = toks[2:]  # a live page's "More from Ann Lee, who was asked …:"
    # (whoever was asked answers: "Lee, who was asked by reporters whether …:")
    cands = [ei for ei in by_sentence.get(ci, []) if events[ei].cue_end <= colon and events[ei].phrase
             and not events[ei].source_phrase and not _BEEN_ASKED.search(masked, sent.start, events[ei].cue_end)]
    if cands:
        said = [ei for ei in cands if not events[ei].inverted]
        if events[cands[-1]].inverted and said:
            # "Lee said the readings explain the speed of the fire: “…”": a verb in what Lee said
            # takes no speaker after it
            return said[-1], None
        return cands[-1], None
    opener = _after_openers(text, toks)
    if opener is not None:
        return None, opener
    if st < len(toks):
        # "… doesn't surprise pollster Ann Lee: “…”": a full name just before the colon
        last = parse_mention(text[toks[st][1]:toks[-1][2]])
        if last is not None and last.kind == "person" and " " in (last.name or "") \
                and len((last.name or "").split()) <= 3 and (st == 0 or not toks[st - 1][0][:1].isupper()):
            return None, text[toks[st][1]:toks[-1][2]]
    subject = _owner(text, _subject_span(toks))
    if len(toks) >= 3 and (toks[0][0].lower(), toks[1][0]) in _THE_LATTER \
            and _WAS_PLAIN.fullmatch(masked, toks[1][2], colon) is not None:
        return None, text[toks[0][1]:toks[1][2]]  # "The latter was unimpressed:"
    if subject is None and len(toks) >= 3 and toks[0][0] in {"He", "She", "They"} and toks[1][0].isalpha() \
            and toks[1][0].islower() and _SPEECH_NOUNS.search(masked, toks[2][1], colon):
        return None, toks[0][0]  # "He sent a written statement with the phrase: «…»"
    if subject is not None and text[subject[0]:subject[1]].lower() in _NOBODY:
        return None, text[subject[0]:subject[1]]  # "Someone starts, and the rest follow: «…»": nobody named
    if subject is not None:
        # "X issued the following statement:", "Smith took the stage:"
        ref = parse_mention(text[subject[0]:subject[1]])
        speechy = bool(by_sentence.get(ci)) or _SPEECH_NOUNS.search(masked, sent.start, colon) is not None
        # a one-word name counts when the story names it again ("Kaine …: “…”")
        words = [t[0] for t in toks if t[0][:1].isalpha()]
        title_case = mostly_capitalised(words)
        full_name = ref is not None and ref.kind == "person" and bool(ref.name) \
            and (" " in (ref.name or "") or (text.count(ref.name or "") >= 2 and _named_by_surname(text, ref.name or "", 0))) \
            and not (title_case and len((ref.name or "").split()) > 3)  # a headline's capitals
        # a body by its full name, as a person by theirs: "the Lakeland Board of Elections was clear:"
        full_name = full_name or (ref is not None and ref.kind == "org" and not title_case
                                  and sum(w[:1].isupper() for w in (ref.name or "").split()) >= 2)
        # someone unnamed the sentence is about: "One resident, on a bench, was more forgiving:"
        unnamed = ref is not None and ref.kind == "role" and not ref.definite and bool(ref.role) \
            and ((ref.role or "").split()[-1].lower() in ROLE_NOUNS or (ref.role or "").split()[0] in SPOKES_WORDS)
        # or a post the story holds to, as it is: "The regulator's chairwoman was blunt on Tuesday:"
        plain = ref is not None and ref.kind == "role" and ref.definite \
            and _WAS_PLAIN.fullmatch(masked, subject[1], colon) is not None
        if ref is not None and (full_name or unnamed or plain or (speechy and ref.kind in {"person", "role", "org", "pronoun"})):
            return None, text[subject[0]:subject[1]]
    goes_on = _STATEMENT_GOES_ON.fullmatch(masked, sent.start, colon)
    if goes_on is not None:
        issuer = _issuer(text, masked, sentences, ci, goes_on.group("noun"))
        return None, issuer.text if issuer is not None else None
    return None, None


# More words from whoever posted last: "in a second post", "in another tweet".
_ANOTHER_POST = re.compile(r"(?im)(?:\bin[ \t]+|^[ \t]*)(?:a[ \t]+(?:second|third|further|follow-up|later|new)|another)[ \t]+"
                           r"(?:post|tweet|message|update)\b")  # (or opening the line: "A second post followed:")
# How the speaker was, and when, before a colon: " was blunt on Tuesday", " was more cautious".
_WAS_PLAIN = re.compile(r"[ \t]+(?:was|is|were|are)[ \t]+(?:(?:more|less|even|very|just|as)[ \t]+)?[a-z]+"
                        r"(?:[ \t]+(?:on|at|this|last|that)[ \t]+[\w-]+)?[ \t]*")
# Words a passive gives to who said them, described after: "It was pronounced at the start of
# September by the lawyer Ann Lee, who represents …:".
_PASSIVE_BY_WHO = re.compile(r"\b(?:was|were)[ \t]+(?:first[ \t]+)?(?:pronounced|said|spoken|uttered|written|coined)\b"
                             r"[^:\n]{0,80}?\bby[ \t]+(?P<np>(?:the[ \t]+)?(?:[a-z]+[ \t]+){0,2}[A-Z][\w’'-]+"
                             r"(?:[ \t]+[A-Z][\w’'-]+){1,2}),[ \t]+who\b[^:\n]*:\s*$")
# "It" of the document the sentence before gave out, after where in it: "Therein it says:".
_THEREIN_IT = r"(?:Therein|Herein|In[ \t]+it)[ \t]+it"
# A statement quoted on from the sentence before: "It reads:", "The statement goes on:".
_STATEMENT_GOES_ON = re.compile(r"[ \t]*(?:[\w:]+[ \t]+[—–-][ \t]+)?(?:It|" + _THEREIN_IT + r"|The[ \t]+(?:joint[ \t]+)?(?P<noun>statement|declaration|communiqué|letter))"
                                r"[ \t]+(?:reads|says|states|continues|goes[ \t]+on|adds|concludes|ends)")
# A name's possessive ending, English or Turkish: "Lee's", "Lee'in", "Halm'ın".
_POSSESSIVE_ENDING = re.compile(r"[’'][a-zıüöğş]{1,4}$")
# Subjects that name no one: "Someone starts, and the rest follow: «…»".
_NOBODY = frozenset({"someone", "somebody", "everyone", "everybody"})
_BEEN_ASKED = re.compile(r"\b(?:was|were|been|being)[ \t]+asked$")


def _after_openers(text: str, toks: list[tuple[str, int, int]], sentence: bool = False) -> str | None:
    """The person who acts after when and where, before a colon: "Hours later, on the
    picket line, Lee provoked:", "At 23:40, Lee reappeared before the cameras:" (a verb in
    -ed or -s after the name); or who
    opens the ``sentence`` with a verb and a comma before the words, as translations write
    it: "Lee counter-attacked, 「…」"."""
    if sentence:
        if len(toks) < 3 or toks[-1][0] != "," or not toks[0][0][:1].isupper():
            return None
        toks, comma = toks[:-1], -1
    else:
        comma = max((k for k, t in enumerate(toks) if t[0] == ","), default=-1)
        if comma < 1:
            return None
    lead = comma + 1  # (a post in lower case before the name: "Next to him, art student Ann Lee was blunter:")
    while lead < len(toks) and lead - comma <= 3 and toks[lead][0].isalpha() and toks[lead][0].islower():
        lead += 1
    if lead > comma + 1 and toks[lead - 1][0] not in ROLE_NOUNS:
        lead = comma + 1
    k = lead
    while k < len(toks) and k - lead < 3 and toks[k][0][:1].isupper() and toks[k][0].isalpha():
        k += 1
    if k == lead or k >= len(toks) or not (toks[k][0].islower() and toks[k][0].replace("-", "").isalpha()
                                                 and toks[k][0].endswith(("ed", "s"))) \
            or (sentence and k != len(toks) - 1):
        return None
    phrase = text[toks[comma + 1][1]:toks[k - 1][2]]
    ref = parse_mention(phrase)
    if ref is None or ref.kind != "person" or not ref.name \
            or not (" " in ref.name or _named_by_surname(text, ref.name, 0)):
        return None
    return phrase


def _capitals_read(phrase: str) -> SpeakerRef | None:
    """A phrase written in capitals ("ABEL CRANE") parsed as if written in title case."""
    return parse_mention(" ".join(w[:1] + w[1:].lower() for w in phrase.split()))


def _in_lower_case(phrase: str, people: ArticleSpeakers) -> SpeakerRef | None:
    """A transcript's label in capitals ("ABEL CRANE:") read as the person the
    story names in full; capitals otherwise mark a body ("NATO:"), so only a
    name the article knows is read this way."""
    words = phrase.split()
    if len(words) < 2 or not phrase.isupper():
        return None
    ref = _capitals_read(phrase)
    if ref is None or ref.kind != "person" or not any(p.name == ref.name for p in people.people):
        return None
    return replace(ref, text=phrase)


_POSSESSIVE_SUBJECTS = {"his": "he", "her": "she", "its": "it", "their": "they"}
# Someone's words read out by another: "the commander read out Minister Ann Vos's warning through a loudspeaker:"
_READ_OUT_OWNED = re.compile(r"\bread(?:s)?[ \t]+(?:out[ \t]+|aloud[ \t]+)?(?P<np>(?:[A-Z][\w’'-]+[ \t]+){1,5}?[A-Z][\w-]+)[’']s[ \t]+"
                             r"(?:[a-z]+[ \t]+)?(?:warning|statement|letter|message|words|note|post|appeal|speech)\b[^:\n]{0,120}:\s*$")
# … or repeated, quoted or relayed by another, a pronoun for the owner: "I will simply repeat his words:"
_RELAYS_OWNED = re.compile(r"\b(?:repeat|quot|relay|cit|read)(?:e|es|ed|ing|s)?[ \t]+(?:out[ \t]+|aloud[ \t]+)?"
                           r"(?:(?P<pronoun>his|her|their)|(?P<np>(?:[A-Z][\w’'-]+[ \t]+){0,4}?[A-Z][\w-]+)[’']s)[ \t]+"
                           r"(?:own[ \t]+|exact[ \t]+)?(?:warning|statement|letter|message|words|note|post|appeal|remarks)\b"
                           r"[^:\n]{0,60}:\s*$")
# … or another's words read by someone: "Lee's statement, read by her lawyer outside the court — “…”"
_OWNED_READ_BY = re.compile(r"(?P<np>(?:[A-Z][\w’'-]+[ \t]+){0,4}?[A-Z][\w-]+)[’']s[ \t]+(?:[a-z]+[ \t]+)?"
                            r"(?:warning|statement|letter|message|words|note|post|appeal|speech)\b,?[ \t]+read[ \t]+"
                            r"(?:out[ \t]+|aloud[ \t]+)?by\b[^:\n—–]{0,150}[:—–]\s*$")
# … or from what someone else gave: "read aloud from the statement that Ann Lee gave to police: “…”"
_READ_FROM_GIVEN = re.compile(r"\bread(?:s)?[ \t]+(?:out[ \t]+|aloud[ \t]+)?from[ \t]+(?:the|a|an|his|her|their)[ \t]+"
                              r"(?:[a-z]+[ \t]+)?(?:statement|letter|message|testimony|account|note|post|deposition)[ \t]+"
                              r"(?:that|which)[ \t]+(?P<np>[^:\n]{3,80}?)[ \t]+(?:had[ \t]+)?(?:gave|given|made|wrote|written|sent|posted)"
                              r"\b[^:\n]{0,80}:\s*$")
# … or words someone gave, named before them: "The advice Ann Lee gave on 3 March — “…” — still stands".
_ADVICE_GIVEN = re.compile(r"\b[Tt]he[ \t]+(?:advice|warning|promise|message|appeal|instruction|pledge)[ \t]+(?:that[ \t]+)?"
                           r"(?P<np>(?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]+)[ \t]+(?:gave|issued|made|offered|delivered)"
                           r"\b[^:\n.—–]{0,40}?[ \t]*[—–:,]?[ \t]*$")
_NAME_WORD = rf"[{CAPITAL}][{SMALL}](?:[\w’'-]*\w)?"  # (not a closing mark: "‘Ice’ Lee")
_JOINER = r"(?:(?:" + "|".join(sorted(SURNAME_JOINERS)) + r")[ \t]+)"  # the "i" of "Núria Puig i Ferrer"
_FAMILY_WORD = rf"(?:{ARABIC_ARTICLE})?{_NAME_WORD}"  # (or an Arabic one with its article: "al-Rashidi")
# Any role noun, lower-case or capitalised ("minister", "Minister").
_ROLE_NOUN_PATTERN = _trie_pattern(set(ROLE_NOUNS) | {w[:1].upper() + w[1:] for w in ROLE_NOUNS}
                                   | {w.upper() for w in ROLE_NOUNS if len(w) <= 3})  # ("Acme CEO Ann Lee")
# A person introduced with a role outside any speech event: "Labour Minister
# Eva Lind met …", "the spokeswoman Ann Lee". Teaches the article's people.
# a title in the lower case of its language before the name: "…, dona Uxía Rodríguez Pazos", "…, janob Farrukh …"
_LOWER_TITLE = r"(?!(?:and|or|but|with|who|which|while|as|said|says|told|the|a|an|his|her|their|its|for|to|in|at|on)\s)" \
    r"[a-z]{2,8}\.?\s+"
# A courtesy title, as translations keep it, between a post and its holder: "their lawyer, the Sra. Ana Ruiz".
_COURTESY_BEFORE_NAME = r"(?:the[ \t]+)?(?:Sra|Sr|Mme|Me|Frau|Herr|Mrs|Ms|Mr|Dr|Prof)\.?[ \t]+"
# Particles written with a capital inside a name: "Hendrik Van der Molen", "Ana De la Cruz".
_CAPITALISED_PARTICLES = frozenset(p.capitalize() for p in PARTICLES if len(p) > 1 and p.isalpha())
_INTRODUCTION = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'.-]*[^\S\n]+){0,3}(?:"  # (a headline's last word is no part of the role)
    + _ROLE_NOUN_PATTERN
    + r")(?:[^\S\n]+(?:(?:Dr|Prof)\.?[^\S\n]+)?|(?:\s+of\s+(?:the\s+)?(?:[a-z]+[^\S\n]+){0,2}[A-Z][\w’'-]*(?:[^\S\n]+(?:and[^\S\n]+)?[A-Z][\w’'-]*){0,3}(?:[^\S\n]+(?:"
    + _trie_pattern(PLACE_NOUNS) + r"))?(?:[^\S\n]+\([A-Z]{2,8}\))?){0,2},\s+(?:" + _LOWER_TITLE + r"|" + _COURTESY_BEFORE_NAME + r")?(?=[A-Z][\w’'-]*\s+(?:[a-z]+\s+){0,2}(?:[A-Z][\w’'-]*\s+)?[A-Z][\w’'-]*[,.;]))("
    + _NAME_WORD + r"[^\S\n]+(?:[A-Z]\.[^\S\n]+)?"  # (a name is on one line: not a headline's and the lede's first)
    + r"(?:(?:" + "|".join(sorted(PARTICLES | _CAPITALISED_PARTICLES)) + r")[^\S\n]+){0,2}" + _FAMILY_WORD
    + r"(?:[^\S\n]+" + _JOINER + "?" + _FAMILY_WORD + r"){0,2}))(?![\w’'-])"
)  # (or in apposition: "their head coach, Piet van der Sluis.", "the councillor of Water, Tomás Iriarte.",
# "the Minister of Transport and Maritime Affairs, Luis Ruiz,")


# A post, then its holder's full name in apposition just before a colon: "VSR answered with
# a note of its chief executive, Ann Lee: “…”" (the holder's words, whoever else the sentence names).
# (the post is checked after matching: a pattern of every post is slow to build)
_POST_THEN_NAME_COLON = re.compile(r"(?<![\w’'-])(?P<post>[a-z][\w-]*),[ \t]+(?P<np>" + _NAME_WORD
                                   + r"(?:[ \t]+" + _NAME_WORD + r"){1,2})[ \t]*:\s*$")


# A post "of" a capitalised field, then a name with no comma between, as translations
# write it: "the Minister of Environment Lucia Brevant". Where the field's words end
# and the name begins, a known given name says.
_OF_FIELD_THEN_NAME = re.compile(
    r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w’'-]*[^\S\n]+){1,3}?"
    r"(?P<given>" + _NAME_WORD + r")[^\S\n]+" + _NAME_WORD + r"(?=[^\S\n]*[,.;:]|[^\S\n]+[a-z])")
_WORD_BEFORE_OF = re.compile(r"[A-Za-z-]+$")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")
# A sentence opening with a role "of" something, then a name, as translations
# write it: "The minister of agriculture of the region Olga Marchenko specified",
# "Resident of the village Nizhnie Sady Olga Ivanova told". Tried once per sentence.
# (A company's "s.r.o." or "a.s." is no verb after a name.)
_ROLE_OF_OPENING = re.compile(
    r"(?:(?:The|A)\s+(?:[a-z][a-z-]*\s+){0,2}?)?(?:" + _ROLE_NOUN_PATTERN + r")\s+of\s+"
    r"(?:(?:[^\s,;:.!?]+|[a-z](?:\.[a-z])+\.)\s+){0,9}?" + _NAME_WORD + r"\s+" + _NAME_WORD + r"(?=\s+[a-z][a-z’'-]*(?!\.?\w)|,)"
)


# ... or with the name in apposition after a longer role: "The minister delegate in
# charge of health, Claire Morel, has travelled …", "Chairwoman of the board, Ann Lee (Greens), …",
# "The head of the Coastal Union (CU), Ann Lee, …"
_ROLE_APPOSITION_OPENING = re.compile(
    r"(?:(?:The|A|An)\s+)?(?:[\w’'-]+\s+){0,3}?(?:" + _ROLE_NOUN_PATTERN
    + r")(?:\s+(?:(?:of|the|for|and)(?:\s+[A-Z][\w’'-]*)+|[a-z][\w’'-]*)){0,10}(?:\s+\([A-Z][\w&-]{1,9}\))?,\s+"
    r"(?:[a-z][\w’'-]+\s+)?(?:[A-Z][\w.’'-]*\s+){0,2}"  # ("The doctor, paediatrician Ann Lee, has …")
    + _NAME_WORD + r"\s+" + _NAME_WORD + r"(?=\s*[,(])"
)


_LOWER_THEN_CAPITAL = re.compile(r"[a-z][\w’'-]+[ \t]+[A-Z]")  # ("paediatrician Ann Lee")
_DATELINE = re.compile(r"[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+)*\s+[—–-]\s+")  # "LYON — "


_FULL_NAME = re.compile(rf"(?<![\w’'-]){_NAME_WORD}(?:[ \t]+{_JOINER}?(?:(?:{'|'.join(sorted(PARTICLES | _CAPITALISED_PARTICLES))})"
                        rf"[ \t]+){{0,2}}{_NAME_WORD}){{1,2}}(?![\w’'-])")  # (with particles: "Hendrik Van der Molen")


_POLITE_LOWER = frozenset({"pan", "pani", "herr", "frau", "señor", "señora", "m.", "mme"})  # (as translations leave them)


def _named_first_here(text: str, sent: _Sentence) -> SpeakerRef | None:
    """The one person a sentence with no subject the rules read names, when the story names
    them there for the first time, saying who they are: "In front of the court waited for him
    his sister Ann Lee." (a translation's order) introduces who the "she said" after it is, as
    "The prosecution called Ann Lee, a forensic accountant who …" does."""
    names = list(_FULL_NAME.finditer(text, sent.start, sent.end))
    said_who = [m for m in names if m.group().split()[0].lower() in _POLITE_LOWER  # ("sits Frau Ann Lee")
                or ((before := text[max(sent.start, m.start() - 20):m.start()].split())
                                     and (before[-1] in KIN_WORDS or before[-1] in ROLE_NOUNS
                                          or before[-1].lower() in _POLITE_LOWER))  # (Polish "pan Ann Lee")
                or ((apposed := _APPOSED_POST.match(text, m.end(), sent.end))
                    and any(w in ROLE_NOUNS for w in apposed.group(1).split()))]
    if len(said_who) != 1 or _SUBJECT_PRONOUN.search(text, sent.start, sent.end):
        return None  # (cheap tests first; and not a sentence about someone else: "… she was a booster of nominee Tom Hale")
    found = None
    for m in names:  # (only someone the sentence says who they are: "his sister Ann Lee", not "Long Island")
        ref = parse_mention(m.group())
        if ref is None or ref.kind != "person" or not ref.name or " " not in ref.name:
            continue
        if m is not said_who[0] or text.rfind(ref.name.split()[-1], 0, m.start()) >= 0:
            return None  # (a second person; or one the story named before)
        found = ref
    return found


def _before_pronoun(masked: str, sentences: list[_Sentence], si: int) -> range:
    """The sentences before sentence ``si`` that may name whom its "he" or "she" is: the two
    before it, and further back while those open with a pronoun of their own ("Lee has not
    decided. His family wants him home. He, for now, stays. — …, he says.")."""
    first = max(0, si - 2)
    pronouns = sum(_OPENS_WITH_PRONOUN.match(masked, sentences[k].start) is not None for k in range(first, si))
    # or that name no one, in the pronoun's own paragraph ("Ann Lee, the chief executive, came
    # in after a break. Members had read her submission the night before. It set out … “…,”
    # she said.")
    nobody = sum(_NAMES_SOMEONE.search(masked, sentences[k].start + 2, sentences[k].end) is None
                 and "\n" not in masked[sentences[k].start:sentences[si].start].strip() for k in range(first, si))
    return range(max(0, first - max(pronouns, nobody)), si)


_OPENS_WITH_PRONOUN = re.compile(r"\s*(?:He|She)\b")
_NAMES_SOMEONE = re.compile(r"[\w,;][ \t]+[A-Z]|\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|I|[Ww]e|[Tt]hey)\b")
_RELATIVE_BEFORE = re.compile(r",[ \t]+(?:who|whom|whose)[ \t]|[ \t]when[ \t]+$")  # (or "when", right before: "…, was in a gown when a nurse told her")
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\b")
# Who a name is, in apposition after it: "…, a forensic accountant who …".
_APPOSED_POST = re.compile(r",[ \t]+(?:a[ \t]+|an[ \t]+|(?=(?:" + "|".join(sorted(ROLE_NOUNS))
                           + r")[ \t]+(?:of|for|at)\b))((?:[\w’'-]+[ \t]+){0,3}[\w’'-]+)")
# (or a post with no article, of a body: "…, president of the Nurses' Federation, who …")


# Where or when a sentence is set, before its subject: "At a separate press conference in the afternoon, ".
_SETTING_FIRST = re.compile(r"(?:At|In|On|After|Before|During|Later|Earlier)\b[^,.;:\n" + MASK + r"]{0,60},[ \t]+")


def _role_of_openings(masked: str, sentences: list[_Sentence]) -> list[tuple[int, SpeakerRef, int]]:
    """People introduced by a sentence-opening "<role> of <body> <Name>" phrase:
    (start, the person, end of the phrase)."""
    out: list[tuple[int, SpeakerRef, int]] = []
    for sent in sentences:
        start = sent.start
        while start < sent.end and masked[start].isspace():
            start += 1
        if not masked[start:start + 1].isupper():
            continue
        dateline = _DATELINE.match(masked, start)
        if dateline is not None:
            start = dateline.end()
        setting = _SETTING_FIRST.match(masked, start)
        if setting is not None and masked[setting.end():setting.end() + 1].isupper():
            start = setting.end()  # "At a press conference in the afternoon, Kinetra’s founder, Ann Lee, read …"
        comma = masked.find(", ", start, min(sent.end, start + 160))  # (cheap: most sentences have no apposition)
        m = _ROLE_OF_OPENING.match(masked, start) or (
            _ROLE_APPOSITION_OPENING.match(masked, start) if comma > 0 and (
                masked[comma + 2:comma + 3].isupper() or _LOWER_THEN_CAPITAL.match(masked, comma + 2)) else None)
        if m is None or MASK in m.group() or any(w in CUE_VERBS and w not in _CUE_BASE_FORMS for w in m.group().split()):
            continue
        ref = parse_mention(m.group())
        if ref is not None and ref.kind == "person" and ref.role and ref.name and " " in ref.name:
            out.append((m.start(), ref, m.end()))
    return out


def _pairs_sharing_a_surname(text: str) -> list[tuple[int, SpeakerRef]]:
    """Two people named with one surname: "the retired couple Rudi and Margit Fenner" are Rudi
    Fenner and Margit Fenner. Only after a word for the pair, or with two given names the
    rules know, so "Procter and Gamble" stays a company."""
    out: list[tuple[int, SpeakerRef]] = []
    for m in _pairs_of_given_names(text):
        first, second, surname = m.group("first", "second", "surname")
        known = sum(g.lower() in GIVEN_NAME_GENDER for g in (first, second))
        pair = _WORD_FOR_A_PAIR.search(text, max(0, m.start() - 12), m.start())
        if (pair is None and known < 2) or surname.lower() in BODY_WORDS \
                or _CAPITALISED_WORD_BEFORE.search(text, max(0, m.start("first") - 30), m.start("first")):
            continue  # (not "Lindsey Graham and David Perdue")
        for given, at in ((first, m.start("first")), (second, m.start("second"))):
            ref = parse_mention(f"{given} {surname}")
            if ref is not None and ref.kind == "person":
                out.append((at, ref))
    return out


_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w’'.-]*[ \t]+$")
_PAIR_OF_GIVEN_NAMES = re.compile(
    r"(?<![\w’'-])(?P<first>" + _NAME_WORD
    + r")[ \t]+and[ \t]+(?P<second>" + _NAME_WORD + r")[ \t]+(?P<surname>" + _NAME_WORD + r")(?![\w’'-]|[ \t]+[A-Z])")


def _pairs_of_given_names(text: str) -> Iterator[re.Match[str]]:
    """Matches of _PAIR_OF_GIVEN_NAMES, found from each " and " (far fewer than capitals)."""
    at = text.find(" and ")
    while at >= 0:
        start = _FIRST_OF_A_PAIR.search(text, max(0, at - 30), at)
        m = _PAIR_OF_GIVEN_NAMES.match(text, start.start()) if start is not None else None
        if m is not None:
            yield m
        at = text.find(" and ", at + 5)


_FIRST_OF_A_PAIR = re.compile(r"(?<![\w’'-])" + _NAME_WORD + r"[ \t]*$")
_WORD_FOR_A_PAIR = re.compile(r"\b(?:couple|spouses|brothers|sisters|siblings|twins|parents)[ \t]+$")


def _introductions(text: str) -> list[tuple[int, SpeakerRef]]:
    """People named with a role anywhere in ``text``, with their positions."""
    out: list[tuple[int, SpeakerRef]] = []
    for m in _INTRODUCTION.finditer(text):
        if any(w.lower() in WEEKDAYS or w.lower() in MONTHS for w in m.group(2).split()) \
                or m.group(2).split()[-1].lower() in BODY_WORDS:
            continue  # (nor "King Solomon Missionary Baptist Church": a body's name)
        if m.group(2).split()[-1].lower() in ROLE_NOUNS and m.group(2).split()[0].lower() not in GIVEN_NAME_GENDER \
                and text[m.end():m.end() + 1] in {"\n", ""}:
            continue  # (nor a byline's post, ending its line: "By Ann Lee, Chief Football Writer")
        if _CAPITAL_NEXT.match(text, m.end()):
            continue  # the capitalised run goes on: a name of a body ("King Solomon Baptist Church")
        phrase = m.group(1)
        if "," in phrase and re.sub(r"\s+of\s.*", "", phrase.split(",")[0]).split()[-1].lower() not in OFFICES:
            continue  # "their head coach, Piet Vos" holds a post; "his wife, Jane Sanders" does not
        before = _MODIFIERS_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1))
        if before is not None:
            phrase = before.group() + phrase  # "Chief financial officer Mats Ruud"
        ref = parse_mention(phrase)
        if ref is not None and ref.kind == "person" and ref.name and ref.name.endswith(" " + m.group(2)) and "," in phrase \
                and phrase.rsplit(",", 1)[0].endswith(ref.name.removesuffix(" " + m.group(2))):
            # the body's name ran into the holder's: "head of the bakery Oak Loaves, Tom Berg"
            ref = replace(ref, name=m.group(2), role=phrase.rsplit(",", 1)[0].strip())
        if ref is not None and ref.kind == "person" and ref.role and ref.name and " " in ref.name:
            out.append((m.start(2), ref))
    for m in _OF_FIELD_THEN_NAME.finditer(text):  # (anchored on " of ": a pattern of every post is slow)
        role = _WORD_BEFORE_OF.search(text, max(0, m.start() - 30), m.start())
        if role is None or role.group().lower() not in ROLE_NOUNS or m.group("given").lower() not in GIVEN_NAME_GENDER:
            continue
        ref = parse_mention(text[role.start():m.end()])
        if ref is not None and ref.kind == "person" and ref.role and ref.name and " " in ref.name:
            out.append((m.start("given"), ref))
    return sorted(out, key=lambda found: found[0])


_HOLDER_NEXT = re.compile(r",[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+[ \t]*,")


def _posts_after_names(text: str) -> list[tuple[int, SpeakerRef]]:
    """People the story names, then gives a post in apposition ("… heard from Patricia Ngata,
    the credit union's chief executive, who …"): who a later "the chief executive" is, with
    where. (Often the object of a sentence, so no candidate for the next "she".)"""
    out = []
    for comma in _COMMA_BEFORE_POST.finditer(text):  # (the comma first: the patterns are slow to search for)
        before = comma.start()
        aged = _AGE_BEFORE_COMMA.search(text, max(0, before - 8), before)
        before = aged.start() if aged is not None else before  # "Ernesto Ruiz, 52, the shift foreman, …"
        named = _NAME_BEFORE_COMMA.search(text, max(0, before - 60), before)
        post = _POST_AFTER_ARTICLE.match(text, comma.end()) if named is not None else None
        if named is None or post is None or _HOLDER_NEXT.match(text, post.end()):
            continue  # (the post is the next name's: "the study of Dr Ann Lee, the minister of Science, Tom Ash, said")
        name, role = named.group(1), post.group(1)
        head = re.split(r"\s+(?:of|for|at)\s+", role)[0].split()[-1].lower()
        if head not in ROLE_NOUNS or head in KIN_WORDS or _IN_PLACE.search(text, max(0, named.start() - 8), named.start()) \
                or name.split()[0].lower() in _NOT_A_TITLE:  # ("For Trump, the front-runner"; not "Chief Ann Lee")
            continue  # "Ann Lee, the daughter of a ferry engineer": no post; "in Port Hallam, …": a place
        ref = parse_mention(name)  # ("Professor Ann Lee": the name is the last words)
        if ref is not None and ref.kind == "person" and ref.name and " " in ref.name and name.endswith(ref.name) \
                and not _in_headline(text, named.start()):
            out.append((named.start(), SpeakerRef(text=text[named.start():post.end()], kind="person", name=ref.name,
                                                  role=role)))
    for appointed in _appointments(text):  # "The board named Ann Lee as interim CEO."
        be = _BE_BEFORE.search(text, max(0, appointed.start() - 12), appointed.start())
        if be is not None:
            named = _NAME_BEFORE_BE.search(text, max(0, be.start() - 80), be.start())
            post = _POST_GIVEN.match(text, appointed.end()) if named is not None else None
        else:
            named = _NAME_THEN_AS.match(text, appointed.end())
            post = _POST_GIVEN.match(text, named.end()) if named is not None else None
        if named is None or post is None:
            continue
        name, role = named.group("name"), post.group("post")
        ref = parse_mention(name)
        if role.split()[-1].lower() in ROLE_NOUNS and ref is not None and ref.kind == "person" and ref.name \
                and " " in ref.name and not _in_headline(text, appointed.start()):
            out.append((named.start(), SpeakerRef(text=text[named.start():post.end()], kind="person", name=ref.name,
                                                  role=role)))
    return out


# Someone given a post: "the board has named Ann Lee as interim CEO", "Ann Lee was appointed
# acting governor on Monday". Who a later "the interim chief" is.
_APPOINTING_WORDS = ("named", "appointed", "installed", "chose", "chosen", "picked", "tapped", "elected", "nominated")
_APPOINTED = re.compile(r"(?<![\w’'-])(?:" + "|".join(_APPOINTING_WORDS) + r")\s+")
_BE_BEFORE = re.compile(r"\b(?:was|has\s+been|had\s+been|is)\s+$")


def _appointments(text: str) -> list[re.Match[str]]:
    """Each appointing verb of the text, found by its letters first (a scan of the pattern at
    every word is slow)."""
    found = [m for word in _APPOINTING_WORDS for at in word_positions(text, word)
             if (m := _APPOINTED.match(text, at)) is not None]
    return sorted(found, key=lambda m: m.start())


_NAME_THEN_AS = re.compile(r"(?:[a-z][\w’'-]*\s+){0,4}?(?P<name>(?:[A-Z][a-z]{1,3}\.?\s+)?" + _NAME_WORD
                           + r"(?:\s+" + _NAME_WORD + r"){1,2})\s+as\s+")
_NAME_BEFORE_BE = re.compile(r"(?<![\w’'.-])(?P<name>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,2})\s+$")
_POST_GIVEN = re.compile(r"(?:as\s+)?(?:(?:its|the|their|a|an|new)\s+)?(?P<post>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
                         r"(?=[,;.]|\s+(?:on|with|in|after|from|until|for|at|by)\b)")


# A full name with an age in apposition ("…, Ato Gebru Hailu, 78 years, who …", "Ann Lee, 34, …"):
# a person, whatever the words around it.
# A lede that opens with its subject's name in capitals, as obituaries and profiles write it.
_CAPITALS_LEDE = re.compile(r"(?:^|\n)[ \t]*([A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){1,3}),[ \t]+[a-z]")
_AGE_IN_APPOSITION = re.compile(r",\s+(?:aged\s+)?\d{1,3}(?:\s+years?(?:\s+old)?|-year-old)?\s*[,.;]")
_NAME_BEFORE_AGE = re.compile(r"(?<![\w’'.-])((?:" + _NAME_WORD + r"[ \t]+){1,3}" + _NAME_WORD + r")$")
_IN_PLACE = re.compile(r"(?<![\w’'-])(?:in|at|near|outside|across)\s+$")
# A full name, then the post it holds in apposition: "Patricia Ngata, the credit union's
# chief executive, testified …", "Ann Lee, a spokeswoman for the ministry, said …".
# (translations leave the article out before a post of a body: "Choi Eun-young, city councilor of the …,")
_COMMA_BEFORE_POST = re.compile(r",\s+(?:the|an?)\s+|,\s+(?=(?:[a-z][\w’'-]*\s+){1,3}(?:of|for|at)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z])")
_AGE_BEFORE_COMMA = re.compile(r",\s+\d{1,3}$")
_ONE_LINE_GAP = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"  # (a name may wrap, never run over a blank line: a byline before it)
_NAME_BEFORE_COMMA = re.compile(r"(?<![\w’'.-])((?:" + _NAME_WORD + _ONE_LINE_GAP + r"){1,2}(?:[A-Z]\." + _ONE_LINE_GAP + r")?"
                                + _NAME_WORD + r")$")
_POST_AFTER_ARTICLE = re.compile(  # (the head is checked to be a role noun after matching)
    r"((?:[\w’'-]+\s+){0,4}?[\w’'-]+"
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:\s+\([A-Z]{2,}\))?)?)"
    r"(?=[,;.]|\s+who\b)"  # ("Ann Lee, the Acme founder who told investors …")
    # ("director general of the operator Meridian Grid Company (MGC),")
)


# Lower-case role modifiers (and a capital opening them) just before an introduced role.
_MODIFIERS_BEFORE = re.compile(
    r"(?<![\w’'-])(?:[A-Z][a-z]+\s+)?(?:(?:" + _trie_pattern(ROLE_MODIFIERS) + r")\s+){1,3}$"
)


_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|him)\b|\b(?:His|Her)\s+\w+(?:\s+(?:was|is)\s+[a-z]+)?:"
                               r"|\b(?:His|Her)(?:[ \t]+[a-z]+){2,7}:"
                               r"|\b[Aa]ccording[ \t]+to[ \t]+her\b")  # ("According to him …", "… to her")
# "Then there's Axelrod." brings a person into the story as much as a subject does.
# Someone spoken to, not speaking: "Lee was asked a straightforward question." (then "“…,” the
# moderator said" is another person)
_ADDRESSED = re.compile(r"\b(?:was|were|been|being)[ \t]+(?:asked|told|questioned|pressed|interviewed)\b")
# A question that names who the next sentences are about: "And Lee herself?", "What about Ann Lee?"
_TOPIC_ASKED = re.compile(r"\s*(?:And|But|What[ \t]+about|As[ \t]+for)[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})"
                          r"(?:[ \t]+(?:herself|himself))?[ \t]*\?")
_THERE_IS = re.compile(r"\s*(?:(?:Then|And|But|Now|Also)\s+)?[Tt]here(?:[’']s|\s+is|\s+was)\s+"
                       r"((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+)\s*[.!]")
# One or two capitalised words (and an initial) just before a surname: "Ruth Bader …".
_NAME_BEFORE = re.compile(r"(?<![\w’'.-])((?:" + _NAME_WORD + r"\s+){1,2}(?:[A-Z]\.\s+)?)"
                          r"(?:[“\"‘][A-Z][\w’' -]{0,29}[”\"’] +)?$")  # (a nickname: Daniel “Danny Boy” Mensah)
_NOT_FIRST_NAMES = CLAUSE_OPENERS | ROLE_NOUNS | TITLES | ROLE_MODIFIERS
_NOT_A_TITLE = _NOT_FIRST_NAMES - TITLES - _SINGULAR_ROLES  # ("Senators Ann Lee, the …": not one)
_FIRST_NAME_AND = re.compile(r"(?<![\w’'.-])(" + _NAME_WORD + r")\s+and\s+$")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?…][”\"’)]?\s+|\n\s*|[(“‘\"]\s*)$")


def _in_headline(text: str, at: int) -> bool:
    """Whether ``at`` lies in a line of mostly capitalised words ("Network Fires
    Schilling Over Post"), where capitals do not mark names."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    words = [w for w in text[start:end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _in_marks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands alone in quote marks: „Pro Rail Westland“
    names a body or a work, not a person."""
    return start > 0 and end < len(text) and text[start - 1] in _OPENING_MARKS and text[end] in _CLOSING_MARKS


_OPENING_MARKS = frozenset(DOUBLE_OPENERS + SINGLE_OPENERS + STRAIGHT + "'")
_CLOSING_MARKS = frozenset(DOUBLE_CLOSERS + SINGLE_CLOSERS + STRAIGHT + "'“")  # (“ closes German „…“)


_NEXT_CAPITALISED = re.compile(r" ([A-Z][a-z]+)\b")


def _names_a_body(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` goes on into a body's: "Brennan Hale Associates"."""
    m = _NEXT_CAPITALISED.match(text, end)
    return m is not None and m.group(1).lower() in BODY_WORDS


# A second surname after the first: "Marta Olmo Serrat".
_SECOND_SURNAME = re.compile(r"[ \t]+([A-Z][a-zà-ÿ’'-]+)(?![\w’'-])")


def _first_names(text: str, surnames: Iterable[str]) -> list[tuple[int, SpeakerRef]]:
    """Full names the article gives people it otherwise calls by surname, with
    where each is given.

    "… met her counterpart Paul Girard. Girard said …": the name stands
    without a role, so ``_introductions`` misses it. "Walter Voss … his
    granddaughter, Mia Voss": both are returned, and a later "Voss" is whichever
    of them the story spoke of last.
    """
    out: list[tuple[int, SpeakerRef]] = []
    for surname in sorted(set(surnames)):
        names: dict[str, int] = {}
        inside: set[str] = set()  # names also seen inside a sentence
        at = text.find(surname)
        while at >= 0:
            end = at + len(surname)
            whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not (text[end].isalnum()
                                                                                          or text[end] == "-"))
            m = _NAME_BEFORE.search(text, max(0, at - 60), at) if whole else None
            if m is not None and not _in_headline(text, at) and not _names_a_body(text, end):
                # (not across a paragraph break: "By Ann Oster\n\nRui Lee" is two names)
                words = m.group(1).rpartition("\n\n")[2].split() + [surname]
                # "News As Sanders", "Response To Trump": the name starts after the last word that cannot be in it
                cut = max((i + 1 for i, w in enumerate(words[:-1])
                           if w.lower() in _NOT_FIRST_NAMES or NATIONALITY.match(w)), default=0)
                words = words[cut:]
                if len(words) == 3 and _AFTER_PREPOSITION.search(text, max(0, m.start(1) - 6), m.start(1)) \
                        and words[0].lower() not in GIVEN_NAME_GENDER \
                        and (text.count(words[0]) > text.count(" ".join(words)) or words[0].lower() in PORTFOLIOS):
                    # "the Foreign Ministry of Russia Gennady Orlov": a place the story names on
                    # its own too, then the name ("a friend of Sant Singh Chatwal" keeps its three); or
                    # a portfolio: "Commissioner for Children Aoife Brennan"
                    words = words[1:]
                second = _SECOND_SURNAME.match(text, end)
                if second is not None and len(words) == 2 and not _is_date_word(second.group(1)) \
                        and (ref := parse_mention(f"{' '.join(words)} {second.group(1)}")) is not None \
                        and ref.kind == "person" and ref.name == f"{' '.join(words)} {second.group(1)}":
                    words.append(second.group(1))  # "Marta Olmo Serrat … Olmo said": her two surnames
                if len(words) > 1 and not _in_marks(text, text.rfind(words[0], 0, at), end):
                    name = " ".join(words)
                    names.setdefault(name, at)
                    if not _OPENS_SENTENCE.search(text, max(0, at - len(name) - 3), at - len(name) + len(surname)):
                        inside.add(name)
                    pair = _FIRST_NAME_AND.search(text, max(0, m.start(1) - 30), m.start(1)) if len(words) == 2 else None
                    if pair and pair.group(1).lower() not in _NOT_FIRST_NAMES and text.count(pair.group(1)) == 1 \
                            and not text[max(0, pair.start(1) - 2):pair.start(1)].rstrip()[-1:].isalpha():
                        # "the parents, Khizr and Ghazala Khan": two people ("Trump and Ted Cruz",
                        # "Vicente Fox and Felipe Calderón": a name of its own, named elsewhere or
                        # after another word)
                        names.setdefault(pair.group(1) + " " + surname, at)
                        inside.add(pair.group(1) + " " + surname)
            at = text.find(surname, end)
        if len(names) > 1:
            # "Real Donald Trump" (a handle) beside "Donald Trump": a longer run ending in
            # another of the names is not a name of its own; nor is "Absent Sanders'" after
            # "Bernie Sanders", a later one only ever opening a sentence, where any word is
            # capitalised
            first = min(names.values())
            names = {n: p for n, p in names.items() if (n in inside or p == first)
                     and not any(n != o and n.endswith(" " + o) for o in names)}
        if not names:
            names = _surname_after(text, surname)  # a first name: "Zofia Kowalczyk … Zofia says"
        by_first: dict[str, list[str]] = {}
        for name in names:
            by_first.setdefault(name.split()[0], []).append(name)
        for same_first in by_first.values():
            name = max(same_first, key=len)  # with the middle initial, where it is given
            ref = parse_mention(name)
            if ref is not None and ref.kind == "person" and ref.name is not None and (
                    ref.name == name or (ref.role is not None and name == f"{ref.role} {ref.name}")):  # ("Evacuee Ann Lee")
                out.append((min(names[n] for n in same_first), ref))
    return out


_AFTER_PREPOSITION = re.compile(r"(?<![\w’'-])(?:of|in|from|for|at|to)\s+$")
_AFTER_ARTICLE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?)\s+$")
_SURNAME_NEXT = re.compile(r"\s+(" + _NAME_WORD + r")(?![\w’'-]|\s+[A-Z])")


def _surname_after(text: str, first: str) -> dict[str, int]:
    """The full name ``first`` opens where the story first uses it ("Zofia Kowalczyk, 27 …
    Zofia says"), with where it is given; none when the story gives two ("Tomasz Kowalczyk"
    and "Tomasz Nowak"), uses the word alone first ("Trump … the Trump Train"), or the word
    after it names a body or a place ("Trump Tower")."""
    found: dict[str, int] = {}
    seen = False
    at = text.find(first)
    while at >= 0:
        end = at + len(first)
        whole = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "’'.-")) \
            and (end == len(text) or not (text[end].isalnum() or text[end] in "’'-"))
        if whole and not _in_headline(text, at):
            m = _SURNAME_NEXT.match(text, end)
            last = m.group(1) if m else None
            if last is not None and last.lower() not in _NOT_FIRST_NAMES and last.lower() not in BODY_WORDS \
                    and not _AFTER_ARTICLE.search(text, max(0, at - 5), at):  # "the Trump Train"
                if not seen:
                    found.setdefault(f"{first} {last}", at)
                elif f"{first} {last}" not in found:
                    return {}
            seen = True
        at = text.find(first, end)
    return found


_FUNCTION_WORDS = frozenset("""a an the to of in on at by for with from as and but or so if
is was are were be been being am do does did have has had will would shall should can could may might must
i we you he she it they me us him her them my our your his its their this that these those there here
not""".split())


def _content_stems(words: list[str]) -> set[str]:
    """A quotation's words that carry its sense, stemmed: what a reworded headline keeps
    ("changes" of "changed", "escape" of "escaping")."""
    return {stem(w) for w in words if w not in _FUNCTION_WORDS}


def _deck_end(text: str, headline_end: int) -> int:
    """Where the short line under the headline ends (the deck: "Prosecutor asks eight years –
    his wife in tears: «…»"), or the headline's end when the story starts right after it (a
    line ending in a full stop is the story's first paragraph)."""
    start = headline_end + 1 + len(text[headline_end + 1:]) - len(text[headline_end + 1:].lstrip())
    end = text.find("\n", start)
    return end if headline_end >= 0 and 0 <= end - start <= 200 and not text[start:end].rstrip().endswith(".") \
        else headline_end


def plain_words(s: str) -> list[str]:
    """The words of ``s`` in lower case, apostrophes made one: how quoted words are compared."""
    return re.findall(r"\w+", s.lower().replace("’", "'"))


_AUXILIARIES = frozenset("has have had is was were are be been will would shall should can could may might also not never".split())
# An indefinite subject of any noun, before "who": "A money lender in the area who …"
_SOMEONE_WHO = re.compile(r"\s*((?:An?|One)\s+(?:[a-z-]+\s+){0,2}[a-z-]+"
                          r"(?:\s+(?:in|from|at|near|of)\s+(?:the|an?)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)?),?(?=\s+who\s)")
_RELATIVE_CLAUSE = re.compile(r",?\s+(?:who|that)\s+[^,;:.!?]{0,80},?\s*$")


_OF_PHRASE = re.compile(r"\s+of\s+[^,;:.!?]{1,60}?(?=,?\s+(?:who|that)\s)")


# A sentence about a crowd no one names: "On Saturday, thousands gathered …", "Protesters
# marched …" (whose "they chanted “…”" is nobody's words in particular).
_CROWD_SUBJECT = re.compile(r"\s*(?:(?:On|In|At|By|Later|Earlier|Outside)\b[^,.;:]{0,30},\s+)?(?:[Tt]he\s+)?"
                            r"(?:[Tt]housands|[Hh]undreds|[Dd]ozens|[Ss]cores|[Cc]rowds?|[Pp]rotesters|[Dd]emonstrators|"
                            r"[Mm]ourners|[Mm]archers|[Oo]nlookers|[Ss]upporters|[Ff]ans)\b(?:\s+of\s+[a-z]+)?\s+[a-z]+")


def _subject_before_clause(masked: str, start: int, cue_start: int) -> tuple[int, int] | None:
    """The subject of a cue verb that a relative clause keeps from it: "A Marlow County
    resident who declined to give her name told reporters …"."""
    if " who " not in masked[start:cue_start] and " that " not in masked[start:cue_start]:
        return None  # (the usual case, found cheaply)
    toks = _tokens(masked, start, cue_start)
    span = _subject_span(toks) if toks else None
    someone = _SOMEONE_WHO.match(masked, start, cue_start)
    if someone is not None and (span is None or span[1] < someone.end(1) or span[0] > someone.start(1)):
        # (or all of "One of the engineers at the dam, who …", not its "of" phrase)
        span = someone.span(1)  # "A money lender in the area who …": any noun, once it is someone's
    if span is not None:
        of = _OF_PHRASE.match(masked, span[1], cue_start)
        if of is not None:
            span = (span[0], of.end())  # "The driver of truck Elşən Əliyev, who carries fruits …, called"
    clause = _RELATIVE_CLAUSE.fullmatch(masked, span[1], cue_start) if span is not None else None
    if clause is None:
        return None
    # the clause has a verb of its own, or the cue is its verb ("Lee, who has called it a hoax")
    words = [w for w in re.findall(r"[a-z’'-]+", clause.group(0).lower())[1:] if w not in _AUXILIARIES]
    return span if len(words) >= 2 else None


# A document named as the speaker ("“…,” the statement said") and the words that issued it
# ("Ann Lee released a statement"); the documents are cues.DOCUMENT_NOUNS.
_ISSUED = re.compile(r"(?i)\bthe\s+" + _DOCUMENTS + r"\s+(?:also\s+|further\s+)?$")
_ISSUING = re.compile(r"(?i)\b(?:(?:issued|released|put\s+out|sent|published|posted|gave|shared|spread|circulated|made(?:\s+public)?)\s+(?:a|an)"
                      r"|in\s+(?:a|an|the|its|his|her|their))\s+(?:[\w-]+\s+){0,3}?" + _DOCUMENTS + r"\b")
# A sentence opening on the document the sentence before gave out: "Therein it says:".
_IN_IT_SAYS = re.compile(r"\s*" + _THEREIN_IT + r"[ \t]+(?:says|said|reads|read|states|stated)")
# A document no one is named to have sent: "it is stated in a press release" (not "… of the ministry").
_IT_IS = re.compile(r"\b[Ii]t\s+(?:is|was|has\s+been)\s+$")
# A body's document after "it said" or "it is said": "…, it said in a communication of the foundation".
_DOCUMENT_OF = r"in\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENTS \
    + r"\s+(?:of|from|by)\s+(?P<body>(?:the\s+)?(?:[\w’'&-]+\s+){0,4}?[\w’'&-]+)"
_IN_A_DOCUMENT_OF = re.compile(r"(?i)\s+" + _DOCUMENT_OF + r"(?=\s*[.,;:!?]|\s*$|\s+(?:from|on|of)\s+(?:last\s+)?(?:"
                               + "|".join(sorted(WEEKDAYS)) + r"|yesterday)\b)")  # (and when: "… of the board from Monday")
_IN_A_DOCUMENT_OF_IT = re.compile(r"(?i)\s*" + _DOCUMENT_OF + r"\s*$")  # (before its "it": "In a letter of X it says")
# A body after "it was said" (German "hieß es von der Polizei", translated): "…, it was said from the police".
_IT_IS_FROM = re.compile(r"(?i)\s+from\s+(?P<body>(?:the\s+)?(?:[\w’'&-]+\s+){0,4}?[\w’'&-]+)(?=\s*[.,;:!?]|\s*$)")
# The body a sentence opens on before "it was said" or "one said": "From the ministry, which paid
# half, it was said: „…“", "At Tarn Hall, the residence of the premier, one assured that «…»".
_FROM_BODY_IT = re.compile(r"\s*(?P<prep>From|At|In)\s+(?P<body>(?:the\s+)?(?:[\w’'&-]+\s+){0,4}?[\w’'&-]+)\s*(?:,[^,\n]{1,80},\s*)?"
                           r"(?:(?P<it>it\s+(?:is|was|has\s+been)|one)\s+)?")
# Who said it, in brackets after the words, as Japanese papers sign a quotation: "「…」 (Solberg-shi,
# chief of forecast)".
_SIGNED_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*(?P<np>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})[ \t]*(?P<post>,[^()\n]{1,60})?\)")
# Czech "stojí v prohlášení společnosti", translated: "„…“, stands in the statement of the company".
_STANDS_IN_DOCUMENT = re.compile(r"[ \t]*,?[ \t]+(?:it[ \t]+)?(?:stands|stood|is[ \t]+written|was[ \t]+written|reads)[ \t]+in[ \t]+"
                                 r"(?:a|an|the|its)[ \t]+(?:[\w-]+[ \t]+){0,2}?" + _DOCUMENTS + r"[ \t]+(?:of|from|by)[ \t]+"
                                 r"(?P<np>(?:the[ \t]+)?(?:[\w’'&-]+[ \t]+){0,4}?[\w’'&-]+)(?=[ \t]*(?:[.,;]|$))")
# "The Federation, which …, according to its own statement «…»": the sentence's subject wrote it.
_TO_OWN_DOCUMENT = re.compile(r"(?i)(?:\s+to)?\s+(?:its|his|her|their|a|an)\s+(?:own\s+)?(?:[\w-]+\s+)?" + _DOCUMENTS + r"\b(?!\s+(?:of|from|by)\b)")
# A sentence that opens on whose document it quotes, as Turkish is translated: "In the written
# statement made by the network, “…” expression was used".
_IN_DOCUMENT_BY = re.compile(r"\s*(?:In|From)[ \t]+(?:a|an|the|its)[ \t]+(?:[\w-]+[ \t]+){0,2}?" + _DOCUMENTS
                             + r"[ \t]+(?:(?:issued|made|released|published|sent|put[ \t]+out|shared)[ \t]+)?by[ \t]+"
                             r"(?P<np>(?:the[ \t]+)?(?:[\w’'&-]+[ \t]+){0,4}?[\w’'&-]+)[ \t]*,[ \t]*$")
# A blog's colon intro: "Here's Clinton in December 1992: “…”" (not "Here's what …"), in the
# words' sentence or ending the paragraph before them ("BREAKING: Here is the EFF statement in full:").
_HERE_IS = re.compile(r"\s*(?:[A-Z]{3,}:[ \t]+)?Here(?:’s|'s|[ \t]+is)[ \t]+(?:the[ \t]+)?(?!(?:What|How|Why|When|Where|The|This|That|A|An)\b)"
                      r"(?P<np>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})(?:[ \t]+[^.:\n]{0,60})?:\s*$")
# The words, then the paper's piece that prints them: "“…” reads a Wednesday editorial in The Ledger."
_OPINION_READS = re.compile(r"[ \t]*,?[ \t]+(?:reads|read|says|said)[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
                            r"(?:editorial|column|op-ed|leader)[ \t]+(?:in|of|from|by)[ \t]+" + _NP_AFTER
                            + r"(?=[ \t]*(?:[,.;]|$))")
# The words, then whose they were in the next sentence: "“…” That quote from Ann Lee appeared …".
_THAT_QUOTE_FROM = re.compile(r"[ \t]*(?:That|The|This)[ \t]+(?:quote|line|remark|comment|quip)[ \t]+(?:from|by)[ \t]+"
                              r"(?P<np>(?:[A-Z][\w’'.-]*[ \t]+){0,5}[A-Z][\w’'.-]*)")
_IN_A_DOCUMENT = re.compile(r"(?i)\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENTS + r"\b(?!\s+(?:of|from|by)\b)")


# Someone giving out a document: "read a statement", "issued a short statement".
_GIVES_DOCUMENT = r"(?i)\b(?:read(?:\s+out)?|issued|released|delivered|gave|published|posted|put\s+out|sent\s+out)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENTS
_GIVES_DOCUMENT_RE = re.compile(_GIVES_DOCUMENT)
# A document someone gives out for another: "her lawyer read a statement on her behalf",
# "… issued a statement on behalf of the Lee family".
_ON_BEHALF = re.compile(_GIVES_DOCUMENT + r"\s+on\s+(?:(?P<who>his|her|their)\s+behalf|behalf\s+of\s+"
                        r"(?P<who2>(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[\w’'-]+))")
# A sentence about someone's document, before "It read:": "The board's two-paragraph press note was issued …".
_OWNED_DOCUMENT = re.compile(r"\s*(?P<np>(?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)[’']s\s+(?:[\w-]+\s+){0,3}?"
                             + _DOCUMENTS + r"\b")
# A paragraph ending "… read a statement on behalf of the families." gives the words that follow.
_STATEMENT_GIVEN = re.compile(_GIVES_DOCUMENT + r"\b(?:[^.:;!?]|\.(?=\d)){0,80}\.\s*$")  # (a time in it: "at 2.10pm")


def _on_whose_behalf(text: str, masked: str, sentences: list[_Sentence], k: int, behalf: re.Match[str]) -> str | None:
    """Whose document sentence ``k`` gives out for them (``behalf`` matched it there):
    "on behalf of the Lee family"; for "on her behalf", the person the sentence before
    is about ("Ann Lee left by a side door. Later her lawyer read a statement on her behalf")."""
    if behalf.group("who2"):
        ref = parse_mention(behalf.group("who2"))
        return behalf.group("who2") if ref is not None and ref.kind in {"person", "org"} else None
    return next((found for j in (k - 1, k - 2) if j >= 0 and masked.count("\n\n", sentences[j].end, sentences[k].start) <= 1
                 and (found := _subject_person(text, masked, sentences[j], sentences[j].end))), None)


def _statement_before(text: str, masked: str, sentences: list[_Sentence], q_open: int,
                      sentence_of: Callable[[int], int]) -> str | None:
    """Who gave the statement a paragraph of quotation opens, when the paragraph before
    ends by saying so: "Outside, his widow, Ann Lee, read a statement. / “We are …”"."""
    line = masked.rfind("\n", 0, q_open) + 1
    before = masked[:line].rstrip()
    if masked[line:q_open].strip() or not before:
        return None
    si = sentence_of(len(before) - 1)
    sent, end = sentences[si], len(before)
    if before.endswith(":") and si > 0 and len(masked[sent.start:end].split()) <= 4 \
            and "\n" not in masked[sentences[si - 1].end:sent.start]:
        si -= 1
        sent = sentences[si]  # "Lee read a statement. The key lines: / “…”"
        end = len(masked[:sent.end].rstrip())
    elif si > 0 and re.match(r"\s*It\b", masked[sent.start:end]) and len(masked[sent.start:end].split()) <= 8 \
            and "\n" not in masked[sentences[si - 1].end:sent.start]:
        si -= 1  # a note on the text after it: "The firm published this statement. It has not been updated since."
        sent = sentences[si]
        end = len(masked[:sent.end].rstrip())
    given = _STATEMENT_GIVEN.search(masked, sent.start, end)
    if given is None:
        here = _HERE_IS.match(masked, sent.start, end)  # "Here is the EFF statement in full:"
        return text[here.start("np"):here.end("np")] if here is not None else None
    behalf = _ON_BEHALF.search(masked, given.start(), end)
    if behalf is not None:
        return _on_whose_behalf(text, masked, sentences, si, behalf)
    return _subject_phrase(text, masked, sent.start, given.start())


# A spokesperson's word anywhere: "the spokeswoman" names one the story introduced, if it did.
_SPOKES_WORD = re.compile(r"(?i)\b(?:" + "|".join(sorted(SPOKES_WORDS)) + r")\b")
# Whose side a sentence speaks from, as French "du côté de" is translated: "On the side of the ministry, one contests …".
_ON_THE_SIDE_OF = re.compile(r"\s*(?:On|From)[ \t]+the[ \t]+side[ \t]+of[ \t]+(the[ \t]+[\w’' -]+?|[A-Z][\w’' -]+?)[ \t]*,")


# A headline's name with its Japanese honorific (and the post before it), right before the words: "…,
# researcher Hamada-shi 「…」".
_HONOURED_THEN_QUOTE = re.compile(r"((?:[a-z][\w-]+[ \t]+)?(?:[A-Z][\w’'-]+[ \t]+)?[A-Z][\w’'.-]*[\w’'-])[ \t]*[「“\"«„]?$")


def _honoured_in_headline(text: str, q_open: int) -> str | None:
    """Who a headline quotes, Japanese style, with no verb: the name and honorific just
    before the quotation ("Osaka-born chef Morimoto Kenji-shi 「…」")."""
    if q_open > 400 or "\n" in text[:q_open].lstrip("\n"):
        return None  # (the first line only)
    named = _HONOURED_THEN_QUOTE.search(text, max(0, q_open - 60), q_open)
    if named is None or NAME_WITH_HONORIFIC.search(named.group(1)) is None:
        return None
    surname = NAME_WITH_HONORIFIC.search(named.group(1)).group().split("-")[0]  # type: ignore[union-attr]
    if " " not in named.group(1).strip().split(" ", 1)[-1] and named.group(1).split()[-1].startswith(surname):
        # the surname alone: the name in full, as the story goes on to give it ("Tanabe Yuki-shi")
        fuller = re.search(rf"\b{re.escape(surname)}[ \t]+[A-Z][\w’'-]*-(?:shi|san)\b", text[q_open:])
        if fuller is not None:
            return fuller.group()
    return named.group(1)


def _honoured_before(text: str, masked: str, start: int, q_open: int) -> str | None:
    """Who a Japanese sentence quotes, its verb after the words: the name and honorific just
    before them, or before where and when they were said ("Chief Executive Aaltonen Henrik-shi
    「…」 and is criticising", "Morimoto-shi, on the 4th, in an interview to this newspaper, 「…」
    he stated"). Only the quotation's own sentence, and no other name between."""
    if q_open - start < 4 or ("-" not in masked[max(start, q_open - 160):q_open]
                              and JAPANESE_POST.search(masked, max(start, q_open - 160), q_open) is None):
        return None  # (the cheap test first)
    named = _HONOURED_THEN_WHEN.search(masked, max(start, q_open - 160), q_open)
    if named is None or (NAME_WITH_HONORIFIC.fullmatch(named.group("name").split()[-1]) is None
                         and JAPANESE_POST.fullmatch(named.group("name").split()[-1]) is None):
        return None
    before = masked[max(start, named.start() - 20):named.start()].split()
    if before and (before[-1].lower() in CUE_VERBS | NAMING_PARTICIPLES | {"that", "called", "named", "as"}):
        return None  # whom the words are about: "Lee-shi said that Aiko-chan 「…」", "called Lee-san 「spy」"
    gap = re.findall(r"[a-z’']+", masked[named.end("name"):q_open])
    if any(w in _NOT_IN_HONOURED_GAP for w in gap) or any(w in CUE_VERBS for w in gap[:-1]):
        return None  # another clause between: "the remark of Lee-shi, and answered strongly 「…」", "…, she said it is 「…」"
    words = text[named.start("name"):named.end("name")].split()
    if len(words) == 2 and (words[0].lower() in CLAUSE_OPENERS | _CONNECTIVES or _is_ly_adverb(words[0].lower())):
        words = words[1:]  # (not a given name: "Furthermore Morikawa-shi 「…」")
    return " ".join(words)


# A body or a post as the topic of a Japanese sentence, its marker translated "is", right before the words:
# "The company is 「…」 that it explains" (the words are the company's, whatever pronoun follows).
_TOPIC_IS = re.compile(r"(?:^|(?<=[,.\n]))[ \t]*(?P<np>[Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)[ \t]+is,?[ \t]*$")


def _topic_before(text: str, masked: str, start: int, q_open: int) -> str | None:
    """Who a Japanese sentence quotes when its topic is a body or a post in lower case, right
    before the words ("The company is 「…」 that it explains"); only before a Japanese mark."""
    if text[q_open:q_open + 1] != "「":
        return None
    topic = _TOPIC_IS.search(masked, start, q_open)
    head = topic.group("np").split()[-1].lower() if topic is not None else ""
    return text[topic.start("np"):topic.end("np")] if topic is not None and (
        head in ROLE_NOUNS or head in ORG_NOUNS or head in BODY_KINDS) else None  # (not "the cause is 「…」")


_NOT_IN_HONOURED_GAP = frozenset({"and", "but", "or", "he", "she", "they", "it", "we", "i", "that", "who", "which"})
_CONNECTIVES = frozenset({"furthermore", "moreover", "meanwhile", "however", "also", "then", "still", "besides", "additionally"})


# A name and honorific, then where and when in lower case, then the words: "Morimoto Kenji-shi, on the
# 4th, in an interview to this newspaper, 「"; "Tanabe-shi (54), in an interview with this paper said 「"; the
# topic marker translated: "Sato Ren-shi is 「"; the day with no comma, "Lee-daijin on 10th, 「"; the post
# written apart, "Ren Sato hakase is 「".
_HONOURED_THEN_WHEN = re.compile(r"(?<![\w’'-])(?P<name>(?:[A-Z][\w’'-]+[ \t]+)?(?:" + NAME_WITH_HONORIFIC.pattern
                                 + r"|[A-Z][\w’'-]+[ \t]+(?:" + JAPANESE_POST.pattern + r")))"
                                 r"(?:[ \t]*\(\d{1,3}\))?(?:[ \t]*,[ \t]*[a-z0-9][a-z0-9’' \t-]{0,50}|[ \t]+on[ \t]+(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th))*"
                                 r"(?:[ \t]+is)?[ \t]*,?[ \t]*$")


# A side in court and who conducts it: "The defence, assured by Me Ann Lee, …" (French "assurée par").
_SIDES_IN_COURT = frozenset({"the defence", "the defense", "the prosecution"})
_SIDE_LED_BY = re.compile(r"[ \t]*,[ \t]+(?:assured|led|conducted|handled|represented)[ \t]+by[ \t]+"
                          r"(?P<np>(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w’'-]+)[ \t]*,")


def _giver_around(masked: str, sentences: list[_Sentence], si: int) -> tuple[int, int] | None:
    """Who gave out the text sentence ``si`` quotes: the sentence before says so, or the one
    before a line that only announces the words ("Dr Lee has released a statement. Here is the
    key passage in full:")."""
    if si < 1:
        return None
    given = _giver_before(masked, sentences[si - 1], sentences[si].start)
    if given is None and si >= 2 and _ANNOUNCING.fullmatch(masked, sentences[si - 1].start, len(masked[:sentences[si - 1].end].rstrip())):
        given = _giver_before(masked, sentences[si - 2], sentences[si].start)
    return given


# A line that only announces the words after it: "Here is the key passage in full:", "It reads:".
_ANNOUNCING = re.compile(r"\s*(?:Here|This)[ \t]+is[ \t]+(?:the|a|an|its|his|her)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
                         r"(?:passage|text|part|extract|excerpt|statement|section|paragraph)(?:[ \t]+in[ \t]+full)?[ \t]*:\s*")


def _giver_before(masked: str, sent: _Sentence, then: int) -> tuple[int, int] | None:
    """Who gave out a document, where ``sent`` (just before ``then``, in the same or the
    paragraph before) ends by saying so: "Her lawyer, Ann Lee, issued a short statement." """
    end = len(masked[:sent.end].rstrip())
    given = _STATEMENT_GIVEN.search(masked, sent.start, end) if masked.count("\n\n", sent.end, then) <= 1 else None
    if given is None or _ON_BEHALF.search(masked, given.start(), end) is not None:
        return None
    toks = _tokens(masked, sent.start, given.start())
    return _subject_span(toks) if toks else None


def _subject_phrase(text: str, masked: str, start: int, end: int) -> str | None:
    """The noun phrase the words from ``start`` to ``end`` open with, as written: who
    issued or read out a document."""
    toks = _tokens(masked, start, end)
    span = _subject_span(toks) if toks else None
    return _clean_phrase(text, *span) if span is not None else None


def _credited_to(ev: Event, phrase: str, start: int, end: int) -> Event:
    """``ev`` with its speaker phrase taken for ``phrase``: in place of the words it named ("the
    statement said"), or at ``start``-``end`` when it named none ("it is stated in …")."""
    return replace(ev, phrase=phrase) if ev.phrase else replace(ev, phrase=phrase, phrase_start=start, phrase_end=end)


def _issuer(text: str, masked: str, sentences: list[_Sentence], si: int, noun: str | None,
            credited: Mapping[int, SpeakerRef] | None = None) -> SpeakerRef | None:
    """Who issued the document a quotation is credited to, from the sentences before, in the
    paragraph or the one before it: "Ann Lee released a comment through the company. “…,”
    the comment said." (``noun`` None: whichever document they issued, for an "It reads:")
    A sentence that names no subject before the document is the quotation's it credits
    (``credited``: sentence -> speaker): "«…», indicated the company in a communiqué. «…»,
    added the text." """
    for k in (si - 1, si - 2):
        if k < 0 or masked.count("\n\n", sentences[k].end, sentences[si].start) > 1:
            return None
        behalf = next((m for m in _ON_BEHALF.finditer(masked, sentences[k].start, sentences[k].end)
                       if noun is None or m.group(1).lower() == noun.lower()), None)
        if behalf is not None:  # "her lawyer read a statement on her behalf. “…,” the statement said": hers
            owner = _on_whose_behalf(text, masked, sentences, k, behalf)
            return parse_mention(owner) if owner is not None else None
        verb = next((m for m in _ISSUING.finditer(masked, sentences[k].start, sentences[k].end)
                     if noun is None or m.group(1).lower() == noun.lower()), None)
        if verb is None:
            continue
        phrase = _subject_phrase(text, masked, sentences[k].start, verb.start())
        if phrase is None:  # "The three governments have issued a joint statement."
            toks = _tokens(masked, sentences[k].start, verb.start())
            toks = toks[:-1] if toks and toks[-1][0] in {"has", "have", "had"} else toks
            phrase = text[toks[0][1]:toks[-1][2]] if 1 <= len(toks) <= 4 and all(t[0].isalpha() for t in toks) \
                and toks[0][0].lower() not in CLAUSE_OPENERS else None  # (not "On Tuesday he")
        ref = parse_mention(phrase) if phrase is not None else (credited or {}).get(k)
        return ref if ref is not None and ref.kind in {"person", "org"} else None
    return None


_THAT = re.compile(r"\s*(?:that\s+)?")


# Verbs of a deed, not of speech, that a story may still quote after: in "Lee says the firm
# ordered “180,000 litres”" the words are Lee's.
_DEEDS_REPORTED = frozenset({"ordered", "demanded", "requested", "wanted", "asked", "offered", "promised"})


def _reporter(masked: str, events: list[Event], by_sentence: dict[int, list[int]], ei: int) -> int | None:
    """The event whose speaker reports event ``ei`` ("The envoy noted that Washington
    had pledged …"): the story stays with the envoy, so a "she" after it is still hers."""
    ev = events[ei]
    if ev.phrase is None or ev.inverted:
        return None
    return next((k for k in by_sentence.get(ev.sentence, []) if k < ei and events[k].phrase is not None
                 and events[k].cue_end <= ev.phrase_start
                 and _THAT.fullmatch(masked, events[k].cue_end, ev.phrase_start)), None)


# A body's kind right after its name in marks, as Japanese writes names: "「Acme Running」 company's".
BODY_KIND_AFTER_NAME = re.compile(r"\W*?[ \t]*(?:company|firm|group|corporation|party|union|association|agency|society|"
                                  r"foundation|chain|club)(?:[’']s)?\b")


def _blank_title(text: str, masked: str, title: QuoteSpan) -> str:
    """``masked`` with a quoted title and its marks made one "_" word; a comma or
    full stop the marks enclose stays outside it ("author of “Small Wars,” said")."""
    a = title.open_at if title.open_at >= 0 else title.start
    b = title.close_at + 1 if title.close_at >= 0 else title.end
    a -= a > 0 and text[a - 1] == text[a] == "'"  # two apostrophes: ''Title''
    b += b < len(text) and text[b] == text[b - 1] == "'"
    words = text[title.start:title.end].split()
    if 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words) and (
            words[-1].lower() in ORG_NOUNS | COMPANY_WORDS or BODY_KIND_AFTER_NAME.match(text, b) is not None):
        # a body's name in marks, as Japanese writes it ("the organisation 「Meridian Coastal Union」's
        # head"): its words are read as a name, its marks not at all
        return masked[:a] + " " * (title.start - a) + text[title.start:title.end] + " " * (b - title.end) + masked[b:]
    kept = text[title.end - 1] if title.end > title.start and text[title.end - 1] in ",.;" else ""
    return masked[:a] + "_" * (b - a - len(kept)) + kept + masked[b:]


_NICKNAMED = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) +$")
_SURNAME_AFTER = re.compile(r" " + SURNAME_START)


def _blank_nickname(text: str, masked: str, title: QuoteSpan) -> str:
    """``masked`` with a nickname between a given name and a surname blanked out, so that the
    name reads as one: "Leonora “Nora” Santiago-Reyes" is Leonora Santiago-Reyes (the phrase
    read from the text drops the nickname too: ``_clean_phrase``)."""
    a = title.open_at if title.open_at >= 0 else title.start
    b = title.close_at + 1 if title.close_at >= 0 else title.end
    given = _NICKNAMED.search(masked, max(0, a - 40), a)
    if given is None or not _SURNAME_AFTER.match(masked, b) \
            or not _NICKNAME.fullmatch(text, title.start, title.end):
        return masked
    return masked[:a] + " " * (b - a) + masked[b:]


_WORD_CHAR = re.compile(r"[^\W_]")
# A live page's line over what someone gave out: who (and their post), a dash, where or what
# and the date: "Ann Lee, chair of the NGA — on X, Tuesday 11 March", "Northmoor Gaming Board —
# statement, 11 March".
_SOURCE_LABEL = re.compile(
    r"(?P<who>[A-Z][^,\n—–]{1,60}?)(?:,[^\n—–]{1,80})?[ \t]+[—–][ \t]+[^\n,—–]{1,40},[ \t]+"
    r"(?:" + WEEKDAY_NAME + r",?[ \t]+)?(?:\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?[ \t]*"
    # or with commas only, what was issued or where it was posted, then when: "Ministry of Energy,
    # statement, Monday 12:15", "Ann Lee, mayor of Dunmore, on her Facebook page, Monday 19:02"
    r"|(?P<issuer>[A-Z][^,\n—–]{1,60}?)(?:,[ \t]+[^\n,—–]{1,60})?,[ \t]+(?:(?:[a-z]+[ \t]+)?(?:statement|release|communiqué)"
    r"|on[ \t]+[^\n,—–]{1,40}),[ \t]+(?:" + WEEKDAY_NAME + r",?[ \t]+)?(?:\d{1,2}[:.]\d{2}|\d{1,2}[ \t]+[A-Z][a-z]+)[ \t]*")


def _introduced_before(text: str, masked: str, sentences: list[_Sentence], sentence_of: Callable[[int], int],
                       spans: list[QuoteSpan], qi: int) -> SpeakerRef | None:
    """The one person the paragraph before a quotation is about, when the quotation opens its
    paragraph and the paragraph before quotes no one: a feature introduces whom it quotes
    ("Ann Lee has not worn her uniform since. …" then "«When the bang came, …»")."""
    q = spans[qi]
    opens = q.open_at if q.open_at >= 0 else q.start
    para = text.rfind("\n", 0, opens) + 1
    if para == 0 or text[para:opens].strip(" \t—–-"):
        return None
    para_end = text.find("\n", q.end)
    para_end = len(text) if para_end < 0 else para_end
    # (the cheap tests first: only words in marks in the paragraph, more than a heading's)
    inside = [s for s in spans[qi:] if s.end <= para_end]
    if _WORD_CHAR.search(masked, para, para_end) or sum(len(text[s.start:s.end].split()) for s in inside) < 6:
        return None
    prev_end = para - 1
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    prev_start = text.rfind("\n", 0, prev_end) + 1
    if prev_start == 0 or any(len(text[s.start:s.end].split()) > 2 for s in spans[:qi]
                              if prev_start <= s.start < prev_end):
        return None  # (not the headline; not after someone's words)
    label = _SOURCE_LABEL.fullmatch(text, prev_start, prev_end)
    labelled = parse_mention(label.group("who") or label.group("issuer")) if label is not None else None
    if labelled is not None and labelled.kind in {"person", "org"} and labelled.name:
        return labelled  # (a body too: "Northmoor Gaming Board — statement, Tuesday 11 March")
    found: dict[str, SpeakerRef] = {}
    last = None
    for si in range(sentence_of(prev_start), sentence_of(prev_end - 1) + 1):
        sent = sentences[si]
        subject = _subject_person(text, masked, sent, sent.end) if sent.start >= prev_start else None
        ref = parse_mention(subject) if subject else None
        last = ref if si == sentence_of(prev_end - 1) else last
        if ref is not None and ref.kind == "person" and ref.name:
            held = found.setdefault(ref.name.split()[-1], ref)
            if held.name != ref.name and " " in (held.name or "") and " " in ref.name:
                found[ref.name] = ref  # two of one family: "Oskar Lindqvist, 71, … His daughter, Elin Lindqvist, …"
    if len(found) == 2 and last is not None and last.kind == "person" and last.name in {r.name for r in found.values()} \
            and len({r.name.split()[-1] for r in found.values() if r.name}) == 1:
        return last  # (the one the paragraph turns to last: the daughter, who speaks)
    return next(iter(found.values())) if len(found) == 1 else None


# A paragraph opening with a word in capitals before a capitalised one: "AMINA Waweru was dozing".
_DROP_CAP = re.compile(r"^([A-Z]{2,})(?=[ \t]+[A-Z][a-z])", re.MULTILINE)


def _undrop_caps(text: str, spans: list[QuoteSpan]) -> str:
    """A tabloid sets a story's first word in capitals ("AMINA Waweru was dozing in seat
    14"): a given name so set is written as one, for the rules to know her. (The text keeps
    its length, so every offset still holds; an acronym, "NATO Secretary-General", stays.)"""
    for m in _DROP_CAP.finditer(text):
        if m.group(1).lower() in GIVEN_NAME_GENDER and not any(q.start <= m.start() < q.end for q in spans):
            text = text[:m.start()] + m.group(1).title() + text[m.end():]
    return text


def attribute(text: str, spans: list[QuoteSpan], learn: list[SpeakerRef] | None = None,
              hidden: Iterable[QuoteSpan] = (), known: Mapping[int, str | None] | None = None) -> list[Quotation]:
    """Quotations of one article with speakers resolved inside the article.

    ``learn`` optionally adds names known from elsewhere (a trained
    pipeline's PERSON entities) to the article's list of people. ``hidden``
    are quoted titles: no quotations, but their words are nobody's speech
    ("the book «Small states»": "states" is no cue). ``known`` gives the speaker of spans
    whose speaker is not for the rules to find (an embedded post's author, a transcript
    turn's): a "she said" after them may point at them.
    """
    if not spans:
        return []
    text = _undrop_caps(text, spans)
    masked = blanked(_BLESSING, blanked(_TIMESTAMP, mask_quotes(text, spans)))
    if "quote" in masked:  # (the cheap test first)
        masked = blanked(_SPOKEN_MARKS, masked)
    for title in hidden:
        masked = _blank_nickname(text, _blank_title(text, masked, title), title)
    sentences = _sentences(masked, _breaks_after_quotes(text, masked, spans))
    starts = [s.start for s in sentences]
    events = find_events(text, masked, sentences)
    by_sentence: dict[int, list[int]] = {}
    for ei, ev in enumerate(events):
        by_sentence.setdefault(ev.sentence, []).append(ei)
    cue_starts = [ev.cue_start for ev in events]  # events come in text order

    def sentence_of(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    people = ArticleSpeakers(text, [(q.start, q.end) for q in spans])
    openings = _role_of_openings(masked, sentences)
    opening_at = {ref_end: (pos, ref) for pos, ref, ref_end in openings}
    refs: dict[int, SpeakerRef | None] = {}
    credited: dict[int, SpeakerRef] = {}  # sentence -> the speaker its last quotation is credited to
    for ei, ev in enumerate(events):
        ref = parse_mention(ev.phrase) if ev.phrase else None
        if ev.phrase and ev.phrase_end in opening_at and opening_at[ev.phrase_end][0] <= ev.phrase_start:
            ref = opening_at[ev.phrase_end][1]  # "The spokesman of the Air Force Ivo Kask said": all of it
        document = _ISSUED.search(masked, sentences[ev.sentence].start, ev.cue_start) if ev.phrase is None \
            else _ISSUED.fullmatch(ev.phrase + " ") if ev.inverted else None
        if ev.phrase is not None and not ev.inverted \
                and _IN_IT_SAYS.fullmatch(masked, sentences[ev.sentence].start, ev.cue_end) is not None:
            # "Therein it says: „…“" (German "darin heißt es"): the words of the document the
            # sentence before gave out, and no one called Therein
            ref = _issuer(text, masked, sentences, ev.sentence, None, credited)
            events[ei] = replace(ev, phrase=ref.text if ref is not None else None)
        elif document is not None:
            # "“…,” the statement said.", "“…,” writes the statement."
            # ("The text says:" is whichever document the sentence before issued)
            issuer = _issuer(text, masked, sentences, ev.sentence, None if document.group(1).lower() == "text" else document.group(1),
                             credited)
            if issuer is not None:
                ref = issuer
                events[ei] = _credited_to(ev, issuer.text, document.start(),
                                          document.start() + len(document.group(0).rstrip()))
        elif (ev.phrase is None or ev.phrase.lower() in {"it", "one"}) and not ev.inverted \
                and (from_body := _FROM_BODY_IT.fullmatch(masked, sentences[ev.sentence].start,
                                                       ev.phrase_start if ev.phrase else ev.cue_start)) is not None \
                and (from_body.group("prep") == "From" or from_body.group("it") or ev.phrase) \
                and (body_words := from_body.group("body").split())[0] not in _ARTICLES - {"the"} \
                and (any(w[:1].isupper() for w in body_words[1:]) or body_words[-1] in ORG_NOUNS) \
                and (issuer := parse_mention(text[from_body.start("body"):from_body.end("body")])) is not None \
                and (issuer.kind == "org" or (issuer.kind == "person" and issuer.role is None)):
            # the body a sentence opens on before "it was said" or "one said" (German "aus dem Ministerium
            # hieß es", French "à l'Élysée, on a assuré", translated): the ministry's, or the residence's by
            # its name ("From Tarn Hall it was said"); only after "From" may the cue follow the body with
            # no "it was" ("From the Chancellery assured that «…»"); after "At" or "In" this rule wants
            # "it was" or "one", as those may name where the speaker stood
            ref = replace(issuer, kind="org")
            events[ei] = _credited_to(ev, issuer.text, from_body.start("body"), from_body.end("body"))
        elif (ev.phrase is None and _IT_IS.search(masked, max(0, ev.cue_start - 16), ev.cue_start)
              or ev.phrase is not None and ev.phrase.lower() == "it") \
                and (document_of := _IN_A_DOCUMENT_OF.match(masked, ev.cue_end)
                     or _IN_A_DOCUMENT_OF_IT.match(masked, sentences[ev.sentence].start, ev.phrase_start)
                     or (_IT_IS_FROM.match(masked, ev.cue_end) if ev.phrase is None else None)) is not None \
                and (issuer := parse_mention(text[document_of.start("body"):document_of.end("body")])) is not None and issuer.kind == "org":
            # "«…», it said in a communication of the foundation": the foundation's (German "heißt
            # es", translated: "In a communication of the ministry it says: „…“", "it was said from the police")
            ref = issuer
            events[ei] = _credited_to(ev, issuer.text, document_of.start("body"), document_of.end("body"))
        elif ev.phrase is None and ev.sentence > 0 and _IT_IS.search(masked, max(0, ev.cue_start - 16), ev.cue_start) \
                and _IN_A_DOCUMENT.match(masked, ev.cue_end):
            # "«…», it is stated in a press release": the body the sentence before is about
            about = _sentence_subject(text, masked, sentences[ev.sentence - 1])
            ref = parse_mention(about) if about is not None else None
            if ref is not None and ref.kind == "org":
                events[ei] = replace(ev, phrase=about)
            else:
                ref = None
        elif ev.source_phrase and (ev.phrase is None or _is_document(ev.phrase)) \
                and _TO_OWN_DOCUMENT.match(masked, ev.cue_end) \
                and (span := _subject_span(_tokens(masked, sentences[ev.sentence].start, ev.cue_start))) is not None \
                and (owner := parse_mention(_clean_phrase(text, *span))) is not None and owner.kind in {"org", "person"}:
            ref = owner  # "The Federation (NF), which …, according to its own statement „…“": the Federation's
            events[ei] = replace(ev, phrase=owner.text, phrase_start=span[0], phrase_end=span[1])
        elif ev.phrase is None and not ev.inverted and ev.cue.startswith("call") \
                and (who_called := _NAME_WHO_CALLED.search(masked, sentences[ev.sentence].start, ev.cue_start)) is not None \
                and (caller := parse_mention(text[who_called.start("np"):who_called.end("np")])) is not None \
                and caller.kind == "person":
            # "despite the criticism of the Minister of Tourism Ann Lee, who called it „exaggerated”": hers
            ref = caller
            events[ei] = replace(ev, phrase=caller.text, phrase_start=who_called.start("np"), phrase_end=who_called.end("np"))
        elif not ev.inverted and (ev.phrase is None or (" who " in masked[sentences[ev.sentence].start:ev.phrase_start]
                                                        and masked[ev.phrase_end:ev.cue_start].strip() == ",")):
            span = _subject_before_clause(masked, sentences[ev.sentence].start, ev.cue_start)
            if span is not None and (ev.phrase is None or span[1] < ev.phrase_start):
                # "A resident who declined to give her name told reporters …"; "A lender who
                # feared the police, said …": not the police
                ref = parse_mention(_clean_phrase(text, *span))
                if ref is not None:
                    events[ei] = replace(ev, phrase=ref.text, phrase_start=span[0], phrase_end=span[1])
        refs[ei] = ref
        if ref:
            people.learn(ref)
            credited[ev.sentence] = ref
    for ref in learn or []:
        people.learn(ref)
    for pos, ref in [*_introductions(text), *_pairs_sharing_a_surname(text)]:
        people.learn(ref, pos)
    for lede in _CAPITALS_LEDE.finditer(text):  # "IRENA CASTELLANE, the director who …, has died"
        ref = _capitals_read(lede.group(1))
        if ref is not None and ref.kind == "person" and ref.name and " " in ref.name:
            people.learn(ref, lede.start(1))
            people.named_at(lede.start(1), ref)
    for pos, ref in _posts_after_names(text):
        people.learn(ref)
        people.named_at(pos, ref)
    for age in _AGE_IN_APPOSITION.finditer(text):  # "…, Ato Gebru Hailu, 78 years, who …": a person, named there
        aged = _NAME_BEFORE_AGE.search(text, max(0, age.start() - 80), age.start())  # (the age first: it is rare)
        ref = parse_mention(aged.group(1)) if aged is not None else None
        if aged is not None and ref is not None and ref.kind == "person" and ref.name and " " in ref.name \
                and aged.group(1).split()[0].lower() not in CLAUSE_OPENERS:  # (not "For Emanuel, 56, a …")
            people.learn(ref)
            people.named_at(aged.start(1), ref)
    for pos, ref, _ in openings:
        people.learn(ref, pos)
        people.subject(ref, pos)  # the sentence is about them: "… Oleg Sirko expressed doubt."
    # sentences about someone, just before a "he"/"she" cue or a "Her verdict:" introduction
    near_pronoun: set[int] = set()
    for si, sent in enumerate(sentences):
        if (masked.find(MASK, sent.start, sent.end) >= 0 or masked[sent.start:sent.end].rstrip().endswith(":")) \
                and _PERSONAL_PRONOUN.search(masked, sent.start, sent.end):
            near_pronoun.update(_before_pronoun(masked, sentences, si))
    introduced: list[tuple[int, SpeakerRef]] = []
    for ev in events:  # a crowd the story just turned to: "Thousands gathered …. They chanted “…”"
        if ev.phrase and ev.phrase.lower() == "they":
            crowd = next((sentences[si].start for si in range(ev.sentence, max(ev.sentence - 3, -1), -1)
                          if _CROWD_SUBJECT.match(masked, sentences[si].start, sentences[si].end)), None)
            if crowd is not None and "\n" not in masked[crowd:ev.phrase_start]:
                people.unnamed_subject(crowd, "they")
    for ev in events:  # and before "He noted that …", which is no quotation but names who spoke
        if ev.phrase and ev.phrase.lower() in {"he", "she"}:
            near_pronoun.update(_before_pronoun(masked, sentences, ev.sentence))
            sent = sentences[ev.sentence]
            colon = masked.rfind(":", sent.start, ev.phrase_start)
            first_mark = masked.find(MASK, sent.start, ev.phrase_start)
            if not (colon > sent.start and masked.find(MASK, colon, ev.phrase_start) >= 0) and first_mark > sent.start \
                    and masked[sent.start:first_mark].rstrip().endswith(",") \
                    and not any(events[ei].cue_start < first_mark for ei in by_sentence.get(ev.sentence, [])):
                colon = masked.rfind(",", sent.start, first_mark)  # (as Japanese is translated: "Mayor Lee, at the
                # meeting, 「…」 she said": the sentence opens with her, before its quotation)
            # the sentence's subject, in a clause of its own: "Lee broke his silence with a letter in which he
            # promises that «…»"; or the one it opens with, before its colon: "Lee resigned with a letter to
            # staff: «…», he wrote.", "Lee makes the same point: the path, she says, “…”"
            opened_before = [ev.phrase_start] if _IN_WHICH.search(masked, sent.start, ev.phrase_start) else []
            if colon > sent.start and masked.find(MASK, colon, sent.end) >= 0:
                opened_before.append(colon)
            for end in opened_before:
                subject = _subject_person(text, masked, sent, end)
                ref = parse_mention(subject) if subject else None
                if ref is not None and ref.kind == "person":
                    introduced.append((sent.start, ref))
    near_role: set[int] = set()
    for ei, ref in refs.items():  # and just before "the striker said", which may vary their name
        at = events[ei].sentence  # (the sentences before, in the paragraph of the quotation)
        if ref is not None and ref.kind == "role" and ref.definite and at > 0 \
                and masked.find(MASK, sentences[at].start, sentences[at].end) >= 0:
            near_role.update(k for k in range(max(0, at - 3), at) if "\n" not in masked[sentences[k].end:sentences[at].start]
                             # (or the paragraph before's last, when the quotation opens its paragraph:
                             # "Her rival Ann Lee twisted the knife.\n\n“…,” the Tesselian said.")
                             or (k == at - 1 and not masked[sentences[k].end:sentences[at].start].strip()
                                 and masked[sentences[k].end:sentences[at].start].count("\n") <= 2
                                 and not _ADDRESSED.search(masked, sentences[k].start, sentences[k].end)))
    near_role -= near_pronoun
    subjects: list[tuple[int, SpeakerRef]] = introduced
    for si in sorted(near_pronoun | near_role):
        sent = sentences[si]
        spoke = next((ref for ei in by_sentence.get(si, []) if (ref := refs[ei]) is not None), None)
        if si in near_role and spoke is not None and spoke.kind == "person":
            subjects.append((sent.start, spoke))  # "Hayes denied it. “…,” the midfielder told …"
        elif not any(events[ei].phrase and (ref is None or ref.kind != "org" or events[ei].phrase_start <= sent.start + 2)
                     and not _RELATIVE_BEFORE.search(masked, sent.start, events[ei].phrase_start)
                     for ei in by_sentence.get(si, []) for ref in (refs.get(ei),)):
            # (nor does one named in a clause about the subject: "The farmer Ann Lee, whom the
            # neighbours call «the lion», stayed.")
            # (a body that "called" in a clause after the subject speaks no words of theirs: "Ann Lee
            # was hanging flags when the Courier called.")
            subject = _subject_person(text, masked, sent, sent.end) or _subject_role(text, masked, sent) \
                or _passive_agent_named(text, masked, sent) or _in_the_view_of(text, masked, sent, sent.end)
            latter = _LATTER_OPENS.match(masked, sent.start)  # (whose clause's names are no subject)
            if latter is not None and (subject is None or latter.group("clause")) and _verb_after_latter(latter.group("verb")) \
                    and (ref := parse_mention(latter.group(2))) is not None:
                subjects.append((sent.start, ref))  # "The latter has invited him." (see ArticleSpeakers.subject)
                continue
            there = _THERE_IS.match(masked, sent.start) or _TOPIC_ASKED.match(masked, sent.start, sent.end)
            if subject is None and there and not _is_date_word(there.group(1)):  # (not "Then there's November.")
                subject = there.group(1)
            ref = parse_mention(subject) if subject else None
            if ref is None or ref.kind != "person":
                ref = _named_first_here(text, sent) or ref  # (not "the prosecution" that called her)
            if ref is not None:
                # (after whoever a clause about the subject names: "Ida Marl was in a gown when a nurse
                # told her …. “…,” she said")
                clause_named = any(events[ei].phrase and _RELATIVE_BEFORE.search(masked, sent.start, events[ei].phrase_start)
                                   for ei in by_sentence.get(si, []))
                subjects.append((sent.end - 1 if clause_named else sent.start, ref))
            elif si in near_pronoun:
                opened = _subject_span(_tokens(masked, sent.start, sent.end)) \
                    if "spokes" in masked[sent.start:min(sent.end, sent.start + 40)].lower() else None
                spokes = parse_mention(_clean_phrase(text, *opened)) if opened is not None else None
                unnamed = _unnamed_subject(masked, sent) \
                    if opened is None or spokes is None or not people.spokesperson_subject(spokes, opened[0]) else None
                if unnamed is not None:
                    people.unnamed_subject(*unnamed)
        whether = _ASKED_WHETHER.search(masked, sent.start, sent.end) if si in near_pronoun else None
        subject = _subject_person(text, masked, sent, whether.start()) if whether is not None else None
        ref = parse_mention(subject) if subject else None
        if whether is not None and ref is not None and ref.kind == "person" and ref.name \
                and people.may_be(ref.name, whether.group(1).lower()):
            subjects.append((whether.start(1), ref))  # "Tamsin … spoke once, when the judge asked whether he …"
        was_asked = _WAS_ASKED_WHETHER.search(masked, sent.start, sent.end) if si in near_pronoun else None
        role = _subject_role(text, masked, sent) if was_asked is not None else None
        ref = parse_mention(role) if role else None
        if was_asked is not None and ref is not None and ref.kind == "role":
            subjects.append((was_asked.start(1), ref))  # "The former mayor was asked by the judge whether he …"
        asked = _ASKED.search(masked, sent.start, sent.end) if si in near_pronoun else None
        answers = parse_mention(text[asked.start(1):asked.end(1)]) if asked is not None else None
        if asked is not None and answers is not None and answers.kind == "person" and answers.name \
                and not _asker_goes_on(masked, sentences, si, answers, people):
            subjects.append((asked.start(1), answers))  # "Our reporter asked Lee whether …. “…,” he said"
    for ev in events:  # "The council issued a statement. “…,” it said.": the body the sentence before is about
        if ev.phrase and ev.phrase.lower() == "it" and ev.sentence > 0 \
                and not any(events[ei].phrase for ei in by_sentence.get(ev.sentence - 1, [])):
            sent = sentences[ev.sentence - 1]
            body_at = _body_opening(text, masked, sent) if "\n\n" not in masked[sent.end:ev.phrase_start] else None
            if body_at is not None:
                people.body_subject(body_at[1], body_at[0])
    for ei, ev in enumerate(events):  # "The network kept its advice. “…,” a spokesperson said.": for that body
        ref = refs.get(ei)
        if ref is not None and ref.kind == "role" and ref.role and " " not in ref.role \
                and ref.role.lower() in SPOKES_WORDS and ev.sentence > 0 \
                and (not ref.definite or not _SPOKES_WORD.search(masked, 0, ev.phrase_start)):  # ("the spokeswoman", new to the story)
            sent = sentences[ev.sentence - 1]
            span = _subject_span(_tokens(masked, sent.start, sent.end)) if "\n\n" not in masked[sent.end:ev.phrase_start] else None
            side = _ON_THE_SIDE_OF.match(masked, sent.start) if "\n\n" not in masked[sent.end:ev.phrase_start] else None
            if side is not None:  # French "Du côté du ministère, on conteste …", translated: "On the side of the ministry, one …"
                span = side.span(1)
            joined = _CLAUSE_JOINED.search(masked, sentences[ev.sentence].start, ev.phrase_start)
            if joined is not None:  # (or the clause before it: "The Ministry declined; a spokeswoman said …")
                span = _subject_span(_tokens(masked, sentences[ev.sentence].start, joined.start()))
            body = parse_mention(text[span[0]:span[1]]) if span is not None else None
            named = _APPOSED_BODY.match(text, span[1]) if body is not None and body.kind == "org" and span is not None else None
            if named is not None:  # "The bureau in question, the National Anti-Corruption Bureau, confirmed …"
                body = parse_mention(named.group(1)) if named is not None else body
            if span is not None and body is not None and body.kind == "org" and body.name and body.definite:
                people.body_subject(body.name, span[0])
    for ev in events:  # "M. Marchand saluted a decision which proves, according to him, that …": his
        if ev.source_phrase and ev.phrase in {"him", "her"} and ev.phrase_start > sentences[ev.sentence].start:
            subject = _subject_person(text, masked, sentences[ev.sentence], ev.cue_start)
            ref = parse_mention(subject) if subject else None
            if ref is not None and ref.kind == "person":
                subjects.append((sentences[ev.sentence].start, ref))
    for ev in events:
        opener = _opener_of_pronoun_clause(text, masked, sentences[ev.sentence], ev, by_sentence.get(ev.sentence, []), events)
        if opener is not None and opener.kind == "person":
            subjects.append((ev.phrase_start - 1, opener))  # (nearer than whom it names: "Lee went after Ray, when he …")
        elif opener is not None:
            people.unnamed_subject(ev.phrase_start - 1, (ev.phrase or "").lower())
    headline_end = text.find("\n")
    # (a headline's capitals before a role are no one's name: "Understated Lee raises profile.")
    in_headline = {at for at, _ in subjects if sentence_of(at) in near_role and not at > headline_end >= 0}
    lone = (r.name for r in [*refs.values(), *(ref for at, ref in subjects if at not in in_headline)]
            if r and r.kind == "person" and r.name and r.name.replace("-", "").isalpha()
            and r.name[:1].isupper() and not people.knows_surname(r.name))
    for pos, ref in _first_names(text, lone):
        people.learn(ref)
        people.named_at(pos, ref)
    for pos, ref in subjects:
        people.subject(ref, pos, new_person=pos not in in_headline)

    # choose, for each quotation, an event (by index) or a direct phrase
    choice: list[tuple[int, str | None, int | None]] = []  # (pos, phrase, event index)
    no_ones: set[int] = set()  # quotations a crowd chants or a sign shows: no one carries over to them
    for qi_cur, q in enumerate(spans):
        q_open = q.open_at if q.open_at >= 0 else q.start
        q_close = q.close_at + 1 if q.close_at >= 0 else q.end
        si = sentence_of(q_open)
        sc = sentence_of(max(q_open, q_close - 1))
        sent_events = [(ei, events[ei]) for ei in by_sentence.get(si, [])]
        if sc != si:
            sent_events += [(ei, events[ei]) for ei in by_sentence.get(sc, [])]
        # ("«…»; the campaign did not reply": no one's cue for the words before it)
        sent_events = [(ei, ev) for ei, ev in sent_events if not (ev.silent and ev.cue_start > q_open)]
        picked: int | None = None
        # 0. a possessive before a short phrase names who used the words;
        #    so does the agent of a passive cue: "labelled a “witch hunt” by critics", and whose words
        #    someone reads out: "Inspector Lee read out Minister Ann Vos's warning: “…”"
        reads = masked.find("read", max(0, q_open - 300), q_open) >= 0  # (the cheap test first)
        if _nobodys_words(masked, q_open, q_close, reads) \
                or (qi_cur - 1 in no_ones and text[spans[qi_cur - 1].end:q_open].strip(" \t,”\"’»") in {"and", "or", ""}):
            no_ones.add(qi_cur)  # (and "“…” and “…”" after such words)
            choice.append((q_open, None, None))
            continue
        owned = (_READ_OUT_OWNED.search(masked, max(0, q_open - 300), q_open)
                 or _OWNED_READ_BY.search(masked, max(0, q_open - 300), q_open)
                 or _READ_FROM_GIVEN.search(masked, max(0, q_open - 300), q_open)) if reads else None
        owned = owned or _ADVICE_GIVEN.search(masked, max(0, q_open - 120), q_open) \
            or _IN_OWNED_WORDS.search(masked, max(0, q_open - 80), q_open)
        relayed = None
        if owned is None and masked[max(0, q_open - 4):q_open].strip().endswith(":"):
            owned = _POST_THEN_NAME_COLON.search(masked, max(0, q_open - 120), q_open)
            owned = owned if owned is not None and owned.group("post") in ROLE_NOUNS else None
            relayed = _RELAYS_OWNED.search(masked, max(0, q_open - 200), q_open) if owned is None else None
        phrase: str | None = (text[owned.start("np"):owned.end("np")] if owned else None) \
            or (relayed and (_POSSESSIVE_SUBJECTS.get(relayed.group("pronoun") or "") or relayed.group("np"))) \
            or _possessor(text, masked, sentences[si], q, q_open) \
            or _passive_agent(text, masked, sentences[si], q_open, q_close) \
            or _naming_subject(text, masked, sentences[si], q_open) \
            or _relative_antecedent(text, masked, q_open) \
            or _whom_subject(text, masked, sentences[si].start, q_open, q_close) \
            or ((says := _IT_SAYS_FROM.match(masked, q_close) or _STANDS_IN_DOCUMENT.match(masked, q_close))
                and text[says.start("np"):says.end("np")]) \
            or _signed_in_brackets(text, masked, q_close) \
            or _honoured_in_headline(text, q_open) \
            or _honoured_before(text, masked, sentences[si].start, q_open) \
            or _topic_before(text, masked, sentences[si].start, q_open) \
            or ((by := _IN_DOCUMENT_BY.match(masked, sentences[si].start, q_open)
                       or _HERE_IS.match(masked, sentences[si].start, q_open)) and text[by.start("np"):by.end("np")]) \
            or ((after := _OPINION_READS.match(masked, q_close) or _THAT_QUOTE_FROM.match(masked, q_close))
                and text[after.start("np"):after.end("np")]) \
            or (si > 0 and _AS_FOLLOWS.search(masked, sentences[si - 1].start, q_open)
                and _sentence_subject(text, masked, sentences[si - 1])) \
            or None
        if phrase is not None:
            choice.append((q_open, phrase, None))
            continue
        # 1. right after the quotation, unless the quotation ends a sentence whose
        #    speaker came before it ("X called it “absurd.” Y said Monday …")
        spoken_before = _ends_sentence(text, q) and not _inverted_after(sent_events, q_close) and any(
            ev.phrase and ev.cue_end <= q_open and not ev.source_phrase and not ev.inverted for _, ev in sent_events) \
            or any(ev.phrase and ev.cue_end <= q_open and not ev.inverted and _SAID_THAT.fullmatch(masked, ev.cue_end, q_open)
                   for _, ev in sent_events)  # "who said in parliament that «…», the coach sighs": hers
        # ("a clip that Judge Lee called “distasteful,” Ray expressed …": the name is the judge's)
        spoken_before = spoken_before or any(ev.phrase and ev.phrase[:1].isupper() and ev.cue in _NAMING_CUES
                                             and ev.cue_end <= q_open and not ev.inverted
                                             and _NAMED_THING.fullmatch(masked, ev.cue_end, q_open) for _, ev in sent_events)
        for ei, ev in sent_events:
            if spoken_before:
                break
            if ev.phrase and ev.cue_start >= q_close and not ev.source_phrase \
                    and not _SAID_TOLD_BY.match(masked, ev.cue_end):  # ("“…,” she said she was told by Lee": his)
                first = min(ev.phrase_start, ev.cue_start)
                if (_gap_is_punct(masked, q_close, first) or _AS_GAP.fullmatch(masked, q_close, first)
                        or (ev.inverted and _PASSIVE_GAP.fullmatch(masked, q_close, first))
                        or (ev.inverted and ev.cue == "told" and _TOLD_GAP.fullmatch(masked, q_close, first))) \
                        and first - q_close <= 40 \
                        and not ((_ends_sentence(text, q) or ";" in masked[q_close:first])
                                 and _INTRODUCES_QUOTE.match(masked, ev.cue_end)) \
                        and not (";" in masked[q_close:first] and not ev.inverted and any(
                            before.phrase and before.cue_end <= q_open for _, before in sent_events)) \
                        and (ev.inverted or not _ends_sentence(text, q) or _ATTRIBUTION_TAIL.match(masked, ev.cue_end)
                             or ev.cue.startswith(("told", "tell"))):
                    picked = ei
                    if _pronoun(ev.phrase) is not None:
                        # said twice, as Korean translations do: "Commander Ann Lee said, “…,” he said"
                        picked = next((ej for ej, intro in sent_events if intro.phrase and intro.cue_end <= q_open
                                       and not intro.source_phrase and not intro.inverted
                                       and _pronoun(intro.phrase.split()[0]) is None
                                       and _DIRECT_GAP.fullmatch(masked, intro.cue_end, q_open)), ei)
                    # "“…,” he recalled Lee saying": the one he heard, not he
                    picked = next((ej for ej, heard in sent_events if heard.phrase and heard.cue in _HEARD_SAYING
                                   and heard.phrase_start > ev.cue_end and not masked[ev.cue_end:heard.phrase_start].strip()
                                   and heard.cue_start == heard.phrase_end + 1), picked)
                break
        if picked is None and not any(ev.phrase for _, ev in sent_events) and _FULL_STOP_AFTER.match(masked, q_close):
            picked = _bare_attribution(masked, sentences, by_sentence, events, sc + 1)
        if picked is None and not any(ev.phrase for _, ev in sent_events) and sc + 1 < len(sentences) \
                and _WITH_THESE_WORDS.match(masked, sentences[sc + 1].start):
            # "«…» It is with these words that the minister announced …", as French writes it
            picked = next((ei for ei in by_sentence.get(sc + 1, []) if events[ei].phrase), None)
        if picked is None and not any(ev.phrase for _, ev in sent_events) and sc + 1 < len(sentences) \
                and _ends_sentence(text, q) and (words_of := _WORDS_FROM.match(masked, sentences[sc + 1].start)):
            # "“…”\n\nThose words from Ann Lee, whose husband is …, have become a slogan"
            phrase = _subject_phrase(text, masked, words_of.end(), sentences[sc + 1].end)
        # 2. a cue that directly introduces it ("X said to reporters “…”"), then "according to X"
        if picked is None:
            for ei, ev in reversed(sent_events):
                if ev.phrase and not ev.source_phrase and ev.cue_end <= q_open and not ev.inverted \
                        and _DIRECT_GAP.fullmatch(masked[ev.cue_end:q_open]):
                    if _MAY_BEFORE.search(masked, ev.phrase_end, ev.cue_start) \
                            and any(src.source_phrase and src.phrase and src.cue_end <= ev.phrase_start for _, src in sent_events):
                        break  # what someone may do, in the source's words: "According to the lawyer, the growers
                        # could demand « provisional measures »": the lawyer's
                    picked = ei
                    break
                if ev.phrase and ev.inverted and ev.cue_end < ev.phrase_end <= q_open \
                        and _BY_AFTER_CUE.match(masked, ev.cue_end) and _DIRECT_GAP.fullmatch(masked[ev.phrase_end:q_open]):
                    picked = ei  # "According to Lee, he was told by chairman Ray 「…」": Ray's words
                    break
        if picked is None:
            # the source right after the quotation first: "According to the data, …, “…”, in words of Lee."
            # (not "According to court documents, Lee told agents that it was “…”": Lee speaks)
            sources = [ei for ei, ev in sent_events if ev.source_phrase and ev.phrase
                       and not _document_before_speaker(masked, ev, sent_events, q_open)
                       and not (ev.cue_start >= q_close and _RELATIVE_BETWEEN.search(masked, q_close, ev.cue_start)
                                and any(b.phrase and b.cue_end <= q_open and not b.source_phrase for _, b in sent_events))]
            # (not "Lee assured that «…» after the case of a boy who, according to his family, …": the
            # source of another clause)
            right_after = [ei for ei in sources if events[ei].cue_start >= q_close
                           and _gap_is_punct(masked, q_close, events[ei].cue_start)]
            ranked = right_after or sources
            picked = ranked[0] if ranked else None
            if picked is not None and _UNSIGNED_TEXT.fullmatch(events[picked].phrase or ""):
                # a text no one is said to have issued is the words of the sentence's subject: "The company
                # has paused its vans «…», according to a communiqué spread on Tuesday"
                opening = _opening_subject(text, masked, sentences[si], q_open)
                if opening is not None and (opening[1].kind == "org" or opening[1].kind == "person" and opening[1].name):
                    picked, phrase = None, opening[0]
                else:  # or the one a colon before the words names: "06:45 – The Institute, data update:\n“…”
                    # According to the update, …"
                    _, colon_named = _colon_intro(text, masked, sentences, by_sentence, events, q_open, sentence_of)
                    if colon_named is not None:
                        picked, phrase = None, colon_named
        # 2c. "Ann Lee's words “…” were shared": whose words they are, with no cue
        if picked is None and phrase is None and not any(ev.phrase and ev.cue_end <= q_open for _, ev in sent_events):
            owned = _OWNED_WORDS.search(masked, max(sentences[si].start, q_open - 120), q_open)
            if owned is not None:
                phrase = _clean_phrase(text, owned.start(1), owned.end(1))
        # 3. nearest event before it
        if picked is None:
            before = [(ei, ev) for ei, ev in sent_events if ev.cue_end <= q_open and not ev.source_phrase]
            for bi in range(len(before) - 1, -1, -1):
                ei, ev = before[bi]
                if ev.phrase:
                    picked = ei
                    # reported speech inside reported speech: "X said Y told them that …
                    # “…”" quotes X, who is speaking
                    # (but "She cited the spokesman Ann Lee, who admitted that “…”" quotes the one who admitted)
                    relative = _WHO_THEN_CUE.match(masked, ev.phrase_end, ev.cue_start) is not None \
                        and _THAT_NEXT.match(masked, ev.cue_end) is not None
                    for ej, outer in reversed(before[:bi] if not relative else []):
                        if outer.phrase and outer.cue_end <= events[picked].phrase_start \
                                and _REPORTED_CLAUSE.fullmatch(masked, outer.cue_end, events[picked].phrase_start):
                            picked = ej
                    break
            if picked is None and before:
                # a cue closing the sentence governs its fragments: "… “in homage to” Lee, Ray wrote."
                for ei, ev in sent_events:
                    if ev.cue_start >= q_close and ev.phrase and not ev.source_phrase \
                            and not ev.cue.startswith("report") \
                            and (ev.inverted or masked[:ev.phrase_start].rstrip().endswith(",")) \
                            and _ATTRIBUTION_TAIL.match(masked, max(ev.cue_end, ev.phrase_end)) \
                            and not any(later.cue_start > ev.cue_end and later.phrase for _, later in sent_events):
                        picked = ei
                        break
            if picked is None and before:
                # (the view of one the sentence opens with, not a noun the cue qualifies: "For the
                # geologist Ann Lee, of the University, the cracks described are « a warning »")
                phrase = _in_the_view_of(text, masked, sentences[si], q_open) \
                    or _sentence_subject(text, masked, sentences[si])
        # 3b. the words as the object of the subject's verb, with no cue: "In a communiqué the CTL
        #     rejects „every policy …”", "the nurses denounce «chaos»"
        if picked is None and phrase is None and not any(ev.cue_end <= q_open for _, ev in sent_events):
            phrase = _subject_of_verb_before(text, masked, sentences[si], q_open)
        # 4. nearest event after it
        if picked is None and phrase is None:
            for ei, ev in sent_events:
                if ev.cue_start >= q_close and ev.phrase:
                    if _ends_sentence(text, q) and masked[:q_open].rstrip().endswith(":") \
                            and any(ev.cue_end < later.start < sentences[sc].end for later in spans[qi_cur + 1:]):
                        break  # a sentence of its own, with words of its own: "X issued a statement: “….” Its
                        # spokesman told reporters that there was “…”."
                    picked = ei
                    break
        # 4b. a cue with no speaker of its own right after the quotation, whose sentence opened with
        #     the speaker, as translations from Japanese or Korean write it: "The okami, Minase
        #     Sachi-san (57), 「Everything is mud」, said with tears."
        if picked is None and phrase is None and si == sc:
            phrase = _subject_before_bare_cue(text, masked, sentences[si], sent_events, q_open, q_close)
        # 4c. the subject the sentence opens with, then its quotation, then "it is said"
        if picked is None and phrase is None and si == sc:
            phrase = _subject_before_it_is_said(text, masked, sentences[si], q_open, q_close)
        # 5. colon introduction, in the sentence or ending the paragraph before
        if picked is None and phrase is None:
            picked, phrase = _colon_intro(text, masked, sentences, by_sentence, events, q_open, sentence_of)
        # 5b. a statement the paragraph before says someone read or issued
        if picked is None and phrase is None:
            phrase = _statement_before(text, masked, sentences, q_open, sentence_of)
        # 6. a signature after it: "“…”\n- Smith." / "“…” — Smith, in a post"
        if picked is None and phrase is None:
            sig = _SIGNATURE.match(masked, q_close) or _SO_SAYS.match(masked, q_close)
            if sig:
                phrase = text[sig.start("np"):sig.end("np")]
        # 6b. no speech verb in the sentence: a person it opens with ("Ann Lee, in
        #     her speech, named “Gone” as her favourite") holds the quoted words
        on_top = "\n" not in text[:q_open].lstrip()  # (in the article's first line)
        if picked is None and phrase is None and si == sc and not any(ev.phrase for _, ev in sent_events):
            # (in the headline, the name next to the words first: "Fever toll rises / Director Lee 「…」")
            phrase = (_headline_speaker(text, masked, q_open) if on_top else None) \
                or _in_the_view_of(text, masked, sentences[si], q_open) \
                or _subject_person(text, masked, sentences[si], q_open) \
                or _after_openers(text, _tokens(masked, sentences[si].start, q_open), sentence=True) \
                or (_subject_body_or_post(text, masked, sentences[si], q_open)
                    if " " in text[q.start:q.end].strip() or not _NAME_AS_MODIFIER.match(masked, q_close) else None)
            tried_headline = on_top
        else:
            tried_headline = False
        # 6c. a headline: "Lee Calls Tax ‘A Theft’", "Lee: ‘We Will Win’"
        if picked is None and phrase is None and not tried_headline:
            phrase = _headline_speaker(text, masked, q_open)
        # 6d. a headline that names the speaker after its words: "‘We stay’: Party leader Ann Lee on …"
        if picked is None and phrase is None and on_top:
            phrase = _named_after_headline(text, q_close)
        # 7. a speech event earlier in the paragraph with no quotation of its own:
        #    "Jones agreed. “It is time.”"
        if picked is None and phrase is None:
            picked, phrase = _earlier_event(text, masked, sentences, events, cue_starts, q_open, spans, qi_cur,
                                            sentence_of)
        # 8. the person the sentence before, in the paragraph, is about: "Ann Lee meets the
        #    county on Tuesday. “I expect that they listen.”"
        if picked is None and phrase is None and si > 0:
            phrase = _turned_to(text, masked, sentences[si - 1], q_open)
        # 9. the attribution inside the marks, as French writes it: "« Suspended is not
        #    cancelled, launched Ann Lee, in front of the pickets. The gates stay shut. »"
        if picked is None and phrase is None:
            phrase = _incise(text, q)
        if phrase is not None and phrase.lower() in _NOBODY:
            no_ones.add(qi_cur)  # "Someone starts, and the rest follow: «…»": no one carries over to it
            phrase = None
        if phrase is not None and phrase.lower() in CUE_VERBS:
            phrase = None  # a verb with its subject dropped, as translations write it: "Announced also that «…»"
        choice.append((q_open, phrase, picked))

    # resolve in reading order: events and quotations interleaved
    order: list[tuple[int, int, int]] = []  # (pos, kind 0=event 1=quote, index)
    for ei, ev in enumerate(events):
        order.append((ev.phrase_start if not ev.inverted else ev.cue_start, 0, ei))
    for qi, (pos, _, _) in enumerate(choice):
        order.append((pos, 1, qi))
    order.sort()
    event_names: dict[int, str | None] = {}
    quote_names: list[str | None] = [None] * len(spans)
    quote_refs: list[SpeakerRef | None] = [None] * len(spans)
    quote_cues: list[str | None] = [None] * len(spans)
    for pos, kind, idx in order:
        if kind == 0:
            if idx not in event_names:
                event_names[idx] = people.resolve(refs[idx], events[idx].phrase_start)
                reporter = _reporter(masked, events, by_sentence, idx)
                reporter_name = event_names.get(reporter) if reporter is not None else None
                if reporter_name:
                    people.still_about(reporter_name, events[idx].phrase_start)
            continue
        _, phrase, picked = choice[idx]
        said_by = known.get(spans[idx].start) if known else None
        if said_by is not None:  # a post or a turn, whose speaker is known: the latest speaker for "she said"
            quote_refs[idx] = parse_mention(said_by)
            quote_names[idx] = people.resolve(quote_refs[idx], pos) if quote_refs[idx] is not None else said_by
        elif picked is not None:
            reporter = _reporter(masked, events, by_sentence, picked) \
                if (events[picked].cue or "").lower() in _DEEDS_REPORTED else None
            if reporter is not None:
                # a deed in what someone said, with the words hers: "Lee has said the firm ordered “…”"
                picked = reporter
            if picked not in event_names:
                event_names[picked] = people.resolve(refs[picked], events[picked].phrase_start)
            quote_names[idx] = event_names[picked]
            quote_refs[idx] = refs[picked]
            quote_cues[idx] = events[picked].cue
        elif phrase:
            ref = _in_lower_case(phrase, people) or parse_mention(phrase)
            quote_refs[idx] = ref
            quote_names[idx] = people.resolve(ref, pos)

    # 8. carry-over and multi-paragraph quotations
    for qi, q in enumerate(spans):
        if quote_refs[qi] is not None or qi == 0:
            continue
        own_cue = choice[qi][2]
        if own_cue is not None and events[own_cue].phrase:
            continue  # its own cue names someone the rules cannot: "“…,” someone wrote on the wall."
        if qi in no_ones or _INSCRIPTION.search(text, max(0, choice[qi][0] - 80), max(0, choice[qi][0])):
            continue  # what a banner reads or a crowd chants is nobody's: "one banner read simply: ‘Tell us’"
        prev = spans[qi - 1]
        gap = text[prev.end:q.start]
        prev_pick = choice[qi - 1][2]
        own = events[prev_pick].sentence if prev_pick is not None else sentence_of(prev.start)
        lo, hi = bisect.bisect_left(cue_starts, prev.end), bisect.bisect_left(cue_starts, q.start)
        # another speaker named in between stops the carry-over; the previous
        # quotation's own attribution sentence ("…,” X said, according to Y.) does not
        gap_events = [ei for ei in range(lo, hi) if ei != prev_pick and events[ei].phrase is not None
                      and events[ei].sentence != own and event_names.get(ei) != quote_names[qi - 1]
                      and not _same_voice(refs[ei], quote_names[qi - 1], people)]
        # (a paragraph between in the same voice, "He added that …", keeps the speaker)
        voiced = any(_same_voice(refs[ei], quote_names[qi - 1], people) for ei in range(lo, hi)
                     if ei != prev_pick and events[ei].sentence != own) \
            or _paragraphs_about(text, masked, sentences, sentence_of, prev.end, q.start, quote_names[qi - 1], people)
        # (as does an interviewer's question between two answers, "And if the count goes against
        # you?", when the answer opens its paragraph; not a heading, "Who will buy?")
        lines = gap.split("\n")
        interviewed = len(lines) > 2 and len(lines[-1].strip()) <= 2 and all(
            not line.strip() or (line.rstrip().endswith("?") and len(line.split()) >= 5) for line in lines[1:-1])
        if gap.count("\n") <= (4 if voiced or interviewed else 2) and len(gap) < 600 and not gap_events:
            if quote_refs[qi - 1] is not None:
                quote_names[qi] = quote_names[qi - 1]
                quote_refs[qi] = quote_refs[qi - 1]
                quote_cues[qi] = quote_cues[qi - 1]
    for qi in range(len(spans) - 2, -1, -1):
        if spans[qi].continues and quote_refs[qi] is None and quote_refs[qi + 1] is not None:
            quote_names[qi] = quote_names[qi + 1]
            quote_refs[qi] = quote_refs[qi + 1]
            quote_cues[qi] = quote_cues[qi + 1]
    # 8b. a quotation opening its paragraph with no cue, after a paragraph about one person
    #     and no one's quoted words: "Ann Lee has not worn her uniform since.\n\n«When the bang came, …»"
    for qi, q in enumerate(spans):
        if quote_refs[qi] is None and choice[qi][2] is None and qi not in no_ones:
            person = _introduced_before(text, masked, sentences, sentence_of, spans, qi)
            if person is not None:
                quote_refs[qi], quote_names[qi] = person, people.resolve(person, q.start)
                qk = qi  # and the paragraphs it runs on into, each opened and none closed but the last
                while spans[qk].continues and qk + 1 < len(spans) and quote_refs[qk + 1] is None and choice[qk + 1][2] is None:
                    qk += 1
                    quote_refs[qk], quote_names[qk] = quote_refs[qi], quote_names[qi]
    # 8c. a letter quoted paragraph by paragraph is whoever signs it at its foot: "“…”\n\n“Your Kemal”"
    for qi, q in enumerate(spans):
        signed = _LETTER_FOOT.fullmatch(text, q.start, q.end) if qi >= 2 else None
        if signed is None or not _own_paragraph(text, q):
            continue
        first = qi
        while first > 0 and _own_paragraph(text, spans[first - 1]) \
                and not text[spans[first - 1].end:spans[first].start].strip(_MARKS_AND_SPACE):
            first -= 1
        signer = parse_mention(signed.group(1)) if qi - first >= 2 else None
        name = people.resolve(signer, q.start) if signer is not None and signer.kind == "person" else None
        if name is not None and " " in name:  # (someone the story names in full: not “Thanks.”)
            for qk in range(first, qi + 1):
                quote_refs[qk], quote_names[qk], quote_cues[qk] = signer, name, None
    # 8d. words alone in their paragraph, and the next opens "So said Ann Lee, …": hers
    for qi, q in enumerate(spans):
        so = _SO_SAID.match(text, q.end) if quote_refs[qi] is None and _own_paragraph(text, q) else None
        so_ei = next((k for k, ev in enumerate(events) if ev.cue_start == so.start(1) and ev.inverted and refs.get(k)), None) \
            if so is not None else None
        if so_ei is not None:
            quote_refs[qi], quote_cues[qi] = refs[so_ei], events[so_ei].cue
            quote_names[qi] = event_names.get(so_ei) or people.resolve(refs[so_ei], events[so_ei].phrase_start)
    # 9. a headline quotes words the story attributes further down:
    #    "‘We felt like criminals’: parents angry …" / "Ann Lee said: “We felt like criminals. …”"
    #    (so does a short line under it: "Prosecutor asks eight years – his wife in tears: «…»")
    deck_end = _deck_end(text, headline_end)
    for qi, q in enumerate(spans):
        if q.end > deck_end or headline_end > 200:
            break
        # (a headline's "says Carver Falls mayor" may go unresolved, its "union vows" is generic,
        # and its opening capitals are a guess: "Drone start-up collapses: ‘…’")
        words = plain_words(text[q.start:q.end])
        for qj in range(qi + 1, len(spans)):
            body = quote_refs[qj]
            if body is None or quote_names[qj] is None or not (
                    quote_refs[qi] is None or (quote_names[qi] or "x").islower()
                    or (quote_cues[qi] is None and quote_names[qj] != body.role)):
                continue
            said = plain_words(text[spans[qj].start:spans[qj].end])
            # (one word only when the story quotes that word alone: "museum to return 'stolen' carvings")
            if (len(words) >= 2 or (words and words == said and quote_cues[qi] is None
                                    and text.find(body.text) > text.find("\n\n"))) \
                    and f" {' '.join(words)} " in f" {' '.join(said)} ":
                quote_names[qi], quote_refs[qi], quote_cues[qi] = quote_names[qj], quote_refs[qj], quote_cues[qj]
                break
        else:
            # or reworded: "‘Nobody fishes in the Lusk’" for "no one fishes in the Lusk before I say so",
            # also when the headline's own words gave them to a body or place ("Dunmore reacts: ‘…’");
            # a person it names keeps them unless the story repeats every word that counts
            stems = _content_stems(words)
            held = quote_refs[qi]
            named_person = held is not None and held.kind == "person" and " " in (quote_names[qi] or "")
            if len(stems) >= 2 + named_person:
                overlaps = [(len(stems & _content_stems(plain_words(text[spans[qj].start:spans[qj].end]))), -qj)
                            for qj in range(qi + 1, len(spans)) if quote_names[qj] is not None]
                best = max(overlaps, default=(0, 0))
                qj = -best[1]
                if (best[0] == len(stems) or (not named_person and best[0] * 3 >= len(stems) * 2)) \
                        and quote_names[qj] != quote_names[qi]:  # (the same speaker keeps the headline's own post)
                    quote_names[qi], quote_refs[qi], quote_cues[qi] = quote_names[qj], quote_refs[qj], quote_cues[qj]

    out: list[Quotation] = []
    for qi, q in enumerate(spans):
        ref = quote_refs[qi]
        si = sentence_of(q.open_at if q.open_at >= 0 else q.start)
        se = sentence_of(q.close_at if q.close_at >= 0 else q.end)
        role = ref.role if ref else None
        name = quote_names[qi]
        name = people.untitled(name) if name else None
        if name is None and ref is not None and ref.kind == "role" and ref.role and not ref.definite \
                and not names_many(ref.role):  # (a crowd is no one: "several hundred people who shouted")
            name = re.sub(r"^(?:(?:first|second|third|another|one)\s+)", "", ref.role, flags=re.I)
        c_start = sentences[si].start if sentences else 0
        c_end = sentences[se].end if sentences else len(text)
        while c_start < q.start and text[c_start].isspace():
            c_start += 1
        q_close = q.close_at + 1 if q.close_at >= 0 else q.end
        picked = choice[qi][2]
        if _ends_sentence(text, q) and not (picked is not None and events[picked].cue_start >= q_close):
            # the masked text hides the quotation's full stop: "… will pass.” Nobody objected."
            c_end = min(c_end, q_close)
        out.append(Quotation(
            start=q.start, end=q.end, text=text[q.start:q.end],
            speaker=name, mention=ref.text if ref else None, role=role, cue=quote_cues[qi],
            context_start=c_start, context_end=max(c_end, q.end),
        ))
    return out
