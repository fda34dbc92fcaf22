# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_member_dialog.ui'
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

class Ui_ReviewMemberDialog(object):
    def setupUi(self, ReviewMemberDialog):
        if not ReviewMemberDialog.objectName():
            ReviewMemberDialog.setObjectName(u"ReviewMemberDialog")
        ReviewMemberDialog.resize(600, 360)
        self.layout = QVBoxLayout(ReviewMemberDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(ReviewMemberDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.intro = QLabel(ReviewMemberDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.faculty_idLabel = QLabel(ReviewMemberDialog)
        self.faculty_idLabel.setObjectName(u"faculty_idLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.faculty_idLabel)

        self.faculty_id = QComboBox(ReviewMemberDialog)
        self.faculty_id.setObjectName(u"faculty_id")
        self.faculty_id.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.faculty_id)

        self.roleLabel = QLabel(ReviewMemberDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(ReviewMemberDialog)
        self.role.setObjectName(u"role")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role)

        self.decree_numberLabel = QLabel(ReviewMemberDialog)
        self.decree_numberLabel.setObjectName(u"decree_numberLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decree_numberLabel)

        self.decree_number = QLineEdit(ReviewMemberDialog)
        self.decree_number.setObjectName(u"decree_number")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decree_number)

        self.decree_dateLabel = QLabel(ReviewMemberDialog)
        self.decree_dateLabel.setObjectName(u"decree_dateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decree_dateLabel)

        self.decree_date = JalaliDateEdit(ReviewMemberDialog)
        self.decree_date.setObjectName(u"decree_date")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decree_date)

        self.start_onLabel = QLabel(ReviewMemberDialog)
        self.start_onLabel.setObjectName(u"start_onLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.start_onLabel)

        self.start_on = JalaliDateEdit(ReviewMemberDialog)
        self.start_on.setObjectName(u"start_on")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start_on)

        self.end_onLabel = QLabel(ReviewMemberDialog)
        self.end_onLabel.setObjectName(u"end_onLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.end_onLabel)

        self.end_on = JalaliDateEdit(ReviewMemberDialog)
        self.end_on.setObjectName(u"end_on")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.end_on)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ReviewMemberDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.faculty_idLabel.setBuddy(self.faculty_id)
        self.roleLabel.setBuddy(self.role)
        self.decree_numberLabel.setBuddy(self.decree_number)
        self.decree_dateLabel.setBuddy(self.decree_date)
        self.start_onLabel.setBuddy(self.start_on)
        self.end_onLabel.setBuddy(self.end_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.faculty_id, self.role)
        QWidget.setTabOrder(self.role, self.decree_number)
        QWidget.setTabOrder(self.decree_number, self.decree_date)
        QWidget.setTabOrder(self.decree_date, self.start_on)
        QWidget.setTabOrder(self.start_on, self.end_on)

        self.retranslateUi(ReviewMemberDialog)
    # setupUi

    def retranslateUi(self, ReviewMemberDialog):
        ReviewMemberDialog.setWindowTitle(QCoreApplication.translate("ReviewMemberDialog", u"\u0639\u0636\u0648 \u062a\u0627\u0632\u0647", None))
        self.faculty_idLabel.setText(QCoreApplication.translate("ReviewMemberDialog", u"\u0639\u0636\u0648 \u0647\u06cc\u0623\u062a \u0639\u0644\u0645\u06cc", None))
        self.roleLabel.setText(QCoreApplication.translate("ReviewMemberDialog", u"\u0633\u0645\u062a", None))
        self.decree_numberLabel.setText(QCoreApplication.translate("ReviewMemberDialog", u"\u0634\u0645\u0627\u0631\u0647 \u062d\u06a9\u0645", None))
        self.decree_dateLabel.setText(QCoreApplication.translate("ReviewMemberDialog", u"\u062a\u0627\u0631\u06cc\u062e \u062d\u06a9\u0645", None))
        self.start_onLabel.setText(QCoreApplication.translate("ReviewMemberDialog", u"\u0622\u063a\u0627\u0632 \u062f\u0648\u0631\u0647", None))
        self.end_onLabel.setText(QCoreApplication.translate("ReviewMemberDialog", u"\u067e\u0627\u06cc\u0627\u0646 \u062f\u0648\u0631\u0647", None))
    # retranslateUi

