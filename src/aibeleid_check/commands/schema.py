"""``aibeleid-check schema``: print the JSON Schema of the policy format, for editors (yaml-language-server).

The schema is derived from the model in :mod:`aibeleid_check.model_schema`; this command only prints it.
``policy_schema`` is re-exported here for code that imported it from this module before it moved.
"""

from __future__ import annotations

import json
import sys

from aibeleid_check.exitcodes import ExitStatus
from aibeleid_check.model_schema import policy_schema

__all__ = ["policy_schema", "run"]


def run(args: object) -> ExitStatus:
    json.dump(policy_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return ExitStatus.SUCCESS
