"""A taxonomy package (XBRL Taxonomy Packages 1.0) of the extension: ``<prefix>-<yyyymmdd>-taxonomy.zip``.

The package holds the extension schema and its four linkbases (the bytes ``render_filing`` gives, the
instance left out), laid out by their URL, plus ``META-INF/taxonomyPackage.xml`` and ``META-INF/catalog.xml``::

    <prefix>-<yyyymmdd>/META-INF/taxonomyPackage.xml
    <prefix>-<yyyymmdd>/META-INF/catalog.xml
    <prefix>-<yyyymmdd>/<host>/<path>/<prefix>-<yyyymmdd>.xsd      (and _lab, _pre, _cal, _def .xml)

URL base of the extension (``package_url_base``): the extension namespace followed by "/" when the
namespace is an http(s) URL (``http://prxbrl.example/iij/20100930`` -> ``http://prxbrl.example/iij/20100930/``),
else ``http://prxbrl.org/ext/<prefix>/<yyyymmdd>/``. The entry point is that base plus the schema file name.
The schema and the linkbases reference each other by relative file names, so the same files work from the
report's folder (the instance and the Inline XBRL document reference the schema relatively) and from the
package (a report may reference the entry point URL instead; the catalog maps it into the zip).

The zip is deterministic: entries sorted by name, every timestamp the extension date at 00:00, mode 0644.
``publicationDate`` is the extension date (the document period end), ``version`` its ``yyyymmdd``.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from lxml import etree

from ..filing import Filing
from .common import LINK, XLINK, XML_NS, XbrlWriteError, file_names, q, serialise, write_atomically
from .writer import render_filing

if TYPE_CHECKING:  # the bridge imports Arelle lazily; only validate_package needs it
    from ..arelle_bridge import ValidationResult

TP = "http://xbrl.org/2016/taxonomy-package"
CATALOG = "urn:oasis:names:tc:entity:xmlns:xml:catalog"


def _base(filing: Filing) -> str:
    return f"{filing.extension.prefix}-{filing.extension.date.strftime('%Y%m%d')}"


def package_url_base(filing: Filing) -> str:
    """The URL the extension's files are published under (ends with "/")."""
    ns = filing.extension.namespace
    if re.match(r"^https?://[^/\s]+", ns) and " " not in ns and "#" not in ns and "?" not in ns:
        return ns.rstrip("/") + "/"
    ext = filing.extension
    return f"http://prxbrl.org/ext/{ext.prefix}/{ext.date.strftime('%Y%m%d')}/"


def entry_point_url(filing: Filing) -> str:
    """The package's entry point: the extension schema at its URL."""
    return package_url_base(filing) + file_names(filing).schema


def package_file_name(filing: Filing) -> str:
    return f"{_base(filing)}-taxonomy.zip"


def _url_folder(url_base: str) -> str:
    """Folder inside the package mirroring the URL: ``http://host/a/b/`` -> ``host/a/b``."""
    parts = urlsplit(url_base)
    segments = [s for s in [parts.netloc, *parts.path.split("/")] if s and s not in (".", "..")]
    return "/".join(re.sub(r"[^A-Za-z0-9._\-]", "_", s) for s in segments)


def _publisher(filing: Filing) -> str:
    for f in filing.facts:
        if f.concept == "dei:EntityRegistrantName" and isinstance(f.value, str) and f.value.strip():
            return f.value.strip()
    return f"{filing.entity_scheme} {filing.entity_identifier}"


def _manifest(filing: Filing) -> bytes:
    ext = filing.extension
    root = etree.Element(q(TP, "taxonomyPackage"), nsmap={"tp": TP})
    root.set(q(XML_NS, "lang"), "en-US")
    etree.SubElement(root, q(TP, "identifier")).text = package_url_base(filing)
    etree.SubElement(root, q(TP, "name")).text = f"{ext.prefix} extension taxonomy {ext.date.isoformat()}"
    etree.SubElement(root, q(TP, "description")).text = (
        f"Company extension of the report {_base(filing)} (namespace {ext.namespace}), written by prxbrl."
    )
    etree.SubElement(root, q(TP, "version")).text = ext.date.strftime("%Y%m%d")
    etree.SubElement(root, q(TP, "publisher")).text = _publisher(filing)
    etree.SubElement(root, q(TP, "publicationDate")).text = ext.date.isoformat()
    eps = etree.SubElement(root, q(TP, "entryPoints"))
    ep = etree.SubElement(eps, q(TP, "entryPoint"))
    etree.SubElement(ep, q(TP, "name")).text = f"{ext.prefix} {ext.date.isoformat()} extension schema"
    etree.SubElement(ep, q(TP, "entryPointDocument")).set("href", entry_point_url(filing))
    return serialise(root)


def _catalog(filing: Filing) -> bytes:
    root = etree.Element(q(CATALOG, "catalog"), nsmap={None: CATALOG})
    rw = etree.SubElement(root, q(CATALOG, "rewriteURI"))
    rw.set("uriStartString", package_url_base(filing))
    rw.set("rewritePrefix", f"../{_url_folder(package_url_base(filing))}/")
    return serialise(root)


def render_taxonomy_package(filing: Filing) -> bytes:
    """The zip bytes of the extension's taxonomy package. Deterministic.

    Raises ``XbrlWriteError`` (a ``PrxbrlError``) when the Filing cannot be serialised as valid XBRL.
    """
    files = render_filing(filing)
    names = file_names(filing)
    base = _base(filing)
    folder = _url_folder(package_url_base(filing))
    if not folder:
        raise XbrlWriteError(f"no package folder for the URL base {package_url_base(filing)}")
    entries: dict[str, bytes] = {
        f"{base}/META-INF/taxonomyPackage.xml": _manifest(filing),
        f"{base}/META-INF/catalog.xml": _catalog(filing),
    }
    for name, data in files.items():
        if name != names.instance:
            entries[f"{base}/{folder}/{name}"] = data
    d = filing.extension.date
    stamp = (max(d.year, 1980), d.month, d.day, 0, 0, 0)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # unix, so the mode is read the same everywhere
            zf.writestr(info, entries[name])
    return buf.getvalue()


def write_taxonomy_package(filing: Filing, outdir: Path) -> Path:
    """Write ``<prefix>-<yyyymmdd>-taxonomy.zip`` into ``outdir`` atomically; return its path."""
    data = render_taxonomy_package(filing)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    path = outdir / package_file_name(filing)
    write_atomically(path, data)
    return path


def validate_package(package: Path, filing: Filing, packages: Sequence[Path] = ()) -> ValidationResult:
    """Validate, by Arelle, the filing's XML instance referencing the package's ENTRY POINT URL.

    The instance is written alone into a temporary folder (no schema beside it), so the extension can only
    be found through ``package``'s catalog: a clean result means the package loads and resolves. ``packages``
    are the base taxonomies (the US GAAP package); without them the bridge's stand-in is used.
    """
    from ..arelle_bridge import standin_package, validate

    names = file_names(filing)
    root = etree.fromstring(render_filing(filing)[names.instance])
    for ref in root.iter(q(LINK, "schemaRef")):
        ref.set(q(XLINK, "href"), entry_point_url(filing))
    base_pkgs = [Path(p) for p in packages] or [standin_package()]
    with tempfile.TemporaryDirectory(prefix="prxbrl-package-check-") as tmp:
        path = Path(tmp) / f"{_base(filing)}-package-check.xml"
        path.write_bytes(serialise(root))
        return validate(path, [*base_pkgs, Path(package)])
