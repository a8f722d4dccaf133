"""PLOVER import and export, proven on the PLOVER gold-standard records shipped in tests/data/plover."""

from __future__ import annotations

import copy
import io
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsevents
from newsevents import Article, SourceValue, check_article, structure, unstructure
from newsevents.interop.plover import (
    PloverError,
    PloverProblem,
    codebook_for,
    export_article,
    export_articles,
    from_plover,
    import_record,
    import_records,
    normalise_markup,
    normalise_record,
    read_records,
    to_plover,
)

DATA = Path(__file__).resolve().parent / "data" / "plover"
RECORDS: list[dict[str, Any]] = json.loads((DATA / "gold-standard-records.json").read_text(encoding="utf-8"))
EVENT_RECORDS = [r for r in RECORDS if r.get("event") != "DOCUMENT"]
RESULTS = list(import_records(RECORDS))
BY_ID = {r["id"]: r for r in RECORDS}

# What the gold file gives today; a change in either direction should be looked at, not waved through.
EXPECTED_IMPORTED = 164
EXPECTED_ROUND_TRIPPED = 164


def _record(record_id: str, **changes: Any) -> dict[str, Any]:
    record = copy.deepcopy(BY_ID[record_id])
    for key, value in changes.items():
        if value is None:
            record.pop(key, None)
        else:
            record[key] = value
    return record


def _exported(article: Article) -> dict[str, Any]:
    return to_plover(article, codebook="0.5b1")


def _differing_members(record: dict[str, Any], article: Article) -> list[str]:
    want, got = normalise_record(record), normalise_record(_exported(article))
    return sorted(k for k in set(want) | set(got) if want.get(k) != got.get(k))


def test_gold_file_is_complete() -> None:
    """The shipped copy holds 165 records, one of them the DOCUMENT record, with its CC BY-SA attribution."""
    assert len(RECORDS) == 165
    assert [r["event"] for r in RECORDS].count("DOCUMENT") == 1
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in readme
    assert "Open Event Data Alliance" in readme


def test_every_event_record_imports() -> None:
    """Each of the 164 event records becomes an article; no record raises or fails outright."""
    failures = [f"{r.get('id')}: {'; '.join(str(p) for p in problems)}"
                for r, (article, problems) in zip(RECORDS, RESULTS, strict=True)
                if article is None and r.get("event") != "DOCUMENT"]
    assert failures == []
    assert sum(article is not None for article, _ in RESULTS) == EXPECTED_IMPORTED


def test_imported_articles_pass_the_semantic_checks() -> None:
    """check_article finds nothing: every evidence span is exactly the sentence text at its offsets."""
    failures = [f"{a.id}: {p}" for a, _ in RESULTS if a is not None for p in check_article(a)]
    assert failures == []


def test_imported_articles_survive_the_converter() -> None:
    """structure(unstructure(article)) gives back an equal article for every imported record."""
    failures = [a.id for a, _ in RESULTS if a is not None and structure(unstructure(a), Article) != a]
    assert failures == []


def test_every_record_round_trips_equal() -> None:
    """to_plover(from_plover(r)) equals r after normalisation, for every one of the 164 event records."""
    differing = {r["id"]: _differing_members(r, a) for r, (a, _) in zip(RECORDS, RESULTS, strict=True)
                 if a is not None and _differing_members(r, a)}
    assert differing == {}
    assert sum(a is not None for a, _ in RESULTS) == EXPECTED_ROUND_TRIPPED


def test_a_0_8_export_changes_only_the_category_spelling() -> None:
    """Exported with the 0.8 names, a record differs from the 0.5b1 original in `event` alone, and only when renamed
    (and in `mode` where a mode names the type and 0.8 spells it otherwise: COERCE/detain becomes arrest)."""
    renamed = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE"}
    for record, (article, _) in zip(RECORDS, RESULTS, strict=True):
        if article is None:
            continue
        want = normalise_record(record)
        want["event"] = renamed.get(want["event"], want["event"])
        if (want["event"], want.get("mode")) == ("COERCE", "detain"):
            want["mode"] = "arrest"
        assert normalise_record(to_plover(article, codebook="0.8")) == want, record["id"]


