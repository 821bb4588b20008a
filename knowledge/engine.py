"""The rules Q&A engine: an in-memory index over document passages and curated entries.

Ranking is a linear model over signals of one candidate (calibration.RANK_FEATURES):
- BM25 over jieba words (with the domain dictionary, synonyms and typo repair),
- BM25 over character bigrams (robust to segmentation differences and one-character typos),
- rapidfuzz matching of the question against titles, aliases and quoted key phrases,
- how much of the question the candidate covers, whether it is curated, whether the question
  names its document (宝山, 盂县 …).
Its weights are learnt (a listwise softmax model) on questions generated from the corpus, not set
by hand; a curated entry only gets what its match earns it.

Confidence is a separate, calibrated figure: the share of the question's informative content
(IDF-weighted words and bigrams) that the best item covers, so a question about something the
corpus never mentions scores low however the ranking turns out.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import importlib.util
import logging
import math
import pickle
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from rapidfuzz import fuzz

from knowledge.analysis import DATA_DIR, Analyzer, QueryTerms, SynonymGroup, asked_plainly, char_bigrams
from knowledge.answer_types import ANSWER_TYPES, AnswerType, expected_type
from knowledge.calibration import Calibration
from knowledge.curated import CuratedEntry, CuratedSet, load_curated
from knowledge.normalize import normalise, search_form

if TYPE_CHECKING:
    from knowledge.documents import ParsedDocument

log = logging.getLogger(__name__)

INDEX_FORMAT = 17  # bump when the pickled layout, the scoring inputs or the items' labels change

MAX_SUGGESTIONS = 3

K1 = 1.2
B = 0.75
LEAF_MARGIN = 0.5  # a sub-section within this much of its parent's score goes first
CANDIDATES = 40
# A passage that covers this much more of the question's content than a curated entry goes first.
CURATED_COVER_MARGIN = 0.2
# A phrase of the question that an item says only in a rule's broader word for a worker's one
# (劳保鞋 → 劳动防护用品, 罚 → 处罚) counts this much covered, as the search weighs that word: the
# item may well be about it, but does not say it (劳保鞋多久换一双 is not answered by a rule on
# checking 劳动防护用品 每班). A typo repaired, a span of time or a plain synonym counts fully.
BROADER_WORD_SHARE = 0.7
# A candidate scoring at least this share of the best whose best sentence says this much more of
# the question goes first (_prefer_focused).
FOCUS_SCORE_SHARE = 0.9
FOCUS_MARGIN = 0.2

_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,14})[”\"」』]")
_MARKER = re.compile(
    r"^(第[^章节条]{1,4}[章节条]|[一二三四五六七八九十]+[、.．]|[（(][^)）]{1,3}[)）]"
    r"|[0-9]{1,2}(?:[.．][0-9]{1,3}){1,3}(?=[\s\u4e00-\u9fff])|[0-9]{1,2}[.．、](?![0-9]))\s*"
)
_SENTENCE = re.compile(r"[^。；！？!?;\n]+[。；！？!?;]?")
_CLAUSE_MARK = re.compile(r"[，,；;。：:！!？?…]")
CITED_TITLE_CHARS = 24


def _cited(part: str) -> str:
    """A section as a citation names it: an article (headed by its own first words, 第二条
    库门内侧应当装有应急开门装置…) or an untitled item by its number alone, since the answer quotes it
    anyway; a title (（九）加强动火作业管理, 第三章 监护与救援) as it is."""
    marker = _MARKER.match(part)
    if marker is None:
        return part
    rest = part[marker.end() :]
    if marker.group(0).strip().endswith("条") or _CLAUSE_MARK.search(rest) or len(rest) > CITED_TITLE_CHARS:
        return marker.group(0).strip()
    return part


@dataclass(frozen=True)
class Passage:
    """One retrievable piece of a document, with its breadcrumb."""

    key: str
    doc_name: str
    doc_title: str
    doc_number: str | None
    issuer: str | None
    section: tuple[str, ...]
    text: str
    kind: str = "body"

    @property
    def document_label(self) -> str:
        return f"《{self.doc_title}》" + (f"（{self.doc_number}）" if self.doc_number else "")

    @property
    def source(self) -> str:
        return f"{self.document_label} {' > '.join(_cited(part) for part in self.section)}".strip()

    @property
    def heading(self) -> str:
        return self.section[-1] if self.section else self.doc_title


_ARTICLE_LABEL = re.compile(r"^第(\d+)条")
_ARTICLE_REFERENCE = re.compile(r"本(?:规定|办法|制度|细则|规程|条例|准则|标准|汇编)第(\d+)条")
MAX_REFERENCES = 2


def article_references(passages: Sequence[Passage]) -> dict[str, tuple[str, ...]]:
    """For each passage that refers to other articles of its own document (执行本规定第二十七条
    限速表), the keys of those articles' first passages."""
    numbers = {p.key: _article_numbers(p) for p in passages}
    # In a collection of rulebooks each numbers its own articles: 本制度第二条 is first looked
    # up under the same top heading (the rulebook's title), then anywhere in the document.
    articles: dict[tuple[str, str, str], str] = {}
    for p in passages:
        for number in numbers[p.key]:
            articles.setdefault((p.doc_name, p.section[0] if p.section else "", number), p.key)
            articles.setdefault((p.doc_name, "", number), p.key)

    def article(p: Passage, number: str) -> str | None:
        top = p.section[0] if p.section else ""
        return articles.get((p.doc_name, top, number)) or articles.get((p.doc_name, "", number))

    references: dict[str, tuple[str, ...]] = {}
    for p in passages:
        own = {article(p, number) for number in numbers[p.key]}
        keys: list[str] = []
        for m in _ARTICLE_REFERENCE.finditer(search_form(p.text).replace(" ", "")):
            key = article(p, m.group(1))
            if key is not None and key != p.key and key not in own and key not in keys:
                keys.append(key)
        if keys:
            references[p.key] = tuple(keys[:MAX_REFERENCES])
    return references


def _article_numbers(p: Passage) -> list[str]:
    """The numbers of the articles (第27条) in a passage's breadcrumb."""
    found = (_ARTICLE_LABEL.match(search_form(label).replace(" ", "")) for label in p.section)
    return [m.group(1) for m in found if m]


def document_passages(doc: ParsedDocument, prefix: str | None = None) -> list[Passage]:
    """A parsed document's passages as the index holds them, keyed `prefix#ordinal` (the file
    name by default)."""
    return [
        Passage(
            f"{prefix or doc.name}#{p.ordinal}",
            doc.name,
            doc.title,
            doc.doc_number,
            doc.issuer,
            p.section,
            p.text,
            p.kind,
        )
        for p in doc.passages
    ]


@dataclass(frozen=True)
class Evidence:
    text: str
    source: str
    key: str


@dataclass(frozen=True)
class Suggestion:
    text: str
    key: str


@dataclass
class Answer:
    question: str
    answer: str | None
    evidence: list[Evidence]
    score: float
    suggestions: list[Suggestion]
    key: str | None = None  # the item answered, for feedback
    source: str | None = None
    # (item key, confidence) of the best items considered, best first: for logs
    ranking: list[tuple[str, float]] = field(default_factory=list)

    @property
    def answered(self) -> bool:
        return self.answer is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "evidence": [{"text": e.text, "source": e.source} for e in self.evidence],
            "score": round(self.score, 4),
            "suggestions": [s.text for s in self.suggestions],
        }


@dataclass
class Candidate:
    """One ranked item for a question: its features (see calibration.FEATURES), score and
    calibrated confidence (the probability that answering with it is right)."""

    item: int
    score: float
    confidence: float
    features: list[float]
    rank_features: list[float] = field(default_factory=list)  # see calibration.RANK_FEATURES
    unsaid: frozenset[str] = frozenset()  # the question's phrases it says in no way

    @property
    def matches(self) -> bool:
        """Whether it says anything of the question (some of its words or phrases)."""
        return self.features[0] > 0.0 or self.features[2] > 0.0


@dataclass
class _QueryView:
    """A question analysed against this index (cached per question text)."""

    terms: QueryTerms
    content: str
    scope: dict[int, float]
    bm25_words: dict[str, float]
    bm25_grams: dict[str, float]
    core_words: list[tuple[str, float]]
    core_grams: list[tuple[str, float]]
    phrases: list[tuple[str, float, frozenset[str], float]]  # phrase, weight, bigrams, general
    alternatives: list[tuple[frozenset[str], frozenset[str], tuple[tuple[str, frozenset[str]], ...], bool]]
    answer_type: AnswerType | None = None
    naming: frozenset[str] = frozenset()  # the question's bigrams that name a document (宝山, 南湖)
    asked_of: frozenset[str] = frozenset()  # the phrases beside its words asking for a figure
    # each asked-of phrase with the ways to say it (itself and its alternatives)
    asked_of_ways: dict[str, frozenset[str]] = field(default_factory=dict)
    # how a rule writes each act the question asks a figure of (更换, 校准 …; see _ACTS_ASKED)
    acts_asked: tuple[re.Pattern[str], ...] = ()
    attribute: str | None = None  # the term asked a measure of, right before the asking words (起重量)


