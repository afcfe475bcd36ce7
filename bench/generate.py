"""Build a large database of attributions from templates, for the dashboard query benchmark.

usage: .venv/bin/python bench/generate.py DB [--attributions N] [--seed S]

DB is an SQLite file path or a database URL (PostgreSQL). The database is migrated (`init_db`) and must
hold no articles yet. Articles are assembled from sentence templates in Arabic and English (direct,
indirect and mixed quotations; named, official and unnamed sources; conduits; "according to" phrases),
with every span's offsets computed as the text is built, so `text[start:end]` holds as in real ingests.
Sources, aliases, outlets, dates and review events vary. Rows are inserted directly in bulk (the parser
is not involved): this measures queries, not ingest.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from machine import machine_line
from sqlalchemy import Engine, Table, func, select, text

from attribution.storage import tallies
from attribution.storage.engine import database_url, init_db, make_engine
from attribution.storage.store import content_hash
from attribution.storage.tables import (
    ALIAS_TABLE as ALIAS,
    ARTICLE_TABLE as ARTICLE,
    ATTRIBUTION_TABLE as ATTRIBUTION,
    EVENT_TABLE as EVENT,
    LINK_TABLE as LINK,
    SOURCE_TABLE as SOURCE,
)
from attribution.storage.tallies import day_of
from attribution.textnorm import normalize_key

CHUNK = 5_000

# ---------------------------------------------------------------- vocabulary

EN_FIRST = [
    "James",
    "Maria",
    "Ahmed",
    "Sarah",
    "Omar",
    "Laura",
    "Daniel",
    "Fatima",
    "Peter",
    "Nadia",
    "Karim",
    "Anna",
    "Victor",
    "Leila",
    "Hassan",
    "Emma",
]
EN_LAST = [
    "Carter",
    "Haddad",
    "Miller",
    "Nasser",
    "Okafor",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Hussein",
    "Dubois",
    "Petrov",
    "Alvarez",
    "Khan",
    "Brennan",
]
AR_FIRST = [
    "محمد",
    "أحمد",
    "فاطمة",
    "علي",
    "سارة",
    "عمر",
    "ليلى",
    "حسن",
    "نادية",
    "كريم",
    "زينب",
    "يوسف",
    "مريم",
    "خالد",
    "هدى",
    "سامي",
]
AR_LAST = [
    "الحداد",
    "السوداني",
    "الخطيب",
    "النجار",
    "العبيدي",
    "الراوي",
    "الحسيني",
    "الشمري",
    "البياتي",
    "الجبوري",
    "الدليمي",
    "المالكي",
]
EN_TITLES = ["the foreign minister", "the defence minister", "the spokesman", "the governor", "the mayor", "the envoy"]
AR_TITLES = ["وزير الخارجية", "وزير الدفاع", "المتحدث باسم الحكومة", "المحافظ", "رئيس البلدية", "المبعوث الخاص"]
BODIES = [
    ("the Pentagon", "البنتاغون", "government"),
    ("the White House", "البيت الأبيض", "government"),
    ("the United Nations", "الأمم المتحدة", "organization"),
    ("the World Health Organization", "منظمة الصحة العالمية", "organization"),
    ("the Interior Ministry", "وزارة الداخلية", "government"),
    ("the Red Cross", "الصليب الأحمر", "organization"),
]
CONDUITS = [
    ("Reuters", "رويترز", "news_agency"),
    ("AFP", "فرانس برس", "news_agency"),
    ("AP", "أسوشيتد برس", "news_agency"),
    ("CNN", "سي إن إن", "media"),
    ("Al Jazeera", "الجزيرة", "media"),
    ("BBC", "بي بي سي", "media"),
]
ANONYMOUS = [
    ("US officials", "مسؤولون أمريكيون"),
    ("a senior official", "مسؤول رفيع"),
    ("diplomatic sources", "مصادر دبلوماسية"),
    ("security sources", "مصادر أمنية"),
    ("witnesses", "شهود عيان"),
]
OUTLETS = [
    "Daily Ledger", "Gulf Times Test", "Baghdad Post Test", "المدى", "الصباح", "الشرق اليوم",
    "Morning Herald", "The Observer Test", "العالم الجديد", "Capital Wire", "Levant Review", "النهار اليوم",
]  # fmt: skip
EN_SUBJECTS = "the talks|the border crossing|the ceasefire|the budget|the election|the pipeline|the vaccine campaign"
EN_VERBS = "would resume|had stalled|would reopen|was approved|would be delayed|had collapsed|would expand"
EN_TIMES = "next week|on Monday|within days|by the end of the month|this year|after the holiday|soon"
AR_SUBJECTS = "المحادثات|المعبر الحدودي|وقف إطلاق النار|الموازنة|الانتخابات|خط الأنابيب|حملة التطعيم"
AR_VERBS = "ستستأنف|توقفت|ستفتح|أقرت|ستتأخر|انهارت|ستتوسع"
AR_TIMES = "الأسبوع المقبل|يوم الاثنين|خلال أيام|بنهاية الشهر|هذا العام|بعد العطلة|قريبا"
EN_QUOTES = ["we are ready", "this is unacceptable", "nothing has changed", "the door is open", "we will not leave"]
AR_QUOTES = ["نحن مستعدون", "هذا غير مقبول", "لم يتغير شيء", "الباب مفتوح", "لن نغادر"]

# a template is a list of parts: literal text, or one of {source}, {cue}, {content}, {conduit}, {quote}
EN_TEMPLATES: dict[str, list[list[str]]] = {
    "direct": [['"', "{content_q}", ',"', " ", "{source}", " ", "{cue:said}", "."]],
    "indirect": [
        ["{source}", " ", "{cue:said}", " that ", "{content}", "."],
        ["{cue:According to}", " ", "{source}", ", ", "{content}", "."],
        ["{source}", " ", "{cue:told}", " ", "{conduit}", " that ", "{content}", "."],
    ],
    "mixed": [["{source}", " ", "{cue:said}", " that ", "{content_mixed}", "."]],
}
AR_TEMPLATES: dict[str, list[list[str]]] = {
    "direct": [["{cue:قال}", " ", "{source}", ': "', "{content_q}", '".']],
    "indirect": [
        ["{cue:وأكد}", " ", "{source}", " أن ", "{content}", "."],
        ["{cue:وبحسب}", " ", "{source}", "، فإن ", "{content}", "."],
        ["{cue:وقال}", " ", "{source}", " لـ", "{conduit}", " إن ", "{content}", "."],
    ],
    "mixed": [["{cue:وأضاف}", " ", "{source}", " أن ", "{content_mixed}", "."]],
}


# ---------------------------------------------------------------- sources


@dataclass(frozen=True)
class Source:
    id: int
    en: str
    ar: str
    type: str
    anonymous: bool = False


@dataclass
class Pool:
    speakers: list[Source] = field(default_factory=list)
    conduits: list[Source] = field(default_factory=list)


def _people(rng: random.Random, n: int) -> Iterator[tuple[str, str, str]]:
    seen: set[str] = set()
    while len(seen) < n:
        i, j = rng.randrange(len(EN_FIRST)), rng.randrange(len(EN_LAST))
        k = rng.randrange(len(EN_TITLES))
        en = f"{EN_FIRST[i]} {EN_LAST[j]} {len(seen)}"
        if en in seen:
            continue
        seen.add(en)
        ar = f"{AR_FIRST[i % len(AR_FIRST)]} {AR_LAST[j % len(AR_LAST)]} {len(seen)}"
        yield en, ar, "official" if k < 3 else "person"


def build_pool(rng: random.Random, next_id: int, people: int) -> Pool:
    pool, ident = Pool(), next_id
    for en, ar, kind in _people(rng, people):
        pool.speakers.append(Source(ident, en, ar, kind))
        ident += 1
    for en, ar, kind in BODIES:
        pool.speakers.append(Source(ident, en, ar, kind))
        ident += 1
    for en, ar in ANONYMOUS:
        pool.speakers.append(Source(ident, f"{en} (unnamed)", ar, "anonymous", anonymous=True))
        ident += 1
    for en, ar, kind in CONDUITS:
        pool.conduits.append(Source(ident, en, ar, kind))
        ident += 1
    return pool


def reuse_existing(engine: Engine, pool: Pool) -> tuple[Pool, set[int]]:
    """Sources already in the database (the shipped registry: Reuters, the Pentagon…) keep their rows."""
    with engine.connect() as conn:
        existing = dict(conn.execute(select(SOURCE.c.key, SOURCE.c.id)).all())

    def swap(s: Source) -> Source:
        found = existing.get(normalize_key(s.en))
        return s if found is None else Source(found, s.en, s.ar, s.type, s.anonymous)

    return Pool([swap(s) for s in pool.speakers], [swap(s) for s in pool.conduits]), set(existing.values())


def source_rows(pool: Pool, existing: set[int]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    sources, aliases = [], []
    for s in [*pool.speakers, *pool.conduits]:
        if s.id in existing:
            continue
        sources.append(
            {"id": s.id, "canonical": s.en, "key": normalize_key(s.en), "type": s.type, "anonymous": s.anonymous}
        )
        for name, lang in ((s.en, "en"), (s.ar, "ar")):
            aliases.append({"source_id": s.id, "alias": name, "key": normalize_key(name), "lang": lang})
    return [{**r, "builtin": False} for r in sources], aliases


# ---------------------------------------------------------------- articles


@dataclass
class Built:
    text: str
    claims: list[dict[str, Any]]  # attribution columns without ids
    conduits: list[int | None]


class Writer:
    """Appends pieces to an article's text and remembers where each span landed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: dict[str, tuple[int, int, str]] = {}

    def add(self, piece: str, name: str | None = None) -> None:
        if name:
            self.spans[name] = (self.length, self.length + len(piece), piece)
        self.parts.append(piece)
        self.length += len(piece)


