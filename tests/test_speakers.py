"""Who said a quotation: attribution lines, and questions asking what someone said."""

from __future__ import annotations

from assistant.models import Passage
from assistant.speakers import asked_speaker, said_by, speaker_lines


def test_a_question_asking_what_someone_said_names_them() -> None:
    assert asked_speaker("What did a PCT chief executive say?") == ["pct", "chief", "executive"]
    assert asked_speaker("What did the police say about partnerships?") == ["police"]
    assert asked_speaker("Quote from a council leader") == ["council", "leader"]
    assert asked_speaker("What does the LSP do?") == []
    assert asked_speaker("What soft factors does the Governing Partnerships report point to?") == [
        "governing",
        "partnership",
    ]  # what a quoted report points to is what it is quoted saying
    assert asked_speaker("What barriers did the survey highlight?") == []  # the survey is a document, no speaker


def test_the_attribution_lines_under_quotations_are_the_speakers() -> None:
    text = (
        "Table 4\nNumber of partners ‘For any partnership, you have to look at relationships.’\n"
        "Police chief superintendent\nSource: Audit Commission"
    )
    passage = Passage(id="t4", doc_id="d", title="Working better together", label="Table 4", kind="table", text=text)
    assert speaker_lines(passage) == ["Police chief superintendent"]
    assert said_by(["police"], speaker_lines(passage))
    assert not said_by(["pct", "chief", "executive"], ["Council chief executive"])
    assert said_by(["council", "chief", "executives"], ["Council chief executive"])  # any form of each word


def test_a_document_is_no_speaker() -> None:
    assert asked_speaker("What did the study say about the third sector?") == []  # the report's own words
    assert asked_speaker("What did the Oxford summary say about the SCS?") == []  # a document named by its place
    assert asked_speaker("What did the 2009 study say about trust?") == []  # or its year
    assert asked_speaker("What did the summary paper say?") == []
    assert asked_speaker("What did the police say?") == ["police"]
