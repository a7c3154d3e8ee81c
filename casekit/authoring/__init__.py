"""Help for authors before the build: JSON Schemas of the authored files, checked here, and skeletons of new files.

The schemas in schemas/ are what editors show while an author types; `casekit check`
(casekit/load/) stays the authority, and tests/test_schemas.py keeps the two in step.
"""