def _content(rng: random.Random, lang: str) -> str:
    s, v, t = (AR_SUBJECTS, AR_VERBS, AR_TIMES) if lang == "ar" else (EN_SUBJECTS, EN_VERBS, EN_TIMES)
    return f"{rng.choice(s.split('|'))} {rng.choice(v.split('|'))} {rng.choice(t.split('|'))}"


def _piece(slot: str, rng: random.Random, lang: str, speaker: Source, conduit: Source | None) -> tuple[str, str]:
    """The text of one template slot and the span name it fills."""
    quotes = AR_QUOTES if lang == "ar" else EN_QUOTES
    if slot.startswith("{cue:"):
        return slot[5:-1], "cue"
    if slot == "{source}":
        return (speaker.ar if lang == "ar" else speaker.en.replace(" (unnamed)", "")), "source"
    if slot == "{conduit}":
        assert conduit is not None
        return (conduit.ar if lang == "ar" else conduit.en), ""
    if slot == "{content_q}":
        return rng.choice(quotes), "content"
    if slot == "{content_mixed}":
        return f'{_content(rng, lang)} "{rng.choice(quotes)}"', "content"
    return _content(rng, lang), "content"


def _claim(w: Writer, seq: int, kind: str, speaker: Source) -> dict[str, Any]:
    text = "".join(w.parts)
    c0, c1, _ = w.spans["content"]
    q0, q1, qtext = w.spans["cue"]
    s0, s1, stext = w.spans["source"]
    if kind == "direct":  # the quotation marks (and a comma inside them) belong to a direct claim's content
        c0, c1 = c0 - 1, c1 + (2 if text[c1 : c1 + 2] == ',"' else 1)
    return {
        "content_text": text[c0:c1],
        "seq": seq, "kind": kind, "content_start": c0, "content_end": c1, "cue_start": q0, "cue_end": q1,
        "cue_text": qtext, "source_start": s0, "source_end": s1, "source_text": stext, "speaker_id": speaker.id,
        "source_canonical": speaker.en, "source_type": speaker.type, "anonymous": speaker.anonymous,
    }  # fmt: skip


