"""Accuracy of the whole pipeline, measured with the shared scorer.

    python bench/accuracy.py                 # seeds and PolNeAR
    python bench/accuracy.py --only seeds

For each corpus: `quotes index` into a temporary index, `quotes export
--format jsonl`, then ../shared/eval/score.py on the export (PolNeAR also with
--surname, as its issue asks). Needs ../shared (not shipped with the project).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"

CORPORA = {
    "seeds": (ROOT / "seeds", SHARED / "eval" / "seeds_gold.json", []),
    "polnear": (SHARED / "polnear-train" / "text", SHARED / "polnear-train" / "gold.json", ["--surname"]),
}


def quotes(*args: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "quotesearch", *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"quotes {' '.join(args)} failed: {proc.stderr.strip()}")
    return proc.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=sorted(CORPORA), help="score one corpus only")
    ap.add_argument("--verbose", action="store_true", help="pass --verbose to the scorer")
    args = ap.parse_args()
    if not SCORER.exists():
        raise SystemExit(f"{SCORER} not found: the scorer and gold files live in ../shared")
    for name, (texts, gold, flags) in CORPORA.items():
        if args.only and name != args.only:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            index = str(Path(tmp) / "ix")
            print(f"== {name}: {quotes('--index', index, 'index', '--quiet', str(texts)) or texts}", flush=True)
            export = Path(tmp) / "export.jsonl"
            export.write_text(quotes("--index", index, "export", "--format", "jsonl"), encoding="utf-8")
            for extra in ([[]] + ([flags] if flags else [])):
                cmd = [sys.executable, str(SCORER), str(gold), str(export), *extra]
                if args.verbose:
                    cmd.append("--verbose")
                label = " ".join(extra) or "exact names"
                print(f"-- scorer ({label})")
                subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
