"""Mutation testing of the modules where a silent bug costs data or trust (README 'Mutation testing').

    python tools/mutation.py                 # every scope below, then the table
    python tools/mutation.py validation      # one scope (or several)
    python tools/mutation.py --list          # the scopes, their functions and tests
    python tools/mutation.py values --again  # the last survivors again, after adding tests

Each scope mutates a few functions of one module with mutmut and runs only the tests
given for it, in a scratch folder (build/mutation/<scope>/), so that a run fits on a
small machine. SCOPES is the one place to change when code moves or tests are added.
Not run by .ci/run: it takes tens of minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "mutation"
EXPLAINED = ROOT / "tools" / "mutation_survivors.toml"
# How an accepted survivor's reason begins: why no test can tell it from the code.
REASON_KINDS = ("equivalent:", "unreachable:", "message only:")


@dataclass(frozen=True)
class Scope:
    """Functions of one module to mutate, and the tests that should notice."""

    module: str  # path from the repository root (a glob such as "pkg/*.py" for a package)
    functions: tuple[str, ...]  # names, or Class.method, or a glob; () for every function
    tests: tuple[str, ...]
    # Tests left out (pytest -k): slow end-to-end ones whose work the scope does not mutate.
    skip: tuple[str, ...] = ()

    @property
    def dotted(self) -> str:
        return self.module.removesuffix(".py").replace("/", ".")

    def patterns(self) -> list[str]:
        """mutmut's names for this scope's mutants (x_<function> or xǁClassǁmethod)."""
        if not self.functions:
            return [f"{self.dotted}.*"]
        patterns = []
        for name in self.functions:
            owner, _, method = name.rpartition(".")
            mangled = f"xǁ{owner}ǁ{method}" if owner else f"x_{name}"
            patterns.append(f"{self.dotted}.{mangled}__mutmut_*")
        return patterns


SCOPES = {
    "hash_and_format": Scope(
        "micdesk/core/submission_format.py",
        (),
        (
            "tests/test_submission_hash.py",
            "tests/test_cell_text.py",
            "tests/test_submission_roundtrip.py",
            "tests/test_submission_hostile.py",
        ),
    ),
    # What decides the reader's verdict: identity and meta, the exact numbers and texts
    # the hash is taken of. The sheet walking and locating of damage are the hostile-file
    # tests' (test_submission_hostile.py), too slow to run once per mutant here.
    "reader": Scope(
        "micdesk/core/submission_reader.py",
        (
            "_SubmissionReader.text",
            "_read",
            "_read_meta",
            "_decimal",
            "_floats_written_for",
            "_timestamp",
        ),
        (
            "tests/test_submission_hash.py",
            "tests/test_submission_roundtrip.py",
            "tests/test_submission_hostile.py",
            "tests/test_submission_load.py",
            "tests/test_query_answers.py",  # a return's Queries sheet, read back
        ),
    ),
    # The bounded, cell-by-cell reading a submission and a review share: its own tests
    # first (stand-in sheets, a second in all), then real hostile files and reviews.
    "sheet_reader": Scope(
        "micdesk/core/sheet_reader.py",
        (),
        (
            "tests/test_sheet_reader.py",
            "tests/test_submission_hostile.py",
            "tests/test_review_format.py",
        ),
    ),
    "validation": Scope(
        "micdesk/core/validation.py",
        (),
        (
            "tests/test_validation.py",
            "tests/test_validation_findings.py",
            "tests/test_boundaries.py",
        ),
    ),
    "values": Scope(
        "micdesk/core/values.py",
        (),
        ("tests/test_values.py",),
    ),
    # values.py hands each kind its indicator's options; the parsing itself is the kinds'.
    "kinds": Scope(
        "micdesk/core/kinds/*.py",
        (),
        # test_kind_protocol pins each kind's answers; test_kinds' store and window tests
        # (the toy kind) cost seconds per mutant and kill nothing more.
        ("tests/test_kind_protocol.py", "tests/test_values.py"),
    ),
    "backup_pruning": Scope(
        "micdesk/core/backups.py",
        ("prune_backups", "list_backups", "_info"),
        ("tests/test_backups.py", "tests/test_emptied_store.py", "tests/test_boundaries.py"),
    ),
    "load_planning": Scope(
        "micdesk/core/submission_load.py",
        (
            "plan_submission_load",
            "_incoming_value",
            "_content",
            "_unloadable_reason",
            "CellContent.is_empty",
            "LoadPlan.*",
        ),
        ("tests/test_submission_load.py", "tests/test_load_combinations.py"),
    ),
    "template_update_planning": Scope(
        "micdesk/core/template_update.py",
        (
            "rule_problem",
            "_rule_problem",
            "_rule_signature",
            "_quiet_codes",
            "_changeable",
            "_plan_values",
            "_RuleChecker.*",
            "_ValuePlan.*",
        ),
        (
            "tests/test_template_update.py",
            "tests/test_review_reasons.py",
            "tests/test_boundaries.py",
        ),
    ),
    "consolidation_classification": Scope(
        "micdesk/core/consolidation_files.py",
        ("classify", "identity_problems", "_percent"),
        ("tests/test_consolidation_combinations.py",),
        skip=("test_consolidation_leaves", "test_an_accepted_edited_file"),
    ),
    "crosswalk_planning": Scope(
        "micdesk/core/crosswalk_plan.py",
        (
            "crosswalk_codes",
            "plan_crosswalk",
            "_targets",
            "_part",
            "_usable",
            "_archived",
            "_carry_one",
            "_combine",
            "_judged",
            "_arithmetic",
            "_shown",
            "_unit",
            "StoredValue.*",
            "CarriedValue.*",
            "CrosswalkPlan.*",
        ),
        # Its own tests first (plan_crosswalk without a store, a second in all), then the
        # same redesign through a real store.
        ("tests/test_crosswalk_arithmetic.py", "tests/test_crosswalk_import.py"),
    ),
    "crosswalk_check": Scope(
        "micdesk/core/crosswalk.py",
        (),
        ("tests/test_crosswalk_check.py", "tests/test_crosswalk_import.py"),
    ),
    "signatures": Scope(
        "micdesk/core/signatures.py",
        (),
        (
            "tests/test_signatures.py",
            "tests/test_signature_keys.py",
            "tests/test_return_signatures.py",
            "tests/test_signature_cli.py",
        ),
    ),
    "template_signature": Scope(
        "micdesk/core/template_signature.py",
        (),
        (
            "tests/test_signatures.py",
            "tests/test_template_signature_bytes.py",
            "tests/test_signature_keys.py",  # each verdict's line and refusal
            "tests/test_signature_cli.py",
        ),
    ),
    # The one write path of a value (every keystroke the window commits) and its reads.
    "value_writes": Scope(
        "micdesk/core/submissions.py",
        (
            "set_value",
            "_stored_cell",
            "export_times",
            "_reason_for_change",
            "burst_reason",
            "_reason_since",
            "_touch_submission",
            "get_value",
            "list_values",
            "values_of_period",
            "_state",
        ),
        ("tests/test_value_writes.py", "tests/test_store.py", "tests/test_reporting_status.py"),
    ),
    # The commit the window hands to the committer thread, and what waits for it.
    "store_commits": Scope(
        "micdesk/core/store.py",
        (
            "Store.transaction",
            "Store._handed_over",
            "Store._commit",
            "Store.wait_for_commit",
            "Store.read",
            "Store.change_token",
            "Store.checkpoint",
            "Store.close",
        ),
        ("tests/test_commit_on_thread.py", "tests/test_store.py"),
    ),
}

# mutmut's verdicts, from `mutmut results --all true`.
KILLED, SURVIVED, NOT_CHECKED, NO_TESTS = "killed", "survived", "not checked", "no tests"
# Neither is killed: a survivor no test noticed, or a mutant no test of the scope runs.
NOT_KILLED = (SURVIVED, NO_TESTS)


def prepare(name: str, scope: Scope) -> Path:
    """A scratch folder holding the code, the scope's tests and a config for mutmut."""
    folder = WORK / name
    folder.mkdir(parents=True, exist_ok=True)
    for part in ("micdesk", "tests", "docs"):
        target = folder / part
        if target.is_symlink() or target.exists():
            target.unlink() if target.is_symlink() else shutil.rmtree(target)
        target.symlink_to(ROOT / part)
    config = (ROOT / "pyproject.toml").read_text("utf-8")
    tests = [test for test in scope.tests if (ROOT / test).exists()]
    missing = sorted(set(scope.tests) - set(tests))
    if missing:
        print(f"{name}: no such test file(s), left out: {', '.join(missing)}", file=sys.stderr)
    if scope.skip:
        tests += ["-k", " and ".join(f"not {name}" for name in scope.skip)]
    quoted = ", ".join(f'"{test}"' for test in tests)
    config += f"""
[tool.mutmut]
source_paths = ["micdesk"]
only_mutate = ["{scope.module}"]
also_copy = ["docs"]
pytest_add_cli_args_test_selection = [{quoted}]
# A mutant is a timeout only when it hangs, not when a busy machine starves it: the
# wall-clock limit is (estimated time + constant) x multiplier, so a generous constant.
timeout_constant = 60.0
# One order and one set of examples every run, so a verdict does not depend on luck.
pytest_add_cli_args = ["-p", "no:randomly", "-p", "no:cacheprovider", "-q",
                       "--hypothesis-seed=0", "--hypothesis-profile=mutation"]
"""
    (folder / "pyproject.toml").write_text(config, "utf-8")
    return folder


