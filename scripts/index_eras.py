"""Eras of filers' labels for ``build_concept_index.py``: concepts adopted since 2009-2010.

The FSDS data sets (2009-2010) give tens of thousands of statement rows; the company label linkbases of 2018 and later
a few companies each. A concept adopted since 2010 has no uses in the first, where the concepts it took labels from
have many: "Income before income taxes" was us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterest-
AndIncomeLossFromEquityMethodInvestments 1,229 times in 2009-2010 and us-gaap:IncomeLossFromContinuingOperationsBefore-
IncomeTaxesExtraordinaryItemsNoncontrollingInterest never (no 2009-2010 filer had it); the linkbases of 2018 and later
give the second most of the label's uses (Coca-Cola, Netflix, IBM, JPMorgan, Boeing, Exxon Mobil, Tesla, Workiva; the
first Amazon's). Counted as they are, the old era's counts outvote what filers do now.

``project_new_concepts`` credits such a concept with the uses the old era would have given it:
  1. by label: for a label key that the recent linkbases of at least MIN_COMPANIES companies give a concept no
     2009-2010 statement row has, the concept is credited, in each statement where 2009-2010 filers printed the key and
     where the 2024 taxonomy's statement linkbases place the concept, with that statement's 2009-2010 uses of the key
     times the number of companies giving it the key recently over the number giving the key to concepts 2009-2010
     knew (at least one). The statement test keeps disclosure concepts (no 2009-2010 statement row has them either:
     us-gaap:AssetRetirementObligation, a roll-forward's total) out of the statements.
  2. by concept: where the new concept took, by (1), at least as many uses of an old concept's keys as the old concept
     kept, of the same type, period type and balance, and those keys hold at least MIN_SHARE_TAKEN of the old concept's
     2009-2010 uses (MIN_TAKEN at least), it takes the old concept's other keys in that proportion too, unless the
     recent linkbases give the key to the old concept ("Loss before income taxes", "Earnings before income taxes": no
     held linkbase of 2018 or later prints them; "Other current assets" stays us-gaap:OtherAssetsCurrent though
     us-gaap:PrepaidExpenseAndOtherAssetsCurrent took "Prepaid expenses and other current assets", a tenth of its uses).
"""

from __future__ import annotations

from collections import defaultdict

# companies whose recent linkbases give a key to a concept no 2009-2010 statement row has, before it is credited
MIN_COMPANIES = 2
# the share of an old concept's 2009-2010 uses (and the uses) the keys a new concept took must hold before it takes
# the old concept's other keys
MIN_SHARE_TAKEN, MIN_TAKEN = 0.25, 100


def project_new_concepts(usage, recent, old_era: set[int], statements, signature) -> None:
    """Add the projected uses to ``usage`` (key -> (concept, statement) -> [count, negated, ..., projected]) in place:
    to the count, and to the projected uses the last place keeps apart.

    ``recent``: key -> concept -> (companies labelling it so in 2018 or later, those of them negating it);
    ``old_era``: concepts some 2009-2010 statement row has; ``statements(i)``: the letters of the 2024 statements a
    concept stands in; ``signature(i)``: its type, period type and balance."""
    took: dict[tuple[int, int], float] = defaultdict(float)  # (new, old) -> uses credited to new on old's keys
    had: dict[tuple[int, int], int] = defaultdict(int)  # (new, old) -> old's uses on those keys
    credited: set[tuple[str, int]] = set()
    for key in sorted(recent):
        by = recent[key]
        new = {i: v for i, v in sorted(by.items()) if i not in old_era and len(v[0]) >= MIN_COMPANIES}
        if not new:
            continue
        known = max(len(set().union(*(v[0] for i, v in by.items() if i in old_era))), 1)
        per_stmt: dict[str, int] = defaultdict(int)
        for (i, stmt), (c, *_) in usage[key].items():
            if stmt and i in old_era:
                per_stmt[stmt] += c
        for stmt, n in sorted(per_stmt.items()):
            for i, (companies, negating) in new.items():
                projected = round(n * len(companies) / known)
                if not projected or stmt not in statements(i):
                    continue
                old = [(o, c) for (o, st), (c, *_) in usage[key].items() if st == stmt and o in old_era]
                u = usage[key][(i, stmt)]
                u[0] += projected
                u[1] += round(projected * len(negating) / len(companies))
                u[-1] += projected  # projected: kept apart too (the era of the release decides its weight)
                credited.add((key, i))
                for o, c in old:
                    took[(i, o)] += projected * c / n
                    had[(i, o)] += c
    total: dict[int, int] = defaultdict(int)  # an old concept's 2009-2010 statement uses
    for key in usage:
        for (o, stmt), (c, *_) in usage[key].items():
            if stmt and o in old_era:
                total[o] += c
    successor: dict[int, tuple[int, float]] = {}
    for (i, o), c in sorted(had.items()):
        rho = took[(i, o)] / c
        if (rho >= 1 and c >= MIN_TAKEN and c >= MIN_SHARE_TAKEN * total[o] and signature(i) == signature(o)
                and (o not in successor or rho > successor[o][1])):
            successor[o] = (i, rho)
    for key in sorted(usage):
        adds = [(successor[o][0], stmt, c * successor[o][1], neg * successor[o][1])
                for (o, stmt), (c, neg, *_) in sorted(usage[key].items())
                if stmt and o in successor and (key, successor[o][0]) not in credited and o not in recent.get(key, {})
                and stmt in statements(successor[o][0])]
        for i, stmt, c, neg in adds:
            u = usage[key][(i, stmt)]
            u[0] += round(c)
            u[1] += round(neg)
            u[-1] += round(c)
