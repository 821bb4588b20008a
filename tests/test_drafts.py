"""Report drafts without Telegram: the step machine, persistence, expiry and filing, on both engines."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storage import drafts
from storage.clock import ManualClock
from storage.db import SessionFactory, unit_of_work
from storage.drafts import DraftData, DraftError, DraftPhoto, Step
from storage.models import Hazard, HazardCategory, HazardPhoto, HazardSource, OutboxMessage, ReportDraft
from tests.hazard_fixtures import Org, make_org, photo

TTL = timedelta(hours=24)


def _photo(tmp_path: Path, name: str, color: tuple[int, int, int] = (10, 20, 30)) -> DraftPhoto:
    return DraftPhoto.from_input(photo(tmp_path, name, color))


# ---------------------------------------------------------------- the step machine (pure)


def test_guided_path_asks_everything_in_order(tmp_path: Path) -> None:
    data = drafts.new_data(officer=False, unit_id=3, quick=False)
    assert drafts.next_step(data) == Step.PHOTOS
    data.add_photo(_photo(tmp_path, "a"))
    assert drafts.next_step(data) == Step.PHOTOS  # until the album window closes
    data.mark_done(Step.PHOTOS)
    assert drafts.next_step(data) == Step.DESCRIPTION
    data.set_description("配电箱门损坏")
    assert drafts.next_step(data) == Step.LOCATION
    data.set_location_pin(31.2, 121.4)
    assert drafts.next_step(data) == Step.CATEGORY
    data.set_category("electrical")
    assert drafts.next_step(data) == Step.UNIT
    data.set_unit(3)
    # a worker has no source switch: straight to the anonymity question
    assert drafts.next_step(data) == Step.ANONYMOUS
    data.set_anonymous(True)
    assert drafts.next_step(data) == Step.SUMMARY
    assert data.missing() == []


def test_officer_chooses_a_source_and_a_check_entry_is_never_anonymous(tmp_path: Path) -> None:
    data = drafts.new_data(officer=True, unit_id=1, quick=False)
    data.add_photo(_photo(tmp_path, "a"))
    for step in (Step.PHOTOS, Step.DESCRIPTION, Step.LOCATION, Step.CATEGORY, Step.UNIT):
        data.mark_done(step)
    assert drafts.next_step(data) == Step.SOURCE
    data.set_source(HazardSource.INSPECTION.value)
    assert drafts.next_step(data) == Step.SUMMARY  # no anonymity question for an inspection
    data.set_anonymous(True)
    assert data.anonymous is False
    worker = drafts.new_data(officer=False, unit_id=1, quick=False)
    with pytest.raises(DraftError):
        worker.set_source(HazardSource.SELF_CHECK.value)


def test_quick_path_asks_only_what_the_caption_did_not_say(tmp_path: Path) -> None:
    data = drafts.new_data(officer=False, unit_id=1, quick=True, caption="消防通道堵塞，灭火器过期")
    assert data.description == "消防通道堵塞，灭火器过期"
    assert data.category == HazardCategory.FIRE.value
    data.add_photo(_photo(tmp_path, "a"))
    data.mark_done(Step.PHOTOS)
    assert drafts.next_step(data) == Step.LOCATION
    data.skip_location()
    assert drafts.next_step(data) == Step.SUMMARY
    vague = drafts.new_data(officer=False, unit_id=1, quick=True, caption="这里不太对劲")
    vague.add_photo(_photo(tmp_path, "b"))
    vague.mark_done(Step.PHOTOS)
    vague.skip_location()
    assert drafts.next_step(vague) == Step.CATEGORY


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("二楼电焊作业无人监护", HazardCategory.HOT_WORK),
        ("污水池有限空间作业未通风检测", HazardCategory.CONFINED_SPACE),
        ("叉车在车间超速行驶", HazardCategory.TRAFFIC),
        ("配电箱电线裸露", HazardCategory.ELECTRICAL),
        ("厨房液化气瓶漏气", HazardCategory.GAS),
        ("今天天气不错", None),
    ],
)
def test_guess_category(text: str, category: HazardCategory | None) -> None:
    assert drafts.guess_category(text) == category


def test_photos_limit_and_repeats(tmp_path: Path) -> None:
    data = DraftData()
    first = _photo(tmp_path, "p0", (0, 0, 0))
    assert data.add_photo(first)
    assert not data.add_photo(first)  # same picture again
    for i in range(1, drafts.MAX_PHOTOS):
        assert data.add_photo(_photo(tmp_path, f"p{i}", (i * 20, 0, 0)))
    with pytest.raises(DraftError, match="最多 9 张"):
        data.add_photo(_photo(tmp_path, "p9", (0, 200, 0)))
    assert len(data.photos) == drafts.MAX_PHOTOS


def test_bad_answers_are_refused_in_chinese() -> None:
    data = DraftData()
    with pytest.raises(DraftError, match="太短"):
        data.set_description("a")
    with pytest.raises(DraftError, match="最多"):
        data.set_location_text("长" * 300)
    with pytest.raises(DraftError):
        data.set_category("volcano")
    with pytest.raises(DraftError):
        data.set_location_pin(200.0, 0.0)


def test_json_round_trip_keeps_everything(tmp_path: Path) -> None:
    data = drafts.new_data(officer=True, unit_id=7, quick=True, caption="脚手架松动")
    data.add_photo(_photo(tmp_path, "a"))
    data.set_location_pin(30.5, 114.3)
    again = DraftData.from_json(data.to_json())
    assert again == data
    assert again.photos[0].to_input().stored is not None
    # a field from a newer version of the bot is ignored, not fatal
    assert DraftData.from_json({**data.to_json(), "future": 1}) == data


def test_summary_and_buttons_fit_telegram(tmp_path: Path) -> None:
    data = drafts.new_data(officer=True, unit_id=1, quick=True, caption="描述" * 400)
    data.add_photo(_photo(tmp_path, "a"))
    text, keyboard = drafts.summary(data, 2**31, unit_label="一车间/一班")
    assert len(text) < 4096
    for row in keyboard:
        for button in row:
            assert button.data is not None and len(button.data.encode()) <= 64
    all_labels = [b.text for row in keyboard for b in row]
    assert "✅ 确认提交" in all_labels and "来源改为自查" in all_labels and "改为匿名" in all_labels


# ---------------------------------------------------------------- persistence (both engines)


@pytest.fixture
async def org(session_factory: SessionFactory) -> Org:
    return await make_org(session_factory)


async def test_draft_is_saved_found_replaced_and_expires(
    session_factory: SessionFactory, org: Org, clock: ManualClock, tmp_path: Path
) -> None:
    tg = org.reporter.telegram_user_id
    assert tg is not None
    async with unit_of_work(session_factory) as session:
        data = drafts.new_data(officer=False, unit_id=org.team.id, quick=False)
        draft = await drafts.start_draft(
            session, telegram_user_id=tg, person_id=org.reporter.id, data=data, now=clock.now()
        )
        assert draft.step == Step.PHOTOS.value
        data.add_photo(_photo(tmp_path, "a"))
        data.mark_done(Step.PHOTOS)
        await drafts.save(session, draft, data, drafts.next_step(data), now=clock.now())

    clock.advance(timedelta(hours=23))
    async with unit_of_work(session_factory) as session:
        found = await drafts.find_draft(session, tg, now=clock.now(), ttl=TTL)
        assert found.draft is not None and found.draft.step == Step.DESCRIPTION.value
        loaded = drafts.load(found.draft)
        assert len(loaded.photos) == 1 and loaded.unit_id == org.team.id
        # touching it keeps it alive
        await drafts.save(session, found.draft, loaded, Step.DESCRIPTION, now=clock.now())

    clock.advance(timedelta(hours=23))
    async with unit_of_work(session_factory) as session:
        assert (await drafts.find_draft(session, tg, now=clock.now(), ttl=TTL)).draft is not None
        # a new draft replaces the old one: one per person
        await drafts.start_draft(
            session, telegram_user_id=tg, person_id=org.reporter.id, data=DraftData(), now=clock.now()
        )
        assert await session.scalar(select(func.count()).select_from(ReportDraft)) == 1

    clock.advance(timedelta(hours=24))
    async with unit_of_work(session_factory) as session:
        found = await drafts.find_draft(session, tg, now=clock.now(), ttl=TTL)
        assert found.draft is None and found.expired
        assert await session.scalar(select(func.count()).select_from(ReportDraft)) == 0


async def test_purge_drops_only_abandoned_drafts(
    session_factory: SessionFactory, org: Org, clock: ManualClock
) -> None:
    async with unit_of_work(session_factory) as session:
        for person in (org.reporter, org.owner):
            assert person.telegram_user_id is not None
            await drafts.start_draft(
                session,
                telegram_user_id=person.telegram_user_id,
                person_id=person.id,
                data=DraftData(),
                now=clock.now(),
            )
    clock.advance(timedelta(hours=20))
    async with unit_of_work(session_factory) as session:
        assert org.owner.telegram_user_id is not None
        found = await drafts.find_draft(session, org.owner.telegram_user_id, now=clock.now(), ttl=TTL)
        assert found.draft is not None
        await drafts.save(session, found.draft, drafts.load(found.draft), Step.PHOTOS, now=clock.now())
    clock.advance(timedelta(hours=5))
    async with unit_of_work(session_factory) as session:
        assert await drafts.purge_expired(session, now=clock.now(), ttl=TTL) == 1
        left = list(await session.scalars(select(ReportDraft.person_id)))
    assert left == [org.owner.id]


async def test_submit_files_the_hazard_and_drops_the_draft(
    session_factory: SessionFactory, org: Org, clock: ManualClock, tmp_path: Path
) -> None:
    tg = org.reporter.telegram_user_id
    assert tg is not None
    async with unit_of_work(session_factory) as session:
        data = drafts.new_data(officer=False, unit_id=org.team.id, quick=True, caption="配电箱电线裸露")
        draft = await drafts.start_draft(
            session, telegram_user_id=tg, person_id=org.reporter.id, data=data, now=clock.now()
        )
        with pytest.raises(DraftError, match="照片"):
            await drafts.submit(
                session, draft, reporter=await org.actor(session, org.reporter), now=clock.now()
            )
        data.add_photo(_photo(tmp_path, "a"))
        data.add_photo(_photo(tmp_path, "b", (200, 0, 0)))
        data.set_anonymous(True)
        await drafts.save(session, draft, data, Step.SUMMARY, now=clock.now())
        hazard = await drafts.submit(
            session, draft, reporter=await org.actor(session, org.reporter), now=clock.now()
        )
        number = hazard.number
    async with unit_of_work(session_factory) as session:
        stored = await session.scalar(select(Hazard).where(Hazard.number == number))
        assert stored is not None and stored.anonymous and stored.category == HazardCategory.ELECTRICAL.value
        assert await session.scalar(select(func.count()).select_from(HazardPhoto)) == 2
        assert await session.scalar(select(func.count()).select_from(ReportDraft)) == 0
        told = await session.scalar(select(func.count()).select_from(OutboxMessage))
        assert told is not None and told >= 1  # the officer is told

        # the same picture in a new draft points at the open hazard
        assert await drafts.duplicates_of(session, _photo(tmp_path, "again")) == [number]


def test_the_unit_question_says_unlisted_units_are_typed() -> None:
    """The unit buttons stop at UNIT_BUTTONS; with more units the question says to type a name
    (typed names are found by find_unit), so no unit is out of reach."""
    data = drafts.new_data(officer=False, unit_id=1, quick=False)
    few = [drafts.UnitOption(n, f"班组{n}") for n in range(1, 6)]
    many = [drafts.UnitOption(n, f"班组{n}") for n in range(1, drafts.UNIT_BUTTONS + 6)]
    text, keyboard = drafts.prompt(Step.UNIT, data, 7, units=few, own_unit_id=1)
    assert "直接输入单位名称" not in text and len(keyboard) == len(few) + 1  # + the cancel row
    text, keyboard = drafts.prompt(Step.UNIT, data, 7, units=many, own_unit_id=1)
    assert "其他单位请直接输入单位名称" in text and len(keyboard) == drafts.UNIT_BUTTONS + 1
    assert keyboard[0][0].text == "本单位：班组1"


def test_the_summary_and_the_card_say_where_in_the_same_words() -> None:
    """位置, the typed place and/or the pin, written alike before and after the report is filed."""
    from storage.hazard_cards import place

    assert place("二号仓库东门", 31.2304, 121.4737) == "二号仓库东门（定位 31.23040, 121.47370）"
    assert place(None, 31.2304, 121.4737) == "（定位 31.23040, 121.47370）"
    assert place(" 三号仓库 ", None, None) == "三号仓库"
    assert place(None, None, None) == ""
    data = DraftData(
        description="货架变形", location_text="二号仓库东门", latitude=31.2304, longitude=121.4737
    )
    text, _ = drafts.summary(data, 1, unit_label="一车间")
    assert "\n位置：二号仓库东门（定位 31.23040, 121.47370）\n" in text


async def test_what_happens_next_is_told_for_the_reporters_part(
    session_factory: SessionFactory, org: Org, clock: ManualClock, tmp_path: Path
) -> None:
    """A safety officer filing their own check is not told 安全员将尽快研判处理: it is in the ledger
    and theirs to triage now (立即研判 opens the card); they are sent no notice of it, the other
    people who triage it are. A worker is told the safety officers will look at it."""
    numbers: dict[str, str] = {}
    ids: dict[str, int] = {}
    replies: dict[str, tuple[str, list[list[str]]]] = {}
    for who, source in ((org.officer, HazardSource.SELF_CHECK), (org.reporter, HazardSource.REPORT)):
        assert who.telegram_user_id is not None
        async with unit_of_work(session_factory) as session:
            data = drafts.new_data(
                officer=who is org.officer, unit_id=org.team.id, quick=True, caption="配电箱电线裸露"
            )
            data.add_photo(_photo(tmp_path, who.name, (len(numbers) * 90, 0, 0)))
            data.source = source
            draft = await drafts.start_draft(
                session, telegram_user_id=who.telegram_user_id, person_id=who.id, data=data, now=clock.now()
            )
            reporter = await org.actor(session, who)
            hazard = await drafts.submit(session, draft, reporter=reporter, now=clock.now())
            text, keyboard = drafts.submitted(hazard, reporter)
            numbers[who.name] = hazard.number or ""
            ids[who.name] = hazard.id
            replies[who.name] = (text, [[b.data or "" for b in row] for row in keyboard or []])

    number = numbers[org.officer.name]
    text, buttons = replies[org.officer.name]
    assert text == (
        f"✅ 已登记到隐患台账，隐患编号：{number}\n"
        f"您现在就可以研判：点下方“立即研判”打开隐患卡片，定级、指派整改；也可以稍后发送 /hazard {number}。"
    )
    assert buttons == [[f"hz:card:{ids[org.officer.name]}"]]
    text, buttons = replies[org.reporter.name]
    assert "安全员将尽快研判处理" in text and buttons == []

    async with unit_of_work(session_factory) as session:
        rows = list(await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
    told = {
        row.chat_id for row in rows if number in (row.payload.get("caption") or row.payload.get("text") or "")
    }
    assert org.officer.telegram_user_id not in told and org.manager.telegram_user_id in told
