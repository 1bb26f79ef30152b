"""Questions the dashboard asks of the figures table: filters, the main groups, headlines.

Pure functions of a DataFrame with the figures/schema.py columns (plus doc_title,
doc_country, doc_year from the store), so pages stay thin and tests need no app.
"""

import json
import re
from urllib.parse import urlsplit
from dataclasses import dataclass

import pandas as pd

from figures.schema import CATEGORY_GROUPS, MAIN_GROUPS, SECTION_SEPARATOR
from figures.search import lemma_matches
from figures.units import DAYS_PER_MONTH, ureg

GROUP_LABELS = {
    "fines": "Fines",
    "sentences": "Sentences",
    "casualties": "Casualties",
    "complaints": "Complaints",
}

CATEGORY_LABELS = {
    "fine": "Fine",
    "prison_term": "Prison term",
    "probation": "Probation / restricted freedom",
    "administrative_arrest": "Administrative arrest",
    "ban": "Ban",
    "compulsory_work": "Compulsory work",
    "deaths": "Deaths",
    "injuries": "Injuries",
    "complaints": "Complaints",
    "criminal_cases": "Criminal cases",
    "convictions": "Convictions",
    "detentions": "Detentions",
    "prisoners": "Prisoners",
}

QUALIFIER_LABELS = {
    "exact": "Exact",
    "approximate": "Approximate",
    "more_than": "More than",
    "at_least": "At least",
    "up_to": "Up to",
    "less_than": "Less than",
    "range": "Range",
    "vague": "Vague (e.g. dozens)",
}

# Complaints, cases and detentions page: what it counts, in display order.
JUSTICE_CATEGORIES = ("complaints", "criminal_cases", "convictions", "detentions", "prisoners")

STATUTORY_CHOICES = ("all", "imposed", "statutory")

# Months per duration unit, from the project's pint registry (a month is 1/12 of a 365.25-day year).
MONTHS_PER_UNIT = {unit: float(ureg.Quantity(1, unit).to("month").magnitude)
                   for unit in ("year", "month", "week", "day", "hour")}
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# The texts a search box looks in, as the store's search table holds them (paragraph_text, when a caller adds it:
# the figure's paragraph).
_TEXT_COLUMNS = ("subject", "who", "sentence", "mention", "paragraph_text", "section", "doc_title")


def category_label(category: str) -> str:
    """Readable name of a category ("prison_term" -> "Prison term")."""
    return CATEGORY_LABELS.get(category, category.replace("_", " ").capitalize())


def qualifier_label(qualifier: str) -> str:
    """Readable name of a qualifier ("up_to" -> "Up to")."""
    return QUALIFIER_LABELS.get(qualifier, str(qualifier).replace("_", " ").capitalize())


def readable_table(df: pd.DataFrame) -> pd.DataFrame:
    """The rows as a reader sees them in a grid: codes (category, qualifier, kind, period) as words,
    missing values left missing. Downloads keep the codes; this is for the screen only."""
    shown = df.copy()
    words = {"category": category_label, "qualifier": qualifier_label, "kind": lambda k: str(k).capitalize(),
             "period": period_label}
    for column, label in words.items():
        if column in shown.columns:
            shown[column] = shown[column].map(lambda v, label=label: label(v) if _given(v) else None)
    return shown


def _given(value) -> bool:
    """Whether a cell holds a value (not None, NaN, NA or blank text)."""
    return value is not None and (isinstance(value, str) or not pd.isna(value)) and str(value).strip() != ""


def filter_figures(
    df: pd.DataFrame,
    *,
    doc_ids=(),
    themes=(),
    categories=(),
    kinds=(),
    periods=(),
    statutory: str = "all",
    text: str = "",
) -> pd.DataFrame:
    """Rows matching every given filter; an empty selection means no filter on that column. The text matches
    anywhere in subject, who, sentence, mention, paragraph, section or document title, and a Russian figure's words in any inflected form."""
    if statutory not in STATUTORY_CHOICES:
        raise ValueError(f"statutory must be one of {STATUTORY_CHOICES}, not {statutory!r}")
    keep = pd.Series(True, index=df.index)
    for column, wanted in (
        ("doc_id", doc_ids),
        ("theme", themes),
        ("category", categories),
        ("kind", kinds),
        ("period", periods),
    ):
        if wanted:
            keep &= df[column].isin(list(wanted))
    if statutory != "all":
        keep &= df["statutory"].fillna(False).astype(bool) == (statutory == "statutory")
    needle = text.strip().casefold()
    if needle:
        hay = df[[c for c in _TEXT_COLUMNS if c in df.columns]].fillna("").astype(str).agg(" ".join, axis=1)
        found = hay.str.casefold().str.contains(needle, regex=False)
        russian = df["language"] == "ru" if "language" in df.columns else pd.Series(False, index=df.index)
        if russian.any():
            found |= lemma_matches(hay[russian], needle).reindex(df.index, fill_value=False)
        keep &= found
    return df[keep]


