# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'communicate_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_CommunicateDialog(object):
    def setupUi(self, CommunicateDialog):
        if not CommunicateDialog.objectName():
            CommunicateDialog.setObjectName(u"CommunicateDialog")
        CommunicateDialog.resize(560, 200)
        self.layout = QVBoxLayout(CommunicateDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(CommunicateDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.letter_numberLabel = QLabel(CommunicateDialog)
        self.letter_numberLabel.setObjectName(u"letter_numberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.letter_numberLabel)

        self.letter_number = QLineEdit(CommunicateDialog)
        self.letter_number.setObjectName(u"letter_number")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.letter_number)

        self.onLabel = QLabel(CommunicateDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.on = JalaliDateEdit(CommunicateDialog)
        self.on.setObjectName(u"on")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.on)

        self.recipientLabel = QLabel(CommunicateDialog)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipient = QLineEdit(CommunicateDialog)
        self.recipient.setObjectName(u"recipient")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipient)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CommunicateDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.letter_numberLabel.setBuddy(self.letter_number)
        self.onLabel.setBuddy(self.on)
        self.recipientLabel.setBuddy(self.recipient)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.letter_number, self.on)
        QWidget.setTabOrder(self.on, self.recipient)

        self.retranslateUi(CommunicateDialog)
    # setupUi

    def retranslateUi(self, CommunicateDialog):
        CommunicateDialog.setWindowTitle(QCoreApplication.translate("CommunicateDialog", u"\u0627\u0628\u0644\u0627\u063a \u0645\u0635\u0648\u0628\u0647", None))
        self.letter_numberLabel.setText(QCoreApplication.translate("CommunicateDialog", u"\u0634\u0645\u0627\u0631\u0647 \u0646\u0627\u0645\u0647 \u0627\u0628\u0644\u0627\u063a", None))
        self.onLabel.setText(QCoreApplication.translate("CommunicateDialog", u"\u062a\u0627\u0631\u06cc\u062e \u0627\u0628\u0644\u0627\u063a", None))
        self.recipientLabel.setText(QCoreApplication.translate("CommunicateDialog", u"\u06af\u06cc\u0631\u0646\u062f\u0647 \u0646\u0627\u0645\u0647", None))
    # retranslateUi

