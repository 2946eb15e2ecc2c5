"""Speaker turns of interview transcripts: words quoted without quote marks.

Interviews and broadcast transcripts print each answer as a paragraph opening
with its speaker's name and a colon ("Renwick: From my grandmother …",
"TAPPER: Do you think …"). Those paragraphs are statements as much as quoted
ones, so each becomes a quotation span; attribution reads the name before the
colon as it reads any "X: “…”" introduction.

A paragraph is a turn only when the article reads as a transcript: at least
three such paragraphs, two speakers or more, one of them speaking twice, and
every label the name of someone the story names in full elsewhere (or in the label
itself, when it starts with a known given name: "ANN LEE, FINANCE MINISTER:"). A list of
section headings ("Sanders: Win in a walk." … "Cruz: Just hang on.", each name
once) or a "Note:" line is not a transcript.

Question-and-answer interviews label turns "Q:" and "A:" instead. The lede
says who asks and who answers ("presenter Ann Lee's interview with Omar
Vesely", "Omar Vesely was interviewed by Ann Lee"; "We spoke to her", the paper
asking whom its paragraph named first); the answers are the interviewee's, the
questions the interviewer's. A question no one is named to ask ("QUESTION:", "Q:"
unless it opens with who asks: "Q: Ann Lee, Radio One. …", or the outlet's own label:
"Ledger: Who is to blame?") is the paper's text or an unknown reporter's, and no
quotation, though what it quotes stays quoted; a court's "Q." is counsel's. A press conference's lede names who answers ("press conference
by Governor Ann Lee"). Without a named interviewee the Q:/A: lines are no transcript.

A paragraph with no label between two turns goes on with the first ("MINISTER LEE: …"
then "The member asks …"); a stage direction in brackets ("[Interruption]") does not.

A broadcast's own labels ("ANCHOR:", "REPORTER:") are the outlet reporting, as an
article's paragraphs are: they count towards reading the article as a transcript, but
their paragraphs are no one's turns, and the labels are blanked before attribution. An
anchor who says who they are ("ANCHOR: Good evening, I'm Ann Lee.") speaks as that person.

French, Spanish and Russian papers print an interview's turns with a dash and no name ("Three
questions to… Ann Lee", then "— Can you …?", "— No, …"): when four such lines or more alternate
questions (each with its "?") and answers, and the line above them names one person in full, the
answers are that person's words and the questions the paper's.
"""

from __future__ import annotations

import re
from collections import Counter

from .cues import COURTESY_TITLES, GIVEN_NAME_GENDER, NICKNAME, ORG_NOUNS, PARTICLES, ROLE_NOUNS, SURNAME_JOINERS
from .quotemarks import QuoteSpan, blanked
from .speakers import full_name_in, parse_mention

# Name particles a label writes small between its capitalised words: "Pablo de Castro Vidal:".
_PARTICLE_WORDS = "|".join(sorted(PARTICLES - SURNAME_JOINERS, key=len, reverse=True))
# A paragraph opening with a speaker's label: one to three capitalised words and
# a colon ("Renwick:", "MS. WRENFIELD:", "THE CHAIR:", a paper's "Farm & Field:"), or "Q:"/"A:", "Q."/"A." or
# initials ("N.H.") as question-and-answer interviews print them; a time code and a
# broadcast's tag may stand before the label ("[00:01:05] [CLIP] ANN LEE:"), who asks after it ("QUESTION (Ann Lee,
# Radio One):"), or the speaker's post in capitals ("ANN LEE, FINANCE MINISTER:", "ANN LEE, CEO, DUNMORE
# FERRIES:").
_TURN = re.compile(
    r"^[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?(?:[\[(](?:[A-Z][A-Za-z-]*[ \t]?){1,3}[\])][ \t]*)?(?:(?P<label>(?:(?:[A-Z][\w’'.-]*|&)[ \t]+(?:(?:"
    + _PARTICLE_WORDS + r")[ \t]+){0,2}){0,2}(?:[A-Z]|[a-z]{1,3}-[A-Z])[\w’'-]+|[QA])"
    r"(?:[ \t]+\((?P<who>[^()\n]{3,80})\)|(?:,[ \t]+[A-Z][A-Z’'.-]*(?:[ \t]+[A-Z][A-Z’'.-]*){0,4}){1,2}"
    r"|,[ \t]+(?P<town>[A-Z][a-z][\w’'-]*(?:[ \t]+[A-Z][a-z][\w’'-]*){0,2}))?:"
    r"|(?P<short>[QA]\.|(?:[A-Z]\.){2,3}))"
    r"[ \t]+(?P<words>\S[^\n]*?)[ \t]*$", re.M)
