# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLayout, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CustomerDialog(object):
    def setupUi(self, CustomerDialog):
        if not CustomerDialog.objectName():
            CustomerDialog.setObjectName(u"CustomerDialog")
        CustomerDialog.setMinimumSize(QSize(520, 0))
        self.dialog_layout = QVBoxLayout(CustomerDialog)
        self.dialog_layout.setSpacing(12)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.dialog_layout.setContentsMargins(16, 16, 16, 16)
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(6)
        self.name_label = QLabel(CustomerDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(CustomerDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.reading_label = QLabel(CustomerDialog)
        self.reading_label.setObjectName(u"reading_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reading_label)

        self.reading_layout = QHBoxLayout()
        self.reading_layout.setSpacing(8)
        self.reading_layout.setObjectName(u"reading_layout")
        self.reading_edit = QLineEdit(CustomerDialog)
        self.reading_edit.setObjectName(u"reading_edit")

        self.reading_layout.addWidget(self.reading_edit)

        self.suggest_reading_button = QPushButton(CustomerDialog)
        self.suggest_reading_button.setObjectName(u"suggest_reading_button")
        self.suggest_reading_button.setAutoDefault(False)

        self.reading_layout.addWidget(self.suggest_reading_button)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.reading_layout)

        self.romaji_caption_label = QLabel(CustomerDialog)
        self.romaji_caption_label.setObjectName(u"romaji_caption_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.romaji_caption_label)

        self.romaji_label = QLabel(CustomerDialog)
        self.romaji_label.setObjectName(u"romaji_label")
        self.romaji_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.romaji_label)

        self.call_name_label = QLabel(CustomerDialog)
        self.call_name_label.setObjectName(u"call_name_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.call_name_label)

        self.call_name_edit = QLineEdit(CustomerDialog)
        self.call_name_edit.setObjectName(u"call_name_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.call_name_edit)

        self.usual_order_label = QLabel(CustomerDialog)
        self.usual_order_label.setObjectName(u"usual_order_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.usual_order_label)

        self.usual_order_edit = QLineEdit(CustomerDialog)
        self.usual_order_edit.setObjectName(u"usual_order_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.usual_order_edit)

        self.occupation_label = QLabel(CustomerDialog)
        self.occupation_label.setObjectName(u"occupation_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.occupation_label)

        self.occupation_edit = QLineEdit(CustomerDialog)
        self.occupation_edit.setObjectName(u"occupation_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.occupation_edit)

        self.offers_label = QLabel(CustomerDialog)
        self.offers_label.setObjectName(u"offers_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.offers_label)

        self.offers_edit = QPlainTextEdit(CustomerDialog)
        self.offers_edit.setObjectName(u"offers_edit")
        self.offers_edit.setMaximumSize(QSize(16777215, 60))
        self.offers_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.offers_edit)

        self.looking_for_label = QLabel(CustomerDialog)
        self.looking_for_label.setObjectName(u"looking_for_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.looking_for_label)

        self.looking_for_edit = QPlainTextEdit(CustomerDialog)
        self.looking_for_edit.setObjectName(u"looking_for_edit")
        self.looking_for_edit.setMaximumSize(QSize(16777215, 60))
        self.looking_for_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.looking_for_edit)

        self.tags_label = QLabel(CustomerDialog)
        self.tags_label.setObjectName(u"tags_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.tags_label)

        self.tags_edit = QLineEdit(CustomerDialog)
        self.tags_edit.setObjectName(u"tags_edit")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.tags_edit)

        self.phone_label = QLabel(CustomerDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(CustomerDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.email_label = QLabel(CustomerDialog)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(CustomerDialog)
        self.email_edit.setObjectName(u"email_edit")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.address_label = QLabel(CustomerDialog)
        self.address_label.setObjectName(u"address_label")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(CustomerDialog)
        self.address_edit.setObjectName(u"address_edit")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.birthday_label = QLabel(CustomerDialog)
        self.birthday_label.setObjectName(u"birthday_label")

        self.form_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.birthday_label)

        self.birthday_layout = QHBoxLayout()
        self.birthday_layout.setSpacing(8)
        self.birthday_layout.setObjectName(u"birthday_layout")
        self.birthday_check = QCheckBox(CustomerDialog)
        self.birthday_check.setObjectName(u"birthday_check")

        self.birthday_layout.addWidget(self.birthday_check)

        self.birthday_edit = QDateEdit(CustomerDialog)
        self.birthday_edit.setObjectName(u"birthday_edit")
        self.birthday_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.birthday_edit.setCalendarPopup(True)

        self.birthday_layout.addWidget(self.birthday_edit)

        self.birthday_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.birthday_layout.addItem(self.birthday_spacer)


        self.form_layout.setLayout(12, QFormLayout.ItemRole.FieldRole, self.birthday_layout)

        self.newsletter_check = QCheckBox(CustomerDialog)
        self.newsletter_check.setObjectName(u"newsletter_check")

        self.form_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.newsletter_check)

        self.do_not_introduce_check = QCheckBox(CustomerDialog)
        self.do_not_introduce_check.setObjectName(u"do_not_introduce_check")

        self.form_layout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.do_not_introduce_check)

        self.photo_caption_label = QLabel(CustomerDialog)
        self.photo_caption_label.setObjectName(u"photo_caption_label")

        self.form_layout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.photo_caption_label)

        self.photo_layout = QHBoxLayout()
        self.photo_layout.setSpacing(8)
        self.photo_layout.setObjectName(u"photo_layout")
        self.photo_label = QLabel(CustomerDialog)
        self.photo_label.setObjectName(u"photo_label")
        self.photo_label.setMinimumSize(QSize(64, 64))
        self.photo_label.setMaximumSize(QSize(64, 64))
        self.photo_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.photo_layout.addWidget(self.photo_label)

        self.choose_photo_button = QPushButton(CustomerDialog)
        self.choose_photo_button.setObjectName(u"choose_photo_button")
        self.choose_photo_button.setAutoDefault(False)

        self.photo_layout.addWidget(self.choose_photo_button)

        self.clear_photo_button = QPushButton(CustomerDialog)
        self.clear_photo_button.setObjectName(u"clear_photo_button")
        self.clear_photo_button.setAutoDefault(False)

        self.photo_layout.addWidget(self.clear_photo_button)

        self.photo_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.photo_layout.addItem(self.photo_spacer)


        self.form_layout.setLayout(15, QFormLayout.ItemRole.FieldRole, self.photo_layout)


        self.dialog_layout.addLayout(self.form_layout)

        self.duplicate_label = QLabel(CustomerDialog)
        self.duplicate_label.setObjectName(u"duplicate_label")
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard|Qt.TextInteractionFlag.LinksAccessibleByMouse)

        self.dialog_layout.addWidget(self.duplicate_label)

        self.button_box = QDialogButtonBox(CustomerDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.reading_label.setBuddy(self.reading_edit)
        self.romaji_caption_label.setBuddy(self.reading_edit)
        self.call_name_label.setBuddy(self.call_name_edit)
        self.usual_order_label.setBuddy(self.usual_order_edit)
        self.occupation_label.setBuddy(self.occupation_edit)
        self.offers_label.setBuddy(self.offers_edit)
        self.looking_for_label.setBuddy(self.looking_for_edit)
        self.tags_label.setBuddy(self.tags_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.address_label.setBuddy(self.address_edit)
        self.birthday_label.setBuddy(self.birthday_check)
        self.photo_caption_label.setBuddy(self.choose_photo_button)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.reading_edit)
        QWidget.setTabOrder(self.reading_edit, self.suggest_reading_button)
        QWidget.setTabOrder(self.suggest_reading_button, self.call_name_edit)
        QWidget.setTabOrder(self.call_name_edit, self.usual_order_edit)
        QWidget.setTabOrder(self.usual_order_edit, self.occupation_edit)
        QWidget.setTabOrder(self.occupation_edit, self.offers_edit)
        QWidget.setTabOrder(self.offers_edit, self.looking_for_edit)
        QWidget.setTabOrder(self.looking_for_edit, self.tags_edit)
        QWidget.setTabOrder(self.tags_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.birthday_check)
        QWidget.setTabOrder(self.birthday_check, self.birthday_edit)
        QWidget.setTabOrder(self.birthday_edit, self.newsletter_check)
        QWidget.setTabOrder(self.newsletter_check, self.do_not_introduce_check)
        QWidget.setTabOrder(self.do_not_introduce_check, self.choose_photo_button)
        QWidget.setTabOrder(self.choose_photo_button, self.clear_photo_button)

        self.retranslateUi(CustomerDialog)
        self.button_box.rejected.connect(CustomerDialog.reject)

        QMetaObject.connectSlotsByName(CustomerDialog)
    # setupUi

    def retranslateUi(self, CustomerDialog):
        CustomerDialog.setWindowTitle(QCoreApplication.translate("CustomerDialog", u"Customer", None))
        self.name_label.setText(QCoreApplication.translate("CustomerDialog", u"Name", None))
        self.reading_label.setText(QCoreApplication.translate("CustomerDialog", u"Reading (furigana)", None))
        self.suggest_reading_button.setText(QCoreApplication.translate("CustomerDialog", u"Suggest", None))
        self.romaji_caption_label.setText(QCoreApplication.translate("CustomerDialog", u"Romaji", None))
        self.romaji_label.setText("")
        self.call_name_label.setText(QCoreApplication.translate("CustomerDialog", u"What to call them", None))
        self.usual_order_label.setText(QCoreApplication.translate("CustomerDialog", u"Usual order", None))
        self.occupation_label.setText(QCoreApplication.translate("CustomerDialog", u"Occupation / what they do", None))
        self.offers_label.setText(QCoreApplication.translate("CustomerDialog", u"Can offer", None))
        self.looking_for_label.setText(QCoreApplication.translate("CustomerDialog", u"Looking for", None))
        self.tags_label.setText(QCoreApplication.translate("CustomerDialog", u"Tags", None))
        self.tags_edit.setPlaceholderText(QCoreApplication.translate("CustomerDialog", u"comma-separated", None))
        self.phone_label.setText(QCoreApplication.translate("CustomerDialog", u"Phone", None))
        self.email_label.setText(QCoreApplication.translate("CustomerDialog", u"Email", None))
        self.address_label.setText(QCoreApplication.translate("CustomerDialog", u"Address", None))
        self.birthday_label.setText(QCoreApplication.translate("CustomerDialog", u"Birthday", None))
#if QT_CONFIG(tooltip)
        self.birthday_check.setToolTip(QCoreApplication.translate("CustomerDialog", u"Birthday known", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.birthday_check.setAccessibleName(QCoreApplication.translate("CustomerDialog", u"Birthday known", None))
#endif // QT_CONFIG(accessibility)
        self.newsletter_check.setText(QCoreApplication.translate("CustomerDialog", u"Agreed to receive the newsletter", None))
        self.do_not_introduce_check.setText(QCoreApplication.translate("CustomerDialog", u"Do not introduce to others", None))
        self.photo_caption_label.setText(QCoreApplication.translate("CustomerDialog", u"Photo", None))
        self.photo_label.setText("")
        self.choose_photo_button.setText(QCoreApplication.translate("CustomerDialog", u"Choose photo\u2026", None))
        self.clear_photo_button.setText(QCoreApplication.translate("CustomerDialog", u"Remove photo", None))
        self.duplicate_label.setText("")
    # retranslateUi

