"""Curated knowledge: rules written in our own words, each citing the document and section it comes from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from knowledge.analysis import DATA_DIR
from knowledge.yaml_data import load_yaml


@dataclass(frozen=True)
class Citation:
    document: str  # 文号 or a distinctive part of the document title
    section: str = ""  # outline label, e.g. "（九）" or "六、推进措施 > （四）挂牌督办"
    contains: str = ""  # a phrase of the cited passage, to pick it when the section is ambiguous

    @property
    def label(self) -> str:
        return f"{self.document} {self.section}".strip()


@dataclass(frozen=True)
class CuratedEntry:
    id: str
    question: str
    answer: str
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()
    related: tuple[str, ...] = ()  # ids of related entries

    @property
    def phrasings(self) -> tuple[str, ...]:
        return (self.question, *self.aliases)


@dataclass
class CuratedSet:
    entries: list[CuratedEntry] = field(default_factory=list)

    def by_id(self) -> dict[str, CuratedEntry]:
        return {entry.id: entry for entry in self.entries}


def _citation(raw: object) -> Citation:
    if isinstance(raw, str):
        document, _, section = raw.partition(" ")
        return Citation(document=document, section=section.strip())
    assert isinstance(raw, dict), raw
    return Citation(
        document=str(raw.get("doc", raw.get("document", ""))),
        section=str(raw.get("section", "")),
        contains=str(raw.get("contains", "")),
    )


def load_curated(directory: Path = DATA_DIR) -> CuratedSet:
    """Every entry of every knowledge/data/*.yaml file that holds a list of entries."""
    entries: list[CuratedEntry] = []
    for path in sorted(directory.glob("*.yaml")):
        if path.name == "synonyms.yaml":
            continue
        raw = load_yaml(path) or {}
        items = raw.get("entries", []) if isinstance(raw, dict) else raw
        for item in items:
            entries.append(
                CuratedEntry(
                    id=str(item["id"]),
                    question=str(item["question"]).strip(),
                    answer=str(item["answer"]).strip(),
                    aliases=tuple(str(a).strip() for a in item.get("aliases", []) or []),
                    keywords=tuple(str(k).strip() for k in item.get("keywords", []) or []),
                    citations=tuple(_citation(c) for c in item.get("cite", []) or []),
                    related=tuple(str(r) for r in item.get("related", []) or []),
                )
            )
    ids = [entry.id for entry in entries]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"duplicate curated entry ids: {sorted(duplicates)}")
    return CuratedSet(entries)
