"""Benchmark: import a 100,000-row Snipe-IT style CSV into a fresh store (target ≤ 10 s).

    python -m tests.benchmarks.bench_import [--rows N] [--keep DIR]

Generates a realistic file (Snipe-IT asset import columns, ~180 models, a location tree of
a few hundred rooms, ~20,000 people, two thirds of the assets checked out, quoted notes
with commas and line breaks), imports it with `import_csv` into a new database and prints
the wall time of the import (and of generating and of a dry run, for comparison).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import resource
import tempfile
import time
from pathlib import Path

HEADERS = [
    "Full Name", "Email", "Username", "Item Name", "Category", "Model name", "Manufacturer",
    "Model Number", "Serial Number", "Asset Tag", "Location", "Notes", "Purchase Date",
    "Purchase Cost", "Company", "Status", "Warranty", "Supplier", "Order Number",
]  # fmt: skip

MODELS = {
    "Laptop": [("Dell", "Latitude 54{}0"), ("Lenovo", "ThinkPad T14 Gen {}"),
               ("HP", "EliteBook 8{}0 G9"), ("Apple", "MacBook Pro 14 M{}")],
    "Desktop": [("Dell", "OptiPlex 7{}10"), ("HP", "ProDesk 4{}0 G9"), ("Lenovo", "ThinkCentre M{}0q")],
    "Monitor": [("Dell", "P24{}2H"), ("LG", "27UL{}50"), ("Samsung", "S24R{}50")],
    "Phone": [("Apple", "iPhone 1{}"), ("Samsung", "Galaxy S2{}")],
    "Printer": [("Brother", "HL-L{}350DW"), ("HP", "LaserJet M4{}")],
    "Dock": [("Dell", "WD{}9TB"), ("Lenovo", "USB-C Dock Gen {}")],
}  # fmt: skip
FIRST = ["Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hans", "Ines", "Jonas", "Katrin", "Lukas", "Marie", "Noah", "Olga", "Paul", "Rita", "Sven", "Tanja", "Uwe", "Vera", "Willi", "Yusuf", "Zoe", "Jürgen", "Søren", "Élodie", "Łukasz"]  # fmt: skip
LAST = ["Schmidt", "Müller", "Meyer", "Weber", "Fischer", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Maier", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber", "Graf", "Schulte"]  # fmt: skip
SITES = ("Berlin HQ", "Hamburg", "München", "Köln", "Wien", "Zürich")
STATUSES = ("Ready to Deploy", "Deployed", "Pending", "Archived", "Out for Repair", "Broken")


def generate(path: Path, rows: int, seed: int = 1) -> None:
    rnd = random.Random(seed)
    models = [(cat, manu, name.format(i)) for cat, entries in MODELS.items()
              for manu, name in entries for i in range(1, 10)]  # fmt: skip
    rooms = [f"{site} > Building {b} > {floor}.{room:02d}" for site in SITES
             for b in "ABC" for floor in range(1, 5) for room in range(1, 6)]  # fmt: skip
    people = sorted({f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {n}" for n in range(20_000)})
    start = dt.date(2018, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        for n in range(rows):
            cat, manu, model = rnd.choice(models)
            checked_out = rnd.random() < 0.66
            person = rnd.choice(people) if checked_out else ""
            user = person.lower().replace(" ", ".") if person else ""
            bought = start + dt.timedelta(days=rnd.randrange(2500))
            status = (
                "Ready to Deploy" if checked_out else rnd.choice((*STATUSES[2:], "Ready to Deploy"))
            )
            note = rnd.choice(("", "", "", "Spare charger, in box", "Screen replaced 2023,\nkeyboard ok",
                               "Docking station at desk", 'Label "old" removed'))  # fmt: skip
            writer.writerow([
                person, f"{user}@example.com" if user else "", user,
                f"{cat} {n:06d}", cat, model, manu, model.replace(" ", "")[:10],
                f"{manu[:2].upper()}{rnd.randrange(16**8):08X}", f"FT-{n:06d}",
                rnd.choice(rooms), note, bought.isoformat(),
                f"{rnd.randrange(80, 3000)}.{rnd.randrange(100):02d}", "Example GmbH",
                status, rnd.choice(("12", "24", "36", "48", "")) if cat != "Dock" else "",
                rnd.choice(("Bechtle", "Cancom", "Dell Direct", "CDW")), f"PO-{n // 40:05d}",
            ])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=None, help="write the files here")
    args = parser.parse_args()

    from app.services.context import Context
    from app.services.transfer import import_csv
    from app.store.database import open_store

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        csv_path = folder / f"snipeit-{args.rows}.csv"
        db = folder / "bench-import.sqlite"
        for leftover in folder.glob("bench-import.sqlite*"):
            leftover.unlink()
        t0 = time.perf_counter()
        generate(csv_path, args.rows)
        t1 = time.perf_counter()
        store = open_store(db, device_name="bench")
        ctx = Context(store, "bench")
        t2 = time.perf_counter()
        import_csv(ctx, csv_path, dry_run=True)
        t3 = time.perf_counter()
        cpu = time.process_time()
        result = import_csv(ctx, csv_path)
        t4 = time.perf_counter()
        cpu = time.process_time() - cpu
        store.close()
        size = csv_path.stat().st_size / 1e6
        print(f"file: {args.rows:,} rows, {size:.1f} MB (generated in {t1 - t0:.2f} s)")
        print(f"dry run (check only): {t3 - t2:.2f} s")
        print(result.summary())
        print(f"import_s={t4 - t3:.2f} (target <= 10 s for 100,000 rows); cpu_s={cpu:.2f}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory: {peak:.0f} MB; load average: {os.getloadavg()[0]:.1f} "
              "(other processes on the machine slow it)")  # fmt: skip


if __name__ == "__main__":
    main()
