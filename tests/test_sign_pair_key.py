"""A change's sign said with its opposite in parentheses, in the other order or with a synonym of "decrease"
(labels.sign_pair_key). Source: Exxon Mobil's cash-flow labels of the recent-era development set of
benchmarks/label_accuracy.py ("Inventories reduction/(increase)", us-gaap:IncreaseDecreaseInInventories; with Exxon
held out of the index the key "inventory reduction" found no filer's label and the row no concept)."""

from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.labels import label_key, sign_pair_key


def _key(label: str) -> str:
    return sign_pair_key(label, label_key(label))


def test_reduction_against_an_increase_is_a_decrease():
    assert _key("Inventories reduction/(increase)") == _key("Inventories decrease/(increase)") == "inventory decrease"
    assert _key("Notes and accounts receivable reduction/(increase)") == "note account receivable decrease"
    assert _key("Other current assets reduction/(increase)") == "other current asset decrease"
    assert _key("(Increase) decline in fair value of warrant") == "decrease fair value warrant"


def test_a_reduction_alone_keeps_its_word():
    # no opposite in parentheses: the word is the line's own ("Debt reduction" is a repayment)
    assert _key("Debt reduction") == "debt reduction"
    assert _key("Accounts and other payables increase/(reduction)") == "account other payable increase"


def test_the_change_is_chosen():
    ctx = Context(statement="C", period="d", unit="money")
    assert choose("Inventories reduction/(increase)", ctx).qname == "us-gaap:IncreaseDecreaseInInventories"
    assert choose("Other current assets reduction/(increase)", ctx).qname == "us-gaap:IncreaseDecreaseInOtherOperatingAssets"
