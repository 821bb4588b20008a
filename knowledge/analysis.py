"""Turning text into weighted search terms: jieba words, character bigrams, synonyms, typo repair."""

from __future__ import annotations

import logging
import math
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import jieba

from knowledge.normalize import normalise, search_form

log = logging.getLogger(__name__)
jieba.setLogLevel(logging.WARNING)

DATA_DIR = Path(__file__).parent / "data"

# Function words and question words: they say what kind of answer is wanted, not what about.
STOPWORDS = frozenset(
    """
    的 了 是 吗 呢 吧 啊 呀 嘛 么 哦 哈 和 与 及 或 或者 并 且 而 也 都 就 还 又 在 于 对 对于 把 被 给 让 向 从 由 以 为
    这 那 这个 那个 这些 那些 这里 那里 那边 这边 其 之 个 些 上 下 中 里 内 外 我 我们 你 你们 他 他们 她 它 咱 咱们
    什么 啥 怎么 怎样 怎么样 如何 哪 哪些 哪个 哪里 哪儿 哪几 哪种 哪类 哪方面 多少 多久 多长 几 几个 几号 几次 几年 谁 为何 为什么 是否 是不是 能不能 会不会
    要不要 有没有 可不可以 可以 能 能够 会 要 需要 应该 应当 得 该 请问 一下 问 想 知道 告诉 有 没有 没 不 吧 呗 行 行不行 不行 算 做 搞 弄
    一 1 时候 具体 主要 相关 有关 情况 方面 问题 规定 要求 如果 按照 什么样 哪样 回 一回 一次 次 咋 咋办 怎么办 可 能否
    由谁 由谁来 谁来 多长时间 多大
    """.split()
)
# Removed from the question before bigrams are taken, so "什么" does not become a search term.
_QUESTION_PHRASES = sorted((w for w in STOPWORDS if len(w) >= 2 and not w.isdigit()), key=len, reverse=True)
_QUESTION_RE = re.compile(
    "|".join(map(re.escape, [*_QUESTION_PHRASES, "的", "了", "吗", "呢", "吧", "啊", "呀", "嘛"]))
)
_HAN_OR_DIGIT = re.compile(r"[\u4e00-\u9fff0-9a-z]+")

_JIEBA_LOCK = threading.Lock()
# Below this frequency an entry of jieba's dictionary is not a common word (its junk entries have 3).
RARE = 10


@dataclass(frozen=True)
class SynonymGroup:
    terms: tuple[str, ...]  # normalised


@dataclass
class QueryTerms:
    """A question's terms: word terms and bigram terms with weights, and its normalised text."""

    text: str
    words: dict[str, float] = field(default_factory=dict)
    bigrams: dict[str, float] = field(default_factory=dict)
    corrections: list[str] = field(default_factory=list)
    # (span of the question, other ways to say it): a span counts as matched when one of them is
    alternatives: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    # The question's content phrases (jieba's precise cut, no function words) with how much
    # information each carries in general Chinese (0..1, from jieba's word frequencies): what a
    # passage must say to answer the question.
    phrases: dict[str, float] = field(default_factory=dict)

    def add_word(self, term: str, weight: float) -> None:
        if weight > self.words.get(term, 0.0):
            self.words[term] = weight

    def add_bigrams(self, text: str, weight: float) -> None:
        for gram in char_bigrams(text):
            if weight > self.bigrams.get(gram, 0.0):
                self.bigrams[gram] = weight


def char_bigrams(text: str) -> list[str]:
    grams: list[str] = []
    for run in _HAN_OR_DIGIT.findall(text):
        if len(run) == 1:
            if not run.isdigit():
                grams.append(run)
            continue
        grams.extend(run[i : i + 2] for i in range(len(run) - 1))
    return grams


def load_domain_words(path: Path) -> list[str]:
    words: list[str] = []
    if not path.exists():
        return words
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(line.split()[0])
    return words


def load_synonyms(path: Path) -> list[SynonymGroup]:
    import yaml

    if not path.exists():
        return []
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    groups: list[SynonymGroup] = []
    for item in raw:
        terms = item if isinstance(item, list) else item.get("terms", [])
        normalised = tuple(
            dict.fromkeys(search_form(str(t)).replace(" ", "") for t in terms if str(t).strip())
        )
        if len(normalised) >= 2:
            groups.append(SynonymGroup(normalised))
    return groups


