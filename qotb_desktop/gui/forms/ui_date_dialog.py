# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'date_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_DateDialog(object):
    def setupUi(self, DateDialog):
        if not DateDialog.objectName():
            DateDialog.setObjectName(u"DateDialog")
        DateDialog.resize(380, 200)
        self.layout = QVBoxLayout(DateDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(DateDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.whenLabel = QLabel(DateDialog)
        self.whenLabel.setObjectName(u"whenLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.when = JalaliDateEdit(DateDialog)
        self.when.setObjectName(u"when")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.when)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(DateDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.whenLabel.setBuddy(self.when)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DateDialog)
    # setupUi

    def retranslateUi(self, DateDialog):
        DateDialog.setWindowTitle(QCoreApplication.translate("DateDialog", u"\u062a\u0627\u0631\u06cc\u062e", None))
        self.whenLabel.setText(QCoreApplication.translate("DateDialog", u"\u062a\u0627\u0631\u06cc\u062e", None))
    # retranslateUi

