"""Language data for the extractor: rules and word lists kept as YAML under extract/lang/<language>/.

The engine holds no words: it asks for a rule by its id and gets the compiled pattern, with the example it
must match and the counter-example it must not, so `explain` and the tests can name every rule.
A pattern may use a word list of the same language as `{list:NAME}` (the list joined as an alternation).
"""

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml

from extract.cue_list import CueList

LANG_DIR = Path(__file__).parent / "lang"
# libyaml's parser when PyYAML was built with it (ten times faster, the same data), else PyYAML's own.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str):
    """The data of a YAML text, read as yaml.safe_load reads it."""
    return yaml.load(text, Loader=_YAML_LOADER)


@dataclass(frozen=True)
class Rule:
    """One cue rule: `decides` is the category or flag it stands for, when it stands for one."""

    id: str
    pattern: re.Pattern
    decides: str | None
    example: str
    counter_example: str
    note: str
    read_as: str = "text"  # "lemmas": the pattern reads the text as lemmas ("оштрафовать на N мрп"), so every form counts


class LanguageDataError(ValueError):
    """A language data file that cannot be used: it names the file and the entry."""


@cache
def _file(language: str, name: str) -> dict:
    path = LANG_DIR / language / f"{name}.yaml"
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise LanguageDataError(f"{path}: {err}") from None
    return data


@cache
def words(language: str, name: str, key: str) -> tuple[str, ...]:
    """A word list of a language data file, in file order; an entry "{list:OTHER}" includes list OTHER there."""
    try:
        entries = _file(language, name)["lists"][key]
    except KeyError:
        raise LanguageDataError(f"{language}/{name}.yaml: no list {key!r}") from None
    out = []
    for entry in map(str, entries):
        included = re.fullmatch(r"\{list:(\w+)\}", entry)
        out.extend(words(language, name, included.group(1)) if included else (entry,))
    return tuple(out)


@cache
def mapping(language: str, name: str, key: str) -> dict[str, str]:
    """A word-to-value table of a language data file (`mappings:`), e.g. a verb to the category it names."""
    try:
        return {str(k): str(v) for k, v in _file(language, name)["mappings"][key].items()}
    except (KeyError, AttributeError):
        raise LanguageDataError(f"{language}/{name}.yaml: no mapping {key!r}") from None


@cache
def table(language: str, name: str, key: str) -> dict:
    """A table of a language data file: words with their values (a numeral's lemma and its number)."""
    try:
        return dict(_file(language, name)["tables"][key])
    except (KeyError, TypeError, ValueError):
        raise LanguageDataError(f"{language}/{name}.yaml: no table {key!r}") from None


def alternation(language: str, name: str, key: str) -> str:
    """A word list as a regex alternation, longest words first so that none hides a longer one."""
    return "|".join(sorted(words(language, name, key), key=len, reverse=True))


def _expand(language: str, name: str, pattern: str) -> str:
    pattern = re.sub(r"\{fragment:(\w+)(?:/(\w+))?\}",
                     lambda m: fragment(language, m.group(2) and m.group(1) or name, m.group(2) or m.group(1)),
                     pattern)
    return re.sub(r"\{list:(\w+)(?:/(\w+))?\}",
                  lambda m: alternation(language, m.group(2) and m.group(1) or name, m.group(2) or m.group(1)),
                  pattern)


@cache
def fragment(language: str, name: str, key: str) -> str:
    """A named piece of pattern of a language data file, its own lists and fragments expanded; rules use it as
    `{fragment:NAME}` where several patterns share it."""
    try:
        raw = str(_file(language, name)["fragments"][key])
    except KeyError:
        raise LanguageDataError(f"{language}/{name}.yaml: no fragment {key!r}") from None
    return _expand(language, name, raw)


@cache
def rules(language: str, name: str) -> tuple[Rule, ...]:
    """Every rule of a language data file, compiled (case-insensitive unless the rule says `case_sensitive`)."""
    out = []
    for entry in _file(language, name).get("rules", []):
        try:
            flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
            pattern = re.compile(_expand(language, name, entry["pattern"]), flags)
            out.append(Rule(entry["id"], pattern, entry.get("decides"), entry.get("example", ""),
                            entry.get("counter_example", ""), entry.get("note", ""), entry.get("read_as", "text")))
        except (KeyError, re.error) as err:
            raise LanguageDataError(f"{language}/{name}.yaml: rule {entry.get('id', '?')}: {err}") from None
    return tuple(out)


@cache
def rule(language: str, name: str, rule_id: str) -> Rule:
    """One rule by its id (cached: the Russian rules ask for theirs by id for every figure)."""
    found = _rules_by_id(language, name).get(rule_id)
    if found is None:
        raise LanguageDataError(f"{language}/{name}.yaml: no rule {rule_id!r}")
    return found


@cache
def _rules_by_id(language: str, name: str) -> dict[str, Rule]:
    """A data file's rules by id, the first of each id (rules are asked for by id while text is read)."""
    out: dict[str, Rule] = {}
    for r in rules(language, name):
        out.setdefault(r.id, r)
    return out


def cues(language: str, name: str, prefix: str) -> CueList:
    """(rule id, pattern) of every rule whose id starts with `prefix`, in file order: the cue lists that
    extract.proximity scores, naming the rule that won."""
    return CueList((r.id, r.pattern) for r in rules(language, name) if r.id.startswith(prefix))


@lru_cache(maxsize=1024)
def any_cue(cue_list: CueList, text: str) -> bool:
    """Whether any cue of a cue list occurs in the text (cached: a sentence is asked once per figure it holds); the
    list's screen tells in one pass which cues may occur, and each is tried only where its matches can start."""
    return any(m for _, m in cue_list.searched(text))


@cache
def decisions(language: str) -> dict[str, str]:
    """What each rule of a language decides (its category or flag), by rule id, over all its data files: read from the
    files' entries, so that no file's patterns are compiled before a rule of it is asked for."""
    return {entry["id"]: entry["decides"] for name in data_files(language)
            for entry in _file(language, name).get("rules", []) if entry.get("decides")}


def data_files(language: str) -> list[str]:
    """Names of a language's data files (without .yaml)."""
    return sorted(p.stem for p in (LANG_DIR / language).glob("*.yaml"))
