"""Read the inputs of ``quotes index``: text, HTML and JSON files, directories, stdin.

Every input becomes :class:`Article` records, or :class:`Problem` records that say
in one line why an input was skipped (or read with a caveat). One bad file never
stops the others, so a whole corpus can be indexed in one run and the problems
listed at the end. Only a path that does not exist at all is a fatal user error
(:class:`InputError`), raised by :func:`check_paths` before any work is done.

Decisions worth knowing:

* Plain text is decoded without newline translation, so offsets are true to the
  file: ``Article.text == open(path, encoding="utf-8", newline="").read()``.
  A UTF-8 byte-order mark is therefore *kept* as U+FEFF at offset 0 (the same
  string Python's ``open`` gives); UTF-16/32 files with a BOM are decoded too.
* Bytes that are not UTF-8 are decoded as Windows-1252 (a superset of the
  printable Latin-1 range) when that decodes cleanly, the bytes hold no valid
  UTF-8 multi-byte sequence and at most 30 % of them are non-ASCII (Western
  text); otherwise as UTF-8 with replacement characters. Either way a warning
  Problem (``skipped=False``) says which.
* ``source`` is the file name (what users see and filter on). Should two
  different files in one run share a name, the later one is named by its
  relative path instead, so sources stay unique. JSON rows are
  ``<file name>#<line>`` (``#<item>`` in a JSON list) or ``<file name>#<id>``.
* trafilatura (for HTML) is imported lazily: the search path never pays for it.
"""

from __future__ import annotations

import codecs
import fnmatch
import io
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO

from .records import Article, Problem

__all__ = [
    "FIELDS",
    "MAX_BYTES",
    "MAX_BYTES_ENV",
    "SUFFIXES",
    "InputError",
    "check_paths",
    "max_bytes",
    "normalize_date",
    "date_in_name",
    "read_articles",
]

MAX_BYTES = 256 * 1024 * 1024
"""Largest input read, so one stray dump cannot exhaust memory."""
MAX_BYTES_ENV = "QUOTESEARCH_MAX_BYTES"

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
"""Extensions taken when walking a directory (case-insensitive)."""

FIELDS = ("text", "title", "url", "date", "outlet", "id")
"""Logical keys of a JSON article that ``fields`` may map to the user's keys."""
_DEFAULT_KEYS: dict[str, tuple[str, ...]] = {
    "text": ("text",),
    "title": ("title",),
    "url": ("url",),
    "date": ("date", "published"),
    "outlet": ("outlet", "source"),
    "id": ("id",),
}

_HEAD = 8192  # bytes sniffed for binary content
_CONTROL = bytes(range(0, 9)) + bytes(range(14, 32)) + b"\x7f"
_ASCII = bytes(range(0, 128))
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_NONBLANK = re.compile(r"[^\s\ufeff]")
_NONBLANK_BYTES = re.compile(rb"[^ \t\n\r\f\v]")
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

NOT_UTF8 = "not valid UTF-8; decoded with replacement characters"
NOT_UTF8_CP1252 = "not valid UTF-8; decoded as Windows-1252"


class InputError(Exception):
    """A fatal mistake in what the user asked to read (shown as one line)."""


# --------------------------------------------------------------------------- public


def check_paths(paths: Sequence[str]) -> None:
    """Fail fast, before any work, when an input path does not exist.

    ``-`` (stdin) always passes. Also validates ``QUOTESEARCH_MAX_BYTES`` so a
    bad setting is reported before anything is read.
    """
    if not paths:
        raise InputError("no input given: name files, directories, or - for stdin")
    max_bytes()
    for p in paths:
        if p != "-" and not os.path.exists(p):
            raise InputError(f"no such file or directory: {p}")


def max_bytes() -> int:
    """The size cap: ``QUOTESEARCH_MAX_BYTES`` (bytes, or with a K/M/G suffix) or :data:`MAX_BYTES`."""
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return MAX_BYTES
    m = re.fullmatch(r"(\d+)\s*([kKmMgG]?)(?:i?[bB])?", raw)
    if not m or int(m.group(1)) == 0:
        raise InputError(
            f"{MAX_BYTES_ENV} must be a positive number of bytes (e.g. 268435456 or 256M), got {raw!r}"
        )
    scale = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]
    return int(m.group(1)) * scale