class Analyzer:
    """Segmentation and query expansion. Built once; jieba's dictionary loads in about 0.6 s."""

    def __init__(self, domain_words: Iterable[str] = (), synonyms: Iterable[SynonymGroup] = ()) -> None:
        self.tokenizer = jieba.Tokenizer()
        with _JIEBA_LOCK:
            self.tokenizer.initialize()
        self.domain_words = sorted({search_form(w).replace(" ", "") for w in domain_words} - {""})
        for word in self.domain_words:
            self.tokenizer.add_word(word, freq=2000)
        self.synonyms = list(synonyms)
        # Longest first, so 电气焊 wins over 电焊 when both are written.
        self._synonym_index: list[tuple[str, SynonymGroup]] = sorted(
            ((term, group) for group in self.synonyms for term in group.terms), key=lambda x: -len(x[0])
        )
        self.vocabulary: set[str] = set()
        self._typo_index: dict[str, set[str]] = {}
        self._query_cache: dict[str, QueryTerms] = {}
        self._log_total = math.log(max(self.tokenizer.total, 2))

    @classmethod
    def default(cls, data_dir: Path = DATA_DIR) -> Analyzer:
        return cls(load_domain_words(data_dir / "domain_dict.txt"), load_synonyms(data_dir / "synonyms.yaml"))

    def add_words(self, words: Iterable[str]) -> None:
        for word in words:
            word = search_form(word).replace(" ", "")
            if len(word) >= 2:
                self.tokenizer.add_word(word, freq=2000)
                self.domain_words.append(word)

    # --- indexing -------------------------------------------------------------------------------

    def words(self, text: str) -> list[str]:
        """Index terms of a text (already normalised or not)."""
        form = search_form(text)
        tokens: list[str] = []
        for chunk in form.split():
            for token in self.tokenizer.cut_for_search(chunk, HMM=False):
                token = token.strip()
                if token and token not in STOPWORDS:
                    tokens.append(token)
        return tokens

    def bigrams(self, text: str) -> list[str]:
        return char_bigrams(search_form(text))

    def informativeness(self, word: str) -> float:
        """How much a word says in general Chinese, 0..1: -log of its frequency in jieba's
        dictionary, scaled so that the commonest words are near 0 and unseen words are 1."""
        freq = self.tokenizer.FREQ.get(word, 0)
        if freq < RARE and len(word) >= 2:
            # A rare entry of jieba's dictionary (由谁来, 报上去, 配起 are listed with a frequency
            # of 3) or an unknown word is mostly a loose compound of everyday words: it says as
            # much as its most telling part, when it splits into two known words.
            splits = [
                (word[:i], word[i:])
                for i in range(1, len(word))
                if self.tokenizer.FREQ.get(word[:i], 0) >= RARE
                and self.tokenizer.FREQ.get(word[i:], 0) >= RARE
            ]
            if splits:
                left, right = max(
                    splits, key=lambda lr: min(self.tokenizer.FREQ[lr[0]], self.tokenizer.FREQ[lr[1]])
                )
                return max(self._informativeness(left), self._informativeness(right))
        return self._informativeness(word)

    def _informativeness(self, word: str) -> float:
        freq = self.tokenizer.FREQ.get(word, 0)
        return min(1.0, max(0.0, (self._log_total - math.log(freq + 1) - 6.0) / (self._log_total - 6.0)))

    def phrases(self, text: str) -> dict[str, float]:
        form = search_form(text)
        found: dict[str, float] = {}
        for chunk in _QUESTION_RE.sub(" ", form).split():
            for token in self.tokenizer.cut(chunk, HMM=False):
                token = token.strip()
                if token and token not in STOPWORDS and (len(token) >= 2 or not token.isdigit()):
                    found[token] = self.informativeness(token)
        return found

    def learn_vocabulary(self, terms: Iterable[str]) -> None:
        """Words that typo repair may correct to (corpus words of 3+ characters, domain words)."""
        self._query_cache.clear()
        for term in terms:
            if len(term) >= 3 and not term.isdigit():
                self.vocabulary.add(term)
        for term in self.domain_words:
            if len(term) >= 3:
                self.vocabulary.add(term)
        self._typo_index = {}
        for term in self.vocabulary:
            if len(term) < 4 and not any(ch.isdigit() for ch in term):
                continue
            for i in range(len(term)):
                self._typo_index.setdefault(term[:i] + "?" + term[i + 1 :], set()).add(term)

    # --- querying -------------------------------------------------------------------------------

    def query(self, question: str) -> QueryTerms:
        """The analysed question; cached (a small LRU), so treat the result as read-only."""
        cached = self._query_cache.get(question)
        if cached is not None:
            return cached
        terms = self._query(question)
        if len(self._query_cache) >= 512:
            self._query_cache.pop(next(iter(self._query_cache)))
        self._query_cache[question] = terms
        return terms

    def _query(self, question: str) -> QueryTerms:
        text = normalise(question).strip()
        form = search_form(text)
        terms = QueryTerms(text=form.replace(" ", ""))
        for token in self.words(form):
            terms.add_word(token, 1.0)
        terms.phrases = self.phrases(form)
        content = _QUESTION_RE.sub(" ", form)
        terms.add_bigrams(content, 1.0)

        compact = form.replace(" ", "")
        # One wrong character (挂派督办, 安全生成费用): windows one substitution away from a
        # known word of 4+ characters are read as that word.
        for window, correction in self._typo_candidates(compact):
            terms.corrections.append(correction)
            terms.alternatives.append((window, (correction,)))
            for token in self.words(correction):
                terms.add_word(token, 0.9)
            terms.add_word(correction, 0.9)
            terms.add_bigrams(correction, 0.9)

        # Synonyms: every other term of a group met in the question, slightly discounted.
        seen: set[int] = set()
        loose = compact.replace("的", "")
        for term, group in self._synonym_index:
            if id(group) in seen or (term not in compact and term not in loose):
                continue
            seen.add(id(group))
            terms.alternatives.append((term, tuple(t for t in group.terms if t != term)))
            for other in group.terms:
                if other == term:
                    continue
                for token in self.words(other):
                    terms.add_word(token, 0.7)
                terms.add_word(other, 0.7)
                terms.add_bigrams(other, 0.6)
        return terms

    def _typo_candidates(self, compact: str) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        if not self._typo_index:
            return found
        for length in range(4, 9):
            for start in range(0, len(compact) - length + 1):
                window = compact[start : start + length]
                # A different number is a different fact, not a typo (1次隐患 is not 1般隐患).
                if window in self.vocabulary or any(ch.isdigit() for ch in window):
                    continue
                for i in range(length):
                    for candidate in self._typo_index.get(window[:i] + "?" + window[i + 1 :], ()):
                        if candidate not in compact and all(c != candidate for _, c in found):
                            found.append((window, candidate))
        return found[:6]
