"""Embedded social-media posts as quotations of their authors."""

from __future__ import annotations

import pytest

from quotesearch.extract import find_quotations
from quotesearch.posts import find_posts

CARD = """Lund breaks her silence

Late last night, the champion posted a statement.

Ida Lund ✓ @ida_runs
To everyone asking: I never took anything.
We go again.
9:47 PM · Jun 3 · 1.2M views

“It is a strong statement,” said Piet Vos. Lund has not spoken since.
"""

INLINE = """Running mate named

The senator made it official on Saturday.

<tweet>I am thrilled to name my running mate. pic.twitter.com/abc123 — Ana Brill (@anabrill) July 23, 2016</tweet>.

The Dunmore Herald (@dunmoreherald) had the news first.
"""


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotations(text)]


def test_a_post_card_is_its_authors_quotation() -> None:
    """The lines under "Name ✓ @handle", up to the line of time and counts, are the
    author's words; the author is then known, so a later "Lund" is Ida Lund."""
    assert _pairs(CARD) == [
        ("To everyone asking: I never took anything.\nWe go again.", "Ida Lund"),
        ("It is a strong statement,", "Piet Vos"),
    ]


def test_a_post_in_one_paragraph_without_its_picture_link() -> None:
    """"words — Name (@handle) Month D, YYYY": the words, without the picture's link; a
    handle in a sentence with no date is no post."""
    assert _pairs(INLINE) == [("I am thrilled to name my running mate.", "Ana Brill")]


def test_post_offsets_point_at_the_words() -> None:
    (span, author), = find_posts(CARD)
    assert CARD[span.start:span.end].startswith("To everyone asking")
    assert CARD[span.start:span.end].endswith("We go again.")
    assert (span.open_at, span.close_at, author) == (-1, -1, "Ida Lund")


def test_marks_inside_a_post_give_way_to_it() -> None:
    text = CARD.replace("I never took anything.", "I never took “anything” banned.")
    assert _pairs(text)[0] == ("To everyone asking: I never took “anything” banned.\nWe go again.", "Ida Lund")


@pytest.mark.parametrize(
    "text",
    [
        "Follow us @dunmoreherald\nfor more news every day.",
        "Write to news@dunmore.example with tips.",
        "Ida Lund (@ida_runs) has 40,000 followers.",
        "Ida Lund @ida_runs\nOk",
    ],
    ids=["a-call-to-follow", "an-email-address", "a-handle-in-a-sentence", "a-card-of-one-word"],
)
def test_no_post(text: str) -> None:
    assert find_posts(text) == []


EMBED = """The post that made me sit down

So many of you sent it to me that I am sharing it here, with Ida's permission:

[Embedded post]
Ida Lund @ida.lund · 4 March
I gave my daughter the wrong milk and did not even know it. Please check yours tonight.
48.2K likes · 21.7K reposts · 3,104 replies
[End of embedded post]

She wrote to me on Thursday to say her daughter was home. “She is feeding again,” she wrote.
"""


def test_a_card_with_its_date_a_handle_with_a_dot_and_a_line_of_counts() -> None:
    """"Ida Lund @ida.lund · 4 March" heads a card; its words end before the line of likes and
    reposts; and the author is the latest speaker, so "she wrote" after it is hers."""
    assert _pairs(EMBED) == [
        ("I gave my daughter the wrong milk and did not even know it. Please check yours tonight.", "Ida Lund"),
        ("She is feeding again,", "Ida Lund"),
    ]
