"""Answer every hand-written question and save the answers, or compare two saved runs.

    .venv/bin/python evals/hand/snapshot.py save /tmp/before.json
    .venv/bin/python evals/hand/snapshot.py diff /tmp/before.json /tmp/after.json

A regression check for rule changes: the questions (evals/hand/questions.txt) are the ones quoted in the tests,
the README and the code's comments, so a change's reach over them shows before it lands. Not a gold set: nothing
is scored, a diff is read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

QUESTIONS = Path(__file__).with_name("questions.txt")


def save(out: str) -> None:
    """Ask each question once and write {question: [text, cited labels, refused]} to out."""
    from tqdm import tqdm

    from assistant import Assistant

    assistant = Assistant.load()
    questions = [q for q in QUESTIONS.read_text(encoding="utf-8").splitlines() if q.strip()]
    answers = {}
    for q in tqdm(questions, desc="hand questions", unit="q"):
        a = assistant.ask(q)
        answers[q] = [a.text, [c.passage.label for c in a.citations], a.refused]
    Path(out).write_text(json.dumps(answers, indent=1, ensure_ascii=False), encoding="utf-8")


def diff(before: str, after: str) -> None:
    """Print each question whose answer, citations or refusal differ between two saved runs, and a count."""
    old = json.loads(Path(before).read_text(encoding="utf-8"))
    new = json.loads(Path(after).read_text(encoding="utf-8"))
    changed = [q for q in new if q in old and old[q] != new[q]]
    for q in changed:
        print(f"Q: {q}\n- {old[q][0]}\n  {old[q][1]}{' refused' if old[q][2] else ''}")
        print(f"+ {new[q][0]}\n  {new[q][1]}{' refused' if new[q][2] else ''}\n")
    print(f"{len(changed)} of {len(new)} answers changed")


if __name__ == "__main__":
    match sys.argv[1:]:
        case ["save", out]:
            save(out)
        case ["diff", before, after]:
            diff(before, after)
        case _:
            sys.exit(__doc__)
