"""quotesearch benchmark: one command, every figure beside its target.

    python bench/run.py                      # corpora of 1k and 10k articles
    python bench/run.py --sizes 1000,10000,100000
    python bench/run.py --quick              # 1k only, for a smoke run

Corpora and indexes are built under /tmp/quotesearch-bench (--work DIR, never
inside the repository) from ../shared/polnear-train/text when present, else
from seeds/: paragraphs of the source articles are shuffled into new articles
and surnames are varied, so quotations and speakers differ from article to
article. A corpus is reused once complete. Prints a table and writes
results.json in the work directory.

Measured:
  words/s per core     the default extractor (blank pipeline + rules), one process
  index                `quotes index` on each corpus, end to end (wall and CPU
                       time, articles/s, statement docs/s, words/s, peak RSS of
                       the largest process: the indexer or one of its workers)
  query p50/p95        in-process QuoteIndex.search on the largest index, per
                       query kind (term, phrase, speaker-filtered)
  search process       median wall time of a whole `quotes search` process
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "polnear-train" / "text"
WORK = Path(os.environ.get("QUOTESEARCH_BENCH_DIR", "/tmp/quotesearch-bench"))

TARGETS = {
    "words_per_s_core": ">= 200,000",
    "index_polnear_s": "<= 10 s",
    "search_process_s": "<= 0.30 s median",
    "query_p50_ms": "<= 5 ms",
    "query_p95_ms": "<= 50 ms",
    "peak_rss_mb": "< 1024 MB (100k articles)",
}

_SURNAME = re.compile(r"\b([A-Z][a-z]{3,})\b(?=\s+(?:said|says|told|added|stated|warned))")


def source_texts() -> tuple[str, list[str]]:
    base = SHARED if SHARED.is_dir() else ROOT / "seeds"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(base.glob("*.txt"))]
    return str(base), texts


def build_corpus(n: int, texts: list[str], seed: int = 7) -> Path:
    """n articles of 6-20 shuffled paragraphs each, speakers' surnames varied."""
    target = WORK / "corpora" / f"{n}"
    marker = target / ".complete"
    if marker.exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    rng = random.Random(seed)
    paragraphs = [p for t in texts for p in t.split("\n") if len(p.split()) >= 5]
    suffixes = ["", "son", "er", "ova", "ini", "sky", "ez", "berg"]
    for i in range(n):
        k = rng.randint(6, 20)
        chosen = rng.sample(paragraphs, min(k, len(paragraphs)))
        suffix = suffixes[i % len(suffixes)]
        body = "\n\n".join(_SURNAME.sub(lambda m: m.group(1) + suffix, p) for p in chosen)
        sub = target / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"bench_{i:06d}.txt").write_text(body, encoding="utf-8")
    marker.write_text("ok")
    return target


def words_per_second(texts: list[str]) -> float:
    from quotesearch.extract import Extractor

    ex = Extractor()
    words = sum(len(t.split()) for t in texts)
    start = time.process_time()
    for t in texts:
        ex(t)
    return words / (time.process_time() - start)


def corpus_words(corpus: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in corpus.rglob("*.txt"))


def run_index(corpus: Path, index: Path, extra: list[str]) -> dict[str, float]:
    """One `quotes index` process on a fresh index; rusage of that process
    alone (os.wait4), so the peak RSS is this run's, not the largest so far."""
    shutil.rmtree(index, ignore_errors=True)
    cmd = [sys.executable, "-m", "quotesearch", "--index", str(index), "index", "--quiet", *extra, str(corpus)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"indexing failed: {err.strip()[-500:]}")
    from quotesearch.index import QuoteIndex

    summary = QuoteIndex(index).summary()
    words = corpus_words(corpus)
    return {
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "articles": summary.articles,
        "words": words,
        "statements": summary.statements,
        "quotations": summary.quotations,
        "articles_per_s": summary.articles / wall,
        "docs_per_s": summary.statements / wall,
        "words_per_s": words / wall,
        "peak_rss_mb": usage.ru_maxrss / 1024,
    }


