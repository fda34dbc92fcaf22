# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'funding_entry_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_FundingEntryDialog(object):
    def setupUi(self, FundingEntryDialog):
        if not FundingEntryDialog.objectName():
            FundingEntryDialog.setObjectName(u"FundingEntryDialog")
        FundingEntryDialog.resize(560, 360)
        self.layout = QVBoxLayout(FundingEntryDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(FundingEntryDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.intro = QLabel(FundingEntryDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(FundingEntryDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(FundingEntryDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.amountLabel = QLabel(FundingEntryDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amount = QLineEdit(FundingEntryDialog)
        self.amount.setObjectName(u"amount")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amount)

        self.recorded_onLabel = QLabel(FundingEntryDialog)
        self.recorded_onLabel.setObjectName(u"recorded_onLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recorded_onLabel)

        self.recorded_on = JalaliDateEdit(FundingEntryDialog)
        self.recorded_on.setObjectName(u"recorded_on")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recorded_on)

        self.referenceLabel = QLabel(FundingEntryDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.reference = QLineEdit(FundingEntryDialog)
        self.reference.setObjectName(u"reference")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reference)

        self.sourceLabel = QLabel(FundingEntryDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.source = QLineEdit(FundingEntryDialog)
        self.source.setObjectName(u"source")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.source)

        self.noteLabel = QLabel(FundingEntryDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(FundingEntryDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(FundingEntryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.amountLabel.setBuddy(self.amount)
        self.recorded_onLabel.setBuddy(self.recorded_on)
        self.referenceLabel.setBuddy(self.reference)
        self.sourceLabel.setBuddy(self.source)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.amount)
        QWidget.setTabOrder(self.amount, self.recorded_on)
        QWidget.setTabOrder(self.recorded_on, self.reference)
        QWidget.setTabOrder(self.reference, self.source)
        QWidget.setTabOrder(self.source, self.note)

        self.retranslateUi(FundingEntryDialog)
    # setupUi

    def retranslateUi(self, FundingEntryDialog):
        FundingEntryDialog.setWindowTitle(QCoreApplication.translate("FundingEntryDialog", u"\u0631\u062f\u06cc\u0641 \u0627\u0639\u062a\u0628\u0627\u0631 \u062a\u0627\u0632\u0647", None))
        self.kindLabel.setText(QCoreApplication.translate("FundingEntryDialog", u"\u06af\u0648\u0646\u0647", None))
        self.amountLabel.setText(QCoreApplication.translate("FundingEntryDialog", u"\u0645\u0628\u0644\u063a", None))
        self.amount.setPlaceholderText(QCoreApplication.translate("FundingEntryDialog", u"\u0645\u0627\u0646\u0646\u062f \u06f2\u06f5\u06f0\u066c\u06f0\u06f0\u06f0", None))
        self.recorded_onLabel.setText(QCoreApplication.translate("FundingEntryDialog", u"\u062a\u0627\u0631\u06cc\u062e", None))
        self.referenceLabel.setText(QCoreApplication.translate("FundingEntryDialog", u"\u0634\u0645\u0627\u0631\u0647 \u0646\u0627\u0645\u0647 \u06cc\u0627 \u0642\u0627\u0646\u0648\u0646", None))
        self.sourceLabel.setText(QCoreApplication.translate("FundingEntryDialog", u"\u062f\u0633\u062a\u06af\u0627\u0647 \u06cc\u0627 \u0633\u0627\u0632\u0645\u0627\u0646", None))
        self.source.setPlaceholderText(QCoreApplication.translate("FundingEntryDialog", u"\u0628\u0631\u0627\u06cc \u0648\u062c\u0648\u0647 \u062f\u0633\u062a\u06af\u0627\u0647\u200c\u0647\u0627 \u0648 \u0633\u0627\u0632\u0645\u0627\u0646\u200c\u0647\u0627 (\u062a\u0628\u0635\u0631\u0647 \u06f1\u06f3)", None))
        self.noteLabel.setText(QCoreApplication.translate("FundingEntryDialog", u"\u06cc\u0627\u062f\u062f\u0627\u0634\u062a", None))
    # retranslateUi

