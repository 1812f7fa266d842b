"""What every benchmark shares: a measure, the run context, timing helpers, prepared folders."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.generate import FULL, QUICK, QUICK_SCALE, SCALE, Size


@dataclass
class Measure:
    """One line of the table: a figure, its bar from docs/design.md §11 (None: reported only)."""

    name: str
    value: float
    unit: str
    target: float | None = None
    higher_is_better: bool = False
    runs: int = 1
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """Value divided by target (below 1 is within the bar when lower is better)."""
        return None if not self.target else self.value / self.target

    @property
    def status(self) -> str:
        """``pass``, ``FAIL``, or ``info`` for a figure without a bar."""
        if self.target is None:
            return "info"
        met = self.value >= self.target if self.higher_is_better else self.value <= self.target
        return "pass" if met else "FAIL"

    def as_json(self) -> dict[str, Any]:
        """The measure with its ratio and status, for the results file."""
        return {**asdict(self), "ratio": self.ratio, "status": self.status}


@dataclass
class Context:
    """Where a benchmark group runs: input size, the generated-input cache, a scratch folder."""

    quick: bool
    cache_dir: Path
    scratch: Path
    extras: dict[str, Any] = field(default_factory=dict)
    scale: bool = False  # the 2,000-indicator inputs of benchmarks/scale.py

    @property
    def size(self) -> Size:
        """The large template and store's size: §11's (or the scale's), tiny with ``--quick``."""
        if self.scale:
            return QUICK_SCALE if self.quick else SCALE
        return QUICK if self.quick else FULL

    def runs(self, full: int, quick: int = 1) -> int:
        """How many times to repeat a timing."""
        return quick if self.quick else full


def timings(action: Callable[[], Any], runs: int) -> list[float]:
    """Seconds each of ``runs`` calls of ``action`` took."""
    result = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        result.append(time.perf_counter() - started)
    return result


def median(samples: list[float]) -> float:
    """The median of the samples."""
    return statistics.median(samples)
