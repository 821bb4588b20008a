"""Tables of the rules Q&A: ingested documents and their passages, feedback, the question log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.base import Base


class KbDocument(Base):
    """One ingested document; re-ingesting a file of the same name replaces it."""

    __tablename__ = "kb_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    doc_number: Mapped[str | None] = mapped_column(String(100))
    issuer: Mapped[str | None] = mapped_column(String(200))
    issued_on: Mapped[str | None] = mapped_column(String(40))
    content_hash: Mapped[str] = mapped_column(String(64))
    ingested_at: Mapped[datetime]
    passages: Mapped[list[KbPassage]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="KbPassage.ordinal"
    )


class KbPassage(Base):
    __tablename__ = "kb_passages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("kb_documents.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    section: Mapped[list[Any]] = mapped_column(JSON)
    text: Mapped[str] = mapped_column(Text)
    document: Mapped[KbDocument] = relationship(back_populates="passages")


class KbFeedback(Base):
    """A 👍 or 👎 on one answer."""

    __tablename__ = "kb_feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime]
    telegram_user_id: Mapped[int | None] = mapped_column(BigInteger)
    question: Mapped[str] = mapped_column(Text)
    item_key: Mapped[str] = mapped_column(String(255))
    helpful: Mapped[bool] = mapped_column(Boolean)


class KbQuestion(Base):
    """Every question asked, so admins can see what the knowledge base does not answer."""

    __tablename__ = "kb_questions"
    __table_args__ = (Index("ix_kb_questions_gap", "answered", "normalised"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime]
    telegram_user_id: Mapped[int | None] = mapped_column(BigInteger)
    question: Mapped[str] = mapped_column(Text)
    normalised: Mapped[str] = mapped_column(String(500))
    answered: Mapped[bool] = mapped_column(Boolean)
    score: Mapped[float] = mapped_column(Float)
    item_key: Mapped[str | None] = mapped_column(String(255))


class KbTaught(Base):
    """A question an admin has taught the bot to answer with a given passage or curated entry
    (from /kb_gaps): the same question, however it was typed, gets that answer from then on."""

    __tablename__ = "kb_taught"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime]
    telegram_user_id: Mapped[int | None] = mapped_column(BigInteger)
    question: Mapped[str] = mapped_column(Text)
    normalised: Mapped[str] = mapped_column(String(500), unique=True)
    item_key: Mapped[str] = mapped_column(String(255))
    # The passage's text when taught: a re-ingested document gives its passages new keys, and the
    # taught answer follows the same text to its new key.
    item_text: Mapped[str | None] = mapped_column(Text)
