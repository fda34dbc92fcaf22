# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contract_support_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_ContractSupportDialog(object):
    def setupUi(self, ContractSupportDialog):
        if not ContractSupportDialog.objectName():
            ContractSupportDialog.setObjectName(u"ContractSupportDialog")
        ContractSupportDialog.resize(700, 560)
        self.layout = QVBoxLayout(ContractSupportDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(ContractSupportDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.intro = QLabel(ContractSupportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(ContractSupportDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(ContractSupportDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.organisationLabel = QLabel(ContractSupportDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisation = QLineEdit(ContractSupportDialog)
        self.organisation.setObjectName(u"organisation")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.contract_numberLabel = QLabel(ContractSupportDialog)
        self.contract_numberLabel.setObjectName(u"contract_numberLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contract_numberLabel)

        self.contract_number = QLineEdit(ContractSupportDialog)
        self.contract_number.setObjectName(u"contract_number")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contract_number)

        self.contract_onLabel = QLabel(ContractSupportDialog)
        self.contract_onLabel.setObjectName(u"contract_onLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contract_onLabel)

        self.contract_on = JalaliDateEdit(ContractSupportDialog)
        self.contract_on.setObjectName(u"contract_on")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contract_on)

        self.contract_amountLabel = QLabel(ContractSupportDialog)
        self.contract_amountLabel.setObjectName(u"contract_amountLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contract_amountLabel)

        self.contract_amount = QLineEdit(ContractSupportDialog)
        self.contract_amount.setObjectName(u"contract_amount")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contract_amount)

        self.supportLabel = QLabel(ContractSupportDialog)
        self.supportLabel.setObjectName(u"supportLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.supportLabel)

        self.support = QLineEdit(ContractSupportDialog)
        self.support.setObjectName(u"support")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.support)

        self.decided_onLabel = QLabel(ContractSupportDialog)
        self.decided_onLabel.setObjectName(u"decided_onLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.decided_onLabel)

        self.decided_on = JalaliDateEdit(ContractSupportDialog)
        self.decided_on.setObjectName(u"decided_on")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.decided_on)

        self.centre_idsLabel = QLabel(ContractSupportDialog)
        self.centre_idsLabel.setObjectName(u"centre_idsLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.centre_idsLabel)

        self.centre_ids = QListWidget(ContractSupportDialog)
        self.centre_ids.setObjectName(u"centre_ids")
        self.centre_ids.setMinimumSize(QSize(0, 120))

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.centre_ids)

        self.noteLabel = QLabel(ContractSupportDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(ContractSupportDialog)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 60))
        self.note.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ContractSupportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.organisationLabel.setBuddy(self.organisation)
        self.contract_numberLabel.setBuddy(self.contract_number)
        self.contract_onLabel.setBuddy(self.contract_on)
        self.contract_amountLabel.setBuddy(self.contract_amount)
        self.supportLabel.setBuddy(self.support)
        self.decided_onLabel.setBuddy(self.decided_on)
        self.centre_idsLabel.setBuddy(self.centre_ids)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.organisation)
        QWidget.setTabOrder(self.organisation, self.contract_number)
        QWidget.setTabOrder(self.contract_number, self.contract_on)
        QWidget.setTabOrder(self.contract_on, self.contract_amount)
        QWidget.setTabOrder(self.contract_amount, self.support)
        QWidget.setTabOrder(self.support, self.decided_on)
        QWidget.setTabOrder(self.decided_on, self.centre_ids)
        QWidget.setTabOrder(self.centre_ids, self.note)

        self.retranslateUi(ContractSupportDialog)
    # setupUi

    def retranslateUi(self, ContractSupportDialog):
        ContractSupportDialog.setWindowTitle(QCoreApplication.translate("ContractSupportDialog", u"\u062d\u0645\u0627\u06cc\u062a \u0627\u0632 \u0642\u0631\u0627\u0631\u062f\u0627\u062f \u0645\u0634\u062a\u0631\u06a9 \u0642\u0637\u0628\u200c\u0647\u0627", None))
        self.titleLabel.setText(QCoreApplication.translate("ContractSupportDialog", u"\u0639\u0646\u0648\u0627\u0646 \u0642\u0631\u0627\u0631\u062f\u0627\u062f", None))
        self.organisationLabel.setText(QCoreApplication.translate("ContractSupportDialog", u"\u062f\u0633\u062a\u06af\u0627\u0647 \u0627\u062c\u0631\u0627\u06cc\u06cc \u0637\u0631\u0641 \u0642\u0631\u0627\u0631\u062f\u0627\u062f", None))
        self.contract_numberLabel.setText(QCoreApplication.translate("ContractSupportDialog", u"\u0634\u0645\u0627\u0631\u0647 \u0642\u0631\u0627\u0631\u062f\u0627\u062f", None))
        self.contract_onLabel.setText(QCoreApplication.translate("ContractSupportDialog", u"\u062a\u0627\u0631\u06cc\u062e \u0642\u0631\u0627\u0631\u062f\u0627\u062f", None))
        self.contract_amountLabel.setText(QCoreApplication.translate("ContractSupportDialog", u"\u0645\u0628\u0644\u063a \u0642\u0631\u0627\u0631\u062f\u0627\u062f", None))
        self.supportLabel.setText(QCoreApplication.translate("ContractSupportDialog", u"\u062d\u0645\u0627\u06cc\u062a \u062f\u0628\u06cc\u0631\u062e\u0627\u0646\u0647", None))
        self.decided_onLabel.setText(QCoreApplication.translate("ContractSupportDialog", u"\u062a\u0627\u0631\u06cc\u062e \u062a\u0635\u0645\u06cc\u0645 \u062d\u0645\u0627\u06cc\u062a", None))
        self.centre_idsLabel.setText(QCoreApplication.translate("ContractSupportDialog", u"\u0642\u0637\u0628\u200c\u0647\u0627\u06cc \u0637\u0631\u0641 \u0642\u0631\u0627\u0631\u062f\u0627\u062f", None))
        self.noteLabel.setText(QCoreApplication.translate("ContractSupportDialog", u"\u06cc\u0627\u062f\u062f\u0627\u0634\u062a", None))
    # retranslateUi

