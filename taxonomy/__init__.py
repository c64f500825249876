"""The converter's taxonomy knowledge as data (shipped as converter.taxonomy)."""
