# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'institution_dialog.ui'
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

class Ui_InstitutionDialog(object):
    def setupUi(self, InstitutionDialog):
        if not InstitutionDialog.objectName():
            InstitutionDialog.setObjectName(u"InstitutionDialog")
        InstitutionDialog.resize(520, 200)
        self.layout = QVBoxLayout(InstitutionDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(InstitutionDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(InstitutionDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(InstitutionDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kindLabel = QLabel(InstitutionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(InstitutionDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.cityLabel = QLabel(InstitutionDialog)
        self.cityLabel.setObjectName(u"cityLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.city = QLineEdit(InstitutionDialog)
        self.city.setObjectName(u"city")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.city)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(InstitutionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.kindLabel.setBuddy(self.kind)
        self.cityLabel.setBuddy(self.city)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.city)

        self.retranslateUi(InstitutionDialog)
    # setupUi

    def retranslateUi(self, InstitutionDialog):
        InstitutionDialog.setWindowTitle(QCoreApplication.translate("InstitutionDialog", u"\u0645\u0624\u0633\u0633\u0647", None))
        self.nameLabel.setText(QCoreApplication.translate("InstitutionDialog", u"\u0646\u0627\u0645 \u0645\u0624\u0633\u0633\u0647", None))
        self.kindLabel.setText(QCoreApplication.translate("InstitutionDialog", u"\u0646\u0648\u0639", None))
        self.cityLabel.setText(QCoreApplication.translate("InstitutionDialog", u"\u0634\u0647\u0631", None))
    # retranslateUi

