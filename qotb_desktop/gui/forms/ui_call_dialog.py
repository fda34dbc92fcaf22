# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_dialog.ui'
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

class Ui_CallDialog(object):
    def setupUi(self, CallDialog):
        if not CallDialog.objectName():
            CallDialog.setObjectName(u"CallDialog")
        CallDialog.resize(720, 520)
        self.layout = QVBoxLayout(CallDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(CallDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.intro = QLabel(CallDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(CallDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(CallDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.budgetLabel = QLabel(CallDialog)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budget = QLineEdit(CallDialog)
        self.budget.setObjectName(u"budget")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.budget)

        self.announced_onLabel = QLabel(CallDialog)
        self.announced_onLabel.setObjectName(u"announced_onLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.announced_onLabel)

        self.announced_on = JalaliDateEdit(CallDialog)
        self.announced_on.setObjectName(u"announced_on")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.announced_on)

        self.deadlineLabel = QLabel(CallDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadline = JalaliDateEdit(CallDialog)
        self.deadline.setObjectName(u"deadline")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deadline)

        self.topicsLabel = QLabel(CallDialog)
        self.topicsLabel.setObjectName(u"topicsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.topicsLabel)

        self.topics = QTableWidget(CallDialog)
        self.topics.setObjectName(u"topics")
        self.topics.setMinimumSize(QSize(0, 170))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.topics)

        self.addTopic = QPushButton(CallDialog)
        self.addTopic.setObjectName(u"addTopic")

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.addTopic)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CallDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.budgetLabel.setBuddy(self.budget)
        self.announced_onLabel.setBuddy(self.announced_on)
        self.deadlineLabel.setBuddy(self.deadline)
        self.topicsLabel.setBuddy(self.topics)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.budget)
        QWidget.setTabOrder(self.budget, self.announced_on)
        QWidget.setTabOrder(self.announced_on, self.deadline)
        QWidget.setTabOrder(self.deadline, self.topics)
        QWidget.setTabOrder(self.topics, self.addTopic)

        self.retranslateUi(CallDialog)
    # setupUi

    def retranslateUi(self, CallDialog):
        CallDialog.setWindowTitle(QCoreApplication.translate("CallDialog", u"\u0641\u0631\u0627\u062e\u0648\u0627\u0646 \u062a\u0627\u0632\u0647", None))
        self.titleLabel.setText(QCoreApplication.translate("CallDialog", u"\u0639\u0646\u0648\u0627\u0646 \u0641\u0631\u0627\u062e\u0648\u0627\u0646", None))
        self.budgetLabel.setText(QCoreApplication.translate("CallDialog", u"\u0627\u0639\u062a\u0628\u0627\u0631 \u0641\u0631\u0627\u062e\u0648\u0627\u0646", None))
        self.announced_onLabel.setText(QCoreApplication.translate("CallDialog", u"\u062a\u0627\u0631\u06cc\u062e \u0627\u0639\u0644\u0627\u0645", None))
        self.deadlineLabel.setText(QCoreApplication.translate("CallDialog", u"\u0645\u0647\u0644\u062a \u062f\u0631\u06cc\u0627\u0641\u062a \u067e\u06cc\u0634\u0646\u0647\u0627\u062f\u0647\u0627", None))
        self.topicsLabel.setText(QCoreApplication.translate("CallDialog", u"\u0645\u0648\u0636\u0648\u0639\u200c\u0647\u0627\u06cc \u0627\u0648\u0644\u0648\u06cc\u062a\u200c\u062f\u0627\u0631", None))
        self.addTopic.setText(QCoreApplication.translate("CallDialog", u"\u0631\u062f\u06cc\u0641 \u062f\u06cc\u06af\u0631", None))
    # retranslateUi

