"""The same release in another layout must give the same facts: HTML releases rendered as markdown, compared.

A user hands over whatever they have: the release's HTML, or a markdown or text rendering of it made by some tool.
This renders each HTML release of a folder (default ``../shared/corpus``) as markdown the way HTML-to-markdown tools do
(each ``<td>`` a pipe cell, a ``colspan`` as empty cells after it, text outside tables as paragraphs), converts both,
and compares the facts (concept, dimensions, period, unit -> value). A fact of one layout the other lacks, or a
different value, is a reading that depends on the layout: a defect of one of the readers (or of the rendering: look at
the lines). Nothing here is asserted; it is a tool to find such defects.

Usage: python benchmarks/layouts.py [FOLDER] [--keep DIR] [-v]
The last line: ``releases=7 identical=3 facts html=1534 markdown=1514 differing=62``.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import tempfile
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_SPACE = re.compile(r"[ \t\u00a0]+")
_BLOCKS = ("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table")


def _cell(td) -> str:
    return re.sub(r"\s+", " ", td.text_content()).strip().replace("|", "/")


def _table(tbl) -> str:
    rows = []
    for tr in tbl.iter("tr"):
        if tr.getparent() is not None and next(tr.iterancestors("table"), None) is not tbl:
            continue  # a row of a table nested in this one
        cells = []
        for td in tr:
            if td.tag not in ("td", "th"):
                continue
            cells.append(_cell(td))
            span = str(td.get("colspan") or "1")
            cells.extend([""] * (int(span) - 1 if span.isdigit() and 0 < int(span) < 100 else 0))
        if any(cells):
            rows.append(cells)
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    out = []
    for i, r in enumerate(rows):
        out.append("| " + " | ".join(r + [""] * (width - len(r))) + " |")
        if i == 0:
            out.append("|" + "---|" * width)
    return "\n".join(out)


def render(html: str) -> str:
    """An HTML release as markdown: tables as pipe tables, the rest as lines of text."""
    doc = lxml.html.fromstring(html)
    for bad in doc.xpath("//script|//style"):
        bad.drop_tree()
    tables = []
    for tbl in doc.xpath("//table[not(ancestor::table)]"):
        marker = lxml.html.Element("p")
        marker.text = f"@@TABLE{len(tables)}@@"
        tables.append(_table(tbl))
        tbl.addprevious(marker)
        tbl.drop_tree()
    for el in doc.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    lines = [_SPACE.sub(" ", line).strip() for line in doc.text_content().splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    for i, md in enumerate(tables):
        text = text.replace(f"@@TABLE{i}@@", "\n" + md + "\n")
    return text.strip() + "\n"


def facts(folder: Path) -> dict[tuple, str]:
    out = {}
    for p in folder.glob("*-facts-plain.csv"):
        with p.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if r["concept"].startswith("dei:"):
                    continue
                dims = tuple(sorted((k, v) for k, v in r.items() if ":" in k and k != "concept" and v))
                out[(r["concept"], dims, r["period_start"], r["period_end"], r["unit"])] = r["value"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--keep", type=Path, help="keep the renderings and outputs here")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each differing fact")
    args = ap.parse_args()
    from prxbrl.api import convert
    from prxbrl.errors import PrxbrlError

    work = args.keep or Path(tempfile.mkdtemp(prefix="prxbrl-layouts-"))
    work.mkdir(parents=True, exist_ok=True)
    n = same = total_h = total_m = differing = 0
    for src in sorted(args.folder.glob("*.htm*")):
        md = work / f"{src.stem}.md"
        md.write_text(render(src.read_text("utf-8", errors="replace")), encoding="utf-8")
        got = {}
        for kind, path in (("html", src), ("markdown", md)):
            try:
                convert(path, work / kind / src.stem, formats=["xml"], validate=False)
                got[kind] = facts(work / kind / src.stem)
            except PrxbrlError as exc:
                print(f"{src.name}: {kind}: {exc}")
                got[kind] = {}
        h, m = got["html"], got["markdown"]
        diff = sorted(k for k in set(h) | set(m) if h.get(k) != m.get(k))
        n += 1
        same += not diff
        total_h += len(h)
        total_m += len(m)
        differing += len(diff)
        print(f"{src.stem:40s} html={len(h):5d} markdown={len(m):5d} differing={len(diff)}")
        if args.verbose:
            for k in diff:
                print(f"    {k[0]} {dict(k[1]) or ''} {k[2]}..{k[3]} {k[4]}: html={h.get(k)} markdown={m.get(k)}")
    print(f"releases={n} identical={same} facts html={total_h} markdown={total_m} differing={differing}")


if __name__ == "__main__":
    main()
