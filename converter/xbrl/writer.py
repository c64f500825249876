"""``write_filing``: serialise a Filing as an XBRL 2.1 instance, extension schema and four linkbases."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..filing import Filing
from .arrange import Tables, arrange
from .common import Dts, build_dts, serialise, write_atomically
from .instance import build_instance
from .linkbases import (
    build_calculation_linkbase,
    build_definition_linkbase,
    build_label_linkbase,
    build_presentation_linkbase,
)
from .schema import build_schema


LOCAL_TAXONOMIES = {
    # schemas of the converter's own base taxonomy that the extension imports by a relative location, so that
    # an output folder loads offline with nothing beyond the US GAAP taxonomy
    "prx-2024.xsd": ("prx", ["prx-2024.xsd", "prx-2024_lab.xml"]),
}


def local_taxonomy_files(filing: Filing) -> dict[str, bytes]:
    """The base-taxonomy files the filing references relatively (prx-2024.xsd and its label linkbase)."""
    from ..knowledge import taxonomy_files

    out: dict[str, bytes] = {}
    used = {c.schema_location for c in filing.concepts} | set(filing.imports)
    for location, (folder, names) in LOCAL_TAXONOMIES.items():
        if location in used:
            base = taxonomy_files().joinpath(folder)
            for name in names:
                out[name] = base.joinpath(name).read_bytes()
    return out


def render_filing(filing: Filing, tables: Tables | None = None) -> dict[str, bytes]:
    """File name -> bytes of every file of the filing (instance first, then schema and linkbases, then the
    base-taxonomy files the schema imports relatively).

    Raises ``XbrlWriteError`` (a ``PrxbrlError``) when the Filing cannot be serialised as valid XBRL.
    """
    return render_filing_parts(filing, tables)[2]


def render_filing_parts(
    filing: Filing, tables: Tables | None = None
) -> tuple[Dts, etree._Element, dict[str, bytes]]:
    """``render_filing`` with what it built on the way: the DTS and the instance's element tree, so that the
    Inline XBRL rendition and the taxonomy package reuse them instead of building them again. The tree is
    the caller's to change (it is already serialised). ``tables``: what the line-item document says about its
    tables (``Tables.of(doc)``), which tells the role of each table exactly (``arrange``)."""
    filing = arrange(filing, tables)
    dts = build_dts(filing)
    n = dts.names
    instance = build_instance(dts)
    return dts, instance, {
        n.instance: serialise(instance),
        n.schema: serialise(build_schema(dts)),
        n.label: serialise(build_label_linkbase(dts)),
        n.presentation: serialise(build_presentation_linkbase(dts)),
        n.calculation: serialise(build_calculation_linkbase(dts)),
        n.definition: serialise(build_definition_linkbase(dts)),
        **local_taxonomy_files(filing),
    }


def write_filing(filing: Filing, outdir: Path) -> list[Path]:
    """Write the instance, the extension schema and its linkbases into ``outdir``; return their paths.

    Everything is rendered in memory first (so a bad Filing writes nothing), then each file is written
    atomically (temporary file in ``outdir``, then ``os.replace``). Output is byte-identical for equal Filings.
    """
    files = render_filing(filing)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for name, data in files.items():
        path = outdir / name
        write_atomically(path, data)
        paths.append(path)
    return paths