def test_default_export_gives_every_record_back() -> None:
    """Exported with no codebook named, every imported gold record comes back as it was (0.5b1 names and all)."""
    for record, (article, _) in zip(RECORDS, RESULTS, strict=True):
        if article is not None:
            assert normalise_record(to_plover(article)) == normalise_record(record), record["id"]


def _spelled_only(value: SourceValue) -> bool:
    """A kept markup whose marks are the export's, spelled otherwise (spaces, nested marks)."""
    if value.value is None or value.replaced is None or value.pointer != "/textInfo/markup":
        return False
    return bool(normalise_markup(json.loads(value.value)) == normalise_markup(json.loads(value.replaced)))


def test_kept_members_are_the_ones_the_model_cannot_type() -> None:
    """The gold file keeps 11 markups, 6 `***` sectors, a bare-string target (warnings), 22 `""` members and 7
    markups that spell the same marks otherwise (info)."""
    kept = [(v, problems) for a, problems in RESULTS if a is not None and a.provenance is not None
            for v in a.provenance.source_values]
    lossy = Counter("sector" if v.pointer.endswith("/sector") else v.pointer for v, _ in kept
                    if v.value != '""' and not _spelled_only(v))
    assert lossy == {"/textInfo/markup": 11, "sector": 6, "/target": 1}
    empty = Counter(v.pointer for v, _ in kept if v.value == '""')
    assert empty == {"/mode": 18, "/target": 3, "/context": 1}
    assert sum(_spelled_only(v) for v, _ in kept) == 7
    for value, problems in kept:
        about = [p for p in problems if p.pointer == value.pointer]
        assert about, value
        if value.value == '""' or _spelled_only(value):
            assert [(p.check, p.severity) for p in about] == [("kept-verbatim", "info")]
        else:
            assert all(p.severity == "warning" and "kept verbatim" in p.message for p in about), about
            assert all(p.check != "kept-verbatim" for p in about)


def test_markup_comes_back_as_the_coder_spelled_it() -> None:
    """Every imported gold record's markup comes back character for character (nested marks, spaces and all)."""
    for record, (article, _) in zip(RECORDS, RESULTS, strict=True):
        if article is not None:
            assert to_plover(article)["textInfo"]["markup"] == record["textInfo"]["markup"], record["id"]


def _summary() -> tuple[str, int, int]:
    """The line `test_counts` prints, with the imported and validated counts."""
    imported = [a for a, _ in RESULTS if a is not None]
    validated = [a for a in imported if check_article(a) == []]
    round_tripped = [a for r, (a, _) in zip(RECORDS, RESULTS, strict=True)
                     if a is not None and not _differing_members(r, a)]
    with_problems = [ps for _, ps in RESULTS if any(p.severity != "info" for p in ps)]
    by_check = Counter(f"{p.severity}:{p.check}" for _, ps in RESULTS for p in ps)
    line = (f"PLOVER gold records: {len(RECORDS)} read, {len(imported)} imported, {len(validated)} validated, "
            f"{len(round_tripped)} round-tripped equal, {len(with_problems)} with warnings or errors; "
            f"problems by check: {dict(sorted(by_check.items()))}")
    return line, len(imported), len(validated)


def test_counts(capsys: pytest.CaptureFixture[str]) -> None:
    """Prints how many records were imported, validated, round-tripped and reported, by check."""
    line, imported, validated = _summary()
    with capsys.disabled():
        print(f"\n{line}")
    assert validated == imported == EXPECTED_IMPORTED


def test_the_docs_quote_the_counts_as_printed() -> None:
    """docs/plover.md gives the counts line exactly as `test_counts` prints it."""
    docs = (Path(__file__).resolve().parents[1] / "docs" / "plover.md").read_text(encoding="utf-8")
    assert _summary()[0] in docs


