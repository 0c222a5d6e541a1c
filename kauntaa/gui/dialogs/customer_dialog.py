"""The new-customer and edit-card dialog.

It suggests a kana reading and its romaji from the name, warns of a probable
duplicate before saving, and shows each service error next to the field at
fault. It never closes on an error, so nothing typed is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QBuffer, QByteArray, QDate, QEvent, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kauntaa.domain import consent
from kauntaa.domain.customers import Customer, CustomerFields
from kauntaa.domain.text import guess_reading, reading_romaji
from kauntaa.errors import ProbableDuplicateError, UserError
from kauntaa.gui._generated.ui_customer_dialog import Ui_CustomerDialog
from kauntaa.gui.avatars import avatar_pixmap, photo_pixmap
from kauntaa.gui.error_label import ErrorLabel
from kauntaa.gui.formatting import accept_kauntaa_days

PHOTO_EDGE = 512
_TAG_SPLIT = re.compile(r"[,、，]")

Submit = Callable[[CustomerFields, bool], Customer | None]


class CustomerDialog(QDialog):
    """``submit(fields, allow_duplicate)`` stores the card or raises UserError."""

    def __init__(
        self,
        submit: Submit,
        language: str,
        *,
        customer: Customer | None = None,
        photo: bytes | None = None,
        parent: QWidget | None = None,
        privacy: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_CustomerDialog()
        self._ui.setupUi(self)
        self._submit = submit
        self._language = language
        self._customer = customer
        self._allow_duplicate = False
        self._reading_touched = customer is not None
        self._photo: bytes | None = None
        self._photo_cleared = False
        self.result_customer: Customer | None = None
        self._errors: dict[str, ErrorLabel] = {}
        ui = self._ui
        ui.duplicate_label.hide()
        ui.birthday_edit.setEnabled(False)
        ui.birthday_edit.setDate(QDate(1990, 1, 1))
        accept_kauntaa_days(ui.birthday_edit)
        ui.birthday_edit.setMaximumDate(QDate.currentDate())
        ui.birthday_check.toggled.connect(ui.birthday_edit.setEnabled)
        self._build_consent()
        ui.name_edit.textChanged.connect(self._name_changed)
        ui.reading_edit.textEdited.connect(self._reading_edited)
        ui.reading_edit.textChanged.connect(self._show_romaji)
        ui.suggest_reading_button.clicked.connect(self._suggest_reading)
        ui.choose_photo_button.clicked.connect(self._choose_photo)
        ui.clear_photo_button.clicked.connect(self._clear_photo)
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.clicked.connect(self._save)
        save.setDefault(True)
        self._retitle()
        if customer is not None:
            self._fill(customer, photo)
        else:
            self._show_photo(None)
        if privacy is None:  # follow the window's privacy mode
            privacy = bool(getattr(getattr(parent, "privacy", None), "on", False))
        self._apply_privacy(privacy)
        ui.name_edit.setFocus()

    # -- filling and reading the form ---------------------------------------

    def _fill(self, c: Customer, photo: bytes | None) -> None:
        ui = self._ui
        ui.name_edit.setText(c.name)
        ui.reading_edit.setText(c.reading)
        ui.call_name_edit.setText(c.call_name)
        ui.usual_order_edit.setText(c.usual_order)
        ui.occupation_edit.setText(c.occupation)
        ui.offers_edit.setPlainText(c.offers)
        ui.looking_for_edit.setPlainText(c.looking_for)
        ui.tags_edit.setText("、".join(c.tags) if self._language == "ja" else ", ".join(c.tags))
        ui.phone_edit.setText(c.phone)
        ui.email_edit.setText(c.email)
        ui.address_edit.setText(c.address)
        if c.birthday is not None:
            ui.birthday_check.setChecked(True)
            ui.birthday_edit.setDate(QDate(c.birthday.year, c.birthday.month, c.birthday.day))
        ui.newsletter_check.setChecked(c.newsletter_consent)
        ui.do_not_introduce_check.setChecked(c.do_not_introduce)
        self.contact_consent_check.setChecked(c.contact_consent)
        self.introduction_consent_check.setChecked(c.introduction_consent)
        self.consent_dates_label.setText(self._consent_dates(c))
        self.consent_dates_label.setVisible(True)
        self._show_photo(photo)

    def fields(self) -> CustomerFields:
        ui = self._ui
        birthday: date | None = None
        if ui.birthday_check.isChecked():
            d = ui.birthday_edit.date()
            birthday = date(d.year(), d.month(), d.day())
        return CustomerFields(
            name=ui.name_edit.text(),
            reading=ui.reading_edit.text(),
            call_name=ui.call_name_edit.text(),
            usual_order=ui.usual_order_edit.text(),
            occupation=ui.occupation_edit.text(),
            offers=ui.offers_edit.toPlainText(),
            looking_for=ui.looking_for_edit.toPlainText(),
            tags=tuple(t.strip() for t in _TAG_SPLIT.split(ui.tags_edit.text()) if t.strip()),
            phone=ui.phone_edit.text(),
            email=ui.email_edit.text(),
            address=ui.address_edit.text(),
            birthday=birthday,
            newsletter_consent=ui.newsletter_check.isChecked(),
            do_not_introduce=ui.do_not_introduce_check.isChecked(),
            photo=self._photo,
            contact_consent=self.contact_consent_check.isChecked(),
            introduction_consent=self.introduction_consent_check.isChecked(),
        )

    # -- consent and privacy mode ------------------------------------------------

    def _build_consent(self) -> None:
        """Consent to keeping contact details and to introductions, next to the newsletter's.

        Agreeing to introductions and "do not introduce" exclude each other: ticking
        one clears the other (see domain/consent.py).
        """
        ui = self._ui
        form = ui.form_layout
        row = self._row_of(ui.do_not_introduce_check)
        self.contact_consent_check = QCheckBox(
            self.tr("Agreed to the shop keeping their contact details"), self
        )
        self.contact_consent_check.setObjectName("contact_consent_check")
        self.introduction_consent_check = QCheckBox(
            self.tr("Agreed to be introduced to other regulars"), self
        )
        self.introduction_consent_check.setObjectName("introduction_consent_check")
        form.insertRow(row, "", self.introduction_consent_check)
        form.insertRow(row, "", self.contact_consent_check)
        self.consent_dates_label = QLabel("", self)
        self.consent_dates_label.setObjectName("consent_dates_label")
        self.consent_dates_label.setWordWrap(True)
        self.consent_dates_label.setProperty("role", "muted")
        self.consent_dates_label.hide()
        form.insertRow(self._row_of(ui.do_not_introduce_check) + 1, "", self.consent_dates_label)
        self.introduction_consent_check.toggled.connect(
            lambda on: ui.do_not_introduce_check.setChecked(
                ui.do_not_introduce_check.isChecked() and not on
            )
        )
        ui.do_not_introduce_check.toggled.connect(
            lambda on: self.introduction_consent_check.setChecked(
                self.introduction_consent_check.isChecked() and not on
            )
        )

    def _consent_dates(self, c: Customer) -> str:
        def line(label: str, answer: consent.Answer, at: datetime | None) -> str:
            words = {
                consent.Answer.NOT_ASKED: self.tr("not asked"),
                consent.Answer.AGREED: self.tr("agreed on %1"),
                consent.Answer.DECLINED: self.tr("declined or withdrawn on %1"),
            }[answer]
            return f"{label}: " + words.replace("%1", f"{at:%Y-%m-%d}" if at else "")

        return "\n".join(
            (
                line(
                    self.tr("Newsletter"),
                    consent.answer(c.newsletter_consent, c.newsletter_consent_at),
                    c.newsletter_consent_at,
                ),
                line(
                    self.tr("Contact details"),
                    consent.answer(c.contact_consent, c.contact_consent_at),
                    c.contact_consent_at,
                ),
                line(
                    self.tr("Introductions"),
                    consent.introduction_answer(
                        c.introduction_consent, c.do_not_introduce, c.introduction_consent_at
                    ),
                    c.introduction_consent_at,
                ),
            )
        )

    def _apply_privacy(self, privacy: bool) -> None:
        """In privacy mode the contact details and the photo are not shown (they are kept)."""
        ui = self._ui
        self.privacy = privacy
        if not privacy:
            return
        for widget in (ui.phone_edit, ui.email_edit, ui.address_edit, ui.choose_photo_button):
            ui.form_layout.setRowVisible(self._row_of(widget), False)
        for shown in (ui.photo_label, ui.choose_photo_button, ui.clear_photo_button):
            shown.hide()
        hidden = QLabel(
            self.tr(
                "Privacy mode: contact details and the photo are hidden, and kept as they are."
            ),
            self,
        )
        hidden.setObjectName("privacy_hidden_label")
        hidden.setWordWrap(True)
        hidden.setProperty("role", "muted")
        ui.form_layout.addRow("", hidden)

    def prefill_name(self, text: str) -> None:
        """Start from what was typed in the search field."""
        self._ui.name_edit.setText(text)

    @property
    def photo_cleared(self) -> bool:
        return self._photo_cleared

    # -- reading suggestions ------------------------------------------------

    def _name_changed(self, text: str) -> None:
        self._clear_error("name")
        if self._allow_duplicate:
            self._allow_duplicate = False
            self._ui.duplicate_label.hide()
            self._retitle()
        if not self._reading_touched:
            self._ui.reading_edit.setText(guess_reading(text))

    def _reading_edited(self, _text: str) -> None:
        self._reading_touched = True
        self._clear_error("reading")

    def _suggest_reading(self) -> None:
        self._ui.reading_edit.setText(guess_reading(self._ui.name_edit.text()))

    def _show_romaji(self, reading: str) -> None:
        self._ui.romaji_label.setText(reading_romaji(reading))

    # -- photo --------------------------------------------------------------

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Images (*.png *.jpg *.jpeg *.webp *.bmp)")
        )
        if path:
            self.load_photo(path)

    def load_photo(self, path: str) -> None:
        """Take a photo from a file, scaled down and stored as JPEG."""
        image = QImage(path)
        if image.isNull():
            self._set_error("photo", self.tr("This file is not an image Kauntaa can read."))
            return
        if max(image.width(), image.height()) > PHOTO_EDGE:
            image = image.scaled(
                PHOTO_EDGE,
                PHOTO_EDGE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # A str format: PySide6 6.11 rejects the bytes its own stubs ask for.
        image.save(buffer, "JPEG", 85)  # type: ignore[call-overload]
        self._photo = bytes(data.data())
        self._photo_cleared = False
        self._show_photo(self._photo)

    def _clear_photo(self) -> None:
        self._photo = None
        self._photo_cleared = True
        self._show_photo(None)

    def _show_photo(self, data: bytes | None) -> None:
        pixmap: QPixmap | None = photo_pixmap(data)
        ident = self._customer.id if self._customer else 0
        name = self._ui.name_edit.text() or "?"
        self._ui.photo_label.setPixmap(avatar_pixmap(64, ident, name, pixmap))

    # -- saving -------------------------------------------------------------

    def _save(self) -> None:
        for field in list(self._errors):
            self._clear_error(field)
        try:
            self.result_customer = self._submit(self.fields(), self._allow_duplicate)
        except ProbableDuplicateError as exc:
            names = "、".join(f"{c.name}（{c.reading}）#{c.id}" for c in exc.candidates)
            self._ui.duplicate_label.setText(
                exc.text(self._language)
                + "\n"
                + names
                + "\n"
                + self.tr("Press Save again to add anyway.")
            )
            self._ui.duplicate_label.show()
            self._allow_duplicate = True
            self._retitle()
            return
        except UserError as exc:
            self._set_error(exc.field or "name", exc.text(self._language))
            return
        self.accept()

    def _retitle(self) -> None:
        save = self._ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Add anyway") if self._allow_duplicate else self.tr("Save"))
        editing = self._customer is not None
        self.setWindowTitle(self.tr("Edit card") if editing else self.tr("New customer"))

    # -- errors next to their field ----------------------------------------

    def _anchor(self, field: str) -> QWidget:
        ui = self._ui
        anchors: dict[str, QWidget] = {
            "name": ui.name_edit,
            "reading": ui.reading_edit,
            "call_name": ui.call_name_edit,
            "usual_order": ui.usual_order_edit,
            "occupation": ui.occupation_edit,
            "offers": ui.offers_edit,
            "looking_for": ui.looking_for_edit,
            "tag": ui.tags_edit,
            "phone": ui.phone_edit,
            "email": ui.email_edit,
            "address": ui.address_edit,
            "birthday": ui.birthday_edit,
            "photo": ui.choose_photo_button,
        }
        return anchors.get(field, ui.name_edit)

    def _set_error(self, field: str, text: str) -> None:
        label = self._errors.get(field)
        if label is None:
            label = ErrorLabel(self, f"{field}_error_label")
            anchor = self._anchor(field)
            row = self._row_of(anchor)
            self._ui.form_layout.insertRow(row + 1, "", label)
            self._errors[field] = label
        label.show_error(text)
        anchor = self._anchor(field)
        if isinstance(anchor, QLineEdit | QPlainTextEdit):
            anchor.setFocus()

    def _row_of(self, widget: QWidget) -> int:
        layout = self._ui.form_layout
        for row in range(layout.rowCount()):
            for role in (layout.ItemRole.FieldRole, layout.ItemRole.SpanningRole):
                item = layout.itemAt(row, role)
                if item is None:
                    continue
                if item.widget() is widget:
                    return row
                inner = item.layout()
                if inner is not None and inner.indexOf(widget) >= 0:
                    return row
        return layout.rowCount() - 1

    def _clear_error(self, field: str) -> None:
        label = self._errors.pop(field, None)
        if label is not None:
            self._ui.form_layout.removeRow(label)

    def error_text(self, field: str) -> str:
        """The error shown next to a field, or "" (for tests and accessibility)."""
        label = self._errors.get(field)
        return label.text() if label is not None else ""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self._retitle()
        super().changeEvent(event)
