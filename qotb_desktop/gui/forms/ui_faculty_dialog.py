# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'faculty_dialog.ui'
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

class Ui_FacultyDialog(object):
    def setupUi(self, FacultyDialog):
        if not FacultyDialog.objectName():
            FacultyDialog.setObjectName(u"FacultyDialog")
        FacultyDialog.resize(520, 420)
        self.layout = QVBoxLayout(FacultyDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(FacultyDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.national_codeLabel = QLabel(FacultyDialog)
        self.national_codeLabel.setObjectName(u"national_codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.national_codeLabel)

        self.national_code = QLineEdit(FacultyDialog)
        self.national_code.setObjectName(u"national_code")
        self.national_code.setMaxLength(14)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.national_code)

        self.first_nameLabel = QLabel(FacultyDialog)
        self.first_nameLabel.setObjectName(u"first_nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.first_nameLabel)

        self.first_name = QLineEdit(FacultyDialog)
        self.first_name.setObjectName(u"first_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_name)

        self.last_nameLabel = QLabel(FacultyDialog)
        self.last_nameLabel.setObjectName(u"last_nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.last_nameLabel)

        self.last_name = QLineEdit(FacultyDialog)
        self.last_name.setObjectName(u"last_name")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.last_name)

        self.rankLabel = QLabel(FacultyDialog)
        self.rankLabel.setObjectName(u"rankLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rankLabel)

        self.rank = QComboBox(FacultyDialog)
        self.rank.setObjectName(u"rank")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rank)

        self.institution_idLabel = QLabel(FacultyDialog)
        self.institution_idLabel.setObjectName(u"institution_idLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.institution_idLabel)

        self.institution_id = QComboBox(FacultyDialog)
        self.institution_id.setObjectName(u"institution_id")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.institution_id)

        self.field_keyLabel = QLabel(FacultyDialog)
        self.field_keyLabel.setObjectName(u"field_keyLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.field_keyLabel)

        self.field_key = QComboBox(FacultyDialog)
        self.field_key.setObjectName(u"field_key")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.field_key)

        self.statusLabel = QLabel(FacultyDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(FacultyDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.status)

        self.hired_onLabel = QLabel(FacultyDialog)
        self.hired_onLabel.setObjectName(u"hired_onLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.hired_onLabel)

        self.hired_on = JalaliDateEdit(FacultyDialog)
        self.hired_on.setObjectName(u"hired_on")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.hired_on)

        self.retired_onLabel = QLabel(FacultyDialog)
        self.retired_onLabel.setObjectName(u"retired_onLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.retired_onLabel)

        self.retired_on = JalaliDateEdit(FacultyDialog)
        self.retired_on.setObjectName(u"retired_on")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.retired_on)

        self.emailLabel = QLabel(FacultyDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(FacultyDialog)
        self.email.setObjectName(u"email")
        self.email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.email)

        self.phoneLabel = QLabel(FacultyDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(FacultyDialog)
        self.phone.setObjectName(u"phone")
        self.phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.phone)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(FacultyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.national_codeLabel.setBuddy(self.national_code)
        self.first_nameLabel.setBuddy(self.first_name)
        self.last_nameLabel.setBuddy(self.last_name)
        self.rankLabel.setBuddy(self.rank)
        self.institution_idLabel.setBuddy(self.institution_id)
        self.field_keyLabel.setBuddy(self.field_key)
        self.statusLabel.setBuddy(self.status)
        self.hired_onLabel.setBuddy(self.hired_on)
        self.retired_onLabel.setBuddy(self.retired_on)
        self.emailLabel.setBuddy(self.email)
        self.phoneLabel.setBuddy(self.phone)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.national_code, self.first_name)
        QWidget.setTabOrder(self.first_name, self.last_name)
        QWidget.setTabOrder(self.last_name, self.rank)
        QWidget.setTabOrder(self.rank, self.institution_id)
        QWidget.setTabOrder(self.institution_id, self.field_key)
        QWidget.setTabOrder(self.field_key, self.status)
        QWidget.setTabOrder(self.status, self.hired_on)
        QWidget.setTabOrder(self.hired_on, self.retired_on)
        QWidget.setTabOrder(self.retired_on, self.email)
        QWidget.setTabOrder(self.email, self.phone)

        self.retranslateUi(FacultyDialog)
    # setupUi

    def retranslateUi(self, FacultyDialog):
        FacultyDialog.setWindowTitle(QCoreApplication.translate("FacultyDialog", u"\u0639\u0636\u0648 \u0647\u06cc\u0623\u062a \u0639\u0644\u0645\u06cc", None))
        self.national_codeLabel.setText(QCoreApplication.translate("FacultyDialog", u"\u06a9\u062f \u0645\u0644\u06cc", None))
        self.first_nameLabel.setText(QCoreApplication.translate("FacultyDialog", u"\u0646\u0627\u0645", None))
        self.last_nameLabel.setText(QCoreApplication.translate("FacultyDialog", u"\u0646\u0627\u0645 \u062e\u0627\u0646\u0648\u0627\u062f\u06af\u06cc", None))
        self.rankLabel.setText(QCoreApplication.translate("FacultyDialog", u"\u0645\u0631\u062a\u0628\u0647 \u0639\u0644\u0645\u06cc", None))
        self.institution_idLabel.setText(QCoreApplication.translate("FacultyDialog", u"\u0645\u0624\u0633\u0633\u0647", None))
        self.field_keyLabel.setText(QCoreApplication.translate("FacultyDialog", u"\u06af\u0631\u0648\u0647 / \u0631\u0634\u062a\u0647", None))
        self.statusLabel.setText(QCoreApplication.translate("FacultyDialog", u"\u0648\u0636\u0639\u06cc\u062a", None))
        self.hired_onLabel.setText(QCoreApplication.translate("FacultyDialog", u"\u062a\u0627\u0631\u06cc\u062e \u0627\u0633\u062a\u062e\u062f\u0627\u0645", None))
#if QT_CONFIG(tooltip)
        self.hired_on.setToolTip(QCoreApplication.translate("FacultyDialog", u"\u0627\u062e\u062a\u06cc\u0627\u0631\u06cc\u061b \u0645\u0627\u0646\u0646\u062f \u06f1\u06f3\u06f9\u06f0/\u06f0\u06f7/\u06f0\u06f1", None))
#endif // QT_CONFIG(tooltip)
        self.retired_onLabel.setText(QCoreApplication.translate("FacultyDialog", u"\u062a\u0627\u0631\u06cc\u062e \u0628\u0627\u0632\u0646\u0634\u0633\u062a\u06af\u06cc", None))
#if QT_CONFIG(tooltip)
        self.retired_on.setToolTip(QCoreApplication.translate("FacultyDialog", u"\u0627\u062e\u062a\u06cc\u0627\u0631\u06cc\u061b \u0628\u0631\u0627\u06cc \u0639\u0636\u0648 \u0628\u0627\u0632\u0646\u0634\u0633\u062a\u0647 (\u062a\u0628\u0635\u0631\u0647 \u06f8: \u0634\u0627\u063a\u0644 \u06cc\u0627 \u0628\u0627\u0632\u0646\u0634\u0633\u062a\u0647)", None))
#endif // QT_CONFIG(tooltip)
        self.emailLabel.setText(QCoreApplication.translate("FacultyDialog", u"\u0631\u0627\u06cc\u0627\u0646\u0627\u0645\u0647", None))
        self.phoneLabel.setText(QCoreApplication.translate("FacultyDialog", u"\u062a\u0644\u0641\u0646", None))
    # retranslateUi

