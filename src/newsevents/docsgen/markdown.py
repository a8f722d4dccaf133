"""Markdown fragments that survive a table cell: inline code, escaped cell text, links, compact JSON.

The page model uses them for the few pieces of text it spells out (constraints); the templates use them as
filters and functions. They are the only escaping the reference pages get: the templates render with
autoescaping off, since the output is Markdown, not HTML.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["MISSING", "PATTERN_TAIL", "anchor", "cell", "code", "code_span", "compact_json", "fits_cell", "link",
           "para", "readable_pattern"]

#: What a table shows where a schema gives no description.
MISSING = "*(no description)*"


#: What our schemas put after a pattern's final ``$``: Python's ``$`` also matches before a final newline, and this
#: lookahead makes it agree with ECMA-262, where ``$`` means the very end. Readers are shown just the ``$``.
PATTERN_TAIL = "$(?!\\n)"


def compact_json(value: Any) -> str:
    """``value`` as one line of JSON, non-ASCII characters kept as they are."""
    return json.dumps(value, ensure_ascii=False)


def anchor(text: str) -> str:
    """A stable HTML anchor made from ``text``: runs of other characters become one ``-``."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-") or "x"


def code(text: str) -> str:
    """Inline code that survives tables: backticks when safe, else HTML with every symbol escaped."""
    if "|" not in text and "`" not in text and text.strip() == text and text:
        return f"`{text}`"
    escaped = "".join(c if c.isalnum() or c == " " else f"&#{ord(c)};" for c in text)
    return f"<code>{escaped}</code>"


def fits_cell(text: str) -> bool:
    """Whether ``text`` can be a plain backtick code span inside a table cell (no pipe, no backtick, no edge spaces)."""
    return bool(text) and "|" not in text and "`" not in text and text.strip() == text


def code_span(text: str) -> str:
    """Inline code outside tables, for any text: a backtick fence longer than any run of backticks inside."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def readable_pattern(pattern: str) -> tuple[str, bool]:
    """A pattern as a person reads it, and whether it lost the :data:`PATTERN_TAIL` lookahead on the way.

    Only a final ``$`` that is an anchor loses it: after an odd number of backslashes it is a literal dollar.
    """
    if pattern.endswith(PATTERN_TAIL):
        head = pattern[: -len(PATTERN_TAIL)]
        backslashes = len(head) - len(head.rstrip("\\"))
        if backslashes % 2 == 0:
            return head + "$", True
    return pattern, False


def cell(text: str) -> str:
    """Markdown text made safe for one table cell: pipes escaped, paragraphs kept as line breaks."""
    parts = re.split(r"(`[^`]*`)", text.strip())
    out = []
    for index, part in enumerate(parts):
        if index % 2:
            out.append(code(part[1:-1]) if "|" in part else part)
        else:
            out.append(part.replace("|", "\\|").replace("<", "&lt;"))
    joined = "".join(out)
    return re.sub(r"\n\s*\n", "<br><br>", joined).replace("\n", " ")


def para(text: str) -> str:
    """The first paragraph of ``text``: what a one-line summary shows."""
    return text.split("\n\n")[0].strip()


def link(page: str, target: str, label: str, here: str) -> str:
    """A link to ``target`` (an anchor, or '' for the top) on ``page``, relative when ``page`` is ``here``."""
    return f"[{label}](#{target})" if page == here else f"[{label}]({page}.md{'#' + target if target else ''})"
