"""Who a Russian sentence credits with its figures ("по данным Генпрокуратуры", "сообщил пресс-секретарь")."""

from functools import lru_cache

from extract.language_data import rules

MAX_WORDS = 6


@lru_cache(maxsize=64)
def attribution_ru(sentence: str) -> str | None:
    """The source a sentence names, up to the next comma, else None (the report's own voice); read once per
    sentence, however many figures it holds."""
    for r in rules("ru", "attribution"):
        m = r.pattern.search(sentence)
        if m:
            words = m.group(1).split()
            if words and not words[0][0].isdigit():
                return " ".join(words[:MAX_WORDS])
    return None
