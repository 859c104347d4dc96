"""The keys a configuration file may hold, validated with pydantic; imported only when a file is read."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator

from aibeleid_check.config.settings import selector
from aibeleid_check.findings import Severity

_SEVERITY_WORDS = {"fout": "error", "waarschuwing": "warning"}

__all__ = ["ConfigValues", "selector"]


class ConfigValues(BaseModel):
    """The keys a configuration file may hold; anything else is an error."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    select: list[str] | None = None
    ignore: list[str] | None = None
    severity: dict[str, Severity] = {}
    profile: Literal["basis", "streng"] | None = None
    plugins: list[str] = []
    exclude: list[str] = []
    lang: Literal["nl", "en"] | None = None
    fail_level: Severity | None = Field(None, alias="fail-level")
    catalogus: list[str] = Field([], validation_alias=AliasChoices("catalogus", "catalogue"))
    options: dict[str, Any] = {}

    @field_validator("select", "ignore", "plugins", "exclude", "catalogus", mode="before")
    @classmethod
    def _comma_text_is_a_list(cls, value: Any) -> Any:
        return [part.strip() for part in value.split(",") if part.strip()] if isinstance(value, str) else value

    @field_validator("select", "ignore")
    @classmethod
    def _selectors(cls, value: list[str] | None) -> list[str] | None:
        return None if value is None else [selector(code) for code in value]

    @field_validator("exclude")
    @classmethod
    def _exclude_patterns(cls, value: list[str]) -> list[str]:
        from aibeleid_check.config.exclude import check_patterns

        check_patterns(value)
        return value

    @field_validator("severity", mode="before")
    @classmethod
    def _severity_words(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {
                selector(str(code)): _SEVERITY_WORDS.get(str(level).lower(), str(level).lower())
                for code, level in value.items()
            }
        return value

    @field_validator("fail_level", mode="before")
    @classmethod
    def _fail_level_word(cls, value: Any) -> Any:
        return _SEVERITY_WORDS.get(str(value).lower(), str(value).lower()) if value is not None else None
