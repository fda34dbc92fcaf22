# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_proposal_dialog.ui'
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
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_CallProposalDialog(object):
    def setupUi(self, CallProposalDialog):
        if not CallProposalDialog.objectName():
            CallProposalDialog.setObjectName(u"CallProposalDialog")
        CallProposalDialog.resize(680, 480)
        self.layout = QVBoxLayout(CallProposalDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(CallProposalDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.intro = QLabel(CallProposalDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.centre_idLabel = QLabel(CallProposalDialog)
        self.centre_idLabel.setObjectName(u"centre_idLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.centre_idLabel)

        self.centre_id = QComboBox(CallProposalDialog)
        self.centre_id.setObjectName(u"centre_id")
        self.centre_id.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.centre_id)

        self.partnersLabel = QLabel(CallProposalDialog)
        self.partnersLabel.setObjectName(u"partnersLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partnersLabel)

        self.partners = QListWidget(CallProposalDialog)
        self.partners.setObjectName(u"partners")
        self.partners.setMinimumSize(QSize(0, 110))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.partners)

        self.topic_idLabel = QLabel(CallProposalDialog)
        self.topic_idLabel.setObjectName(u"topic_idLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.topic_idLabel)

        self.topic_id = QComboBox(CallProposalDialog)
        self.topic_id.setObjectName(u"topic_id")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.topic_id)

        self.titleLabel = QLabel(CallProposalDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(CallProposalDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.title)

        self.costLabel = QLabel(CallProposalDialog)
        self.costLabel.setObjectName(u"costLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.cost = QLineEdit(CallProposalDialog)
        self.cost.setObjectName(u"cost")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cost)

        self.received_onLabel = QLabel(CallProposalDialog)
        self.received_onLabel.setObjectName(u"received_onLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.received_onLabel)

        self.received_on = JalaliDateEdit(CallProposalDialog)
        self.received_on.setObjectName(u"received_on")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.received_on)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CallProposalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.centre_idLabel.setBuddy(self.centre_id)
        self.partnersLabel.setBuddy(self.partners)
        self.topic_idLabel.setBuddy(self.topic_id)
        self.titleLabel.setBuddy(self.title)
        self.costLabel.setBuddy(self.cost)
        self.received_onLabel.setBuddy(self.received_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.centre_id, self.partners)
        QWidget.setTabOrder(self.partners, self.topic_id)
        QWidget.setTabOrder(self.topic_id, self.title)
        QWidget.setTabOrder(self.title, self.cost)
        QWidget.setTabOrder(self.cost, self.received_on)

        self.retranslateUi(CallProposalDialog)
    # setupUi

    def retranslateUi(self, CallProposalDialog):
        CallProposalDialog.setWindowTitle(QCoreApplication.translate("CallProposalDialog", u"\u067e\u06cc\u0634\u0646\u0647\u0627\u062f \u062a\u0627\u0632\u0647", None))
        self.centre_idLabel.setText(QCoreApplication.translate("CallProposalDialog", u"\u0642\u0637\u0628 \u067e\u06cc\u0634\u0646\u0647\u0627\u062f\u062f\u0647\u0646\u062f\u0647", None))
        self.partnersLabel.setText(QCoreApplication.translate("CallProposalDialog", u"\u0642\u0637\u0628\u200c\u0647\u0627\u06cc \u0647\u0645\u06a9\u0627\u0631", None))
        self.topic_idLabel.setText(QCoreApplication.translate("CallProposalDialog", u"\u0645\u0648\u0636\u0648\u0639", None))
        self.titleLabel.setText(QCoreApplication.translate("CallProposalDialog", u"\u0639\u0646\u0648\u0627\u0646 \u067e\u0631\u0648\u0698\u0647", None))
        self.costLabel.setText(QCoreApplication.translate("CallProposalDialog", u"\u0628\u0631\u0622\u0648\u0631\u062f \u0647\u0632\u06cc\u0646\u0647", None))
        self.received_onLabel.setText(QCoreApplication.translate("CallProposalDialog", u"\u062a\u0627\u0631\u06cc\u062e \u062f\u0631\u06cc\u0627\u0641\u062a", None))
    # retranslateUi

