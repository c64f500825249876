#!/usr/bin/env python3
"""Build the compact concept catalogs in taxonomy/catalog/ from taxonomy schemas.

Reads (with lxml, never modifies or copies) the concept-defining schemas of

* US GAAP 2024, SRT 2024 and SEC dei 2024 from the offline taxonomy folder under
  ``<shared>/taxonomies/us-gaap-2024/`` (laid out by official URL, see its PROVENANCE.txt), and
* the prxbrl base taxonomy ``taxonomy/prx/prx-2024.xsd`` of this repository,

and writes one JSON file per taxonomy::

    {"concepts": {"Revenues": ["xbrli:monetaryItemType", "duration", "credit", 0, "item", 1], ...},
     "namespace": "http://fasb.org/us-gaap/2024", "prefix": "us-gaap",
     "schema_location": "https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd",
     "source_sha256": "...", "type_namespaces": {"dtr-types": "http://www.xbrl.org/dtr/type/2022-03-31", ...}}

Each concept array is [type QName (conventional prefix), periodType, balance or null, abstract 0/1,
substitution group ("item", "dimension", "hypercube"), nillable 0/1]. Only elements in one of those
substitution groups are concepts; other global elements (typed-dimension domains such as
dei:eventDateTime) are left out. ``type_namespaces`` maps the type prefixes used to their namespaces.

The official schema location of each file is derived from the package's META-INF/catalog.xml
(the https rewrite whose target folder contains the file). The output is deterministic: keys are
sorted, one concept per line, ASCII only, newline-terminated.

Usage: python scripts/build_catalog.py [--shared PATH] [--out DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from lxml import etree

REPO = Path(__file__).resolve().parents[1]

XS = "http://www.w3.org/2001/XMLSchema"
XBRLI = "http://www.xbrl.org/2003/instance"
XBRLDT = "http://xbrl.org/2005/xbrldt"
OASIS_CATALOG = "urn:oasis:names:tc:entity:xmlns:xml:catalog"

# namespace -> conventional prefix of the XBRL types concepts use
TYPE_PREFIXES = {
    XBRLI: "xbrli",
    XS: "xs",
    "http://www.xbrl.org/dtr/type/2020-01-21": "dtr-types",
    "http://www.xbrl.org/dtr/type/2022-03-31": "dtr-types",
    "http://www.xbrl.org/dtr/type/2024-01-31": "dtr-types",
    "http://www.xbrl.org/dtr/type/numeric": "num",
    "http://www.xbrl.org/dtr/type/non-numeric": "nonnum",
    "http://fasb.org/us-types/2024": "us-types",
    "http://fasb.org/srt-types/2024": "srt-types",
    "http://xbrl.sec.gov/dei/2024": "dei",
    "http://xbrl.org/2020/extensible-enumerations-2.0": "enum2",
    "http://xbrl.org/2014/extensible-enumerations": "enum",
    "http://prxbrl.org/taxonomy/prx/2024": "prx",
}

SUBSTITUTION_GROUPS = {
    (XBRLI, "item"): "item",
    (XBRLDT, "dimensionItem"): "dimension",
    (XBRLDT, "hypercubeItem"): "hypercube",
}

# (output name, prefix, package folder relative to <shared> or to the repo, schema file in the package)
SHARED_SOURCES = [
    ("us-gaap-2024", "us-gaap", "taxonomies/us-gaap-2024", "xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd"),
    ("srt-2024", "srt", "taxonomies/us-gaap-2024", "xbrl.fasb.org/srt/2024/elts/srt-2024.xsd"),
    ("dei-2024", "dei", "taxonomies/us-gaap-2024", "xbrl.sec.gov/dei/2024/dei-2024.xsd"),
]
REPO_SOURCES = [
    ("prx-2024", "prx", "taxonomy/prx", "prx-2024.xsd"),
]


class BuildError(Exception):
    pass


def _resolve_qname(value: str, nsmap: dict[str | None, str], what: str) -> tuple[str, str]:
    prefix, _, local = value.rpartition(":")
    ns = nsmap.get(prefix or None)
    if ns is None:
        raise BuildError(f"undeclared prefix in {what} {value!r}")
    return ns, local


def official_location(package: Path, schema: Path) -> str:
    """The official URL of ``schema``: the https rewriteURI of META-INF/catalog.xml covering it."""
    catalog_file = package / "META-INF" / "catalog.xml"
    if not catalog_file.is_file():
        raise BuildError(f"missing {catalog_file}")
    meta_inf = catalog_file.parent
    schema = schema.resolve()
    candidates = []
    for rw in etree.parse(str(catalog_file)).getroot().iter(f"{{{OASIS_CATALOG}}}rewriteURI"):
        start, target = rw.get("uriStartString"), rw.get("rewritePrefix")
        base = (meta_inf / target).resolve()
        if start.startswith("https://") and schema.is_relative_to(base):
            candidates.append((len(base.parts), start + schema.relative_to(base).as_posix()))
    if not candidates:
        raise BuildError(f"no https rewriteURI in {catalog_file} covers {schema}")
    return max(candidates)[1]


def read_schema(path: Path, prefix: str, schema_location: str) -> dict:
    data = path.read_bytes()
    root = etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    namespace = root.get("targetNamespace")
    if not namespace:
        raise BuildError(f"{path}: no targetNamespace")
    if root.nsmap.get(prefix) not in (None, namespace):
        raise BuildError(f"{path}: prefix {prefix} is bound to {root.nsmap[prefix]}, not {namespace}")
    concepts: dict[str, list] = {}
    type_namespaces: dict[str, str] = {}
    for el in root.iterchildren(f"{{{XS}}}element"):
        name = el.get("name")
        sg = el.get("substitutionGroup")
        if sg is None:
            continue  # not a concept (e.g. the domain element of a typed dimension)
        where = f"{path.name} element {name}"
        sg_short = SUBSTITUTION_GROUPS.get(_resolve_qname(sg, el.nsmap, f"{where} substitutionGroup"))
        if sg_short is None:
            raise BuildError(f"{where}: unsupported substitutionGroup {sg!r}")
        type_ns, type_local = _resolve_qname(el.get("type", ""), el.nsmap, f"{where} type")
        type_prefix = TYPE_PREFIXES.get(type_ns)
        if type_prefix is None:
            raise BuildError(f"{where}: type namespace {type_ns} has no conventional prefix")
        if type_namespaces.setdefault(type_prefix, type_ns) != type_ns:
            raise BuildError(f"{path.name}: prefix {type_prefix} used for two namespaces")
        period_type = el.get(f"{{{XBRLI}}}periodType")
        if period_type not in ("duration", "instant"):
            raise BuildError(f"{where}: bad periodType {period_type!r}")
        balance = el.get(f"{{{XBRLI}}}balance")
        if balance not in (None, "debit", "credit"):
            raise BuildError(f"{where}: bad balance {balance!r}")
        if name in concepts:
            raise BuildError(f"{where}: defined twice")
        concepts[name] = [
            f"{type_prefix}:{type_local}",
            period_type,
            balance,
            int(el.get("abstract", "false") in ("true", "1")),
            sg_short,
            int(el.get("nillable", "false") in ("true", "1")),
        ]
    if not concepts:
        raise BuildError(f"{path}: no concepts")
    return {
        "concepts": concepts,
        "namespace": namespace,
        "prefix": prefix,
        "schema_location": schema_location,
        "source_sha256": hashlib.sha256(data).hexdigest(),
        "type_namespaces": type_namespaces,
    }


def dumps(catalog: dict) -> str:
    """Deterministic compact JSON: sorted keys, one concept per line, ASCII, final newline."""

    def j(value) -> str:
        return json.dumps(value, ensure_ascii=True, separators=(",", ":"), sort_keys=True)

    lines = ["{"]
    keys = sorted(catalog)
    for i, key in enumerate(keys):
        comma = "," if i < len(keys) - 1 else ""
        if key == "concepts":
            names = sorted(catalog[key])
            lines.append(f"{j(key)}:{{")
            lines.extend(
                f"{j(n)}:{j(catalog[key][n])}{',' if k < len(names) - 1 else ''}" for k, n in enumerate(names)
            )
            lines.append("}" + comma)
        else:
            lines.append(f"{j(key)}:{j(catalog[key])}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def build(shared: Path, out: Path, repo: Path = REPO) -> list[Path]:
    if not (shared / "taxonomies").is_dir():
        raise BuildError(f"shared taxonomy folder not found: {shared / 'taxonomies'} (use --shared PATH)")
    jobs = [(name, prefix, shared / pkg, rel) for name, prefix, pkg, rel in SHARED_SOURCES]
    jobs += [(name, prefix, repo / pkg, rel) for name, prefix, pkg, rel in REPO_SOURCES]
    texts = {}
    for name, prefix, package, rel in jobs:
        schema = package / rel
        if not schema.is_file():
            raise BuildError(f"schema not found: {schema}")
        texts[name] = dumps(read_schema(schema, prefix, official_location(package, schema)))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in texts.items():
        target = out / f"{name}.json"
        target.write_bytes(text.encode("ascii"))
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="folder holding taxonomies/us-gaap-2024/ (default: ../shared next to the repo)")
    parser.add_argument("--out", type=Path, default=REPO / "taxonomy" / "catalog",
                        help="output folder (default: taxonomy/catalog)")
    args = parser.parse_args(argv)
    try:
        written = build(args.shared, args.out)
    except (BuildError, OSError, etree.XMLSyntaxError) as exc:
        print(f"build_catalog: error: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"{path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
