"""tools/mutation.py: what a scope's run hands mutmut (mutmut reruns every mutant it is named)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("mutation_tool", ROOT / "tools" / "mutation.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being made
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[spec.name]


KNOWN = {"m.x_f__mutmut_1": "killed", "m.x_f__mutmut_2": "survived", "m.x_f__mutmut_3": "not checked",
         "m.x_g__mutmut_1": "timeout", "m.x_g__mutmut_2": "not checked", "m.x_h__mutmut_1": "no tests"}  # fmt: skip
PATTERNS = ["m.x_f__mutmut_*", "m.x_g__mutmut_*"]


def test_a_stopped_run_on_unchanged_code_goes_on_with_the_mutants_never_run(tool):
    chosen = tool.mutants_to_run(KNOWN, PATTERNS, unchanged=True, again=False)
    assert chosen == ["m.x_f__mutmut_3", "m.x_g__mutmut_2"]


def test_changed_code_or_a_first_run_runs_every_mutant_of_the_scope(tool):
    assert tool.mutants_to_run(KNOWN, PATTERNS, unchanged=False, again=False) == PATTERNS
    assert tool.mutants_to_run({}, PATTERNS, unchanged=True, again=False) == PATTERNS


def test_again_runs_the_mutants_not_killed_only_survivors_and_untested(tool):
    chosen = tool.mutants_to_run(KNOWN, PATTERNS, unchanged=False, again=True)
    assert chosen == ["m.x_f__mutmut_2", "m.x_h__mutmut_1"]


def test_the_fingerprint_changes_with_the_scopes_module_and_only_with_it(
    tool, monkeypatch, tmp_path
):
    (tmp_path / "pkg").mkdir()
    module = tmp_path / "pkg" / "a.py"
    module.write_text("x = 1\n", "utf-8")
    (tmp_path / "pkg" / "b.py").write_text("y = 1\n", "utf-8")
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    scope = tool.Scope("pkg/a.py", (), ())
    first = tool.source_fingerprint(scope)
    (tmp_path / "pkg" / "b.py").write_text("y = 2\n", "utf-8")
    assert tool.source_fingerprint(scope) == first
    module.write_text("x = 2\n", "utf-8")
    assert tool.source_fingerprint(scope) != first


def test_every_accepted_survivor_names_a_mutant_of_its_scope_and_says_why(tool):
    assert tool.explanation_problems(tool.explained_survivors()) == []


def test_an_explanation_for_a_foreign_mutant_or_without_a_kind_of_reason_is_a_problem(tool):
    name, scope = next(iter(tool.SCOPES.items()))
    mutant = scope.patterns()[0].replace("*", "7")
    problems = tool.explanation_problems(
        {
            name: {mutant: "equivalent: both spellings give the same bytes", "other.x_f__mutmut_1":
                   "equivalent: same"},
            "no-such-scope": {mutant: "equivalent: same"},
            "values": {"micdesk.core.values.x_parse__mutmut_1": "hard to test"},
        }
    )  # fmt: skip
    assert problems == [
        f"[{name}] other.x_f__mutmut_1: not a mutant of this scope",
        "[no-such-scope]: no such scope",
        "[values] micdesk.core.values.x_parse__mutmut_1: the reason must begin with one of "
        f"{tool.REASON_KINDS}",
    ]
