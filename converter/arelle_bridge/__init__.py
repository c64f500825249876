"""The only part of prxbrl that talks to Arelle (the one subpackage allowed to import ``arelle``).

* ``validate(path, packages=())`` -> ``ValidationResult``: XBRL 2.1 + Dimensions, Calculations 1.1
  (round-to-nearest), inconsistent duplicate facts and the Unit Type Registry, in-process and offline.
* ``load_facts(path, packages=())`` -> sorted ``NormalizedFact`` list, equal across XML, Inline XBRL,
  xBRL-JSON and xBRL-CSV renderings of the same report.
* ``TemplateValidator(packages)``: the same validation for many reports, the base DTS loaded once per process
  and each report validated in a copy-on-write fork of it (``amortised``); fresh where fork is unavailable.
* Without ``packages`` both use a NOT OFFICIAL stand-in taxonomy generated from the concept catalog
  (``standin.build_standin_package``); ``ValidationResult.taxonomy_note`` says so.

Arelle itself is imported lazily, on the first call.
"""

from .amortised import TemplateValidator
from .facts import LoadError, load_facts
from .results import Finding, NormalizedFact, ValidationResult
from .standin import STANDIN_NOTE, build_standin_package
from .validation import set_standin_catalogs, standin_package, validate

__all__ = [
    "Finding",
    "LoadError",
    "NormalizedFact",
    "STANDIN_NOTE",
    "TemplateValidator",
    "ValidationResult",
    "build_standin_package",
    "load_facts",
    "set_standin_catalogs",
    "standin_package",
    "validate",
]