def documents_in_scope(documents: pd.DataFrame, *, doc_ids=(), countries=(), years=()) -> pd.DataFrame:
    """The documents chosen by id, country and report year; an empty selection means all."""
    keep = pd.Series(True, index=documents.index)
    if doc_ids:
        keep &= documents["doc_id"].isin(list(doc_ids))
    if countries:
        keep &= documents["country"].isin(list(countries))
    if years:
        keep &= pd.to_numeric(documents["year"], errors="coerce").isin([int(y) for y in years])
    return documents[keep]


def in_group(df: pd.DataFrame, group: str) -> pd.DataFrame:
    """Rows whose category belongs to a coarse group of figures.schema.CATEGORY_GROUPS."""
    return df[df["category"].isin(CATEGORY_GROUPS[group])]


def counts_by(df: pd.DataFrame, column: str) -> pd.DataFrame:
    """How many figures per value of `column`, largest first (columns: column, figures)."""
    counts = df[column].fillna("(none)").value_counts().rename("figures").reset_index()
    return counts.rename(columns={"index": column})


def period_label(period) -> str:
    """A reader's label for a period code: '2020-01..2020-10' -> 'Jan–Oct 2020'."""
    if period is None or (isinstance(period, float) and pd.isna(period)) or period == "":
        return "period not stated"
    text = str(period)
    if text == "annual":
        return "per year"
    if ".." in text:
        start, end = text.split("..", 1)
        a, b = _parse_period_point(start), _parse_period_point(end)
        if a and b and a[0] == b[0] and a[1] and b[1] and not a[2] and not b[2]:
            return f"{_MONTH_NAMES[a[1] - 1]}–{_MONTH_NAMES[b[1] - 1]} {a[0]}"
        return f"{period_label(start)} – {period_label(end)}"
    point = _parse_period_point(text)
    if not point:
        return text
    year, month, day = point
    if day:
        return f"{day} {_MONTH_NAMES[month - 1]} {year}"
    if month:
        return f"{_MONTH_NAMES[month - 1]} {year}"
    return str(year)


