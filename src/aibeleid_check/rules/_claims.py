"""Which rule reports a value the model could not accept; the others leave it alone."""

DATE_FIELDS = frozenset({"ingangsdatum", "herzieningsdatum"})


def is_date_field(path: str) -> bool:
    return path in DATE_FIELDS


def is_agreement_field(path: str) -> bool:
    return path.startswith("goedgekeurde_tools[") and path.endswith("].verwerkersovereenkomst")


def claimed_elsewhere(path: str) -> bool:
    return is_date_field(path) or is_agreement_field(path)
