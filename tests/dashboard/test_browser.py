"""The dashboard in real headless Chromium: filter, right-to-left Arabic, CSV download, no injection."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import dashboard_corpus
import pytest
from playwright.sync_api import Page, expect
from sqlmodel import Session

from attribution.storage.engine import init_db, make_engine
from attribution.storage.queries import resolve_source_ids
from dashboard.browser import chromium, serve

pytestmark = pytest.mark.browser
TIMEOUT_MS = 30_000
expect.set_options(timeout=TIMEOUT_MS)  # (its own default is 5 s: too short for a first render on a loaded machine)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, int]]]:
    folder = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{folder / 'browser.db'}"
    engine = make_engine(url)
    init_db(engine)
    ids = dashboard_corpus.seed(engine)
    with Session(engine) as s:
        (ids["reuters"],) = resolve_source_ids(s, ["Reuters"])
    engine.dispose()
    with serve(url, folder / "streamlit.log") as base:
        yield base, ids


@pytest.fixture(scope="module")
def browser_page() -> Iterator[Page]:
    with chromium() as browser:
        context = browser.new_context(accept_downloads=True)
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        yield page
        context.close()


def _open(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector('[data-testid="stApp"]')


def test_filter_to_one_source_shows_only_its_claims(site: tuple[str, dict[str, int]], browser_page: Page) -> None:
    base, ids = site
    _open(browser_page, f"{base}/claims?src={ids['reuters']}")
    summary = browser_page.get_by_text(re.compile(r"claims match"))
    expect(summary).to_have_text(re.compile(r"^1 claims match"))
    assert f"src={ids['reuters']}" in browser_page.url


def test_an_arabic_article_renders_right_to_left(site: tuple[str, dict[str, int]], browser_page: Page) -> None:
    base, ids = site
    _open(browser_page, f"{base}/article?article={ids['ar-1']}")
    body = browser_page.locator("div.article-text")
    expect(body).to_contain_text("الوفد سيصل غدا")
    assert body.get_attribute("dir") == "rtl"
    assert body.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert body.evaluate("e => getComputedStyle(e).textAlign") == "right"
    expect(body.locator("span.hl-quote")).to_have_text("لن نقبل بأي شروط مسبقة")


def test_the_csv_download_holds_the_filtered_claims(site: tuple[str, dict[str, int]], browser_page: Page) -> None:
    base, _ = site
    _open(browser_page, f"{base}/export?lang=ar")
    expect(browser_page.get_by_text(re.compile(r"claims in the current selection"))).to_be_visible()
    with browser_page.expect_download() as info:
        browser_page.get_by_role("button", name="CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8"))))
    assert sorted(r["content_text"] for r in rows) == sorted(
        ["المفاوضات ستستأنف الأسبوع المقبل", "الوفد سيصل غدا", "لن نقبل بأي شروط مسبقة"]
    )


def test_hostile_article_text_is_shown_literally_and_injects_nothing(
    site: tuple[str, dict[str, int]], browser_page: Page
) -> None:
    base, ids = site
    _open(browser_page, f"{base}/article?article={ids['evil-1']}")
    body = browser_page.locator("div.article-text")
    expect(body).to_contain_text("<script>window.__pwned=1</script> is not code")
    expect(body).to_contain_text('<img src=x onerror="window.__pwned=2">')
    expect(body).to_contain_text("**bold** [click](javascript:alert(3)) <b>bold html</b>")
    expect(browser_page.get_by_text("<i>Injected</i> **title**")).to_be_visible()
    assert body.locator("script, img, b, i, a, strong, em").count() == 0
    assert browser_page.locator("img[src='x'], a[href^='javascript']").count() == 0
    assert browser_page.evaluate("() => window.__pwned === undefined")
    _open(browser_page, f"{base}/claims?q=spokesman")  # the claims table and detail: also text only
    expect(browser_page.get_by_text(re.compile(r"claims match"))).to_be_visible()
    assert browser_page.evaluate("() => window.__pwned === undefined")


def test_the_filter_survives_moving_to_another_page_and_back(
        site: tuple[str, dict[str, int]], browser_page: Page) -> None:
    base, ids = site
    _open(browser_page, f"{base}/claims?src={ids['reuters']}")
    expect(browser_page.get_by_text(re.compile(r"claims match"))).to_have_text(re.compile(r"^1 claims match"))
    nav = browser_page.locator('[data-testid="stSidebarNav"]')
    nav.get_by_text("Overview", exact=True).click()
    browser_page.wait_for_url(re.compile(r"/(\?|$)|/overview"))
    nav.get_by_text("Claims", exact=True).click()
    expect(browser_page.get_by_text(re.compile(r"claims match"))).to_have_text(re.compile(r"^1 claims match"))
    assert f"src={ids['reuters']}" in browser_page.url