def test_document_record_is_skipped_with_a_note() -> None:
    """The DOCUMENT record gives no article and one info problem naming it."""
    article, problems = import_record(BY_ID["PLOVER-GSR01-DOCUMENT-0001"])
    assert article is None
    assert [(p.severity, p.check, p.record_id) for p in problems] == [
        ("info", "document-record", "PLOVER-GSR01-DOCUMENT-0001")]


@pytest.mark.parametrize(("spelling", "event_type"), [("DEMAND", "demand"), ("REQUEST", "demand"),
                                                       ("DISAPPROVE", "disapproval"), ("ACCUSE", "disapproval")])
def test_both_codebook_spellings_are_read(spelling: str, event_type: str) -> None:
    """DEMAND and REQUEST (and DISAPPROVE and ACCUSE) import as the same event type, with nothing lost."""
    article, problems = import_record(_record("PLOVER-GSR01-DEMAND-0001", event=spelling))
    assert article is not None
    assert newsevents.unstructure(article.events[0])["type"] == event_type
    assert [p for p in problems if p.severity != "info"] == []


@pytest.mark.parametrize(("codebook", "demand", "disapprove"), [("0.8", "REQUEST", "ACCUSE"),
                                                                 ("0.5b1", "DEMAND", "DISAPPROVE")])
def test_export_writes_the_codebook_names(codebook: str, demand: str, disapprove: str) -> None:
    """to_plover writes the names of the codebook asked for; unchanged categories stay as they are."""
    for record_id, expected in (("PLOVER-GSR01-DEMAND-0001", demand), ("PLOVER-GSR01-DISAPPROVE-0001", disapprove),
                                ("PLOVER-GSR01-AGREE-0001", "AGREE")):
        article = from_plover(BY_ID[record_id])
        assert to_plover(article, codebook=codebook)["event"] == expected  # type: ignore[arg-type]


def test_export_defaults_to_the_codebook_the_article_was_coded_in() -> None:
    """Without a codebook, a record coded under 0.5b1 comes back in 0.5b1 names; an article with no PLOVER
    provenance (or another version) gets the 0.8 names."""
    article = from_plover(BY_ID["PLOVER-GSR01-DEMAND-0001"])
    assert article.provenance is not None
    assert article.provenance.codebook_version == "0.5b1"
    assert codebook_for(article) == "0.5b1"
    assert to_plover(article)["event"] == "DEMAND"
    assert to_plover(newsevents.evolve(article, provenance=None))["event"] == "REQUEST"
    newer = newsevents.evolve(article, provenance=newsevents.evolve(article.provenance, codebook_version="0.8"))
    assert to_plover(newer)["event"] == "REQUEST"
    assert codebook_for(article, "0.8") == "0.8"


def test_renamed_category_export_notes_the_record_version() -> None:
    """A 0.5b1 DEMAND record exported with 0.8 names says (info) that REQUEST now stands beside version 0.5b1."""
    record = next(r for r in EVENT_RECORDS if r["event"] == "DEMAND")
    records, problems = export_article(from_plover(record), codebook="0.8")
    assert records[0]["event"] == "REQUEST"
    assert records[0]["version"] == "0.5b1"
    assert [(p.check, p.severity) for p in problems] == [("codebook-spelling", "info")]
    assert export_article(from_plover(record))[1] == []
    agree = from_plover(BY_ID["PLOVER-GSR01-AGREE-0001"])
    assert export_article(agree)[1] == []


def test_unknown_codebook_is_refused() -> None:
    """Asking for a codebook other than 0.8 or 0.5b1 is a usage error."""
    article = from_plover(BY_ID["PLOVER-GSR01-DEMAND-0001"])
    with pytest.raises(ValueError, match="codebook"):
        to_plover(article, codebook="1.0")  # type: ignore[arg-type]