_MIN_TURNS = 3
# Labels of a voice no one names: "UNIDENTIFIED MALE:", "UNKNOWN SPEAKER:".
_UNIDENTIFIED = ("Unidentified ", "Unknown ", "Unnamed ")
# A broadcast's own voice: "ANCHOR:" and "REPORTER:" turns are the outlet reporting,
# as an article's paragraphs are, so the quotations inside them are read as any others.
_NARRATORS = frozenset({"Anchor", "Reporter", "Correspondent", "Newsreader", "Narrator", "Presenter", "Announcer"})
# Posts a label may name alone, as "THE CHAIR:" does: whoever the story says holds them.
_POSTS = frozenset({"Moderator", "Chair", "Chairman", "Chairwoman", "Chairperson", "Host", "Interviewer", "Operator"})
# Posts that are a call's machinery, not someone the story could name: "OPERATOR:" speaks
# as the transcript labels it (an unnamed chair or host is someone unnamed, so no one).
_FUNCTIONS = frozenset({"Operator"})
# What the holder of a post does, as a lede says it: "Moderated by Ann Lee".
_POST_VERBS = {"moderator": "moderated", "chair": "chaired", "host": "hosted", "interviewer": "interviewed"}
# Other words for a post, as a lede writes it: "HOST:" turns after "Presenter: Ann Lee."
_POST_SYNONYMS = {"host": ("presenter", "anchor")}
# Posts a label names by what holds them: a court transcript's "THE COURT:" is its presiding judge.
_POST_TITLES = {"court": r"presiding[ \t]+judge"}
# Labels of whoever phones in, whom the brackets name: "CALLER (Ann, Dunmore):".
_CALLERS = frozenset({"Caller", "Listener", "Viewer", "Reader", "Guest", "Speaker", "Witness"})
# Questions and answers spelt out: "QUESTION:" asks as "Q:" does.
_SPELT_OUT = {"Question": "Q", "Answer": "A"}
# A nickname between given name and surname: Cordelia “Del” Amsel.
_NICKNAME = rf"(?:[ \t]+{NICKNAME})?"
# Titles a label may carry before the surname: "MS. WRENFIELD:", "SEN. LARK:".
_LABEL_TITLES = frozenset({*COURTESY_TITLES, "sen", "rep", "prof", "gov", "judge", "justice", "senator", "hon"})


def _initials_of(name: str) -> str:
    """The first letter of each word of a name: "Social Housing Weekly" is SHW."""
    return "".join(w[0] for w in name.split())


def _title(word: str) -> str:
    """A word of a label in capitals as a name writes it: "TOR-ARNE" is "Tor-Arne"."""
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-")) if word.isupper() else word


def _label_key(label: str) -> str:
    """One key per speaker however the label is cased: "JAKE TAPPER" is "Jake Tapper",
    "Q." is "Q", "N.H." is "NH"."""
    if re.fullmatch(r"(?:[A-Z]\.)+", label):
        return label.replace(".", "")
    if re.fullmatch(r"[A-Z]{2,3}", label) and label.lower() not in GIVEN_NAME_GENDER and not re.search(r"[aeiouy]", label.lower()):
        return label  # initials: "MZ" is Marek Zawadzki (but "AL" is Al, and "VOS" Piet Vos)
    key = " ".join(_title(w) for w in label.split())
    return _SPELT_OUT.get(key, key)


