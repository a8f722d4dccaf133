"""The reference generated from the schemas: drift, completeness, examples, extensions, foreign schema sets."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import newsevents
from newsevents import cli
from newsevents.docsgen import (
    InvalidExample,
    Sample,
    check_docs,
    document_model,
    fixture_samples,
    load_schema_dir,
    render_docs,
)
from newsevents.schema.files import load_shipped_schemas, shipped_schema_dir

from ._paths import REPO

REFERENCE = REPO / "docs" / "reference"
MISSING = "(no description)"
_EXAMPLE = re.compile(r"^## Example\n.*?^```json\n(.*?)^```$", re.S | re.M)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh generation of our reference, by the command line, in a temporary directory."""
    out = tmp_path_factory.mktemp("reference")
    assert cli.main(["docs", "--out", str(out)]) == 0
    return out


def _run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsevents", *args], capture_output=True, text=True,
                          timeout=300, env=env, check=False)


def test_committed_reference_matches_a_fresh_generation(fresh: Path) -> None:
    """docs/reference/ is byte for byte what `newsevents docs` generates now (regenerate it if this fails)."""
    committed = {p.name: p.read_text(encoding="utf-8") for p in REFERENCE.glob("*.md")}
    generated = {p.name: p.read_text(encoding="utf-8") for p in fresh.glob("*.md")}
    stale = sorted(name for name in committed.keys() | generated.keys()
                   if committed.get(name) != generated.get(name))
    assert stale == [], f"docs/reference is out of date, run `newsevents docs`: {stale}"


def test_check_flag_reports_drift_with_exit_1(fresh: Path, tmp_path: Path) -> None:
    """`newsevents docs --check` exits 0 on a fresh tree and 1 once a page is edited, removed or added."""
    assert cli.main(["docs", "--out", str(fresh), "--check"]) == 0
    for name in ("index.md", "actor.md"):
        (tmp_path / name).write_text((fresh / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "stray.md").write_text("# stray\n", encoding="utf-8")
    (tmp_path / "actor.md").write_text("edited\n", encoding="utf-8")
    assert cli.main(["docs", "--out", str(tmp_path), "--check"]) == 1
    pages = render_docs(load_shipped_schemas(), fixture_samples())
    changed = check_docs(tmp_path, pages)
    assert "actor.md" in changed
    assert "stray.md" in changed
    assert "event.md" in changed
    assert "index.md" not in changed


def test_output_does_not_depend_on_hash_seed_or_time(fresh: Path, tmp_path: Path) -> None:
    """A run in another process with another hash seed writes the same bytes (no timestamps, stable order)."""
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = _run_cli("docs", "--out", str(tmp_path), env=env)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in fresh.iterdir())
    for page in fresh.iterdir():
        assert (tmp_path / page.name).read_bytes() == page.read_bytes(), page.name
    assert not re.search(r"\b20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:", (fresh / "index.md").read_text())


def test_every_type_has_a_page_and_the_index_links_them_all(fresh: Path) -> None:
    """Each shipped schema gets a page named after it, the index links to every page, and there is a taxonomy."""
    stems = sorted(name.removesuffix(".schema.json") for name in load_shipped_schemas())
    for stem in stems:
        assert (fresh / f"{stem}.md").is_file(), stem
    index = (fresh / "index.md").read_text(encoding="utf-8")
    for page in fresh.glob("*.md"):
        if page.name != "index.md":
            assert f"]({page.name})" in index, page.name
    assert (fresh / "taxonomy.md").is_file()


def test_every_field_value_and_type_has_a_description(fresh: Path) -> None:
    """No property, enum value, union member or type in our reference lacks a description."""
    pages, value_lists = document_model(load_shipped_schemas())
    empty: list[str] = []
    for page in pages:
        if not page.description:
            empty.append(page.stem)
        for section in page.sections:
            empty += [f"{page.stem}.{row.name}" for row in section.fields if not row.description.strip()]
            empty += [f"{page.stem} member {m.tag}" for m in section.members if not m.description.strip()]
    for values in value_lists:
        empty += [f"value {v.value!r} ({values.users})" for v in values.values if not v.description.strip()]
    assert empty == []
    assert sum(len(s.fields) for p in pages for s in p.sections) > 100
    assert sum(len(v.values) for v in value_lists) > 50
    for page in fresh.glob("*.md"):
        assert MISSING not in page.read_text(encoding="utf-8"), page.name


def test_every_enum_value_appears_with_its_meaning(fresh: Path) -> None:
    """Each value of each enum in the schemas is listed, with its description, on some reference page."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in fresh.glob("*.md"))

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "enum" in node and "oneOf" in node:
                for branch in node["oneOf"]:
                    row = f'`{json.dumps(branch["const"])}` | {branch["description"]}'
                    assert row in text, row
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(load_shipped_schemas())


def test_shared_value_lists_are_described_once(fresh: Path) -> None:
    """realis, used by every event type, has one page that each event's table links to, not 21 copies."""
    realis = fresh / "enum-realis.md"
    assert realis.is_file()
    assert "](enum-realis.md)" in (fresh / "transfer.md").read_text(encoding="utf-8")
    copies = [p.name for p in fresh.glob("*.md") if '"did_not_occur"`' in p.read_text(encoding="utf-8")]
    assert copies == ["enum-realis.md"]