@pytest.mark.parametrize(("words", "value", "minimum", "maximum", "approximate"), [
    ("Tens of thousands", None, 20_000, 99_999, True),
    ("Hundreds of thousands", None, 200_000, 999_999, True),
    ("thousands", None, 2_000, 9_999, True),
    ("dozens", None, 24, 99, True),
    ("scores", None, 40, 199, True),
    ("about 300", 300, None, None, True),
    ("more than 1,000", None, 1_001, None, False),
    ("up to 1,000", None, None, 1_000, False),
    ("1,000", 1_000, None, None, False),
    ("20-30", None, 20, 30, False),
])
def test_vague_amounts_become_quantities(words: str, value: int | None, minimum: int | None, maximum: int | None,
                                         approximate: bool) -> None:
    """A size in words keeps its wording and gets the number or bounds it implies; export gives the words back."""
    record = _record("PLOVER-GSR01-PROTEST-0022", size=words)
    article, problems = import_record(record)
    assert article is not None
    assert [p for p in problems if p.severity != "info"] == []
    size = article.events[0].size
    assert size is not None
    assert (size.text, size.value, size.minimum, size.maximum, size.approximate) == (
        words, value, minimum, maximum, approximate)
    assert _exported(article)["size"] == words


def test_plain_numbers_are_exact_values() -> None:
    """size "168" is the exact value 168 with no wording, and is written back as "168"."""
    article = from_plover(BY_ID["PLOVER-GSR01-COERCE-0013"])
    assert article.events[0].size == newsevents.Quantity(value=168)
    assert _exported(article)["size"] == "168"


def test_unreadable_amount_is_kept_as_wording() -> None:
    """An amount that is neither a number nor a known vague word is kept verbatim, with an info note."""
    article, problems = import_record(_record("PLOVER-GSR01-COERCE-0013", size="a great many"))
    assert article is not None
    assert article.events[0].size == newsevents.Quantity(text="a great many")
    assert [(p.severity, p.check) for p in problems] == [("info", "quantity")]
    assert _exported(article)["size"] == "a great many"


def test_markup_becomes_roles_place_trigger_and_evidence() -> None:
    """SRC/TAR marks make agent and recipient, LOC marks the place, the first of several EVT marks the trigger."""
    article = from_plover(BY_ID["PLOVER-GSR01-AGREE-0001"])
    event = article.events[0]
    roles = [(p.ref, p.role.value) for p in event.participants]
    assert roles == [("source-1", "agent"), ("source-1", "recipient"), ("source-2", "agent"),
                     ("source-2", "recipient")]
    assert event.trigger is not None
    assert event.trigger.text == "agreed"
    assert [s.text for s in event.evidence] == ["agreed", "cooperate"]
    located = from_plover(BY_ID["PLOVER-GSR01-COOPERATE-0004"])
    place = located.places[0]
    assert (located.events[0].place, place.name, [s.text for s in place.evidence]) == (
        place.id, "Britain", ["to Britain"])


def test_actor_fields_map_to_the_model() -> None:
    """actorText, code and sector become the name, the CAMEO identifier, the sectors and the ethnic code."""
    article = from_plover(BY_ID["PLOVER-GSR01-COERCE-0017"])
    target = next(a for a in article.actors if a.id == "target-1")
    assert (target.name, target.identifiers, target.sectors, target.ethnicity) == (
        "Tamil civilian refugees", newsevents.Identifiers(cameo="LKA"), ("REF",), "tam")
    assert [m.text for m in target.mentions] == ["Tamil civilian refugees"]
    assert _exported(article)["target"] == BY_ID["PLOVER-GSR01-COERCE-0017"]["target"]


def test_empty_and_missing_members_come_back_as_given() -> None:
    """target "" stays "", a missing target stays missing, and mode "" stays "" on export."""
    given_empty = BY_ID["PLOVER-GSR01-AGREE-0003"]
    assert given_empty["target"] == ""
    assert _exported(from_plover(given_empty))["target"] == ""
    missing = BY_ID["PLOVER-GSR01-AGREE-0001"]
    assert "target" not in missing
    assert "target" not in _exported(from_plover(missing))
    empty_mode = BY_ID["PLOVER-GSR01-INVESTIGATE-0001"]
    assert empty_mode["mode"] == ""
    assert _exported(from_plover(empty_mode))["mode"] == ""


