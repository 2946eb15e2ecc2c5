"""Instructions the extractor executes, counted by valgrind: a figure that does not
move with the machine's load, for telling a change's cost from a slow hour.

    python bench/instructions.py                 # this checkout
    python bench/instructions.py --repo OTHER    # another checkout, e.g. a git worktree of the last release

Runs the extractor over every eighth article of ../shared/polnear-train/text (the seeds
when it is absent) under `valgrind --tool=callgrind`, then a run that only imports the
package and extracts one sentence, and prints the difference. Takes about two minutes.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "polnear-train" / "text"

_CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from quotesearch.extract import Extractor
ex = Extractor()
ex("He said: “Hello there.”")
if sys.argv[2] != "-":
    for p in sorted(Path(sys.argv[2]).glob("*.txt"))[::8]:
        ex(p.read_text(encoding="utf-8", errors="replace"))
"""


def count(repo: Path, corpus: str) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c", _CHILD,
             str(repo), corpus],
            capture_output=True, text=True, check=True,
        )
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        raise SystemExit("valgrind printed no instruction count")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo", type=Path, default=ROOT, help="checkout whose quotesearch to measure")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt install valgrind)")
    corpus = SHARED if SHARED.is_dir() else ROOT / "seeds"
    whole = count(args.repo, str(corpus))
    base = count(args.repo, "-")
    print(f"{args.repo}: extraction {(whole - base) / 1e9:.3f} billion instructions "
          f"(every eighth article of {corpus}); import {base / 1e9:.3f} billion")


if __name__ == "__main__":
    main()
