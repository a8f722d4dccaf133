"""The site `newsevents docs --site` builds, in a real headless Chromium: pages load without errors, offline."""

from __future__ import annotations

import functools
import http.server
from collections.abc import Iterator
from typing import Any

import pytest

from newsevents import cli

from ._browser import Browser, chromium_path
from ._server import serving

CHROMIUM = chromium_path()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium; .ci/run installs it): the "
    "site was not checked in a browser")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    """Serves the built site and remembers each path asked for."""

    served: list[str] = []  # noqa: RUF012 - one handler per request: the record is the class's

    def do_GET(self) -> None:
        _Quiet.served.append(self.path)
        super().do_GET()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built by the command line, served on 127.0.0.1 for the module's tests."""
    site = tmp_path_factory.mktemp("browsed") / "site"
    assert cli.main(["docs", "--site", str(site)]) == 0
    _Quiet.served = []
    with serving(functools.partial(_Quiet, directory=str(site))) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the module, on a fresh profile."""
    assert CHROMIUM is not None
    started = Browser(CHROMIUM)
    try:
        yield started
    finally:
        started.close()


def _visit(browser: Browser, url: str) -> tuple[list[str], list[str]]:
    """Load ``url``; the requests it made and the errors it raised."""
    browser.requests.clear()
    browser.errors.clear()
    browser.load(url)
    return list(browser.requests), list(browser.errors)


def _local(base_url: str, requests: list[str]) -> list[str]:
    """The requests that went anywhere but the local server."""
    return [url for url in requests if not url.startswith(base_url + "/") and not url.startswith(("data:", "about:"))]


def test_home_page_loads_offline_without_errors(browser: Browser, base_url: str) -> None:
    """The guide's home page loads its styles and scripts from the local server only, with no console error."""
    requests, errors = _visit(browser, base_url + "/index.html")
    assert errors == []
    assert _local(base_url, requests) == []
    assert any(url.endswith(".css") for url in requests)
    assert any(url.endswith(".js") for url in requests)
    assert browser.evaluate("document.querySelector('h1').textContent") == "newsevents"


def test_reference_index_shows_the_diagram(browser: Browser, base_url: str) -> None:
    """The reference index loads, and its diagram image is fetched locally and decodes to a picture."""
    requests, errors = _visit(browser, base_url + "/reference/index.html")
    assert errors == []
    assert _local(base_url, requests) == []
    assert base_url + "/reference/types.svg" in requests
    width = browser.evaluate("document.querySelector('img[src=\"types.svg\"]').naturalWidth")
    assert width > 300


def test_type_page_loads_with_readable_patterns(browser: Browser, base_url: str) -> None:
    """A type page loads cleanly; its patterns read as written, without the `(?!\\n)` tail."""
    requests, errors = _visit(browser, base_url + "/reference/article.html")
    assert errors == []
    assert _local(base_url, requests) == []
    text = browser.evaluate("document.body.innerText")
    assert "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$" in text
    assert "(?!" not in text


def test_diagram_opens_on_its_own_with_a_link_per_type(browser: Browser, base_url: str) -> None:
    """The diagram opened on its own is an SVG document whose boxes link to existing type pages."""
    requests, errors = _visit(browser, base_url + "/reference/types.svg")
    # A document without a <link rel="icon"> (an SVG) makes the browser guess /favicon.ico: not the site's doing.
    assert [e for e in errors if not e.endswith(base_url + "/favicon.ico")] == []
    assert _local(base_url, requests) == []
    assert browser.evaluate("document.documentElement.tagName") == "svg"
    links = browser.evaluate("Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))")
    assert "article.html" in links
    assert len(links) >= 40
    requests, errors = _visit(browser, base_url + "/reference/" + links[-1])
    assert errors == []


def test_no_request_left_the_machine(base_url: str) -> None:
    """Everything the browser asked for over the module reached the local server (it served the pages)."""
    assert "/reference/types.svg" in _Quiet.served
    assert "/index.html" in _Quiet.served


def test_the_tests_record_requests() -> None:
    """The request filter flags an outside URL, so an empty list of outside requests means something."""
    assert _local("http://127.0.0.1:1", ["http://127.0.0.1:1/a.css", "https://cdn.example/x.js"]) == [
        "https://cdn.example/x.js"]

