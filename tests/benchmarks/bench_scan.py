"""Scanning: decode time, decode rate on webcam-like frames, and a synthetic camera run.

    python3 -m tests.benchmarks.bench_scan [--frames N] [--seed S] [--no-symbologies]

Frames come from `tests/benchmarks/frames.py` (seeded: the same seed gives the same frames
everywhere): the app's own labels on a cluttered desk, tilted, blurred, noisy, dim and
JPEG-compressed as a 720p webcam at a bench sees them (its module doc lists the ranges).
Everything runs on one core (`cv2.setNumThreads(1)`, and the process pinned to one CPU
where the system allows it).

Figures (the issue's targets):
- decode time of one 1280×720 frame holding one label: median ≤ 10 ms, p95 ≤ 15 ms;
  of a frame with no code: median ≤ 8 ms. Each frame's time is the thread CPU time of
  its fastest of 3 decodes (other programs on a shared machine do not count); the wall
  time of its first decode is printed beside it;
- decode rate over all conditions ≥ 97 %, and in no condition below raw zxing-cpp with
  its default options (`zxingcpp.read_barcodes(frame)`) on the same frames; a frame counts
  as read when a code on it parses (`parse_scan`) to the label's tag;
- no tag on frames with no code, and never a tag that is not on the frame;
- the synthetic camera run: a 30 fps video of labels sliding past the camera, through
  `ScanPipeline.run` on `open_source(video)` (what `fieldtag scan-video` and the GUI run),
  decoded faster than real time on one core, each label reported exactly once; and the
  same video through `python -m app scan-video`, one JSON line per label.

Informational: QR (error correction L, M, Q) against DataMatrix on the same frames, for
the labels feature to choose its 2D code.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

from app.domain.tags import TagConfig, parse_scan
from app.scan.decoder import FrameDecoder
from tests.benchmarks import frames as F
from tests.benchmarks.common import ROOT, Result, median, ms, percentile

ORG = "ACME"
LABEL_MEDIAN_S, LABEL_P95_S, EMPTY_MEDIAN_S = 0.010, 0.015, 0.008
RATE_TARGET = 0.97
VIDEO_TAGS = 8
REPEATS = 3  # decodes of each frame for its time
SCENES = 16  # desks the frames are drawn on (reused, as a camera on a stand sees one)


@contextlib.contextmanager
def one_core() -> Iterator[str]:
    """OpenCV on one thread and, on Linux, the process on one CPU."""
    threads = cv2.getNumThreads()
    cv2.setNumThreads(1)
    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    note = "cv2 1 thread"
    if affinity:
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, {min(affinity)})
            note += f", pinned to CPU {min(affinity)}"
    try:
        yield note
    finally:
        cv2.setNumThreads(threads)
        if affinity:
            with contextlib.suppress(OSError):
                os.sched_setaffinity(0, affinity)


def tags_read(texts: list[tuple[str, str, bool]], config: TagConfig) -> set[str]:
    """The tags named by decoded (format, text, binary) codes."""
    out = set()
    for fmt, text, binary in texts:
        tag = parse_scan(text, config, format=fmt, binary=binary).tag
        if tag:
            out.add(tag)
    return out


def timed(
    decode: Callable[[np.ndarray], list[tuple[str, str, bool]]], frame: np.ndarray
) -> tuple[list[tuple[str, str, bool]], float, float]:
    """The codes, the decode's cost (thread CPU time, fastest of REPEATS runs) and the
    wall time of its first run. CPU time leaves out other programs on the machine (the
    benchmark VM is shared); on an idle machine the two agree."""
    wall_started, cpu_started = time.perf_counter(), time.thread_time()
    codes = decode(frame)
    cpu = time.thread_time() - cpu_started
    wall = time.perf_counter() - wall_started
    for _ in range(REPEATS - 1):
        started = time.thread_time()
        decode(frame)
        cpu = min(cpu, time.thread_time() - started)
    return codes, cpu, wall


def ours(decoder: FrameDecoder) -> Callable[[np.ndarray], list[tuple[str, str, bool]]]:
    return lambda frame: [(c.format, c.text, c.binary) for c in decoder.decode(frame)]


def raw_default(frame: np.ndarray) -> list[tuple[str, str, bool]]:
    return [
        (b.format.name, b.text, b.content_type == zxingcpp.ContentType.Binary)
        for b in zxingcpp.read_barcodes(frame)
        if b.valid
    ]


@dataclass
class Tally:
    read: int = 0
    frames: int = 0
    wrong: int = 0  # frames with a tag that is not on them

    @property
    def rate(self) -> float:
        return self.read / self.frames if self.frames else float("nan")


@dataclass
class Run:
    ours: dict[str, Tally] = field(default_factory=dict)
    raw: dict[str, Tally] = field(default_factory=dict)
    label_s: list[float] = field(default_factory=list)
    empty_s: list[float] = field(default_factory=list)
    label_wall_s: list[float] = field(default_factory=list)
    empty_wall_s: list[float] = field(default_factory=list)
    by_contrast: list[tuple[float, bool, bool]] = field(default_factory=list)  # ours, raw
    empty_tags: int = 0
    raw_empty_tags: int = 0
    empty_frames: int = 0


def _scenes(rng: np.random.Generator) -> list[F.Scene]:
    return [F.draw_scene(rng) for _ in range(SCENES)]


def webcam_run(n: int, seed: int, decoder: FrameDecoder) -> Run:
    """`n` label frames per condition and `n` frames with no code, ours against raw."""
    rng = np.random.default_rng(seed)
    config = TagConfig(ORG)
    scenes = _scenes(rng)
    tags = F.tag_names(rng, n * len(F.CONDITIONS))
    run = Run()
    read_ours = ours(decoder)
    decoder.decode(scenes[0].desk)  # warm-up
    for c_index, condition in enumerate(F.CONDITIONS):
        t_ours, t_raw = (
            run.ours.setdefault(condition, Tally()),
            run.raw.setdefault(condition, Tally()),
        )
        for i in range(n):
            tag = tags[c_index * n + i]
            scene = scenes[int(rng.integers(len(scenes)))]
            synth = F.label_frame(rng, tag, ORG, condition, scene=scene)
            got, cpu, wall = timed(read_ours, synth.frame)
            run.label_s.append(cpu)
            run.label_wall_s.append(wall)
            read = []
            for tally, codes in ((t_ours, got), (t_raw, raw_default(synth.frame))):
                found = tags_read(codes, config)
                tally.frames += 1
                tally.read += tag in found
                tally.wrong += bool(found - {tag})
                read.append(tag in found)
            assert synth.severity is not None
            run.by_contrast.append((F.code_contrast(synth.severity), read[0], read[1]))
    for i in range(n):
        scene = scenes[int(rng.integers(len(scenes)))]
        synth = F.no_code_frame(rng, F.CONDITIONS[i % len(F.CONDITIONS)], scene=scene)
        got, cpu, wall = timed(read_ours, synth.frame)
        run.empty_s.append(cpu)
        run.empty_wall_s.append(wall)
        run.empty_tags += len(tags_read(got, config))
        run.raw_empty_tags += len(tags_read(raw_default(synth.frame), config))
        run.empty_frames += 1
    return run


def report_webcam(run: Run) -> list[Result]:
    print(f"  {'condition':10} {'ours':>14} {'raw zxing':>14}")
    worse = []
    for condition, mine in run.ours.items():
        theirs = run.raw[condition]
        flag = "  << below raw" if mine.read < theirs.read else ""
        if flag:
            worse.append(condition)
        print(f"  {condition:10} {mine.read:4}/{mine.frames:<3} {mine.rate:5.1%}  "
              f"{theirs.read:4}/{theirs.frames:<3} {theirs.rate:5.1%}{flag}")  # fmt: skip
    total = Tally(sum(t.read for t in run.ours.values()), sum(t.frames for t in run.ours.values()),
                  sum(t.wrong for t in run.ours.values()))  # fmt: skip
    raw_total = Tally(sum(t.read for t in run.raw.values()), sum(t.frames for t in run.raw.values()),
                      sum(t.wrong for t in run.raw.values()))  # fmt: skip
    print(f"  {'all':10} {total.read:4}/{total.frames:<3} {total.rate:5.1%}  "
          f"{raw_total.read:4}/{raw_total.frames:<3} {raw_total.rate:5.1%}")  # fmt: skip
    bands = ((0.6, 1.01), (0.45, 0.6), (0.35, 0.45), (0.0, 0.35))
    print("  by the code's remaining contrast (blur MTF at the module frequency): " + ", ".join(
        f"{lo:.2f}-{min(hi, 1):.2f}: {sum(o for _, o, _ in b)}/{len(b)} (raw {sum(r for *_, r in b)})"
        for lo, hi in bands
        if (b := [x for x in run.by_contrast if lo <= x[0] < hi])
    ))  # fmt: skip
    lm, lp = median(run.label_s), percentile(run.label_s, 95)
    em, ep = median(run.empty_s), percentile(run.empty_s, 95)
    print(f"  decode time (CPU, fastest of {REPEATS}): label frames median {ms(lm)}, p95 {ms(lp)}, "
          f"max {ms(max(run.label_s))}; no-code frames median {ms(em)}, p95 {ms(ep)}, "
          f"max {ms(max(run.empty_s))}")  # fmt: skip
    print(f"  decode time (wall, first run): label frames median {ms(median(run.label_wall_s))}, "
          f"p95 {ms(percentile(run.label_wall_s, 95))}; no-code frames median "
          f"{ms(median(run.empty_wall_s))}, p95 {ms(percentile(run.empty_wall_s, 95))}")  # fmt: skip
    print(f"  tags on {run.empty_frames} no-code frames: ours {run.empty_tags}, raw {run.raw_empty_tags}; "
          f"label frames with a wrong tag: ours {total.wrong}, raw {raw_total.wrong}")  # fmt: skip
    return [
        Result("scan: decode, frame with a label",
               f"median {ms(lm)} / p95 {ms(lp)} ({len(run.label_s)} frames)",
               "≤ 10 ms / ≤ 15 ms", lm <= LABEL_MEDIAN_S and lp <= LABEL_P95_S),
        Result("scan: decode, frame with no code", f"median {ms(em)} (p95 {ms(ep)})",
               "median ≤ 8 ms", em <= EMPTY_MEDIAN_S),
        Result("scan: decode rate, webcam-like frames",
               f"{total.rate:.1%} (raw zxing {raw_total.rate:.1%})", "≥ 97 %",
               total.rate >= RATE_TARGET),
        Result("scan: rate vs raw zxing, per condition",
               "below in " + ", ".join(worse) if worse else f"≥ raw in all {len(run.ours)}",
               "never below", not worse),
        Result("scan: false tags (no code / wrong tag)",
               f"{run.empty_tags} on {run.empty_frames} / {total.wrong} on {total.frames}",
               "0 / 0", run.empty_tags == 0 and total.wrong == 0),
    ]  # fmt: skip


def symbology_study(n: int, seed: int, decoder: FrameDecoder) -> list[Result]:
    """The same frames (scene, severity, placement, noise) with the label's 2D code as
    QR code (error correction L, M, Q; 4-module quiet zone, and M with 2 modules) and as
    DataMatrix (1-module quiet zone), each filling the label's left square."""
    variants: list[tuple[str, str, str, int | None]] = [
        ("QR-L", "qr", "L", None),
        ("QR-M", "qr", "M", None),
        ("QR-Q", "qr", "Q", None),
        ("QR-M qz2", "qr", "M", 2),
        ("DataMatrix", "datamatrix", "M", None),
    ]
    config = TagConfig(ORG)
    rng = np.random.default_rng(seed + 1)
    scenes = _scenes(rng)
    tags = F.tag_names(rng, n * len(F.CONDITIONS))
    reads = {name: dict.fromkeys(F.CONDITIONS, 0) for name, *_ in variants}
    for c_index, condition in enumerate(F.CONDITIONS):
        for i in range(n):
            tag = tags[c_index * n + i]
            state = int(rng.integers(2**62))
            scene = scenes[int(rng.integers(len(scenes)))]
            for name, symbology, ec, quiet in variants:
                frame_rng = np.random.default_rng(state)
                synth = F.label_frame(frame_rng, tag, ORG, condition, symbology=symbology,
                                      ec_level=ec, quiet_zone=quiet, scene=scene)  # fmt: skip
                codes = [(c.format, c.text, c.binary) for c in decoder.decode(synth.frame)]
                reads[name][condition] += tag in tags_read(codes, config)
    payload = f"FT:{ORG}:IT-004211"
    print(f"  {'':10} " + " ".join(f"{c[:7]:>7}" for c in F.CONDITIONS) + "    all")
    results = []
    total = n * len(F.CONDITIONS)
    for name, symbology, ec, quiet in variants:
        row = reads[name]
        side = F.code_modules(payload, symbology, ec).shape[0]
        zone = F.QUIET_ZONE[symbology] if quiet is None else quiet
        what = f"{side}×{side} modules + {zone} quiet"
        print(f"  {name:10} " + " ".join(f"{row[c]:7}" for c in F.CONDITIONS)
              + f"  {sum(row.values()) / total:5.1%}   ({what})")  # fmt: skip
        results.append(Result(f"scan: labels with {name}", f"{sum(row.values()) / total:.1%} read "
                              f"({what})", "(informational)", None))  # fmt: skip
    return results


