"""Build ``taxonomy/geographic_members.json``: the members of ``srt:SegmentGeographicalDomain`` (the domain of
``srt:StatementGeographicalAxis``), and the US GAAP/SRT label of each, from the US GAAP 2024 taxonomy.

Source (read-only, never needed at run time):
  ../shared/taxonomies/us-gaap-2024-offline-package-with-srt.zip
      stm/us-gaap-stm-com-def-2024.xml: the domain-member tree under srt:SegmentGeographicalDomain (every member
      reachable from the domain by domain-member arcs)
      srt/2024/elts/srt-lab-2024.xml: the standard labels of the SRT members ("North America [Member]")

Output (JSON, deterministic): {"source": ..., "members": {qname: standard label without " [Member]" or null}}

Usage: python scripts/build_geographic_members.py [--shared ../shared] [--out taxonomy/geographic_members.json]
"""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from collections import defaultdict
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
LINK = "{http://www.xbrl.org/2003/linkbase}"
XLINK = "{http://www.w3.org/1999/xlink}"
DOMAIN = "srt:SegmentGeographicalDomain"
DOMAIN_MEMBER = "http://xbrl.org/int/dim/arcrole/domain-member"


def _qname(href: str) -> str:
    """'../elts/us-gaap-2024.xsd#us-gaap_EMEAMember' -> 'us-gaap:EMEAMember'."""
    frag = href.rsplit("#", 1)[1]
    prefix, _, name = frag.partition("_")
    return f"{prefix}:{name}"


def _members(def_xml: bytes) -> list[str]:
    children: dict[str, set[str]] = defaultdict(set)
    for link in etree.fromstring(def_xml).iter(f"{LINK}definitionLink"):
        locs = {l.get(f"{XLINK}label"): _qname(l.get(f"{XLINK}href")) for l in link.iter(f"{LINK}loc")}
        for arc in link.iter(f"{LINK}definitionArc"):
            if arc.get(f"{XLINK}arcrole") == DOMAIN_MEMBER:
                children[locs[arc.get(f"{XLINK}from")]].add(locs[arc.get(f"{XLINK}to")])
    seen: set[str] = set()
    todo = [DOMAIN]
    while todo:
        for kid in children.get(todo.pop(), ()):
            if kid not in seen:
                seen.add(kid)
                todo.append(kid)
    return sorted(seen)


def _labels(lab_xml: bytes) -> dict[str, str]:
    out = {}
    for link in etree.fromstring(lab_xml).iter(f"{LINK}labelLink"):
        locs = {l.get(f"{XLINK}label"): _qname(l.get(f"{XLINK}href")) for l in link.iter(f"{LINK}loc")}
        texts = {l.get(f"{XLINK}label"): l.text for l in link.iter(f"{LINK}label")
                 if l.get(f"{XLINK}role") == "http://www.xbrl.org/2003/role/label"}
        for arc in link.iter(f"{LINK}labelArc"):
            text = texts.get(arc.get(f"{XLINK}to"))
            if text:
                out[locs[arc.get(f"{XLINK}from")]] = re.sub(r"\s*\[Member\]$", "", text.strip())
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(ROOT / "taxonomy" / "geographic_members.json"))
    args = ap.parse_args()
    zpath = Path(args.shared) / "taxonomies" / "us-gaap-2024-offline-package-with-srt.zip"
    with zipfile.ZipFile(zpath) as z:
        names = z.namelist()
        def_name = next(n for n in names if n.endswith("stm/us-gaap-stm-com-def-2024.xml"))
        lab_name = next(n for n in names if n.endswith("srt/2024/elts/srt-lab-2024.xml"))
        members = _members(z.read(def_name))
        labels = _labels(z.read(lab_name))
    data = {"source": f"{zpath.name}: {def_name} (domain-member tree of {DOMAIN}), {lab_name}",
            "members": {m: labels.get(m) for m in members}}
    Path(args.out).write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(members)} members")


if __name__ == "__main__":
    main()
