"""What a query means, worked out once for every backend (Elasticsearch and the database build their
own query language from the same ``QueryPlan``).

1. **Words and parts.** The query is cut into words and CJK runs (``search.analysis``); runs are cut
   into the parts that carry meaning (Japanese particles, Korean endings, Chinese function words).
2. **Synonyms.** A word, a phrase or a CJK part that belongs to a synonym set of the language
   (``search.synonyms``, editable in the admin) becomes one clause whose alternatives are the whole set;
   what was typed stays the first alternative and ranks a little higher.
3. **Stop words** ("the", "where", "của", "near") are dropped (``search.stopwords``), unless nothing
   else is left.
4. **What the index knows** (``refine``, with document frequencies the backend counts: ``probes``).
   Vietnamese syllables that the index keeps together are one word ("cao lãnh", "du lịch", "kho lạnh":
   the pair occurs in at least half the pages that have the rarer syllable), so "Khu du lịch sinh thái
   Tam Nông" is four words, not seven syllables. A clause found in more than ``COMMON_SHARE`` of the
   pages ("investment", "đầu tư", "province") is common: it ranks but is not required, so the words that
   say what the investor wants decide what is found.
5. **How many must match.** Up to three required clauses, all; four, three; from five, 60 % (rounded
   up): "land for a factory near the port" does not fail because one word is missing from the page.
   When this strict pass finds fewer than ``LOOSE_BELOW`` results and a looser one exists (40 % of two
   or more clauses, rounded up; half the grams of a long CJK run, or its characters one by one), the
   loose pass follows, ranking the strict matches first. It is kept only if every required clause occurs
   somewhere in the index, or if it stays selective: a word the portal never uses ("semiconductor",
   "thép") is what the query is about, and dropping it would answer another question. When the counts
   already foretell it (``expects_loose``), a backend may send both passes at once (Elasticsearch: one
   ``_msearch``); the strict pass's own count still decides.
6. **Each word**: folded (tones and đ removed) for matching, as typed for the exact-first tier when it
   was typed with diacritics, its English stem in English, and the typo tolerance it allows
   (``search.analysis.fuzziness``: never for a Vietnamese syllable).

Ranking, the same on every backend (the weights below): matched clauses first (a page that matches more
of the query ranks higher), then clauses matched exactly as typed (with the same diacritics: "thuế"
before "thuê", "lạnh" before "Lãnh", "cá tra" before "cả"/"trả"), then the engine's own relevance with
title and phrase boosts, then the newest.

Long, odd or hostile input is reduced to words and CJK runs: no syntax survives to reach a query parser.
"""

import math
import re
from dataclasses import dataclass, replace

from .analysis import cjk_parts, fold_word, fuzziness, has_stemmer, is_stop_word, is_vietnamese_syllable, stem, tokens
from .synonyms import SynonymIndex, synonym_index
from .text import CJK_RUN, cjk_query_grams, cjk_runs, fold, has_diacritics, is_latin, words

MAX_QUERY_WORDS = 24
MAX_CJK_RUNS = 8
MAX_CLAUSES = 16
LOOSE_BELOW = 3  # a strict pass with fewer results than this is followed by the loose one
COMMON_SHARE = 0.4  # a clause in more of the pages than this is common (ranked, not required)
COMMON_MIN_PAGES = 20  # below this many pages in the language, nothing is common
COHESION = 0.5  # two syllables are one word when the pair is in this share of the rarer one's pages
SELECTIVE_SHARE = 0.02  # a loose pass that drops an unknown word must find at most this share (or 3)
# Ranking weights (both backends): each tier outweighs everything below it.
CLAUSE_WEIGHT = 100_000.0  # per required clause matched
COMMON_WEIGHT = 10_000.0  # per common clause matched
EXACT_WEIGHT = 1_000.0  # per clause matched with the diacritics as typed
SYNONYM_FACTOR = 0.8  # a synonym's relevance, against what was typed
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class ParsedQuery:
    """The lexical view of a query (words as typed and folded, CJK runs), used by type-ahead."""

    text: str
    folded: str
    words: tuple[str, ...]
    folded_words: tuple[str, ...]
    cjk: tuple[str, ...]
    latin: bool  # every word is Latin script
    diacritics: bool  # typed with diacritics

    @property
    def empty(self) -> bool:
        return not self.words and not self.cjk