def _full_name(text: str, label: str, labels_at: set[int], header: str = "",
               labelled: frozenset[str] = frozenset()) -> str | None:
    """The name in full that the story gives the label's person outside the
    labels: "Renwick" is "Tobias Renwick", "JAKE TAPPER" is "Jake Tapper", "MS.
    WRENFIELD" is "Agata Wrenfield", "NH" is the one person named with those
    initials, "The Chair" whoever the story says chairs."""
    words = label.split()
    if words[0].lower() == "the" and len(words) == 2:
        return _post_holder(text, words[1], header, labelled)
    if label in _POSTS:
        return _post_holder(text, label, header, labelled)  # "MODERATOR:" as "THE MODERATOR:"
    if words[-1].lower() in ORG_NOUNS and words[0].lower() != "the":
        return _body(text, words, labels_at)
    if len(words) > 1 and words[0].lower().rstrip(".") in _LABEL_TITLES:
        words = words[1:]
    if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 3:
        held = {m.group() for m in re.finditer(_NAME, text)
                if _initials_of(m.group()) == words[0] and _person(m.group()) == m.group()}
        return held.pop() if len(held) == 1 else None
    if len(words) > 1:
        pattern = r"\b" + r"[ \t]+".join(re.escape(w) for w in words) + r"\b"
    else:
        # (a label capitalises a particle the story writes small: "Al-Mansouri:" for Khalid al-Mansouri)
        surname = re.escape(words[0]) if not re.match(r"[A-Z][a-z]{1,2}-[A-Z]", words[0]) \
            else f"[{words[0][0]}{words[0][0].lower()}]{re.escape(words[0][1:])}"
        pattern = r"\b(?![A-Z][a-z]*[’'](?:m|s|re|ve|ll|d)\b)[A-Z][\w’'-]+(?:[ \t]+[A-Z]\.)?" + _NICKNAME + r"[ \t]+" + surname + r"\b"
    # (a heading in capitals names them too: "BRIEFING BY THE SPOKESPERSON, ANN LEE")
    capitals = "\n".join(" ".join(map(_title, line.split())) for line in header.splitlines() if line.isupper())
    for source in (text, capitals):
        for m in re.finditer(pattern, source):
            found = re.sub(_NICKNAME, "", m.group())
            if len(words) == 1 and (second := re.match(r"[ \t]+[A-Z][\w’'-]+\b", source[m.end():])) \
                    and _person(found + second.group()) == found + " " + second.group().strip():
                found += " " + second.group().strip()  # "REDONDO:" is "Ignacio Redondo Baeza", a second surname after his
            if len(words) == 1 and (first := re.search(r"\w[ \t]+([A-Z][\w’'-]*\w)[ \t]+$", source[max(0, m.start() - 60):m.start()])) \
                    and _person(f"{first.group(1)} {found}") == f"{first.group(1)} {found}":
                found = f"{first.group(1)} {found}"  # "SODHI:" is "Harleen Kaur Sodhi", two given names before (mid-sentence)
            if (source is capitals or m.start() not in labels_at) and (
                    (len(words) > 1 and words[0].lower() not in ROLE_NOUNS) or _person(found) is not None):
                return found  # (not "Commissioner Wrenfield" nor "Minister Brenn": a post, then the surname)
    if len(words) == 1 and (given := _by_given_name(text, words[0])) != words[0]:
        return given  # "MARA:" is the one Mara named in full ("Hosts: Mara Quist and …")
    ref = parse_mention(" ".join(words)) if len(words) > 1 else None
    if ref is not None and ref.kind == "person" and ref.role and ref.name and " " not in ref.name:
        return _full_name(text, ref.name, labels_at)  # "MINISTER BREVANT": a post, then the surname
    if len(words) > 1 and words[0].lower() in GIVEN_NAME_GENDER and _person(" ".join(words)) == " ".join(words):
        return " ".join(words)  # "TOMAS BRENN, FINANCE MINISTER:" names him in full itself
    return None


# A label of initials as a printed interview marks its sides: "ICV:", "YS:", "HvdB:" (a
# particle's small letter kept).
_INITIALS = re.compile(r"[A-Z](?:[a-z]{1,3}[A-Z]|[A-Z]){1,3}")


def _by_initials(text: str, label: str) -> str | None:
    """The one person the story names in full whose initials the label is ("ICV" is Ines
    Carla Varga, "HvdB" Helga van den Broek, "TVR" Tomás de la Vega Ruiz): asked only when
    the label names no one otherwise, as "AL" may be Al and "VOS" Piet Vos."""
    letters = [rf"{c}[\w’']*" if c.isupper() else rf"{c}[a-z]*" for c in label]
    # (particles the initials leave out: "TVR" is Tomás de la Vega Ruiz; each half of a
    # double-barrelled name has its own: "JAR" is John Ashby-Reed)
    gap = rf"(?:[ \t]+(?:(?:{_PARTICLE_WORDS})[ \t]+)*|-)"
    # (a second surname the initials leave out: "PdC" is Pablo de Castro Vidal)
    pattern = r"(?<![\w’'-])" + gap.join(letters) + r"(?:[ \t]+[A-Z][\w’'-]+)?(?![\w’'-]|[ \t]+[A-Z])"
    held = {m.group() for m in re.finditer(pattern, text) if _person(m.group()) == m.group()}
    return held.pop() if len(held) == 1 else None


def _body(text: str, words: list[str], labels_at: set[int]) -> str:
    """The body a label names as the story names it: "PRESS OFFICE:" is "the Dunmore police
    press office"; a body's voice speaks as it stands when the story names it no further."""
    pattern = r"\b[Tt]he[ \t]+((?:[A-Z][\w’'-]*[ \t]+)(?:[\w’'-]+[ \t]+){0,3}?" \
        + r"[ \t]+".join(f"(?i:{re.escape(w)})" for w in words) + r")\b"
    return next((m.group(1) for m in re.finditer(pattern, text) if m.start(1) not in labels_at),
                " ".join(words))