def _parse_period_point(text: str):
    """(year, month or None, day or None) from 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', else None."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text.strip())
    if not m or (m.group(2) and not 1 <= int(m.group(2)) <= 12):
        return None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None


def section_short(section) -> str:
    """A section path as a report cites it: 'Section 2 > A. Freedom…' -> '2.a'; else its first part."""
    if not isinstance(section, str) or not section.strip():
        return ""
    parts = [p.strip() for p in section.split(SECTION_SEPARATOR) if p.strip()]
    top = re.match(r"(?i)section\s+(\d+)", parts[0])
    if not top:
        return parts[0]
    short = top.group(1)
    if len(parts) > 1:
        sub = re.match(r"([A-Za-z])[.)]\s", parts[1] + " ")
        if sub:
            short += "." + sub.group(1).lower()
    return short


def fines_table(df: pd.DataFrame) -> pd.DataFrame:
    """Fines with their amount in tenge and in US dollars, and where the dollar amount came from."""
    fines = in_group(df, "fines").copy()
    in_kzt = fines["unit"] == "KZT"
    kzt = _num(fines["value_kzt"])
    fines["amount_kzt"] = kzt.where(kzt.notna(), _num(fines["value"]).where(in_kzt))
    reported = _num(fines["usd_reported"])
    converted = _num(fines["value_base"]).where(fines["unit_base"] == "USD")
    converted = converted.where(fines["unit"] != "USD", _num(fines["value"]))
    fines["amount_usd"] = reported.where(reported.notna(), converted)
    fines["usd_source"] = "not available"
    fines.loc[converted.notna(), "usd_source"] = "converted"
    fines.loc[fines["unit"] == "USD", "usd_source"] = "stated in US dollars"
    fines.loc[reported.notna(), "usd_source"] = "as reported"
    return fines


def sentences_table(df: pd.DataFrame) -> pd.DataFrame:
    """Penalty durations (prison, probation, arrest, bans, compulsory work) in months and years."""
    rows = in_group(df, "sentences").copy()
    rows = rows[rows["kind"] == "duration"]
    rows["months"] = [_months(v, u, vb, ub) for v, u, vb, ub in zip(
        _num(rows["value"]), rows["unit"], _num(rows["value_base"]), rows["unit_base"])]
    rows["months_high"] = [_months(h, u, None, None) for h, u in zip(_num(rows["high"]), rows["unit"])]
    rows["years"] = rows["months"] / 12
    rows["years_high"] = rows["months_high"] / 12
    return rows[rows["months"].notna()]


def _months(value, unit, value_base, unit_base):
    """A duration in months from its own unit, else from its base value in days; None if neither."""
    if value is not None and not pd.isna(value) and unit in MONTHS_PER_UNIT:
        return float(value) * MONTHS_PER_UNIT[unit]
    if value_base is not None and not pd.isna(value_base) and unit_base == "day":
        return float(value_base) * MONTHS_PER_UNIT["day"]
    return None


def casualties_table(df: pd.DataFrame) -> pd.DataFrame:
    """Counted deaths and injuries, ordered by theme then position in the document."""
    rows = in_group(df, "casualties")
    rows = rows[rows["kind"] == "count"]
    return rows.sort_values(["theme", "doc_id", "char_start"])


def justice_table(df: pd.DataFrame, categories=JUSTICE_CATEGORIES) -> pd.DataFrame:
    """Complaints, cases, convictions, detentions and prisoners counted, each with its period label."""
    rows = df[df["category"].isin(list(categories)) & (df["kind"] == "count")].copy()
    rows["period_label"] = rows["period"].map(period_label)
    return rows.sort_values(["category", "doc_id", "char_start"])


@dataclass(frozen=True)
class Headline:
    """The headline of one main group: how many figures, and its largest reported (non-statutory) one."""

    group: str
    label: str
    n_figures: int
    n_imposed: int
    largest: str
    largest_subject: str


def headlines(df: pd.DataFrame) -> list[Headline]:
    """One Headline per main group (fines, sentences, casualties, complaints)."""
    return [_headline(df, group) for group in MAIN_GROUPS]


def _headline(df: pd.DataFrame, group: str) -> Headline:
    rows = in_group(df, group)
    happened = rows[~rows["statutory"].fillna(False).astype(bool)]
    return headline_of(group, len(rows), len(happened), happened)


def _who_and_subject(row: pd.Series) -> str:
    """"who · subject" of a figure, or its subject when the text names no one."""
    who = row.get("who")
    return f"{who} · {row['subject']}" if isinstance(who, str) and who.strip() else str(row["subject"])


def headline_of(group: str, n_figures: int, n_imposed: int, happened: pd.DataFrame) -> Headline:
    """The Headline of a group from its counts and its reported figures (or only the largest of them)."""
    largest, subject = "—", ""
    if group == "fines":
        table = fines_table(happened).dropna(subset=["amount_kzt"])
        if len(table):
            top = table.loc[table["amount_kzt"].idxmax()]
            usd = f" (${top['amount_usd']:,.0f})" if pd.notna(top["amount_usd"]) else ""
            largest, subject = f"{top['amount_kzt']:,.0f} tenge{usd}", _who_and_subject(top)
    elif group == "sentences":
        table = sentences_table(happened[happened["category"] == "prison_term"])
        if len(table):
            top = table.loc[table["months"].idxmax()]
            largest, subject = format_duration(top["months"]), _who_and_subject(top)
    else:
        table = happened[happened["kind"] == "count"]
        if len(table):
            top = table.loc[table["value"].idxmax()]
            largest, subject = f"{top['value']:,.0f}", top["subject"]
    return Headline(group, GROUP_LABELS[group], n_figures, n_imposed, largest, str(subject))


def format_duration(months: float) -> str:
    """'42 months' -> '3 years 6 months'; whole units only, days under a month."""
    if months < 1:
        days = round(months * DAYS_PER_MONTH)
        return f"{days} day" + ("s" if days != 1 else "")
    total = round(months)
    years, rest = divmod(total, 12)
    parts = []
    if years:
        parts.append(f"{years} year" + ("s" if years != 1 else ""))
    if rest:
        parts.append(f"{rest} month" + ("s" if rest != 1 else ""))
    return " ".join(parts)


# The selected figure's fields in the Explorer, in reading order, with the reader's name for each.
DETAIL_FIELDS = (("value", "Value"), ("low", "Low end"), ("high", "High end"), ("unit", "Unit"),
                 ("qualifier", "Qualifier"), ("kind", "Kind"), ("category", "Category"),
                 ("statutory", "What the law prescribes"), ("usd_reported", "US dollars as the report gives them"),
                 ("value_kzt", "Amount in tenge"), ("period", "Period"), ("attribution", "According to"),
                 ("subject", "Subject"), ("paragraph", "Paragraph"), ("char_start", "From character"),
                 ("char_end", "To character"), ("figure_id", "Figure id"))
_AMOUNT_FIELDS = ("value", "low", "high", "usd_reported", "value_kzt")


def format_number(value) -> str:
    """A number as a reader writes it: 54000.0 -> '54,000', 2.5 -> '2.5', 0.125 -> '0.125'."""
    number = float(value)
    if number.is_integer():
        return f"{number:,.0f}"
    return f"{number:,.3f}".rstrip("0").rstrip(".")


def web_link(url) -> str | None:
    """The address if it is an http(s) link to a host, else None (no javascript:, data: or file: links)."""
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def figure_details(row) -> pd.DataFrame:
    """One figure's fields as (field, value) text rows, numbers with thousands separators, blanks left out."""
    out = []
    for column, name in DETAIL_FIELDS:
        value = row.get(column)
        if not _given(value):
            continue
        if column in _AMOUNT_FIELDS:
            text = format_number(value)
        elif column == "statutory":
            text = "Yes: a penalty or limit the law sets" if bool(value) else "No: reported as happened"
        elif column == "category":
            text = f"{category_label(value)} ({value})"
        elif column == "qualifier":
            text = f"{qualifier_label(value)} ({value})"
        elif column == "period":
            text = f"{period_label(value)} ({value})"
        else:
            text = str(value)
        out.append({"field": name, "value": text})
    return pd.DataFrame(out, columns=["field", "value"])


