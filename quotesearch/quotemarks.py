"""Find quoted spans in raw article text, tolerating broken punctuation.

News text, and machine translations of it above all, break the rules of
quotation marks: straight and curly marks mixed, a closing mark replaced by an
opening one (``to the NATO“.``), a closing mark missing altogether
(``our allies of the NATODoe said.``), marks glued to words
(``diplomacy”he added``), and quotations that run over several paragraphs
(each paragraph opened, only the last closed). The scanner works one
paragraph (line) at a time, classifies every mark as opening or closing from
the characters around it, then pairs them; offsets always index the original
text so that ``text[start:end]`` is exactly the quoted words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import CAPITAL, INVERTABLE, ROLE_NOUNS, SMALL

DOUBLE_OPENERS = "“„«‟「『"  # (Japanese writes 「…」)
DOUBLE_CLOSERS = "”»」』"
SINGLE_OPENERS = "‘‚‹"
SINGLE_CLOSERS = "’›"
STRAIGHT = '"'
ALL_DOUBLE = DOUBLE_OPENERS + DOUBLE_CLOSERS + STRAIGHT

_OPEN_BEFORE = set(" \t([{—–-/:;,\u00a0") | set(DOUBLE_OPENERS) | set(SINGLE_OPENERS)
_CLOSING_PUNCT = set(".,;:!?)]…")
MAX_SINGLE_QUOTE_CHARS = 300

_SPEECH_TAIL_VERBS = "|".join(sorted((v for v in INVERTABLE if " " not in v), key=len, reverse=True))
_TAIL_VERBS = frozenset(v for v in INVERTABLE if " " not in v)
# Inside a quotation whose closing mark is missing: the place where a
# "<Name> said" attribution begins, possibly glued to the last quoted word.
# (A lower-case pronoun is glued only after a full stop: in "We asked for the reports"
# "t|he reports" is no cue.)
# (letters of Latin scripts in either case: "includedEçeverria told")
_NAME_BEFORE_CUE = rf"(?:[{CAPITAL}][\w’'.-]*\s+){{0,3}}[{CAPITAL}][{SMALL}][\w’'-]*"  # one to four capitalised words
_CUT_BEFORE_CUE = re.compile(
    rf"(?:(?:,\s*|\s+|(?<=[{CAPITAL}])|(?<=[{SMALL}.!?…]))"
    r"(?P<np>(?!(?:We|It|You|This|That|There|These|Those)\b)" + _NAME_BEFORE_CUE + r"|He|She|They)"
    r"|(?:,\s*|\s+|(?<=[.!?…]))(?P<pn>he|she|they))"
    r"\s+(?:" + _SPEECH_TAIL_VERBS + r"|told|tells|shared)\b"  # (and "Lee told the Clarion", who said it)
)

# ... or where an inverted ", said <Name>" begins: "our patience is not infinite, said Ann Lee",
# after a dash as translations set it ("… with the firm – reminded chief inspector Ann Lee."), or
# with a description before the name ("…, sobbed mum-of-two Ann Lee, 34").
_CUT_BEFORE_INVERTED = re.compile(
    r"(?:,|[ \t][–—-])\s+(?:" + _SPEECH_TAIL_VERBS + r")\s+(?P<np>(?:the|its|his|her|their)\s+\w+|[A-Z][\w’'.-]*"
    r"|(?:[a-z][\w’'-]*\s+){1,2}[A-Z][\w’'-]*)"
)

# ... or, at the paragraph's end, where "<Name>, the <post>, said." begins, glued or after a
# comma: "we will be watching every doorKofi Mensah, the union's general secretary, said."
_CUT_BEFORE_APPOSED_CUE = re.compile(
    rf"(?:,\s*|\s+|(?<=[{SMALL}]))"
    r"(?P<np>" + _NAME_BEFORE_CUE + r")"
    r",\s+(?:the|an?|its|his|her|their)\s+[^,.!?\"“”«»]{1,60},\s+(?:" + _SPEECH_TAIL_VERBS + r")[.!]?\s*$"
)

# ... or where an inverted "said <Name>" begins, glued to the last quoted word: "a car park for
# turbinessaid Ann Lee" (not "unsaid", "aforesaid", "gainsaid", "essays")
_CUT_BEFORE_GLUED_INVERTED = re.compile(
    rf"(?<=[{SMALL}])(?<!un|re)(?<!afore)(?<!gain)(?:said|(?<!es)says)\s+(?P<np>{_NAME_BEFORE_CUE}|the\s+[a-z]+\b"
    rf"|(?:[a-z]{{2,9}}\.?|[a-z]+\s+of(?:\s+the)?)\s+[{CAPITAL}]|one\s+[a-z]+)"
)  # (or a post: "my son landed in ambulancesaid the mother of the boy", "… for two yearssaid the mayor, who …";
# a title in a translation's lower case, "tramsaid pan Lask", "shieldsaid dr Lee"; "listensaid president of Acme";
# "streetsaid one neighbour"; when, in inverted order, "townsaid on Monday the chairwoman")

# ... or, at the paragraph's end, where ", the <role> said." begins: "is not loss, the judge wrote."
_CUT_BEFORE_ROLE_CUE = re.compile(
    r",\s+(?P<np>the\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)\s+(?:" + _SPEECH_TAIL_VERBS + r")[.!]?\s*$"
)


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted words between ``start`` and ``end`` (marks excluded).

    ``open_at``/``close_at`` are the offsets of the marks themselves (or -1
    when a mark is missing); ``continues`` is True when the quotation goes on
    in the next paragraph, so the paragraphs share one attribution.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    continues: bool = False


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _classify_double(par: str, i: int) -> str:
    """Say whether the double mark at ``par[i]`` opens, closes or is unclear."""
    ch = par[i]
    prev = par[i - 1] if i > 0 else " "
    nxt = par[i + 1] if i + 1 < len(par) else "\n"
    after = par[i + 2] if i + 2 < len(par) else "\n"
    prev_space = prev in _OPEN_BEFORE or prev.isspace()
    next_space = nxt.isspace() or nxt == "\n"
    if ch in DOUBLE_OPENERS:
        # An opener standing where a closer belongs: at the end, before
        # closing punctuation, or glued to the word before it.
        if nxt == "\n" or (nxt in _CLOSING_PUNCT and (after.isspace() or after == "\n")):
            return "close"
        if next_space and not prev_space:
            return "close"
        if next_space and par[i + 1:i + 4].lstrip(" \t\u00a0\u202f")[:1] in {",", ";"}:
            return "close"  # spaced as French spaces it, then a comma: "… however far he flees « , insisted Lee"
        if next_space and prev_space and ch == "«" and par.rfind("«", 0, i) > par.rfind("»", 0, i) and _CUE_AFTER_MARK.match(par, i + 1):
            return "close"  # spaced, then the cue: "« My client did nothing illegal « declared Me Ann Lee"
        return "open"
    if ch in DOUBLE_CLOSERS:
        if prev_space and _is_word(nxt):  # (Swedish and German open with »)
            return "open"
        return "close"
    # straight double quote
    if prev_space and not next_space:
        return "open"
    if not prev_space and (next_space or nxt in _CLOSING_PUNCT or nxt in ALL_DOUBLE):
        return "close"
    return "either"


_CUE_AFTER_MARK = re.compile(r"[ \t\u00a0\u202f]+(?:" + _SPEECH_TAIL_VERBS + r")\b")


def _trim(par: str, a: int, b: int) -> tuple[int, int]:
    while a < b and par[a].isspace():
        a += 1
    while b > a and par[b - 1].isspace():
        b -= 1
    return a, b


def _cut_unclosed(par: str, a: int, b: int) -> int:
    """End of an unclosed quotation: before a glued-on "<Name> said", if any (the first
    "…ambulancesaid the mother" of all: the words glued to "said" are the last quoted)."""
    glued = next((m for m in _CUT_BEFORE_GLUED_INVERTED.finditer(par, a, b) if m.start() > a + 3), None)
    if glued is not None:
        return glued.start()
    last = None
    for m in _CUT_BEFORE_CUE.finditer(par, a, b):
        if m.start("np" if m.group("np") else "pn") > a + 3:
            last = m
    for pattern in (_CUT_BEFORE_INVERTED, _CUT_BEFORE_ROLE_CUE, _CUT_BEFORE_APPOSED_CUE):
        for m in pattern.finditer(par, a, b):
            if m.start() > a + 3 and (last is None or m.start() > last.start()):
                last = m
    if last is None:
        return b
    end = last.start()
    # keep the comma-less end ("...of the NATO") but drop a joining comma
    return end


# Russian and Ukrainian interrupt a quotation with its attribution between dashes
# inside the marks, the words before the first dash ending in , . ! ? or …, and
# machine translation keeps it: «We are ready, — said the minister. — The talks go on».
_DASH_INTERRUPTION = re.compile(
    r"(?<=[,.!?…])[ \t]+[—–-][ \t]+"
    r"(?:(?:" + _SPEECH_TAIL_VERBS + r")[ \t]+(?:the|an?|his|her|he|she|they|[A-Z])[^—–«»“”\"\n]{0,150}?"
    r"|(?:he|she|they|it)[ \t]+(?:" + _SPEECH_TAIL_VERBS + r")(?:[ \t]+[^—–«»“”\"\n]{1,60}?)?)"
    r"[.,]?[ \t]+[—–-][ \t]+(?=\w)"
)


# French sets the attribution inside the guillemets after a comma, with no dash, and translation
# keeps it: « Our pumps are forty years old, has he pleaded. We need new ones. »
_INCISE_INTERRUPTION = re.compile(
    r"(?<=,)[ \t]+(?:(?:has|had)[ \t]+(?:he|she|they)[ \t]+(?:[a-z]+ed|said|told|thrown|sworn)(?:[ \t]+[^«»“”„\"'’\n.!?,]{1,40}?)?"
    r"(?:[.][ \t]+(?=[A-Z])|,[ \t]+(?=[a-z]))"
    r"|(?:he|she|they)[ \t]+(?:said|says|added|adds|insisted|insists|explained|explains|stressed|pleaded|warned|told)\b"
    r"(?:[ \t]+(?!that\b)[^«»“”„\"'’\n.!?,]{1,40}?)?[.][ \t]+(?=[A-Z])"
    # (or the speaker named after a verb in the present: « …, affirms its director general, M. Tom Lee. … »)
    r"|(?:affirms|assures|explains|insists|adds|says|declares|warns|stresses|recalls|estimates|regrets)[ \t]+"
    r"(?:the|its|his|her|their|M\.|Mme|Mr|Mrs|Ms|Dr|[A-Z])[^«»“”„\"\n!?]{0,70}?[a-z][.][ \t]+(?=[A-Z]))"
    # (Spanish glues its dashes to the words: «… —declared the businessman on Monday—. Our margins …»)
    r"|[ \t]+—(?P<verb>[a-z]+)\b[^—«»“”\n]{0,80}?—[.,]?[ \t]+(?=[A-Z¡¿])"
)


def _interrupted(par: str, base: int, s: int, e: int, open_at: int, close_at: int) -> list[QuoteSpan]:
    """One quotation, or its two parts around a cue set between dashes (or, as French does it,
    after a comma: « …, has he pleaded. … »)."""
    cut = _DASH_INTERRUPTION.search(par, s, e) or next(
        (m for m in _INCISE_INTERRUPTION.finditer(par, s, e) if m.group("verb") is None or m.group("verb") in _TAIL_VERBS), None)
    if cut is None:
        return [QuoteSpan(base + s, base + e, open_at, close_at)]
    first = _trim(par, s, cut.start())
    first_end = first[1] - (par[first[1] - 1] == ",")
    return [QuoteSpan(base + first[0], base + first_end, open_at, -1),
            QuoteSpan(base + cut.end(), base + e, -1, close_at)]


_DOUBLE_MARK = re.compile("[" + ALL_DOUBLE + "]")
# A single mark that may open a quotation: after a space or an opening bracket,
# before a word character.
_SINGLE_OPEN = re.compile(r"(?:(?<=[\s(\[—–\-:])|^)[" + SINGLE_OPENERS + r"'](?=\w)")


# Marks that open a quotation inside another, by the outer opening mark, with their closers:
# Japanese 「…『…』…」 and Russian or Ukrainian «…„…“…».
_INNER_OPENERS = {"「": {"『": "』"}, "«": {"„": "“”"}}


def _double_spans(par: str, base: int, carried: bool, runs_on: bool = False) -> tuple[list[QuoteSpan], bool]:
    """Pair the double marks of one paragraph.

    ``carried`` says the previous paragraph left a quotation open, ``runs_on`` that
    the next one opens with a mark; returns the spans and whether this paragraph
    leaves one open. A paragraph that opens a quotation going on into the next
    paragraph is quoted whole: its "He wrote it down." or "Awful jokes." is no
    "<Name> said" cue, since the next paragraph's opening mark shows the speech goes on.
    """
    marks = [m.start() for m in _DOUBLE_MARK.finditer(par)]
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    if carried and (not marks or _classify_double(par, marks[0]) == "close"):
        # continuation paragraph without its own opening mark
        open_at = -1
    inner: str | None = None  # the closers of a quotation inside the open one
    for i in marks:
        if inner is not None:
            if par[i] in inner:
                inner = None
            continue
        closers = _INNER_OPENERS.get(par[open_at], {}).get(par[i]) if open_at is not None and open_at >= 0 else None
        if closers is not None and any(par[j] in closers for j in marks if j > i):
            inner = closers  # 「…『…』…」, «…„…“…»: words quoted inside
            continue
        kind = _classify_double(par, i)
        if kind == "either" or (par[i] in DOUBLE_CLOSERS and open_at is not None):
            # a closing-shaped mark while a quotation is open always closes it
            kind = "close" if open_at is not None else "open"
        elif par[i] == "“" and open_at is not None and open_at >= 0 and par[open_at] == "„":
            # German and Central European marks: „…“ closes with the mark English opens
            # with, even glued to the next word (``…des Landes“Hammelrath added``)
            kind = "close"
        elif kind == "open" and open_at is not None and par[i] == '"' and open_at >= 0 and par[open_at] == '"' \
                and par[i - 1] == " " and par[open_at + 1:open_at + 2] == " " and par[i + 1:i + 2] in _CLOSING_PUNCT:
            # marks spaced off their words, as translations leave them: ``a " fishing trip ".``
            kind = "close"
        elif kind == "open" and open_at is not None and par[i - 1] in ",.!?…":
            # a quotation is open and its last words end in punctuation: a closing
            # mark glued to the next word, ``"We agree,"Lee said``
            kind = "close"
        elif kind == "close" and open_at is None and par[i - 1].isalpha() and _is_word(par[i + 1:i + 2] or " "):
            # a closing mark glued between two words with nothing open, and the paragraph's
            # next mark closes: it opens, ``Lee said”I feel for her.”``
            later = next((j for j in marks if j > i), None)
            if later is not None and _classify_double(par, later) == "close":
                kind = "open"
        if kind == "open":
            if open_at is not None:
                # a new opening mark while one is open: the first lost its closer
                a = open_at + 1
                end = _cut_unclosed(par, a, i)
                s, e = _trim(par, a, end)
                if e > s:
                    spans.append(QuoteSpan(base + s, base + e, base + open_at if open_at >= 0 else -1, -1))
            open_at = i
        else:
            if open_at is None:
                continue  # stray closing mark
            s, e = _trim(par, open_at + 1, i)
            if e > s:
                spans.extend(_interrupted(par, base, s, e, base + open_at if open_at >= 0 else -1, base + i))
            open_at = None
    leaves_open = False
    if open_at is not None:
        a = open_at + 1
        middle = runs_on and not par[:open_at].strip()
        end = len(par) if middle else _cut_unclosed(par, a, len(par))
        s, e = _trim(par, a, end)
        if e > s:
            leaves_open = end == len(par)
            spans.append(QuoteSpan(base + s, base + e, base + open_at if open_at >= 0 else -1, -1, leaves_open))
    return spans, leaves_open


def _closes_single(par: str, j: int) -> bool:
    """Whether the single closer at ``j`` can end a quotation (not the apostrophe of "didn’t")."""
    return par[j] in SINGLE_CLOSERS and _ends_words(par, j)


def _ends_words(par: str, j: int) -> bool:
    """Whether the single mark at ``j`` stands where a closer may: glued to the word before it
    and not to a word after it, unless that word is a cue verb ("‘…my eyes’said Lucas")."""
    after = par[j + 1] if j + 1 < len(par) else " "
    return not par[j - 1].isspace() and (not _is_word(after) or _GLUED_CUE.match(par, j + 1) is not None)


# A cue verb glued to the mark that closes a quotation ("‘…my eyes’said Lucas"): no contraction
# ends so, unlike the apostrophe of "didn’t" or "it’s".
_GLUED_CUE = re.compile(r"(?:said|says|added|adds|told|tells|asked|insisted|explained)\b")


def _single_spans(par: str, base: int, taken: list[tuple[int, int]], runs_on: bool = False) -> list[QuoteSpan]:
    """Single-mark quotations (headlines use them), outside double-quoted text.

    ``runs_on`` says the next paragraph opens with ‘: British papers quote a speech
    over several paragraphs so, each opened, only the last closed."""
    spans: list[QuoteSpan] = []
    n = len(par)
    resume = 0
    for m in _SINGLE_OPEN.finditer(par):
        i = m.start()
        if i < resume:
            continue
        ch = par[i]
        closer = "'" if ch == "'" else SINGLE_CLOSERS + "\u2018" if ch == "\u201a" else SINGLE_CLOSERS  # (German ‚…‘)
        j = i + 1
        found = -1
        while j < n and j - i <= MAX_SINGLE_QUOTE_CHARS:
            cj = par[j]
            if cj in closer and _ends_words(par, j):
                # "allies’ " after an s is a possessive, unless punctuation follows
                found = j
                break
            if cj in ALL_DOUBLE:
                # words the speaker quotes, in double marks inside single ones (British style:
                # ‘There is a clause that says "no talks",’ she said): past them, else no quotation
                inner = next((k for k in range(j + 1, min(n, i + MAX_SINGLE_QUOTE_CHARS)) if par[k] in ALL_DOUBLE), -1)
                if inner < 0 or j == i + 1:
                    break
                j = inner
            j += 1
        if found > 0:
            a, b = _trim(par, i + 1, found)
            absolute = (base + a, base + b)
            if b > a and not any(s <= absolute[0] < e for s, e in taken):
                spans.append(QuoteSpan(absolute[0], absolute[1], base + i, base + found))
            resume = found + 1
        elif ch == "\u2018" and par[i + 1:i + 2].isupper() and par.rstrip()[-1:] in ".!?…" and (
                spans and not any(c in SINGLE_CLOSERS or c in ALL_DOUBLE for c in par[i + 1:])
                or runs_on and not any(_closes_single(par, j) for j in range(i + 1, n))
                and sum(c in ALL_DOUBLE for c in par[i + 1:]) % 2 == 0):
            # British style, the closing mark missing at the paragraph's end: "‘A,’ said Mr Lee. ‘B."
            # or the speech going on in the next paragraph (which may quote someone in double marks),
            # unless its cue is glued on: "‘…, sobbed mum-of-two Ann Lee, 34."
            end = _cut_unclosed(par, i + 1, len(par))
            a, b = _trim(par, i + 1, end)
            if b > a and not any(s <= base + a < e for s, e in taken):
                spans.append(QuoteSpan(base + a, base + b, base + i, -1, runs_on and end == len(par)))
            break
    return spans


_PARAGRAPH = re.compile(r"[^\r\n]+")
# Markup left in scraped text (embedded posts, <tag attr="value">): its quote
# marks delimit attribute values, not anyone's words.
_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>\n]*)?/?>")


def blanked(pattern: re.Pattern[str], text: str) -> str:
    """``text`` with every match of ``pattern`` replaced by spaces: words out of the reading,
    offsets unchanged."""
    return pattern.sub(lambda m: " " * len(m.group()), text)


def _blank_markup(text: str) -> str:
    """``text`` with markup tags replaced by spaces (offsets unchanged)."""
    if "<" not in text:
        return text
    return blanked(_MARKUP_TAG, text)


# Two apostrophes standing for a double mark (news archives' plain-text exports:
# ''We will win,'' she said). Rewritten, for scanning only, as a space and a
# straight double mark placed where it reads as opening or closing.
_TWO_APOSTROPHES = re.compile(r"''(?!')")


def _double_apostrophes(text: str) -> str:
    if "''" not in text:
        return text

    def repl(m: re.Match[str]) -> str:
        nxt = text[m.end():m.end() + 1]
        return ' "' if nxt.isalnum() or nxt in "(…[" else '" '

    return _TWO_APOSTROPHES.sub(repl, text)


_DASHES = "-–—"
# Dialogue as Russian and Ukrainian write it, kept by machine translation: the
# paragraph opens with a dash, and a dash after the words brings the attribution
# ("- We ask you to save power, - added he. - The night will be cold.").
# (Spanish glues the em dash to the words: "—We bought three cans —tells Ana Lee—. Last night …")
_DASH_LINE = re.compile(r"\s*(?:[-–—]\s+|—(?=[¡¿]?[A-Z]))(?=[¡¿A-Z«“\"])")
_DASH_ATTRIBUTION = re.compile(r"(?<=[\w.,!?…])[,]?\s+(?:[-–—]\s+|—)(?=[a-z])")
_DASH_INSIDE = re.compile(r"(?<=[.!?…:])[ \t]+[-–—][ \t]+(?=[A-Z«“\"])")
# (Italian goes on after the attribution with a spaced dash and a small letter: "— A little,
# yes — she answers, without looking up — but I have nothing to hide.")
_DASH_GOES_ON = re.compile(r"[.!?…]\s+[-–—]\s+(?=[A-Z])|(?<=[\w.])—[.,;]?\s+(?=[A-Za-z¡¿])|(?<=\w)[ \t]+[–—][ \t]+(?=[a-z])")
# Scandinavian and German papers close the words with a comma and the cue alone
# ("– Contact your pharmacy, says Ann Lee, unit chief." / "…, she says.").
_DASH_COMMA_CUE = re.compile(  # (and, translated, "…, tells union chairman Jari Heikkilä to the paper")
    r",\s+(?:(?:" + _SPEECH_TAIL_VERBS + r"|tells|told)\s+(?=[A-Z]|the\s|an?\s|(?:he|she|they)\b|(?:[a-z][\w’'-]*\s+){1,2}[A-Z]"
    r"|(?:[a-z][\w’'-]*[ \t]+){0,2}[a-z][\w’'-]*\s*$)"  # (a headline's "…, says federation president")
    r"|(?:he|she|they|the\s+[a-z][\w’'-]*|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+(?:" + _SPEECH_TAIL_VERBS + r")\b)"
)


# The cue after a dash quotation's closing dash: "– he added", "– said the minister".
_DASH_CUE_AFTER = re.compile(r"[,]?\s+[-–—]\s*(?:(?:he|she|they)\s+(?P<after>[a-z]+)\b|(?P<before>[a-z]+)\s+(?:the\s|[A-Z]|(?:he|she|they)\b))")


def _cue_after_dash(text: str, at: int) -> bool:
    """Whether a verb of saying follows the closing dash at ``at`` ("– he added", "– said the minister"); the
    verb is looked up in a set, not spelt out in the pattern, which would cost its compiling at import."""
    m = _DASH_CUE_AFTER.match(text, at)
    return m is not None and (m.group("after") or m.group("before")) in _TAIL_VERBS


def _dash_dialogue(par: str, offset: int, dialogue: bool = False) -> list[QuoteSpan]:
    """The spoken words of a dash-dialogue paragraph: a dash opening the paragraph, or
    one after a sentence ("He points to the day ferry. – In the daytime …, says he."),
    and the attribution after the words (a dash, or a comma and a cue). In an article
    that writes its dialogue so (``dialogue``), words after a dash need no attribution:
    they go on what the last speaker said."""
    opening = _DASH_LINE.match(par) or _DASH_INSIDE.search(par)
    if opening is None:
        return []
    attribution = _DASH_ATTRIBUTION.search(par, opening.end()) or _DASH_COMMA_CUE.search(par, opening.end())
    dash = next(i for i in range(opening.start(), opening.end()) if par[i] in _DASHES)
    if attribution is None:
        start, end = _trim(par, opening.end(), len(par))
        # a heading that gives a speaker (a post or a name), a colon and the words: "The lawyer: – Far
        # too little" (not "New rules: – Boats run hourly")
        label = par[:par.rfind(":", 0, dash)].split()
        heading = ":" in par[max(0, dash - 3):dash] and "\n" not in par.strip() and len(par.strip()) <= 120 \
            and 1 <= len(label) <= 3 and (label[-1].lower() in ROLE_NOUNS or all(w[:1].isupper() for w in label[-2:]))
        return [QuoteSpan(offset + start, offset + end, offset + dash, -1)] if (dialogue or heading) and end > start else []
    end = attribution.start()
    while end > opening.end() and par[end - 1] in ",":
        end -= 1
    spans = [QuoteSpan(offset + opening.end(), offset + end, offset + dash, -1)]
    more = _DASH_GOES_ON.search(par, attribution.end())
    if more is not None:
        tail = par.rstrip()
        dash = next(i for i in range(more.start(), more.end()) if par[i] in _DASHES)
        spans.append(QuoteSpan(offset + more.end(), offset + len(tail), offset + dash, -1))
    return spans


def _around(text: str, spans: list[QuoteSpan], marked: list[QuoteSpan]) -> list[QuoteSpan]:
    """The parts of ``spans`` outside the quotations in marks, ``marked``, that hold words."""
    out: list[QuoteSpan] = []
    for span in spans:
        start = span.start
        for inner in sorted(marked, key=lambda q: q.start):
            a = inner.open_at if inner.open_at >= 0 else inner.start
            b = inner.close_at + 1 if inner.close_at >= 0 else inner.end
            if start <= a and b <= span.end:
                out.append(QuoteSpan(*_trim(text, start, a), span.open_at if start == span.start else -1, -1))
                start = b
                while start < span.end and text[start] in ".,;:!?…":
                    start += 1  # (the sentence's stop after the marks: "«…». That is my father")
        out.append(QuoteSpan(*_trim(text, start, span.end), span.open_at if start == span.start else -1, -1))
    return [q for q in out if sum(ch.isalpha() for ch in text[q.start:q.end]) > 3]


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quoted span in ``text``, in order of appearance."""
    text = _double_apostrophes(_blank_markup(text))
    spans: list[QuoteSpan] = []
    carried = False
    dialogue: bool | None = None  # whether the article writes dash dialogue (read when first needed)
    for m in _PARAGRAPH.finditer(text):
        par = m.group()
        if not par.strip():
            continue
        has_double = any(c in par for c in ALL_DOUBLE)
        doubles: list[QuoteSpan] = []
        runs_on = False  # the next paragraph opens with a mark
        if has_double or carried:
            nxt = text[m.end():m.end() + 400].lstrip()
            runs_on = bool(nxt) and nxt[0] in ALL_DOUBLE
            doubles, carried = _double_spans(par, m.start(), carried, runs_on)
        else:
            carried = False
        if carried and not runs_on:
            # a quotation only continues into a paragraph that opens with a mark
            carried = False
            if doubles and doubles[-1].continues:
                last = doubles[-1]
                doubles[-1] = QuoteSpan(last.start, last.end, last.open_at, last.close_at, False)
        if doubles and _DASH_LINE.match(par) and par.lstrip()[:1] in _DASHES:
            # a dash line quoting someone in marks: "—My father writes instructions —laughs Ann—. The
            # first thing he said was «we are well». …": her words around the marks, and theirs
            doubles = sorted(doubles + _around(text, _dash_dialogue(par, m.start()), doubles), key=lambda s: s.start)
        if doubles and not _DASH_LINE.match(par) and (inside := _DASH_INSIDE.search(par, doubles[-1].end - m.start())):
            # a dash quotation after the words in marks, its cue after a second dash: "… assured that „…”. – The
            # fault was ours – he added."
            dashed = [q for q in _dash_dialogue(par[inside.start():], m.start() + inside.start())
                      if _cue_after_dash(text, q.end)]
            if not dashed and par[inside.start() - 1] == ":":  # (or after a colon, to the paragraph's end: "He praised
                # the staff: – They ran the signals by hand.")
                a, b = _trim(par, inside.end(), len(par))
                dash = next(i for i in range(inside.start(), inside.end()) if par[i] in _DASHES)
                dashed = [QuoteSpan(m.start() + a, m.start() + b, m.start() + dash, -1)] if b > a else []
            doubles = sorted(doubles + dashed[:1], key=lambda s: s.start)
        if not doubles and ("-" in par or "–" in par or "—" in par):
            doubles = _dash_dialogue(par, m.start())
            if not doubles and (_DASH_LINE.match(par) or _DASH_INSIDE.search(par)):
                if dialogue is None:
                    dialogue = any(_dash_dialogue(p.group(), 0) for p in _PARAGRAPH.finditer(text)
                                   if p.group().lstrip()[:1] in _DASHES)
                doubles = _dash_dialogue(par, m.start(), dialogue)
        singles: list[QuoteSpan] = []
        if any(c in par for c in SINGLE_OPENERS) or "'" in par:
            singles = _single_spans(par, m.start(), [(s.open_at if s.open_at >= 0 else s.start, s.end) for s in doubles],
                                    text[m.end():m.end() + 400].lstrip()[:1] == "\u2018")
            # (words someone is quoted as saying inside a speech are part of that speech)
            doubles = [d for d in doubles if not any(g.start <= d.start < g.end for g in singles)]
        spans.extend(sorted(doubles + singles, key=lambda s: s.start))
    return spans


