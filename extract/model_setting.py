"""Which meaning model extraction uses, as the environment sets it: read by the extractor, and by the extractor
version (figures/versions.py) without importing the extractor, so figures made with another model are redone."""

import os
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "lang" / "en" / "meaning_model.skops"
# The environment variable that turns the model off ("off": the rules alone decide) or names another model file.
MODEL_ENV = "REPORTED_FIGURES_MEANING_MODEL"


def model_setting(setting: str | None) -> Path | None:
    """The model file a value of $REPORTED_FIGURES_MEANING_MODEL names: None for "off" (the rules alone decide), the
    project's saved model when unset or empty, else the path it gives (to measure another model without replacing it)."""
    if setting is not None and setting.strip().lower() == "off":
        return None
    return Path(setting.strip()) if setting and setting.strip() else MODEL_PATH


def chosen_model() -> Path | None:
    """The model file the environment chooses now (see `model_setting`)."""
    return model_setting(os.environ.get(MODEL_ENV))
