"""Counts about people, safe to publish (statistical disclosure control; imports no app).

A table of counts about people (students abroad by country, say) must not let a reader single
anyone out. ``protect_counts`` applies two rules to one table whose overall total is published:

1. **Primary suppression**: a count below ``threshold`` (3) is shown as "fewer than 3".
2. **Complementary suppression**: the total minus the shown counts gives the sum of the hidden
   ones; more cells are withheld (smallest first) until that sum no longer pins down any small
   count — every value from 1 to ``threshold - 1`` stays possible for each of them. A table
   that cannot be protected that way is not published at all (``None``).

What a reader knows of a hidden cell: a "fewer than 3" cell holds 1 or 2, a withheld cell at
least 3. ``is_protected`` checks that, for the published total, each small cell could hold any
of its possible values with the other hidden cells still in their ranges.
"""

import math
from dataclasses import dataclass

THRESHOLD = 3

SHOWN, SMALL, WITHHELD = "shown", "small", "withheld"


@dataclass(frozen=True)
class Cell:
    key: object
    label: str
    kind: str  # SHOWN, SMALL or WITHHELD
    count: int | None  # None unless shown


def is_protected(small_count, withheld_count, hidden_sum, threshold=THRESHOLD):
    """True when ``hidden_sum`` (the total minus the shown cells) leaves every value from 1 to
    ``threshold - 1`` possible for each of the ``small_count`` small cells, the other small
    cells holding 1 to ``threshold - 1`` and the ``withheld_count`` cells ``threshold`` or more."""
    if not small_count:
        return True
    others = small_count - 1
    lowest = others + threshold * withheld_count
    highest = others * (threshold - 1) if not withheld_count else math.inf
    return all(lowest <= hidden_sum - value <= highest for value in range(1, threshold))


def protect_counts(counts, labels=None, threshold=THRESHOLD):
    """The cells of one table of positive ``counts`` ({key: n}) in descending order of count
    (then label), with small cells and their complements hidden; ``None`` when no safe table
    exists. ``labels`` ({key: label}) defaults to ``str(key)``."""
    labels = labels or {}
    counts = {key: n for key, n in counts.items() if n > 0}
    small = {key for key, n in counts.items() if n < threshold}
    withheld = set()

    def hidden_sum():
        return sum(counts[key] for key in small | withheld)

    candidates = sorted(
        (key for key in counts if key not in small), key=lambda key: (counts[key], str(key))
    )
    while not is_protected(len(small), len(withheld), hidden_sum(), threshold):
        if not candidates:
            return None
        withheld.add(candidates.pop(0))

    def cell(key):
        label = str(labels.get(key, key))
        if key in small:
            return Cell(key, label, SMALL, None)
        if key in withheld:
            return Cell(key, label, WITHHELD, None)
        return Cell(key, label, SHOWN, counts[key])

    cells = [cell(key) for key in counts]
    # Shown counts first (largest first); hidden cells after, by label only (their order must
    # not reveal which is larger).
    cells.sort(key=lambda c: (c.kind != SHOWN, -(c.count or 0), c.label))
    return cells
