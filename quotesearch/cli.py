"""The ``quotes`` command line: option parsing only.

Each command parses its options, calls one library function
(``ingest.index_paths`` or a ``QuoteIndex`` method) and hands the records to
``render``. Heavy modules are imported inside the commands that need them:
``quotes search`` must never load spaCy or trafilatura, and ``--help`` loads
nothing at all.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn

import click
from click.core import ParameterSource

from . import __version__, render
from .records import IndexSummary, Problem

if TYPE_CHECKING:
    from .index import QuoteIndex

DEFAULT_INDEX = "./index"
SEEDS_DIR = "seeds"

EXIT_FOUND = 0
EXIT_NOTHING = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130

# (module, exception class) pairs whose messages are written for users. The
# modules are looked up only if already imported: an exception can't come
# from a module nobody loaded, and importing extract would load spaCy.
_USER_ERRORS = (
    ("quotesearch.articles", "InputError"),
    ("quotesearch.extract", "ModelError"),
    ("quotesearch.index", "QuoteIndexError"),
)


class CliError(click.ClickException):
    """A user's mistake or a broken input: "Error: …" on one line, exit 2."""

    exit_code = EXIT_ERROR

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()) or "unknown error")


class NothingFound(click.ClickException):
    """Not an error as such, but nothing to show: exit 1, like grep."""

    exit_code = EXIT_NOTHING


def _is_user_error(exc: BaseException) -> bool:
    for module_name, class_name in _USER_ERRORS:
        module = sys.modules.get(module_name)
        cls = getattr(module, class_name, None) if module is not None else None
        if isinstance(cls, type) and isinstance(exc, cls):
            return True
    # Disk trouble (permissions, a full disk …) is reported, not traced back;
    # a closed pipe is left to click, which exits quietly.
    return isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError)


def _one_line(exc: click.UsageError) -> CliError:
    """A usage error as one line, with the help hint folded in."""
    message = exc.format_message()
    if exc.ctx is not None:
        message += f" (see '{exc.ctx.command_path} --help')"
    return CliError(message)


class QuotesGroup(click.Group):
    """Turns every expected failure into one "Error: …" line and an exit code.

    Done here rather than in a ``main()`` wrapper so that ``CliRunner``, the
    console script and ``python -m quotesearch`` all behave the same.
    """

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as exc:
            raise _one_line(exc) from exc

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as exc:
            raise _one_line(exc) from exc
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("\nInterrupted.", err=True)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except Exception as exc:
            if _is_user_error(exc):
                raise CliError(str(exc) or type(exc).__name__) from exc
            raise


@dataclass(frozen=True)
class IndexOption:
    """Where the index is, and whether the user chose it (vs. the default)."""

    path: str
    explicit: bool


