"""The approved tools read into a policy's data, wherever a document gives them: one per line or list item
under the tools' label, several in one paragraph ("Microsoft Copilot (zakelijk account) en DeepL Pro."), the
tools a sentence outside the sections names ("The only approved tools are …"), and what a later sentence says
of one of them ("Voor ChatGPT Team hebben we een verwerkersovereenkomst …") or of all ("Both have a processing
agreement."). How a tool's own text is read is :mod:`aibeleid_check.source.tool_spec`'s job; this module puts
the result in place, each value located where it is written.
"""

from __future__ import annotations

from typing import Any

from aibeleid_check.source.filling import State, append, list_of
from aibeleid_check.source.reading import Block
from aibeleid_check.source.tool_spec import (
    BOTH_TOOLS,
    ONE_TOOL,
    details_in_sentence,
    parse_tool,
    shared_details,
    tools_in_sentence,
)

_TOOLS = "goedgekeurde_tools"


def add_tool(state: State, block: Block, tool: dict[str, Any], offsets: dict[str, int]) -> None:
    """One tool, each of its values located at its offset in ``block``."""
    index = len(list_of(state, _TOOLS))
    append(state, _TOOLS, tool, block)
    for key, offset in offsets.items():
        state.doc.value_marks[(_TOOLS, index, key)] = state.doc.key_marks[(_TOOLS, index, key)] = state.at(
            block, offset
        )


def listed_tools(state: State, block: Block, parts: list[tuple[str, int]]) -> None:
    """One tool for each part of a paragraph that lists them (``tool_parts``), located where the part starts."""
    for part, begin in parts:
        tool, offsets = parse_tool(part)
        add_tool(state, block, tool, {key: begin + offset for key, offset in offsets.items()})


def stated_tools(state: State, block: Block, at: Block, stated: Any) -> None:
    """The tools a sentence outside the sections named (``stated``: their parts, and what later sentences of
    its paragraph said of each), added after any read under a label; ``at`` is where the sentence starts."""
    parts, details = stated
    first = len(list_of(state, _TOOLS))
    listed_tools(state, at, parts)
    for index, (fields, offsets) in details.items():  # what a later sentence says of one of them
        _complete_tool(state, first + index, list_of(state, _TOOLS)[first + index], fields, block, offsets)


def details_after(state: State, block: Block, first: int, sentence: str, offset: int) -> bool:
    """A later sentence of a paragraph under the tools' label, at ``offset`` in ``block``, that says what goes for
    one of the tools the paragraph named (those from index ``first``): "Voor Canva hebben we geen
    verwerkersovereenkomst, …", "Met Microsoft hebben we een verwerkersovereenkomst" (its vendor names Copilot).
    True when it gave that tool its values."""
    tools = list_of(state, _TOOLS)[first:] if state.data.get(_TOOLS) else []
    names = [str(tool.get("naam", "")).split(" (")[0] if isinstance(tool, dict) else "" for tool in tools]
    said = details_in_sentence(sentence, names)
    if said is None:
        return False
    index, fields, offsets = said
    _complete_tool(state, first + index, tools[index], fields, block, {key: offset + at for key, at in offsets.items()})
    return True


def tools_in_prose(state: State, block: Block, offset: int, sentence: str) -> bool:
    """A sentence outside the sections at ``offset`` in ``block``: the tools it lists as the approved ones (kept
    in ``state.prose`` until every label has had its say; True, the sentence gives nothing else), what it says of
    one of the tools an earlier sentence of its paragraph listed, or of all tools read so far."""
    listed = state.prose.get(_TOOLS)
    tools = [] if listed else tools_in_sentence(sentence)
    if tools:
        state.prose[_TOOLS] = ((tools, {}), block, offset)
        return True
    if listed is not None and listed[1] is block and offset > listed[2]:
        (parts, details), _, _ = listed
        names = [str(parse_tool(part)[0].get("naam", "")).split(" (")[0] for part, _ in parts]
        said = details_in_sentence(sentence, names)
        if said is not None and said[0] not in details:
            index, fields, offsets = said
            details[index] = (fields, {key: offset + at for key, at in offsets.items()})
    shared = shared_details(sentence)
    if shared is not None:
        _shared_details(state, block, offset, sentence, shared)
    return False


def _shared_details(
    state: State, block: Block, offset: int, sentence: str, shared: tuple[dict[str, str], dict[str, int]]
) -> None:
    """ "Both have a processing agreement.", "Voor beide tools hebben we een verwerkersovereenkomst." after the
    tools' list or table: what it says goes to each tool read so far that does not say it itself ("both" only
    for two tools, "Daarvoor hebben we …" only for one)."""
    fields, offsets = shared
    listed = state.prose.get(_TOOLS)
    tools = list_of(state, _TOOLS) if state.data.get(_TOOLS) else []
    count = len(tools) or (len(listed[0][0]) if listed is not None else 0)
    if count == 0 or (count != 2 and BOTH_TOOLS.match(sentence)) or (count != 1 and ONE_TOOL.match(sentence)):
        return
    for index, tool in enumerate(tools):
        _complete_tool(state, index, tool, fields, block, {key: offset + at for key, at in offsets.items()})
    if listed is not None and not tools:
        (parts, details), _, _ = listed
        for index in range(len(parts)):
            known, marks = details.get(index, ({}, {}))
            new = {key: said for key, said in fields.items() if key not in known}
            details[index] = ({**known, **new}, {**marks, **{key: offset + offsets[key] for key in new}})


def _complete_tool(
    state: State, index: int, tool: Any, fields: dict[str, str], block: Block, offsets: dict[str, int]
) -> None:
    """Tool ``index`` gets what a sentence says of it and it does not say itself, located at ``offsets`` in
    ``block``."""
    for key, said in fields.items():
        if isinstance(tool, dict) and key not in tool:
            tool[key] = said
            mark = state.at(block, offsets[key])
            state.doc.value_marks[(_TOOLS, index, key)] = mark
            state.doc.key_marks[(_TOOLS, index, key)] = mark
