"""Validation amortised over many reports: the base DTS is loaded and validated once, each report forks it.

A fresh validation (``validate``) spends most of its time re-loading the US GAAP, SRT and dei schemas that every
report of prxbrl imports. ``TemplateValidator`` keeps them loaded:

* A server process (``python -m prxbrl.arelle_bridge.amortised``, talking length-prefixed pickles over its
  stdin/stdout) loads a *template*: one Arelle model of a generated schema that imports exactly the absolute
  schema locations the report's extension imports (us-gaap, srt, dei, ...), with the same packages and options
  as a fresh run, and validates it once.
* For each report the server forks a copy-on-write child that loads only the report and its extension into the
  template, clears the relationship sets cached on the model, validates, sends its log records back and exits.
  The template itself is never changed, so every report sees the DTS a fresh run would discover. Arelle has no
  "unload", which is why a child per report and not one model for many reports (facts would pile up).
* It touches Arelle internals, so ``tests/test_amortised.py`` compares its findings with fresh validations on
  reports with known errors. Where there is no ``os.fork`` (Windows), for a report that is not an XML instance
  with a local extension, or when the server or a child fails, ``TemplateValidator.validate`` validates fresh.

The server runs in its own process so that the template's Arelle session never shares Arelle's global state
(plugin and package managers) with fresh runs in the caller, and so that forking happens in a single-threaded
process even when the caller is a multi-threaded Dask worker.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from .results import ValidationResult
from .validation import check_options, resolve_packages, result_of, validate

XS = "http://www.w3.org/2001/XMLSchema"
LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"
_INSTANCE_SUFFIXES = (".xml", ".xbrl")
MAX_SERVERS = 4  # templates kept per TemplateValidator (a process of ~170 MB each for US GAAP)


def fork_available() -> bool:
    return hasattr(os, "fork") and sys.platform != "win32"


# ------------------------------------------------------------------ framing


def _send(stream: BinaryIO, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack(">Q", len(data)) + data)
    stream.flush()


def _recv(stream: BinaryIO) -> Any:
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError("the validation server closed its pipe")
    (size,) = struct.unpack(">Q", head)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the validation server closed its pipe")
    return pickle.loads(data)


# ------------------------------------------------------------------ what a report imports


def base_imports(instance: Path) -> tuple[tuple[str, str], ...] | None:
    """(namespace, absolute schema location) of every import of the report's local extension schema.

    None when the report is not an XML instance whose schemaRef points at a local schema (then no template fits).
    """
    from lxml import etree

    if instance.suffix.lower() not in _INSTANCE_SUFFIXES:
        return None
    try:
        href = None
        for _, el in etree.iterparse(str(instance), events=("end",), tag=f"{{{LINK}}}schemaRef", no_network=True,
                                     resolve_entities=False):
            href = el.get(f"{{{XLINK}}}href")
            break
        if not href or "://" in href or href.startswith("/"):
            return None
        ext = etree.parse(str(instance.parent / href), etree.XMLParser(no_network=True, resolve_entities=False)).getroot()
    except (OSError, etree.XMLSyntaxError):
        return None
    found = {
        (i.get("namespace") or "", i.get("schemaLocation") or "")
        for i in ext.iter(f"{{{XS}}}import")
        if "://" in (i.get("schemaLocation") or "")
    }
    return tuple(sorted(found))


def _entry_schema(folder: Path, imports: tuple[tuple[str, str], ...]) -> Path:
    """A schema that only imports ``imports``: the entry point of the template's DTS."""
    from lxml import etree

    digest = hashlib.sha256(repr(imports).encode()).hexdigest()[:16]
    path = folder / f"prxbrl-base-dts-{digest}.xsd"
    root = etree.Element(f"{{{XS}}}schema", nsmap={"xs": XS}, targetNamespace=f"http://prxbrl.org/base-dts/{digest}",
                         elementFormDefault="qualified")
    for ns, loc in imports:
        etree.SubElement(root, f"{{{XS}}}import", namespace=ns, schemaLocation=loc)
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return path


# ------------------------------------------------------------------ the server (its own process)


