"""The extractor: text in, attributed quotations out (the only spaCy module).

Two pipelines, one set of rules:

* default: ``spacy.blank("en")`` plus the ``quotesearch_quotes`` rule
  component. The rules read the text itself (quote marks, cue verbs, name
  shapes), so :class:`Extractor` calls them directly rather than paying for a
  tokenisation they do not use; ``nlp(text)`` gives the same result.
* ``--model NAME`` (or ``QUOTESEARCH_MODEL``): an installed trained pipeline
  such as ``en_core_web_sm``; its PERSON entities teach the rules which
  capitalised phrases are people.

No spaCy object leaves this module: callers get :class:`~records.Quotation`.
spaCy itself is imported when a pipeline is first needed (``Extractor.nlp``,
``load_pipeline``, a trained model): importing it costs over a second, which
the default extractor, calling the rules directly, does not need to pay.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

from .attribution import BODY_KIND_AFTER_NAME, attribute, mostly_capitalised, plain_words
from .cues import CLAUSE_OPENERS, DETERMINERS, PRONOUNS, SURNAME_START
from .quotemarks import QuoteSpan, find_quotes, nested_quotes
from .posts import find_posts
from .records import Quotation
from .speakers import SpeakerRef, parse_mention
from .turns import with_turns, without_narrators

COMPONENT = "quotesearch_quotes"
_USER_DATA_KEY = "quotesearch_quotations"

# The words that give a nickname, with whom it is used by: "known as", "known to his crewmates as".
_KNOWN_AS = r"known(?:\s+to(?:\s+[\w’'-]+){1,4})?\s+as"
# A quoted title, nickname or name of a body is not a statement: "the film
# “Gone Girl”", "Dwayne “The Rock” Jones", "told ABC’s “Good Morning America”",
# "the “Broad City” star", "the company «Nord Trans»".
_TITLE_CUES = re.compile(
    r"\b(?:film|movie|book|novel|memoir|song|anthem|album|show|series|programme|program|podcast|play|"
    r"musical|sitcom|documentary|episode|column|op-ed|essay|magazine|segment|video|ad|painting|poem|"
    r"newspaper|tabloid|season|type|brand|author|operation|feature|"
    r"report|audit|study|review|survey|manual|handbook|guidelines|strategy|"
    # a body's name in marks, as translations write it: "the association «Kramsk Niva»"
    r"association|company|firm|party|plant|factory|club|movement|foundation|fund|union|"
    r"organi[sz]ation|enterprise|holding|society|charity|airline|agency|institute|coalition|alliance|"
    r"broadcast|titled|entitled|called|named|dubbed|nicknamed|nickname|" + _KNOWN_AS + r"|hashtag|headline|"
    # an event's name, as Japanese marks it: "the road race 「Tour de Valmaréa」"
    r"race|tournament|festival|championship|competition|exhibition|conference|"
    # a group's name for itself: "a hacker group naming itself «Salt Ghosts»"
    r"(?:calling|calls|naming|names)\s+(?:itself|themselves))(?:\s+of)?\W*$",
    re.IGNORECASE,
)
# A group's name of two words or more in marks: the hacker group “Night Harbor” (a word alone
# may be how someone said it: "pronounced the name of the group “Hamas” as if …").
_GROUP_CUES = re.compile(r"\b(?:group|gang|collective|cell|initiative|platform|network|insurer|bank)\W*$", re.IGNORECASE)
# Nouns for works whose titles translations write in sentence case: "the book «Small
# states in the big game»" (not "called", "party" …: "called it «A disgrace»" is a quotation;
# nor a noun that ends the sentence before: "The team will play. „We are …”").
_WORK_CUES = re.compile(
    r"\b(?:film|movie|book|novel|memoir|song|album|documentary|play|poem|essay|podcast|monograph)[^\w.!?]*$",
    re.IGNORECASE,
)
# Words that give any text's title, in sentence case too: "a report titled «Lessons of the flood»".
_TITLED = re.compile(r"\b(?:titled|entitled|headlined)\W*$", re.IGNORECASE)
# Words that give someone's nickname: "the mayor, nicknamed « the Crane »", "known to his
# crewmates as “Big Pete”".
_NICKNAMED = re.compile(r"\b(?:nicknamed|nickname|" + _KNOWN_AS + r")\W*$", re.IGNORECASE)
# … or who gave it: "nicknamed by the local press the « Iron Lady »".
_NICKNAMED_BY = re.compile(r"\b(?:nicknamed|dubbed)[ \t]+by[ \t]+(?:[\w’'-]+[ \t]+){1,5}\W*$", re.IGNORECASE)
# … or as people call them: "the climber fans call “the Hummingbird”".
_CALL = re.compile(r"\b(?:call|calls)\W*$", re.IGNORECASE)
# Where a programme is named: "on ABC’s “This Week”", "in an interview with “Meet the Press”".
_TITLE_PLACE = re.compile(
    r"(?:\b[A-Z][A-Za-z.&]*[A-Z][A-Za-z]*[’']s|\b(?:show|channel|network|station|program|programme|newspaper|"
    r"magazine|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[’']s|\b(?:on|with|in))\W*$"
)
# Nouns a title modifies: "the “Broad City” star", "a “Make It Great” hat".
_TITLE_HEAD = re.compile(
    r"^\W*\s+(?:star|stars|host|hosts|co-host|anchor|actor|actress|author|creator|cast|program|programme|show|"
    r"series|episode|podcast|segment|movie|film|book|award|awards|franchise|pageant|festival|hat|hats|"
    r"campaign|campaigns|initiative|scheme|petition|slogan|motto|report|brochure|project)\b",
    re.IGNORECASE,
)
# Last words of the names of plans, treaties and prizes: "the “Silk Road Initiative,”".
_NAME_HEADS = frozenset(
    "initiative act accord treaty agreement doctrine strategy programme program project fund summit forum "
    "award awards prize cup festival".split()
)
_TITLE_CASE_WORD = re.compile(
    r"^[(\[]*(?:[A-Z0-9#@$][\w’'&./-]*|of|the|a|an|and|in|on|for|to|at|by|with|or|from|vs|is|as|&|de|du|des|la|le|di|da|del|van|von|der)[,.:;!?)\]]*$"
)


class ModelError(Exception):
    """A spaCy pipeline named by the user cannot be loaded."""


def _is_title_case(words: list[str]) -> bool:
    return bool(words) and words[0][:1].isupper() and all(_TITLE_CASE_WORD.match(w) for w in words) \
        and (len(words) == 1 or any(w[:1].isupper() for w in words[1:]))


_SURNAME_NEXT = re.compile(r" " + SURNAME_START)
# A cue and the paper it was said to, in quotation marks, before the speaker's name.
_TOLD_PAPER = re.compile(r"\b(?:said|told|tells|declared|stated|explained|confirmed|admitted)(?:[ \t]+to)?[ \t]*$")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][\w’'-]+[ \t]+[A-Z][\w’'-]+")
# An owner just before marks: what they hold is a thing with a name, no one's words.
_OWNED_BEFORE = re.compile(r"(?:\b(?:own|its)|\w[’']s)[ \t]*$")


def _is_name_not_statement(text: str, span: QuoteSpan) -> bool:
    """True for a quoted title of a work or a nickname."""
    words = text[span.start:span.end].split()
    if len(words) > 10:
        return False
    open_at = span.open_at if span.open_at >= 0 else span.start
    before = text[max(0, open_at - 40):open_at]
    if _NICKNAMED_BY.search(before) and len(words) <= 6 and _is_title_case(words) \
            and not words[-1].endswith((".", "!", "?", ",")):
        return True  # "Nicknamed by the local press the « Iron Lady of Republic Avenue »"
    if not _is_title_case(words):
        if len(words) <= 5 and _NICKNAMED.search(before) and not words[-1].endswith((".", "!", "?", ",")) \
                and (words[0][:1].isupper() or words[0].lower() in {"the", "el", "la", "le", "der", "die"}):
            return True  # "nicknamed « the Crane »", "known as 「Kenji-san of the harbour」": a nickname
        if 2 <= len(words) <= 4 and words[0].lower() == "the" and all(w[:1].isupper() for w in words[1:]) \
                and _CALL.search(before):
            return True  # "the striker fans call “the Crane”" (not "what critics call “the worst deal”")
        return bool(words) and words[0][:1].isupper() and not words[-1].endswith((".", "!", "?", ",")) \
            and (_WORK_CUES.search(before) is not None or _TITLED.search(before) is not None)
    after = text[(span.close_at + 1 if span.close_at >= 0 else span.end):][:30]
    if _TOLD_PAPER.search(before) and _NAME_AFTER.match(after) and not words[-1].endswith((".", "!", "?", ",")):
        return True  # the paper told, then who told it: "– said to „Harbour Post” Karel Novak"
    if _TITLE_CUES.search(before) or words[-1].strip(",.;:!?").lower() in _NAME_HEADS \
            or (len(words) > 1 and _GROUP_CUES.search(before)) \
            or (len(words) > 1 and words[0].lower() == "operation"):  # “Operation Clear Water”
        return True
    if (len(words) >= 2 or not before.rstrip().endswith(("on", "with", "in"))) and _TITLE_PLACE.search(before):
        return True
    if (_TITLE_HEAD.match(after) or BODY_KIND_AFTER_NAME.match(after)) and not words[-1].endswith((".", "!", "?")):
        return True
    if len(words) >= 2 and not words[-1].endswith((".", "!", "?", ",")) and _OWNED_BEFORE.search(before) \
            and not mostly_capitalised(text[text.rfind("\n", 0, open_at) + 1:open_at].split()):
        # a thing someone owns, by its name: "the company’s own ‘Tarrow Line Integrity Review’" (not in
        # a headline, whose capitals say nothing: "Trump’s ‘Working Class’ Support")
        return True
    # a nickname sits between the parts of a name: Dwayne “The Rock” Jones, Jan “Jakes” van der Berg
    prev_word = before.split()[-1] if before.split() else ""
    return prev_word[:1].isupper() and prev_word.isalpha() and _SURNAME_NEXT.match(after) is not None \
        and words[-1][-1:].isalnum() and before.endswith(" ")


def _title_key(words: str) -> str:
    return " ".join(words.strip(" ,.;:!?").lower().split())


def find_quotations(text: str, people: Iterable[SpeakerRef] = ()) -> list[Quotation]:
    """The rules: quotation spans, titles and nicknames dropped, speakers attributed."""
    found = find_quotes(text)
    names = [_is_name_not_statement(text, s) for s in found]
    keys = [_title_key(text[s.start:s.end]) for s in found]
    # a work's title, once known as one, is a title wherever the story quotes it again
    titles = {key for key, name in zip(keys, names) if name}
    kept = [s for s, key, name in zip(found, keys, names)
            if not name and not (key in titles and _is_title_case(text[s.start:s.end].split()))]
    posts = find_posts(text)
    if posts:  # a post's words are its author's; marks inside them give way, as in a turn
        kept = [s for s in kept if not any(p.start <= s.start and s.end <= p.end for p, _ in posts)]
        kept = sorted(kept + [p for p, _ in posts], key=lambda s: s.start)
    spans, speaking, asked = with_turns(text, kept)
    for post, author in posts:
        ref = parse_mention(author)
        speaking[post.start] = (author, ref.name if ref is not None and ref.name else author)
    text = without_narrators(text)  # (offsets kept)
    speakers = {name for _, name in speaking.values() if name is not None}
    learn = [*people, *(ref for ref in map(parse_mention, sorted(speakers)) if ref is not None)]
    hidden = [s for s in found if s not in kept]
    # a turn is its label's person's: "Q:" the interviewer's, "SEVER:" the Luka Sever the lede
    # names (the rules would read the capitals as no one's), "THE CHAIR:" whoever chairs
    quotations = [dataclasses.replace(q, speaker=speaking[q.start][1], mention=speaking[q.start][0], role=None, cue=None)
                  if q.start in speaking else q
                  for q in attribute(text, spans, learn, hidden=hidden, known={at: name for at, (_, name) in speaking.items()})]
    quotations += _quoted_inside(text, spans, quotations, learn, hidden)
    if asked:
        quotations = _you_said(text, quotations, speaking, asked)
    held = [s for s in kept if s not in spans]
    if held:
        turn_starts = {s.start for s in spans if s not in kept}
        turns = [q for q in quotations if q.start in turn_starts]
        quotations += _reported_in_turns(text, held, turns, learn, hidden)
    return _headline_from_story(text, sorted(quotations, key=lambda q: q.start))


def _words(s: str) -> str:
    return " " + " ".join(plain_words(s)) + " "  # (padded, so that "in" finds whole words only)


def _headline_from_story(text: str, quotations: list[Quotation]) -> list[Quotation]:
    """A headline's words nobody is named for are the story's speaker's, when the story
    quotes them in full: "‘The warning was in the concrete’: an expert on …" over an
    interview whose answer says so. (The rules match headlines before an interview's turns
    have their speakers; this reads them after.)"""
    first_line = text.find("\n")
    out = []
    for q in quotations:
        words = _words(q.text) if q.speaker is None and 0 <= q.end <= first_line else ""
        if len(words.split()) >= 3:
            source = next((o for o in quotations if o.start > first_line and o.speaker is not None and words in _words(o.text)), None)
            if source is not None:
                q = dataclasses.replace(q, speaker=source.speaker, mention=source.mention, role=source.role, cue=None)
        out.append(q)
    return out


_CAPITALISED = re.compile(r"(?<![\w’'-])[^\W\d_a-z][\w’'-]+")


def _fold_word(word: str) -> str:
    return word.lower().replace("’", "'").split("'")[0]


def _quoted_inside(text: str, spans: list[QuoteSpan], quotations: list[Quotation], learn: list[SpeakerRef],
                   hidden: list[QuoteSpan]) -> list[Quotation]:
    """Quotations inside quotations whose speaker the outer words name: in “We were watching
    the match. Ann said, ‘Do you smell that?’ and I …” the inner words are Ann's. Read with
    the outer quotation's words in view, as the story's own; kept only when the name stands in
    the outer words before them (a "he" there may be anyone the speaker has in mind)."""
    inner = nested_quotes(text, spans)
    outer_of = {q: next((o for o in quotations if o.start <= q.start and q.end <= o.end), None) for q in inner}
    # (the cheap test first: the outer words must name someone before the inner ones, with a
    # capitalised word that is no pronoun or opener; a second reading of the article is dear)
    inner = [q for q in inner if (o := outer_of[q]) is not None and any(
        _fold_word(w) not in CLAUSE_OPENERS | DETERMINERS for w in _CAPITALISED.findall(text, max(o.start, q.open_at - 100), q.open_at))]
    if not inner:
        return []
    # read only up to the paragraph of the last inner quotation: what comes after it cannot
    # name its speaker, and a second pass over the whole article doubles its cost
    stop = text.find("\n", max(q.end for q in inner))
    stop = len(text) if stop < 0 else stop
    rest = [s for s in spans if s.end <= stop and not any(o is not None and o.start == s.start for o in outer_of.values())]
    out = []
    for q in attribute(text, sorted(rest + inner, key=lambda s: s.start), learn,
                       hidden=[h for h in hidden if h.end <= stop]):
        span = next((s for s in inner if s.start == q.start and s.end == q.end), None)
        outer = outer_of.get(span) if span is not None else None
        named = (q.speaker or "").removeprefix("the ").split()
        if outer is None or q.speaker is None or q.speaker == outer.speaker or not q.mention \
                or q.mention.lower() in PRONOUNS or len(named) < 2 or not all(w[:1].isupper() for w in named):
            continue  # (a full name, or a body's: not "Or", "the question", "Pollsters")
        if text.find(q.mention.split()[-1], outer.start, q.start) >= 0:
            out.append(q)
    return out


# What an interviewer quotes back to the one answering: "On Monday you said you would stay “…”".
_YOU_SAID = re.compile(r"\b[Yy]ou[ \t]+(?:have[ \t]+)?(?:said|told|wrote|called|promised|warned|described|declared)\b[^.?!\n]*$")


def _you_said(text: str, quotations: list[Quotation], speaking: dict[int, tuple[str, str | None]],
              asked: dict[int, int]) -> list[Quotation]:
    """What the paper's interviewer quotes back in a question ("You have called the board
    “…”") is the one who answers it: the next turn's speaker."""
    out = []
    for q in quotations:
        start = next((a for a, b in asked.items() if a <= q.start and q.end <= b), None)
        if start is not None and _YOU_SAID.search(text, max(start, q.start - 120), q.start):
            answer = min((at for at, (_, name) in speaking.items() if at > start and name), default=None)
            if answer is not None:
                q = dataclasses.replace(q, speaker=speaking[answer][1], mention=speaking[answer][0], role=None)
        out.append(q)
    return out