def test_hyphenated_modes_round_trip() -> None:
    """PLOVER's "third-party" is stored as written and written back unchanged."""
    article = from_plover(BY_ID["PLOVER-GSR01-CONSULT-0007"])
    assert article.events[0].mode == "third-party"
    assert _exported(article)["mode"] == "third-party"


def test_placeholder_date_is_kept() -> None:
    """The 2000-01-01 placeholder date is kept as the event's day and written back."""
    article = from_plover(BY_ID["PLOVER-GSR01-AGREE-0001"])
    time = article.events[0].time
    assert time is not None
    assert (time.value, time.precision) == ("2000-01-01", newsevents.Precision.DAY)
    assert _exported(article)["date"] == "2000-01-01"


def test_bare_string_target_is_reported() -> None:
    """A target given as a bare string ("diplomatic") is reported with the record id, not silently dropped."""
    article, problems = import_record(BY_ID["PLOVER-GSR01-AGREE-0007"])
    assert article is not None
    [problem] = [p for p in problems if p.check == "not-an-actor-list"]
    assert (problem.record_id, problem.json_path, problem.severity) == ("PLOVER-GSR01-AGREE-0007", "$.target",
                                                                       "warning")
    assert "diplomatic" in problem.message


def test_kept_members_come_back_while_the_article_is_unedited() -> None:
    """The `***` sector and the typo'd markup are exported as the record had them, with no export problem."""
    for record_id in ("PLOVER-GSR01-ASSAULT-0003", "PLOVER-GSR01-AGREE-0027"):
        article = from_plover(BY_ID[record_id])
        records, problems = export_article(article, codebook="0.5b1")
        assert records == [BY_ID[record_id]]
        assert problems == []


def test_an_edit_wins_over_the_kept_member() -> None:
    """After the article is edited where a member was kept, export writes the edit and says the source lost."""
    article = from_plover(BY_ID["PLOVER-GSR01-ASSAULT-0003"])
    [actor] = [a for a in article.actors if a.id == "source-1"]
    edited = attrs.evolve(article, actors=tuple(attrs.evolve(a, sectors=("GOV",)) if a is actor else a
                                                for a in article.actors))
    records, problems = export_article(edited, codebook="0.5b1")
    assert records[0]["source"][0]["sector"] == "GOV"
    assert [(p.check, p.severity) for p in problems] == [("source-value-superseded", "warning")]
    assert "'***'" not in problems[0].message
    assert '"***"' in problems[0].message

    typo = from_plover(BY_ID["PLOVER-GSR01-AGREE-0027"])
    event = typo.events[0]
    retold = attrs.evolve(typo, events=(attrs.evolve(event, evidence=event.evidence[:1]),))
    records, problems = export_article(retold, codebook="0.5b1")
    assert "Isreal" not in records[0]["textInfo"]["markup"]
    assert [p.check for p in problems] == ["source-value-superseded"]


UNSEEN: list[tuple[str, dict[str, Any], str]] = [
    ("member PLOVER does not define", _record("PLOVER-GSR01-AGREE-0005", sentiment="negative"), "unknown-member"),
    ("amount as a JSON number", _record("PLOVER-GSR01-AGREE-0005", size=5), "quantity"),
    ("no language", _record("PLOVER-GSR01-AGREE-0005", language=None), "language"),
    ("code placeholder", _record("PLOVER-GSR01-AGREE-0005", target=[{"actorText": "Britain", "code": "---"}]),
     "actor-code"),
    ("source as one object", _record("PLOVER-GSR01-AGREE-0005", source={"actorText": "Libya", "code": "LBY"}),
     "not-an-actor-list"),
    ("markup member besides markup", _record("PLOVER-GSR01-AGREE-0005", textInfo={
        "markup": BY_ID["PLOVER-GSR01-AGREE-0005"]["textInfo"]["markup"], "coder": "x"}), "unknown-member"),
]


