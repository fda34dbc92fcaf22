# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
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

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(520, 200)
        self.layout = QVBoxLayout(MeetingDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(MeetingDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.held_onLabel = QLabel(MeetingDialog)
        self.held_onLabel.setObjectName(u"held_onLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_onLabel)

        self.held_on = JalaliDateEdit(MeetingDialog)
        self.held_on.setObjectName(u"held_on")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.held_on)

        self.starts_atLabel = QLabel(MeetingDialog)
        self.starts_atLabel.setObjectName(u"starts_atLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.starts_atLabel)

        self.starts_at = QLineEdit(MeetingDialog)
        self.starts_at.setObjectName(u"starts_at")
        self.starts_at.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.starts_at)

        self.placeLabel = QLabel(MeetingDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(MeetingDialog)
        self.place.setObjectName(u"place")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place)

        self.chaired_byLabel = QLabel(MeetingDialog)
        self.chaired_byLabel.setObjectName(u"chaired_byLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.chaired_byLabel)

        self.chaired_by = QComboBox(MeetingDialog)
        self.chaired_by.setObjectName(u"chaired_by")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.chaired_by)

        self.delegationLabel = QLabel(MeetingDialog)
        self.delegationLabel.setObjectName(u"delegationLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.delegationLabel)

        self.delegation = QLineEdit(MeetingDialog)
        self.delegation.setObjectName(u"delegation")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.delegation)

        self.secretaryLabel = QLabel(MeetingDialog)
        self.secretaryLabel.setObjectName(u"secretaryLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.secretaryLabel)

        self.secretary = QLineEdit(MeetingDialog)
        self.secretary.setObjectName(u"secretary")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.secretary)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(MeetingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.held_onLabel.setBuddy(self.held_on)
        self.starts_atLabel.setBuddy(self.starts_at)
        self.placeLabel.setBuddy(self.place)
        self.chaired_byLabel.setBuddy(self.chaired_by)
        self.delegationLabel.setBuddy(self.delegation)
        self.secretaryLabel.setBuddy(self.secretary)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.held_on, self.starts_at)
        QWidget.setTabOrder(self.starts_at, self.place)
        QWidget.setTabOrder(self.place, self.chaired_by)
        QWidget.setTabOrder(self.chaired_by, self.delegation)
        QWidget.setTabOrder(self.delegation, self.secretary)

        self.retranslateUi(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"\u062c\u0644\u0633\u0647 \u062a\u0627\u0632\u0647 \u0634\u0648\u0631\u0627", None))
        self.held_onLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u062a\u0627\u0631\u06cc\u062e \u062c\u0644\u0633\u0647", None))
        self.starts_atLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u0633\u0627\u0639\u062a \u0622\u063a\u0627\u0632", None))
        self.placeLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u0645\u06a9\u0627\u0646", None))
        self.chaired_byLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u0631\u0626\u06cc\u0633 \u062c\u0644\u0633\u0647", None))
        self.delegationLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u062a\u0641\u0648\u06cc\u0636 (\u062a\u0628\u0635\u0631\u0647 \u06f5)", None))
        self.secretaryLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u062f\u0628\u06cc\u0631", None))
    # retranslateUi

