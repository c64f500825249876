"""When two printed figures of one fact agree (``mapping.builder._agree``)."""


def test_a_figure_cut_off_at_the_coarser_precision_agrees():
    """IIJ's summary prints the statement's net loss attributable to noncontrolling interests of JPY 101,702 thousand
    as "101" (millions), and equipment sales of 309,586 as "309": the release truncates. A dash ("—", zero) is no
    figure cut off: BellRing's executive transition costs of 0.5 million are not its other table's "—"."""
    from decimal import Decimal

    from prxbrl.mapping.build import _agree

    assert _agree(Decimal("-101702000"), -3, Decimal("-101000000"), -6)
    assert _agree(Decimal("309000000"), -6, Decimal("309586000"), -3)
    assert _agree(Decimal("175436000"), -3, Decimal("175000000"), -6)  # rounded
    assert not _agree(Decimal("101702000"), -3, Decimal("100000000"), -6)
    assert not _agree(Decimal("500000"), -5, Decimal("0"), -6)
    assert not _agree(Decimal("101702000"), -3, Decimal("101000000"), -3)  # the same precision: no cut-off
