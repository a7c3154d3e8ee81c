"""The model: plain typed objects for the corpus (taxonomy, cases, quizzes), the
link-by-slug syntax of the authoring contract, and where each thing was authored.
No I/O; every other stage imports from here, and this imports nothing of theirs."""
