"""A person's name in pinyin: how lists of people sort and how the pickers find someone.

People are listed as a phone's contact list lists them, by the pinyin of their names (李安, 李白,
梁, 刘), not by code point; and 张小军 is found by typing zxj or zhangxiaojun as well as 张. Both are
kept with the person (`people.name_sort`, `people.name_pinyin`, set with the name), so the database
sorts, pages and searches:

- `sort_key`: each syllable (a Han character, or a run of Latin letters or digits) in lower-case
  pinyin, padded with '0' to six letters (the longest syllable, zhuang): 李安 li0000an0000 sorts
  before 李白 li0000bai000 before 连 lian00, syllable by syllable, under any collation (letters and
  digits only, no separator a locale's collation would skip).
- `search_text`: the places a typed pinyin may start — every syllable's start in the full pinyin
  (zhangxiaojun, xiaojun, jun) and in the initials (zxj, xj) — each after a space, so the search
  `name_pinyin LIKE '% xiaoj%'` finds a person whose name holds it from a syllable's start.

A name's first character read differently as a surname is read so (曾 zeng, 单 shan, 解 xie …);
search also takes its everyday reading (ceng). Latin names are kept as words (Tom Li: tom, li).
Changing either function changes stored values: ship a migration that recomputes them.
"""

from __future__ import annotations

import re
import unicodedata

SYLLABLE_WIDTH = 6
MIN_SEARCH_LETTERS = 2

# first characters whose reading as a surname differs from pypinyin's everyday one
SURNAME_READINGS = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "区": "ou",
    "仇": "qiu",
    "朴": "piao",
    "查": "zha",
    "翟": "zhai",
    "乐": "yue",
    "缪": "miao",
    "覃": "qin",
    "盖": "ge",
    "种": "chong",
    "秘": "bi",
    "召": "shao",
    "谌": "chen",
    "员": "yun",
    "繁": "po",
}


def _readings(han: str) -> list[str]:
    """pypinyin's reading of a run of Chinese characters, in context (长生 chang sheng, 重庆 chong
    qing). Imported on first use: its phrase dictionary, which gives those readings, holds some
    50 MB, paid only by a process that works out a name (registering someone, the migration)."""
    from pypinyin import lazy_pinyin

    return lazy_pinyin(han)


_WORD = re.compile(r"[a-z0-9]+")
_RUN = re.compile(r"[a-z0-9]+|[^\x00-\x7f\W]+")  # a Latin word or digit run; a run of other letters


def syllables(name: str) -> list[str]:
    """The name's syllables in lower-case pinyin without tones (ü as v), Latin words and digit runs
    as they are; anything else (·, spaces, brackets, letters of other scripts) dropped."""
    text = unicodedata.normalize("NFKC", name).lower()
    found = [
        word
        for run in _RUN.findall(text)
        for reading in ([run] if run.isascii() else _readings(run))
        for word in _WORD.findall(reading)
    ]
    if found and text[:1] in SURNAME_READINGS:
        found[0] = SURNAME_READINGS[text[0]]
    return found


def sort_key(name: str) -> str:
    """What the name sorts by (see the module docstring)."""
    return "".join(s.ljust(SYLLABLE_WIDTH, "0") for s in syllables(name))


def _starts(parts: list[str]) -> list[str]:
    return ["".join(parts[i:]) for i in range(len(parts))]


def search_text(name: str) -> str:
    """Every place a typed pinyin may start, each after a space (see the module docstring)."""
    readings = [syllables(name)]
    text = unicodedata.normalize("NFKC", name).lower()
    if text[:1] in SURNAME_READINGS and readings[0]:
        everyday = [s for s in _readings(text[0]) if s]
        if everyday and everyday[0] != readings[0][0]:
            readings.append([everyday[0], *readings[0][1:]])
    found: list[str] = []
    for parts in readings:
        found += _starts(parts)
        initials = [p[0] for p in parts if p[0].isalpha()]
        found += [s for s in _starts(initials) if len(s) >= MIN_SEARCH_LETTERS]
    return "".join(f" {s}" for s in dict.fromkeys(found))


def is_pinyin_search(term: str) -> bool:
    """A typed word that may be pinyin or initials: two letters or more, nothing else."""
    return len(term) >= MIN_SEARCH_LETTERS and term.isascii() and term.isalpha()


def finds(text: str, term: str) -> bool:
    """What `name_pinyin LIKE '% term%'` answers, for a `search_text` (case-insensitive)."""
    return is_pinyin_search(term) and f" {term.lower()}" in text
