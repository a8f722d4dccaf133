"""The browsable HTML site (``newsevents docs --site DIR``): the guide plus the reference, built with MkDocs.

Works from an installed wheel: the guide's pages, its stylesheet and the MkDocs configuration ship as package
data under ``newsevents/guide/`` (copied from the repository's ``docs/`` and ``mkdocs.yml`` when the wheel is
built, so ``docs/`` stays the one source); a source checkout reads them from the repository instead. The
reference is generated afresh from the schemas being documented, ours or a downstream project's.

The guide links to a few reference pages (the index, the event taxonomy). A schema set that lacks one of them
(someone else's schemas entirely) gets a reference-only site, so the strict build does not fail on links the
guide makes to pages that set does not have.

MkDocs is an optional extra; without it the build stops with a message naming the extra. The build runs MkDocs
in strict mode as a child process, exactly as ``mkdocs build --strict`` would, and the configuration keeps the
site offline (no CDN, no analytics).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from .schemaset import DocsInputError

__all__ = ["MISSING_MKDOCS", "SiteBuild", "build_site", "guide_source"]

#: What a user without MkDocs is told.
MISSING_MKDOCS = 'building the HTML site needs MkDocs, an optional extra: pip install "newsevents[docs]"'
#: Files a previous build leaves in its directory: one of them makes a non-empty directory safe to rebuild into
#: (MkDocs empties the site directory first).
_BUILT_MARKERS = ("index.html", "sitemap.xml", "404.html")


class SiteBuild:
    """What a site build did: where, how many pages, and whether the guide is in it (and if not, why)."""

    def __init__(self, out: Path, pages: int, guide_left_out: list[str]) -> None:
        self.out = out
        self.pages = pages
        self.guide_left_out = guide_left_out  # reference pages the guide links to that the set lacks


def guide_source() -> tuple[Path, Path]:
    """The MkDocs configuration and the folder of guide pages: the package's copies, else the checkout's."""
    packaged = Path(str(resources.files("newsevents") / "guide"))
    if (packaged / "mkdocs.yml").is_file():
        return packaged / "mkdocs.yml", packaged
    checkout = Path(__file__).resolve().parents[3]
    if (checkout / "mkdocs.yml").is_file() and (checkout / "docs").is_dir():
        return checkout / "mkdocs.yml", checkout / "docs"
    raise DocsInputError("the documentation guide is missing from this installation")


def _reference_links(guide: Path) -> set[str]:
    """The reference pages (``reference/<name>.md``) the guide's pages link to."""
    found: set[str] = set()
    for page in guide.glob("*.md"):
        found.update(re.findall(r"\]\(reference/([^)#]+\.md)", page.read_text(encoding="utf-8")))
    return found


def _check_out_dir(out: Path) -> None:
    """Refuse a directory MkDocs would empty unless it is empty or holds an earlier build."""
    if out.exists() and not out.is_dir():
        raise DocsInputError(f"{out} is not a directory")
    if out.is_dir() and any(out.iterdir()) and not any((out / name).exists() for name in _BUILT_MARKERS):
        raise DocsInputError(f"{out} is not empty and does not hold a built site: refusing to overwrite it "
                             "(give an empty or new directory)")


def build_site(out: Path, pages: Mapping[str, str]) -> SiteBuild:
    """Build the HTML site into ``out`` from the guide and the reference ``pages`` (as :func:`render_docs` gives).

    Raises :class:`DocsInputError` when MkDocs is missing, ``out`` is not safe to write, or the build fails.
    """
    if importlib.util.find_spec("mkdocs") is None:
        raise DocsInputError(MISSING_MKDOCS)
    _check_out_dir(out)
    config, guide = guide_source()
    missing = sorted(_reference_links(guide) - pages.keys())
    with tempfile.TemporaryDirectory(prefix="newsevents-site-") as scratch:
        root = Path(scratch)
        docs = root / "docs"
        reference = docs / "reference"
        reference.mkdir(parents=True)
        shutil.copytree(guide / "css", docs / "css")
        for name, text in pages.items():
            (reference / name).write_text(text, encoding="utf-8")
        shutil.copyfile(config, root / "base.yml")
        if missing:
            # Reference only: the reference folder is the whole site, its index the home page.
            shutil.copytree(guide / "css", reference / "css")
            nav = "\n".join(f"  - {title}: {name}" for title, name in (("Reference", "index.md"),
                            ("Event taxonomy", "taxonomy.md")) if name in pages)
            (root / "mkdocs.yml").write_text(f"INHERIT: base.yml\ndocs_dir: docs/reference\nnot_in_nav: |\n  /*.md\n"
                                             f"nav:\n{nav}\n", encoding="utf-8")
        else:
            for page in sorted(guide.glob("*.md")):
                shutil.copyfile(page, docs / page.name)
            (root / "mkdocs.yml").write_text("INHERIT: base.yml\n", encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--config-file", str(root / "mkdocs.yml"),
             "--site-dir", str(out.resolve())],
            capture_output=True, text=True, check=False, cwd=root,
        )
    if result.returncode != 0:
        raise DocsInputError(f"the site build failed:\n{(result.stderr or result.stdout).strip()}")
    built = sum(1 for _ in out.rglob("*.html"))
    return SiteBuild(out, built, missing)
