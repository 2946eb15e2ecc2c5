"""Attribute each quotation of one article to the phrase that names its speaker.

Works on the raw text with the quotations masked out (so a "said" inside a
quotation is never taken for a cue). Every cue verb outside quotations is an
*event* with the speaker phrase before it ("Kirby said") or, inverted, after
it ("said Kirby", "according to Kirby"). A quotation takes, in order:

1. the event right after it (``“…,” Kirby said`` / ``“…,” said Kirby``);
2. an "according to X" in its sentence;
3. the nearest event before it in its sentence (``X said that “…”``,
   ``X accused NATO of “hysteria”``), else the sentence's subject when the
   sentence has a speech verb without one;
4. the nearest event after it in its sentence;
5. a colon introduction (``X: “…”``);
6. the speaker of the quotation just before it, within the same or the
   previous paragraph (a speaker carries over), or the rest of a quotation
   that runs over several paragraphs.

Pronouns and roles are resolved by ``speakers.ArticleSpeakers`` in reading
order, so "he added" points at the most recent speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import ORG_NOUNS, CUE_VERBS, INVERTABLE, MONTHS, PRONOUNS, ROLE_MODIFIERS, ROLE_NOUNS, SKIPPABLE, SOURCE_PHRASES, TITLES, WEEKDAYS, PARTICLES, NOT_SPEAKERS
from .quotemarks import QuoteSpan
from .records import Quotation
from .speakers import ArticleSpeakers, SpeakerRef, parse_mention, split_glued_suffix

MASK = "\ue000"

_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][\w’'.\-]*|\d[\d,.:]*|" + MASK + r"+|[^\s\w]")
_CUE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(CUE_VERBS, key=len, reverse=True)) + r")\b"
    r"|\b(?:" + "|".join(p.replace(" ", r"\s+") for p in SOURCE_PHRASES) + r")\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’)]*(?=\s+[A-Z" + MASK + r"“\"‘(])")

# Capitalised words that begin clauses, not names.
_CAP_STOP = frozenset(
    """
in at on but and as after before when while despite later meanwhile also however asked
according for with from by of to this that these those there here if so yet then now
speaking earlier separately still although though because since until unless whether
during amid among under over about against between into through without within
it he she they we i you his her their its our my your what which who whom whose where
why how yes no not all both each every some many most more several such once
""".split()
) | WEEKDAYS | MONTHS

_NOMINATIVE = PRONOUNS


@dataclass(frozen=True)
class Event:
    """A cue verb outside quotations and the speaker phrase that goes with it."""

    cue: str
    cue_start: int
    cue_end: int
    phrase: str | None  # speaker phrase as written
    phrase_start: int
    phrase_end: int
    inverted: bool  # phrase after the cue ("said Kirby")
    sentence: int
    source_phrase: bool  # "according to X"


@dataclass
class _Sentence:
    start: int
    end: int


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


def _sentences(masked: str) -> list[_Sentence]:
    """Sentence bounds over the masked text (abbreviations do not end one)."""
    out: list[_Sentence] = []
    for par in re.finditer(r"[^\r\n]+", masked):
        start = par.start()
        for m in _SENTENCE_END.finditer(masked, par.start(), par.end()):
            word = re.search(r"([\w.]+)[.!?…]*$", masked[max(start, m.start() - 12):m.start() + 1])
            w = word.group(1).lower().rstrip(".") if word else ""
            if w in TITLES or len(w) == 1 or ("." in w and len(w) <= 5):
                continue
            out.append(_Sentence(start, m.end()))
            start = m.end()
        out.append(_Sentence(start, par.end()))
    return [s for s in out if masked[s.start:s.end].strip()]


def _tokens(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """Word and punctuation tokens with offsets; a sentence's final period is its own token."""
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text, a, b):
        tok, s, e = m.group(), m.start(), m.end()
        if tok.endswith(".") and len(tok) > 2 and "." not in tok[:-1] and tok[:-1].lower() not in TITLES:
            out.append((tok[:-1], s, e - 1))
            out.append((".", e - 1, e))
        else:
            out.append((tok, s, e))
    return out