def parse_query(q: str) -> ParsedQuery:
    word_list = [word.lower() for word in words(q)][:MAX_QUERY_WORDS]
    folded_list = [fold(word) for word in word_list]
    runs = tuple(run[:40] for run in cjk_runs(q)[:MAX_CJK_RUNS])
    return ParsedQuery(
        text=" ".join(word_list),
        folded=" ".join(folded_list),
        words=tuple(word_list),
        folded_words=tuple(folded_list),
        cjk=runs,
        latin=is_latin(word_list),
        diacritics=any(has_diacritics(word) for word in word_list),
    )


@dataclass(frozen=True)
class Term:
    """One word of an alternative."""

    folded: str
    exact: str = ""  # as typed (lower-case) when typed with diacritics: the exact-first tier
    stem: str = ""  # its English stem (English: every word, "invest" must find the stem of "investment")
    fuzzy: int = 0  # edits tolerated
    corrections: tuple[str, ...] = ()  # indexed words it may have been meant as (the database's typo tolerance)

    @property
    def forms(self) -> tuple[str, ...]:
        """Every indexed form that matches this word (besides fuzzy ones on Elasticsearch)."""
        return tuple(dict.fromkeys(form for form in (self.folded, self.stem, *self.corrections) if form))


@dataclass(frozen=True)
class Alternative:
    """One way a clause can match: words (a phrase when several, in order) or a CJK string (by its grams)."""

    terms: tuple[Term, ...] = ()
    cjk: str = ""
    synonym: bool = False

    @property
    def grams(self) -> tuple[str, ...]:
        return tuple(cjk_query_grams(self.cjk)) if self.cjk else ()

    def required_grams(self, *, loose: bool) -> int:
        """How many of the grams must be in a page: both of a short run; of a longer one two thirds
        (strict) or half (loose), since a compound typed without its space (냉동창고) has a gram across
        the space that the page's "냉동 창고" lacks."""
        count = len(self.grams)
        if count <= 2:
            return count
        return math.ceil(count / 2) if loose else math.ceil(count * 2 / 3)

    @property
    def han(self) -> bool:
        """Chinese characters only (kanji, hanzi), where each character carries meaning."""
        return bool(self.cjk) and all(HAN.match(char) for char in self.cjk)

    @property
    def by_characters(self) -> bool:
        """A Chinese-character run of three or more also matches by its characters, one by one: every
        character and at least one of its pairs (none in the loose pass). 虾养殖 finds 虾 … 养殖."""
        return self.han and len(self.cjk) >= 3

    @property
    def relaxes(self) -> bool:
        """The loose pass asks less of it (fewer grams, or its characters without a pair)."""
        return bool(self.cjk) and (
            self.required_grams(loose=True) < self.required_grams(loose=False) or self.by_characters
        )

    @property
    def exact_forms(self) -> tuple[str, ...]:
        return tuple(term.exact for term in self.terms if term.exact)

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(term.folded for term in self.terms)


@dataclass(frozen=True)
class Probe:
    """Something whose document frequency a plan asks for: words (one, or a phrase in order, with the
    other forms of a single word and its typo tolerance), or a CJK string and how many of its grams."""

    words: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    fuzzy: int = 0
    cjk: str = ""
    grams_required: int = 0
    exact: bool = False  # ``words`` as written (diacritics and all), not folded

    @classmethod
    def of(cls, alternative: "Alternative") -> "Probe":
        if alternative.cjk:
            return cls(cjk=alternative.cjk, grams_required=alternative.required_grams(loose=True))
        if len(alternative.terms) == 1:
            term = alternative.terms[0]
            return cls(
                words=(term.folded,), forms=tuple(form for form in term.forms if form != term.folded), fuzzy=term.fuzzy
            )
        return cls(words=alternative.words)


