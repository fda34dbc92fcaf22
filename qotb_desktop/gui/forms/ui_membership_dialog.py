# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'membership_dialog.ui'
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

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_MembershipDialog(object):
    def setupUi(self, MembershipDialog):
        if not MembershipDialog.objectName():
            MembershipDialog.setObjectName(u"MembershipDialog")
        MembershipDialog.resize(520, 200)
        self.layout = QVBoxLayout(MembershipDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(MembershipDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.faculty_idLabel = QLabel(MembershipDialog)
        self.faculty_idLabel.setObjectName(u"faculty_idLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.faculty_idLabel)

        self.faculty_id = QComboBox(MembershipDialog)
        self.faculty_id.setObjectName(u"faculty_id")
        self.faculty_id.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.faculty_id)

        self.roleLabel = QLabel(MembershipDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(MembershipDialog)
        self.role.setObjectName(u"role")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role)

        self.joined_onLabel = QLabel(MembershipDialog)
        self.joined_onLabel.setObjectName(u"joined_onLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.joined_onLabel)

        self.joined_on = JalaliDateEdit(MembershipDialog)
        self.joined_on.setObjectName(u"joined_on")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.joined_on)

        self.left_onLabel = QLabel(MembershipDialog)
        self.left_onLabel.setObjectName(u"left_onLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.left_onLabel)

        self.left_on = JalaliDateEdit(MembershipDialog)
        self.left_on.setObjectName(u"left_on")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.left_on)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(MembershipDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.faculty_idLabel.setBuddy(self.faculty_id)
        self.roleLabel.setBuddy(self.role)
        self.joined_onLabel.setBuddy(self.joined_on)
        self.left_onLabel.setBuddy(self.left_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.faculty_id, self.role)
        QWidget.setTabOrder(self.role, self.joined_on)
        QWidget.setTabOrder(self.joined_on, self.left_on)

        self.retranslateUi(MembershipDialog)
    # setupUi

    def retranslateUi(self, MembershipDialog):
        MembershipDialog.setWindowTitle(QCoreApplication.translate("MembershipDialog", u"\u0639\u0636\u0648\u06cc\u062a \u062f\u0631 \u0642\u0637\u0628", None))
        self.faculty_idLabel.setText(QCoreApplication.translate("MembershipDialog", u"\u0639\u0636\u0648 \u0647\u06cc\u0623\u062a \u0639\u0644\u0645\u06cc", None))
        self.roleLabel.setText(QCoreApplication.translate("MembershipDialog", u"\u0646\u0642\u0634", None))
        self.joined_onLabel.setText(QCoreApplication.translate("MembershipDialog", u"\u062a\u0627\u0631\u06cc\u062e \u067e\u06cc\u0648\u0633\u062a\u0646", None))
        self.left_onLabel.setText(QCoreApplication.translate("MembershipDialog", u"\u062a\u0627\u0631\u06cc\u062e \u067e\u0627\u06cc\u0627\u0646 \u0639\u0636\u0648\u06cc\u062a", None))
    # retranslateUi

