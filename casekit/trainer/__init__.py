"""Trainer tools without a server: result codes (a trainee's hand-in receipt), verifying and
re-scoring them against the current quizzes, and the cohort table of many codes."""
