"""Command line: ``prxbrl extract | convert | batch | validate | view``.

Exit status: 0 valid; 1 invalid, or findings with ``--strict``; 2 bad input, bad arguments or an unusable
environment, with one line on stderr; 3 only for a bug of ours (one line; ``PRXBRL_DEBUG=1`` shows the
traceback). Never a traceback otherwise.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from pathlib import Path

from . import __version__
from .errors import PrxbrlError


class _Parser(argparse.ArgumentParser):
    """Bad arguments: one line on stderr and exit status 2 (``--help`` still prints the usage)."""

    def error(self, message: str):  # type: ignore[override]
        print(f"prxbrl: error: {message.splitlines()[0] if message else 'bad arguments'} (see prxbrl --help)", file=sys.stderr)
        sys.exit(2)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="prxbrl", description="Convert earnings press releases (text or HTML) into XBRL.")
    p.add_argument("--version", action="version", version=f"prxbrl {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    e = sub.add_parser("extract", help="tables and line items of a release, as JSON")
    e.add_argument("input", type=Path, help="the release (text or HTML)")
    e.add_argument("-o", "--output", type=Path, help="write the JSON here (default: standard output)")

    c = sub.add_parser("convert", help="convert a release into XBRL")
    c.add_argument("input", type=Path, help="the release (text or HTML)")
    c.add_argument("-o", "--outdir", type=Path, required=True, help="output folder")
    c.add_argument(
        "--format",
        default="xml",
        help="comma-separated: xml (default), ixbrl, json, csv, all",
    )
    c.add_argument("--entity-id", help="entity identifier (default: the ticker; see README)")
    c.add_argument("--entity-scheme", default=None,
                   help="entity identifier scheme URI (default: http://www.sec.gov/CIK for an all-digit --entity-id, "
                        "else https://prxbrl.org/entity/ticker, which is not an official scheme)")
    c.add_argument("--prefix", help="prefix of the company extension (default: the short name the release defines, "
                                    "as in 'Internet Initiative Japan Inc. (\"IIJ\")', else the ticker, else the company name's first word)")
    c.add_argument("--convenience", choices=["dimension", "plain", "omit"], default="dimension",
                   help="convenience translations (e.g. USD at a stated rate beside JPY): in contexts of their own on "
                        "prx:ConvenienceTranslationAxis (default), in the reported contexts with their own unit (plain), or left out (omit)")
    c.add_argument("--currency", help="the reporting currency (ISO 4217 code) of a release that states none in its tables "
                                      "or sentences; a currency the release states is always its own")
    c.add_argument("--mapping", type=Path, help="label-to-concept overrides ([[rule]] tables in the format of taxonomy/mapping.toml)")
    c.add_argument("--taxonomy-package", action="append", type=Path, default=[], help="taxonomy package zip (repeatable)")
    c.add_argument("--no-validate", action="store_true", help="skip the Arelle validation")
    c.add_argument("--strict", action="store_true", help="fail on unexplained cells and error-level findings")

    v = sub.add_parser("validate", help="validate an XBRL instance, Inline XBRL, xBRL-JSON or xBRL-CSV report")
    v.add_argument("instance", type=Path)
    v.add_argument("--taxonomy-package", action="append", type=Path, default=[], help="taxonomy package zip (repeatable)")

    b = sub.add_parser("batch", help="convert many releases (files, folders, @LIST) on local processes or Dask")
    b.add_argument("inputs", nargs="+", type=Path, help="releases, folders (searched recursively) or @LIST files")
    b.add_argument("-o", "--outdir", type=Path, required=True, help="output folder (one folder per release)")
    b.add_argument("--workers", type=int, help="local worker processes (default: the number of cores)")
    b.add_argument("--dask", nargs="?", const="", metavar="ADDRESS",
                   help="run on a Dask cluster (scheduler ADDRESS; alone: a LocalCluster of --workers processes)")
    b.add_argument("--format", default="xml", help="comma-separated: xml (default), ixbrl, json, csv, all")
    b.add_argument("--taxonomy-package", action="append", type=Path, default=[], help="taxonomy package zip (repeatable)")
    b.add_argument("--no-validate", action="store_true", help="skip the Arelle validation")
    b.add_argument("--force", action="store_true", help="convert again releases converted before with the same options")
    b.add_argument("--fsync", action="store_true", help="fsync every output file (slower; folders are published whole anyway)")

    w = sub.add_parser("view", help="build the Arelle iXBRL viewer over an Inline XBRL rendition")
    w.add_argument("htm", type=Path)
    w.add_argument("-o", "--output", type=Path, help="viewer HTML (default: beside the rendition)")
    w.add_argument("--taxonomy-package", action="append", type=Path, default=[], help="taxonomy package zip (repeatable)")
    return p


def _write(path: Path, data: bytes) -> None:
    from .fsutil import ensure_folder, write_atomically

    ensure_folder(path.parent)
    write_atomically(path, data)


def cmd_extract(args: argparse.Namespace) -> int:
    from .extract import extract_file

    doc = extract_file(args.input)
    data = (doc.model_dump_json(indent=1) + "\n").encode("utf-8")
    if args.output:
        _write(args.output, data)
        unexplained = sum(1 for t in doc.tokens if t.reason == "unexplained")
        cells = sum(len(r.cells) for t in doc.tables for r in t.rows)
        print(
            f"{args.input.name}: {len(doc.tables)} tables, {cells} cells, "
            f"{len(doc.tokens)} numeric tokens ({unexplained} unexplained) -> {args.output}",
            file=sys.stderr,
        )
    else:
        sys.stdout.buffer.write(data)
    return 0


def cmd_convert(args: argparse.Namespace) -> int:
    from .pipeline import convert_command

    return convert_command(args)


def cmd_validate(args: argparse.Namespace) -> int:
    from .pipeline import validate_command

    return validate_command(args)


def cmd_view(args: argparse.Namespace) -> int:
    from .pipeline import view_command

    return view_command(args)


def cmd_batch(args: argparse.Namespace) -> int:
    from .batching import batch_command

    return batch_command(args)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler = {"extract": cmd_extract, "convert": cmd_convert, "validate": cmd_validate, "view": cmd_view,
               "batch": cmd_batch}[args.command]
    try:
        return handler(args)
    except PrxbrlError as exc:
        if exc.exit_code == 3:  # an inconsistency of ours found by a check (e.g. the XBRL writers): a bug
            return _bug(exc)
        print(f"prxbrl: error: {_one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("prxbrl: interrupted", file=sys.stderr)
        return 130
    except MemoryError:
        print("prxbrl: error: out of memory", file=sys.stderr)
        return 2
    except RecursionError:
        print("prxbrl: error: the input is nested too deeply to read", file=sys.stderr)
        return 2
    except OSError as exc:
        if exc.errno in _ENVIRONMENT_ERRNOS:  # an unusable environment (permissions, a full disk), not a bug
            where = f"{exc.filename}: " if exc.filename else ""
            print(f"prxbrl: error: {where}{exc.strerror or exc}", file=sys.stderr)
            return 2
        return _bug(exc)
    except Exception as exc:  # a defect of ours: one line, unless asked for the traceback
        return _bug(exc)


_ENVIRONMENT_ERRNOS = frozenset({
    errno.EACCES, errno.EPERM, errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.ENAMETOOLONG, errno.ENOTDIR,
    errno.EISDIR, errno.ENOENT, errno.EMFILE, errno.ENFILE, errno.EIO, errno.EFBIG, errno.ENOMEM,
})


def _one_line(text: str) -> str:
    return " ".join(text.split()) or "error"


def _bug(exc: BaseException) -> int:
    """Exit status 3: one line, or the traceback with PRXBRL_DEBUG=1."""
    if os.environ.get("PRXBRL_DEBUG"):
        import traceback

        traceback.print_exception(exc)
    else:
        print(f"prxbrl: internal error: {type(exc).__name__}: {_one_line(str(exc))} (set PRXBRL_DEBUG=1 for the traceback)", file=sys.stderr)
    return 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