def camera_run(seed: int, work: Path) -> list[Result]:
    """Labels sliding past the camera at 30 fps: real-time factor on one core, each label
    reported once (in process, then through the CLI)."""
    from app.scan.capture import open_source
    from app.scan.pipeline import ScanPipeline

    rng = np.random.default_rng(seed + 2)
    tags = F.tag_names(rng, VIDEO_TAGS)
    video = work / "labels.avi"
    started = time.perf_counter()
    plan = F.write_label_video(video, tags, ORG, seed=seed)
    print(f"  video: {plan.frames} frames at {plan.fps:.0f} fps ({plan.frames / plan.fps:.1f} s), "
          f"{len(tags)} labels, written in {time.perf_counter() - started:.1f} s")  # fmt: skip
    pipeline = ScanPipeline(TagConfig(ORG))
    scans: list[tuple[int, str | None]] = []
    decode_s: list[float] = []
    with open_source(str(video)) as source:
        started = time.perf_counter()
        last = started
        for result in pipeline.run(source, realtime=False):
            now = time.perf_counter()
            decode_s.append(now - last)
            last = now
            scans += [(s.frame, s.read.tag) for s in result.scans]
        elapsed = time.perf_counter() - started
    duration = plan.frames / plan.fps
    factor = duration / elapsed
    counts = {tag: sum(1 for _, t in scans if t == tag) for tag in tags}
    once = sum(1 for c in counts.values() if c == 1)
    extra = [t for _, t in scans if t not in counts]
    late = [tag for tag, first, last_frame in plan.passes
            if not any(t == tag and first - 30 <= f <= last_frame + 30 for f, t in scans)]  # fmt: skip
    print(f"  ScanPipeline.run: {elapsed:.2f} s for {duration:.1f} s of video = {factor:.1f}× real "
          f"time; per frame (read + decode) median {ms(median(decode_s))}, "
          f"p95 {ms(percentile(decode_s, 95))}")  # fmt: skip
    print(f"  scans: {[(f, t) for f, t in scans]}")
    if extra or late:
        print(f"  unexpected: {extra}, outside their pass: {late}")
    cli = _cli_run(video, work)
    cli_counts = {tag: sum(1 for line in cli if line.get("tag") == tag) for tag in tags}
    cli_once = sum(1 for c in cli_counts.values() if c == 1) if cli is not None else 0
    cli_extra = [line for line in cli if line.get("tag") not in cli_counts]
    print(f"  fieldtag scan-video: {len(cli)} lines, {cli_once}/{len(tags)} labels once")
    return [
        Result("scan: camera run, speed (1 core)", f"{factor:.1f}× real time "
               f"({plan.frames} frames, 720p, 30 fps)", "≥ 1× real time", factor >= 1.0),
        Result("scan: camera run, each label once", f"{once}/{len(tags)} once, {len(extra)} other "
               f"(CLI: {cli_once}/{len(tags)}, {len(cli_extra)} other)", f"{len(tags)}/{len(tags)}, 0",
               once == len(tags) and not extra and not late and cli_once == len(tags)
               and not cli_extra),
    ]  # fmt: skip