# "Russian demands", "American claims": a nationality before an -s form makes it a noun
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:ian|ican|ean|ese|ish)$")


def _np_token(tok: str, nxt: str | None) -> bool:
    low = tok.lower().strip(".").replace("’", "'")
    if tok[0].isupper():
        return low not in _CAP_STOP or (low in {"i"} and False)
    if low.removesuffix("'s") in ROLE_NOUNS or low in ROLE_MODIFIERS or low in ORG_NOUNS:
        return True
    if low in PARTICLES and nxt is not None and nxt[:1].isupper():
        return True
    return False


def _backward_chunk(toks: list[tuple[str, int, int]], i: int) -> int:
    """Index of the first token of the noun phrase ending at ``toks[i]`` (or i+1)."""
    j = i
    while j >= 0:
        tok = toks[j][0]
        low = tok.lower()
        nxt = toks[j + 1][0] if j + 1 < len(toks) else None
        if _np_token(tok, nxt):
            j -= 1
            continue
        if low in {"the", "a", "an"} and j < i:
            if low == "the" and j > 1 and toks[j - 1][0].lower() in {"and", "of"} and toks[j - 2][0][:1].isupper():
                j -= 1
                continue
            return j
        if low == "of" and j < i and j > 0 and (_np_token(toks[j - 1][0], tok)) and nxt and (nxt[0].isupper() or nxt.lower() == "the"):
            j -= 1
            continue
        if low == "the" and j < i:
            return j
        if low == "and" and j < i and j > 0 and toks[j - 1][0][:1].isupper() and nxt and (nxt[0].isupper() or nxt.lower() == "the"):
            j -= 1
            continue
        break
    return j + 1


def _phrase_before(masked: str, toks: list[tuple[str, int, int]], cue_idx: int) -> tuple[int, int] | None:
    """Char span of the speaker phrase before the cue at ``toks[cue_idx]``."""
    i = cue_idx - 1
    while i >= 0 and (toks[i][0].lower() in SKIPPABLE or toks[i][0].lower() in CUE_VERBS):
        if toks[i][0].lower() in CUE_VERBS and not (i + 1 < len(toks) and toks[i + 1][0].lower() == "and"):
            break
        i -= 1
    if i >= 1 and toks[i][0].lower() in WEEKDAYS and toks[i - 1][0].lower() == "on":
        i -= 2
    if i < 0:
        return None
    if toks[i][0] == ")":
        while i >= 0 and toks[i][0] != "(":
            i -= 1
        i -= 1
        if i < 0:
            return None
    if toks[i][0].lower() in _NOMINATIVE:
        k = i
        # resumptive pronoun after a sentence-initial phrase: "The boss of X he insisted"
        if k > 0 and toks[k - 1][0] not in {",", ";", ":"} and not toks[k - 1][0].startswith(MASK) \
                and toks[k - 1][0].lower() not in SKIPPABLE and toks[k - 1][0].lower() not in {"that", "because", "if", "as"}:
            subject = _subject_span(toks)
            if subject is not None:
                return subject
        return (toks[k][1], toks[k][2])
    if toks[i][0] == ",":
        # appositive: "X, the role, said" / "the role, X, said" / "X, who ..., said"
        end = i - 1
        if end < 0:
            return None
        start = _backward_chunk(toks, end)
        if start > end:
            # a clause between commas ("Kirby, who spoke to reporters, said")
            k = end
            while k >= 0 and toks[k][0] != ",":
                k -= 1
            if k >= 0 and k + 1 <= end and toks[k + 1][0].lower() in {"who", "which", "whose", "speaking", "asked", "writing", "in", "at"}:
                end = k - 1
                start = _backward_chunk(toks, end) if end >= 0 else 0
                if start > end:
                    return None
                return (toks[start][1], toks[end][2])
            return None
        if start >= 2 and toks[start - 1][0] == ",":
            start0 = _backward_chunk(toks, start - 2)
            if start0 <= start - 2:
                first = masked[toks[start0][1]:toks[start - 2][2]]
                second = masked[toks[start][1]:toks[end][2]]
                a, b = parse_mention(first), parse_mention(second)
                if a and b and {a.kind, b.kind} in ({"person", "role"}, {"person", "org"}):
                    return (toks[start0][1], toks[end][2])
        return (toks[start][1], toks[end][2])
    start = _backward_chunk(toks, i)
    if start > i:
        return None
    return (toks[start][1], toks[i][2])


