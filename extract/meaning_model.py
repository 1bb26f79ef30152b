"""The meaning model behind the rules: a classifier trained on extract/lang/en/training (see extract/train.py)
that reads a figure's features and confirms the rules' category and statutory flag, or corrects them when it is
confident enough. The gates (how confident) were chosen by cross-validation and are stored with the model.

Where the rules fell back to a catch-all category (count_other, population, ...) the model may name a specific one;
replacing a specific category has a gate of its own, which training has so far set to never. `confidence` is the
model's probability of the category kept; a catch-all the model could not confirm gets at most UNCONFIRMED_FALLBACK.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extract.category_groups import CATCH_ALL_OF_KIND, CATCH_ALLS
from extract.count_category import PEOPLE_ONLY
from extract.model_setting import MODEL_PATH, chosen_model

# The rules' catch-all categories: they abstain rather than decide (lengths and measures are all "other").
FALLBACKS = frozenset(CATCH_ALLS + tuple(CATCH_ALL_OF_KIND.values()) + ("other",))
_ABSTAINING_PREFIXES = ("fallback.", "kind.", "logic.", "model.")
# The highest confidence of a catch-all category the model gives another category to, below its gate.
UNCONFIRMED_FALLBACK = 0.25
# The only types a model file may hold: scikit-learn's own, checked before loading.
TRUSTED_TYPES = frozenset({
    "sklearn.pipeline.Pipeline", "sklearn.feature_extraction._dict_vectorizer.DictVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression", "numpy.float64", "numpy.int64", "numpy.str_",
    "builtins.float", "builtins.int", "builtins.str", "builtins.dict", "builtins.list", "builtins.type",
})


class ModelFileError(ValueError):
    """A model file that cannot be used: it names the file and the problem."""


@dataclass(frozen=True)
class Verdict:
    """The meaning of one figure after the model: category, statutory flag, confidence, and the model's view."""

    category: str
    statutory: bool
    confidence: float
    top: tuple[tuple[str, float], ...]  # the model's most likely categories, best first
    statutory_probability: float


def load(path: Path = MODEL_PATH) -> dict:
    """A saved model ({"category", "statutory": pipelines, "gates": thresholds, "kind_categories": ...}), refusing
    any type outside TRUSTED_TYPES."""
    from zipfile import BadZipFile

    from extract.model_file import UntrustedTypes, read_model

    try:
        return read_model(path, TRUSTED_TYPES)
    except UntrustedTypes as err:
        raise ModelFileError(f"{path}: the meaning model holds untrusted types {err}") from None
    except (OSError, ValueError, KeyError, BadZipFile) as err:
        raise ModelFileError(f"{path}: cannot read the meaning model ({err})") from None


@cache
def saved_model() -> dict | None:
    """The model extraction uses, loaded once: the project's saved model, or the one $REPORTED_FIGURES_MEANING_MODEL
    names; None when it says "off" or the project has none (the rules alone decide). A file it names must load."""
    path = chosen_model()
    if path is None or (path == MODEL_PATH and not path.is_file()):
        return None
    return load(path)


def category_probabilities(model: dict, features: list[dict], kinds: list[str]) -> list[dict[str, float]]:
    """For each mention, the model's probability of every category its kind allows (renormalised)."""
    if not features:
        return []
    classes = list(model["category"].classes_)
    names = [str(c) for c in classes]
    # Per kind, whether it allows each class: asked once per kind of the batch, not once per class of each mention.
    masks: dict[str, list[bool]] = {}
    out = []
    for row, kind in zip(model["category"].predict_proba(features), kinds):
        mask = masks.get(kind)
        if mask is None:
            kind_categories = model["kind_categories"].get(kind, ())
            mask = masks[kind] = [c in kind_categories for c in classes]
        allowed = {name: float(p) for name, p, allows in zip(names, row, mask) if allows}
        total = sum(allowed.values())
        out.append({c: p / total for c, p in allowed.items()} if total > 0 else {})
    return out


def statutory_probabilities(model: dict, features: list[dict]) -> list[float]:
    """For each mention, the model's probability that it states what a law prescribes."""
    if not features:
        return []
    column = list(model["statutory"].classes_).index(True)
    return [float(row[column]) for row in model["statutory"].predict_proba(features)]


