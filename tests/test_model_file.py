"""The meaning model read from its skops file without skops or scikit-learn gives the probabilities scikit-learn
gives, refuses what it cannot read with one line, and keeps scikit-learn out of extraction."""

import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
import skops.io as sio

from extract.meaning_model import MODEL_PATH, ModelFileError, load
from extract.pipeline import rule_pairs
from extract.reading import read_document

ROOT = Path(__file__).resolve().parent.parent
TEXT = ("The court in Eastvale fined the editor 120,000 tenge ($280) for the post.\n\n"
        "Monitors counted 14 deaths in custody and 230 complaints of torture in 2021.\n\n"
        "The law provides for up to seven years in prison; 3 activists were held for 10 days.\n")


def test_probabilities_are_those_of_scikit_learn():
    features = [f for _, f in rule_pairs(read_document(TEXT, "t", 2021)) if f is not None]
    features.append({"rule": "fine", "unseen feature": 1.0})
    light, full = load(), sio.load(MODEL_PATH, trusted=sio.get_untrusted_types(file=MODEL_PATH))
    for part in ("category", "statutory"):
        assert list(light[part].classes_) == list(full[part].classes_)
        assert np.allclose(light[part].predict_proba(features), full[part].predict_proba(features), rtol=0, atol=1e-12)
    assert light["gates"] == full["gates"] and light["kind_categories"] == full["kind_categories"]


def test_the_category_and_statutory_pipelines_turn_a_list_of_features_into_columns_once():
    features = [f for _, f in rule_pairs(read_document(TEXT, "t", 2021)) if f is not None]
    light = load()
    assert light["category"].vectorizer is light["statutory"].vectorizer
    first = light["category"].vectorizer.rows(features)
    assert light["statutory"].vectorizer.rows(features) is first
    assert light["statutory"].vectorizer.rows(list(features)) is not first


def test_a_node_the_reader_does_not_know_is_one_clear_error(tmp_path):
    path = tmp_path / "odd.skops"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("schema.json", '{"__class__": "dict", "__module__": "builtins", "__loader__": "OddNode", '
                                        '"content": {}}')
    with pytest.raises(ModelFileError, match=r"odd.skops: cannot read the meaning model \(a OddNode of builtins.dict"):
        load(path)


def test_extraction_does_not_import_scikit_learn_or_skops():
    code = ("import sys; from extract.pipeline import extract_text; "
            "rows = extract_text('The court fined him 50,000 tenge.', 'd', 2020); "
            "print(len(rows), sorted(m for m in ('sklearn', 'skops') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.stdout.split(maxsplit=1) == ["1", "[]\n"]
