"""Who a speaker phrase names, inside one article and across the corpus.

Three jobs, in the order the pipeline needs them:

* ``parse_mention`` splits a phrase found next to a cue verb ("Pentagon
  spokesman John Doe", "the NATO chief", "he", "Lopez's office") into a
  name, a role and a kind (person, organisation, role, pronoun).
* ``ArticleSpeakers`` resolves mentions inside one article: a surname to the
  full name used elsewhere in the article, a role to the person who holds it,
  a pronoun to the most recent speaker.
* ``assign_canonical`` gives every person one name across all articles:
  spelling variants merge when first name and role agree, a lone surname takes
  the corpus's only full name with that surname, a role held by exactly one
  person in the corpus resolves to that person. Two people who share a
  surname are never merged.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import islice
from typing import Callable, Iterable, Iterator, Sequence

from .cues import (
    ABBREVIATED_TITLES,
    ARABIC_FAMILY,
    CAPITAL,
    CLAUSE_OPENERS,
    COMPANY_KINDS,
    COMPANY_WORDS,
    COURTESY_TITLES,
    CUE_VERBS,
    DEMONYMS,
    DETERMINERS,
    FAMILY_WORDS,
    FIRST_NAME_HONORIFICS,
    GENDER_WORDS,
    GIVEN_NAME_GENDER,
    GLUED_FUNCTION_WORDS,
    HONORIFICS_AFTER,
    INDEFINITE_PRONOUNS,
    KIN_WORDS,
    MEMBERS_BODIES,
    NATIONALITY,
    NICKNAME,
    NICKNAME_CLOSERS,
    NICKNAME_OPENERS,
    OBJECT_PRONOUNS,
    OFFICES,
    ORG_NOUNS,
    DOCUMENT_NOUNS,
    NEWSPAPER_WORDS,
    PARTICLES,
    PLATFORMS,
    SURNAME_JOINERS,
    PLACE_NOUNS,
    PORTFOLIO_BODIES,
    PORTFOLIO_MODIFIERS,
    PORTFOLIOS,
    POSTNOMINALS,
    PRONOUNS,
    QUANTIFIER_PRONOUNS,
    ROLE_CLASSES,
    ROLE_SYNONYMS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROLE_PLURALS,
    SKIPPABLE,
    SMALL,
    SOURCE_NEARNESS,
    STYLES,
    TEXT_NOUNS,
    AUTHORED_TEXTS,
    TITLES,
    MONTHS,
    WEEKDAY_NAME,
    WEEKDAYS,
    UNTRANSLATED_POSTS,
)
from .records import Mention


@dataclass(frozen=True)
class SpeakerRef:
    """A speaker phrase taken apart.

    ``kind`` is "person" (a personal name), "org" (an organisation, office or
    place speaking as one: "the Ministry", "Lopez's office"), "role" (a role
    with no name: "the NATO chief", "a senior administration official") or
    "pronoun". ``definite`` tells "the NATO chief" (someone the reader knows)
    from "a spokesman" (an anonymous source).
    """

    text: str
    kind: str
    name: str | None = None
    role: str | None = None
    definite: bool = True


_CAMEL_GLUE = re.compile(r"(?<=[A-Z])(?=[A-Z][a-z])")
# (not "May", a given name too)
_DATE_GLUE = re.compile("^(?:" + WEEKDAY_NAME + "|" + "|".join(sorted(m.capitalize() for m in MONTHS - {"may"})) + ")(?=[A-Z][a-z])")
_CAPS_FN_GLUE = re.compile(r"\b([A-Z]{2,})(" + "|".join(GLUED_FUNCTION_WORDS) + r")\b")
_TOKEN = re.compile(r"[\w’'.\-\u0300-\u036f]+|[^\s\w]")


def deglue(phrase: str) -> str:
    """Undo words glued together by careless text or machine translation.

    "the NATOJan Holm" -> "the NATO Jan Holm";
    "NATOas" -> "NATO as";
    "MondayLee" -> "Lee" (the day ends the quotation whose closing mark is missing).
    """
    phrase = _CAPS_FN_GLUE.sub(r"\1 \2", phrase)
    phrase = _DATE_GLUE.sub("", phrase)  # "… in court on MondayNwosu said": the day is the quotation's last word
    return _CAMEL_GLUE.sub(" ", phrase)


_SAFE_GLUE = ("to", "as", "where", "who", "which")


def split_glued_suffix(word: str, following: str | None, text: str = "") -> str:
    """Drop a function word glued to the end of a name ("Smithto reporters").

    Only for a word seen once in the article, followed by a lower-case word
    that is not a verb of speech (so the glued word plainly belongs to the
    sentence), and only when the stem stands alone elsewhere in the article
    or the glued word is one machine translation typically glues.
    """
    if not following or not following[:1].islower() or not word[:1].isupper():
        return word
    following = following.rstrip(".,;:!?")  # ("Lee spoke.": the verb, its full stop aside)
    if following.lower() in CUE_VERBS or following.lower() in SKIPPABLE or word.lower() in ROLE_NOUNS:
        return word  # (nor a post: German "the Frau Ministerin before parliament")
    glued = [fn for fn in GLUED_FUNCTION_WORDS
             if len(fn) >= 2 and word.endswith(fn) and len(word) - len(fn) >= 4 and word[-len(fn) - 1].islower()]
    if not glued:
        return word
    counts = _word_counts(text) if text else None
    if counts is not None and _count(counts, word, text) > 1:
        return word
    for fn in glued:
        stem = word[: -len(fn)]
        if fn in {"to", "as"} and following.endswith("ed"):
            continue  # a name's own ending before its verb: "Haruto attended" ("to attended" is no English)
        if fn in _SAFE_GLUE or (counts is not None and _count(counts, stem, text) > 0):
            return stem
    return word


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4)
def _word_counts(text: str) -> Counter[str]:
    """How often each word occurs in ``text`` (cached: asked once per speaker phrase)."""
    return Counter(_WORD.findall(text))


def _count(counts: Counter[str], word: str, text: str) -> int:
    """Occurrences of ``word`` as a whole word in ``text``."""
    if word.isalnum():
        return counts.get(word, 0)
    return len(re.findall(r"\b" + re.escape(word) + r"\b", text))


# Where, not who, before a post: "East region director".
_COMPASS = frozenset("north south east west central northern southern eastern western".split())


def _paragraph_break_back(text: str, pos: int, count: int) -> int:
    """The paragraph break ``count`` breaks back from ``pos`` (-1: the story's start). (Nesting
    ``rfind`` would not do: once one finds none, an end of -1 searches the whole story.)"""
    found = pos
    for _ in range(count):
        if found < 0:
            break
        found = text.rfind("\n\n", 0, found)
    return found


def _is_cap(tok: str) -> bool:
    """A word a name may hold: capitalised, or an Arabic family name with its article ("al-Kaabi")."""
    return tok[:1].isupper() or ("-" in tok[2:4] and ARABIC_FAMILY.match(tok) is not None)


def _bare(tok: str) -> str:
    return tok.lower().strip(".").replace("’", "'")


def _is_role_word(tok: str) -> bool:
    low = _bare(tok)
    if low.endswith("'s"):
        return False
    # ("Miss." is Mississippi)
    return _is_role_noun(tok) or low in ROLE_MODIFIERS or low in TITLES or tok == "Miss" \
        or low.endswith(("-year-old", "-years-old", "-born", "-raised")) \
        or (len(low) >= 9 and tok[:1].isupper() and low.endswith(_GERMAN_POSTS)) \
        or ("-" in tok and tok.split("-")[0].isupper() and _bare(tok.split("-")[-1]) in ROLE_NOUNS)
    # ("Ten-year-old Zain Malik", "Korean-born Ann Lee"; a German compound post a translation leaves as it
    # is: "Kriminaldirektorin Ingrid Solberg", "Bundesministerin", "Pressesprecher", "ACP-President")


_GERMAN_POSTS = ("direktor", "direktorin", "präsident", "präsidentin", "ministerin", "sprecher", "sprecherin",
                 "leiter", "leiterin", "chefin", "kommissar", "kommissarin", "meisterin", "führer", "führerin")
# ("Geschäftsführer Lorenz Haberl": the managing director)


def opens_body_for(tok: str) -> bool:
    """Whether a capitalised word before "for" begins a body's name: a group of
    people ("Citizens for Clean Air", "Parents for …") or a body noun ("Committee
    for Fair Schools"). A singular post before it serves someone instead
    ("Spokesman for Ann Lee")."""
    low = _bare(tok)
    return tok[:1].isupper() and not tok.isupper() and (
        low in ORG_NOUNS or (low.endswith("s") and not low.endswith(("'s", "ss")) and low not in TITLES))


def _is_nationality(word: str) -> bool:
    """"Norwegian", "Czech", "Dutchman": a word for someone's nationality."""
    return word in DEMONYMS or NATIONALITY.match(word) is not None \
        or ("-" in word and all(part in DEMONYMS or NATIONALITY.match(part) is not None for part in word.split("-")))
    # ("Indian-American")


def nationality_surname(ref: SpeakerRef) -> str | None:
    """The capitalised word of a body-like "the Norwegian Dahl": a surname, if the
    article names a Dahl (else it is "the German Bundestag")."""
    words = (ref.name or "").split()
    if ref.kind == "org" and len(words) == 3 and words[0] == "the" and _is_nationality(words[1]) \
            and words[2][0].isupper() and not words[2].isupper():  # (not "the Russian MFA")
        return words[2]
    return None


# "Mother-of-three Ann Lee", "grandfather-of-five", "the 51-year-old": a description, not a name
AGE = re.compile(r"\d+-years?-old")  # ("the 38-year-old": a person by age alone)
_FAMILY_ROLE = re.compile(r"[a-z]+-of-[a-z]+|" + AGE.pattern)


def _is_plural_role(tok: str) -> bool:
    """"officials", "protesters", "spokesmen", "several hundred people": a role held by several people."""
    low = _bare(tok)
    return low in ROLE_PLURALS or low == "people" or (low in ROLE_NOUNS and (
        (low.endswith("s") and low[:-1] in ROLE_NOUNS) or low.endswith(("men", "people"))))


def names_many(role: str) -> bool:
    """Whether a role phrase stands for several people ("hundreds of protesters")."""
    return any(_is_plural_role(t) for t in role.split())


def full_name_in(phrase: str) -> str | None:
    """The full name of the person a phrase names, without a title: "Senator Ann Lee" is Ann Lee."""
    ref = parse_mention(phrase)
    return ref.name if ref is not None and ref.kind == "person" and ref.name and " " in ref.name else None


def _kin_word(role: str) -> str | None:
    """The kin word a role is: "wife", and "Lee's wife" as well."""
    words = role.split()
    if words[-1] in KIN_WORDS and (len(words) == 1 or words[-2].endswith(("'s", "’s"))):
        return words[-1]
    return None


def _is_role_noun(tok: str) -> bool:
    """A role noun, former ones included: "aide", "Ex-aide"."""
    low = _bare(tok).removeprefix("ex-").removeprefix("co-")  # "Ex-aide", "Co-author"
    if low in ROLE_PLURALS and tok[:1].isupper():
        return False  # a capitalised plural is a surname: "Dottie Deans", "Ann Judges"
    return low in ROLE_NOUNS or _FAMILY_ROLE.fullmatch(low) is not None or (tok.islower() and JAPANESE_POST.fullmatch(low) is not None) \
        or (tok.islower() and _PERSON_NOUN.fullmatch(low) is not None) \
        or ("-" in low and low.rsplit("-", 1)[1] in _ROLE_HEADS and low.split("-", 1)[0] in ROLE_NOUNS | ROLE_MODIFIERS) \
        or ("-" in low and low.rsplit("-", 1)[1] in _MILITARY_RANKS and low.split("-", 1)[0] in ROLE_NOUNS | ROLE_MODIFIERS | {"rear"}) \
        or ("-" in low and low.rsplit("-", 1)[1] in _BODY_POST_ENDS)
    # ("Minister-President", "Deputy-Governor", "Auditor-General", a rank: "Vice-Admiral"; not the surname "Smith-Judge";
    # a German compound of the body and the post, "Alvena-chief", "ICA-spokesman")


_BODY_POST_ENDS = frozenset({"chief", "boss", "spokesman", "spokeswoman", "spokesperson", "chef"})  # ("Bergrettungs-Chef")
_MILITARY_RANKS = frozenset({"admiral", "colonel", "commander", "marshal", "major"})  # (after "Vice-", "Rear-", "Lieutenant-")


# Nouns for anybody at all.
_PEOPLE = frozenset({"man", "woman", "boy", "girl", "person", "men", "women", "boys", "girls", "people"})


# Role nouns that end a hyphenated title: "Minister-President", "Deputy-Governor", and the
# "-General" of the offices named so ("Auditor-General", "Attorney-General").
_ROLE_HEADS = OFFICES - {"head", "host", "witness"} | {"general"}


_PRESS_UNITS = frozenset({"service", "office", "centre", "center", "department", "team"})


# An unlisted noun for a person: "the specialist", "the librarian" (not the verbs
# "insist"/"resist", not a "checklist" or a "meridian")
_PERSON_NOUN = re.compile(
    r"(?!(?:per|in|con|re|sub|de|as)sist$)(?![a-z]*(?:check|play|short|wish|black|white|wait|hit|book|track|set|long)list$)"
    r"(?!meridian$|amphibian$)[a-z]{4,}(?:ist|ian)"
)


def _clean_token(tok: str) -> str:
    # a sentence-final period is not part of a name; an abbreviation's is
    if tok.endswith(".") and len(tok) > 2 and "." not in tok[:-1] and _bare(tok) not in TITLES:
        tok = tok[:-1]
    if "-" in tok and tok[:1].isupper():
        tok = _HONORIFIC_SUFFIX.sub("", tok)  # Japanese "Mori-san", Nepali "Gurung-ji" kept by translation
    if _NOUN_CLASS_PREFIX.match(tok):
        tok = tok[1:]  # the Zulu and Xhosa noun-class prefix that translations keep: "uThemba" is Themba
    if tok[:1].isupper() and ("'" in tok or "’" in tok):
        tok = _TURKISH_CASE.sub("", tok)  # a case ending that Turkish joins with an apostrophe: "Lee'nin" is Lee
    return tok


_NOUN_CLASS_PREFIX = re.compile(r"u[A-Z][a-z]{2,}$")
# (genitive -in/-nin, accusative -i/-yi, dative -a/-ya, locative -da/-ta, ablative -dan/-tan, with -la/-yla)
_TURKISH_CASE = re.compile(r"(?<=[a-zçğıöşü])['’](?:n?[ıiuü]n|y?[ıiuü]|y?[ae]|n[ae]|[dt][ae]n?|y?l[ae])$")
# Japanese honorifics and posts that translation leaves after a surname: "Mori-san", "Lee-shichō"
# (the mayor), "Lee-shachō" (the company's president), "Lee-daijin" (the minister), "Lee iinchō"
# (who chairs a committee or a commission), "Lee kyokuchō" (a bureau's head), "Lee-shochō" (an
# institute's or an office's head), "-inchō" a hospital's, "-kanchō" a museum's, "-kōchō" a school's,
# "-gakuchō" a university's, "-buchō" a department's, "-chōkan" an agency's, "-gichō" who chairs
# an assembly, "-sōsai" a central bank's governor or a party's president, "-saibanchō" who presides a court.
_JAPANESE_POSTS = ("shich[oō]u?|saibanch[oō]u?|shach[oō]u?|kaich[oō]u?|iinch[oō]u?|kyokuch[oō]u?|shoch[oō]u?|inch[oō]u?|kanch[oō]u?"
                   "|k[oō]ch[oō]u?|gakuch[oō]u?|buch[oō]u?|ch[oō]kan|gich[oō]u?|s[oō]sai|daijin|chiji|kantoku|shush[oō]"
                   "|gaish[oō]|ch[oō]ch[oō]u?|sonch[oō]u?")  # (and "-gaishō" a foreign minister; "-chōchō" a town's
# mayor, "-sonchō" a village's)
# (and what someone is, as Japanese news writes it: "-senshu" an athlete, "-keibu" a police
# inspector, "-bengoshi" a lawyer, "-hakase" a doctor; Korean "-ssi" and "-nim")
_JAPANESE_CALLINGS = "ky[oō]ju|senshu|keibu|bengoshi|hakase"
_JAPANESE_SUFFIXES = f"san|sama|kun|chan|shi|sensei|{_JAPANESE_POSTS}|{_JAPANESE_CALLINGS}|ssi|nim"
# A body's initials in brackets, then a name: "Montvale Power & Light (MPL) Ohsland Henrik".
_NAME_AFTER_INITIALS = re.compile(r"(.*?\([ \t]*[A-Z][A-Z&]{1,7}[ \t]*\))[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[A-Z][^()]*)")
# (or a post between: "United Nations High Commissioner for Refugees (UNHCR) spokesperson Ann Lee")
# ... and the same posts written apart: "Ohsland Henrik shachō".
JAPANESE_POST = re.compile(f"{_JAPANESE_POSTS}|{_JAPANESE_CALLINGS}")  # ("Karani bengoshi")
_HONORIFIC_SUFFIX = re.compile(rf"(?<=[a-zāēīōū])-(?:{_JAPANESE_SUFFIXES}|ji|jee|dai|didi)$")
# Someone's words by another name: "the key line from Kovacevic", "the words of the minister".
_WORDS_OF = re.compile(r"(?:[Tt]he[ \t]+)?(?:\w+[ \t]+)?(?:line|lines|words|quote|remark|remarks|message)[ \t]+(?:from|of)[ \t]+(.+)")
# ... and a Japanese honorific before "of": a person, whatever body follows.
_HONOURED_OF = re.compile(rf"([A-Z][a-zāēīōū’'-]+)-(?:{_JAPANESE_SUFFIXES})[ \t]+((?:of|at)[ \t].+)")


# What a body issues in its own name, so that "the statement went on" is the body's words (a memo or a
# letter has a writer of its own).
ISSUED_TEXTS = frozenset({"statement", "communique", "communiqué", "communication", "release", "announcement", "text", "document",
                          "update"})
# Labels a live blog or a newsletter puts before a colon.
_LIVE_LABELS = frozenset({"BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "LATEST", "JUST IN", "WATCH", "LIVE", "EXCLUSIVE",
                          "ALERT", "FLASH", "NEW", "CORRECTION", "ANALYSIS", "OPINION", "EARLIER", "RECAP", "READ MORE"})
# Bodies a German-style name puts before their town: "the Regional Police Halvern".
_TOWN_BODIES = frozenset("police council court municipality prefecture administration authority".split())
# What "according to" may cite that is no speaker: "according to first information", "initial estimates".
_INFORMATION_NOUNS = frozenset("information data estimates figures findings indications details statistics results".split())
# A US party-and-state tag after a name: "Sen. Ann Boyle, D-Westfield,"
PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?")
_AFFILIATION = re.compile(r"\s*\([^()]*\)\s*$|,\s*(?:" + PARTY_TAG.pattern + r"),?\s*$")  # "(Lib Dem)", ", D-Ohio"
# A bracket with a comma in it ending the phrase, or one left open by a cut at that comma.
_BRACKETED_END = re.compile(r"\s*\([^()]*,[^()]*\)\s*$|\s*\([^()]*$")
# a post in apposition, as translations leave it: "The Mekhum of Kampong Sromor commune, Lok Ouk
# Sophal," / "the chairman of the jury, domla Baxtiyor Raximov"
_APPOSED_NAME = rf"((?:(?:al-|el-)?[{CAPITAL}][\w{SMALL}’'.-]*(?: |(?=[,.;:)]))){{2,5}})"  # ("Dr. Chalid al-Mansuri")
_POST_OF_BODY = re.compile(r"[^\s,]+ of (?:[^,.;\n]|\.(?=[\w-])){1,80}, " + _APPOSED_NAME)  # "Mekhum of Kampong Sromor commune, Ouk Sophal"
_POST_BEFORE = re.compile(r"(?:^|\W)[Tt]he (?:[^\W\d_][\w-]* )?$")  # "The " or "The Gaunpalika " before it
_TITLE_THEN_NAME = re.compile(r"[^\s,]+ " + _APPOSED_NAME)  # ", domla Baxtiyor Raximov"
_QUOTE_CLOSED = r"[»”\"“«’'][,.]?\s*[-–—]?\s*"
_RIGHT_AFTER_QUOTE = re.compile(_QUOTE_CLOSED + r"(?:[a-z]+\s+)?$")  # "“…,” " before "the chairman of …"
_AFTER_QUOTE_AND_CUE = re.compile(_QUOTE_CLOSED + r"(?:ha[sd]\s+)?[a-z]+\s+$")  # "«…» laughed " before "the aksakal"
# ("«…», has estimated " before "the elected", French "l'élu")
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|avich|ovna|evna|aŭna|ichna|ych|ovych|ivna)")  # "Mikalaevich"
_GLUED_INITIAL_NAME = re.compile(r"[A-Z][a-z]?\.[A-Z][a-z]{2,}")  # "Sh.Bolormaa", "B.Temuulen"
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
# Where a role is held, before the place that follows: "the aide at the White House", "the owner of a cafe
# near the Cultural House".
_UNTRANSLATED_POST = re.compile(r"\s*(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){1,2}of\s+the\s+[a-z]+\s*$")
_SEAT_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "behind", "opposite", "beside"})
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "two", "three", "four", "five", "six", "seven", "eight",
                         "nine", "ten", "several", "many", "few", "dozens", "hundreds", "thousands"})
_ROLE_LINKS = frozenset({"to", "for", "with", "at", "from", "of"})
# Last words of the names of institutions, which are not people: "the Norman Lear Center"
INSTITUTIONS = frozenset({"center", "centre", "church", "university", "college", "school", "hospital",
                           "clinic", "infirmary", "museum", "library", "institute", "foundation", "fund", "channel", "radio", "television"})
# Words that end the name of a body or a place, never a person's: "Washington Restaurant Association"
BODY_WORDS = INSTITUTIONS | PLACE_NOUNS | ORG_NOUNS | COMPANY_WORDS | PORTFOLIOS | frozenset(
    "street road avenue square tower bridge park river hall airport station".split())


def _role_word_surname(tokens: list[str], k: int) -> bool:
    """Is ``tokens[k]``, a role word, a surname? After a first name or an initial it is
    ("Peter T. King of New York"); after an acronym it is a title ("US Secretary of …")."""
    if k < 1 or not _is_role_noun(tokens[k]):
        return False
    before = tokens[k - 1]
    if before.endswith(("'s", "’s")):
        return False  # an owner, not a given name: "Acme's Director of Operations"
    return _is_cap(before) and not _is_role_word(before) and not (before.isupper() and len(before) > 1
                                                                  and "." not in before)


_KNOWN_AS = re.compile(r"\s+(?:known\s+as|called|named)\s+(?=(?:the\s+)?[A-Z])")


# A generational suffix after a name: "Ann Lee Jr." (kept only beside a father of one
# name, see ArticleSpeakers._generation; POSTNOMINALS drops it from the parsed name).
_GENERATION = r",?\s+([JS]r)\b"


# Endings of words for what a person does or is: "meteorologist", "historian", "evacuee".
_DESCRIPTOR = re.compile(r"(?:ist|ian|ent|ant|er|or|ee)$")


def _describes(name_tokens: list[str]) -> bool:
    """Whether the first of a name's capitalised words describes the person, before a
    given name: "Meteorologist Ann Lee" (a sentence's first word takes a capital); or a nationality
    before one: "the 34-year-old Ukrainian Serhij Melnyk"."""
    if len(name_tokens) < 3 or _fold(name_tokens[0]) in GIVEN_NAME_GENDER:
        return False
    if _fold(name_tokens[1]) in GIVEN_NAME_GENDER and _DESCRIPTOR.search(_bare(name_tokens[0])) is not None:
        return True
    return len(name_tokens) == 3 and _is_nationality(name_tokens[0]) \
        and (len(name_tokens[0]) > 5 or name_tokens[0] in DEMONYMS) \
        and not any(_bare(t) in BODY_WORDS | COMPANY_WORDS for t in name_tokens)  # (not "Clean Taps Now")


_NAME_THEN_POST_OF = re.compile(rf"([{CAPITAL}][\w’'-]+(?:[ \t]+[{CAPITAL}][\w’'-]+){{1,2}})[ \t]+([a-z][\w-]*)"
                                r"[ \t]+(?:of|for|at)[ \t]+\S.*")


@lru_cache(maxsize=64)
def _introduced_by(noun: str) -> re.Pattern[str]:
    """A body's name after the noun that introduces it: "the welfare group Open Cage", "the
    insurance company of Dunmore Ferries, Velmora Mutual", translated "the organization for the
    protection of animals Open Cage"."""
    return re.compile(rf"\b{re.escape(noun)}(?:\s+of\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){{0,3}},)?"
                      rf"(?:\s+for\s+the(?:\s+[a-z]+){{1,4}}(?=\s+[A-Z]))?"
                      rf",?\s+[“\"«„]?((?:[^\W\d_][\w’'&-]*\s+){{0,3}}[^\W\d_][\w’'&-]*)")


# The nouns a story introduces a company by: "the manufacturer Calvera Nutrition", "the
# retail chain FreshWay" (each followed by the name, as _introduced_by has it).
_COMPANY_KIND = (r"(?:company|firm|manufacturer|maker|producer|retailer|chain|airline|carrier|operator|insurer|lender|platform"
                 r"|start-up|startup|giant|brewery|brewer|Brauerei)")  # ("Beer giant Krone", German "die Brauerei Krone")
_COMPANY_INTRODUCED = re.compile(
    r"\b" + _COMPANY_KIND +
    r"(?:[ \t]+of[ \t]+(?!the\b)[a-z]+(?:[ \t]+[a-z]+)?)?,?[ \t]+[“\"«„]?((?:[A-Z][\w’'&-]*[ \t]+){0,3}[A-Z][\w’'&-]*)")
# ("the chain of supermarkets FreshWay", "the company of bottled water Crystalline Springs")
# … or its name first, then its kind: "Funivie Alta Valmora (FAV), a family company owned by …",
# "Crystalline Springs, the bottled-water producer, …", "FreshWay, Velmora's largest chain"
_COMPANY_APPOSED = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'&-]*[ \t]+){0,3}[A-Z][\w’'&-]*)(?:[ \t]*\([A-Z]{2,9}\))?,[ \t]+(?:a|an|the|(?:the[ \t]+[a-z]+|[A-Z][\w-]*)[’']s)[ \t]+"
                              r"(?:[a-z][\w-]*[ \t]+){0,2}" + _COMPANY_KIND + r"\b")


# The kind a body's name is said to be, in apposition after it: "National Renewal, the party of …".
_KIND_APPOSED = re.compile(r"(?:[ \t]*\([A-Z]{2,9}\))?,[ \t]+(?:a|an|the)[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z]+)\b(?![’'-])")


def _past_determiners(words: list[str]) -> list[str]:
    """A name's words without the determiners before it ("The Harbour Pilots Guild"), keeping one word."""
    while len(words) > 1 and _bare(words[0]) in DETERMINERS:
        words = words[1:]
    return words


@lru_cache(maxsize=64)
def _apposed_as(noun: str) -> re.Pattern[str]:
    """A body's name, then the kind it is, in apposition: "The Fraternité Police Nationale (FPN),
    the largest union representing officers, …" is "the union" after it."""
    return re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'&-]*[ \t]+){0,4}[A-Z][\w’'&-]*)(?:[ \t]*\([A-Z]{2,9}\))?,[ \t]+(?:a|an|the)[ \t]+"
                      rf"(?:[a-z][\w-]*[ \t]+){{0,2}}{re.escape(noun)}(?=[ \t]*[,;.)]|[ \t]+(?:representing|that|which|for|of|in|with|based|founded)\b)")


# A possessive "'s" ending a word: "the prosecutor's office", "Solvara Pharma's".
POSSESSIVE_END = re.compile(r"[’']s\b")


def _initials(words: list[str]) -> str:
    """The capitals that open ``words``: "Island Institute of Volcano Studies" is IIVS."""
    return "".join(w[0] for w in words if w[:1].isupper())


def _drop_defined_acronym(phrase: str) -> str:
    """"The Disaster Management Office (DMO) of Lucena" without the acronym its own
    words spell out just before it (kept elsewhere: "the Party of Progress (PP) in the
    Cortes" is later "the PP")."""
    words = phrase.split()
    for k, word in enumerate(words[2:], start=2):
        short = word.strip("()")
        if not (2 <= len(short) <= 9 and short.isupper() and short.isalpha()):
            continue
        gloss = words[k + 1:k + 1 + len(short)]
        if len(gloss) == len(short) >= 2 and _initials(gloss) == short and all(w[:1].isupper() for w in gloss):
            # (a post's letters spelled out after it, as translations gloss them: "Acme's Ann Lee
            # CEO (Chief Executive Officer)")
            return " ".join(words[:k + 1] + words[k + 1 + len(short):])
        if words[k + 1:k + 2] == ["of"] and _initials(words[:k]).endswith(short):
            return " ".join(words[:k] + words[k + 1:])
        if k + 2 == len(words) and _bare(words[-1]) in SPOKES_WORDS and _spelled_in(short, _initials(words[:k])):
            return " ".join(words[:k] + words[k + 1:])  # "The Mine Safety Office (MSO) spokesperson"
    return phrase


def _spelled_in(short: str, initials: str) -> bool:
    """Whether an acronym's letters come in order among the initials, as a translation's
    loose acronym does ("SMSI" for "State Mine Safety Inspection Office")."""
    letters = iter(initials)
    return all(c in letters for c in short)


def _lower_then_capitals(tokens: list[str]) -> bool:
    """Lower-case words, then only capitalised ones: "consultancy Meridian Aero", "foundry division"."""
    capitals = [_is_cap(t) for t in tokens]
    return capitals == sorted(capitals) and all(t.isalpha() for t, cap in zip(tokens, capitals) if not cap)


# Translated "sursa citată" ("the quoted source"): whoever was quoted last.
_QUOTED_SOURCE = frozenset({"the quoted source", "the cited source", "the source quoted", "the source cited",
                            # French "l'intéressé(e)", translated: the person the story is about
                            "the interested party", "the person concerned", "the interested one"})


# Who a sentence opening with these words is about: the second (or first) of two the story
# named last; French "ce dernier" and "le premier", translated "this last" and "the first".
FORMER_OR_LATTER: dict[str, str] = {"the latter": "the latter", "this last": "the latter", "the former": "the former",
                                    "the first": "the former"}


def _last_speaker_words(low: list[str]) -> bool:
    """Whether lower-case words name whoever spoke last: translated "la misma", "lo stesso", "the same one",
    Japanese "同氏" ("the same person"), Romanian "sursa citată" ("the quoted source"), French
    "l'intéressée" ("the interested party"),
    Persian and Arabic "this official"."""
    return (low[:2] == ["the", "same"] and low[2:] in ([], ["one"], ["person"], ["man"], ["woman"])) \
        or " ".join(low) in _QUOTED_SOURCE \
        or (len(low) == 2 and low[0] == "this" and low[1] in ROLE_NOUNS and low[1] not in ROLE_PLURALS)


def _of_the_body_with_and(low: list[str]) -> bool:
    """Whether an "and" stands inside the name of a body after "of the": "Ann Lee of the Food and
    Process Workers' Union" (not "Lee of Dunmore and Vos of Velmora", two people)."""
    at = low.index("and", 1)
    of = max((i for i in range(at) if low[i] == "of"), default=-1)
    return 0 < of < len(low) - 1 and low[of + 1] == "the" and "of" not in low[at:]


# The parts of a body that speak for it apart from it: "the board of Acme Foods" is not Acme (nor is
# French "the parquet of Lyon", its prosecutors, the town).
_GOVERNING_UNITS = frozenset({"board", "management", "directorate", "secretariat", "presidium", "parquet", "embassy", "consulate"})
# Bodies named by the field they govern, which translations write in lower case: "the ministry of Health".
# Tokens that are no word of a speaker phrase: brackets, and the marks of a body's name in
# marks (Japanese "the organisation 「Coastal Union」's head").
_NOT_WORDS = frozenset({",", "(", ")", "「", "」", "『", "』", "“", "”", "«", "»", "„", '"'})


# Words for a share of a group, never a surname before "of the …": "Most of the local police".
_PARTS_OF_A_WHOLE = frozenset("most many some all none each both half one two three four several few part rest".split())


def _field_of_body(role_tokens: list[str], name_tokens: list[str]) -> bool:
    """Are the capitals after a capitalised body's "of" its field, not a name? "the head of
    the Department of Public Works", "the spokesman of the Ministry of Foreign Relations"
    (two words at most: "the Ministry of Health Ann Lee" goes on into a name)."""
    last_of = max((i for i, t in enumerate(role_tokens) if _bare(t) == "of"), default=-1)
    field = role_tokens[last_of + 1:] + name_tokens
    return last_of >= 2 and _bare(role_tokens[last_of - 1]) in ORG_NOUNS and _is_cap(role_tokens[last_of - 1]) \
        and 1 <= len(field) <= 2 and all(_is_cap(t) for t in field) \
        and any(_is_role_noun(t) for t in role_tokens[:last_of - 1])


# How a headline says someone is, before the name: "Defiant Darrani tells MPs".
_HEADLINE_MOODS = frozenset("defiant embattled tearful angry furious beleaguered ousted jailed disgraced defeated "
                            "victorious emotional shaken upbeat combative cautious unrepentant unbowed fuming livid "
                            "seething jubilant delighted".split())
_AGED_NATIONAL = re.compile(r"(?:[Tt]he|[Aa]n?)[ \t]+(\d+-year-old)[ \t]+([A-Z][a-z]+)")


# One word with a capital inside, as brands write themselves ("StayNest", "PayWise"); not a surname
# with a particle ("MacArthur", "DeSantis", "LaGuardia", "VanDyke").
_CAMEL_BRAND = re.compile(r"(?!(?:Mac|Mc|De|Del|Della|Di|Du|La|Le|Van|Von|Fitz|St)[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]+")
_FRENCH_PR = re.compile(r"(?<![\w’'-])Pr\.?(?=[ \t]+[A-Z])")  # French "le Pr Bettencourt": the professor
_BASED_IN = re.compile(r"(?:[A-Z][\w’'.-]*[ \t]+){0,2}[A-Z][\w’'.]*-based[ \t]+(?=[A-Z])")
_THROUGH_SPOKESPERSON = re.compile(r"[ \t]+(?:through|via)[ \t]+(?:a|an|its|his|her|their)[ \t]+(?:spokes\w+|representative)$")
# A bracket that glosses a phrase in lower case: "(toxicology)", "(chairwoman)".
_NAME_GOES_ON = re.compile(r"[ \t]+([A-Z][a-z]+)")  # ("Northern Zoo Association": the name goes on to its head)
_FIRM_NAME = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)(?=[ \t]+([A-Z][a-z]+))")  # ("Kingsbridge Rovers": a club's first word)
_ORG_TAIL = re.compile(r"[ \t]+(?:of|for|on|in)[ \t].*$")  # (a body's name after its head noun: "Ministry of Water")
_TITLE_OPENERS = frozenset("\"“„«‘'")  # (the marks a title opens with)
_NAME_IN_BRACKETS = re.compile(r"(.*\S)[ \t]*\(([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})\)")
_LOWER_MINISTRY_OF_THE = re.compile(r"\b(ministry|department)[ \t]+of[ \t]+the[ \t]+(?=[A-Z])")  # ("the ministry of the Finances")
_LOWER_GLOSS = re.compile(r"[ \t]*\([a-z][^()]*\)(?=[ \t]|$)")
# … or an age, before where the person works: "Ann Lee-shi (46) of this zoo" (the zoo is the story's)
_AGE_BEFORE_OF = re.compile(r"[ \t]*\(\d{1,3}\)[ \t]+of[ \t]+(?:this|the)[ \t]")

# A body and the town it is from: "the company Veritally Systems from Lindhaven".
_BODY_FROM_TOWN = re.compile(r"(.+?)[ \t]+from[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?")
# Titles translations keep that are given names or surnames in English news too (Polish "Pan"
# and "Pani", Turkish "Bay" and "Av." for a lawyer): a title only before a given name and a
# surname, and not inside a name ("Tampa Bay Rays"). ("Pan" before a known given name is
# taken apart with the other titles.)
_WEAK_TITLES = frozenset({"Pan", "Pani", "Bay", "Bayan", "Av."})
# The story's other honorifics that say it is translated from Polish or Turkish, where "Pan" and
# "Bay" before a surname are titles (not "Pan" alone: a Chinese surname).
_POLISH_TOLD = re.compile(r"(?<![\w’'-])(?:pan|pani|Pani|panie|pana)(?![\w’'-])")
_TURKISH_TOLD = re.compile(r"(?<![\w’'-])(?:Hanım|Bey|Bayan|Hanim)(?![\w’'-])")
_WEAK_TITLE = re.compile(r"(?:^|(?<=[ \t]))(?:" + "|".join(re.escape(t.rstrip(".")) + r"\.?" * t.endswith(".") for t in sorted(_WEAK_TITLES - {"Pan"}))
                         + r")[ \t]+(?=[A-Z][\w’'-]+[ \t]+[A-Z][\w’'-]+$)")

# Courtesy titles translations keep before a post ("the Frau Ministerin"); English ones stand
# before surnames that may be role words ("Mr. King").
_FOREIGN_COURTESY = frozenset(COURTESY_TITLES) - {"mr", "mrs", "ms", "miss", "dr", "mx"}


# A name in full, then a post in lower case and whose it is: "Ann Lee chief investigator of the Board".
_NAME_THEN_POST = re.compile(r"([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2})[ \t]+((?!(?:the|a|an)\b)(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)"
                             r"([ \t]+of[ \t]+(?:the[ \t]+)?[A-Z].*)")
# A tabloid's feeling before a name: "Heartbroken Lucia Ferreira", "Grieving Ann Lee".
_EPITHET_NAME = re.compile(r"([A-Z][a-z]+(?:ed|en|ing|ful|ous|ive|less))[ \t]+([A-Z][\w’'-]+)(?:[ \t]+[A-Z][\w’'-]+){1,2}")
# A body's kind in lower case, then a post and a name: "Norvale company CEO Achterberg".
_KIND_THEN_POST_HELD = re.compile(r"(?:[A-Z][\w’'&-]*[ \t]+){0,3}(?:company|firm|group|association|agency|bank|union)[ \t]+"
                                  r"([A-Z][\w’'-]*)[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?")
# A kind, then the body's possessive and a name with its post: "the organizer Skyline Events company's Berandi Marco president".
_KIND_THEN_OWNED_POST = re.compile(r"(?:[Tt]he|[Aa]n?)[ \t]+([a-z]+)[ \t]+([A-Z][^,]*?['’]s[ \t]+[A-Z].*)")
# A common noun's possessive left of a cue: "the consortium's" (statement) speaks for the consortium.
_LOWER_OWNER = re.compile(r"((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)['’]s")
# … and its office that wrote: "the consortium's community liaison office".
_LOWER_OWNERS_OFFICE = re.compile(r"((?:[Tt]he|[Ii]ts)[ \t]+[a-z][\w-]*)['’]s[ \t]+(?:[a-z][\w-]*[ \t]+){1,3}"
                                  r"(?:office|department|team|unit|desk|service)")