def _parse_fields(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> dict[str, str] | None:
    """--field KEY=NAME, repeated: which JSON key holds which article field."""
    fields: dict[str, str] = {}
    for value in values:
        key, sep, name = value.partition("=")
        if not sep or not key.strip() or not name.strip():
            raise click.BadParameter(f"{value!r} is not KEY=NAME, e.g. text=body", ctx, param)
        fields[key.strip()] = name.strip()
    return fields or None


def _parse_day(value: str | None, *, end: bool) -> str | None:
    """YYYY-MM-DD, YYYY-MM or YYYY as an ISO day; None if it is no date.

    A month or a year means its first day for --since and its last for
    --until, so ``--since 2022 --until 2022`` is the whole year.
    """
    import calendar
    import datetime

    if value is None:
        return None
    parts = value.strip().split("-")
    if len(parts) > 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return None
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
        if len(parts) > 2:
            day = int(parts[2])
        else:
            day = calendar.monthrange(year, month)[1] if end else 1
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _day_option(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> str | None:
    day = _parse_day(value, end=param.name == "until")
    if value is not None and day is None:
        raise click.BadParameter(
            f"{value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY", ctx, param
        )
    return day


FORMATS = click.Choice(["table", "json", "jsonl", "csv"], case_sensitive=False)


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _stdout_is_terminal() -> bool:
    return _is_terminal(sys.stdout)


def _stderr_is_terminal() -> bool:
    return _is_terminal(sys.stderr)


def _color() -> bool:
    """Highlight only for a person at a terminal (and never with NO_COLOR)."""
    return _stdout_is_terminal() and not os.environ.get("NO_COLOR")


def _width() -> int | None:
    """Wrap long quotes at the terminal's width; never when piped."""
    if not _stdout_is_terminal():
        return None
    try:
        columns = os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError, AttributeError):
        columns = 80
    return min(columns, 100)


def _write(chunks: Iterable[str]) -> None:
    for chunk in chunks:
        click.echo(chunk, nl=False)


def _warn(message: str) -> None:
    click.echo(message, err=True)


def _on_wait(index_dir: str) -> Callable[[], None]:
    def on_wait() -> None:
        _warn(f"waiting for another `quotes index` to finish with {index_dir}…")

    return on_wait


class _Progress:
    """A one-line counter on stderr while indexing (terminal only).

    ``index_paths`` reports the number of articles done so far.
    """

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.shown = False

    def __call__(self, done: int) -> None:
        if self.enabled:
            plural = "" if done == 1 else "s"
            click.echo(f"\rindexing… {done} article{plural} read", nl=False, err=True)
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            click.echo("\r\033[K", nl=False, err=True)
            self.shown = False


def _run_index(
    paths: Sequence[str],
    index_dir: str,
    *,
    progress: _Progress,
    model: str | None = None,
    glob: str | None = None,
    fields: dict[str, str] | None = None,
    wait: float = 60.0,
    jobs: int = 0,
) -> IndexSummary:
    """Call ``ingest.index_paths`` with the CLI's reporting callbacks."""
    from . import ingest  # lazy: loads the extractor and spaCy

    reported: list[Problem] = []

    def on_problem(problem: Problem) -> None:
        progress.clear()
        reported.append(problem)
        _warn(render.problem_line(problem))

    stdin = sys.stdin.buffer if "-" in paths else None
    try:
        summary = ingest.index_paths(
            list(paths),
            index_dir,
            model=model,
            glob=glob,
            fields=fields,
            stdin=stdin,
            lock_timeout=wait,
            on_wait=_on_wait(index_dir),
            on_problem=on_problem,
            on_progress=progress,
            jobs=jobs,
        )
    finally:
        progress.clear()
    for problem in summary.problems:
        if problem not in reported:
            _warn(render.problem_line(problem))
    return summary


def _open_index(ctx: click.Context) -> QuoteIndex:
    """The index to read, built from ./seeds first when that is the default.

    With no --index and no QUOTESEARCH_INDEX, a checkout (or a demo folder)
    holding ``seeds/`` answers queries at once without a separate
    ``quotes index`` step.
    """
    from .index import QuoteIndex  # lazy: keeps --help and `quotes index` light

    option: IndexOption = ctx.find_object(IndexOption) or IndexOption(DEFAULT_INDEX, False)
    if not QuoteIndex.exists(option.path):
        if option.explicit or not os.path.isdir(SEEDS_DIR):
            raise CliError(f"no index at {option.path}; run `quotes index PATH...` first")
        _warn(f"No index at {option.path} yet: building it from ./{SEEDS_DIR} …")
        summary = _run_index(
            [SEEDS_DIR],
            option.path,
            progress=_Progress(_stderr_is_terminal()),
            model=os.environ.get("QUOTESEARCH_MODEL") or None,
        )
        _warn(render.summary_line(summary))
    return QuoteIndex(option.path)


def _nothing(message: str) -> NoReturn:
    raise NothingFound(message)


# ---------------------------------------------------------------- commands

MAIN_EPILOG = """\
\b
Exit codes:
  0    success: something was indexed or found
  1    nothing found: no matching statement, unknown id, no speakers,
       or no article indexed
  2    error: bad usage, unreadable input, missing or broken index
  130  interrupted (Ctrl-C)

\b
Environment:
  QUOTESEARCH_INDEX  index directory, like --index
  QUOTESEARCH_MODEL  spaCy model for `quotes index`, like --model
  NO_COLOR           never highlight

\b
With no --index and no QUOTESEARCH_INDEX, if ./index does not exist but
./seeds does, search/show/speakers/export first build ./index from ./seeds.

\b
Shell completion (bash; for zsh or fish use zsh_source or fish_source):
  eval "$(_QUOTES_COMPLETE=bash_source quotes)"
"""


@click.group(
    cls=QuotesGroup,
    name="quotes",
    epilog=MAIN_EPILOG,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option(
    "--index",
    "index_dir",
    type=click.Path(file_okay=False, dir_okay=True),
    default=DEFAULT_INDEX,
    show_default=True,
    envvar="QUOTESEARCH_INDEX",
    show_envvar=True,
    metavar="DIR",
    help="Index directory.",
)
@click.version_option(__version__, "--version", prog_name="quotes")
@click.pass_context
def main(ctx: click.Context, index_dir: str) -> None:
    """Find who said what in news articles, and who reported it.

    Index articles once, then search quotations by words, speaker, source
    or date. The same statement quoted (or reworded, or translated) by
    several articles is shown once, with every source's own wording.

    \b
    Examples:
      quotes index articles/                  # .txt, .html, .jsonl files
      quotes search ceasefire
      quotes search --speaker "Jane Smith" --since 2022-01
      quotes show s1a2b3c4d5e
      quotes speakers
      quotes export --format jsonl > quotes.jsonl
    """
    source = ctx.get_parameter_source("index_dir")
    explicit = source not in (ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP, None)
    ctx.obj = IndexOption(path=index_dir, explicit=explicit)


@main.command("index")
@click.argument(
    "paths", nargs=-1, required=True, metavar="PATH...", type=click.Path(allow_dash=True)
)
@click.option(
    "--glob",
    "glob_pattern",
    metavar="PATTERN",
    help="Inside directories, read only files matching PATTERN, e.g. '*.html'.",
)
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="KEY=NAME",
    callback=_parse_fields,
    help="For JSON Lines input: read article field KEY from JSON key NAME "
    "(repeatable), e.g. --field text=body --field date=published.",
)
@click.option(
    "--model",
    metavar="NAME",
    envvar="QUOTESEARCH_MODEL",
    show_envvar=True,
    help="spaCy model to extract quotations with (default: the extractor's).",
)
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    metavar="SECONDS",
    help="How long to wait for another `quotes index` writing the same index.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    metavar="N",
    help="Extraction processes; 0 = one per core when there are many articles.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary line.")
