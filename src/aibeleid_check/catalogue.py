"""The dated catalogue of known AI tools and plans: load, validate, extend, and match a policy's tool.

The built-in catalogue is ``data/tools.yaml``. An organisation adds or overrides entries with its own
catalogue files (``Settings.options["catalogue"]``, filled from the config key ``catalogus``): an entry with
the same ``id`` replaces the built-in one. Every fact is dated and sourced; ``onbekend`` (unknown) where
the vendor's own terms did not confirm it.

Matching is conservative: a policy's tool matches an entry only when all words of one of the entry's
names occur in the tool's ``naam`` and ``abonnement``, none of its ``tenzij`` (unless) words do, no other
entry matches as specifically, and matching never crosses vendors: when the tool names a vendor ("GitHub
Copilot Pro"), only that vendor's entries can match. "ChatGPT" on its own matches nothing: free and
Enterprise differ too much.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Annotated, Literal, NamedTuple

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from aibeleid_check import values
from aibeleid_check.meaning import normalise
from aibeleid_check.texts import Message

STALE_AFTER_MONTHS = 12
Known = Literal["ja", "nee", "onbekend"]


class CatalogueError(ValueError):
    """A catalogue file that cannot be read or does not follow the format; the message names the file."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.nl)
        self.message = message


def _known(value: object) -> object:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value).strip().lower() if value is not None else value


def _yes_no(value: object) -> object:
    try:
        return values.parse_yes_no(value)
    except values.ValueProblem as problem:
        raise ValueError(problem.message.en) from None


def _no_words() -> list[str]:
    """``tenzij``'s default. A Python function, not ``list``: pydantic inspects a factory's signature, and
    for a builtin that compiles the tokenizer's patterns (~5 ms on the first catalogue load)."""
    return []


KnownValue = Annotated[Known, BeforeValidator(_known)]
YesNoValue = Annotated[bool, BeforeValidator(_yes_no)]


class Entry(BaseModel):
    """One product and plan, with the facts a policy check needs and where they come from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    product: str
    leverancier: str
    abonnement: str
    abonnement_en: str = Field(default="", description="The plan in English, for English messages.")
    namen: list[str] = Field(min_length=1, description="Names to match, each a set of words that must all occur.")
    tenzij: list[str] = Field(default_factory=_no_words, description="Words that rule this entry out.")
    consument: YesNoValue = Field(description="A plan for individuals (consumer terms) rather than for organisations.")
    verwerkersovereenkomst: KnownValue
    datalocatie: str = "onbekend"
    training_standaard: KnownValue = Field(description="Are inputs used for training by default?")
    toelichting: str = ""
    bronnen: list[str] = Field(min_length=1)
    gecontroleerd: date

    def plan(self, lang: str = "nl") -> str:
        """The product and plan as a message names it: ``abonnement_en`` in English when the entry has one."""
        plan = self.abonnement_en if lang == "en" and self.abonnement_en else self.abonnement
        return f"{self.product} {plan}"

    def name_words(self) -> list[frozenset[str]]:
        return [frozenset(_words(name)) for name in self.namen]

    def vendor_words(self) -> frozenset[str]:
        """The words that name this entry's vendor ("github", "microsoft"), without legal-form words."""
        return frozenset(_words(self.leverancier) - _NOT_A_VENDOR_WORD)


class CatalogueFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    bijgewerkt: date
    tools: list[Entry]


# Named tuples and a plain class, not dataclasses: a one-file check with tools builds these classes at every
# start, and a dataclass compiles its methods from source (~0.3 ms a class, ~0.06 for a named tuple).


class Source(NamedTuple):
    """One loaded catalogue file: the built-in one or an organisation's."""

    name: str
    updated: date


class _Words(NamedTuple):
    """An entry's word sets, computed once per catalogue rather than once per entry per tool matched."""

    entry: Entry
    unless: frozenset[str]
    own: frozenset[str]
    names: tuple[frozenset[str], ...]