class _Template:
    def __init__(self, key: tuple, packages: list[str], options: dict[str, Any], imports: tuple[tuple[str, str], ...]) -> None:
        from arelle.api.Session import Session
        from arelle.RuntimeOptions import RuntimeOptions

        from . import _engine

        self.key = key
        self.handler = _engine._RecordHandler()
        entry = _entry_schema(_engine.work_dir(), imports)
        t = time.perf_counter()
        self.session = Session()
        ok = self.session.run(
            RuntimeOptions(
                entrypointFile=str(entry),
                packages=packages or None,
                validate=True,
                calcs=options["calc"],
                validateDuplicateFacts=options["duplicates"],
                utrValidate=options["utr"],
                baseTaxonomyValidationMode=options["base_taxonomy"],
                workOffline=True,
                disablePersistentConfig=True,
                cacheDirectory=str(_engine._cache_dir()),
                keepOpen=True,
                logLevel="INFO",
                logPropagate=False,
                logRefObjectProperties=False,
            ),
            logHandler=self.handler,
        )
        models = [m for m in self.session.get_models() if m.modelDocument is not None]
        if not ok or not models:
            errors = [r["message"] for r in self.handler.records if r["levelno"] >= logging.ERROR]
            self.close()
            raise RuntimeError("the base DTS did not load: " + ("; ".join(errors[:3]) or "no model"))
        self.model = models[0]
        self.seconds = time.perf_counter() - t

    def validate_in_child(self, path: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """Fork; the child loads ``path`` into the template, validates and sends back (records, summary)."""
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            status = 0
            try:
                os.close(read_fd)
                data = pickle.dumps(self._child(path), protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException as exc:  # noqa: BLE001 - reported to the parent, which falls back
                data = pickle.dumps(RuntimeError(f"{type(exc).__name__}: {exc}"))
                status = 1
            try:
                with os.fdopen(write_fd, "wb") as fh:
                    fh.write(data)
            finally:
                os._exit(status)
        os.close(write_fd)
        with os.fdopen(read_fd, "rb") as fh:
            data = fh.read()
        _, status = os.waitpid(pid, 0)
        if not data:
            raise RuntimeError(f"the validating child ended with status {status} and no result")
        out = pickle.loads(data)
        if isinstance(out, BaseException):
            raise out
        return out

    def _child(self, path: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        from arelle import ModelDocument, ModelXbrl, Validate

        from .validation import _summary

        model = self.model
        self.handler.records = []
        model.relationshipSets.clear()  # sets cached over the base DTS alone would miss the extension's arcs
        for attr in ("_nonNilFactsInInstance", "_factsByQname", "_factsByLocalName", "_factsByDatatype",
                     "_factsByPeriodType", "_factsByDimQname", "_dimensionsInUse"):
            model.__dict__.pop(attr, None)
        doc = ModelDocument.load(model, path, isEntry=True)
        model.modelDocument = doc
        if doc is None:
            return self.handler.records, None
        ModelXbrl.loadSchemalocatedSchemas(model)
        Validate.validate(model)
        return self.handler.records, _summary(model)

    def close(self) -> None:
        try:
            self.session.close()
        except Exception:  # noqa: BLE001 - closing must not hide the result
            pass


def serve(inp: BinaryIO, out: BinaryIO) -> None:
    template: _Template | None = None
    while True:
        try:
            req = _recv(inp)
        except EOFError:
            break
        if req.get("op") == "stop":
            break
        try:
            key = (tuple(req["packages"]), tuple(sorted(req["options"].items())), req["imports"])
            if template is None or template.key != key:
                if template is not None:
                    template.close()
                    template = None
                template = _Template(key, req["packages"], req["options"], req["imports"])
                loaded = template.seconds
            else:
                loaded = 0.0
            t = time.perf_counter()
            records, summary = template.validate_in_child(req["path"])
            _send(out, {"ok": True, "records": records, "summary": summary, "template_seconds": loaded,
                        "seconds": time.perf_counter() - t})
        except Exception as exc:  # noqa: BLE001 - the caller falls back to a fresh validation
            _send(out, {"ok": False, "error": f"{type(exc).__name__}: {exc}"})
    if template is not None:
        template.close()


def _main() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's to handle; EOF on stdin ends the server
    out = os.fdopen(os.dup(1), "wb")  # the protocol's channel; stray prints of Arelle go to stderr
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    serve(sys.stdin.buffer, out)


# ------------------------------------------------------------------ the client


class TemplateValidator:
    """``validate`` for many reports with the same packages and options, the base DTS loaded once.

    Same arguments and results as ``prxbrl.arelle_bridge.validate``. ``amortise=False`` (or no ``os.fork``)
    validates every report fresh. ``stats`` counts amortised and fresh validations and the fallbacks' reasons.
    """

    def __init__(
        self,
        packages: Sequence[Path] = (),
        *,
        calc: str = "c11r",
        duplicates: str = "inconsistent",
        utr: bool = True,
        base_taxonomy: str = "none",
        amortise: bool | None = None,
        template_imports: Callable[[tuple], tuple] | None = None,
    ) -> None:
        check_options(calc, duplicates, base_taxonomy)
        self.packages = [Path(p) for p in packages]
        self.options = {"calc": calc, "duplicates": duplicates, "utr": utr, "base_taxonomy": base_taxonomy}
        self.amortise = fork_available() if amortise is None else (amortise and fork_available())
        self.stats: dict[str, Any] = {"amortised": 0, "fresh": 0, "template_seconds": 0.0, "fallbacks": []}
        self.template_imports = template_imports  # which of a report's imports a new template loads
        self._servers: dict[tuple, subprocess.Popen] = {}  # by import set, least recently used first
        self._lock = threading.Lock()
        self._resolved: tuple[list[Path], str | None] | None = None

    def _template_for(self, imports: tuple) -> tuple:
        """The import set of the template to fork for a report importing ``imports``: the largest running one
        that ``imports`` contains (the child discovers the rest, so its DTS is the one a fresh run discovers),
        else ``imports`` itself (``template_imports(imports)`` when given)."""
        wanted = set(imports)
        fits = [t for t in self._servers if set(t) <= wanted]
        if fits:
            return max(fits, key=lambda t: (len(t), t))
        return tuple(self.template_imports(imports)) if self.template_imports else imports

    def _server(self, imports: tuple) -> subprocess.Popen:
        """The server of the template for ``imports``: one process per import set (extensions differ in what
        they import: xbrldt, dtr types ...), each with one Arelle session; at most MAX_SERVERS."""
        proc = self._servers.pop(imports, None)
        if proc is None or proc.poll() is not None:
            while len(self._servers) >= MAX_SERVERS:
                self._stop(next(iter(self._servers)))
            proc = subprocess.Popen(
                [sys.executable, "-m", __name__],  # this module, under the name the package is installed as
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            )
        self._servers[imports] = proc
        return proc

    def validate(self, path: Path) -> ValidationResult:
        path = Path(path).resolve()
        if not path.is_file():
            raise FileNotFoundError(path)
        imports = base_imports(path) if self.amortise else None
        if imports is not None:
            with self._lock:
                if self._resolved is None:
                    self._resolved = resolve_packages(self.packages)
                pkgs, note = self._resolved
                base = self._template_for(imports)
                try:
                    proc = self._server(base)
                    _send(proc.stdin, {"op": "validate", "path": str(path), "packages": [str(p) for p in pkgs],
                                       "options": self.options, "imports": base})
                    reply = _recv(proc.stdout)
                except (OSError, EOFError, pickle.PickleError) as exc:
                    self._stop(base)
                    reply = {"ok": False, "error": f"the validation server failed: {exc}"}
                if reply["ok"]:
                    self.stats["amortised"] += 1
                    self.stats["template_seconds"] += reply["template_seconds"]
                    return result_of(path, True, reply["records"], reply["summary"], self.options["duplicates"], note)
                self.stats["fallbacks"].append(reply["error"])
        self.stats["fresh"] += 1
        return validate(path, self.packages, **self.options)

    def _stop(self, imports: tuple) -> None:
        proc = self._servers.pop(imports, None)
        if proc is None:
            return
        try:
            if proc.poll() is None:
                _send(proc.stdin, {"op": "stop"})
                proc.stdin.close()
                proc.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired, ValueError):
            proc.kill()
            proc.wait()

    def close(self) -> None:
        with self._lock:
            for imports in list(self._servers):
                self._stop(imports)

    def __enter__(self) -> TemplateValidator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            for imports in list(self._servers):
                self._stop(imports)
        except Exception:  # noqa: BLE001 - interpreter shutdown
            pass


if __name__ == "__main__":
    _main()
