"""The A4 page of a policy, typeset with Typst (DESIGN §7).

``render(result, output)`` writes the page of one checked file and returns its page count;
``record_page_count`` turns a count above one into the AIB801 finding. Typst itself is imported only when
a page is rendered.
"""

from aibeleid_check.a4.data import build_data
from aibeleid_check.a4.fit import record_page_count
from aibeleid_check.a4.renderer import BUILTIN_TEMPLATE, RenderError, render

__all__ = ["BUILTIN_TEMPLATE", "RenderError", "build_data", "record_page_count", "render"]
