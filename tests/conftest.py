"""Shared fixtures: an isolated index location, a CLI runner, the seeds.

Indexing the seeds runs the real extractor, which is slow, so it happens once
per test session (``seeded_index``) and read-only tests share the result.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # running pytest without installing the package
    sys.path.insert(0, str(REPO_ROOT))


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The checkout's root directory."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five seed articles shipped with the repository."""
    return REPO_ROOT / "seeds"


@pytest.fixture(autouse=True)
def _no_default_index(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Never let a test read or write ./index of the checkout.

    Tests that want the built-in default (no --index, no environment
    variable) remove the variable and chdir to a temporary directory.
    """
    monkeypatch.setenv(
        "QUOTESEARCH_INDEX", str(tmp_path_factory.getbasetemp() / "no-such-index")
    )
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def index_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, not yet existing index directory, also set as QUOTESEARCH_INDEX."""
    path = tmp_path / "ix"
    monkeypatch.setenv("QUOTESEARCH_INDEX", str(path))
    return path


@pytest.fixture
def runner() -> CliRunner:
    """A click test runner; result.stdout and result.stderr are kept apart."""
    return CliRunner()


@dataclass(frozen=True)
class Seeded:
    """An index of the seeds and what `quotes index` printed building it."""

    path: Path
    stdout: str
    stderr: str


@pytest.fixture(scope="session")
def seeded(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Iterator[Seeded]:
    """Index the seeds once, through the CLI, for the whole session."""
    from quotesearch.cli import main

    path = tmp_path_factory.mktemp("seeded") / "index"
    result = CliRunner().invoke(main, ["--index", str(path), "index", str(seeds_dir)])
    if result.exit_code != 0:
        pytest.fail(
            f"indexing the seeds failed (exit {result.exit_code}):\n"
            f"{result.stdout}\n{result.stderr}\n{result.exception!r}",
            pytrace=False,
        )
    yield Seeded(path=path, stdout=result.stdout, stderr=result.stderr)


@pytest.fixture
def seeded_index(seeded: Seeded) -> Path:
    """Path of the shared seed index: read it, never write to it."""
    return seeded.path
