"""Text analysis done once, in Python, for the index and for queries, so that Elasticsearch (core build:
no language analyzers, no folding, no stemmer) and the database see the same tokens.

* words: letters and digits (``[^\\W_]+``), CJK runs apart; lower-cased as typed (``exact``) and
  folded (``folded``: tones and đ removed, ``search.text.fold``);
* English stems (Snowball, ``snowballstemmer``) for the English documents and queries, so "invest" finds
  "investment" and "hospitals" finds "hospital";
* CJK: unigrams and bigrams of each run (``search.text.cjk_grams``); a query splits its runs into parts
  first (Japanese kana particles, Korean particles, Chinese function words, see ``cjk_parts``);
* typo tolerance (``fuzziness``) only where it helps: Latin-script words of five letters or more that
  are not shaped like a Vietnamese syllable. "chau" must never match "chu": a short syllable is one edit
  away from dozens of others, so fuzzy syllables match most pages and inflate counts and facets.

Failure mode kept in mind: everything here runs on every query and on every indexed document, so it is
plain regular expressions and cached lookups (no per-call model loading).
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer

from .stopwords import (
    CJK_STOP,
    JA_PARTICLES,
    JA_STOP_PARTS,
    JA_STOP_WORDS,
    KO_PARTICLES,
    KO_STOP,
    STOP_WORDS,
    VI_PLAIN_SAFE_STOP,
)
from .text import CJK_RUN, clean, fold

WORD = re.compile(r"[^\W_]+", re.UNICODE)
TOKEN = re.compile(f"{CJK_RUN.pattern}|[^\\W_]+", re.UNICODE)
LATIN = re.compile(r"^[0-9a-z\u00c0-\u024f\u1e00-\u1eff]+$")
HIRAGANA_CHARS = "".join(chr(code) for code in range(0x3040, 0x30A0))
HIRAGANA = re.compile(r"[\u3040-\u309f]+")
# A Vietnamese syllable, folded: an optional initial consonant (cluster), one to three vowels and an
# optional final consonant. "thanh", "nghiep", "muoi", "tan" are; "mango", "plant", "rice" are not.
VIETNAMESE_SYLLABLE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$"
)
FUZZY_MIN_LENGTH = 5  # shorter words are matched as typed
FUZZY_TWO_EDITS_LENGTH = 8
STEM_LANGUAGES = {"en": "english"}


@lru_cache(maxsize=8)
def _stemmer(language: str):
    return snowballstemmer.stemmer(STEM_LANGUAGES[language])


@lru_cache(maxsize=65536)
def stem(word: str, language: str = "en") -> str:
    """The Snowball stem of a lower-case word ("investment" → "invest"); the word itself for a
    language without a stemmer."""
    if language not in STEM_LANGUAGES or not word.isalpha():
        return word
    return _stemmer(language).stemWord(word)


def has_stemmer(language: str) -> bool:
    return language in STEM_LANGUAGES


def tokens(text: str | None) -> list[str]:
    """Words and CJK runs of ``text`` in order, lower-cased as written."""
    return [token.lower() for token in TOKEN.findall(clean(text))]


def word_tokens(text: str | None) -> list[str]:
    """The non-CJK words of ``text`` in order, lower-cased as written (diacritics kept)."""
    return [token for token in tokens(text) if not CJK_RUN.fullmatch(token)]


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    return fold(word).lower()


def is_vietnamese_syllable(folded_word: str) -> bool:
    return bool(VIETNAMESE_SYLLABLE.match(folded_word))


@lru_cache(maxsize=65536)
def fuzziness(word: str) -> int:
    """Edits tolerated for a (folded, lower-case) query word: 0 for short words, numbers, non-Latin
    script and Vietnamese syllables; 1 from five letters; 2 from eight."""
    if len(word) < FUZZY_MIN_LENGTH or not LATIN.match(word) or not word.isalpha():
        return 0
    if is_vietnamese_syllable(word):
        return 0
    return 2 if len(word) >= FUZZY_TWO_EDITS_LENGTH else 1


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent
    transpositions), as Elasticsearch's fuzzy queries count; ``limit + 1`` once it is over ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def is_stop_word(word: str, language: str, *, plain_query: bool) -> bool:
    """Words that say how, not what ("the", "where", "của", "near"). Vietnamese stop words are matched as
    typed (with tones): typed without tones, "cho" may be "chợ" (a market, a place name), so a query with
    no diacritics at all drops only the few that are unambiguous without them."""
    stop = STOP_WORDS.get(language, frozenset())
    if language == "vi" and plain_query:
        return word in VI_PLAIN_SAFE_STOP
    return word in stop


def cjk_parts(run: str, language: str) -> list[str]:
    """A query's CJK run cut into the parts that carry meaning: Japanese at its particles (港の近くの工場用地
    → 港, 近く, 工場用地, then 近く as a stop part; 買い手 stays whole), Korean without its
    particles and endings (연꽃을 → 연꽃, 가공하는 → 가공), Chinese at its function words (港口附近的工厂用地 →
    港口, 工厂用地). A run of stop words only leaves nothing."""
    if language == "ja":
        if HIRAGANA.fullmatch(run):
            return [run]  # a word written in hiragana (はす)
        return _japanese_parts(run)
    if language == "ko":
        if run in KO_STOP:
            return []
        return [_korean_stem(run)]
    if language == "zh-hans":
        parts = [run]
        for stop in CJK_STOP:
            parts = [piece for part in parts for piece in part.split(stop)]
        return [part for part in parts if part]
    return [run]


def _japanese_parts(run: str) -> list[str]:
    """Cut at particles: a kana stretch ending with one (くの: く stays with 近 as its ending, の cuts); a
    short stretch without one stays inside the word (買い手); a long one (ください) cuts and goes."""
    for word in JA_STOP_WORDS:
        run = run.replace(word, "|")
    parts: list[str] = []
    current = ""
    for chunk in re.split(r"([\u3040-\u309f]+|\|)", run):
        if not chunk:
            continue
        if chunk == "|" or not HIRAGANA.fullmatch(chunk):
            if chunk == "|":
                parts.append(current)
                current = ""
            else:
                current += chunk
            continue
        particle = next((p for p in JA_PARTICLES if chunk.endswith(p)), None)
        if particle is not None:
            parts.append(current + chunk[: -len(particle)])
            current = ""
        elif len(chunk) <= 2:
            current += chunk
        else:
            parts.append(current)
            current = ""
    parts.append(current)
    return [part for part in (part.strip(HIRAGANA_CHARS) for part in parts) if part and part not in JA_STOP_PARTS]


def _korean_stem(word: str) -> str:
    """The word without a trailing particle or ending, when at least two syllables remain."""
    for suffix in KO_PARTICLES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word


@dataclass
class TextTerms:
    """The tokens of one text as the index keeps them, each word with its position (the word's number
    in the text), so that phrases can be matched: the folded word, the word as written when it has
    diacritics or could have had them (a Vietnamese syllable: "tra" written so is not "trả"), its stem
    (every word, in a language with a stemmer: "invest" typed must find the stem of "investment"), and
    the CJK unigrams and bigrams."""

    folded: list[tuple[int, str]] = field(default_factory=list)
    exact: list[tuple[int, str]] = field(default_factory=list)
    stems: list[tuple[int, str]] = field(default_factory=list)
    grams: list[tuple[int, str]] = field(default_factory=list)
    next_position: int = 1


def text_terms(text: str | None, language: str, *, start: int = 1) -> TextTerms:
    """``text`` as index tokens, positions counted from ``start``."""
    found = TextTerms(next_position=start)
    stemming = has_stemmer(language)
    position = start
    for token in tokens(text):
        if CJK_RUN.fullmatch(token):
            for offset, char in enumerate(token):
                found.grams.append((position + offset, char))
                if offset + 1 < len(token):
                    found.grams.append((position + offset, token[offset : offset + 2]))
            position += len(token)
            continue
        folded = fold_word(token)
        found.folded.append((position, folded))
        if folded != token or is_vietnamese_syllable(folded):
            found.exact.append((position, token))
        if stemming:
            found.stems.append((position, stem(folded, language)))
        position += 1
    found.next_position = position
    return found


def stem_tokens(text: str | None, language: str) -> list[str]:
    """The stems of ``text``'s words in order: the ``stems`` of ``text_terms`` without the rest (the index
    asks only for these, for every document it writes). Empty in a language without a stemmer."""
    if not has_stemmer(language):
        return []
    stems = [_token_stem(token, language) for token in tokens(text)]
    return [found for found in stems if found is not None]


@lru_cache(maxsize=65536)
def _token_stem(token: str, language: str) -> str | None:
    """One token's stem, ``None`` for a CJK run (a bulk load asks for the same few thousand words)."""
    if CJK_RUN.fullmatch(token):
        return None
    return stem(fold_word(token), language)


