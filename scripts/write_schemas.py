"""Write the JSON Schemas of prxbrl's documents into schemas/ (run after changing a model).

    python scripts/write_schemas.py          # write
    python scripts/write_schemas.py --check  # exit 1 when a committed schema is out of date
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from prxbrl.schemas import SCHEMAS  # noqa: E402


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for name, model in SCHEMAS.items():
        text = json.dumps(model.model_json_schema(mode="serialization"), indent=2, sort_keys=True) + "\n"
        path = ROOT / "schemas" / name
        if check:
            if not path.exists() or path.read_text("utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, "utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
