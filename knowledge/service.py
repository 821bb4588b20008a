"""The knowledge service: the index built from the stored documents, kept current, and asked.

Built once at start-up (or loaded from the cache keyed by the corpus fingerprint) and kept in the
application; searching runs in a worker thread so a slow question never blocks the event loop.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from knowledge.curated import CuratedSet, load_curated
from knowledge.documents import parse_file, parse_text
from knowledge.engine import Answer, KnowledgeIndex, too_short
from storage import knowledge as kb
from storage.clock import Clock, SystemClock
from storage.db import SessionFactory, unit_of_work

log = logging.getLogger(__name__)


class KnowledgeService:
    def __init__(
        self,
        session_factory: SessionFactory,
        cache_dir: Path | None = None,
        clock: Clock | None = None,
        curated: CuratedSet | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.cache_dir = cache_dir
        self.clock = clock or SystemClock()
        self.curated = curated if curated is not None else load_curated()
        self._index: KnowledgeIndex | None = None
        self._lock = asyncio.Lock()

    @property
    def index(self) -> KnowledgeIndex:
        if self._index is None:
            raise RuntimeError("KnowledgeService.load() has not run")
        return self._index

    async def load(self) -> KnowledgeIndex:
        """(Re)build the index from the database, using the cache when the corpus is unchanged."""
        async with self._lock:
            async with unit_of_work(self.session_factory) as session:
                passages = await kb.load_passages(session)
            self._index = await asyncio.to_thread(
                KnowledgeIndex.load_or_build, passages, self.cache_dir, self.curated
            )
            return self._index

    async def ingest_file(
        self, path: Path, name: str | None = None, refresh: bool = True
    ) -> tuple[str, int, bool]:
        """Parse and store one file, then refresh the index. Returns (title, passages, changed)."""
        parsed = await asyncio.to_thread(parse_file, path, name)
        async with unit_of_work(self.session_factory) as session:
            _, changed = await kb.store_document(session, parsed, self.clock.now())
        if changed and refresh:
            await self.load()
        return parsed.title, len(parsed.passages), changed

    async def ingest_text(self, text: str, name: str) -> tuple[str, int, bool]:
        parsed = await asyncio.to_thread(parse_text, text, name)
        async with unit_of_work(self.session_factory) as session:
            _, changed = await kb.store_document(session, parsed, self.clock.now())
        if changed:
            await self.load()
        return parsed.title, len(parsed.passages), changed

    async def ask(self, question: str, telegram_user_id: int | None = None, log_it: bool = True) -> Answer:
        index = self._index or await self.load()
        answer = await asyncio.to_thread(index.answer, question)
        if log_it and not too_short(question):  # a stray "3" is no gap in the knowledge base
            async with unit_of_work(self.session_factory) as session:
                await kb.log_question(
                    session,
                    question,
                    answered=answer.answered,
                    score=answer.score,
                    item_key=answer.key,
                    now=self.clock.now(),
                    telegram_user_id=telegram_user_id,
                )
        return answer

    def answer_item(self, key: str, question: str = "") -> Answer | None:
        return self.index.answer_item(key, question)

    async def feedback(
        self, question: str, item_key: str, helpful: bool, telegram_user_id: int | None
    ) -> None:
        async with unit_of_work(self.session_factory) as session:
            await kb.record_feedback(
                session,
                question=question,
                item_key=item_key,
                helpful=helpful,
                now=self.clock.now(),
                telegram_user_id=telegram_user_id,
            )

    async def gaps(self, limit: int = 20) -> list[kb.Gap]:
        async with unit_of_work(self.session_factory) as session:
            return await kb.top_gaps(session, limit)
