# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QLabel, QLineEdit, QListView, QMainWindow,
    QMenu, QMenuBar, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QStatusBar, QTextBrowser, QVBoxLayout, QWidget)
from . import resources_rc

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 760)
        icon = QIcon()
        icon.addFile(u":/icons/app.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        MainWindow.setWindowIcon(icon)
        self.action_new_customer = QAction(MainWindow)
        self.action_new_customer.setObjectName(u"action_new_customer")
        icon1 = QIcon()
        icon1.addFile(u":/icons/person-add.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.action_new_customer.setIcon(icon1)
        self.action_backup = QAction(MainWindow)
        self.action_backup.setObjectName(u"action_backup")
        icon2 = QIcon()
        icon2.addFile(u":/icons/backup.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.action_backup.setIcon(icon2)
        self.action_settings = QAction(MainWindow)
        self.action_settings.setObjectName(u"action_settings")
        icon3 = QIcon()
        icon3.addFile(u":/icons/settings.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.action_settings.setIcon(icon3)
        self.action_quit = QAction(MainWindow)
        self.action_quit.setObjectName(u"action_quit")
        self.action_edit_customer = QAction(MainWindow)
        self.action_edit_customer.setObjectName(u"action_edit_customer")
        icon4 = QIcon()
        icon4.addFile(u":/icons/edit.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.action_edit_customer.setIcon(icon4)
        self.action_archive_customer = QAction(MainWindow)
        self.action_archive_customer.setObjectName(u"action_archive_customer")
        icon5 = QIcon()
        icon5.addFile(u":/icons/archive.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.action_archive_customer.setIcon(icon5)
        self.action_delete_customer = QAction(MainWindow)
        self.action_delete_customer.setObjectName(u"action_delete_customer")
        icon6 = QIcon()
        icon6.addFile(u":/icons/delete.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.action_delete_customer.setIcon(icon6)
        self.action_record_visit = QAction(MainWindow)
        self.action_record_visit.setObjectName(u"action_record_visit")
        icon7 = QIcon()
        icon7.addFile(u":/icons/visit.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.action_record_visit.setIcon(icon7)
        self.action_focus_search = QAction(MainWindow)
        self.action_focus_search.setObjectName(u"action_focus_search")
        icon8 = QIcon()
        icon8.addFile(u":/icons/search.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.action_focus_search.setIcon(icon8)
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        icon9 = QIcon()
        icon9.addFile(u":/icons/info.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.action_about.setIcon(icon9)
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.page_stack = QStackedWidget(self.central_widget)
        self.page_stack.setObjectName(u"page_stack")
        self.welcome_page = QWidget()
        self.welcome_page.setObjectName(u"welcome_page")
        self.welcome_page_layout = QVBoxLayout(self.welcome_page)
        self.welcome_page_layout.setObjectName(u"welcome_page_layout")
        self.welcome_page_layout.setContentsMargins(24, 24, 24, 24)
        self.welcome_top_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcome_page_layout.addItem(self.welcome_top_spacer)

        self.welcome_row_layout = QHBoxLayout()
        self.welcome_row_layout.setObjectName(u"welcome_row_layout")
        self.welcome_left_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.welcome_row_layout.addItem(self.welcome_left_spacer)

        self.welcome_column = QWidget(self.welcome_page)
        self.welcome_column.setObjectName(u"welcome_column")
        self.welcome_column.setMinimumSize(QSize(360, 0))
        self.welcome_column.setMaximumSize(QSize(520, 16777215))
        self.welcome_column_layout = QVBoxLayout(self.welcome_column)
        self.welcome_column_layout.setSpacing(16)
        self.welcome_column_layout.setObjectName(u"welcome_column_layout")
        self.welcome_column_layout.setContentsMargins(0, 0, 0, 0)
        self.welcome_title_label = QLabel(self.welcome_column)
        self.welcome_title_label.setObjectName(u"welcome_title_label")
        self.welcome_title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.welcome_column_layout.addWidget(self.welcome_title_label)

        self.welcome_text_label = QLabel(self.welcome_column)
        self.welcome_text_label.setObjectName(u"welcome_text_label")
        self.welcome_text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome_text_label.setWordWrap(True)

        self.welcome_column_layout.addWidget(self.welcome_text_label)

        self.welcome_buttons_spacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.welcome_column_layout.addItem(self.welcome_buttons_spacer)

        self.load_demo_button = QPushButton(self.welcome_column)
        self.load_demo_button.setObjectName(u"load_demo_button")

        self.welcome_column_layout.addWidget(self.load_demo_button)

        self.start_empty_button = QPushButton(self.welcome_column)
        self.start_empty_button.setObjectName(u"start_empty_button")

        self.welcome_column_layout.addWidget(self.start_empty_button)


        self.welcome_row_layout.addWidget(self.welcome_column)

        self.welcome_right_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.welcome_row_layout.addItem(self.welcome_right_spacer)


        self.welcome_page_layout.addLayout(self.welcome_row_layout)

        self.welcome_bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcome_page_layout.addItem(self.welcome_bottom_spacer)

        self.page_stack.addWidget(self.welcome_page)
        self.counter_page = QWidget()
        self.counter_page.setObjectName(u"counter_page")
        self.counter_page_layout = QVBoxLayout(self.counter_page)
        self.counter_page_layout.setObjectName(u"counter_page_layout")
        self.counter_page_layout.setContentsMargins(12, 12, 12, 8)
        self.main_splitter = QSplitter(self.counter_page)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setHandleWidth(12)
        self.main_splitter.setChildrenCollapsible(False)
        self.search_panel = QWidget(self.main_splitter)
        self.search_panel.setObjectName(u"search_panel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.search_panel.sizePolicy().hasHeightForWidth())
        self.search_panel.setSizePolicy(sizePolicy)
        self.search_panel.setMinimumSize(QSize(300, 0))
        self.search_panel_layout = QVBoxLayout(self.search_panel)
        self.search_panel_layout.setSpacing(8)
        self.search_panel_layout.setObjectName(u"search_panel_layout")
        self.search_panel_layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit(self.search_panel)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_panel_layout.addWidget(self.search_edit)

        self.in_shop_label = QLabel(self.search_panel)
        self.in_shop_label.setObjectName(u"in_shop_label")

        self.search_panel_layout.addWidget(self.in_shop_label)

        self.in_shop_view = QListView(self.search_panel)
        self.in_shop_view.setObjectName(u"in_shop_view")
        self.in_shop_view.setMinimumSize(QSize(0, 64))
        self.in_shop_view.setMaximumSize(QSize(16777215, 64))
        self.in_shop_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.in_shop_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.in_shop_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.in_shop_view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.in_shop_view.setFlow(QListView.Flow.LeftToRight)
        self.in_shop_view.setProperty(u"isWrapping", False)
        self.in_shop_view.setSpacing(4)
        self.in_shop_view.setViewMode(QListView.ViewMode.ListMode)

        self.search_panel_layout.addWidget(self.in_shop_view)

        self.results_view = QListView(self.search_panel)
        self.results_view.setObjectName(u"results_view")
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results_view.setUniformItemSizes(True)

        self.search_panel_layout.addWidget(self.results_view)

        self.results_count_label = QLabel(self.search_panel)
        self.results_count_label.setObjectName(u"results_count_label")

        self.search_panel_layout.addWidget(self.results_count_label)

        self.search_panel_layout.setStretch(3, 1)
        self.main_splitter.addWidget(self.search_panel)
        self.card_panel = QWidget(self.main_splitter)
        self.card_panel.setObjectName(u"card_panel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.card_panel.sizePolicy().hasHeightForWidth())
        self.card_panel.setSizePolicy(sizePolicy1)
        self.card_panel.setMinimumSize(QSize(420, 0))
        self.card_panel_layout = QVBoxLayout(self.card_panel)
        self.card_panel_layout.setSpacing(10)
        self.card_panel_layout.setObjectName(u"card_panel_layout")
        self.card_panel_layout.setContentsMargins(0, 0, 0, 0)
        self.card_browser = QTextBrowser(self.card_panel)
        self.card_browser.setObjectName(u"card_browser")
        self.card_browser.setOpenExternalLinks(False)
        self.card_browser.setOpenLinks(False)

        self.card_panel_layout.addWidget(self.card_browser)

        self.counter_bar = QWidget(self.card_panel)
        self.counter_bar.setObjectName(u"counter_bar")
        self.counter_bar_layout = QHBoxLayout(self.counter_bar)
        self.counter_bar_layout.setSpacing(8)
        self.counter_bar_layout.setObjectName(u"counter_bar_layout")
        self.counter_bar_layout.setContentsMargins(0, 0, 0, 0)
        self.order_label = QLabel(self.counter_bar)
        self.order_label.setObjectName(u"order_label")

        self.counter_bar_layout.addWidget(self.order_label)

        self.order_edit = QLineEdit(self.counter_bar)
        self.order_edit.setObjectName(u"order_edit")

        self.counter_bar_layout.addWidget(self.order_edit)

        self.visit_button = QPushButton(self.counter_bar)
        self.visit_button.setObjectName(u"visit_button")

        self.counter_bar_layout.addWidget(self.visit_button)


        self.card_panel_layout.addWidget(self.counter_bar)

        self.note_edit = QPlainTextEdit(self.card_panel)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaximumSize(QSize(16777215, 110))
        self.note_edit.setTabChangesFocus(True)

        self.card_panel_layout.addWidget(self.note_edit)

        self.note_actions_layout = QHBoxLayout()
        self.note_actions_layout.setSpacing(12)
        self.note_actions_layout.setObjectName(u"note_actions_layout")
        self.pin_check = QCheckBox(self.card_panel)
        self.pin_check.setObjectName(u"pin_check")

        self.note_actions_layout.addWidget(self.pin_check)

        self.private_check = QCheckBox(self.card_panel)
        self.private_check.setObjectName(u"private_check")

        self.note_actions_layout.addWidget(self.private_check)

        self.note_actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.note_actions_layout.addItem(self.note_actions_spacer)

        self.save_note_button = QPushButton(self.card_panel)
        self.save_note_button.setObjectName(u"save_note_button")

        self.note_actions_layout.addWidget(self.save_note_button)


        self.card_panel_layout.addLayout(self.note_actions_layout)

        self.card_panel_layout.setStretch(0, 1)
        self.main_splitter.addWidget(self.card_panel)

        self.counter_page_layout.addWidget(self.main_splitter)

        self.page_stack.addWidget(self.counter_page)

        self.central_layout.addWidget(self.page_stack)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.menu_file = QMenu(self.menu_bar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_edit = QMenu(self.menu_bar)
        self.menu_edit.setObjectName(u"menu_edit")
        self.menu_customer = QMenu(self.menu_bar)
        self.menu_customer.setObjectName(u"menu_customer")
        self.menu_help = QMenu(self.menu_bar)
        self.menu_help.setObjectName(u"menu_help")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)
#if QT_CONFIG(shortcut)
        self.order_label.setBuddy(self.order_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.results_view)
        QWidget.setTabOrder(self.results_view, self.in_shop_view)
        QWidget.setTabOrder(self.in_shop_view, self.order_edit)
        QWidget.setTabOrder(self.order_edit, self.visit_button)
        QWidget.setTabOrder(self.visit_button, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.pin_check)
        QWidget.setTabOrder(self.pin_check, self.private_check)
        QWidget.setTabOrder(self.private_check, self.save_note_button)
        QWidget.setTabOrder(self.save_note_button, self.card_browser)
        QWidget.setTabOrder(self.card_browser, self.load_demo_button)
        QWidget.setTabOrder(self.load_demo_button, self.start_empty_button)

        self.menu_bar.addAction(self.menu_file.menuAction())
        self.menu_bar.addAction(self.menu_edit.menuAction())
        self.menu_bar.addAction(self.menu_customer.menuAction())
        self.menu_bar.addAction(self.menu_help.menuAction())
        self.menu_file.addAction(self.action_new_customer)
        self.menu_file.addAction(self.action_backup)
        self.menu_file.addAction(self.action_settings)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_edit.addAction(self.action_edit_customer)
        self.menu_edit.addAction(self.action_archive_customer)
        self.menu_edit.addAction(self.action_delete_customer)
        self.menu_customer.addAction(self.action_record_visit)
        self.menu_customer.addAction(self.action_focus_search)
        self.menu_help.addAction(self.action_about)

        self.retranslateUi(MainWindow)

        self.page_stack.setCurrentIndex(0)
        self.load_demo_button.setDefault(True)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Kauntaa", None))
        self.action_new_customer.setText(QCoreApplication.translate("MainWindow", u"&New customer\u2026", None))
        self.action_backup.setText(QCoreApplication.translate("MainWindow", u"&Back up now", None))
        self.action_settings.setText(QCoreApplication.translate("MainWindow", u"&Settings\u2026", None))
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.action_edit_customer.setText(QCoreApplication.translate("MainWindow", u"&Edit card\u2026", None))
        self.action_archive_customer.setText(QCoreApplication.translate("MainWindow", u"&Archive", None))
        self.action_delete_customer.setText(QCoreApplication.translate("MainWindow", u"&Delete\u2026", None))
        self.action_record_visit.setText(QCoreApplication.translate("MainWindow", u"Record &visit", None))
        self.action_focus_search.setText(QCoreApplication.translate("MainWindow", u"&Find", None))
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"&About Kauntaa", None))
        self.welcome_title_label.setText(QCoreApplication.translate("MainWindow", u"Welcome to Kauntaa", None))
        self.welcome_text_label.setText(QCoreApplication.translate("MainWindow", u"Load a demo caf\u00e9 with made-up regulars to look around, or start with an empty shop.", None))
        self.load_demo_button.setText(QCoreApplication.translate("MainWindow", u"Load the demo caf\u00e9", None))
        self.start_empty_button.setText(QCoreApplication.translate("MainWindow", u"Start empty", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Name, reading or romaji\u2026", None))
        self.in_shop_label.setText(QCoreApplication.translate("MainWindow", u"In the shop now", None))
        self.results_count_label.setText("")
        self.order_label.setText(QCoreApplication.translate("MainWindow", u"Order", None))
        self.visit_button.setText(QCoreApplication.translate("MainWindow", u"Record visit", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"A note\u2026 (Ctrl+Enter saves)", None))
        self.pin_check.setText(QCoreApplication.translate("MainWindow", u"Pin", None))
        self.private_check.setText(QCoreApplication.translate("MainWindow", u"Private", None))
        self.save_note_button.setText(QCoreApplication.translate("MainWindow", u"Save note", None))
        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menu_edit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menu_customer.setTitle(QCoreApplication.translate("MainWindow", u"&Customer", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

