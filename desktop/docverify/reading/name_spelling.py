"""Name letters, which have no check digit, spelt as real names are: the letter trigrams of
the name prior choose among the letters the recogniser hesitated over, and a word no list knows
may take the one letter that makes it a known name word."""

from __future__ import annotations

import itertools
import math

from docverify.config import READING
from docverify.mrz.layout import Span
from docverify.reading.cells import Cell, marked_doubtful
from docverify.reading.name_prior import NamePrior, name_prior


def repair_names(rows: list[list[Cell]], span: Span) -> list[tuple[int, int, str, str]]:
    """Letters of the name the recogniser hesitated over, spelt as real names are: each word's
    doubtful letters take the choice best on log P(read) + weight x log P(name-like); a word
    left as no name is spelt, one letter from a known name word, may take that letter."""
    row = rows[span.line]
    cells = list(span.columns())
    prior = name_prior()
    changes = []
    word: list[int] = []
    for c in [*cells, None]:
        if c is not None and row[c].char.isalpha():
            word.append(c)
            continue
        respelt = _respell(row, word, prior, span.line)
        # A word that fills the field to its end may be truncated: no list knows it so.
        if not respelt and word and word[-1] != cells[-1]:
            respelt = _to_known(row, word, prior, span.line)
        changes += respelt
        word = []
    return changes


def _to_known(row: list[Cell], word: list[int], prior: NamePrior, line: int
              ) -> list[tuple[int, int, str, str]]:
    """A word no list knows, and spelt unlike names, that one letter the recogniser also saw
    there turns into a known name word (JOHV with N at 0.03: JOHN): the likeliest such letter,
    if no other known word is nearly as likely (SHIN or SHIH stays as read). Marked doubtful."""
    if len(word) < READING.name_known_min_letters:
        return []
    spelt = [row[c].char for c in word]
    as_read = "".join(spelt)
    # A reading spelt as names are (ZIHAN, VELDE) may be a real name no list has.
    if (prior.is_known(as_read) or prior.log_prob(as_read) / (len(as_read) + 1)
            > READING.name_known_max_likeness):
        return []
    found = []
    for k, c in enumerate(word):
        ch = row[c]
        read = dict(ch.alts).get(ch.char, ch.conf)
        for a, p in ch.alts:
            if a.isalpha() and a != ch.char and p >= READING.name_known_min_alternative:
                if prior.is_known("".join(spelt[:k]) + a + "".join(spelt[k + 1:])):
                    found.append((p / max(read, 1e-6), c, a, p))
    if not found:
        return []
    found.sort(reverse=True)
    if len(found) > 1 and found[1][0] * READING.name_known_margin > found[0][0]:
        return []
    _ratio, c, a, p = found[0]
    old = row[c].char
    row[c].char, row[c].conf = a, marked_doubtful(min(p, row[c].conf))
    return [(line, c, old, a)]


def _respell(row: list[Cell], word: list[int], prior: NamePrior, line: int
             ) -> list[tuple[int, int, str, str]]:
    if len(word) < 2:
        return []  # an initial has no spelling to judge
    options = []
    for c in word:
        ch = row[c]
        if ch.conf >= READING.name_prior_below_confidence:
            continue
        if ch.alts and ch.alts[0][0] != ch.char:
            # The column's class replaced a digit read here: its letter and the other faint
            # letters compete with the probabilities the recogniser gave them.
            read = (ch.char, dict(ch.alts).get(ch.char, ch.conf))
            floor, count = READING.name_prior_min_class_alternative, 2
        else:
            read, floor, count = (ch.char, ch.conf), READING.name_prior_min_alternative, 1
        alts = [(a, p) for a, p in ch.alts
                if a.isalpha() and a != ch.char and p >= floor]
        if alts:
            options.append((c, [read, *alts[:count]]))
    if not options:
        return []
    options = sorted(options, key=lambda o: row[o[0]].conf)[: READING.name_prior_max_positions]
    letters = {c: row[c].char for c in word}

    def name_like(choice: tuple[tuple[str, float], ...]) -> float:
        spelt = dict(letters)
        for (c, _), (a, _p) in zip(options, choice, strict=True):
            spelt[c] = a
        spelling = "".join(spelt[c] for c in word)
        known = READING.name_prior_known_bonus if prior.is_known(spelling) else 0.0
        return prior.log_prob(spelling) + known

    def score(choice: tuple[tuple[str, float], ...]) -> float:
        read = sum(math.log(max(p, 1e-4)) for _a, p in choice)
        return read + READING.name_prior_weight * name_like(choice)

    choices = list(itertools.product(*(opts for _, opts in options)))
    best = max(choices, key=score)
    if name_like(best) - name_like(choices[0]) < READING.name_prior_min_gain:
        return []
    out = []
    for (c, _), (a, p) in zip(options, best, strict=True):
        if a != row[c].char:
            out.append((line, c, row[c].char, a))
            row[c].char, row[c].conf = a, min(p, row[c].conf)
    return out
