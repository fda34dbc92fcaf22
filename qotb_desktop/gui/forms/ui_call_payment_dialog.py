# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_payment_dialog.ui'
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

class Ui_CallPaymentDialog(object):
    def setupUi(self, CallPaymentDialog):
        if not CallPaymentDialog.objectName():
            CallPaymentDialog.setObjectName(u"CallPaymentDialog")
        CallPaymentDialog.resize(560, 280)
        self.layout = QVBoxLayout(CallPaymentDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(CallPaymentDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.intro = QLabel(CallPaymentDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.amountLabel = QLabel(CallPaymentDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amount = QLineEdit(CallPaymentDialog)
        self.amount.setObjectName(u"amount")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amount)

        self.paid_onLabel = QLabel(CallPaymentDialog)
        self.paid_onLabel.setObjectName(u"paid_onLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paid_onLabel)

        self.paid_on = JalaliDateEdit(CallPaymentDialog)
        self.paid_on.setObjectName(u"paid_on")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paid_on)

        self.order_numberLabel = QLabel(CallPaymentDialog)
        self.order_numberLabel.setObjectName(u"order_numberLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.order_numberLabel)

        self.order_number = QLineEdit(CallPaymentDialog)
        self.order_number.setObjectName(u"order_number")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.order_number)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CallPaymentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.amountLabel.setBuddy(self.amount)
        self.paid_onLabel.setBuddy(self.paid_on)
        self.order_numberLabel.setBuddy(self.order_number)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.amount, self.paid_on)
        QWidget.setTabOrder(self.paid_on, self.order_number)

        self.retranslateUi(CallPaymentDialog)
    # setupUi

    def retranslateUi(self, CallPaymentDialog):
        CallPaymentDialog.setWindowTitle(QCoreApplication.translate("CallPaymentDialog", u"\u067e\u0631\u062f\u0627\u062e\u062a \u0645\u0631\u062d\u0644\u0647", None))
        self.amountLabel.setText(QCoreApplication.translate("CallPaymentDialog", u"\u0645\u0628\u0644\u063a \u067e\u0631\u062f\u0627\u062e\u062a", None))
        self.paid_onLabel.setText(QCoreApplication.translate("CallPaymentDialog", u"\u062a\u0627\u0631\u06cc\u062e \u067e\u0631\u062f\u0627\u062e\u062a", None))
        self.order_numberLabel.setText(QCoreApplication.translate("CallPaymentDialog", u"\u0634\u0645\u0627\u0631\u0647 \u062f\u0633\u062a\u0648\u0631 \u067e\u0631\u062f\u0627\u062e\u062a", None))
    # retranslateUi

