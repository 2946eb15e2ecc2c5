"""quotesearch: who said what in the news, and who reported it.

The public API is loaded lazily (PEP 562 module ``__getattr__``) so that
``import quotesearch`` — and with it every ``quotes`` command — stays light:
the extractor's spaCy pipeline and the index's Whoosh are only imported by
the name that needs them.

    >>> from quotesearch import extract_quotes, QuoteIndex, index_paths
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["QuoteIndex", "__version__", "extract_quotes", "index_paths"]

# public name -> module that defines it
_LAZY = {
    "extract_quotes": "quotesearch.extract",
    "QuoteIndex": "quotesearch.index",
    "index_paths": "quotesearch.ingest",
}

if TYPE_CHECKING:
    from .extract import extract_quotes
    from .index import QuoteIndex
    from .ingest import index_paths


def __getattr__(name: str) -> Any:
    """Import the defining module on first use of a public name."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'quotesearch' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
