"""A label that says "noncurrent" said by an element named "long-term" (promotions.names_every_word), from the
development sets' linkbase cross-validation (a filer's "Senior notes, noncurrent", tagged us-gaap:SeniorLongTermNotes;
with that filer held out no filer's label says it word for word)."""

from prxbrl.mapping.choose import MIN_SIMILARITY
from prxbrl.mapping.index import Candidate
from prxbrl.mapping.labels import label_key
from prxbrl.mapping.promotions import names_every_word


def test_noncurrent_is_said_by_a_long_term_element_name():
    key = label_key("Senior notes, noncurrent")
    assert key == "senior note noncurrent"
    via_filers = Candidate("us-gaap:SeniorLongTermNotes", 1.0, 0.79, 25, 0.0, "senior note")
    assert names_every_word(key, via_filers, MIN_SIMILARITY)
    # a current amount is not: "long-term" is no reading of "current"
    current = label_key("Senior notes, current")
    assert not names_every_word(current, Candidate("us-gaap:SeniorLongTermNotes", 1.0, 0.79, 25, 0.0, "senior note"), MIN_SIMILARITY)