def _cli_run(video: Path, work: Path) -> list[dict[str, object]]:
    home = work / "home"
    home.mkdir(exist_ok=True)
    (home / "config").mkdir(exist_ok=True)
    env = {**os.environ, "FIELDTAG_HOME": str(home), "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}  # fmt: skip
    _write_settings(env)
    done = subprocess.run(
        [sys.executable, "-m", "app", "scan-video", str(video)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    if done.returncode != 0:
        print(f"  scan-video failed: {done.stderr.strip()[-300:]}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def _write_settings(env: dict[str, str]) -> None:
    """The organisation code in the CLI's settings (the labels are ACME's)."""
    code = (
        "from app.config import load_settings, save_settings\n"
        f"s = load_settings(); s.org_code = {ORG!r}; save_settings(s)\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True)


def run(frames: int = 60, seed: int = 1, *, symbologies: bool = True) -> list[Result]:
    results: list[Result] = []
    decoder = FrameDecoder()
    with one_core() as note, tempfile.TemporaryDirectory(prefix="fieldtag-scan-") as tmp:
        print(f"  {frames} frames per condition, seed {seed}, {note}", flush=True)
        started = time.perf_counter()
        results += report_webcam(webcam_run(frames, seed, decoder))
        print(f"  ({time.perf_counter() - started:.0f} s)", flush=True)
        print("  camera run:", flush=True)
        results += camera_run(seed, Path(tmp))
        if symbologies:
            n = max(4, frames // 4)
            print(
                f"  2D code of the label, {n} frames per condition, same frames for each:",
                flush=True,
            )
            results += symbology_study(n, seed, decoder)
    return results


def main(argv: list[str] | None = None) -> int:
    from tests.benchmarks.__main__ import print_table

    parser = argparse.ArgumentParser(prog="python3 -m tests.benchmarks.bench_scan",
                                     description=__doc__.splitlines()[0])  # fmt: skip
    parser.add_argument("--frames", type=int, default=60, metavar="N",
                        help="label frames per condition (and no-code frames), default 60; "
                        "the 2D-code comparison uses a quarter as many")  # fmt: skip
    parser.add_argument("--seed", type=int, default=1, metavar="S")
    parser.add_argument("--no-symbologies", action="store_true",
                        help="skip the QR/DataMatrix comparison")  # fmt: skip
    args = parser.parse_args(argv)
    print("[scan]", flush=True)
    results = run(args.frames, args.seed, symbologies=not args.no_symbologies)
    print_table(results)
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
