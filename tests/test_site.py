"""The documentation site: builds strictly with MkDocs, every internal link resolves, nothing loads from outside."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from ._paths import REPO

BUILD_COMMAND = 'pip install ".[docs]" && newsevents docs && mkdocs build --strict'
#: Tags and attributes that make a browser load something (as opposed to a hyperlink the reader may follow).
_LOADS = {("script", "src"), ("link", "href"), ("img", "src"), ("source", "src"), ("iframe", "src"),
          ("video", "src"), ("audio", "src"), ("embed", "src"), ("object", "data"), ("img", "srcset")}
#: Hosts of CDNs, web fonts and analytics that must not appear anywhere in the built site.
_TRACKERS = ("cdnjs.cloudflare.com", "cdn.jsdelivr.net", "unpkg.com", "fonts.googleapis.com",
             "fonts.gstatic.com", "googletagmanager.com", "google-analytics.com", "use.fontawesome.com")


class _Page(HTMLParser):
    """The ids a page defines and the URLs it links to or loads."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.loads: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in ("id", "name") and tag != "meta":
                self.ids.add(value)
            if (tag, name) in _LOADS:
                self.loads.append(value)
            if name == "href" and tag == "a":
                self.links.append(value)
            if name == "style":
                self.styles.append(value)
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def _external(url: str) -> bool:
    return bool(re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", url.strip(), re.I))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built from the repository with `mkdocs build --strict` into a temporary directory."""
    out = tmp_path_factory.mktemp("site").resolve()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(REPO / "mkdocs.yml"),
         "--site-dir", str(out)],
        capture_output=True, text=True, timeout=600, check=False, cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return out


@pytest.fixture(scope="module")
def pages(site: Path) -> dict[Path, _Page]:
    """Every built HTML page, parsed."""
    parsed = {}
    for path in sorted(site.rglob("*.html")):
        page = _Page()
        page.feed(path.read_text(encoding="utf-8"))
        parsed[path] = page
    return parsed


def test_site_builds_with_the_guide_and_the_reference(site: Path) -> None:
    """The strict build yields the guide pages, the reference index, the taxonomy and a page per type."""
    for name in ("index.html", "quickstart.html", "validating.html", "extending.html", "versioning.html",
                 "reference/index.html", "reference/taxonomy.html", "reference/article.html",
                 "reference/event.html", "reference/enum-realis.html"):
        assert (site / name).is_file(), name
    schemas = list((REPO / "schemas").glob("*.schema.json"))
    assert len(list((site / "reference").glob("*.html"))) >= len(schemas) + 2


def test_home_page_gives_the_one_build_command() -> None:
    """docs/index.md documents the single command that builds the site."""
    assert BUILD_COMMAND in (REPO / "docs" / "index.md").read_text(encoding="utf-8")


def test_every_internal_link_resolves(site: Path, pages: dict[Path, _Page]) -> None:
    """Each relative href/src on every page names a file of the site, and its #anchor exists on that page."""
    broken: list[str] = []
    checked = 0
    for path, page in pages.items():
        for url in page.links + page.loads:
            if _external(url) or url.startswith(("mailto:", "data:", "javascript:")):
                continue
            parts = urlsplit(url)
            where = f"{path.relative_to(site)} -> {url}"
            if parts.path.startswith("/"):
                # Only the 404 page, which a server shows at any depth, may link from the site's root; every
                # other page links relatively, so the site also works opened from disk.
                if path.name != "404.html":
                    broken.append(where + " (absolute)")
                    continue
                target = (site / unquote(parts.path).lstrip("/")).resolve()
            else:
                target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if not target.is_relative_to(site.resolve()) or not target.exists():
                broken.append(where)
                continue
            if target.is_dir():
                target = target / "index.html"
                if not target.exists():
                    broken.append(where)
                    continue
            anchor = unquote(parts.fragment)
            if anchor and target.suffix == ".html":
                ids = pages[target].ids if target in pages else set()
                if anchor not in ids:
                    broken.append(where + " (no such anchor)")
            checked += 1
    assert broken == []
    assert checked > 1000  # the reference is densely linked; far fewer would mean the parser missed links


