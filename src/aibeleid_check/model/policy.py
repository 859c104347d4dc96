"""The policy format v1 (DESIGN §3) as a lenient pydantic model: every field optional, values read by ``values``."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from aibeleid_check import values

VALUE_ERROR = "aib_value"
"""The pydantic error type of a value a ``values`` parser refused (its explanation travels in the context)."""
AMBIGUOUS_ERROR = "aib_ambiguous"
"""The pydantic error type of a value that can mean two things (``n.v.t.`` as an agreement status)."""


def _checked(parser: Callable[[Any], Any]) -> BeforeValidator:
    """Wrap a values.* parser so that its problem becomes a pydantic error carrying both languages."""

    def validate(value: Any) -> Any:
        try:
            return parser(value)
        except values.ValueProblem as problem:
            kind = AMBIGUOUS_ERROR if problem.ambiguous else VALUE_ERROR
            context = {"nl": problem.message.nl, "en": problem.message.en, "value": problem.value}
            raise PydanticCustomError(kind, "{nl}", context) from None

    return BeforeValidator(validate)


Agreement = Literal["ja", "nee", "aangevraagd", "niet-nodig"]
DateValue = Annotated[date | None, _checked(values.parse_date)]
YesNo = Annotated[bool | None, _checked(values.parse_yes_no)]
AgreementValue = Annotated[Agreement | None, _checked(values.parse_agreement)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class RuleItem(_Model):
    id: str | None = Field(
        default=None, description="Id van een regel uit het sjabloon, bijvoorbeeld geen-persoonsgegevens."
    )
    tekst: str | None = Field(default=None, description="De regel in eigen woorden.")
    from_mapping: bool = Field(default=False, exclude=True, description="Read from an unquoted 'a: b' line.")


class Rules(_Model):
    mag: list[RuleItem] | None = Field(default=None, description="DIT MAG: wat wel mag.")
    mag_niet: list[RuleItem] | None = Field(default=None, description="DIT NIET: wat niet mag.")
    moet: list[RuleItem] | None = Field(
        default=None,
        description="ALTIJD (English: must): wat medewerkers altijd moeten doen, zoals 'Controleer altijd…'.",
    )


class Tool(_Model):
    naam: str | None = Field(default=None, description="Naam van de tool, met het abonnement als dat uitmaakt.")
    verwerkersovereenkomst: AgreementValue = Field(default=None, description="ja | nee | aangevraagd | niet-nodig")
    persoonsgegevens: YesNo = Field(default=None, description="Mogen er persoonsgegevens in? ja | nee (standaard nee)")
    leverancier: str | None = None
    abonnement: str | None = None
    datalocatie: str | None = None
    toelichting: str | None = None
    doorgiftegrond: str | None = Field(
        default=None,
        description="Grond voor doorgifte buiten de EU/EER (AVG hoofdstuk V): adequaatheidsbesluit, "
        "EU-US Data Privacy Framework of standaardcontractbepalingen.",
    )

    @property
    def allows_personal_data(self) -> bool:
        return self.persoonsgegevens is True

    @property
    def agreement_covered(self) -> bool:
        """Covered by a processing agreement: `ja`, or `niet-nodig` for a tool that takes no personal data.
        `niet-nodig` with personal data fits only a tool nobody else runs for you, so it is never counted."""
        return self.verwerkersovereenkomst == "ja" or (
            self.verwerkersovereenkomst == "niet-nodig" and not self.allows_personal_data
        )


@cache
def _channel_patterns() -> tuple[re.Pattern[str], ...]:
    """E-mail, phone, and other channel patterns, compiled on the first contact text searched (not at import)."""
    email = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # start only where a name starts: linear time
    phone = re.compile(r"(?:\+|\b0)[\d\s().\-\u2010-\u2015/]{8,}\d")
    channel = re.compile(
        r"https?://\S|\bwww\.\S"  # a web page or portal
        r"|\b(?:toestel|tst|tel|telefoon|phone|ext|extension|intern|internal|extern)\.?\s*:?\s*\d{3,6}\b"  # extension
        r"|\b(?:teams|slack|yammer|viva engage|topdesk|servicenow|intranet|ticket|helpdesk-?portaal|portal|portaal)"
        r"|(?<![\w&])#[a-z][\w-]{2,}",  # a chat channel
        re.IGNORECASE,
    )
    return email, phone, channel


_CONTACT_TEXT_CAP = 2_000
"""Characters of a contact text searched for a channel (the same cap as the recognition engine's)."""


def has_channel(text: str | None) -> bool:
    """True when ``text`` names a way to reach someone: e-mail, phone, extension, web page or chat channel."""
    if not text:
        return False
    text = text[:_CONTACT_TEXT_CAP]
    return any(pattern.search(text) for pattern in _channel_patterns())


class Contact(_Model):
    naam: str | None = Field(default=None, description="Naam (of functie) van het aanspreekpunt.")
    rol: str | None = None
    email: str | None = None
    telefoon: str | None = None

    @property
    def reachable(self) -> bool:
        """A way to reach the contact is given: an e-mail address or phone number as a field, or a channel inside
        the name or role (a team or role with a channel, "ICT-servicedesk, 024 361 11 11", is a valid contact)."""
        if not values.is_placeholder(self.email) or not values.is_placeholder(self.telefoon):
            return True
        return has_channel(self.naam) or has_channel(self.rol)


class Policy(_Model):
    organisatie: str | None = Field(default=None, description="Naam van de organisatie.")
    regels: Rules | None = None
    goedgekeurde_tools: list[Tool] | None = Field(default=None, description="GOEDGEKEURDE TOOLS")
    aanspreekpunt: Contact | None = Field(default=None, description="AANSPREEKPUNT BIJ TWIJFEL")
    geldt_voor: list[str | None] | None = Field(default=None, description="DIT BELEID GELDT VOOR")
    ingangsdatum: DateValue = Field(default=None, description="INGANGSDATUM")
    herzieningsdatum: DateValue = Field(default=None, description="Wanneer het beleid opnieuw wordt bekeken.")
    versie: str | None = None
    afspraken: list[str | None] | None = Field(
        default=None,
        description="Extra afspraken in eigen woorden: scholing (AI-geletterdheid), wat te doen bij een "
        "datalek, transparantie naar klanten, hoe een nieuwe tool wordt goedgekeurd.",
    )

    def rule_items(self, kind: str) -> list[RuleItem]:
        if self.regels is None:
            return []
        return list(getattr(self.regels, kind) or [])
