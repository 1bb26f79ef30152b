"""`python -m extract explain "a sentence" [--year Y]`: how each figure of a text is read — its value, unit, category,
statutory flag and confidence (the model's; a Russian figure's from its rule's tally), the rule ids that decided
(when the record carries them), the meaning model's most likely categories and the features it read — so a wrong
reading can be traced to its cause.
"""

import argparse
import sys

from extract.meaning_model import ModelFileError, saved_model, verdicts
from extract.pipeline import figures_of_document, rule_pairs
from extract.reading import Document, read_document


def explanations(text: str, year: int | None = None, model: dict | None = None) -> list[dict]:
    """For each figure of `text`: its record as the rules read it, the model's verdict (None without a model) and
    its features."""
    doc = read_document(text, "explain", year)
    pairs = rule_pairs(doc)
    model = model if model is not None else saved_model()
    judged = verdicts(model, pairs) if model is not None else [None] * len(pairs)
    english = [{"record": record, "verdict": verdict, "features": features}
               for (record, features), verdict in zip(pairs, judged)]
    return sorted(english + _russian(doc), key=lambda item: item["record"]["char_start"])


def _russian(doc: Document) -> list[dict]:
    """The Russian figures of a read document as the pipeline reads them (none read when it has no Russian
    paragraph): the rules alone decide them (no meaning model reads Russian), so they have no verdict nor
    features, and their record names the rules that decided."""
    if not any(p.language == "ru" for p in doc.paragraphs):
        return []
    return [{"record": r, "verdict": None, "features": None, "russian": True}
            for r in figures_of_document(doc, use_model=False).rows if r["language"] == "ru"]


def _features_line(features: dict | None, russian: bool = False) -> str:
    if russian:
        return "none (a Russian figure: read by the rules alone)"
    if features is None:
        return "none (a number among many read without its words: extract.density)"
    return " ".join(name if value == 1.0 else f"{name}:{value:g}" for name, value in sorted(features.items()))


def _confidence_line(item: dict) -> str:
    """The confidence: the model's, a Russian figure's from its rule's tally (extract.rule_confidence), or why none."""
    v, r = item["verdict"], item["record"]
    if v:
        return f"confidence: {v.confidence:.3f}"
    if item.get("russian") and r.get("confidence") is not None:
        return f"confidence: {r['confidence']:.3f} (how often its category rule was right on annotated text)"
    return "confidence: none (" + ("no meaning model" if item["features"] is not None or item.get("russian")
                                   else "read without its words") + ")"


def render(items: list[dict]) -> str:
    """The explanations as text, one block per figure."""
    if not items:
        return "no figures found"
    blocks = []
    for item in items:
        r, v = item["record"], item["verdict"]
        category, statutory = (v.category, v.statutory) if v else (r["category"], r["statutory"])
        lines = [f"mention:    {r['mention']}",
                 f"value:      {r['value']:g} {r['unit']} ({r['kind']}, {r['qualifier']})",
                 f"category:   {category}" + (f" (rules: {r['category']})" if category != r["category"] else ""),
                 f"statutory:  {statutory}" + (f" (rules: {r['statutory']})" if statutory != r["statutory"] else ""),
                 _confidence_line(item)]
        if r.get("rules"):
            lines.append(f"rules:      {', '.join(r['rules']) if isinstance(r['rules'], (list, tuple)) else r['rules']}")
        if v:
            lines.append("model:      " + ", ".join(f"{c} {p:.2f}" for c, p in v.top)
                         + f"; statutory {v.statutory_probability:.2f}")
        lines.append(f"features:   {_features_line(item['features'], item.get('russian', False))}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extract explain", description=__doc__.split("\n\n")[0])
    ap.add_argument("text", help="a sentence or paragraph (several lines allowed)")
    ap.add_argument("--year", type=int, default=None, help="the year the text covers (resolves 'the year')")
    args = ap.parse_args(argv)
    if not args.text.strip():
        print("explain: the text is empty", file=sys.stderr)
        return 2
    try:
        print(render(explanations(args.text, args.year)))
    except ModelFileError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return 0