def run(name: str, scope: Scope, children: int, again: bool = False) -> None:
    """Mutate one scope (its verdicts are kept in its folder: see mutants()).

    mutmut keeps a verdict until the mutated function changes; with ``again`` the last
    run's survivors are run once more, against the tests as they are now.
    """
    folder = prepare(name, scope)
    mutmut = [sys.executable, "-m", "mutmut"]
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    known = mutants(name, scope)
    fingerprint = source_fingerprint(scope)
    stamp = folder / "source.sha256"
    unchanged = stamp.exists() and stamp.read_text("utf-8") == fingerprint
    targets = mutants_to_run(known, scope.patterns(), unchanged=unchanged, again=again)
    if targets:
        subprocess.run(
            [*mutmut, "run", "--max-children", str(children), *targets],
            cwd=folder,
            env=environment,
            check=False,
        )
    stamp.write_text(fingerprint, "utf-8")


def mutants_to_run(
    known: dict[str, str], patterns: list[str], *, unchanged: bool, again: bool
) -> list[str]:
    """What to hand mutmut: the not killed (again), the never run (code unchanged), or all."""
    if again:
        return [mutant for mutant, verdict in known.items() if verdict in NOT_KILLED]
    if known and unchanged:
        # mutmut runs every mutant it is given by name again, decided or not: a run that
        # was stopped goes on with the ones never run, as long as the code is the same.
        return [mutant for mutant, verdict in known.items() if verdict == NOT_CHECKED]
    return patterns


