"""Scoring parser output against gold attributions, and an error report for reading the misses.

`evaluate` computes the figures of the reference scorer (``shared/eval/score.py``, documented in
``shared/eval/FORMAT.md``) and agrees with it to the last digit; `error_report` lists every miss and false
alarm by cause and `format_error_report` prints them. Gold and predictions are records in the shared JSONL
format (``{"id", "lang", "text", "attributions"}``); offsets are checked against the article text and a bad
record raises `EvaluationError` naming the article.
"""

from attribution.evaluate.names import names_match, normalize_name
from attribution.evaluate.records import Parser, load_jsonl, predict, prediction_record
from attribution.evaluate.report import (
    CAUSES,
    Cause,
    ClaimView,
    ErrorCase,
    context_around,
    count_causes,
    error_report,
    format_error_report,
)
from attribution.evaluate.scoring import MATCH_THRESHOLD, EvaluationError, Figures, evaluate

__all__ = [
    "CAUSES",
    "MATCH_THRESHOLD",
    "Cause",
    "ClaimView",
    "ErrorCase",
    "EvaluationError",
    "Figures",
    "Parser",
    "context_around",
    "count_causes",
    "error_report",
    "evaluate",
    "format_error_report",
    "load_jsonl",
    "names_match",
    "normalize_name",
    "predict",
    "prediction_record",
]
