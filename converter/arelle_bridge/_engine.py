"""Run Arelle in-process through ``arelle.api.Session`` and capture its log as structured records.

Arelle is imported lazily, so importing ``prxbrl.arelle_bridge`` stays cheap.

Gotchas handled here:

* A ``Session`` installs the log handler only on its FIRST ``run`` (later runs reuse the controller's
  logger), so every run gets a fresh ``Session`` and its own handler. Arelle's global state
  (PluginManager, PackageManager) allows only one Session at a time per process: runs are serialized
  with a module lock.
* The controller is created with ``disablePersistentConfig`` (no ``~/.config/arelle`` directory, no
  config/plugin/package JSON written) and a dedicated, empty, per-process cache directory, with
  ``workOffline`` so nothing is fetched; Arelle still resolves the xbrl.org schemas it bundles
  (xbrl-instance, xbrldt, dtr types, enum2, utr.xml) from its own resources cache.
* Records are converted to plain dicts in ``emit`` (code, level, message text, refs with href and
  sourceLine) so no Arelle object outlives the run; ``logPropagate=False`` keeps Arelle's messages
  out of the application's root logger.
* OIM (xBRL-JSON, xBRL-CSV) loading is built into Arelle 2.47; the "loadFromOIM" plugin is deprecated and,
  when enabled, additionally runs OIM validation on every XML instance, so it is not enabled.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

_LOCK = threading.RLock()
_WORK_DIR: Path | None = None


def work_dir() -> Path:
    """A per-process temporary directory (Arelle cache dir, generated stand-in packages); removed at exit."""
    global _WORK_DIR
    with _LOCK:
        if _WORK_DIR is None or not _WORK_DIR.is_dir():
            _WORK_DIR = Path(tempfile.mkdtemp(prefix="prxbrl-arelle-"))
            atexit.register(shutil.rmtree, _WORK_DIR, True)
        return _WORK_DIR


def _cache_dir() -> Path:
    d = work_dir() / "arelle-cache"
    d.mkdir(exist_ok=True)
    return d


class _RecordHandler(logging.Handler):
    """Collects Arelle log records as plain dicts."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.records: list[dict[str, Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
        except Exception:  # Arelle messages with args that do not match the format
            text = str(record.msg)
        args = record.args if isinstance(record.args, dict) else {}
        refs = []
        for ref in getattr(record, "refs", None) or []:
            if isinstance(ref, dict):
                refs.append({"href": str(ref.get("href", "")), "sourceLine": ref.get("sourceLine")})
        self.records.append(
            {
                "code": str(getattr(record, "messageCode", "") or ""),
                "level": record.levelname,
                "levelno": record.levelno,
                "message": text,
                "refs": refs,
                "args": {str(k): str(v) for k, v in args.items()},
            }
        )

    def flush(self) -> None:  # nothing buffered
        pass


def run(
    path: Path,
    packages: Sequence[Path],
    *,
    validate: bool,
    calc: str = "none",
    duplicates: str = "none",
    utr: bool = False,
    base_taxonomy: str = "none",
    inspect: Callable[[Any], T] | None = None,
) -> tuple[bool, list[dict[str, Any]], T | None]:
    """Load (and optionally validate) ``path`` with ``packages``.

    Returns (Arelle's success flag, captured log records, ``inspect(modelXbrl)`` or None when no model
    was loaded). ``inspect`` runs while the model is still open.
    """
    from arelle.api.Session import Session
    from arelle.RuntimeOptions import RuntimeOptions

    options = RuntimeOptions(
        entrypointFile=str(path),
        packages=[str(p) for p in packages] or None,
        validate=validate,
        calcs=calc if validate else None,
        validateDuplicateFacts=duplicates if validate else None,
        utrValidate=utr if validate else None,
        baseTaxonomyValidationMode=base_taxonomy,
        workOffline=True,
        disablePersistentConfig=True,
        cacheDirectory=str(_cache_dir()),
        keepOpen=True,  # keep the model so that we can count/read its facts; closed below
        logLevel="INFO",
        logPropagate=False,
        logRefObjectProperties=False,
    )
    handler = _RecordHandler()
    inspected: T | None = None
    with _LOCK:
        with Session() as session:
            success = session.run(options, logHandler=handler)
            models = session.get_models()
            try:
                model = next((m for m in models if m.modelDocument is not None), None)
                if model is not None and inspect is not None:
                    inspected = inspect(model)
            finally:
                for m in list(models):
                    try:
                        m.close()
                    except Exception:  # closing must not hide the result
                        pass
    return bool(success), handler.records, inspected