@dataclass(frozen=True)
class Frequencies:
    """How many pages of the language there are, and how many have each probe."""

    total: int
    counts: dict

    def of(self, probe: Probe) -> int:
        return self.counts.get(probe, 0)


@dataclass(frozen=True)
class Clause:
    alternatives: tuple[Alternative, ...]
    position: int = 0  # where it starts among the query's words (two clauses are adjacent: +1)

    @property
    def typed(self) -> Alternative:
        return self.alternatives[0]

    @property
    def exact_forms(self) -> tuple[str, ...]:
        """The typed words with diacritics: all of them in a page is an exact match of the clause."""
        return self.typed.exact_forms


@dataclass(frozen=True)
class QueryPlan:
    language: str
    clauses: tuple[Clause, ...] = ()
    strict: int = 0  # required clauses the first pass needs
    loose: int = 0  # required clauses the second pass needs (== strict: no second pass but CJK grams)
    phrase: tuple[str, ...] = ()  # the query's words, folded, in order (title and phrase boosts)
    cjk_text: str = ""  # the query's CJK runs, joined
    required_mask: tuple[bool, ...] = ()  # per clause: counts towards strict/loose (False: common)
    counts: tuple[int, ...] = ()  # per clause: pages that have it (-1: not counted)
    total: int = 0  # pages in the language (0: not counted)

    @property
    def required_clauses(self) -> list[Clause]:
        return [clause for clause, needed in zip(self.clauses, self.required_mask, strict=True) if needed]

    @property
    def common_clauses(self) -> list[Clause]:
        return [clause for clause, needed in zip(self.clauses, self.required_mask, strict=True) if not needed]

    def wants_loose(self, strict_count: int) -> bool:
        """Whether the loose pass follows a strict one that found ``strict_count`` pages: when it found
        little (nothing, for a query of one or two required words)."""
        if not self.has_second_pass or strict_count >= LOOSE_BELOW:
            return False
        return strict_count == 0 or len(self.required_clauses) >= 3

    def expects_loose(self) -> bool:
        """Whether the counts foretell that the loose pass will follow: a required clause that few pages have
        (none, for a query of one or two required words). A guess (a clause counts the pages of its most
        frequent alternative, and the counts are a few seconds old): ``wants_loose`` with the strict pass's
        own count still decides. A backend may then ask for both passes at once."""
        counted = [count for count, needed in zip(self.counts, self.required_mask, strict=True) if needed]
        if not counted or min(counted) < 0:  # not counted: nothing foretold
            return False
        return self.wants_loose(min(counted))

    def loose_accepted(self, loose_count: int) -> bool:
        """Whether the loose pass's answer stands: every required clause occurs in the index, or the
        answer stays small (``SELECTIVE_SHARE`` of the pages, at least 3)."""
        known = all(count != 0 for count, needed in zip(self.counts, self.required_mask, strict=True) if needed)
        return known or loose_count <= max(LOOSE_BELOW, SELECTIVE_SHARE * self.total)

    def rarity(self, number: int) -> float:
        """How much a clause says: ``ln(1 + pages / pages with it)`` (1 before counting)."""
        count = self.counts[number] if number < len(self.counts) else -1
        if count < 0 or not self.total:
            return 1.0
        return math.log(1 + self.total / max(count, 1))

    def probes(self) -> list[Probe]:
        """What ``refine`` needs counted: every alternative, each pair of adjacent syllables, and those
        syllables as typed (with their diacritics, when the query has them)."""
        found = [Probe.of(alternative) for clause in self.clauses for alternative in clause.alternatives]
        for first, second, pair in self._syllable_pairs():
            found.append(Probe(words=pair))
            found += [self._exact_probe(self.clauses[number]) for number in (first, second)]
        return list(dict.fromkeys(probe for probe in found if probe is not None))

    @staticmethod
    def _exact_probe(clause: "Clause") -> Probe | None:
        exact = clause.typed.terms[0].exact
        return Probe(words=(exact,), exact=True) if exact else None

    @property
    def loose_exact(self) -> bool:
        """When the loose pass drops a word the index does not know, the clauses typed with diacritics
        must match as typed: "khai thác than đá" must not become "khai thác" and any "đa"."""
        return self.has_exact and any(
            count == 0 for count, needed in zip(self.counts, self.required_mask, strict=True) if needed
        )

    def coordination(self, number: int) -> float:
        """What matching clause ``number`` is worth: rarer clauses more (``rarity``), common ones less."""
        base = CLAUSE_WEIGHT if self.required_mask[number] else COMMON_WEIGHT
        return base * self.rarity(number)

    def _syllable_pairs(self) -> list[tuple[int, int, tuple[str, str]]]:
        pairs = []
        for number in range(len(self.clauses) - 1):
            first, second = self.clauses[number], self.clauses[number + 1]
            if second.position == first.position + 1 and _single_syllable(first) and _single_syllable(second):
                pairs.append((number, number + 1, (first.typed.terms[0].folded, second.typed.terms[0].folded)))
        return pairs

    def refine(self, frequencies: Frequencies) -> "QueryPlan":
        """The plan with what the index knows (see the module docstring, step 4)."""
        clauses = list(self.clauses)

        def count(clause: Clause) -> int:
            return max(frequencies.of(Probe.of(alternative)) for alternative in clause.alternatives)

        def syllable_count(clause: Clause) -> int:
            exact = self._exact_probe(clause)
            return frequencies.of(exact) if exact is not None else count(clause)

        candidates = []
        for first, second, pair in self._syllable_pairs():
            together = frequencies.of(Probe(words=pair))
            rarer = min(syllable_count(clauses[first]), syllable_count(clauses[second]))
            if together and together >= COHESION * rarer:
                candidates.append((together / max(rarer, 1), together, first, second))
        merged: dict[int, Clause] = {}
        taken: set[int] = set()
        for _ratio, _together, first, second in sorted(candidates, reverse=True):
            if first in taken or second in taken:
                continue
            taken |= {first, second}
            terms = (clauses[first].typed.terms[0], clauses[second].typed.terms[0])
            merged[first] = Clause((Alternative(terms=terms),), position=clauses[first].position)
        clauses = [
            merged.get(number, clause)
            for number, clause in enumerate(clauses)
            if number in merged or number not in taken
        ]
        counts = [
            frequencies.of(Probe(words=clause.typed.words))
            if len(clause.typed.terms) == 2 and len(clause.alternatives) == 1
            else count(clause)
            for clause in clauses
        ]
        common = [
            frequencies.total >= COMMON_MIN_PAGES and found > COMMON_SHARE * frequencies.total for found in counts
        ]
        required_mask = tuple(not flag for flag in common) if not all(common) else tuple(True for _ in clauses)
        strict, loose = required(sum(required_mask))
        return replace(
            self,
            clauses=tuple(clauses),
            strict=strict,
            loose=loose,
            required_mask=required_mask,
            counts=tuple(counts),
            total=frequencies.total,
        )

    @property
    def empty(self) -> bool:
        return not self.clauses

    @property
    def has_second_pass(self) -> bool:
        """Whether a loose pass can find more: fewer clauses, or fewer grams of a long CJK run."""
        return self.loose < self.strict or any(
            alternative.relaxes for clause in self.required_clauses for alternative in clause.alternatives
        )

    @property
    def has_exact(self) -> bool:
        return any(clause.exact_forms for clause in self.clauses)

    def highlight_terms(self) -> tuple[list[str], list[str]]:
        """``(folded words and stems, CJK strings)`` of every alternative, for highlighting."""
        found_words: dict[str, None] = {}
        found_cjk: dict[str, None] = {}
        for clause in self.clauses:
            for alternative in clause.alternatives:
                for term in alternative.terms:
                    found_words.update(dict.fromkeys(term.forms))
                if alternative.cjk:
                    found_cjk[alternative.cjk] = None
        return list(found_words), list(found_cjk)

    def with_corrections(self, corrections: dict[str, tuple[str, ...]]) -> "QueryPlan":
        """The same plan with ``{folded word: indexed words}`` added to its terms (database typo tolerance)."""
        if not corrections:
            return self

        def corrected(term: Term) -> Term:
            found = corrections.get(term.folded)
            return replace(term, corrections=found) if found else term

        clauses = tuple(
            replace(
                clause,
                alternatives=tuple(
                    replace(alt, terms=tuple(corrected(t) for t in alt.terms)) for alt in clause.alternatives
                ),
            )
            for clause in self.clauses
        )
        return replace(self, clauses=clauses)