class Catalogue:
    """The entries of the loaded catalogue files (later files override by ``id``) and those files."""

    __slots__ = ("entries", "sources", "_words", "_vendors", "_matched")

    def __init__(self, entries: tuple[Entry, ...], sources: tuple[Source, ...]) -> None:
        self.entries = entries
        self.sources = sources
        self._words = tuple(_entry_words(entry) for entry in entries)
        self._vendors: frozenset[str] = frozenset().union(*(entry.vendor_words() for entry in entries))
        self._matched: dict[tuple[str | None, ...], Entry | None] = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Catalogue):
            return NotImplemented
        return (self.entries, self.sources) == (other.entries, other.sources)

    def __hash__(self) -> int:
        return hash((self.entries, self.sources))

    def __repr__(self) -> str:
        return f"Catalogue(entries={self.entries!r}, sources={self.sources!r})"

    @property
    def updated(self) -> date:
        """The date of the oldest source: the catalogue is only as fresh as its stalest part."""
        return min(source.updated for source in self.sources)

    def is_stale(self, today: date) -> bool:
        from aibeleid_check.datetext import add_months

        return self.updated < add_months(today, -STALE_AFTER_MONTHS)

    def match(self, *texts: str | None) -> Entry | None:
        """The one entry that ``texts`` (a tool's name and plan) name most specifically, or ``None``.

        Remembered per catalogue: a batch names the same few tools in file after file, and up to four
        rules ask for each tool of a file. The answer depends on nothing but ``texts`` and the (frozen)
        entries."""
        try:
            return self._matched[texts]
        except KeyError:
            pass
        except TypeError:  # an unhashable text (a plugin's call): just match it
            return self._match(texts)
        found = self._match(texts)
        if len(self._matched) >= _MATCHES_KEPT:
            self._matched.clear()
        self._matched[texts] = found
        return found

    def _match(self, texts: tuple[str | None, ...]) -> Entry | None:
        words = set().union(*(_words(text) for text in texts if text))
        best: dict[str, Entry] = {}
        best_size = 0
        for known in self._words:
            entry = known.entry
            if words & known.unless:
                continue
            if words & (self._vendors - known.own):
                continue  # the tool names another vendor: never match across vendors
            sizes = [len(name) for name in known.names if name <= words]
            if not sizes:
                continue
            size = max(sizes)
            if size > best_size:
                best, best_size = {entry.id: entry}, size
            elif size == best_size:
                best[entry.id] = entry
        return next(iter(best.values())) if len(best) == 1 else None


_MATCHES_KEPT = 4096
"""How many (name, plan) answers a catalogue remembers; more distinct tools than this start it afresh."""
_WORD = re.compile(r"[a-z0-9]+")
_NOT_A_VENDOR_WORD = frozenset({"ai", "se", "inc", "ltd", "llc", "bv", "b", "v", "nv", "gmbh", "sas"})


def _words(text: str) -> set[str]:
    return set(_WORD.findall(normalise(text)))


def _entry_words(entry: Entry) -> _Words:
    names = tuple(entry.name_words())
    unless = frozenset().union(*(_words(word) for word in entry.tenzij))
    return _Words(entry, unless, entry.vendor_words().union(*names), names)


BUILTIN = "aibeleid_check/data/tools.yaml"


def load(extra_paths: tuple[str, ...] = ()) -> Catalogue:
    """The built-in catalogue extended by ``extra_paths`` (later files override entries with the same id)."""
    return _load(tuple(str(path) for path in extra_paths))


@lru_cache(maxsize=8)
def _load(extra_paths: tuple[str, ...]) -> Catalogue:
    builtin = resources.files("aibeleid_check").joinpath("data/tools.yaml").read_text(encoding="utf-8")
    files = [(BUILTIN, _parse(builtin, BUILTIN))]
    files += [(path, _validate(_read(path), path)) for path in extra_paths]
    entries: dict[str, Entry] = {}
    for _, parsed in files:
        entries.update((entry.id, entry) for entry in parsed.tools)
    return Catalogue(
        entries=tuple(entries.values()),
        sources=tuple(Source(name, parsed.bijgewerkt) for name, parsed in files),
    )


def _read(path: str) -> object:
    """An organisation's catalogue, read like a configuration file (it may come with a client's folder):
    only a regular file, at most 1 MiB, YAML composed with the bounded composer (aliases, nesting)."""
    from aibeleid_check.source.limited import LimitError, load_yaml_limited, read_limited

    try:
        return load_yaml_limited(read_limited(path).decode("utf-8"))
    except (OSError, UnicodeDecodeError, LimitError, RecursionError) as exc:
        reason = (
            (exc.strerror if isinstance(exc, OSError) else None) or str(exc) or "te diep genest / nested too deeply"
        )
        raise CatalogueError(
            Message(
                nl=f"Catalogus '{path}' is niet te lezen: {reason}",
                en=f"Catalogue '{path}' cannot be read: {reason}",
            )
        ) from None
    except yaml.YAMLError as exc:
        raise _invalid_yaml(path, exc) from None


def _parse(text: str, name: str) -> CatalogueFile:
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # safe; C when available
    except yaml.YAMLError as exc:
        raise _invalid_yaml(name, exc) from None
    return _validate(data, name)


def _invalid_yaml(name: str, exc: yaml.YAMLError) -> CatalogueError:
    mark = getattr(exc, "problem_mark", None)
    where = f" (regel {mark.line + 1})" if mark else ""
    where_en = f" (line {mark.line + 1})" if mark else ""
    return CatalogueError(
        Message(
            nl=f"Catalogus '{name}' is geen geldige YAML{where}.", en=f"Catalogue '{name}' is not valid YAML{where_en}."
        )
    )


def _validate(data: object, name: str) -> CatalogueFile:
    try:
        return CatalogueFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        location = ".".join(str(part) for part in first["loc"]) or "(top)"
        count = exc.error_count()
        more_nl = f" (en nog {count - 1} fout(en))" if count > 1 else ""
        more_en = f" (and {count - 1} more)" if count > 1 else ""
        raise CatalogueError(
            Message(
                nl=f"Catalogus '{name}': {location}: {first['msg']}{more_nl}.",
                en=f"Catalogue '{name}': {location}: {first['msg']}{more_en}.",
            )
        ) from None
