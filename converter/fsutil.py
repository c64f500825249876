"""Writing files so that a reader never sees half of one: a temporary file in the same folder, then a rename;
and output folders replaced as a whole (``staging_folder``, ``publish``)."""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import shutil
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


# ------------------------------------------------------------------ output folders replaced as a whole
#
# An output folder is never written in place. A run writes a sibling staging folder
# ``.<name>.prxbrl-new-XXXX`` (holding an flock on it for as long as it lives), and publishes it under a lock of
# the parent folder by exchanging it with the output folder in one renameat2(RENAME_EXCHANGE) call: at every
# instant the output folder is the complete old output or the complete new one, never a mix, and files of an
# earlier run that the new one does not write go with the old folder. Where the exchange is not available
# (not Linux, or a file system without it) the old folder is first renamed aside to ``.<name>.prxbrl-old-XXXX``
# and the new one renamed into place; a run killed between these two renames leaves no output folder but the
# complete old one aside, and the next run (or ``recover``) puts it back. Staging and old folders of killed runs
# (no flock held any more) are removed by the next run into the same folder. Two runs into the same folder at
# once both publish under the parent's lock, one after the other: the folder ends as one complete output.

_STAGING = ".prxbrl-new-"
_ASIDE = ".prxbrl-old-"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _fault(step: str) -> None:
    """A fault hook for tests: ``PRXBRL_FAULT_AT=<step>`` kills this process at that step of publishing."""
    if os.environ.get("PRXBRL_FAULT_AT") == step:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False where the system cannot."""
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _flock(path: Path, blocking: bool = True) -> int | None:
    """An exclusive flock on a folder: its descriptor; None when another process holds it (non-blocking); -1 when
    the folder cannot be opened (blocking: the caller goes on unlocked, as on a file system without locks)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return -1 if blocking else None  # cannot open it: go on unlocked (blocking), or leave it alone
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except BlockingIOError:
        os.close(fd)
        return None
    except OSError:
        if not blocking:
            os.close(fd)
            return None
        return fd  # a file system without locks: go on unlocked (the descriptor is closed by the caller)
    return fd


@contextlib.contextmanager
def _parent_lock(parent: Path):
    fd = _flock(parent)
    try:
        yield
    finally:
        if fd is not None and fd >= 0:
            os.close(fd)


def _cannot(path: Path, exc: OSError) -> PrxbrlError:
    return PrxbrlError(f"{path}: cannot write the output folder ({exc.strerror or exc})")


def is_output_folder(folder: Path) -> bool:
    """A folder ``publish`` may replace: absent, empty, or an earlier output (report.json, line-items.json, no
    sub-folders). Any other folder is the user's and is left alone."""
    folder = Path(folder)
    if not folder.exists():
        return True
    if not folder.is_dir():
        return False
    entries = list(folder.iterdir())
    if not entries:
        return True
    names = {p.name for p in entries}
    return {"report.json", "line-items.json"} <= names and not any(p.is_dir() for p in entries)


def check_output_folder(folder: Path) -> None:
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise PrxbrlError(f"{folder}: exists and is not a folder")
    if not is_output_folder(folder):
        raise PrxbrlError(f"{folder}: the folder holds files prxbrl did not write; give an empty or new output folder")


@contextlib.contextmanager
def staging_folder(outdir: Path):
    """A fresh staging folder beside ``outdir`` (locked while it lives; removed when the block ends)."""
    outdir = Path(outdir)
    parent = ensure_folder(outdir.parent if str(outdir.parent) else Path("."))
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}{_STAGING}", dir=parent))
    except OSError as exc:
        raise _cannot(outdir, exc) from None
    fd = _flock(staging)
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if fd is not None and fd >= 0:
            os.close(fd)


def recover(outdir: Path) -> None:
    """Tidy up after killed runs into ``outdir``: put a folder moved aside back when the output folder is missing,
    remove staging and old folders nobody holds. Call with the parent's lock held (``publish`` does)."""
    outdir = Path(outdir)
    parent = outdir.parent if str(outdir.parent) else Path(".")
    for kind in (_ASIDE, _STAGING):
        for p in sorted(parent.glob(f".{outdir.name}{kind}*")):
            if not p.is_dir():
                continue
            fd = _flock(p, blocking=False)
            if fd is None:
                continue  # a live run's
            try:
                if kind == _ASIDE and not outdir.exists():
                    os.rename(p, outdir)  # killed between the two renames: the old output goes back
                else:
                    shutil.rmtree(p, ignore_errors=True)
            finally:
                os.close(fd)


def publish(staging: Path, outdir: Path) -> None:
    """Make the complete ``staging`` folder the output folder ``outdir`` (see the comment above)."""
    staging, outdir = Path(staging), Path(outdir)
    parent = outdir.parent if str(outdir.parent) else Path(".")
    _fault("staged")
    try:
        with _parent_lock(parent):
            recover(outdir)
            _fault("locked")
            check_output_folder(outdir)
            os.chmod(staging, 0o755)
            if not outdir.exists():
                os.rename(staging, outdir)
                _fault("published")
                return
            if _exchange(staging, outdir):
                _fault("published")
                shutil.rmtree(staging, ignore_errors=True)  # now the old output
                _fault("cleaned")
                return
            aside = Path(tempfile.mkdtemp(prefix=f".{outdir.name}{_ASIDE}", dir=parent))
            os.rename(outdir, aside)  # replaces the empty folder just made
            _fault("moved-aside")
            os.rename(staging, outdir)
            _fault("published")
            shutil.rmtree(aside, ignore_errors=True)
            _fault("cleaned")
    except OSError as exc:
        raise _cannot(outdir, exc) from None