def _wrapped_phrase(phrase: str) -> SpeakerRef | None:
    """A phrase that wraps a simpler one the rules read on their own: an owner's possessive
    ("the consortium's", "Tanaka-shi's"), a post after the name as translations from Japanese
    put it ("Harid Mansur chief investigator of …", "Ingrid Holm Director General"), a tabloid's
    feeling before it ("Heartbroken Lucia Ferreira"), "the same one" (whoever spoke last)."""
    if phrase[:9].lower() == "the same " and _last_speaker_words(phrase.lower().split()):
        return SpeakerRef(text=phrase, kind="pronoun", name=None)  # "according to the same one": whoever spoke last
    if phrase[-2:] in {"'s", "’s"} and " " not in phrase and NAME_WITH_HONORIFIC.fullmatch(phrase[:-2]):
        return parse_mention(phrase[:-2])  # "according to Tanaka-shi's estimate": hers
    lower_owner = _LOWER_OWNER.fullmatch(phrase) if phrase[-2:] in {"'s", "’s"} else _LOWER_OWNERS_OFFICE.fullmatch(phrase)
    if lower_owner is not None and lower_owner.group(1).split()[-1] not in ROLE_NOUNS \
            and (owner_ref := parse_mention(lower_owner.group(1))) is not None:
        return replace(owner_ref, text=phrase)  # "The consortium's written statement, …, read": the consortium's words
    name_post = _NAME_THEN_POST.fullmatch(phrase) if " of " in phrase else None
    if name_post is not None and _is_role_word(name_post.group(2).split()[-1]) \
            and not any(_bare(w) in ROLE_MODIFIERS | ORG_NOUNS | CLAUSE_OPENERS for w in name_post.group(1).split()) \
            and (post_holder := parse_mention(name_post.group(1))) is not None and post_holder.kind == "person" \
            and " " in (post_holder.name or ""):
        # translated from Japanese, no comma between: "Harid Mansur chief investigator of the Safety Authority"
        return replace(post_holder, text=phrase, role=name_post.group(2) + name_post.group(3))
    phrase_words = phrase.split()
    titled_at = len(phrase_words)
    while titled_at > 2 and _is_role_word(phrase_words[titled_at - 1]) and _is_cap(phrase_words[titled_at - 1]):
        titled_at -= 1
    if 1 <= len(phrase_words) - titled_at <= 3 and any(_bare(w) in ROLE_NOUNS for w in phrase_words[titled_at:]) \
            and (titled_holder := parse_mention(" ".join(phrase_words[:titled_at]))) is not None and titled_holder.kind == "person" \
            and " " in (titled_holder.name or "") and _fold((titled_holder.name or "").split()[0]) in GIVEN_NAME_GENDER:
        # the post after the name in capitals, as translations from Japanese write it: "Ingrid Holm Director General"
        return replace(titled_holder, text=phrase, role=" ".join(filter(None, (titled_holder.role, *phrase_words[titled_at:]))))
    epithet = _EPITHET_NAME.fullmatch(phrase)
    if epithet is not None and _fold(epithet.group(2)) in GIVEN_NAME_GENDER and _fold(epithet.group(1)) not in GIVEN_NAME_GENDER \
            and (described := parse_mention(phrase[epithet.start(2):])) is not None and described.kind == "person":
        return replace(described, text=phrase, role=described.role or epithet.group(1))  # "Heartbroken Lucia Ferreira"
    kind_post = _KIND_THEN_POST_HELD.fullmatch(phrase)
    if kind_post is not None and _is_role_word(kind_post.group(1)) and _bare(kind_post.group(1)) not in ORG_NOUNS \
            and (held := parse_mention(phrase[kind_post.start(1):])) is not None and held.kind == "person":
        # "Norvale company CEO Achterberg", as translations from Japanese put it: the CEO, by his surname
        return replace(held, text=phrase, role=" ".join(filter(None, (phrase[:kind_post.start(1)].strip(), held.role))))
    kind_first = _KIND_THEN_OWNED_POST.fullmatch(phrase)
    if kind_first is not None and _is_role_word(kind_first.group(1)) \
            and (owned_post := parse_mention(kind_first.group(2))) is not None and owned_post.kind == "person" \
            and " " in (owned_post.name or ""):
        # translated from Japanese: "the organizer Skyline Events company's Berandi Marco president"
        return replace(owned_post, text=phrase)
    return None


# A courtesy title after "of", as translations keep it: "the lawyer of M. Marco Bellini".
_TITLE_AFTER_OF = re.compile(r"\b(of|for)[ \t]+(?:M\.|MM\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Herr|Frau|señor|señora|Sr\.|Sra\.|pan|pani)[ \t]+"
                             r"(?=[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2}$)")


# Words a post may end in before a name that is not its holder's: "a spokesman for Ann Lee".
_NOT_BEFORE_HOLDER = frozenset({"of", "for", "to", "at", "with", "and", "by", "from", "on", "in", "near", "close", "&"})
# A full name ending a phrase the rules read as a post: "The President of the Alliance of People
# with Diabetes Rosa Villanueva", "the bus driver Tomasz Wierzbicki from Lendbury".
_NAME_ENDS_POST = re.compile(r"(?P<post>.*[a-z]\S*)[ \t]+(?P<name>(?P<given>[A-Z][^\W\d_]+)(?:[ \t]+[A-Z][\w’'-]+){1,2})"
                             r"(?:[ \t]+from[ \t]+[A-Z][\w’'-]+)?")


def _untitled_end(post: str) -> str:
    """A post's last word before any titles it ends in: "for" of "spokesman for Mayor"."""
    words = post.split()
    while len(words) > 1 and _is_cap(words[-1]) and (_is_role_word(words[-1]) or _bare(words[-1]) in TITLES):
        words.pop()
    return words[-1]


# German "Sprecherin" word for word: "said a speaker woman of the company" is its spokeswoman.
_SPEAKER_WOMAN = re.compile(r"\bspeaker[ \t]*(wo)?man\b")


# What kind of body a name is, said before it: "the regulatory office Charitable Trusts Commission",
# "Consultancy Belvane Strategic Partners".
_KIND_BEFORE_NAME = frozenset({"office", "consultancy", "firm", "company", "regulator", "watchdog", "charity", "agency",
                               "insurer", "lender", "operator", "developer", "manufacturer", "broadcaster", "consortium",
                               # (as translations put the kind first: "the syndicate United Dockers' Union")
                               "union", "syndicate", "association", "party", "federation", "chain",
                               "society"})  # (French "société", German "Gesellschaft", Italian "società")


def _described_name(name: str) -> str | None:
    """A body's name without the kind said before it (two capitalised words or more after it;
    "Office Depot" keeps its name); None if there is none."""
    words = name.split()
    lead = 1 if words[0].lower() == "the" else 0
    kind = next((k for k in range(lead, min(len(words) - 2, lead + 3)) if words[k].lower() in _KIND_BEFORE_NAME), None)
    if kind is None or not all(w.islower() for w in words[lead:kind]) or (kind > lead and words[kind][0].isupper()):
        return None
    rest = words[kind + 1:]
    return " ".join(rest) if len(rest) >= 2 and all(_is_cap(w) or w in {"of", "and", "&", "for"} for w in rest) \
        and _is_cap(rest[0]) and _bare(rest[0]) not in {"of", "for", "and", "the"} \
        and ((len(rest) > 2 and words[kind].islower()) or _bare(rest[0]) not in ORG_NOUNS | BODY_WORDS | COMPANY_WORDS) \
        else None  # (not "Charity Commission", "Office OF The President"; but "United Dockers' Union")


_VESSELS = frozenset({"vessel", "ship", "boat", "trawler", "ferry", "tanker", "freighter", "yacht", "tug", "tugboat", "cutter",
                      "frigate", "submarine", "liner", "barge", "dredger", "aircraft", "airliner", "jet", "locomotive"})
_PLACE_AFTER_OF = re.compile(r"\bof[ \t]+(?:the[ \t]+)?[A-Z][a-z][\w’'-]*$")  # (a town's word, not initials: "of CNN Worldwide")
# A word for where someone comes from: "Turkish-origin", "Osaka-born", "Japanese-descent".
_ORIGIN_WORD = re.compile(r"[A-Z][\w’'-]*-(?:origin|born|descent|bred|raised)")
_ORIGIN_BEFORE = re.compile(rf"(?<![\w’'-]){_ORIGIN_WORD.pattern}[ \t]+")
# The particles a name writes small, without the joiners ("y", "i") that also join words: "van", "de la".
_SMALL_PARTICLES = PARTICLES - SURNAME_JOINERS


# A preposition left at a phrase's end, after a capitalised word: the start of where it was said.
_TRAILING_PREPOSITION = re.compile(r"(?:^|[ \t])[A-Z][\w’'-]*\w(?P<cut>[ \t]+(?:in|at|to|toward|towards)[ \t]*)$")


@lru_cache(maxsize=8192)
def parse_mention(phrase: str) -> SpeakerRef | None:
    """Take a speaker phrase apart into name, role and kind (None if empty).

    Cached: a story names the same few speakers again and again, and the
    result is an immutable record of the phrase alone. The rules' own readings of
    parts of a phrase (``_parse_mention``) are taken before a holder's name is split
    off a post's end, so that "top Donald Trump" inside "A top Donald Trump adviser"
    stays a part of the adviser's post.
    """
    ending = _TRAILING_PREPOSITION.search(phrase)
    if ending is not None:
        return parse_mention(phrase[:ending.start("cut")])  # where the words were said, cut short: "Ann Lee Director-General in"
    owned = _OWNER_THEN_HONOURED.fullmatch(phrase) if "-" in phrase else None
    if owned is not None:
        # a Japanese possessive chain, the person last: "Consumers' Energy Alliance's Haddad-shi"
        honoured = parse_mention(owned.group("name"))
        if honoured is not None and honoured.kind == "person":
            return replace(honoured, text=phrase, role=honoured.role or re.sub(r"[’'](?:s)?$", "", owned.group("owner")))
    ref = _parse_mention(_SPEAKER_WOMAN.sub(r"spokes\1man", phrase))
    if ref is None:
        return None
    if ref.name and ref.name.lower() in WEEKDAYS:
        return None  # a day names no one: "Monday’s line:", "«…», indicated the body already the Tuesday"
    if ref.kind == "role" and ref.role and " of " in ref.role \
            and _bare(ref.role.split(" of ", 1)[0].split()[-1]) in MEMBERS_BODIES:
        # a body by its members and where they are: "the trade union of the nurses of the Vell Valley"
        return SpeakerRef(text=ref.text, kind="org", name="the " + ref.role.removeprefix("the "), definite=ref.definite)
    if ref.kind == "person" and ref.role and ref.name and " " not in ref.name \
            and (post := ref.role.split())[-1] in _SMALL_PARTICLES and len(post) > 1:
        # the surname's particles read as the end of a title the lists do not know: "pani mecenas van Dorn"
        cut = len(post) - 1
        while cut > 1 and post[cut - 1] in _SMALL_PARTICLES:
            cut -= 1  # ("van der")
        return replace(ref, name=" ".join([*post[cut:], ref.name]), role=" ".join(post[:cut]))
    if ref.kind == "role" and ref.role and (ended := _NAME_ENDS_POST.fullmatch(ref.role)) is not None \
            and ended.group("given").lower() in GIVEN_NAME_GENDER and not POSSESSIVE_END.search(ended.group("name")) \
            and any(_is_role_noun(w) for w in ended.group("post").split()) \
            and _untitled_end(ended.group("post")).lower() not in _NOT_BEFORE_HOLDER \
            and not (_is_role_noun(ended.group("post").split()[-1])
                     and any(w in {"of", "for", "to"} for w in ended.group("post").split())):
        # a given name the lists know, and a surname, after the post: the person holding it (not
        # "the lawyer of Marco Bellini", "a spokesman for Ann Lee", "the widow of the late senator Tom Ash")
        return SpeakerRef(text=ref.text, kind="person", name=ended.group("name"), role=ended.group("post"), definite=True)
    if ref.kind == "person" and ref.role and _bare(ref.role.split()[-1]) in _VESSELS \
            and not any(_is_role_noun(w) for w in ref.role.split()):
        return None  # a ship's name, no one's: "the jack-up vessel Seabright Endeavour"
    if ref.kind == "person" and ref.name and " " not in ref.name and ref.role and _is_role_noun(ref.role.split()[0]) \
            and _PLACE_AFTER_OF.search(ref.role) and _fold(ref.name) not in GIVEN_NAME_GENDER \
            and _bare(ref.role.split()[-1]) not in ROLE_MODIFIERS | ORG_NOUNS | BODY_WORDS \
            and ref.text.endswith(f"{ref.role.split()[-1]} {ref.name}"):  # (not "Minister of Health Lee", "… of Acme, M. Lee")
        # a post and its town in two words, no one named: "Mayoress of Puerto Lirio" (not "Lirio")
        return SpeakerRef(text=ref.text, kind="role", role=ref.text.removeprefix("the ").removeprefix("The "),
                          definite=ref.definite)
    if ref.kind == "org" and ref.name:
        named = _described_name(ref.name)
        if named is not None:
            return replace(ref, name=named)
    words = ref.name.split() if ref.kind == "person" and ref.name else []
    if len(words) >= 2 and _ORIGIN_WORD.fullmatch(words[0]):
        # where the person comes from, before the name: "Turkish-origin Mehmet Aydın"
        return replace(ref, name=" ".join(words[1:]), role=" ".join(filter(None, [words[0], ref.role])))
    if len(words) >= 3 and words[0].lower() in PLATFORMS:
        return replace(ref, name=" ".join(words[1:]))  # where the words were posted: "on Instagram Ann Lee"
    given = next((k for k in range(1, len(words) - 1) if _fold(words[k]) in GIVEN_NAME_GENDER), None) \
        if len(words) >= 3 and ref.role and (any(_bare(w) in ORG_NOUNS | BODY_KINDS | {"operator"} for w in ref.role.split()[-2:])
                                             or ref.role.endswith(" &")) \
        else None  # (or a firm named for two: "the owner of the firm Hollis & Pike Tom Berg")
    if given is not None and not any(_fold(w) in GIVEN_NAME_GENDER for w in words[:given]):
        # the body's name, then the holder's, as translations run them on: "the director of the
        # consortium Helix Meridian Jürgen Falkenrath"
        return replace(ref, name=" ".join(words[given:]), role=f"{ref.role} {' '.join(words[:given])}")
    return ref


# Words that open a subordinate clause at a sentence's start, never a name's first word; nor is an emphatic
# reflexive, as Polish "Sam Berg" is translated: "Himself Berg keeps smiling".
_SUBORDINATE_OPENERS = frozenset("When While Although Though If Once Because Since Whereas Until Unless".split())
_NOT_A_NAME_OPENING = _SUBORDINATE_OPENERS | {"Himself", "Herself"}