def test_union_pages_list_members_by_tag_with_links(fresh: Path) -> None:
    """The event page lists every registered event type by its `type` tag, each linked to its page."""
    text = (fresh / "event.md").read_text(encoding="utf-8")
    from newsevents.datamodel.catalog import schema_name
    from newsevents.datamodel.unions import members

    by_tag = members(newsevents.Event)
    for tag in newsevents.TAXONOMY:  # a page is named after its class (`other` is the class OtherEvent)
        assert f"[`{tag.event_type}`]({schema_name(by_tag[tag.event_type])}.md)" in text
    statement = (fresh / "statement.md").read_text(encoding="utf-8")
    assert "[`quote`](quote.md)" in statement
    assert "[`statement`](#defs-statement)" in statement
    assert '<a id="defs-statement"></a>' in statement


def test_property_rows_link_types_and_spell_out_unions(fresh: Path) -> None:
    """A property typed by another schema links to its page; one typed by a union lists the members too."""
    article = (fresh / "article.md").read_text(encoding="utf-8")
    events_row = next(line for line in article.splitlines() if 'id="property-events"' in line)
    assert "list of [Event](event.md): one of " in events_row
    assert "[`policy_change`](policy_change.md)" in events_row
    actor = (fresh / "actor.md").read_text(encoding="utf-8")
    assert "list of [Role](role.md)" in actor
    assert "1 to 128 characters" in actor
    assert "[Article](article.md#property-actors)" in actor  # used by


def test_taxonomy_page_matches_the_taxonomy(fresh: Path) -> None:
    """The taxonomy page has a row per TAXONOMY entry with its PLOVER category, mode and CAMEO roots."""
    text = (fresh / "taxonomy.md").read_text(encoding="utf-8")
    for entry in newsevents.TAXONOMY:
        row = next(line for line in text.splitlines() if f"[`{entry.event_type}`]" in line and "<a id" in line)
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert cells[1] == (entry.plover or "—")
        assert cells[2] == ", ".join(entry.plover_aliases)
        assert cells[3].split(" ")[0] == (entry.plover_modes[0] if entry.plover_modes else "")
        assert cells[4] == (", ".join(entry.cameo_roots) or "—")
    assert "| COERCE |  | detain (0.8: arrest) | 17 |" in text


def test_examples_on_the_pages_are_valid_instances(fresh: Path) -> None:
    """Every example shown in the reference validates as its page's type, and types in the fixture have one."""
    shown = 0
    for page in sorted(fresh.glob("*.md")):
        match = _EXAMPLE.search(page.read_text(encoding="utf-8"))
        if match is None:
            continue
        instance = json.loads(match.group(1))
        assert newsevents.Validator(page.stem).validate(instance) == [], page.name
        shown += 1
    assert (fresh / "article.md").read_text(encoding="utf-8").count("```json") == 1
    for stem in ("actor", "event", "statement", "quote", "span", "time", "quantity", "attribution", "hop"):
        assert _EXAMPLE.search((fresh / f"{stem}.md").read_text(encoding="utf-8")), stem
    assert shown >= 25


def test_types_missing_from_the_fixture_say_so(fresh: Path) -> None:
    """A type that the fixture never uses gets a plain 'no example' note, never an invented example."""
    for page in fresh.glob("*.md"):
        text = page.read_text(encoding="utf-8")
        if "## Example" in text:
            assert ("```json" in text) != ("No example:" in text), page.name


def test_an_invalid_example_stops_generation(tmp_path: Path) -> None:
    """A schema whose own `examples` do not validate makes generation fail with exit code 1, writing nothing."""
    schemas_dir = tmp_path / "schemas"
    schemas_dir.mkdir()
    for path in shipped_schema_dir().glob("*.schema.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if path.name == "span.schema.json":
            data["examples"] = [{"start": 5, "end": 1, "text": ""}]
        (schemas_dir / path.name).write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["docs", "--schemas", str(schemas_dir), "--out", str(out)]) == 1
    assert not out.exists()
    with pytest.raises(InvalidExample, match="span"):
        render_docs(load_schema_dir(schemas_dir))


def test_an_invalid_sample_document_stops_generation() -> None:
    """Examples taken from a sample document are validated too: a broken sample fails generation."""
    article = newsevents.fixtures.data("seed-article")
    article["actors"][0]["kind"] = "martian"
    with pytest.raises(InvalidExample, match="actor"):
        render_docs(load_shipped_schemas(), [Sample("a broken sample", "article", article)])


