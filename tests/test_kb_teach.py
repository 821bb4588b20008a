"""Teaching the bot a question it could not answer (/kb_gaps): the taught answer is given from then
on, to the same question typed a little otherwise too, survives a restart and a re-ingested
document, and the question leaves the gaps. On SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.service import KnowledgeService
from storage.clock import ManualClock
from storage.db import SessionFactory

COLD_STORE_RULES = (
    "某厂冷库安全规定\n"
    "第一条 进入冷库作业前，应当打开库内照明，并在库门外挂“库内有人”警示牌。\n"
    "第二条 库门内侧应当装有应急开门装置和求救报警按钮，每月测试一次。\n"
    "第三条 叉车进出冷库应当减速慢行，速度不得超过5公里/小时。\n"
)
TRAPPED = "被关在冷库里出不来了怎么办"
RELEASE = "应急开门装置"


async def _service(factory: SessionFactory, tmp_path: Path, clock: ManualClock) -> KnowledgeService:
    service = KnowledgeService(factory, cache_dir=tmp_path / "cache", clock=clock)
    await service.load()
    return service


async def _with_cold_store_rules(
    factory: SessionFactory, tmp_path: Path, clock: ManualClock
) -> tuple[KnowledgeService, Path]:
    rules = tmp_path / "cold.txt"
    rules.write_text(COLD_STORE_RULES, encoding="utf-8")
    service = await _service(factory, tmp_path, clock)
    await service.ingest_file(rules)
    return service, rules


async def _teach_the_release(service: KnowledgeService) -> tuple[int, str]:
    """What /kb_gaps does when an admin picks 第二条 (the release) for TRAPPED: (the gap's question
    id, the key of the item taught)."""
    await service.ask(TRAPPED)
    gap = next(g for g in await service.gaps() if g.question == TRAPPED)
    release = next(c for c in service.choices(TRAPPED) if RELEASE in c.text)
    assert await service.teach(gap.question_id, release.key, telegram_user_id=42) is not None
    return gap.question_id, release.key


async def test_a_taught_question_is_answered_from_then_on(
    session_factory: SessionFactory, tmp_path: Path, clock: ManualClock
) -> None:
    service, rules = await _with_cold_store_rules(session_factory, tmp_path, clock)

    first = await service.ask(TRAPPED)
    assert not first.answered, "the engine answers this by itself: the test needs a question it cannot"
    gap = next(g for g in await service.gaps() if g.question == TRAPPED)

    choices = service.choices(TRAPPED)
    release = next(c for c in choices if RELEASE in c.text)
    taught = await service.teach(gap.question_id, release.key, telegram_user_id=42)
    assert taught is not None and taught[0] == TRAPPED and RELEASE in taught[1].text

    answer = await service.ask(TRAPPED)
    assert answer.answered and RELEASE in (answer.answer or "") + "".join(e.text for e in answer.evidence)
    assert answer.source == "《某厂冷库安全规定》 第二条"  # the article quoted in full above, named by number
    # Typed a little otherwise: other punctuation and spaces, or one character changed.
    for variant in ("被关在冷库里 出不来了，怎么办？", "被关在冷库里出不来了咋办"):
        again = await service.ask(variant)
        assert again.answered and again.key == release.key, variant
    assert all(g.question != TRAPPED for g in await service.gaps())

    # After a restart the bot still knows it; after the document is ingested again with an article
    # inserted before it (its passages get new keys, and it is renumbered) the answer follows it.
    restarted = await _service(session_factory, tmp_path, clock)
    assert (await restarted.ask(TRAPPED)).key == release.key
    lines = COLD_STORE_RULES.splitlines()
    revised = [
        lines[0],
        lines[1],
        "第二条 冷库内严禁单人作业。",
        "第三条" + lines[2][3:],
        "第四条" + lines[3][3:],
    ]
    rules.write_text("\n".join(revised) + "\n", encoding="utf-8")
    assert (await restarted.ingest_file(rules))[2]
    moved = await restarted.ask(TRAPPED)
    assert (
        moved.answered and moved.evidence[0].text.startswith("第三条") and RELEASE in moved.evidence[0].text
    )

    # An article taken out of the rules takes its taught answer with it: the question is a gap again.
    rules.write_text("\n".join(revised[:3] + revised[4:]) + "\n", encoding="utf-8")
    assert (await restarted.ingest_file(rules))[2]
    assert not (await restarted.ask(TRAPPED)).answered
    assert any(g.question == TRAPPED for g in await restarted.gaps())


async def test_a_question_unlike_any_taught_one_is_not_given_its_answer(
    session_factory: SessionFactory, tmp_path: Path, clock: ManualClock
) -> None:
    service, _ = await _with_cold_store_rules(session_factory, tmp_path, clock)
    question_id, release_key = await _teach_the_release(service)

    other = await service.ask("比特币现在多少钱一个？")
    assert not other.answered
    # A question or an item that is gone is refused, not stored.
    assert await service.teach(999_999, release_key, telegram_user_id=42) is None
    assert await service.teach(question_id, "p:999999", telegram_user_id=42) is None


async def test_a_wrong_answer_marked_down_becomes_a_gap_and_teaching_corrects_it(
    session_factory: SessionFactory, tmp_path: Path, clock: ManualClock
) -> None:
    service, _ = await _with_cold_store_rules(session_factory, tmp_path, clock)
    question = "叉车进出冷库的速度不得超过多少？"
    wrong = await service.ask(question)
    assert wrong.answered and wrong.key is not None, "the test needs a question the engine answers"
    assert all(g.question != question for g in await service.gaps()), "answered with confidence: no gap yet"

    await service.feedback(question, wrong.key, False, 7)
    gap = next(g for g in await service.gaps() if g.question == question)
    assert gap.disliked == 1

    other = next(c for c in service.choices(question) if c.key != wrong.key and "发文信息" not in c.text)
    assert await service.teach(gap.question_id, other.key, telegram_user_id=42) is not None
    corrected = await service.ask(question)
    assert corrected.answered and corrected.key == other.key
    assert all(g.question != question for g in await service.gaps())


async def test_a_running_bot_stops_giving_an_answer_undone_from_the_shell(
    session_factory: SessionFactory, tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot, _ = await _with_cold_store_rules(session_factory, tmp_path, clock)
    await _teach_the_release(bot)
    assert (await bot.ask(TRAPPED)).answered

    shell = await _service(session_factory, tmp_path, clock)
    assert await shell.forget(TRAPPED)
    monkeypatch.setattr("knowledge.service.TAUGHT_REFRESH_SECONDS", 0.0)  # the minute has passed
    assert not (await bot.ask(TRAPPED)).answered
