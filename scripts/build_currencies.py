#!/usr/bin/env python3
"""Build taxonomy/currencies.toml: the ISO 4217 currencies, code and English name, as the extractor reads them.

Source: the ISO 4217 list of Debian's ``iso-codes`` package (``/usr/share/iso-codes/json/iso_4217.json``;
``apt-get install iso-codes``). Left out are the codes that name no money a release states amounts in: precious
metals, bond-market and accounting units, fund codes and the codes for testing and for no currency (listed below).

The converter never reads iso-codes at run time: it reads the committed file, and ``knowledge`` validates it when
loaded (three capital letters a code, a name for each). Output (deterministic: sorted by code, UTF-8)::

    [currencies]
    AED = "UAE Dirham"
    ...

Usage: python scripts/build_currencies.py [--source FILE] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = Path("/usr/share/iso-codes/json/iso_4217.json")
# no money of a territory: metals, bond-market units, the SDR, fund and index units, testing, "no currency"
NOT_MONEY = frozenset({
    "XAG", "XAU", "XPD", "XPT",  # silver, gold, palladium, platinum
    "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA",  # bond-market and accounting units, SDR, Sucre, ADB unit
    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW",  # fund codes and indexed units
    "XTS", "XXX",  # testing, no currency
})


def build(source: Path) -> str:
    rows = json.loads(source.read_text("utf-8"))["4217"]
    out = [
        "# ISO 4217 currencies (code = English name), built by scripts/build_currencies.py from Debian's iso-codes;",
        "# metals, bond-market units, fund codes and the testing and no-currency codes are left out. Do not edit by hand.",
        "[currencies]",
    ]
    for r in sorted(rows, key=lambda r: r["alpha_3"]):
        if r["alpha_3"] in NOT_MONEY:
            continue
        out.append(f"{r['alpha_3']} = {json.dumps(r['name'], ensure_ascii=False)}")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=SOURCE)
    ap.add_argument("--out", type=Path, default=REPO / "taxonomy" / "currencies.toml")
    a = ap.parse_args()
    a.out.write_text(build(a.source), encoding="utf-8")


if __name__ == "__main__":
    main()