def build_article(rng: random.Random, lang: str, n_claims: int, pool: Pool, number: int) -> Built:
    templates = AR_TEMPLATES if lang == "ar" else EN_TEMPLATES
    w, claims, conduits = Writer(), [], []
    w.add(f"{'تقرير رقم' if lang == 'ar' else 'Report number'} {number}.\n\n")
    for seq in range(n_claims):
        kind = rng.choices(("direct", "indirect", "mixed"), weights=(3, 5, 2))[0]
        template = rng.choice(templates[kind])
        speaker = rng.choice(pool.speakers[-11:] if rng.random() < 0.3 else pool.speakers)
        conduit = rng.choice(pool.conduits) if "{conduit}" in template else None
        w.spans = {}
        for slot in template:
            if slot.startswith("{"):
                piece, name = _piece(slot, rng, lang, speaker, conduit)
                w.add(piece, name or None)
            else:
                w.add(slot)
        claims.append(_claim(w, seq, kind, speaker))
        conduits.append(conduit.id if conduit else None)
        w.add(" " if rng.random() < 0.7 else "\n\n")
    return Built("".join(w.parts), claims, conduits)


# ---------------------------------------------------------------- inserting


def _insert(engine: Engine, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        with engine.begin() as conn:
            conn.execute(table.insert(), rows)


def _next_id(engine: Engine, table: Table) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1


@dataclass
class Batch:
    articles: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    def flush(self, engine: Engine) -> None:
        tables = ((ARTICLE, self.articles), (ATTRIBUTION, self.claims), (LINK, self.links), (EVENT, self.events))
        for table, rows in tables:
            _insert(engine, table, rows)
            rows.clear()


STATUSES = ("verified", "disputed", "false", "misattributed", "needs_context")
REVIEWERS = ("amal", "ben", "chloe", "dalia")


def _events(rng: random.Random, claim_id: int, when: datetime) -> list[dict[str, Any]]:
    events, status = [], "unreviewed"
    for step in range(rng.choice((1, 1, 2, 3))):
        new = rng.choice(STATUSES)
        events.append({
            "attribution_id": claim_id, "reviewer": rng.choice(REVIEWERS), "from_status": status, "to_status": new,
            "note": "", "at": when + timedelta(days=1 + step),
        })  # fmt: skip
        status = new
    return events


def generate(engine: Engine, target: int, seed: int, progress: bool = True) -> dict[str, int]:
    rng = random.Random(seed)
    pool = build_pool(rng, _next_id(engine, SOURCE), people=max(50, target // 500))
    pool, existing = reuse_existing(engine, pool)
    sources, aliases = source_rows(pool, existing)
    _insert(engine, SOURCE, sources)
    _insert(engine, ALIAS, aliases)
    article_id, claim_id, made, events = _next_id(engine, ARTICLE), _next_id(engine, ATTRIBUTION), 0, 0
    start_day = datetime(2023, 1, 1, tzinfo=UTC)
    batch, keys = Batch(), {}
    while made < target:
        lang = "ar" if rng.random() < 0.55 else "en"
        built = build_article(rng, lang, min(rng.randint(3, 13), target - made), pool, article_id)
        published = start_day + timedelta(days=rng.randrange(730), hours=rng.randrange(24))
        outlet = rng.choice(OUTLETS)
        batch.articles.append({
            "id": article_id, "content_hash": content_hash(built.text), "external_id": f"gen-{article_id}",
            "title": f"Generated {article_id}", "url": None, "outlet": outlet, "published": published,
            "lang": lang, "text": built.text, "origin": "bench/generate.py", "ingested_at": published,
        })  # fmt: skip
        for claim, conduit in zip(built.claims, built.conduits, strict=True):
            content = claim["content_text"]
            key = keys.get(content) or keys.setdefault(content, normalize_key(content))
            copies = {"lang": lang, "outlet": outlet, "day": day_of(published)}
            batch.claims.append({**claim, **copies, "id": claim_id, "article_id": article_id, "content_key": key})
            link = {"attribution_id": claim_id, "anonymous": claim["anonymous"]}
            batch.links.append({**link, "source_id": claim["speaker_id"], "role": "speaker"})
            if conduit is not None:
                batch.links.append({**link, "source_id": conduit, "role": "conduit"})
            if rng.random() < 0.03:
                batch.events += _events(rng, claim_id, published)
            claim_id += 1
        made += len(built.claims)
        article_id += 1
        if len(batch.claims) >= CHUNK:
            events += len(batch.events)
            batch.flush(engine)
            if progress:
                print(f"\r{made:,} attributions", end="", file=sys.stderr, flush=True)
    events += len(batch.events)
    batch.flush(engine)
    if progress:
        print(file=sys.stderr)
    return {"articles": article_id - _first(engine), "attributions": made, "sources": len(sources), "events": events}


def _first(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.min(ARTICLE.c.id))).scalar_one())


def _finish(engine: Engine) -> None:
    """Tallies rebuilt from the rows; PostgreSQL: explicit ids leave the id sequences behind, move them
    past the largest id; then planner statistics (both)."""
    with engine.begin() as conn:
        tallies.rebuild(conn)
    if engine.dialect.name != "postgresql":
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
        return
    with engine.begin() as conn:
        for table in (ARTICLE, SOURCE, ALIAS, ATTRIBUTION, EVENT):
            sequence = f"pg_get_serial_sequence('{table.name}', 'id')"
            conn.execute(text(f"SELECT setval({sequence}, (SELECT max(id) FROM {table.name}))"))
        conn.execute(text("ANALYZE"))


def arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", help="SQLite file path or database URL (must hold no articles)")
    parser.add_argument("--attributions", type=int, default=1_000_000, help="how many (default 1,000,000)")
    parser.add_argument("--seed", type=int, default=5, help="random seed (default 5)")
    return parser.parse_args(argv)


def main(argv: Sequence[str]) -> None:
    args = arguments(argv)
    engine = make_engine(database_url(args.db))
    init_db(engine)
    with engine.connect() as conn:
        if conn.execute(select(func.count()).select_from(ARTICLE)).scalar_one():
            raise SystemExit(f"{args.db}: already holds articles; generate into an empty database")
    print(machine_line())
    start = time.perf_counter()
    counts = generate(engine, args.attributions, args.seed)
    _finish(engine)
    elapsed = time.perf_counter() - start
    print(", ".join(f"{v:,} {k}" for k, v in counts.items()) + f" in {elapsed:.1f} s ({engine.dialect.name})")


if __name__ == "__main__":
    main(sys.argv[1:])
