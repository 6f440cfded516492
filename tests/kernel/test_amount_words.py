"""Amounts in words on invoices: the tricky amounts, in French and Arabic, in the three
currencies (TND with 3-decimal millimes), and our numbers checked against num2words.

Where each expected form comes from:
- French [G]: Grevisse, Le Bon Usage, § 593 (vingt and cent take an s when multiplied and
  last: "quatre-vingts", "deux cents"; not before "mille", a numeral: "quatre-vingt mille",
  "deux cent mille"; "million" is a noun: "deux cents millions", "un million de dinars");
  also the words num2words 0.5.14 gives [N].
- Arabic [A]: عباس حسن، النحو الوافي، ج 4، باب العدد: 1 and 2 follow the noun or are its dual
  ("دينار واحد", "ديناران"); 3-10 take the plural ("ثلاثة دنانير"); 11-99 the accusative
  singular ("أحد عشر دينارا"); 100, 1000 and their multiples the genitive singular in
  construct ("مائة دينار"), where a dual drops its nun ("مائتا دينار", "ألفا دينار",
  "مليونا دينار") and a thousand counted 11-99 its tanwin ("ثمانون ألف دينار"); the same
  forms as num2words 0.5.14 for these [N].
- Less than one unit reads as its subunits only ("cinquante centimes", "خمسون سنتيما").
"""

from __future__ import annotations

import random

import pytest
from num2words import num2words

from erp_desktop.kernel.amount_words import amount_in_words
from erp_desktop.kernel.amount_words.arabic import arabic_words
from erp_desktop.kernel.amount_words.french import french_words
from erp_desktop.kernel.money import Money

# amount, currency, French, Arabic   (sources as in the module docstring)
TRICKY = [
    ("0.50", "DZD", "cinquante centimes", "خمسون سنتيما"),
    ("1", "DZD", "un dinar algérien", "دينار جزائري واحد"),
    ("2", "DZD", "deux dinars algériens", "ديناران جزائريان"),
    ("11", "DZD", "onze dinars algériens", "أحد عشر دينارا جزائريا"),
    ("21", "DZD", "vingt et un dinars algériens", "واحد وعشرون دينارا جزائريا"),
    ("80", "DZD", "quatre-vingts dinars algériens", "ثمانون دينارا جزائريا"),
    ("81", "DZD", "quatre-vingt-un dinars algériens", "واحد وثمانون دينارا جزائريا"),
    ("100", "DZD", "cent dinars algériens", "مائة دينار جزائري"),
    ("200", "DZD", "deux cents dinars algériens", "مائتا دينار جزائري"),
    ("201", "DZD", "deux cent un dinars algériens", "مائتان وواحد دينار جزائري"),
    ("1000", "DZD", "mille dinars algériens", "ألف دينار جزائري"),
    ("2000", "DZD", "deux mille dinars algériens", "ألفا دينار جزائري"),
    ("80000", "DZD", "quatre-vingt mille dinars algériens", "ثمانون ألف دينار جزائري"),
    ("200000", "DZD", "deux cent mille dinars algériens", "مائتا ألف دينار جزائري"),
    ("1000000", "DZD", "un million de dinars algériens", "مليون دينار جزائري"),
    ("2000000", "DZD", "deux millions de dinars algériens", "مليونا دينار جزائري"),
    (
        "1234567.89",
        "DZD",
        "un million deux cent trente-quatre mille cinq cent soixante-sept dinars algériens "
        "et quatre-vingt-neuf centimes",
        "مليون ومائتان وأربعة وثلاثون ألفا وخمسمائة وسبعة وستون دينارا جزائريا "
        "وتسعة وثمانون سنتيما",
    ),
    ("0.50", "MAD", "cinquante centimes", "خمسون سنتيما"),
    ("1", "MAD", "un dirham", "درهم واحد"),
    ("2", "MAD", "deux dirhams", "درهمان"),
    ("3", "MAD", "trois dirhams", "ثلاثة دراهم"),
    ("11", "MAD", "onze dirhams", "أحد عشر درهما"),
    ("80", "MAD", "quatre-vingts dirhams", "ثمانون درهما"),
    ("200", "MAD", "deux cents dirhams", "مائتا درهم"),
    ("1200", "MAD", "mille deux cents dirhams", "ألف ومائتا درهم"),
    ("2000", "MAD", "deux mille dirhams", "ألفا درهم"),
    ("80000", "MAD", "quatre-vingt mille dirhams", "ثمانون ألف درهم"),
    ("80500", "MAD", "quatre-vingt mille cinq cents dirhams", "ثمانون ألفا وخمسمائة درهم"),
    ("200000", "MAD", "deux cent mille dirhams", "مائتا ألف درهم"),
    ("2000000", "MAD", "deux millions de dirhams", "مليونا درهم"),
    ("200000000", "MAD", "deux cents millions de dirhams", "مائتا مليون درهم"),
    ("0.005", "TND", "cinq millimes", "خمسة مليمات"),
    ("0.500", "TND", "cinq cents millimes", "خمسمائة مليم"),
    ("1", "TND", "un dinar tunisien", "دينار تونسي واحد"),
    ("2.001", "TND", "deux dinars tunisiens et un millime", "ديناران تونسيان ومليم واحد"),
    (
        "21.080",
        "TND",
        "vingt et un dinars tunisiens et quatre-vingts millimes",
        "واحد وعشرون دينارا تونسيا وثمانون مليما",
    ),
    ("80", "TND", "quatre-vingts dinars tunisiens", "ثمانون دينارا تونسيا"),
    ("200", "TND", "deux cents dinars tunisiens", "مائتا دينار تونسي"),
    ("2000", "TND", "deux mille dinars tunisiens", "ألفا دينار تونسي"),
    ("80000", "TND", "quatre-vingt mille dinars tunisiens", "ثمانون ألف دينار تونسي"),
    ("1000000", "TND", "un million de dinars tunisiens", "مليون دينار تونسي"),
    (
        "1234567.890",
        "TND",
        "un million deux cent trente-quatre mille cinq cent soixante-sept dinars tunisiens "
        "et huit cent quatre-vingt-dix millimes",
        "مليون ومائتان وأربعة وثلاثون ألفا وخمسمائة وسبعة وستون دينارا تونسيا "
        "وثمانمائة وتسعون مليما",
    ),
]