@click.pass_context
def index_command(
    ctx: click.Context,
    paths: tuple[str, ...],
    glob_pattern: str | None,
    fields: dict[str, str] | None,
    model: str | None,
    wait: float,
    jobs: int,
    quiet: bool,
) -> None:
    """Add articles to the index (or update them).

    PATH is a text, HTML or JSON Lines file, a directory (read recursively),
    or - for standard input. Indexing the same article again replaces it,
    so re-running on a folder is safe. Problems with single files are
    reported on stderr as "skipped: PATH: …" or "warning: PATH: …"; the
    summary goes to stdout.

    \b
    Examples:
      quotes index seeds/
      quotes index --glob '*.html' crawl/
      quotes index --field text=body --field date=published feed.jsonl
      curl -s https://example.org/story | quotes index -
    """
    option: IndexOption = ctx.obj
    progress = _Progress(enabled=not quiet and _stderr_is_terminal())
    summary = _run_index(
        paths,
        option.path,
        progress=progress,
        model=model,
        glob=glob_pattern,
        fields=fields,
        wait=wait,
        jobs=jobs,
    )
    if not quiet:
        click.echo(render.summary_line(summary))
    if summary.articles == 0:
        raise click.exceptions.Exit(EXIT_NOTHING)


@main.command()
@click.argument("query", required=False, metavar="[QUERY]")
@click.option("--speaker", metavar="NAME", help="Only statements by this speaker (fuzzy).")
@click.option("--source", metavar="NAME", help="Only statements carried by this source.")
@click.option(
    "--since", metavar="DATE", callback=_day_option,
    help="Only statements quoted on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).",
)
@click.option(
    "--until", metavar="DATE", callback=_day_option,
    help="Only statements quoted on or before DATE.",
)
@click.option(
    "-n", "--limit", type=click.IntRange(min=1), default=10, show_default=True, metavar="N",
    help="Show at most N statements.",
)
@click.option(
    "-f", "--format", "fmt", type=FORMATS, default="table", show_default=True,
    help="table for people; json, jsonl (one statement a line) or csv "
    "(one row per source) for programs.",
)
@click.pass_context
def search(
    ctx: click.Context,
    query: str | None,
    speaker: str | None,
    source: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    fmt: str,
) -> None:
    """Search statements by words, speaker, source and date.

    QUERY uses the index's query language: words (all must match), "exact
    phrases", OR, NOT, wildcards (negotiat*). It may be left out when a filter
    is given. Each statement is shown once, with every source's wording and
    its id for `quotes show`. Exit code 1 when nothing is found.

    \b
    Examples:
      quotes search ceasefire
      quotes search '"no military solution"'
      quotes search --speaker smith --format json
      quotes search sanctions --since 2022-01-01 --until 2022-02
      quotes search --source 000_article.txt --format csv > rows.csv
    """
    query = query.strip() if query else None
    speaker = speaker.strip() if speaker else None
    source = source.strip() if source else None
    if not (query or speaker or source or since or until):
        raise click.UsageError(
            "give a QUERY or a filter (--speaker, --source, --since, --until)", ctx
        )
    if since and until and since > until:
        raise click.UsageError(f"--since {since} is after --until {until}", ctx)
    index = _open_index(ctx)
    result = index.search(
        query or None, speaker=speaker, source=source, since=since, until=until, limit=limit
    )
    if speaker and result.speaker_used and not _same_speaker(speaker, result.speaker_used):
        _warn(f"no speaker {speaker!r}; showing {result.speaker_used!r}")

    statements = result.statements
    if fmt == "json":
        _write(render.statements_json(statements))
    elif fmt == "jsonl":
        _write(render.statements_jsonl(statements))
    elif fmt == "csv":
        if statements:
            _write(render.mentions_csv(render.statement_mentions(statements)))
    else:
        _write(render.statements_table(statements, query=query, color=_color(), width=_width()))

    if not statements:
        hint = f" Did you mean: {result.suggestion}?" if result.suggestion else ""
        _warn(f"No statements found.{hint}")
        raise click.exceptions.Exit(EXIT_NOTHING)
    if result.total > len(statements):
        _warn(
            f"Showing {len(statements)} of {result.total} statements; "
            "use --limit to see more."
        )


