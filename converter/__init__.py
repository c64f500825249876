"""prxbrl: earnings press releases to XBRL.

The API (see the README): ``prxbrl.convert``, ``prxbrl.extract``, ``prxbrl.validate``, ``prxbrl.batch``;
results ``Result`` (facts as ``FactRow``s), ``BatchResult``; bad input raises ``PrxbrlError``.
"""

__version__ = "0.1.0"

# The submodule prxbrl.extract is imported before the API binds the name ``extract`` to the function: Python sets
# a package attribute for a submodule only when it first loads it, so the function is not replaced later.
from . import extract as _extract_module  # noqa: E402,F401
from .api import FactRow, Result, batch, convert, extract, validate  # noqa: E402
from .errors import PrxbrlError  # noqa: E402


def __getattr__(name: str):
    if name == "BatchResult":
        from .batching import BatchResult

        return BatchResult
    raise AttributeError(f"module 'prxbrl' has no attribute {name!r}")


__all__ = ["BatchResult", "FactRow", "PrxbrlError", "Result", "__version__", "batch", "convert", "extract", "validate"]
