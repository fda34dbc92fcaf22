# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_dialog.ui'
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

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(600, 200)
        self.layout = QVBoxLayout(DecisionDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(DecisionDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.textLabel = QLabel(DecisionDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.text = QLineEdit(DecisionDialog)
        self.text.setObjectName(u"text")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.text)

        self.yesLabel = QLabel(DecisionDialog)
        self.yesLabel.setObjectName(u"yesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yesLabel)

        self.yes = QLineEdit(DecisionDialog)
        self.yes.setObjectName(u"yes")
        self.yes.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yes)

        self.noLabel = QLabel(DecisionDialog)
        self.noLabel.setObjectName(u"noLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noLabel)

        self.no = QLineEdit(DecisionDialog)
        self.no.setObjectName(u"no")
        self.no.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.no)

        self.abstainLabel = QLabel(DecisionDialog)
        self.abstainLabel.setObjectName(u"abstainLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.abstainLabel)

        self.abstain = QLineEdit(DecisionDialog)
        self.abstain.setObjectName(u"abstain")
        self.abstain.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.abstain)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(DecisionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.text)
        self.yesLabel.setBuddy(self.yes)
        self.noLabel.setBuddy(self.no)
        self.abstainLabel.setBuddy(self.abstain)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.text, self.yes)
        QWidget.setTabOrder(self.yes, self.no)
        QWidget.setTabOrder(self.no, self.abstain)

        self.retranslateUi(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"\u0645\u0635\u0648\u0628\u0647", None))
        self.textLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u0645\u062a\u0646 \u0645\u0635\u0648\u0628\u0647", None))
        self.yesLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u0645\u0648\u0627\u0641\u0642", None))
        self.noLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u0645\u062e\u0627\u0644\u0641", None))
        self.abstainLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u0645\u0645\u062a\u0646\u0639", None))
    # retranslateUi