@pytest.mark.parametrize(("record", "check"), [case[1:] for case in UNSEEN], ids=[case[0] for case in UNSEEN])
def test_unseen_quirks_round_trip_with_a_warning(record: dict[str, Any], check: str) -> None:
    """Quirks absent from the gold file are kept verbatim: the record comes back equal, and a warning says why."""
    article, problems = import_record(record)
    assert article is not None
    assert check_article(article) == []
    assert normalise_record(to_plover(article, codebook="0.5b1")) == normalise_record(record)
    assert any(p.check == check and p.severity == "warning" and "kept verbatim" in p.message for p in problems)
    assert structure(unstructure(article), Article) == article


def test_a_member_that_cannot_be_kept_is_reported_as_not_round_tripping() -> None:
    """A member too long to keep (or NaN from a lenient reader) gives not-round-trip, naming it; the rest converts."""
    for value in ("x" * 1_000_001, float("nan")):
        record = _record("PLOVER-GSR01-AGREE-0005", remark=value)
        article, problems = import_record(record)
        assert article is not None
        assert check_article(article) == []
        assert [p.pointer for p in problems if p.check == "not-round-trip"] == ["/remark"]


def _inserted_mark(record_id: str) -> dict[str, Any]:
    record = _record(record_id)
    record["textInfo"] = {"markup": "(SRC: Atlantis) " + record["textInfo"]["markup"]}
    return record


MALFORMED: list[tuple[str, dict[str, Any] | list[Any], str, str]] = [
    ("no text", _record("PLOVER-GSR01-AGREE-0001", text=None), "missing-text", "error"),
    ("empty text", _record("PLOVER-GSR01-AGREE-0001", text="  "), "missing-text", "error"),
    ("unknown category", _record("PLOVER-GSR01-AGREE-0001", event="CRIME"), "unknown-category", "error"),
    ("no category", _record("PLOVER-GSR01-AGREE-0001", event=None), "unknown-category", "error"),
    ("mark not in the sentence", _inserted_mark("PLOVER-GSR01-AGREE-0005"), "markup-alignment", "warning"),
    ("typo in a mark", BY_ID["PLOVER-GSR01-AGREE-0027"], "markup-alignment", "warning"),
    ("markup text differs", BY_ID["PLOVER-GSR01-THREATEN-0005"], "markup-text", "warning"),
    ("unclosed mark", _record("PLOVER-GSR01-AGREE-0005", textInfo={"markup": "(SRC: Libya has offered"}),
     "markup-unclosed", "warning"),
    ("actor without a name", _record("PLOVER-GSR01-AGREE-0005", target=[{"code": "GBR"}]), "actor", "warning"),
    ("placeholder sector", BY_ID["PLOVER-GSR01-ASSAULT-0003"], "actor-sector", "warning"),
    ("bad dateCoded", _record("PLOVER-GSR01-AGREE-0005", dateCoded="19 Dec 2016"), "provenance", "warning"),
    ("unknown member", _record("PLOVER-GSR01-AGREE-0005", sentiment="negative"), "unknown-member", "warning"),
]


@pytest.mark.parametrize(("record", "check", "severity"), [case[1:] for case in MALFORMED],
                         ids=[case[0] for case in MALFORMED])
def test_malformed_records_give_problems(record: dict[str, Any], check: str, severity: str) -> None:
    """A malformed record gives a problem with the record's id, the failed check and a reason, never an exception."""
    article, problems = import_record(record, index=7)
    found = [p for p in problems if p.check == check]
    assert found, problems
    assert all(isinstance(p, PloverProblem) and p.record_id == record["id"] and p.record_index == 7
               and p.severity == severity and p.message for p in found)
    assert (article is None) == (severity == "error")


def test_non_object_record_is_reported_by_position() -> None:
    """A record that is not a JSON object is an error located by its index in the file."""
    [(article, [problem])] = list(import_records([["not", "a", "record"]]))
    assert article is None
    assert (problem.record, problem.check, problem.severity) == ("#0", "record-object", "error")