def _phrase_after(masked: str, toks: list[tuple[str, int, int]], cue_idx: int) -> tuple[int, int] | None:
    """Char span of the speaker phrase after an inverted cue ("said the president, Joe Biden")."""
    j = cue_idx + 1
    n = len(toks)
    # skip dates and time words: "announced Friday, January 28 the president"
    while j < n and (toks[j][0].lower() in WEEKDAYS or toks[j][0].lower() in MONTHS or toks[j][0][0].isdigit() or toks[j][0] == ","
                     or toks[j][0].lower() in {"on", "late", "early", "last", "this", "week", "night", "morning", "evening", "afternoon"}):
        j += 1
    if j >= n:
        return None
    first = j
    if toks[j][0].lower() in _NOMINATIVE:
        return (toks[j][1], toks[j][2])
    if toks[j][0].lower() in {"the", "a", "an"}:
        j += 1
    while j < n:
        tok = toks[j][0]
        nxt = toks[j + 1][0] if j + 1 < n else None
        if _np_token(tok, nxt):
            j += 1
            continue
        if tok.lower() in {"of", "the"} and nxt and (nxt[0].isupper() or nxt.lower() in {"the"}) and j > first:
            j += 1
            continue
        break
    if j == first or (j == first + 1 and toks[first][0].lower() in {"the", "a", "an"}):
        return None
    end = j - 1
    # appositive name after a role: "said the American president, Joe Biden"
    if j + 1 < n and toks[j][0] == ",":
        k = j + 1
        while k < n and toks[k][0][:1].isupper() and toks[k][0].lower() not in _CAP_STOP:
            k += 1
        if k > j + 1 and k - (j + 1) <= 4:
            head = parse_mention(masked[toks[first][1]:toks[end][2]])
            if head and head.kind == "role":
                end = k - 1
    return (toks[first][1], toks[end][2])


def _clean_phrase(text: str, a: int, b: int) -> str:
    """The phrase as written, with a glued function word dropped from its end."""
    phrase = text[a:b]
    rest = text[b:b + 30].split()
    words = phrase.split()
    if words:
        fixed = split_glued_suffix(words[-1], rest[0] if rest else None, text)
        if fixed != words[-1]:
            phrase = phrase[: len(phrase) - len(words[-1])] + fixed
    return phrase


def find_events(text: str, masked: str, sentences: list[_Sentence]) -> list[Event]:
    """Every cue outside quotations, with its speaker phrase when one is found."""
    events: list[Event] = []
    for si, sent in enumerate(sentences):
        seg = masked[sent.start:sent.end]
        if not _CUE_RE.search(seg):
            continue
        toks = _tokens(masked, sent.start, sent.end)
        for ti, (tok, a, b) in enumerate(toks):
            low = tok.lower()
            phrase_span: tuple[int, int] | None = None
            inverted = False
            source_phrase = False
            if low in {"according", "in", "as"}:
                joined = " ".join(t[0].lower() for t in toks[ti:ti + 3])
                matched = next((p for p in SOURCE_PHRASES if joined.startswith(p)), None)
                if not matched:
                    continue
                width = len(matched.split())
                phrase_span = _phrase_after(masked, toks, ti + width - 1)
                inverted = True
                source_phrase = True
                cue_end = toks[ti + width - 1][2]
            elif low in CUE_VERBS and tok[0].islower():
                cue_end = b
                phrase_span = _phrase_before(masked, toks, ti)
                prev_is_quote = ti > 0 and (toks[ti - 1][0].startswith(MASK) or (toks[ti - 1][0] in {",", "—", "–"} and ti > 1 and toks[ti - 2][0].startswith(MASK)))
                if low in INVERTABLE and (phrase_span is None or prev_is_quote):
                    after = _phrase_after(masked, toks, ti)
                    if after is not None and (phrase_span is None or prev_is_quote):
                        phrase_span = after
                        inverted = True
            else:
                continue
            phrase = None
            if phrase_span is not None:
                phrase = _clean_phrase(text, *phrase_span)
                if phrase.lower().strip() in NOT_SPEAKERS:
                    phrase = None
                elif not inverted and low.endswith("s") and _NATIONALITY.match(phrase.split()[-1]):
                    continue  # a noun ("Russian demands"), not a speech event
            events.append(Event(
                cue=low, cue_start=a, cue_end=cue_end, phrase=phrase,
                phrase_start=phrase_span[0] if phrase_span else a,
                phrase_end=phrase_span[1] if phrase_span else a,
                inverted=inverted, sentence=si, source_phrase=source_phrase,
            ))
    return events


