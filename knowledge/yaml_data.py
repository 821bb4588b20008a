"""Reading the YAML data files (thesaurus, curated rules) fast: libyaml's C parser when PyYAML was
built with it (the thesaurus takes ~0.5 s in pure Python, a quarter of start-up), else the same
loaders in Python."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# No implicit typing: every scalar stays the string it was written as. The thesaurus holds only
# words, which the safe loader's resolver would turn into numbers or booleans (119, 1_000, yes);
# skipping it is also a little faster.
_STRING_LOADER: Any = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


def load_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 (a safe loader)


def load_yaml_strings(path: Path) -> Any:
    """A file of lists and mappings of strings only (the thesaurus): 119 is "119", yes is "yes"."""
    # The base loader builds only str, list and dict: as safe as the safe loader.
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_STRING_LOADER)  # noqa: S506
