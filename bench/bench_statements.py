"""Time statements.group() on synthetic mentions.

    python bench/bench_statements.py --mentions 200000

Generates a corpus shaped like news quotes: speakers with Zipf-distributed
output (a few speak in thousands of articles), statements quoted by one to
six sources as exact copies, truncations, short fragments and rewordings
(words swapped for synonyms, dropped or added), a share of mentions with no
known speaker, articles of about ten quotes each with contexts and dates.
Prints the time group() takes and, as a sanity check, pairwise precision
and recall against the generated truth (recall stays near 0.7 by design:
two-to-four-word fragments and rewordings with random "synonyms" are not
evidence enough).

To measure grouping alone on hand-labelled data, build the mentions from a
gold file (its spans and speakers; context = the sentence around each span)
and write what ``quotes export`` would, for the shared scorer:

    python bench/bench_statements.py --gold tests/data/seeds_gold.json \
        --texts seeds --out /tmp/seeds.jsonl
    python ../shared/eval/score.py tests/data/seeds_gold.json /tmp/seeds.jsonl --verbose

``--surnames`` reduces gold speakers to surnames and pronouns to None (for
PolNeAR, whose gold speakers are names as written in each article).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotesearch.records import Mention  # noqa: E402
from quotesearch.statements import group  # noqa: E402

FUNCTION_WORDS = (
    "the a of to and in that is it for we on not be this with are have will as our "
    "they at by but from what all there their can would about if has been more so who"
).split()


@dataclass
class Corpus:
    mentions: list[Mention]
    truth: dict[tuple[str, int], int]  # mention key -> generated statement number


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    syllables = [c + v for c in "bcdfghjklmnprstvwz" for v in "aeiou"]
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def _zipf_weights(n: int, s: float = 1.1, offset: int = 0) -> list[float]:
    return [1.0 / ((k + offset) ** s) for k in range(1, n + 1)]


def generate(n_mentions: int, seed: int = 1) -> Corpus:
    rng = random.Random(seed)
    vocab = _vocabulary(rng, 30000)
    # content words: Zipf-Mandelbrot, the commonest ~0.7% of content words
    # (function words are drawn separately), as in English news quotes
    cum_vocab = _cumulative(_zipf_weights(len(vocab), 1.0, offset=20))
    synonyms = {w: rng.choice(vocab) for w in vocab[:5000]}
    n_speakers = max(10, n_mentions // 40)
    speakers = [f"Speaker {k}" for k in range(n_speakers)]
    cum_speakers = _cumulative(_zipf_weights(n_speakers))

    def sentence(length: int) -> list[str]:
        words = []
        for _ in range(length):
            if rng.random() < 0.45:
                words.append(rng.choice(FUNCTION_WORDS))
            else:
                words.append(rng.choices(vocab, cum_weights=cum_vocab)[0])
        return words

    def variant(words: list[str]) -> list[str]:
        kind = rng.random()
        if kind < 0.35:
            return list(words)
        if kind < 0.55 and len(words) > 6:  # truncated
            a = rng.randint(0, len(words) // 3)
            b = rng.randint(a + max(3, len(words) // 2), len(words))
            return words[a:b]
        if kind < 0.65 and len(words) > 4:  # short fragment
            a = rng.randint(0, len(words) - 3)
            return words[a : a + rng.randint(2, 4)]
        out = []  # reworded: synonyms, drops, insertions
        for w in words:
            r = rng.random()
            if r < 0.15:
                out.append(synonyms.get(w, w))
            elif r < 0.22:
                continue
            else:
                out.append(w)
            if rng.random() < 0.05:
                out.append(rng.choice(FUNCTION_WORDS))
        return out or list(words)

    items: list[tuple[str | None, list[str], int, int]] = []  # speaker, words, statement, day
    statement = 0
    while len(items) < n_mentions:
        speaker: str | None = rng.choices(speakers, cum_weights=cum_speakers)[0]
        words = sentence(rng.randint(4, 30))
        day = rng.randint(0, 364)
        for _ in range(min(6, 1 + int(rng.expovariate(1.0)))):
            who = None if rng.random() < 0.1 else speaker
            items.append((who, variant(words), statement, day + rng.randint(0, 3)))
        statement += 1
    items = items[:n_mentions]
    rng.shuffle(items)

    mentions: list[Mention] = []
    truth: dict[tuple[str, int], int] = {}
    per_article = 10
    for a in range(0, len(items), per_article):
        source = f"article-{a // per_article:06d}.txt"
        offset = 0
        for who, words, number, day in items[a : a + per_article]:
            text = " ".join(words).capitalize() + "."
            context = f"\u201c{text}\u201d {who or 'someone'} said."
            start = offset + 1
            mentions.append(
                Mention(
                    source=source,
                    start=start,
                    end=start + len(text),
                    text=text,
                    speaker=who,
                    name=who,
                    context=context,
                    date=f"2024-{1 + day // 31 % 12:02d}-{1 + day % 28:02d}",
                )
            )
            truth[(source, start)] = number
            offset += len(context) + 40
    return Corpus(mentions, truth)


def _cumulative(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def pairwise(
    truth: dict[tuple[str, int], int], found: dict[tuple[str, int], str]
) -> tuple[float, float]:
    """Pairwise precision and recall of the found grouping against the truth."""

    def same_pairs(labels: Counter[object]) -> int:
        return sum(c * (c - 1) // 2 for c in labels.values())

    both = same_pairs(Counter((truth[k], found[k]) for k in truth))
    return (
        both / max(1, same_pairs(Counter(found.values()))),
        both / max(1, same_pairs(Counter(truth.values()))),
    )


PRONOUNS = {"", "he", "she", "they", "it", "i", "we", "you", "who", "which", "his", "her",
            "him", "them", "their", "its", "this", "that", "said", "the statement"}


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) around a span, white space squashed (as extract gives)."""
    dot = text.rfind(". ", 0, start)
    begin = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, start) + 1)
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    stop = min(ends) + (text[min(ends)] == ".") if ends else len(text)
    return " ".join(text[begin:stop].split())


