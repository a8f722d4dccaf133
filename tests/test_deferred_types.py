"""Event types beyond politics load when a document first names one: nothing is lost, and the order holds."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsevents import fixtures
from newsevents.datamodel.events import Event
from newsevents.datamodel.unions import announced, members, register

MODULES = ("econtypes", "incidenttypes", "justicetypes", "procedure")


def _fresh(code: str) -> object:
    """What ``code`` prints as JSON, run in a new interpreter (one that has loaded nothing yet)."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_each_announced_module_registers_exactly_its_tags() -> None:
    """The tags events.py announces for each module are the tags that module's classes register."""
    registered = {tag: cls.__module__ for tag, cls in members(Event).items()}
    expected = {tag: module for tag, module in registered.items()
                if module.rsplit(".", 1)[-1] in MODULES}
    assert announced(Event) == expected
    assert len(expected) == 36


def test_a_minimal_run_loads_none_of_them() -> None:
    """`newsevents validate` on an article without events imports none of the deferred modules."""
    code = ("import json, sys, tempfile, pathlib\n"
            "from newsevents.cli import main\n"
            "path = pathlib.Path(tempfile.mkdtemp()) / 'a.json'\n"
            "path.write_text(json.dumps({'id': 'a', 'language': 'en', 'body': 'Nothing happened.'}))\n"
            "code = main(['validate', str(path)])\n"
            "print(json.dumps([code, sorted(m for m in sys.modules if m.rsplit('.', 1)[-1] in "
            f"{MODULES!r} or m.endswith('taxonomy'))]))")
    assert _fresh(code) == [0, []]


def test_a_valid_run_does_without_cattrs() -> None:
    """Records that load on the trusted path need no converter: `newsevents validate` on valid articles does not
    import cattrs, and the package still offers the converters (loaded on first use)."""
    code = ("import json, sys, tempfile, pathlib\n"
            "from newsevents.cli import main\n"
            "from newsevents import fixtures\n"
            "path = pathlib.Path(tempfile.mkdtemp()) / 'a.jsonl'\n"
            "path.write_text(json.dumps(fixtures.data('seed-article')) + '\\n')\n"
            "code = main(['validate', str(path)])\n"
            "before = 'cattrs' in sys.modules\n"
            "import newsevents\n"
            "loaded = newsevents.structure(fixtures.data('seed-article'), newsevents.Article)\n"
            "print(json.dumps([code, before, 'cattrs' in sys.modules, loaded.id]))")
    assert _fresh(code) == [0, False, True, fixtures.data("seed-article")["id"]]


def test_a_vote_loads_its_module_and_its_checks() -> None:
    """In a fresh process, an article with a vote loads the justice types on the way and runs the vote checks."""
    code = ("import json, sys\n"
            "from newsevents.datamodel.checks import check_article\n"
            "from newsevents.datamodel.article import Article\n"
            "from newsevents.datamodel.converter import structure\n"
            "before = 'newsevents.datamodel.justicetypes' in sys.modules\n"
            "doc = {'id': 'a', 'language': 'en', 'body': 'The vote passed.', 'events': [\n"
            "    {'type': 'vote', 'id': 'v', 'realis': 'occurred', 'result': 'carried',\n"
            "     'in_favour': {'value': 10}, 'against': {'value': 120}}]}\n"
            "problems = check_article(structure(doc, Article))\n"
            "print(json.dumps([before, 'newsevents.datamodel.justicetypes' in sys.modules,\n"
            "                  [p.check for p in problems]]))")
    before, after, checks = _fresh(code)  # type: ignore[misc]
    assert (before, after) == (False, True)
    assert checks == ["vote-outcome-tally"]


def test_the_order_of_the_union_does_not_depend_on_what_loaded_first() -> None:
    """Looking up a late type first (a vote) leaves every type in its usual place in the union."""
    code = ("import json\n"
            "from newsevents.datamodel.events import Event\n"
            "from newsevents.datamodel.unions import member_of, members\n"
            "member_of(Event, 'vote'); member_of(Event, 'launch')\n"
            "print(json.dumps(list(members(Event))))")
    assert _fresh(code) == list(members(Event))


def test_another_class_cannot_take_an_announced_tag() -> None:
    """Registering a downstream class under a tag the library announced fails as it did before, naming the
    library's class, even when that class's module had not loaded yet."""

    class Impostor(Event):
        TYPE = "strike_down"

    with pytest.raises(TypeError, match="already registered for StrikeDown"):
        register(Impostor)
