"""The one percentile rule of the benchmarks: nearest rank (the smallest value with at least ``share`` of the values
at or below it; no interpolation between two requests' times)."""

import math
from collections.abc import Iterable


def percentile(values: Iterable[float], share: float) -> float:
    """``share`` in (0, 1]: ``percentile(times, 0.95)`` is the p95. ``values`` must not be empty."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]
