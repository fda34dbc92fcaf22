# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'funding_matching_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_FundingMatchingDialog(object):
    def setupUi(self, FundingMatchingDialog):
        if not FundingMatchingDialog.objectName():
            FundingMatchingDialog.setObjectName(u"FundingMatchingDialog")
        FundingMatchingDialog.resize(560, 280)
        self.layout = QVBoxLayout(FundingMatchingDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(FundingMatchingDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.intro = QLabel(FundingMatchingDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.providedLabel = QLabel(FundingMatchingDialog)
        self.providedLabel.setObjectName(u"providedLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.providedLabel)

        self.provided = QLineEdit(FundingMatchingDialog)
        self.provided.setObjectName(u"provided")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.provided)

        self.provided_onLabel = QLabel(FundingMatchingDialog)
        self.provided_onLabel.setObjectName(u"provided_onLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.provided_onLabel)

        self.provided_on = JalaliDateEdit(FundingMatchingDialog)
        self.provided_on.setObjectName(u"provided_on")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.provided_on)

        self.noteLabel = QLabel(FundingMatchingDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(FundingMatchingDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(FundingMatchingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.providedLabel.setBuddy(self.provided)
        self.provided_onLabel.setBuddy(self.provided_on)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.provided, self.provided_on)
        QWidget.setTabOrder(self.provided_on, self.note)

        self.retranslateUi(FundingMatchingDialog)
    # setupUi

    def retranslateUi(self, FundingMatchingDialog):
        FundingMatchingDialog.setWindowTitle(QCoreApplication.translate("FundingMatchingDialog", u"\u0633\u0647\u0645 \u0647\u0645\u200c\u062a\u0631\u0627\u0632 \u0645\u0624\u0633\u0633\u0647", None))
        self.providedLabel.setText(QCoreApplication.translate("FundingMatchingDialog", u"\u062a\u0623\u0645\u06cc\u0646\u200c\u0634\u062f\u0647", None))
        self.provided.setPlaceholderText(QCoreApplication.translate("FundingMatchingDialog", u"\u062e\u0627\u0644\u06cc: \u0647\u0646\u0648\u0632 \u0686\u06cc\u0632\u06cc \u062a\u0623\u0645\u06cc\u0646 \u0646\u0634\u062f\u0647 \u0627\u0633\u062a", None))
        self.provided_onLabel.setText(QCoreApplication.translate("FundingMatchingDialog", u"\u062a\u0627\u0631\u06cc\u062e \u062a\u0623\u0645\u06cc\u0646", None))
        self.noteLabel.setText(QCoreApplication.translate("FundingMatchingDialog", u"\u06cc\u0627\u062f\u062f\u0627\u0634\u062a", None))
    # retranslateUi