def surname(name: str) -> str | None:
    """"Rick Tyler, a spokesman for X" -> "Tyler"; pronouns -> None."""
    name = name.replace("\u2019", "'").strip()
    if name.lower() in PRONOUNS:
        return None
    words = [w for w in re.split(r",| of | from | who |\(", name)[0].split() if w[:1].isupper()]
    return re.sub(r"'s$", "", words[-1]) if words else None


def gold_mentions(gold_path: Path, texts: Path, surnames: bool) -> list[Mention]:
    """Mentions for every gold span (the first, if two gold statements share one)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    articles: dict[str, str] = {}
    out: dict[tuple[str, int], Mention] = {}
    for statement in gold["statements"]:
        speaker = surname(statement["speaker"]) if surnames else statement["speaker"]
        for m in statement["mentions"]:
            source, start, end = m["source"], m["start"], m["end"]
            if source not in articles:
                articles[source] = (texts / source).read_text(encoding="utf-8")
            day = re.search(r"\d{4}-\d\d-\d\d", source)
            out.setdefault((source, start), Mention(
                source=source, start=start, end=end, text=m["text"], speaker=speaker,
                context=sentence_around(articles[source], start, end),
                date=day.group(0) if day else None,
            ))
    return list(out.values())


def score_gold(args: argparse.Namespace) -> None:
    mentions = gold_mentions(Path(args.gold), Path(args.texts), args.surnames)
    t0 = time.perf_counter()
    statements = group(mentions)
    t1 = time.perf_counter()
    with open(args.out, "w", encoding="utf-8") as out:
        for s in statements:
            for m in s.mentions:
                row = {"source": m.source, "start": m.start, "end": m.end, "text": m.text,
                       "speaker": m.speaker, "cluster": s.id}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(mentions)} gold mentions -> {len(statements)} statements in {t1 - t0:.2f}s; "
          f"wrote {args.out}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mentions", type=int, default=200000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--gold", help="group a gold file's mentions instead (see above)")
    parser.add_argument("--texts", help="directory of the gold file's articles")
    parser.add_argument(
        "--out",
        default=str(Path(tempfile.gettempdir()) / "statements.jsonl"),
        help="JSONL for score.py (default: statements.jsonl in the temp directory)",
    )
    parser.add_argument("--surnames", action="store_true", help="gold speakers -> surnames")
    args = parser.parse_args(argv)
    if args.gold:
        if not args.texts:
            parser.error("--gold needs --texts DIR")
        score_gold(args)
        return
    t0 = time.perf_counter()
    corpus = generate(args.mentions, args.seed)
    t1, c1 = time.perf_counter(), time.process_time()
    statements = group(corpus.mentions)
    t2, c2 = time.perf_counter(), time.process_time()
    found = {m.key: s.id for s in statements for m in s.mentions}
    precision, recall = pairwise(corpus.truth, found)
    speakers = len({m.speaker for m in corpus.mentions})
    print(f"generated {len(corpus.mentions)} mentions ({speakers} speakers) in {t1 - t0:.1f}s")
    print(f"group(): {t2 - t1:.1f}s wall, {c2 - c1:.1f}s CPU -> {len(statements)} statements")
    print(f"pairwise vs generated truth: precision={precision:.3f} recall={recall:.3f}")


if __name__ == "__main__":
    main()
