"""Run the stages for ``quotes index``: read, extract, attribute, group, write.

The whole read → compute → write cycle runs under the index's write lock, so
two ``quotes index`` runs on one index queue up instead of losing each
other's work. Speakers and statements are recomputed over every stored
mention plus the new ones: both algorithms depend only on the set of
mentions, so indexing in several runs gives the same result as one run, and
only statements whose content changed are rewritten. Nothing is written
until everything is computed; Whoosh's commit is atomic, so a run that fails
or is killed leaves the last committed index as it was.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Any, BinaryIO, Callable, Iterable, Iterator, Mapping, Sequence

from .articles import check_paths, read_articles
from .index import QuoteIndex
from .records import Article, IndexSummary, Mention, Problem, Quotation
from .speakers import assign_canonical
from .statements import group

if TYPE_CHECKING:
    from .extract import Extractor

# Context kept with each mention: the sentence(s) around it, capped.
MAX_CONTEXT_CHARS = 800
# Mention strings often equal to those of other mentions.
_SHARED_FIELDS = ("text", "context", "name", "mention", "role", "cue", "title", "url", "date", "outlet")
# Below this many inputs a process pool costs more than it saves.
POOL_MIN_ARTICLES = 64
_worker: "Extractor | None" = None


def _init_worker(model: str | None) -> None:
    global _worker
    from .extract import Extractor

    _worker = Extractor(model)


def _extract_one(extractor: "Extractor | None", item: Article | Problem) -> tuple[Article | Problem, list[Mention]]:
    """An input with its mentions (none for a Problem): the unit of work, serial or pooled."""
    if isinstance(item, Problem) or extractor is None:
        return item, []
    return item, to_mentions(item, extractor(item.text))


def _extract_in_worker(item: Article | Problem) -> tuple[Article | Problem, list[Mention]]:
    return _extract_one(_worker, item)


def _extract_all(
    items: Iterable[Article | Problem], model: str | None, jobs: int
) -> Iterator[tuple[Article | Problem, list[Mention]]]:
    """Extract every article, in input order, in ``jobs`` processes when worth it.

    jobs=0 picks one process per core once there are more than a few dozen
    articles; the parent keeps reading while the workers extract.
    """
    from .extract import Extractor

    extractor = Extractor(model)  # loads (and checks) the model before any work
    it = iter(items)
    head = list(itertools.islice(it, POOL_MIN_ARTICLES))
    cores = os.cpu_count() or 1
    workers = jobs if jobs > 0 else (cores if len(head) >= POOL_MIN_ARTICLES else 1)
    if workers <= 1:
        for item in itertools.chain(head, it):
            yield _extract_one(extractor, item)
        return
    # fork shares the loaded pipeline with the workers; elsewhere they load their own
    global _worker
    if sys.platform.startswith("linux"):
        _worker = extractor
        pool = multiprocessing.get_context("fork").Pool(workers)
    else:
        pool = multiprocessing.get_context("spawn").Pool(workers, initializer=_init_worker, initargs=(model,))
    try:
        yield from pool.imap(_extract_in_worker, itertools.chain(head, it), chunksize=16)
    finally:
        pool.terminate()
        _worker = None


def to_mentions(article: Article, quotations: Sequence[Quotation]) -> list[Mention]:
    """Place an article's quotations in the corpus, with its metadata."""
    out = []
    for q in quotations:
        a = max(0, min(q.context_start, q.start))
        b = max(q.context_end, q.end)
        if b - a > MAX_CONTEXT_CHARS:
            pad = max(0, (MAX_CONTEXT_CHARS - (q.end - q.start)) // 2)
            a, b = max(a, q.start - pad), min(b, q.end + pad)
        out.append(Mention(
            source=article.source, start=q.start, end=q.end, text=q.text,
            name=q.speaker, mention=q.mention, role=q.role, cue=q.cue,
            context=" ".join(article.text[a:b].split()),
            title=article.title, url=article.url, date=article.date, outlet=article.outlet,
        ))
    return out


def index_paths(
    paths: Sequence[str],
    index_dir: str | os.PathLike[str],
    *,
    model: str | None = None,
    glob: str | None = None,
    fields: Mapping[str, str] | None = None,
    stdin: BinaryIO | None = None,
    lock_timeout: float = 60.0,
    on_wait: Callable[[], None] | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    jobs: int = 0,
) -> IndexSummary:
    """Index files, directories or ``-`` (stdin) into the index at ``index_dir``.

    Re-indexing a source replaces its mentions. Returns what this run read:
    articles, quotations, speakers and statements among them, skipped inputs.
    """
    check_paths(paths)
    index = QuoteIndex(index_dir)
    problems: list[Problem] = []
    skipped = 0
    strings: dict[str, str] = {}
    with index.write_lock(lock_timeout, on_wait):
        old_statements = (
            list(index.statements(strings)) if QuoteIndex.exists(index_dir) else []
        )
        fresh: dict[str, list[Mention]] = {}
        items = read_articles(paths, glob=glob, fields=fields, stdin=stdin)
        for item, mentions in _extract_all(items, model, jobs):
            if isinstance(item, Problem):
                problems.append(item)
                skipped += item.skipped
                if on_problem is not None:
                    on_problem(item)
                continue
            fresh.pop(item.source, None)  # the same source twice: the last one wins
            fresh[item.source] = [_shared(m, strings) for m in mentions]
            if on_progress is not None:
                on_progress(len(fresh))
        strings.clear()
        articles = len(fresh)
        kept = [m for st in old_statements for m in st.mentions if m.source not in fresh]
        new = [m for ms in fresh.values() for m in ms]
        run_sources = set(fresh)  # a mention is from this run iff its source is
        del fresh
        previous = {m.key: m.statement for st in old_statements for m in st.mentions}
        old_by_id = {st.id: st for st in old_statements}
        del old_statements
        # Each stage copies every mention: drop the previous copy as soon as
        # the next exists, so that at most two are alive at once.
        named = assign_canonical(kept + new)
        quotations = len(new)
        del kept, new
        statements = group(named, previous)
        del named, previous
        put = [st for st in statements if old_by_id.get(st.id) != st]
        delete = set(old_by_id) - {st.id for st in statements}
        del old_by_id
        if put or delete:
            index.update(put, delete)
        del put
    run_statements = [st for st in statements if any(m.source in run_sources for m in st.mentions)]
    speakers = {m.speaker for st in run_statements for m in st.mentions if m.source in run_sources and m.speaker}
    return IndexSummary(
        articles=articles, quotations=quotations, speakers=len(speakers),
        statements=len(run_statements), skipped=skipped, problems=tuple(problems),
    )


def _shared(m: Mention, strings: dict[str, str]) -> Mention:
    """The mention with its strings shared with equal ones seen before.

    The same quotation is often reported by many articles (and a wire
    story by many outlets), and every mention stays in memory until its
    statements are written: one copy of each distinct string is enough.
    """
    share = strings.setdefault
    changed: dict[str, Any] = {}
    for name in _SHARED_FIELDS:
        value = getattr(m, name)
        if value is not None:
            common = share(value, value)
            if common is not value:
                changed[name] = common
    return replace(m, **changed) if changed else m
