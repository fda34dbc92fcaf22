# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'term_dialog.ui'
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

class Ui_TermDialog(object):
    def setupUi(self, TermDialog):
        if not TermDialog.objectName():
            TermDialog.setObjectName(u"TermDialog")
        TermDialog.resize(520, 200)
        self.layout = QVBoxLayout(TermDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(TermDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.seat_keyLabel = QLabel(TermDialog)
        self.seat_keyLabel.setObjectName(u"seat_keyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.seat_keyLabel)

        self.seat_key = QComboBox(TermDialog)
        self.seat_key.setObjectName(u"seat_key")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.seat_key)

        self.holder_nameLabel = QLabel(TermDialog)
        self.holder_nameLabel.setObjectName(u"holder_nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.holder_nameLabel)

        self.holder_name = QLineEdit(TermDialog)
        self.holder_name.setObjectName(u"holder_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.holder_name)

        self.faculty_idLabel = QLabel(TermDialog)
        self.faculty_idLabel.setObjectName(u"faculty_idLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.faculty_idLabel)

        self.faculty_id = QComboBox(TermDialog)
        self.faculty_id.setObjectName(u"faculty_id")
        self.faculty_id.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.faculty_id)

        self.startLabel = QLabel(TermDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = JalaliDateEdit(TermDialog)
        self.start.setObjectName(u"start")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.start)

        self.endLabel = QLabel(TermDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.end = JalaliDateEdit(TermDialog)
        self.end.setObjectName(u"end")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.end)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(TermDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.seat_keyLabel.setBuddy(self.seat_key)
        self.holder_nameLabel.setBuddy(self.holder_name)
        self.faculty_idLabel.setBuddy(self.faculty_id)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.seat_key, self.holder_name)
        QWidget.setTabOrder(self.holder_name, self.faculty_id)
        QWidget.setTabOrder(self.faculty_id, self.start)
        QWidget.setTabOrder(self.start, self.end)

        self.retranslateUi(TermDialog)
    # setupUi

    def retranslateUi(self, TermDialog):
        TermDialog.setWindowTitle(QCoreApplication.translate("TermDialog", u"\u062f\u0648\u0631\u0647 \u0639\u0636\u0648\u06cc\u062a \u062f\u0631 \u0634\u0648\u0631\u0627", None))
        self.seat_keyLabel.setText(QCoreApplication.translate("TermDialog", u"\u06a9\u0631\u0633\u06cc \u0634\u0648\u0631\u0627", None))
        self.holder_nameLabel.setText(QCoreApplication.translate("TermDialog", u"\u0646\u0627\u0645 \u062f\u0627\u0631\u0646\u062f\u0647 \u06a9\u0631\u0633\u06cc", None))
        self.faculty_idLabel.setText(QCoreApplication.translate("TermDialog", u"\u0639\u0636\u0648 \u0647\u06cc\u0623\u062a \u0639\u0644\u0645\u06cc (\u0627\u06af\u0631 \u0647\u0633\u062a)", None))
        self.startLabel.setText(QCoreApplication.translate("TermDialog", u"\u0622\u063a\u0627\u0632 \u062f\u0648\u0631\u0647", None))
        self.endLabel.setText(QCoreApplication.translate("TermDialog", u"\u067e\u0627\u06cc\u0627\u0646 \u062f\u0648\u0631\u0647", None))
    # retranslateUi

