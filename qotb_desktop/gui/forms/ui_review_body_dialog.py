# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_body_dialog.ui'
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

class Ui_ReviewBodyDialog(object):
    def setupUi(self, ReviewBodyDialog):
        if not ReviewBodyDialog.objectName():
            ReviewBodyDialog.setObjectName(u"ReviewBodyDialog")
        ReviewBodyDialog.resize(560, 320)
        self.layout = QVBoxLayout(ReviewBodyDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(ReviewBodyDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.intro = QLabel(ReviewBodyDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(ReviewBodyDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(ReviewBodyDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.group_keyLabel = QLabel(ReviewBodyDialog)
        self.group_keyLabel.setObjectName(u"group_keyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.group_keyLabel)

        self.group_key = QComboBox(ReviewBodyDialog)
        self.group_key.setObjectName(u"group_key")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.group_key)

        self.titleLabel = QLabel(ReviewBodyDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(ReviewBodyDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title)

        self.decree_numberLabel = QLabel(ReviewBodyDialog)
        self.decree_numberLabel.setObjectName(u"decree_numberLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decree_numberLabel)

        self.decree_number = QLineEdit(ReviewBodyDialog)
        self.decree_number.setObjectName(u"decree_number")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decree_number)

        self.decree_dateLabel = QLabel(ReviewBodyDialog)
        self.decree_dateLabel.setObjectName(u"decree_dateLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.decree_dateLabel)

        self.decree_date = JalaliDateEdit(ReviewBodyDialog)
        self.decree_date.setObjectName(u"decree_date")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.decree_date)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ReviewBodyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.group_keyLabel.setBuddy(self.group_key)
        self.titleLabel.setBuddy(self.title)
        self.decree_numberLabel.setBuddy(self.decree_number)
        self.decree_dateLabel.setBuddy(self.decree_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.group_key)
        QWidget.setTabOrder(self.group_key, self.title)
        QWidget.setTabOrder(self.title, self.decree_number)
        QWidget.setTabOrder(self.decree_number, self.decree_date)

        self.retranslateUi(ReviewBodyDialog)
    # setupUi

    def retranslateUi(self, ReviewBodyDialog):
        ReviewBodyDialog.setWindowTitle(QCoreApplication.translate("ReviewBodyDialog", u"\u06af\u0631\u0648\u0647 \u06cc\u0627 \u06a9\u0627\u0631\u06af\u0631\u0648\u0647 \u062a\u0627\u0632\u0647", None))
        self.kindLabel.setText(QCoreApplication.translate("ReviewBodyDialog", u"\u06af\u0648\u0646\u0647", None))
        self.group_keyLabel.setText(QCoreApplication.translate("ReviewBodyDialog", u"\u06af\u0631\u0648\u0647 \u0639\u0644\u0645\u06cc", None))
        self.titleLabel.setText(QCoreApplication.translate("ReviewBodyDialog", u"\u0639\u0646\u0648\u0627\u0646", None))
        self.decree_numberLabel.setText(QCoreApplication.translate("ReviewBodyDialog", u"\u0634\u0645\u0627\u0631\u0647 \u062d\u06a9\u0645", None))
        self.decree_dateLabel.setText(QCoreApplication.translate("ReviewBodyDialog", u"\u062a\u0627\u0631\u06cc\u062e \u062d\u06a9\u0645", None))
    # retranslateUi

