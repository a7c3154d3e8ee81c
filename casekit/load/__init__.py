"""Loading: authored files to a validated Corpus, or to every problem as file:line: message.

Reading files (`source`), YAML with lines (`yamlnodes`), typed keys (`fields`),
one loader per kind of file (`taxonomy`, `cases`, `quizzes`, `scenario`), then
the checks across files (`crossrefs`, `markup`); `corpus.load_corpus` runs them all.
"""
