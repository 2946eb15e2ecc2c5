"""Speakers and statements on the probe sets: invented coverage of one story each, by twelve
outlets (several machine-translated), written with their keys by helpers who saw neither the
code nor the other sets.

    python bench/probes.py                  # every set in bench/probes
    python bench/probes.py BP --repo OTHER  # one set, scored with another checkout's code

For each set: the extractor and the grouping (bench/quick_score.py, no index) over its
articles, then ../shared/eval/score.py on the output. Needs ../shared (not shipped).
Which sets were tuned on and which is held out: the README's spot-check table under "Accuracy".
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "bench" / "probes"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", help="set names (default: all)")
    ap.add_argument("--repo", type=Path, default=ROOT, help="checkout whose code extracts (default: this one)")
    args = ap.parse_args()
    if not SCORER.exists():
        raise SystemExit(f"probes: the scorer {SCORER} is missing (it lives in ../shared, outside the project)")
    names = args.sets or sorted(p.name for p in PROBES.iterdir() if (p / "gold.json").exists())
    env = {**os.environ, "PYTHONPATH": str(args.repo.resolve())}
    for name in names:
        folder = PROBES / name
        if not (folder / "gold.json").exists():
            raise SystemExit(f"probes: no set {name!r} in {PROBES}")
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out.jsonl"
            subprocess.run([sys.executable, str(ROOT / "bench" / "quick_score.py"), str(folder / "articles"),
                            str(folder / "gold.json"), str(out), "--group"], check=True, env=env, cwd=args.repo)
            scored = subprocess.run([sys.executable, str(SCORER), str(folder / "gold.json"), str(out)],
                                    check=True, capture_output=True, text=True)
        print(f"== {name}")
        print("\n".join(line for line in scored.stdout.splitlines() if not line.startswith("SUMMARY")))


if __name__ == "__main__":
    main()
