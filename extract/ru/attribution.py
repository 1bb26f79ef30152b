"""Who a Russian sentence credits with its figures ("по данным Генпрокуратуры", "сообщил пресс-секретарь")."""

from extract.language_data import rules

MAX_WORDS = 6


def attribution_ru(sentence: str) -> str | None:
    """The source a sentence names, up to the next comma, else None (the report's own voice)."""
    for r in rules("ru", "attribution"):
        m = r.pattern.search(sentence)
        if m:
            words = m.group(1).split()
            if words and not words[0][0].isdigit():
                return " ".join(words[:MAX_WORDS])
    return None