@dataclass
class _Item:
    key: str
    passage: Passage | None = None
    entry: CuratedEntry | None = None
    doc: int = -1
    fuzzy_keys: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()  # passage keys a curated entry rests on
    label: str = ""


@dataclass
class _Field:
    """An inverted index with precomputed BM25 term weights."""

    postings: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)
    n: int = 0

    @classmethod
    def build(cls, docs: Sequence[Sequence[str]]) -> _Field:
        n = len(docs)
        lengths = np.array([len(d) for d in docs], dtype=np.float32)
        avg = float(lengths.mean()) if n else 1.0
        rows: dict[str, list[tuple[int, int]]] = {}
        for i, tokens in enumerate(docs):
            for term, tf in Counter(tokens).items():
                rows.setdefault(term, []).append((i, tf))
        built = cls(n=n)
        for term, hits in rows.items():
            ids = np.fromiter((i for i, _ in hits), dtype=np.int32, count=len(hits))
            tfs = np.fromiter((tf for _, tf in hits), dtype=np.float32, count=len(hits))
            norm = K1 * (1 - B + B * lengths[ids] / max(avg, 1.0))
            built.postings[term] = (ids, (tfs * (K1 + 1) / (tfs + norm)).astype(np.float32))
            df = len(hits)
            built.idf[term] = math.log(1 + (n - df + 0.5) / (df + 0.5))
        return built

    def unknown_idf(self) -> float:
        return math.log(1 + (self.n + 0.5) / 0.5)

    def score(self, terms: dict[str, float], out: np.ndarray, factor: float) -> float:
        """Add this field's BM25 to out (scaled so a perfect match is about 1); returns the scale."""
        ideal = sum(w * self.idf.get(t, self.unknown_idf()) for t, w in terms.items() if w >= 1.0)
        if ideal <= 0:
            return 0.0
        scale = factor / (ideal * (K1 + 1) * 0.6)
        for term, weight in terms.items():
            posting = self.postings.get(term)
            if posting is None:
                continue
            ids, weights = posting
            out[ids] += weights * (weight * self.idf[term] * scale)
        return scale

    def coverage(self, terms: dict[str, float], present: set[str]) -> float:
        ideal = sum(w * self.idf.get(t, self.unknown_idf()) for t, w in terms.items() if w >= 1.0)
        if ideal <= 0:
            return 0.0
        got = sum(
            w * self.idf.get(t, self.unknown_idf()) for t, w in terms.items() if w >= 1.0 and t in present
        )
        return min(1.0, got / ideal)


def corpus_fingerprint(passages: Iterable[Passage], curated: CuratedSet, data_dir: Path = DATA_DIR) -> str:
    digest = hashlib.sha256(f"format={INDEX_FORMAT}".encode())
    for p in passages:
        digest.update(f"{p.key}\x00{p.doc_title}\x00{p.doc_number}\x00{p.section}\x00{p.text}\x01".encode())
    for e in curated.entries:
        digest.update(repr(e).encode())
    for name in ("domain_dict.txt", "synonyms.yaml"):
        path = data_dir / name
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


