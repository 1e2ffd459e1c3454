"""Tables of the psychologist's loop (issue #25): consultations, homework, comments on entries,
the patient's questions for next time and SMART goals.

Every row carries ``deleted_at`` (a tombstone), so a deletion travels with a handed-over
workbook like every other table's. What the therapist writes carries ``author_role``.

A consultation's **private notes** live in a table of their own,
:class:`ConsultationPrivateNoteRow`: the hand-over never reads that table and the PDF never
prints it, so a private note cannot leave the psychologist's database by a forgotten column.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Row, UTCDateTime, workbook_fk

#: who wrote a row: the patient or the psychologist/therapist
ROLE_LENGTH = 12


class ConsultationRow(Row, Base):
    __tablename__ = "consultation"

    workbook_id: Mapped[str] = workbook_fk()
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    #: intake / tussentijds / slot / gewoon (domain/consultations.py)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    agenda: Mapped[str] = mapped_column(Text, default="", nullable=False)
    notes: Mapped[str] = mapped_column(Text, default="", nullable=False)
    evaluation: Mapped[str] = mapped_column(Text, default="", nullable=False)
    next_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    author_role: Mapped[str] = mapped_column(String(ROLE_LENGTH), nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_consultation_workbook", "workbook_id", "deleted_at", "held_on"),)


class ConsultationPrivateNoteRow(Row, Base):
    """The therapist's private note of one consultation: never handed over, never printed."""

    __tablename__ = "consultation_private_note"
    #: read by ``storage/handover_checks.workbook_tables``: this table never leaves this database
    __table_args__ = {"info": {"travels": False}}

    workbook_id: Mapped[str] = workbook_fk()
    consultation_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("consultation.id", ondelete="CASCADE"), nullable=False, unique=True)
    text: Mapped[str] = mapped_column(Text, default="", nullable=False)


class HomeworkRow(Row, Base):
    __tablename__ = "homework"

    workbook_id: Mapped[str] = workbook_fk()
    consultation_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("consultation.id", ondelete="SET NULL"), nullable=True, index=True)
    #: exposure / graded_activity / stress / relaxation / pacing_plan / pacing_breaks /
    #: reflection / chain_diary / psychoeducation / free (domain/homework.py)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    #: the kind's numbers as JSON ({"count": 3, "item_id": …, "technique": …})
    parameters: Mapped[str] = mapped_column(Text, default="{}", nullable=False)
    #: the task in the therapist's words (the free task; a note for the other kinds)
    text: Mapped[str] = mapped_column(Text, default="", nullable=False)
    starts_on: Mapped[date] = mapped_column(Date, nullable=False)
    #: once (before ``due_on``) or weekly (every week from ``starts_on`` up to ``due_on``)
    rhythm: Mapped[str] = mapped_column(String(8), nullable=False)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: the free task ticked by the patient (the day; for a weekly task, that week)
    ticked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: postponed by the patient: the day it was postponed, and the barrier (WORKBOOK.md §5)
    postponed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    barrier_kind: Mapped[str | None] = mapped_column(String(8), nullable=True)
    barrier: Mapped[str] = mapped_column(Text, default="", nullable=False)
    author_role: Mapped[str] = mapped_column(String(ROLE_LENGTH), nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_homework_workbook", "workbook_id", "deleted_at", "starts_on"),)


class EntryCommentRow(Row, Base):
    """The psychologist's short comment on one entry (an attempt, a reflection answer, …) and
    the patient's one reply."""

    __tablename__ = "entry_comment"

    workbook_id: Mapped[str] = workbook_fk()
    #: the table of the entry commented on, and its row id (no foreign key: many tables)
    target_table: Mapped[str] = mapped_column(String(40), nullable=False)
    target_id: Mapped[str] = mapped_column(String(36), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    author_role: Mapped[str] = mapped_column(String(ROLE_LENGTH), nullable=False)
    written_on: Mapped[date] = mapped_column(Date, nullable=False)
    reply: Mapped[str] = mapped_column(Text, default="", nullable=False)
    replied_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        Index("ix_entry_comment_target", "workbook_id", "target_table", "target_id"),
    )


class PatientQuestionRow(Row, Base):
    """"Vraag voor de volgende keer": gathered for the next consultation."""

    __tablename__ = "patient_question"

    workbook_id: Mapped[str] = workbook_fk()
    text: Mapped[str] = mapped_column(Text, nullable=False)
    asked_on: Mapped[date] = mapped_column(Date, nullable=False)
    #: the consultation it was discussed in (None: still open)
    discussed_in: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("consultation.id", ondelete="SET NULL"), nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_patient_question_workbook", "workbook_id", "deleted_at", "asked_on"),)


class SmartGoalRow(Row, Base):
    """A goal in the patient's words with its five SMART parts (seed 000)."""

    __tablename__ = "smart_goal"

    workbook_id: Mapped[str] = workbook_fk()
    rank: Mapped[int] = mapped_column(Integer, nullable=False)
    goal: Mapped[str] = mapped_column(Text, nullable=False)
    specific: Mapped[str] = mapped_column(Text, default="", nullable=False)
    measurable: Mapped[str] = mapped_column(Text, default="", nullable=False)
    acceptable: Mapped[str] = mapped_column(Text, default="", nullable=False)
    realistic: Mapped[str] = mapped_column(Text, default="", nullable=False)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: an optional measure the app already has (graded_activity / top_step / want_to_do)
    measure: Mapped[str | None] = mapped_column(String(20), nullable=True)
    author_role: Mapped[str] = mapped_column(String(ROLE_LENGTH), nullable=False)
    reviewed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_smart_goal_workbook", "workbook_id", "deleted_at", "rank"),)