@lru_cache(maxsize=8192)
def _parse_mention(phrase: str) -> SpeakerRef | None:
    """The rules of ``parse_mention``, before a name at a post's end is taken out of it."""
    phrase = _drop_defined_acronym(deglue(phrase.strip(" ,;:—–-\t")))
    wrapped = _wrapped_phrase(phrase)
    if wrapped is not None:
        return wrapped
    if phrase.upper() in _LIVE_LABELS:
        return None  # a live blog's label, "BREAKING: Here is the statement in full:", is no one
    polite = _TITLE_AFTER_OF.search(phrase) if " of " in phrase or " for " in phrase else None
    if polite is not None:
        # "the lawyer of M. Marco Bellini" is the lawyer of someone, not "M. Marco Bellini" (when the
        # phrase reads as a post without the title; a holder may follow: "The campaign chief of Frau
        # Lutz, Omar Farouk")
        untitled = _parse_mention(phrase[:polite.end(1)] + " " + phrase[polite.end():])
        if untitled is not None and untitled.kind == "role":
            return replace(untitled, text=phrase)
    if " of the " in phrase and _LOWER_MINISTRY_OF_THE.search(phrase):
        phrase = _LOWER_MINISTRY_OF_THE.sub(r"\1 of ", phrase)  # French "ministère des Finances", translated
    if "ª" in phrase:
        phrase = phrase.replace(".ª", "a.")  # Portuguese "the Dr.ª Ferreira" is "Dra." (a woman's title)
    bracketed = _NAME_IN_BRACKETS.fullmatch(phrase) if phrase.endswith(")") else None
    if bracketed is not None:
        # a post, then the name in brackets, as Japanese papers gloss it: "Haddad environment minister
        # (Farida Haddad)"
        post, named = _parse_mention(bracketed.group(1)), _parse_mention(bracketed.group(2))
        if post is not None and post.kind == "role" and named is not None and named.kind == "person" \
                and " " in (named.name or ""):
            return SpeakerRef(text=phrase, kind="person", name=named.name, role=post.role, definite=True)
    if "(" in phrase:
        phrase = _AGE_BEFORE_OF.sub(" of the ", _LOWER_GLOSS.sub("", phrase))  # "Professor Ann Lee (toxicology) of …": a gloss, not the name
    if " " in phrase and (weak := _WEAK_TITLE.search(phrase)) is not None \
            and not re.search(r"(?<![\w’'-])[A-Z][a-z’'-]+[ \t]+$", phrase[:weak.start()]):
        untitled = _parse_mention(phrase[:weak.start()] + phrase[weak.end():])  # "CEO Bay Dariusz Wrona" (not "Bay Buchanan")
        return replace(untitled, text=phrase, role=untitled.role or weak.group().strip()) if untitled is not None else None
    based_in = _BODY_FROM_TOWN.fullmatch(phrase) if " from " in phrase else None
    if based_in is not None and (town_body := _parse_mention(based_in.group(1))) is not None and town_body.kind == "org" \
            and any(w[:1].isupper() for w in (town_body.name or "").split()):  # (not "The key line from Lee")
        return replace(town_body, text=phrase)  # "the company Veritally Systems from Lindhaven": the company
    words_of = _WORDS_OF.fullmatch(phrase) if " from " in phrase or " of " in phrase else None
    if words_of is not None:
        speaking = _parse_mention(words_of.group(1))  # "The key line from Kovacevic": his
        if speaking is not None and speaking.kind in {"person", "org", "role"}:
            return replace(speaking, text=phrase)
    honoured = _HONOURED_OF.match(phrase) if "-" in phrase else None
    if honoured is not None:  # "Lee-shochō of the Institute": Lee, who heads it, whatever follows
        return SpeakerRef(text=phrase, kind="person", name=honoured.group(1), role=honoured.group(2), definite=True)
    if phrase.endswith((" also", " too", " again")):
        phrase = phrase.rsplit(None, 1)[0]  # ("The Agency (NCSA) director-general Ann Lee also, …, warned")
    professor = _parse_mention(_FRENCH_PR.sub("Prof.", phrase)) if " Pr" in f" {phrase}" and _FRENCH_PR.search(phrase) else None
    if professor is not None:
        return replace(professor, text=phrase)
    based = _BASED_IN.match(phrase) if "-based " in phrase else None
    if based is not None:
        phrase = phrase[based.end():]  # where a body is from: "Los Angeles-based Lumora"
    through = _THROUGH_SPOKESPERSON.search(phrase) if " through " in phrase or " via " in phrase else None
    if through is not None and through.start() > 0:
        voiced = _parse_mention(phrase[:through.start()])  # "Lumora through a spokesperson commented"
        if voiced is not None:
            return replace(voiced, text=phrase)
    if phrase.endswith(" side") and " " in phrase[:-5].strip():
        sided = _parse_mention(phrase[:-5])  # Japanese "-gawa", translated: "The university side is commenting"
        if sided is not None and sided.kind == "org":
            return replace(sided, text=phrase)
    bare = _parse_mention("the " + phrase.lower()) if phrase.lower() in BODY_KINDS and phrase[:1].isupper() else None
    if bare is not None:
        return replace(bare, text=phrase)  # translated without its article: "Company has also said"
    same = re.match(r"(?i)the\s+same\s+(?=[a-z])", phrase)
    bare = _parse_mention("the " + phrase[same.end():]) if same is not None else None
    if bare is not None and (bare.kind == "org" or (bare.kind == "role" and not _last_speaker_words(phrase.lower().split()))):
        # "the same company", "the same mayor": the one just named, as "the company" is ("the same
        # person" is whoever spoke last: see _last_speaker_words)
        return replace(bare, text=phrase)
    words = phrase.split()
    if len(words) >= 4 and AGE.fullmatch(words[0].lower()) and _is_nationality(words[1]):
        national = _parse_mention(" ".join(words[1:]))  # "24-year-old Syrian Ann Lee": her age, then her country
        if national is not None and national.kind == "person":
            return replace(national, text=phrase, role=" ".join(filter(None, (words[0], national.role))))
    acronym = words[-1] if len(words) >= 3 and 3 <= len(words[-1]) <= 7 and words[-1].isupper() and words[-1].isalpha() else ""
    if acronym and words[-2].lower() in BODY_KINDS | ORG_NOUNS and words[-2].islower() \
            and not any(w in {"of", "for"} for w in words[:-2]):  # (not "the president of the farmers' union NUFG")
        return SpeakerRef(text=phrase, kind="org", name=acronym, definite=True)  # "The UN refugee agency UNHCR"
    if len(words) >= 3 and words[0].lower() == "the" and words[1] in {"daily", "weekly", "tabloid"} and _is_cap(words[2]):
        paper = _parse_mention("the newspaper " + " ".join(words[2:]))  # "the daily Ardenport Courier": a paper
        if paper is not None:
            return replace(paper, text=phrase)
    if len(words) >= 3 and words[0] == "Pan" and _fold(words[1]) in GIVEN_NAME_GENDER and _is_cap(words[2]):
        named = _parse_mention(" ".join(words[1:]))  # Polish "Pan Tomasz Lis": Mr (never Chinese Pan, a surname)
        if named is not None and named.kind == "person":
            return replace(named, text=phrase, role="Pan" + (" " + named.role if named.role else ""))
    if len(words) == 1 and not phrase[1:].islower() and _CAMEL_BRAND.fullmatch(phrase) is not None:
        return SpeakerRef(text=phrase, kind="org", name=phrase, definite=True)  # a brand in camel case: "StayNest"
    if len(words) >= 3 and words[0][:1].isupper() and words[0][1:].islower() and words[1][:1].isupper() \
            and words[0].endswith("ist") and not words[0].endswith(("qvist", "kvist", "quist")) \
            and _PERSON_NOUN.fullmatch(words[0].lower()) and _fold(words[0]) not in GIVEN_NAME_GENDER:
        # an unlisted trade opening the sentence, capitalised: "Astrophysicist Amara Nwosu of …"
        trade = _parse_mention(" ".join([words[0].lower(), *words[1:]]))
        if trade is not None and trade.kind == "person":
            return replace(trade, text=phrase, role=words[0] + (trade.role or "")[len(words[0]):])
    if 2 <= len(words) <= 3 and _bare(words[-2]) in _FOREIGN_COURTESY and _bare(words[-1]) in ROLE_NOUNS \
            and (len(words) == 2 or _bare(words[0]) == "the"):
        # a courtesy title before a post, as German keeps it: "the Frau Ministerin" is the minister
        return SpeakerRef(text=phrase, kind="role", role=words[-1], definite=True)
    if 2 <= len(words) <= 4 and _bare(words[0]) in _HEADLINE_MOODS and all(_is_cap(w) for w in words[1:]):
        # a headline's word for how someone is: "Defiant Darrani tells MPs", "Embattled Ann Lee"
        bare = _parse_mention(" ".join(words[1:]))
        if bare is not None and bare.kind == "person":
            return replace(bare, text=phrase)
    aged = _AGED_NATIONAL.fullmatch(phrase)
    if aged is not None and (aged.group(2) in DEMONYMS or NATIONALITY.fullmatch(aged.group(2))):
        # "the 54-year-old Swede": someone by age and country, as "the 54-year-old" is (not a name)
        return SpeakerRef(text=phrase, kind="role", role=phrase[aged.start(1):], definite=phrase[:1] in "tT")
    if " " not in phrase and _bare(phrase) in TITLES and _bare(phrase) not in ABBREVIATED_TITLES and _is_cap(phrase) \
            and not phrase.endswith("."):
        # an honorific alone stands for the one it was given to: "Cụ Walter Brisk … Cụ adds:"
        return SpeakerRef(text=phrase, kind="person", name=phrase, role=phrase, definite=True)
    run_on = _NAME_THEN_POST_OF.fullmatch(phrase)
    if run_on is not None and _bare(run_on.group(2)) in ROLE_NOUNS and not any(
            _bare(w) in ROLE_NOUNS | ORG_NOUNS | COMPANY_WORDS | TITLES | BODY_WORDS | CLAUSE_OPENERS | DETERMINERS
            or w in DEMONYMS for w in run_on.group(1).split()):  # (not "The French minister of …")
        # a name, then a post of a body with no comma between, as translations run them:
        # "Kaspar Wendt analyst of Brightwater Securities", "Wendt Kaspar analyst of …"
        return SpeakerRef(text=phrase, kind="person", name=run_on.group(1), role=phrase[run_on.start(2):], definite=True)
    known = _KNOWN_AS.search(phrase)
    if known:
        # "the base chief known as Bob": a name given in place of the real one;
        # "a group called Parents First": a body's name
        holder = _parse_mention(phrase[:known.start()])
        named = _parse_mention(phrase[known.end():])
        before = phrase[:known.start()].split()
        if named is not None and (named.kind == "org" or (before and _bare(before[-1]) in ORG_NOUNS | COMPANY_WORDS)):
            return SpeakerRef(text=phrase, kind="org", name=named.name or phrase[known.end():], definite=True)
        if named is not None and named.kind == "person" and named.name:
            return SpeakerRef(text=phrase, kind="person", name=named.name,
                              role=holder.role if holder else None, definite=True)
    after_initials = _NAME_AFTER_INITIALS.fullmatch(phrase) if "(" in phrase else None
    if after_initials is not None:
        # "The power company Montvale Power & Light (MPL) Ohsland Henrik shachō": the body by its
        # name and initials, then the person who speaks for it
        named = _parse_mention(after_initials.group(2))
        if named is not None and named.kind == "person" and named.name:
            body = after_initials.group(1).strip()
            return SpeakerRef(text=phrase, kind="person", name=named.name,
                              role=" ".join(filter(None, (body, named.role))), definite=True)
    if "(" in phrase:
        phrase = _BRACKETED_END.sub("", phrase)  # "Cllr Tom Ash (Lib Dem, Stoke and Ash)", "Cllr Tom Ash (Lib Dem"
    if "," in phrase:
        # an appositive: "Jan Olsen, the trade minister" / "the trade minister, Jan Olsen"
        head, tail = phrase.split(",", 1)
        first = _parse_mention(head)
        if first is not None and first.kind == "person" and re.match(r"\s*(?:\d+\s*(?:,|$)|(?:of|from)\s+[A-Z])", tail):
            return first  # "Dewayne Ruiz, 33, of Baldwin, Miss.": an age and a home town
        second = _parse_mention(tail)
        if first and second and {first.kind, second.kind} == {"person", "role"}:
            person, post = (first, second) if first.kind == "person" else (second, first)
            joined = " ".join(_TOKEN.findall(phrase.replace(",", " ")))
            # the post in apposition says more than a title or trade before the name:
            # "the Minister of Water, the engineer Ali Haddad", "Dr. Ann Lee, the chief medical officer"
            return SpeakerRef(text=joined, kind="person", name=person.name,
                              role=post.role or person.role, definite=person.definite)
        if first and second and first.kind == second.kind == "person" and " " in (second.name or ""):
            # a full name in apposition to what the rules read as a person before the comma:
            held_post: str | None = None
            post_words = [w for w in (first.role or "").split() if _bare(w) not in COURTESY_TITLES]
            if second.role is None and post_words and _bare(post_words[-1]) in {"at", "of", "for", "rival"} \
                    and len((second.name or "").split()) <= 3:
                # "Arkwright's counterpart at the rival Morning Ledger, Beatriz Lomé": the capitals
                # before the comma are where the person held_post ("The campaign leader of Frau
                # Lee, Ann Haddad": whose)
                held_post = head.strip().removeprefix("the ").removeprefix("The ")
            elif _UNTRANSLATED_POST.match(head):
                # a post in a word the rules do not know: "Wali Sahib of the province, Abdul Qadir Sarwanzai"
                held_post = head.strip()
            elif head.split()[0].lower() in DETERMINERS and len(head.split()) > 2 and _bare(head.split()[1]) in ROLE_NOUNS:
                # a post and the body's name: "The owner of the company Lee Heritage Restoration, Ann Lee"
                held_post = head.strip().split(None, 1)[1]
            if held_post is not None:
                return SpeakerRef(text=" ".join(_TOKEN.findall(phrase.replace(",", " "))), kind="person",
                                  name=second.name, role=held_post, definite=True)
        if first and second and first.kind == second.kind == "org" and first.definite and not second.definite \
                and (first.name or "").removeprefix("the ")[:1].isupper():
            return replace(first, text=phrase)  # "The Institute for Worker Health, a federal agency"
        if first and second and {first.kind, second.kind} == {"person", "org"}:
            person = first if first.kind == "person" else second
            return SpeakerRef(text=" ".join(_TOKEN.findall(phrase.replace(",", " "))), kind="person",
                              name=person.name, role=person.role, definite=person.definite)  # "the FBI, James Comey"
    phrase = _AFFILIATION.sub("", phrase)  # "Cllr Tom Ashby (Lib Dem, Stoke Ash)", "Ann Lee (D-Mo.)"
    tokens = [_clean_token(t) for t in _TOKEN.findall(phrase)]
    tokens = [t for t in tokens if t and t not in _NOT_WORDS]
    while len(tokens) > 1 and (_bare(tokens[-1]) in {"of", "the", "for", "to", "and"}
                               or tokens[-1] in {"in", "at", "on", "from", "by", "with"}):
        tokens.pop()  # "The authors of" before a title in marks; "Mayor Park in the press briefing … said"
        # (but "Al From" is a name)
    while len(tokens) > 2 and (_bare(tokens[-1]) in POSTNOMINALS or _bare(tokens[-1]) in HONORIFICS_AFTER) \
            and tokens[-1][:1].isupper():
        tokens.pop()  # "Ruth Day KC", "Shazia Parveen Sahiba"
    if not tokens:
        return None
    if len(tokens) > 1 and _bare(tokens[0]) in {"but", "and", "yet"} and (tokens[1][:1].isupper() or _bare(tokens[1]) in DETERMINERS):
        tokens = tokens[1:]  # "But the gran, who …, told the paper:"
    elif len(tokens) > 1 and tokens[0] in _NOT_A_NAME_OPENING and tokens[1][:1].isupper():
        tokens = tokens[1:]  # a clause's opening word before its subject: "When Lee and Berg met, the former …"
    text = " ".join(tokens)
    low = [_bare(t) for t in tokens]
    platform = next((k for k, x in enumerate(low) if x in PLATFORMS and _is_cap(tokens[k])), None) \
        if len(tokens) <= 6 else None
    if platform is not None and all(x in PLATFORMS or x in DOCUMENT_NOUNS | {"account", "page", "feed", "channel", "story",
                                                                          "video", "on", "in", "via", "the", "a", "an"}
                                    for x in low[platform:]):
        # "Haile-Mariam's Instagram post": the owner's words; "on Instagram", "the Facebook page": no one's
        word_before = low[platform - 1] if platform > 0 else ""
        if word_before.endswith(("'s", "’s")):
            return _parse_mention(" ".join([*tokens[:platform - 1], tokens[platform - 1][:-2]]))
        if platform > 0 and word_before not in DETERMINERS and not (platform == 1 and word_before in {"on", "in", "via"}):
            return _parse_mention(" ".join(tokens[:platform]))  # "Ann Lee on Instagram"
        if len(tokens) > 1:
            return None
        return SpeakerRef(text=text, kind="org", name=text, definite=True)  # ("Twitter said": the company)
    if len(tokens) >= 2 and tokens[-1] == "Watch" and all(_is_cap(t) or x == "the" for t, x in zip(tokens, low)):
        return SpeakerRef(text=text, kind="org", name=text, definite=True)  # "Passenger Rights Watch", a body
    if len(tokens) == 1 and (low[0] in PRONOUNS or low[0] in OBJECT_PRONOUNS):
        return SpeakerRef(text=tokens[0], kind="pronoun", name=None)  # ("according to him")
    if len(tokens) == 2 and low[0] in {"his", "her"} and low[1] in STYLES:
        # "His Excellency recalled": the honorific stands for "he", as a translation from Arabic writes it
        return SpeakerRef(text=text, kind="pronoun", name=None)
    if len(tokens) > 3 and low[0] in {"his", "her"} and low[1] in STYLES and _is_cap(tokens[2]):
        styled = _parse_mention(" ".join(tokens[2:]))  # "His Excellency President Ann Lee": the style is no post
        return replace(styled, text=text) if styled is not None and styled.kind == "person" else styled
    if 2 <= len(tokens) <= 4 and tokens[0] == "Me" and all(_is_cap(t) for t in tokens[1:]):
        # French "Me Benali", Maître: a lawyer's title (never "me", which is written small)
        return SpeakerRef(text=text, kind="person", name=" ".join(tokens[1:]), role="Me", definite=True)
    if len(tokens) == 2 and _is_cap(tokens[0]) and low[1] in HONORIFICS_AFTER:
        return SpeakerRef(text=text, kind="person", name=tokens[0], role=tokens[1], definite=True)  # "Mustafa Bey"
    if len(tokens) == 2 and low[0] == "the" and _is_nationality(tokens[1]):
        return SpeakerRef(text=text, kind="role", role=tokens[1], definite=True)  # "the Czech", "the Dutchman"
    if len(tokens) == 3 and low[0] == "the" and low[1] in {"born", "native"} and _is_nationality(tokens[2]):
        return SpeakerRef(text=text, kind="role", role=tokens[2], definite=True)  # German "der gebürtige Pole", translated
    if _last_speaker_words(low) or " ".join(low) in FORMER_OR_LATTER:
        return SpeakerRef(text=text, kind="pronoun", name=None)
    posted = _post_after_name(tokens, low)
    if posted is not None:
        return replace(posted, text=text)
    if (len(tokens) == 1 and (len(tokens[0]) == 1 or low[0] in INDEFINITE_PRONOUNS)) \
            or (low[0] in INDEFINITE_PRONOUNS and low[1] in {"from", "in", "at", "on", "among"}):
        return None  # "Q:" and "A:" of an interview, "Nobody asked", "someone from the gallery": nobody
    if len(tokens) == 1 and low[0] in QUANTIFIER_PRONOUNS:
        return SpeakerRef(text=text, kind="role", definite=False)  # "another added": someone unnamed
    if "and" in low[1:-1] and tokens[0][:1].isupper() and tokens[-1][:1].isupper() \
            and not any(_is_role_noun(t) for t in tokens) and not _of_the_body_with_and(low):
        # (but "Roads and Transport Minister Ann Lee" and "Minister of Water and Climate Ann
        # Lee" are one person's title, and "Ann Lee of the Food and Process Workers' Union" one person)
        # two bodies speaking together: "Washington and the European Union"
        return SpeakerRef(text=text, kind="org", name=text)
    # a relative clause describes the speaker, it does not name them:
    # "a committee member who supports Smith"
    rel = next((i for i, x in enumerate(low) if x in _RELATIVES and i > 0), -1)
    if rel > 0:
        tokens, low = tokens[:rel], low[:rel]
        text = " ".join(tokens)
    of = low.index("of") if "of" in low[2:6] else -1
    titled = 0
    while titled < of - 2 and _is_role_word(tokens[titled]):
        titled += 1  # "Dr. Paul Kincaid of the Institute for Child Health"
    while titled and low[titled - 1] in ROLE_MODIFIERS:
        titled -= 1  # ("Senior Fellow Ann Lee": a modifier before a post the lists lack)
    if of > 0 and of + 2 < len(low) and low[of + 1] == "the" and _is_cap(tokens[0]) and low[0] not in DETERMINERS \
            and all(_is_cap(t) and not _is_role_word(t) and _bare(t) not in ORG_NOUNS | COMPANY_WORDS | INSTITUTIONS
                    for t in tokens[titled:of]) \
            and any(_bare(t).removesuffix("'s") in ORG_NOUNS | COMPANY_WORDS for t in tokens[of + 2:]):
        # "Jeffrey Lewis of the James Martin Center": a person and the body they work for (or a part of
        # it: "Ann Lee of the force's Economic Crime Unit")
        # ("Meteorologist Ann Lee of the Weather Office")
        n = titled or int(_describes(tokens[:of]))
        return SpeakerRef(text=text, kind="person", name=" ".join(tokens[n:of]),
                          role=" ".join(tokens[:n] + tokens[of:]), definite=True)
    if low[0] == "the" and len(tokens) > 3 and low[1] in ROLE_MODIFIERS and tokens[1].islower() and _is_cap(tokens[2]):
        body = _parse_mention(" ".join(tokens[:1] + tokens[2:]))
        if body is not None and body.kind == "org" and any(_bare(t) in ORG_NOUNS for t in tokens[2:]):
            # "The national Department of Culture" is the Department of Culture ("the opposition Jonas Grigas" no body)
            return replace(body, text=text)
    owner = next((k for k in range(min(len(tokens) - 2, 4)) if low[k].endswith(("'s", "’s"))), None)
    if owner is not None and low[owner + 1] in BODY_KINDS | _NAMED_BODY_KINDS and tokens[owner + 1].islower() \
            and all(_is_cap(t) for t in tokens[owner + 2:]):
        # "Mayor Kalvani's party Civic Alliance": the body by its own name, not its owner
        return SpeakerRef(text=text, kind="org", name=" ".join(tokens[owner + 2:]), definite=True)
    office = next((k for k in range(max(0, len(tokens) - 3), len(tokens) - 1) if low[k].endswith(("'s", "’s"))), None) \
        if low[-1] in _PRESS_UNITS and tokens[-1].islower() else None
    if office is not None and office > 0 and all(t.islower() for t in tokens[office + 1:]):
        body = _parse_mention(" ".join(tokens[:office] + [tokens[office][:-2]]))
        if body is not None and body.kind == "org" and body.definite:
            # "The World Health Organization’s regional office" speaks for the organisation
            return replace(body, text=text)
    named_from = 1 if low[0] in {"the", "his", "her", "their", "its"} else 0
    if len(tokens) - named_from >= 3 and low[-1] in _NAMED_BODY_KINDS and tokens[-1].islower() \
            and all(_is_cap(t) for t in tokens[named_from:-1]) and not any(_bare(t) in ROLE_NOUNS | TITLES for t in tokens[:-1]):
        # "His Civic Alliance party": the party's name is its capitals (two words or more: "the
        # Republican party" is the party)
        return SpeakerRef(text=text, kind="org", name=" ".join(tokens[named_from:-1]), definite=True)
    if len(tokens) > named_from + 1 and tokens[named_from] == "police" \
            and all(_is_cap(t) and not _is_role_word(t) for t in tokens[named_from + 1:]):
        # translated "the police Kelmora" (German "die Polizei Kelmora"): the Kelmora police
        return SpeakerRef(text=text, kind="org", name=" ".join(tokens[named_from + 1:]) + " police", definite=True)
    kind_at = next((k for k in range(1, min(len(tokens) - 1, 5)) if not tokens[k + 1].islower()), 0)
    if (low[0] in {"the", "a", "an"} or (_is_cap(tokens[0]) and _bare(tokens[0]) not in TITLES)) and kind_at \
            and all(t.islower() for t in tokens[1:kind_at + 1]) \
            and low[kind_at] in BODY_KINDS | _GROUP_KINDS and all(_is_cap(t) for t in tokens[kind_at + 1:]) \
            and not (_is_role_word(tokens[kind_at + 1]) and len(tokens) > kind_at + 3):  # ("The club President Ann Lee")
        if any(low[k] == "of" and _is_role_word(tokens[k - 1]) for k in range(2, kind_at)):
            # "The owner of the company Acme Foods": a post in the body, no one's name
            return SpeakerRef(text=text, kind="role", name=None, role=" ".join(tokens[1 if low[0] in {"the", "a", "an"} else 0:]),
                              definite=low[0] != "a")
        # "The organisation Rhino Shield Trust", "the company Acme Foods", "the patient association
        # Fair Care Alliance", "the regional hospital
        # network Lindmark Regional Hospitals", "Dutch firm Veritab Systems" (a word of where it is
        # from, no article): the body by its own name
        return SpeakerRef(text=text, kind="org", name=" ".join(tokens[kind_at + 1:]), definite=low[0] != "a")
    if len(tokens) >= 2 and tokens[0].islower() and low[0] in BODY_KINDS | _GROUP_KINDS and all(_is_cap(t) for t in tokens[1:]):
        return SpeakerRef(text=text, kind="org", name=" ".join(tokens[1:]), definite=True)  # (its article left behind)
    press = 1 if low[0] == "the" else 0  # (translations drop the article)
    if len(low) > press + 3 and low[press] == "press" and low[press + 1] in _PRESS_UNITS and low[press + 2] in {"of", "for"}:
        return _parse_mention(" ".join(tokens[press + 3:]))  # "the press service of the ministry" speaks for the ministry
    if len(tokens) == 2 and low[0] in PARTICLES and _is_cap(tokens[1]):
        return SpeakerRef(text=text, kind="person", name=text)  # "de Graaf said"
    if len(tokens) >= 2 and JAPANESE_POST.fullmatch(low[-1]) and _is_cap(tokens[-2]):
        # "Ohsland Henrik shachō": a Japanese post after the name (or capitalised: "Dalman Shushō"),
        # the body's possessive before it ("SEPCO's Lorenzo Kiambao shachō", "Aldmark's Ekholm gaishō")
        owner_end = next((k + 1 for k in range(len(tokens) - 3, -1, -1) if POSSESSIVE_END.search(tokens[k])), 0)
        named = _parse_mention(" ".join(tokens[owner_end:-1]))
        if named is not None and named.kind == "person":
            owned_by = tokens[1 if low[0] in {"the", "a", "an"} else 0:owner_end]
            return replace(named, text=text, role=" ".join(filter(None, (named.role, *owned_by, tokens[-1]))))
    post_at = next((k for k in range(1, min(len(tokens) - 1, 4)) if JAPANESE_POST.fullmatch(tokens[k])
                    and all(_is_cap(t) for t in tokens[:k]) and tokens[k + 1].islower()), None)
    if post_at is not None:
        named = _parse_mention(" ".join(tokens[:post_at]))  # "Rahimi iinchō (chairwoman) of the authority"
        if named is not None and named.kind == "person":
            return replace(named, text=text, role=" ".join(tokens[post_at:]))
    owner = next((k for k in range(min(len(tokens) - 2, 6)) if low[k].endswith(("'s", "’s"))), None)
    if owner is not None and owner + 3 <= len(tokens) <= owner + 5 and _is_cap(tokens[owner + 1]) \
            and all(t.islower() for t in tokens[owner + 2:]) \
            and _is_role_noun(tokens[-1]) and not _is_role_noun(tokens[owner + 1]) \
            and (all(t.islower() for t in tokens[1:owner + 1]) or (owner > 1 and tokens[1].islower())) \
            and (owner > 0 or tokens[0].islower()):
        # "The fire brigade's Okonkuwo commander", "the league's Lindkvist chief executive officer": the
        # body's, the surname, the post, as Japanese orders them (the body's own name too: "the
        # operating company Acme Steel's Okonkuwo president")
        body_at = 1 if low[0] in DETERMINERS else 0
        return SpeakerRef(text=text, kind="person", name=tokens[owner + 1],
                          role=" ".join(tokens[body_at:owner + 1] + tokens[owner + 2:]), definite=True)
    named_at = next((k + 1 for k in range(min(len(tokens) - 3, 6)) if low[k].endswith(("'s", "’s"))), None)
    if named_at is not None and 2 <= len(tokens) - named_at - 1 <= 3 and tokens[-1].islower() \
            and _is_role_noun(tokens[-1]) and all(_is_cap(t) and t.isalpha() for t in tokens[named_at:-1]) \
            and _fold(tokens[named_at]) in GIVEN_NAME_GENDER:
        # "the manufacturer Solvara Pharma company's Dieter Kallweit president": the body's, the name in
        # full, the post, as Japanese orders them
        body_at = 1 if low[0] in DETERMINERS else 0
        return SpeakerRef(text=text, kind="person", name=" ".join(tokens[named_at:-1]),
                          role=" ".join(tokens[body_at:named_at] + tokens[-1:]), definite=True)
    if "&" in tokens[1:-1] and all(_is_cap(t) or t == "&" for t in tokens[1 if low[0] == "the" else 0:]):
        return SpeakerRef(text=text, kind="org", name=text, definite=True)  # "Montvale Power & Light": a firm's name
    if tokens[0] == "A." and len(tokens) > 1 and _is_cap(tokens[1]):
        low[0] = "A."  # an initial, not the article: "A. Petrauskas"
    definite = low[0] not in _INDEFINITE and not low[0].isdigit()
    demonym = 1 if low[0] == "the" and len(tokens) > 3 and (tokens[1] in DEMONYMS or _is_nationality(tokens[1])) \
        else 0 if len(tokens) > 2 and tokens[0] in DEMONYMS and _fold(tokens[1]) in GIVEN_NAME_GENDER \
        else 0 if len(tokens) == 3 and NATIONALITY.match(tokens[0]) and _fold(tokens[0]) not in GIVEN_NAME_GENDER \
        and all(_is_cap(t) and t.isalpha() for t in tokens[1:]) and _bare(tokens[-1]) not in BODY_WORDS \
        else None  # ("Japanese Haruto Sakamoto", not "Brian …", nor the firm "Meridian Educational Consulting")
    # ("Spain’s Lucia Ferrer", and a firm's of two words: "Velmora Hydropower's Henrik Aalto")
    owned = next((k for k in range(min(3, len(tokens) - 2)) if low[k].endswith(("'s", "’s"))), None)
    owned = owned if owned is not None and all(_is_cap(t) for t in tokens[:owned + 1]) else None
    if demonym is not None or owned is not None:
        # "the Swede Erik Lindqvist", "The Spanish Lucía Ferrer", "Pole Marek Zawadzki" (a known given name
        # after it: not "Dane Waters"), "Spain’s Lucia Ferrer": the person, from where they are
        at = owned if owned is not None else demonym or 0
        named = _parse_mention(" ".join(tokens[at + 1:]))
        if named is not None and named.kind == "person" and named.name and (
                demonym is not None or (" " in named.name and is_personal_name(named.name)
                                        and _fold(named.name.split()[0]) in GIVEN_NAME_GENDER)
                or (" " in named.name and named.role is not None and _is_role_noun(named.role.split()[-1]))):
            # (or a post before the name: "Parliament's Digital Affairs Committee Chairman Ann Lee")
            if owned is not None:
                return replace(named, text=text)  # (a country's is no post)
            return replace(named, text=text, role=" ".join([tokens[at], *([named.role] if named.role else [])]))
        rest = tokens[(owned or 0) + 1:]
        if owned is not None and len(rest) >= 2 and _is_cap(rest[0]) and _is_cap(rest[-1]) \
                and _bare(rest[0]) not in ORG_NOUNS and any(_bare(t) in COMPANY_WORDS | ORG_NOUNS and _is_cap(t) for t in rest) \
                and all(_is_cap(t) or _bare(t) in {"of", "for", "and", "the"} for t in rest):
            # "Germany’s Federal Agency for Medicines Oversight", "Germany's Solvara Pharma": the body
            # (not "Acme's Board of Directors", a part of Acme)
            return SpeakerRef(text=text, kind="org", name=" ".join(rest), definite=True)
    if len(tokens) >= 2 and low[0] in KIN_WORDS and _is_cap(tokens[0]) and _is_cap(tokens[1]) and "-" not in tokens[1]:
        named = _parse_mention(" ".join(tokens[1:]))  # a tabloid's "Husband Jonas Vos, 47, …", "Son Elias"
        if named is not None and named.kind == "person":
            return replace(named, text=text, role=low[0])
    if (low[0] in DETERMINERS or low[0] in _INDEFINITE) and len(tokens) > 1:
        tokens, low = tokens[1:], low[1:]
    elif low[0] in DETERMINERS:
        return None
    if len(low) == 1 and low[0] in KIN_WORDS:
        return SpeakerRef(text=text, kind="role", role=low[0], definite=definite)  # "says his sister": a person
    if len(low) >= 2 and low[-1] in KIN_WORDS and low[-2].endswith(("'s", "’s")):
        return SpeakerRef(text=text, kind="role", role=" ".join(tokens), definite=definite)  # "Lee's husband", as "Lee's lawyer"
    if text[:2].lower() in {"a ", "an"} and _is_described_name(tokens):
        # a person described as the moment shows them: "a defiant Malvoy stunned reporters"
        return SpeakerRef(text=text, kind="person", name=" ".join(tokens[1:]), definite=True)
    near = _anonymous_source(low)
    if not definite and (near or (not any(_is_role_noun(x) for x in low) and low[-1] not in ORG_NOUNS)):
        # a proper name takes no indefinite article: "one New Hampshire Democrat"
        return SpeakerRef(text=text, kind="role", role=" ".join(tokens), definite=False)
    if "for" in low[1:-1] and opens_body_for(tokens[low.index("for") - 1]) \
            and all(_is_cap(t) or x in {"for", "the", "and", "of", "a"} for t, x in zip(tokens, low)) \
            and not any(x in TITLES for x in low):
        # a body's own name: "Citizens for Clean Air", "the Committee for Fair Schools"
        return SpeakerRef(text=text, kind="org", name=("the " if text.lower().startswith("the ") else "") + " ".join(tokens),
                          definite=definite)
    if len(tokens) >= 4 and low[1] == "of" and low[2] == "the" and _is_cap(tokens[0]) and not _is_role_word(tokens[0]) \
            and low[-1] in ORG_NOUNS and all(t.islower() for t in tokens[2:]) \
            and low[0] not in ORG_NOUNS | COMPANY_WORDS | BODY_WORDS | ROLE_PLURALS | DETERMINERS | CLAUSE_OPENERS \
            | INDEFINITE_PRONOUNS | QUANTIFIER_PRONOUNS | _PARTS_OF_A_WHOLE:
        # "Solberg of the local police, who leads …": a surname, then the body it serves
        return SpeakerRef(text=text, kind="person", name=tokens[0], role=" ".join(tokens[1:]), definite=True)
    # "Joel Smith of the Example Institute", "Sen. Ann Lee of Ohio": a name, then where it belongs
    # (translated "at": "Hydrologist Ann Lee at the University of Holtz"; "Ann Lee from the firm Holtz")
    of = next((i for i in range(2, len(low)) if low[i] == "of" or (low[i] in {"at", "from"} and (
        low[i + 1:i + 2] == ["the"] or (i + 1 < len(low) and _is_cap(tokens[i + 1]))))), -1)
    if of > 0:
        n = of
        while n > 0 and ((_is_cap(tokens[n - 1]) and not (tokens[n - 1].isupper() and len(tokens[n - 1]) > 2)
                          and (not _is_role_word(tokens[n - 1]) or (n == of and _role_word_surname(tokens, n - 1))))
                         or (low[n - 1] in PARTICLES and n < of and n >= 2
                             and (_is_cap(tokens[n - 2]) or low[n - 2] in PARTICLES))):
            n -= 1  # (with the particles of the surname: "Ann du Plessis-Hart of the Dunmore Police")
        n += _describes(tokens[n:of])
        after = tokens[of + 1:]
        if (of - n >= 2 or (of - n == 1 and n > 0 and _bare(tokens[n - 1]) in TITLES)) \
                and _bare(tokens[of - 1]) not in ORG_NOUNS and _bare(tokens[n]) not in INSTITUTIONS \
                and not (n > 0 and low[n - 1] in {"of", "the"} and _bare(tokens[0]) in ORG_NOUNS) \
                and not (n > 1 and low[n - 1] == "and" and "of" in low[:n - 1]) \
                and (all(_is_cap(t) or _bare(t) in {"the", "of", "and", "&", "for"} for t in after)  # "Mr. Burman of …"
                     # "Ann Lee of the foundry division", "Keiko Brandt of the consultancy Meridian Aero"
                     or (2 <= len(after) <= 6 and low[of + 1] == "the" and after[1].isalpha() and after[1].islower()
                         and _lower_then_capitals(after[1:]))
                     # "Ann Lee from the St Olaf hospital": a body named, then its kind in lower case
                     or (3 <= len(after) <= 6 and low[of + 1] == "the" and _bare(after[-1]) in ORG_NOUNS | INSTITUTIONS
                         and all(_is_cap(t) for t in after[1:-1]))):
            role = " ".join(tokens[:n] + tokens[of:]) or None
            return SpeakerRef(text=text, kind="person", name=" ".join(tokens[n:of]), role=role, definite=definite)
    of = low.index("of") if "of" in low[2:-1] else -1
    if of > 1 and low[of - 1] in ORG_NOUNS and POSSESSIVE_END.search(tokens[of - 2]) and tokens[of - 2].islower() \
            and all(_is_cap(t) for t in tokens[of + 1:]):
        # "The prosecutor's office of Montrevasse": the office, in its town (not someone's post)
        return SpeakerRef(text=text, kind="org", name=("the " if low[0] == "the" else "") + " ".join(tokens[low[0] == "the":]),
                          definite=definite)
    # "<phrase>'s office", "... ministry": an organisation as written
    held = next((i for i, x in enumerate(low) if x in {"of", "for", "at", "with", "from"} and i > 0
                 and _is_role_noun(tokens[i - 1])), len(low))
    if low[-1] in ORG_NOUNS and (len(tokens) == 1 or any("'s" in x for x in low[:held])
                                 or not (_is_role_word(tokens[-1]) or held < len(low))):
        # (but "the head of the press office" and "the chairman of the Fishermen's
        # Cooperative" are people who head them)
        org = " ".join(tokens)
        owner = next((i for i, x in enumerate(low) if x.endswith("'s")), -1)
        if owner > 0:
            k = owner
            while k > 0 and _is_cap(tokens[k - 1]) and (not _is_role_word(tokens[k - 1]) or (
                    _bare(tokens[k - 1]) in ROLE_MODIFIERS and not _is_role_noun(tokens[k - 1]) and k < owner)):
                k -= 1  # ("National Anti-Corruption Prosecutor's Office": an adjective of the body's name)
            if k == owner and _is_role_word(tokens[owner].removesuffix("'s").removesuffix("’s")):
                # "the prime minister's office": the post's words with it
                while k > 0 and _bare(tokens[k - 1]) in ROLE_MODIFIERS and _bare(tokens[k - 1]) not in DETERMINERS:
                    k -= 1  # (and "the Prime Minister's Office")
            org = " ".join(tokens[k:])
        rest = tokens[owner + 1:]
        if owner >= 0 and tokens[owner].islower() and len(rest) > 1 and _is_cap(rest[0]) \
                and all(_is_cap(t) or _bare(t) in {"and", "of", "for", "&"} for t in rest):
            org = " ".join(rest)  # "the federation's Integrity and Ethics Panel" is named so itself
        if "of" in low and low.index("of") == 1 and low[0] in ORG_NOUNS and tokens[0].islower():
            org = " ".join(t for t in tokens[2:] if _bare(t) != "the")
        firm_words = [t for t in tokens[:-1] if _bare(t) not in DETERMINERS]
        if tokens[-1] in {"company", "firm"} | COMPANY_KINDS and len(firm_words) == 1 and definite and (
                _is_nationality(firm_words[0]) or (firm_words[0].endswith(("-owned", "-based"))
                                                   and _is_nationality(firm_words[0].rsplit("-", 1)[0]))):
            # "the Japanese-owned firm", "the German company": the firm the story named last (a role)
            return SpeakerRef(text=text, kind="role", role=f"{firm_words[0]} {tokens[-1]}", definite=True)
        if tokens[-1] in {"company", "firm"} | COMPANY_KINDS and firm_words and all(_is_cap(t) for t in firm_words) \
                and owner < 0 and not any(_is_nationality(t) or (t.isupper() and len(t) <= 3) or "-" in t for t in firm_words):
            org = " ".join(firm_words)  # "The Solmar Hotels company": the firm by its name
        if (len(tokens) == 1 or org[:1].islower()) and definite and text.lower().startswith("the "):
            org = "the " + org
        return SpeakerRef(text=text, kind="org", name=org, role=None, definite=definite)
    of = low.index("of") if "of" in low[1:4] else -1
    if of > 0 and of + 1 < len(tokens) and low[of - 1] in ORG_NOUNS and all(_is_cap(t) for t in tokens[:of - 1]) \
            and _is_cap(tokens[0]) and all(_is_cap(t) or _bare(t) in {"the", "of", "and", "for"} for t in tokens[of + 1:]) \
            and not any((_is_role_noun(t) and not t.endswith("s")) or _bare(t) in TITLES for t in tokens[of + 1:-1]):
        # (not "the Chamber of Engineers President Ann Lee"; but "the Syndicate of the Railway Workers of …")
        # "the Federation of Public Employees", "the Armed Forces of Ukraine", translated
        # "Defence forces of South": a body's own name
        return SpeakerRef(text=text, kind="org", name=("the " if text.lower().startswith("the ") else "") + " ".join(tokens),
                          definite=definite)
    if low[0] in ORG_NOUNS and "of" in low[:2] and tokens[0].islower():
        if (low[0] in FAMILY_WORDS or low[0] in MEMBERS_BODIES) and low[1] == "of" and not any(_is_cap(t) for t in tokens[2:]):
            # "the families of the trapped miners" speak as that group, not as "trapped miners"; "the
            # union of the guards" as the union
            return SpeakerRef(text=text, kind="org", name=" ".join(tokens), definite=definite)
        org = " ".join(t for t in tokens[2:] if _bare(t) != "the")
        words = org.split()
        capital = next((k for k, t in enumerate(words) if _is_cap(t)), 0)
        if capital and all(t.islower() for t in words[:capital]) \
                and all(_is_cap(t) or _bare(t) in {"and", "of", "&"} for t in words[capital:]):
            org = " ".join(words[capital:])  # "The manufacturer of pipes Ostrander Pipeworks": the firm by its name
        if low[0] in _GOVERNING_UNITS and low[1] == "of":
            org = f"{low[0]} of {org}"  # "the board of Acme Foods" is its board, not all of Acme
        elif low[0] == "police" and low[1] == "of" and _is_cap(tokens[-1]):
            org = f"{org} police"  # translated "the police of Kelmora": the Kelmora police, not the town
        elif low[0] in PORTFOLIO_BODIES and low[1] == "of" and len(tokens) >= 3 \
                and all(_is_cap(t) or _bare(t) in PORTFOLIOS | PORTFOLIO_MODIFIERS | {"and"} for t in tokens[2:]) \
                and _bare(tokens[2]) not in PLACE_NOUNS and _bare(tokens[-1]) not in PORTFOLIO_MODIFIERS:
            # "the ministry of Health", "the ministry of health" are the Ministry of Health ("of regional
            # development", the Ministry of Regional Development)
            org = f"{low[0].capitalize()} of " + " ".join(w.capitalize() if w in PORTFOLIOS | PORTFOLIO_MODIFIERS else w
                                                          for w in org.split())
        return SpeakerRef(text=text, kind="org", name=org, definite=definite)
    # The name is the trailing run of capitalised non-role tokens; a patronymic initial glued to the
    # given name is a whole name by itself, as Mongolian news writes them ("teacher Ch.Dashdorj")
    glued = _GLUED_INITIAL_NAME.fullmatch(tokens[-1]) is not None
    k = len(tokens) - 1 if glued else len(tokens)
    while k > 0 and not glued and (
        (_is_cap(tokens[k - 1]) and not _is_role_word(tokens[k - 1]))
        or (k == len(tokens) > 1 and _is_cap(tokens[k - 1])  # "Ms. Driver", "Miriam Driver": a surname
            and (low[k - 2] in COURTESY_TITLES or (_is_cap(tokens[k - 2]) and _fold(tokens[k - 2]) in GIVEN_NAME_GENDER)))
        or (low[k - 1] in PARTICLES and k < len(tokens) and k > 1 and (_is_cap(tokens[k - 2]) or (
            low[k - 2] in PARTICLES and k > 2 and _is_cap(tokens[k - 3]))))  # "Piet van der Sluis"
        or (low[k - 1] in PARTICLES and k < len(tokens) and all(x in PARTICLES for x in low[:k]))  # "van der Sluis"
    ):
        k -= 1
    while len(tokens) - k > 2 and k > 0 and low[k - 1] in {"for", "of", "and"} and low[k] in PORTFOLIOS:
        k += 1  # a portfolio, then the name: "Commissioner for Children Aoife Brennan"
    name_tokens = tokens[k:]
    role_tokens = tokens[:k]
    if len(name_tokens) == 1 and role_tokens and _is_nationality(name_tokens[0]) and _is_role_noun(role_tokens[-1]) \
            and _fold(name_tokens[0]) not in GIVEN_NAME_GENDER and (len(name_tokens[0]) > 5 or name_tokens[0] in DEMONYMS):
        # a nationality after the post, as Spanish and French order it: "the technician Japanese"
        return SpeakerRef(text=text, kind="role", role=" ".join(tokens[low[0] in DETERMINERS:]), definite=definite)
    if len(tokens) >= 2 and _bare(tokens[-2]) in _TOWN_BODIES and _is_cap(tokens[-2]) and _is_cap(tokens[-1]) \
            and all(_is_cap(t) or _bare(t) in DETERMINERS for t in tokens) and not any(_is_role_noun(t) for t in tokens):
        # a body, then its town, as German writes it: "the Regional Police Halvern", no one's name (in
        # English order: the Halvern Regional Police)
        body = [t for t in tokens[:-1] if _bare(t) not in DETERMINERS]
        return SpeakerRef(text=text, kind="org", name=" ".join([tokens[-1], *body]), definite=definite)
    if k >= 4 and low[k - 1] == "and" and ("of" in low[:k - 1] or "for" in low[:k - 1]) and _is_role_noun(tokens[0 if low[0] != "the" else 1]) \
            and _bare(name_tokens[-1]) in PORTFOLIOS:
        # "the Minister of Transport and Maritime Affairs": a second portfolio, not a name
        return SpeakerRef(text=text, kind="role", role=" ".join(tokens[low[0] == "the":]), definite=definite)
    if _describes(name_tokens) or (len(name_tokens) >= 3 and role_tokens and _bare(role_tokens[-1]) in TITLES
                                   and _bare(name_tokens[0]) in FIRST_NAME_HONORIFICS):
        role_tokens.append(name_tokens[0])  # (and an honorific after a title: "Mudir Sahib Abdul Zarakhel")
        name_tokens = name_tokens[1:]
    if len(name_tokens) == 2 and _bare(name_tokens[0]) in INSTITUTIONS | PLACE_NOUNS:
        # a body or place named after its kind, as translations write them: "General Hospital Drinovac",
        # "Village Lipky"; "the nurses of General Hospital Drinovac" are people of it (but in "professor of
        # Tbilisi State University Tamar Lomidze" a name follows the body's)
        if any(_is_role_noun(t) and _bare(t) not in ROLE_MODIFIERS for t in role_tokens):  # (not "General")
            return SpeakerRef(text=text, kind="role", role=" ".join(tokens), definite=definite)
        return SpeakerRef(text=text, kind="org", name=" ".join(t for t in tokens if _bare(t) not in DETERMINERS),
                          definite=definite)
    # never let a name absorb an organisation word ("Foreign Ministry")
    while len(name_tokens) > 1 and (_bare(name_tokens[0]) in ORG_NOUNS or name_tokens[0].isupper()
                                    or (sum(c.isupper() for c in name_tokens[0][1:]) >= 2 and len(name_tokens[0]) <= 6)):
        # (nor an acronym, however cased: "NATO Jan Holm", "BfAA Sabine Hartkopf"; "McDonald" is a name)
        role_tokens.append(name_tokens[0])
        name_tokens = name_tokens[1:]
    # nor the body a role belongs to: "the chairman of the Central Election Commission Anna Petrova"
    body_end = max((j for j, t in enumerate(name_tokens[:-1]) if _bare(t) in ORG_NOUNS), default=-1)
    if body_end >= 0:
        role_tokens += name_tokens[:body_end + 1]
        name_tokens = name_tokens[body_end + 1:]
    role = " ".join(role_tokens).strip() or None
    last_of = max((i for i, t in enumerate(role_tokens) if _bare(t) == "of"), default=-1)
    body_runs_on = 0 <= last_of < len(role_tokens) - 1 and _is_cap(role_tokens[-1]) \
        and all(_is_cap(t) or _bare(t) in {"the", "and"} for t in role_tokens[last_of + 1:])  # "of the Ministry of Foreign"
    ends_of = len(role_tokens) >= 2 and (_bare(role_tokens[-1]) == "of" or (  # "minister of the Westland"
        len(role_tokens) >= 3 and _bare(role_tokens[-1]) == "the" and _bare(role_tokens[-2]) == "of"))
    body_named = bool(name_tokens) and _bare(name_tokens[-1]) in BODY_WORDS
    # "the spokesman of the party in the Cortes", "the aide at the White House": a seat, not a name
    ends_seat = len(role_tokens) >= 3 and _bare(role_tokens[-1]) == "the" and _bare(role_tokens[-2]) in _SEAT_PREPOSITIONS \
        and any(_is_role_noun(t) for t in role_tokens)
    if name_tokens and ((ends_of and role_tokens[-2].islower() and len(name_tokens) <= 2)
                        or (ends_seat and len(name_tokens) <= 2)
                        # "the spokeswoman of the Partido Aragonés de Progreso": a party's name
                        or (ends_of and _bare(role_tokens[-1]) == "the"
                            and any(_bare(t) in PARTICLES for t in name_tokens[1:-1]))
                        or (ends_of and body_named and (_is_role_noun(
                            role_tokens[-3] if _bare(role_tokens[-1]) == "the" else role_tokens[-2])
                            or (_is_role_noun(role_tokens[0]) and _bare(role_tokens[1]) == "of")))  # ("Chairman of the Board of …")
                        or (body_runs_on and body_named)
                        # "the head of the Department of Public Works": a body's field after "of"
                        or _field_of_body(role_tokens, name_tokens)):
        # "the governor of New York", "the head of Acme", "the Minister of Foreign Affairs": the
        # capitals name the place or body; a person after it has a name of their own ("the
        # mayor of Rome Ann Lee")
        return SpeakerRef(text=text, kind="role", role=" ".join(tokens), definite=definite)
    placed = False
    if len(name_tokens) > 2 and role_tokens and (_bare(role_tokens[-1]) in PLACE_NOUNS | {"of", "in", "from", "at"} or body_runs_on
                                                 or (_bare(role_tokens[-1]) == "and" and "of" in low[:k]) or (
            _bare(role_tokens[-1]) == "the" and len(role_tokens) >= 2 and _bare(role_tokens[-2]) == "of")) \
            and not any(t.endswith(".") or _bare(t) in PARTICLES for t in name_tokens) \
            and not any(_bare(t) in BODY_WORDS or "'" in _bare(t) or t.isupper()
                        for t in name_tokens[-2:]) \
            and _bare(role_tokens[-1]) not in TITLES | FIRST_NAME_HONORIFICS:  # ("of Justice Shri Ravi Prasad Tiwari")
        # "the spokesman of the Air Force Ivan Petrenko", "Secretary of Homeland Security Ann
        # Lee", "resident of the village Nizhnie Sady Olga Ivanova", "ambassador in Ukraine
        # Henrik Dahl": the capitals
        # run on from the body or place into the name, which is the last two words
        cut = len(name_tokens) - 2
        if len(name_tokens) >= 4 and _PATRONYMIC.fullmatch(name_tokens[-2]):
            cut -= 1  # "the MFA of Velesia Anastasia Grigorievna Voronets": a given name before the patronymic
        role_tokens += name_tokens[:cut]
        name_tokens = name_tokens[cut:]
        role = " ".join(role_tokens)
        placed = True  # (a farmer from a village is not someone's aide, as below)
    elif name_tokens and role_tokens and _bare(role_tokens[-1]) == "of":
        # "Secretary of Defense" style: the capitalised word belongs to the role
        role_tokens.append(name_tokens[0])
        name_tokens = name_tokens[1:]
        role = " ".join(role_tokens)
    if not placed and 1 <= len(name_tokens) <= 2 and len(role_tokens) >= 2 and role_tokens[-1] in {"in", "at", "near"} \
            and all(t.islower() for t in role_tokens):
        # "a reader in Brask Cove", "a woman at Dunmore": where someone unnamed is
        return SpeakerRef(text=text, kind="role", role=" ".join(tokens), definite=definite)
    if 1 <= len(name_tokens) <= 2 and 3 <= len(role_tokens) <= 4 and role_tokens[-1] in {"in", "at", "near"} \
            and all(_is_cap(t) for t in role_tokens[:-1]):
        named = _parse_mention(" ".join(role_tokens[:-1]))  # "Ann Lee in Dunmore": Ann Lee, where she is
        if named is not None and named.kind == "person":
            return replace(named, text=text)
    link = next((i for i, t in enumerate(role_tokens) if _bare(t) in _ROLE_LINKS and _bare(t) != "of"), -1)
    # ("Minister for Education Tariq Bhatti" holds a portfolio; "a spokesman for Smith" speaks for Smith)
    portfolio = link > 0 and _bare(role_tokens[link]) == "for" and _is_cap(role_tokens[-1]) \
        and all(_bare(t) in PORTFOLIOS | {"and"} for t in role_tokens[link + 1:])
    if name_tokens and role_tokens and not placed and not portfolio and (
            _bare(role_tokens[-1]) in _ROLE_LINKS or (link > 0 and any(_is_role_noun(t) for t in role_tokens[:link]))):
        # "a spokesman for Smith", "adviser to the president": Smith's aide, not Smith
        return SpeakerRef(text=text, kind="role", role=" ".join(tokens), definite=definite)
    if not name_tokens and len(tokens) >= 3 and _is_role_word(tokens[-3]) and _is_cap(tokens[-2]) \
            and not _is_role_word(tokens[-2]) and _is_cap(tokens[-1]) and _bare(tokens[-1]) not in ORG_NOUNS:
        # a surname that is also a role word: "Congressman Pete King", "Judge Ann Bishop"
        # (not a body's: "the head of the Defence Procurement Agency")
        return SpeakerRef(text=text, kind="person", name=" ".join(tokens[-2:]),
                          role=" ".join(tokens[:-2]), definite=definite)
    if not name_tokens:
        if not role or (low[-1] in _INFORMATION_NOUNS and not any(_is_cap(t) or x in ORG_NOUNS for t, x in zip(tokens, low))):
            return None  # "according to first information": what is known so far, from no one named
        # (a body whose first word is also a post's: "the Justice Ministry")
        if any(_is_role_noun(t) for t in role_tokens) \
                and not (_bare(role_tokens[-1]) in ORG_NOUNS and not _is_role_noun(role_tokens[-1])
                         and all(_is_cap(t) for t in role_tokens)):
            return SpeakerRef(text=text, kind="role", name=None, role=role, definite=definite)
        return SpeakerRef(text=text, kind="org", name=("the " if text.lower().startswith("the ") else "") + role, definite=definite)
    name = " ".join(name_tokens)
    if all(t.isupper() and len(t) > 1 for t in name_tokens) or "’s" in name or "'s" in name:
        if any(_is_role_noun(t) for t in role_tokens):
            # "the boss of the NATO", "the NATO chief": a role in a body
            return SpeakerRef(text=text, kind="role", role=" ".join(tokens), definite=definite)
        return SpeakerRef(text=text, kind="org", name=name, role=role, definite=definite)
    if len(name_tokens) >= 2 and _bare(name_tokens[-1]) in COMPANY_WORDS and not role:
        return SpeakerRef(text=text, kind="org", name=name, definite=definite)  # "Vellacourt Foods"
    if text.lower().startswith("the ") and not role:
        # a personal name takes no article: "the Green Cross", "the Harbour Trust" are bodies
        return SpeakerRef(text=text, kind="org", name="the " + name, definite=definite)
    of = next((i for i, t in enumerate(role_tokens) if t.lower() == "of"), 0)
    if of > 0 and _bare(role_tokens[of - 1]) in _KIN and _is_role_noun(role_tokens[-1]) and of < len(role_tokens) - 1:
        # "the mother of the missing soldier Danilo Rask", "the widow of the late senator Tom Ash":
        # the name is the soldier's, the senator's; the speaker is their kin, unnamed here
        return SpeakerRef(text=text, kind="role", role=" ".join(tokens[1:] if low[0] in DETERMINERS else tokens),
                          definite=definite)
    if of > 0 and _bare(role_tokens[of - 1]) in ORG_NOUNS and not any(_is_role_noun(t) for t in role_tokens):
        # "Municipal Disaster Management Office of San Roque": a body and its town, no one's post
        return SpeakerRef(text=text, kind="org", name=("the " if text.lower().startswith("the ") else "")
                          + " ".join(tokens), definite=definite)
    if role_tokens and _bare(name_tokens[-1]) in ORG_NOUNS | COMPANY_WORDS \
            and all(_is_cap(t) and not _is_role_noun(t) for t in role_tokens):
        # "the International Health Coordination Agency", "Valmora Regional Electric": capitals that
        # are a post's words elsewhere ("Health", "Regional") begin a body's name
        return SpeakerRef(text=text, kind="org", name=("the " if text.lower().startswith("the ") else "") + " ".join(tokens),
                          definite=definite)
    if len(name_tokens) == 1 and (_bare(name) in INSTITUTIONS | ORG_NOUNS or (
            len(role_tokens) >= 3 and _bare(role_tokens[-1]) in ORG_NOUNS and "of" in role_tokens)) \
            and any(_is_role_noun(t) for t in role_tokens):
        # "a medical source in the Dravosk Regional Hospital": a body's word ends the post, no name;
        # so does a town after it, in German order: "Director General of Water Authority Kelvara"
        return SpeakerRef(text=text, kind="role", role=" ".join(tokens), definite=definite)
    if len(role_tokens) >= 3 and _bare(role_tokens[-1]) in COURTESY_TITLES and _bare(role_tokens[-2]) == "of" \
            and any(_is_role_noun(t) for t in role_tokens[:-2]):
        # "the lawyer of Mr. Dubrava": his lawyer, as "the lawyer of Dubrava" is
        return SpeakerRef(text=text, kind="role", role=" ".join(tokens[1:] if low[0] in DETERMINERS else tokens),
                          definite=definite)
    if len(role_tokens) >= 2 and role_tokens[-1] in {"in", "at", "near"} and any(_is_role_noun(t) for t in role_tokens):
        # "the ambassador in Seranaya", "a spokesman of the embassy in Dalumbay": where the post is held
        return SpeakerRef(text=text, kind="role", role=" ".join(tokens[1:] if low[0] in DETERMINERS else tokens),
                          definite=definite)
    if "of" in role_tokens and _is_cap(tokens[-1]) and _singular(_bare(tokens[-1])) in BODY_WORDS | ROLE_NOUNS \
            and not any(_is_role_noun(t) for t in role_tokens) \
            and all(_is_cap(t) or _bare(t) in {"of", "the", "and", "for"} for t in tokens[1 if low[0] in DETERMINERS else 0:]):
        # capitals ending in a plural of bodies or people: "the Conference of Harbour Municipalities", a body's name
        return SpeakerRef(text=text, kind="org", name=("the " if text.lower().startswith("the ") else "") + " ".join(
            tokens[1:] if low[0] in DETERMINERS else tokens), definite=definite)
    return SpeakerRef(text=text, kind="person", name=name, role=role, definite=definite)


def _singular(word: str) -> str:
    """A plural noun's singular, for the lists' look-up ("municipalities", "towns"); a word that is
    no plural stays as it is (and "" for a word too short to tell)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return ""


def _post_after_name(tokens: list[str], low: list[str]) -> SpeakerRef | None:
    """A post written after the full name, as Korean and Japanese news translate it: "Acme
    Bank Ann Lee interim CEO", "Ann Lee senior researcher"."""
    after = len(tokens)
    while after > 2 and (tokens[after - 1].islower() or tokens[after - 1].isupper()) \
            and (low[after - 1] in ROLE_NOUNS or low[after - 1] in ROLE_MODIFIERS):  # ("… interim CEO")
        after -= 1
    if after == len(tokens) or low[-1] not in ROLE_NOUNS or _is_plural_role(low[-1]) or not _is_cap(tokens[0]) \
            or not (_is_cap(tokens[after - 1]) and _is_cap(tokens[after - 2])):  # (not "Typhoon Mara survivors")
        return None
    named = parse_mention(" ".join(tokens[:after]))
    if named is None or named.kind != "person" or not named.name or " " not in named.name \
            or not named.name.endswith(tokens[after - 1]):
        return None
    return SpeakerRef(text=" ".join(tokens), kind="person", name=named.name,
                      role=" ".join([*([named.role] if named.role else []), *tokens[after:]]), definite=True)


# Who reports the story, never a post the story varies: "our reporter Ann Lee".
_REPORTERS = frozenset({"reporter", "correspondent", "journalist"})

# A group's name for itself, and nouns the story may take it up by: "the hackers call themselves Red Kite … the group".
_FOR_ITSELF = r"\b(?:call|calls|calling|called|name|names|naming|named)[ \t]+(?:itself|themselves)[ \t]+"
_NAME_FOR_ITSELF = re.compile(_FOR_ITSELF + r"[“\"«„]?([A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){0,3})")
_GROUP_NOUNS = frozenset({"group", "gang", "collective", "cell", "attackers", "hackers", "movement", "crew"})
_SELF_NAMED = re.compile(_FOR_ITSELF + "$")
_NOT_IN_A_NAME = ROLE_NOUNS | ORG_NOUNS | COMPANY_WORDS | BODY_WORDS | TITLES  # ("Acme's Board Chairman")
# A body's person by surname or full name: "Acme's Lee", "Acme's Ann Lee" (not "Acme's Board", a
# body's own part).
_OWNED_SURNAME = re.compile(r"(?:[A-Z][\w’'-]*[ \t]+){0,3}[A-Z][\w’'-]*['’]s[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)")


def author_of(text: str, text_noun: str, pos: int) -> str | None:
    """Who the story last said, before ``pos``, wrote the text it quotes: "the report of the
    Safety Board", "a report by Ann Lee", "the Safety Board's preliminary report"."""
    noun = "|".join(sorted(AUTHORED_TEXTS)) if text_noun == "document" else text_noun  # (whichever text it named)
    window = text[max(0, pos - 4000):pos]
    author = None
    for m in re.finditer(rf"\b(?:{noun})\b", window):  # (the noun first: the name patterns are slow)
        named = _AUTHOR_AFTER.match(window, m.end()) or _AUTHOR_BEFORE.search(window[max(0, m.start() - 120):m.start()])
        author = named.group(1) if named else author
    return author


# The writer in apposition to the text itself: "The memo, written by senior engineer Ann Lee and …,".
_WRITTEN_BY = re.compile(r"[Tt]he[ \t]+(?:[a-z-]+[ \t]+){0,2}(?P<text>[a-z]+),[ \t]+(?:written|signed|drafted|authored)[ \t]+by[ \t]+"
                         r"(?:[a-z][\w-]*[ \t]+){0,3}(?P<np>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){1,3})(?=[ \t]*[,;]|[ \t]+and\b)")