def _same_speaker(asked: str, used: str) -> bool:
    """Whether ``used`` is just ``asked`` spelled out ("smith" → "Jane Smith")."""
    asked_words = asked.casefold().replace(".", " ").split()
    used_words = used.casefold().replace(".", " ").split()
    return bool(asked_words) and set(asked_words) <= set(used_words)


@main.command()
@click.argument("statement_id", metavar="ID")
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["table", "json"], case_sensitive=False),
    default="table", show_default=True, help="table for people, json for programs.",
)
@click.pass_context
def show(ctx: click.Context, statement_id: str, fmt: str) -> None:
    """Show one statement with every source's wording in context.

    For each source: the sentence around the quote, date, title, URL, the
    speaker as the article wrote it ("the bank's chief economist"), the role
    and the reporting verb. IDs come from `quotes search`; a unique prefix
    of 4 or more characters will do. Exit code 1 for an unknown ID.

    \b
    Examples:
      quotes show s1a2b3c4d5e
      quotes show s1a2 --format json
    """
    index = _open_index(ctx)
    statement = index.statement(statement_id.strip())
    if statement is None:
        option: IndexOption = ctx.obj
        _nothing(
            f"no statement {statement_id!r} in {option.path}; "
            "`quotes search` shows the ids"
        )
    if fmt == "json":
        _write(render.statements_jsonl([statement]))
    else:
        click.echo(render.statement_detail(statement, color=_color(), width=_width()), nl=False)


@main.command()
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["table", "json"], case_sensitive=False),
    default="table", show_default=True, help="table for people, json for programs.",
)
@click.pass_context
def speakers(ctx: click.Context, fmt: str) -> None:
    """List speakers with their numbers of quotations and statements.

    A speaker is one canonical name; "names seen" lists the other spellings
    the articles used for them (surname only, with a title, translated …).

    \b
    Examples:
      quotes speakers
      quotes speakers --format json
    """
    found = _open_index(ctx).speakers()
    if fmt == "json":
        click.echo(render.speakers_json(found), nl=False)
    elif found:
        click.echo(render.speakers_table(found), nl=False)
    if not found:
        _nothing("no speakers in the index")


@main.command()
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["jsonl", "json", "csv"], case_sensitive=False),
    default="jsonl", show_default=True, help="Output format.",
)
@click.pass_context
def export(ctx: click.Context, fmt: str) -> None:
    """Write every quotation in the index, one per source, to stdout.

    Each record: source, start, end (character offsets of the quoted words
    in the article text), text, speaker, cluster (the statement id), name
    (the speaker as resolved in that article), mention, role, cue, title,
    url, date, outlet, context.

    \b
    Examples:
      quotes export > quotes.jsonl
      quotes export --format csv > quotes.csv
    """
    mentions = _open_index(ctx).mentions()
    if fmt == "json":
        _write(render.mentions_json(mentions))
    elif fmt == "csv":
        _write(render.mentions_csv(mentions))
    else:
        _write(render.mentions_jsonl(mentions))


cli = main
