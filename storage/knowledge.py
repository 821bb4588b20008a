"""Knowledge-base operations: store ingested documents, load passages, log questions and feedback."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from knowledge.documents import ParsedDocument
from knowledge.engine import Passage
from knowledge.normalize import search_form
from storage.knowledge_models import KbDocument, KbFeedback, KbPassage, KbQuestion, KbTaught


@dataclass(frozen=True)
class StoredDocument:
    id: int
    name: str
    title: str
    doc_number: str | None
    passages: int
    ingested_at: datetime


@dataclass(frozen=True)
class Gap:
    question: str
    count: int
    last_asked: datetime
    best_score: float
    question_id: int = 0  # one logged asking of it, to teach it by (/kb_gaps)
    disliked: int = 0  # 👎 on the answers it got


@dataclass(frozen=True)
class Taught:
    id: int
    question: str
    normalised: str
    item_key: str
    item_text: str | None
    taught_at: datetime


def normalised_question(question: str) -> str:
    """The form a question is logged, grouped and taught by (width, case, spaces evened out)."""
    return search_form(question).replace(" ", "")[:500]


async def store_document(
    session: AsyncSession, parsed: ParsedDocument, now: datetime
) -> tuple[KbDocument, bool]:
    """Insert a document, or replace the one of the same name. Returns (document, changed)."""
    existing = await session.scalar(select(KbDocument).where(KbDocument.name == parsed.name))
    if existing is not None:
        if existing.content_hash == parsed.content_hash:
            return existing, False
        await session.delete(existing)
        await session.flush()
    document = KbDocument(
        name=parsed.name,
        title=parsed.title[:500],
        doc_number=parsed.doc_number,
        issuer=(parsed.issuer or None) and parsed.issuer[:200],
        issued_on=parsed.issued_on,
        content_hash=parsed.content_hash,
        ingested_at=now,
        passages=[
            KbPassage(ordinal=p.ordinal, kind=p.kind, section=list(p.section), text=p.text)
            for p in parsed.passages
        ],
    )
    session.add(document)
    await session.flush()
    return document, True


async def list_documents(session: AsyncSession) -> list[StoredDocument]:
    counts = (
        select(KbPassage.document_id, func.count(KbPassage.id).label("n"))
        .group_by(KbPassage.document_id)
        .subquery()
    )
    rows = await session.execute(
        select(KbDocument, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.document_id == KbDocument.id)
        .order_by(KbDocument.id)
    )
    return [StoredDocument(d.id, d.name, d.title, d.doc_number, int(n), d.ingested_at) for d, n in rows.all()]


async def remove_document(session: AsyncSession, name_or_id: str) -> bool:
    """Remove by file name or id; True when something was removed."""
    query = select(KbDocument).where(KbDocument.name == name_or_id)
    if name_or_id.isdigit():
        query = select(KbDocument).where((KbDocument.id == int(name_or_id)) | (KbDocument.name == name_or_id))
    document = await session.scalar(query)
    if document is None:
        return False
    await session.execute(delete(KbPassage).where(KbPassage.document_id == document.id))
    await session.delete(document)
    return True


async def load_passages(session: AsyncSession) -> list[Passage]:
    """Every stored passage, as the engine indexes it (key = kb passage id)."""
    documents = (
        await session.scalars(
            select(KbDocument).options(selectinload(KbDocument.passages)).order_by(KbDocument.id)
        )
    ).all()
    passages: list[Passage] = []
    for d in documents:
        for p in d.passages:
            passages.append(
                Passage(
                    key=f"p:{p.id}",
                    doc_name=d.name,
                    doc_title=d.title,
                    doc_number=d.doc_number,
                    issuer=d.issuer,
                    section=tuple(str(s) for s in p.section),
                    text=p.text,
                    kind=p.kind,
                )
            )
    return passages


async def log_question(
    session: AsyncSession,
    question: str,
    *,
    answered: bool,
    score: float,
    item_key: str | None,
    now: datetime,
    telegram_user_id: int | None = None,
) -> None:
    session.add(
        KbQuestion(
            created_at=now,
            telegram_user_id=telegram_user_id,
            question=question[:2000],
            normalised=normalised_question(question),
            answered=answered,
            score=float(score),
            item_key=item_key,
        )
    )


async def record_feedback(
    session: AsyncSession,
    *,
    question: str,
    item_key: str,
    helpful: bool,
    now: datetime,
    telegram_user_id: int | None = None,
) -> None:
    session.add(
        KbFeedback(
            created_at=now,
            telegram_user_id=telegram_user_id,
            question=question[:2000],
            item_key=item_key,
            helpful=helpful,
        )
    )


async def top_gaps(
    session: AsyncSession, limit: int = 20, low_score: float = 0.6, answered_now: Collection[str] = ()
) -> list[Gap]:
    """The most frequent questions that got no answer, a low-confidence one or a 👎, but those
    answered now by what an admin taught (normalised, as `answered_now`)."""
    disliked: dict[str, int] = {}
    for asked in await session.scalars(select(KbFeedback.question).where(KbFeedback.helpful.is_(False))):
        key = normalised_question(asked)
        disliked[key] = disliked.get(key, 0) + 1
    weak = (KbQuestion.answered.is_(False)) | (KbQuestion.score < low_score)
    if disliked:
        weak = weak | KbQuestion.normalised.in_(list(disliked))
    query = (
        select(
            KbQuestion.normalised,
            func.min(KbQuestion.question),
            func.count(KbQuestion.id),
            func.max(KbQuestion.created_at),
            func.max(KbQuestion.score),
            func.min(KbQuestion.id),
        )
        .where(weak)
        .group_by(KbQuestion.normalised)
        .order_by(func.count(KbQuestion.id).desc(), func.max(KbQuestion.created_at).desc())
        .limit(limit)
    )
    if answered_now:
        query = query.where(KbQuestion.normalised.not_in(list(answered_now)))
    rows = await session.execute(query)
    gaps = []
    for normalised, question, count, last, best, first_id in rows.all():
        if last is not None and last.tzinfo is None:
            from datetime import UTC

            last = last.replace(tzinfo=UTC)
        gaps.append(
            Gap(question, int(count), last, float(best or 0.0), int(first_id), disliked.get(normalised, 0))
        )
    return gaps


async def logged_question(session: AsyncSession, question_id: int) -> str | None:
    """The text of one logged question (a gap's button carries its id)."""
    return await session.scalar(select(KbQuestion.question).where(KbQuestion.id == question_id))


async def teach_answer(
    session: AsyncSession,
    question: str,
    item_key: str,
    item_text: str | None,
    *,
    now: datetime,
    telegram_user_id: int | None = None,
) -> None:
    """Answer this question with that item from now on (teaching it again replaces the answer)."""
    normalised = normalised_question(question)
    taught = await session.scalar(select(KbTaught).where(KbTaught.normalised == normalised))
    if taught is None:
        taught = KbTaught(normalised=normalised)
        session.add(taught)
    taught.created_at = now
    taught.telegram_user_id = telegram_user_id
    taught.question = question[:2000]
    taught.item_key = item_key
    taught.item_text = item_text
    await session.flush()


async def taught_answers(session: AsyncSession) -> list[Taught]:
    rows = await session.scalars(select(KbTaught).order_by(KbTaught.id))
    return [Taught(t.id, t.question, t.normalised, t.item_key, t.item_text, t.created_at) for t in rows]


async def forget_taught(session: AsyncSession, id_or_question: str) -> bool:
    """Undo a taught answer, by its number or its question (as typed or normalised)."""
    condition = KbTaught.normalised == normalised_question(id_or_question)
    if id_or_question.strip().isdigit():
        condition = condition | (KbTaught.id == int(id_or_question))
    found = await session.execute(delete(KbTaught).where(condition))
    return bool(getattr(found, "rowcount", 0))


async def feedback_counts(session: AsyncSession) -> dict[str, tuple[int, int]]:
    """item key → (helpful, not helpful)."""
    rows = await session.execute(
        select(KbFeedback.item_key, KbFeedback.helpful, func.count(KbFeedback.id)).group_by(
            KbFeedback.item_key, KbFeedback.helpful
        )
    )
    out: dict[str, tuple[int, int]] = {}
    for key, helpful, count in rows.all():
        up, down = out.get(key, (0, 0))
        out[key] = (up + count, down) if helpful else (up, down + count)
    return out