# A text named by who wrote it: "the final situation report of the Safety Board".
_TEXT_OF_BODY = re.compile(r"[Tt]he[ \t]+(?:[a-z-]+[ \t]+){0,3}(?:" + "|".join(sorted(AUTHORED_TEXTS))
                           + r")[ \t]+(?:of|by|from)[ \t]+((?:the[ \t]+)?[A-Z].*)")
_NOT_DATED = r"(?!(?:" + "|".join(sorted(w.capitalize() for w in WEEKDAYS | MONTHS)) + r")\b)"  # ("… Board on Monday")
_AUTHOR_NAME = rf"((?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|for|and|on)[ \t]+(?:the[ \t]+)?)?{_NOT_DATED}[A-Z][\w’'-]*)*)"
_AUTHOR_AFTER = re.compile(rf"[ \t]+(?:(?:issued|published|released|written|drawn[ \t]+up)[ \t]+by|of|by|from)[ \t]+{_AUTHOR_NAME}")
_AUTHOR_BEFORE = re.compile(rf"{_AUTHOR_NAME}['’]s[ \t]+(?:[a-z-]+[ \t]+){{0,2}}$")


# Kin of someone: "the mother of …" is not the one the words after "of" name.
_KIN = frozenset(KIN_WORDS) | frozenset("parent parents fiancée fiancé fiance fiancee relative relatives family".split())


# Slavic surnames that say whose they are: Czech "Lindqvistová", Polish "Wróblewska" and
# "Wróblewski", Russian "Volkova" and "Volkov".
_FEMININE_SURNAME = re.compile(r"\w{3,}(?:ová|ská|cká|ska|cka|dzka|ova|eva)$")
_MASCULINE_SURNAME = re.compile(r"\w{3,}(?:ski|cki|dzki|ský|cký|ov|ev)$")


@lru_cache(maxsize=4096)
def _surname_gender(name: str) -> str | None:
    """The pronoun a full name's Slavic surname says, if it says one."""
    words = name.split()
    if len(words) < 2 or not _is_cap(words[-1]):
        return None
    return "she" if _FEMININE_SURNAME.fullmatch(words[-1]) else "he" if _MASCULINE_SURNAME.fullmatch(words[-1]) else None


# The one spoken to, before the one who spoke: "she was told by HWSC boss Ann Lee".
_TOLD_BY = re.compile(r"\b([Hh]e|[Ss]he)[ \t]+(?:was|had[ \t]+been)[ \t]+told[ \t]+by[ \t]+$")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("’", "'").translate(_UNDECOMPOSED)


# Letters with no decomposition that other spellings write plain: Turkish dotless ı ("Yıldız" is
# "Yildiz"), South Slavic and Vietnamese đ.
_UNDECOMPOSED = str.maketrans({"ı": "i", "đ": "d"})


@lru_cache(maxsize=4096)
def _fold_cached(s: str) -> str:
    return _fold(s)


# Titles written out or abbreviated: "chief financial officer Ann Lee … the CFO".
_ROLE_ABBREVIATIONS = (
    (re.compile(r"\bchief\s+executive(?:\s+officer)?\b", re.I), "ceo"),
    (re.compile(r"\bchief\s+financial\s+officer\b", re.I), "cfo"),
    (re.compile(r"\bchief\s+operating\s+officer\b", re.I), "coo"),
    (re.compile(r"\bmanaging\s+director\b", re.I), "md"),  # (British and Indian firms: "the MD said")
    (re.compile(r"\bchief\s+minister\b", re.I), "cm"),  # (Indian states: "the CM said")
    (re.compile(r"\bprime\s+minister\b", re.I), "pm"),
    (re.compile(r"\bpremier\b", re.I), "pm"),  # (what translations and headlines call a prime minister)
    # (French and German stories vary the post: "le chef du gouvernement", "das Staatsoberhaupt")
    (re.compile(r"\bhead\s+of\s+(?:the\s+)?government\b", re.I), "pm"),
    (re.compile(r"\bhead\s+of\s+(?:the\s+)?state\b", re.I), "president"),
    (re.compile(r"\bpress\s+secretary\b", re.I), "spokesperson"),  # ("the White House spokesman")
    # (who speaks for a body by trade: "communications director Ann Lee … the airline's spokeswoman")
    (re.compile(r"\b(?:communications?|press|media)\s+(?:director|officer|chief|head|manager)\b"
                r"|\b(?:director|head)\s+of\s+(?:communications?|press|media)\b", re.I), "spokesperson"),
    (re.compile(r"\bfirst\s+citizen\b", re.I), "mayor"),  # (Italian "primo cittadino", translated)
    (re.compile(r"^(?:(?:Mr|Mrs|Ms|Madam)\.?\s+)?Justice$"), "judge"),  # ("Justice Ann Lee … the judge told him")
)


@lru_cache(maxsize=4096)
def _role_key(role: str) -> tuple[frozenset[str], frozenset[str]]:
    """(organisation-ish words, role heads) of a role phrase, for matching roles."""
    for written, short in _ROLE_ABBREVIATIONS:
        role = written.sub(short, role)
    role = _HEAD_OF_MINISTRY.sub(r"\1 \2 minister", role)  # "head of the Ministry of Health" is its minister
    toks = [t for t in re.findall(r"[\w'’-]+", role)]
    orgs = frozenset(_fold(t).removesuffix("'s") for t in toks  # (the body may own the post: "the alliance's chief")
                     if (t[:1].isupper() or _bare(t).removesuffix("'s") in ORG_NOUNS - _WHAT_A_BODY_DOES)
                     and _bare(t) not in ROLE_NOUNS)
    heads = frozenset(_bare(t) for k, t in enumerate(toks) if (_bare(t) in ROLE_NOUNS or (t.islower() and JAPANESE_POST.fullmatch(t)))
                      # (a rank before the post is no post: "chief accountant" is an accountant)
                      and not (_bare(t) == "chief" and k + 1 < len(toks) and _bare(toks[k + 1]) in _RANKED_POSTS))
    # a chair in a science is one who practises it: "professor of seismology" is "the seismologist"
    heads |= frozenset(field for t in toks if (field := _practitioner(_bare(t))) in ROLE_NOUNS)
    return orgs, heads


# Posts a "chief" ranks, not names: "chief accountant", "chief economist", "chief engineer".
# (not "chief prosecutor" or "chief inspector": "the chief" may be either)
_RANKED_POSTS = frozenset({"accountant", "economist", "engineer", "scientist", "surgeon", "nurse", "pharmacist", "architect",
                           "correspondent", "negotiator", "steward", "analyst", "strategist", "investigator"})
# Words for what a body does, not which it is: "the regulator's chairwoman" may chair the Data Authority.
_WHAT_A_BODY_DOES = frozenset({"regulator", "watchdog"})
_HEAD_OF_MINISTRY = re.compile(r"(?i)\b(?:head|chief)\s+of\s+(?:the\s+)?(?:(\w+)\s+)?ministry\b"
                               r"(?:\s+of\s+(?:the\s+)?(\w+))?")


def _practitioner(science: str) -> str:
    """"seismology" → "seismologist", "economics" → "economist", "physics" → "physicist"."""
    if science.endswith("ology"):
        return science[:-1] + "ist"
    if science.endswith("omics"):
        return science[:-3] + "ist"
    return science[:-1] + "ist" if science.endswith("ics") else ""


def _heads_match(a: frozenset[str], b: frozenset[str]) -> bool:
    if a & b:
        return True
    if _scientist_of(a, b) or _officer_of(a, b):
        return True
    classes = frozenset().union(*(_CLASSES_OF.get(w, frozenset()) for w in a))
    return bool(classes) and any(_CLASSES_OF.get(w, frozenset()) & classes for w in b)


# Which classes of one post (ROLE_CLASSES, ROLE_SYNONYMS) each head word is in, looked up once.
_CLASSES_OF: dict[str, frozenset[int]] = {
    word: frozenset(i for i, cls in enumerate(ROLE_CLASSES + ROLE_SYNONYMS) if word in cls)
    for cls in ROLE_CLASSES + ROLE_SYNONYMS for word in cls}


# Role modifiers that tell two holders of one kind of role apart ("finance
# minister", "health minister"), unlike "senior" or "former".
_DOMAIN_MODIFIERS = ROLE_MODIFIERS - frozenset(
    """senior former chief general vice deputy top junior first second third acting interim assistant
    associate executive principal longtime veteran anonymous unnamed high-ranking high ranking
    presumptive state national federal regional local""".split()
)


@lru_cache(maxsize=4096)
def _modifiers(role: str) -> frozenset[str]:
    for written, short in _ROLE_ABBREVIATIONS:  # ("prime" and "government" are words of the post)
        role = written.sub(short, role)
    return frozenset(w for w in (_bare(t) for t in role.split()) if w in _DOMAIN_MODIFIERS)


# Ranks within one kind of post: a "lead author" and a "senior author" are two people.
_RANKS = frozenset("lead senior junior deputy assistant associate principal".split())


def _ranks(role: str) -> frozenset[str]:
    return frozenset(w for w in (_bare(t) for t in role.split()) if w in _RANKS)


def _other_rank(mentioned: str, held: str) -> bool:
    """Whether both roles state a rank and share none: "lead author" / "senior author"."""
    said, holds = _ranks(mentioned), _ranks(held)
    return bool(said and holds and not said & holds)


# What a story calls an anonymous source it described before: "the source", "our informant".
_SOURCE_WORDS = frozenset({"source", "informant"})


def _surname_only(name: str) -> bool:
    """Whether a person's name is a surname alone, with its particles: "Lee", "de Graaf",
    "Mac Giolla Rua" (the story names them in full elsewhere)."""
    return " " not in name or all(_bare(w) in PARTICLES for w in name.split()[:-1])


def _anonymous_source(low: list[str]) -> bool:
    """Whether a role's words (in lower case) describe an anonymous source, as "the source"
    takes it up later: "a person close to the investigation"."""
    return any(pair in SOURCE_NEARNESS for pair in zip(low, low[1:]))


