"""Labels: PDF speed and the round trip through the app's decoder.

    python3 -m tests.benchmarks.bench_labels

- 1,000 labels on Avery 5160 sheets (34 pages), Code128 and QR code each, as one PDF:
  target ≤ 3 s (median of 3 runs, fonts already loaded as in a running app);
- one label as a PDF (what the live preview renders): median of 200, target ≤ 20 ms;
- round trip: 40 labels on every shipped stock (half QR, half DataMatrix, a third with the
  URL payload), rasterised at 300 dpi (thermal stock at its 203 dpi), each label cut out
  and decoded by `FrameDecoder`: both codes must give back the label's tag, in order.
  Target 100 %;
- the same for ZPL rendered by the independent zplkit renderer, if it is installed.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Sequence

from tests.benchmarks.common import Result, median, ms

PDF_1000_TARGET_S = 3.0
ONE_LABEL_TARGET_S = 0.020
PER_STOCK = 40


def _tags(n: int, offset: int = 0) -> list[str]:
    codes = ("7K3M", "Q0ZX", "H4RD", "2WN9")
    fixed = ["LAB-0815", "it-lt-17", "SRV/R4+U12", "FT-0012"]
    return [fixed[i % 4] if i % 10 == 9 else f"IT-{codes[i % 4]}{(i + offset) * 37 % 100_000:05d}"
            for i in range(n)]  # fmt: skip


def _labels(tags: Sequence[str]) -> list[object]:
    from app.domain.labels import LabelData
    from app.domain.tags import encode_payload

    return [
        LabelData(
            tag,
            encode_payload(tag, "ACME", "https://assets.example.org" if i % 3 == 2 else ""),
            "ACME Corp IT Services",
            ("Dell Latitude 5440", f"S/N 5CG{i:07d}"),
        )
        for i, tag in enumerate(tags)
    ]


def _speed() -> list[Result]:
    from app.domain.labels import LabelOptions
    from app.printing import load_stocks, render_pdf

    stock = load_stocks().get("avery-5160")
    options = LabelOptions()
    labels = _labels(_tags(1000))
    render_pdf(stock, labels[:2], options)  # warm up: fonts, imports
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        pdf = render_pdf(stock, labels, options)  # type: ignore[arg-type]
        runs.append(time.perf_counter() - started)
    whole = statistics.median(runs)
    print(f"  1,000 labels on avery-5160: {', '.join(f'{r:.2f} s' for r in runs)} "
          f"({len(pdf) / 1024:.0f} KiB)")  # fmt: skip
    singles = []
    for label in labels[:200]:
        started = time.perf_counter()
        render_pdf(stock, [label], options)  # type: ignore[list-item]
        singles.append(time.perf_counter() - started)
    one = median(singles)
    print(f"  one label: median {ms(one)}, max {ms(max(singles))} (200 PDFs)")
    return [
        Result("labels: 1,000 on Avery 5160, one PDF", f"{whole:.2f} s (median of 3)",
               "≤ 3 s", whole <= PDF_1000_TARGET_S),
        Result("labels: one label PDF", f"median {ms(one)}", "≤ 20 ms",
               one <= ONE_LABEL_TARGET_S),
    ]  # fmt: skip


def _read(found: set[tuple[str, str]], symbology: str) -> tuple[str | None, str | None]:
    from app.domain.tags import TagConfig, parse_scan

    texts_2d = [t for f, t in found if f == symbology]
    tag_2d = parse_scan(texts_2d[0], TagConfig("ACME"), format=symbology).tag if texts_2d else None
    texts_128 = [t for f, t in found if f == "Code128"]
    return tag_2d, texts_128[0] if texts_128 else None


def _round_trip() -> list[Result]:
    from app.domain.labels import LabelOptions
    from app.printing import load_stocks, pdf_to_images, render_pdf
    from app.scan.decoder import FrameDecoder

    decoder = FrameDecoder()
    total = ok_2d = ok_128 = ok_both = 0
    failures: list[str] = []
    started = time.perf_counter()
    for stock in load_stocks():
        for half, symbology in enumerate(("QRCode", "DataMatrix")):
            labels = _labels(_tags(PER_STOCK // 2, offset=half * 1000))
            pdf = render_pdf(stock, labels, LabelOptions(symbology=symbology))  # type: ignore[arg-type]
            dpi = min(300, stock.dpi)
            pages = pdf_to_images(pdf, dpi)
            px = dpi / 25.4
            for i, label in enumerate(labels):
                page, pos = divmod(i, stock.per_page)
                x, y = stock.position_rect(pos)
                crop = pages[page][int(y * px) : int((y + stock.label_height_mm) * px),
                                   int(x * px) : int((x + stock.label_width_mm) * px)]  # fmt: skip
                found = {(d.format, d.text) for d in decoder.decode(crop)}
                tag_2d, tag_128 = _read(found, symbology)
                tag = label.tag  # type: ignore[attr-defined]
                total += 1
                ok_2d += tag_2d == tag
                ok_128 += tag_128 == tag
                ok_both += tag_2d == tag == tag_128
                if not tag_2d == tag == tag_128 and len(failures) < 10:
                    failures.append(f"{stock.id}/{symbology} #{i + 1} {tag}: read {found}")
    seconds = time.perf_counter() - started
    rate = ok_both / total
    print(f"  PDF round trip: {ok_both}/{total} labels ({rate:.1%}); 2D {ok_2d}, "
          f"Code128 {ok_128}; {seconds:.1f} s")  # fmt: skip
    for failure in failures:
        print(f"    failed: {failure}")
    return [
        Result(f"labels: PDF round trip ({total} labels, 9 stocks)",
               f"{rate:.1%} (2D {ok_2d}/{total}, Code128 {ok_128}/{total})", "100 %",
               ok_both == total),
    ]  # fmt: skip


def _zpl_round_trip() -> list[Result]:
    try:
        import zplkit  # type: ignore[import-not-found]
    except ImportError:
        print("  zplkit is not installed: ZPL round trip skipped (pip install zplkit)")
        return [Result("labels: ZPL round trip (zplkit)", "zplkit not installed", "100 %", None)]
    import numpy as np
    from PIL import Image

    from app.domain.labels import LabelOptions
    from app.printing import load_stocks, render_zpl
    from app.scan.decoder import FrameDecoder

    decoder = FrameDecoder()
    total = ok = 0
    for stock in (s for s in load_stocks() if s.zpl):
        for half, symbology in enumerate(("QRCode", "DataMatrix")):
            labels = _labels(_tags(PER_STOCK // 2, offset=half * 1000))
            zpl = render_zpl(stock, labels, LabelOptions(symbology=symbology))  # type: ignore[arg-type]
            options = zplkit.Options(
                profile="specification",
                width=round(stock.label_width_mm / 25.4 * stock.dpi),
                height=round(stock.label_height_mm / 25.4 * stock.dpi),
                dpi=stock.dpi,
            )
            document = zplkit.render(zpl.encode("utf-8"), options)
            for label, image in zip(labels, document.labels, strict=True):
                gray = np.array(Image.open(io.BytesIO(image.png())).convert("L"))
                found = {(d.format, d.text) for d in decoder.decode(gray)}
                tag = label.tag  # type: ignore[attr-defined]
                total += 1
                ok += _read(found, symbology) == (tag, tag)
    print(f"  ZPL round trip (zplkit {zplkit.library_version}): {ok}/{total}")
    return [Result(f"labels: ZPL round trip ({total} labels, zplkit)", f"{ok / total:.1%}",
                   "100 %", ok == total)]  # fmt: skip


def run() -> list[Result]:
    return _speed() + _round_trip() + _zpl_round_trip()


def main() -> int:
    results = run()
    width = max(len(r.name) for r in results)
    fig = max(len(r.figure) for r in results)
    print()
    for r in results:
        print(f"{r.name.ljust(width)}  {r.figure.ljust(fig)}  {r.target.ljust(8)}  {r.verdict}")
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
