"""Synonyms as data: the ``SearchSynonym`` sets editors keep in the admin, applied to queries by every
backend (``search.query`` expands a word or phrase of a set into the whole set).

Each language's sets are read once and kept in the cache (``CACHE_URL``: shared by every app server in
production) until a set is saved or deleted, which drops that language's entry; the entry also expires
after ``CACHE_SECONDS``, so a process with a cache of its own catches up by itself.

Matching is on folded words ("ho sen" and "hồ sen" are the same key) and, for Chinese, Japanese and
Korean, on the characters themselves: ハス inside ハス加工 is found and the rest stays a part of its own.
"""

import threading
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from .analysis import fold_word, tokens
from .models import SearchSynonym
from .text import CJK_RUN

CACHE_KEY = "portal:search:synonyms:{language}"
CACHE_SECONDS = 300
MAX_PHRASE_WORDS = 5


@dataclass(frozen=True)
class SynonymTerm:
    text: str  # as the editor wrote it
    words: tuple[str, ...]  # its words, folded (empty for a CJK term)
    cjk: str  # a CJK term ("" for words)


@dataclass
class SynonymIndex:
    """One language's sets: which word sequences and CJK strings belong to which set."""

    groups: list[tuple[SynonymTerm, ...]] = field(default_factory=list)
    by_words: dict[tuple[str, ...], int] = field(default_factory=dict)
    by_word_set: dict[frozenset, int] = field(default_factory=dict)  # two or three words, in any order
    by_cjk: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, term_lists: list[list[str]]) -> "SynonymIndex":
        index = cls()
        for term_list in term_lists:
            terms = tuple(term for term in (_term(text) for text in term_list) if term is not None)
            if len(terms) < 2:
                continue
            number = len(index.groups)
            index.groups.append(terms)
            for term in terms:
                if term.cjk:
                    index.by_cjk.setdefault(term.cjk, number)
                else:
                    index.by_words.setdefault(term.words, number)
                    if 2 <= len(term.words) <= 3 and len(set(term.words)) == len(term.words):
                        index.by_word_set.setdefault(frozenset(term.words), number)
        return index

    def match_words(self, words: list[str], start: int) -> tuple[int, int] | None:
        """``(set number, words used)`` of the longest set phrase starting at ``words[start]`` (folded)."""
        for length in range(min(MAX_PHRASE_WORDS, len(words) - start), 0, -1):
            number = self.by_words.get(tuple(words[start : start + length]))
            if number is not None:
                return number, length
        return None

    def split_cjk(self, text: str) -> list[tuple[str, int | None]]:
        """``text`` cut into ``(part, set number or None)``: the longest set terms found in it, and the rest."""
        if not self.by_cjk:
            return [(text, None)]
        keys = sorted(self.by_cjk, key=len, reverse=True)
        for key in keys:
            position = text.find(key)
            if position != -1:
                before, after = text[:position], text[position + len(key) :]
                return [
                    *(self.split_cjk(before) if before else []),
                    (key, self.by_cjk[key]),
                    *(self.split_cjk(after) if after else []),
                ]
        return [(text, None)]


def _term(text: str) -> SynonymTerm | None:
    parts = tokens(text)
    if not parts:
        return None
    if len(parts) == 1 and CJK_RUN.fullmatch(parts[0]):
        return SynonymTerm(text=text, words=(), cjk=parts[0])
    if any(CJK_RUN.fullmatch(part) for part in parts):
        return None  # words mixed with CJK characters: not a query shape we match
    return SynonymTerm(text=text, words=tuple(fold_word(part) for part in parts), cjk="")


_built: dict[str, tuple[list, SynonymIndex]] = {}
_built_lock = threading.Lock()


def synonym_index(language: str) -> SynonymIndex:
    """The language's sets (read from the cache, or from the database once it expired)."""
    key = CACHE_KEY.format(language=language)
    term_lists = cache.get(key)
    if term_lists is None:
        term_lists = [synonym.term_list for synonym in SearchSynonym.objects.filter(language=language)]
        cache.set(key, term_lists, CACHE_SECONDS)
    with _built_lock:
        built = _built.get(language)
        if built is None or built[0] != term_lists:
            built = (term_lists, SynonymIndex.build(term_lists))
            _built[language] = built
    return built[1]


def synonyms_forget(language: str | None = None) -> None:
    languages = [language] if language else [code for code, _name in settings.LANGUAGES]
    cache.delete_many([CACHE_KEY.format(language=code) for code in languages])


def _changed(sender, instance, **kwargs):
    synonyms_forget(instance.language)


def connect() -> None:
    post_save.connect(_changed, sender=SearchSynonym, dispatch_uid="portal_search_synonym_saved")
    post_delete.connect(_changed, sender=SearchSynonym, dispatch_uid="portal_search_synonym_deleted")
