"""The `quotes` command line and its renderers.

Renderer tests use hand-built records; command tests run the real pipeline
on the seed articles (indexed once per session, see conftest.py).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from quotesearch import render
from quotesearch.cli import main
from quotesearch.records import IndexSummary, Mention, Problem, SpeakerSummary, Statement

SCORER_KEYS = {"source", "start", "end", "text", "speaker", "cluster"}
EXPORT_KEYS = SCORER_KEYS | {"mention", "role", "cue", "title", "url", "date", "outlet"}
SOURCE_KEYS = {
    "source", "text", "start", "end", "title", "url", "date", "outlet", "mention", "role", "cue",
}
SUMMARY = re.compile(
    r"(\d+) articles?\b.*?(\d+) quotations?\b.*?(\d+) speakers?\b.*?(\d+) statements?\b"
)
HYSTERIA_SOURCES = {"000_f8ee441ce51794e7.txt", "001_d75e33b1a7d08a92.txt"}


def run(runner: CliRunner, *args: str | os.PathLike[str], input: str | None = None) -> Result:
    return runner.invoke(main, [str(a) for a in args], input=input)


def assert_one_line_error(result: Result, code: int = 2) -> None:
    """A user error: the given exit code, one "Error: …" line, no traceback."""
    assert result.exit_code == code, (result.stdout, result.stderr, result.exception)
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    assert "Traceback" not in result.output


def norm(name: str | None) -> str:
    name = (name or "").replace("’", "'").casefold().strip()
    return re.sub(r"^the\s+", "", name)


def gold_accept(repo_root: Path, text: str) -> set[str]:
    """Accepted speaker names of the gold statement quoting ``text``."""
    gold = json.loads((repo_root / "tests" / "data" / "seeds_gold.json").read_text("utf-8"))
    for statement in gold["statements"]:
        if any(m["text"] == text for m in statement["mentions"]):
            return {norm(a) for a in statement["accept"]}
    raise AssertionError(f"no gold statement quotes {text!r}")


# ---------------------------------------------------------------- records for renderer tests


def mention(source: str, text: str, start: int = 0, **kw: Any) -> Mention:
    return Mention(source=source, start=start, end=start + len(text), text=text, **kw)


STATEMENT = Statement(
    id="s0123456789",
    speaker="Ada Lovelace",
    text="The engine might compose elaborate pieces of music.",
    mentions=(
        mention(
            "a.txt", "The engine might compose elaborate pieces of music.", 10,
            speaker="Ada Lovelace", name="Lovelace", mention="the countess", role="mathematician",
            cue="wrote", title="Notes", url="https://example.org/a", date="1843-09-01",
            outlet="Gazette", context="She wrote: “The engine might compose elaborate pieces of music.”",
            statement="s0123456789",
        ),
        mention("b.txt", "the machine could compose music", 5, speaker="Ada Lovelace",
                statement="s0123456789"),
    ),
)
ANONYMOUS = Statement(
    id="s9999999999", speaker=None, text="unrest",
    mentions=(mention("c.txt", "unrest", 3, statement="s9999999999"),),
)


# ---------------------------------------------------------------- render


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (IndexSummary(5, 40, 12, 30, 0), "Indexed 5 articles: 40 quotations, 12 speakers, 30 statements (0 skipped)"),
        (IndexSummary(1, 1, 1, 1, 2), "Indexed 1 article: 1 quotation, 1 speaker, 1 statement (2 skipped)"),
        (IndexSummary(0, 0, 0, 0, 0), "Indexed 0 articles: 0 quotations, 0 speakers, 0 statements (0 skipped)"),
    ],
)
def test_summary_line(summary: IndexSummary, expected: str) -> None:
    assert render.summary_line(summary) == expected


@pytest.mark.parametrize(
    ("problem", "expected"),
    [
        (Problem("x.bin", "binary file", True), "skipped: x.bin: binary file"),
        (Problem("y.txt", "bad bytes\nreplaced", False), "warning: y.txt: bad bytes replaced"),
    ],
)
def test_problem_line(problem: Problem, expected: str) -> None:
    assert render.problem_line(problem) == expected


@pytest.mark.parametrize(
    ("query", "stems", "prefixes"),
    [
        ("hysteria", {"hysteria"}, ()),
        ("Meetings AND unity", {"meet", "unity"}, ()),
        ('"total unanimity" OR NOT calm', {"total", "unanimity", "calm"}, ()),
        ("speaker:kirby hyster*", {"kirby"}, ("hyster",)),
        ("(allies)^2", {"ally"}, ()),
        (None, set(), ()),
        ("AND OR NOT", set(), ()),
        ('"', set(), ()),
    ],
)
def test_query_terms(query: str | None, stems: set[str], prefixes: tuple[str, ...]) -> None:
    assert render.query_terms(query) == (frozenset(stems), prefixes)


@pytest.mark.parametrize(
    ("text", "query", "marked", "unmarked"),
    [
        ("This is hysteria, he said", "hysteria", ["hysteria"], ["This", "said"]),
        ("a good meeting today", "meetings", ["meeting"], ["good"]),
        ("Hysterical claims", "hyster*", ["Hysterical"], ["claims"]),
        ("no match here", "hysteria", [], ["match"]),
        ("and or not", "a AND b", [], ["and"]),
    ],
)
def test_highlight(text: str, query: str, marked: list[str], unmarked: list[str]) -> None:
    out = render.highlight(text, query, color=True)
    assert re.sub(r"\x1b\[[0-9;]*m", "", out) == text
    for word in marked:
        assert re.search(r"\x1b\[[0-9;]*m" + re.escape(word) + r"\x1b\[0m", out), out
    for word in unmarked:
        assert not re.search(r"m" + re.escape(word) + r"\x1b", out), out
    assert render.highlight(text, query, color=False) == text


def test_statement_block_lists_every_source_with_its_wording() -> None:
    out = render.statement_block(STATEMENT)
    assert "\x1b[" not in out
    assert out.splitlines()[0] == "“The engine might compose elaborate pieces of music.”"
    assert "Ada Lovelace" in out
    for m in STATEMENT.mentions:
        assert m.source in out
        assert f"“{m.text}”" in out
    assert "1843-09-01" in out and "https://example.org/a" in out and "“Notes”" in out
    assert "s0123456789" in out
    assert "unknown speaker" in render.statement_block(ANONYMOUS)
    assert "unknown speaker" not in out


def test_statement_block_highlights_only_with_color() -> None:
    colored = render.statement_block(STATEMENT, query="music", color=True)
    assert "\x1b[" in colored
    assert re.sub(r"\x1b\[[0-9;]*m", "", colored) == render.statement_block(STATEMENT)


def test_statement_block_wraps_to_width() -> None:
    out = render.statement_block(STATEMENT, width=30)
    assert max(len(line) for line in out.splitlines()) <= 30
    assert len(out.splitlines()) > len(render.statement_block(STATEMENT).splitlines())


def test_statement_detail_shows_context_and_attribution() -> None:
    out = render.statement_detail(STATEMENT)
    for expected in ("s0123456789", "Ada Lovelace", "a.txt", "b.txt", "She wrote:",
                     "the countess", "mathematician", "wrote", "Gazette", "Notes",
                     "1843-09-01", "https://example.org/a", "characters 10–61"):
        assert expected in out, expected
    assert "unknown speaker" in render.statement_detail(ANONYMOUS)


@pytest.mark.parametrize("statements", [[], [STATEMENT], [STATEMENT, ANONYMOUS]])
def test_statements_json_and_jsonl(statements: list[Statement]) -> None:
    data = json.loads("".join(render.statements_json(statements)))
    assert [d["id"] for d in data] == [s.id for s in statements]
    lines = "".join(render.statements_jsonl(statements)).splitlines()
    assert [json.loads(line) for line in lines] == data
    for item, statement in zip(data, statements):
        assert item["speaker"] == statement.speaker and item["text"] == statement.text
        assert len(item["sources"]) == len(statement.mentions)
        for source in item["sources"]:
            assert SOURCE_KEYS <= set(source)


def test_mentions_csv_one_row_per_mention() -> None:
    text = "".join(render.mentions_csv(render.statement_mentions([STATEMENT, ANONYMOUS])))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["source"], r["cluster"]) for r in rows] == [
        ("a.txt", "s0123456789"), ("b.txt", "s0123456789"), ("c.txt", "s9999999999"),
    ]
    assert rows[1]["speaker"] == "Ada Lovelace" and rows[2]["speaker"] == ""
    assert rows[0]["text"] == STATEMENT.mentions[0].text


def test_mention_record_has_the_scorers_keys() -> None:
    record = render.mention_record(STATEMENT.mentions[0])
    assert EXPORT_KEYS <= set(record)
    assert record["cluster"] == "s0123456789"
    assert (record["start"], record["end"]) == (10, 61)
    lines = "".join(render.mentions_jsonl(STATEMENT.mentions)).splitlines()
    assert [json.loads(line)["source"] for line in lines] == ["a.txt", "b.txt"]
    assert json.loads("".join(render.mentions_json([]))) == []
    assert len(json.loads("".join(render.mentions_json(STATEMENT.mentions)))) == 2


def test_speakers_table_and_json() -> None:
    found = [SpeakerSummary("Ada Lovelace", 3, 2, ("Ada Lovelace", "Lovelace", "the countess"))]
    lines = render.speakers_table(found).splitlines()
    assert lines[0].split()[0] == "SPEAKER"
    assert lines[1].startswith("Ada Lovelace") and "Lovelace, the countess" in lines[1]
    assert lines[1].split()[2:4] == ["3", "2"]
    assert json.loads(render.speakers_json(found)) == [
        {"name": "Ada Lovelace", "quotations": 3, "statements": 2,
         "names_seen": ["Ada Lovelace", "Lovelace", "the countess"]}
    ]


# ---------------------------------------------------------------- usage and errors (no index)


def test_help_lists_commands_exit_codes_and_completion(runner: CliRunner) -> None:
    result = run(runner, "--help")
    assert result.exit_code == 0
    for word in ("index", "search", "show", "speakers", "export", "Exit codes",
                 "QUOTESEARCH_INDEX", "_QUOTES_COMPLETE=bash_source"):
        assert word in result.stdout, word


@pytest.mark.parametrize("command", ["index", "search", "show", "speakers", "export"])
def test_every_command_has_help_with_examples(runner: CliRunner, command: str) -> None:
    result = run(runner, command, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert f"quotes {command}" in result.stdout


def test_version(runner: CliRunner) -> None:
    from quotesearch import __version__

    result = run(runner, "--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["search"],  # no query and no filter
        ["search", "  "],
        ["search", "x", "--limit", "0"],
        ["search", "x", "--format", "xml"],
        ["search", "x", "--since", "yesterday"],
        ["search", "x", "--until", "2022-13-01"],
        ["search", "x", "--since", "2022-02", "--until", "2022-01"],
        ["index"],
        ["index", "x.txt", "--field", "nonsense"],
        ["index", "x.txt", "--wait", "-1"],
        ["show"],
        ["export", "--format", "xml"],
        ["frobnicate"],
        ["--nope", "search", "x"],
    ],
)
def test_usage_errors_are_one_line(runner: CliRunner, args: list[str]) -> None:
    assert_one_line_error(run(runner, *args))


@pytest.mark.parametrize("command", [["search", "x"], ["show", "s1"], ["speakers"], ["export"]])
def test_missing_index_is_one_line_error(
    runner: CliRunner, index_dir: Path, command: list[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(runner, *command)
    assert_one_line_error(result)
    assert f"no index at {index_dir}" in result.stderr
    assert not index_dir.exists()


def test_explicit_index_is_not_built_from_seeds(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeds_dir: Path
) -> None:
    """--index given: even with ./seeds present, a missing index is an error."""
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    result = run(runner, "--index", "elsewhere", "search", "x")
    assert_one_line_error(result)
    assert not (tmp_path / "elsewhere").exists()


def test_index_nonexistent_path(runner: CliRunner, index_dir: Path, tmp_path: Path) -> None:
    result = run(runner, "index", tmp_path / "does-not-exist.txt")
    assert_one_line_error(result)
    assert "does-not-exist.txt" in result.stderr


def _failing_search(exc: BaseException) -> Any:
    def search(self: Any, *args: Any, **kwargs: Any) -> Any:
        raise exc

    return search


@pytest.mark.parametrize(
    ("exc", "code", "message"),
    [
        ("query", 2, "Error: bad query here"),
        ("locked", 2, "Error: index is locked"),
        (PermissionError(13, "Permission denied"), 2, "Error: [Errno 13] Permission denied"),
        (KeyboardInterrupt(), 130, "Interrupted."),
    ],
)
def test_library_errors_become_exit_codes(
    runner: CliRunner, index_dir: Path, monkeypatch: pytest.MonkeyPatch,
    exc: BaseException | str, code: int, message: str,
) -> None:
    from quotesearch import index

    if exc == "query":
        exc = index.QuerySyntaxError("bad query\nhere")
    elif exc == "locked":
        exc = index.IndexLocked("index is locked")
    assert isinstance(exc, BaseException)
    monkeypatch.setattr(index.QuoteIndex, "exists", staticmethod(lambda path: True))
    monkeypatch.setattr(index.QuoteIndex, "search", _failing_search(exc))
    result = run(runner, "search", "anything")
    assert result.exit_code == code
    assert result.stderr.strip().splitlines()[-1] == message
    assert "Traceback" not in result.output


def test_unexpected_errors_are_not_hidden(
    runner: CliRunner, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug is a bug: it must not be dressed up as a user error."""
    from quotesearch import index

    monkeypatch.setattr(index.QuoteIndex, "exists", staticmethod(lambda path: True))
    monkeypatch.setattr(index.QuoteIndex, "search", _failing_search(ZeroDivisionError("bug")))
    result = run(runner, "search", "anything")
    assert isinstance(result.exception, ZeroDivisionError)