def test_from_plover_raises_on_errors_and_in_strict_mode() -> None:
    """from_plover raises PloverError for a record with no article, and with strict=True for any loss."""
    with pytest.raises(PloverError, match="missing-text"):
        from_plover(_record("PLOVER-GSR01-AGREE-0001", text=None))
    assert from_plover(BY_ID["PLOVER-GSR01-AGREE-0007"]).id == "PLOVER-GSR01-AGREE-0007"
    with pytest.raises(PloverError, match="not-an-actor-list"):
        from_plover(BY_ID["PLOVER-GSR01-AGREE-0007"], strict=True)


def test_export_needs_exactly_one_event() -> None:
    """to_plover refuses an article with no event, and with several unless told which one."""
    article = from_plover(BY_ID["PLOVER-GSR01-AGREE-0001"])
    with pytest.raises(PloverError, match="reports no event"):
        to_plover(newsevents.Article(id="a", headline="h", language="en", body="b"))
    second = type(article.events[0])(id="event-2", realis=newsevents.Realis.OCCURRED)
    two = newsevents.Article(id="a", headline="h", language="en", body=article.body,
                             events=(article.events[0], second))
    with pytest.raises(PloverError, match="2 events"):
        to_plover(two)
    assert to_plover(two, event="event-2")["event"] == "AGREE"
    records = [r for r, _ in export_articles([two, article])]
    assert [r["id"] if r else None for r in records] == ["a-event", "a-event-2", "PLOVER-GSR01-AGREE-0001"]


def test_export_reports_what_plover_cannot_hold() -> None:
    """An event type without a PLOVER category is an export error, reported rather than raised."""
    article = newsevents.Article(id="a", headline="h", language="en", body="The ministry announced it.",
                                 events=(newsevents.Announcement(id="e", realis=newsevents.Realis.OCCURRED),))
    records, problems = export_article(article)
    assert records == []
    assert [(p.check, p.severity) for p in problems] == [("no-category", "error")]


def test_read_records_accepts_arrays_and_json_lines() -> None:
    """read_records reads a JSON array and JSON Lines alike, and import_records keeps their order."""
    first, second = BY_ID["PLOVER-GSR01-AGREE-0001"], BY_ID["PLOVER-GSR01-AGREE-0003"]
    as_array = list(read_records(io.StringIO(json.dumps([first, second]))))
    as_lines = list(read_records(io.StringIO(json.dumps(first) + "\n" + json.dumps(second) + "\n")))
    assert as_array == as_lines == [first, second]
    ids = [a.id for a, _ in import_records(as_lines) if a is not None]
    assert ids == ["PLOVER-GSR01-AGREE-0001", "PLOVER-GSR01-AGREE-0003"]


def test_read_records_reads_strict_json_as_convert_does() -> None:
    """read_records is the feed reader: blank lines give no record, and a repeated key or NaN raises, after the
    records before it, rather than passing a guess to the importer."""
    first = BY_ID["PLOVER-GSR01-AGREE-0001"]
    assert list(read_records(io.StringIO("\n" + json.dumps(first) + "\n\n  \n"))) == [first]
    assert list(read_records(io.StringIO(" \n"))) == []
    for bad in ('{"id": "a", "id": "b"}', '{"size": NaN}'):
        records = read_records(io.StringIO(json.dumps(first) + "\n" + bad + "\n"))
        assert next(records) == first
        with pytest.raises(json.JSONDecodeError):
            next(records)


def test_markup_normalisation_only_touches_spelling() -> None:
    """normalise_markup treats whitespace and nested-or-joined marks alike and leaves the words alone."""
    assert normalise_markup("(EVT: return ) (LOC:(TAR: Bosnian  town))") == normalise_markup(
        "(EVT: return) (TAR/LOC: Bosnian town)")
    assert normalise_markup("(TAR:President Juvenal)") == "(TAR: President Juvenal)"
    assert normalise_markup("(SRC: Isreal) will") != normalise_markup("(SRC: Israel) will")


_NOISE = st.sampled_from(["(", ")", "(SRC: ", "(TAR:", "(EVT: ", "(LOC: (", "/", ":", " ", "  ", "\t", "\n", "x",
                          "(SRC/TAR: ", "(FOO: ", "))", ""])


