"""The knowledge service: the index built from the stored documents, kept current, and asked.

Built once at start-up (or loaded from the cache keyed by the corpus fingerprint) and kept in the
application; searching runs in a worker thread so a slow question never blocks the event loop.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import re
import time
from pathlib import Path

from rapidfuzz import fuzz, process

from knowledge.curated import CuratedSet, load_curated
from knowledge.documents import parse_file, parse_text
from knowledge.engine import Answer, KnowledgeIndex, Suggestion, too_short
from storage import knowledge as kb
from storage.clock import Clock, SystemClock
from storage.db import SessionFactory, unit_of_work

log = logging.getLogger(__name__)

# How alike (rapidfuzz ratio, 0..100) a question must be to one an admin taught for the taught
# answer to stand in when the engine itself would not answer: a word or two typed otherwise (咋办 for
# 怎么办), not another question about the same thing.
TAUGHT_SIMILARITY = 85
# How often a running bot rereads the taught answers, so one undone from the shell (safebot kb
# forget) stops being given within this many seconds.
TAUGHT_REFRESH_SECONDS = 60.0


def exempt_from_collection() -> None:
    """Leave what is alive now (the index just loaded: some hundred thousand objects) out of the
    garbage collector's full passes. Each such pass would otherwise walk all of it, about 70 ms on
    this machine every few hundred questions, which is most of a slow question's time. What was
    exempted at the last load is let back first, so an index replaced by a reload is collected."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


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
        self._taught: dict[str, str] = {}  # normalised question → item key (taught via /kb_gaps)
        self._taught_read_at = 0.0  # time.monotonic() of the last reading

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
                taught = await kb.taught_answers(session)
            self._index = await asyncio.to_thread(
                KnowledgeIndex.load_or_build, passages, self.cache_dir, self.curated
            )
            self._taught = _resolve_taught(self._index, taught)
            self._taught_read_at = time.monotonic()
            await asyncio.to_thread(exempt_from_collection)
            return self._index

    async def _reread_taught(self, index: KnowledgeIndex) -> None:
        if time.monotonic() - self._taught_read_at < TAUGHT_REFRESH_SECONDS:
            return
        async with unit_of_work(self.session_factory) as session:
            taught = await kb.taught_answers(session)
        self._taught = _resolve_taught(index, taught)
        self._taught_read_at = time.monotonic()

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
        await self._reread_taught(index)
        answer = self._taught_answer(index, question, exact=True)
        if answer is None:
            answer = await asyncio.to_thread(index.answer, question)
            if not answer.answered:
                answer = self._taught_answer(index, question, exact=False) or answer
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

    def _taught_answer(self, index: KnowledgeIndex, question: str, *, exact: bool) -> Answer | None:
        """The answer an admin taught for this question (or, not exact, for one typed a little
        otherwise), if any."""
        if not self._taught:
            return None
        normalised = kb.normalised_question(question)
        key = self._taught.get(normalised)
        if key is None and not exact:
            close = process.extractOne(
                normalised, self._taught.keys(), scorer=fuzz.ratio, score_cutoff=TAUGHT_SIMILARITY
            )
            key = self._taught[close[0]] if close else None
        return index.answer_item(key, question) if key else None

    def choices(self, question: str, limit: int = 5) -> list[Suggestion]:
        """The items that may answer a question, best first: what an admin picks from to teach it."""
        return self.index.best_items(question, limit)

    async def teach(
        self, question_id: int, item_key: str, telegram_user_id: int | None
    ) -> tuple[str, Suggestion] | None:
        """Answer the logged question `question_id` with item `item_key` from now on. Returns
        (the question, the item taught), or None when either is gone."""
        item = self.index.item_suggestion(item_key)
        async with unit_of_work(self.session_factory) as session:
            question = await kb.logged_question(session, question_id)
            if question is None or item is None:
                return None
            await kb.teach_answer(
                session,
                question,
                item_key,
                self.index.passage_text(item_key),
                now=self.clock.now(),
                telegram_user_id=telegram_user_id,
            )
        self._taught[kb.normalised_question(question)] = item_key
        return question, item

    async def taught(self) -> list[tuple[kb.Taught, str | None]]:
        """Every taught question with the label of the item it is answered by now (None when that
        passage is no longer in any document)."""
        index = self._index or await self.load()
        async with unit_of_work(self.session_factory) as session:
            rows = await kb.taught_answers(session)
        labels = []
        for t in rows:
            key = self._taught.get(t.normalised)
            item = index.item_suggestion(key) if key else None
            labels.append((t, item.text if item else None))
        return labels

    async def forget(self, id_or_question: str) -> bool:
        """Undo a taught answer (by its number or its question)."""
        async with unit_of_work(self.session_factory) as session:
            forgotten = await kb.forget_taught(session, id_or_question)
            remaining = await kb.taught_answers(session)
        if forgotten and self._index is not None:
            self._taught = _resolve_taught(self._index, remaining)
        return forgotten

    async def question_text(self, question_id: int) -> str | None:
        async with unit_of_work(self.session_factory) as session:
            return await kb.logged_question(session, question_id)

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
        if self._index is None:
            await self.load()  # to know which taught answers still stand
        async with unit_of_work(self.session_factory) as session:
            return await kb.top_gaps(session, limit, answered_now=self._taught.keys())


def _resolve_taught(index: KnowledgeIndex, taught: list[kb.Taught]) -> dict[str, str]:
    """Taught questions → the items that answer them now. A re-ingested document gives its passages
    new keys (or, on SQLite, old keys to other passages), so a taught passage is found again by its
    text, its article number aside (an article inserted before it renumbers it). One no longer in
    any document is dropped: its question becomes a gap again."""
    by_text: dict[str, str] | None = None
    resolved: dict[str, str] = {}
    for t in taught:
        if t.item_text is None:  # a curated entry keeps its key
            if index.item_suggestion(t.item_key) is not None:
                resolved[t.normalised] = t.item_key
            continue
        if index.passage_text(t.item_key) == t.item_text:
            resolved[t.normalised] = t.item_key
            continue
        if by_text is None:
            by_text = {_unnumbered(p.text): p.key for p in index.passages.values()}
        key = by_text.get(_unnumbered(t.item_text))
        if key is not None:
            resolved[t.normalised] = key
    return resolved


_LEADING_NUMBER = re.compile(
    r"^\s*(第[0-9零〇一二三四五六七八九十百]+[条章节款项]|[（(]?[0-9一二三四五六七八九十]+[)）、.．])\s*"
)


def _unnumbered(text: str) -> str:
    return _LEADING_NUMBER.sub("", text).strip()