def _reported_in_turns(text: str, held: list[QuoteSpan], turns: list[Quotation], learn: list[SpeakerRef],
                       hidden: list[QuoteSpan]) -> list[Quotation]:
    """Quotations a transcript turn reports someone else as saying ("SAVA: The integrity
    officer, Ann Lee, put out one line: “…”"). The turn holds their words as its speaker's;
    they are kept as well, under who said them, when the turn's own paragraph names that
    speaker and the rules know their full name or a post names them ("As Governor Lee put it")
    (a lone capitalised word may be no one's).

    Read apart from the turns, so that the turn's words stay in view, and without the
    turns' labels (blanked, offsets kept), which name no one the words in the turn speak of."""
    out = []
    pieces, at = [], 0
    for t in turns:
        label = text.rfind("\n", 0, t.start) + 1
        if label >= at:
            pieces += [text[at:label], " " * (t.start - label)]
            at = t.start
    unlabelled = "".join(pieces) + text[at:]
    for q in attribute(unlabelled, held, learn, hidden=hidden):
        turn = next((t for t in turns if t.start <= q.start and q.end <= t.end), None)
        if turn is not None and q.speaker is None and _YOU_SAID.search(text, max(turn.start, q.start - 120), q.start):
            # the interviewer's "you said “…”" is the one who answers: the next turn's speaker
            answer = next((t for t in turns if t.start > turn.end and t.speaker and t.speaker != turn.speaker), None)
            if answer is not None:
                out.append(dataclasses.replace(q, speaker=answer.speaker, mention=answer.mention, role=None))
            continue
        start, end = text.rfind("\n", 0, q.start) + 1, text.find("\n", q.end)
        # (a pronoun stands for someone the turn or the turn before names: "I spoke to the
        # captain. He told me “…”" is not whoever the article's last "he" was)
        named = q.mention
        if q.mention and q.mention.lower() in PRONOUNS and q.speaker:
            named, start = q.speaker, text.rfind("\n", 0, len(text[:start].rstrip())) + 1
        if turn is not None and q.speaker != turn.speaker and (q.speaker is not None and " " in q.speaker or q.role) and named \
                and text.find(named.split()[-1], start, end if end >= 0 else len(text)) >= 0:
            out.append(q)  # (a post the story may not name, "The mayor says “…”", is the corpus's to name)
    return out


