"""Undoable counter actions, for Ctrl+Z: each holds just enough to take itself back.

Commands call the services (never storage) and then ``changed(customer_id)`` so
the window can refresh what it shows. A command whose service call fails
reports the error and marks itself obsolete, so the stack never repeats it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kauntaa.domain.activity import Note
from kauntaa.domain.customers import CustomerFields
from kauntaa.errors import KauntaaError

if TYPE_CHECKING:
    from kauntaa.services.activity import VisitRecorded
    from kauntaa.services.customers import CustomerSnapshot
    from kauntaa.services.shop import Shop

Changed = Callable[[int | None], None]
Failed = Callable[[KauntaaError], None]


class ShopCommand(QUndoCommand):
    def __init__(self, shop: Shop, changed: Changed, failed: Failed, text: str) -> None:
        super().__init__(text)
        self.shop = shop
        self._changed = changed
        self._failed = failed

    def _run(self, action: Callable[[], int | None]) -> None:
        try:
            customer_id = action()
        except KauntaaError as exc:
            self.setObsolete(True)
            self._failed(exc)
            return
        self._changed(customer_id)


class RecordVisit(ShopCommand):
    def __init__(
        self, shop: Shop, changed: Changed, failed: Failed, customer_id: int, order: str
    ) -> None:
        super().__init__(shop, changed, failed, QCoreApplication.translate("Undo", "visit"))
        self.customer_id = customer_id
        self.order = order
        self.at: datetime | None = None
        self.visit_id: int | None = None
        self.on_recorded: Callable[[VisitRecorded], None] | None = None

    def redo(self) -> None:
        def act() -> int:
            recorded = self.shop.activity.record_visit(
                self.customer_id, at=self.at, order=self.order
            )
            self.at = recorded.visit.at
            self.visit_id = recorded.visit.id
            if self.on_recorded is not None:
                self.on_recorded(recorded)
                self.on_recorded = None  # only the first time: a redo is quiet
            return self.customer_id

        self._run(act)

    def undo(self) -> None:
        visit_id = self.visit_id
        if visit_id is not None:
            self._run(lambda: self.shop.activity.remove_visit(visit_id).customer_id)


class AddNote(ShopCommand):
    def __init__(
        self,
        shop: Shop,
        changed: Changed,
        failed: Failed,
        customer_id: int,
        body: str,
        pinned: bool,
        private: bool,
    ) -> None:
        super().__init__(shop, changed, failed, QCoreApplication.translate("Undo", "note"))
        self.customer_id = customer_id
        self.body = body
        self.pinned = pinned
        self.private = private
        self.note: Note | None = None

    def redo(self) -> None:
        def act() -> int:
            if self.note is None:
                self.note = self.shop.activity.add_note(
                    self.customer_id, self.body, pinned=self.pinned, private=self.private
                )
            else:
                self.note = self.shop.activity.restore_note(self.note)
            return self.customer_id

        self._run(act)

    def undo(self) -> None:
        note = self.note
        if note is not None:
            self._run(lambda: self.shop.activity.delete_note(note.id).customer_id)


class DeleteNote(ShopCommand):
    def __init__(self, shop: Shop, changed: Changed, failed: Failed, note_id: int) -> None:
        super().__init__(shop, changed, failed, QCoreApplication.translate("Undo", "delete note"))
        self.note_id = note_id
        self.note: Note | None = None

    def redo(self) -> None:
        def act() -> int:
            self.note = self.shop.activity.delete_note(self.note_id)
            return self.note.customer_id

        self._run(act)

    def undo(self) -> None:
        note = self.note
        if note is not None:
            self._run(lambda: self.shop.activity.restore_note(note).customer_id)


class SetNoteFlags(ShopCommand):
    def __init__(
        self,
        shop: Shop,
        changed: Changed,
        failed: Failed,
        note: Note,
        *,
        pinned: bool,
        private: bool,
    ) -> None:
        super().__init__(shop, changed, failed, QCoreApplication.translate("Undo", "note"))
        self.before = note
        self.pinned = pinned
        self.private = private

    def redo(self) -> None:
        self._run(
            lambda: (
                self.shop.activity.set_note_flags(
                    self.before.id, pinned=self.pinned, private=self.private
                ).customer_id
            )
        )

    def undo(self) -> None:
        self._run(
            lambda: (
                self.shop.activity.set_note_flags(
                    self.before.id, pinned=self.before.pinned, private=self.before.private
                ).customer_id
            )
        )


class EditCustomer(ShopCommand):
    def __init__(
        self,
        shop: Shop,
        changed: Changed,
        failed: Failed,
        customer_id: int,
        before: CustomerFields,
        after: CustomerFields,
    ) -> None:
        super().__init__(shop, changed, failed, QCoreApplication.translate("Undo", "edit"))
        self.customer_id = customer_id
        # Photos are set separately; an edit's undo restores the text fields.
        self.before = replace(before, photo=None)
        self.after = after

    def redo(self) -> None:
        self._run(lambda: self.shop.customers.update(self.customer_id, self.after).id)

    def undo(self) -> None:
        self._run(lambda: self.shop.customers.update(self.customer_id, self.before).id)


class AddCustomer(ShopCommand):
    def __init__(self, shop: Shop, changed: Changed, failed: Failed, customer_id: int) -> None:
        super().__init__(shop, changed, failed, QCoreApplication.translate("Undo", "new customer"))
        self.customer_id = customer_id
        self.snapshot: CustomerSnapshot | None = None
        self._first = True

    def redo(self) -> None:
        # The dialog already added them; later redos put the removed card back.
        if self._first:
            self._first = False
            return
        snapshot = self.snapshot
        if snapshot is not None:
            self._run(lambda: self.shop.customers.undelete(snapshot).id)

    def undo(self) -> None:
        def act() -> None:
            self.snapshot = self.shop.customers.delete(self.customer_id)

        self._run(act)


class ArchiveCustomer(ShopCommand):
    def __init__(
        self, shop: Shop, changed: Changed, failed: Failed, customer_id: int, archived: bool
    ) -> None:
        text = (
            QCoreApplication.translate("Undo", "archive")
            if archived
            else QCoreApplication.translate("Undo", "unarchive")
        )
        super().__init__(shop, changed, failed, text)
        self.customer_id = customer_id
        self.archived = archived

    def redo(self) -> None:
        self._run(lambda: self.shop.customers.archive(self.customer_id, archived=self.archived).id)

    def undo(self) -> None:
        self._run(
            lambda: self.shop.customers.archive(self.customer_id, archived=not self.archived).id
        )


class DeleteCustomer(ShopCommand):
    """Complete deletion; the snapshot lives only in this session's memory, for undo."""

    def __init__(self, shop: Shop, changed: Changed, failed: Failed, customer_id: int) -> None:
        super().__init__(shop, changed, failed, QCoreApplication.translate("Undo", "delete"))
        self.customer_id = customer_id
        self.snapshot: CustomerSnapshot | None = None

    def redo(self) -> None:
        def act() -> None:
            self.snapshot = self.shop.customers.delete(self.customer_id)

        self._run(act)

    def undo(self) -> None:
        snapshot = self.snapshot
        if snapshot is not None:
            self._run(lambda: self.shop.customers.undelete(snapshot).id)
