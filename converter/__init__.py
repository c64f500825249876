"""prxbrl: earnings press releases to XBRL."""

__version__ = "0.1.0"
