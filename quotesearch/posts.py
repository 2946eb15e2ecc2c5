"""Embedded social-media posts: a statement printed without quote marks.

News pages embed posts, and text taken from a page keeps them in one of two shapes:

* a card: the author's name and handle on a line of their own ("Ann Lee ✓ @annlee"),
  the post's words on the lines under it, then often a line of time and counts
  ("9:47 PM · Jun 3 · 1.2M views");
* the one-paragraph form an embed falls back to: the words, a dash, the author and
  handle, the date ("We go again. — Ann Lee (@annlee) June 3, 2024").

The words are the author's as much as a quotation in marks is, so each post becomes a
quotation span whose speaker is the name printed with the handle.
"""

from __future__ import annotations

import re

from .quotemarks import QuoteSpan

_HANDLE = r"\(?@\w[\w.]{0,29}\)?"  # ("@sofie.maartens")
_VERIFIED = r"(?:[ \t]*[✓✔☑]\ufe0f?)?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# an author as printed: capitalised words, a few small ones between ("Office of the Mayor")
_AUTHOR = r"[A-Z][\w’'.&-]*(?:[ \t]+(?:[A-Z][\w’'.&-]*|of|the|and|for|de|van|von)){0,5}"
# "Ann Lee ✓ @annlee" alone on its line, the post's words on the lines after it
# (or with the date after it: "Ann Lee @annlee · 4 March")
_CARD = re.compile(
    rf"^[ \t]*(?P<name>{_AUTHOR}){_VERIFIED}[ \t]+{_HANDLE}(?:[ \t]*·[ \t]*[^\n·]{{1,30}})?[ \t]*\n"
    rf"(?P<words>(?:[ \t]*\S[^\n]*\n?)+)",
    re.M)
# a card's closing line of time, date and counts ("9:47 PM · Jun 3 · 1.2M views", "48.2K likes
# · 21.7K reposts"), or the page's end-of-embed tag ("[/embed]", "[End of embedded post]")
_META = re.compile(rf"^[ \t]*(?:\d{{1,2}}:\d{{2}}[ \t]*(?:[AP]M)?|{_MONTH}[ \t]+\d{{1,2}}\b)[^\n]*·|^[ \t]*\[(?:/|[Ee]nd\b)"
                   r"|^[ \t]*[\d.,]+[KkMm]?[ \t]+(?:likes|reposts|retweets|replies|views|comments|shares)\b", re.M)
# "… — Ann Lee (@annlee) June 3, 2024": the words back to the paragraph's start (or a tag)
_INLINE = re.compile(
    rf"^(?:[ \t]*<[^>\n]*>)?[ \t]*(?P<words>\S[^\n]*?)[ \t]+[—–-]{{1,2}}[ \t]*"
    rf"(?P<name>{_AUTHOR})[ \t]+\(@\w{{1,30}}\)[ \t]+{_MONTH}[ \t]+\d{{1,2}},[ \t]+\d{{4}}", re.M)
# a link to the post's picture is no part of its words
_PICTURE = re.compile(r"[ \t]*(?:pic\.twitter\.com/\S+|https?://\S+)[\s\S]*$")


def find_posts(text: str) -> list[tuple[QuoteSpan, str]]:
    """The embedded posts of ``text``, in text order: each one's words as a span (no
    marks: ``open_at`` and ``close_at`` are -1) and its author's name as printed."""
    if "@" not in text:
        return []  # (cheap test first: most articles embed no post)
    found: list[tuple[QuoteSpan, str]] = []
    for m in _CARD.finditer(text):
        start, end = m.start("words"), m.end("words")
        meta = _META.search(text, start, end)
        end = meta.start() if meta is not None else end
        found += [(span, m.group("name").strip()) for span in _span(text, start, end)]
    for m in _INLINE.finditer(text):
        found += [(span, m.group("name").strip()) for span in _span(text, m.start("words"), m.end("words"))]
    return sorted(found, key=lambda post: post[0].start)


def _span(text: str, start: int, end: int) -> list[QuoteSpan]:
    """The post's words between ``start`` and ``end``, without a trailing link."""
    words = _PICTURE.sub("", text[start:end]).rstrip()
    return [QuoteSpan(start, start + len(words), -1, -1)] if len(words.split()) >= 2 else []
