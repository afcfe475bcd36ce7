from __future__ import annotations

from dashboard_harness import Seeded, no_errors, open_page
from sqlmodel import Session

from attribution.storage.queries import count_articles

ARTICLE = 'The minister said the new bridge would open in May. "It is ready," she told reporters.'


def test_uploads_are_stored_and_bad_files_are_reported_by_name(seeded: Seeded) -> None:
    at = no_errors(open_page("views/ingest.py"))
    at.file_uploader(key="in_files").set_value(
        [("bridge.txt", ARTICLE.encode(), "text/plain"), ("broken.jsonl", b'{"text": "ok"\n', "application/json")]
    )
    at.form_submit_button[0].click().run()
    no_errors(at)
    assert "1 articles stored" in at.success[0].value
    assert any("broken.jsonl" in e.value for e in at.error)
    with Session(seeded.engine) as s:
        assert count_articles(s) == 4


def test_pasted_text_is_stored_once(seeded: Seeded) -> None:
    at = no_errors(open_page("views/ingest.py"))
    for expected in ("1 articles stored (0 already there)", "0 articles stored (1 already there)"):
        at.text_area(key="in_text").set_value(ARTICLE)
        at.text_input(key="in_title").set_value("Bridge")
        at.form_submit_button[0].click().run()
        assert expected in no_errors(at).success[0].value
