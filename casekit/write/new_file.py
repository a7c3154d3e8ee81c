"""Creating an authored file that must not exist yet, for `casekit new`."""
from __future__ import annotations

from pathlib import Path


def create_new(target: Path, text: str) -> bool:
    """Write text to a new file at target; False, with nothing touched, if a file is there already.

    Opening with mode "x" creates the file only if it does not exist, in one
    step: an existing file is never overwritten, even one that appears meanwhile.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with target.open("x", encoding="utf-8", newline="\n") as file:
            file.write(text)
    except FileExistsError:
        return False
    return True
