"""The project's own taxonomy packages (e.g. the prx base taxonomy in ``taxonomy/prx/``), zipped for Arelle.

Folders of ``prxbrl.taxonomy`` that hold ``META-INF/taxonomyPackage.xml`` are taxonomy packages whose
official addresses (``https://prxbrl.org/taxonomy/prx/2024/...``) are not reachable offline. Arelle only
takes packages as zip files, so each folder is zipped once per process into the bridge's work directory
and added to every run, after the packages the caller gives.
"""

from __future__ import annotations

import re
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path

from . import _engine

_LOCK = threading.Lock()
_cache: list[ProjectPackage] | None = None
_REWRITE = re.compile(r"""uriStartString\s*=\s*["']([^"']+)["']""")


@dataclass(frozen=True)
class ProjectPackage:
    name: str
    zip_path: Path
    url_prefixes: tuple[str, ...]  # the uriStartString values its catalog remaps

    def covers(self, url: str) -> bool:
        return any(url.startswith(p) for p in self.url_prefixes)


def _walk(node, prefix: str):
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        if child.name.startswith(".") or child.name == "__pycache__":
            continue
        rel = f"{prefix}/{child.name}"
        if child.is_dir():
            yield from _walk(child, rel)
        else:
            yield rel, child.read_bytes()


def project_packages() -> list[ProjectPackage]:
    global _cache
    with _LOCK:
        if _cache is not None and all(p.zip_path.is_file() for p in _cache):
            return list(_cache)
        found: list[ProjectPackage] = []
        try:
            from ..knowledge import taxonomy_files

            root = taxonomy_files()
            folders = sorted((c for c in root.iterdir() if c.is_dir()), key=lambda c: c.name)
        except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError, OSError):
            folders = []
        for folder in folders:
            meta = folder.joinpath("META-INF")
            if not meta.joinpath("taxonomyPackage.xml").is_file():
                continue
            catalog = meta.joinpath("catalog.xml")
            prefixes = tuple(_REWRITE.findall(catalog.read_text(encoding="utf-8"))) if catalog.is_file() else ()
            dest = _engine.work_dir() / f"project-{folder.name}.zip"
            tmp = dest.with_name(dest.name + ".part")
            with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                for name, data in _walk(folder, folder.name):
                    info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = 0o644 << 16
                    zf.writestr(info, data)
            tmp.replace(dest)
            found.append(ProjectPackage(folder.name, dest, prefixes))
        _cache = found
        return list(found)
