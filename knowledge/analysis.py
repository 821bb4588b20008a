"""Turning text into weighted search terms: jieba words, character bigrams, synonyms, typo repair."""

from __future__ import annotations

import functools
import logging
import math
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import jieba

from knowledge.jieba_dict import CompactTokenizer
from knowledge.normalize import normalise, search_form
from knowledge.yaml_data import load_yaml_strings

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
    由谁 由谁来 谁来 多长时间 多大 咋样 咋整 咋弄 咋个 啥样 怎么弄 怎么整 还要 还得 还需 还需要 再
    厂里 我们厂 咱们厂 公司里 单位里 上头 悄悄 偷偷 好多 老是 总是 这块 平时 到底 听说 跟 拿 还是
    着 才 才能 才算 去 来 刚 够 要是 往 有人 这种 那种 这样 那样 问问 一直 然后 就得 地方 今天 明天 这本 下来 出来 里头 这份 完 等 东西 块 直接 就要 已经 现在 接着
    好几 块儿
    """.split()
)
# Removed from the question before bigrams are taken, so "什么" does not become a search term.
_QUESTION_PHRASES = sorted((w for w in STOPWORDS if len(w) >= 2 and not w.isdigit()), key=len, reverse=True)
_QUESTION_RE = re.compile(
    "|".join(map(re.escape, [*_QUESTION_PHRASES, "的", "了", "吗", "呢", "吧", "啊", "呀", "嘛"]))
)
_HAN_OR_DIGIT = re.compile(r"[\u4e00-\u9fff0-9a-z]+")

# A span of time said one way in a question and another in the rules: 半年 / 6个月, 1年 / 12个月,
# 2周 / 14日, 3天 / 3日. Years and months up to 10 (2024年 is a date, 第1年 a year of a plan).
# (上半年 and 下半年 are halves of a calendar year, not six months.)
_DURATION = re.compile(
    r"(?<![0-9第上下])(?:([0-9]{1,2})年半|(半|[0-9]{1,2})(年|个月|个星期|星期|周|天|个小时|小时))"
)

_JIEBA_LOCK = threading.Lock()
# Below this frequency an entry of jieba's dictionary is not a common word (its junk entries have 3).
RARE = 10
# How much a unit's single letter (c of 25°c, m, t) says: little, though jieba has never seen it.
UNIT_LETTER_INFO = 0.3


def _is_unit_letter(token: str) -> bool:
    return len(token) == 1 and token.isascii() and token.isalpha()


@dataclass(frozen=True)
class SynonymGroup:
    """Ways of saying one thing (normalised). A plain group: any of its terms met in a question
    adds the others. A directed one (`said` given): how workers say it (罚, 干活, 易燃的东西)
    adds how rules write it (`terms`), never the other way, so a rule's word in a question
    (作业, 处罚) does not drag everyday words, or its neighbours in the list, into the search."""

    terms: tuple[str, ...]
    said: tuple[str, ...] = ()

    @property
    def triggers(self) -> tuple[str, ...]:
        return self.said or self.terms

    def expansions(self, met: str) -> tuple[str, ...]:
        if self.said and met not in self.said:
            return ()
        return tuple(t for t in self.terms if t != met)


@dataclass
class QueryTerms:
    """A question's terms: word terms and bigram terms with weights, and its normalised text."""

    text: str
    words: dict[str, float] = field(default_factory=dict)
    bigrams: dict[str, float] = field(default_factory=dict)
    corrections: list[str] = field(default_factory=list)
    # (span of the question, other ways to say it): a span counts as matched when one of them is
    # (a span of the question, other ways to say it, whether those say exactly the same: a typo
    # repaired, a span of time, a plain synonym — not a worker's word for a rule's broader one)
    alternatives: list[tuple[str, tuple[str, ...], bool]] = field(default_factory=list)
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


def _normalised_terms(terms: Iterable[object]) -> tuple[str, ...]:
    # (a term that normalises to nothing, 零下 as a sign, matches nothing)
    forms = (search_form(str(t)).replace(" ", "") for t in terms if str(t).strip())
    return tuple(dict.fromkeys(form for form in forms if form))


def load_synonyms(path: Path) -> list[SynonymGroup]:
    """A list of groups: `[a, b, c]` (each adds the others) or `{said: [...], written: [...]}`
    (each colloquial phrasing adds the written forms; a written form adds nothing)."""
    if not path.exists():
        return []
    raw = load_yaml_strings(path) or []
    groups: list[SynonymGroup] = []
    for item in raw:
        if isinstance(item, list):
            if len(terms := _normalised_terms(item)) >= 2:
                groups.append(SynonymGroup(terms))
        else:
            written = _normalised_terms(item.get("written", []))
            said = _normalised_terms(item.get("said", []))
            if written and said and len({*said, *written}) >= 2:
                groups.append(SynonymGroup(written, said))
    return groups


# A thesaurus term of three or more characters also counts when said with this many more put in
# between its characters (往哪边跑 for 往哪跑), unless a term of its group was said as written.
MAX_TRIGGER_GAP = 2


