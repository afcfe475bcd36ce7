from __future__ import annotations

import dashboard_corpus
from dashboard_harness import Seeded, html_text, no_errors, open_page


def test_an_arabic_article_is_right_to_left_with_every_layer_highlighted(seeded: Seeded) -> None:
    at = no_errors(open_page("views/article.py", article=str(seeded.articles["ar-1"])))
    page = html_text(at)
    assert 'dir="rtl" style="text-align:right;' in page
    for layer in ("hl-claim", "hl-quote", "hl-cue", "hl-source"):
        assert layer in page
    assert "الوفد سيصل غدا" in page


def test_an_english_article_is_left_to_right(seeded: Seeded) -> None:
    at = no_errors(open_page("views/article.py", article=str(seeded.articles["en-1"])))
    assert 'dir="ltr"' in html_text(at) and 'dir="rtl"' not in html_text(at)


def test_a_claim_link_lands_on_its_anchor_and_outlines_it(seeded: Seeded) -> None:
    at = no_errors(open_page("views/claims.py", lang="en", kind="direct"))
    claim_id = int(at.dataframe[0].value["id"][0])
    at = no_errors(open_page("views/article.py", article=str(seeded.articles["en-1"]), claim=str(claim_id)))
    page = html_text(at)
    assert f'<span id="claim-{claim_id}"></span>' in page
    assert "outline:2px solid" in page
    assert f"getElementById('claim-{claim_id}')" in page


def test_article_text_and_title_are_escaped_never_markup(seeded: Seeded) -> None:
    at = no_errors(open_page("views/article.py", article=str(seeded.articles["evil-1"])))
    page = html_text(at)
    for raw in ("<script>window", "<img src", "<b>bold", "<i>Injected"):
        assert raw not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "&lt;i&gt;Injected&lt;/i&gt; **title**" in page
    assert "[click](javascript:alert(3))" in page  # shown as text inside st.html, not Markdown
    assert dashboard_corpus.HOSTILE_TEXT not in "\n".join(m.value for m in at.markdown)