_PERSON_OWNING = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+[A-Z][\w-]*[’'](?:s\b)?[ \t]+")


def roles_match(mentioned: str, held: str,
                one_body: Callable[[frozenset[str], frozenset[str]], bool] | None = None) -> bool:
    """Could a person holding ``held`` be the one ``mentioned`` by role?

    "the NATO chief" matches "Secretary General of the NATO" (same body,
    heads of one class); "the American president" matches "American
    president". A role naming no body only matches the same head noun.
    ``one_body`` may say that two bodies are one under two of its names.
    """
    mentioned = _PERSON_OWNING.sub("", mentioned)  # a person's, not a body's: "Mr Lund's spokeswoman" is a spokeswoman
    mentioned = _ORIGIN_BEFORE.sub("", mentioned)  # where they come from is no body: "the Dutch-born violinist"
    m_orgs, m_heads = _role_key(mentioned)
    h_orgs, h_heads = _role_key(held)
    if _bare(held) in _PRIEST_TITLES:  # ("Father Jan Kowal … the priest said")
        h_heads |= {"priest"}
    if not m_heads or not _heads_match(m_heads, h_heads):
        return False
    if m_orgs and (h_orgs or not ("'s " in mentioned or "’s " in mentioned) or mentioned != mentioned.lower()):
        return bool(m_orgs & h_orgs) or (one_body is not None and bool(h_orgs) and one_body(m_orgs, h_orgs))
    # (a body by its common noun says nothing against a post given with no body: "the utility's
    # managing director" may be "managing director Ann Lee")
    # (a stand-in is one person for a while, whatever the post's word: "interim CEO … the interim chief")
    return bool(m_heads & h_heads) or bool(_tenure(mentioned) & _tenure(held)) \
        or any(m_heads & same and h_heads & same for same in ROLE_SYNONYMS) or _scientist_of(m_heads, h_heads) \
        or _officer_of(m_heads, h_heads)


def _scientist_of(mentioned: frozenset[str], held: frozenset[str]) -> bool:
    """"the scientist" for one who practises a science ("the psychologist Ann Lee … says the scientist")."""
    return bool(mentioned) and mentioned <= {"scientist", "researcher"} \
        and any(w.endswith(("ologist", "icist")) or w == "chemist" for w in held)


def _officer_of(mentioned: frozenset[str], held: frozenset[str]) -> bool:
    """"the officer" for one who holds an officer's rank ("Chief Inspector Ann Lee … the officer
    admitted"); one way only, as two ranks are two people."""
    return bool(mentioned) and mentioned <= {"officer"} and bool(held & _OFFICER_RANKS)


# Ranks whose holder a story may go on to call "the officer".
_OFFICER_RANKS = frozenset("inspector superintendent sergeant constable detective commissioner lieutenant "
                           "captain colonel major commander".split()) | UNTRANSLATED_POSTS["inspector"]


# Titles before a name that say its bearer is a priest (Polish "ks." too). Not "Dr.", which a
# doctor of any field bears.
_PRIEST_TITLES = frozenset({"father", "fr", "rev", "revd", "reverend", "ks", "msgr"})


# Words for a post held for a while, which single its holder out.
_TENURES = frozenset("interim acting caretaker".split())


def _tenure(role: str) -> frozenset[str]:
    return frozenset(w for w in (_bare(t) for t in role.split()) if w in _TENURES)


# Capitalised words that may stand before a given name: "Hosts Ann Lee and …", "When Ann …".
_BEFORE_A_GIVEN_NAME = ROLE_NOUNS | CLAUSE_OPENERS
# Capitalised words for a side, not a person: "a lifelong Democrat", "a loyal Tory".
_SIDES = frozenset({"democrat", "republican", "conservative", "tory", "liberal", "socialist", "communist",
                    "independent", "green", "catholic", "protestant", "muslim", "christian", "jew"})
_NOT_A_DESCRIBED_NAME = ORG_NOUNS | COMPANY_WORDS | _SIDES


def _is_described_name(tokens: list[str]) -> bool:
    """Whether words after "a"/"an" are one adjective and a person's name: "defiant Malvoy",
    "tearful Ann Lee", "red-faced Lee" (not "senior ministry official", "lifelong Democrat", "proud Norwegian")."""
    adjective, names = tokens[0], tokens[1:]
    return adjective.replace("-", "").isalpha() and adjective.islower() and 1 <= len(names) <= 3 \
        and adjective not in ROLE_MODIFIERS and not _is_role_word(adjective) and adjective not in _BODY_OR_ORG_NOUNS \
        and all(_is_cap(t) and t.isalpha() and not _is_role_word(t) and _bare(t) not in _NOT_A_DESCRIBED_NAME
                and not _is_nationality(t) for t in names)


# What makes or sells things: after a nationality, a firm ("the German producer").
_MAKERS = frozenset({"producer", "maker", "carmaker", "automaker", "supplier", "exporter", "importer"}) | COMPANY_KINDS


def _varies_a_name(role: str) -> bool:
    """May a bare role stand for the person just named? "the defender", "the Norwegian
    striker": yes. "the Russian leader" (a post with a country), "the Republican
    candidate", "Lee's adviser", and "the source" (nobody the story names): no ("the
    retired officer" is someone the story described)."""
    post = _bare(role.split()[-1])
    if post in _MAKERS and any(_is_nationality(t) for t in role.split()):
        return False  # "the German producer", "the Korean carmaker": a firm, as business news calls it
    for t in role.split():
        if "'" in t or "’" in t or (_bare(t) in _ANONYMOUS and "retired" not in role.lower().split()) or _bare(t) == "first":
            return False  # ("the first lady", "the first minister": a post's own name)
        if t[:1].isupper() and not (_is_nationality(t) and post not in OFFICES and _bare(t) not in ROLE_MODIFIERS) \
                and not (t == role.split()[-1] and _bare(t) in ROLE_NOUNS and _bare(t) not in OFFICES):
            return False  # (but a post written large: "added the Mayoress")
    return True


def _post_of_body(role: str) -> bool:
    """A post in a body the story names, whose holder it does not: "the chairman of the
    Dunmore Cooperative" may be the person just named, as "the defender" may."""
    post, of, body = role.partition(" of ")
    return bool(of) and _is_role_word(post.split()[-1]) and not any(w[:1].isupper() for w in post.split()) \
        and _is_cap(body.removeprefix("the ").split()[0]) and _bare(post.split()[-1]) not in SPOKES_WORDS


_INITIAL = re.compile(r"[A-Z]\.")
# what follows a title: a full name ("Getachew Alemu", "K. Manikandan") or a given name alone
_AFTER_TITLE = re.compile(
    rf"(?:[A-Z]\. ?)*[{CAPITAL}][\w’'{SMALL}-]+(?: [{CAPITAL}][\w’'{SMALL}-]*){{0,2}}(?![\w’'{SMALL}-])")
_INITIALS_BEFORE = re.compile(r"(?<![\w’'.-])((?:[A-Z]\. ?){1,3})$")  # "S. " before "Pushpavalli"


# Where a sentence or paragraph opens, just before a position.
_OPENS_HERE = re.compile(r"(?:^|[.!?][”\"’]?[ \t]+|\n[ \t]*)$")
# A name of two capitalised words just before " and …": "Hosts Ann Lee and Suzy Brell".
_PERSON_AND = re.compile(rf"([{CAPITAL}][\w’'-]+[ \t]+[{CAPITAL}][\w’'-]+),?$")
# The capitalised word just before a name, and the one capitalised word after it (no third).
_WORD_BEFORE = re.compile(rf"([{CAPITAL}][\w’'-]+)[ \t]+$")
_ONE_MORE_NAME = re.compile(rf"[ \t]+([{CAPITAL}][\w’'-]+)(?![\w’'-]|[ \t]+[{CAPITAL}])")


def word_positions(text: str, word: str, prefix: str = "") -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a word of its own (after ``prefix``, if any: the Zulu
    "u" of "uMmeli"); found with str.find, where a pattern per word would be compiled per word."""
    at = text.find(word)
    while at >= 0:
        before = at - len(prefix) if prefix and text.startswith(prefix, at - len(prefix)) else at
        if (before == 0 or not (text[before - 1].isalnum() or text[before - 1] in "_’'.-")) \
                and not _WORD_CHAR.match(text, at + len(word)):
            yield at
        at = text.find(word, at + 1)


_GOES_ON = re.compile(r"\b(?:add(?:s|ed)|continue[sd]|went on|goes on)\b", re.I)
# Words for whoever speaks for a body: "a Highfibre spokesperson".
SPOKES_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson"})


# A spokesperson named by the body they speak for: "spokeswoman of Transvalis", "spokesman for the ministry".
# … or by the word German and Dutch use for one, translated: "a speaker of the police" (not
# "the speaker of the House", a post of its own)
_SPEAKER_FOR = re.compile(r"speaker[ \t]+(?:for|of)[ \t]+(.+)")
# A firm's staff, who speak for it: "he was told by Kemo Holdings staff".
_STAFF_OF = re.compile(r"((?:[A-Z][\w’'&-]*[ \t]+)+)(?:staff|employees)")
# … and a firm's analysts, who write its notes: "Analysts at Brightwater Securities said in a note".
_STAFF_AT = re.compile(r"(?i:analysts|economists|strategists)[ \t]+at[ \t]+(.+)")
# … and one of its people nobody names, who speaks for it as its spokesperson would: "he was told
# by a consultant of LottoNova", "confides a counsellor of the ministry", "a source in the police".
_STAFF_MEMBER = re.compile(r"(?:consultant|adviser|advisor|counsellor|counselor|employee|source)[ \t]+(?:of|at|in)[ \t]+(.+)")
_SPOKES_FOR = re.compile(r"(?:\w+[ \t]+)?(?:" + "|".join(sorted(SPOKES_WORDS)) + r")[ \t]+(?:for|of)[ \t]+(.+)")


# Other words for a spokesperson: "a KH public relations person", "a press officer".
_PR_PERSON = re.compile(r"\b(?:public[ \t]+relations|PR|press)[ \t]+(?:person|officer|representative)$")


def _voiced_body(role: str) -> str | None:
    """The body an unnamed spokesperson speaks for: "a Highfibre spokesperson" is
    Highfibre, "a senior State Department spokesman" the State Department."""
    spoke_for = _SPOKES_FOR.fullmatch(role)
    if spoke_for is not None and re.fullmatch(r"the[ \t]+[a-z]+", spoke_for.group(1)) and spoke_for.group(1)[4:] in ORG_NOUNS:
        return spoke_for.group(1)[4:]  # "a spokesman for the agency": the agency the story named
    words = _PR_PERSON.sub("spokesperson", role).split()
    if len(words) == 2 and words[-1] in {"representative", "representatives"} and _is_cap(words[0]) \
            and not _is_role_word(words[0]):
        words[-1] = "spokesperson"  # "an Albatross representative" speaks for Albatross
    if len(words) < 2 or _bare(words[-1]) not in SPOKES_WORDS:
        return None
    if len(words) == 2 and words[0] in ORG_NOUNS | INSTITUTIONS:
        return words[0]  # (a body the story named before: "a government spokesman", "a university spokeswoman")
    body = list(itertools.dropwhile(lambda w: not _is_cap(w) and _bare(w) in ROLE_MODIFIERS, words[:-1]))
    if not body or not _is_cap(body[0]) or not all(_is_cap(w) or _bare(w) in ORG_NOUNS | {"of", "and", "&"} for w in body):
        return None
    if POSSESSIVE_END.search(body[-1]) and _bare(body[0]) in COURTESY_TITLES:
        return None  # a person's own spokeswoman, no body: "Mr Lund's spokeswoman"
    return " ".join(body)


def _holds_a_post(ref: SpeakerRef) -> bool:
    """Whether the phrase gives its person a post ("Transport Minister", "iinchō of the authority")."""
    return ref.role is not None and any(_is_role_noun(w) for w in ref.role.split())


def _gender_of(ref: SpeakerRef) -> str | None:
    """"he" or "she" when the phrase says so ("Mrs. Lee", "the spokeswoman")."""
    return _gender_in(ref.text)


def _gender_in(phrase: str) -> str | None:
    words = [_bare(t).split("-of-", 1)[0] for t in phrase.split() if t != "Miss."]  # ("the mum-of-two")
    said = {GENDER_WORDS[w] for w in words if w in GENDER_WORDS}
    return said.pop() if len(said) == 1 else None


# Public bodies, which no story calls "the company": what initials the story spells out may name.
_PUBLIC_BODIES = frozenset("authority commission ministry agency council court tribunal inspectorate directorate "
                           "regulator watchdog police parliament government department office".split())
# ... and the words that make a name no firm's wherever they stand in it ("Dunmore Metropolitan Police",
# "the Transport Safety Board"); a firm's name may end in "Office", "Council" or "Agency".
_NEVER_FIRMS = _PUBLIC_BODIES - {"office", "council", "agency", "department", "directorate", "regulator", "watchdog"} | {"board"}
# Bodies no one calls "the company": "the association", "the ministry".
_NOT_COMPANIES = ORG_NOUNS - {"company", "corporation", "group", "firm", "team", "management", "staff", "board", "club"}
_COMPANY_NAME = re.compile(
    r"(?<![\w’'-])(?!(?:All|Every|Each|Both|Some|Any|No|Many|Most|Several|Our|Their|Its|His|Her|This|That|These|Those)\s)"
    r"[A-Z][\w’'&.-]*[ \t]+(?:(?:[A-Z][\w’'&.-]*|&)[ \t]+){0,2}(?:and[ \t]+[A-Z][a-z]+[ \t]+)?(?:"  # ("… Water and Sewerage
    # Corporation", "Hollis & Dane Catering")
    + "|".join(sorted({w.capitalize() for w in COMPANY_WORDS} | {w.upper() for w in COMPANY_WORDS if len(w) <= 3} | {"Group"}))
    + r")\b(?:(?=[ \t]+(?:" + "|".join(sorted({"Service", "Services", "Group", *(w.capitalize() for w in COMPANY_WORDS)}))
    + r")\b)|(?![ \t]+[A-Z&]))"
    r"|(?<![\w’'-])(?:[A-Z][\w’'.-]*[ \t]+){1,3}&[ \t]+[A-Z][\w’'.-]*\b(?![ \t]+[A-Z])"
    r"|(?<![\w’'#@-])(?<!on )(?<!via )(?!(?:Mac|Mc|De|Del|Della|Di|Du|La|Le|Van|Von|Fitz|St)[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]+(?![\w’'-])"
)  # (a brand in camel case: "StayNest", not the hashtag "#DunmoreFire", nor where one posts: "on LinkedIn")  # ("Meblex SA", "Kern AG", "Vanguard Logistics" of Vanguard Logistics Services; not "National Mining"
#     of the National Mining Inspectorate, nor "The United" of the United Metalworkers; "Montvale Power & Light")


# A full stop after a word of two lower-case letters or more ends a sentence ("Pueyo."), unlike "U.S." or "St.".
_SENTENCE_END = re.compile(r"(?<=[a-z]{2}\.)[ \t]+")
_FULL_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+)")
_CAPITALISED_WORD = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+")
_PARTICLE_BEFORE = re.compile(rf"(?<![\w’'-])(?:{'|'.join(sorted(_SMALL_PARTICLES))})[ \t]+$")
_NAME_WORD_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*[ \t]+$")  # (a surname's given name or title)
_SURNAME_AFTER_GIVEN = re.compile(r"[ \t]+[A-Z][\w’'-]+(?![\w’'-])")  # (the surname after a titled given name)
# (or after a quotation, a question, or at a paragraph's end)
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2}[.!?])[\"”’»]?[ \t]+|(?<=[.!?][\"”’»])[ \t]+|\n+")


# The outlet a dateline names, in brackets before its dash.
_DATELINE_OUTLET = re.compile(r"\)[ \t]*[—–-]")


@lru_cache(maxsize=64)
def _body_name_pattern(noun: str) -> re.Pattern[str]:
    """A capitalised name with ``noun`` as its head: "Bright Futures Foundation", "Ministry of Water"."""
    head = re.escape(noun[:1].upper() + noun[1:])
    field = r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){0,3}" \
        r"(?:[ \t]+and[ \t]+[A-Z][a-z][\w’'&-]*(?:[ \t]+[A-Z][a-z][\w’'&-]*)?(?=[ \t]*[,.;:(]|[ \t]+[a-z]))?"  # (no full stop)
    # ("Ministry of Science and Higher Education": a second field after "and")
    # ("the Dunmore Agency of Maritime Safety": capitals on both sides; "Integrity and Ethics Panel")
    # (its possessive too: "the Kelmora Health Network’s four hospitals")
    return re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'&.-]*[ \t]+(?:and[ \t]+)?){1,4}" + head + f"(?:{field})?|" + head + field
                      + r")(?![\w-]|[’'](?!s(?!\w)))")


# A body's name going on past its first field: "Board of Trustees" "of the National Museum".
_SECOND_FIELD = re.compile(r"[ \t]+of[ \t]+the[ \t]+[A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){0,3}(?![\w’'-])")


def _unowned(company: str) -> str:
    """A company's name without the country before it: "Germany's Solvara Pharma" is Solvara
    Pharma (but "McDonald's Corp" keeps its name)."""
    owner = re.match(r"[A-Z][\w-]*['’]s[ \t]+", company)
    return company[owner.end():] if owner is not None and " " in company[owner.end():] else company


# A police force by its name: "Castrelle Police", "the Avon and Somerset Constabulary".
_POLICE_NAME = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'&-]*[ \t]+(?:and[ \t]+)?){1,4}(?:Police|Constabulary|Gendarmerie)\b"
                          r"(?:[ \t]+(?:Service|Force|Department))?")
# ... and the force by its town, as translations write it: "the police of Dunmore" (not "of the city").
_POLICE_OF_PLACE = re.compile(r"\b[Tt]he[ \t]+police[ \t]+of[ \t]+((?:[A-Z][\w’'-]*[ \t]+){0,2}[A-Z][\w’'-]*)(?![\w’'-]|[ \t]+[A-Z])")
# Police as a speaker that the story names no further: "…, police said", "Police said on Monday".
_POLICE_SAID = re.compile(r"\b(?:[Pp]olice[ \t]+(?:said|say|says|told|added|confirmed|stated)|(?:said|told)[ \t]+police)\b")
# A minister's portfolio: "Minister for Culture and Sport", "the minister of Culture and of Sport".
_PORTFOLIO = r"[A-Z][\w-]*(?:[ \t]+(?:Affairs|Development|Health|Security|Protection|Transformation|Planning|Relations|Resources|Works|Policy|Safety))?"
_MINISTER_OF = re.compile(rf"\b[Mm]inister[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?({_PORTFOLIO}(?:[ \t]+and[ \t]+(?:of[ \t]+)?{_PORTFOLIO})?)")
# (a portfolio's second word, before the minister's name: "the Minister for Digital Affairs Henryk Solberg")
# "Agriculture Minister Ann Lee", "Public Works Minister Ann Lee"
_PORTFOLIO_MINISTER = re.compile(r"\b((?:(?:Public|Home|Social|Water|Natural|Civil|Rural|Digital)[ \t]+)?[A-Z][a-z]+)[ \t]+[Mm]inister\b")
# Plural ranks that, once a story has spoken of the police, stand for the force: "officers said".
_POLICE_RANKS = frozenset({"officers", "police officers", "cops", "detectives", "constables", "troopers"})
_POLICE_WORD = re.compile(r"\b(?:[Pp]olice|POLICE|Constabulary|Gendarmerie)\b")
# Kinds of body named by capitals before or after them: "the Civic Alliance party", "Lee's party
# Civic Alliance" (not "campaign": "the Clinton campaign" is no body called Clinton).
_NAMED_BODY_KINDS = frozenset({"party", "union", "coalition", "movement"})
# Nouns any kind of body may be called by, and introduced by: "the organisation", "the firm Aquaflow".
BODY_KINDS = frozenset({"organisation", "organization", "organism", "group", "body", "regulator", "watchdog", "charity", "company", "firm",
                        "newspaper", "paper", "outlet", "publication", "magazine", "network", "broadcaster", "channel",
                        "station", "agency", "institution", "site", "website", "portal", "club", *COMPANY_KINDS})
# What follows a body's name in apposition: "…, which runs 300 shops", "…, the company that …".
_WHICH_OR_KIND = re.compile(r",[ \t]+(?:which\b|the[ \t]+(?:[\w-]+[ \t]+)?(?:" + "|".join(sorted(BODY_KINDS)) + r")\b)")


_BODY_OR_ORG_NOUNS = BODY_KINDS | ORG_NOUNS  # (no adjective of "a defiant Lee")
_KIND_BEFORE = re.compile(r"\b(" + "|".join(sorted(BODY_KINDS)) + r"),?[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
# A union's name that does not say union: "United Nurses Federation", "Independent Cockpit-Association".
_UNION_NAME = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'&]*[ \t-]+){1,4}(?:Association|Federation|Guild|Confederation|Syndicate)\b"
                         r"(?:[ \t]+of[ \t]+(?:[A-Z][\w’'&-]*[ \t]+){0,3}[A-Z][\w’'&-]*)?")  # ("The Federation of Orchestral Musicians")
# A parent named in the sentence that speaks of their child: "the mother" is that one.
_PARENT_PRONOUN = {"mother": "her", "father": "his"}
_PARENT_OF_CHILD = {
    kin: re.compile(rf"(?<![\w’'-])((?:[{CAPITAL}][\w’'-]+[ \t]+){{1,2}}[{CAPITAL}][\w’'-]+)[^.\n]{{0,120}}?\b{pronoun}[ \t]+"
                    r"(?:\d+-year-old[ \t]+|(?:young|little|sick|only|eldest|youngest)[ \t]+)?(?:son|daughter|child|boy|girl|baby)\b")
    for kin, pronoun in _PARENT_PRONOUN.items()}
# Words for a body of members that its initials may stand for: "the group", "the organisation".
_GROUP_KINDS = frozenset({"group", "organisation", "organization", "movement", "association", "collective"})
# A body's capitalised name ending in a body noun: "Halden County Emergency Management".
# What an agency is called by its name: "the Food Safety Authority … the agency" (not a zoo the story names)
_AGENCY_HEADS = frozenset({"agency", "authority", "inspectorate", "office", "commission", "service", "administration",
                           "board", "bureau", "directorate", "institute", "ministry", "department", "regulator"})
_ANY_BODY_NAME = re.compile(
    r"(?<![\w’'-])(?:(?:[A-Z][\w’'&-]*[ \t]+){1,4}(?=[A-Z])|(?=[A-Z]))(?:" + "|".join(sorted(w.capitalize() for w in ORG_NOUNS))
    + r")\b(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'&-]*(?:[ \t]+(?:(?:of|for|and)[ \t]+)?[A-Z][\w’'&-]*)*)?"
)  # ("the Halden Emergency Agency", "the Federation of Consumer Rights")


# What translations call a body that English names otherwise: "the tribunal" is the court named before,
# "the clinic" (German "die Klinik") the hospital.
_BODY_SYNONYMS = {"tribunal": "court", "clinic": "hospital", "foundation": "trust",  # (Spanish "la fundación" of a "Trust")
                  "office": "authority"}  # (Polish "urząd": "the communiqué of the office" of an authority)
_ANONYMOUS = frozenset({"source", "person", "official", "insider", "aide", "officer", "witness"})
# How far (characters) "she described how Lytle …" may put a pronoun before a name
# and still be that name's sentence.
_SAME_CLAUSE = 80
# A company's legal form after its name: "Dunmore Ferries Ltd" speaks as "Dunmore Ferries"
# when the story calls it that elsewhere too.
_LEGAL_SUFFIX = re.compile(r"(?<=\w),?[ \t]+(?:Ltd\.?|Limited|Inc\.?|Incorporated|plc|PLC|LLC|GmbH|Corp\.?)$")
# A sentence opening on whom the speaker was asked about: "Asked whether Lee had warned the
# town, she said …" — the one asked about is not the pronoun after it (that would be "herself").
_ASKED_WORDS = ("Asked", "Pressed", "Questioned", "Quizzed")
_ASKED_ABOUT = re.compile(r"\b(?:Asked|Pressed|Questioned|Quizzed)[ \t]+(?:about|whether|if|why|how|what|when|on|over)\b"
                          r"[^.!?\n“”\"]*,[ \t]*$")
# A paragraph opened by a surname alone, then a comma or a verb: "Lee, meanwhile, has …", "Lee has …".
_SURNAME_OPENS = re.compile(r"([A-Z][\w’'-]+)(?:,|[ \t]+(?:has|had|is|was|[a-z]+s|[a-z]+ed)\b)")
# Words in quotation marks that are a name, not speech: "the trawler «Morning Star»".
_TITLE_CASED = re.compile(r"[ \t]*[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,4}[ \t]*")
_SENTENCE_BREAK = re.compile(r"[.!?…][”\"’]?\s|\n")
# A sentence's name, then its verb: "Telvara has placed him on leave".
_NAME_THEN_VERB = re.compile(r"[ \t]*([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})[ \t]+(?:has|had|is|was|[a-z]{3,}ed|[a-z]{3,}s)\b")
_WORDS = re.compile(r"[^\W\d_]+")
# How far back (characters) a varied role ("the defender") looks for the person just
# named; when nobody is that close, how far back when only quotations stand between.
_JUST_NAMED = 250
# Capitalised words in a row, where a story writes a full name: "Ann Lee", "Ann
# B. Lee-Hart", "Former President Ann Lee".
_NAME_WORD_PATTERN = rf"(?:(?:Mc|Mac|O’|O')?[{CAPITAL}][{SMALL}]+(?:-[{CAPITAL}][{SMALL}]+)?|[A-Z]\.)"
_JOINER = "(?:" + "|".join(sorted(SURNAME_JOINERS)) + ") "  # ("Núria Puig i Ferrer")
_NAME_RUN = re.compile(rf"(?<![\w’'-]){_NAME_WORD_PATTERN}(?: (?:{_JOINER})?{_NAME_WORD_PATTERN})+"
                       rf"(?=-(?:{_JAPANESE_SUFFIXES})\b|(?![\w-]|[’'](?!s(?![\w’'-]))))")  # ("Mori Yoko-san")
# (a name in the possessive is a name too: "dismissed Ann Lee's appeal")
# A nickname between a given name and a surname: Cordelia “Del” Amsel (found by its marks first).
_NICKNAME_MARK = re.compile(NICKNAME + " [A-Z]")


@lru_cache(maxsize=1)
def _nicknamed_pattern() -> re.Pattern[str]:
    """(compiled when first needed: its letter classes are slow to compile, and few articles need it)"""
    return re.compile(rf"(?<![\w’'-])({_NAME_WORD_PATTERN}) [{NICKNAME_OPENERS}]([{CAPITAL}][\w’'-]+)[{NICKNAME_CLOSERS}] "
                      rf"({_NAME_WORD_PATTERN})(?![\w’'-])")


_INSIDE_SENTENCE = re.compile(r"[a-z,;] $")
_WORD_CHAR = re.compile(r"[\w’'-]")
_SUFFIXED = re.compile(rf"-(?:{_JAPANESE_SUFFIXES})\b")  # a Japanese honorific after a name
_OWNER_THEN_HONOURED = re.compile(r"(?P<owner>.+?[’'](?:s)?)[ \t]+(?P<name>(?:[A-Z][\w’'-]+[ \t]+)?[A-Z][\w’'-]*-(?:shi|san|sama))")
NAME_WITH_HONORIFIC = re.compile(rf"[A-Z][\w’'.]*{_SUFFIXED.pattern}")  # "Lee-keibu": a person, though one word
_BODY_BEFORE = re.compile(r"\b[Tt]he\s+$")  # "the Global Times": a body
_PLACE_PREPOSITIONS = r"in|at|from|near|to"
_PLACE_BEFORE = re.compile(r"\b(?:[Tt]he|" + _PLACE_PREPOSITIONS + r")\s+$")  # "the Merrow Sound", "in Port Hallam"
_QUOTED_SINCE = 2000
# Words a headline capitalises that start no name: "Border Wall With Mexico".
_NOT_NAME_START = CLAUSE_OPENERS | frozenset(GLUED_FUNCTION_WORDS)


# A gendered spokes-word just before a body's name: "A spokeswoman for <the union>".
_VOICE_BEFORE = re.compile(r"\b(spokesman|spokeswoman|spokesperson|chairman|chairwoman)\s+(?:for|of|at)\s+$", re.IGNORECASE)


# A courtesy title before a surname: its gender holds for the whole article
# ("Miss." is Mississippi).
_GENDERED_TITLES = [title for title, said in COURTESY_TITLES.items() if said]
_COURTESY_TITLE = re.compile(
    r"(?<![\w’'-])(" + "|".join([t.capitalize() for t in _GENDERED_TITLES] + [t.upper() for t in _GENDERED_TITLES if len(t) < 4])
    + rf")(?:\.(?<!Miss\.))?\s+([{CAPITAL}][\w’'-]+)")


# A capitalised word after a preposition of place: "in Washington", "from Leeds".
# (not "according to Ntate Tšepo Ramakatsa", "spoke to Ato Bekele": people)
_AFTER_PLACE_WORD = re.compile(r"\b(?:" + _PLACE_PREPOSITIONS + r")(?<!ccording to)(?<!spoke to)(?<!said to)(?<!talked to)"
                               rf"(?<!wrote to)\s+([{CAPITAL}][\w’'-]*)")


# Two names given this close together (characters) were given in one breath:
# neither is the one a later surname points back to.
_SAME_BREATH = 80
_GIVEN_BEFORE = re.compile(rf"(?<![\w’'.-])[{CAPITAL}][{SMALL}]+(?:\s+[A-Z]\.)?\s+$")  # "Ruth " before "Vance"
_KIN_BEFORE_NAME = re.compile(  # "her husband, Saeed Lee"
    r"\b((?i:" + "|".join(w for w, said in KIN_WORDS.items() if said) + r")),?\s+"
    r"((?:[^\W\d_][\w’'-]*\s+){1,3}[^\W\d_][\w’'-]*)")  # (any letters: the name is compared after)
# The author's line of a first-person piece, on a line of its own near the top: "By Ann Lee" …
_BY_NAME = r"^[ \t]*By[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})[ \t]*"
_BYLINE = re.compile(_BY_NAME + r"$", re.M)
# … and any byline, with the date or the desk after the name: "By Hana Reid | Tuesday 4 March".
# (also after the paper's name and a bar: "Le Courrier | By Hana Reid | Thursday")
_BYLINE_AND_MORE = re.compile(r"^(?:[^\n|]{1,60}\|)?" + _BY_NAME.removeprefix("^") + r"[|,–—]", re.M)
_LABEL_BAR = re.compile(r"[ \t]*\|")
_I = re.compile(r"\bI\b")
# A lede that hands over to its subject's first person: "we publish it in his own words", "as told to".
_IN_OWN_WORDS = re.compile(r"\bin[ \t]+(his|her)[ \t]+own[ \t]+words\b")
_CAPITAL_RUN = re.compile(r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+")
_CAPITAL_INSIDE = re.compile(r"(?<=[a-z,] )[A-Z]")
# After a name, what describes a person: an age, or a post or trade ("…, a 23-year-old architecture student").
_DESCRIBED = re.compile(r",[ \t]+(?:\d{1,3},|(?:a|an|the)[ \t]+((?:[\w-]+[ \t]+){0,3}[\w-]+)\b)")
# A name just after a word ending in "man" ("the spokeswoman, Ann Lee"), and that word.
_AFTER_MAN = re.compile(r"man\b,?\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,2})")
_MAN_WORD = re.compile(r"[A-Za-z]+$")
_TWO_CAPITALS = re.compile(r"(?:(?<=[a-z,.] )|(?<=\n))[A-Z][\w’'-]+ [A-Z]")  # (a full name, maybe)
# A kin word in apposition after a name: "Rory Lee, 16, Isla’s son" (found by the kin word, then
# the two words before its comma: a pattern starting at every word would be slow).
_KIN_AFTER_NAME = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:his|her|their|the|(?:the\s+(?:[a-z-]+\s+){0,2})?[\w-]+[’']s)\s+("
    + "|".join(w for w, said in KIN_WORDS.items() if said) + r")\b")
_TWO_WORDS_BEFORE = re.compile(r"(?<![\w’'-])([^\W\d_][\w’'-]*\s+[^\W\d_][\w’'-]*)$")


def initial_ends_sentence(initial: str, following: str) -> bool:
    """Whether a lone capital and its full stop end a sentence rather than stand for a name:
    a clause opens after it ("… of Building C. At 2:47 she woke", "… its silence on X. The firm
    posted"; not "Harry S. Lund")."""
    return len(initial) == 2 and initial[0].isalpha() and initial.endswith(".") \
        and (following.lower() in CLAUSE_OPENERS or following in {"The", "A", "An"})


def _full_name_ending(run: re.Match[str]) -> tuple[int, str] | None:
    """(where, name) of the full name that ends a run of capitalised words: two words, or
    three with an initial, a known given name or a title first ("Former President Ann B. Lee")."""
    words = run.group(0).split()
    if words[-1].endswith(".") or initial_ends_sentence(words[-2], words[-1]):
        return None
    take = 3 if len(words) >= 3 and (words[-2].endswith(".") or _fold(words[-3]) in GIVEN_NAME_GENDER
                                     or (len(words) >= 4 and _bare(words[-4]) in TITLES  # ("Mzee Ali Omari Juma", not
                                         and _bare(words[-3]) not in TITLES)  # "Lt Cdr Ann Lee")
                                     # (three words in apposition: "his daughter, Camila Ruiz Ortega, 19")
                                     or (len(words) == 3 and run.string[max(0, run.start() - 2):run.start()] == ", "
                                         and run.string[run.end():run.end() + 1] == ","
                                         and not any(_is_role_word(w) or _bare(w) in BODY_WORDS for w in words))) else 2
    if words[-take] in _SUBORDINATE_OPENERS:  # ("When Ann Lee arrived", "When Lee and Berg met")
        take -= 1
        if take < 2:
            return None
    name = " ".join(words[-take:])
    return run.end() - len(name), name


@lru_cache(maxsize=4096)
def _post_words(person: SpeakerRef) -> frozenset[str]:
    """The words naming a person's post: its head before "of" ("The Gaunpalika Adhyaksha of
    Simalkot") and the word just before the name ("… of the jury, domla Baxtiyor Raximov")."""
    head = [w for w in (person.role or "").split(" of ")[0].split() if _bare(w) not in TITLES]  # ("… Collector Smt.")
    if any(_is_role_noun(w) for w in head):
        head = []  # ("Südbahn spokeswoman": the rules know the post, and the body is no post)
    before = [w for w in person.text.split()[-len((person.name or "").split()) - 1:-len((person.name or "").split())]
              if w.islower()]
    return frozenset(_fold(w) for w in head[:2] + before if not _is_role_word(w) and _bare(w) not in DETERMINERS)


def _title_case_line(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` capitalises most of its words, as a headline does."""
    line = text[text.rfind("\n", 0, pos) + 1:(text.find("\n", pos) + 1 or len(text) + 1) - 1].split()
    return sum(w[:1].isupper() for w in line) * 3 > len(line) * 2


_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def _names_a_place(text: str, end: int) -> bool:
    """Whether the capitalised words ending at ``end`` name a place or a body by the noun after
    them ("outside the Marlow Street clinic"), not a person "the latter" may be."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1) in BODY_WORDS or _bare(text[text.rfind(" ", 0, end) + 1:end]) in BODY_WORDS


class ArticleSpeakers:
    """Resolves speaker phrases inside one article, in reading order."""

    def __init__(self, text: str = "", quoted: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text  # the article, for the bodies it names outside speech
        self.quoted = sorted(quoted)  # (start, end) of its quotations: distances leave them out
        self.people: list[SpeakerRef] = []  # every full-named person seen, in order
        self.recent: list[tuple[int, str, str]] = []  # (pos, kind, resolved name)
        self.mentioned: list[tuple[int, str]] = []  # people introduced outside speech events
        self.subjects: list[tuple[int, str]] = []  # people a sentence without speech is about
        self.bylined: set[str] = {m.group(1) for m in _BYLINE_AND_MORE.finditer(text, 0, 600)}  # who wrote the story
        self.bodies: list[tuple[int, str]] = []  # bodies a sentence without speech is about
        self._body_first_words: set[str] | None = None
        self.given: list[tuple[int, str]] = []  # where full names stand in the text
        self.pronouns: list[tuple[int, str, str]] = []  # (pos, "he"/"she", who it was taken for)
        self.unnamed: set[int] = set()  # where one unnamed person spoke ("a senior diplomat said")
        self.spoken_for: dict[int, str] = {}  # where an unnamed spokesperson spoke, and for which body
        self.unnamed_subjects: list[tuple[int, str | None]] = []  # where a sentence is about someone unnamed
        self.gender: dict[str, str] = {}  # name -> "he" / "she", where the article says so
        self.surnamed_posts: list[SpeakerRef] = []  # posts of people the story names by surname alone
        self.voices: dict[int, str | None] = {}  # where a body spoke through a "spokeswoman for" it: her pronoun (None: "a spokesperson")
        self._titles: dict[str, list[tuple[int, str]]] | None = None  # surname -> where "Mr"/"Mrs" stand
        self._in_full: dict[str, set[str]] = {}  # surname -> "First Surname" as the text writes them
        self._about: list[tuple[int, str]] | None = None  # where people are named, outside speech or in it
        self._lede: tuple[int, int] | None = None  # (start, end) of the first paragraph of 20 words or more
        self._kin_of: list[tuple[str, str | None]] | None = None  # (the name after a kin word, its pronoun)
        self._kin_before: list[tuple[str, str]] | None = None  # (a kin word, the words after it: "sister", "Ann Lee")
        self._kin_after: list[tuple[str, str]] | None = None  # (a kin word, the two words before it: "wife", "Ann Lee")
        self._placed: set[str] | None = None  # capitalised words the text puts after "in", "at", "from" …
        self._posts: dict[str, set[str]] = {}  # a post in a word the rules do not know -> who holds it
        self._author: str | None = None  # the "I" of a first-person piece ("" for none), once read
        self._defined: frozenset[str] | None = None  # acronyms the article defines in brackets (see _acronym_of)
        self._local_titles: dict[str, frozenset[str] | None] = {}  # a title -> the full names after it (see untitled)
        self._nicknames: dict[str, str] | None = None  # "Del" -> "Cordelia Amsel", from Cordelia “Del” Amsel

    def _vessel_named(self, name: str) -> bool:
        """Whether the story names a ship so, not a person: "the jack-up vessel Seabright Endeavour"."""
        at = self.text.find(name)
        before = self.text[max(0, at - 20):at].split() if at > 0 else []
        return bool(before) and _bare(before[-1]) in _VESSELS

    def learn(self, ref: SpeakerRef, pos: int | None = None) -> None:
        """Remember a person's full name and role from anywhere in the article.

        With ``pos`` the person was introduced there without speaking
        ("Labour Minister Eva Lind met the strikers"): a pronoun with no
        speaker before it may point at them.
        """
        ref = self._without_body_word(ref)
        if ref.kind == "person" and ref.name and " " in ref.name and not self._verb_opens(self.text.find(ref.name)) \
                and not self._vessel_named(ref.name):
            self.people.append(ref)
            self._note_gender(ref, ref.name)
            if ref.role and _bare(ref.role.split()[-1]) in _REPORTERS and ref.role.split()[0].lower() != "our" \
                    and pos is not None and pos < 400:
                # the byline's "[Brenmoor = special correspondent Sato Kenji]": who wrote the story,
                # never a "he" in it
                self.bylined.add(ref.name)
            elif pos is not None:
                self.mentioned.append((pos, ref.name))
        elif ref.kind == "person" and ref.name and " " not in ref.name and _holds_a_post(ref) \
                and self._full_name(ref.name) is None:  # (the cheap test first: most speakers have no post)
            self._note_surnamed_post(ref, ref.name)  # "Rahimi iinchō (chairwoman) of the authority criticized"

    def _note_surnamed_post(self, ref: SpeakerRef, name: str) -> None:
        """A post held by a surname the story never writes in full ("The Transport Minister
        Demirel-shi appointed …"), for "the minister" after it."""
        if _holds_a_post(ref) and replace(ref, name=name) not in self.surnamed_posts:
            self.surnamed_posts.append(replace(ref, name=name))

    def _without_body_word(self, ref: SpeakerRef) -> SpeakerRef:
        """A person named after the first word of their club's or firm's name, as a headline in
        Japanese does: "Kingsbridge Takahashi-kantoku" is Takahashi of Kingsbridge Rovers."""
        words = (ref.name or "").split()
        if ref.kind != "person" or len(words) != 2 or _fold(words[0]) in GIVEN_NAME_GENDER:
            return ref
        if self._body_first_words is None:  # (once per article: the words that open a firm's name)
            self._body_first_words = {m.group(1) for m in _FIRM_NAME.finditer(self.text) if m.group(2).lower() in COMPANY_WORDS}
        if words[0] not in self._body_first_words or not self._written_in_full(words[1]) - {ref.name}:
            return ref  # (the story names the person in full elsewhere: "Kingsbridge Rovers’s Kenji Takahashi")
        return replace(ref, name=words[1], role=" ".join(filter(None, (words[0], ref.role))))

    def named_at(self, pos: int, ref: SpeakerRef) -> None:
        """A full name given at ``pos`` outside speech ("Walter Voss was released"):
        tells apart people who share a surname, by which came last."""
        if ref.name:
            self.given.append((pos, ref.name))

    def body_subject(self, name: str, pos: int) -> None:
        """A body the sentence at ``pos`` is about without quoting it ("The Dunmore Council
        issued a statement."): the nearest candidate for an "it said" that follows."""
        self.bodies.append((pos, name))

    def subject(self, ref: SpeakerRef, pos: int, new_person: bool = True) -> None:
        """A person a sentence at ``pos`` is about without being quoted ("Ann Lee was
        more blunt.", or by the role they alone hold: "The judge was unmoved."): the
        nearest candidate for a "he"/"she" that follows. Without ``new_person`` only
        someone the article already knows counts."""
        ref = self._as_person_by_nationality(self._without_body_word(ref))
        if ref.kind == "pronoun" and ref.text.lower() in FORMER_OR_LATTER:
            # "Mr Berg and Ms Rask have never met. The latter has invited him. “…,” she said": Ms Rask
            resolved, _ = self._antecedent(FORMER_OR_LATTER[ref.text.lower()], pos)
            if resolved is not None:
                self.subjects.append((pos, resolved))
            return
        if ref.kind == "role" and ref.role and not names_many(ref.role):
            holders = self._role_holders(ref.role)
            holder = self._role_holder(ref.role, found=holders)  # "The judge was unmoved."
            if holder is None and (kin := _kin_word(ref.role)):
                holder = self._kin_named(kin)  # "His wife remained seated.": the one named his wife
            if holder is not None:
                self.subjects.append((pos, holder))
            else:
                self._holders_told_apart(holders, pos)
        if ref.kind == "person" and ref.name in self.bylined:
            return
        if ref.kind == "person" and self._self_named(pos):
            return
        if ref.kind == "person" and ref.name:
            short = _surname_only(ref.name)
            whole = ref.name
            if not short and whole.count(" ") == 1 and self._is_local_title(whole.split()[0]) is None \
                    and (fuller := self._polish_mister(whole.split()[0], whole.split()[1], pos)
                         or (self._full_name(whole) if _fold(whole.split()[0]) not in GIVEN_NAME_GENDER else None)
                         or self._second_surname(whole)) != whole:
                # "Ruiz Montalvo climbed in": Ernesto Ruiz Montalvo, two surnames; "Mykola Petrovych
                # says": Mykola Petrovych Savchuk, his given name and patronymic
                whole = fuller
                ref = replace(ref, name=whole)
            if not short and whole not in {p.name for p in self.people}:
                if not new_person:
                    return
                self.people.append(ref)  # "Her brother, Simon Marsh, rose": a second Marsh
            name = (self._full_name(whole, pos, _gender_of(ref)) or whole) if short else whole
            self._note_gender(ref, name)
            self.subjects.append((pos, name))
            if short and " " not in name:
                self._note_surnamed_post(ref, name)

    def _as_person_by_nationality(self, ref: SpeakerRef) -> SpeakerRef:
        """"The Norwegian Dahl" is a person when the article names a Dahl in full; else,
        like "the German Bundestag", a body."""
        surname = nationality_surname(ref)
        if surname is not None and (self.knows_surname(surname) or any(
                not _is_nationality(n.split()[0]) for n in self._written_in_full(surname))):  # (not "Meridian Line")
            return SpeakerRef(text=ref.text, kind="person", name=surname, role=ref.text.split()[1], definite=True)
        return ref

    def _note_gender(self, ref: SpeakerRef, name: str) -> None:
        said = _gender_of(ref)
        if said is not None:
            self.gender.setdefault(name, said)

    def spokesperson_subject(self, ref: SpeakerRef, pos: int) -> bool:
        """Whether a sentence at ``pos`` that quotes no one is about an unnamed spokesperson for a
        body ("A spokesman for the regional government gave another picture."), noted so that a
        "he said" after it is the body's."""
        spoke_for = _SPOKES_FOR.fullmatch(ref.role) if ref.kind == "role" and ref.role and not ref.definite else None
        body = parse_mention(spoke_for.group(1)) if spoke_for is not None else None
        at = self.text.find(spoke_for.group(1), pos) if spoke_for is not None else -1
        if body is None or body.kind != "org" or at < 0:
            return False
        name = self.resolve(body, at)  # (where the body is named, right after "a spokesman for": his voice)
        if name is not None and not any(p == at for p, _, _ in self.recent):
            self.recent.append((at, "org", name))  # (the body speaks next, through him: "“…,” he said")
            self._note_voice(at)
        return True

    def _note_voice(self, pos: int) -> None:
        """The pronoun a body named at ``pos`` speaks through, when a gendered word for its
        spokesperson stands just before the name ("A spokeswoman for the union"): a "she
        said" after it is the union's."""
        voice = _VOICE_BEFORE.search(self.text, max(0, pos - 40), pos)
        if voice is not None:
            self.voices[pos] = GENDER_WORDS.get(voice.group(1).lower())

    def unnamed_subject(self, pos: int, pronoun: str | None) -> None:
        """A sentence at ``pos`` is about someone the story does not name ("a seasonal
        picker … shook his head"): a "he" or "she" right after is theirs (a "they", when
        ``pronoun`` says it: "thousands gathered …, they chanted")."""
        self.unnamed_subjects.append((pos, pronoun))

    def _titled(self, name: str) -> str | None:
        """What "Mr"/"Mrs"/"Ms" before the person's surname say, anywhere in the
        article: stronger than a pronoun, which may have been taken for someone
        else. When the surname takes both ("Mr Petty" and his wife "Mrs Petty"),
        the first title after the full name is given is theirs; a title before the
        full name is theirs outright."""
        if self._titles is None:
            self._titles = defaultdict(list)
            for m in _COURTESY_TITLE.finditer(self.text):
                self._titles[_fold(m.group(2))].append((m.start(2), GENDER_WORDS[m.group(1).lower()]))
        if " " in name:
            own = {g for p, g in self._titles.get(_fold(name.split()[0]), ()) if self.text.startswith(name, p)}
            if len(own) == 1:
                return own.pop()  # "Mrs. Ratree Hale", whoever "Mr. Hale" is
        said = self._titles.get(_fold(name.split()[-1]))
        if not said:
            return None
        surname = name.split()[-1]
        if len({g for _, g in said}) == 1:
            # "Ms. Vance" beside Ruth and Peter Vance: one of them, which one the title does not say,
            # so Peter's given name goes first
            if " " not in name or GIVEN_NAME_GENDER.get(_fold(name.split()[0])) == said[0][1]:
                return said[0][1]  # (the usual case, found cheaply)
            # (a given name the rules do not know: "Mr Sabo" is Klara Sabo's brother Viktor Sabo)
            shared = len(self._named(surname, -1) | self._written_in_full(surname)) > 1
            return None if shared else said[0][1]
        known = GIVEN_NAME_GENDER.get(_fold(name.split()[0])) if " " in name else None
        if known is not None:
            return known  # "Frau Haddad" and "Herr Haddad" beside Maryam and Yusuf Haddad: the given name tells
        if len(self._named(surname, -1)) != 1:
            return None  # Eleanor and Simon Marsh: which title is whose, only the story's order tells
        at = self.text.find(name) if " " in name else -1
        after = [g for p, g in said if p > at] if at >= 0 else []
        return after[0] if after else None

    def _gender(self, name: str, given: bool = True) -> str | None:
        """A title, then (with ``given``) a given name ("Tom Reed", "Tomás Reed"), then what the story showed so far."""
        first = name.split()[0].lower() if given and " " in name else ""
        return self._kin(name) or self._titled(name) or GIVEN_NAME_GENDER.get(first) or GIVEN_NAME_GENDER.get(_fold(first)) \
            or (_surname_gender(name) if given else None) or self.gender.get(name)

    def _kin(self, name: str) -> str | None:
        """What a kin word just before the full name (or in apposition after it) says: "Her
        husband, Saeed Lee" and "Rory Lee, 16, Isla's son" are a he, whatever "Mrs. Lee" says
        of the surname; so does a post in a gendered word: "the spokeswoman, Ann Lee"."""
        if " " not in name:
            return None
        if self._kin_of is None:
            self._kin_of = [(run, KIN_WORDS[word]) for word, run in self._kin_words_before()] \
                + [(before, KIN_WORDS[word]) for word, before in self._kin_words_after()] \
                + self._gendered_posts()
        return next((said for run, said in self._kin_of if run == name or run.startswith(name + " ")), None)

    def _gendered_posts(self) -> list[tuple[str, str | None]]:
        """Each name after a post in a gendered word and its pronoun: ("Ann Lee", "she") for
        "the spokeswoman, Ann Lee" (found by the "man" they end in: a pattern starting at every
        word would be slow)."""
        found: list[tuple[str, str | None]] = []
        for m in _AFTER_MAN.finditer(self.text):
            word = _MAN_WORD.search(self.text, max(0, m.start() - 16), m.start() + 3)
            said = GENDER_WORDS.get(word.group().lower()) if word is not None else None
            if said is not None and word is not None and len(word.group()) > 5:
                found.append((m.group(1), said))
        return found

    def _kin_words_before(self) -> list[tuple[str, str]]:
        """Each kin word before a name and the words after it: ("husband", "Saeed Lee")."""
        if self._kin_before is None:
            self._kin_before = [(m.group(1).lower(), m.group(2)) for m in _KIN_BEFORE_NAME.finditer(self.text)]
        return self._kin_before

    def _kin_words_after(self) -> list[tuple[str, str]]:
        """Each kin word in apposition after a name and the two words before it: ("wife", "Ann Lee")."""
        if self._kin_after is None:
            self._kin_after = [(m.group(1).lower(), before.group(1)) for m in _KIN_AFTER_NAME.finditer(self.text)
                               if (before := _TWO_WORDS_BEFORE.search(self.text, max(0, m.start() - 60), m.start()))]
        return self._kin_after

    def _kin_named(self, word: str) -> str | None:
        """The one person the story names after ``word`` ("his sister Ann Lee"), whom a
        bare "says sister" stands for."""
        names = set()
        for kin, after in self._kin_words_before():
            if kin == word:
                run = " ".join(itertools.takewhile(lambda w: w[:1].isupper(), after.split()))
                ref = parse_mention(run) if " " in run else None
                if ref is not None and ref.kind == "person" and ref.name and " " in ref.name:
                    names.add(ref.name)
        for kin, before in self._kin_words_after():  # (or after the name: "Ann Lee, the mayor's wife")
            ref = parse_mention(before) if kin == word else None
            if ref is not None and ref.kind == "person" and ref.name and " " in ref.name:
                names.add(ref.name)
        if not names and word in _PARENT_PRONOUN:
            # (or a parent by their child: "Nadia Petrescu, 34, does not leave the bed of her son" is
            # "the mother")
            for m in re.finditer(_PARENT_OF_CHILD[word], self.text):
                ref = parse_mention(m.group(1))
                if ref is not None and ref.kind == "person" and ref.name and " " in ref.name:
                    names.add(ref.name)
        return names.pop() if len(names) == 1 else None

    def _narrator(self) -> str | None:
        """Who the "I" of a first-person piece is: its byline's person ("By Ann Lee"), when
        the story's own words, outside the quotations, say "I"."""
        if self._author is None:
            byline = _BYLINE.search(self.text, 0, 600)
            mine = byline is not None and sum(not self._quoted_at(m.start())
                                              for m in _I.finditer(self.text, byline.end())) >= 2
            self._author = (full_name_in(byline.group(1)) if mine and byline is not None else None) or ""
            told = _IN_OWN_WORDS.search(self.text, 0, 1200) if not self._author else None
            if told is not None and sum(not self._quoted_at(m.start()) for m in _I.finditer(self.text, told.end())) >= 2:
                # "…, which he told our newspaper, we publish below in his own words": the one the
                # paragraph names, who is a "he"
                start = self.text.rfind("\n\n", 0, told.start()) + 1
                named = [name for m in _CAPITAL_RUN.finditer(self.text, start, told.start())
                         if (name := full_name_in(m.group())) is not None and " " in name
                         and self._fits(name, {"his": "he", "her": "she"}[told.group(1)])]
                self._author = named[0] if named else ""
        return self._author or None

    def _of_nationality(self, nationality: str, pos: int) -> str | None:
        """The person the story last introduced by ``nationality`` before ``pos``: "the Brazilian
        Rafael Mendes" is "the Brazilian" after, whoever else was named since."""
        found = None
        for m in re.finditer(rf"\b(?:the|a|an)[ \t]+{re.escape(nationality)}[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+)",
                             self.text[:pos]):
            found = m.group(1)
        ref = parse_mention(found) if found is not None else None
        return ref.name if ref is not None and ref.kind == "person" and ref.name and " " in ref.name else None

    def _self_named(self, pos: int) -> bool:
        """Whether the name at ``pos`` is one a group gives itself ("the attackers, who call
        themselves Red Kite, demanded"): a body, never a "he" or "she" later."""
        return _SELF_NAMED.search(self.text, max(0, pos - 30), pos) is not None

    def _fits(self, name: str, pronoun: str) -> bool:
        """Whether a pronoun may stand for ``name``: yes unless the article says
        otherwise. A translated "They said" often means one person, so only what
        the story itself says ("he", "Mr") rules a person out for "they", not a
        given name."""
        if name == self._narrator():
            return False  # the "I" of a first-person piece is no one's "she"
        if pronoun == "they":
            return self._gender(name, given=False) is None
        if pronoun == "the same":
            return True
        if name.endswith("s") and _is_nationality(name[:-1]):
            return False  # "disaffected Ethiopians": a people, not one "he"
        return self._gender(name) in (None, pronoun)

    def gender_at(self, name: str, pos: int) -> str | None:
        """The pronoun the story gives the person a name, perhaps a lone surname, stands for at ``pos``."""
        full = name if " " in name else self._full_name(name, pos) or name
        return self._gender(full)

    def may_be(self, name: str, pronoun: str) -> bool:
        """Whether ``pronoun`` may stand for the person ``name``."""
        return self._fits(name, pronoun)

    def _named(self, word: str, part: int) -> set[str]:
        """Full names of the article's people whose first (``part`` 0) or last (-1) word is ``word``."""
        key = _fold(word)
        return {p.name for p in self.people if p.name and _fold_cached(p.name.split()[part]) == key}

    def _named_first_of_two(self, word: str) -> set[str]:
        """Full names whose first of two surnames is ``word``: Spanish and Portuguese
        write "Ignacio Redondo Baeza" once and "Redondo" after it."""
        key = _fold(word)
        if key in GIVEN_NAME_GENDER:
            return set()  # ("Anne Marie Lund": "Marie" is no surname)
        return {p.name for p in self.people if p.name and p.name.count(" ") >= 2
                and _fold_cached(p.name.split()[-2]) == key and _is_cap(last := p.name.split()[-1])
                and not re.fullmatch(r"[IVX]+", last) and last.lower().rstrip(".") not in POSTNOMINALS}  # (not "Ann Lee III")

    def knows_surname(self, surname: str) -> bool:
        """Whether a full-named person of the article has this surname (or
        this family name written first, or it as the first of two surnames)."""
        return bool(self._named(surname, -1) or self._named(surname, 0) or self._named_first_of_two(surname))

    def _full_name(self, short: str, pos: int | None = None, gender: str | None = None,
                   role: str | None = None) -> str | None:
        """The full name a short one stands for: a surname ("Reed"), one with a
        particle ("Van Rensburg"), or a family name written first ("Wang" for
        Wang Haoran).

        When people share it ("Walter Voss … his granddaughter, Mia Voss"), at
        ``pos`` it is the only one named so far, else the only one quoted so far,
        else the last quoted, unless two were quoted in one breath; ``gender``
        ("Mrs. Reed") rules out the others, and so does a ``role`` ("Captain Reed").
        Otherwise None: a surname is better than a guess.
        """
        words = short.split()
        if len(words) == 1:
            found = self._named(short, -1)
            # (a family name written first: "Kertész Bálint"; not a given name: "Hillary")
            first = not found and _fold(short) not in GIVEN_NAME_GENDER and self._named(short, 0)
            found = found or self._named(short, 0) or self._named_first_of_two(short)
            if len(found) > 1:  # "the mayor of Orlecz Lucia Brenneva" taught both her name and a place's with it
                found = {n for n in found if not any(n.endswith(" " + m) and _fold(n.split()[0]) not in GIVEN_NAME_GENDER
                                                     and _fold(m.split()[0]) in GIVEN_NAME_GENDER for m in found)}
            part = 0 if first else -1
            unnamed_yet = not found or (len(found) == 1 and not 0 <= self.text.find(next(iter(found))) < (pos or 0))
            before = self._written_before(short, pos, part) if pos is not None and unnamed_yet else set()
            if len(before) == 1 and not any(f.endswith(" " + b) for f in found for b in before):
                # "against India's Anjali Raghavan … Raghavan, 19, said"; "arbiter Henrik Dahl
                # … Dahl said" when Mette Dahl is named only later
                found = before
            elif found and pos is not None and part == -1:
                newcomer = self._newcomer(short, pos, found)
                found = {newcomer} if newcomer is not None else found
        else:
            key = [_fold(w) for w in words]
            found = {p.name for p in self.people if p.name and len(p.name.split()) > len(words)
                     and [_fold(w) for w in p.name.split()[-len(words):]] == key}
            if not found and words[0] in PARTICLES:
                # a surname with its particles, the given name written once anywhere in the story, if
                # only before it: "«…», said signora van der Berck. … Helena van der Berck is …"
                found = {m.group() for m in re.finditer(rf"(?<![\w’'-])[{CAPITAL}][\w’'-]+[ \t]+{re.escape(short)}(?![\w’'-]|[ \t]+[{CAPITAL}])", self.text)
                         if _fold(m.group().split()[0]) in GIVEN_NAME_GENDER}
        if gender is not None:
            others = found
            found = {n for n in found if self._fits(n, gender)}  # "Mr Petty … Mrs Petty": his wife
            if others and not found and len(words) == 1:
                # "Mr. Lindqvist" when only Sarah Lindqvist spoke: the other one the story names
                given = self._written_in_full(short) - others
                found = given if len(given) == 1 else found
            if len(found) > 1 and pos is not None:
                # "The director, Mette Dahl, said … “…,” said Ms Dahl": a title takes up the one
                # the story has just named in full
                at, latest = max((self.text.rfind(n, 0, pos), n) for n in found)
                found = {latest} if at >= 0 and "\n\n" not in self.text[at:pos] \
                    and not self._own_other_name(short, at) else found
        if role is not None and len(words) == 1 and _INITIAL.fullmatch(role):
            # "A. Petrauskas": Algirdas, not his son Mantas, whether or not he spoke before
            anyone = found | self._written_in_full(short)
            found = {n for n in anyone if n.startswith(role[0])}
            if not found and role == "M." and len(anyone) == 1 and self._fits(next(iter(anyone)), "he"):
                # French "M. Sokolov", Monsieur: Dmitri Sokolov, the one Sokolov named in full (not Anna
                # Sokolov: "M." is a man)
                found = anyone
        elif role is not None and len(words) == 1 and _bare(role) in TITLES and _bare(role) not in COURTESY_TITLES:
            # "Mzee Kipanga" is the one the story names "Mzee Hamisi Omari Kipanga", beside a "Ndugu
            # Selemani Kipanga" (the title is written with the full name, and not with the other's)
            # (or a given name: "Tayta Fortunato" is "Tayta Fortunato Ccori Huaman")
            titled = {parsed.name for m in re.finditer(
                rf"(?<![\w’'-]){re.escape(role)} ((?:[{CAPITAL}][\w’'-]+ ){{1,4}}{re.escape(short)}"
                rf"|{re.escape(short)}(?: [{CAPITAL}][\w’'-]+){{1,3}})(?![\w’'-])", self.text)
                if (parsed := parse_mention(f"{role} {m.group(1)}")) is not None and parsed.kind == "person" and parsed.name
                and " " in parsed.name}
            found = titled if len(titled) == 1 else found
        elif role is not None and len(found) > 1:
            held = {p.name for p in self.people if p.name in found and p.role and roles_match(role, p.role)}
            found = held if len(held) == 1 else found  # "Captain Reed": the captain, not the spokeswoman
        if len(found) > 1 and pos is not None and len(words) == 1:
            # "The minister Tom Rask – no relation of the spokeswoman – backed her. „…“, so Rask": the
            # surname takes up the one its paragraph has just named in full
            at, latest = max((self.text.rfind(n, 0, pos), n) for n in found)
            if at >= 0 and "\n\n" not in self.text[at:pos] and not self._own_other_name(short, at):
                return latest
        if len(found) == 1:
            return found.pop()
        if not found or pos is None:
            return None
        named_so_far = {name for p, name in self.mentioned + self.subjects + self.given if p < pos}
        quoted: dict[str, int] = {}
        for p, _, name in self.recent:
            if p < pos and name in found:
                quoted[name] = p
        named_so_far |= set(quoted)
        if len(found & named_so_far) == 1:
            return (found & named_so_far).pop()
        ranked = sorted(quoted, key=quoted.__getitem__, reverse=True)
        if not ranked or (len(ranked) > 1 and quoted[ranked[0]] - quoted[ranked[1]] < _SAME_BREATH):
            return None
        return ranked[0]

    def _written_before(self, surname: str, pos: int, part: int = -1) -> set[str]:
        """Full names ending in ``surname`` (or, with ``part`` 0, starting with it) that the
        text writes, outside quotations, before ``pos``."""
        if _fold(surname) in self._places():
            return set()  # "Kerry Washington" does not make every "Washington" hers
        if part == 0:  # "the master Kertész Ádám … added Kertész", beside a Kertész Bálint who spoke
            return {m.group(0) for m in re.finditer(rf"(?<![\w’'-]){re.escape(surname)} [^\W\d_][\w’'-]+", self.text[:pos])
                    if m.group(0).split()[1][0].isupper() and not self._quoted_at(m.start())
                    and _INSIDE_SENTENCE.match(self.text, max(0, m.start() - 2), m.start())  # (not a headline's capitals)
                    and (ref := parse_mention(m.group(0))) is not None
                    and ref.kind == "person" and ref.name == m.group(0)}
        if not self._after_a_word(surname, pos):
            return set()  # (most surnames: no need to read every name of the article)
        if self._about is None:
            self._about = self._names_in_passing()
        key = _fold(surname)
        return {name for at, name in self._about[:bisect_left(self._about, (pos,))]
                if " " in name and _fold(name.split()[-1]) == key and self.text.startswith(name, at)
                and not self._quoted_at(at)}

    def _newcomer(self, surname: str, pos: int, found: set[str]) -> str | None:
        """A second person of the surname, named in full in the paragraph of ``pos`` after
        the article last wrote or quoted the ones in ``found``: "Helen Marsh … “…,” she
        said. ¶ Among those laid off is Daniel Marsh. … Marsh said": Daniel."""
        paragraph = self.text.rfind("\n\n", 0, pos)
        if not any(self.text.find(other, paragraph, pos) >= 0 for other in self._written_in_full(surname) - found):
            return None  # (the usual case, found cheaply: no one else of the name in the paragraph)
        if self._about is None:
            self._about = self._names_in_passing()
        key = _fold(surname)
        latest = next(((at, name) for at, name in reversed(self._about[:bisect_left(self._about, (pos,))])
                       if " " in name and _fold(name.split()[-1]) == key and self.text.startswith(name, at)
                       and not self._quoted_at(at)), None)
        if latest is None or any(f == latest[1] or f.endswith(" " + latest[1]) for f in found) \
                or "\n\n" in self.text[latest[0]:pos]:
            return None  # (not "Singh Chatwal" of Sant Singh Chatwal)
        if self._own_other_name(surname, latest[0]):
            return None
        last = max([p for p, _, name in self.recent if name in found and p < pos]
                   + [self.text.rfind(name, 0, pos) for name in found])
        return latest[1] if latest[0] > last else None

    def _own_other_name(self, surname: str, at: int) -> bool:
        """Whether the full name at ``at`` is one more name of someone its sentence has
        called by the surname already: "Mr. Lee changed his name, Rafael Lee, as a teenager"."""
        opens = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at))
        return any(opens < w < at for w in self._whole_word_at(surname))

    def _after_a_word(self, surname: str, end: int) -> bool:
        """Whether, before ``end``, the text writes ``surname`` after a word and one
        space, as a full name writes it: a cheap test before any name is read."""
        at = self.text.find(" " + surname, 1, end)
        while at > 0 and self.text[at - 1].isspace():
            at = self.text.find(" " + surname, at + 1, end)
        return at > 0

    def _written_in_full(self, surname: str) -> set[str]:
        """"First Surname" wherever the text writes it, whether or not the person
        spoke: "Ruth Vance, the pianist, died" names a Vance nobody quoted."""
        found = self._in_full.get(surname)
        if found is None:
            found = set()
            for at in self._whole_word_at(surname):  # (one pattern for every surname: cheap)
                given = _GIVEN_BEFORE.search(self.text, max(0, at - 40), at)
                if given is not None and not self._verb_opens(given.start()):
                    found.add(self.text[given.start():at + len(surname)])
            found = self._in_full[surname] = {n for n in found if _bare(n.split()[0]) not in TITLES | ROLE_NOUNS}
        return found

    def _surname_then_post(self, words: list[str], text: str, owned: bool) -> bool:
        """Whether ``words`` are a surname, then the post its holder has, as Japanese is translated:
        "Sokolov president", "Lee Foreign Minister", "Guen doctor" (not "Acme president": no one the
        story names is called Acme; nor "Trump supporter", someone else). After a body's possessive
        (``owned``: "The CDMA's Okafor chief executive"), or in a story translated from Japanese, that
        is the order, unless the word names a firm or a place."""
        if len(words) < 2 or not _is_cap(words[0]) or _is_role_word(words[0]) or _bare(words[-1]) not in ROLE_NOUNS \
                or not all(_bare(w) in ROLE_NOUNS | ROLE_MODIFIERS | PORTFOLIOS for w in words[1:]):
            return False
        if owned or self._holds_post(words[0], " ".join(words[1:])):
            return True
        return self._japanese_order() and not text.lower().startswith("the ") and self._company(words[0]) is None \
            and _fold(words[0]) not in self._places()

    def _surname_before_post(self, first: str, second: str) -> bool:
        """Whether ``first`` reads as a surname a lower-case post follows, not a place or a firm
        that holds the post ("Brenno village chief", "Calvera company president", "KH public relations
        person") nor an English word ("Power plant director": the story writes "power" in lower case too)."""
        return first[:1].isupper() and first.isalpha() and not first.isupper() and second.islower() and not _is_role_word(first) \
            and _bare(first) not in ORG_NOUNS | PLACE_NOUNS | _COMPASS and _bare(second) not in ORG_NOUNS | PLACE_NOUNS \
            and not _is_nationality(first) and first not in DEMONYMS \
            and re.search(rf"\b{first.lower()}\b", self.text) is None

    def _japanese_order(self) -> bool:
        """Whether the story is translated from Japanese (its 「marks」), where a post follows the
        surname: "Solberg Transport Minister", "Rahimi Mayor of Mirenholt city"."""
        return "「" in self.text

    def _verb_opens(self, at: int) -> bool:
        """Whether the capitalised word at ``at`` opens its sentence and reads as a verb, not a
        given name: "Leaked Halcyra memo: …" names no Mr Leaked."""
        word = self.text[at:at + 20].split(None, 1)[0] if at >= 0 else ""
        return word.endswith(("ed", "ing")) and _fold(word) not in GIVEN_NAME_GENDER \
            and (at == 0 or self.text[at - 1] == "\n" or self.text[max(0, at - 2):at] == ". ")

    def _company(self, short: str) -> str | None:
        """The company a lone capitalised word is short for, when nobody bears it as
        a surname: "Brightwater said" after "Brightwater Dairy Co. will close …"."""
        if " " in short:
            return None
        found: set[str] = set()
        at = self.text.find(short + " ")
        while at >= 0:  # (string search: a company pattern over every article costs 4 % of extraction)
            words = [re.sub(r"[’']s?$", "", w.rstrip(".,;:")) for w in self.text[at:at + 80].split()[:4]]
            end = next((k for k in range(1, len(words)) if _bare(words[k]) in COMPANY_WORDS), 0)
            if end and all(_is_cap(w) for w in words[1:end + 1]):
                found.add(" ".join(words[:end + 1]))
            at = self.text.find(short + " ", at + 1)
        return found.pop() if len(found) == 1 else None

    def _said_to_be_body(self, name: str) -> bool:
        """Whether the story says a two-word name is a body's, not a person's: "Korvo
        Supermarkets, which operates 412 stores", "Ostrander Pipeworks, the company that …"."""
        words = name.split()
        if len(words) != 2 or not words[1].endswith("s") or f"{name}, " not in self.text or _fold(words[0]) in GIVEN_NAME_GENDER:
            return False  # (a body's plural noun: "Supermarkets", "Pipeworks", "Holdings")
        return any(_WHICH_OR_KIND.match(self.text, at + len(name)) for at in word_positions(self.text, name))

    def _holder_of_untranslated(self, word: str, surname: str | None = None) -> str | None:
        """The one person the article gives a post in a word the rules do not know, as
        translations leave them: after "The hamaynqapet of Karmirsar, Samvel Petrosyan" or
        "the chairman of the jury, domla Baxtiyor Raximov", "said the hamaynqapet", "said
        the domla" and "Hamaynqapet Petrosyan" are him."""
        key = _fold_cached(word)
        if key in GIVEN_NAME_GENDER or word.isupper() or key in BODY_WORDS or key in DETERMINERS \
                or _is_role_word(word) or _is_nationality(word) or word in DEMONYMS:
            return None  # (most often a given name: "Ann Lee" is looked up here)
        found = {p.name for p in self.people if p.kind == "person" and p.name and " " in p.name and p.role
                 and key in _post_words(p)} | self._apposed_to(word)
        if word.islower() and word.capitalize() + " " in self.text:
            # (or written as a title before a full name: "Nadkomisarz Tomasz Wierzbicki … said the nadkomisarz")
            found |= {m.group(1) for m in re.finditer(
                rf"(?<![\w’'-]){re.escape(word.capitalize())}[ \t]+([{CAPITAL}][\w’'-]+[ \t]+[{CAPITAL}][\w’'-]+)", self.text)}
        if surname is not None:
            found = {n for n in found if _fold(n.split()[-1]) == _fold(surname)}
        return found.pop() if len(found) == 1 else None

    def _apposed_to(self, word: str) -> set[str]:
        """The people the article writes ``word`` before in apposition, as a post: "The Mekhum of
        Kampong Sromor commune, Lok Ouk Sophal," or "the chairman of the jury, domla Baxtiyor Raximov"."""
        if word not in self._posts:
            names: set[str] = set()
            for form in {word, word.lower(), word[:1].upper() + word[1:]}:
                for at in word_positions(self.text, form):
                    post = _POST_OF_BODY.match(self.text, at) if _POST_BEFORE.search(self.text, max(0, at - 40), at) \
                        else _TITLE_THEN_NAME.match(self.text, at) if self.text.endswith(", ", 0, at) and form.islower() \
                        else None
                    named = parse_mention(post.group(1)) if post is not None else None
                    if named is not None and named.kind == "person" and named.name and " " in named.name:
                        names.add(named.name)
            self._posts[word] = names
        return self._posts[word]

    def _by_patronymic(self, given: str, patronymic: str) -> str | None:
        """The one person of that given name, when the second word is an East Slavic patronymic, the
        polite way to name someone: "Ihar Mikalaevich" is Ihar Zhuk."""
        if not _PATRONYMIC.fullmatch(patronymic):
            return None
        found = {p.name for p in self.people if p.kind == "person" and p.name and p.name.split()[0] == given
                 and p.name.split()[-1] != patronymic}
        return found.pop() if len(found) == 1 else None

    def _polish_mister(self, title: str, surname: str, pos: int) -> str | None:
        """"Pan Wierzbicki", Polish "Mr", translated: the Tomasz Wierzbicki the story names in full
        (but "Pan" is a name of its own too, and a Chinese surname: "Pan Wei" stays); so Polish
        "Pani", Turkish "Bay" and "Bayan" ("Bay Buchanan" stays when the story names no other)."""
        if title not in _WEAK_TITLES:
            return None
        full = self._full_name(surname, pos)
        if full is not None and " " in full and not full.startswith(f"{title} "):
            return full
        # (or, in a story whose other honorifics say the language, the surname alone: "Pan Lis" beside
        # "pani Nowak", "Bay Kaya" beside "Demir Hanım"; the story elsewhere names them in full)
        told = _POLISH_TOLD if title in {"Pan", "Pani"} else _TURKISH_TOLD if title in {"Bay", "Bayan"} else None
        return surname if told is not None and told.search(self.text) else None

    def _family_name_first(self, family: str, given: str) -> str | None:
        """"Brannvik Elias", as Hungarian writes names, is the "Elias Brannvik" the article
        also writes: the order with the known given name first."""
        usual = f"{given} {family}"
        if usual not in self.text or not re.search(rf"\b{re.escape(usual)}\b", self.text):
            return None  # (the cheap test first: most names are written one way only)
        if _fold(given) in GIVEN_NAME_GENDER and _fold(family) not in GIVEN_NAME_GENDER:
            return usual
        # (else the surname is the word the story also uses alone: "Brannvik's testimony")
        alone = {w: len(re.findall(rf"\b{re.escape(w)}\b", self.text)) for w in (family, given)}
        pairs = len(re.findall(rf"\b(?:{re.escape(usual)}|{re.escape(family)} {re.escape(given)})\b", self.text))
        return usual if alone[family] - pairs > alone[given] - pairs else None

    def _capital_after(self, name: str) -> bool:
        """Whether the text writes ``name`` with a capitalised word after it (the cheap test
        before a search for the fuller name)."""
        at = self.text.find(f"{name} ")
        while at >= 0:
            if self.text[at + len(name) + 1:at + len(name) + 2].isupper():
                return True
            at = self.text.find(f"{name} ", at + 1)
        return False

    def _second_surname(self, name: str) -> str:
        """The one fuller name the article gives ``name``: "Ana Ruiz" is "Ana Ruiz Ortega"
        (Spanish and Portuguese names drop the second surname), "Adel Mansour" is "Adel Mansour
        al-Kaabi", "Lima Costa" is "Jorge Lima Costa" (a double surname without the given name), and
        "Mykola Savchuk" is "Mykola Petrovych Savchuk" (a patronymic or middle name left out)."""
        longer = {p.name for p in self.people
                  if p.name and p.name.count(" ") == name.count(" ") + 1 and not p.name.endswith(".")
                  and ((p.name.startswith(name + " ") and _is_cap(p.name.split()[-1]))
                       or (p.name.endswith(" " + name) and _is_cap(p.name.split()[0])
                           and not _is_role_word(p.name.split()[0]))
                       # (or with the middle name or patronymic left out: "Mykola Savchuk" is "Mykola Petrovych Savchuk")
                       or (name.count(" ") == 1 and p.name.split()[::2] == name.split()
                           and not _INITIAL.fullmatch(p.name.split()[1])))}  # (not "Donald J. Pratt" for his son)
        if not longer and self._capital_after(name) and self._is_local_title(name.split()[0]) is None:
            known = {p.name for p in self.people}
            # (written in full in passing: "his wife Oksana Vasylivna Savchuk"; not "Ustaz Karim Hadi", a title first)
            # (not a headline's capitals, "Ann Lee Endorses Tom", nor a run of names, "Ann Lee South Carolina")
            longer = {f"{name} {m.group(1)}" for m in re.finditer(
                rf"(?<![\w’'-]){re.escape(name)}[ \t]+([A-Z][^\W\d_]+)(?![\w’'-])(?![ \t]+[A-Z])", self.text)
                      if not self._quoted_at(m.start()) and m.group(1).lower() not in WEEKDAYS | MONTHS
                      and not _title_case_line(self.text, m.start())
                      and full_name_in(f"{name} {m.group(1)}") == f"{name} {m.group(1)}"
                      and f"{name.split()[-1]} {m.group(1)}" not in known}
        return longer.pop() if len(longer) == 1 else name

    def _nicknamed(self, name: str) -> str | None:
        """The full name of the one person the article gives the nickname ``name``:
        "Del" after Cordelia “Del” Amsel."""
        if self._nicknames is None:
            found: dict[str, set[str]] = {}
            for mark in _NICKNAME_MARK.finditer(self.text):  # (a cheap search first: few articles have any)
                m = _nicknamed_pattern().search(self.text, max(0, mark.start() - 32), mark.end() + 30)
                if m is not None:
                    found.setdefault(m.group(2), set()).add(f"{m.group(1)} {m.group(3)}")
            self._nicknames = {nick: names.pop() for nick, names in found.items() if len(names) == 1}
        return self._nicknames.get(name)

    def _given_name_before(self, pos: int) -> bool:
        """Whether a capitalised word other than a title ends just before ``pos`` ("Donald ",
        not "Thiru ")."""
        before = _GIVEN_BEFORE.search(self.text, max(0, pos - 30), pos)
        return before is not None and not _is_role_word(before.group(0).split()[0])

    def _places(self) -> set[str]:
        """Capitalised words the article puts after "in", "at", "from" …: places, not people."""
        if self._placed is None:
            self._placed = {_fold(m.group(1)) for m in _AFTER_PLACE_WORD.finditer(self.text)}
        return self._placed

    def untitled(self, name: str) -> str:
        """``name`` without a title the article writes before several people's names, in a
        language the rules do not know: "Ato" in "Ato Getachew Alemu … Ato Molla Ayele … Ato
        Getachew said" is Amharic "Mr", not a given name. A title stands before two full
        names and before a given name or an initial alone, or before one person's full name
        and surname ("Dókítà Ade Bello … Dókítà Bello"), or before a full name the article
        also writes without it; a family name written first ("Nguyen Van An", "Nguyen Thi
        Mai") never stands before one word by itself."""
        words = name.split()
        if len(words) < 2 or not _is_cap(words[0]) or _fold(words[0]) in GIVEN_NAME_GENDER \
                or not is_personal_name(name) or name not in self._person_names():  # (not "Fox News", "Harbor City Mariners")
            return name
        if words[0] not in self._local_titles:
            self._local_titles[words[0]] = None if _fold(words[0]) in self._places() else self._is_local_title(words[0])
        named = self._local_titles[words[0]]
        if named is None:
            rest = " ".join(words[1:])  # (a full name of two words or more, not "Le Pen" of Marine Le Pen)
            untitled = len(words) > 2 and _bare(words[1]) not in PARTICLES and (
                self._written_without(words[0], rest) or self._common_noun(words[0]))
            return rest if untitled else name
        if len(words) > 2:
            return " ".join(words[1:])
        # "Ustaz Karim" after "Ustaz Karim Hadi": the one person of that given name (or surname)
        fuller = {n for n in named if words[1] in (n.split()[0], n.split()[-1])
                  or (_REGNAL.fullmatch(n.split()[-1]) and words[1] == n.split()[-2])}
        return fuller.pop() if len(fuller) == 1 else words[1]

    def _common_noun(self, word: str) -> bool:
        """Whether the article writes ``word`` in lower case after an article too: a post, as in
        "Nadkomisarz Tomasz Wierzbicki … said the nadkomisarz", not a given name."""
        low = word.lower()
        if low == word:
            return False
        for article in ("the ", "a ", "an ", "pan ", "pani "):
            at = self.text.find(article + low)
            while at >= 0:  # (plain string search: one pattern per word would cost more than it finds)
                end = at + len(article) + len(low)
                if (at == 0 or not self.text[at - 1].isalnum()) and (end == len(self.text) or not self.text[end].isalnum()):
                    return True
                at = self.text.find(article + low, at + 1)
        return False

    def _is_local_title(self, word: str) -> frozenset[str] | None:
        """The full names after ``word`` when it is a title (see ``untitled``), else None."""
        after = [m.group(0) for at in word_positions(self.text, word, prefix="u") if self.text.startswith(" ", at + len(word))
                 and (m := _AFTER_TITLE.match(self.text, at + len(word) + 1)) is not None]
        if any(POSSESSIVE_END.search(a.split()[0]) for a in after):
            return None  # a name's owner, not a title: "Kingsbridge Rovers’s Kenji Takahashi … Kingsbridge Takahashi"
        full = frozenset(a for a in after if " " in a)
        alone = {a for a in after if " " not in a}
        # (a chief's regnal number is no surname: "Togbui Kodzo Agbenyega III … Togbui Agbenyega")
        named = [f.split()[:-1] if _REGNAL.fullmatch(f.split()[-1]) else f.split() for f in full
                 if not _PATRONYMIC.fullmatch(f.split()[0])]  # ("Taras Petrovych Bondar … Taras Bondar": a given name)
        # (two people, so two given names: not "Harbor City Mariners" and "Harbor City Ledger"); or one
        # person under the title twice, by full name and by surname: "Dókítà Ade Bello … Dókítà Bello"
        titled = (len({n[0] for n in named}) >= 2
                  and any(n[0] in alone or _INITIAL.fullmatch(n[0]) for n in named)) \
            or any(n[-1] in alone and n[0] not in alone for n in named)  # (not "Dena Minning")
        return full if titled else None

    def _written_without(self, word: str, name: str) -> bool:
        """Whether the article also introduces the full ``name`` with a role or title instead of
        ``word``: "Här Romain Scholtes … the councillor Romain Scholtes" (a title), where a family
        name written first always comes with the name ("Nguyen Van Long"), and a given name is
        dropped before a double surname ("Adalberto Nogueira Saraiva … Nogueira Saraiva said"); a
        known given name after the word needs no role ("Billionaire Donald Trump … Donald Trump")."""
        given = _fold(name.split()[0]) in GIVEN_NAME_GENDER  # ("Billionaire Donald Trump … Donald Trump said")
        for at in word_positions(self.text, name):
            before = self.text[max(0, at - 40):at].split()
            if (given and not self.text[max(0, at - len(word) - 1):at].startswith(word)) or (
                    before and before[-1] != word and (_is_role_noun(before[-1]) or _bare(before[-1]) in TITLES)):
                return True
        return False

    def _as_known_by_nickname(self, ref: SpeakerRef) -> SpeakerRef:
        """``ref`` as a person when it ends in a nickname that reads as a role word:
        "Kapitan Boy" after Rolando “Boy” Macaraeg."""
        words = (ref.role or "").split()
        if ref.kind != "role" or not words or not _is_cap(words[-1]) or self._nicknamed(words[-1]) is None:
            return ref
        return replace(ref, kind="person", name=words[-1], role=" ".join(words[:-1]) or None)

    def _honoured(self, ref: SpeakerRef) -> str | None:
        """The one person whose first name goes with "Sir"/"Dame": "Sir Robin"."""
        if not ref.role or _bare(ref.role.split()[-1]) not in FIRST_NAME_HONORIFICS or not ref.name:
            return None
        found = self._named(ref.name, 0) - {ref.name}  # (the headline's "says Aling Rosa" is no fuller name)
        if not found:  # a full name the story gives without a cue: "Mustafa Kaya, whose shop …"
            found = {f"{ref.name} {m.group(1)}"
                     for m in re.finditer(rf"(?<![\w’'-]){re.escape(ref.name)} ([A-Z][\w’'-]+)", self.text)
                     if _bare(m.group(1)).removesuffix("'s") not in FIRST_NAME_HONORIFICS and not _is_role_noun(m.group(1))}
            # (not the honorific with a possessive: "Haddad Hanım’s dismissal")
        return found.pop() if len(found) == 1 else None

    def _given_in_text(self, name: str) -> str | None:
        """The one full name the article writes ``name`` as the given name of, when it calls
        someone by given name alone: "Hosts Ann Lee and Ida Brenn … Ida: “…”". Only a given
        name the lists know, or a full name the story knows (not "Trump Train" for "Trump")."""
        if " " in name or not _is_cap(name):
            return None
        known = {p.name for p in self.people}
        given = _bare(name) in GIVEN_NAME_GENDER or self._listed_with_someone(name, known)
        if not given and not any(n and n.startswith(name + " ") for n in known):
            return None  # (the cheap tests first)
        headline = self.text.find("\n")
        found = set()
        for at in word_positions(self.text, name):
            before = _WORD_BEFORE.search(self.text, max(0, at - 40), at)
            if before is not None and not _is_role_word(before.group(1)) \
                    and _bare(before.group(1)) not in _BEFORE_A_GIVEN_NAME:
                return None  # a surname the article writes after a given name is no given name
            # two capitalised words, no third, out of the headline: not "Mart" of "Hollinbeck Auction Mart Ltd"
            after = _ONE_MORE_NAME.match(self.text, at + len(name))
            if after is not None and at > headline >= 0:
                full = f"{name} {after.group(1)}"
                ref = parse_mention(full)
                if ref is not None and ref.kind == "person" and ref.name == full and (given or full in known):
                    found.add(full)
        return found.pop() if len(found) == 1 else None

    def _listed_with_someone(self, name: str, known: set[str | None]) -> bool:
        """Whether the article lists ``name`` and a surname beside a person it knows, as
        hosts and guests are: "Hosts Ann Lee and Suzy Brenn" (a given name the lists
        may not know)."""
        at = self.text.find(f" and {name} ")
        while at >= 0:
            before = _PERSON_AND.search(self.text, max(0, at - 60), at)
            if before is not None and before.group(1) in known:
                return True
            at = self.text.find(f" and {name} ", at + 1)
        return False

    def _initialled(self, name: str) -> str:
        """A name no fuller one stands for, with the initials the article writes before it:
        "S. Pushpavalli" is how South Indian news names her, so the initial is part of the
        name (but "Smith" stays "Smith" when the article has both "J. Smith" and "A. Smith")."""
        if " " in name or not _is_cap(name):
            return name
        written = {" ".join(re.findall(r"[A-Z]\.", m.group(1))) for at in word_positions(self.text, name)
                   if (m := _INITIALS_BEFORE.search(self.text, max(0, at - 10), at)) is not None
                   and not self._given_name_before(m.start())}  # (not "Donald J. Trump")
        if written == {"M."} and re.search(r"\b(?:Mme|Mlle)\b", self.text):
            return name  # French "M." beside "Mme": Monsieur, no initial ("M. Valdemarsson")
        return f"{written.pop()} {name}" if len(written) == 1 else name

    def _role_holder(self, role: str, pos: int | None = None, found: list[SpeakerRef] | None = None) -> str | None:
        """The one person holding ``role`` (of ``found``, its holders, when already known)."""
        found = self._role_holders(role) if found is None else found
        names = {p.name for p in found}
        if len(names) == 1:
            return found[0].name
        if pos is not None and names:
            # two spokespeople in one story: "the spokesperson" before the second is named is the
            # first, if nobody else was named since
            named = [(p, name) for p, name in self.mentioned + self.subjects + self.given if p < pos]
            named += [(p, name) for p, kind, name in self.recent if p < pos and kind == "person" and " " in name]
            seen = {name for _, name in named if name in names}
            if len(seen) == 1 and max(named)[1] in seen:
                return seen.pop()
            written = {name for name in names if name and 0 <= self.text.find(name) < pos}
            if len(seen) == 1 and written == seen:
                return seen.pop()  # the other holder comes into the story only later ("… the minister of
                # Tourism, Ann Lee, thanked …" after the quotation): not the one "the minister" means here
        return None

    def _unnamed_one_since(self, role: str, pos: int, holders: list[SpeakerRef]) -> bool:
        """Whether the paragraph or the one before brought in someone of the post unnamed ("a
        police officer"), and no holder's name came after: "the officer" is that one."""
        words = role.split()
        if not words or not _is_role_noun(words[-1]):
            return False
        start = max(_paragraph_break_back(self.text, pos, 2), 0)
        unnamed = list(re.finditer(rf"\b(?:[Aa]n?|[Aa]nother)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}{re.escape(_bare(words[-1]))}\b",
                                   self.text[start:pos]))
        if not unnamed:
            return False
        brought = unnamed[-1]
        # (the name may come in apposition before it: "Ann Lee, a spokeswoman for the ministry, said")
        since = re.split(r"[.!?\n]", self.text[max(0, start + brought.start() - 60):start + brought.start()])[-1] \
            + self.text[start + brought.end():pos]
        return not any(p.name and p.name.split()[-1] in since for p in holders)

    def _named_after_lede(self, role: str, pos: int, holders: list[SpeakerRef]) -> str | None:
        """"A federal judge on Wednesday refused …" in a story's first paragraph, "Judge Ann Lee
        of the district court found …" in the next: the lede holds the name back for one
        paragraph, and the one holder of the post it gives then is who spoke."""
        names = {p.name for p in holders if p.name}
        if len(names) != 1:
            return None
        if self._lede is None:
            lede = next((m for m in re.finditer(r"[^\n]+", self.text) if len(m.group().split()) >= 20), None)
            self._lede = lede.span() if lede is not None else (-1, -1)
        start, end = self._lede
        if not start <= pos < end:
            return None
        name = names.pop()
        first = self.text.find(name)
        return name if end < first < end + 600 else None

    def _holders_told_apart(self, holders: list[SpeakerRef], pos: int) -> None:
        """"The chief declined to comment", with a fire chief "she" and a battalion chief
        "he": either is who the sentence is about, and a pronoun after it tells which."""
        names = {p.name for p in holders if p.name}
        said = {self._gender(name) for name in names}
        if 1 < len(names) == len(said) and None not in said:
            self.subjects += [(pos, name) for name in sorted(names)]

    def _role_holders(self, role: str) -> list[SpeakerRef]:
        """The people the article names with a role that ``role`` may stand for."""
        found = [p for p in self.people if p.role and p.name and roles_match(role, p.role)] \
            or [p for p in self.people if p.role and p.name and roles_match(role, p.role, self._one_body)] \
            or self._holders_beside_body(role) \
            or [p for p in self.surnamed_posts if p.role and roles_match(role, p.role)]
        said = _modifiers(role)
        if said:
            # "the finance minister": not the health minister, whoever else is a minister
            held = {id(p): _modifiers(p.role or "") for p in found}
            found = [p for p in found if not (held[id(p)] and not said & held[id(p)])]
            if len({p.name for p in found}) > 1:
                found = [p for p in found if said <= held[id(p)]]
        return [p for p in found if not _other_rank(role, p.role or "")]  # "the lead author": not the senior author

    def _holders_beside_body(self, role: str) -> list[SpeakerRef]:
        """Holders of a post that names no body, introduced in a sentence that names the
        body "the NATO chief" asks for: "At NATO headquarters, Secretary General Ann Lee said"."""
        orgs, heads = _role_key(role)
        if not orgs or not heads:
            return []
        found = []
        for p in self.people:
            if not p.role or not p.name:
                continue
            held_orgs, held_heads = _role_key(p.role)
            if held_orgs or not _heads_match(heads, held_heads):
                continue
            at = self.text.find(p.name)
            start = max((m.end() for m in _SENTENCE_BREAK.finditer(self.text, max(0, at - 200), at)), default=max(0, at - 200))
            if at >= 0 and orgs <= {_fold(w) for w in _WORDS.findall(self.text[start:at])}:
                found.append(p)
        return found

    def _generation(self, name: str, pos: int) -> str | None:
        """"Jr" or "Sr" written after ``name`` at ``pos``, when the story also names
        ``name`` without it: father and son both appear, and the suffix tells them
        apart. (Otherwise the name goes without it, as most sources write it.)"""
        window = self.text[pos:pos + 90 + len(name)]
        if "Jr" not in window and "Sr" not in window:
            return None  # (the usual case, found cheaply)
        at = self.text.find(name, pos, pos + 80 + len(name))
        suffix = re.compile(re.escape(name) + _GENERATION).match(self.text, at) if at >= 0 else None
        words = name.split()
        father = rf"(?<![\w’'-]){re.escape(words[0])}(?:\s+[A-Z]\.)*\s+{re.escape(words[-1])}(?![\w’'-]|{_GENERATION})"
        if suffix is None or re.search(father, self.text) is None:  # ("Donald J. Trump" beside "Donald Trump Jr.")
            return None
        return suffix.group(1)

    def _one_body(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """Whether words of two roles are two halves of one body's name in this article:
        "the Rovers manager" and "Harwick manager" of "Harwick Rovers"."""
        def cap(word: str) -> str:
            return word[:1].upper() + word[1:]
        pairs = [(cap(x), cap(y)) for x in a for y in b
                 if x != y and x.isalpha() and y.isalpha() and x not in ROLE_MODIFIERS and y not in ROLE_MODIFIERS]
        return any(re.search(rf"\b{x}\s+{y}\b|\b{y}\s+{x}\b", self.text) for x, y in pairs) \
            or any(self._acronym_of(x, y) for x, y in ((a, b), (b, a)))

    def _acronym_of(self, acronyms: frozenset[str], words: frozenset[str]) -> bool:
        """Whether an acronym among ``acronyms`` stands for a body named with ``words``:
        "the head of the IHCA" and "head of the International Health Coordination Agency"."""
        if self._defined is None:
            self._defined = frozenset(re.findall(r"\(([A-Z]{2,9})\)", self.text))  # ("(IVM)": defined acronyms)
        for word in acronyms:
            full = self._spelled_out(word.upper()) if word.upper() in self._defined else None
            if full is not None and {_fold(w) for w in full.split()} & words:
                return True
        return False

    def resolve(self, ref: SpeakerRef | None, pos: int) -> str | None:
        """The name ``ref`` stands for at ``pos``, or None when unknown."""
        if ref is None:
            return None
        ref = self._as_known_by_nickname(self._as_person_by_nationality(self._without_body_word(ref)))
        owned = _OWNED_SURNAME.fullmatch(ref.name or "") if ref.kind == "org" else None
        if owned is not None and (" " in (self._full_name(owned.group(1), pos) or "") if " " not in owned.group(1)
                                  else not any(_bare(w) in _NOT_IN_A_NAME for w in owned.group(1).split())):
            ref = replace(ref, kind="person", name=owned.group(1), role=None)  # "Acme's Lee": Ann Lee of Acme
        resolved: str | None
        if ref.kind == "pronoun":
            written = ref.text.lower()
            subject = "he" if written.startswith("his ") else "she" if written.startswith("her ") \
                else OBJECT_PRONOUNS.get(written, written)
            resolved, sure = self._antecedent("the same" if _last_speaker_words(subject.split())
                                              else FORMER_OR_LATTER.get(subject, subject), pos)
            if resolved is not None and subject in FORMER_OR_LATTER:
                self.subjects.append((pos, resolved))  # (for a "she said" after "The latter has …")
            # (only someone the story has named by now takes a pronoun's gender, not a post its lede
            # gave: "the minister insisted … The man appeared in court. He spoke only to …")
            named_by_now = resolved is not None and resolved.split()[-1] in self.text[:pos]
            if resolved is not None and sure and subject in {"he", "she"} and named_by_now:
                self.gender.setdefault(resolved, subject)  # "Tom Pyle said he …": later "she" is someone else
                self.pronouns.append((pos, subject, resolved))
            elif resolved is not None and subject in {"he", "she"} and self._gender(resolved) is None and named_by_now:
                self.gender[resolved] = subject  # (a guess, but once taken for a "she", never a "he")
            return resolved
        post_after = (ref.name or "").split() if ref.kind == "person" and self._japanese_order() else []
        if len(post_after) == 2 and _bare(post_after[1]) in ROLE_NOUNS and not _is_role_word(post_after[0]):
            # translated from Japanese, the post after the surname: "Rahimi Mayor of Mirenholt city"
            ref = replace(ref, name=post_after[0], role=" ".join(filter(None, (post_after[1], ref.role))))
        lead = (ref.role or "").split() if ref.kind == "role" and self._japanese_order() else []
        if len(lead) >= 2 and self._surname_before_post(lead[0], lead[1]) and any(_bare(w) in ROLE_NOUNS for w in lead[1:]):
            # translated from Japanese, the post after the surname in lower case: "Ridzewski agriculture
            # minister also stated 「…」", "Haddad environment minister explained"
            ref = replace(ref, kind="person", name=lead[0], role=" ".join(lead[1:]))
        if ref.kind == "person" and ref.name and self._self_named(pos):
            self.recent.append((pos, "org", ref.name))
            return ref.name
        if ref.kind == "person" and ref.name:
            short = _surname_only(ref.name)
            said = _gender_of(ref)
            # ("Captain" and "Mzee" say who, "Ms" only which pronoun)
            post = ref.role if ref.role and _bare(ref.role) not in COURTESY_TITLES else None
            words = ref.name.split()
            resolved = (self._holder_of_untranslated(ref.name) or self._titled_full_name(ref, pos)
                        or self._full_name(ref.name, pos, said, post)
                        or self._honoured(ref) or self._nicknamed(ref.name) or self._given_in_text(ref.name)
                        or self._declined(ref.name, pos) or self._titled_alone(ref.name, pos)
                        or self._initialled(ref.name)) if short \
                else (len(words) == 2 and (self._holder_of_untranslated(*words) or self._by_patronymic(*words)
                                           or self._family_name_first(*words) or self._polish_mister(words[0], words[1], pos))) \
                or self._second_surname(ref.name)
            company = self._company(resolved) if short and resolved == ref.name and ref.role is None \
                else resolved if ref.role is None and resolved == ref.name and self._said_to_be_body(resolved) else None
            if company is not None:  # "Brightwater said": the company, not a person
                self.recent.append((pos, "org", company))
                return company
            suffix = None if short else self._generation(ref.name, pos)
            if suffix is not None:
                resolved = f"{resolved} {suffix}."  # "Donald Lee Jr." beside "Donald Lee": two people
            if said is not None:
                self.gender.setdefault(resolved, said)  # "Mr Reyes" makes Jonathan Reyes a "he"
            self.recent.append((pos, "person", resolved))
            return resolved
        if ref.kind == "role" and ref.role and (spoke_for := _SPOKES_FOR.fullmatch(ref.role) or _STAFF_AT.fullmatch(ref.role) or (
                None if ref.definite else _SPEAKER_FOR.fullmatch(ref.role) or _STAFF_MEMBER.fullmatch(ref.role))) is not None:
            written = spoke_for.group(1)
            voiced = parse_mention(written)
            words = written.split()
            if voiced is not None and (voiced.kind == "org" or (
                    voiced.kind == "person" and len(words) == 1 and not self.knows_surname(written))
                    or (words[0] == "the" and len(words) > 1 and all(_is_cap(w) for w in words[1:]))):
                # "a spokeswoman of Transvalis", "the spokesman of the Inspection", "for the Democratic
                # National Convention": the body speaks (not "a spokesman for Ann Lee", nor for the Lee
                # the story names)
                name = voiced.name if voiced.kind == "org" and voiced.name else written
                said = GENDER_WORDS.get(_bare(ref.role.split()[0]))
                if said is not None or _bare(ref.role.split()[0]) == "spokesperson":
                    # (and "she said" after "A spokeswoman for the agency, which …, said" is the agency's;
                    # after "a spokesperson for" it, "he" or "she")
                    self.voices[pos] = said
                return self.resolve(SpeakerRef(text=written, kind="org", name=name, definite=voiced.definite), pos)
        surname_post = ref.role.split() if ref.kind == "role" and ref.role else []
        owner = next((k for k in range(len(surname_post) - 3, -1, -1) if POSSESSIVE_END.search(surname_post[k])), None)
        body_owned = owner is not None
        if owner is not None:
            # "The CDMA's Okafor chief executive", "Acme Aero company's Okafor CEO": the body named, so a person's name
            surname_post = surname_post[owner + 1:]
        if "of" in surname_post[2:] and self._japanese_order():
            surname_post = surname_post[:surname_post.index("of")]  # "Rahimi Mayor of Mirenholt city"
        if self._surname_then_post(surname_post, ref.text, body_owned):
            post_held = SpeakerRef(text=ref.text, kind="person", name=surname_post[0], role=" ".join(surname_post[1:]),
                                   definite=True)
            if self._japanese_order() and post_held not in self.surnamed_posts:
                self.surnamed_posts.append(post_held)  # (for "the Minister" after it)
            return self.resolve(post_held, pos)
        if ref.kind == "role" and ref.role:
            named = self._full_name(ref.text, pos) if " " not in ref.text and _is_cap(ref.text) else None
            if named:  # a surname that is also a role word: "Pete King … King said"
                self.recent.append((pos, "person", named))
                return named
            aged = ref.definite and (AGE.fullmatch(ref.role) is not None or ref.role in {"young man", "young woman"}
                                     or (len(epithet := ref.role.split()) == 2 and _ORIGIN_WORD.fullmatch(epithet[0]) is not None))
            # (or by where they were born: "the Dutch-born soloist", a name's variation in the story about her)
            latest = max(((q, n) for q, n in self.subjects if pos - 400 < q < pos), default=None) if aged else None
            if latest is not None and not any(latest[0] < p < pos and k == "person" for p, k, _ in self.recent):
                # "Ann Lee sits with her daughter. „…“, says the 38-year-old.": the one the story is about
                self.recent.append((pos, "person", latest[1]))
                return latest[1]
            if _bare(ref.role) in _POLICE_RANKS and _POLICE_WORD.search(self.text, 0, pos):
                # "“…,” officers said" in a story about the police: the force, not a role
                police = self._police_named_before(pos) or "police"
                self.recent.append((pos, "org", police))
                return police
            words = ref.role.split()
            if ref.definite and len(words) == 2 and (_is_nationality(words[0]) or (
                    words[0].endswith(("-owned", "-based")) and _is_nationality(words[0].rsplit("-", 1)[0]))) \
                    and _bare(words[1]) in _MAKERS | {"firm", "company"}:
                # "the German producer", "the Japanese-owned firm": the company the story named last (see
                # _varies_a_name), not a body that spoke since
                makers = [m.group(1) for m in _COMPANY_INTRODUCED.finditer(self.text, 0, pos)]
                firm = self._company_named_before(pos) if not makers else None
                return _unowned(makers[-1]) if makers else _unowned(firm.group()) if firm else None
            plural = names_many(ref.role) \
                and not ref.text.startswith("One of ")  # (opening a sentence, "One of the engineers …": one person)
            holders = self._role_holders(ref.role) if ref.definite and not plural else []  # "the judges": not one
            if not plural and pos < self.text.find("\n"):
                # in the headline, the story's one doctor: "Polish doctor: «…»", "‘…’: the doctor who saw it"
                heads = {p.name for p in (holders or self._role_holders(ref.role)) if p.name}
                want = _role_key(ref.role)[1] if not heads and " " in ref.role else frozenset()
                if want:  # (or the one the story names with the post, in whatever body: "Lowenby's mayor" is "mayor Ann
                    # Lee"; not a bare post, "Coach speaks …", which the story may give more than one)
                    heads = {p.name for p in self.people if p.role and p.name and _heads_match(want, _role_key(p.role)[1])}
                if len(heads) == 1:
                    head = heads.pop()
                    self.recent.append((pos, "person", head))
                    return head
            if holders and self._unnamed_one_since(ref.role, pos, holders):
                holders = []  # "Minutes later a police officer was at the door. … she was told by the officer"
            holder = self._role_holder(ref.role, pos, holders) if holders else None
            if holder is None and (kin := _kin_word(ref.role)):
                holder = self._kin_named(kin)  # ("Lee's husband" too: the one named her husband)
            if holder is None and ref.definite and _is_nationality(ref.role):
                holder = self._of_nationality(ref.role, pos)  # "the Brazilian Rafael Mendes … said the Brazilian"
            if holder:
                self.recent.append((pos, "person", holder))
                return holder
            self._holders_told_apart(holders, pos)
            fuller = self._named_before(pos, "role", ref.role) if ref.definite else None
            of_body = not holders and not _varies_a_name(ref.role) and _post_of_body(ref.role) \
                and _RIGHT_AFTER_QUOTE.search(self.text, max(0, pos - 40), pos) is not None
            if fuller is None and ref.definite and not plural and (of_body or _varies_a_name(ref.role)) \
                    and not ref.text.lower().startswith(("his ", "her ", "their ")) \
                    and _kin_word(ref.role) is None:  # "his physician", "wife": not him
                varied = self._just_named(pos, ref.role)
                if of_body and varied is not None and (any(p.name == varied and p.role for p in self.people) or re.search(
                        rf"\b{re.escape(varied)},[ \t]+(?:the|a|an|its|their|his|her)[ \t]", self.text)):
                    varied = None  # ("Tom Rask, the mayor, … the chairman of the Dunmore Cooperative": another)
                if varied is not None and (not holders or varied in {p.name for p in holders}):  # ("the chief": a chief)
                    self.recent.append((pos, "person", varied))
                    return varied
            later = self._named_after_lede(ref.role, pos, holders or self._role_holders(ref.role)) \
                if not ref.definite and not plural else None
            if later is not None:
                self.recent.append((pos, "person", later))
                return later
            if ref.definite and not plural and fuller is None and _bare(ref.role) in SPOKES_WORDS:
                # "A spokesman for the force said …. “…,” the spokesman said": the body he spoke for
                voiced_before = next((name for p, kind, name in reversed(self.recent) if p < pos and kind == "org"
                                      and p in self.voices and GENDER_WORDS.get(_bare(ref.role)) in (None, self.voices[p] or "")), None)
                if voiced_before is not None:
                    return voiced_before
            self.recent.append((pos, "role", fuller or ref.role))
            if not ref.definite and not plural:
                self.unnamed.add(pos)  # "a spokeswoman": one person the story does not name
                body = _voiced_body(ref.role)  # ("a Clinton spokesman" speaks for Hillary Clinton)
                official = re.fullmatch(r"([a-z]+)[ \t]+officials?", ref.role) if body is None else None
                if official is not None and official.group(1) in ORG_NOUNS \
                        and (named := self._lower_case_body(pos, official.group(1))) is not None:
                    return named  # "a board official": the board the story named, as its spokesperson would be
                if body is None and _PR_PERSON.sub("spokesperson", ref.role) in SPOKES_WORDS:  # (or "a press officer")
                    # "The network has not changed its advice. “…,” a spokesperson repeated": the body
                    # the sentence before is about
                    about = next((name for at, name in reversed(self.bodies) if pos - _SAME_CLAUSE * 5 < at < pos), None)
                    if about is not None and about.lower().startswith("the ") and about[4:].islower():
                        # ("The group disputes that account. A spokeswoman said …": the group by its name)
                        about = self._named_before(pos, "org", about[4:], proper=True) or about
                    about = about or self._company_introduced_before(pos)  # ("Beer giant Krone … A spokeswoman said")
                    if about is not None:
                        return about
                if body is not None and body.islower():  # "a government spokesman": the government named before
                    force = (self._police_named_before(pos) or "police") if body == "police" else None
                    return self._lower_case_body(pos, body) or force  # (the force, however the story wrote it)
                # ("a Kaiyo spokeswoman": Kaiyo Tanker Lines, not the tanker Aurora Kaiyo)
                speaks_for = (self._company(body) or self._full_name(body, pos) or body) \
                    if body is not None and " " not in body else body
                if speaks_for is not None and _bare(ref.role.split()[-1]) in SPOKES_WORDS:
                    self.spoken_for[pos] = speaks_for  # (and "she said" after it is the body's spokeswoman again)
                    self.recent.append((pos, "org", speaks_for))  # (and the body spoke: "… the company said")
                return speaks_for
            body = _voiced_body(ref.role) if ref.definite and not plural else None
            if body is not None and body.islower() and len(ref.role.split()) == 2:
                # "said the police spokesman": the police named before (the force, however the story wrote it)
                force = (self._police_named_before(pos) or "police") if body == "police" else None
                return self._lower_case_body(pos, body) or force or fuller
            if body is not None and not body.islower() and fuller in (None, ref.role):
                # "The Mine Safety Office spokesperson said": the body, whose spokesperson the story never names
                return self.resolve(SpeakerRef(text=body, kind="org", name=body, definite=True), pos)
            pr_body = _voiced_body(ref.role) if ref.definite and not plural and _PR_PERSON.search(ref.role) else None
            if pr_body is not None and not pr_body.islower():  # translated: "KH public relations person answered"
                return self.resolve(SpeakerRef(text=pr_body, kind="org", name=pr_body, definite=True), pos)
            return fuller
        if ref.kind == "org" and ref.name and ref.definite and ref.name.lower().removeprefix("the ") in ISSUED_TEXTS:
            # "The statement, signed by its chancellor, went on: “…”": whoever the story last quoted
            # issuing it, in this paragraph or the one before
            since = _paragraph_break_back(self.text, pos, 2)
            issuer = next((name for p, kind, name in reversed(self.recent) if since < p < pos and kind in {"person", "org"}
                           and name.lower().removeprefix("the ") not in ISSUED_TEXTS), None)
            if issuer is not None:
                return issuer
        if ref.kind == "org" and ref.name:
            name = ref.name
            if name.endswith(("'s", "’s")) and name[:-2].isupper() and name[:-2].isalpha():
                name = name[:-2]  # "The KDA’s decision … says": the KDA (not "Trump's", whom a person's rules read)
            elif name.endswith(("'s", "’s")) and " " not in name and _is_cap(name) \
                    and (self.knows_surname(name[:-2]) or self._written_in_full(name[:-2])):
                # "a voice that is Matsuda's can be heard": his, the one the story names
                return self.resolve(SpeakerRef(text=ref.text, kind="person", name=name[:-2], definite=True), pos)
            staff = _STAFF_OF.fullmatch(name)
            if staff is not None:
                name = staff.group(1).rstrip()  # "he was told by Kemo Holdings staff": the company's words
            name = self._spelled_out(name) or self._fuller_body(name, pos) or name
            self._note_voice(pos)  # "A spokeswoman for the union said …, “…,” she said."
            held = self._holder_of_untranslated(name[4:]) if ref.definite and name.lower().startswith("the ") \
                and " " not in name[4:] else None
            bare = name[4:] if held is None and ref.definite and name.lower().startswith("the ") else ""
            if bare.isalpha() and bare.islower() and bare not in BODY_WORDS | BODY_KINDS | TEXT_NOUNS \
                    and not _is_role_word(bare) \
                    and _AFTER_QUOTE_AND_CUE.search(self.text, max(0, pos - 40), pos):
                # "The icra başçısı, Zoran Velevski, … «…» said the gradonachalnikot": a post the rules do not
                # know, after the quotation, of the person just named (not "the report", "the ad")
                held = self._just_named(pos, bare)
            if held is not None:  # "said the hamaynqapet"
                self.recent.append((pos, "person", held))
                return held
            by_body = _TEXT_OF_BODY.fullmatch(name) if ref.definite else None
            if by_body is not None:  # "The final report of the Safety Board, published on Monday, says": the board's
                return self.resolve(parse_mention(by_body.group(1)), pos)
            by_writer = _WRITTEN_BY.match(self.text, pos) if name.lower().startswith("the ") else None
            author = by_writer.group("np") if by_writer is not None and by_writer.group("text") in TEXT_NOUNS \
                else author_of(self.text, name.split()[-1].lower(), pos) \
                if ref.definite and name.split()[-1].lower() in AUTHORED_TEXTS and name.lower().startswith("the ") else None
            if author is not None:  # "the report states": whoever the story said wrote it ("the report of the Safety Board")
                return self.resolve(parse_mention(author), pos)
            if name.lower() == "the society" and "Society" not in self.text:
                # French "la société", translated: the company (when the story names no society)
                return self.resolve(replace(ref, name="the company"), pos)
            noun = name[4:] if name.lower().startswith("the ") \
                else name if name in ORG_NOUNS | BODY_KINDS else ""  # (translated: "wrote company")
            heading = self._heading_body(pos) if ref.definite and (ref.text[:4].lower() == "the " or name == "NGO") \
                and (noun.islower() or name == "NGO") else None
            if heading is not None:
                name = heading  # "CLEAN HANDS COALITION⏎⏎The anti-corruption NGO said": the body the heading names
            elif ref.definite and noun.islower():
                # a body by its name first ("Lumora Systems", not "the workplace software company"),
                # then by the fuller description used before ("the port authority")
                name = self._named_before(pos, "org", noun, proper=True) or self._body_named_before(pos, noun) \
                    or self._named_before(pos, "org", noun) \
                    or (self._body_named_before(pos, _BODY_SYNONYMS[noun]) if noun in _BODY_SYNONYMS else None) \
                    or self._named_by_kind(ref, noun, pos) or name
            if name.lower() in {"the ministry", "ministry"}:  # (and "his ministry", the minister's)
                name = self._ministry_of_the_minister() or name
            bare = _LEGAL_SUFFIX.sub("", name) if _LEGAL_SUFFIX.search(name, len(name) - 14) else name
            name = bare if self.text.count(bare) > self.text.count(name) else name
            self.recent.append((pos, "org", name))
            return name
        return None

    def _named_by_kind(self, ref: SpeakerRef, noun: str, pos: int) -> str | None:
        """The body a described kind stands for, by the kind alone: "the environmental group" is
        "the group" the story named (a name, or nothing: not "group")."""
        head = noun.split()[-1]
        if head not in BODY_KINDS or " " not in noun or not noun.replace("-", "").replace(" ", "").isalpha():
            return None
        named = self.resolve(replace(ref, text="the " + head, name="the " + head), pos)
        return named if named is not None and not named.removeprefix("the ").islower() else None

    def _heading_body(self, pos: int) -> str | None:
        """The body a roundup's heading names, when ``pos`` is in the first sentence under it:
        "THE LANTERN⏎⏎The site said …" (a heading in capitals is written as a name)."""
        para = self.text.rfind("\n\n", 0, pos)
        if para < 0 or _SENTENCE_END.search(self.text, para, pos):
            return None
        line_start = self.text.rfind("\n", 0, para) + 1
        if not self.text[:line_start].strip():
            return None  # (the article's headline is no heading of a part)
        line = self.text[line_start:para].strip()
        words = line.split()
        if not 1 <= len(words) <= 5 or not all(w[:1].isupper() and w.replace("-", "").replace("&", "").isalpha() for w in words) \
                or (len(words) > 1 and not line.isupper() and _fold(words[0]) in GIVEN_NAME_GENDER):
            return None  # (a name in capitals, "ANN LEE", is a person's; but not each heading is a body)
        titled = " ".join(w.capitalize() if len(w) > 3 or w in {"THE", "AND"} else w for w in words) if line.isupper() else line
        ref = parse_mention(titled)
        if ref is not None and ref.kind == "person" and len(words) == 1 and _fold(titled) not in GIVEN_NAME_GENDER \
                and not self.knows_surname(titled):
            return titled  # one word, no one's name: "KINETRA⏎⏎The company published …"
        return ref.name if ref is not None and ref.kind == "org" and ref.name and titled not in self._person_names() else None

    def _titled_full_name(self, ref: SpeakerRef, pos: int) -> str | None:
        """Of two people who share a surname, the one the story named with the title the
        mention has ("Dr Ann Lee … Councillor Tom Lee … as Dr Lee points out": Ann
        Lee); None when the title does not tell them apart."""
        title = _bare(ref.role or "")
        if title not in {"dr", "prof", "professor", "doctor"} or not ref.name or " " in ref.name:
            return None
        fulls = {m.group(1) for m in _FULL_BEFORE.finditer(self.text, 0, pos)
                 if m.group(1).endswith(" " + ref.name) and " " in m.group(1)} if ref.name in self.text[:pos] else set()
        if len(fulls) < 2:
            return None
        titled = {m.group(1) for m in re.finditer(rf"\b(?i:{re.escape(ref.role or '')})\.?[ \t]+([{CAPITAL}][\w’'-]+(?:[ \t]+[{CAPITAL}][\w’'-]+)*"
                                                  rf"[ \t]+{re.escape(ref.name)})\b", self.text[:pos])}
        return titled.pop() if len(titled) == 1 else None

    def _titled_alone(self, title: str, pos: int) -> str | None:
        """The person last named with an honorific that now stands alone: "Cụ Walter Brisk,
        79, … Cụ adds:" (Vietnamese for an elder), "Mzee Juma Ali … Mzee said"."""
        if _bare(title) not in TITLES:
            return None
        named = None
        given_to = re.compile(rf"(?i:{re.escape(title)})[ \t]+([{CAPITAL}][\w’'-]+(?:[ \t]+[{CAPITAL}][\w’'-]+)+)")
        for m in given_to.finditer(self.text, 0, pos):
            ref = parse_mention(m.group(1))
            named = ref.name if ref is not None and ref.kind == "person" and ref.name else named
        return (self._full_name(named, pos) or named) if named is not None else None

    def _declined(self, name: str, pos: int) -> str | None:
        """The person a surname stands for with a Slavic case ending a translation kept:
        "According to Brekkego" (Polish genitive) is Anselm Brekke, "Kowalskiego" Kowalski,
        "Aberlinová" (Czech, a woman's) Marisol Aberline."""
        for ending, stem_end in _CASE_ENDINGS:
            if name.endswith(ending) and len(name) - len(ending) >= 3:
                for stem in {name[:len(name) - len(ending)] + stem_end, name[:len(name) - len(ending)] + "e"}:
                    full = self._full_name(stem, pos)  # ("Dunmora" is Dunmore: a final -e gives way)
                    if full is not None and " " in full:
                        return full
        return None

    def _person_names(self) -> set[str]:
        """The article's people, not counting a body taken for one ("the group Open Cage")."""
        return {p.name for p in self.people if p.kind == "person" and p.name
                and not (p.role and _bare(p.role.split()[-1]) in ORG_NOUNS)}

    def _spelled_out(self, name: str) -> str | None:
        """The body's full name where the article defines an acronym: "the Institute of
        Volcano Monitoring (IVM) … the IVM said" is the institute."""
        short = name.removeprefix("the ")
        if not (2 <= len(short) <= 9 and short.isupper() and short.isalpha()) or f"({short})" not in self.text:
            return None
        m = re.search(rf"((?:[{CAPITAL}][\w’'&.-]*\s+(?:(?:of|and|for|on|the|de|des|du)\s+)*)+)\({short}\)", self.text)
        if m is None:
            return None
        words = m.group(1).split()
        while words and _initials(words) != short:
            words = words[1:]  # (not the sentence's first word: "Monday Philippine Institute …")
        return " ".join(words) or None

    def _fuller_body(self, name: str, pos: int) -> str | None:
        """The one longer name the story gave a body before ``pos`` whose words these are:
        "the Velmark Federal Office for Food Safety … the Federal Office wrote" is the first, as "the
        Inspectorate" is "the Federal Inspectorate of Elections"."""
        short = name.removeprefix("the ")
        words = short.split()
        if not (2 <= len(words) <= 4 or (len(words) == 1 and short != name)) or not all(_is_cap(w) for w in words) \
                or _bare(words[-1]) not in ORG_NOUNS:
            return None
        at = self.text.find(short, 0, pos)  # (the cheap test first: the words after a capital or before "of")
        while at >= 0 and not (self.text.startswith((" of ", " for "), at + len(short))
                               or _WORD_BEFORE.search(self.text, max(0, at - 30), at)):
            at = self.text.find(short, at + 1, pos)
        if at < 0:
            return None
        fuller = {found for m in _body_name_pattern(_bare(words[-1])).finditer(self.text, 0, pos)
                  if f" {short} " in f" {(found := m.group(1).removeprefix('The '))} " and found != short
                  and ". " not in found}  # (not "Monday. The State Department")
        return fuller.pop() if len(fuller) == 1 else None

    def _just_named(self, pos: int, role: str) -> str | None:
        """The one person named just before ``pos`` (within a sentence or so): "Redmoor
        captain Josh Pardew admitted the mood was low. “…,” the defender said." News
        varies the words for the person it has just named."""
        named = [(p, name) for p, name in self.mentioned + self.subjects + self.given if p < pos]
        # (a lone capitalised word the story does not use again is no one's name: "Rivals react";
        # but one who spoke under a title or a post is: "said Mayoress Halvorsen")
        named = [(p, name) for p, name in named if " " in name or self.text.count(name) > 1]
        named += [(p, name) for p, kind, name in self.recent if kind == "person" and p < pos and (
            " " in name or self.text.count(name) > 1 or any(self._titled_at(at) for at in self._whole_word_at(name)))]
        near = {name for p, name in named if pos - p < _JUST_NAMED}
        if not near:  # a long quotation between the name's sentence and "the specialist said"
            near = {name for p, name in named if pos - p < _QUOTED_SINCE and self._only_quoted_since(p, pos)}
        longer = {n for _, k, n in self.recent if k == "person"} | near
        # (one person under parts of a name with a particle: "Mariana Ferreira" and "Ferreira dos Santos"
        # of Mariana Ferreira dos Santos)
        near = {next((o for o in longer if o != name and (o.startswith(name + " ") or o.endswith(" " + name))), name)
                for name in near}
        if len(near) > 1:
            # the one the paragraph itself is about: "Crewe … struck a defiant note. “…,” the striker said."
            about = {name for p, name in self.subjects if p < pos and name in near and "\n" not in self.text[p:pos]}
            last = max(((p, name) for p, name in self.subjects if p < pos), default=None) if not about else None
            if last is not None and last[1] in near and self.text.count("\n\n", last[0], pos) <= 1 \
                    and not any(p.name == last[1] and p.role and not roles_match(role, p.role) for p in self.people):
                # or the one the paragraph before was about, when no other post of theirs is known: "Tom Berg …
                # replied. ¶ the ex-broker said" (not "The economist Ute Wend … ¶ the scientist said")
                about = {last[1]}
            near = about
        if len(near) != 1:
            return None
        name = near.pop()
        post = _bare(role.split()[-1])
        if post in OFFICES and any(p.name == name and p.role and _bare(p.role.split()[-1]) in OFFICES
                                   and not roles_match(role, p.role) for p in self.people):
            return None  # "Prosecutor Tom Rask … the judge said": another post, another person
        if any(p.name == name and _other_rank(role, p.role or "") for p in self.people):
            return None  # "senior author Tom Hale … the lead author said"
        if post not in _REPORTERS and any(p.name == name and p.role and _bare(p.role.split()[-1]) in _REPORTERS
                                          for p in self.people):
            return None  # "told our reporter Ann Lee. … the spokeswoman said": the one who asked
        return name

    def _only_quoted_since(self, p: int, pos: int) -> bool:
        """Whether nothing but quotations (and a cue word or two, or three with whom it was told:
        "told the reporting") stands between the end of the sentence at ``p`` and ``pos``."""
        parts, at = [], p
        for s, e in self.quoted[max(0, bisect_left(self.quoted, (p,)) - 1):]:
            if s >= pos:
                break
            if e > at:
                parts += [self.text[at:max(at, s)], " "]
                at = e
        told = "".join(parts) + self.text[at:pos]
        end = _SENTENCE_BREAK.search(told)
        return end is None or next(islice(_WORDS.finditer(told, end.end()), 3, None), None) is None

    def _headline_kind(self, pos: int, name: str) -> bool:
        """Whether a body's name at ``pos`` is a headline's kind of body, no name: "Green group
        says …", capitalised as a headline's first word is."""
        return pos < self.text.find("\n") and name.split()[-1].islower()

    def _named_before(self, pos: int, kind: str, short: str, proper: bool = False) -> str | None:
        """The fuller phrase a definite short one takes up: "a senior official in
        Kyiv … the official", "the Foreign Ministry … the ministry", "the Ministry of
        Water … the ministry"; "a person close to the talks … the source"."""
        words = short.split()
        source = len(words) <= 2 and words[-1] in _SOURCE_WORDS
        headline_end = self.text.find("\n") if kind == "role" else -1
        if kind == "org" and proper and len(words) == 1:
            # a body whose head noun this is first: "the zoo" is "Halvstad Zoo", not the "Northern Zoo
            # Association" named since
            head = next((earlier for p, k, earlier in reversed(self.recent) if p < pos and k == "org"
                         and _fold(_ORG_TAIL.sub("", earlier).split()[-1]) == _fold(short) and len(earlier) > len(short)
                         and not earlier.islower() and not self._headline_kind(p, earlier)), None)
            if head is not None:
                return head
            if any(True for _ in self._names_with_head(short, pos)):
                return None  # (one named so, though not as a speaker: the caller reads the text for it)
        for p, k, earlier in reversed(self.recent):
            if kind == "org" and self._headline_kind(p, earlier):
                continue
            if p < headline_end and any(k2 == "person" and p < p2 < pos for p2, k2, _ in self.recent):
                continue  # a headline's post ("Polish captain of Castlebrook: …"), when the story has named people since
            if p < pos and k == kind and len(earlier) > len(short) and (
                    roles_match(short, earlier) or (source and _anonymous_source(earlier.lower().split())) if kind == "role"
                    else _fold(short) in {_fold(w) for w in earlier.split()} and not (proper and earlier.islower())):
                return earlier
        return None

    def _ministry_of_the_minister(self) -> str | None:
        """"The ministry" of a story that names no ministry but one minister's portfolio: "the
        Minister for Culture and Sport" heads the Ministry of Culture and Sport."""
        portfolios = {re.sub(r"[ \t]+and[ \t]+of[ \t]+", " and ", m.group(1)) for m in _MINISTER_OF.finditer(self.text)} \
            | {m.group(1) for m in _PORTFOLIO_MINISTER.finditer(self.text) if m.group(1).split()[-1].lower() in PORTFOLIOS}
        return f"Ministry of {portfolios.pop()}" if len(portfolios) == 1 else None

    def _holds_post(self, surname: str, post: str) -> bool:
        """Whether someone the story names with this surname holds ``post`` ("Dmitri Sokolov, the
        president of Transvalis" holds "president"; "doctor Guen Thi Lan" holds "doctor")."""
        word = _bare(post.split()[-1])
        return any(p.name and p.role and _fold(surname) in {_fold(p.name.split()[0]), _fold(p.name.split()[-1])}  # ("Nguyen Thi Lan")
                   and (word in {_bare(w) for w in p.role.split()} or roles_match(post, p.role))
                   for p in self.people)

    def _capitalised_before(self, pos: int, words: str) -> str | None:
        """The body a description in lower case names, as the story wrote it in capitals
        before: "the prosecutor's office" after "the Regional Prosecutor's Office in Halvorsund"."""
        if not all(w.isalpha() for w in POSSESSIVE_END.sub("", words).split()) or words.split()[-1] not in ORG_NOUNS:
            return None
        capitals = r"[ \t]+".join(re.sub(r"['’]", "['’]", re.escape(w[:1].upper() + w[1:])) for w in words.split())
        named = None
        for named in re.finditer(rf"(?<![\w’'-])(?:[A-Z][\w’'-]*[ \t]+(?:(?:and|&)[ \t]+(?=[A-Z]))?){{0,3}}{capitals}\b"
                                 rf"(?:[ \t]+(?:in|of)[ \t]+[A-Z][\w-]+)?",  # (and "Moss and Ryde Health Authority")
                                 self.text[:pos]):
            pass
        return re.sub(r"^(?:The|A|An)[ \t]+", "", named.group()) if named is not None else None

    def _police_named_before(self, pos: int) -> str | None:
        """The police force named last before ``pos`` ("Dunmore Police", "the Avon Constabulary",
        as translations write it "the police of Dunmore")."""
        police = None
        for police in _POLICE_NAME.finditer(self.text, 0, pos):
            pass
        of_place = None
        for of_place in _POLICE_OF_PLACE.finditer(self.text, police.end() if police is not None else 0, pos):
            pass
        if of_place is not None:
            return f"{of_place.group(1)} police"
        return re.sub(r"^(?:The|the)[ \t]+", "", police.group()) if police is not None else None

    def _called_otherwise(self, body: str, noun: str) -> bool:
        """Whether the story introduces ``body`` as a body of another kind than ``noun``
        ("The network's insurer, Nordhavn Mutual": an insurer, not "the network")."""
        at = self.text.find(body.removeprefix("the "))
        before = _KIND_BEFORE.search(self.text, max(0, at - 24), at) if at > 0 else None
        if before is None and at >= 0:  # (or after it: "National Renewal, the party of her rival")
            after = _KIND_APPOSED.match(self.text, at + len(body.removeprefix("the ")))
            kind = next((w for w in after.group(1).split() if w in BODY_KINDS | ORG_NOUNS), None) if after is not None else None
            return kind is not None and kind != noun
        return before is not None and before.group(1).lower() != noun

    def _lower_case_body(self, pos: int, body: str) -> str | None:
        """The body a spokesperson's lower-case noun stands for ("a government spokesman", "the police
        spokesman"): the one of that kind the story named before."""
        return self._named_before(pos, "org", body, proper=True) or self._body_named_before(pos, body)

    def _names_with_head(self, noun: str, pos: int) -> Iterator[re.Match[str]]:
        """The bodies named before ``pos`` with ``noun`` as their head ("the Halvstad Zoo"), not
        as a word inside ("the Northern Zoo Association"), an outlet's in a dateline ("KARSK
        (Vestra News Agency) –") or a title's ("a paper titled “Lean Zoo 2030”")."""
        if self.text.find(noun[:1].upper() + noun[1:], 0, pos) < 0:
            return  # (the cheap test first: no name with that head at all)
        for m in _body_name_pattern(noun).finditer(self.text, 0, pos):
            if not _DATELINE_OUTLET.match(self.text, m.end()) and self.text[m.start(1) - 1:m.start(1)] not in _TITLE_OPENERS \
                    and not ((after := _NAME_GOES_ON.match(self.text, m.end())) and after.group(1).lower() in ORG_NOUNS):
                yield m

    def _body_named_before(self, pos: int, noun: str) -> str | None:
        """The body "the foundation" / "the organisation" stands for: the last one
        named with that noun ("funded by the Bright Futures Foundation"), else, for a
        noun any body may be called, the body that last spoke ("The Green Cross
        said … the organisation said")."""
        if noun in {"local police", "police force", "police service"}:
            noun = "police"  # "the local police": the force the story named
        if " " in noun:
            return self._capitalised_before(pos, noun)
        named = None
        for m in self._names_with_head(noun, pos):
            more = _SECOND_FIELD.match(self.text, m.end()) if " of " in m.group(1) else None
            named = m.group(1) + (more.group() if more is not None else "")  # ("… of the National Museum")
        if named is not None:
            named = _SENTENCE_END.split(named)[-1]  # "… said Ana Pueyo. The Platform": not one name
            words = _past_determiners(re.sub(r"[’']s$", "", named).split())  # ("the Ministry of Education’s application")
            if len(words) > 2 and re.search(r"[’']s$", words[0]):
                words = words[1:]  # a country's: "Valmeria's National Competition Authority" is the authority
            return "the " + " ".join(words)
        introduced = None
        for m in _introduced_by(noun).finditer(self.text, 0, pos):
            found = m.group(1).split()
            # (the small words inside a name: the group "Friends of Saint Ilaria")
            words = [w for _, w in itertools.takewhile(lambda kw: kw[1][0].isupper() or (
                kw[1] in {"of", "for", "and"} and 0 < kw[0] < len(found) - 1 and found[kw[0] + 1][0].isupper()), enumerate(found))]
            if words:  # (not the noun's own "the insurer said"; nor the possessive of "the union FOM's president")
                # (from the paragraph before at most, unless the story named it again since)
                introduced = re.sub(r"[’']s$", "", " ".join(words)) \
                    if self.text.count("\n\n", m.end(), pos) <= 1 or self.text.find(" ".join(words), m.end(), pos) >= 0 else None
        if introduced is not None and _bare(introduced.split()[0]) not in TITLES | ROLE_NOUNS \
                and _fold(introduced.split()[0]) not in GIVEN_NAME_GENDER and introduced not in self._person_names():
            # "the welfare group Open Cage … the group said", "the association “Bayit Tov”"; translated "the
            # police Kelmora … the police": the Kelmora police
            return f"{introduced} police" if noun == "police" else introduced
        apposed = None
        for apposed in _apposed_as(noun).finditer(self.text, 0, pos) if noun in ORG_NOUNS | BODY_KINDS else ():
            pass
        if apposed is not None and self.text.count("\n\n", apposed.end(), pos) <= 1:
            words = _past_determiners(apposed.group(1).split())
            if _fold(words[0]) not in GIVEN_NAME_GENDER and _bare(words[0]) not in TITLES | ROLE_NOUNS \
                    and " ".join(words) not in self._person_names():
                return " ".join(words)
        if noun == "union":
            # a union named as an association or a federation: "The United Nurses Federation (UNF)
            # answered … the union posted", the last one the story named
            unions = _UNION_NAME.findall(self.text, 0, pos)
            if unions:
                return "the " + re.sub(r"^(?:The|A|An)\s+", "", unions[-1])
        if noun in _GROUP_NOUNS:
            named_self = None
            for m in _NAME_FOR_ITSELF.finditer(self.text, 0, pos + 120):
                if m.start() < pos or not _SENTENCE_BREAK.search(self.text, pos, m.start()):
                    named_self = m.group(1)  # "the attackers call themselves Red Kite … the group", "The group, which calls itself …"
            if named_self is not None:
                return named_self
        if noun in {"force", "police"}:  # "the force said", as British news calls the police force it named
            police = self._police_named_before(pos)
            if police is not None:
                return police
            if _POLICE_SAID.search(self.text, 0, pos):
                return "police"  # (named no further: "…, police said. … the force said")
        company = self._company_named_before(pos, masthead_too=noun == "group") \
            if noun in {"company", "firm", "group", "club"} | COMPANY_KINDS else None
        if noun in BODY_KINDS:
            # (not one the story calls something else: "The network's insurer, Nordhavn Mutual, …
            # The network said" is not the insurer)
            spoke = next(((p, earlier) for p, k, earlier in reversed(self.recent)
                          if p < pos and k == "org" and not earlier.removeprefix("the ").islower()
                          and not (" " not in earlier and _fold(earlier) in ORG_NOUNS)  # ("Staff have told …")
                          and not self._called_otherwise(earlier, noun) and not self._headline_kind(p, earlier)), None)
            spoken = spoke[1].removeprefix("the ").split() if spoke is not None else [""]
            head = spoken[0] if spoken[0][:1].islower() else spoken[-1]  # ("parquet of Lyon": a parquet)
            if company is not None and spoke is not None and (spoke[0] < company.start() or (
                    noun != "group" and (_fold(head) in _NOT_COMPANIES or _fold(head) in NEWSPAPER_WORDS))):
                # a company named since that body spoke: "Halvard Biotech … the company added"; or
                # the body that spoke is no company: "the Residents' Association says … the company"
                # (nor the paper that asked: "The Courier asked Kestrel … the company said")
                return _unowned(company.group())
            if noun in {"agency", "organism", "group", "organisation", "organization", "body", "regulator", "watchdog"}:
                # or the body last named, if it spoke not since: "Halden County Emergency Management" (and
                # "the regulator" the authority named before);
                # "the organism" (Spanish "el organismo") any body so named; "the group" one named in
                # the paragraph before at most ("The Green Ridge Alliance (GRA) has stepped up …")
                body = None
                for found in _ANY_BODY_NAME.finditer(self.text, 0, pos):
                    if " " in re.sub(r"^(?:The|A|An)\s+", "", found.group()) and (
                            noun == "organism" or (_ORG_TAIL.sub("", found.group()).split()[-1].lower() in _AGENCY_HEADS
                                                   if noun == "agency" else self.text.count("\n\n", found.end(), pos) <= 1)):
                        body = found  # (not "The Commission" alone: which one it is, the story said before)
                for rated in _COMPANY_NAME.finditer(self.text, body.end() if body is not None else 0, pos) \
                        if noun == "agency" else ():
                    body = rated  # (an agency may be named as a firm is: "Caldwell Ratings cut … the agency said")
                if body is not None and (spoke is None or spoke[0] < body.start()):
                    return re.sub(r"^(?:The|A|An)\s+", "", body.group())
            if spoke is not None and not (noun in {"company", "firm"} and self._no_company(spoke[1])):
                return spoke[1]  # (not "the PDPA" of "the Personal Data Protection Authority" for "the company")
        if company is not None:
            return _unowned(company.group())  # "Shares of Vellacourt Foods fell … the company said"
        if noun in _GROUP_KINDS and (initials := self._initials_just_before(pos)) is not None:
            return initials  # "By Wednesday, PIC was trying to distance itself. A spokeswoman for the group said"
        if noun in {"company", "firm", "group"} | COMPANY_KINDS:
            return self._company_introduced_before(pos) or (self._firm_opening(pos) if noun in {"company", "firm"} else None)
        return None

    def _firm_opening(self, pos: int) -> str | None:
        """The name the sentence of ``pos`` opens with, before its verb, when nothing says it is
        anyone else: "Telvara has placed him on leave, which the company said …" (a name that
        marks no company, the story never having said what it is)."""
        start = max((m.end() for m in _SENTENCE_BREAK.finditer(self.text, max(0, pos - 300), pos)), default=max(0, pos - 300))
        opening = _NAME_THEN_VERB.match(self.text, start)
        if opening is None or opening.end() > pos:
            return None
        name = opening.group(1)
        first = name.split()[0]
        if _bare(first) in TITLES | ROLE_NOUNS or _fold(first) in GIVEN_NAME_GENDER or first in {"The", "A", "An", "It", "This"} \
                or any(name in known or known in name for known in self._person_names()) or first.lower() in PRONOUNS | CLAUSE_OPENERS:
            return None
        return name

    def _initials_just_before(self, pos: int) -> str | None:
        """The last initials, defined in brackets somewhere in the story, written in the
        paragraph before ``pos`` or the one before it: a body the story just turned to."""
        if self._defined is None:
            self._defined = frozenset(re.findall(r"\(([A-Z]{2,9})\)", self.text))
        start = _paragraph_break_back(self.text, pos, 2)
        found = [m.group() for m in re.finditer(r"\b[A-Z]{2,9}\b", self.text[max(0, start):pos]) if m.group() in self._defined]
        return found[-1] if found else None

    def _no_company(self, name: str) -> bool:
        """Whether a body is never what "the company" means: one whose name says "Police" or
        "Ministry", or initials that spell out, somewhere in the story, a public body's name ("the
        PDPA" of "the Personal Data Protection Authority"). (A name written out that ends in "Office"
        or "Council" may still be the firm the story is about.)"""
        short = name.removeprefix("the ")
        if any(w.lower() in _NEVER_FIRMS for w in short.split()):
            return True
        if not (2 <= len(short) <= 9 and short.isupper() and short.isalpha()):
            return False
        for m in re.finditer(rf"\b{short[0]}[\w’'-]+(?:[ \t]+(?:(?:of|and|for|on)[ \t]+)?[{CAPITAL}][\w’'-]+){{1,8}}", self.text):
            words = [w for w in m.group().split() if _is_cap(w)][:len(short)]
            if _initials(words) == short:
                return _fold(words[-1]) in _PUBLIC_BODIES
        return False

    def _company_named_before(self, pos: int, masthead_too: bool = False) -> re.Match[str] | None:
        """The last name before ``pos`` that says it is a company's ("Vellacourt Foods"): not two
        people ("Jim & Sarah"), nor, unless ``masthead_too``, a paper's masthead ("Terra Ledger |
        Thursday" is not "the company")."""
        company = None
        last_said = -1
        for found in _COMPANY_NAME.finditer(self.text, 0, pos):
            if "&" in found.group() and _fold(found.group().split()[-1]) in GIVEN_NAME_GENDER:
                continue
            if _BYLINE_AND_MORE.match(self.text, self.text.rfind("\n", 0, found.start()) + 1):
                continue  # a desk in the byline: "By Ann Lee | Tech & Markets | March 13"
            if not masthead_too and _LABEL_BAR.match(self.text, found.end()):
                continue  # a column's or a newsletter's name over the byline: "Signal & Noise | Interview by Ann Lee"
            if masthead_too or _bare(found.group().split()[-1]) not in NEWSPAPER_WORDS:
                # (the one the story named last, if only by its first word: "Kestrel Clinical Systems …
                # a post on LinkedIn … The Courier asked Kestrel … the company said")
                said = self.text.rfind(found.group().split()[0], found.start(), pos)
                if said >= last_said:
                    company, last_said = found, said
        return company

    def _company_introduced_before(self, pos: int) -> str | None:
        """The company the story last introduced by its kind, when its name has no word that
        marks a company: "the manufacturer Calvera Nutrition … the company said", if the story
        still talks about it."""
        named = None
        # (said outright to be a company, whatever it did since: "Crystalline Springs, the bottled-water
        # producer, rejected …", "the company Crystalline Springs")
        said_company = False
        found = sorted([*_COMPANY_INTRODUCED.finditer(self.text, 0, pos), *_COMPANY_APPOSED.finditer(self.text, 0, pos)],
                       key=lambda m: m.start(1))
        for m in found:
            words = list(itertools.takewhile(_is_cap, m.group(1).split()))
            if words and _bare(words[0]) not in TITLES | ROLE_NOUNS and _fold(words[0]) not in GIVEN_NAME_GENDER:
                named, said_company = " ".join(words), m.re is _COMPANY_APPOSED or m.group().startswith(("company", "firm"))
        if named is None or (named in self._person_names() and not said_company):
            return None
        # (named again since, in this paragraph or the two before: not a company the story has left)
        recent = _paragraph_break_back(self.text, pos, 3)
        return named if re.search(rf"\b{re.escape(named.split()[0])}\b", self.text[max(0, recent):pos]) else None

    def _pair_before(self, pos: int, written: list[tuple[int, str]]) -> tuple[str, str] | None:
        """The two people the last sentence before ``pos`` that names two names, in their
        order ("Mayor Ann Lee faced councillor Tom Rask. Lee insisted …. The latter …": Tom
        Rask), within the paragraph or the one before; None when no sentence names two, or
        when a sentence since names someone else ("… Tom Rask. Ida Berg spoke. The latter":
        Ida Berg, named last)."""
        start = max(0, _paragraph_break_back(self.text, pos, 2))
        # (a surname alone names the one the story named in full: "Berg and Tom Rask";
        # after a title, whoever it is: "Mr Berg and Ms Rask")
        surnamed = []
        for m in _CAPITALISED_WORD.finditer(self.text, start, pos):
            at = m.start()
            while (particle := _PARTICLE_BEFORE.search(self.text, max(0, at - 12), at)) is not None:
                at = particle.start()  # "Mr de la Vega": the surname with its particles
            surname = self.text[at:m.end()]
            before = _NAME_WORD_BEFORE.search(self.text, max(0, at - 40), at)
            if before is not None and before.group().strip() in _SUBORDINATE_OPENERS:
                before = None  # "When Lee and Berg met": no given name
            titled = before is not None and _bare(before.group().strip()) in TITLES
            if before is None or titled:
                then = _SURNAME_AFTER_GIVEN.match(self.text, m.end()) if titled else None
                if then is not None:  # "Mr Ivo Rask": a given name, then the surname
                    surname = self.text[at:then.end()]
                full = self._full_name(surname, at)
                name = full if full is not None and full.endswith(" " + surname) else surname if titled else None
                if name is not None:
                    surnamed.append((at, name))
        named = sorted({(q, n) for q, n in self.subjects + self.mentioned + written + surnamed if start <= q < pos})
        ends = [start, *(m.end() for m in _SENTENCE_BREAK.finditer(self.text, start, pos))]
        last: set[str] = set()  # (whom the sentences since the pair name: none but its two)
        for lo, hi in zip(reversed(ends), [pos, *reversed(ends[1:])]):
            people = list(dict.fromkeys(n for q, n in named if lo <= q < hi))
            if len(people) >= 2:
                return (people[-2], people[-1]) if last <= set(people[-2:]) else None
            last |= set(people)
        return None

    def _antecedent(self, pronoun: str, pos: int) -> tuple[str | None, bool]:
        """Who ``pronoun`` at ``pos`` stands for, and whether the story said so (not a guess)."""
        if pronoun == "i":
            return self._narrator(), True  # a first-person piece: "By Ann Lee" … "I told him"
        if pronoun == "we":
            return None, True
        if pronoun in {"the latter", "the former"}:
            written = [full for m in _NAME_RUN.finditer(self.text, max(0, pos - 400), pos)
                       if (full := _full_name_ending(m)) is not None and (ref := parse_mention(full[1])) is not None
                       and ref.kind == "person" and ref.role is None and not _names_a_place(self.text, m.end())]
            paired = self._pair_before(pos, written)
            if paired is not None:  # the second (or first) of the last two the story named together
                return paired[1 if pronoun == "the latter" else 0], True
            if pronoun == "the former":
                return None, True
            # else the person named last, whether they spoke or not
            last = max([*((p, name) for p, kind, name in self.recent if p < pos and kind == "person"),
                        *((q, n) for q, n in self.subjects + self.mentioned + written if q < pos)], default=None)
            return (last[1] if last is not None else None), True
        asked = _ASKED_ABOUT.search(self.text, max(0, pos - 200), pos) if pronoun in {"he", "she"} and any(
            self.text.find(word, max(0, pos - 200), pos) >= 0 for word in _ASKED_WORDS) else None  # (cheap test first)
        if asked is not None:
            pos = asked.start()
        wanted = {"he": ("person",), "she": ("person",), "it": ("org",), "they": ("person", "org", "role"),
                  "the same": ("person",)}
        if pronoun in {"he", "she", "they"} and self.unnamed_subjects:
            named = max((p for p in [*(r[0] for r in self.recent), *(q for q, _ in self.subjects + self.mentioned)]
                         if p < pos), default=-1)
            if any(named < q < pos and said in ((None, pronoun) if pronoun != "they" else (pronoun,))
                   for q, said in self.unnamed_subjects):
                return None, True
        voiced_at = max((p for p, said in self.voices.items() if p < pos and said in (pronoun, None) and pronoun in {"he", "she"}), default=None)
        if voiced_at is not None and self.text.count("\n\n", voiced_at, pos) <= 1 \
                and not any(voiced_at < p < pos for p, _, _ in self.recent) and not any(voiced_at < q < pos for q, _ in self.subjects):
            # "A spokesman for the Ministry of Health rejected the call. “…,” he said": the ministry, noted
            # before the people the story named earlier were
            voiced = next((name for p, kind, name in self.recent if p == voiced_at and kind == "org"), None)
            if voiced is not None:
                return voiced, True
        for p, kind, name in reversed(self.recent):
            if p < pos and pronoun in {"he", "she"} and p in self.unnamed \
                    and not any(p < q < pos for q, _ in self.subjects) \
                    and _gender_in(name) in (None, pronoun) and not self._pronoun_before(pronoun, p) \
                    and not self._told_by(pronoun, p):
                # "A senior diplomat, speaking on condition of anonymity, said … “…,” he said": no one
                # named (but after "a Talvik spokeswoman said", "she said" is Talvik again; and "a young
                # man asked her … “…,” she said" is not his, nor "She was told by a clerk that she was
                # “lucky”. “…,” she said")
                return self.spoken_for.get(p), True
            if p < pos and kind == "org" and self.voices.get(p, "") == pronoun:
                later = sorted((q, n) for q, n in self.subjects if p < q < pos and self._fits(n, pronoun))
                return (later[-1][1] if later else name), True  # the body's spokeswoman (or who the story turned to)
            if p < pos and pronoun == "it" and any(p < q < pos for q, _ in self.bodies):
                break  # a body the story turned to since
            if p < pos and kind in wanted[pronoun] and self._fits(name, pronoun):
                if pronoun in {"he", "she"}:
                    # a person the story turned to since, without quoting them
                    later = sorted((q, n) for q, n in self.subjects if p < q < pos and self._fits(n, pronoun))
                    if later:
                        return later[-1][1], True
                    told = self._told_by(pronoun, p)
                    if told is not None:
                        # "“…,” she was told by Ann Lee. … “…,” she said": the one told, as she was then
                        return self._antecedent(pronoun, told)
                    if self._gender(name) is None:
                        # the same pronoun just before this person, in their own sentence, is who
                        # the story is about: "… she described how Lytle would ask her … “…,” she
                        # testified." is hers, not Lytle's
                        known = next((n for q, said, n in reversed(self.pronouns)
                                      if p - _SAME_CLAUSE < q < p and said == pronoun
                                      and not _SENTENCE_BREAK.search(self.text, q, p)), None)
                        if known is not None:
                            return known, True
                    # a new paragraph that names someone else, just before: "16:40 — State TV shows
                    # Ann Lee landing. “…,” she says" is hers, not the last paragraph's speaker's
                    opens = self.text.rfind("\n", 0, pos) + 1
                    opener = self._surname_opening(opens, pos, pronoun) if opens > p else None
                    if opener is not None and opener != name:
                        return opener, True  # "Lee, meanwhile, has started clearing the canes. “…,” she says": hers
                    guess = self._story_subject(pos, pronoun) if opens > p and _TWO_CAPITALS.search(
                        self.text, opens, pos) else None  # (the cheap tests first)
                    if guess is not None and guess[0] >= opens and guess[1] != name and self.text.startswith(guess[1], guess[0]) \
                            and not any(guess[0] < q < pos for q, _ in self.mentioned) \
                            and sum(guess[0] < start < pos and not _TITLE_CASED.fullmatch(self.text, start, end)
                                    for start, end in self.quoted) <= 1 \
                            and not self._pronoun_opens(pronoun, opens, guess[0]):
                        # (the words "he" says; but "she was a backer of nominee Tom Hale. “…,” she said" is hers still)
                        return guess[1], True
                return name, True
        if pronoun in {"he", "she"}:
            guess = self._story_subject(pos, pronoun)  # (a guess: it says nothing of gender)
            for p, name in reversed(sorted(self.subjects + self.mentioned)):
                if p < pos and self._fits(name, pronoun):
                    if guess is not None and guess[0] > p and _SENTENCE_BREAK.search(self.text, p, guess[0]) \
                            and not any(p < q < pos and (q > guess[0] or "\n" not in self.text[q:pos]) and said == pronoun and n == name
                                        for q, said, n in self.pronouns):
                        # a later sentence names someone else ("… a choice Lee defended. “…,” he
                        # said"), unless the story went on calling this one "he" ("He dismisses …") since,
                        # or in the paragraph of the quotation
                        break
                    return name, True
            if guess is None:
                return self._mistranslated(pos), False
            return guess[1], False
        if pronoun == "it":
            body = max(((p, name) for p, name in self.bodies if p < pos), default=None)
            ref = parse_mention(body[1]) if body is not None else None
            if body is not None and ref is not None:
                return self.resolve(ref, body[0]), True
            last = next(((p, name) for p, kind, name in reversed(self.recent) if p < pos and kind == "person"), None)
            if last is not None and " " in last[1] and self._gender(last[1]) is None and self.text.count("\n\n", last[0], pos) <= 1:
                # a body whose name reads like a person's, and no other: "Skyline Live Events issued a statement:
                # “…” … “…,” it said"
                return last[1], True
        return None, True

    def _surname_opening(self, opens: int, pos: int, pronoun: str) -> str | None:
        """The one person named in full before whose surname alone opens the paragraph at
        ``opens``, with no other quotation before ``pos``: whom "she says" there means."""
        first = _SURNAME_OPENS.match(self.text, opens)
        if first is None or sum(opens < start < pos for start, _ in self.quoted) > 1:
            return None
        if self._about is None:
            self._about = self._names_in_passing()
        named = {n for n in self._person_names() | {n for _, n in self._about}
                 if " " in n and n.split()[-1] == first.group(1) and self._fits(n, pronoun)}
        return named.pop() if len(named) == 1 else None

    def _pronoun_opens(self, pronoun: str, start: int, end: int) -> bool:
        """Whether ``pronoun`` stands between ``start`` and ``end`` before any capitalised word
        inside a sentence (a name): the story still speaks of whoever it spoke of before."""
        said = re.search(rf"\b{pronoun}\b", self.text[start:end], re.I)
        return said is not None and _CAPITAL_INSIDE.search(self.text, start, start + said.start()) is None

    def _mistranslated(self, pos: int) -> str | None:
        """The person who spoke last, for a "he" (or "she") the story has nobody for: a
        translation from a language whose pronouns say no gender (Tagalog, Finnish,
        Turkish …) gets it wrong, as in "Aling Rosa said … “…,” he added"."""
        last = next(((p, kind, name) for p, kind, name in reversed(self.recent) if p < pos), None)
        if last is None or last[1] != "person" or self.text.count("\n\n", last[0], pos) > 1 \
                or not _GOES_ON.search(self.text, max(0, pos - 12), pos + 20):
            return None  # (only "he added": "she said" may be a woman the story did not name)
        return last[2]

    def still_about(self, name: str, pos: int) -> None:
        """The story is still about ``name`` at ``pos`` (it reported what someone else
        did): ``name`` is again the latest speaker, of the kind it was."""
        kind = next((k for _, k, n in reversed(self.recent) if n == name), None)
        if kind is not None:
            self.recent.append((pos, kind, name))

    def _told_by(self, pronoun: str, p: int) -> int | None:
        """Where "she was told by" stands just before a speaker at ``p``: the one she stands for is
        the one told ("“…”, she was told by a clerk. … according to her" is not the clerk)."""
        told = _TOLD_BY.search(self.text, max(0, p - 40), p)
        return told.start() if told is not None and told.group(1).lower() == pronoun else None

    def _pronoun_before(self, pronoun: str, p: int) -> bool:
        """Whether ``pronoun`` already stood for someone earlier in the sentence at ``p``."""
        return any(q < p and said == pronoun and not _SENTENCE_BREAK.search(self.text, q, p)
                   for q, said, _ in self.pronouns)

    def _story_subject(self, pos: int, pronoun: str) -> tuple[int, str] | None:
        """The person last named outside quotations, for a "she said" with nobody the
        story quoted or made a subject before it: a profile names its subject in passing
        ("The first thing Ann Lee does …") and then by surname alone ("Lee, 71, spent …")."""
        if self._about is None:
            self._about = self._names_in_passing()
        k = bisect_left(self._about, (pos,))
        # (a name in the possessive only as the sentence opens: "Ann Lee's voice was hoarser", not
        # "memories of Ann Lee's years in office")
        named = [(at, name) for at, name in self._about[:k] if not self._quoted_at(at) and self._fits(name, pronoun)
                 and name not in self.bylined and not (self.text.startswith(("'s", "’s"), at + len(name))
                          and not _OPENS_HERE.search(self.text, max(0, at - 3), at))]
        if not named:
            return None
        # the last sentence naming someone, and its subject before anyone else it names:
        # "Rep. Ann Lee was for Tom Hale, she said."
        last = named[-1][0]
        opens = max((m.end() for m in _SENTENCE_BREAK.finditer(self.text, max(0, last - 400), last)), default=0)
        return next((at, name) for at, name in named if at >= opens)

    def _quoted_at(self, at: int) -> bool:
        k = bisect_left(self.quoted, (at + 1,)) - 1
        return k >= 0 and self.quoted[k][0] <= at < self.quoted[k][1]

    def _titled_at(self, at: int) -> bool:
        before = self.text[max(0, at - 20):at].split()
        return bool(before) and (_bare(before[-1]) in TITLES or _is_role_noun(before[-1]))

    def _described_at(self, end: int) -> bool:
        """Whether a person's description follows the name ending at ``end``: ", 71,", ", a
        23-year-old architecture student"."""
        after = _DESCRIBED.match(self.text, end)
        return after is not None and (after.group(1) is None or any(_is_role_noun(w) for w in after.group(1).split()))

    def _whole_word_at(self, word: str) -> list[int]:
        """Where ``word`` stands as a whole word ("Lee", not "Leeds" or "Ann-Lee"): a
        substring search, cheaper than reading every word of the article."""
        found = []
        at = self.text.find(word)
        while at >= 0:
            end = at + len(word)
            if not (_WORD_CHAR.match(self.text, at - 1) if at else False) \
                    and (not _WORD_CHAR.match(self.text, end) or _SUFFIXED.match(self.text, end)):  # ("Yoko-san")
                found.append(at)
            at = self.text.find(word, end)
        return found

    def _names_in_passing(self) -> list[tuple[int, str]]:
        """(where, full name) for every place the article names a person, in full or,
        when no one else shares it, by surname alone."""
        written = [given for m in _NAME_RUN.finditer(self.text) if (given := _full_name_ending(m)) is not None
                   and _bare(given[1].split()[0]) not in TITLES]  # ("Mugallym Nuryyeva" is a surname, titled)
        in_full = {at + len(name) - len(name.split()[-1]) for at, name in written}
        bodies = {name for at, name in written if _BODY_BEFORE.search(self.text, max(0, at - 20), at)}
        found = [(at, name) for at, name in written if name not in bodies
                 and not _PLACE_BEFORE.search(self.text, max(0, at - 6), at)
                 # (a headline's "… Wall With Mexico", "Trump Wednesday": no one's name)
                 and _bare(name.split()[0]) not in _NOT_NAME_START | PLACE_NOUNS  # ("Barangay Malinta")
                 and _bare(name.split()[-1]) not in WEEKDAYS | INSTITUTIONS  # (not "St Aurelia Hospital")
                 and not _is_nationality(name.split()[-1]) and _bare(name.split()[-1]) not in ROLE_NOUNS]
        titled = {name for at, name in found if self._titled_at(at) or self._described_at(at + len(name))}
        # ("Rep. Ann Lee", "aide Ann Lee", "Ann Lee, a 23-year-old student")
        # a capital inside a sentence marks a name ("In China" at a sentence's start does not)
        named = titled | {name for at, name in found if _INSIDE_SENTENCE.match(self.text, max(0, at - 2), at)
                          or _fold(name.split()[0]) in GIVEN_NAME_GENDER}
        by_surname: dict[str, set[str]] = {}
        for name in named:
            ref = parse_mention(name)
            if ref is not None and ref.kind == "person" and ref.name == name:
                by_surname.setdefault(name.split()[-1], set()).add(name)
        places: list[tuple[int, str]] = []
        for surname, names in by_surname.items():
            alone = [at for at in self._whole_word_at(surname)
                     if at not in in_full and not _BODY_BEFORE.search(self.text, max(0, at - 4), at)]
            # a person, not a place or a body: called by title or a known given name; or by surname
            # alone too ("New Hampshire" never "Hampshire"), and not a plural ("Iowa Democrats" beside
            # "a Democrat")
            plural = surname.endswith("s") and re.search(rf"\b{re.escape(surname[:-1])}\b", self.text)
            sure = {name for name in names if name in titled or _fold(name.split()[0]) in GIVEN_NAME_GENDER
                    or (alone and not plural)}
            places += [(at, name) for at, name in found if name in sure]
            if len(sure) == 1:
                places += [(at, next(iter(sure))) for at in alone]
        return sorted(places)


# Case endings of Slavic languages on a surname, and what the nominative ends with instead
# (Polish, Czech, Russian): "Kowalskiego" is Kowalski, "Brekkego" Brekke, "Nowakowi" Nowak.
_CASE_ENDINGS = (("iego", "i"), ("iemu", "i"), ("ego", ""), ("emu", ""), ("go", ""), ("owi", ""), ("ovi", ""),
                 ("ovou", ""), ("ová", ""), ("ové", ""),  # (and a woman's: "Judge Hollowayová" is Agnes Holloway)
                 ("em", ""), ("om", ""), ("a", ""), ("u", ""), ("y", ""), ("ą", "a"), ("ej", "a"), ("oj", "a"))


# ---------------------------------------------------------------- corpus level

def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, _fold(a), _fold(b)).ratio()


# Common short forms of the same body (general knowledge, not article-specific).
_ORG_ALIASES = {
    "u.s": "united states", "u.s.": "united states", "us": "united states", "usa": "united states",
    "u.s.a": "united states", "u.s.a.": "united states", "america": "united states",
    "uk": "united kingdom", "u.k": "united kingdom", "u.k.": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom", "eu": "european union", "e.u": "european union", "e.u.": "european union",
    "un": "united nations", "u.n": "united nations", "u.n.": "united nations",
}


def _display_key(name: str) -> str:
    """Key under which spellings of one organisation meet.

    "The United States and NATO" and "U.S and the NATO" meet; so do "the
    US-led NATO alliance" and "NATO" (a generic noun after an acronym), and
    the word orders of one office ("the Foreign Ministry of Zemlyar").
    """
    key = _fold(name)
    key = re.sub(r"\b(the|a|an)\s+", "", key)
    key = re.sub(r"\b[\w.]+-led\s+", "", key)
    key = re.sub(r"(?<=\w)-(?=\w)", " ", key)  # (a translation's "Cockpit-Association")
    parts = [p.strip() for p in re.split(r"\s+and\s+", key)]
    norm = []
    for part in parts:
        part = re.sub(r"^([a-z.]{2,6})\s+(alliance|bloc|coalition|organisation|organization)$", r"\1", part)
        part = _ORG_ALIASES.get(part, part)
        words = part.split()
        if len(words) > 1 and any(w in ORG_NOUNS for w in words):
            # one office, however a translation orders it: "the Zemlyar Foreign Ministry",
            # "the Foreign Ministry of Zemlyar", "the Ministry of Foreign Affairs of Zemlyar"; a
            # plural a translation adds ("the Ministry of Transports"), and the police by the name
            # of its force ("the Varnhaven Police Directorate")
            if words[-1] in _POLICE_BODY_PARTS and words[-2:-1] == ["police"]:
                words = words[:-1]
            words = [w for w in words if w != "of" and not (w == "affairs" and len(words) > 3)]
            words = [w[:-1] if len(w) > 5 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")) else w
                     for w in words]
            part = " ".join(sorted(set(words)))
        elif len(words) > 1 and words[0] in _OFFICE_ACRONYMS:
            part = " ".join(sorted(set(_OFFICE_ACRONYMS[words[0]].split() + [w for w in words[1:] if w != "of"])))
        norm.append(part)
    return " and ".join(norm).strip()


# What a police force's full name may add after "Police": "the Dunmore Police Department".
_POLICE_BODY_PARTS = frozenset({"department", "directorate", "service", "force", "headquarters", "authority"})


# Acronyms of offices that translations keep, before "of <country>": "the MFA of Zemlyar".
_OFFICE_ACRONYMS = {"mfa": "foreign ministry", "mod": "defence ministry"}


def _particled_surname(name: str) -> bool:
    """A surname with its particles and no given name: "de la Vega", "van Dorn"."""
    words = name.split()
    return len(words) > 1 and all(w in PARTICLES for w in words[:-1])


class _Canon:
    """Corpus-wide canonical names, built from (article-level name, role) pairs."""

    def __init__(self, pairs: Iterable[tuple[str | None, str | None]]) -> None:
        pairs = list(pairs)
        full: Counter[str] = Counter()
        roles_of: dict[str, Counter[str]] = defaultdict(Counter)
        for name, role in pairs:
            if name and is_personal_name(name):
                full[name] += 1
                if role:
                    roles_of[name][role] += 1
        for name in [n for n in full if _particled_surname(n)]:
            if any(other != name and _fold(other).endswith(" " + _fold(name)) for other in full):
                del full[name]  # a surname with its particles alone ("de la Vega") where the corpus names
                roles_of.pop(name, None)  # someone in full with it: a lone surname, for the full name
        self.canonical = _merge_variants(full, roles_of)
        # lone surnames -> the one full name with that surname
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        self.full_count: Counter[str] = Counter()
        for name, canon in self.canonical.items():
            self.by_surname[_fold(name.split()[-1])].add(canon)
            self.by_surname[_fold(canon.split()[-1])].add(canon)
            self.full_count[canon] += full[name]
        self.by_sound: dict[str, set[str]] = defaultdict(set)  # surnames however transliterated
        self.by_given: dict[str, set[str]] = defaultdict(set)
        for name, canon in self.canonical.items():
            self.by_sound[_sound(name.split()[-1])].add(canon)
            self.by_given[_fold(canon.split()[0])].add(canon)
        # surname sounds by their first two letters and length, for a lone word spelt one letter off
        self.by_sound_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
        for surname in self.by_sound:
            self.by_sound_shape[(surname[:2], len(surname))].append(surname)
        self._sounds_like: dict[str, str | None] = {}
        self.lone_count = Counter(_fold(name) for name, _ in pairs if name and " " not in name.strip())
        # display forms of organisations: the most frequent spelling per key
        self.org_forms: dict[str, Counter[str]] = defaultdict(Counter)
        for name, _ in pairs:
            if name and name not in self.canonical and self.lone_surname(name) is None:
                self.org_forms[_display_key(name)][name] += 1
        self._join_acronyms()
        self._join_shorter_names()
        self.holders: dict[str, set[str]] = defaultdict(set)
        self.posts_of: dict[str, set[str]] = defaultdict(set)
        for name, rs in roles_of.items():
            for r in rs:
                self.holders[r].add(self.canonical.get(name, name))
                self.posts_of[self.canonical.get(name, name)].add(r)
        self.holder_of: dict[str, str | None] = {}
        # companies by their first word ("Transvalis" is Transvalis Freight), when one company of
        # the corpus has it (not bodies of other kinds: "Iowa" is no Iowa Democratic Party, and
        # an acronym may stand for two bodies: the DNC)
        self.by_first_word: dict[str, set[str]] = defaultdict(set)
        for forms in self.org_forms.values():
            form = max(sorted(forms, key=len), key=lambda f: forms[f])
            words = form.split()
            if len(words) == 2 and all(_is_cap(w) for w in words) and _bare(words[-1]) in COMPANY_WORDS - NEWSPAPER_WORDS:
                self.by_first_word[_fold(words[0])].add(form)  # (a paper takes its town's name: "Orlando Sentinel")

    def _merge_bodies(self, key: str, fuller: str) -> None:
        """Spellings under ``key`` and ``fuller`` are one body: both keys share one count of forms."""
        forms = self.org_forms[fuller]
        forms.update(self.org_forms[key])
        self.org_forms[key] = forms

    def _join_acronyms(self) -> None:
        """One body under its acronym in some articles and its full name in others ("MEC said" /
        "the Municipal Electoral Commission said") is one speaker, shown in its more frequent form,
        when the acronym spells out one body of the corpus only (never "the DNC" for two)."""
        spelling: dict[str, set[str]] = defaultdict(set)
        for key, forms in self.org_forms.items():
            for form in forms:
                words = form.split()
                if words[:1] in (["the"], ["The"]):
                    words = words[1:]
                if len(words) >= 2 and _is_cap(words[-1]) and _bare(words[-1]) not in _EVENT_NOUNS:
                    spelling[_initials(words)].add(key)  # (an event does not speak: the DNC is no convention)
        for key, forms in list(self.org_forms.items()):
            shorts = {form.removeprefix("the ").replace(".", "") for form in forms}
            short = next(iter(shorts))
            if len(shorts) == 1 and 3 <= len(short) <= 6 and short.isupper() and short.isalpha() \
                    and not _is_role_word(short) and len(spelling.get(short, ())) == 1:
                # (two letters are as often a post, "VP", as a body; "CEO" is a post)
                self._merge_bodies(key, next(iter(spelling[short])))

    def _join_shorter_names(self) -> None:
        """A body named with fewer words in one article ("the Agency for Clean Sport", as a
        translation orders it) is the one body of the corpus whose name holds all of them ("the
        Athletics Clean Sport Agency"), when two words besides its kind say which."""
        def proper(forms: Counter[str]) -> bool:  # (a body's name, not "senior administration official")
            return all(_is_cap(w) or w in {"the", "for", "of", "and", "on"} for form in forms for w in form.split())
        word_sets = {key: frozenset(key.split()) - {"for", "of", "and", "on"} for key, forms in self.org_forms.items()
                     if " and " not in key and proper(forms)}
        holding: dict[str, set[str]] = defaultdict(set)  # word -> the keys whose names hold it
        for key, words in word_sets.items():
            for word in words:
                holding[word].add(key)
        for key, words in word_sets.items():
            if len(words - ORG_NOUNS) < 2 or not words & ORG_NOUNS:
                continue
            fuller = [other for other in set.intersection(*(holding[w] for w in words)) if words < word_sets[other]]
            if len(fuller) == 1 and self.org_forms[key] is not self.org_forms[fuller[0]]:
                self._merge_bodies(key, fuller[0])

    def company_short_form(self, name: str) -> str | None:
        """The one company of the corpus a company's first word alone stands for."""
        if " " in name or not _is_cap(name) or self.by_surname.get(_fold(name)):
            return None
        found = self.by_first_word.get(_fold(name), set())
        return next(iter(found)) if len(found) == 1 else None

    def sounds_like_surname(self, name: str) -> str | None:
        """The one full name whose surname a lone word is spelt nearly as ("Harvorsen" as
        Japanese renders Halvorsen, "Dvorzhakova" for Dvořáková), when no one has it exactly."""
        if " " in name.strip() or not _is_cap(name) or len(name) < 6 or self.by_surname.get(_fold(name)) \
                or _fold(name) in GIVEN_NAME_GENDER:
            return None
        sound = _sound(name)
        if sound not in self._sounds_like:
            # (one letter swapped, never one more: "Ghazala" is no Ghazal)
            found = {canon for surname in self.by_sound_shape.get((sound[:2], len(sound)), ())
                     if SequenceMatcher(None, surname, sound).ratio() >= 0.85 for canon in self.by_sound[surname]}
            self._sounds_like[sound] = next(iter(found)) if len(found) == 1 else None
        return self._sounds_like[sound]

    def lone_surname(self, name: str) -> str | None:
        """The one full name a lone word stands for across the corpus. A word the
        corpus uses alone more often than that full name is likely something else:
        "Washington" (the government) is not the actress Kerry Washington."""
        words = name.split()
        if _particled_surname(name):
            # a surname with its particles ("de la Vega"): the one full name that ends with them all
            options = {c for c in self.by_surname.get(_fold(words[-1]), set()) if _fold(c).endswith(" " + _fold(name))}
        else:
            options = self.by_surname.get(_fold(name), set()) if len(words) == 1 else set()
        if len(options) != 1:
            return None
        canon = next(iter(options))
        return canon if self.lone_count[_fold(name)] <= self.full_count[canon] else None

    def _given_name_of_one(self, name: str) -> str | None:
        """The one full name of the corpus whose first word a lone word is ("Elin" in a
        translation that drops her surname is Elin Lindqvist; "Nguyen" for Nguyen Thi Lan, a
        family name written first), when no one bears it as a surname."""
        key = _fold(name)
        if " " in name.strip() or self.by_surname.get(key):
            return None
        people = self.by_given.get(key, set())
        if len(people) != 1:
            return None
        person = next(iter(people))
        # (a first word the lists do not know as a given name may be a family name written first,
        # "Nguyen" for Nguyen Thi Lan, when the corpus writes it alone no more often than in full)
        # (not a place or a nationality before a post the parse took for a name: "Iowa Democrat",
        # "Pennsylvania Gov.", "German")
        return person if key in GIVEN_NAME_GENDER or (
            self.lone_count[key] <= self.full_count[person] and not _is_nationality(name)
            and not key.endswith(("an", "ish", "ese", "ic"))  # ("German", "Belgian", "Turkic")
            and not _is_role_word(person.split()[-1]) and not person.endswith(".")) else None

    def role_holder(self, role: str) -> str | None:
        """The one person the corpus gives a role ("the NATO chief"). A plain
        description ("the young woman", "the specialist") fits too many people."""
        head = _bare(role.split()[-1])
        if head in _PEOPLE or _PERSON_NOUN.fullmatch(head) or head in _ANONYMOUS:
            return None  # (nor does "the second official": officials go unnamed)
        # one scan of the corpus's roles per distinct role phrase
        if role not in self.holder_of:
            found = {h for r, hs in self.holders.items() if roles_match(role, r) for h in hs}
            self.holder_of[role] = found.pop() if len(found) == 1 else None
        return self.holder_of[role]

    def speaker(self, name: str | None, role: str | None) -> str | None:
        """The canonical speaker for a mention's article-level name and role."""
        if name:
            if name in self.canonical:
                return self.canonical[name]
            forms = self.org_forms.get(_display_key(name))
            return self.lone_surname(name) or self._given_name_of_one(name) or self.company_short_form(name) \
                or self.sounds_like_surname(name) or (
                max(sorted(forms, key=len), key=lambda f: forms[f]) if forms else name)
        if role:
            return self._named_before_post(role) or self.role_holder(role) or role
        return None

    def _named_before_post(self, role: str) -> str | None:
        """The person a role opens by surname, as translations from Japanese or Chinese write
        them: "Halvorsen Health Minister", "Brecke CEO", "Wendt Kaspar analyst of Brightwater
        Securities" (family name first). The surname must be one person's in the corpus, and
        the post one they hold there ("Trump adviser" is no Trump)."""
        words = role.split()
        for k in (1, 2):
            if len(words) <= k or not all(_is_cap(w) and w.isalpha() for w in words[:k]):
                break
            post = " ".join(words[k:])
            # (surname, the given name beside it): "Halvorsen", or "Wendt Kaspar" either way round
            for surname, given in [(words[0], None)] if k == 1 else [(words[0], words[1]), (words[1], words[0])]:
                # (of the people by that surname, the one who holds the post)
                people = {p for p in self.by_sound.get(_sound(surname), set())
                          if (given is None or _sound(given) == _sound(p.split()[0]))
                          and any(roles_match(post, held) for held in self.posts_of.get(p, ()))}
                if len(people) == 1:
                    return people.pop()
        return None


def canonical_names(names: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """(article-level name, role) pairs over the corpus -> canonical name per name."""
    pairs = list(names)
    canon = _Canon(pairs)
    out: dict[str, str] = {}
    for name, role in pairs:
        if name:
            out[name] = canon.speaker(name, role) or name
    return out


def assign_canonical(mentions: Sequence[Mention]) -> list[Mention]:
    """Give every mention the corpus-wide canonical ``speaker``.

    Works from ``name`` (resolved inside the article) and ``role`` only, so
    the result depends on the set of mentions, not the order they were
    indexed in. A mention with a role and no name takes the one person who
    holds that role in the corpus, else the role itself.
    """
    canon = _Canon((m.name, m.role) for m in mentions)
    return [replace(m, speaker=canon.speaker(m.name, m.role)) for m in mentions]


def _merge_variants(full: Counter[str], roles_of: dict[str, Counter[str]]) -> dict[str, str]:
    """Map each full name to its canonical spelling.

    Names merge when their surnames are near-identical and first names agree
    (Volodimir/Volodymyr), first names are identical, surnames close and
    roles agree (Lindqvist/Lindquist), or one leaves out the other's only
    middle name (Harry M. Reid/Harry Reid). Canonical: the most frequent spelling.
    """
    names = sorted(full)
    parent = {n: n for n in names}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_initial: dict[str, list[str]] = defaultdict(list)
    for n in names:
        by_initial[_fold(n)[:1]].append(n)
    # (and by the sound of the surname: "Khalid Mansour" / "Chalid Mansur" / "Jalid Mansur")
    by_surname: dict[str, list[str]] = defaultdict(list)
    for n in names:
        if len(n.split()) >= 2:
            by_surname[_sound(_article_joined(n)[-1])].append(n)
        if len(n.split()) == 2:
            by_surname["".join(map(_sound, n.split()))].append(n)  # ("Haile Mariam": Selam Haile-Mariam's surname)
    # (and two words in either order: "Wendt Kaspar" is Kaspar Vendt with the family name first)
    by_words: dict[frozenset[str], list[str]] = defaultdict(list)
    for n in names:
        if len(n.split()) == 2:
            by_words[frozenset(map(_sound, n.split()))].append(n)
    for group in [*by_initial.values(), *(g for g in by_words.values() if len(g) > 1),
                  *(g for g in by_surname.values() if len({_fold(n[:1]) for n in g}) > 1)]:
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if _same_person(a, b, roles_of):
                    parent[find(a)] = find(b)
    # "Harry M. Reid" and "Harry Reid": the middle name is left out, unless two people
    # with different middle names share first name and surname (George H. W. / W. Bush)
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n in names:
        parts = n.split()
        if len(parts) >= 2:
            by_ends[(_fold(parts[0]), _fold(parts[-1]))].append(n)
    for group in by_ends.values():
        if len({n for n in group if len(n.split()) > 2}) == 1:
            for n in group[1:]:
                parent[find(n)] = find(group[0])
    # "Rafael Quintero" and "Rafael Quintero Lobo": a second family name left out, as Spanish and
    # Portuguese names are written short, when one longer name of the corpus goes on from the shorter
    by_start: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n in names:
        parts = n.split()
        if len(parts) == 3 and _fold(parts[0]) in GIVEN_NAME_GENDER and _is_family_name(parts[-1]):
            by_start[(_fold(parts[0]), _fold(parts[1]))].append(n)  # (not "Donald Trump Jr.", his son)
    for n in names:
        parts = n.split()
        longer = by_start.get((_fold(parts[0]), _fold(parts[-1]))) if len(parts) == 2 else None
        if longer is not None and len(longer) == 1:
            parent[find(n)] = find(longer[0])
    clusters: dict[str, list[str]] = defaultdict(list)
    for n in names:
        clusters[find(n)].append(n)
    canonical: dict[str, str] = {}
    for members in clusters.values():
        # the most frequent spelling; of those that differ only by accents, the accented one
        # ("Calderón", not "Calderon")
        same_letters = Counter[str]()
        for n in members:
            same_letters[_unaccented(n)] += full[n]
        best = max(sorted(members), key=lambda n: (same_letters[_unaccented(n)], sum(not c.isascii() for c in n),
                                                   full[n], len(n)))
        for n in members:
            canonical[n] = best
    return canonical


# Words that end the names of events, which have acronyms but do not speak.
_EVENT_NOUNS = frozenset({"convention", "conference", "summit", "festival", "games", "cup", "championship",
                          "championships", "olympics", "election", "elections"})


# Words that end names of bodies and places rather than people.
_ORG_WORDS = frozenset({"states", "nations", "kingdom", "republic", "news", "times", "post", "union",
                        "emirates", "federation", "league", "fund", "bank", "institute", "university", "guard",
                        "watch"})


def is_personal_name(name: str) -> bool:
    """A full personal name: 2-5 capitalised words, no connective, no possessive, no acronym."""
    words = name.split()
    if not 2 <= len(words) <= 5 or "'s" in name.replace("’", "'"):
        return False
    if any(w.lower() in {"and", "of", "the", "for"} for w in words):
        return False
    # bodies with two capitalised words: "European Union", "United States"
    if any(_fold(w) in ORG_NOUNS or _fold(w) in _ORG_WORDS for w in words) or _display_key(name) in _ORG_ALIASES.values():
        return False
    if len(words) == 2 and _fold(words[-1]) in COMPANY_WORDS and _fold(words[0]) not in GIVEN_NAME_GENDER:
        return False  # "Transvalis Freight", a company (but "Michael Steel" is a man)
    if _fold(words[-1]) in INSTITUTIONS:
        return False  # "(St) Aurelia Hospital", though Aurelia is a given name
    if len(words) > 2 and _REGNAL.fullmatch(words[-1]):
        words = words[:-1]  # "Kodzo Agbenyega III", a chief's regnal number
    last = words[-1]
    return _is_cap(last) and not last.isupper() and all(_is_cap(w) or w.lower() in PARTICLES for w in words)


_REGNAL = re.compile(r"I{2,3}|IV|VI{0,3}|IX|X")


# Letters that translations render one sound with: "Khalvorsen" from Russian is Halvorsen,
# "Vendt" is Wendt, "Lindkvist" Lindqvist, "Anzelm" Anselm, "Sim" Siem.
# German writes Arabic kh as "ch" ("Chalid"), French and English "ou" for u ("Mansour"), Slavic
# languages "j" for y ("Dmitrij") and "sz", "sch" or "zh" for sh; "ł" is Polish l. (Never sh as s:
# "Walsh" and "Walz" are two names.)
# Polish writes ch as "cz" ("Marczenko"), Russian writes Czech ř as "rzh" ("Dvorzhak"), Spanish and
# Italian k before e and i as "qu" ("Quintero" / "Kintero"), and Indian names lose their aspirates
# in other spellings ("Raghunathan" / "Ragunatan").
_TRANSLITERATIONS = (("ł", "l"), ("ø", "o"), ("ß", "s"), ("sch", "sh"), ("sz", "sh"), ("rzh", "r"), ("zh", "sh"),
                     ("dzi", "ji"), ("ts", "c"),  # (Czech "Kendži Macuda" for Kenji Matsuda)
                     ("kh", "h"), ("cz", "ch"), ("ch", "h"), ("ck", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"),
                     ("w", "v"), ("qui", "ki"), ("que", "ke"), ("q", "k"), ("c", "k"), ("z", "s"), ("ou", "u"),
                     ("ie", "i"), ("ij", "i"), ("y", "i"), ("ph", "f"))


@lru_cache(maxsize=8192)
def _sound(word: str) -> str:
    """A name word as it sounds, however transliterated: "Khalvorsen" and "Halvorsen" meet,
    and so do "Halid" and "Halit" (a final d is said as t)."""
    word = _fold(word)
    for spelling, sound in _TRANSLITERATIONS:
        word = word.replace(spelling, sound)
    word = re.sub(r"(?<=[aeiou])j", "i", word.replace("-", ""))  # ("Hajle-Mariam", "Hailemariam")
    word = re.sub(r"(.)\1", r"\1", word)  # (and doubled letters: "Brekke", "Breke")
    word = re.sub(r"e[ij]$", "i", word)  # (a final "-ei", "-ey", "-ej": "Sergei", "Sergey", "Serhij")
    return word[:-1] + "t" if word.endswith("d") else word


def _sounds_alike(a: str, b: str) -> bool:
    """Two name words that sound nearly alike: one letter swapped for another ("Jalid" /
    "Halid") or a vowel apart ("Yusuf" / "Youssef"), never a letter put before another
    name ("Ryan" / "Bryan" are two names)."""
    sa, sb = _sound(a), _sound(b)
    if sa == sb:
        return True
    if sa[:1] != sb[:1] and (len(sa) != len(sb) or not {sa[:1], sb[:1]} <= set("hjkgxi")):
        return False  # (only the letters that render kh or y swap first: "Jason" / "Mason" are two names)
    if min(len(sa), len(sb)) >= 5 and sa[0] == sb[0] and _consonants(sa) == _consonants(sb) and len(_consonants(sa)) >= 3:
        return True  # only the vowels differ, as Arabic names are transliterated: "Mariam" / "Meriem"
    return len(sa) >= 4 and abs(len(sa) - len(sb)) <= 1 and SequenceMatcher(None, sa, sb).ratio() >= 0.8
    # ("Patty" / "Patrick": two names)


def _is_family_name(word: str) -> bool:
    """Could ``word`` end a name as a second family name ("Lobo"), not as a suffix ("Jr.",
    "III"), a party ("Democrat") or a given name?"""
    low = _bare(word)
    return _is_cap(word) and not word.endswith(".") and low not in GIVEN_NAME_GENDER and low not in POSTNOMINALS \
        and low not in ROLE_NOUNS and low not in PARTICLES and _REGNAL.fullmatch(word) is None


def _consonants(sound: str) -> str:
    return re.sub(r"[aeiou]", "", sound)


def _unaccented(name: str) -> str:
    return _fold(name).replace("'", "")


def _article_joined(name: str) -> list[str]:
    """The words of a name with the Arabic article joined to the name it precedes, however it
    is written: "Jalid al Mansuri", "Halid El-Mansuri" and "Khalid al-Mansouri" end in one word."""
    words: list[str] = []
    for w in name.split():
        if words and words[-1].lower() in {"al", "el"}:
            words[-1] = "al" + w
        elif re.match(r"(?i)[ae]l-", w):
            words.append("al" + w[3:])
        else:
            words.append(w)
    return words


def _same_person(a: str, b: str, roles_of: dict[str, Counter[str]]) -> bool:
    ta, tb = _article_joined(a), _article_joined(b)
    if len(ta) < 2 or len(tb) < 2:
        return False
    first_a, first_b = _fold(ta[0]), _fold(tb[0])
    last_a, last_b = _fold(ta[-1]), _fold(tb[-1])
    if len(ta) == len(tb) and list(map(_sound, ta)) == list(map(_sound, tb)):
        return True  # one name in two transliterations, whatever their posts are called
    if len(ta) != len(tb) and _sound(ta[0]) == _sound(tb[0]) and _fold(ta[0]) in GIVEN_NAME_GENDER \
            and "".join(map(_sound, ta[1:])) == "".join(map(_sound, tb[1:])):
        return True  # a surname in one word or two: "Halima Benali" is Halima Ben Ali
    if (len(ta) == 2 and "".join(map(_sound, ta)) == _sound(tb[-1])) or (len(tb) == 2 and "".join(map(_sound, tb)) == _sound(ta[-1])):
        return True  # a compound surname written in two words: "Haile Mariam" is Selam Haile-Mariam
    if len(ta) == len(tb) == 2 and list(map(_sound, ta)) == list(map(_sound, tb[::-1])) \
            and (_fold(tb[0]) in GIVEN_NAME_GENDER or _fold(ta[0]) in GIVEN_NAME_GENDER
                 or any(roles_match(x, y) for x in roles_of.get(a, ()) for y in roles_of.get(b, ()))):
        return True  # and with its family name first, as Japanese or Hungarian news writes it: "Wendt Kaspar"
    if first_a == first_b and len(ta) == len(tb) == 2 and {last_a, last_b} & {last_b + "ova", last_a + "ova"}:
        return True  # a Czech translation's feminine form of a foreign surname: "Sabine Hartkopfová"
    if last_a == last_b or _sound(last_a) == _sound(last_b):
        if {GIVEN_NAME_GENDER.get(first_a), GIVEN_NAME_GENDER.get(first_b)} == {"he", "she"}:
            return False  # "Robert Lee" and "Roberta Lee": two people
        return first_a != first_b and (_similar(first_a, first_b) >= 0.75 and first_a[0] == first_b[0]
                                       or _sounds_alike(first_a, first_b))
    if _sound(first_a) == _sound(first_b) and (_similar(last_a, last_b) >= 0.8 and last_a[0] == last_b[0]
                                               or len(_sound(last_a)) == len(_sound(last_b)) >= 6
                                               and _sounds_alike(last_a, last_b)):
        # (spelt apart, said alike, one sound for another: "Kowalczyk" / "Kovalçik", "Hrytsenko" /
        # "Grytsenko"; never a sound more, "Walsh" / "Walz")
        return _posts_agree(a, b, roles_of, unknown=True)
    if _sounds_alike(first_a, first_b) and _sounds_alike(last_a, last_b):
        # both words transliterated apart ("Youssef al-Rachidi" / "Yusuf Al-Rashidi"): one person
        # only when the posts say so
        return _posts_agree(a, b, roles_of, unknown=False)
    return False


def _posts_agree(a: str, b: str, roles_of: dict[str, Counter[str]], unknown: bool) -> bool:
    """Whether two names are given one post somewhere; ``unknown`` when either has none."""
    ra = set(roles_of.get(a, ()))
    rb = set(roles_of.get(b, ()))
    if not ra or not rb:
        return unknown
    return any(roles_match(x, y) or roles_match(y, x) for x in ra for y in rb)
