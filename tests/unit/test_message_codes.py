"""Every user error raised below the window carries a message code, never a bare string.

A bare Chinese string cannot be shown in English: the English window would show it as
it is. The rule is read off the source (AST): the message given to UserError or one of
its subclasses must be a `msg(...)`, a call of a function that returns a `Message`, or
a name holding one; an f-string, a literal or `str(...)` fails.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

import minutes_app
from minutes_app.domain.message_texts import TERMS, TEXTS
from minutes_app.domain.messages import msg

PACKAGE = Path(minutes_app.__file__).parent
LAYERS = ("domain", "store", "io", "services", "commands", "ui")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _modules() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for layer in LAYERS
        for path in sorted((PACKAGE / layer).rglob("*.py"))
    ]


def _user_error_classes(trees: list[ast.Module]) -> set[str]:
    """UserError and every class below it, by name, across the package."""
    family = {"UserError"}
    classes = [n for tree in trees for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    grown = True
    while grown:
        grown = False
        for node in classes:
            bases = {_name(base) for base in node.bases}
            if node.name not in family and bases & family:
                family.add(node.name)
                grown = True
    return family


def _message_functions(trees: list[ast.Module]) -> set[str]:
    """Functions and methods whose return annotation names `Message`."""
    return {
        node.name
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.returns is not None
        and "Message" in ast.unparse(node.returns)
    }


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _is_message(node: ast.expr, makers: set[str], names: set[str]) -> bool:
    if isinstance(node, ast.Call):  # self.tr(): the window's own translated text
        return _name(node.func) in ("msg", "tr") or _name(node.func) in makers
    if isinstance(node, ast.Name):
        return node.id in names
    if isinstance(node, ast.Attribute):
        return node.attr in ("coded", "content", "own_message")
    return False


def _message_names(function: ast.AST, makers: set[str]) -> set[str]:
    """Names in `function` that hold a Message: parameters so typed, or assigned one."""
    names: set[str] = set()
    if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
        for arg in function.args.args + function.args.kwonlyargs:
            if arg.annotation is not None and "Message" in ast.unparse(arg.annotation):
                names.add(arg.arg)
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and _is_message(node.value, makers, set()):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def _bare_messages() -> list[str]:
    modules = _modules()
    trees = [tree for _, tree in modules]
    family = _user_error_classes(trees)
    makers = _message_functions(trees)
    found = []
    for path, tree in modules:
        for function, call in _calls(tree):
            if _name(call.func) in family:
                given = call.args[:1] or [k.value for k in call.keywords if k.arg == "message"]
            elif _name(call.func) == "fail":  # io.archive.fields.Record.fail(name, message)
                given = call.args[1:2]
            else:
                continue
            if given and not _is_message(given[0], makers, _message_names(function, makers)):
                where = f"{path.relative_to(PACKAGE)}:{call.lineno}"
                found.append(f"{where}: {ast.unparse(call)[:100]}")
    return sorted(found)


def _calls(tree: ast.AST, function: ast.AST | None = None) -> Iterator[tuple[ast.AST, ast.Call]]:
    """Every call with the innermost function around it (the module for top-level code)."""
    function = function or tree
    for child in ast.iter_child_nodes(tree):
        inner = child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function
        if isinstance(child, ast.Call):
            yield function, child
        yield from _calls(child, inner)


def test_every_user_error_names_a_message_code() -> None:
    bare = _bare_messages()
    assert not bare, f"{len(bare)} user errors without a message code:\n" + "\n".join(bare)


def test_the_rule_catches_a_bare_string() -> None:
    tree = ast.parse('def f(x):\n    raise UserError(f"找不到{x}")\n')
    function = tree.body[0]
    call = next(n for n in ast.walk(function) if isinstance(n, ast.Call))
    assert not _is_message(call.args[0], set(), _message_names(function, set()))
    coded = ast.parse('msg("meeting.not_found", key=x)', mode="eval").body
    assert _is_message(coded, set(), set())


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_every_code_renders_in_both_languages(code: str) -> None:
    fields = {name for _, name, _, _ in string.Formatter().parse(TEXTS[code][0]) if name}
    message = msg(code, **dict.fromkeys(fields, "7"))
    zh, en = message.render("zh_CN"), message.render("en")
    assert zh and en, code
    assert zh != en or not CJK.search(TEXTS[code][0]), f"{code}: the English is the Chinese"
    assert not CJK.search(re.sub(r"“[^”]*”", "", en)), f"{code}: {en}"


def test_the_words_of_the_app_have_english() -> None:
    for chinese, english in TERMS.items():
        assert english.isascii() and english.strip() == english, chinese
