"""The package must work from general rules, not from the sample articles.

Seed speakers' names, their quotations and the seed file names must not
appear in the package source: an extractor tuned to five articles is
worthless on the sixth. Tests may use the seeds; the package may not.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((ROOT / "tests" / "data" / "seeds_gold.json").read_text(encoding="utf-8"))
PACKAGE = sorted((ROOT / "quotesearch").glob("*.py"))


def _forbidden() -> set[str]:
    words: set[str] = set()
    for st in GOLD["statements"]:
        name = st["speaker"]
        parts = name.replace("’", "'").split()
        # people: two or more capitalised words, no connective
        if len(parts) >= 2 and all(p[:1].isupper() for p in parts) and "and" not in parts and "'s" not in name:
            words.add(parts[-1])
        for m in st["mentions"]:
            text = m["text"].strip(" .,")
            if len(text.split()) >= 4 or (len(text.split()) == 1 and len(text) >= 6):
                words.add(text)
            words.add(m["source"])
            words.add(m["source"].split("_")[-1].removesuffix(".txt"))
        words.update(a.split()[-1] for a in st["accept"] if len(a.split()) >= 2 and a.split()[-1][:1].isupper())
    generic = {"NATO", "Union", "States", "Street", "Kingdom", "office", "alliance", "ministers", "official"}
    return {w for w in words if w not in generic and len(w) >= 4}


FORBIDDEN = sorted(_forbidden())


def test_forbidden_list_is_not_empty() -> None:
    # guards the test itself: it must actually be looking for something
    assert len(FORBIDDEN) > 30
    assert "Kirby" in FORBIDDEN and "hysteria" in FORBIDDEN


@pytest.mark.parametrize("path", PACKAGE, ids=lambda p: p.name)
def test_package_names_no_seed_speaker_quote_or_file(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    hits = [w for w in FORBIDDEN if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", source, re.IGNORECASE)]
    assert hits == [], f"{path.name} names seed material: {hits}"
