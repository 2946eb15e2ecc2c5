"""Tests for quotesearch.index: search semantics, bad input, locking, crashes."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from quotesearch import index as index_module
from quotesearch.index import (
    AmbiguousId,
    IndexLocked,
    IndexMissing,
    QuerySyntaxError,
    QuoteIndex,
    QuoteIndexError,
)
from quotesearch.records import Mention, SearchResult, SpeakerSummary, Statement

REPO_ROOT = Path(__file__).resolve().parent.parent


def mention(
    sid: str, source: str, start: int, text: str, speaker: str | None, **kw: Any
) -> Mention:
    """A mention with every field filled in unless given."""
    fields: dict[str, Any] = dict(
        source=source,
        start=start,
        end=start + len(text),
        text=text,
        speaker=speaker,
        name=speaker,
        mention=speaker,
        role=None,
        cue="said",
        context=f"Context around {text}.",
        title=f"Title of {source}",
        url=None,
        date=None,
        outlet=None,
        statement=sid,
    )
    fields.update(kw)
    return Mention(**fields)


DOE = Statement(
    "s1a2b3c4d5e",
    "John Doe",
    "We will not be intimidated by this hysteria",
    (
        mention(
            "s1a2b3c4d5e",
            "planet.txt",
            120,
            "We will not be intimidated by this hysteria",
            "John Doe",
            mention="ministry spokesman John Doe",
            role="ministry spokesman",
            url="https://www.dailyplanet.example/world/2022/doe-hysteria",
            date="2022-02-20",
            outlet="The Daily Planet",
        ),
        mention(
            "s1a2b3c4d5e",
            "wire.jsonl#7",
            40,
            "we refuse to be intimidated by such hysteria",
            "John Doe",
            name="Doe",
            mention="he",
            url="http://news.wire.example/item?id=7",
            date="2022-02-24",
            outlet="Wire Service",
        ),
    ),
)
ROE = Statement(
    "s1a2ffff000",
    "Jane Roe",
    "hysteria",
    (
        mention(
            "s1a2ffff000",
            "bugle.html",
            10,
            "hysteria",
            "Jane Roe",
            date="2022-03-01",
            outlet="Bugle",
        ),
    ),
)
MINISTRY = Statement(
    "s9000000001",
    "the Ministry",
    "Peace talks are over",
    (
        mention(
            "s9000000001",
            "bugle.html",
            300,
            "Peace talks are over",
            "the Ministry",
            date="2022-03-15T08:00:00+00:00",  # only the day counts
        ),
    ),
)
NOBODY = Statement(
    "s7000000001",
    None,
    "war",
    (
        mention("s7000000001", "anon1.txt", 5, "war", None),
        mention("s7000000001", "anon2.txt", 9, "peace", None),
    ),
)
ALL = (DOE, ROE, MINISTRY, NOBODY)


@pytest.fixture
def ix(tmp_path: Path) -> QuoteIndex:
    """An index of the four statements above."""
    index = QuoteIndex(tmp_path / "ix")
    index.update(ALL)
    return index


def ids(result: SearchResult) -> list[str]:
    """Statement ids of a result, in result order."""
    return [s.id for s in result.statements]


# --------------------------------------------------------------------------- text queries

TEXT_CASES = [
    # query, expected ids (any order)
    ("hysteria", {DOE.id, ROE.id}),
    ('"hysteria"', {DOE.id, ROE.id}),
    ("HYSTERIA", {DOE.id, ROE.id}),
    ('"intimidated by this hysteria"', {DOE.id}),
    ('"refuse to be intimidated"', {DOE.id}),  # second wording is searchable
    ('"intimidated by hysteria"', set()),  # not a phrase in any wording
    ('"hysteria we refuse"', set()),  # never across two wordings
    ('"war peace"', set()),
    ('"war peace"~5', set()),  # the gap between wordings is wider than that
    ("war AND peace", {NOBODY.id}),
    ("war peace", {NOBODY.id}),  # implicit AND
    ("war OR talks", {NOBODY.id, MINISTRY.id}),
    ("hysteria NOT intimidated", {ROE.id}),
    ("NOT hysteria", {MINISTRY.id, NOBODY.id}),
    ('"will not be"', {DOE.id}),  # no stop words: "not" matters
    ("intimidate", {DOE.id}),  # stemmed
    ("talk", {MINISTRY.id}),
    ("hyst*", {DOE.id, ROE.id}),
    ("hyst?ria", {DOE.id, ROE.id}),
    ("speaker:roe", {ROE.id}),
    ("source:bugle", {ROE.id, MINISTRY.id}),
    ("elephant", set()),
    ("id:s1a2b3c4d5e", set()),  # not a searchable field: plain words
]


@pytest.mark.parametrize(("text", "expected"), TEXT_CASES)
def test_text_query(ix: QuoteIndex, text: str, expected: set[str]) -> None:
    result = ix.search(text)
    assert set(ids(result)) == expected
    assert result.total == len(expected)


def test_hits_are_whole_statements(ix: QuoteIndex) -> None:
    result = ix.search('"intimidated by this hysteria"')
    assert result.statements == (DOE,)


def test_better_match_ranks_first(ix: QuoteIndex) -> None:
    assert ids(ix.search("hysteria OR intimidated"))[0] == DOE.id


# --------------------------------------------------------------------------- filters

FILTER_CASES = [
    # keyword arguments, expected ids
    (dict(speaker="doe"), {DOE.id}),
    (dict(speaker="Doe"), {DOE.id}),
    (dict(speaker="John Doe"), {DOE.id}),
    (dict(speaker="JOHN DOE"), {DOE.id}),
    (dict(speaker="doe john"), {DOE.id}),
    (dict(speaker="john"), {DOE.id}),
    (dict(speaker="ministry"), {MINISTRY.id}),
    (dict(speaker="the Ministry"), {MINISTRY.id}),
    (dict(speaker="John Roe"), set()),  # both words must match one speaker
    (dict(source="planet.txt"), {DOE.id}),
    (dict(source="wire.jsonl"), {DOE.id}),  # a JSON Lines file by name
    (dict(source="wire.jsonl#7"), {DOE.id}),
    (dict(source="bugle.html"), {ROE.id, MINISTRY.id}),
    (dict(source="The Daily Planet"), {DOE.id}),
    (dict(source="daily planet"), {DOE.id}),
    (dict(source="wire service"), {DOE.id}),
    (dict(source="https://www.dailyplanet.example/world/2022/doe-hysteria"), {DOE.id}),
    (dict(source="www.dailyplanet.example"), {DOE.id}),
    (dict(source="dailyplanet.example"), {DOE.id}),
    (dict(source="news.wire.example"), {DOE.id}),
    (dict(source="nowhere.example"), set()),
    (dict(source="planet daily"), set()),  # words in order
    (dict(since="2022-02-21"), {DOE.id, ROE.id, MINISTRY.id}),
    (dict(since="2022-02-25"), {ROE.id, MINISTRY.id}),
    (dict(until="2022-02-20"), {DOE.id}),
    (dict(until="2022-02"), {DOE.id}),  # a month means its last day
    (dict(since="2022-03"), {ROE.id, MINISTRY.id}),
    (dict(since="2022-03-15", until="2022-03-15"), {MINISTRY.id}),
    (dict(since="2022-03-01", until="2022-03-01"), {ROE.id}),
    (dict(since="2022", until="2022"), {DOE.id, ROE.id, MINISTRY.id}),
    (dict(since="2023-01-01"), set()),
    (dict(since="2022-03-10", until="2022-03-01"), set()),
    (dict(speaker="doe", since="2022-02-21"), {DOE.id}),
    (dict(speaker="roe", source="planet.txt"), set()),
]


@pytest.mark.parametrize(("kwargs", "expected"), FILTER_CASES)
def test_filters_without_query(ix: QuoteIndex, kwargs: dict[str, str], expected: set[str]) -> None:
    result = ix.search(**kwargs)  # type: ignore[arg-type]
    assert set(ids(result)) == expected
    assert result.total == len(expected)
    assert result.speaker_used is None


@pytest.mark.parametrize(
    ("text", "kwargs", "expected"),
    [
        ("hysteria", dict(speaker="roe"), {ROE.id}),
        ("hysteria", dict(speaker="Jane Roe"), {ROE.id}),
        ("hysteria", dict(speaker="the ministry"), set()),
        ("hysteria", dict(source="planet"), {DOE.id}),
        ("hysteria", dict(since="2022-02-25"), {ROE.id}),
        ("talks", dict(speaker="doe"), set()),
    ],
)
def test_query_with_filters(
    ix: QuoteIndex, text: str, kwargs: dict[str, str], expected: set[str]
) -> None:
    assert set(ids(ix.search(text, **kwargs))) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [
        dict(since="yesterday"),
        dict(until="2022-13-01"),
        dict(since="2022-02-32"),
        dict(speaker="!!"),
        dict(source="//"),
        dict(limit=0),
        dict(limit=-3),
    ],
)
def test_bad_filters_are_one_line_errors(ix: QuoteIndex, kwargs: dict[str, Any]) -> None:
    with pytest.raises(QuerySyntaxError) as err:
        ix.search("hysteria", **kwargs)
    assert "\n" not in str(err.value) and str(err.value)


def test_empty_filters_are_ignored(ix: QuoteIndex) -> None:
    result = ix.search("hysteria", speaker="", source=" ", since="", until=None)
    assert set(ids(result)) == {DOE.id, ROE.id}


def test_no_query_lists_widest_reported_first(ix: QuoteIndex) -> None:
    result = ix.search()
    # two sources each (DOE before NOBODY by id), then one source each by id
    assert ids(result) == [DOE.id, NOBODY.id, ROE.id, MINISTRY.id]
    assert result.total == 4
    assert ids(ix.search("*")) == ids(result)
    assert ids(ix.search("  ")) == ids(result)


def test_limit_keeps_total(ix: QuoteIndex) -> None:
    result = ix.search("hysteria", limit=1)
    assert len(result.statements) == 1
    assert result.total == 2
    browse = ix.search(limit=2)
    assert ids(browse) == [DOE.id, NOBODY.id] and browse.total == 4


# --------------------------------------------------------------------------- corrections

@pytest.mark.parametrize(
    ("speaker", "used", "expected"),
    [
        ("Dooe", "John Doe", {DOE.id}),
        ("Jhon Doe", "John Doe", {DOE.id}),
        ("Jane Rooe", "Jane Roe", {ROE.id}),
        ("ministyr", "the Ministry", {MINISTRY.id}),
        ("Doe", None, {DOE.id}),  # exact: no correction
        ("Zebediah", None, set()),  # nothing close
        ("Xo", None, set()),  # too short to guess
    ],
)
def test_fuzzy_speaker(ix: QuoteIndex, speaker: str, used: str | None, expected: set[str]) -> None:
    result = ix.search(speaker=speaker)
    assert result.speaker_used == used
    assert set(ids(result)) == expected


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("hysteira", "hysteria"),
        ("hystria", "hysteria"),
        ('"intimidatd by this hysteria"', '"intimidated by this hysteria"'),
        ("hysteria", None),  # found: nothing to suggest
        ("qwertyuiop", None),  # nothing close
        ("hysteria AND elephant", None),  # no close word for "elephant"
    ],
)
def test_did_you_mean(ix: QuoteIndex, text: str, suggestion: str | None) -> None:
    result = ix.search(text)
    assert result.suggestion == suggestion
    if suggestion is not None:
        assert result.total == 0
        assert ix.search(suggestion).total > 0


def test_suggestion_must_find_something_within_filters(ix: QuoteIndex) -> None:
    assert ix.search("hysteira", speaker="roe").suggestion == "hysteria"
    assert ix.search("hysteira", speaker="the ministry").suggestion is None
    assert ix.search("hysteira", source="nowhere.example").suggestion is None


def test_no_suggestion_for_long_pasted_text(ix: QuoteIndex) -> None:
    result = ix.search("hysteira " * 40)
    assert result.total == 0 and result.suggestion is None


# --------------------------------------------------------------------------- bad queries

BAD_QUERIES = [
    '"hysteria',
    'hysteria"',
    '"',
    "AND",
    "OR",
    "NOT",
    "NOT NOT",
    "AND OR NOT",
    "*",
    "**",
    "?",
    "*:*",
    "text:*",
    "foo:bar",
    "foo:",
    ":",
    "(",
    ")))",
    "((hysteria",
    "[",
    "[a TO",
    "{ TO }",
    "^2",
    "hysteria^",
    "~",
    '"hysteria"~',
    "-",
    "+",
    "\\",
    "!!!",
    "'",
    "payload:x",
    "n_sources:5",
    "dates:[2022 TO 2023]",
    "x" * 5000,
    "hysteria " * 500,
    "(" * 2000,
    "\x00\x01",
    "🙂",
]


@pytest.mark.parametrize("text", BAD_QUERIES, ids=lambda t: repr(t[:20]))
def test_bad_queries_never_traceback(ix: QuoteIndex, text: str) -> None:
    try:
        result = ix.search(text)
    except QuerySyntaxError as err:
        message = str(err)
        assert message and "\n" not in message and len(message) < 300
    else:
        assert isinstance(result, SearchResult)
        assert result.total >= len(result.statements)


def test_overlong_query_is_refused(ix: QuoteIndex) -> None:
    with pytest.raises(QuerySyntaxError, match="characters"):
        ix.search("x" * 5001)


def test_unknown_field_is_plain_text(ix: QuoteIndex) -> None:
    assert set(ids(ix.search("peace:talks"))) == {MINISTRY.id}


def test_unbalanced_quote_still_searches(ix: QuoteIndex) -> None:
    assert set(ids(ix.search('"hysteria'))) == {DOE.id, ROE.id}


# --------------------------------------------------------------------------- lookups

@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (DOE.id, DOE),
        (f"  {DOE.id} ", DOE),
        ("s1a2b", DOE),  # unique prefix
        ("s1a2f", ROE),
        ("s900", MINISTRY),  # four characters are enough
        ("s90", None),  # three are not
        ("s1a2b3c4d5e0", None),
        ("nope", None),
        ("", None),
    ],
)
def test_statement_lookup(ix: QuoteIndex, key: str, expected: Statement | None) -> None:
    assert ix.statement(key) == expected


def test_ambiguous_prefix_names_candidates(ix: QuoteIndex) -> None:
    with pytest.raises(AmbiguousId, match=r"s1a2b3c4d5e.*s1a2ffff000"):
        ix.statement("s1a2")


def test_statements_and_mentions_round_trip(ix: QuoteIndex) -> None:
    assert list(ix.statements()) == sorted(ALL, key=lambda s: s.id)
    mentions = list(ix.mentions())
    assert mentions == sorted(
        (m for s in ALL for m in s.mentions), key=lambda m: (m.source, m.start)
    )
    # every field survives, including the optional ones
    doe = next(m for m in mentions if m.source == "planet.txt")
    assert doe == DOE.mentions[0]
    assert all(getattr(doe, f.name) is not None for f in dataclasses.fields(doe))


def test_summary_counts(ix: QuoteIndex) -> None:
    summary = ix.summary()
    assert summary.statements == 4
    assert summary.quotations == 6
    # planet.txt, wire.jsonl#7, bugle.html, anon1.txt, anon2.txt
    assert summary.articles == 5
    assert summary.speakers == 3


def test_speakers_counts(ix: QuoteIndex) -> None:
    assert ix.speakers() == [
        SpeakerSummary(
            "John Doe", 2, 1, ("Doe", "John Doe", "ministry spokesman John Doe")  # not "he"
        ),
        SpeakerSummary("Jane Roe", 1, 1, ("Jane Roe",)),
        SpeakerSummary("the Ministry", 1, 1, ("the Ministry",)),
    ]


# --------------------------------------------------------------------------- updates

def test_update_replaces_without_duplicates(ix: QuoteIndex) -> None:
    changed = dataclasses.replace(ROE, text="mass hysteria")
    ix.update([changed])
    ix.update([changed])
    assert ix.summary().statements == 4
    assert ix.statement(ROE.id) == changed
    assert ids(ix.search(speaker="roe")) == [ROE.id]
    assert ix.search('"mass hysteria"').total == 1


def test_update_drops_old_words(ix: QuoteIndex) -> None:
    ix.update([dataclasses.replace(MINISTRY, text="Negotiations ended", mentions=())])
    assert ix.search("talks").total == 0
    assert ix.search("negotiations").total == 1


def test_delete(ix: QuoteIndex) -> None:
    ix.update([], delete=[DOE.id, "s-not-there"])
    assert ix.statement(DOE.id) is None
    assert ix.search("intimidated").total == 0
    # "doe" now names nobody, so it is read as the closest name left
    assert ix.search(speaker="doe").speaker_used == "Jane Roe"
    # "doe" and "roe" are both one edit away; only "roe" still names someone
    assert ix.search(speaker="Xoe").speaker_used == "Jane Roe"
    assert ix.summary().statements == 3
    assert [s.name for s in ix.speakers()] == ["Jane Roe", "the Ministry"]
    ix.update([], delete=[ROE.id])
    # names of deleted statements are never offered as corrections
    assert ix.search(speaker="Jane Rooe") == SearchResult((), 0)


def test_delete_and_put_in_one_update(ix: QuoteIndex) -> None:
    ix.update([dataclasses.replace(DOE, id="s5555555555")], delete=[DOE.id])
    assert ix.statement(DOE.id) is None
    assert ix.statement("s5555555555") is not None
    assert ix.summary().statements == 4


def test_duplicate_ids_in_one_update_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="twice"):
        QuoteIndex(tmp_path / "ix").update([ROE, ROE])


def test_counts_over_several_segments_with_deletions(tmp_path: Path) -> None:
    index = QuoteIndex(tmp_path / "ix")
    made = []
    for i in range(12):  # one commit each: several segments
        sid = f"s{i:04d}"
        speaker = f"Speaker {i % 3}"
        made.append(
            Statement(
                sid,
                speaker,
                f"word{i} common",
                tuple(
                    mention(sid, f"src{j}.txt", i, f"word{i} common", speaker)
                    for j in range(i % 4 + 1)
                ),
            )
        )
        index.update([made[-1]])
    index.update([], delete=["s0003"])
    kept = [s for s in made if s.id != "s0003"]
    summary = QuoteIndex(index.path).summary()
    assert summary.statements == len(kept)
    assert summary.quotations == sum(len(s.mentions) for s in kept)
    assert summary.articles == len({m.source for s in kept for m in s.mentions})
    browse = QuoteIndex(index.path).search(limit=50)
    assert ids(browse) == [
        s.id for s in sorted(kept, key=lambda s: (-len(s.sources), s.id))
    ]
    speakers = {s.name: s for s in QuoteIndex(index.path).speakers()}
    for name in ("Speaker 0", "Speaker 1", "Speaker 2"):
        mine = [s for s in kept if s.speaker == name]
        assert speakers[name].statements == len(mine)
        assert speakers[name].quotations == sum(len(s.mentions) for s in mine)


def test_other_instances_see_updates_when_reopened(ix: QuoteIndex) -> None:
    reader = QuoteIndex(ix.path)
    assert reader.summary().statements == 4
    ix.update([], delete=[ROE.id])
    assert QuoteIndex(ix.path).summary().statements == 3


def test_many_updates_stay_consistent(tmp_path: Path) -> None:
    index = QuoteIndex(tmp_path / "ix")
    for round_ in range(12):
        index.update([dataclasses.replace(s, text=f"{s.text} round{round_}") for s in ALL])
    assert index.summary().statements == 4
    assert index.search("round11").total == 4
    assert index.search("round10").total == 0


# --------------------------------------------------------------------------- missing / damaged

def test_missing_index(tmp_path: Path) -> None:
    path = tmp_path / "none"
    assert not QuoteIndex.exists(path)
    index = QuoteIndex(path)
    for call in (index.search, index.summary, index.speakers, lambda: index.statement("s1234")):
        with pytest.raises(IndexMissing, match=r"no index at .*quotes index"):
            call()
    assert not path.exists()  # reading never creates it


def test_empty_directory_is_not_an_index(tmp_path: Path) -> None:
    assert not QuoteIndex.exists(tmp_path)
    with pytest.raises(IndexMissing):
        QuoteIndex(tmp_path).search("x")


def test_file_instead_of_directory(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("not an index")
    assert not QuoteIndex.exists(path)
    with pytest.raises(IndexMissing):
        QuoteIndex(path).summary()
    with pytest.raises(QuoteIndexError):
        QuoteIndex(path).update([ROE])


def test_exists_after_update(tmp_path: Path) -> None:
    path = tmp_path / "new" / "ix"
    QuoteIndex(path).update([])
    assert QuoteIndex.exists(path)
    assert QuoteIndex(path).summary().statements == 0
    assert QuoteIndex(path).search().statements == ()


def test_damaged_index_is_one_line_error(ix: QuoteIndex) -> None:
    toc = next(p for p in Path(ix.path).iterdir() if p.suffix == ".toc")
    toc.write_bytes(b"\x00garbage" * 10)
    with pytest.raises(QuoteIndexError) as err:
        QuoteIndex(ix.path).search("hysteria")
    assert not isinstance(err.value, IndexMissing)
    assert "damaged" in str(err.value) and "\n" not in str(err.value)


# --------------------------------------------------------------------------- locking

def python(code: str) -> subprocess.Popen[str]:
    """Start a Python child that can import quotesearch."""
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def hold_lock(path: Path) -> subprocess.Popen[str]:
    """A child that takes the write lock, says so, and waits to be killed."""
    child = python(
        f"""
        import time
        from quotesearch.index import QuoteIndex
        with QuoteIndex({str(path)!r}).write_lock(timeout=5):
            print("locked", flush=True)
            time.sleep(600)
        """
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    if line.strip() != "locked":
        child.kill()
        pytest.fail(f"lock holder failed: {line!r} {child.communicate()[1]}")
    return child


def test_lock_contention_waits_then_gives_up(tmp_path: Path) -> None:
    path = tmp_path / "ix"
    child = hold_lock(path)
    try:
        calls: list[int] = []
        with pytest.raises(IndexLocked) as err:
            with QuoteIndex(path).write_lock(timeout=0.3, on_wait=lambda: calls.append(1)):
                pytest.fail("got a lock another process holds")
        assert calls == [1]
        assert str(path) in str(err.value) and "gave up after 0.3 s" in str(err.value)
        with pytest.raises(IndexLocked):  # update() takes the lock too
            _update_with_timeout(path, 0.2)
    finally:
        child.kill()
        child.communicate()


def _update_with_timeout(path: Path, timeout: float) -> None:
    index = QuoteIndex(path)
    with index.write_lock(timeout=timeout):
        index.update([ROE])


def test_killed_holder_releases_lock(tmp_path: Path) -> None:
    path = tmp_path / "ix"
    child = hold_lock(path)
    child.send_signal(signal.SIGKILL)
    child.communicate()
    calls: list[int] = []
    index = QuoteIndex(path)
    with index.write_lock(timeout=5, on_wait=lambda: calls.append(1)):
        index.update([ROE])
    assert calls == []
    assert index.statement(ROE.id) == ROE


def test_whoosh_writer_lock_held_elsewhere(
    ix: QuoteIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another writer that bypasses our lock still cannot corrupt the index."""
    child = python(
        f"""
        import fcntl, os, time
        fd = os.open({os.path.join(ix.path, "MAIN_WRITELOCK")!r}, os.O_WRONLY | os.O_CREAT)
        fcntl.flock(fd, fcntl.LOCK_EX)
        print("locked", flush=True)
        time.sleep(600)
        """
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        monkeypatch.setattr(index_module, "_WRITER_TIMEOUT", 0.2)
        with pytest.raises(IndexLocked, match="gave up after 0.2 s"):
            ix.update([dataclasses.replace(ROE, text="blocked")])
    finally:
        child.kill()
        child.communicate()
    ix.update([dataclasses.replace(ROE, text="unblocked")])
    assert QuoteIndex(ix.path).statement(ROE.id).text == "unblocked"  # type: ignore[union-attr]


def test_lock_is_reentrant_in_one_process(tmp_path: Path) -> None:
    path = tmp_path / "ix"
    with QuoteIndex(path).write_lock(timeout=0.2):
        QuoteIndex(path).update([ROE])  # another instance, same process
        with QuoteIndex(path).write_lock(timeout=0.2):
            pass
    with QuoteIndex(path).write_lock(timeout=0.2):  # released afterwards
        pass
    assert QuoteIndex(path).statement(ROE.id) == ROE


def test_index_survives_writer_killed_mid_update(ix: QuoteIndex) -> None:
    child = python(
        f"""
        import dataclasses
        from quotesearch.index import QuoteIndex
        from quotesearch.records import Mention, Statement
        words = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()
        put = []
        for i in range(60000):
            text = " ".join(words[(i * k) % 10] for k in range(1, 12)) + f" n{{i}}"
            m = Mention(source=f"bulk{{i % 997}}.txt", start=i, end=i + len(text),
                        text=text, speaker=f"Speaker {{i % 50}}", statement=f"b{{i:09d}}")
            put.append(Statement(f"b{{i:09d}}", m.speaker, text, (m,)))
        print("writing", flush=True)
        QuoteIndex({ix.path!r}).update(put)
        print("done", flush=True)
        """
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "writing"
    try:
        child.wait(timeout=1.0)
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
    child.communicate()
    after = QuoteIndex(ix.path)
    # all or nothing of the interrupted update
    assert after.summary().statements in (4, 60004)
    assert set(ids(after.search("hysteria"))) == {DOE.id, ROE.id}
    after.update([dataclasses.replace(ROE, text="fresh words")])
    fresh = QuoteIndex(ix.path)
    assert fresh.search('"fresh words"').total == 1
    assert fresh.statement(ROE.id) is not None
    assert fresh.summary().statements in (4, 60004)


# --------------------------------------------------------------------------- fast paths
# The writer's analysis and the search engine take shortcuts past Whoosh's
# own code; these check that what they produce is what Whoosh would.

ANALYSED = [
    "We will not be intimidated by this hysteria",
    "Ministers' résumés: naïve CAFÉ façades, Ærø, straße",
    "The U.S.-led talks (2022-02-24) cost $3.5bn; e.g. 10,000 troops",
    f"first wording {index_module._GAP_RUN} second wording",
    "snake_case under_scores and 3rd-party co-operation",
    "repeat repeat repeat Repeat REPEAT repeats",
    "Кремль заявил «истерия» — 日本語 テキスト",
    "",
    "   ",
    "!!! ... ???",
    "planet.txt wire.jsonl#7 https://www.dailyplanet.example/world/2022/doe",
    "2022-02-20 2022-03-15",
]


@pytest.mark.parametrize("value", ANALYSED, ids=lambda v: repr(v[:20]))
@pytest.mark.parametrize("fieldname", ["text", "speaker", "source", "dates"])
def test_fast_analysis_gives_whoosh_postings(fieldname: str, value: str) -> None:
    field = index_module._schema()[fieldname]
    fast = index_module._FastField.for_field(field)
    assert fast is not None
    assert sorted(fast.index(value)) == sorted(field.index(value))
    assert sorted(fast.index(value)) == sorted(fast.index(value))  # memo reused


def _field_with(analyzer: Any, **kw: Any) -> Any:
    from whoosh import fields

    return fields.TEXT(analyzer=analyzer, **kw)


def test_fast_analysis_only_for_token_by_token_analyzers() -> None:
    from whoosh.analysis import NgramFilter, RegexTokenizer, StemmingAnalyzer, StopFilter

    plain = RegexTokenizer() | StopFilter(stoplist=["a"], renumber=False)
    assert index_module._FastField.for_field(_field_with(plain)) is not None
    refused = [
        _field_with(RegexTokenizer() | StopFilter(stoplist=["a"])),  # renumbers
        _field_with(RegexTokenizer() | NgramFilter(2, 3)),  # many terms per token
        _field_with(RegexTokenizer(gaps=True)),
        _field_with(StemmingAnalyzer(), spelling=True),
        _field_with(RegexTokenizer(), vector=True),
        _field_with(RegexTokenizer(), field_boost=2.0),
    ]
    for field in refused:
        assert index_module._FastField.for_field(field) is None


def _contents(path: Path) -> dict[str, Any]:
    """Everything a Whoosh index holds for its live documents, by id."""
    from whoosh import index as windex

    ix = windex.open_dir(str(path))
    with ix.searcher() as s:
        r = s.reader()
        live = {d: r.stored_fields(d)["id"] for d in r.all_doc_ids()}
        postings = {}
        for fieldname, term in r.all_terms():
            m = r.postings(fieldname, term)
            rows = []
            while m.is_active():
                rows.append((live[m.id()], m.weight(), m.value()))
                m.next()
            if rows:
                postings[(fieldname, term)] = sorted(rows)
        docs = {}
        for d, sid in live.items():
            docs[sid] = (
                r.stored_fields(d),
                {f: r.doc_field_length(d, f) for f in ("text", "speaker", "source")},
                {c: r.column_reader(c)[d] for c in ("n_sources", "n_mentions", "names", "source_keys", "speaker_key")},
            )
        return {"postings": postings, "docs": docs, "lengths": r.field_length("text")}


def _plain_whoosh_write(path: Path, statements: Any) -> None:
    from whoosh import index as windex

    path.mkdir()
    ix = windex.create_in(str(path), index_module._schema())
    writer = ix.writer()
    for st in statements:
        writer.add_document(**index_module._document(st))
    writer.commit()


def _many_statements(n: int) -> list[Statement]:
    words = "peace talks are over hysteria will not be intimidated war mass Kyiv résumé U.S. 2022".split()
    made = []
    for i in range(n):
        sid = f"s{i:010d}"
        speaker = None if i % 7 == 0 else f"Speaker {i % 5}"
        texts = [
            " ".join(words[(i * k + j) % len(words)] for j in range(3 + i % 9))
            for k in range(1, 2 + i % 3)
        ]
        made.append(
            Statement(
                sid,
                speaker,
                max(texts, key=len),
                tuple(
                    mention(sid, f"src{(i + j) % 13}.txt", 10 * j, t, speaker,
                            date=f"2022-03-{1 + (i + j) % 28:02d}", outlet=f"Outlet {j}")
                    for j, t in enumerate(texts)
                ),
            )
        )
    return made


def test_writer_writes_what_whoosh_writes(tmp_path: Path) -> None:
    statements = [*ALL, *_many_statements(150)]
    _plain_whoosh_write(tmp_path / "plain", statements)
    QuoteIndex(tmp_path / "fast").update(statements)
    assert _contents(tmp_path / "fast") == _contents(tmp_path / "plain")


def test_writer_merging_segments_keeps_postings(tmp_path: Path) -> None:
    statements = _many_statements(60)
    index = QuoteIndex(tmp_path / "fast")
    for i in range(0, 60, 10):  # several commits: Whoosh merges small segments
        index.update(statements[i : i + 10], delete=[statements[i - 1].id] if i else ())
    kept = [s for i, s in enumerate(statements) if i % 10 != 9 or i == 59]
    _plain_whoosh_write(tmp_path / "plain", kept)
    assert _contents(tmp_path / "fast")["postings"] == _contents(tmp_path / "plain")["postings"]


FAST_QUERIES = [
    "hysteria",
    "peace",
    "talks peace",
    '"peace talks"',
    '"talks peace"',
    '"peace talks are over"',
    '"will not be"',
    '"not be" will',
    '"war war"',
    "war war",
    "kyiv",
    "résumé",
    '"u.s. 2022"',
    "absent",
    '"peace absent"',
]

WHOOSH_QUERIES = [  # not plain: left to Whoosh
    "peace OR war",
    "peace NOT war",
    "pea*",
    "speaker:doe",
    '"peace talks"~3',
    "peace^2",
]


def _segmented_index(path: Path) -> tuple[QuoteIndex, set[str]]:
    """An index of several segments, with deleted and replaced documents."""
    statements = [*ALL, *_many_statements(90)]
    index = QuoteIndex(path)
    for i in range(0, len(statements), 25):
        index.update(statements[i : i + 25])
    index.update(
        [dataclasses.replace(statements[30], text="peace talks peace talks")],
        delete=[s.id for s in statements[40:45]],
    )
    return QuoteIndex(path), {s.id for s in statements[50:70]}


@pytest.mark.parametrize("text", FAST_QUERIES + WHOOSH_QUERIES)
def test_fast_search_matches_whoosh(tmp_path: Path, text: str) -> None:
    index, some_ids = _segmented_index(tmp_path / "ix")
    q = index._parse(text)
    searcher = index._search_view()
    engine = index_module._TextSearch(searcher)
    reader = searcher.reader()
    assert len(list(searcher.leaf_searchers())) > 1 and reader.has_deletions()
    id_of = reader.column_reader("id")
    some = {d for d in reader.all_doc_ids() if id_of[d] in some_ids}
    for allowed in (None, some, set()):
        for limit in (1, 3, 10, 1000):
            got = engine.search(q, allowed, limit)
            if text in WHOOSH_QUERIES:
                assert got is None
                continue
            matching = set(searcher.docs_for_query(q))
            if allowed is not None:
                matching &= allowed
            if allowed is not None and not allowed:
                top = []  # Whoosh ignores an empty filter
            elif allowed is None:
                top = [hit.docnum for hit in searcher.search(q, limit=limit, optimize=False)]
            else:
                top = [hit.docnum for hit in searcher.search(q, filter=allowed, limit=limit, optimize=False)]
            assert got == (len(matching), top)
    # and the slow path, left to Whoosh, counts exactly too
    index._text_search = None
    monkeypatch_free = index_module._TextSearch.search
    try:
        index_module._TextSearch.search = lambda *a: None  # type: ignore[assignment,method-assign]
        slow = index.search(text, limit=1)
    finally:
        index_module._TextSearch.search = monkeypatch_free  # type: ignore[method-assign]
    assert slow.total == len(set(searcher.docs_for_query(q)))


def test_suggestion_fixes_a_typo_in_a_stemmed_ending(ix: QuoteIndex) -> None:
    # "intimidated" is indexed as "intimid": the typo is in what stemming drops
    assert ix.search("intimidatd").suggestion == "intimidated"
    assert ix.search("intimidatedd").suggestion == "intimidated"


def test_statements_of_an_instance_nobody_keeps(ix: QuoteIndex) -> None:
    import gc

    found = QuoteIndex(ix.path).statements()  # its files close when it is collected
    gc.collect()
    assert [s.id for s in found] == sorted(s.id for s in ALL)
