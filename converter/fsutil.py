"""Writing files so that a reader never sees half of one: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import PrxbrlError


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``."""
    path = Path(path)
    if not path.parent.is_dir():
        raise PrxbrlError(f"{path.parent}: no such folder")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise PrxbrlError(f"{path.parent}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_files(folder: Path, files: dict[str, bytes], *, sync: bool = True) -> dict[str, Path]:
    """Write new files into a folder nobody reads yet (a staging folder, published whole later): plain writes,
    no temporary file per file; with ``sync`` each file is fsynced once, and the folder once."""
    folder = Path(folder)
    out: dict[str, Path] = {}
    try:
        for name, data in files.items():
            path = folder / name
            with open(path, "wb") as fh:
                fh.write(data)
                if sync:
                    fh.flush()
                    os.fsync(fh.fileno())
            os.chmod(path, 0o644)
            out[name] = path
        if sync and hasattr(os, "O_DIRECTORY"):
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    except OSError as exc:
        raise PrxbrlError(f"{folder}: cannot write ({exc.strerror})") from None
    return out


def ensure_folder(folder: Path) -> Path:
    """Create an output folder (and its parents) if needed; a one-line error when that is impossible."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise PrxbrlError(f"{folder}: exists and is not a folder") from None
    except OSError as exc:
        raise PrxbrlError(f"{folder}: cannot create the folder ({exc.strerror})") from None
    return folder
