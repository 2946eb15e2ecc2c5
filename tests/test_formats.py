"""Input and output formats end to end: one statement from an HTML page and a
JSON Lines feed, listed once with both URLs, titles and dates."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotesearch.cli import main

HTML = """<!doctype html>
<html><head>
<title>Port strike ends after talks | The Harbour Herald</title>
<meta property="og:url" content="https://herald.example.org/2023/03/14/port-strike">
<meta property="og:title" content="Port strike ends after talks">
<meta name="date" content="2023-03-14">
</head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article>
<h1>Port strike ends after talks</h1>
<p>The three-week strike at the city port ended on Tuesday after overnight talks between the
dock workers' union and the port authority, officials said.</p>
<p>“Nobody won this strike, but the families of this city lost a great deal,” said union leader
Marta Kovalenko after the vote, adding that members would return to work on Wednesday morning.</p>
<p>The port authority said cargo traffic would return to normal within a week, and the ships
waiting in the bay would be unloaded first.</p>
</article>
<footer>Copyright The Harbour Herald. Subscribe to our newsletter. Advertise with us.</footer>
</body></html>
"""

FEED_ROW = {
    "body": "Dock workers voted to return to work on Tuesday. \u201cNobody won this strike, but the "
            "families of this city lost a great deal,\u201d union leader Marta Kovalenko told reporters.",
    "headline": "Dockers back at work",
    "link": "https://wire.example.com/dockers-back",
    "published": "2023-03-15T08:00:00Z",
    "outlet": "Example Wire",
}


@pytest.fixture
def two_sources(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "herald.html").write_text(HTML, encoding="utf-8")
    (folder / "wire.jsonl").write_text(json.dumps(FEED_ROW) + "\n", encoding="utf-8")
    return folder


def _index(runner: CliRunner, index: Path, folder: Path) -> None:
    result = runner.invoke(main, ["--index", str(index), "index", "--field", "text=body", "--field", "title=headline",
                                  "--field", "url=link", "--field", "date=published", str(folder)])
    assert result.exit_code == 0, result.output


def test_html_and_jsonl_give_one_statement_with_both_urls(two_sources: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    index = tmp_path / "ix"
    _index(runner, index, two_sources)
    result = runner.invoke(main, ["--index", str(index), "search", '"nobody won this strike"', "--format", "json"])
    assert result.exit_code == 0, result.output
    statements = json.loads(result.stdout)
    assert len(statements) == 1
    st = statements[0]
    assert st["speaker"] == "Marta Kovalenko"
    urls = {s["url"] for s in st["sources"]}
    assert urls == {"https://herald.example.org/2023/03/14/port-strike", "https://wire.example.com/dockers-back"}
    assert {s["date"] for s in st["sources"]} == {"2023-03-14", "2023-03-15"}
    titles = {s["title"] for s in st["sources"]}
    assert "Dockers back at work" in titles
    assert any(t and "Port strike ends" in t for t in titles)


def test_html_boilerplate_is_not_indexed(two_sources: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    index = tmp_path / "ix"
    _index(runner, index, two_sources)
    result = runner.invoke(main, ["--index", str(index), "export", "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert all("newsletter" not in (r.get("context") or "").lower() for r in rows)
    assert {r["source"] for r in rows} == {"herald.html", "wire.jsonl#1"}


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_search_machine_formats_parse(two_sources: Path, tmp_path: Path, fmt: str) -> None:
    runner = CliRunner()
    index = tmp_path / "ix"
    _index(runner, index, two_sources)
    result = runner.invoke(main, ["--index", str(index), "search", "strike", "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert isinstance(json.loads(result.stdout), list)
    elif fmt == "jsonl":
        assert all(isinstance(json.loads(line), dict) for line in result.stdout.splitlines())
    else:
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert rows and {"source", "url"} <= set(rows[0])
        assert {r["url"] for r in rows} == {"https://herald.example.org/2023/03/14/port-strike",
                                            "https://wire.example.com/dockers-back"}


def test_since_until_and_source_filters(two_sources: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    index = tmp_path / "ix"
    _index(runner, index, two_sources)

    def n(*args: str) -> int:
        r = runner.invoke(main, ["--index", str(index), "search", "strike", "--format", "json", *args])
        return len(json.loads(r.stdout)) if r.exit_code == 0 else 0

    assert n("--since", "2023-03-15") == 1
    assert n("--until", "2023-03-13") == 0
    assert n("--source", "wire.example.com") == 1
    assert n("--source", "nowhere.example.net") == 0


def test_stdin_text_is_indexed(tmp_path: Path) -> None:
    runner = CliRunner()
    index = tmp_path / "ix"
    text = "The mayor, Tomas Reyes, said the bridge “will reopen in April”.\n"
    result = runner.invoke(main, ["--index", str(index), "index", "-"], input=text)
    assert result.exit_code == 0, result.output
    found = runner.invoke(main, ["--index", str(index), "search", "reopen", "--format", "json"])
    assert json.loads(found.stdout)[0]["speaker"] == "Tomas Reyes"


@pytest.mark.parametrize(
    "second_day, statements",
    [("2016-01-04", 1), ("2016-06-01", 1 + 1)],  # a slogan months apart is said again
)
def test_text_file_dates_from_names_keep_recurring_slogans_apart(
        tmp_path: Path, second_day: str, statements: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    line = "Mayor Ana Torres again called the toll plan “daylight robbery” on Monday.\n"
    (folder / "herald_2016-01-01_toll.txt").write_text(line, encoding="utf-8")
    (folder / f"wire_{second_day}_toll.txt").write_text(line, encoding="utf-8")
    runner = CliRunner()
    index = tmp_path / "ix"
    assert runner.invoke(main, ["--index", str(index), "index", str(folder)]).exit_code == 0
    found = runner.invoke(main, ["--index", str(index), "search", "daylight robbery", "--format", "json"])
    rows = json.loads(found.stdout)
    assert len(rows) == statements
    assert {r["speaker"] for r in rows} == {"Ana Torres"}
