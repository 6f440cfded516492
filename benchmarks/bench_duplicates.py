"""Benchmark: finding likely duplicate customers, beside a raw probe (run by hand).

    python benchmarks/bench_duplicates.py [--customers 100000] [--duplicates 0.02] [--seed 7]

Makes ``--customers`` synthetic customers of the three countries (French and Arabic names
built from syllables so that most names are distinct, as in a real file; E.164 phones; a
legal id for one in ten), then injects ``--duplicates`` of them again with a variant: the
same phone under a misspelt name, the same legal id, or the same name folded differently
(accents, case, an extra letter, the words swapped, Arabic letter forms). Then, in one run:

1. keys: the blocking keys of every customer (kernel.crm.duplicates.blocking_keys);
2. raw probe: a bare dict grouping the same precomputed keys, nothing else, which is the
   floor any blocking method pays;
3. find_duplicates over the same customers: keys, grouping, comparing inside blocks.

Prints each time, the pairs found, and how many injected duplicates were found (recall).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from uuid import UUID

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from erp_desktop.kernel.crm.duplicates import CustomerKeys, blocking_keys, find_duplicates

FIRST = [
    "Mohamed",
    "Ahmed",
    "Youcef",
    "Karim",
    "Amine",
    "Sofiane",
    "Nassim",
    "Walid",
    "Riad",
    "Hichem",
    "Farid",
    "Omar",
    "Ali",
    "Adel",
    "Yassine",
    "Rachid",
    "Said",
    "Mourad",
    "Samir",
    "Nabil",
    "Fatima",
    "Amina",
    "Khadija",
    "Meriem",
    "Sarah",
    "Nadia",
    "Samira",
    "Leila",
    "Yasmine",
    "Imane",
    "Salma",
    "Houda",
    "Zineb",
    "Asma",
    "Rania",
    "Souad",
    "Hélène",
    "Sophie",
    "Marie",
    "Nicolas",
]
FIRST_AR = [
    "محمد",
    "أحمد",
    "يوسف",
    "كريم",
    "أمين",
    "سفيان",
    "وليد",
    "رياض",
    "عمر",
    "علي",
    "فاطمة",
    "أمينة",
    "خديجة",
    "مريم",
    "سارة",
    "نادية",
    "ليلى",
]
SYLLABLES = [
    "ben",
    "bou",
    "ka",
    "ra",
    "mi",
    "la",
    "di",
    "za",
    "ha",
    "sa",
    "ne",
    "ri",
    "to",
    "ma",
    "li",
    "fe",
    "che",
    "ou",
    "al",
    "ab",
    "de",
    "dou",
    "me",
    "zi",
    "ta",
    "hi",
    "ja",
    "ki",
    "ya",
    "ne",
    "gue",
    "lo",
    "ba",
    "ti",
    "chi",
    "ra",
    "fa",
    "ou",
    "mo",
]
ENDINGS = ["i", "a", "ou", "ane", "ine", "ache", "ir", "ar", "ed", "ani", "ouche", "aoui"]
COUNTRIES = (("DZ", "+213", "567", 9), ("MA", "+212", "67", 9), ("TN", "+216", "2459", 8))


def surname(rnd: random.Random) -> str:
    word = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 3))) + rnd.choice(ENDINGS)
    return word.capitalize()


def phone(rnd: random.Random) -> str:
    _, code, leading, length = rnd.choice(COUNTRIES)
    return code + rnd.choice(leading) + "".join(rnd.choice("0123456789") for _ in range(length - 1))


def misspelt(rnd: random.Random, name: str) -> str:
    words = name.split()
    i = rnd.randrange(len(words))
    w = words[i]
    choice = rnd.randrange(5)
    if choice == 0 and len(w) > 3:
        k = rnd.randrange(1, len(w))
        w = w[:k] + w[k - 1] + w[k:]  # a doubled letter: Mohamed / Mohammed
    elif choice == 1:
        w = w.upper()
    elif choice == 2 and len(words) > 1:
        words.reverse()
    elif choice == 3:
        w = w.replace("e", "é", 1).replace("a", "à", 1)
    else:
        w = w.replace("ou", "u", 1) if "ou" in w else w + "e"
    if choice != 2:
        words[i] = w
    return " ".join(words)


def make_customers(
    count: int, share: float, seed: int
) -> tuple[list[CustomerKeys], set[tuple[UUID, UUID]]]:
    rnd = random.Random(seed)
    customers: list[CustomerKeys] = []
    for n in range(count):
        name = f"{rnd.choice(FIRST)} {surname(rnd)}"
        names = (name, f"{rnd.choice(FIRST_AR)} {surname(rnd)}") if rnd.random() < 0.1 else (name,)
        legal = (f"{rnd.randrange(10**14):015d}",) if rnd.random() < 0.1 else ()
        customers.append(CustomerKeys(UUID(int=n + 1), names, (phone(rnd),), legal))
    injected: set[tuple[UUID, UUID]] = set()
    for n in range(int(count * share)):
        original = rnd.choice(customers)
        twin_id = UUID(int=count + n + 1)
        how = rnd.randrange(3)
        if how == 0:  # same phone, name misspelt
            twin = CustomerKeys(twin_id, (misspelt(rnd, original.names[0]),), original.phones)
        elif how == 1 and original.legal_ids:  # same company, another phone and wording
            twin = CustomerKeys(
                twin_id, ("Ets " + original.names[0],), (phone(rnd),), original.legal_ids
            )
        else:  # the same person typed again, another phone
            twin = CustomerKeys(twin_id, (misspelt(rnd, original.names[0]),), (phone(rnd),))
        customers.append(twin)
        injected.add((original.id, twin_id))
    rnd.shuffle(customers)
    return customers, injected


def run(count: int, share: float, seed: int, out: bool = True) -> dict[str, float]:
    customers, injected = make_customers(count, share, seed)

    start = time.perf_counter()
    keyed = [(c.id, blocking_keys(c)) for c in customers]
    keys_s = time.perf_counter() - start

    start = time.perf_counter()
    groups: dict[str, list[UUID]] = {}
    for customer_id, keys in keyed:
        for key in keys:
            groups.setdefault(key, []).append(customer_id)
    probe_s = time.perf_counter() - start

    start = time.perf_counter()
    found = find_duplicates(customers)
    find_s = time.perf_counter() - start

    pairs = {(p.first, p.second) for p in found.pairs}
    hits = sum(
        1
        for a, b in injected
        if (min(a, b, key=lambda u: u.bytes), max(a, b, key=lambda u: u.bytes)) in pairs
    )
    recall = hits / len(injected) if injected else 1.0
    if out:
        print(
            f"{len(customers)} customers, {len(groups)} distinct keys, {len(injected)} injected duplicates"
        )
        print(f"blocking keys:        {keys_s * 1000:8.0f} ms")
        print(
            f"raw probe (dict):     {probe_s * 1000:8.0f} ms  (the same keys grouped, nothing else)"
        )
        print(
            f"find_duplicates:      {find_s * 1000:8.0f} ms  ({find_s / max(probe_s, 1e-9):.1f}x the raw probe, "
            f"{find_s / max(keys_s + probe_s, 1e-9):.1f}x keys + probe)"
        )
        print(
            f"pairs found {len(found.pairs)}, injected found {hits}/{len(injected)} (recall {recall:.1%}), "
            f"oversized keys {len(found.oversized_keys)}"
        )
    return {
        "keys_s": keys_s,
        "probe_s": probe_s,
        "find_s": find_s,
        "recall": recall,
        "pairs": float(len(found.pairs)),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--duplicates", type=float, default=0.02)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    run(args.customers, args.duplicates, args.seed)


if __name__ == "__main__":
    main()
