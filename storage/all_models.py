"""Imports every module that defines tables, so Base.metadata is complete (for Alembic)."""

from storage import (
    broadcast_models,  # noqa: F401
    knowledge_models,  # noqa: F401
    models,  # noqa: F401
    obligation_models,  # noqa: F401
)
