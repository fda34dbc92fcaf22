# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agenda_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_AgendaDialog(object):
    def setupUi(self, AgendaDialog):
        if not AgendaDialog.objectName():
            AgendaDialog.setObjectName(u"AgendaDialog")
        AgendaDialog.resize(600, 200)
        self.layout = QVBoxLayout(AgendaDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(AgendaDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(AgendaDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(AgendaDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.kindLabel = QLabel(AgendaDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(AgendaDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.centre_idLabel = QLabel(AgendaDialog)
        self.centre_idLabel.setObjectName(u"centre_idLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.centre_idLabel)

        self.centre_id = QComboBox(AgendaDialog)
        self.centre_id.setObjectName(u"centre_id")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.centre_id)

        self.faculty_idLabel = QLabel(AgendaDialog)
        self.faculty_idLabel.setObjectName(u"faculty_idLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.faculty_idLabel)

        self.faculty_id = QComboBox(AgendaDialog)
        self.faculty_id.setObjectName(u"faculty_id")
        self.faculty_id.setEditable(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.faculty_id)

        self.actionLabel = QLabel(AgendaDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.action = QComboBox(AgendaDialog)
        self.action.setObjectName(u"action")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.action)

        self.effective_onLabel = QLabel(AgendaDialog)
        self.effective_onLabel.setObjectName(u"effective_onLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.effective_onLabel)

        self.effective_on = JalaliDateEdit(AgendaDialog)
        self.effective_on.setObjectName(u"effective_on")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.effective_on)

        self.institution_approvalLabel = QLabel(AgendaDialog)
        self.institution_approvalLabel.setObjectName(u"institution_approvalLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.institution_approvalLabel)

        self.institution_approval = QLineEdit(AgendaDialog)
        self.institution_approval.setObjectName(u"institution_approval")
        self.institution_approval.setMaxLength(200)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.institution_approval)


        self.layout.addLayout(self.form)

        self.verdict = QLabel(AgendaDialog)
        self.verdict.setObjectName(u"verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setVisible(False)

        self.layout.addWidget(self.verdict)

        self.buttons = QDialogButtonBox(AgendaDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.kindLabel.setBuddy(self.kind)
        self.centre_idLabel.setBuddy(self.centre_id)
        self.faculty_idLabel.setBuddy(self.faculty_id)
        self.actionLabel.setBuddy(self.action)
        self.effective_onLabel.setBuddy(self.effective_on)
        self.institution_approvalLabel.setBuddy(self.institution_approval)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.kind)
        QWidget.setTabOrder(self.kind, self.centre_id)
        QWidget.setTabOrder(self.centre_id, self.faculty_id)
        QWidget.setTabOrder(self.faculty_id, self.action)
        QWidget.setTabOrder(self.action, self.effective_on)
        QWidget.setTabOrder(self.effective_on, self.institution_approval)

        self.retranslateUi(AgendaDialog)
    # setupUi

    def retranslateUi(self, AgendaDialog):
        AgendaDialog.setWindowTitle(QCoreApplication.translate("AgendaDialog", u"\u0628\u0646\u062f \u062f\u0633\u062a\u0648\u0631 \u062c\u0644\u0633\u0647", None))
        self.titleLabel.setText(QCoreApplication.translate("AgendaDialog", u"\u0639\u0646\u0648\u0627\u0646 \u0628\u0646\u062f", None))
        self.kindLabel.setText(QCoreApplication.translate("AgendaDialog", u"\u0645\u0648\u0636\u0648\u0639", None))
        self.centre_idLabel.setText(QCoreApplication.translate("AgendaDialog", u"\u0642\u0637\u0628", None))
        self.faculty_idLabel.setText(QCoreApplication.translate("AgendaDialog", u"\u0639\u0636\u0648 \u0647\u06cc\u0623\u062a \u0639\u0644\u0645\u06cc (\u062a\u063a\u06cc\u06cc\u0631 \u0627\u0639\u0636\u0627)", None))
        self.actionLabel.setText(QCoreApplication.translate("AgendaDialog", u"\u062a\u063a\u06cc\u06cc\u0631", None))
        self.effective_onLabel.setText(QCoreApplication.translate("AgendaDialog", u"\u0627\u0632 \u062a\u0627\u0631\u06cc\u062e", None))
        self.institution_approvalLabel.setText(QCoreApplication.translate("AgendaDialog", u"\u062a\u0623\u06cc\u06cc\u062f \u0645\u0624\u0633\u0633\u0647 (\u062a\u0628\u0635\u0631\u0647 \u06f1\u06f0)", None))
        self.institution_approval.setPlaceholderText(QCoreApplication.translate("AgendaDialog", u"\u0634\u0645\u0627\u0631\u0647 \u0648 \u062a\u0627\u0631\u06cc\u062e \u0646\u0627\u0645\u0647 \u0645\u0624\u0633\u0633\u0647\u060c \u0645\u0627\u0646\u0646\u062f \u06f1\u06f2\u06f3\u06f4/\u067e \u0645\u0648\u0631\u062e \u06f1\u06f4\u06f0\u06f5/\u06f0\u06f8/\u06f1\u06f0", None))
    # retranslateUi

