"""The JSON Schemas in schemas/ are current, and the documents we write validate against them."""

import json
import subprocess
import sys

import jsonschema

from conftest import ROOT


def test_committed_schemas_are_current():
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "write_schemas.py"), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_line_item_document_validates(iij):
    schema = json.loads((ROOT / "schemas" / "line-items.schema.json").read_text("utf-8"))
    jsonschema.validate(json.loads(iij.model_dump_json()), schema)


def test_corpus_documents_validate(corpus_docs):
    schema = json.loads((ROOT / "schemas" / "line-items.schema.json").read_text("utf-8"))
    for doc in corpus_docs.values():
        jsonschema.validate(json.loads(doc.model_dump_json()), schema)
