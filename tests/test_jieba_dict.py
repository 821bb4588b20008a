"""jieba over the compact dictionary (knowledge/jieba_dict.py) segments exactly as jieba over its
own dict: the same cuts of a few thousand lines of rules and questions, the same informativeness."""

from __future__ import annotations

import re
from pathlib import Path

import jieba
import pytest

from knowledge.analysis import NOT_WORDS, Analyzer
from knowledge.documents import decode_bytes
from knowledge.jieba_dict import CompactFreq, CompactTokenizer, cache_path
from knowledge.normalize import search_form

DATA = Path(__file__).resolve().parent / "data"
SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"

# Words added as the Analyzer adds them: new words (their prefixes become entries of frequency 0),
# words jieba already has (a new frequency), a word that is a prefix of another.
ADDED = ["动火作业六查", "硫化氢中毒窒息", "安全生产", "有限空间", "有限空间作业", "三违", "qa测试词", "1号"]
TRICKY = [
    "",
    " ",
    "的的的的的的的的",
    "动火作业六查是什么？",
    "动火作业六查动火作业六",
    "有限空间作业前要先通风、再检测、后作业",
    "GB/T 29639-2020 生产经营单位生产安全事故应急预案编制导则",
    "PM2.5浓度≥75μg/m³时停止室外作业",
    "第1条 A级动火；第2条 B-2级。",
    "氨气报警器到300ppm会自动停机",
    "ａｂｃ１２３全角",
    "emoji😀不在词典里🔥",
    "line\r\nbreak\ttab",
    "qa测试词和1号和qa测试",
    "中华人民共和国安全生产法（2021年修正）第二十一条",
    "一二三四五六七八九十百千万亿",
    "硫化氢中毒窒息事故硫化氢中毒",
]


def _read(path: Path) -> str:
    return decode_bytes(path.read_bytes())  # (UTF-8, GB18030 or UTF-16, as the rulebooks are saved)


def _lines() -> list[str]:
    lines: list[str] = []
    for path in [*sorted(SEEDS.glob("*.txt")), *sorted(DATA.glob("rulebook_*.txt")), *DATA.glob("*.md")]:
        lines += _read(path).splitlines()
    for path in sorted(DATA.glob("qa_*.yaml")):
        lines += re.findall(r"^\s*-?\s*q: (.+)$", path.read_text(encoding="utf-8"), re.M)
    return [line for line in lines if line.strip()]


@pytest.fixture(scope="module")
def tokenizers() -> tuple[jieba.Tokenizer, CompactTokenizer]:
    plain = jieba.Tokenizer()
    plain.initialize()
    compact = CompactTokenizer()
    compact.initialize()
    assert isinstance(compact.FREQ, CompactFreq)
    for word in ADDED:
        plain.add_word(word, freq=2000)
        compact.add_word(word, freq=2000)
    return plain, compact


def test_the_same_cuts_as_jieba(tokenizers: tuple[jieba.Tokenizer, CompactTokenizer]) -> None:
    plain, compact = tokenizers
    lines = _lines()
    assert len(lines) > 3000
    assert plain.total == compact.total
    for line in [*TRICKY, *lines]:
        for text in (line, search_form(line)):
            assert compact.lcut(text, HMM=False) == plain.lcut(text, HMM=False), text
            assert compact.lcut_for_search(text, HMM=False) == plain.lcut_for_search(text, HMM=False), text
    # and every entry, the added ones too
    assert isinstance(compact.FREQ, CompactFreq)
    assert compact.FREQ.to_dict() == plain.FREQ


def test_informativeness_and_query_terms_agree(tokenizers: tuple[jieba.Tokenizer, CompactTokenizer]) -> None:
    compact = Analyzer.default()
    reference = Analyzer.default()
    plain = jieba.Tokenizer()
    plain.initialize()
    for word in reference.domain_words:
        plain.add_word(word, freq=2000)
    for word in NOT_WORDS:
        plain.del_word(word)
    assert plain.total == reference.tokenizer.total
    reference.tokenizer = plain
    assert isinstance(compact.tokenizer.FREQ, CompactFreq)
    for line in [*TRICKY, *_lines()[::5]]:
        assert compact.words(line) == reference.words(line), line
        assert compact.phrases(line) == reference.phrases(line), line
        for word in compact.tokenizer.lcut(search_form(line), HMM=False):
            assert compact.informativeness(word) == reference.informativeness(word), word


def test_the_cache_file_is_written_once_and_read_back(tmp_path: Path) -> None:
    first = CompactTokenizer()
    first.tmp_dir = str(tmp_path)
    first.initialize()
    path = cache_path(None, str(tmp_path))
    assert path.is_file()
    assert not list(tmp_path.glob("*.tmp"))
    second = CompactTokenizer()
    second.tmp_dir = str(tmp_path)
    second.initialize()
    text = "动火作业前必须进行气体检测，有限空间作业严禁无人监护"
    assert second.lcut(text, HMM=False) == first.lcut(text, HMM=False)
    assert second.total == first.total

    whole = path.read_bytes()
    for damaged in (b"not a dictionary", whole[:-10], whole + b"\0"):  # made again
        path.write_bytes(damaged)
        again = CompactTokenizer()
        again.tmp_dir = str(tmp_path)
        again.initialize()
        assert again.lcut(text, HMM=False) == first.lcut(text, HMM=False)
        assert again.total == first.total
        assert path.read_bytes() == whole


def test_use_full_dictionary_keeps_the_added_words() -> None:
    analyzer = Analyzer(domain_words=["硫化氢中毒窒息"])
    before = analyzer.tokenizer.lcut("硫化氢中毒窒息怎么办", HMM=False)
    analyzer.use_full_dictionary()
    assert type(analyzer.tokenizer.FREQ) is dict
    after = analyzer.tokenizer.lcut("硫化氢中毒窒息怎么办", HMM=False)
    assert after == before == ["硫化氢中毒窒息", "怎么办"]