def test_bad_schema_directory_is_a_usage_error(tmp_path: Path) -> None:
    """A missing directory, an empty one or a malformed schema file exits 2, not 1."""
    assert cli.main(["docs", "--schemas", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert cli.main(["docs", "--schemas", str(tmp_path), "--out", str(tmp_path / "o")]) == 2
    (tmp_path / "broken.schema.json").write_text("{", encoding="utf-8")
    assert cli.main(["docs", "--schemas", str(tmp_path), "--out", str(tmp_path / "o")]) == 2


_DOWNSTREAM = textwrap.dedent('''
    """A downstream project: one extra event type, its schemas written to the directory in argv[1]."""
    import json
    import sys
    from pathlib import Path

    import newsevents


    @newsevents.register
    @newsevents.model
    class CyberAttack(newsevents.Event):
        """An attack on computer systems: intrusion, sabotage or denial of service."""

        TYPE = "acme_docs.cyber_attack"

        vector: str | None = newsevents.field(default=None, max_length=200,
                                              description="How the attack was carried out (\\"phishing\\").")


    out = Path(sys.argv[1])
    schemas = newsevents.generate_schemas(base_uri="https://acme.example/schemas/2.1/")
    # A downstream schema may carry its own example; the docs show and validate it.
    schemas["cyber_attack.schema.json"]["examples"] = [
        {"type": "acme_docs.cyber_attack", "id": "ev_hack", "realis": "occurred", "vector": "phishing"}]
    newsevents.write_schemas(out, schemas)
''')


def test_docs_for_a_downstream_extension(tmp_path: Path) -> None:
    """An extended schema set (our types plus a registered downstream event) renders with its own ids and example."""
    script = tmp_path / "downstream.py"
    script.write_text(_DOWNSTREAM, encoding="utf-8")
    schemas, out = tmp_path / "schemas", tmp_path / "reference"
    # A separate process, as a downstream project would be: registering a tag is global for the process.
    made = subprocess.run([sys.executable, str(script), str(schemas)], capture_output=True, text=True,
                          timeout=300, check=False)
    assert made.returncode == 0, made.stderr
    result = _run_cli("docs", "--schemas", str(schemas), "--out", str(out))
    assert result.returncode == 0, result.stderr
    page = (out / "cyber_attack.md").read_text(encoding="utf-8")
    assert "# CyberAttack" in page
    assert "`https://acme.example/schemas/2.1/cyber_attack.schema.json`" in page
    assert "**Version:** 2.1" in page
    assert '<a id="property-vector"></a>`vector`' in page
    assert "How the attack was carried out" in page
    assert '"vector": "phishing"' in page
    assert "From the schema's `examples`" in page
    assert "[`acme_docs.cyber_attack`](cyber_attack.md)" in (out / "event.md").read_text(encoding="utf-8")
    taxonomy = (out / "taxonomy.md").read_text(encoding="utf-8")
    assert "[`acme_docs.cyber_attack`](cyber_attack.md) | not mapped" in taxonomy
    assert "[`transfer`](transfer.md) | AID" in taxonomy
    # Our types in their set still get examples from the fixtures, validated against their schemas.
    assert "```json" in (out / "actor.md").read_text(encoding="utf-8")
    assert "[CyberAttack](cyber_attack.md)" in (out / "index.md").read_text(encoding="utf-8")
    assert _run_cli("docs", "--schemas", str(schemas), "--out", str(out), "--check").returncode == 0


def test_docs_for_a_foreign_hand_written_schema_set(tmp_path: Path) -> None:
    """Schemas not made by newsevents (no $id, inline objects, anyOf, type lists) still render with working links."""
    schemas = {
        "shop.schema.json": {
            "title": "Shop", "description": "A shop.", "type": "object", "required": ["name"],
            "properties": {
                "name": {"type": "string", "description": "Its name.", "maxLength": 80},
                "owner": {"$ref": "person.schema.json", "description": "Who owns it."},
                "address": {"type": "object", "description": "Where it is.",
                            "properties": {"city": {"type": "string", "description": "The city."}}},
                "size": {"type": ["integer", "null"], "description": "Floor area.", "minimum": 1},
                "grade": {"anyOf": [{"type": "string"}, {"type": "number"}], "description": "A grade.",
                          "deprecated": True},
                "kind": {"enum": ["a", "b"], "description": "Sort of shop."},
            },
            "examples": [{"name": "Corner", "owner": {"name": "Ann"}, "kind": "a"}],
        },
        "person.schema.json": {"title": "Person", "description": "A person.", "type": "object",
                               "properties": {"name": {"type": "string", "description": "Name."}}},
    }
    warnings: list[str] = []
    pages = render_docs(schemas, warnings=warnings)
    assert sorted(pages) == ["index.md", "person.md", "shop.md", "types.svg"]
    shop = pages["shop.md"]
    assert "[Person](person.md)" in shop
    assert "`address.city`" in shop
    assert "integer or null" in shop
    assert "string or number" in shop
    assert "**Deprecated.**" in shop
    assert '"name": "Corner"' in shop
    assert "[Shop](shop.md#property-owner)" in pages["person.md"]
    assert any("'a'" in w for w in warnings)  # enum values without a meaning are reported
    assert "taxonomy.md" not in pages["index.md"]
