"""Imports every module that defines tables, so Base.metadata is complete (for Alembic)."""

from storage import models  # noqa: F401
