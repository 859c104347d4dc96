"""``check --a4 FILE``: the A4 of the one checked policy, made before the report so AIB801 is in it."""

from __future__ import annotations

from aibeleid_check.a4.fit import record_page_count
from aibeleid_check.a4.renderer import RenderError, render
from aibeleid_check.config import Resolver
from aibeleid_check.errors import UsageError
from aibeleid_check.findings import CheckResult
from aibeleid_check.outputs import Inputs

TEXTS = {
    "nl": {
        "one_file": "aibeleid-check: --a4 maakt het A4 van één beleid, maar er zijn {count} bestanden "
        "gecontroleerd; gebruik --a4-dir MAP voor één A4 per beleid",
        "refused": "aibeleid-check: geen A4 gemaakt: '{path}' heeft {errors} open fout(en) en --strict is gezet",
    },
    "en": {
        "one_file": "aibeleid-check: --a4 makes the A4 of one policy, but {count} files were checked; "
        "use --a4-dir DIR for one A4 per policy",
        "refused": "aibeleid-check: no A4 made: '{path}' has {errors} open error(s) and --strict is set",
    },
}


def write_check_a4(
    result: CheckResult, output: str, resolver: Resolver, *, strict: bool, inputs: Inputs | None = None
) -> str:
    """Render the page and add AIB801 to the file's findings; problems are usage errors.

    Returns the line for stderr, which the caller prints after the report so that it comes last.
    """
    texts = TEXTS["en" if resolver.lang == "en" else "nl"]
    if len(result.files) != 1:
        raise UsageError(texts["one_file"].format(count=len(result.files)))
    file = result.files[0]
    if strict and file.errors:
        return texts["refused"].format(path=file.path, errors=file.errors)
    try:
        pages = render(file, output, lang=resolver.lang, today=resolver.settings.today, inputs=inputs)
    except RenderError as exc:
        raise UsageError(f"aibeleid-check: {exc}") from None
    record_page_count(file, pages, resolver.ruleset_for(file.path))
    return written_message(output, pages, resolver.lang)


def written_message(output: str, pages: int, lang: str) -> str:
    if lang == "en":
        unit = "page" if pages == 1 else "pages"
        return f"aibeleid-check: A4 written: {output} ({pages} {unit})"
    unit = "pagina" if pages == 1 else "pagina's"
    return f"aibeleid-check: A4 geschreven: {output} ({pages} {unit})"
