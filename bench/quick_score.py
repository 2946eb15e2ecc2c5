"""Score the extractor alone (no index) on a gold file: writes export-style JSONL.

    python bench/quick_score.py TEXT_DIR GOLD.json OUT.jsonl

Speakers get the corpus-level canonical names; clusters are left empty
unless --group is given. Used while tuning; `quotes export` is the real path.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from quotesearch.extract import Extractor
from quotesearch.records import Mention
from quotesearch.speakers import assign_canonical


def main() -> None:
    text_dir, gold, out = sys.argv[1:4]
    group = "--group" in sys.argv
    ex = Extractor()
    mentions: list[Mention] = []
    for path in sorted(Path(text_dir).glob("*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        for q in ex(text):
            mentions.append(Mention(source=path.name, start=q.start, end=q.end, text=q.text,
                                    name=q.speaker, mention=q.mention, role=q.role, cue=q.cue,
                                    context=text[q.context_start:q.context_end]))
    mentions = assign_canonical(mentions)
    clusters: dict[tuple[str, int], str] = {}
    if group:
        from quotesearch.statements import group as group_statements
        for st in group_statements(mentions):
            for m in st.mentions:
                clusters[m.key] = st.id
    with open(out, "w", encoding="utf-8") as fh:
        for i, m in enumerate(mentions):
            fh.write(json.dumps({"source": m.source, "start": m.start, "end": m.end, "text": m.text,
                                 "speaker": m.speaker, "cluster": clusters.get(m.key, f"m{i}")}) + "\n")


if __name__ == "__main__":
    main()
