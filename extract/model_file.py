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


class Vectorizer:
    """scikit-learn's DictVectorizer.transform: a feature dict to (column indices, values); a string value names the
    feature `key=value` with value 1, a feature the model does not know is left out."""

    def __init__(self, vocabulary: dict[str, int], separator: str):
        self.vocabulary = vocabulary
        self.separator = separator
        self._last: tuple[list[dict], list[tuple[np.ndarray, np.ndarray]]] | None = None

    def rows(self, features: list[dict]) -> list[tuple[np.ndarray, np.ndarray]]:
        """The columns of each feature dict of a list; the last list's are kept, as the category and statutory
        pipelines of the meaning model share this vectorizer (see _Reader) and read the same list in turn. The kept
        pair is read once, so another thread that replaces it meanwhile cannot hand over its own rows."""
        last = self._last
        if last is not None and last[0] is features:
            return last[1]
        rows = [self.columns(f) for f in features]
        self._last = (features, rows)
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


def _type_name(node: dict) -> str:
    return f"{node['__module__']}.{node['__class__']}"


def _schema(text: bytes) -> tuple[dict, set[str]]:
    """A skops schema's JSON tree and every type its nodes name, found while it is parsed (one pass, not a second
    walk of a tree of some hundred thousand nodes)."""
    found = set()

    def note_type(node: dict) -> dict:
        if "__loader__" in node:
            found.add(_type_name(node))
        return node

    return json.loads(text, object_hook=note_type), found


class _Reader:
    """One skops file's JSON tree turned into objects: its archive, and the vectorizers read from it so far, so that
    the pipelines fitted on the same features share one vectorizer and the columns it last computed."""

    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive
        self.vectorizers: list[Vectorizer] = []

    def decode(self, node: dict):
        """The value of one node of the tree."""
        loader = node["__loader__"]
        if loader == "JsonNode":
            return json.loads(node["content"])
        if loader == "DictNode":
            return {key: self.decode(value) for key, value in node["content"].items()}
        if loader in ("ListNode", "TupleNode"):
            items = [self.decode(item) for item in node["content"]]
            return tuple(items) if loader == "TupleNode" else items
        if loader == "TypeNode":
            return _type_name(node)
        if loader == "NdArrayNode" and node.get("type") == "numpy":
            return np.load(io.BytesIO(self.archive.read(node["file"])), allow_pickle=False)
        if loader == "ObjectNode" and _type_name(node) in _OBJECTS:
            return _OBJECTS[_type_name(node)](self, self.decode(node["content"]))
        raise ValueError(f"a {loader} of {_type_name(node)} cannot be read")

    def vectorizer(self, vocabulary: dict[str, int], separator: str) -> Vectorizer:
        """The vectorizer read before with the same vocabulary and separator, else a new one (kept for the next)."""
        same = next((v for v in self.vectorizers if v.separator == separator and v.vocabulary == vocabulary), None)
        if same is None:
            same = Vectorizer(vocabulary, separator)
            self.vectorizers.append(same)
        return same


# What each scikit-learn type read is made into, from the reader and the type's attributes.
_OBJECTS = {
    "sklearn.pipeline.Pipeline": lambda _, a: LinearPipeline(a["steps"]),
    "sklearn.feature_extraction._dict_vectorizer.DictVectorizer": lambda reader, a: reader.vectorizer(
        a["vocabulary_"], a["separator"]),
    "sklearn.linear_model._logistic.LogisticRegression": lambda _, a: Logistic(
        a["classes_"], a["coef_"], a["intercept_"]),
}


def read_model(path, trusted: frozenset[str]):
    """The object a skops file holds, its estimators as LinearPipelines; UntrustedTypes when the file names a type
    outside `trusted`, ValueError, KeyError, OSError or zipfile.BadZipFile when it cannot be read."""
    with zipfile.ZipFile(path) as archive:
        schema, types = _schema(archive.read("schema.json"))
        untrusted = sorted(types - trusted - SAFE_TYPES)
        if untrusted:
            raise UntrustedTypes(untrusted)
        return _Reader(archive).decode(schema)
