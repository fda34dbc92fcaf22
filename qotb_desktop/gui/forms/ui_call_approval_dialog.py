# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_approval_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_CallApprovalDialog(object):
    def setupUi(self, CallApprovalDialog):
        if not CallApprovalDialog.objectName():
            CallApprovalDialog.setObjectName(u"CallApprovalDialog")
        CallApprovalDialog.resize(600, 360)
        self.layout = QVBoxLayout(CallApprovalDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(CallApprovalDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.intro = QLabel(CallApprovalDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.approved_onLabel = QLabel(CallApprovalDialog)
        self.approved_onLabel.setObjectName(u"approved_onLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.approved_onLabel)

        self.approved_on = JalaliDateEdit(CallApprovalDialog)
        self.approved_on.setObjectName(u"approved_on")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.approved_on)

        self.body_idLabel = QLabel(CallApprovalDialog)
        self.body_idLabel.setObjectName(u"body_idLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.body_idLabel)

        self.body_id = QComboBox(CallApprovalDialog)
        self.body_id.setObjectName(u"body_id")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.body_id)

        self.member_idsLabel = QLabel(CallApprovalDialog)
        self.member_idsLabel.setObjectName(u"member_idsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.member_idsLabel)

        self.member_ids = QListWidget(CallApprovalDialog)
        self.member_ids.setObjectName(u"member_ids")
        self.member_ids.setMinimumSize(QSize(0, 110))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.member_ids)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CallApprovalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.approved_onLabel.setBuddy(self.approved_on)
        self.body_idLabel.setBuddy(self.body_id)
        self.member_idsLabel.setBuddy(self.member_ids)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.approved_on, self.body_id)
        QWidget.setTabOrder(self.body_id, self.member_ids)

        self.retranslateUi(CallApprovalDialog)
    # setupUi

    def retranslateUi(self, CallApprovalDialog):
        CallApprovalDialog.setWindowTitle(QCoreApplication.translate("CallApprovalDialog", u"\u062a\u0623\u06cc\u06cc\u062f \u06af\u0632\u0627\u0631\u0634 \u0645\u0631\u062d\u0644\u0647", None))
        self.approved_onLabel.setText(QCoreApplication.translate("CallApprovalDialog", u"\u062a\u0627\u0631\u06cc\u062e \u062a\u0623\u06cc\u06cc\u062f \u06af\u0632\u0627\u0631\u0634", None))
        self.body_idLabel.setText(QCoreApplication.translate("CallApprovalDialog", u"\u06a9\u0627\u0631\u06af\u0631\u0648\u0647", None))
        self.member_idsLabel.setText(QCoreApplication.translate("CallApprovalDialog", u"\u0627\u0639\u0636\u0627\u06cc \u062d\u0627\u0636\u0631", None))
    # retranslateUi

