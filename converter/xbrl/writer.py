"""``write_filing``: serialise a Filing as an XBRL 2.1 instance, extension schema and four linkbases."""

from __future__ import annotations

from pathlib import Path

from ..filing import Filing
from .common import build_dts, serialise, write_atomically
from .instance import build_instance
from .linkbases import (
    build_calculation_linkbase,
    build_definition_linkbase,
    build_label_linkbase,
    build_presentation_linkbase,
)
from .schema import build_schema


def render_filing(filing: Filing) -> dict[str, bytes]:
    """File name -> bytes of every file of the filing (instance first, then schema and linkbases).

    Raises ``XbrlWriteError`` (a ``PrxbrlError``) when the Filing cannot be serialised as valid XBRL.
    """
    dts = build_dts(filing)
    n = dts.names
    return {
        n.instance: serialise(build_instance(dts)),
        n.schema: serialise(build_schema(dts)),
        n.label: serialise(build_label_linkbase(dts)),
        n.presentation: serialise(build_presentation_linkbase(dts)),
        n.calculation: serialise(build_calculation_linkbase(dts)),
        n.definition: serialise(build_definition_linkbase(dts)),
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
