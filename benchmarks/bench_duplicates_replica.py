"""Benchmark: head office's duplicate detection read from its replica, over 100,000
customers, beside raw probes (not a test; run by hand).

    python benchmarks/bench_duplicates_replica.py [--customers 100000] [--duplicates 0.02]

The synthetic customers of ``bench_duplicates.py`` (French and Arabic names, E.164 phones, a
legal id for one in ten — half of them typed at the till as ``tax_id``, half in a business
customer's ``legal_ids`` — 2 % injected duplicates) are written to a test replica's
``customers`` and ``customer_profiles`` (raw inserts). Then, in one run:

1. raw probe: the same columns read by bare sqlite3, nothing computed;
2. the keys as the repository reads them (``tx.profiles.duplicate_keys``: phones read in
   the country's plan, legal ids compacted, merged customers left out);
3. ``app.crm.duplicates.likely_duplicates`` end to end (keys, blocking, comparisons and
   the customers of each pair read back), with the recall of the injected pairs.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_duplicates import make_customers

from erp_desktop.app.crm.duplicates import likely_duplicates
from tests.builders import build_branch

STAMP = "2026-03-10T08:00:00.000000Z"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--duplicates", type=float, default=0.02)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench_dups_"))
    branch = build_branch(folder)
    path = folder / "ALG01.sqlite3"
    customers, injected = make_customers(args.customers, args.duplicates, args.seed)
    raw = sqlite3.connect(path)
    raw.executemany(
        "INSERT INTO customers (id, name, name_ar, phone, email, tax_id, store_credit_minor, "
        "currency, field_clocks, metadata, legal_ids, created_at, updated_at) "
        "VALUES (?, ?, ?, '', '', ?, 0, 'DZD', '{}', '{}', ?, ?, ?)",
        [
            (
                c.id.hex,
                c.names[0],
                c.names[1] if len(c.names) > 1 else "",
                # half the legal ids typed at the till, half a business customer's NIF
                c.legal_ids[0] if c.legal_ids and i % 2 else "",
                json.dumps({"nif": c.legal_ids[0]}) if c.legal_ids and not i % 2 else "",
                STAMP,
                STAMP,
            )
            for i, c in enumerate(customers)
        ],
    )
    raw.executemany(
        "INSERT INTO customer_profiles (id, kind, language, phones, emails, addresses, tags, "
        "segments, custom, field_clocks, created_at, updated_at) "
        "VALUES (?, 'individual', 'fr', ?, '[]', '[]', '[]', '[]', '{}', '{}', ?, ?)",
        [(c.id.hex, json.dumps(list(c.phones)), STAMP, STAMP) for c in customers],
    )
    raw.commit()
    print(f"replica: {len(customers)} customers ({len(injected)} injected duplicates)")
    begin = time.perf_counter()
    rows = raw.execute(
        "SELECT c.id, c.name, c.name_ar, c.phone, c.tax_id, c.legal_ids, p.phones FROM customers c "
        "LEFT JOIN customer_profiles p ON p.id = c.id"
    ).fetchall()
    print(
        f"raw probe (the columns, sqlite3)      {time.perf_counter() - begin:7.2f} s  {len(rows)} rows"
    )
    raw.close()
    with branch.deps.store.read() as tx:
        begin = time.perf_counter()
        keys = tx.profiles.duplicate_keys()
        print(
            f"keys as the repository reads them     {time.perf_counter() - begin:7.2f} s  {len(keys)}"
        )
    # The use case asks for head office's permission only; the replica's site kind is not
    # checked by detection (a merge is).
    actor = branch.actor("admin")
    begin, cpu = time.perf_counter(), time.process_time()
    pairs = likely_duplicates(branch.deps, actor, limit=10**9)
    took, cpu = time.perf_counter() - begin, time.process_time() - cpu
    found = {frozenset((p.first.id, p.second.id)) for p in pairs}
    recall = sum(1 for a, b in injected if frozenset((a, b)) in found)
    print(
        f"likely_duplicates (end to end)        {took:7.2f} s  (CPU {cpu:.2f} s)  {len(pairs)} pairs, "
        f"{recall} of {len(injected)} injected found"
    )
    branch.replica.close()


if __name__ == "__main__":
    main()
