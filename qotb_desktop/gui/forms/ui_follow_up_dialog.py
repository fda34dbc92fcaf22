# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'follow_up_dialog.ui'
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

class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.resize(560, 200)
        self.layout = QVBoxLayout(FollowUpDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(FollowUpDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.actionLabel = QLabel(FollowUpDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.action = QLineEdit(FollowUpDialog)
        self.action.setObjectName(u"action")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.action)

        self.responsibleLabel = QLabel(FollowUpDialog)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsible = QLineEdit(FollowUpDialog)
        self.responsible.setObjectName(u"responsible")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.responsible)

        self.due_onLabel = QLabel(FollowUpDialog)
        self.due_onLabel.setObjectName(u"due_onLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.due_onLabel)

        self.due_on = JalaliDateEdit(FollowUpDialog)
        self.due_on.setObjectName(u"due_on")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.due_on)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(FollowUpDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.actionLabel.setBuddy(self.action)
        self.responsibleLabel.setBuddy(self.responsible)
        self.due_onLabel.setBuddy(self.due_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.action, self.responsible)
        QWidget.setTabOrder(self.responsible, self.due_on)

        self.retranslateUi(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"\u0627\u0642\u062f\u0627\u0645 \u067e\u06cc\u06af\u06cc\u0631\u06cc", None))
        self.actionLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u0627\u0642\u062f\u0627\u0645", None))
        self.responsibleLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u0645\u0633\u0626\u0648\u0644", None))
        self.due_onLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u0645\u0647\u0644\u062a", None))
    # retranslateUi