def nested_quotes(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Quotations inside the double-marked ``spans``: ‘…’ in “…”, 『…』 in 「…」, „…“ in «…»
    ("We were watching the match. Ann said, ‘Do you smell that?’ and I …"). Their words are
    the outer speaker's too; whether someone else said them first is for the attribution."""
    text = _double_apostrophes(_blank_markup(text))
    out: list[QuoteSpan] = []
    for span in spans:
        if span.open_at < 0 or text[span.open_at] not in ALL_DOUBLE:
            continue
        inner = text[span.start:span.end]
        found = _single_spans(inner, span.start, []) if any(c in inner for c in SINGLE_OPENERS) or "'" in inner else []
        for opener, closers in _INNER_OPENERS.get(text[span.open_at], {}).items():
            at = inner.find(opener)
            while at >= 0:
                close = next((k for k in range(at + 1, len(inner)) if inner[k] in closers), -1)
                if close < 0:
                    break
                a, b = _trim(inner, at + 1, close)
                if b > a:
                    found.append(QuoteSpan(span.start + a, span.start + b, span.start + at, span.start + close))
                at = inner.find(opener, close + 1)
        out.extend(q for q in found if sum(ch.isalpha() for ch in text[q.start:q.end]) > 3)
    return sorted(out, key=lambda q: q.start)