def required(count: int) -> tuple[int, int]:
    """``(strict, loose)`` clauses required out of ``count`` required clauses."""
    if count <= 3:
        strict = count
    elif count == 4:
        strict = 3
    else:
        strict = math.ceil(count * 0.6)
    loose = max(1, math.ceil(count * 0.4)) if count >= 2 else count
    return strict, loose


def _single_syllable(clause: Clause) -> bool:
    """A clause that is one Vietnamese syllable as typed, without synonyms (may join its neighbour)."""
    if len(clause.alternatives) != 1 or len(clause.typed.terms) != 1:
        return False
    return is_vietnamese_syllable(clause.typed.terms[0].folded)


def _term(word: str, language: str, *, typed: bool, exact_tier: bool = False) -> Term:
    """A word of the query; ``exact_tier``: the query was typed with diacritics, so each Vietnamese word
    of it is meant as typed, marks or none ("cá tra": "cá" and "tra", not "cả" or "trả")."""
    folded = fold_word(word)
    stemmed = stem(folded, language) if has_stemmer(language) else folded
    as_typed = exact_tier and (has_diacritics(word) or is_vietnamese_syllable(folded))
    return Term(
        folded=folded,
        exact=word if typed and as_typed else "",
        stem=stemmed if has_stemmer(language) else "",
        fuzzy=fuzziness(folded) if typed else 0,
    )