def read_articles(
    paths: Sequence[str],
    *,
    glob: str | None = None,
    fields: Mapping[str, str] | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Problem]:
    """Yield an Article for every readable input and a Problem for every bad one.

    Directories are walked recursively in sorted order, skipping hidden entries
    and taking only :data:`SUFFIXES` (further narrowed by ``glob``, matched
    against the file name or its path relative to the directory). A file named
    explicitly is read whatever its extension (unknown = plain text). Each file
    is read once however often it is reached. ``fields`` maps logical JSON keys
    (:data:`FIELDS`) to the user's key names (dotted names reach into nested
    objects). Bad ``fields`` or a bad size setting raise :class:`InputError`
    here, at call time; bad files never raise.
    """
    keys = _field_keys(fields)
    limit = max_bytes()
    return _Reader(keys=keys, limit=limit, glob=glob, stdin=stdin).read(paths)


def normalize_date(value: object) -> str | None:
    """An ISO day ("YYYY-MM-DD") from the usual ways news data writes dates, else None.

    Accepts ISO dates and timestamps (the date as written, time zone ignored),
    ``2022/01/24``, ``24.01.2022``, ``24 January 2022``, ``January 24, 2022``,
    RFC 2822 (``Mon, 24 Jan 2022 10:00:00 +0000``) and Unix timestamps (UTC).
    Ambiguous forms such as ``01/02/2022`` are not guessed.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if abs(value) > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    s = value.strip()
    if m := _ISO_DAY.match(s):
        return _day(m.group(1), m.group(2), m.group(3))
    if m := _DMY_DOTS.match(s):
        return _day(m.group(3), m.group(2), m.group(1))
    if m := _DAY_MONTH_YEAR.match(s):
        return _day(m.group(3), _month(m.group(2)), m.group(1))
    if m := _MONTH_DAY_YEAR.match(s):
        return _day(m.group(3), _month(m.group(1)), m.group(2))
    return None


# --------------------------------------------------------------------------- dates

_ISO_DAY = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d])")
_DMY_DOTS = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
_WEEKDAY = r"(?:[A-Za-z]+\.?,?\s+)?"
_DAY_MONTH_YEAR = re.compile(
    _WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]+)\.?,?\s+(\d{4})(?!\d)"
)
_MONTH_DAY_YEAR = re.compile(
    _WEEKDAY + r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)"
)
_MONTHS = (
    "january february march april may june july august september october november december"
).split()


def _month(name: str) -> str | None:
    """Month number for an English month name or abbreviation ("Jan", "Sept")."""
    low = name.lower()
    if len(low) >= 3:
        for i, full in enumerate(_MONTHS, 1):
            if full.startswith(low):
                return str(i)
    return None


def _day(year: str, month: str | None, day: str) -> str | None:
    if month is None:
        return None
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


_NAME_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")


def date_in_name(name: str) -> str | None:
    """The ISO day a file name carries ("outlet_2016-03-01_slug.txt"), else None.

    Plain text has no metadata; archives often name files by publication
    day, and statements need dates to tell a recurring slogan from one remark.
    """
    m = _NAME_DAY.search(name.rsplit("/", 1)[-1])
    return _day(m.group(1), m.group(2), m.group(3)) if m else None


# --------------------------------------------------------------------------- reading


def _field_keys(fields: Mapping[str, str] | None) -> dict[str, tuple[str, ...]]:
    keys = dict(_DEFAULT_KEYS)
    for logical, user_key in (fields or {}).items():
        if logical not in keys:
            raise InputError(
                f"unknown field {logical!r}: choose from {', '.join(FIELDS)}"
            )
        if not isinstance(user_key, str) or not user_key:
            raise InputError(f"field {logical!r} needs a key name")
        keys[logical] = (user_key,)
    return keys


class _Reader:
    """One run over the inputs: remembers files read and source names handed out."""

    def __init__(
        self,
        *,
        keys: Mapping[str, tuple[str, ...]],
        limit: int,
        glob: str | None,
        stdin: BinaryIO | None,
    ) -> None:
        self.keys = keys
        self.limit = limit
        self.glob = glob
        self.stdin = stdin
        self.seen: set[str] = set()
        self.sources: set[str] = set()

    def read(self, paths: Sequence[str]) -> Iterator[Article | Problem]:
        for p in paths:
            if p == "-":
                yield from self._stdin()
                continue
            path = Path(p)
            try:
                st = path.stat()
            except FileNotFoundError:
                yield Problem(p, "no such file or directory")
                continue
            except OSError as e:
                yield Problem(p, f"cannot read: {_reason(e)}")
                continue
            if stat.S_ISDIR(st.st_mode):
                yield from self._directory(path)
            else:
                yield from self._file(path, rel=p)

    # -- where inputs come from

    def _directory(self, root: Path) -> Iterator[Article | Problem]:
        errors: list[Problem] = []

        def onerror(e: OSError) -> None:
            errors.append(Problem(str(e.filename or root), f"cannot read: {_reason(e)}"))

        found: list[tuple[tuple[str, ...], Path, str]] = []
        for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in filenames:
                if name.startswith("."):
                    continue
                full = Path(dirpath, name)
                rel = full.relative_to(root).as_posix()
                if full.suffix.lower() not in SUFFIXES:
                    continue
                if self.glob is not None and not (
                    fnmatch.fnmatch(name, self.glob) or fnmatch.fnmatch(rel, self.glob)
                ):
                    continue
                try:
                    if not stat.S_ISREG(full.stat().st_mode):
                        continue  # fifos, sockets: reading could block
                except OSError:
                    pass  # broken link and the like: reading it reports why
                found.append((tuple(rel.split("/")), full, rel))
        yield from errors
        if not found and not errors:
            what = f"matching {self.glob!r}" if self.glob is not None else "article"
            yield Problem(
                str(root),
                f"no {what} files found (read: {', '.join(sorted(SUFFIXES))})",
                skipped=False,
            )
        for _, full, rel in sorted(found, key=lambda t: t[0]):
            yield from self._file(full, rel=rel)

    def _file(self, path: Path, *, rel: str) -> Iterator[Article | Problem]:
        where = str(path)
        key = os.path.realpath(path)
        if key in self.seen:
            return
        self.seen.add(key)
        try:
            with path.open("rb") as f:
                loaded = self._load(f, where)
        except OSError as e:
            yield Problem(where, f"cannot read: {_reason(e)}")
            return
        if isinstance(loaded, Problem):
            yield loaded
            return
        label = self._label(path.name, rel, where)
        yield from self._parse(_kind(path.suffix), loaded, label, where)

    def _stdin(self) -> Iterator[Article | Problem]:
        if "-" in self.seen:
            return
        self.seen.add("-")
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        try:
            loaded = self._load(stream, "stdin")
        except OSError as e:
            yield Problem("stdin", f"cannot read: {_reason(e)}")
            return
        if isinstance(loaded, Problem):
            yield loaded
            return
        yield from self._parse(_sniff(loaded), loaded, "stdin", "stdin")

    def _load(self, f: BinaryIO, where: str) -> bytes | Problem:
        """The whole input as bytes, read once, or why it is not worth reading."""
        try:
            st: os.stat_result | None = os.fstat(f.fileno())
        except (OSError, AttributeError, ValueError, io.UnsupportedOperation):
            st = None
        if st is not None and stat.S_ISREG(st.st_mode) and f.seekable():
            if st.st_size > self.limit:
                return self._too_large(where, st.st_size)
            problem = _binary_problem(f.read(_HEAD), where)
            if problem is not None:
                return problem
            f.seek(0)
            data = f.read()
        else:  # pipe, stdin, device: size unknown until read
            chunks: list[bytes] = []
            size = 0
            while size <= self.limit:
                chunk = f.read(min(1 << 20, self.limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            data = b"".join(chunks)
            del chunks
            problem = _binary_problem(data[:_HEAD], where)
            if problem is not None:
                return problem
        if len(data) > self.limit:
            return self._too_large(where, len(data))
        return data

    def _too_large(self, where: str, size: int) -> Problem:
        return Problem(
            where,
            f"file too large ({size:,} bytes, limit {self.limit:,}; "
            f"set {MAX_BYTES_ENV} to raise it), skipped",
        )

    def _label(self, name: str, rel: str, where: str) -> str:
        """A source name not yet used in this run: the file name if possible."""
        for candidate in (name, rel, where):
            if candidate not in self.sources:
                self.sources.add(candidate)
                return candidate
        n = 2
        while f"{name}~{n}" in self.sources:
            n += 1
        self.sources.add(f"{name}~{n}")
        return f"{name}~{n}"

    # -- formats

    def _parse(self, kind: str, data: bytes, label: str, where: str) -> Iterator[Article | Problem]:
        if kind == "text":
            yield from self._text(data, label, where)
            return
        if not data:
            yield Problem(where, "empty file, skipped")
            return
        start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
        if not _NONBLANK_BYTES.search(data, start):
            yield Problem(where, "only whitespace, skipped")
            return
        if kind == "html":
            yield from _html(data, label, where)
        elif kind == "json":
            yield from self._json(data, label, where)
        else:
            yield from self._jsonl(data, label, where)

    def _text(self, data: bytes, label: str, where: str) -> Iterator[Article | Problem]:
        empty = not data
        text, warning = _decode(data)
        del data
        if empty:
            yield Problem(where, "empty file, skipped")
            return
        if not _NONBLANK.search(text):
            yield Problem(where, "only whitespace, skipped")
            return
        if warning:
            yield Problem(where, warning, skipped=False)
        yield Article(source=label, text=text, path=where, date=date_in_name(label))

    def _jsonl(self, data: bytes, label: str, where: str) -> Iterator[Article | Problem]:
        text, warning = _decode(data)
        del data
        if warning:
            yield Problem(where, warning, skipped=False)
        any_row = False
        for lineno, line in _lines(text):
            if lineno == 1:
                line = line.lstrip("\ufeff")
            if not line.strip():
                continue
            any_row = True
            at = f"{where}:{lineno}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                yield Problem(at, f"not valid JSON: {e.msg} (column {e.colno})")
                continue
            yield from self._row(row, label, at, str(lineno))
        if not any_row:
            yield Problem(where, "only whitespace, skipped")

    def _json(self, data: bytes, label: str, where: str) -> Iterator[Article | Problem]:
        text, warning = _decode(data)
        if warning:
            yield Problem(where, warning, skipped=False)
        try:
            doc = json.loads(text.lstrip("\ufeff"))
        except json.JSONDecodeError as e:
            if e.msg == "Extra data":  # several objects, one per line: JSON Lines
                yield from self._jsonl(data, label, where)
                return
            yield Problem(where, f"not valid JSON: {e.msg} (line {e.lineno}, column {e.colno})")
            return
        del data, text
        if isinstance(doc, list):
            if not doc:
                yield Problem(where, "empty JSON list, skipped")
            for i, row in enumerate(doc, 1):
                yield from self._row(row, label, f"{where}#{i}", str(i))
        else:
            yield from self._row(doc, label, where, None)

    def _row(
        self, row: Any, label: str, at: str, number: str | None
    ) -> Iterator[Article | Problem]:
        """One JSON object as an Article (the ``at`` names it in messages)."""
        if not isinstance(row, dict):
            yield Problem(at, f"not a JSON object but {_json_type(row)}, skipped")
            return
        text_key, text = _lookup(row, self.keys["text"])
        if isinstance(text, list) and all(isinstance(t, str) for t in text):
            text = "\n\n".join(text)  # paragraphs stored as a list
        if text is None:
            keys = ", ".join(list(row)[:8])
            yield Problem(at, f"no {self.keys['text'][0]!r} field (keys: {keys or 'none'}), skipped")
            return
        if not isinstance(text, str):
            yield Problem(at, f"field {text_key!r} is {_json_type(text)}, not text, skipped")
            return
        if not _NONBLANK.search(text):
            yield Problem(at, f"field {text_key!r} is empty, skipped")
            return
        _, ident = _lookup(row, self.keys["id"])
        ident_s = _scalar(ident)
        if ident_s is not None:
            source = f"{label}#{ident_s}"
        elif number is not None:
            source = f"{label}#{number}"
        else:
            source = label
        if source in self.sources and source != label:
            yield Problem(at, f"duplicate source {source!r}, skipped")
            return
        self.sources.add(source)
        date_key, raw_date = _lookup(row, self.keys["date"])
        day = normalize_date(raw_date)
        if day is None and raw_date not in (None, ""):
            yield Problem(at, f"unrecognised date {raw_date!r} in {date_key!r}; left empty", skipped=False)
        _, outlet = _lookup(row, self.keys["outlet"])
        if isinstance(outlet, dict):  # e.g. {"id": ..., "name": "The Outlet"}
            outlet = outlet.get("name")
        yield Article(
            source=source,
            text=text,
            title=_scalar(_lookup(row, self.keys["title"])[1]),
            url=_scalar(_lookup(row, self.keys["url"])[1]),
            date=day,
            outlet=_scalar(outlet),
            path=at,
        )


# --------------------------------------------------------------------------- helpers


def _kind(suffix: str) -> str:
    s = suffix.lower()
    if s in HTML_SUFFIXES:
        return "html"
    if s in JSON_SUFFIXES:
        return "json"
    if s in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


def _sniff(data: bytes) -> str:
    """What stdin holds: JSON Lines if it starts with "{", JSON if "[", HTML, else text."""
    start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    m = _NONBLANK_BYTES.search(data, start)
    if m is None:
        return "text"
    first = m.group()
    if first == b"{":
        return "jsonl"
    if first == b"[":
        return "json"
    head = data[m.start() : m.start() + 1024].lower()
    if first == b"<" and (head.startswith(b"<!doctype html") or b"<html" in head):
        return "html"
    return "text"


def _binary_problem(head: bytes, where: str) -> Problem | None:
    """A Problem when the first bytes show a binary file (NULs or mostly control bytes)."""
    if any(head.startswith(bom) for bom, _ in _WIDE_BOMS):
        return None  # UTF-16/32 text: NULs are expected
    if head.startswith(b"%PDF-"):
        return Problem(where, "PDF file, skipped (convert it to text first)")
    if b"\x00" in head:
        return Problem(where, "binary file, skipped")
    controls = len(head) - len(head.translate(None, _CONTROL))
    if head and controls > len(head) * 0.1:
        return Problem(where, "binary file, skipped")
    return None


def _decode(data: bytes) -> tuple[str, str | None]:
    """Text from bytes, offsets true to the decoding; plus a warning if not clean UTF-8."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), None
            except UnicodeDecodeError:
                return data.decode(codec, errors="replace"), (
                    f"not valid {codec.upper()}; decoded with replacement characters"
                )
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    non_ascii = len(data.translate(None, _ASCII))
    if non_ascii <= len(data) * 0.3 and not _UTF8_MULTIBYTE.search(data):
        try:
            return data.decode("cp1252"), NOT_UTF8_CP1252
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", errors="replace"), NOT_UTF8


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Numbered lines split on "\\n" only (JSON strings may hold U+2028 and friends)."""
    pos = 0
    lineno = 0
    n = len(text)
    while pos < n:
        lineno += 1
        end = text.find("\n", pos)
        if end < 0:
            end = n
        yield lineno, text[pos:end]
        pos = end + 1


def _lookup(row: Mapping[str, Any], names: tuple[str, ...]) -> tuple[str, Any]:
    """The first present key among ``names`` and its value; dotted names reach into objects."""
    for name in names:
        if name in row:
            return name, row[name]
        if "." in name:
            node: Any = row
            for part in name.split("."):
                if not isinstance(node, dict) or part not in node:
                    break
                node = node[part]
            else:
                return name, node
    return names[0], None


def _scalar(value: Any) -> str | None:
    """A metadata value as a one-line string, or None when empty or not a scalar."""
    if value is None or isinstance(value, (dict, list)):
        return None
    s = str(value).strip()
    return s or None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    return {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "an object",
    }.get(type(value), type(value).__name__)


def _reason(e: OSError) -> str:
    return e.strerror or str(e) or type(e).__name__


def _one_line(s: str, limit: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


# --------------------------------------------------------------------------- HTML

_NOISY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")
_trafilatura: Any = None


def _load_trafilatura() -> Any:
    """Import trafilatura on first use and quiet its logging (its failures become Problems)."""
    global _trafilatura
    if _trafilatura is None:
        import trafilatura

        for name in _NOISY_LOGGERS:
            logger = logging.getLogger(name)
            if logger.level == logging.NOTSET:
                logger.setLevel(logging.CRITICAL)
        _trafilatura = trafilatura
    return _trafilatura


def _html(data: bytes, label: str, where: str) -> Iterator[Article | Problem]:
    """Main text and metadata of a web page, without navigation, footers or ads."""
    source: bytes | str = data
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):  # trafilatura guesses 8-bit encodings only
            source = data.decode(codec, errors="replace")
            break
    try:
        doc = _load_trafilatura().bare_extraction(
            source,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
        )
    except Exception as e:  # noqa: BLE001 - one odd page must not stop the run
        yield Problem(where, f"could not extract text from HTML: {_one_line(str(e)) or type(e).__name__}")
        return
    text = getattr(doc, "text", None) if doc is not None else None
    if not isinstance(text, str) or not _NONBLANK.search(text):
        yield Problem(where, "no article text found in HTML, skipped")
        return
    yield Article(
        source=label,
        text=text,
        title=_scalar(getattr(doc, "title", None)),
        url=_scalar(getattr(doc, "url", None)),
        date=normalize_date(getattr(doc, "date", None)),
        outlet=_scalar(getattr(doc, "sitename", None)),
        path=where,
    )