class KnowledgeIndex:
    """Built once (or loaded from a cache); search() is synchronous and takes a few milliseconds."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        self.items: list[_Item] = []
        self.passages: dict[str, Passage] = {}
        self.doc_names: list[str] = []
        self.doc_scope_terms: list[set[str]] = []
        self.scope_df: Counter[str] = Counter()
        self.doc_scope_words: list[set[str]] = []
        self.words = _Field()
        self.bigrams = _Field()
        self.item_doc = np.zeros(0, dtype=np.int32)
        self.item_words: list[frozenset[str]] = []
        self.item_bigrams: list[frozenset[str]] = []
        self.item_chars: list[frozenset[str]] = []
        self.item_texts: list[str] = []  # what an item says, in search form without spaces
        self.vocabulary: set[str] = set()
        # the corpus's two-character words by their toneless reading (lengku → 冷库), for a word
        # of a question typed with a homophone (冷酷, 厚渡, 放泡)
        self.homophones: dict[str, str] = {}
        self.item_by_key: dict[str, int] = {}
        # passage key → keys of the articles of its own document it refers to (按本规定第二十七条)
        self.references: dict[str, tuple[str, ...]] = {}
        self.fingerprint = ""
        self.calibration = Calibration.load()
        self._views: dict[str, _QueryView] = {}

    # --- building -------------------------------------------------------------------------------

    @classmethod
    def build(
        cls, passages: Sequence[Passage], curated: CuratedSet | None = None, analyzer: Analyzer | None = None
    ) -> KnowledgeIndex:
        started = time.perf_counter()
        curated = curated if curated is not None else load_curated()
        analyzer = analyzer or Analyzer.default()
        analyzer.use_full_dictionary()  # millions of lookups ahead
        # Quoted phrases of the documents and curated keywords are words for jieba too.
        key_phrases = {m for p in passages for m in _QUOTED.findall(p.text)}
        key_phrases |= {k for e in curated.entries for k in e.keywords}
        analyzer.add_words(k for k in key_phrases if 2 <= len(k) <= 10)

        index = cls(analyzer)
        index.fingerprint = corpus_fingerprint(passages, curated)
        doc_ids: dict[str, int] = {}
        doc_meta: list[str] = []
        for p in passages:
            index.passages[p.key] = p
            if p.doc_name not in doc_ids:
                doc_ids[p.doc_name] = len(index.doc_names)
                index.doc_names.append(p.doc_name)
                doc_meta.append(f"{p.doc_title} {p.issuer or ''} {p.doc_number or ''}")
            quoted = tuple(search_form(q).replace(" ", "") for q in _QUOTED.findall(p.text))
            heading = search_form(_MARKER.sub("", p.heading)).replace(" ", "")
            index.items.append(
                _Item(
                    key=p.key,
                    passage=p,
                    doc=doc_ids[p.doc_name],
                    fuzzy_keys=tuple(k for k in (heading, *quoted) if len(k) >= 2),
                    label=_passage_label(p),
                )
            )
        index.doc_scope_terms = [
            {g for g in char_bigrams(search_form(meta)) if not any(ch.isdigit() for ch in g)}
            for meta in doc_meta
        ]
        index.scope_df = Counter(g for terms in index.doc_scope_terms for g in terms)
        index.doc_scope_words = [set(analyzer.words(meta)) for meta in doc_meta]

        for entry in curated.entries:
            evidence = tuple(_resolve_citations(entry, passages))
            index.items.append(
                _Item(
                    key=f"kb:{entry.id}",
                    entry=entry,
                    fuzzy_keys=tuple(
                        k for k in (search_form(x).replace(" ", "") for x in entry.phrasings) if len(k) >= 2
                    ),
                    evidence=evidence,
                    label=entry.question,
                )
            )

        word_docs: list[list[str]] = []
        bigram_docs: list[list[str]] = []
        # What an item says, for the coverage features: a curated entry's answer too.
        said_words: list[frozenset[str]] = []
        said_bigrams: list[frozenset[str]] = []
        said_texts: list[str] = []
        for item in index.items:
            if item.passage is not None:
                p = item.passage
                text = f"{' '.join(p.section)} {p.text}"
                said = ""
            else:
                assert item.entry is not None
                e = item.entry
                # Ranked on what people ask (its question, aliases, keywords), not on its answer:
                # with its answer in the text, a short summary wins questions about neighbouring
                # facts it merely mentions.
                text = " ".join([*e.phrasings, *e.keywords])
                said = e.answer
            words = analyzer.words(text)
            word_docs.append(words)
            bigram_docs.append(analyzer.bigrams(text))
            said_words.append(frozenset(words) | frozenset(analyzer.words(said) if said else ()))
            said_bigrams.append(
                frozenset(bigram_docs[-1]) | frozenset(analyzer.bigrams(said) if said else ())
            )
            said_texts.append(search_form(f"{text} {said}").replace(" ", ""))
        index.words = _Field.build(word_docs)
        index.bigrams = _Field.build(bigram_docs)
        index.item_doc = np.array(
            [item.doc if item.doc >= 0 else len(index.doc_names) for item in index.items], dtype=np.int32
        )
        index.item_by_key = {item.key: n for n, item in enumerate(index.items)}
        index.item_words = said_words
        index.item_bigrams = said_bigrams
        # Single characters, for one-character words of a question (奖, 罚, 救) that a rulebook
        # writes inside longer words (奖励, 罚款, 施救).
        index.item_chars = [frozenset(ch for g in d for ch in g) for d in said_bigrams]
        index.item_texts = said_texts
        index.references = article_references(passages)
        index.vocabulary = {t for t in index.words.idf if len(t) >= 3}
        index.homophones = _homophones(index.words.idf)
        analyzer.learn_vocabulary(index.vocabulary)
        log.info(
            "knowledge index built: %d items (%d curated) in %.2fs",
            len(index.items),
            len(curated.entries),
            time.perf_counter() - started,
        )
        return index

    # --- cache ----------------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        state = {k: v for k, v in self.__dict__.items() if k not in ("analyzer", "calibration", "_views")}
        state["domain_words"] = list(self.analyzer.domain_words)
        # The thesaurus as read: parsing its YAML again would be a quarter of start-up from cache.
        state["synonyms"] = [(group.terms, group.said) for group in self.analyzer.synonyms]
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path, fingerprint: str, analyzer: Analyzer | None = None) -> KnowledgeIndex | None:
        try:
            with path.open("rb") as fh:
                state = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        if state.get("fingerprint") != fingerprint:
            return None
        synonyms = state.pop("synonyms")
        if analyzer is None:
            analyzer = Analyzer.default(synonyms=[SynonymGroup(terms, said) for terms, said in synonyms])
        known = set(analyzer.domain_words)
        analyzer.add_words(w for w in state.pop("domain_words") if w not in known)
        index = cls(analyzer)
        index.__dict__.update(state)
        analyzer.learn_vocabulary(index.vocabulary)
        return index

    @classmethod
    def load_or_build(
        cls, passages: Sequence[Passage], cache_dir: Path | None, curated: CuratedSet | None = None
    ) -> KnowledgeIndex:
        curated = curated if curated is not None else load_curated()
        if cache_dir is None:
            return cls.build(passages, curated)
        fingerprint = corpus_fingerprint(passages, curated)
        path = cache_dir / f"knowledge-{fingerprint[:16]}.pickle"
        index = cls.load(path, fingerprint) if path.exists() else None
        if index is not None:
            return index
        index = cls.build(passages, curated)
        try:
            for old in cache_dir.glob("knowledge-*.pickle"):
                old.unlink(missing_ok=True)
            index.save(path)
        except OSError:
            log.warning("could not write the knowledge index cache to %s", cache_dir)
        return index

    # --- searching ------------------------------------------------------------------------------

    def search(self, question: str, limit: int = 10) -> list[tuple[int, float, float]]:
        """Ranked (item, score, confidence) for a question, best first."""
        return [(c.item, c.score, c.confidence) for c in self.candidates(question)[:limit]]

    def candidates(self, question: str) -> list[Candidate]:
        """The best items for a question with their features, score and calibrated confidence."""
        view = self._view(question)
        if view is None:
            return []
        n = len(self.items)
        rank = self.calibration.rank_weights
        # Words that name a document (宝山, 罗集乡 …) choose the document through the scope
        # feature; matched again as text they would make its header and title-quoting passages win.
        words = np.zeros(n, dtype=np.float32)
        grams = np.zeros(n, dtype=np.float32)
        self.words.score(view.bm25_words, words, 1.0)
        self.bigrams.score(view.bm25_grams, grams, 1.0)
        scope_of = np.zeros(len(self.doc_names) + 1, dtype=np.float32)  # last slot: curated items
        for doc, value in view.scope.items():
            scope_of[doc] = value
        scopes = scope_of[self.item_doc]
        scores = rank[0] * words + rank[1] * grams + rank[2] * scopes
        k = min(CANDIDATES, n)
        if k == 0:
            return []
        top = np.argpartition(-scores, k - 1)[:k]
        found: list[Candidate] = []
        for i in top.tolist():
            item = self.items[i]
            fz = self._fuzzy(view.content, item)
            cov_words, cov_grams, cov_phrases, key, cov_info, missed, unsaid = self._coverage(view, i)
            curated = 1.0 if item.entry is not None else 0.0
            scope = float(scopes[i])
            ranking = [
                float(words[i]),
                float(grams[i]),
                scope,
                fz,
                curated,
                curated * fz,
                cov_words,
                cov_grams,
                cov_phrases,
                key,
                cov_info,
                curated * float(words[i] + grams[i]) / 2,
                curated * cov_phrases,
            ]
            score = float(np.dot(rank, ranking))
            found.append(
                Candidate(
                    i,
                    score,
                    0.0,
                    [cov_words, cov_grams, cov_phrases, key, fz, 0.0, 0.0, curated, scope, cov_info, missed],
                    ranking,
                    unsaid,
                )
            )
        found.sort(key=lambda c: -c.score)
        found = self._prefer_documents(found)
        found = self._prefer_leaves(found)
        found = self._prefer_typed(found, view.answer_type)
        found = self._prefer_focused(found, view)
        found = self._prefer_body_to_header(found, view)
        found = self._prefer_header(found, view)
        found = self._prefer_named_article(found, view)
        self._calibrate(found)
        if view.answer_type is not None:
            for c in found:
                found_it = self._states(c.item, view.answer_type)
                shift = view.answer_type.found_logit if found_it else -view.answer_type.missing_logit
                if found_it and view.asked_of and view.asked_of <= c.unsaid:
                    # A figure in an item that says nothing of what it is asked of (喷漆室的过滤棉
                    # 多长时间更换 against 排风机再开15分钟) is no sign of an answer.
                    shift = 0.0
                elif found_it and view.attribute is not None and view.attribute in c.unsaid:
                    # 8t of a dock plate's 额定载荷 is not the 额定起重量 asked: no figure of it here.
                    shift = -view.answer_type.missing_logit
                elif found_it and (
                    not self._does_the_act(c, view)
                    or (view.answer_type.name in BOUND_TYPES and not self._states_of(c, view))
                ):
                    # A span of time or a head count belongs to the action it is written with:
                    # 每日作业前检查钢丝绳 does not say how often the rope is changed, however
                    # closely the rule's words match the question's.
                    shift = -UNBOUND_LOGIT
                c.confidence = _shift_log_odds(c.confidence, shift)
        return found

    def _calibrate(self, found: list[Candidate]) -> None:
        """Each candidate's confidence, from its features and its lead over the others (in order)."""
        best = found[0].score if found else 0.0
        for position, c in enumerate(found):
            other = found[1].score if position == 0 and len(found) > 1 else best
            c.features[5] = max(-10.0, min(c.score, 10.0))
            c.features[6] = min(c.score - other, 10.0)
        if found:
            confidences = self.calibration.probability(np.array([c.features for c in found]))
            for c, value in zip(found, confidences.tolist(), strict=True):
                c.confidence = value

    def _view(self, question: str) -> _QueryView | None:
        view = self._views.get(question)
        if view is not None:
            return view
        terms = self.analyzer.query(question)
        if not terms.words and not terms.bigrams:
            return None
        scope, naming_grams = self._scope(terms)
        # Words written only with the characters of name bigrams (宝山, 罗集乡, 罗) are names too.
        naming_chars = {ch for g in naming_grams for ch in g}
        naming_words = {t for t in terms.words if set(t) <= naming_chars}
        bm25_words = {t: w for t, w in terms.words.items() if t not in naming_words}
        bm25_grams = {g: w for g, w in terms.bigrams.items() if g not in naming_grams}
        unknown = self.words.unknown_idf()
        core_words = [(t, self.words.idf.get(t, unknown)) for t, w in terms.words.items() if w >= 1.0]
        unknown_g = self.bigrams.unknown_idf()
        core_grams = [(g, self.bigrams.idf.get(g, unknown_g)) for g, w in terms.bigrams.items() if w >= 1.0]
        phrases = []
        for phrase, general in terms.phrases.items():
            specific = min(1.0, self.words.idf.get(phrase, unknown) / unknown)
            phrases.append((phrase, 0.5 * general + 0.5 * specific, frozenset(char_bigrams(phrase)), general))
        alternatives: list[
            tuple[frozenset[str], frozenset[str], tuple[tuple[str, frozenset[str]], ...], bool]
        ] = []
        for window, word in self._homophone_repairs(terms.text):
            # A word typed with a homophone (冷酷 for 冷库) is read as the corpus's word too.
            bm25_words[word] = max(bm25_words.get(word, 0.0), 0.9)
            alternatives.append(
                (
                    frozenset(self.analyzer.words(window))
                    | frozenset(self.analyzer.phrases(window))
                    | {window},
                    frozenset(char_bigrams(window)),
                    ((word, frozenset(char_bigrams(word))),),
                    True,
                )
            )
        for span, alts, exact in terms.alternatives:
            alternatives.append(
                (
                    frozenset(self.analyzer.words(span)) | frozenset(self.analyzer.phrases(span)),
                    frozenset(char_bigrams(span)),
                    tuple((alt, frozenset(char_bigrams(alt))) for alt in alts),
                    exact,
                )
            )
        view = _QueryView(
            terms=terms,
            content=_content(terms.text),
            scope=scope,
            bm25_words=bm25_words or dict(terms.words),
            bm25_grams=bm25_grams or dict(terms.bigrams),
            core_words=core_words,
            core_grams=core_grams,
            phrases=phrases,
            alternatives=alternatives,
            answer_type=expected_type(normalise(asked_plainly(question))),
            naming=frozenset(naming_grams),
        )
        view.asked_of = _asked_of(view)
        view.asked_of_ways = _ways_to_say(view)
        view.attribute = _asked_attribute(view)
        view.acts_asked = tuple(written for asks, written in _ACTS_ASKED if asks.search(view.terms.text))
        if len(self._views) >= 512:
            self._views.pop(next(iter(self._views)))
        self._views[question] = view
        return view

    def _homophone_repairs(self, text: str) -> list[tuple[str, str]]:
        """Two characters of a question that the corpus never writes together, read as the corpus's
        word that sounds the same (冷酷 → 冷库, 放泡 → 放炮)."""
        found: list[tuple[str, str]] = []
        if not self.homophones:
            return found
        for start in range(len(text) - 1):
            window = text[start : start + 2]
            if (
                not _CJK_PAIR.match(window)
                or window in self.words.idf
                # (a word of its own, 底下 or 复核, is meant as written; 厚渡 is no word)
                or self.analyzer.tokenizer.FREQ.get(window, 0) >= HOMOPHONE_MAX_FREQ
            ):
                continue
            word = self.homophones.get(_reading(window))
            if word is not None and word != window:
                found.append((window, word))
        return found

    def _scope(self, terms: QueryTerms) -> tuple[dict[int, float], set[str]]:
        """Documents the question names (宝山, 盂县 …), and the bigrams that name them: bigrams of
        a document's title, issuer or 文号 that few documents have and whose passages lie almost
        all in the documents that have it (so 信息 of 工业和信息化局 is no name)."""
        limit = max(1, len(self.doc_scope_terms) // 10)
        names: set[str] = set()
        for g, w in terms.bigrams.items():
            if w < 1.0 or not 0 < self.scope_df.get(g, 0) <= limit:
                continue
            posting = self.bigrams.postings.get(g)
            if posting is not None:
                docs = self.item_doc[posting[0]]
                owners = [d for d, t in enumerate(self.doc_scope_terms) if g in t]
                if np.isin(docs, owners).mean() < 0.8:
                    continue
            names.add(g)
        if not names:
            return {}, set()
        hits = {d: len(names & t) for d, t in enumerate(self.doc_scope_terms) if names & t}
        best = max(hits.values())
        return {d: h / best for d, h in hits.items()}, names

    def _fuzzy(self, content: str, item: _Item) -> float:
        best = 0.0
        for key in item.fuzzy_keys:
            if len(key) <= len(content):
                if key in content:
                    value = 1.0 if len(key) >= 3 or item.entry is not None else 0.6
                elif len(key) >= 4:
                    value = fuzz.partial_ratio(key, content) / 100.0
                    value = max(0.0, (value - 0.7) / 0.3)
                else:
                    value = 0.0
            else:
                value = fuzz.partial_ratio(content, key) / 100.0
                value = max(0.0, (value - 0.7) / 0.3) * min(1.0, len(content) / max(len(key), 1))
            if item.entry is not None:
                # A whole phrasing asked almost verbatim.
                value = max(value, max(0.0, (fuzz.ratio(content, key) / 100.0 - 0.6) / 0.4))
            best = max(best, value)
        return best

    def _coverage(
        self, view: _QueryView, i: int
    ) -> tuple[float, float, float, float, float, float, frozenset[str]]:
        """How much of the question's own content item i says, directly, by a synonym or by a
        typo repair (expansions never add content the question did not have): IDF-weighted
        shares of its words, of its bigrams and of its phrases (weighted by how much each says),
        whether its most informative phrase is covered, the share of its phrases weighted by
        how much each says in general Chinese (so everyday words a rulebook never uses — 干活,
        东西 — cost less than specific ones — 年假, 食堂), the most a phrase it misses says, and the
        phrases it says in no way."""
        words_present = self.item_words[i]
        grams_present = self.item_bigrams[i]
        chars_present = self.item_chars[i]
        doc = self.items[i].doc
        extra_words: set[str] = set()
        extra_grams: set[str] = set()
        if doc >= 0:
            # Naming the document (宝山, 盂县 …) is content the passage's breadcrumb answers.
            extra_grams |= self.doc_scope_terms[doc]
            extra_words |= self.doc_scope_words[doc]
        broader_words: set[str] = set()  # said only in a broader word: see BROADER_WORD_SHARE
        broader_grams: set[str] = set()
        for span_words, span_grams, alts, exact in view.alternatives:
            for alt, alt_grams in alts:
                if alt in words_present or (alt_grams and alt_grams <= grams_present):
                    if exact:
                        extra_words |= span_words
                        extra_grams |= span_grams
                    else:
                        broader_words |= span_words
                        broader_grams |= span_grams
                    break

        def share(
            terms: list[tuple[str, float]], present: frozenset[str], extra: set[str], broader: set[str]
        ) -> float:
            total = sum(w for _, w in terms)
            if total <= 0:
                return 0.0
            said = sum(
                w if t in present or t in extra else BROADER_WORD_SHARE * w if t in broader else 0.0
                for t, w in terms
            )
            return said / total

        cov_words = share(view.core_words, words_present, extra_words, broader_words)
        cov_grams = share(view.core_grams, grams_present, extra_grams, broader_grams)
        total = got = total_info = got_info = missed = 0.0
        key_weight = -1.0
        key = 0.0
        unsaid: set[str] = set()
        for phrase, weight, grams, general in view.phrases:
            covered = (
                phrase in words_present
                or phrase in extra_words
                or (len(phrase) == 1 and phrase in chars_present)
                or (bool(grams) and all(g in grams_present or g in extra_grams for g in grams))
            )
            # A short phrase whose characters the item writes in order, a few apart, is an
            # abbreviation or a loose compound of its words (办公区 ↔ 办公生产、生活等区域,
            # 国企 ↔ 国有企业): half covered.
            share_covered = 1.0 if covered else (0.5 if _loosely_written(phrase, self.item_texts[i]) else 0.0)
            if share_covered < BROADER_WORD_SHARE and (
                phrase in broader_words
                or (
                    bool(grams)
                    and all(g in grams_present or g in extra_grams or g in broader_grams for g in grams)
                )
            ):
                share_covered = BROADER_WORD_SHARE
            if share_covered == 0.0 and phrase.isdigit() and any(ch.isdigit() for ch in self.item_texts[i]):
                # A worker's own figure (我56岁了, 80来号人) is set against the rule's limit (55周岁):
                # an item stating a figure half says it.
                share_covered = 0.5
            if share_covered == 0.0:
                unsaid.add(phrase)
            total += weight
            got += weight * share_covered
            total_info += general
            got_info += general * share_covered
            if share_covered < 1.0:
                missed = max(missed, general * (1.0 - share_covered))
            if weight > key_weight:
                key_weight = weight
                key = share_covered if share_covered >= BROADER_WORD_SHARE else 0.0
        cov_phrases = got / total if total > 0 else cov_words
        cov_info = got_info / total_info if total_info > 0 else cov_phrases
        key_share = key if key_weight >= 0 else cov_words
        return cov_words, cov_grams, cov_phrases, key_share, cov_info, missed, frozenset(unsaid)

    def _prefer_documents(self, found: list[Candidate]) -> list[Candidate]:
        """A curated entry is a summary matched through its phrasings: it goes first only if no
        close passage says clearly more of the question (车间多久查一次隐患 is not answered by
        the entry on how often the principal checks, however alike the two questions read)."""
        if len(found) < 2 or self.items[found[0].item].entry is None:
            return found
        top = found[0]
        return _promote_first(
            found,
            lambda c: (
                self.items[c.item].passage is not None
                and c.features[9] >= top.features[9] + CURATED_COVER_MARGIN
                and c.features[2] > top.features[2]
            ),
        )

    def _prefer_leaves(self, found: list[Candidate]) -> list[Candidate]:
        """When a section and one of its own sub-sections both match about as well, the more
        specific sub-section answers: it goes first."""
        if len(found) < 2:
            return found
        top = self.items[found[0].item]
        if top.passage is None:
            return found
        section = top.passage.section
        floor = found[0].score - LEAF_MARGIN

        def is_own_subsection(c: Candidate) -> bool:
            other = self.items[c.item]
            return (
                other.passage is not None
                and other.doc == top.doc
                and len(other.passage.section) > len(section)
                and other.passage.section[: len(section)] == section
                and c.score >= floor
            )

        return _promote_first(found, is_own_subsection)

    def _prefer_body_to_header(self, found: list[Candidate], view: _QueryView) -> list[Candidate]:
        """The document header answers questions about the document (its 文号, who issued it and
        when, its contact); it shares the title's words with every question on the document, so a
        question on what the document says goes to a close passage of its body."""
        if len(found) < 2 or _ASKS_ABOUT_DOCUMENT.search(view.terms.text):
            return found
        top = self.items[found[0].item].passage
        if top is None or top.kind != "header":
            return found
        floor = found[0].score * FOCUS_SCORE_SHARE
        return _promote_first(
            found,
            lambda c: (
                c.score >= floor and (p := self.items[c.item].passage) is not None and p.kind != "header"
            ),
        )

    def _prefer_header(self, found: list[Candidate], view: _QueryView) -> list[Candidate]:
        """When a document was issued (这个细则是哪天发下来的) is its header's to say: a close header
        goes before a body passage that happens to hold a date."""
        top = self.items[found[0].item].passage if found else None
        if top is None or not _ASKS_WHEN_ISSUED.search(view.terms.text):
            return found
        # Over a header already first, only the header of a document of the kind named (这个管理规定,
        # 这本汇编) goes first; "" is in every title.
        kind = _THIS_DOCUMENT.search(view.terms.text) if top.kind == "header" else None
        named = kind.group(1) if kind else ""
        if top.kind == "header" and named in top.doc_title:
            return found
        return _promote_first(
            found,
            lambda c: (
                (p := self.items[c.item].passage) is not None and p.kind == "header" and named in p.doc_title
            ),
        )

    def _prefer_named_article(self, found: list[Candidate], view: _QueryView) -> list[Candidate]:
        """第四条 asked by its number is that article: of several (each rulebook of a collection has
        its own), the best-scored one, which shares the rulebook's name with the question."""
        numbers = set(_ARTICLE_ASKED.findall(view.terms.text))
        if not numbers or not found:
            return found

        def is_named(c: Candidate) -> bool:
            p = self.items[c.item].passage
            return p is not None and bool(numbers & set(_article_numbers(p)))

        if is_named(found[0]):
            return found
        return _promote_first(found, is_named)

    def _prefer_focused(self, found: list[Candidate], view: _QueryView) -> list[Candidate]:
        """Of two close candidates, the one that says the question in one sentence goes first: a
        long passage that meets the question's words here and there (a table, a list of duties)
        loses to the clause that says them together (罐内连续作业不超过四十分钟)."""
        # (a curated entry at the top is weighed against passages by _prefer_documents)
        if len(found) < 2 or not view.phrases or self.items[found[0].item].passage is None:
            return found
        top = found[0]
        top_focus = self._focus(top.item, view)
        floor = top.score * FOCUS_SCORE_SHARE
        answer_type = view.answer_type
        return _promote_first(
            found,
            lambda c: (
                c.score >= floor
                # as much of the question said in all, and more of it in one sentence
                and c.features[2] >= top.features[2]
                and self._focus(c.item, view) >= top_focus + FOCUS_MARGIN
                # a question asking for a figure keeps an item that states one
                and (answer_type is None or self._states(c.item, answer_type))
            ),
        )

    def _focus(self, i: int, view: _QueryView) -> float:
        """The share of the question's phrases (weighted by what each says) that one sentence of
        item i says, with the headings above it."""
        item = self.items[i]
        if item.passage is None:
            return 0.0
        # The headings above it (its own label is its first words, already in the text), and the
        # words that name its document (南湖建设…办法): every passage of it answers those.
        above = " ".join(item.passage.section[:-1])
        heading = frozenset(char_bigrams(search_form(above).replace(" ", ""))) | (
            view.naming & self.doc_scope_terms[item.doc]
        )
        alternatives = [
            (alt_grams, span_grams) for _, span_grams, alts, _ in view.alternatives for _, alt_grams in alts
        ]
        total = sum(weight for _, weight, _, _ in view.phrases) or 1.0
        best = 0.0
        for sentence in _SENTENCE.findall(item.passage.text):
            form = search_form(sentence).replace(" ", "")
            grams = heading | frozenset(char_bigrams(form))
            said = set(grams)
            for alt_grams, span_grams in alternatives:
                if alt_grams and alt_grams <= grams:
                    said |= span_grams
            got = sum(
                weight
                for phrase, weight, phrase_grams, _ in view.phrases
                if (phrase_grams and phrase_grams <= said) or (len(phrase) == 1 and phrase in form)
            )
            best = max(best, got / total)
        return best

    def _prefer_typed(self, found: list[Candidate], answer_type: AnswerType | None) -> list[Candidate]:
        """A question asking for a figure: the best close candidate stating one goes first."""
        if answer_type is None or len(found) < 2 or self._states(found[0].item, answer_type):
            return found
        floor = found[0].score * answer_type.promote_share
        return _promote_first(found, lambda c: c.score >= floor and self._states(c.item, answer_type))

    def _states(self, i: int, answer_type: AnswerType) -> bool:
        """Whether item i (a passage, or a curated answer with its evidence) states such a figure."""
        item = self.items[i]
        if item.entry is not None and answer_type.found_in(item.entry.answer):
            return True
        # (a passage's evidence is itself and the articles it refers to: a rule that says
        # 执行本规定第二条限速表 states the figures of the table it refers to)
        return any(answer_type.found_in(e.text) for e in self._evidence(item))

    def _does_the_act(self, c: Candidate, view: _QueryView) -> bool:
        """Whether a passage states the figure asked for with the act the question asks it of, when
        it asks of one: how long a thing lasts before a new one (防寒服多久能领一套新的, 安全带用几年
        换新的), how often it is calibrated, cleaned or examined, how long one works before a rest.
        A sentence that does that act with such a figure says it, and so does a heading that names
        the act (a table of 职业健康检查 periods); a span written beside the thing does not."""
        item = self.items[c.item]
        if item.passage is None or view.answer_type is None:
            return True
        if not view.acts_asked:
            return True
        heading = normalise(" ".join(item.passage.section[:-1]))
        for written in view.acts_asked:
            if not written.search(heading) and not any(
                written.search(normalise(sentence))
                for sentence in _figure_sentences(item.passage.text, view.answer_type)
            ):
                return False
        return True

    def _states_of(self, c: Candidate, view: _QueryView) -> bool:
        """Whether a passage states the figure asked for in a sentence that also says what it is
        asked of (one of the question's asked-of phrases the passage says, or a way to say it), or
        under a heading that says it when its own lines do not."""
        item = self.items[c.item]
        said = [p for p in view.asked_of if p not in c.unsaid]
        if item.passage is None or not said or view.answer_type is None:
            return True
        for sentence in _figure_sentences(item.passage.text, view.answer_type):
            form = search_form(sentence).replace(" ", "")
            if any(way in form for p in said for way in view.asked_of_ways[p]):
                return True
        # (Last, as most candidates are settled by a sentence and this reads the whole passage.)
        headings = set(item.passage.section)
        lines = item.passage.text.split("\n")
        body = search_form(" ".join(line for line in lines if line.strip() not in headings)).replace(" ", "")
        heading = search_form(" ".join(headings)).replace(" ", "")
        for p in said:
            ways = view.asked_of_ways[p]
            if any(way in heading for way in ways) and not any(way in body for way in ways):
                # Said only by the heading it sits under (制冷机房值班安全操作规程): the whole
                # passage speaks of it.
                return True
        return False

    # --- answering ------------------------------------------------------------------------------

    def answer(self, question: str) -> Answer:
        if too_short(question):
            return Answer(question, None, [], 0.0, [])
        found = self.candidates(question)
        if not found:
            return Answer(question, None, [], 0.0, [])
        best = found[0]
        item = self.items[best.item]
        ranking = [(self.items[c.item].key, c.confidence) for c in found[: MAX_SUGGESTIONS + 2]]
        if self._says_too_little(question, best):
            return Answer(question, None, [], 0.0, [], ranking=ranking)
        if best.confidence >= self.calibration.answer_threshold:
            text, evidence = self._answer_text(item, question), self._evidence(item)
            for part_item, part in self._other_parts(question, item):
                # A second question in one message (…隔多远？…最多能放几瓶？) answered by another rule.
                if all(e.key != part_item.key for e in evidence):
                    text += "\n" + self._answer_text(part_item, part)
                    evidence += self._evidence(part_item)
            related = self._related(found[1:8], item, quoted={e.key for e in evidence})
            return Answer(
                question,
                text,
                evidence,
                best.confidence,
                related,
                key=item.key,
                source=self._source(item),
                ranking=ranking,
            )
        # Not sure enough to answer: the best items are offered as "你是不是想问" whatever their
        # confidence (a low one is often a right item asked in other words), as long as they say
        # something of the question.
        suggestions: list[Suggestion] = []
        seen: set[str] = set()
        for c in found[:8]:
            other = self.items[c.item]
            if not c.matches or other.label in seen:
                continue
            seen.add(other.label)
            suggestions.append(Suggestion(other.label, other.key))
        return Answer(question, None, [], best.confidence, suggestions[:MAX_SUGGESTIONS], ranking=ranking)

    def _says_too_little(self, question: str, best: Candidate) -> bool:
        """Whether a question says too little of anything for a rule to answer it: no figure asked,
        only everyday words (今天天气怎么样, 快递到了吗, 手机没电了怎么办), no word of the trade and
        no heading or rule named. A passage that happens to say 天气 (严密防范极端天气) is neither an
        answer to it nor a suggestion."""
        view = self._view(question)
        if view is None or view.answer_type is not None or best.features[4] >= NAMED_FUZZY:
            return False
        if sum(general for _, _, _, general in view.phrases) >= LITTLE_SAID:
            return False
        # (a word of the trade names what it asks: 四不两直, 六查 say little in general Chinese)
        return not any(phrase in self.analyzer.domain_words for phrase, _, _, _ in view.phrases)

    def _other_parts(self, question: str, answered: _Item) -> list[tuple[_Item, str]]:
        """The confident answers to each question of a message that asks two or more, other than
        the item already answering it."""
        parts = [p for p in _QUESTION_BREAK.split(question) if len(_content(p)) >= MIN_PART_CHARS]
        if len(parts) < 2:
            return []
        out: list[tuple[_Item, str]] = []
        for part in parts:
            found = self.candidates(part)
            if found and found[0].confidence >= self.calibration.answer_threshold:
                part_item = self.items[found[0].item]
                if part_item.key != answered.key and all(part_item.key != o.key for o, _ in out):
                    out.append((part_item, part))
        return out

    def answer_item(self, key: str, question: str = "") -> Answer | None:
        """The answer for one item, as when a suggestion button is pressed."""
        position = self.item_by_key.get(key)
        if position is None:
            return None
        item = self.items[position]
        return Answer(
            question or item.label,
            self._answer_text(item, question or item.label),
            self._evidence(item),
            1.0,
            [],
            key=item.key,
            source=self._source(item),
        )

    def item_suggestion(self, key: str) -> Suggestion | None:
        """An item as a button shows it (its label), if the index still holds it."""
        position = self.item_by_key.get(key)
        return None if position is None else Suggestion(self.items[position].label, key)

    def passage_text(self, key: str) -> str | None:
        """The text of a passage item (None for a curated entry or an unknown key)."""
        position = self.item_by_key.get(key)
        passage = None if position is None else self.items[position].passage
        return None if passage is None else passage.text

    def best_items(self, question: str, limit: int = 5) -> list[Suggestion]:
        """The items likeliest to answer a question, best first, whatever their confidence (one
        per label): what an admin picks from to teach the question."""
        found: list[Suggestion] = []
        labels: set[str] = set()
        for c in self.candidates(question):
            item = self.items[c.item]
            if item.label in labels:
                continue
            labels.add(item.label)
            found.append(Suggestion(item.label, item.key))
            if len(found) >= limit:
                break
        return found

    def item_text(self, key: str, question: str) -> str:
        """An item's answer and evidence text as one string (for evaluation)."""
        item = self.items[self.item_by_key[key]]
        return self._answer_text(item, question) + "\n" + "\n".join(e.text for e in self._evidence(item))

    def _related(
        self, results: Sequence[Candidate], item: _Item, quoted: Iterable[str] = ()
    ) -> list[Suggestion]:
        """Up to three other questions to offer beside an answer, none of what it already quotes."""
        related: list[Suggestion] = []
        seen = {item.key, *item.evidence, *quoted}
        if item.entry is not None:
            for rid in item.entry.related:
                position = self.item_by_key.get(f"kb:{rid}")
                other = None if position is None else self.items[position]
                if other is not None and other.key not in seen:
                    related.append(Suggestion(other.label, other.key))
                    seen.add(other.key)
        for c in results:
            other = self.items[c.item]
            if other.key in seen or not c.matches or any(k in seen for k in other.evidence):
                continue
            related.append(Suggestion(other.label, other.key))
            seen.add(other.key)
        return related[:MAX_SUGGESTIONS]

    def _evidence(self, item: _Item) -> list[Evidence]:
        if item.passage is not None:
            # A rule that says "按本规定第二十七条执行" is answered with that article too.
            referred = [self.passages[key] for key in self.references.get(item.key, ())]
            return [Evidence(p.text, p.source, p.key) for p in (item.passage, *referred)]
        out = []
        for key in item.evidence:
            p = self.passages.get(key)
            if p is not None:
                out.append(Evidence(p.text, p.source, key))
        return out

    def _source(self, item: _Item) -> str:
        if item.passage is not None:
            return item.passage.source
        assert item.entry is not None
        evidence = self._evidence(item)
        if evidence:
            return "；".join(e.source for e in evidence)
        return "；".join(c.label for c in item.entry.citations)

    def _answer_text(self, item: _Item, question: str) -> str:
        if item.entry is not None:
            return item.entry.answer
        assert item.passage is not None
        return best_sentences(item.passage.text, self.analyzer.query(question), self.analyzer)


PROMOTION_WINDOW = 5  # how far below the top a candidate may be moved up by a preference


ASKED_GAP = 3  # characters between the words asking for a figure and a phrase it is asked of
# Words beside the asking words that say how a figure is asked (才能, 以后, 之内, 下去), not what it
# is asked of: a rule need not say them, and one that does (以后) is not on that account about it.
# (最多, 至少 stay: a rule writes its limit so, 平台上最多2人.)
ASKING_WORDS = frozenset(
    """才能 才可以 才行 方可 能干 可以 不能 不准 不用 不得 需要 必须 应该 应当 得要 以后 之后 以前 之前 之内 以内
    以上 以下 下去 上去 进去 出来 回去 起来 一下 一次 一般""".split()
)
_ASKING_WORD = re.compile("|".join(sorted(ASKING_WORDS, key=len, reverse=True)))
# Figures that are said of an action in the sentence that states them (how long, how often, how
# many people, how many minutes, hours or days, what share): an item stating one elsewhere than
# with what it is asked of does not answer. (Measures of a thing — weight, pressure, distance —
# measured no better bound: a rule often states them a clause away from the thing.)
BOUND_TYPES = frozenset({"frequency", "timespan", "people", "minutes", "hours", "days", "percent"})
# Such an item is no answer: measured on the open hold-out sets, the 4 log-odds of a missing figure
# left nine of them answered (a close match gives 8 or more) and this loses no right answer.
UNBOUND_LOGIT = 30.0
# Sentences end at 。, ； and line ends: a rule's clauses apart by ； are rules of their own (安全阀每月
# 试验1次；切断阀由设备部维护), and a figure in one says nothing of what the other names. (Measured
# against ending at 。 only: one more negative rejected on the open and on the sealed sets, one sealed
# answer lost where a span's act stood past the ；.)
_SENTENCE_END = re.compile(r"[。；;\n]")


def _asked_of(view: _QueryView) -> frozenset[str]:
    """The question's phrases (of two or more characters) at or right beside its words asking for
    a figure: what the figure is asked of (过滤棉 in 过滤棉多长时间更换, 押金 in 交多少押金). None for
    a may-I question, which asks of the whole question."""
    if view.answer_type is None or view.answer_type.name == "permission":
        return frozenset()
    # (asking words take no room between what is asked of and the words asking: 开罐以后多长时间)
    squeezed = _ASKING_WORD.sub("", view.terms.text)
    text = squeezed if view.answer_type.asked.search(squeezed) else view.terms.text
    asked = view.answer_type.asked.search(text)
    if asked is None:
        return frozenset()
    found = set()
    for phrase, _, _, _ in view.phrases:
        if (
            len(phrase) < 2
            or phrase in ASKING_WORDS
            or view.answer_type.found_in(phrase)
            or view.answer_type.asked.search(phrase)
        ):
            # (课时 in 多少课时 is the unit asked in, 几天 the asking itself: not what it is asked of)
            continue
        at = text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if asked.start() - ASKED_GAP <= end and at <= asked.end() + ASKED_GAP:
                found.add(phrase)
            at = text.find(phrase, at + 1)
    return frozenset(found)


# A measured attribute of a thing ends so (起重量, 垂直度, 含水率, 定值, 壁厚, 直径, 容积, 温差); the
# words naming the measure in general (温度, 高度, 数量) are how the question asks, not what of.
ATTRIBUTE_ENDS = frozenset("量度率值厚径积差")
GENERAL_MEASURES = frozenset(
    "温度 浓度 高度 深度 宽度 长度 厚度 速度 湿度 含量 角度 程度 数量 力度 尺度 额度 限度".split()
)


def _asked_attribute(view: _QueryView) -> str | None:
    """The attribute a measure is asked of, written right before the words asking for it (额定起重量
    in 叉车的额定起重量是多少吨): a figure in a rule that names no such attribute is of another one
    (调节板额定载荷为8t). Not for spans of time or head counts, which are bound otherwise."""
    kind = view.answer_type
    if kind is None or kind.name in BOUND_TYPES or kind.name == "permission":
        return None
    text = view.terms.text
    asked = kind.asked.search(text)
    if asked is None:
        return None
    attributes = [
        p
        for p in view.asked_of
        if len(p) >= 2
        and p[-1] in ATTRIBUTE_ENDS
        and p not in GENERAL_MEASURES
        # (it may end inside the asking words: 重量是多少 asks in 起重量是多少吨)
        and 0 <= (at := text.rfind(p, 0, asked.end())) <= asked.start()
        and asked.start() - ASKED_GAP <= at + len(p) <= asked.end()
    ]
    return max(attributes, key=len, default=None)


def _ways_to_say(view: _QueryView) -> dict[str, frozenset[str]]:
    """Each asked-of phrase with the ways to say it: itself, and the alternatives of a span it is
    in or that is in it. Once a question, not once a candidate."""
    ways = {p: {p} for p in view.asked_of}
    for span, others, _ in view.terms.alternatives:
        if any(t.asked.search(span) for t in ANSWER_TYPES):
            # 多久检查 → 每季度 are ways to ask how often, not ways to say 检查.
            continue
        for p in view.asked_of:
            if p in span or span in p:
                ways[p].update(others)
    return {p: frozenset(w) for p, w in ways.items()}


# A question asking how long a thing lasts before it is replaced, and what a rule writes for it.
_ASKS_RENEWAL = re.compile(
    r"(多久|多长时间|几年|几个月|用多久|穿多久|用几年)[^，,。？?]{0,6}(换|领|发)[^，,。？?]{0,4}新"
    r"|(多久|多长时间|几年|几个月)[^，,。？?]{0,4}(更换|换一次|换1次|换一[套双件副根个条]|换1[套双件副根个条])"
    r"|(用|穿|戴)(多久|几年|多长时间)[^，,。？?]{0,4}(就得|就要|要|得|必须|该)?换"
)
_RENEWS = re.compile(
    r"更换|换新|以旧换新|换下|发放|配发|领用|领取|使用期限|使用年限|有效期|报废|[每一1]\s*[年月季周][^，。；]{0,3}[一1]\s*[套双件副]"
)

# A question asking how often a thing is calibrated or tested, and what a rule writes for it.
_ASKS_TESTING = re.compile(
    r"(多久|多长时间|几年|几个月)[^，,。？?]{0,6}(校准|校验|检定|标定|送检|检验|试验|测试)"
)
# (the act, not the instrument or the one who does it: 检测仪, 检测人, 试验室 name no test made)
_TESTS = re.compile(
    r"校准|校验|检定|标定|送检|检验(?![员站])|检测(?![仪器人员站点])|试验(?![室台])|测试(?![仪器])"
)
# A question asking how often a certificate or a person's qualification is reviewed, and what a
# rule writes for it (a 有效期 alone says how long it holds, not when it is reviewed).
_ASKS_REVIEW = re.compile(r"(多久|多长时间|几年|几个月)[^，,。？?]{0,6}(复审|复核|复训|换证|审验|年审)")
_REVIEWS = re.compile(r"复审|复核|复训|换证|审验|年审|延续")
# A question asking how often a thing is cleaned, and what a rule writes for it.
_ASKS_CLEANING = re.compile(
    r"(多久|多长时间|几天|几个月)[^，,。？?]{0,6}(清理|清洗|清扫|清淤|打扫|冲洗|清一次|清1次|清一回|掏)"
)
_CLEANS = re.compile(r"清理|清洗|清扫|清淤|清除|清掏|打扫|冲洗|吹扫|排污|清运")
# A question asking how long one works before a rest, or how often one's health is examined.
_ASKS_REST = re.compile(r"(多久|多长时间|几个小时|几个钟头|几小时)[^，,。？?]{0,8}(休息|歇)")
_RESTS = re.compile(r"休息|歇|轮换|换班|轮岗|间歇|连续")
_ASKS_EXAM = re.compile(r"(多久|多长时间|几年|每年|一年)[^，,。？?]{0,6}体检|体检[^，,。？?]{0,4}(几次|多久)")
_EXAMINES = re.compile(r"体检|健康检查|职业健康")
_ACTS_ASKED = (
    (_ASKS_RENEWAL, _RENEWS),
    (_ASKS_TESTING, _TESTS),
    (_ASKS_REVIEW, _REVIEWS),
    (_ASKS_CLEANING, _CLEANS),
    (_ASKS_REST, _RESTS),
    (_ASKS_EXAM, _EXAMINES),
)

HOMOPHONE_MAX_FREQ = 10  # jieba's count of a word of its own (底下 1138, 冷酷 240; 厚渡 0)
_CJK_PAIR = re.compile(r"^[\u4e00-\u9fff]{2}$")


@functools.cache
def _pinyin_table() -> dict[int, str]:
    """pypinyin's table of 40,000 characters' readings, loaded on first use by itself: importing the
    package would load its phrase dictionaries too (0.2 s against 0.05 s)."""
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or spec.origin is None:
        return {}
    path = Path(spec.origin).with_name("pinyin_dict.py")
    table_spec = importlib.util.spec_from_file_location("_safebot_pinyin_dict", path)
    if table_spec is None or table_spec.loader is None:
        return {}
    module = importlib.util.module_from_spec(table_spec)
    table_spec.loader.exec_module(module)
    table: dict[int, str] = module.pinyin_dict
    return table


@functools.cache
def _char_reading(ch: str) -> str:
    """A character's commonest reading without its tone (库 → ku)."""
    reading = _pinyin_table().get(ord(ch), "").split(",")[0]
    return "".join(c for c in unicodedata.normalize("NFKD", reading) if not unicodedata.combining(c))


def _reading(word: str) -> str:
    return " ".join(_char_reading(ch) for ch in word)


def _homophones(idf: dict[str, float]) -> dict[str, str]:
    """The corpus's two-character words by reading; of two that sound alike, the commoner."""
    best: dict[str, tuple[float, str]] = {}
    for word, weight in idf.items():
        if _CJK_PAIR.match(word):
            key = _reading(word)
            if key.strip() and (key not in best or weight < best[key][0]):
                best[key] = (weight, word)
    return {key: word for key, (_, word) in best.items()}


_QUESTION_BREAK = re.compile(r"[？?；;]")
MIN_PART_CHARS = 4  # content characters a part of a message needs to be a question of its own


def _figure_sentences(text: str, answer_type: AnswerType) -> Iterator[str]:
    """The sentences of a passage that state a figure of the type asked for, in order."""
    return (sentence for sentence in _SENTENCE_END.split(text) if answer_type.found_in(sentence))


def _promote_first(found: list[Candidate], better: Callable[[Candidate], bool]) -> list[Candidate]:
    """The first of the next few candidates that `better` picks goes before the top one."""
    for position, c in enumerate(found[1 : 1 + PROMOTION_WINDOW], start=1):
        if better(c):
            return [c, *found[:position], *found[position + 1 :]]
    return found


# When a document was issued (哪天发下来的, 什么时候印发的): its header says. (When it takes effect
# is often an article of its own: 本制度自发布之日起施行.)
_ASKS_WHEN_ISSUED = re.compile(
    r"(哪天|哪一天|什么时候|啥时候|何时|几号|哪年|什么时间|日期)[^，。？?]{0,6}(发|出台|签发)"
    r"|(印发|发布|下发|出台|签发)(的)?(日期|时间)"
)
# "This" document named by its kind (这个管理规定, 咱项目这个安全制度, 这本汇编).
_THIS_DOCUMENT = re.compile(
    r"(?:这个|这份|这本|这项|这部|该|本|咱们?|我们|我司)[\u4e00-\u9fff]{0,8}?"
    r"(规定|制度|办法|方案|细则|规程|规范|标准|汇编|条例|预案)"
)
# An article asked for by its number (第4条 after normalisation: 第四条讲的什么).
_ARTICLE_ASKED = re.compile(r"第(\d{1,3})条")
# What a question asks of a document as such, which its header holds.
_ASKS_ABOUT_DOCUMENT = re.compile(
    r"文号|字号|文件编号|版本号|版次|哪一?版|第几版|(?:什么|哪个)版本|发文|印发|发布|成文|签发|主送|抄送|联系|电话|邮箱|网址|标题|废止|哪个单位|哪个部门发|谁发"
)

LOOSE_GAP = 5  # characters allowed between two characters of a loosely written phrase


@functools.lru_cache(maxsize=4096)
def _loose_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(f".{{0,{LOOSE_GAP}}}".join(map(re.escape, phrase)))


def _loosely_written(phrase: str, text: str) -> bool:
    if not 2 <= len(phrase) <= 4 or any(ch.isdigit() for ch in phrase):
        return False
    return _loose_pattern(phrase).search(text) is not None


def _shift_log_odds(probability: float, shift: float) -> float:
    p = min(max(probability, 1e-6), 1 - 1e-6)
    return 1.0 / (1.0 + math.exp(-(math.log(p / (1 - p)) + shift)))


MIN_QUESTION_CHARS = 2  # Han characters a question needs besides its question words
# What a question without a figure asked must say, as the general Chinese information of its
# phrases (天气 0.34, 手机 + 电 0.50, 放假 0.56; 挂地线 + 哪头 0.80), unless it has a word of the
# trade (四不两直) or a fuzzy match that names a heading or a rule (3不动火). On the open hold-out
# sets 0.7 declines five of seven everyday questions a bot hears and no question a rule answers.
LITTLE_SAID = 0.7
NAMED_FUZZY = 0.9


def too_short(question: str) -> bool:
    """Too little to ask anything of the rules: fewer than two Han characters besides the question
    words (3, 12, 3号, 啥？). Such a message would otherwise be answered by whatever passage has
    the figure in it."""
    content = _content(normalise(question))
    return len(_HAN.findall(content)) < MIN_QUESTION_CHARS and _LATIN_WORD.search(content) is None


_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _content(text: str) -> str:
    from knowledge.analysis import _QUESTION_RE

    return _QUESTION_RE.sub("", text)


_SHORTER = (
    ("国有资产监督管理委员会", "国资委"),
    ("国有资产监督管理局", "国资局"),
    ("工业和信息化局", "工信局"),
    ("应急管理局", "应急局"),
    ("办公室", "办"),
    ("有限责任公司", "公司"),
    ("有限公司", "公司"),
)
_NOUN_ENDINGS = (
    "思想",
    "目标",
    "原则",
    "标准",
    "目录",
    "机制",
    "制度",
    "体系",
    "措施",
    "方案",
    "规定",
    "要求",
    "分工",
    "安排",
    "清单",
    "任务",
    "职责",
    "范围",
    "定义",
    "条件",
    "程序",
    "流程",
    "内容",
)
LABEL_CHARS = 40


def short_document_name(p: Passage) -> str:
    """A few characters that tell the documents apart on a button: the issuer, abbreviated."""
    name = p.issuer or re.split(r"安全|关于|《", p.doc_title, maxsplit=1)[0] or p.doc_number or p.doc_title
    if "公司" not in name and "公司" in p.doc_title:
        name = p.doc_title  # a department issued it (安全环保部): the company in the title tells it apart
    for long, short in _SHORTER:
        name = name.replace(long, short)
    if "公司" in name:
        # A company's own department (…公司安全环保部): the company tells it apart, by its name.
        name = re.sub(r"股份|集团|有限|责任", "", name[: name.index("公司") + 2])
        return name if len(name) <= 10 else name[:4] + "公司"
    return name[-10:]


def _passage_label(p: Passage) -> str:
    """A passage offered as a question a user would ask (…是什么？/…有哪些要求？)."""
    short = short_document_name(p)
    if p.kind == "header":
        return f"{short}这份文件的文号和发文信息是什么？"[:LABEL_CHARS]
    if p.kind == "preamble":
        return f"{short}这份文件是依据什么制定的？"[:LABEL_CHARS]
    heading = _MARKER.sub("", p.heading).strip("。；;，,：: ")
    labelled_row = len(p.section) >= 2 and p.text.startswith(f"{p.heading}：")
    if labelled_row:
        # A row of a card or form (处置步骤：…) is one of many alike: the card it is on says which.
        heading = f"{p.section[-2]}的{re.sub(r'（[^）]*）$', '', heading)}"
    truncated = heading.endswith("…")
    heading = heading.rstrip("…")
    suffix = f"（{short}）" if short else ""
    if truncated or any(mark in heading for mark in "，,；;："):
        # An article without a title is headed by its first words (氨制冷系统的安全阀每年校验1次，…):
        # the button shows them as they are; "…有哪些要求？" after a rule reads as nonsense.
        room = LABEL_CHARS - len(suffix)
        if truncated or len(heading) > room:
            heading = heading[: max(room - 1, 4)] + "…"
        return f"{heading}{suffix}"
    if "阶段" in heading:
        ask = "要做什么？"
    elif (labelled_row or heading.endswith(_NOUN_ENDINGS)) and not truncated:
        ask = "是什么？"
    else:
        ask = "有哪些要求？"
    room = LABEL_CHARS - len(ask) - len(suffix)
    if len(heading) > room:
        heading, truncated = heading[: max(room - 1, 4)], True
    return f"{heading}{'…' if truncated else ''}{ask}{suffix}"


def best_sentences(text: str, terms: QueryTerms, analyzer: Analyzer, limit: int = 2) -> str:
    """The one or two sentences of a passage that say most of the question, in their order."""
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    if len(sentences) <= limit:
        return text.strip()
    scored = []
    for idx, sentence in enumerate(sentences):
        form = search_form(sentence).replace(" ", "")
        grams = set(char_bigrams(form))
        value = sum(w for g, w in terms.bigrams.items() if g in grams)
        value += 2 * sum(
            1.0 + w for phrase, w in terms.phrases.items() if len(phrase) >= 2 and phrase in form
        )
        scored.append((value / math.sqrt(1 + len(sentence) / 40), -idx, idx))
    chosen = sorted(idx for _, _, idx in heapq.nlargest(limit, scored))
    if not any(v > 0 for v, _, _ in scored):
        chosen = list(range(limit))
    return "".join(sentences[i] for i in chosen)


def _norm_section(text: str) -> str:
    return search_form(text).replace(" ", "")


def _resolve_citations(entry: CuratedEntry, passages: Sequence[Passage]) -> list[str]:
    """Passage keys a curated entry cites, among the ingested documents. A cited section is looked
    for in the passages' breadcrumbs, then (an item of a short list kept whole with the clause
    that opens it) in their text."""
    keys: list[str] = []
    for citation in entry.citations:
        doc = _norm_section(citation.document)
        section = _norm_section(citation.section)
        contains = _norm_section(citation.contains)
        found = next(
            (
                p
                for p in passages
                if section in _norm_section(" ".join(p.section)) and _cites(p, doc, contains)
            ),
            None,
        )
        if found is None and section:
            found = next(
                (p for p in passages if section in _norm_section(p.text) and _cites(p, doc, contains)), None
            )
        if found is not None and found.key not in keys:
            keys.append(found.key)
    return keys


def _cites(p: Passage, doc: str, contains: str) -> bool:
    """Whether passage p is of the cited document and holds the cited words."""
    if doc and doc not in _norm_section(f"{p.doc_number or ''}{p.doc_title}{p.doc_name}"):
        return False
    return not contains or contains in _norm_section(p.text)
