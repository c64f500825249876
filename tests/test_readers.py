"""Decoding by evidence: UTF-8, Shift_JIS/CP932 and Latin-1 releases."""

from prxbrl.readers import read_document


def test_cp932_is_recognised(tmp_path):
    p = tmp_path / "jp.txt"
    p.write_bytes("売上高 34,272 32,275\n営業利益 1,201 1,166\n".encode("cp932"))
    doc = read_document(p)
    assert doc.encoding == "cp932" and doc.lines[0].startswith("売上高")


def test_latin1_is_not_taken_for_japanese(tmp_path):
    p = tmp_path / "fr.txt"
    p.write_bytes("Chiffre d'affaires (en milliers d'€) 1 234\nRésultat net 56\n".encode("cp1252"))
    doc = read_document(p)
    assert doc.encoding == "cp1252" and "Résultat" in doc.lines[1]


def test_utf8_with_nbsp(tmp_path):
    p = tmp_path / "u.txt"
    p.write_text("Cash 8,764,415 \u00a0 112,631\n", "utf-8")
    doc = read_document(p)
    assert doc.encoding == "utf-8" and "\u00a0" in doc.lines[0]


def test_markdown_strong_emphasis_is_unwrapped_one_character_for_one():
    from prxbrl.readers.text import unwrap_emphasis

    # Infinity Bancorp's bold current-period cells; NVIDIA's and Adobe's lone "**" are footnote marks and stay
    for line, want in [
        ("| Cash and due from banks |  | **$** | **69,057** |", "| Cash and due from banks |  |   $   |   69,057   |"),
        ("|  |  | **December 31,****2024** |", "|  |  |   December 31,    2024   |"),
        ("Non-GAAP net income ** $ 31,767 $ 25,783", "Non-GAAP net income ** $ 31,767 $ 25,783"),
        ("Non-GAAP effective income tax rate (**) 18.5%", "Non-GAAP effective income tax rate (**) 18.5%"),
        # Ubiquiti Q2 FY2025's highlights: a breakdown in italics, a whole cell each; a single mark elsewhere stays
        ("| *Enterprise Technology* |  |  | *518.2* |  |  | *470.2* |", "|  Enterprise Technology  |  |  |  518.2  |  |  |  470.2  |"),
        ("| *Gross Profit (%)* |  |  | *41.2%* |", "|  Gross Profit (%)  |  |  |  41.2%  |"),
        ("Tax expense from OBBBA* - 48 - 48 -", "Tax expense from OBBBA* - 48 - 48 -"),
        ("| Non-GAAP gross margin * | 73.6% |", "| Non-GAAP gross margin * | 73.6% |"),
    ]:
        got = unwrap_emphasis(line)
        assert got == want and len(got) == len(line)


def test_markdown_backslash_escapes_are_read_as_the_mark_one_character_for_one():
    from prxbrl.readers.text import unescape_marks

    # Farmers & Merchants Bancshares (FY2024, markdown): "December 31, \*" is a footnote mark over the prior year's
    # column; Kimco's "Funds From Operations\*"; an escaped pipe is a pipe inside a cell and stays
    for line, want in [
        ("|  | December 31, | | | December 31, \\* | | |", "|  | December 31, | | | December 31,  * | | |"),
        ("* Grew Funds From Operations\\* (“FFO”) 7.7%", "* Grew Funds From Operations * (“FFO”) 7.7%"),
        ("| a \\| b | 1 |", "| a \\| b | 1 |"),
    ]:
        got = unescape_marks(line)
        assert got == want and len(got) == len(line)


def test_escaped_footnote_mark_over_a_balance_sheet_column_names_no_segment(tmp_path):
    from prxbrl.pipeline import convert

    # the real lines of Farmers & Merchants Bancshares' balance sheet (FY2024 release, markdown): the escaped "*"
    # after the prior year's date had made every 2023 balance a fact of a segment "X"
    src = tmp_path / "fmb.md"
    src.write_text(
        "| Farmers and Merchants Bancshares, Inc. and SubsidiariesConsolidated Balance Sheets(Unaudited) | | | | | | |\n"
        "|  |  | | |  | | |\n"
        "|  | December 31, | | | December 31, \\* | | |\n"
        "|  | 2024 | | | 2023 | | |\n"
        "|  |  | | |  | | |\n"
        "| Assets | | | |  | | |\n"
        "| Cash and due from banks | $ | 48,460,917 | |  | $ | 44,404,473 |\n"
        "| Federal funds sold |  | 19,301 | |  |  | 285,864 |\n"
        "| Total cash and cash equivalents |  | 48,480,218 | |  |  | 44,690,337 |\n",
        "utf-8",
    )
    out = tmp_path / "out"
    convert(str(src), str(out), validate=False)
    import csv
    rows = list(csv.DictReader(open(next(out.glob("*-facts-plain.csv")), encoding="utf-8")))
    cash = {r["period_end"]: r for r in rows if r["concept"] == "us-gaap:CashAndDueFromBanks"}
    assert cash["2023-12-31"]["value"] == "44404473" and cash["2024-12-31"]["value"] == "48460917"
    assert not any(v for r in rows for k, v in r.items() if k.endswith("Axis"))
