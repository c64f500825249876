"""Lines that hold only a space between a table's cells, a cell a line: the padding cells of a rendering that prints
each HTML cell as a paragraph, the empty ones as " " (Intel Q2 2026's statements: "Net revenue" / "$" / "16,128" / " " /
"$" / "12,859" / " " / "Cost of sales" ...). Such a line is no row's end: where the rendering pads its figures so
(three times at least), the lines are left out before the cells are joined into rows; a line with nothing on it
still ends a row."""

from __future__ import annotations

_PADDED = 3  # figures followed by a space-only line and another cell, before the rendering is taken to pad its cells


def _space_only(text: str) -> bool:
    return bool(text) and not text.strip(" \t\u00a0")


def without_padding(recs: list, lone) -> list:
    """``recs`` without the space-only lines between one-cell lines (``lone(x)``: the one cell of a line), where the
    rendering pads its cells so; else ``recs`` itself."""
    padding = [k for k in range(1, len(recs) - 1)
               if recs[k].kind == "blank" and not recs[k].reader and _space_only(recs[k].text)
               and lone(recs[k - 1]) is not None and lone(recs[k + 1]) is not None]
    if len(padding) < _PADDED:
        return recs
    drop = set(padding)
    return [x for k, x in enumerate(recs) if k not in drop]