@settings(max_examples=int(os.environ.get("PLOVER_EXAMPLES", "150")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(0, len(EVENT_RECORDS) - 1),
       edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 3), _NOISE), max_size=6),
       respace=st.booleans())
def test_mutated_markup_never_breaks_the_importer(index: int, edits: list[tuple[float, int, str]],
                                                  respace: bool) -> None:
    """Damaged markup and spacing give problems, never an exception, a bad span or a record that fails to return."""
    record = copy.deepcopy(EVENT_RECORDS[index])
    markup: str = record["textInfo"]["markup"]
    for where, cut, noise in edits:
        at = int(where * len(markup))
        markup = markup[:at] + noise + markup[at + cut:]
    record["textInfo"]["markup"] = markup
    if respace:
        record["text"] = record["text"].replace(" ", "  ", 3)
    article, problems = import_record(record)
    assert not [p for p in problems if p.check == "internal-error"]
    assert article is not None
    # Damaged markup may cut a span inside a word: a warning, which is the right answer; never an error.
    assert [p for p in check_article(article) if p.is_error] == []
    assert structure(unstructure(article), Article) == article
    assert normalise_record(to_plover(article, codebook="0.5b1")) == normalise_record(record)


_JSON = st.recursive(st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.text(max_size=12),
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                               max_size=3), max_leaves=5)
_MEMBERS = ["id", "event", "eventText", "mode", "context", "date", "source", "target", "eventLoc", "size", "dead",
            "injured", "language", "publication", "coder", "version", "dateCoded", "comment", "textInfo",
            "licence", "url"]
_ACTOR_MEMBERS = ["actorText", "code", "sector", "role"]


@settings(max_examples=int(os.environ.get("PLOVER_EXAMPLES", "200")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(0, len(EVENT_RECORDS) - 1),
       changes=st.lists(st.tuples(st.sampled_from(_MEMBERS), st.one_of(st.just(None), _JSON)), max_size=3),
       actor_changes=st.lists(st.tuples(st.sampled_from(["source", "target"]), st.sampled_from(_ACTOR_MEMBERS),
                                        st.one_of(st.just(None), _JSON)), max_size=2))
def test_unseen_records_round_trip_or_fail_cleanly(index: int, changes: list[tuple[str, Any]],
                                                   actor_changes: list[tuple[str, str, Any]]) -> None:
    """Records damaged member by member either give no article (an error says why) or a valid, equal round trip."""
    record = copy.deepcopy(EVENT_RECORDS[index])
    for member, value in changes:
        if value is None:
            record.pop(member, None)
        else:
            record[member] = value
    for side, member, value in actor_changes:
        actors = record.get(side)
        if isinstance(actors, list) and actors and isinstance(actors[0], dict):
            if value is None:
                actors[0].pop(member, None)
            else:
                actors[0][member] = value
    article, problems = import_record(record)
    assert not [p for p in problems if p.check in ("internal-error", "not-round-trip")], problems
    if article is None:
        assert any(p.severity == "error" for p in problems)
        return
    assert check_article(article) == []
    assert structure(unstructure(article), Article) == article
    category = record["event"]
    codebook = "0.8" if category.upper() in ("REQUEST", "ACCUSE") else "0.5b1"
    records, export_problems = export_article(article, codebook=codebook)
    assert [normalise_record(r) for r in records] == [normalise_record(record)]
    assert [p for p in export_problems if p.check == "source-value-superseded"] == []


def test_member_names_with_a_newline_are_kept_verbatim() -> None:
    """A member whose name holds a newline is kept like any other (pointers may hold any character)."""
    record = copy.deepcopy(EVENT_RECORDS[0])
    record["textInfo"] = {"\n": None}
    article, problems = import_record(record)
    assert article is not None
    assert not [p for p in problems if p.check in ("internal-error", "not-round-trip")], problems
    assert check_article(article) == []
    records, _ = export_article(article, codebook="0.5b1")
    assert [normalise_record(r) for r in records] == [normalise_record(record)]