def _post_holder(text: str, post: str, header: str = "", labelled: frozenset[str] = frozenset()) -> str | None:
    """Who the story says holds the post a label names: "Tomas Eberlin (Chair)",
    "Chairwoman Ann Lee", "Ann Lee, the committee's chair", "The Speaker (Hon. Ann Lee)",
    "moderated by the firm's press officer, Ann Lee", a header line "Chair: Ann Lee MP.";
    a programme's host as the lines before the turns name them ("The Morning Line with Ann
    Lee"), unless that is someone whose surname labels turns of their own (a guest)."""
    others = _POST_SYNONYMS.get(post.lower(), ())
    word = rf"(?i:{'|'.join([_POST_TITLES.get(post.lower(), re.escape(post)), *others])})(?:man|woman|person)?\b"
    does = _POST_VERBS.get(re.sub(r"(?:wo)?man$|person$", "", post.lower()), "")
    for pattern in (rf"({_NAME})[ \t]*\((?:[^)\n]*?[ \t])?{word}[^)\n]*\)", rf"\b{word}[ \t]+({_NAME})",
                    rf"({_NAME}),[ \t]+(?:the[ \t]+)?(?:[\w’'-]+[ \t]+){{0,3}}?{word}",
                    rf"\b{word},[ \t]+({_NAME})",
                    rf"\b{word}[ \t]*\(((?:[A-Z][a-z]{{1,4}}\.?[ \t]+)?{_NAME})\)",
                    *([rf"\b(?i:{does})[ \t]+by[ \t]+(?:[^,.\n]{{1,60}},[ \t]+)?({_NAME})"] if does else [])):
        for m in re.finditer(pattern, text):
            name = _person(m.group(1))
            if name is not None:
                return name
    # a line before the turns, in title case: "Chair: Ann Lee MP.", "Moderator: Ann Lee, press office."
    titled = "|".join(re.escape(w[:1].upper() + w[1:].lower()) for w in (post, *others))
    header_line = rf"(?m)(?:^|[.;][ \t]+)(?:{titled}):[ \t]+((?:[A-Z][a-z]{{1,4}}\.?[ \t]+)?{_NAME})"
    for m in re.finditer(header_line + r"(?=[ \t]*[.;,]|[ \t]*$)", header):
        name = _person(m.group(1))
        if name is not None:
            return name
    if does == "hosted":
        return next((name for m in re.finditer(rf"\bwith[ \t]+({_NAME})", header)
                     if (name := _person(m.group(1))) and name.split()[-1].lower() not in labelled), None)
    return None


# The lede of a question-and-answer interview: who asks ("presenter Ann Lee's
# interview with …", "… was interviewed by Ann Lee") and who answers.
_NAME = r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+"
_NAMES = re.compile(_NAME)
# (an outlet's journalist by the outlet's name: "… spoke to Radio One's Ann Lee"; a witness
# examined in court: "The witness is Omar Vesely", "the cross-examination of Omar Vesely")
_OUTLETS = r"(?:[A-Z][\w&-]*[ \t]+){0,2}[A-Z][\w&-]*[’']s[ \t]+"
_SPOKE_TO = r"[ \t]+(?:spoke|talked|speaks|talks)[ \t]+(?:to|with)[ \t]+"
# (the interviewee by a pronoun, the one met by name: "She spoke to Ann Lee.")
_THEY_SPOKE_TO = rf"\b(?:[Ss]he|[Hh]e){_SPOKE_TO}"
_INTERVIEWER = re.compile(
    rf"(?:\b(?:presenter|host|anchor|interviewer|moderator|correspondent|reporter|editor|journalist)[ \t]+|"
    rf"\b(?:[Ii]nterview(?:ed)?|[Qq]uestions)[ \t]+by[ \t]+|{_SPOKE_TO}{_OUTLETS}|{_THEY_SPOKE_TO})({_NAME})|({_NAME})[’']s[ \t]+(?:interview|conversation)\b"
    rf"|({_NAME})[ \t]+(?:asked|questioned)[ \t]+(?:him|her|them)\b")  # ("Ann Lee asked him how …")
_INTERVIEWEE = re.compile(
    rf"\b(?:interview|conversation|talks?|spoke|speaks|(?i:press|news)[ \t]+(?i:conference|briefing))[ \t]+(?:with|to|by)[ \t]+"
    rf"(?:(?:the[ \t]+)?[a-z][\w-]*[ \t]+){{0,4}}"
    rf"(?:[A-Z][\w-]*[ \t]+){{0,3}}?({_NAME})|({_NAME})(?:,[^,\n]{{1,80}},)?[ \t]+was[ \t]+interviewed\b"
    rf"|({_NAME})(?:,[^,\n]{{1,80}})?,?{_SPOKE_TO}{_OUTLETS}"
    rf"|\b(?:[Tt]he[ \t]+witness[ \t]+is|(?:[Cc]ross-|[Dd]irect[ \t]+|[Rr]e-)?[Ee]xamination[ \t]+of)[ \t]+({_NAME})"
    rf"|^(?:Q[ \t]*&[ \t]*A|Interview)[ \t]*[:|–—][ \t]*({_NAME})")  # (a headline: "Q&A: Ann Lee on the deposits")


