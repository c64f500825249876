"""``build_viewer()``: the Arelle iXBRL viewer (PyPI ``ixbrl-viewer``, the ``viewer`` extra) over a rendition.

The viewer is an HTML file (the Inline XBRL document with the viewer's data and a ``<script>`` tag) plus the
viewer script ``ixbrlviewer.js``. The package ships a built copy of the script
(``iXBRLViewerPlugin/viewer/dist/ixbrlviewer.js``); it is passed as ``--viewer-url`` so nothing is fetched
from a CDN, and the plugin copies it beside the output (the HTML references it by its file name), so the
output folder works offline and can be moved as a whole.

Arelle runs in-process under the bridge's lock, offline, with the same packages as ``validate``
(the caller's, else the NOT OFFICIAL stand-in, plus the project's own packages).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

from ..errors import PrxbrlError

from . import _engine
from .validation import resolve_packages

INSTALL_HINT = "install the viewer extra: pip install 'prxbrl[viewer]'"
VIEWER_SCRIPT = "ixbrlviewer.js"
PLUGIN_MODULE = "iXBRLViewerPlugin"  # the Arelle plugin package of ixbrl-viewer


def _plugin_dir() -> Path:
    """The installed iXBRLViewerPlugin package folder; PrxbrlError with the install hint when absent."""
    try:
        spec = importlib.util.find_spec(PLUGIN_MODULE)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise PrxbrlError(INSTALL_HINT)
    return Path(next(iter(spec.submodule_search_locations)))


def viewer_script() -> Path:
    """The viewer script shipped by the ``ixbrl-viewer`` package (used instead of the CDN copy)."""
    script = _plugin_dir() / "viewer" / "dist" / VIEWER_SCRIPT
    if not script.is_file():
        raise PrxbrlError(f"the installed ixbrl-viewer package has no {VIEWER_SCRIPT} ({script}); {INSTALL_HINT}")
    return script


def build_viewer(htm: Path, out_html: Path, packages: Sequence[Path] = ()) -> Path:
    """Build the iXBRL viewer of the Inline XBRL document ``htm`` into ``out_html``; return ``out_html``.

    ``ixbrlviewer.js`` is written beside ``out_html``. Raises ``PrxbrlError`` when the viewer extra is not
    installed ("install the viewer extra: ...") or when Arelle could not build the viewer (its first messages).
    """
    plugin = _plugin_dir()
    script = viewer_script()
    htm = Path(htm).resolve()
    if not htm.is_file():
        raise PrxbrlError(f"{htm}: no such file")
    out_html = Path(out_html).resolve()
    if out_html.suffix.lower() not in (".html", ".htm", ".xhtml"):
        raise PrxbrlError(f"{out_html.name}: the viewer is an HTML file (.html)")
    out_html.parent.mkdir(parents=True, exist_ok=True)
    pkgs, _note = resolve_packages(packages)
    tmp = out_html.with_name(f".{out_html.name}.part{out_html.suffix}")
    records = _run(htm, pkgs, plugin, script, tmp)
    if not tmp.is_file():
        problems = [r for r in records if r["levelno"] >= 30 or str(r["code"]).startswith("viewer:")]
        detail = "; ".join(f"[{r['code']}] {r['message']}" for r in problems[:3]) or "no message from Arelle"
        raise PrxbrlError(f"the iXBRL viewer of {htm.name} could not be built: {detail}")
    tmp.replace(out_html)
    return out_html


def _run(htm: Path, packages: Sequence[Path], plugin: Path, script: Path, dest: Path) -> list[dict]:
    from arelle.api.Session import Session
    from arelle.RuntimeOptions import RuntimeOptions

    options = RuntimeOptions(
        entrypointFile=str(htm),
        packages=[str(p) for p in packages] or None,
        plugins=str(plugin),
        validate=False,
        workOffline=True,
        disablePersistentConfig=True,
        cacheDirectory=str(_engine._cache_dir()),
        logLevel="INFO",
        logPropagate=False,
        logRefObjectProperties=False,
        pluginOptions={
            "saveViewerDest": str(dest),
            "viewerURL": str(script),
            "viewerNoCopyScript": False,
            "validationMessages": False,
            "useStubViewer": False,
            "viewerBasenameSuffix": "",
            "packageDownloadURL": None,
            "zipViewerOutput": False,
        },
    )
    handler = _engine._RecordHandler()
    with _engine._LOCK:
        with Session() as session:
            session.run(options, logHandler=handler)
            for m in list(session.get_models()):
                try:
                    m.close()
                except Exception:  # closing must not hide the result
                    pass
    # the plugin copies the script beside the output under its own name
    copied = dest.parent / script.name
    if dest.is_file() and not copied.is_file():
        dest.unlink()
    return handler.records