def _synonym_clause(index: SynonymIndex, number: int, typed: Alternative, language: str) -> Clause:
    alternatives = [typed]
    for term in index.groups[number]:
        if term.cjk:
            alternative = Alternative(cjk=term.cjk, synonym=True)
        else:
            alternative = Alternative(
                terms=tuple(_term(word, language, typed=False) for word in term.words), synonym=True
            )
        if alternative.words != typed.words or alternative.cjk != typed.cjk:
            alternatives.append(alternative)
    return Clause(tuple(alternatives))


def _segments(raw: list[str]) -> list[tuple[str, list[str]]]:
    """Consecutive words grouped, CJK runs apart: ``[("words", [...]), ("cjk", [run]), ...]``."""
    segments: list[tuple[str, list[str]]] = []
    for token in raw:
        kind = "cjk" if CJK_RUN.fullmatch(token) else "words"
        if kind == "words" and segments and segments[-1][0] == "words":
            segments[-1][1].append(token)
        else:
            segments.append((kind, [token]))
    return segments


def _clauses(raw: list[str], language: str, index: SynonymIndex, *, drop_stop_words: bool) -> list[Clause]:
    plain = not any(has_diacritics(token) for token in raw)
    exact_tier = not plain
    clauses: list[Clause] = []
    offset = 0  # the position of the segment's first token among all tokens
    segments = _segments(raw)
    for kind, items in segments:
        if kind == "words":
            folded = [fold_word(word) for word in items]
            position = 0
            while position < len(items):
                match = index.match_words(folded, position)
                if match:
                    number, length = match
                    typed = Alternative(
                        terms=tuple(
                            _term(word, language, typed=True, exact_tier=exact_tier)
                            for word in items[position : position + length]
                        )
                    )
                    clauses.append(replace(_synonym_clause(index, number, typed, language), position=offset + position))
                    position += length
                    continue
                word = items[position]
                position += 1
                if drop_stop_words and is_stop_word(word, language, plain_query=plain):
                    continue
                typed = Alternative(terms=(_term(word, language, typed=True, exact_tier=exact_tier),))
                clauses.append(Clause((typed,), position=offset + position - 1))
            offset += len(items)
            continue
        clauses += _cjk_clauses(items[0][:40], language, index, drop_stop_words=drop_stop_words, position=offset)
        offset += 1
    clauses = _join_spaced_compounds(clauses, index, language)
    clauses = _join_scattered_phrases(clauses, index, language)
    unique: dict[tuple, Clause] = {}
    for clause in clauses:
        unique.setdefault(tuple((alt.words, alt.cjk) for alt in clause.alternatives), clause)
    return list(unique.values())[:MAX_CLAUSES]


