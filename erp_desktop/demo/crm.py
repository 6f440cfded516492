"""CRM demo data: customers with a profile (individuals and businesses, several phones,
tags, language, custom fields), consent given and withdrawn, a purchase history at both
branches, loyalty earned and spent across branches (one overdraft flagged), interactions
(calls, a complaint in progress, follow-ups due), a pipeline across every stage, and a pair
of likely duplicates for head office to merge.

Written through the CRM repositories as the replica holds them after a sync: the other
branch's documents and movements arrive as they would be pulled from the server.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.records import CustomerInfo
from erp_desktop.demo.context import at_local
from erp_desktop.kernel.crm.interactions import (
    ComplaintStatus,
    Interaction,
    InteractionKind,
    Opportunity,
    Stage,
)
from erp_desktop.kernel.crm.loyalty import MovementKind, PointMovement
from erp_desktop.kernel.crm.profile import Channel, ConsentEvent, normalize_phone
from erp_desktop.kernel.crm.profile_record import CUSTOM_FIELDS_SETTING, record_from
from erp_desktop.kernel.crm.program import PROGRAM_SETTING
from erp_desktop.kernel.crm.timeline import CustomerDocument
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from erp_desktop.storage.store import SqliteStore

PROGRAM = {
    "expiry_months": 12,
    "earn_rules": [
        {
            "valid_from": "2024-01-01",
            "currency": "DZD",
            "points": "1",
            "per": "100",
            "category_multipliers": {"Hygiène": "2"},
        }
    ],
    "campaigns": [
        {"name": "Ramadan", "starts": "2026-02-18", "ends": "2026-03-19", "multiplier": "2"}
    ],
    "redemption_rules": [
        {
            "valid_from": "2024-01-01",
            "currency": "DZD",
            "value_per_point": "1",
            "minimum_points": 50,
        }
    ],
}
CUSTOM_FIELDS = {"loyalty_card": "str", "birthday": "date", "children": "int", "vip": "bool"}

PEOPLE = [
    ("Benali Amina", "بن علي أمينة"),
    ("Haddad Karim", "حداد كريم"),
    ("Saidi Nadia", "سعيدي نادية"),
    ("Mansouri Yacine", "منصوري ياسين"),
    ("Boudiaf Leila", "بوضياف ليلى"),
    ("Cherif Omar", "شريف عمر"),
    ("Khelifi Samira", "خليفي سميرة"),
    ("Ziani Farid", "زياني فريد"),
    ("Belkacem Meriem", "بلقاسم مريم"),
    ("Rahmani Sofiane", "رحماني سفيان"),
    ("Ait Ahmed Lydia", "آيت أحمد ليديا"),
    ("Bouzid Hichem", "بوزيد هشام"),
]
BUSINESSES = [
    ("SARL Atlas Distribution", "ش.ذ.م.م أطلس للتوزيع"),
    ("EURL Medjez Restauration", "مؤسسة مجاز للإطعام"),
    ("Cantine scolaire Hydra", "مطعم مدرسي حيدرة"),
]
NOTES = [
    "Informé de la promotion du mois",
    "Demande une carte de fidélité pour son épouse",
    "Souhaite être prévenu de l'arrivage de l'huile d'olive",
    "Visite du magasin d'Oran, satisfait de l'accueil",
    "Rappeler pour la commande de la fête de l'école",
]
TAGS = ["fidèle", "famille", "grossiste", "vip", "quartier"]


def seed_crm(store: SqliteStore, rng: random.Random, first: date, end: date, admin: UUID) -> int:
    """The CRM demo over ``first``..``end``; returns how many customers it made."""
    with store.transaction(admin) as tx:
        now = at_local(end, 21, 0)
        tx.org.set_setting(PROGRAM_SETTING, PROGRAM, now)
        tx.org.set_setting(CUSTOM_FIELDS_SETTING, CUSTOM_FIELDS, now)
        currency = tx.org.company().currency
        made: list[tuple[UUID, str]] = []
        everyone = [(n, a, "individual") for n, a in PEOPLE] + [
            (n, a, "business") for n, a in BUSINESSES
        ]
        for i, (name, name_ar, kind) in enumerate(everyone):
            cid = new_id()
            phone = f"055{i % 10}{rng.randint(100000, 999999)}"
            tx.customers.save_customer(
                CustomerInfo(cid, name, name_ar, phone, "", "", 0, currency, {}), now
            )
            phones = [normalize_phone(phone, "DZ")]
            if i % 4 == 0:
                phones.append(normalize_phone(f"021{rng.randint(100000, 999999)}", "DZ"))
            tags = sorted(rng.sample(TAGS, 2)) if kind == "individual" else ["grossiste"]
            custom: dict[str, str | int | bool] = {"loyalty_card": f"EB-{10000 + i}"}
            if kind == "individual":
                custom["birthday"] = date(1960 + i * 3, 1 + i % 12, 1 + i).isoformat()
                custom["children"] = i % 4
            custom["vip"] = i % 5 == 0
            addresses = (
                [
                    {
                        "label": "siège",
                        "line": f"{i + 3} rue Larbi Ben M'hidi",
                        "city": "Alger",
                        "country": "DZ",
                        "postal_code": "16000",
                    }
                ]
                if kind == "business"
                else []
            )
            tx.profiles.save_profile(
                record_from(
                    cid,
                    {
                        "kind": kind,
                        "language": "ar" if i % 3 == 0 else "fr",
                        "phones": phones,
                        "emails": [],
                        "addresses": addresses,
                        "tags": tags,
                        "segments": ["entreprises"] if kind == "business" else ["particuliers"],
                        "custom": custom,
                    },
                    {},
                ),
                now,
            )
            given = at_local(first, 10, i)
            tx.profiles.add_consent(
                new_id(),
                cid,
                ConsentEvent(Channel.SMS, i % 6 != 5, given, "caisse ALG01"),
                "ALG01",
                now,
            )
            if i % 4 == 1:
                tx.profiles.add_consent(
                    new_id(),
                    cid,
                    ConsentEvent(Channel.EMAIL, True, given, "formulaire signé"),
                    "ALG01",
                    now,
                )
            if i == 2:  # withdrew later, by phone: campaigns by SMS are refused now
                tx.profiles.add_consent(
                    new_id(),
                    cid,
                    ConsentEvent(
                        Channel.SMS, False, at_local(end - timedelta(days=3), 15, 0), "appel"
                    ),
                    "ALG01",
                    now,
                )
            made.append((cid, kind))
        days = (end - first).days
        for cid, kind in made:
            visits = rng.randint(3, 12) if kind == "individual" else rng.randint(2, 5)
            for v in range(visits):
                day = first + timedelta(days=rng.randint(0, max(days - 1, 0)))
                at = at_local(day, rng.randint(9, 19), rng.randint(0, 59))
                site = "ALG01" if v % 2 == 0 else "ALG02"
                amount = rng.randint(800, 25_000) * 100 * (8 if kind == "business" else 1)
                due = amount // 2 if kind == "business" and v == 0 else 0
                doc = CustomerDocument(
                    new_id(),
                    cid,
                    "invoice" if due else "sale",
                    f"{site}-C1-{day.year}-{rng.randint(1, 999999):06d}",
                    at,
                    site,
                    amount,
                    currency,
                    due,
                )
                tx.history.add_documents([doc], now)
                tx.loyalty.add_movements(
                    [
                        PointMovement(
                            new_id(),
                            cid,
                            MovementKind.EARN,
                            max(amount // 10_000, 1),
                            at,
                            site,
                            doc.id,
                        )
                    ],
                    now,
                )
        overdrawn = made[0][0]  # both branches offline let her spend the same points
        held = sum(m.points for m in tx.loyalty.movements_of(overdrawn))
        spend = at_local(end - timedelta(days=1), 11, 0)
        tx.loyalty.add_movements(
            [
                PointMovement(new_id(), overdrawn, MovementKind.REDEEM, -held, spend, "ALG01"),
                PointMovement(
                    new_id(),
                    overdrawn,
                    MovementKind.REDEEM,
                    -min(held, 60),
                    spend + timedelta(minutes=20),
                    "ALG02",
                ),
            ],
            now,
        )
        for n, (cid, _kind) in enumerate(made[:8]):
            kind = [
                InteractionKind.CALL,
                InteractionKind.VISIT,
                InteractionKind.MESSAGE,
                InteractionKind.NOTE,
            ][n % 4]
            at = at_local(end - timedelta(days=n + 1), 10, 30)
            tx.interactions.save_interaction(
                Interaction(
                    new_id(),
                    cid,
                    kind,
                    at,
                    "manager",
                    "ALG01",
                    NOTES[n % len(NOTES)],
                    at.date() + timedelta(days=2 * n + 1),
                ),
                {},
                now,
            )
        complaint_at = at_local(end - timedelta(days=2), 16, 0)
        tx.interactions.save_interaction(
            Interaction(
                new_id(),
                made[1][0],
                InteractionKind.COMPLAINT,
                complaint_at,
                "manager",
                "ALG02",
                "Produit périmé vendu au rayon frais",
                complaint_at.date(),
                ComplaintStatus.IN_PROGRESS,
            ),
            {},
            now,
        )
        businesses = [cid for cid, kind in made if kind == "business"]
        for n, stage in enumerate(Stage):
            customer = businesses[n % len(businesses)]
            tx.pipeline.save_opportunity(
                Opportunity(
                    new_id(),
                    customer,
                    [
                        "Approvisionnement cantine",
                        "Contrat annuel boissons",
                        "Fournitures bureau",
                        "Paniers Ramadan",
                        "Équipement froid",
                        "Produits d'entretien",
                    ][n],
                    "manager",
                    stage,
                    Money.of(Decimal(rng.randint(2, 40) * 50_000), currency),
                    end + timedelta(days=15 * (n + 1)),
                    "Relancer le gérant" if stage not in (Stage.WON, Stage.LOST) else "",
                    end if n % 2 == 0 and stage not in (Stage.WON, Stage.LOST) else None,
                    (),
                ),
                {},
                None,
                now,
            )
        twin = new_id()  # the same person typed again at the other branch
        _name, name_ar = PEOPLE[3]
        first_phone = tx.customers.customer(made[3][0]).phone
        tx.customers.save_customer(
            CustomerInfo(twin, "Mansouri Yassine", name_ar, first_phone, "", "", 0, currency, {}),
            now,
        )
    return len(made) + 1
