"""A plain window listing the customers, with search, until the counter window lands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kauntaa.domain.search import MatchKind, SearchHit
from kauntaa.gui.models.customer_list import CustomerListModel
from kauntaa.services.shop import Shop

RECENT_LIMIT = 200


class MainWindow(QMainWindow):
    def __init__(self, shop: Shop, language: str) -> None:
        super().__init__()
        self._shop = shop
        self._ja = language.startswith("ja")
        self.setWindowTitle("Kauntaa — カウンター")
        self.resize(720, 560)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.search_edit = QLineEdit(central)
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(
            self._say("名前・よみ・ローマ字で検索", "Search by name, reading or romaji")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(central)
        self.model = CustomerListModel()
        self.list_view = QListView(central)
        self.list_view.setObjectName("customer_list")
        self.list_view.setModel(self.model)
        self.list_view.setUniformItemSizes(True)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list_view, 1)
        self.setCentralWidget(central)
        self.search_edit.textChanged.connect(self.refresh)
        self.refresh()
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, ja: str, en: str) -> str:
        return ja if self._ja else en

    def refresh(self) -> None:
        text = self.search_edit.text()
        if text.strip():
            hits = self._shop.customers.search(text, limit=50)
        else:
            hits = [
                SearchHit(
                    id=c.id,
                    name=c.name,
                    reading=c.reading,
                    call_name=c.call_name,
                    usual_order=c.usual_order,
                    last_visit_at=c.last_visit_at,
                    archived=c.archived,
                    matched=MatchKind.NAME,
                    matched_text="",
                    score=0,
                )
                for c in self._shop.customers.listing(limit=RECENT_LIMIT)
            ]
        self.model.set_hits(hits)
        self.count_label.setText(
            self._say(
                f"{self._shop.customers.count()}人のお客さま",
                f"{self._shop.customers.count()} customers",
            )
        )

    def offer_demo_if_empty(self) -> None:
        """On first start, offer a believable demo café to look around in."""
        if self._shop.customers.count():
            return
        answer = QMessageBox.question(
            self,
            "Kauntaa",
            self._say(
                "はじめまして。デモのお店（架空のお客さま300人）を読み込みますか？\n"
                "「いいえ」を選ぶと空の状態で始めます。",
                "Welcome. Load a demo café (300 made-up customers) to look around?\n"
                "Choose No to start empty.",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._shop.demo.generate(customers=300)
            self.refresh()