def _interview_sides(lede: str) -> tuple[str | None, str | None]:
    """Who asks and who answers the Q:/A: turns, as the lede before them names them."""
    asks = next((name for m in _INTERVIEWER.finditer(lede)  # (not the outlet before its journalist: "Radio One's Ann Lee")
                 if (name := _person(re.sub(r"[’']s$|^[^ \t]+[’']s[ \t]+", "", next(g for g in m.groups() if g))))), None)
    answers = next((name for m in _INTERVIEWEE.finditer(lede)
                    if (name := _person(next(g for g in m.groups() if g))) and name != asks), None)
    if asks is None:  # "Ida Lund (IL) spoke to the institute's chief executive, Tomás de la Vega Ruiz (TVR)"
        for m in _SPOKE_TO_NAMED.finditer(lede):
            asker, other = _person(m.group(1)), _person(m.group(2))
            if asker and other and asker != other and other == (answers or other):
                asks = asker
                break
    met = _MET_THEM.search(lede) if answers is None and asks is not None else None
    if met is None and answers is None and asks is None:
        met = _WE_MET.search(lede)  # the paper itself asks: "We spoke to her by video call on Tuesday."
    if met is not None:
        # "Reporter Ann Lee met him at home": whom the paragraph named first, whom "him" stands for
        # (not an outlet's name before its reporter: "Radio One's reporter Ann Lee")
        paragraph = lede.rfind("\n\n", 0, met.start()) + 1
        answers = next((name for m in _NAMES.finditer(lede, paragraph, met.start())
                        if lede[m.end():m.end() + 2] not in {"'s", "’s"} and (name := _person(m.group())) and name != asks), None)
    return asks, answers


# The interviewer, by name, speaking to the interviewee, by name (not "Ann Lee spoke to reporters"):
# "Ida Lund (IL) spoke to the institute's chief executive, Tomás de la Vega Ruiz (TVR)".
_SPOKE_TO_NAMED = re.compile(rf"({_NAME})(?:[ \t]+\([A-Z][A-Za-z]{{1,4}}\))?{_SPOKE_TO}(?![A-Z][\w&-]*[’']s[ \t])"
                             rf"[^.\n]{{0,60}}?\b({_NAME})")
# The interviewer meeting the interviewee the lede has just named: "… met him at home", "She
# spoke to Ann Lee."
_MET_THEM = re.compile(rf"\b(?:met|interviewed|visited|(?:spoke|talked)[ \t]+(?:to|with))[ \t]+(?:him|her)\b|{_THEY_SPOKE_TO}(?={_NAME})")
# The paper as the interviewer, meeting whom its paragraph has just named: "We spoke to her at her office."
_WE_MET = re.compile(r"\b(?:We|we|I)[ \t]+(?:met|interviewed|visited|(?:spoke|talked)[ \t]+(?:to|with))[ \t]+(?:him|her)\b")


_person = full_name_in  # the person's name in a phrase of the lede: "Senator Ann Lee" is Ann Lee


_LINE = re.compile(r"^[ \t]*(?P<words>\S[^\n]*?)[ \t]*$", re.M)
# Words only a speaker writes (an editor's closing note has none), and quote marks, which a
# report after the transcript has.
_SPOKEN = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|us|me)\b")
_QUOTE_MARK = re.compile(r"[\"“”„«»「」]")


def _continued(text: str, found: list[tuple[str, int, int, int]],
               askers: dict[int, str | None]) -> list[tuple[str, int, int, int]]:
    """Paragraphs with no label between two turns: the earlier turn's speaker going on
    ("MINISTER LEE: Madam Speaker, …" then a paragraph "The member asks …"). A stage
    direction in brackets ("[Interruption]") is no one's. Each continuation is labelled as
    the turn it continues, and asked by whoever asked that turn."""
    more = []
    for (label, _, start, end), (_, next_at, _, _) in zip(found, found[1:]):
        for m in _LINE.finditer(text, end, next_at):
            if not m.group("words").startswith(("[", "(")) and not _TURN.match(m.group()):
                more.append((label, m.start(), m.start("words"), m.end("words")))
                if start in askers:
                    askers[m.start("words")] = askers[start]
    if found:  # the article's last paragraphs, still spoken: "Last thing. … Thank you."
        label, _, start, end = found[-1]
        for m in _LINE.finditer(text, end):
            if not _SPOKEN.search(m.group("words")) or _QUOTE_MARK.search(m.group("words")) or _TURN.match(m.group()):
                break
            more.append((label, m.start(), m.start("words"), m.end("words")))
            if start in askers:
                askers[m.start("words")] = askers[start]
    return more


def _bracketed(text: str, who: str, label: str) -> str | None:
    """Who a label's brackets name: "Ann Lee, Radio One" is Ann Lee; "Ann, Dunmore" the one
    Ann the story names in full ("Ann Lee is calling from Dunmore"), else "Ann", as a story's
    "said Ann" is. A place alone names no one ("CALLER (Dunmore):"), unless the label is the
    given name itself ("ANN (Dunmore):")."""
    first, _, rest = who.partition(",")
    first = first.strip()
    if _label_key(label) == "Q" and re.fullmatch(r"[A-Z]{2,6}", first) and not rest.strip():
        return first  # "QUESTION (VTV):": a reporter the page names by the outlet's initials
    if _label_key(label) == "Q" and re.fullmatch(r"[A-Z][a-z]{2,}", first) and not rest.strip():
        return _by_given_name(text, first)  # "Q (Nordpress):" an outlet's reporter, "Q (Ann):" the one Ann named in full
    if first.isupper():  # "A (DEPUTY GOVERNOR VOS):" is the one Vos the story names in full
        return _person(_label_key(first)) or _full_name(text, _label_key(first), set())
    name = _person(first)
    outlet = parse_mention(first) if name is None and not rest.strip() else None
    if outlet is not None and outlet.kind == "org" and outlet.name and " " in outlet.name:
        return outlet.name  # "Q (Harbour Broadcasting Corporation):": a reporter the page names by outlet
    given = _label_key(label)
    if name is None and not rest.strip() and re.fullmatch(r"[A-Z][a-z’'-]+", given) and given not in _POSTS \
            and given not in _NARRATORS and given not in _SPELT_OUT and given not in _CALLERS:
        return _by_given_name(text, given)
    if name is not None or not re.fullmatch(r"[A-Z][a-z’'-]+", first) \
            or not (rest.strip() or first.lower() in GIVEN_NAME_GENDER):
        return name
    return _by_given_name(text, first)