def joined(pairs: list[tuple[int, str]]) -> str:
    """Tokens space-separated and space-padded (" a b "), so ``LIKE '% a %'`` matches a whole word."""
    return f" {' '.join(token for _position, token in pairs)} " if pairs else ""


def syllable_pairs(words: list[str]) -> list[str]:
    """Adjacent Vietnamese syllables ("cao lanh", "kho lanh"): a query's syllables are grouped into words
    by how often the pair occurs in the index (``search.query``), so the index counts them."""
    return [
        f"{first} {second}"
        for first, second in zip(words, words[1:], strict=False)
        if is_vietnamese_syllable(first) and is_vietnamese_syllable(second)
    ]


EXACT_PREFIX = "="  # a word as written, apart from the folded words: "=cá" is not "ca"


def vocabulary_of(words: str, stems: str, grams: str, exact: str) -> set[str]:
    """The lexemes whose document frequency the database keeps (``SearchTerm``), from an entry's token
    columns: folded words, stems, Vietnamese syllable pairs, CJK grams and the words as written."""
    tokens_ = words.split()
    found = set(tokens_) | set(stems.split()) | set(grams.split()) | set(syllable_pairs(tokens_))
    found |= {EXACT_PREFIX + token for token in exact.split()}
    return {token for token in found if len(token) <= 60}
