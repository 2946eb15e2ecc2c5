"""Tests for quotesearch.articles: every kind of input, good and bad."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quotesearch import articles
from quotesearch.articles import InputError, check_paths, normalize_date, read_articles
from quotesearch.records import Article, Problem


def run(paths: list[str], **kw: Any) -> tuple[list[Article], list[Problem]]:
    """Read ``paths`` and split the results into articles and problems."""
    out = list(read_articles(paths, **kw))
    arts = [r for r in out if isinstance(r, Article)]
    probs = [r for r in out if isinstance(r, Problem)]
    assert len(arts) + len(probs) == len(out)
    return arts, probs


# --------------------------------------------------------------------------- plain text

CP1252 = "café “quoted” – naïve".encode("cp1252")

TEXT_CASES = [
    # id, file name, bytes, expected text (None: skipped), expected problem (message part, skipped)
    ("plain", "a.txt", b'He said "yes".\n', 'He said "yes".\n', None),
    ("crlf", "a.txt", b'One.\r\nHe said "yes".\r\n', 'One.\r\nHe said "yes".\r\n', None),
    ("lone-cr", "a.txt", b"One.\rTwo.", "One.\rTwo.", None),
    ("bom", "a.txt", b"\xef\xbb\xbfBOM first.", "\ufeffBOM first.", None),
    ("utf16-bom", "a.txt", "Grüße, “hi”".encode("utf-16"), "Grüße, “hi”", None),
    ("utf8-nonascii", "a.md", "Zürich – “quote”".encode(), "Zürich – “quote”", None),
    ("cp1252", "a.txt", CP1252, "café “quoted” – naïve", ("decoded as Windows-1252", False)),
    ("latin1", "a.txt", "Señor Müller".encode("latin-1"), "Señor Müller", ("Windows-1252", False)),
    (
        "mixed-utf8-and-stray-byte",
        "a.txt",
        "café ".encode() + b"it\x92s",
        "café it\ufffds",
        (articles.NOT_UTF8, False),
    ),
    (
        "mostly-non-ascii-legacy",
        "a.txt",
        "Привет, мир, как дела".encode("cp1251"),
        "Привет, мир, как дела".encode("cp1251").decode("utf-8", "replace"),
        (articles.NOT_UTF8, False),
    ),
    ("unknown-extension-named", "notes.log", b"Plain words.", "Plain words.", None),
    ("binary-nul", "a.txt", b"abc\x00def" * 10, None, ("binary file, skipped", True)),
    ("binary-controls", "a.txt", bytes(range(1, 9)) * 20 + b"text", None, ("binary file", True)),
    ("pdf", "a.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", None, ("PDF file, skipped", True)),
    ("empty", "a.txt", b"", None, ("empty file, skipped", True)),
    ("whitespace", "a.txt", b" \n\t\r\n  ", None, ("only whitespace, skipped", True)),
    ("bom-only", "a.txt", b"\xef\xbb\xbf\n", None, ("only whitespace", True)),
]


@pytest.mark.parametrize(
    "name,raw,text,problem", [c[1:] for c in TEXT_CASES], ids=[c[0] for c in TEXT_CASES]
)
def test_text_files(
    tmp_path: Path, name: str, raw: bytes, text: str | None, problem: tuple[str, bool] | None
) -> None:
    f = tmp_path / name
    f.write_bytes(raw)
    arts, probs = run([str(f)])
    if text is None:
        assert arts == []
    else:
        assert arts == [Article(source=name, text=text, path=str(f))]
    if problem is None:
        assert probs == []
    else:
        assert len(probs) == 1
        assert probs[0].path == str(f)
        assert problem[0] in probs[0].message
        assert probs[0].skipped is problem[1]


@pytest.mark.parametrize("raw", [b'A.\r\nHe said "no".\r\n', b"\xef\xbb\xbfX.\r\n\"Y\" he said."])
def test_offsets_match_python_reading_the_file(tmp_path: Path, raw: bytes) -> None:
    f = tmp_path / "x.txt"
    f.write_bytes(raw)
    (art,), _ = run([str(f)])
    with open(f, encoding="utf-8", newline="") as fh:
        expected = fh.read()
    assert art.text == expected
    i = art.text.index('"')
    assert art.text[i:] == expected[i:]


# --------------------------------------------------------------------------- errors


def test_unreadable_file_is_reported_and_others_still_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    fine = tmp_path / "fine.txt"
    fine.write_text("open")
    real_open = Path.open

    def fake_open(self: Path, *a: Any, **kw: Any) -> Any:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *a, **kw)

    monkeypatch.setattr(Path, "open", fake_open)
    arts, probs = run([str(tmp_path)])
    assert [a.source for a in arts] == ["fine.txt"]
    assert probs == [Problem(str(locked), "cannot read: Permission denied")]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")
def test_chmod_000_file_is_reported(tmp_path: Path) -> None:
    f = tmp_path / "locked.txt"
    f.write_text("secret")
    f.chmod(0)
    try:
        arts, probs = run([str(f)])
    finally:
        f.chmod(0o644)
    assert arts == []
    assert probs == [Problem(str(f), "cannot read: Permission denied")]


@pytest.mark.parametrize(
    "make,error",
    [
        (["good.txt"], None),
        (["good.txt", "-"], None),
        (["dir"], None),
        (["missing.txt"], "no such file or directory: {tmp}/missing.txt"),
        (["good.txt", "dir/nope.md"], "no such file or directory: {tmp}/dir/nope.md"),
        ([], "no input given: name files, directories, or - for stdin"),
    ],
)
def test_check_paths(tmp_path: Path, make: list[str], error: str | None) -> None:
    (tmp_path / "good.txt").write_text("x")
    (tmp_path / "dir").mkdir()
    paths = [p if p == "-" else str(tmp_path / p) for p in make]
    if error is None:
        check_paths(paths)
    else:
        with pytest.raises(InputError) as exc:
            check_paths(paths)
        assert str(exc.value) == error.format(tmp=tmp_path)


def test_broken_symlink_fails_check_paths(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="no such file or directory"):
        check_paths([str(link)])


def test_missing_path_in_read_articles_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("here")
    arts, probs = run([str(tmp_path / "gone.txt"), str(tmp_path / "a.txt")])
    assert [a.source for a in arts] == ["a.txt"]
    assert probs == [Problem(str(tmp_path / "gone.txt"), "no such file or directory")]


@pytest.mark.parametrize(
    "value,limit",
    [("", articles.MAX_BYTES), ("1000", 1000), ("4K", 4096), ("2MiB", 2 << 20), ("1g", 1 << 30)],
)
def test_max_bytes_setting(monkeypatch: pytest.MonkeyPatch, value: str, limit: int) -> None:
    monkeypatch.setenv(articles.MAX_BYTES_ENV, value)
    assert articles.max_bytes() == limit


@pytest.mark.parametrize("value", ["lots", "0", "-5", "12X"])
def test_bad_max_bytes_setting_is_an_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv(articles.MAX_BYTES_ENV, value)
    with pytest.raises(InputError, match=articles.MAX_BYTES_ENV):
        check_paths([str(tmp_path)])
    with pytest.raises(InputError, match=articles.MAX_BYTES_ENV):
        read_articles([str(tmp_path)])


@pytest.mark.parametrize("size,skipped", [(100, False), (101, True)])
def test_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int, skipped: bool) -> None:
    monkeypatch.setenv(articles.MAX_BYTES_ENV, "100")
    f = tmp_path / "big.txt"
    f.write_bytes(b"a" * size)
    arts, probs = run([str(f)])
    assert len(arts) == (0 if skipped else 1)
    assert [p.skipped for p in probs] == ([True] if skipped else [])
    if skipped:
        assert "too large" in probs[0].message and articles.MAX_BYTES_ENV in probs[0].message
    # stdin has no size up front: the cap holds there too
    arts, probs = run(["-"], stdin=io.BytesIO(b"b" * size))
    assert len(arts) == (0 if skipped else 1)


def test_fifty_megabyte_file(tmp_path: Path) -> None:
    line = b'The minister said: "We will continue." Officials agreed.\n'
    count = 50_000_000 // len(line) + 1
    f = tmp_path / "big.txt"
    f.write_bytes(line * count)
    arts, probs = run([str(f)])
    assert probs == []
    assert len(arts) == 1
    assert len(arts[0].text) == len(line) * count > 50_000_000
    assert arts[0].text.endswith("agreed.\n")


@pytest.mark.parametrize(
    "fields,error",
    [
        ({"body": "text"}, "unknown field 'body'"),
        ({"text": ""}, "field 'text' needs a key name"),
    ],
)
def test_bad_field_mapping_is_an_input_error(fields: dict[str, str], error: str) -> None:
    with pytest.raises(InputError, match=error):
        read_articles(["-"], fields=fields, stdin=io.BytesIO(b""))


# --------------------------------------------------------------------------- directories


def make_tree(root: Path) -> None:
    files = {
        "b.txt": b"Bravo text.",
        "a.md": b"Alpha text.",
        "bad.txt": b"\x00\x01\x02binary",
        "empty.text": b"",
        "notes.csv": b"not,an,article",
        "image.png": b"\x89PNG\r\n\x1a\n\x00\x00",
        ".hidden.txt": b"Hidden text.",
        ".git/config.txt": b"Hidden dir.",
        "sub/c.txt": b"Charlie text.",
        "sub/deeper/d.htm": b"<html><body><script>var x = 1;</script></body></html>",
        "sub/rows.jsonl": b'{"text": "Row one."}\n',
    }
    for rel, data in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)


def test_directory_mixing_good_and_bad_files(tmp_path: Path) -> None:
    make_tree(tmp_path)
    arts, probs = run([str(tmp_path)])
    assert [a.source for a in arts] == ["a.md", "b.txt", "c.txt", "rows.jsonl#1"]
    assert [a.text for a in arts] == ["Alpha text.", "Bravo text.", "Charlie text.", "Row one."]
    by_path = {Path(p.path).relative_to(tmp_path).as_posix(): p for p in probs}
    assert set(by_path) == {"bad.txt", "empty.text", "sub/deeper/d.htm"}
    assert by_path["bad.txt"].message == "binary file, skipped"
    assert by_path["empty.text"].message == "empty file, skipped"
    assert all(p.skipped for p in probs)


@pytest.mark.parametrize(
    "glob,sources",
    [
        ("*.md", ["a.md"]),
        ("*.txt", ["b.txt", "c.txt"]),  # hidden and binary ones still out or reported
        ("sub/*", ["c.txt", "rows.jsonl#1"]),
        ("[ab]*", ["a.md", "b.txt"]),
        ("*.csv", []),  # the glob narrows the known extensions, it does not widen them
        ("nothing*", []),
    ],
)
def test_glob_filter(tmp_path: Path, glob: str, sources: list[str]) -> None:
    make_tree(tmp_path)
    arts, probs = run([str(tmp_path)], glob=glob)
    assert [a.source for a in arts] == sources
    if not sources:
        assert probs == [
            Problem(str(tmp_path), probs[0].message, skipped=False)
        ] and f"no matching {glob!r} files found" in probs[0].message


def test_glob_does_not_filter_files_named_explicitly(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text("Named.")
    arts, _ = run([str(f)], glob="*.md")
    assert [a.source for a in arts] == ["x.txt"]


def test_hidden_directory_named_explicitly_is_read(tmp_path: Path) -> None:
    d = tmp_path / ".drafts"
    d.mkdir()
    (d / "one.txt").write_text("Draft.")
    (d / ".two.txt").write_text("Hidden inside.")
    arts, _ = run([str(d)])
    assert [a.source for a in arts] == ["one.txt"]


def test_empty_directory_is_a_warning(tmp_path: Path) -> None:
    arts, probs = run([str(tmp_path)])
    assert arts == []
    assert len(probs) == 1 and not probs[0].skipped and "no article files" in probs[0].message


@pytest.mark.parametrize(
    "order",
    [["f", "f"], ["f", "dir"], ["dir", "f"], ["dir", "dir"], ["f", "link"], ["-", "-"]],
)
def test_each_input_read_once(tmp_path: Path, order: list[str]) -> None:
    f = tmp_path / "one.txt"
    f.write_text("Once only.")
    (tmp_path / "link.txt").symlink_to(f)
    names = {"f": str(f), "dir": str(tmp_path), "link": str(tmp_path / "link.txt"), "-": "-"}
    arts, probs = run([names[o] for o in order], stdin=io.BytesIO(b"From stdin."))
    assert probs == []
    assert len(arts) == 1


def test_same_file_name_in_two_directories_gets_distinct_sources(tmp_path: Path) -> None:
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "index.txt").write_text(f"From {d}.")
    arts, _ = run([str(tmp_path)])
    assert [a.source for a in arts] == ["index.txt", "y/index.txt"]
    assert [a.text for a in arts] == ["From x.", "From y."]


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Talks collapse after minister walks out | The Daily Ledger</title>
<link rel="canonical" href="https://ledger.example/world/talks-collapse">
<meta property="og:site_name" content="The Daily Ledger">
<meta property="og:title" content="Talks collapse after minister walks out">
<meta property="article:published_time" content="2021-11-05T08:30:00+01:00">
</head><body>
<header><nav><ul>
<li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport menu link</a></li>
</ul></nav></header>
<main><article>
<h1>Talks collapse after minister walks out</h1>
<p>The foreign minister left the negotiations on Thursday evening, telling reporters that
"there is nothing left to discuss" and that her delegation would return home at once.</p>
<p>"We came here in good faith, and we were met with ultimatums," she said outside the
conference centre, where dozens of journalists had gathered since the early morning.</p>
<p>Officials from the other side declined to comment on the walkout, but one adviser
described the minister's words as "theatre for the cameras" in a brief statement.</p>
</article>
<div id="comments" class="comments"><ul><li class="comment">
<p>Reader wrote: "this is a disgrace" and I agree with every word of this fine report.</p>
</li></ul></div></main>
<aside class="ad">Advertisement: buy the premium plan today</aside>
<footer><p>© 2021 The Daily Ledger. All rights reserved.</p>
<p>Subscribe to our newsletter for the latest headlines.</p></footer>
</body></html>
"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    arts, probs = run([str(f)])
    assert probs == []
    (art,) = arts
    assert art.source == "page.html"
    assert '"there is nothing left to discuss"' in art.text
    assert '"theatre for the cameras"' in art.text
    for boilerplate in (
        "Sport menu link", "All rights reserved", "newsletter", "Advertisement", "disgrace"
    ):
        assert boilerplate not in art.text
    assert art.title == "Talks collapse after minister walks out"
    assert art.date == "2021-11-05"
    assert art.url == "https://ledger.example/world/talks-collapse"
    assert art.outlet == "The Daily Ledger"
    i = art.text.index("there is nothing")
    assert art.text[i : i + 16] == "there is nothing"


@pytest.mark.parametrize(
    "name,page",
    [
        ("blank.html", "<html><head><title>x</title></head><body></body></html>"),
        ("script-only.htm", "<html><body><script>var x = 1;</script></body></html>"),
        ("comment-only.html", "<html><body> <!-- nothing here --> </body></html>"),
    ],
)
def test_html_without_text_is_skipped(tmp_path: Path, name: str, page: str) -> None:
    f = tmp_path / name
    f.write_text(page)
    arts, probs = run([str(f)])
    assert arts == []
    assert probs == [Problem(str(f), "no article text found in HTML, skipped")]


def test_importing_articles_does_not_import_trafilatura() -> None:
    code = "import sys, quotesearch.articles; print('trafilatura' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- JSON

JSONL = (
    b'{"body": "First article.", "headline": "One", "published_at": "2022-01-24T10:00:00Z",'
    b' "link": "https://a.example/1", "source": "Wire"}\n'
    b"{this is not json\n"
    b"\n"
    b'{"headline": "no body here"}\n'
    b'{"body": "Fourth.", "id": "abc-9", "published_at": "24 January 2022",'
    b' "source": {"id": null, "name": "Nested Outlet"}}\n'
    b'["a", "list"]\n'
    b'{"body": "  ", "headline": "blank body"}\n'
    b'{"body": "Dateless.", "published_at": "sometime soon"}\n'
)


def test_jsonl_with_malformed_line_and_field_mapping(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_bytes(JSONL)
    fields = {"text": "body", "title": "headline", "date": "published_at", "url": "link"}
    arts, probs = run([str(f)], fields=fields)
    assert arts == [
        Article("feed.jsonl#1", "First article.", "One", "https://a.example/1", "2022-01-24",
                "Wire", f"{f}:1"),
        Article("feed.jsonl#abc-9", "Fourth.", None, None, "2022-01-24", "Nested Outlet",
                f"{f}:5"),
        Article("feed.jsonl#8", "Dateless.", path=f"{f}:8"),
    ]
    got = [(p.path, p.skipped) for p in probs]
    assert got == [(f"{f}:2", True), (f"{f}:4", True), (f"{f}:6", True), (f"{f}:7", True),
                   (f"{f}:8", False)]
    assert probs[0].message.startswith("not valid JSON: ")
    assert "'body'" in probs[1].message and "headline" in probs[1].message
    assert "not a JSON object" in probs[2].message
    assert "empty" in probs[3].message
    assert "sometime soon" in probs[4].message


def test_jsonl_default_keys_and_aliases(tmp_path: Path) -> None:
    f = tmp_path / "rows.ndjson"
    rows = [
        {"text": "A.", "title": "T", "url": "u", "date": "2020-02-29", "outlet": "O"},
        {"text": "B.", "published": "March 3, 2021", "source": "S"},
        {"body": "C."},  # not the default key: reported
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    arts, probs = run([str(f)])
    assert [(a.source, a.title, a.url, a.date, a.outlet) for a in arts] == [
        ("rows.ndjson#1", "T", "u", "2020-02-29", "O"),
        ("rows.ndjson#2", None, None, "2021-03-03", "S"),
    ]
    assert [p.path for p in probs] == [f"{f}:3"]


def test_jsonl_duplicate_ids_and_line_separators(tmp_path: Path) -> None:
    f = tmp_path / "d.jsonl"
    f.write_text(
        json.dumps({"id": 7, "text": "Para\u2028graph one."}, ensure_ascii=False) + "\r\n"
        + json.dumps({"id": 7, "text": "Same id again."}) + "\n",
        encoding="utf-8",
    )
    arts, probs = run([str(f)])
    assert [(a.source, a.text) for a in arts] == [("d.jsonl#7", "Para\u2028graph one.")]
    assert [(p.path, p.skipped) for p in probs] == [(f"{f}:2", True)]
    assert "duplicate" in probs[0].message


@pytest.mark.parametrize(
    "content,expected,problems",
    [
        ('[{"text": "One."}, {"text": "Two.", "id": "b"}]', ["x.json#1:One.", "x.json#b:Two."], []),
        ('{"text": "Only.", "title": "T"}', ["x.json:Only."], []),
        ('{"text": "Only.", "id": 5}', ["x.json#5:Only."], []),
        ('[{"text": "One."}, 3, {"nope": 1}]', ["x.json#1:One."], ["x.json#2", "x.json#3"]),
        ('{"text": "One."}\n{"text": "Two."}\n', ["x.json#1:One.", "x.json#2:Two."], []),
        ('{"text": "unterminated', [], ["x.json"]),
        ("[]", [], ["x.json"]),
        ('{"text": {"nested": true}}', [], ["x.json"]),
        ('{"content": {"body": "Deep."}}', [], ["x.json"]),
    ],
)
def test_json_files(tmp_path: Path, content: str, expected: list[str], problems: list[str]) -> None:
    f = tmp_path / "x.json"
    f.write_text(content)
    arts, probs = run([str(f)])
    assert [f"{a.source}:{a.text}" for a in arts] == expected
    assert [Path(p.path).name for p in probs] == problems
    assert all(p.skipped for p in probs)


def test_dotted_field_reaches_into_objects(tmp_path: Path) -> None:
    f = tmp_path / "x.json"
    f.write_text('{"content": {"body": "Deep."}, "meta": {"when": "2019-07-01"}}')
    arts, probs = run([str(f)], fields={"text": "content.body", "date": "meta.when"})
    assert probs == []
    assert [(a.text, a.date) for a in arts] == [("Deep.", "2019-07-01")]


def test_json_in_cp1252_warns_and_reads(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    f.write_bytes('{"text": "café “x”"}\n'.encode("cp1252"))
    arts, probs = run([str(f)])
    assert [a.text for a in arts] == ["café “x”"]
    assert probs == [Problem(str(f), articles.NOT_UTF8_CP1252, skipped=False)]


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2022-01-24", "2022-01-24"),
        ("2022-01-24T10:00:00Z", "2022-01-24"),
        ("2022-01-24T23:30:00-05:00", "2022-01-24"),
        ("2022/1/4", "2022-01-04"),
        ("24.01.2022", "2022-01-24"),
        ("24 January 2022", "2022-01-24"),
        ("Monday, 24 January 2022", "2022-01-24"),
        ("24th Jan. 2022", "2022-01-24"),
        ("January 24, 2022", "2022-01-24"),
        ("Sept 5 2021", "2021-09-05"),
        ("Mon, 24 Jan 2022 10:00:00 +0000", "2022-01-24"),
        (1643018400, "2022-01-24"),
        (1643018400000, "2022-01-24"),
        ("01/02/2022", None),  # ambiguous: not guessed
        ("2022-02-30", None),
        ("24 Smarch 2022", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (True, None),
        (["2022-01-24"], None),
    ],
)
def test_normalize_date(value: object, expected: str | None) -> None:
    assert normalize_date(value) == expected


# --------------------------------------------------------------------------- stdin


@pytest.mark.parametrize(
    "data,expected,problems",
    [
        (b'He said "go".\r\n', [("stdin", 'He said "go".\r\n')], []),
        (b'\n  {"text": "Row one."}\n{"text": "Row two."}\n',
         [("stdin#2", "Row one."), ("stdin#3", "Row two.")], []),
        (b'\xef\xbb\xbf{"text": "BOM row."}\n', [("stdin#1", "BOM row.")], []),
        (b'{"text": "ok"}\n{broken\n', [("stdin#1", "ok")], ["stdin:2"]),
        (b'[{"text": "Listed."}]', [("stdin#1", "Listed.")], []),
        (b"Curly {braces} later", [("stdin", "Curly {braces} later")], []),
        (b"", [], ["stdin"]),
        (b"\x00\x00\x00", [], ["stdin"]),
    ],
)
def test_stdin(data: bytes, expected: list[tuple[str, str]], problems: list[str]) -> None:
    arts, probs = run(["-"], stdin=io.BytesIO(data))
    assert [(a.source, a.text) for a in arts] == expected
    assert [p.path for p in probs] == problems


def test_stdin_html(tmp_path: Path) -> None:
    arts, probs = run(["-"], stdin=io.BytesIO(PAGE.encode()))
    assert probs == []
    assert [a.source for a in arts] == ["stdin"]
    assert arts[0].title == "Talks collapse after minister walks out"
    assert "All rights reserved" not in arts[0].text


def test_stdin_alongside_files(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("File.")
    arts, probs = run([str(f), "-"], stdin=io.BytesIO(b"Piped."))
    assert probs == []
    assert [(a.source, a.text, a.path) for a in arts] == [
        ("a.txt", "File.", str(f)),
        ("stdin", "Piped.", "stdin"),
    ]


@pytest.mark.parametrize(
    "name, day",
    [
        ("outlet_2016-03-01_slug.txt", "2016-03-01"),
        ("2019-12-31.txt", "2019-12-31"),
        ("notes_2016-02-30.txt", None),  # no such day
        ("report-12016-03-01.txt", None),  # part of a longer number
        ("000_f8ee441ce51794e7.txt", None),
    ],
)
def test_text_file_date_from_its_name(tmp_path: Path, name: str, day: str | None) -> None:
    (tmp_path / name).write_text("“We are ready,” the mayor said.", encoding="utf-8")
    (found,) = [a for a in read_articles([str(tmp_path / name)]) if isinstance(a, Article)]
    assert found.date == day