def _inside_other_words(term: str, text: str, bounds: frozenset[int]) -> bool:
    """Whether every occurrence of a term in a text begins inside one word and ends inside the next
    (体检 in 气体|检测): then the text never says the term."""
    at = text.find(term)
    while at >= 0:
        end = at + len(term)
        if at in bounds or end in bounds or not any(at < b < end for b in bounds):
            return False
        at = text.find(term, at + 1)
    return True


@functools.lru_cache(maxsize=4096)
def _gapped(term: str) -> re.Pattern[str]:
    return re.compile(re.escape(term[0]) + "".join(f"[^，。？！,.?!；;\\s]?{re.escape(c)}" for c in term[1:]))


def duration_variants(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(span, the same span of time said otherwise) for each span of time in a normalised text."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for match in _DURATION.finditer(text):
        years_and_half, amount, unit = match.groups()
        if years_and_half:
            value, unit = int(years_and_half) + 0.5, "年"
        else:
            value = 0.5 if amount == "半" else int(amount)
        variants: list[str] = []
        if unit == "年" and 0 < value <= 10:
            variants.append(f"{round(value * 12)}个月")
        elif unit == "个月" and 0 < value <= 120:
            if value == 0.5:
                variants += ["15日", "15天"]
            elif value % 12 == 0:
                variants.append(f"{int(value) // 12}年")
            elif value == 6:
                variants.append("半年")
            elif value % 6 == 0:
                variants.append(f"{int(value) // 12}年半")
            if value == 1:
                variants += ["30日", "30天"]
        elif unit in ("周", "星期", "个星期") and 0 < value <= 10:
            days = round(value * 7)
            variants += [f"{days}日", f"{days}天", f"{amount}周"]
        elif unit == "天" and 1 <= value <= 365:
            variants.append(f"{int(value)}日")
            if value == 1:
                variants.append("24小时")
            elif value % 7 == 0 and value <= 28:
                variants.append(f"{int(value) // 7}周")
        elif unit in ("小时", "个小时") and 0 < value <= 72:
            if value == 0.5:
                variants.append("30分钟")
            elif value % 24 == 0:
                variants += [f"{int(value) // 24}日", f"{int(value) // 24}天"]
            elif value <= 2:
                variants.append(f"{round(value * 60)}分钟")
        span = match.group(0)
        variants = [v for v in dict.fromkeys(variants) if v != span]
        if variants:
            found.append((span, tuple(variants)))
    return found


# How much / how long / may one, as asked in the south-west (四川, 重庆, 贵州, 湖北): 到好多以下 for
# 到多少以下, 要好久之内 for 要多久之内, 得不得行 for 行不行. Only where they ask: 死好多人 and
# 好久没来 say "many" and "long ago".
_SPOKEN_ASKING = (
    (re.compile(r"好多(?=钱|度|天|米|分钟|小时|年|个月|斤|公斤|以下|以上|才|就|合适|[？?。！!]|$)"), "多少"),
    (re.compile(r"好久(?=之内|以内|能|才|一次|一回|就|得|合适|[？?。！!]|$)"), "多久"),
    (re.compile(r"得不得行|要得不要得|要不要得|行不得"), "行不行"),
)


def asked_plainly(question: str) -> str:
    """A question with its regional asking words put as standard Chinese asks them."""
    for pattern, plain in _SPOKEN_ASKING:
        question = pattern.sub(plain, question)
    return question


# Words of jieba's dictionary that a rule's or a question's text means otherwise: 酒库里 is 酒库 + 里
# (inside the liquor store), not 酒 + 库里 (jieba has 库里 as a name); 能干多久 is 能 + 干 (can work), 班上
# 人手不够 is 班 + 上, 排风机会自动开启 is 排风机 + 会, 扣掉6分会怎样 is 分 + 会, 叉车载着 is 叉车 + 载.
NOT_WORDS = ("库里", "能干", "班上", "机会", "分会", "车载")
# Spaces between Chinese characters in a question, as typed on a phone between its parts.
_TYPED_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


class Analyzer:
    """Segmentation and query expansion. Built once; jieba's dictionary loads from its compact
    cache in milliseconds (see knowledge/jieba_dict.py), and segments exactly as jieba's own."""

    def __init__(self, domain_words: Iterable[str] = (), synonyms: Iterable[SynonymGroup] = ()) -> None:
        self.tokenizer = CompactTokenizer()
        with _JIEBA_LOCK:
            self.tokenizer.initialize()
        self.domain_words = sorted({search_form(w).replace(" ", "") for w in domain_words} - {""})
        for word in self.domain_words:
            self.tokenizer.add_word(word, freq=2000)
        for word in NOT_WORDS:
            self.tokenizer.del_word(word)
        self.synonyms = list(synonyms)
        # Longest first, so 电气焊 wins over 电焊 when both are written.
        self._synonym_index: list[tuple[str, SynonymGroup]] = sorted(
            ((term, group) for group in self.synonyms for term in group.triggers),
            key=lambda x: -len(x[0]),
        )
        # Positions in that index by a term's first character: a question is checked only against
        # the terms that begin with one of its characters (a few hundred of several thousand).
        self._synonyms_by_first: dict[str, list[int]] = {}
        for position, (term, _) in enumerate(self._synonym_index):
            self._synonyms_by_first.setdefault(term[0], []).append(position)
        self.vocabulary: set[str] = set()
        self._typo_index: dict[str, set[str]] = {}
        self._query_cache: dict[str, QueryTerms] = {}
        self._log_total = math.log(max(self.tokenizer.total, 2))

    @classmethod
    def default(cls, data_dir: Path = DATA_DIR, synonyms: Iterable[SynonymGroup] | None = None) -> Analyzer:
        """The domain dictionary and the thesaurus of data_dir (or the thesaurus as already read)."""
        if synonyms is None:
            synonyms = load_synonyms(data_dir / "synonyms.yaml")
        return cls(load_domain_words(data_dir / "domain_dict.txt"), synonyms)

    def use_full_dictionary(self) -> None:
        """Look words up in jieba's plain dict from now on (same entries, ~0.5 s to make): faster
        than the compact one once millions of fragments are looked up, as in building an index."""
        with _JIEBA_LOCK:
            self.tokenizer.use_full_dictionary()

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
                    # (a unit's letter, as in 25°c, says little the number before it does not)
                    found[token] = UNIT_LETTER_INFO if _is_unit_letter(token) else self.informativeness(token)
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
        # A space a person types between Chinese words parts them, as a comma would (行不 省得走路).
        text = normalise(_TYPED_SPACE.sub("，", asked_plainly(question.strip()))).strip()
        form = search_form(text)
        terms = QueryTerms(text=form.replace(" ", ""))
        # (segmented from the text, not from its search form: normalising again would close up the
        # spaces its punctuation left, and 铁球球，手要 would yield 球手)
        for token in self.words(text):
            terms.add_word(token, 1.0)
        terms.phrases = self.phrases(text)
        content = _QUESTION_RE.sub(" ", form)
        terms.add_bigrams(content, 1.0)

        compact = form.replace(" ", "")
        # One wrong character (挂派督办, 安全生成费用): windows one substitution away from a
        # known word of 4+ characters are read as that word.
        for window, correction in self._typo_candidates(compact):
            terms.corrections.append(correction)
            self._add_alternatives(terms, window, (correction,), 0.9, 0.9, exact=True)

        # Spans of time said otherwise (半年 → 6个月), like synonyms.
        for span, variants in duration_variants(compact):
            self._add_alternatives(terms, span, variants, 0.7, 0.6, exact=True)

        # Synonyms: every other term of a group met in the question, slightly discounted.
        seen: set[int] = set()
        loose = compact.replace("的", "")
        bounds = self._word_bounds(compact)
        said = set(compact)
        candidates = [
            self._synonym_index[i]
            for i in sorted(i for ch in said for i in self._synonyms_by_first.get(ch, ()))
        ]
        for term, group in candidates:
            if id(group) in seen:
                continue
            if term in compact:
                if _inside_other_words(term, compact, bounds):
                    continue  # 体检 in 气体检测, 少报 in 多少报废, 吊顶 in 塔吊顶升
            elif term not in loose:
                continue
            seen.add(id(group))
            self._add_synonyms(terms, term, group)
        # Then a term said with a word or two put in (往哪边跑 for 往哪跑, 闻到氨味 for 闻到味), for
        # groups none of whose terms were said as written.
        for term, group in candidates:
            if id(group) in seen or len(term) < 3 or not said.issuperset(term):
                continue
            found = _gapped(term).search(compact)
            if found and len(found.group(0)) - len(term) <= MAX_TRIGGER_GAP:
                seen.add(id(group))
                self._add_synonyms(terms, found.group(0), group, term)
        return terms

    def _word_bounds(self, text: str) -> frozenset[int]:
        """Where the words of a text begin and end (character offsets)."""
        bounds = {0}
        at = 0
        for token in self.tokenizer.lcut(text, HMM=False):
            at += len(token)
            bounds.add(at)
        return frozenset(bounds)

    def _add_synonyms(
        self, terms: QueryTerms, span: str, group: SynonymGroup, term: str | None = None
    ) -> None:
        others = group.expansions(term or span)
        if others:
            self._add_alternatives(terms, span, others, 0.7, 0.6, exact=not group.said)

    def _add_alternatives(
        self,
        terms: QueryTerms,
        span: str,
        others: tuple[str, ...],
        weight: float,
        gram_weight: float,
        *,
        exact: bool,
    ) -> None:
        """Other ways to say a span of the question: matched as the span, searched a little discounted."""
        terms.alternatives.append((span, others, exact))
        for other in others:
            for token in self.words(other):
                terms.add_word(token, weight)
            terms.add_word(other, weight)
            terms.add_bigrams(other, gram_weight)

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
                    for candidate in sorted(self._typo_index.get(window[:i] + "?" + window[i + 1 :], ())):
                        if candidate not in compact and all(c != candidate for _, c in found):
                            found.append((window, candidate))
        return found[:6]
