"""A scale note that a rendering joined to the sentences above it: Rabobank's Interim Report 2024 (fixtures/
rabobank-h1-2024-loan-portfolio.md, the report's own lines) prints "Our private sector lending was up by EUR 9.1 billion
to 443.1 EUR billion on June 30, 2024. ..." then "Loan Portfolio" and "Amounts in billions of euros" over the table;
read as one text, the amounts in words in its sentences hid the note, and "Total loans and advances to customers
453.6" became 453.6 euros."""

from pathlib import Path

from prxbrl.tables.scale_notes import scale_of

from conftest import plain_facts

FIXTURE = Path(__file__).parent / "fixtures" / "rabobank-h1-2024-loan-portfolio.md"


def test_the_note_after_sentences_with_amounts_in_words_states_the_scale():
    joined = ("Our private sector lending was up by EUR 9.1 billion to 443.1 EUR billion on June 30, 2024. Excluding FX "
              "impacts, the portfolio increased by approximately EUR 7.9 billion. Loan Portfolio Amounts in billions of euros")
    assert scale_of([joined]) == 9
    # a sentence that prints an amount in words states no scale, however it ends
    assert scale_of(["Our private sector lending was up by EUR 9.1 billion to 443.1 EUR billion on June 30, 2024."]) is None


def test_the_loan_portfolio_is_in_billions(tmp_path):
    facts = plain_facts(FIXTURE, tmp_path / "out")
    total = {r["value"] for r in facts if r["label"] == "Total loans and advances to customers"}
    assert total == {"453600000000"}