def abstained(rule_category: str, rules: str) -> bool:
    """Whether the rules abstained on a figure: they gave a catch-all category, and not by a rule that chose it on
    purpose ("a capacity of 900" is count_other by count.capacity_before; rules are the record's rule ids)."""
    rule_id = (rules or "").partition(" ")[0]
    return rule_category in FALLBACKS and (rule_id in PEOPLE_ONLY or rule_id.startswith(_ABSTAINING_PREFIXES)
                                           or not rule_id)


def decide(rule_category: str, rule_statutory: bool, probabilities: dict[str, float], statutory_probability: float,
           gates: dict[str, float], rules_abstained: bool | None = None) -> Verdict:
    """Keep the rules' reading unless the model is confident enough of another: `gates["fallback"]` to give a
    specific category where the rules fell back to a catch-all (the specific category's share of its probability
    and the catch-all's), `gates["disagree"]` to replace a specific one (its probability), `gates["statutory"]` to
    flip the flag. `rules_abstained` says whether the rules abstained (see `abstained`; by default, whether their
    category is a catch-all)."""
    ranked = sorted(probabilities.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked:
        return Verdict(rule_category, rule_statutory, UNCONFIRMED_FALLBACK, (), statutory_probability)
    abstained = rule_category in FALLBACKS if rules_abstained is None else rules_abstained
    # Where the rules abstained, the model may name a specific category, never trade one catch-all for another.
    best, p_best = next(((c, p) for c, p in ranked if not (abstained and c in FALLBACKS)), (rule_category, 0.0))
    # Over a catch-all, what counts is how much the model prefers the specific category to it: its share of the two.
    p_rule = probabilities.get(rule_category, 0.0)
    preference = p_best / (p_best + p_rule) if abstained and p_best + p_rule > 0 else p_best
    gate = gates["fallback"] if abstained else gates["disagree"]
    category = best if best != rule_category and preference >= gate else rule_category
    confidence = probabilities.get(category, 0.0)
    if category == rule_category and abstained and ranked[0][0] != category:
        confidence = min(confidence, UNCONFIRMED_FALLBACK)
    p_flip = statutory_probability if not rule_statutory else 1 - statutory_probability
    statutory = (not rule_statutory) if p_flip >= gates["statutory"] else rule_statutory
    return Verdict(category, statutory, round(confidence, 3), tuple(ranked[:3]), statutory_probability)


def verdicts(model: dict, pairs: list[tuple[dict, dict | None]]) -> list[Verdict | None]:
    """The model's verdict on every (record, features) pair, predicted in one batch; None for a pair without
    features (a number-dense figure, read without its words)."""
    read = [(r, f) for r, f in pairs if f is not None]
    if not read:
        return [None] * len(pairs)
    features = [f for _, f in read]
    probabilities = category_probabilities(model, features, [r["kind"] for r, _ in read])
    statutory = statutory_probabilities(model, features)
    judged = iter([decide(r["category"], r["statutory"], p, s, model["gates"],
                          abstained(r["category"], r.get("rules", "")))
                   for (r, _), p, s in zip(read, probabilities, statutory)])
    return [None if f is None else next(judged) for _, f in pairs]


def judge(pairs: list[tuple[dict, dict]], model: dict | None = None) -> list[dict]:
    """The records of (record, features) pairs with category, statutory and confidence as the model decides them
    (the saved model unless one is given); with no model, or no features (a number-dense figure), the rules'
    record with no confidence."""
    model = model if model is not None else saved_model()
    judged = verdicts(model, pairs) if model is not None else [None] * len(pairs)
    return [dict(record, confidence=None) if v is None else _verdict_record(record, v)
            for (record, _), v in zip(pairs, judged)]


def _verdict_record(record: dict, v: Verdict) -> dict:
    """The record with category, statutory and confidence as the model's verdict `v` gives them."""
    return dict(record, category=v.category, statutory=v.statutory, confidence=v.confidence, rules=_rules(record, v))


def _rules(record: dict, verdict) -> str:
    """The record's rule ids, with `model.category` or `model.statutory` where the model changed what they decided."""
    category_rule, _, statutory_rule = (record.get("rules") or " ").partition(" ")
    if verdict.category != record["category"]:
        category_rule = "model.category"
    if verdict.statutory != record["statutory"]:
        statutory_rule = "model.statutory"
    return f"{category_rule} {statutory_rule}".strip()
