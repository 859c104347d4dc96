"""Generate N synthetic client policies: realistic, varied (Dutch and English keys, the date and contact
shapes people write, tools with and without an agreement), and a share of broken files (YAML syntax
errors, duplicate keys, impossible dates, non-UTF-8, empty, a list at the top, unknown keys).

    python bench/generate.py OUT_DIR [COUNT] [--broken 0.05] [--seed 1]

The same seed gives the same files. Used by ``bench/run.py`` and by the batch tests.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

PREFIXES = [
    "Bakkerij",
    "Installatiebedrijf",
    "Adviesbureau",
    "Tandartspraktijk",
    "Fysiotherapie",
    "Café",
    "Kapsalon",
    "Administratiekantoor",
    "Hoveniersbedrijf",
    "Architectenbureau",
    "Notariskantoor",
    "Garage",
    "Drukkerij",
    "Bouwbedrijf",
    "Makelaardij",
    "Schildersbedrijf",
    "Webbureau",
    "Zorgboerderij",
]
NAMES = [
    "De Vries",
    "Jansen",
    "Van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "De Boer",
    "Mulder",
    "De Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Van Dijk",
    "Dekker",
    "Brouwer",
    "Koç",
    "Çelik",
    "Ter Horst",
    "Van 't Hek",
    "Ëlzinga",
    "Janssen & Zn.",
    "Het Zonnetje",
    "Noorderlicht",
    "D'Amico",
]
SUFFIXES = ["B.V.", "", "V.O.F.", "& Partners", "Holding B.V.", ""]
TOOLS = [
    ("Microsoft 365 Copilot", "Microsoft"),
    ("ChatGPT Business", "OpenAI"),
    ("ChatGPT Plus", "OpenAI"),
    ("DeepL Pro", "DeepL SE"),
    ("Gemini for Google Workspace", "Google"),
    ("Claude Team", "Anthropic"),
    ("Mistral Le Chat Pro", "Mistral AI"),
    ("Perplexity Pro", "Perplexity"),
    ("Grammarly Business", "Grammarly"),
    ("Notion AI", "Notion Labs"),
    ("GitHub Copilot Business", "GitHub"),
    ("Otter.ai", "Otter"),
]
AGREEMENTS = ["ja", "ja", "ja", "nee", "aangevraagd", "niet-nodig", "yes", "n.v.t."]
ALLOWED_IDS = ["concepten", "brainstormen", "openbare-informatie", "uitleg"]
FORBIDDEN_IDS = ["geen-persoonsgegevens", "geen-bedrijfsgeheimen", "geen-eindbesluit", "altijd-controleren"]
FORBIDDEN_TEXTS = {
    "geen-persoonsgegevens": [
        "Voer geen klantgegevens in, zoals namen, adressen of dossiers.",
        "Never enter personal data of customers or staff.",
    ],
    "geen-bedrijfsgeheimen": [
        "Deel geen contracten, offertes of financiële cijfers.",
        "Do not share confidential contracts or financial details.",
    ],
    "geen-eindbesluit": [
        "Laat AI geen eindbesluit nemen over mensen, geld of risico.",
        "AI never makes the final decision about people or money.",
    ],
    "altijd-controleren": [
        "Neem antwoorden nooit blind over: altijd zelf controleren.",
        "Always check answers yourself before using them.",
    ],
}
EXTRA_ALLOWED = [
    "Recepten en productteksten laten herschrijven en daarna zelf nalezen.",
    "Vergaderverslagen laten samenvatten (zonder namen).",
    "Social-mediaposts laten bedenken.",
]
APPLIES_TO = [
    "Alle medewerkers",
    "Alle medewerkers en stagiairs",
    "Iedereen die voor ons werkt, ook zzp'ers",
    "All staff",
    "Medewerkers, stagiairs en uitzendkrachten",
]
FIRST = ["Marieke", "Sanne", "Ahmed", "Jeroen", "Fatima", "Pieter", "Lotte", "Mehmet", "Anouk", "Bram"]
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def organisation(rng: random.Random) -> str:
    return " ".join(part for part in (rng.choice(PREFIXES), rng.choice(NAMES), rng.choice(SUFFIXES)) if part)


def a_date(rng: random.Random, year: int) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice(
        [
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}-{month:02d}-{year}",
            f"{day} {MONTHS[month - 1]} {year}",
            f"{day}/{month}/{year}",
        ]
    )


def policy(rng: random.Random) -> str:
    english = rng.random() < 0.15
    key = (lambda nl, en: en) if english else (lambda nl, en: nl)
    name = organisation(rng)
    lines = [f"# AI-gebruiksbeleid van {name}", f'{key("organisatie", "organisation")}: "{name}"', ""]
    lines += [f"{key('regels', 'rules')}:", f"  {key('mag', 'allowed')}:"]
    for rule_id in rng.sample(ALLOWED_IDS, rng.randint(0, 4)):
        lines.append(f"    - id: {rule_id}")
    if rng.random() < 0.5:
        lines.append(f'    - "{rng.choice(EXTRA_ALLOWED)}"')
    lines.append(f"  {key('mag_niet', 'forbidden')}:")
    for rule_id in FORBIDDEN_IDS:
        roll = rng.random()
        if roll < 0.6:
            lines.append(f"    - id: {rule_id}")
        elif roll < 0.95:
            lines.append(f'    - tekst: "{rng.choice(FORBIDDEN_TEXTS[rule_id])}"')
    lines += ["", f"{key('goedgekeurde_tools', 'approved_tools')}:"]
    for tool, vendor in rng.sample(TOOLS, rng.randint(1, 5)):
        lines.append(f"  - {key('naam', 'name')}: {tool}")
        lines.append(f"    {key('verwerkersovereenkomst', 'processing_agreement')}: {rng.choice(AGREEMENTS)}")
        lines.append(f"    {key('persoonsgegevens', 'personal_data')}: {rng.choice(['ja', 'nee', 'nee'])}")
        if rng.random() < 0.5:
            lines.append(f"    leverancier: {vendor}")
        if rng.random() < 0.3:
            lines.append(f"    datalocatie: {rng.choice(['EU', 'VS', 'EU (Frankfurt)'])}")
    lines += ["", *contact(rng, key), ""]
    lines += applies_to(rng, key)
    lines.append(f"{key('ingangsdatum', 'effective_date')}: {a_date(rng, rng.choice([2024, 2025, 2025, 2026]))}")
    if rng.random() < 0.6:
        lines.append(f"{key('herzieningsdatum', 'review_date')}: {a_date(rng, 2027)}")
    if rng.random() < 0.5:
        lines.append(f'{key("versie", "version")}: "1.{rng.randint(0, 9)}"')
    return "\n".join(lines) + "\n"


def contact(rng: random.Random, key) -> list[str]:
    person = f"{rng.choice(FIRST)} {rng.choice(NAMES)}"
    if rng.random() < 0.3:
        return [f"{key('aanspreekpunt', 'contact')}: {person}, {person.split()[0].lower()}@example.nl"]
    out = [
        f"{key('aanspreekpunt', 'contact')}:",
        f"  {key('naam', 'name')}: {person}",
        f"  {key('rol', 'role')}: {rng.choice(['directeur', 'office manager', 'privacy officer'])}",
    ]
    if rng.random() < 0.9:
        out.append(f"  email: {person.split()[0].lower()}@example.nl")
    if rng.random() < 0.4:
        out.append(
            f"  {key('telefoon', 'phone')}: 0{rng.randint(10, 79)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        )
    return out


def applies_to(rng: random.Random, key) -> list[str]:
    if rng.random() < 0.5:
        return [f"{key('geldt_voor', 'applies_to')}: {rng.choice(APPLIES_TO)}"]
    return [f"{key('geldt_voor', 'applies_to')}:", "  - Alle medewerkers", "  - Stagiairs"]


BROKEN_KINDS = ("syntax", "duplicate", "date", "latin1", "empty", "list", "unknown", "tab")
UTF8_BROKEN_KINDS = tuple(kind for kind in BROKEN_KINDS if kind != "latin1")
"""yamllint stops the whole run with a traceback on the first file that is not UTF-8; comparisons use these."""


def broken(rng: random.Random, kinds: tuple[str, ...] = BROKEN_KINDS) -> bytes:
    good = policy(rng)
    kind = rng.choice(kinds)
    if kind == "syntax":
        return good.replace("regels:", "regels: [", 1).replace("rules:", "rules: [", 1).encode()
    if kind == "duplicate":
        return (good + good.splitlines()[1] + "\n").encode()
    if kind == "date":
        return re.sub(r"^(ingangsdatum|effective_date): .*$", r"\1: 2026-02-30", good, flags=re.MULTILINE).encode()
    if kind == "latin1":
        return "organisatie: Café Één\n".encode("latin-1", errors="replace") + good.encode()
    if kind == "empty":
        return b"# nog invullen\n"
    if kind == "list":
        return b"- organisatie: Verkeerd B.V.\n- regels: []\n"
    if kind == "unknown":
        return good.replace("ingangsdatum", "ingansdatum").replace("goedgekeurde_tools", "goedgekeurde_tool").encode()
    return good.replace("  - ", "\t- ", 1).encode()


def generate(
    out: Path, count: int, *, broken_share: float = 0.05, seed: int = 1, utf8_only: bool = False
) -> list[Path]:
    """Write ``count`` policies into ``out`` (created) and return their paths in order."""
    kinds = UTF8_BROKEN_KINDS if utf8_only else BROKEN_KINDS
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = out / f"klant-{index:05d}.yaml"
        data = broken(rng, kinds) if rng.random() < broken_share else policy(rng).encode("utf-8")
        path.write_bytes(data)
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("count", type=int, nargs="?", default=500)
    parser.add_argument("--broken", type=float, default=0.05, help="share of broken files (0..1)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--utf8-only", action="store_true", help="no non-UTF-8 files (yamllint crashes on them)")
    options = parser.parse_args()
    paths = generate(
        options.out, options.count, broken_share=options.broken, seed=options.seed, utf8_only=options.utf8_only
    )
    print(f"{len(paths)} policies in {options.out}")


if __name__ == "__main__":
    main()
