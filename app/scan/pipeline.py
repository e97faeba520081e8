"""The capture-and-decode pipeline shared by the GUI's camera thread and `scan-video`:
frame → codes → tag reads → debounced scans."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np

from app.domain.debounce import DEFAULT_WINDOW_S, Debouncer
from app.domain.tags import TagConfig, TagRead, parse_scan
from app.scan.capture import FrameSource, paced
from app.scan.decoder import Decoded, FrameDecoder


@dataclass(frozen=True)
class Scan:
    """A new scan: a code that was not seen during the debounce window."""

    frame: int
    time: float
    code: Decoded
    read: TagRead

    def as_json(self) -> dict[str, object]:
        return {
            "frame": self.frame,
            "time": round(self.time, 3),
            "format": self.code.format,
            "text": self.code.text,
            "tag": self.read.tag,
            "position": [list(p) for p in self.code.position],
        }


@dataclass
class FrameResult:
    frame: int
    time: float
    codes: list[Decoded] = field(default_factory=list)
    reads: list[TagRead] = field(default_factory=list)
    scans: list[Scan] = field(default_factory=list)


class ScanPipeline:
    def __init__(
        self,
        config: TagConfig,
        *,
        decoder: FrameDecoder | None = None,
        window_s: float = DEFAULT_WINDOW_S,
    ) -> None:
        self.config = config
        self.decoder = decoder or FrameDecoder()
        self.debouncer = Debouncer(window_s)

    def process(self, frame: np.ndarray, index: int, t: float) -> FrameResult:
        result = FrameResult(index, t)
        result.codes = self.decoder.decode(frame)
        result.reads = [
            parse_scan(c.text, self.config, format=c.format, binary=c.binary) for c in result.codes
        ]
        # another organisation's label: its Code128 names the same tag as its refused 2D
        # code, and must not be taken for one of ours
        foreign = {r.foreign_tag.casefold() for r in result.reads if r.foreign_tag}
        by_key: dict[str, tuple[Decoded, TagRead]] = {}
        for code, read in zip(result.codes, result.reads, strict=True):
            ours = read.kind in ("plain", "prefixed") and read.tag
            if foreign and ours and read.tag and read.tag.casefold() in foreign:
                continue
            # a label's QR code and Code128 name one tag: one scan
            by_key.setdefault(read.key, (code, read))
        for key in self.debouncer.feed(t, list(by_key)):
            code, read = by_key[str(key)]
            result.scans.append(Scan(index, t, code, read))
        return result

    def run(
        self,
        source: FrameSource,
        *,
        realtime: bool = False,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> Iterator[FrameResult]:
        for index, t, frame in paced(source, realtime=realtime):
            if should_stop():
                return
            yield self.process(frame, index, t)
