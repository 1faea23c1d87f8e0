"""Training mode without Qt or SQL: scenario files and their schema, the engine check, feedback and scores, the
trainer's report (docs/training.md).

    from app.training.scenario import load_library          # scenarios checked against schema and instruments
    from app.training.engine import engine_decision, disagreement
    from app.training.feedback import Attempt, assess, skill_scores
    from app.training.report import render_report           # the workshop report (PDF, English and Urdu)

The use cases (the practice post, practice runs, the trainer's results) are in app/services/training.py.
"""
