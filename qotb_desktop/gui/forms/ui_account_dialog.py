# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.resize(520, 400)
        self.layout = QVBoxLayout(AccountDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(AccountDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.intro = QLabel(AccountDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.usernameLabel = QLabel(AccountDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(AccountDialog)
        self.username.setObjectName(u"username")
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.full_nameLabel = QLabel(AccountDialog)
        self.full_nameLabel.setObjectName(u"full_nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.full_nameLabel)

        self.full_name = QLineEdit(AccountDialog)
        self.full_name.setObjectName(u"full_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.rolesLabel = QLabel(AccountDialog)
        self.rolesLabel.setObjectName(u"rolesLabel")
        self.rolesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rolesLabel)

        self.roles = QListWidget(AccountDialog)
        self.roles.setObjectName(u"roles")
        self.roles.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.roles.setMinimumSize(QSize(0, 100))
        self.roles.setMaximumSize(QSize(16777215, 100))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roles)

        self.passwordLabel = QLabel(AccountDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(AccountDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password)

        self.repeatLabel = QLabel(AccountDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(AccountDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeat)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(AccountDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.full_nameLabel.setBuddy(self.full_name)
        self.rolesLabel.setBuddy(self.roles)
        self.passwordLabel.setBuddy(self.password)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.full_name)
        QWidget.setTabOrder(self.full_name, self.roles)
        QWidget.setTabOrder(self.roles, self.password)
        QWidget.setTabOrder(self.password, self.repeat)

        self.retranslateUi(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"\u06a9\u0627\u0631\u0628\u0631", None))
        self.usernameLabel.setText(QCoreApplication.translate("AccountDialog", u"\u0646\u0627\u0645 \u06a9\u0627\u0631\u0628\u0631\u06cc (\u0644\u0627\u062a\u06cc\u0646)", None))
        self.username.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"m.ahmadi", None))
        self.full_nameLabel.setText(QCoreApplication.translate("AccountDialog", u"\u0646\u0627\u0645 \u0648 \u0646\u0627\u0645 \u062e\u0627\u0646\u0648\u0627\u062f\u06af\u06cc", None))
        self.rolesLabel.setText(QCoreApplication.translate("AccountDialog", u"\u0646\u0642\u0634\u200c\u0647\u0627", None))
#if QT_CONFIG(tooltip)
        self.roles.setToolTip(QCoreApplication.translate("AccountDialog", u"\u06cc\u06a9 \u0646\u0642\u0634 \u06cc\u0627 \u0686\u0646\u062f \u0646\u0642\u0634 \u0631\u0627 \u062a\u06cc\u06a9 \u0628\u0632\u0646\u06cc\u062f", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.roles.setAccessibleName(QCoreApplication.translate("AccountDialog", u"\u0646\u0642\u0634\u200c\u0647\u0627", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("AccountDialog", u"\u06af\u0630\u0631\u0648\u0627\u0698\u0647", None))
        self.repeatLabel.setText(QCoreApplication.translate("AccountDialog", u"\u062a\u06a9\u0631\u0627\u0631 \u06af\u0630\u0631\u0648\u0627\u0698\u0647", None))
    # retranslateUi