def query_latency(index: Path, n: int = 200, seed: int = 3) -> dict[str, dict[str, float]]:
    from quotesearch.index import QuoteIndex

    qi = QuoteIndex(index)
    rng = random.Random(seed)
    statements = []
    for st in qi.statements():
        statements.append(st)
        if len(statements) >= 5000:
            break
    # whole words of 5+ letters ("ilduce" is not a word of "@ilduce2016"), and
    # two words of 3+ letters next to each other in a quotation
    words = [w for st in statements for w in re.findall(r"\b[a-z]{5,}\b", st.text.lower())]
    phrases = []
    for st in statements:
        ws = re.findall(r"\w+", st.text)
        pairs = [(a, b) for a, b in zip(ws, ws[1:]) if re.fullmatch(r"[A-Za-z]{3,}", a) and re.fullmatch(r"[A-Za-z]{3,}", b)]
        if pairs:
            a, b = pairs[rng.randrange(len(pairs))]
            phrases.append(f'"{a} {b}"')
    speakers = [st.speaker.split()[-1] for st in statements if st.speaker]
    kinds = {
        "term": [(rng.choice(words), None) for _ in range(n)],
        "phrase": [(rng.choice(phrases), None) for _ in range(n)],
        "speaker": [(rng.choice(words), rng.choice(speakers)) for _ in range(n)],
    }
    qi.search("warmup")
    out: dict[str, dict[str, float]] = {}
    for kind, queries in kinds.items():
        times = []
        for q, sp in queries:
            t = time.perf_counter()
            qi.search(q, speaker=sp, limit=10)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        out[kind] = {"p50_ms": times[len(times) // 2], "p95_ms": times[int(len(times) * 0.95)]}
    return out


def search_process(index: Path, runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        # the console script a user runs: on PATH, or beside this interpreter (an unactivated venv)
        quotes = shutil.which("quotes") or str(Path(sys.executable).with_name("quotes"))
        subprocess.run([quotes, "--index", str(index), "search", "president"],
                       capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000", help="corpus sizes in articles (comma separated)")
    ap.add_argument("--quick", action="store_true", help="1k articles only")
    ap.add_argument("--jobs", default=None, help="passed to `quotes index --jobs`")
    args = ap.parse_args()
    sizes = [1000] if args.quick else [int(s) for s in args.sizes.split(",")]
    extra = ["--jobs", args.jobs] if args.jobs else []
    WORK.mkdir(parents=True, exist_ok=True)
    base, texts = source_texts()
    results: dict[str, object] = {"source": base, "cpus": os.cpu_count(), "sizes": sizes}
    print(f"source texts: {base} ({len(texts)} articles); machine: {os.cpu_count()} cores")

    wps = words_per_second(texts)
    results["words_per_s_core"] = wps
    rows = [("extraction, default pipeline", f"{wps:,.0f} words/s per core", TARGETS["words_per_s_core"])]

    if SHARED.is_dir():
        r = run_index(SHARED, WORK / "ix-polnear", extra)
        results["index_polnear"] = r
        rows.append(("`quotes index` PolNeAR (624k words)", f"{r['wall_s']:.1f} s (cpu {r['cpu_s']:.1f} s), "
                     f"{r['words_per_s']:,.0f} words/s, peak {r['peak_rss_mb']:.0f} MB", TARGETS["index_polnear_s"]))

    last_index = None
    for n in sizes:
        corpus = build_corpus(n, texts)
        index = WORK / f"ix-{n}"
        r = run_index(corpus, index, extra)
        results[f"index_{n}"] = r
        rows.append((f"index {n:,} articles", f"{r['wall_s']:.1f} s (cpu {r['cpu_s']:.0f} s) = {r['articles_per_s']:.0f} articles/s, "
                     f"{r['docs_per_s']:.0f} docs/s, {r['words_per_s']:,.0f} words/s, peak {r['peak_rss_mb']:.0f} MB",
                     TARGETS["peak_rss_mb"]))
        last_index = (index, r["statements"])
    assert last_index is not None
    lat = query_latency(last_index[0])
    results["query_latency"] = {"statements": last_index[1], **lat}
    for kind, v in lat.items():
        rows.append((f"query {kind} ({last_index[1]:,} statements)", f"p50 {v['p50_ms']:.1f} ms, p95 {v['p95_ms']:.1f} ms",
                     f"{TARGETS['query_p50_ms']}, {TARGETS['query_p95_ms']}"))
    sp = search_process(last_index[0])
    results["search_process_s"] = sp
    rows.append(("`quotes search` whole process", f"median {sp:.2f} s", TARGETS["search_process_s"]))

    width = max(len(r[0]) for r in rows)
    print(f"\n{'measure':<{width}}  {'result':<60}  target")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<60}  {target}")
    (WORK / "results.json").write_text(json.dumps(results, indent=2))
    print(f"\nwritten: {WORK / 'results.json'}")


if __name__ == "__main__":
    main()