def check_flags(df: pd.DataFrame) -> pd.DataFrame:
    """One row per cross-check flag: figure_id, mention, subject, doc_title, code, message, related."""
    out = []
    for row in df.itertuples(index=False):
        for flag in parse_checks(getattr(row, "checks", None)):
            out.append({
                "figure_id": row.figure_id,
                "mention": row.mention,
                "subject": row.subject,
                "doc_title": getattr(row, "doc_title", ""),
                "code": str(flag.get("code", "")),
                "message": str(flag.get("message", "")),
                "related": ", ".join(str(r) for r in flag.get("related", []) or []),
            })
    return pd.DataFrame(out, columns=["figure_id", "mention", "subject", "doc_title", "code", "message", "related"])


CHECK_LABELS = {"change": "Stated change", "change_inconsistent": "Change does not add up",
                "comparison": "Comparison", "contested": "Sources disagree",
                "implied_rate": "Exchange rate off", "parts_exceed_whole": "Parts exceed the total",
                "parts_do_not_sum": "Parts do not add up", "unreadable_checks": "Unreadable flags"}


def check_label(code: str) -> str:
    """Readable name of a cross-check code ("contested" -> "Sources disagree")."""
    return CHECK_LABELS.get(code, str(code).replace("_", " ").capitalize() or "Flag")


def parse_checks(value) -> list[dict]:
    """The cross-check flags stored in a figure's `checks` JSON; an empty list when none or unreadable."""
    if not isinstance(value, str) or not value.strip():
        return []
    try:
        flags = json.loads(value)
    except json.JSONDecodeError:
        return [{"code": "unreadable_checks", "message": "The stored cross-check flags could not be read.", "related": []}]
    return [f for f in flags if isinstance(f, dict)] if isinstance(flags, list) else []


def across_years(df: pd.DataFrame) -> pd.DataFrame:
    """Figures whose country, category and subject recur in reports of two or more years."""
    if df.empty:
        return df.assign(series=pd.Series(dtype=str))
    keyed = df.assign(series=df["subject"].map(subject_key))
    keyed = keyed[keyed["series"] != ""]
    years = keyed.groupby(["doc_country", "category", "series"])["doc_year"].transform("nunique")
    return keyed[years >= 2].sort_values(["doc_country", "category", "series", "doc_year"])


def subject_key(subject) -> str:
    """A subject reduced to lower-case words without numbers or punctuation, to match it across reports."""
    if not isinstance(subject, str):
        return ""
    words = re.findall(r"[^\W\d_]+", subject.casefold())
    return " ".join(words)


def _num(series: pd.Series) -> pd.Series:
    """A column as floats (missing values become NaN)."""
    return pd.to_numeric(series, errors="coerce").astype(float)


def sentence_parts(row, document_text: str | None = None) -> tuple[str, str, str]:
    """A figure's sentence split as (before, figure, after) so the figure can be highlighted.

    The document text and the figure's offsets place the figure exactly when its mention occurs
    more than once in the sentence; otherwise its first occurrence is used.
    """
    sentence, mention = str(row["sentence"] or ""), str(row["mention"] or "")
    at = -1
    if document_text and sentence:
        start = document_text.rfind(sentence, 0, int(row["char_start"]) + len(sentence))
        if start >= 0 and start + len(sentence) >= int(row["char_end"]):
            at = int(row["char_start"]) - start
            mention = sentence[at: at + int(row["char_end"]) - int(row["char_start"])]
    if at < 0:
        at = sentence.find(mention) if mention else -1
    if at < 0:
        return sentence, "", ""
    return sentence[:at], mention, sentence[at + len(mention):]
