"""The conversion pipeline behind ``prxbrl convert``, ``validate`` and ``view``.

read -> extract -> map -> write (XML, Inline XBRL, xBRL-JSON, xBRL-CSV, facts CSV, taxonomy package)
-> validate (Arelle, in-process) -> report.json. Output goes to a staging folder first, which replaces
the output folder as a whole only when every file was written (``fsutil.publish``), so a failed or killed run
leaves the complete old output or the complete new one, never a mix.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .errors import PrxbrlError
from .extract import extract, prose_of
from .fsutil import check_output_folder, ensure_folder, publish, staging_folder
from .mapping.build import Mapped, Options, map_document
from .models import LineItemDocument, SourceDocument
from .readers import read_document

FORMATS = ("xml", "ixbrl", "json", "csv")


@dataclass
class Result:
    source: SourceDocument
    doc: LineItemDocument
    mapped: Mapped
    files: dict[str, Path]
    timings: dict[str, float] = field(default_factory=dict)
    validation: object | None = None
    report: object | None = None


def parse_formats(text: str) -> list[str]:
    wanted = [f.strip().lower() for f in text.split(",") if f.strip()]
    if not wanted:
        raise PrxbrlError("--format needs at least one of: xml, ixbrl, json, csv, all")
    out: list[str] = []
    for f in wanted:
        if f == "all":
            out.extend(FORMATS)
        elif f in FORMATS:
            out.append(f)
        else:
            raise PrxbrlError(f"unknown format {f!r}: choose from xml, ixbrl, json, csv, all")
    if "xml" not in out:
        out.insert(0, "xml")  # the instance is what the other formats are checked against
    return list(dict.fromkeys(out))


# The mapping's arithmetic structure of a table (mapping.build.arithmetic_tree: for each row, every run of the
# rows after it) grows with the cube of its rows: 776 rows took 25 s. A statement has at most a few hundred
# rows (the corpus at most 51); 400 rows take a few seconds.
MAX_TABLE_ROWS = 5_000


def check_table_rows(doc: LineItemDocument, name: str) -> None:
    for t in doc.tables:
        if len(t.rows) > MAX_TABLE_ROWS:
            raise PrxbrlError(f"{name}: the table at line {t.first_line} has {len(t.rows):,} rows; prxbrl maps at most {MAX_TABLE_ROWS:,} rows in one table")


def read_extract_map(input_path: Path, options: Options = Options()) -> tuple[SourceDocument, LineItemDocument, Mapped, dict[str, float]]:
    """The first three stages, timed: read, extract (tables and line items), map (the filing)."""
    timings: dict[str, float] = {}
    t = time.perf_counter()
    source = read_document(input_path)
    timings["read"] = time.perf_counter() - t
    t = time.perf_counter()
    doc = extract(source, currency=options.currency)
    timings["extract"] = time.perf_counter() - t
    check_table_rows(doc, str(input_path))
    t = time.perf_counter()
    mapped = map_document(doc, source.lines, options, prose=prose_of(source))
    timings["map"] = time.perf_counter() - t
    return source, doc, mapped, timings


def convert(
    input_path: Path,
    outdir: Path,
    *,
    formats: list[str] = ["xml"],
    options: Options = Options(),
    validate: bool = True,
    packages: list[Path] = [],
    validator: object | None = None,
    sync: bool = True,
) -> Result:
    """``validator``: an object with ``validate(path)`` (a ``TemplateValidator`` that keeps the base DTS loaded
    across releases) used instead of a fresh validation; ``sync``: fsync every output file once."""
    outdir = Path(outdir)
    check_output_folder(outdir)  # before the work: a folder of the user's is never replaced
    source, doc, mapped, timings = read_extract_map(input_path, options)
    t = time.perf_counter()
    with staging_folder(outdir) as staging:
        files = write_outputs(source, doc, mapped, staging, formats, sync=sync)
        timings["write"] = time.perf_counter() - t
        result = Result(source=source, doc=doc, mapped=mapped, files=files, timings=timings)
        if validate:
            t = time.perf_counter()
            from .arelle_bridge import validate as arelle_validate

            result.validation = validator.validate(files["xml"]) if validator is not None else arelle_validate(files["xml"], packages)
            timings["validate"] = time.perf_counter() - t
        from .report import build_report

        result.report = build_report(result)
        from .fsutil import write_files
        from .report_md import render_report_md

        reports = {"report.json": (result.report.model_dump_json(indent=1) + "\n").encode("utf-8"),
                   "report.md": render_report_md(result.report, mapped.filing, source.lines).encode("utf-8")}
        write_files(staging, reports, sync=sync)
        files["report"] = staging / "report.json"
        files["report_md"] = staging / "report.md"
        _publish(staging, outdir)
        result.files = {k: outdir / v.name for k, v in files.items()}
        return result


def _publish(staging: Path, outdir: Path) -> None:
    """Replace the output folder by the complete staging folder as a whole (``fsutil.publish``): after a kill at
    any moment it holds the complete old or the complete new output, never a mix nor files of an earlier run."""
    publish(staging, outdir)


def render_outputs(source: SourceDocument, doc: LineItemDocument, mapped: Mapped, formats: list[str]) -> tuple[dict[str, str], dict[str, bytes]]:
    """Every output file in memory, each thing built once: the DTS and the instance tree (reused by the Inline
    XBRL rendition), the schema and linkbases (reused by the taxonomy package), the OIM report (reused by
    xBRL-JSON and xBRL-CSV). Returns (role -> file name, file name -> bytes)."""
    from .xbrl.common import file_names
    from .xbrl.facts_csv import render_facts_csv
    from .xbrl.oim import build_report, oim_file_names, render_xbrl_csv, render_xbrl_json
    from .xbrl.package import package_file_name, render_taxonomy_package
    from .xbrl.arrange import Tables
    from .xbrl.writer import render_filing_parts

    filing = mapped.filing
    dts, instance, data = render_filing_parts(filing, Tables.of(doc))
    names = file_names(filing)
    roles = {"xml": names.instance, "schema": names.schema}
    data = dict(data)
    data[package_file_name(filing)] = render_taxonomy_package(filing, data)
    roles["package"] = package_file_name(filing)
    if "ixbrl" in formats:
        from .xbrl.inline import inline_file_name, render_inline_report

        roles["ixbrl"] = inline_file_name(filing)
        data[roles["ixbrl"]] = render_inline_report(source, doc, filing, (dts, instance))[0]
    oim = oim_file_names(filing)
    report = build_report(filing) if ("json" in formats or "csv" in formats) else None
    if "json" in formats:
        roles["json"] = oim.json
        data[oim.json] = render_xbrl_json(filing, report)
    if "csv" in formats:
        roles["csv"] = oim.csv_metadata
        data.update(render_xbrl_csv(filing, report))
    roles["facts_csv"] = f"{filing.extension.prefix}-{filing.extension.date:%Y%m%d}-facts-plain.csv"
    data[roles["facts_csv"]] = render_facts_csv(filing)
    roles["line_items"] = "line-items.json"
    data["line-items.json"] = (doc.model_dump_json(indent=1) + "\n").encode("utf-8")
    return roles, data


def write_outputs(
    source: SourceDocument, doc: LineItemDocument, mapped: Mapped, folder: Path, formats: list[str], *, sync: bool = True
) -> dict[str, Path]:
    """Render every output (``render_outputs``) and write it into ``folder``, a staging folder that is published
    whole (so no temporary file per file); ``sync``: fsync each file once."""
    from .fsutil import write_files

    roles, data = render_outputs(source, doc, mapped, formats)
    folder = ensure_folder(Path(folder))
    paths = write_files(folder, data, sync=sync)
    return {role: paths[name] for role, name in roles.items()}


# ------------------------------------------------------------------ commands


_TOKEN = re.compile(r"[^\s\x00-\x1f\x7f]{1,200}")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s\x00-\x1f\x7f<>\"{}|\\^`]{1,500}")
VALIDATE_MAX_BYTES = 100 * 1024 * 1024


def check_entity_options(entity_id: str | None, entity_scheme: str | None) -> None:
    """--entity-id is an XBRL identifier (a token), --entity-scheme an absolute URI: one line when not."""
    if entity_id is not None and not _TOKEN.fullmatch(entity_id):
        raise PrxbrlError(f"--entity-id {entity_id!r}: give 1 to 200 characters without spaces or control characters")
    if entity_scheme is not None and not _URI.fullmatch(entity_scheme):
        raise PrxbrlError(f"--entity-scheme {entity_scheme!r}: give an absolute URI (for example http://www.sec.gov/CIK)")


def convert_command(args: argparse.Namespace) -> int:
    formats = parse_formats(args.format)
    check_entity_options(args.entity_id, args.entity_scheme)
    currency = getattr(args, "currency", None)
    if currency is not None:
        from .currencies import iso_currencies

        if currency not in iso_currencies():
            raise PrxbrlError(f"--currency {currency!r}: give an ISO 4217 currency code (for example USD, EUR, JPY)")
    options = Options(entity_id=args.entity_id, entity_scheme=args.entity_scheme, prefix=args.prefix, mapping=args.mapping,
                      convenience=getattr(args, "convenience", "dimension"), currency=currency)
    if args.mapping is not None:
        from .mapping.rules import load_user_rules

        load_user_rules(args.mapping)  # a bad override file is refused before the release is read
    for p in args.taxonomy_package:
        if not Path(p).is_file():
            raise PrxbrlError(f"{p}: no such taxonomy package")
    result = convert(args.input, args.outdir, formats=formats, options=options, validate=not args.no_validate, packages=list(args.taxonomy_package))
    rep = result.report
    print(rep.summary_text(), file=sys.stderr)
    from .report_md import top_findings

    for line in top_findings(rep):
        print(line, file=sys.stderr)
    print(f"  written to {Path(args.outdir)}/: instance {rep.instance or '(none)'}, findings report.md and report.json", file=sys.stderr)
    print("  seconds: " + ", ".join(f"{k} {v:.2f}" for k, v in result.timings.items()), file=sys.stderr)
    if result.validation is not None and not result.validation.ok:
        return 1
    if args.strict and (rep.counts.unexplained_cells or rep.counts.error_findings):
        return 1
    return 0


def validate_command(args: argparse.Namespace) -> int:
    from .arelle_bridge import validate

    path = Path(args.instance)
    if not path.is_file():
        raise PrxbrlError(f"{path}: no such file")
    size = path.stat().st_size
    if size > VALIDATE_MAX_BYTES:
        raise PrxbrlError(f"{path}: file too large ({size / 1048576:.1f} MB; prxbrl validates at most {VALIDATE_MAX_BYTES // 1048576} MB)")
    for p in args.taxonomy_package:
        if not Path(p).is_file():
            raise PrxbrlError(f"{p}: no such taxonomy package")
    res = validate(path, list(args.taxonomy_package))
    errors = [f for f in res.findings if f.severity == "error"]
    warnings = [f for f in res.findings if f.severity == "warning"]
    for f in res.findings:
        where = f" (line {', '.join(map(str, f.lines))})" if f.lines else ""
        print(f"{f.severity}: {f.code}: {f.message}{where}")
    if res.taxonomy_note:
        print(f"note: {res.taxonomy_note}")
    print(
        f"{path.name}: {'valid' if res.ok else 'INVALID'}: {res.fact_count} facts, {res.context_count} contexts, "
        f"{res.unit_count} units; {len(errors)} errors, {len(warnings)} warnings"
    )
    return 0 if res.ok else 1


def view_command(args: argparse.Namespace) -> int:
    from .arelle_bridge.viewer import build_viewer

    htm = Path(args.htm)
    if not htm.is_file():
        raise PrxbrlError(f"{htm}: no such file (make one with: prxbrl convert INPUT -o OUTDIR --format ixbrl)")
    out = args.output or htm.with_name(htm.stem + "-viewer.html")
    path = build_viewer(htm, out, list(args.taxonomy_package))
    print(f"viewer: {path}")
    return 0
