# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'funding_share_dialog.ui'
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

class Ui_FundingShareDialog(object):
    def setupUi(self, FundingShareDialog):
        if not FundingShareDialog.objectName():
            FundingShareDialog.setObjectName(u"FundingShareDialog")
        FundingShareDialog.resize(560, 260)
        self.layout = QVBoxLayout(FundingShareDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(FundingShareDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.intro = QLabel(FundingShareDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.amountLabel = QLabel(FundingShareDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amount = QLineEdit(FundingShareDialog)
        self.amount.setObjectName(u"amount")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amount)

        self.reasonLabel = QLabel(FundingShareDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(FundingShareDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(FundingShareDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.amountLabel.setBuddy(self.amount)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.amount, self.reason)

        self.retranslateUi(FundingShareDialog)
    # setupUi

    def retranslateUi(self, FundingShareDialog):
        FundingShareDialog.setWindowTitle(QCoreApplication.translate("FundingShareDialog", u"\u0633\u0647\u0645 \u0642\u0637\u0628", None))
        self.amountLabel.setText(QCoreApplication.translate("FundingShareDialog", u"\u0633\u0647\u0645", None))
        self.reasonLabel.setText(QCoreApplication.translate("FundingShareDialog", u"\u062f\u0644\u06cc\u0644 \u062a\u063a\u06cc\u06cc\u0631", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("FundingShareDialog", u"\u0686\u0631\u0627 \u0633\u0647\u0645 \u062c\u0632 \u0633\u0647\u0645 \u0645\u062d\u0627\u0633\u0628\u0647\u200c\u0634\u062f\u0647 \u0627\u0633\u062a (\u062f\u0631 \u062c\u062f\u0648\u0644 \u0648 \u067e\u0631\u0648\u0646\u062f\u0647 \u0645\u06cc\u200c\u0645\u0627\u0646\u062f)", None))
    # retranslateUi

