"""Faults that must lose nothing: concurrent writers, a killed run, re-indexing.

These run real `quotes` processes, because locks and SIGKILL are about
processes, not functions.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from quotesearch.index import QuoteIndex
from quotesearch.ingest import index_paths

QUOTES = [sys.executable, "-m", "quotesearch"]


def _article(i: int) -> str:
    return (
        f"Minister Ada Worthing{i} said on Monday that “the harbour project number {i} will go ahead”.\n\n"
        f"“We have the money and the workers,” Worthing{i} added.\n"
    )


def _write_corpus(folder: Path, n: int, prefix: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{prefix}_{i:04d}.txt").write_text(_article(i), encoding="utf-8")


def _run(args: list[str], index: Path, **kw: object) -> subprocess.Popen[str]:
    env = {**os.environ, "QUOTESEARCH_INDEX": str(index)}
    return subprocess.Popen([*QUOTES, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)  # type: ignore[call-overload]


def _sources(index: Path) -> set[str]:
    return {m.source for m in QuoteIndex(index).mentions()}


def test_two_writers_at_once_both_land(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    _write_corpus(a, 40, "alpha")
    _write_corpus(b, 40, "beta")
    index = tmp_path / "ix"
    first = _run(["index", "--jobs", "1", str(a)], index)
    second = _run(["index", "--jobs", "1", "--wait", "120", str(b)], index)
    out1, err1 = first.communicate(timeout=300)
    out2, err2 = second.communicate(timeout=300)
    assert first.returncode == 0, err1
    assert second.returncode == 0, err2
    assert "Traceback" not in err1 + err2
    assert _sources(index) == {f"alpha_{i:04d}.txt" for i in range(40)} | {f"beta_{i:04d}.txt" for i in range(40)}


def test_writer_gives_up_after_wait_with_one_line(tmp_path: Path) -> None:
    index = tmp_path / "ix"
    corpus = tmp_path / "c"
    _write_corpus(corpus, 2, "c")
    qi = QuoteIndex(index)
    with qi.write_lock(timeout=5):
        proc = _run(["index", "--wait", "0.5", str(corpus)], index)
        out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2
    assert "Traceback" not in err
    assert "waiting" in err.lower()
    assert err.strip().splitlines()[-1].startswith("Error:")


def test_killed_run_leaves_last_commit_searchable_and_rerun_completes(tmp_path: Path) -> None:
    index = tmp_path / "ix"
    first = tmp_path / "first"
    _write_corpus(first, 5, "first")
    summary = index_paths([str(first)], index, jobs=1)
    assert summary.articles == 5
    before = _sources(index)

    big = tmp_path / "big"
    _write_corpus(big, 800, "big")  # (big enough that the run is still going when it is killed)
    proc = _run(["index", "--jobs", "1", str(big)], index)
    time.sleep(1.5)  # somewhere in reading, extracting or writing
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL

    # the last committed index still answers, with at least what it had
    assert before <= _sources(index)
    found = QuoteIndex(index).search("harbour", limit=10_000)
    assert before <= {m.source for st in found.statements for m in st.mentions}
    # and a rerun completes with everything
    rerun = _run(["index", "--jobs", "1", "--wait", "30", str(big)], index)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert _sources(index) == before | {f"big_{i:04d}.txt" for i in range(800)}


def test_reindexing_same_files_keeps_counts(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    _write_corpus(corpus, 6, "c")
    index = tmp_path / "ix"
    index_paths([str(corpus)], index, jobs=1)
    first = QuoteIndex(index).summary()
    index_paths([str(corpus)], index, jobs=1)
    again = QuoteIndex(index).summary()
    assert (first.articles, first.quotations, first.statements) == (again.articles, again.quotations, again.statements)


def test_modified_file_replaces_its_old_mentions(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    _write_corpus(corpus, 3, "c")
    index = tmp_path / "ix"
    index_paths([str(corpus)], index, jobs=1)
    changed = corpus / "c_0001.txt"
    changed.write_text("Mayor Lena Quist said the new bridge “will open in spring”.\n", encoding="utf-8")
    index_paths([str(changed)], index, jobs=1)
    texts = {m.text for m in QuoteIndex(index).mentions() if m.source == "c_0001.txt"}
    assert texts == {"will open in spring"}
    assert QuoteIndex(index).search('"harbour project number 1"').total == 0
    assert QuoteIndex(index).search('"harbour project number 2"').total == 1


def test_parallel_and_serial_extraction_agree(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    _write_corpus(corpus, 80, "p")  # above the pool threshold
    serial, parallel = tmp_path / "s", tmp_path / "p"
    index_paths([str(corpus)], serial, jobs=1)
    index_paths([str(corpus)], parallel, jobs=2)

    def rows(ix: Path) -> list[tuple[str, int, int, str | None]]:
        return sorted((m.source, m.start, m.end, m.speaker) for m in QuoteIndex(ix).mentions())

    assert rows(serial) == rows(parallel)


def test_bad_files_in_a_folder_are_skipped_and_counted(tmp_path: Path) -> None:
    corpus = tmp_path / "mixed"
    _write_corpus(corpus, 2, "good")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02garbage\x00" * 50)
    (corpus / "empty.txt").write_text("")
    (corpus / "latin.txt").write_bytes("Le ministre a dit « très bien » hier.\n".encode("cp1252"))
    proc = _run(["index", str(corpus)], tmp_path / "ix")
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert "2 skipped" in out
    assert {"good_0000.txt", "good_0001.txt"} <= _sources(tmp_path / "ix")


def test_export_after_faults_is_valid_jsonl(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    _write_corpus(corpus, 3, "c")
    index_paths([str(corpus)], tmp_path / "ix", jobs=1)
    proc = _run(["export", "--format", "jsonl"], tmp_path / "ix")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all({"source", "start", "end", "text", "speaker", "cluster"} <= r.keys() for r in rows)
