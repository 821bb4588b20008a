"""Telegram groups the bot is in: which unit each serves, and whether the bot is still there.

A group receives publicity only once an admin or safety officer linked it to a unit; removing the
bot deactivates it; a group upgraded to a supergroup keeps its record under the new chat id.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage import outbox
from storage.models import ChatGroup, Unit


async def group_by_chat(session: AsyncSession, chat_id: int) -> ChatGroup | None:
    return await session.scalar(select(ChatGroup).where(ChatGroup.chat_id == chat_id))


async def bot_added(session: AsyncSession, chat_id: int, title: str, *, now: datetime) -> ChatGroup:
    """The bot joined (or re-joined) a group: remember it, active; an earlier link is kept."""
    group = await group_by_chat(session, chat_id)
    if group is None:
        group = ChatGroup(chat_id=chat_id, title=title[:255], active=True, created_at=now)
        session.add(group)
    else:
        group.active = True
        group.title = title[:255] or group.title
    await session.flush()
    return group


async def bot_removed(session: AsyncSession, chat_id: int) -> bool:
    """The bot was removed or left: the group receives nothing more. True if it was known."""
    result = await session.execute(update(ChatGroup).where(ChatGroup.chat_id == chat_id).values(active=False))
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def link_group(
    session: AsyncSession, chat_id: int, unit_id: int, *, title: str, linked_by_id: int, now: datetime
) -> ChatGroup:
    """Link the group to a unit (re-linking replaces the unit)."""
    unit = await session.get(Unit, unit_id)
    if unit is None or not unit.active:
        raise ValueError(f"unknown unit {unit_id}")
    group = await bot_added(session, chat_id, title, now=now)
    group.unit_id = unit_id
    group.linked_by_id = linked_by_id
    await session.flush()
    return group


async def migrate_group(session: AsyncSession, old_chat_id: int, new_chat_id: int) -> None:
    """The group became a supergroup: its record and its undelivered messages follow the new id.

    Idempotent: Telegram announces the migration in both chats, and the sender may learn it
    from a ChatMigrated error first.
    """
    if old_chat_id == new_chat_id:
        return
    await outbox.migrate_chat(session, old_chat_id, new_chat_id)


async def active_groups(session: AsyncSession, unit_ids: frozenset[int] | None = None) -> list[ChatGroup]:
    """Linked, active groups; only those of `unit_ids` when given."""
    statement = (
        select(ChatGroup)
        .where(ChatGroup.active.is_(True), ChatGroup.unit_id.is_not(None))
        .order_by(ChatGroup.id)
    )
    if unit_ids is not None:
        statement = statement.where(ChatGroup.unit_id.in_(sorted(unit_ids)))
    return list((await session.scalars(statement)).all())