@pytest.mark.parametrize(("amount", "currency", "french", "arabic"), TRICKY)
def test_an_invoice_states_its_amount_in_words_as_the_grammar_has_it(
    amount: str, currency: str, french: str, arabic: str
) -> None:
    money = Money.of(amount, currency)
    assert amount_in_words(money, "fr") == french
    assert amount_in_words(money, "ar") == arabic


TRICKY_GROUPS = (
    0,
    1,
    2,
    3,
    10,
    11,
    12,
    16,
    17,
    20,
    21,
    22,
    60,
    70,
    71,
    72,
    77,
    79,
    80,
    81,
    90,
    91,
    99,
    100,
    101,
    102,
    103,
    110,
    111,
    180,
    200,
    201,
    202,
    280,
    300,
    999,
)


def _wide_range() -> list[int]:
    """Every number to 2 000; every round thousand, million and milliard counted to 999;
    numbers of up to four groups drawn from the tricky ones (num2words takes about a
    millisecond a number, so the range is chosen rather than exhaustive)."""
    rng = random.Random(20261201)
    every = list(range(0, 2_001))
    round_ = [k * 10**e for k in range(1, 1000) for e in (3, 6, 9)]
    composed = [sum(rng.choice(TRICKY_GROUPS) * 10**e for e in (0, 3, 6, 9)) for _ in range(4_000)]
    return every + round_ + composed


def test_our_french_numbers_are_num2words_over_a_wide_range() -> None:
    differ = [
        (n, french_words(n)) for n in _wide_range() if french_words(n) != num2words(n, lang="fr")
    ]
    assert differ == []


def _groups(n: int) -> list[int]:
    return [n // 10**9 % 1000, n // 10**6 % 1000, n // 1000 % 1000, n % 1000]


def _where_num2words_keeps_the_grammar(n: int) -> bool:
    """num2words 0.5.14's Arabic leaves the grammar in two places, both checked below:
    a thousand (million...) counted by 100 or more ("مائة ألفاً وواحد" for مائة ألفٍ, "مائة
    و ألف ألف" for 101 000, "مائة وثلاثة ألف" for مائة وثلاثة آلاف), and a dual thousand
    after a higher group before the noun ("مليون و ألفان" for مليون وألفا دينار)."""
    g = _groups(n)
    for i, count in enumerate(g[:3]):
        if count >= 100 or (count == 2 and any(g[:i]) and not any(g[i + 1 :])):
            return False
    return True


def _as_we_write(num2words_arabic: str) -> str:
    # num2words writes "و " apart, "مئتا" for مائتا and the tanwin over the alif
    return num2words_arabic.replace("\u064b", "").replace("و ", "و").replace("مئت", "مائت")


def test_our_arabic_numbers_before_the_noun_are_num2words_where_it_keeps_the_grammar() -> None:
    rng = random.Random(7)
    small_groups = [sum(rng.randrange(100) * 10**e for e in (0, 3, 6, 9)) for _ in range(3_000)]
    checked = [n for n in _wide_range() + small_groups if n >= 3]
    checked = [n for n in checked if _where_num2words_keeps_the_grammar(n)]
    assert len(checked) > 5_000
    differ = [
        (n, arabic_words(n, noun_next=n % 100 == 0))
        for n in checked
        if arabic_words(n, noun_next=n % 100 == 0) != _as_we_write(num2words(n, lang="ar"))
    ]
    assert differ == []


@pytest.mark.parametrize(
    ("amount", "arabic"),
    [
        ("100001", "مائة ألف وواحد دينار جزائري"),  # [A] after مائة: genitive ألفٍ, no alif
        ("101000", "مائة وواحد ألف دينار جزائري"),
        ("103000", "مائة وثلاثة آلاف دينار جزائري"),  # [A] the last part, ثلاثة, governs
        ("1002000", "مليون وألفا دينار جزائري"),  # [A] the dual in construct with the noun
    ],
)
def test_where_num2words_leaves_the_grammar_we_keep_it(amount: str, arabic: str) -> None:
    assert amount_in_words(Money.of(amount, "DZD"), "ar") == arabic