def test_nothing_is_loaded_from_outside(site: Path, pages: dict[Path, _Page]) -> None:
    """No page loads a script, stylesheet, font, image or frame from another host, and no CSS does either."""
    outside = [f"{path.relative_to(site)}: {url}" for path, page in pages.items() for url in page.loads
               if _external(url)]
    outside += [f"{path.relative_to(site)} style: {style}" for path, page in pages.items() for style in page.styles
                if re.search(r"url\(\s*['\"]?(?:[a-z]+:)?//", style, re.I)]
    for css in site.rglob("*.css"):
        text = re.sub(r"/\*.*?\*/", "", css.read_text(encoding="utf-8", errors="replace"), flags=re.S)
        for match in re.finditer(r"url\(\s*['\"]?([^'\")]+)|@import\s+['\"]([^'\"]+)", text):
            url = match.group(1) or match.group(2)
            if _external(url):
                outside.append(f"{css.relative_to(site)}: {url}")
            elif not url.startswith("data:"):
                local = (css.parent / urlsplit(url).path).resolve()
                if not local.exists():
                    outside.append(f"{css.relative_to(site)}: missing {url}")
    assert outside == []
    for path in site.rglob("*"):
        if path.suffix in (".html", ".js", ".css"):
            text = path.read_text(encoding="utf-8", errors="replace")
            for host in _TRACKERS:
                assert host not in text, f"{path.relative_to(site)} mentions {host}"


def test_reference_anchors_survive_into_html(pages: dict[Path, _Page], site: Path) -> None:
    """The stable property and value anchors written in the Markdown are ids in the built pages."""
    actor = pages[site / "reference" / "actor.html"]
    assert {"property-id", "property-kind", "values-kind", "value-kind-person"} <= actor.ids
    realis = pages[site / "reference" / "enum-realis.html"]
    assert "value-occurred" in realis.ids


def test_every_guide_page_ships_in_the_wheel() -> None:
    """pyproject.toml ships each docs/*.md, the stylesheet and mkdocs.yml, so `docs --site` works from a wheel."""
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    expected = {f"docs/{page.name}": f"newsevents/guide/{page.name}" for page in (REPO / "docs").glob("*.md")}
    expected |= {"docs/css": "newsevents/guide/css", "mkdocs.yml": "newsevents/guide/mkdocs.yml"}
    assert {k: v for k, v in shipped.items() if v.startswith("newsevents/guide")} == expected


def test_site_command_names_the_extra_when_mkdocs_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Without MkDocs, `newsevents docs --site` is a usage error (exit 2) that names the docs extra."""
    import importlib.util

    from newsevents import cli

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "mkdocs" else real(name, *a))
    assert cli.main(["docs", "--site", str(tmp_path / "site")]) == 2
    assert 'pip install "newsevents[docs]"' in capsys.readouterr().err
    assert not (tmp_path / "site").exists()


def test_site_for_a_foreign_schema_set_is_reference_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`docs --site --schemas DIR` builds someone else's set; the guide, which links to our pages, is left out."""
    from newsevents import cli

    schemas = tmp_path / "schemas"
    schemas.mkdir()
    (schemas / "shop.schema.json").write_text(
        '{"title": "Shop", "description": "A shop.", "type": "object", "properties": {"code": {"type": "string", '
        '"description": "Its code.", "pattern": "^(A|B)[0-9]$(?!\\\\n)"}}}', encoding="utf-8")
    assert cli.main(["docs", "--site", str(tmp_path / "site"), "--schemas", str(schemas), "--no-fixtures"]) == 0
    assert "the guide is left out" in capsys.readouterr().err
    shop = (tmp_path / "site" / "shop.html").read_text(encoding="utf-8")
    assert "^(A|B)[0-9]$" in shop
    assert (tmp_path / "site" / "types.svg").is_file()


def test_site_refuses_to_empty_a_directory_that_is_not_a_site(tmp_path: Path) -> None:
    """MkDocs empties its output folder, so a non-empty folder without a built site is refused (exit 2)."""
    from newsevents import cli

    (tmp_path / "notes.txt").write_text("keep me\n", encoding="utf-8")
    assert cli.main(["docs", "--site", str(tmp_path)]) == 2
    assert (tmp_path / "notes.txt").is_file()