def test_import_does_not_load_heavy_modules(repo_root: Path, tmp_path: Path) -> None:
    code = (
        "import quotesearch, quotesearch.cli, sys\n"
        "heavy = [m for m in ('spacy', 'trafilatura', 'whoosh', 'quotesearch.extract')"
        " if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(repo_root)}, timeout=120,
    )
    assert done.returncode == 0, done.stderr


def test_python_dash_m_help(repo_root: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quotesearch", "--help"], cwd=tmp_path, capture_output=True,
        text=True, env={**os.environ, "PYTHONPATH": str(repo_root)}, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Usage: quotes" in done.stdout and "search" in done.stdout


def test_lazy_public_api() -> None:
    import quotesearch

    assert set(quotesearch.__all__) >= {"extract_quotes", "QuoteIndex", "index_paths"}
    assert "QuoteIndex" in dir(quotesearch)
    with pytest.raises(AttributeError):
        getattr(quotesearch, "no_such_name")


# ---------------------------------------------------------------- index


def test_index_summary(seeded: Any) -> None:
    match = SUMMARY.search(seeded.stdout)
    assert match, seeded.stdout
    articles, quotations, speakers, statements = map(int, match.groups())
    assert articles == 5
    assert quotations >= statements > 0 and speakers > 0
    assert "Traceback" not in seeded.stderr


def test_reindex_keeps_counts(
    runner: CliRunner, seeded_index: Path, seeded: Any, seeds_dir: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(seeded_index, copy)
    before = run(runner, "--index", copy, "export")
    again = run(runner, "--index", copy, "index", seeds_dir)
    assert again.exit_code == 0, again.stderr
    assert SUMMARY.search(again.stdout).groups() == SUMMARY.search(seeded.stdout).groups()  # type: ignore[union-attr]
    after = run(runner, "--index", copy, "export")
    rows_before = [json.loads(line) for line in before.stdout.splitlines()]
    rows_after = [json.loads(line) for line in after.stdout.splitlines()]
    assert len(rows_after) == len(rows_before) > 0
    assert len({r["cluster"] for r in rows_after}) == len({r["cluster"] for r in rows_before})


def test_index_from_stdin(runner: CliRunner, index_dir: Path) -> None:
    text = 'The mayor said: "We will rebuild the bridge before winter."\n'
    result = run(runner, "index", "-", input=text)
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert SUMMARY.search(result.stdout).group(1) == "1"  # type: ignore[union-attr]
    found = run(runner, "search", "bridge", "--format", "json")
    assert found.exit_code == 0, found.stderr
    assert "rebuild the bridge" in json.loads(found.stdout)[0]["text"]


def test_index_quiet_prints_nothing(runner: CliRunner, index_dir: Path) -> None:
    text = 'The mayor said: "We will rebuild the bridge before winter."\n'
    result = run(runner, "index", "--quiet", "-", input=text)
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert result.stdout == "" and result.stderr == ""
    assert run(runner, "search", "bridge").exit_code == 0


@pytest.mark.parametrize(
    ("fields", "found"),
    [(["--field", "text=body", "--field", "title=headline"], True), ([], False)],
)
def test_index_jsonl_fields(
    runner: CliRunner, index_dir: Path, tmp_path: Path, fields: list[str], found: bool
) -> None:
    feed = tmp_path / "feed.jsonl"
    row = {"id": "n1", "headline": "Bridge", "body": 'The mayor said: "We will rebuild the bridge."'}
    feed.write_text(json.dumps(row) + "\n", "utf-8")
    result = run(runner, "index", feed, *fields)
    assert "Traceback" not in result.output
    if found:
        assert result.exit_code == 0, result.stderr
        hits = json.loads(run(runner, "search", "bridge", "--format", "json").stdout)
        assert hits[0]["sources"][0]["title"] == "Bridge"
    else:
        assert result.exit_code in (1, 2), result.stdout
        assert "Error: " in result.stderr or "skipped: " in result.stderr


def test_index_reports_skipped_files_on_stderr(
    runner: CliRunner, index_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text('She said: "The plan works well for everyone."\n', "utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    result = run(runner, "index", folder)
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert re.search(r"^skipped: .*bad\.txt: ", result.stderr, re.M), result.stderr
    assert "good.txt" not in result.stderr
    assert SUMMARY.search(result.stdout).group(1) == "1"  # type: ignore[union-attr]
    assert "skipped: " not in result.stdout


# ---------------------------------------------------------------- search


def search_json(runner: CliRunner, index: Path, *args: str) -> list[dict[str, Any]]:
    result = run(runner, "--index", index, "search", *args, "--format", "json")
    assert result.exit_code == 0, (result.stderr, result.exception)
    data: list[dict[str, Any]] = json.loads(result.stdout)
    return data


def test_search_hysteria_finds_one_statement_in_both_sources(
    runner: CliRunner, seeded_index: Path, repo_root: Path
) -> None:
    accept = gold_accept(repo_root, "hysteria")
    found = [s for s in search_json(runner, seeded_index, "hysteria") if norm(s["speaker"]) in accept]
    assert found, "no 'hysteria' statement credited to the Kremlin"
    assert any(HYSTERIA_SOURCES <= {src["source"] for src in s["sources"]} for s in found)


def test_search_table_output(runner: CliRunner, seeded_index: Path) -> None:
    result = run(runner, "--index", seeded_index, "search", "hysteria")
    assert result.exit_code == 0, result.stderr
    assert "“hysteria”" in result.stdout
    for source in HYSTERIA_SOURCES:
        assert source in result.stdout
    assert "\x1b[" not in result.stdout  # not a terminal: plain text
    ids = re.findall(r"^\s+id (\S+)$", result.stdout, re.M)
    assert ids
    shown = run(runner, "--index", seeded_index, "show", ids[0])
    assert shown.exit_code == 0 and ids[0] in shown.stdout


def test_search_by_speaker(runner: CliRunner, seeded_index: Path) -> None:
    data = search_json(runner, seeded_index, "--speaker", "Kirby")
    assert len([s for s in data if s["speaker"] == "John Kirby"]) >= 3


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_search_formats_parse(runner: CliRunner, seeded_index: Path, fmt: str) -> None:
    result = run(runner, "--index", seeded_index, "search", "NATO", "--format", fmt, "--limit", "3")
    assert result.exit_code == 0, result.stderr
    if fmt == "json":
        items = json.loads(result.stdout)
    elif fmt == "jsonl":
        items = [json.loads(line) for line in result.stdout.splitlines()]
    elif fmt == "csv":
        items = list(csv.DictReader(io.StringIO(result.stdout)))
        assert all(SCORER_KEYS <= set(row) for row in items)
        assert 1 <= len({row["cluster"] for row in items}) <= 3
        return
    else:
        items = re.findall(r"^\s+id (\S+)$", result.stdout, re.M)
    assert 1 <= len(items) <= 3
    if fmt in ("json", "jsonl"):
        assert all({"id", "speaker", "text", "sources"} <= set(s) for s in items)


def test_search_filters_by_source(runner: CliRunner, seeded_index: Path) -> None:
    data = search_json(runner, seeded_index, "--source", "004_7f6624b96359c901.txt", "--limit", "50")
    assert data
    assert all("004_7f6624b96359c901.txt" in {m["source"] for m in s["sources"]} for s in data)


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_search_nothing_found_exits_1(runner: CliRunner, seeded_index: Path, fmt: str) -> None:
    result = run(runner, "--index", seeded_index, "search", "xylophonequark", "--format", fmt)
    assert result.exit_code == 1
    assert "No statements found." in result.stderr
    assert "Traceback" not in result.output
    if fmt == "json":
        assert json.loads(result.stdout) == []


def test_search_did_you_mean(runner: CliRunner, seeded_index: Path) -> None:
    result = run(runner, "--index", seeded_index, "search", "hysterria")
    if result.exit_code == 0:  # the index may already correct the spelling itself
        assert "hysteria" in result.stdout
    else:
        assert result.exit_code == 1
        assert "Did you mean: " in result.stderr and "hysteria" in result.stderr


def test_search_speaker_correction_is_reported(runner: CliRunner, seeded_index: Path) -> None:
    result = run(runner, "--index", seeded_index, "search", "--speaker", "Jon Kirbi")
    assert "Traceback" not in result.output
    if result.exit_code == 0:
        assert "no speaker 'Jon Kirbi'; showing " in result.stderr


@pytest.mark.parametrize(
    "query",
    ['"unbalanced', "AND", "speaker:", "(((", "NOT", "*", "a:b:c", "hyst*ria?", "~2", "[a TO", "🙂"],
)
def test_bad_queries_never_trace_back(runner: CliRunner, seeded_index: Path, query: str) -> None:
    result = run(runner, "--index", seeded_index, "search", query)
    assert result.exit_code in (0, 1, 2), result.exception
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    if result.exit_code == 2:
        assert_one_line_error(result)


# ---------------------------------------------------------------- show, speakers, export


def test_show(runner: CliRunner, seeded_index: Path) -> None:
    statement = search_json(runner, seeded_index, "hysteria")[0]
    result = run(runner, "--index", seeded_index, "show", statement["id"])
    assert result.exit_code == 0, result.stderr
    assert statement["id"] in result.stdout
    for source in statement["sources"]:
        assert source["source"] in result.stdout
    assert "Context: " in result.stdout
    as_json = run(runner, "--index", seeded_index, "show", statement["id"], "--format", "json")
    assert json.loads(as_json.stdout)["id"] == statement["id"]


def test_show_unknown_id(runner: CliRunner, seeded_index: Path) -> None:
    result = run(runner, "--index", seeded_index, "show", "s_no_such_id")
    assert_one_line_error(result, code=1)
    assert "s_no_such_id" in result.stderr


def test_speakers(runner: CliRunner, seeded_index: Path) -> None:
    table = run(runner, "--index", seeded_index, "speakers")
    assert table.exit_code == 0, table.stderr
    assert table.stdout.splitlines()[0].startswith("SPEAKER")
    data = json.loads(run(runner, "--index", seeded_index, "speakers", "--format", "json").stdout)
    kirby = [s for s in data if s["name"] == "John Kirby"]
    assert kirby and kirby[0]["quotations"] >= kirby[0]["statements"] >= 3
    assert all(s["name"] in table.stdout for s in data)


def test_export_matches_article_offsets(
    runner: CliRunner, seeded_index: Path, seeds_dir: Path
) -> None:
    result = run(runner, "--index", seeded_index, "export")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) > 40
    texts = {p.name: p.read_bytes().decode("utf-8") for p in seeds_dir.glob("*.txt")}
    for row in rows:
        assert EXPORT_KEYS <= set(row), row
        assert row["cluster"]
        assert texts[row["source"]][row["start"]:row["end"]] == row["text"], row


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_other_formats(runner: CliRunner, seeded_index: Path, fmt: str) -> None:
    jsonl = run(runner, "--index", seeded_index, "export").stdout.splitlines()
    result = run(runner, "--index", seeded_index, "export", "--format", fmt)
    assert result.exit_code == 0
    rows = (list(csv.DictReader(io.StringIO(result.stdout))) if fmt == "csv"
            else json.loads(result.stdout))
    assert len(rows) == len(jsonl)
    assert all(SCORER_KEYS <= set(r) for r in rows)


def test_search_process_does_not_load_spacy(repo_root: Path, seeded_index: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from quotesearch.cli import main\n"
        f"main(['--index', {str(seeded_index)!r}, 'search', 'hysteria'], standalone_mode=False)\n"
        "assert 'spacy' not in sys.modules and 'trafilatura' not in sys.modules\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(repo_root)}, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "hysteria" in done.stdout


# ---------------------------------------------------------------- the embedded default


def test_default_index_is_built_from_seeds(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeds_dir: Path
) -> None:
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("QUOTESEARCH_INDEX")
    result = run(runner, "search", "hysteria")
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert "No index at ./index yet: building it from ./seeds" in result.stderr
    assert "hysteria" in result.stdout
    assert (tmp_path / "index").is_dir()
    again = run(runner, "search", "hysteria")
    assert again.exit_code == 0
    assert "building it" not in again.stderr


def test_default_index_without_seeds_is_an_error(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("QUOTESEARCH_INDEX")
    result = run(runner, "speakers")
    assert_one_line_error(result)
    assert "no index at ./index" in result.stderr
    assert not (tmp_path / "index").exists()
