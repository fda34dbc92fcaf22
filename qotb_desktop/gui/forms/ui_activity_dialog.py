# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.resize(620, 300)
        self.layout = QVBoxLayout(ActivityDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(ActivityDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rowLabel = QLabel(ActivityDialog)
        self.rowLabel.setObjectName(u"rowLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rowLabel)

        self.row = QComboBox(ActivityDialog)
        self.row.setObjectName(u"row")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.row)

        self.ruleLabel = QLabel(ActivityDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ruleLabel)

        self.rule = QLabel(ActivityDialog)
        self.rule.setObjectName(u"rule")
        self.rule.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rule)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ActivityDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.rowLabel.setBuddy(self.row)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"\u0641\u0639\u0627\u0644\u06cc\u062a", None))
        self.rowLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u0631\u062f\u06cc\u0641 \u067e\u06cc\u0648\u0633\u062a \u06f1", None))
        self.ruleLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u0642\u0627\u0639\u062f\u0647", None))
    # retranslateUi

