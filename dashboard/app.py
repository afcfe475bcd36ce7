"""The fact-checkers' dashboard: `streamlit run dashboard/app.py`.

The database comes from $ATTRIBUTION_DATABASE_URL (else the default SQLite file). Each page is one
small script under `dashboard/views/`; this entry script only sets up the page and the navigation.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `streamlit run` puts dashboard/ on the path, not the project root
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from dashboard import data  # noqa: E402

st.set_page_config(page_title="attribution", page_icon=":material/fact_check:", layout="wide")

PAGES = [
    st.Page("views/overview.py", title="Overview", icon=":material/insights:", default=True),
    st.Page("views/claims.py", title="Claims", icon=":material/format_quote:"),
    st.Page("views/article.py", title="Article", icon=":material/article:"),
    st.Page("views/sources.py", title="Sources", icon=":material/group:"),
    st.Page("views/review.py", title="Review", icon=":material/fact_check:"),
    st.Page("views/export.py", title="Export", icon=":material/download:"),
    st.Page("views/ingest.py", title="Ingest", icon=":material/upload_file:"),
]

page = st.navigation(PAGES)
st.sidebar.caption(f"Database: `{data.describe_db()}`")
page.run()
