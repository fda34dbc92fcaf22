# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_agreement_dialog.ui'
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
    QFormLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_CallAgreementDialog(object):
    def setupUi(self, CallAgreementDialog):
        if not CallAgreementDialog.objectName():
            CallAgreementDialog.setObjectName(u"CallAgreementDialog")
        CallAgreementDialog.resize(860, 540)
        self.layout = QVBoxLayout(CallAgreementDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(CallAgreementDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.intro = QLabel(CallAgreementDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.numberLabel = QLabel(CallAgreementDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.number = QLineEdit(CallAgreementDialog)
        self.number.setObjectName(u"number")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.signed_onLabel = QLabel(CallAgreementDialog)
        self.signed_onLabel.setObjectName(u"signed_onLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signed_onLabel)

        self.signed_on = JalaliDateEdit(CallAgreementDialog)
        self.signed_on.setObjectName(u"signed_on")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signed_on)

        self.amountLabel = QLabel(CallAgreementDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amount = QLineEdit(CallAgreementDialog)
        self.amount.setObjectName(u"amount")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amount)

        self.stagesLabel = QLabel(CallAgreementDialog)
        self.stagesLabel.setObjectName(u"stagesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stagesLabel)

        self.stages = QTableWidget(CallAgreementDialog)
        self.stages.setObjectName(u"stages")
        self.stages.setMinimumSize(QSize(0, 190))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stages)

        self.addStage = QPushButton(CallAgreementDialog)
        self.addStage.setObjectName(u"addStage")

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.addStage)

        self.total = QLabel(CallAgreementDialog)
        self.total.setObjectName(u"total")
        self.total.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.total)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CallAgreementDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.number)
        self.signed_onLabel.setBuddy(self.signed_on)
        self.amountLabel.setBuddy(self.amount)
        self.stagesLabel.setBuddy(self.stages)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.number, self.signed_on)
        QWidget.setTabOrder(self.signed_on, self.amount)
        QWidget.setTabOrder(self.amount, self.stages)
        QWidget.setTabOrder(self.stages, self.addStage)

        self.retranslateUi(CallAgreementDialog)
    # setupUi

    def retranslateUi(self, CallAgreementDialog):
        CallAgreementDialog.setWindowTitle(QCoreApplication.translate("CallAgreementDialog", u"\u062a\u0648\u0627\u0641\u0642\u200c\u0646\u0627\u0645\u0647", None))
        self.numberLabel.setText(QCoreApplication.translate("CallAgreementDialog", u"\u0634\u0645\u0627\u0631\u0647 \u062a\u0648\u0627\u0641\u0642\u200c\u0646\u0627\u0645\u0647", None))
        self.signed_onLabel.setText(QCoreApplication.translate("CallAgreementDialog", u"\u062a\u0627\u0631\u06cc\u062e \u062a\u0648\u0627\u0641\u0642\u200c\u0646\u0627\u0645\u0647", None))
        self.amountLabel.setText(QCoreApplication.translate("CallAgreementDialog", u"\u0645\u0628\u0644\u063a \u062a\u0648\u0627\u0641\u0642\u200c\u0646\u0627\u0645\u0647", None))
        self.stagesLabel.setText(QCoreApplication.translate("CallAgreementDialog", u"\u0645\u0631\u062d\u0644\u0647\u200c\u0647\u0627", None))
        self.addStage.setText(QCoreApplication.translate("CallAgreementDialog", u"\u0645\u0631\u062d\u0644\u0647 \u062f\u06cc\u06af\u0631", None))
    # retranslateUi