def _cjk_clauses(run: str, language: str, index: SynonymIndex, *, drop_stop_words: bool, position: int) -> list[Clause]:
    clauses = []
    for part in cjk_parts(run, language) if drop_stop_words else [run]:
        for piece, number in index.split_cjk(part):
            typed = Alternative(cjk=piece)
            clause = _synonym_clause(index, number, typed, language) if number is not None else Clause((typed,))
            clauses.append(replace(clause, position=position))
    return clauses


def _join_scattered_phrases(clauses: list[Clause], index: SynonymIndex, language: str) -> list[Clause]:
    """Two or three neighbouring words that are a synonym phrase in another order or with stop words
    between them ("land for a factory": "factory land") become that phrase's clause."""
    if not index.by_word_set:
        return clauses
    joined: list[Clause] = []
    number = 0
    while number < len(clauses):
        for length in (3, 2):
            group = clauses[number : number + length]
            if len(group) < length or not all(_plain_word(clause) for clause in group):
                continue
            if group[-1].position - group[0].position > length + 2:  # only stop words between them
                continue
            found = index.by_word_set.get(frozenset(clause.typed.terms[0].folded for clause in group))
            if found is None:
                continue
            typed = Alternative(terms=tuple(clause.typed.terms[0] for clause in group))
            joined.append(replace(_synonym_clause(index, found, typed, language), position=group[0].position))
            number += length
            break
        else:
            joined.append(clauses[number])
            number += 1
    return joined


def _plain_word(clause: Clause) -> bool:
    return len(clause.typed.terms) == 1 and not clause.typed.cjk


def _join_spaced_compounds(clauses: list[Clause], index: SynonymIndex, language: str) -> list[Clause]:
    """Adjacent CJK words that together are a synonym term become that term's clause: Korean is spaced
    freely, and "공장 부지" is the set's "공장부지"."""
    joined: list[Clause] = []
    number = 0
    while number < len(clauses):
        clause = clauses[number]
        if number + 1 < len(clauses) and len(clause.alternatives) == 1 and clause.typed.cjk:
            following = clauses[number + 1]
            if len(following.alternatives) == 1 and following.typed.cjk and following.position == clause.position + 1:
                together = clause.typed.cjk + following.typed.cjk
                found = index.by_cjk.get(together)
                if found is not None:
                    synonym = _synonym_clause(index, found, Alternative(cjk=together), language)
                    joined.append(replace(synonym, position=clause.position))
                    number += 2
                    continue
        joined.append(clause)
        number += 1
    return joined


def query_plan(q: str, language: str, *, synonyms: SynonymIndex | None = None) -> QueryPlan:
    """The plan of query ``q`` in ``language`` (the language's synonym sets unless ``synonyms`` is given)."""
    raw = tokens(q)
    words_only = [token for token in raw if not CJK_RUN.fullmatch(token)][:MAX_QUERY_WORDS]
    runs = [token for token in raw if CJK_RUN.fullmatch(token)][:MAX_CJK_RUNS]
    kept = set(words_only) | set(runs)
    raw = [token for token in raw if token in kept]
    if not raw:
        return QueryPlan(language=language)
    index = synonym_index(language) if synonyms is None else synonyms
    clauses = _clauses(raw, language, index, drop_stop_words=True) or _clauses(
        raw, language, index, drop_stop_words=False
    )
    strict, loose = required(len(clauses))
    return QueryPlan(
        language=language,
        clauses=tuple(clauses),
        strict=strict,
        loose=loose,
        phrase=tuple(fold_word(word) for word in words_only),
        cjk_text=" ".join(runs),
        required_mask=tuple(True for _clause in clauses),
        counts=tuple(-1 for _clause in clauses),
    )