def source_fingerprint(scope: Scope) -> str:
    """SHA-256 of the scope's module file(s): a verdict holds only for the code it was made on."""
    digest = hashlib.sha256()
    for path in sorted(ROOT.glob(scope.module)):
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def mutants(name: str, scope: Scope) -> dict[str, str]:
    """Each of this scope's mutants with the verdict mutmut recorded (all runs so far)."""
    folder = WORK / name
    if not (folder / "mutants").exists():
        return {}
    listing = subprocess.run(
        [sys.executable, "-m", "mutmut", "results", "--all", "true"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    wanted = [re.compile(fnmatch_to_regex(p)) for p in scope.patterns()]
    found = {}
    for line in listing.splitlines():
        mutant, _, verdict = line.strip().rpartition(": ")
        if mutant and any(p.fullmatch(mutant) for p in wanted):
            found[mutant] = verdict
    return found


def explained_survivors(path: Path = EXPLAINED) -> dict[str, dict[str, str]]:
    """Per scope, each accepted survivor and why no test can kill it (tools/mutation_survivors.toml)."""
    if not path.exists():
        return {}
    with path.open("rb") as file:
        return tomllib.load(file)


def explanation_problems(explained: dict[str, dict[str, str]]) -> list[str]:
    """What is wrong in the explanations file: unknown scopes, foreign mutants, bare reasons."""
    problems = []
    for name, reasons in explained.items():
        scope = SCOPES.get(name)
        if scope is None:
            problems.append(f"[{name}]: no such scope")
            continue
        wanted = [re.compile(fnmatch_to_regex(p)) for p in scope.patterns()]
        for mutant, reason in reasons.items():
            if not any(p.fullmatch(mutant) for p in wanted):
                problems.append(f"[{name}] {mutant}: not a mutant of this scope")
            if not isinstance(reason, str) or not reason.startswith(REASON_KINDS):
                problems.append(
                    f"[{name}] {mutant}: the reason must begin with one of {REASON_KINDS}"
                )
    return problems


def fnmatch_to_regex(pattern: str) -> str:
    """A mutmut name pattern ('*' only) as a regular expression."""
    return ".*".join(re.escape(part) for part in pattern.split("*"))


def main(argv: list[str] | None = None) -> int:
    """Run the scopes asked for (all by default) and print the table of scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scopes", nargs="*", choices=[*SCOPES, []], metavar="SCOPE")
    parser.add_argument("--list", action="store_true", help="show the scopes and stop")
    parser.add_argument("--report", action="store_true", help="the table of the last runs only")
    parser.add_argument("--children", type=int, default=2, help="mutants run at once (2)")
    parser.add_argument(
        "--again", action="store_true", help="run the last survivors again (after adding tests)"
    )
    arguments = parser.parse_args(argv)
    if not (arguments.list or arguments.report) and importlib.util.find_spec("mutmut") is None:
        print('mutmut is not installed: pip install -e ".[test,mutation]"', file=sys.stderr)
        return 2
    names = arguments.scopes or list(SCOPES)
    if arguments.list:
        for name in names:
            scope = SCOPES[name]
            print(f"{name}: {scope.module} {', '.join(scope.functions) or '(every function)'}")
            print(f"    tests: {' '.join(scope.tests)}")
        return 0
    explained = explained_survivors()
    problems = explanation_problems(explained)
    for problem in problems:
        print(f"{EXPLAINED.name}: {problem}", file=sys.stderr)
    rows = []
    for name in names:
        scope = SCOPES[name]
        if not arguments.report:
            run(name, scope, arguments.children, arguments.again)
        rows.append((name, mutants(name, scope)))
    print(
        f"\n{'scope':30} {'mutants':>7} {'killed':>7} {'survived':>8} {'explained':>9} "
        f"{'no test':>7} {'unrun':>6} {'score':>7}"
    )
    unexplained, stale = [], []
    for name, found in rows:
        counts = Counter(found.values())
        total = sum(counts.values())
        # A timeout is a mutant the tests noticed (it hangs); 'not checked' was never run.
        killed = counts[KILLED] + counts["timeout"]
        unrun = counts[NOT_CHECKED] + counts["skipped"]
        checked = total - unrun
        score = f"{100 * killed / checked:.1f}%" if checked else "-"
        reasons = explained.get(name, {})
        not_killed = [mutant for mutant, verdict in found.items() if verdict in NOT_KILLED]
        unexplained += [mutant for mutant in not_killed if mutant not in reasons]
        # A reason kept for a mutant that is now killed, or that a code change renumbered.
        stale += [mutant for mutant in reasons if found and found.get(mutant) not in NOT_KILLED]
        accepted = sum(mutant in reasons for mutant in not_killed)
        print(
            f"{name:30} {total:7} {killed:7} {counts[SURVIVED]:8} {accepted:9} "
            f"{counts[NO_TESTS]:7} {unrun:6} {score:>7}"
        )
    print("\nscore = killed (or timed out) / mutants run; 'unrun' were never run;")
    print(
        f"'explained': survivors (and untested mutants) accepted in {EXPLAINED.relative_to(ROOT)}."
    )
    if unexplained:
        print(f"\n{len(unexplained)} mutant(s) neither killed nor explained (survived or no test):")
        print("\n".join(f"    {mutant}" for mutant in unexplained))
    if stale:
        print(f"\n{len(stale)} explanation(s) for mutants that no longer survive (remove them):")
        print("\n".join(f"    {mutant}" for mutant in stale))
    print("\nSurvivors: `cd build/mutation/<scope> && python -m mutmut show <name>`.")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
