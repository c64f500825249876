"""XBRL 2.1 writers: instance, extension schema, label/presentation/calculation/definition linkbases."""

from .common import XbrlWriteError, file_names
from .writer import render_filing, write_filing

__all__ = ["XbrlWriteError", "file_names", "render_filing", "write_filing"]
