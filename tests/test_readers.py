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
    ]:
        got = unwrap_emphasis(line)
        assert got == want and len(got) == len(line)