class QuoteComponent:
    """spaCy component: stores the article's quotations in ``doc.user_data``.

    Uses the Doc's PERSON entities when an upstream trained pipeline set them.
    """

    def __call__(self, doc: Doc) -> Doc:
        people: list[SpeakerRef] = []
        if doc.has_annotation("ENT_IOB"):
            for ent in doc.ents:
                if ent.label_ == "PERSON":
                    ref = parse_mention(ent.text)
                    if ref is not None:
                        people.append(ref)
        doc.user_data[_USER_DATA_KEY] = find_quotations(doc.text, people)
        return doc


def _make_component(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent()


def load_pipeline(model: str | None = None) -> Language:
    """``spacy.blank("en")`` + rules, or the named trained pipeline + rules."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):
        Language.factory(COMPONENT, func=_make_component)
    if model is None:
        nlp = spacy.blank("en")
    else:
        try:
            nlp = spacy.load(model, exclude=["lemmatizer", "textcat"])
        except (OSError, IOError, ImportError) as exc:
            raise ModelError(
                f"cannot load spaCy pipeline {model!r}: not installed "
                f"(install it with `python -m spacy download {model}`) [{type(exc).__name__}]"
            ) from None
    nlp.add_pipe(COMPONENT, last=True)
    return nlp


def quotations_of(doc: Doc) -> list[Quotation]:
    """The quotations the rule component stored on ``doc``."""
    found: Any = doc.user_data.get(_USER_DATA_KEY, [])
    return list(found)


class Extractor:
    """Reusable extractor: load the pipeline once, call it per article."""

    # trained pipelines see the text in pieces this long (their memory grows with it)
    CHUNK_CHARS = 100_000

    def __init__(self, model: str | None = None) -> None:
        self.model = model
        self.trained = model is not None
        self._nlp: Language | None = load_pipeline(model) if self.trained else None

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline (blank + rule component unless a model was named), built on first use."""
        if self._nlp is None:
            self._nlp = load_pipeline(self.model)
        return self._nlp

    def __call__(self, text: str) -> list[Quotation]:
        if not self.trained:
            # the blank pipeline's tokens are not used by the rules: skip them
            return find_quotations(text)
        return find_quotations(text, self._people(text))

    def _people(self, text: str) -> list[SpeakerRef]:
        pieces = [m.group() for m in re.finditer(r"[^\n]{1,%d}" % self.CHUNK_CHARS, text)]
        disabled = [p for p in self.nlp.pipe_names if p == COMPONENT]
        people: list[SpeakerRef] = []
        with self.nlp.select_pipes(disable=disabled):
            for doc in self.nlp.pipe(pieces, batch_size=64):
                for ent in doc.ents:
                    if ent.label_ == "PERSON":
                        ref = parse_mention(ent.text)
                        if ref is not None:
                            people.append(ref)
        return people


@lru_cache(maxsize=4)
def _shared_extractor(model: str | None) -> Extractor:
    """One loaded pipeline per model name, reused by :func:`extract_quotes`."""
    return Extractor(model)


def extract_quotes(text: str, model: str | None = None) -> list[Quotation]:
    """Quotations of one text, with their speakers (convenience for the API).

    The pipeline is loaded once per model name and kept for later calls.
    """
    return _shared_extractor(model)(text)
