"""Reading the YAML data files (thesaurus, curated rules) fast: libyaml's C parser when PyYAML was
built with it (the thesaurus takes ~0.5 s in pure Python, a quarter of start-up), else the same
safe loader in Python."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 (a safe loader)