def _from_town(text: str, label: str) -> str:
    """Who a caller's label names before the town ("SANNE, Kestenholm:"): the one Sanne the
    story names in full, else "Sanne"; a name in full as it stands ("ANN LEE, Dunmore:")."""
    key = _label_key(label)
    return _by_given_name(text, key) if " " not in key else key


def _by_given_name(text: str, given: str) -> str:
    """The one person the story names in full with this given name, else the given name."""
    full = {found for m in re.finditer(rf"\b{given}(?:[ \t]+[A-Z][\w’'-]+){{1,2}}", text) if (found := _person(m.group())) == m.group()}
    full = {name for name in full if not any(other != name and other.startswith(name + " ") for other in full)}
    return full.pop() if len(full) == 1 else given  # (a family name first, then two: "Nguyen" is Nguyen Thi Lan)


_NAMES_A_HOLDER = re.compile(rf"(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?[ \t]+)?{_NAME}(?:[.;]|[ \t]*$)")
_FOLLOW_UP = re.compile(r"(?:(?:A|Just[ \t]+a|One|And[ \t]+a)[ \t]+)?(?:quick[ \t]+)?follow[- ]?up\b", re.I)
_ASKER_FIRST = re.compile(rf"({_NAME}),[ \t]+[^.?!\n]{{2,60}}\.[ \t]")
_I_AM = re.compile(rf"\bI(?:'m|’m|[ \t]+am)[ \t]+({_NAME})[.,!]")
# Who a line's own words say speaks it: "SURFACE: This is Redondo. I am commanding …".
_THIS_IS = re.compile(r"\b(?:This[ \t]+is|[Mm]y[ \t]+name[ \t]+is|I(?:'m|’m|[ \t]+am))[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)*)[.,!]")
_NARRATOR_LABEL = re.compile(r"^[ \t]*(?:" + "|".join(sorted(_NARRATORS)) + r"):", re.M | re.I)


def _examiners(found: list[tuple[str, int, int, int]], names: dict[str, str | None]) -> dict[int, str | None]:
    """Who asks each "Q." of a court transcript: the counsel whose turn comes just before
    the questions ("MR. VOS: Thank you, Your Honour." then "Q. …"), until another counsel's
    turn does; the court ruling on an objection between questions asks nothing."""
    examiner: str | None = None
    asked: dict[int, str | None] = {}
    for (label, _, _, _), (after, _, start, _) in zip(found, found[1:]):
        if after == "Q." and label.split()[0].lower().rstrip(".") in COURTESY_TITLES:
            examiner = names.get(_label_key(label))
        if after == "Q." and examiner is not None:
            asked[start] = examiner
    return asked


def without_narrators(text: str) -> str:
    """``text`` with the broadcast's own labels ("ANCHOR:", "REPORTER:") blanked, offsets
    kept: the sentence after one is read as any paragraph's, its subject no label."""
    return blanked(_NARRATOR_LABEL, text)


# A turn of a dash-printed interview (see the module's docstring): "— Can you …?", "— No, …".
_DASH_TURN = re.compile(r"^[ \t]*[—–][ \t]*(?P<words>\S[^\n]*?)[ \t]*$", re.M)
_MIN_DASH_TURNS = 4


def _dash_turns(text: str) -> list[tuple[int, int, str]]:
    """The answers of dash-printed interviews: (start, end, who answers)."""
    runs: list[list[re.Match[str]]] = []
    for m in _DASH_TURN.finditer(text):
        if runs and not text[runs[-1][-1].end():m.start()].strip():
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    for run in runs:
        questions, answers = run[0::2], run[1::2]
        if len(run) < _MIN_DASH_TURNS or not all("?" in q.group("words") for q in questions) \
                or any(a.group("words").endswith("?") for a in answers):
            continue
        before = text[:run[0].start()].rstrip()
        intro = before[before.rfind("\n") + 1:]
        named = {name for m in _NAMES.finditer(intro) if (name := full_name_in(m.group())) is not None}
        if len(named) == 1:
            who = named.pop()
            out += [(a.start("words"), a.end("words"), who) for a in answers]
    return out


