# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'amendment_dialog.ui'
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

class Ui_AmendmentDialog(object):
    def setupUi(self, AmendmentDialog):
        if not AmendmentDialog.objectName():
            AmendmentDialog.setObjectName(u"AmendmentDialog")
        AmendmentDialog.resize(620, 200)
        self.layout = QVBoxLayout(AmendmentDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(AmendmentDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.correctsLabel = QLabel(AmendmentDialog)
        self.correctsLabel.setObjectName(u"correctsLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.correctsLabel)

        self.corrects = QLineEdit(AmendmentDialog)
        self.corrects.setObjectName(u"corrects")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.corrects)

        self.correctionLabel = QLabel(AmendmentDialog)
        self.correctionLabel.setObjectName(u"correctionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.correctionLabel)

        self.correction = QLineEdit(AmendmentDialog)
        self.correction.setObjectName(u"correction")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.correction)

        self.reasonLabel = QLabel(AmendmentDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(AmendmentDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(AmendmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.correctsLabel.setBuddy(self.corrects)
        self.correctionLabel.setBuddy(self.correction)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.corrects, self.correction)
        QWidget.setTabOrder(self.correction, self.reason)

        self.retranslateUi(AmendmentDialog)
    # setupUi

    def retranslateUi(self, AmendmentDialog):
        AmendmentDialog.setWindowTitle(QCoreApplication.translate("AmendmentDialog", u"\u0627\u0635\u0644\u0627\u062d\u06cc\u0647 \u0635\u0648\u0631\u062a\u200c\u062c\u0644\u0633\u0647", None))
        self.correctsLabel.setText(QCoreApplication.translate("AmendmentDialog", u"\u0622\u0646\u0686\u0647 \u0627\u0635\u0644\u0627\u062d \u0645\u06cc\u200c\u0634\u0648\u062f", None))
        self.correctionLabel.setText(QCoreApplication.translate("AmendmentDialog", u"\u0627\u0635\u0644\u0627\u062d", None))
        self.reasonLabel.setText(QCoreApplication.translate("AmendmentDialog", u"\u062f\u0644\u06cc\u0644", None))
    # retranslateUi

