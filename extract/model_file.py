"""The meaning model's file read and applied without skops or scikit-learn, whose imports cost seconds on every
command: a skops file is a zip of a JSON tree and numpy arrays, and the model holds only dictionary vectorizers
and logistic regressions, so their parameters are read from it and applied with numpy the way scikit-learn does.
extract/train.py still writes the file with skops."""

import io
import json
import zipfile
from numbers import Number

import numpy as np

# Types read safely whatever the caller trusts (as skops has them): tuples, and arrays, read without pickle.
SAFE_TYPES = frozenset({"builtins.tuple", "numpy.ndarray"})


class UntrustedTypes(ValueError):
    """A model file that holds types outside the trusted ones (their names, sorted)."""

    def __init__(self, names: list[str]):
        super().__init__(", ".join(names))
        self.names = names


# Vocabularies read so far: the pipelines of a model file that were fitted on the same features share one.
_VOCABULARIES: list[dict[str, int]] = []
# By vocabulary (its id) and separator: the last list of feature dicts turned into columns, with its columns.
_LAST_ROWS: dict[tuple[int, str], tuple[list[dict], list[tuple[np.ndarray, np.ndarray]]]] = {}


def _shared(vocabulary: dict[str, int]) -> dict[str, int]:
    """The vocabulary read before that equals this one, else this one (kept for the next)."""
    same = next((known for known in _VOCABULARIES if known == vocabulary), None)
    if same is None:
        _VOCABULARIES.append(vocabulary)
        same = vocabulary
    return same


class Vectorizer:
    """scikit-learn's DictVectorizer.transform: a feature dict to (column indices, values); a string value names the
    feature `key=value` with value 1, a feature the model does not know is left out."""

    def __init__(self, vocabulary: dict[str, int], separator: str):
        self.vocabulary = _shared(vocabulary)
        self.separator = separator

    def rows(self, features: list[dict]) -> list[tuple[np.ndarray, np.ndarray]]:
        """The columns of each feature dict of a list; the last list's are kept, as the category and statutory
        pipelines of the meaning model read the same list over the same vocabulary in turn."""
        key = (id(self.vocabulary), self.separator)
        last = _LAST_ROWS.get(key)
        if last is not None and last[0] is features:
            return last[1]
        rows = [self.columns(f) for f in features]
        _LAST_ROWS[key] = (features, rows)
        return rows

    def columns(self, features: dict) -> tuple[np.ndarray, np.ndarray]:
        indices, values = [], []
        vocabulary = self.vocabulary
        for name, value in features.items():
            if type(value) is not float:  # the usual 1.0 skips the slower checks
                if isinstance(value, str):
                    name, value = f"{name}{self.separator}{value}", 1.0
                elif not isinstance(value, Number):
                    raise TypeError(f"feature {name}: {type(value).__name__} values are not read")
            index = vocabulary.get(name)
            if index is not None:
                indices.append(index)
                values.append(float(value))
        return np.array(indices, dtype=np.intp), np.array(values, dtype=np.float64)


class Logistic:
    """scikit-learn's LogisticRegression.predict_proba: a softmax over the classes' scores, or for two classes the
    logistic function of the one score."""

    def __init__(self, classes: np.ndarray, coef: np.ndarray, intercept: np.ndarray):
        self.classes_ = classes
        self.weights = np.ascontiguousarray(coef.T)
        self.intercept = intercept

    def probabilities(self, rows: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        scores = np.array([values @ self.weights[indices] + self.intercept for indices, values in rows])
        scores = scores.reshape(len(rows), self.weights.shape[1])
        if len(self.classes_) <= 2:
            positive = 1.0 / (1.0 + np.exp(-scores[:, 0]))
            return np.stack([1 - positive, positive], axis=1)
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        return scores / scores.sum(axis=1, keepdims=True)


class LinearPipeline:
    """A fitted Pipeline of a Vectorizer and a Logistic, with the `classes_` and `predict_proba` the meaning model
    uses."""

    def __init__(self, steps: list[tuple[str, object]]):
        (_, self.vectorizer), (_, self.classifier) = steps
        self.classes_ = self.classifier.classes_

    def predict_proba(self, features: list[dict]) -> np.ndarray:
        return self.classifier.probabilities(self.vectorizer.rows(features))


_OBJECTS = {
    "sklearn.pipeline.Pipeline": lambda a: LinearPipeline(a["steps"]),
    "sklearn.feature_extraction._dict_vectorizer.DictVectorizer": lambda a: Vectorizer(a["vocabulary_"], a["separator"]),
    "sklearn.linear_model._logistic.LogisticRegression": lambda a: Logistic(a["classes_"], a["coef_"], a["intercept_"]),
}


def _type_name(node: dict) -> str:
    return f"{node['__module__']}.{node['__class__']}"


def _types(node) -> set[str]:
    """Every type a node of the JSON tree names, its own and its children's."""
    found = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, dict):
            if "__loader__" in n:
                found.add(_type_name(n))
            stack.extend(n.values())
        elif isinstance(n, list):
            stack.extend(n)
    return found


def _decode(node: dict, archive: zipfile.ZipFile):
    """The value of one node of a skops JSON tree."""
    loader = node["__loader__"]
    if loader == "JsonNode":
        return json.loads(node["content"])
    if loader == "DictNode":
        return {key: _decode(value, archive) for key, value in node["content"].items()}
    if loader in ("ListNode", "TupleNode"):
        items = [_decode(item, archive) for item in node["content"]]
        return tuple(items) if loader == "TupleNode" else items
    if loader == "TypeNode":
        return _type_name(node)
    if loader == "NdArrayNode" and node.get("type") == "numpy":
        return np.load(io.BytesIO(archive.read(node["file"])), allow_pickle=False)
    if loader == "ObjectNode" and _type_name(node) in _OBJECTS:
        return _OBJECTS[_type_name(node)](_decode(node["content"], archive))
    raise ValueError(f"a {loader} of {_type_name(node)} cannot be read")


def read_model(path, trusted: frozenset[str]):
    """The object a skops file holds, its estimators as LinearPipelines; UntrustedTypes when the file names a type
    outside `trusted`, ValueError, KeyError, OSError or zipfile.BadZipFile when it cannot be read."""
    with zipfile.ZipFile(path) as archive:
        schema = json.loads(archive.read("schema.json"))
        untrusted = sorted(_types(schema) - trusted - SAFE_TYPES)
        if untrusted:
            raise UntrustedTypes(untrusted)
        return _decode(schema, archive)