Turns = tuple[list[QuoteSpan], dict[int, tuple[str, str | None]], dict[int, int]]


def with_turns(text: str, spans: list[QuoteSpan]) -> Turns:
    """``spans`` with the turns of transcripts and of dash-printed interviews, who speaks
    each turn, and where the paper's own questions stand (see ``_labelled_turns``)."""
    spans, speakers, asked = _labelled_turns(text, spans)
    dashed = [(a, b, who) for a, b, who in _dash_turns(text) if a not in speakers]
    if not dashed:
        return spans, speakers, asked
    kept = [s for s in spans if not any(a <= s.start and s.end <= b for a, b, _ in dashed)]
    return sorted(kept + [QuoteSpan(a, b, -1, -1) for a, b, _ in dashed], key=lambda s: s.start), \
        {**speakers, **{a: (who, who) for a, _, who in dashed}}, asked


def _labelled_turns(text: str, spans: list[QuoteSpan]) -> Turns:
    """``spans`` and the transcript turns of ``text``, in text order, and who speaks
    each turn (its start → its label as written and the speaker's full name, None for
    a questioner or post the story does not name). A quotation inside a turn gives
    way to the turn, which holds its words; a turn that is itself one quotation in
    marks ("Lee: “…”") keeps the marks' span. The questions of the interviewer the lede
    names ("Interview by Ann Lee") are the paper's own text, no statement, as an unsigned
    "Q:" is: what they quote is read as any quotation, and where they stand (start → end)
    is returned, for "You said “…”" in them to be the answerer's."""
    # (a header line naming a post's holder is no turn: "Host: Ann Lee. Guest: …")
    # (a caller's town after the name in capitals, "SANNE, Kestenholm:", says who speaks as brackets do)
    headline_end = text.find("\n") if text.count("\n") > 1 else -1
    matches = [m for m in _TURN.finditer(text)
               if not (m.start() < headline_end and m.group("words")[:1] in "„“\"«»‘‚'「")
               # (a headline "Ann Lee: “…”" is no turn of the interview under it)
               and not (_label_key(m.group("label") or "") in _POSTS and _NAMES_A_HOLDER.match(m.group("words")))
               and not (m.group("town") and not (m.group("label") or "").isupper())]
    found = [(m.group("label") or m.group("short"), m.start(), m.start("words"), m.end("words")) for m in matches]
    counts = Counter(_label_key(label) for label, _, _, _ in found)
    if len(found) < _MIN_TURNS or len(counts) < 2 or max(counts.values()) < 2:
        return spans, {}, {}  # (cheap test first: most articles have no turns)
    # who the label's brackets name ("QUESTION (Ann Lee, Radio One):") speaks that turn
    askers = {m.start("words"): _bracketed(text, m.group("who"), m.group("label") or "") for m in matches if m.group("who")}
    askers |= {m.start("words"): _from_town(text, m.group("label")) for m in matches if m.group("town")}
    # a question whose words open with who asks: "Q: Ann Lee, Radio One. Governor, …"
    askers |= {m.start("words"): asker for m in matches if (m.group("label") or m.group("short") or "")[:1] == "Q"
               and (named := _ASKER_FIRST.match(m.group("words"))) and (asker := _person(named.group(1)))}
    last, named_last = None, False
    for m in matches:  # "Q: A follow-up, if I may." is asked by whoever asked the question before,
        # as is a bare "Q:" after "QUESTION (Ann Lee, Radio One):" or "QUESTION (Radio One):" (the label
        # that names each new asker, by name or by outlet)
        label = m.group("label") or m.group("short") or ""
        if label[:1] == "Q" and _label_key(m.group("label") or "Q") == "Q":
            if m.start("words") not in askers and (_FOLLOW_UP.match(m.group("words")) or (named_last and label == "Q")):
                askers[m.start("words")] = last
            last = askers.get(m.start("words"))
            named_last = (m.group("who") is not None or (named_last and label == "Q")) and last is not None
    bracketed = {_label_key(m.group("label")) for m in matches if m.group("who") or m.group("town")}
    labels_at = {at for _, at, _, _ in found}
    # (the lines before the first label that speaks twice: "Transcript: …" heading them is no turn)
    header = text[:next((at for label, at, _, _ in found if counts[_label_key(label)] > 1), found[0][1])]
    labelled = frozenset(label.split()[-1].lower() for label in counts)
    names = {label: _full_name(text, label, labels_at, header, labelled) for label in counts
             if label not in {"Q", "A"} and label not in _NARRATORS}
    for label in names:  # a post that speaks in turns: "FOREMAN:" is "the shift foreman, Ann Lee"
        if names[label] is None and counts[label] > 1 and label.lower() in ROLE_NOUNS:
            names[label] = _post_holder(text, label, header, labelled)
    for label, _, _, _ in found:  # initials that name no one otherwise: "ICV:" is Ines Carla Varga
        if names.get(_label_key(label), "") is None and _INITIALS.fullmatch(label):
            names[_label_key(label)] = _by_initials(text, label)
    for label, _, start, end in found:  # a call's side that says who it is: "SURFACE: This is Redondo."
        key = _label_key(label)
        if names.get(key, "") is None and (said := _THIS_IS.search(text, start, end)) is not None:
            names[key] = _person(said.group(1)) if " " in said.group(1) else _full_name(text, said.group(1), labels_at)
    # a label nobody in the story bears ("Note:", "Update:", a place) is no transcript's, but
    # a header line or two may stand before the turns ("Transcript: …", "Witnesses: …");
    # a post's holder ("THE CHAIR:", "MODERATOR:") may go unnamed, as may a label that says
    # in brackets who speaks ("CALLER (Ann, Dunmore):", a given name alone: no one named) and
    # a voice the broadcast cannot name ("UNIDENTIFIED FEMALE:")
    # initials of what is no person, as the outlet asks in a printed interview: "PB:" for the
    # magazine "Przegląd Biegowy" (a questioner the story does not name)
    outlets = {label for label, name in names.items() if name is None and re.fullmatch(r"[A-Z]{2,3}", label)
               and any(label in {_initials_of(m.group()), _initials_of(m.group().removeprefix("The "))}
                       and _person(m.group()) is None for m in re.finditer(_NAME, text))}  # ("TC:" or "TTC:" for "The Tolm Courier")
    # or the label the lede says marks the questions: "Questions are marked HX, answers IV."
    outlets |= {label for label, name in names.items() if name is None and re.search(
        rf"\b[Qq]uestions[ \t]+(?:are[ \t]+)?(?:marked|labell?ed|signed)[ \t]+(?:as[ \t]+)?{re.escape(label)}\b", header)}
    # or a word of the outlet's name, as the header prints it: "Ledger:" under "THE MARZELL LEDGER" or
    # "The Morning Ledger | Interview by …"
    outlets |= {label for label, name in names.items() if name is None and " " not in label and label not in _POSTS
                and re.search(rf"^(?:[^\n|]*\|)?[ \t]*(?:[A-Z][\w’'&-]*[ \t]+){{0,3}}(?i:{re.escape(label)})[ \t]*(?:\|[^\n]*)?$",
                              header, re.M)}  # (or "Interview by Ann Lee | The Korvista Courier | Thursday")
    nameless = {label for label, name in names.items()
                if name is None and not label.startswith(("The ", *_UNIDENTIFIED)) and label not in _POSTS | bracketed | outlets}
    if any(counts[label] > 1 for label in nameless):
        return spans, {}, {}
    found = [turn for turn in found if _label_key(turn[0]) not in nameless]
    counts = Counter(_label_key(label) for label, _, _, _ in found)
    if len(found) < _MIN_TURNS or len(counts) < 2 or max(counts.values()) < 2:
        return spans, {}, {}
    names["Q"], names["A"] = _interview_sides(text[:found[0][1]])
    if "A" in counts and names["A"] is None:
        return spans, {}, {}  # answers, but nobody named to give them
    if names["Q"] is None:
        askers |= _examiners(found, names)
    turns: list[QuoteSpan] = []
    speakers: dict[int, tuple[str, str | None]] = {}
    asked: dict[int, int] = {}
    # an anchor who says who they are speaks for themselves: "ANCHOR: Good evening. I'm Ann Lee."
    names |= {key: name for label, _, start, end in found if (key := _label_key(label)) in _NARRATORS
              for m in _I_AM.finditer(text, start, end) if (name := _person(m.group(1)))}
    for label, _, start, end in found + _continued(text, found, askers):
        if _label_key(label) in _NARRATORS and names.get(_label_key(label)) is None:
            continue
        inside = [s for s in spans if s.start >= start and s.end <= end]
        if sum(s.end - s.start for s in inside) >= 0.8 * (end - start):
            continue  # "Lee: “…”": the marks already hold the turn
        asker = askers.get(start)
        key = _label_key(label)
        held = key if key in _FUNCTIONS and names[key] is None else names[key]
        if key == "Q" and label != "Q." and held is None and not asker:
            asked[start] = end  # an unsigned "Q:" is the paper's own text, no statement (a court's "Q." is
            continue  # counsel's)
        if (label in outlets or (held is not None and _initials_of(held) in outlets)) and not asker:
            asked[start] = end  # as are the turns the outlet's own label opens ("Ledger:", "SHW:" after
            continue  # "Social Housing Weekly:")
        if held is not None and held == names["Q"] and label != "Q." and not asker \
                and key not in _POSTS and not key.startswith("The "):
            asked[start] = end  # nor are the questions of the interviewer the lede names (a "HOST:"
            continue  # speaks as the programme's host, whom the lede may call its anchor)
        turns.append(QuoteSpan(start, end, -1, -1))
        speakers[start] = (asker, asker) if asker else (label, held)
    if not turns:
        return spans, {}, {}
    kept = [s for s in spans if not any(t.start <= s.start and s.end <= t.end for t in turns)]
    return sorted(kept + turns, key=lambda s: s.start), speakers, asked
