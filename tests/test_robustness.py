"""Never crash (issue 10): each crash seen by mutation testing is a regression test here; exit statuses 0/1/2/3;
characters XML cannot carry; binary data anywhere in a file; UTF-16/32 with a byte-order mark; bounds of work."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from prxbrl import cli
from prxbrl.errors import PrxbrlError
from prxbrl.readers import MAX_FIGURES, MAX_LINE_FIGURES, read_document
from prxbrl.readers.text import xml_safe

from conftest import CORPUS, EXAMPLE, ROOT, need_shared

TEXT = EXAMPLE.read_text("utf-8")


def run_cli(*args, capsys) -> tuple[int, str]:
    rc = cli.main([str(a) for a in args])
    return rc, capsys.readouterr().err


def one_line(err: str) -> bool:
    lines = err.strip().splitlines()
    return len(lines) == 1 and "Traceback" not in err and lines[0].startswith("prxbrl: ")


def xml_files_parse(folder: Path) -> list[str]:
    """Every XML document of an output folder parses (lxml refuses control characters); their label texts."""
    texts = []
    for p in sorted(folder.glob("*.xml")) + sorted(folder.glob("*.xsd")):
        root = etree.parse(str(p)).getroot()
        texts += [el.text or "" for el in root.iter("{http://www.xbrl.org/2003/linkbase}label")]
    return texts


# ------------------------------------------------------------------ characters XML cannot carry


def test_xml_safe_keeps_lengths():
    assert xml_safe("Revenues 1,000") == "Revenues 1,000"
    assert xml_safe("Reve\x02nues\x0b1\x0c2\x00\ud800\ufffe") == "Reve\ufffdnues 1 2\ufffd\ufffd\ufffd"
    assert len(xml_safe("a\x01\x02\x03b")) == 5


def test_control_characters_in_labels_and_titles_of_a_text_release(tmp_path, capsys):
    """\\x02 in a row label, \\x0b in a title, form feeds between pages: converted, every XML file well-formed."""
    text = TEXT.replace("      Total Revenues 32,275 34,272 6.2", "      Total Reve\x02nues 32,275 34,272 6.2", 1)
    text = text.replace("Highlights of 1H FY2010", "Highlights\x0bof 1H FY2010", 1)
    text = text.replace("\n\n", "\n\x0c\n", 5)
    src = tmp_path / "ctrl.txt"
    src.write_text(text, "utf-8")
    rc, err = run_cli("convert", src, "-o", tmp_path / "out", "--no-validate", "--format", "all", capsys=capsys)
    assert rc == 0, err
    labels = xml_files_parse(tmp_path / "out")
    assert any("Reve\ufffdnues" in t for t in labels)
    assert not any(c in t for t in labels for c in "\x02\x0b\x0c")


def test_control_characters_and_character_references_in_an_html_release(tmp_path, capsys):
    """A raw \\x0b and \\x02 and a reference to a control (&#1;) in row labels of a real HTML release."""
    data = need_shared(CORPUS / "apple-q1-fy2024.html").read_bytes()
    data = data.replace(b"Total net sales", b"Total net\x0b sa\x02les&#1;", 1)
    src = tmp_path / "ctrl.html"
    src.write_bytes(data)
    rc, err = run_cli("convert", src, "-o", tmp_path / "out", "--no-validate", capsys=capsys)
    assert rc == 0, err
    labels = xml_files_parse(tmp_path / "out")
    assert not any(c in t for t in labels for c in "\x01\x02\x0b")


# ------------------------------------------------------------------ binary data, encodings


def test_a_nul_late_in_a_file_is_binary(tmp_path):
    src = tmp_path / "late-nul.txt"
    src.write_bytes(TEXT.encode("utf-8") + b"\x00" * 4 + b"trailing data\n")
    with pytest.raises(PrxbrlError, match="binary file") as err:
        read_document(src)
    assert "\n" not in str(err.value)
    html = tmp_path / "late-nul.html"
    html.write_bytes(b"<html><body><p>x</p>" + b"<p>padding</p>" * 10000 + b"\x00</body></html>")
    with pytest.raises(PrxbrlError, match="binary"):
        read_document(html)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_a_text_release_with_a_byte_order_mark_is_read(tmp_path, codec):
    src = tmp_path / f"iij-{codec}.txt"
    data = TEXT.encode(codec)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = "\ufeff".encode(codec) + data  # utf-16-be has no BOM of its own
    src.write_bytes(data)
    doc = read_document(src)
    assert doc.lines == read_document(EXAMPLE).lines
    assert doc.encoding.startswith(codec[:6])


def test_an_html_release_in_utf16_is_read(tmp_path):
    data = need_shared(CORPUS / "apple-q1-fy2024.html").read_bytes().decode("utf-8")
    src = tmp_path / "apple.htm"
    src.write_bytes(data.encode("utf-16"))
    doc = read_document(src)
    assert doc.format == "html" and doc.encoding == "utf-16-le"
    assert any("Total net sales" in c.text for t in doc.tables for r in t.rows for c in r.cells)


def test_a_byte_order_mark_before_bad_utf16_is_one_line(tmp_path):
    src = tmp_path / "bad16.txt"
    src.write_bytes(b"\xff\xfe" + "Revenues 1,000\n".encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate
    with pytest.raises(PrxbrlError, match="not valid UTF-16"):
        read_document(src)


# ------------------------------------------------------------------ bounds of work


def test_too_many_figures_on_one_line_is_refused(tmp_path):
    lines = TEXT.splitlines()
    lines.insert(40, "      Revenues " + " ".join(["- 1,234"] * (MAX_LINE_FIGURES // 2 + 1)))
    src = tmp_path / "wide.txt"
    src.write_text("\n".join(lines), "utf-8")
    with pytest.raises(PrxbrlError, match=rf"line 41 prints {MAX_LINE_FIGURES + 2:,} figures; prxbrl reads at most {MAX_LINE_FIGURES:,} on one line"):
        read_document(src)


def test_too_many_figures_is_refused(tmp_path):
    src = tmp_path / "long.txt"
    copies = MAX_FIGURES // 1300 + 1  # the example prints about 1,500 figures
    src.write_text((TEXT + "\n") * copies, "utf-8")
    with pytest.raises(PrxbrlError, match=r"the release prints [\d,]+ figures; prxbrl converts at most 60,000"):
        read_document(src)


def test_the_token_ledger_of_the_tables_is_bounded(monkeypatch, tmp_path, capsys):
    """The figures the source stretches of an HTML table's cells hold are counted as they are recorded: a mangled
    page whose cells stand at stretches of many figures (fuzz seed 202 #1548, 12 MB: 320,000 tokens, 1.3 GB) is
    refused with one line once the budget is spent, before the ledger grows. Shown with a small budget on Buckle."""
    from prxbrl import ledger

    monkeypatch.setattr(ledger, "MAX_FIGURES", 100)
    release = need_shared(CORPUS / "buckle-q3-fy2024.html")
    out = tmp_path / "out"
    rc, err = run_cli("convert", release, "--out", out, "--no-validate", capsys=capsys)
    assert rc == 2 and one_line(err) and "tables print more than 100 figures; prxbrl converts at most 100" in err
    assert not out.exists()


# ------------------------------------------------------------------ exit statuses


def test_bad_arguments_are_one_line_and_exit_2(capsys):
    for argv in (["convert"], ["convert", "x.txt"], ["frobnicate"], ["convert", EXAMPLE, "-o", "o", "--bogus"], []):
        with pytest.raises(SystemExit) as exc:
            cli.main([str(a) for a in argv])
        assert exc.value.code == 2
        assert one_line(capsys.readouterr().err), argv


def test_bad_entity_options_are_one_line(tmp_path, capsys):
    for opts in (["--entity-id", "a b"], ["--entity-id", "x\x02"], ["--entity-scheme", "not a uri"]):
        rc, err = run_cli("convert", EXAMPLE, "-o", tmp_path / "o", "--no-validate", *opts, capsys=capsys)
        assert rc == 2 and one_line(err), (opts, err)
    assert not (tmp_path / "o").exists()


def test_an_unwritable_output_folder_is_one_line_and_exit_2(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for out in (blocker / "out", blocker, Path("/proc/prxbrl-cannot-write/out")):
        rc, err = run_cli("convert", EXAMPLE, "-o", out, "--no-validate", capsys=capsys)
        assert rc == 2 and one_line(err), (out, err)


def test_an_unwritable_output_folder_without_root(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        r = subprocess.run([sys.executable, "-m", "prxbrl.cli", "convert", str(EXAMPLE), "-o", str(ro / "out"), "--no-validate"],
                           capture_output=True, text=True, cwd=ROOT)
    finally:
        ro.chmod(0o755)
    assert r.returncode == 2 and one_line(r.stderr) and "Permission denied" in r.stderr


def test_an_os_error_of_the_environment_is_exit_2(monkeypatch, tmp_path, capsys):
    import errno

    from prxbrl import pipeline

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "o"))

    monkeypatch.setattr(pipeline, "write_outputs", full)
    rc, err = run_cli("convert", EXAMPLE, "-o", tmp_path / "o", "--no-validate", capsys=capsys)
    assert rc == 2 and one_line(err) and "No space left on device" in err
    assert not (tmp_path / "o").exists() and list(tmp_path.iterdir()) == []


def test_a_bug_is_exit_3_one_line_and_a_traceback_with_debug(monkeypatch, tmp_path, capsys):
    from prxbrl import pipeline

    def bug(*a, **k):
        raise KeyError("a defect")

    monkeypatch.setattr(pipeline, "write_outputs", bug)
    monkeypatch.delenv("PRXBRL_DEBUG", raising=False)
    rc, err = run_cli("convert", EXAMPLE, "-o", tmp_path / "o", "--no-validate", capsys=capsys)
    assert rc == 3 and one_line(err) and "internal error: KeyError" in err and "PRXBRL_DEBUG=1" in err
    monkeypatch.setenv("PRXBRL_DEBUG", "1")
    rc, err = run_cli("convert", EXAMPLE, "-o", tmp_path / "o", "--no-validate", capsys=capsys)
    assert rc == 3 and "Traceback" in err and "KeyError: 'a defect'" in err
    assert not (tmp_path / "o").exists()


def test_an_inconsistent_filing_is_a_bug_not_bad_input(monkeypatch, tmp_path, capsys):
    """The writers' checks of a Filing (XbrlWriteError) find our inconsistencies: exit 3, not 2."""
    from prxbrl.xbrl import XbrlWriteError, instance

    def inconsistent(*a, **k):
        raise XbrlWriteError("context C1: axis srt:ProductOrServiceAxis is given twice")

    monkeypatch.setattr(instance, "build_instance", inconsistent)
    monkeypatch.setattr("prxbrl.xbrl.writer.build_instance", inconsistent)
    monkeypatch.delenv("PRXBRL_DEBUG", raising=False)
    rc, err = run_cli("convert", EXAMPLE, "-o", tmp_path / "o", "--no-validate", capsys=capsys)
    assert rc == 3 and one_line(err) and "internal error: XbrlWriteError" in err


def test_validate_has_a_size_limit(tmp_path, capsys):
    from prxbrl.pipeline import VALIDATE_MAX_BYTES

    big = tmp_path / "big.xml"
    with open(big, "wb") as fh:
        fh.truncate(VALIDATE_MAX_BYTES + 1)
    rc, err = run_cli("validate", big, capsys=capsys)
    assert rc == 2 and one_line(err) and "file too large" in err


# ------------------------------------------------------------------ crashes found by fuzzing, in packages of others


def test_header_rows_without_figures_do_not_crash():
    """Three header lines of Sears' Q2 2004 release, found by benchmarks/fuzz.py (a window of the release)."""
    from prxbrl.extract import extract
    from prxbrl.readers.text import read_text

    lines = [
        "                                          Weeks Ended        Weeks Ended",
        "                                        July 3, 2004 and   July 3, 2004 and",
        "     common share)                       2004     2003      2004      2003",
    ]
    try:
        extract(read_text(("\n".join(lines) + "\n").encode("utf-8"), "sears-window.txt"))
    except PrxbrlError:
        pass  # refused with one line: fine


def test_a_table_of_too_many_rows_is_refused(tmp_path, capsys):
    """A statement's rows repeated past MAX_TABLE_ROWS (as fuzz mutants duplicating lines of Apple's statements:
    1,525 rows took 19 s, 776 rows 25 s) is refused with one line instead of taking minutes to map."""
    from prxbrl.pipeline import MAX_TABLE_ROWS

    lines = TEXT.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("Total Revenues 32,275"))
    block = lines[start + 1 : start + 4]  # Network Services, SI, Equipment Sales
    lines[start + 1 : start + 4] = block * (MAX_TABLE_ROWS // len(block) + 1)
    src = tmp_path / "tall.txt"
    src.write_text("\n".join(lines), "utf-8")
    rc, err = run_cli("convert", src, "-o", tmp_path / "out", "--no-validate", capsys=capsys)
    assert rc == 2 and one_line(err) and f"prxbrl maps at most {MAX_TABLE_ROWS:,} rows in one table" in err, err
    assert not (tmp_path / "out").exists()


def test_per_share_rows_are_placed_in_linear_time(monkeypatch, tmp_path):
    """Rows duplicated in a per-share statement (fuzz seed 501 #1607, a 50 KB window of Apple's Q3 2004 release with
    duplicated lines) took 105 s: every run of rows was searched for a sum from every row above it. The search
    spans at most MAX_SUM_ROWS rows now; the sums tried grow linearly with the rows."""
    from prxbrl.extract import extract
    from prxbrl.readers import read_document
    from prxbrl.tables import per_share

    release = need_shared(CORPUS / "apple-q3-fy2004.txt")
    lines = release.read_text("utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Provision for income taxes 24 7 66 10"))
    block = lines[start : start + 10]  # ... Net income, the per-share lines of two headings
    lines[start : start + 10] = block * 60
    src = tmp_path / "tall.txt"
    src.write_text("\n".join(lines), "utf-8")
    calls = 0
    real = per_share._adds_up_as

    def counted(rows, terms):
        nonlocal calls
        calls += 1
        return real(rows, terms)

    monkeypatch.setattr(per_share, "_adds_up_as", counted)
    extract(read_document(src))
    assert calls <= 2 * 600 * getattr(per_share, "MAX_SUM_ROWS", 60), calls


def test_a_long_run_without_spaces_is_read_in_linear_time():
    """A 45,000-character cell of tag soup without a space (a fuzz mutant of Apple's Q1 FY2011 HTML) took 16 s per
    table in the token ledger: the numeric-token pattern scanned the run once per character. It is one scan now;
    the tokens found are those of the old pattern (whitespace-delimited words with a digit)."""
    import re

    from prxbrl.tokens import NUMERIC_TOKEN as _NUMERIC_TOKEN  # the token ledger's pattern

    line = "Net sales (1) $26,741 $20,343 &nbsp;2.5%\u00a0x9 -- (3)abc"
    old = re.compile(r"[^\s\u00a0]*\d[^\s\u00a0]*")
    assert [m.span() for m in _NUMERIC_TOKEN.finditer(line)] == [m.span() for m in old.finditer(line)]
    soup = "&unknown;" * 5000 + " 1,234"
    assert [m.group() for m in _NUMERIC_TOKEN.finditer(soup)] == ["1,234"]


def test_a_reference_to_a_control_beside_a_dropped_element():
    """Tag soup (a fuzz mutant of Amazon's release): a reference to a control in the text around a <script> that the
    reader drops made lxml's drop_tree fail ('All strings must be XML compatible')."""
    from prxbrl.readers.html import read_html

    doc = read_html(b"<html><body><p>Net sales</p>&#x1;&#12;<script>var x;</script>&#31;up 5%<p>a&#2;b</p></body></html>", "soup.html")
    assert [p.text for p in doc.paragraphs] == ["Net sales", "up 5%", "ab"]


def test_an_absurd_number_of_weeks_is_no_context():
    """Sears' Q2 2004 release with an odd number for the weeks of a period (a fuzz mutant)."""
    from prxbrl.extract import extract
    from prxbrl.mapping.build import Options, map_document
    from prxbrl.readers.text import read_text
    from prxbrl.xbrl import render_filing

    lines = [
        "    * Domestic segment detail for the 1,000,000,000,000,000,000,000 weeks ended June 28, 2003",
        "    Merchandise sales and",
        "     services                     $7,771     $    -      $  100      $7,871",
    ]
    src = read_text(("\n".join(lines) + "\n").encode("utf-8"), "sears-weeks.txt")
    try:
        mapped = map_document(extract(src), src.lines, Options())
    except PrxbrlError as exc:
        assert exc.exit_code == 2
        return
    render_filing(mapped.filing)


def test_a_figure_of_400_digits_printed_twice_is_compared():
    from decimal import Decimal

    from prxbrl.mapping.build import _agree

    assert _agree(Decimal("9" * 400), 0, Decimal("9" * 399 + "8"), -3) is True  # equal to the thousand
    # a long figure in millions (a fuzz mutant of NVIDIA's HTML with odd numbers): its digits are in the exponent
    assert _agree(Decimal("12" * 20 + "E6"), -6, Decimal("12" * 20 + "E6"), -6) is True
    assert _agree(Decimal("12" * 20 + "E6"), -6, Decimal("12" * 19 + "13E6"), -6) is False


def test_one_extension_name_for_a_balance_and_a_flow_is_two_elements():
    """A fuzz mutant of Howard Hughes' release (lines swapped) printed 'Equity in losses from unconsolidated
    ventures' as a balance and as a flow: the second asked for the name the first had taken as an instant element,
    and its fact went into a duration context (XbrlWriteError, exit 3). A name taken by another kind of element
    gives an element of its own."""
    from prxbrl.extract import extract
    from prxbrl.mapping.build import Builder, Options
    from prxbrl.readers.text import read_text

    src = read_text(EXAMPLE.read_bytes(), EXAMPLE.name)
    b = Builder(extract(src), src.lines, Options())
    inst = b.ext_concept("EquityInLossesFromUnconsolidatedVentures", type_="xbrli:monetaryItemType", period_type="instant", balance="debit")
    flow = b.ext_concept("EquityInLossesFromUnconsolidatedVentures", type_="xbrli:monetaryItemType", period_type="duration", balance="debit")
    again = b.ext_concept("EquityInLossesFromUnconsolidatedVentures", type_="xbrli:monetaryItemType", period_type="instant", balance="debit")
    assert inst.period_type == "instant" and flow.period_type == "duration" and flow.qname != inst.qname
    assert again is inst


def test_a_label_of_only_control_characters_before_one_figure():
    """A fuzz mutant of Columbia's release (a window with control characters): a label that is only a control
    character (whitespace to str.split) before one figure made split_line index an empty word list (exit 3)."""
    from prxbrl.tables.text_detect import split_line

    line = split_line(1, "\x0b\x0c 1,234")
    assert line is not None


def test_sums_of_figures_beyond_decimal_precision_are_not_checked(tmp_path):
    """Fuzz mutant of Columbia Sportswear's release (odd_numbers, seed 303 #741): figures too long for Decimal's
    28 digits made the calculation check raise InvalidOperation (exit 3)."""
    from prxbrl.pipeline import convert

    src = Path(__file__).parent / "fixtures" / "fuzz-columbia-odd-numbers.txt"
    res = convert(src, tmp_path / "out", formats=["xml"], validate=False)
    assert res.mapped.filing.facts


# CTT Systems' year-end report 2024 (a markdown copy of a newswire page, /work/unseen14 of the stop that found it):
# its metadata block and its bulleted highlights look like tables, and it prints no statement. The refusal says
# which lines were read as tables, so the user sees that no statement was among them.
_CTT = """---
title: "CTT Systems AB (publ.) - Interim Report Fourth Quarter 2024 / Year-End Report 2024"
date: "2025-02-07 15:30:55"
categories:
  - "morningstar"
lang:
  - "en"
menu: ""
thumbnail: ""
lead: ""
comments: false
authorbox: false
pager: true
toc: false
mathjax: false
sidebar: "right"
widgets:
  - "search"
  - "recent"
  - "taglist"
---

**NYKÖPING, SWEDEN / [ACCESS Newswire](https://www.accessnewswire.com/) / February 7, 2025 /** CTT Systems AB (STO:CTT)

**JANUARY - DECEMBER 2024**

* **Net sales decreased by 3% to MSEK 300.1 (308.9)**  
  **- Currency adjusted decrease of 2%**
* **Operating profit (EBIT) decreased to MSEK 112.6 (118.4)**
* **Operating margin (EBIT margin) amounted to 38% (38)**
* **Profit margin amounted to 36% (39)**
* **Net profit decreased to MSEK 85.5 (95.5)**
* **Earnings per share were SEK 6.82 (7.62)**
* **Operating cash flow decreased to MSEK 66.3 (116.8)**
"""


def test_a_refusal_names_the_lines_read_as_tables(tmp_path):
    from prxbrl.extract import extract

    path = tmp_path / "ctt-systems-q4-2024.md"
    path.write_text(_CTT, encoding="utf-8")
    with pytest.raises(PrxbrlError) as err:
        extract(read_document(path))
    msg = str(err.value)
    assert "no figure in them could be read" in msg and "\n" not in msg
    spans = [tuple(map(int, s.split("-"))) for s in msg.split("tables found (lines ")[1].split(")")[0].split(", ")]
    assert spans and all(1 <= a <= b <= len(_CTT.splitlines()) for a, b in spans), msg
