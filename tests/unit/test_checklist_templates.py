"""Checklist templates: parsing with line numbers, every bad-input case, conditions, and the
checking of answers per step type (app/domain/checklists.py, app/services/checklist_templates)."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from app.domain.checklists import (
    AnswerContext,
    Template,
    answer_text,
    check_answer,
    parse_template_text,
    progress,
    template_messages,
    visible_steps,
)
from app.domain.errors import ValidationError
from app.domain.lifecycle import Status
from app.domain.tags import TagConfig
from app.services.checklist_templates import (
    load_catalog,
    load_template_file,
    shipped_dir,
    validate_files,
)

GOOD = """\
key: demo
version: 2
kind: deploy
title: Demo
categories: [Laptop]
transition: {to: deployed, assignee: who}
steps:
  - id: ok
    type: check
    title: Works
  - id: why
    type: text
    title: Why not
    when: {step: ok, equals: fail}
  - id: more
    type: choice
    title: More
    options: [a, b]
    when: {step: why, equals: x}
  - id: who
    type: person
    title: Assignee
  - id: size
    type: number
    title: Size
    unit: GB
    min: 1
    max: 100
    integer: true
    required: false
"""


def messages(text: str) -> list[str]:
    with pytest.raises(ValidationError) as err:
        parse_template_text(textwrap.dedent(text), "t.yaml")
    return template_messages(err.value, "t.yaml")


def test_a_good_template_parses_and_round_trips_through_its_snapshot() -> None:
    t = parse_template_text(GOOD, "good.yaml")
    assert (t.key, t.version, t.kind, t.title) == ("demo", 2, "deploy", "Demo")
    assert [s.id for s in t.steps] == ["ok", "why", "more", "who", "size"]
    assert t.transition is not None and t.transition.target is Status.DEPLOYED
    assert t.transition.assignee_step == "who"
    assert t.step("size").unit == "GB" and t.step("size").integer and not t.step("size").required
    assert len(t.sha256) == 64
    again = Template.from_json(t.to_json(), t.sha256)
    assert again.to_json() == t.to_json()
    assert t.applies_to("laptop") and not t.applies_to("Monitor")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # duplicate step ids
            """\
            key: x
            version: 1
            kind: deploy
            title: X
            steps:
              - {id: a, type: check, title: A}
              - {id: a, type: text, title: B}
            """,
            "t.yaml:7: steps[1].id: duplicate step id 'a' (first used at line 6)",
        ),
        (  # unknown step type
            """\
            key: x
            version: 1
            kind: deploy
            title: X
            steps:
              - id: a
                type: checkbox
                title: A
            """,
            "t.yaml:7: steps[0].type: unknown step type 'checkbox'",
        ),
        (  # a condition on a later step
            """\
            key: x
            version: 1
            kind: deploy
            title: X
            steps:
              - id: a
                type: text
                title: A
                when: {step: b, equals: pass}
              - {id: b, type: check, title: B}
            """,
            "t.yaml:9: steps[0].when.step: the condition refers to step 'b', which is not an "
            "earlier step",
        ),
        (  # a condition on a missing step
            """\
            key: x
            version: 1
            kind: deploy
            title: X
            steps:
              - {id: a, type: check, title: A}
              - id: b
                type: text
                title: B
                when:
                  step: nope
                  equals: pass
            """,
            "t.yaml:11: steps[1].when.step: the condition refers to step 'nope', which does "
            "not exist",
        ),
        (  # a transition the lifecycle forbids
            """\
            key: x
            version: 1
            kind: disposal
            title: X
            transition:
              from: [in_stock]
              to: disposed
            steps:
              - {id: a, type: check, title: A}
            """,
            "t.yaml:6: transition.from[0]: the lifecycle does not allow in stock → disposed",
        ),
        (  # a target no transition reaches
            """\
            key: x
            version: 1
            kind: receive
            title: X
            transition: requested_twice
            steps:
              - {id: a, type: check, title: A}
            """,
            "t.yaml:5: transition.to: 'requested_twice' is not a lifecycle state",
        ),
        (
            """\
            key: x
            version: 0
            kind: repair
            title: X
            steps: []
            """,
            "t.yaml:2: version: 'version' must be a whole number from 1, not 0",
        ),
        (
            """\
            key: x
            version: 1
            kind: deploy
            title: X
            steps:
              - {id: a, type: choice, title: A, options: [p, p]}
            """,
            "t.yaml:6: steps[0].options[1]: option 'p' is empty or repeated",
        ),
        (
            """\
            key: x
            version: 1
            kind: deploy
            title: X
            steps:
              - {id: a, type: number, title: A, min: 5, max: 1}
            """,
            "t.yaml:6: steps[0].min: min 5 is above max 1",
        ),
        (
            """\
            key: x
            version: 1
            kind: deploy
            title: X
            steps:
              - {id: a, type: check, title: A}
              - {id: b, type: check, title: B, when: {step: a, equals: maybe}}
            """,
            "t.yaml:7: steps[1].when.equals: a check step's answer is 'pass' or 'fail'",
        ),
        (
            "key: x\nversion: 1\nkind: deploy\ntitle: X\nsteps:\n  - id: a\n   type: check\n",
            "t.yaml:7: YAML syntax:",
        ),
        (
            "key: x\nkey: y\nversion: 1\nkind: deploy\ntitle: X\nsteps: []\n",
            "t.yaml:2: 'key' appears twice here",
        ),
        (
            """\
            key: x
            version: 1
            kind: deploy
            title: X
            transition: {to: deployed, assignee: a}
            steps:
              - {id: a, type: check, title: A}
            """,
            "t.yaml:5: transition.assignee: 'assignee' must name a person step; 'a' is a "
            "check step",
        ),
    ],
)
def test_bad_templates_are_reported_with_file_line_and_reason(text: str, expected: str) -> None:
    lines = messages(text)
    assert any(line.startswith(expected) for line in lines), lines


def test_every_problem_of_a_file_is_listed() -> None:
    lines = messages("""\
        key: Bad Key
        version: one
        kind: nope
        steps:
          - {id: a, type: wat, title: A}
          - {id: a, type: check}
        """)
    text = "\n".join(lines)
    for part in ("t.yaml:1: key", "t.yaml:2: version", "t.yaml:3: kind", "'title' is required",
                 "t.yaml:5: steps[0].type", "t.yaml:6: steps[1].id: duplicate"):  # fmt: skip
        assert part in text


def test_conditions_show_and_hide_steps_in_chains() -> None:
    t = parse_template_text(GOOD)
    ids = lambda answers: [s.id for s in visible_steps(t, answers)]  # noqa: E731
    assert ids({}) == ["ok", "who", "size"]
    assert ids({"ok": "pass"}) == ["ok", "who", "size"]
    assert ids({"ok": "fail"}) == ["ok", "why", "who", "size"]
    assert ids({"ok": "fail", "why": "x"}) == ["ok", "why", "more", "who", "size"]
    # hiding a step hides what depends on it, even with an old answer stored
    assert ids({"ok": "pass", "why": "x"}) == ["ok", "who", "size"]
    p = progress(t, {"ok": "fail", "who": {"id": None, "name": "A"}, "more": "a"})
    assert p.required_left == ("why",) and p.visible == 4 and p.answered == 2
    assert p.hidden == ("more",) and not p.complete
    done = progress(t, {"ok": "pass", "who": {"id": None, "name": "A"}})
    assert done.complete and done.answered == 2 and done.visible == 3


def step_of(yaml_step: str) -> Any:
    t = parse_template_text(
        "key: x\nversion: 1\nkind: deploy\ntitle: X\nsteps:\n" + textwrap.indent(yaml_step, "  ")
    )
    return t.steps[0]


CTX = AnswerContext("IT-0042", TagConfig("ACME"))


@pytest.mark.parametrize(
    ("step", "value", "note", "stored"),
    [
        ("- {id: a, type: check, title: A}", "pass", "", "pass"),
        ("- {id: a, type: check, title: A}", False, "fan noisy", "fail"),
        ("- {id: a, type: text, title: A}", "  two  words ", "", "two words"),
        ("- {id: a, type: number, title: A, min: 0, max: 100}", "42,5", "", 42.5),
        ("- {id: a, type: number, title: A, integer: true}", 7.0, "", 7),
        ("- {id: a, type: choice, title: A, options: [x, y]}", "y", "", "y"),
        ("- {id: a, type: choice, title: A, options: [x, y, z], multiple: true}", ["z", "x"],
         "", ["x", "z"]),
        ("- {id: a, type: date, title: A}", "24.11.2026", "", "2026-11-24"),
        ("- {id: a, type: person, title: A}", "Bob", "", {"id": None, "name": "Bob"}),
        ("- {id: a, type: scan, title: A}", "FT:ACME:it-0042", "",
         {"text": "FT:ACME:it-0042", "tag": "IT-0042"}),
        ("- {id: a, type: scan, title: A}", "IT-0042\r\n", "", {"text": "IT-0042",
                                                                  "tag": "IT-0042"}),
        ("- {id: a, type: scan, mode: serial, title: A}", "S3Z9NB0K", "", {"text": "S3Z9NB0K"}),
    ],
)  # fmt: skip
def test_answers_are_checked_and_cleaned_per_type(step: str, value: Any, note: str,
                                                  stored: Any) -> None:  # fmt: skip
    s = step_of(step)
    clean, _ = check_answer(s, value, note, CTX)
    assert clean == stored
    assert answer_text(s, clean)


@pytest.mark.parametrize(
    ("step", "value", "note", "reason"),
    [
        ("- {id: a, type: check, title: A}", "fail", "", "add a note"),
        ("- {id: a, type: check, title: A}", "maybe", "", "pass or fail"),
        ("- {id: a, type: number, title: A, min: 0, max: 100, unit: '%'}", 101, "",
         "101 % is above the maximum 100 %"),
        ("- {id: a, type: number, title: A, min: 10}", "-1", "", "below the minimum 10"),
        ("- {id: a, type: number, title: A, integer: true}", 2.5, "", "whole number"),
        ("- {id: a, type: number, title: A}", "lots", "", "'lots' is not a number"),
        ("- {id: a, type: choice, title: A, options: [x, y]}", "z", "", "'z' is not one of"),
        ("- {id: a, type: choice, title: A, options: [x, y]}", ["x", "y"], "", "exactly one"),
        ("- {id: a, type: date, title: A}", "03/04/2026", "", "ambiguous"),
        ("- {id: a, type: scan, title: A}", "IT-0043", "", "is not this asset's tag IT-0042"),
        ("- {id: a, type: scan, title: A}", "FT:OTHER:IT-0042", "", "organisation OTHER"),
        ("- {id: a, type: text, title: A}", "   ", "", "give an answer"),
        ("- {id: a, type: signature, title: A}", None, "", "the signature is empty"),
        ("- {id: a, type: signature, title: A}", {"sha256": "0" * 64, "strokes": [[[1, 2]]]},
         "", "the signature is empty"),
        ("- {id: a, type: photo, title: A}", {"sha256": "nope"}, "", "SHA-256"),
    ],
)  # fmt: skip
def test_bad_answers_are_refused_with_a_reason(step: str, value: Any, note: str,
                                               reason: str) -> None:  # fmt: skip
    with pytest.raises(ValidationError) as err:
        check_answer(step_of(step), value, note, CTX)
    assert reason in str(err.value)


def test_shipped_templates_are_valid_and_complete() -> None:
    files = sorted(shipped_dir().glob("*.yaml"))
    assert validate_files(files) == []
    catalog = load_catalog([shipped_dir()])
    kinds = {t.kind: t for t in catalog.templates}
    assert set(kinds) == {"receive", "deploy", "maintenance", "disposal"}
    deploy = {s.type for s in kinds["deploy"].steps}
    assert {"scan", "choice", "check", "person", "signature", "photo"} <= deploy
    assert any(s.type == "sanitization" for s in kinds["disposal"].steps)
    assert any(s.type == "scan" and s.mode == "serial" for s in kinds["maintenance"].steps)
    assert kinds["disposal"].transition is not None
    assert kinds["disposal"].transition.target is Status.DISPOSED


def test_user_templates_override_shipped_ones_only_with_a_higher_version(tmp_path: Path) -> None:
    shipped, user = tmp_path / "shipped", tmp_path / "user"
    shipped.mkdir()
    user.mkdir()
    (shipped / "demo.yaml").write_text(GOOD, encoding="utf-8")
    (user / "older.yaml").write_text(GOOD.replace("version: 2", "version: 1"), encoding="utf-8")
    catalog = load_catalog([shipped, user])
    assert catalog.get("demo").version == 2 and catalog.origin["demo"] == "shipped"
    assert "older.yaml: demo v1 is ignored" in catalog.notes[0]
    (user / "newer.yaml").write_text(
        GOOD.replace("version: 2", "version: 3").replace("title: Demo", "title: Ours"),
        encoding="utf-8",
    )
    (user / "broken.yaml").write_text("key: [unclosed\n", encoding="utf-8")
    catalog = load_catalog([shipped, user])
    assert catalog.get("demo").title == "Ours" and catalog.origin["demo"] == "user"
    assert len(catalog.problems) == 1 and catalog.problems[0].startswith(f"{user / 'broken.yaml'}:")


def test_files_that_are_not_templates(tmp_path: Path) -> None:
    binary = tmp_path / "b.yaml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ValidationError) as err:
        load_template_file(binary)
    assert "is not UTF-8 text" in str(err.value)
    assert validate_files([tmp_path / "missing.yaml"])[0].endswith("No such file or directory)")
    listing = tmp_path / "list.yaml"
    listing.write_text("- just\n- a list\n", encoding="utf-8")
    assert validate_files([listing]) == [f"{listing}:1: a template is a mapping with key, "
                                         "version, kind, title and steps"]  # fmt: skip