def _sentence_subject(text: str, masked: str, sent: _Sentence) -> str | None:
    span = _subject_span(_tokens(masked, sent.start, sent.end))
    return _clean_phrase(text, *span) if span else None


def _subject_span(toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The noun phrase a sentence opens with, after an introductory phrase."""
    k = 0
    if toks and toks[0][0].lower() in _CAP_STOP:
        # skip an introductory phrase ending in a comma ("In Moscow, ...")
        for idx, t in enumerate(toks[:10]):
            if t[0] == ",":
                k = idx + 1
                break
    j = k
    while j < len(toks):
        tok = toks[j][0]
        nxt = toks[j + 1][0] if j + 1 < len(toks) else None
        if _np_token(tok, nxt) or (tok.lower() in {"the", "a", "an"} and j == k) or (tok.lower() in {"and", "of", "the"} and j > k and nxt and (nxt[:1].isupper() or nxt.lower() == "the")):
            j += 1
            continue
        break
    if j == k or j > len(toks) or (j == k + 1 and toks[k][0].lower() in {"the", "a", "an"}):
        return None
    return (toks[k][1], toks[j - 1][2])


# what may stand between a cue and the quotation it introduces
_DIRECT_GAP = re.compile(r"\s*(?:that|to\s+\w+|in\s+a\s+statement|on\s+\w+day)?\s*[,:]?\s*")


def _gap_is_punct(masked: str, a: int, b: int) -> bool:
    return b >= a and re.fullmatch(r"[\s,;:—–\-" + MASK + r"]*", masked[a:b]) is not None


def attribute(text: str, spans: list[QuoteSpan], learn: list[SpeakerRef] | None = None) -> list[Quotation]:
    """Quotations of one article with speakers resolved inside the article.

    ``learn`` optionally adds names known from elsewhere (a trained
    pipeline's PERSON entities) to the article's list of people.
    """
    if not spans:
        return []
    masked = mask_quotes(text, spans)
    sentences = _sentences(masked)
    starts = [s.start for s in sentences]
    events = find_events(text, masked, sentences)

    import bisect

    def sentence_of(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    people = ArticleSpeakers()
    refs: dict[int, SpeakerRef | None] = {}
    for ei, ev in enumerate(events):
        ref = parse_mention(ev.phrase) if ev.phrase else None
        refs[ei] = ref
        if ref:
            people.learn(ref)
    for ref in learn or []:
        people.learn(ref)

    # choose, for each quotation, an event (by index) or a direct phrase
    choice: list[tuple[int, str | None, int | None]] = []  # (pos, phrase, event index)
    for q in spans:
        q_open = q.open_at if q.open_at >= 0 else q.start
        q_close = q.close_at + 1 if q.close_at >= 0 else q.end
        si = sentence_of(q_open)
        sent_events = [(ei, ev) for ei, ev in enumerate(events) if ev.sentence == si or ev.sentence == sentence_of(q_close)]
        picked: int | None = None
        phrase: str | None = None
        # 1. right after the quotation
        for ei, ev in sent_events:
            if ev.phrase and ev.cue_start >= q_close and not ev.source_phrase:
                first = min(ev.phrase_start, ev.cue_start)
                if _gap_is_punct(masked, q_close, first) and first - q_close <= 40:
                    picked = ei
                break
        # 2. a cue that directly introduces it ("X said to reporters “…”"), then "according to X"
        if picked is None:
            for ei, ev in reversed(sent_events):
                if ev.phrase and not ev.source_phrase and ev.cue_end <= q_open and not ev.inverted \
                        and _DIRECT_GAP.fullmatch(masked[ev.cue_end:q_open]):
                    picked = ei
                    break
        if picked is None:
            for ei, ev in sent_events:
                if ev.source_phrase and ev.phrase:
                    picked = ei
                    break
        # 3. nearest event before it
        if picked is None:
            before = [(ei, ev) for ei, ev in sent_events if ev.cue_end <= q_open and not ev.source_phrase]
            for ei, ev in reversed(before):
                if ev.phrase:
                    picked = ei
                    break
            if picked is None and before:
                phrase = _sentence_subject(text, masked, sentences[si])
        # 4. nearest event after it
        if picked is None and phrase is None:
            for ei, ev in sent_events:
                if ev.cue_start >= q_close and ev.phrase:
                    picked = ei
                    break
        # 5. colon introduction
        if picked is None and phrase is None:
            pre = masked[sentences[si].start:q_open].rstrip()
            if pre.endswith(":"):
                toks = _tokens(masked, sentences[si].start, len(pre) + sentences[si].start - 1)
                if toks:
                    st = _backward_chunk(toks, len(toks) - 1)
                    if st < len(toks) and st == 0:
                        phrase = text[toks[st][1]:toks[-1][2]]
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
            continue
        _, phrase, picked = choice[idx]
        if picked is not None:
            if picked not in event_names:
                event_names[picked] = people.resolve(refs[picked], events[picked].phrase_start)
            quote_names[idx] = event_names[picked]
            quote_refs[idx] = refs[picked]
            quote_cues[idx] = events[picked].cue
        elif phrase:
            ref = parse_mention(phrase)
            quote_refs[idx] = ref
            quote_names[idx] = people.resolve(ref, pos)

    # 6. carry-over and multi-paragraph quotations
    for qi, q in enumerate(spans):
        if quote_refs[qi] is not None or qi == 0:
            continue
        prev = spans[qi - 1]
        gap = text[prev.end:q.start]
        prev_pick = choice[qi - 1][2]
        gap_events = [ei for ei, ev in enumerate(events) if prev.end <= ev.cue_start < q.start and ei != prev_pick]
        if gap.count("\n") <= 2 and len(gap) < 600 and not gap_events:
            if quote_refs[qi - 1] is not None:
                quote_names[qi] = quote_names[qi - 1]
                quote_refs[qi] = quote_refs[qi - 1]
                quote_cues[qi] = quote_cues[qi - 1]
    for qi in range(len(spans) - 2, -1, -1):
        if spans[qi].continues and quote_refs[qi] is None and quote_refs[qi + 1] is not None:
            quote_names[qi] = quote_names[qi + 1]
            quote_refs[qi] = quote_refs[qi + 1]
            quote_cues[qi] = quote_cues[qi + 1]

    out: list[Quotation] = []
    for qi, q in enumerate(spans):
        ref = quote_refs[qi]
        si = sentence_of(q.open_at if q.open_at >= 0 else q.start)
        se = sentence_of(q.close_at if q.close_at >= 0 else q.end)
        role = ref.role if ref else None
        name = quote_names[qi]
        if name is None and ref is not None and ref.kind == "role" and ref.role and not ref.definite:
            name = re.sub(r"^(?:(?:first|second|third|another|one)\s+)", "", ref.role, flags=re.I)
        out.append(Quotation(
            start=q.start, end=q.end, text=text[q.start:q.end],
            speaker=name, mention=ref.text if ref else None, role=role, cue=quote_cues[qi],
            context_start=sentences[si].start if sentences else 0,
            context_end=sentences[se].end if sentences else len(text),
        ))
    return out
