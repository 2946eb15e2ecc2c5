"""Fuzzing the extractor: whatever the text, it answers with consistent offsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotesearch.extract import Extractor, extract_quotes
from quotesearch.records import Quotation

_EXTRACTOR = Extractor()

# Pieces news text is made of, with every kind of quote mark and a few traps
# (glued words, unbalanced marks, markup, a mask-like private-use character).
_PIECES = [
    "“", "”", "„", "«", "»", "‘", "’", '"', "'", "‹", "›", "\n", "\n\n", " ", ", ", ". ", ": ", " — ", "…",
    "said", "says", "told", "added", "according to", "warned", "he", "she", "they", "it", "the",
    "Ana Torres", "Torres", "Mayor", "spokesman", "Karl Brandt", "the union chief", "the ministry",
    "ALLIANCE", "ALLIANCEMaria Jones", "Smithto", "We will win", "It is over.", "(", ")", "<b>", "</b>",
    'id="7"', "Said", "\ue000", "a", "of", "that", "Mr.", "U.S.", "1,000", "2016",
    # pieces the later rules look for: possessives, passives, datelines, headlines
    "'s", "’s", "claim that", "slogan is", "remark", "by", "was asked by", "labelled", "known as",
    "close to", "PORT LOUIS, Wis. —", "1st Lt.", "first", "Says", "Calls", "and I quote", "who's",
    "But", "strongly", "on Monday", "There’s", "Will", "From",
]

texts = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), max_size=40).map(" ".join),
    st.text(max_size=200),
)


def _check(text: str, quotes: list[Quotation]) -> None:
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.text.strip() == q.text
        assert 0 <= q.context_start <= q.start and q.end <= q.context_end <= len(text)
        assert q.speaker is None or q.speaker.strip()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extractor_never_raises_and_offsets_hold(text: str) -> None:
    _check(text, _EXTRACTOR(text))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map("".join))
def test_extract_quotes_is_deterministic(text: str) -> None:
    first = extract_quotes(text)
    _check(text, first)
    assert _EXTRACTOR(text) == first


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=60),
       st.sampled_from(["said Ana Torres.", "Ana Torres said.", "the ministry said."]))
def test_a_quoted_sentence_is_found_whatever_surrounds_it(before: str, attribution: str) -> None:
    """A well-formed quotation in its own paragraph is always found, with its words."""
    text = before + "\n\n“We will win,” " + attribution + "\n"
    quotes = _EXTRACTOR(text)
    _check(text, quotes)
    assert "We will win," in [q.text for q in quotes]
