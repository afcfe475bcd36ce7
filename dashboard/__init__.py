"""The Streamlit dashboard (entry script: dashboard/app.py)."""
