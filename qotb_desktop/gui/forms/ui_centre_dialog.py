# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'centre_dialog.ui'
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
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_CentreDialog(object):
    def setupUi(self, CentreDialog):
        if not CentreDialog.objectName():
            CentreDialog.setObjectName(u"CentreDialog")
        CentreDialog.resize(600, 200)
        self.layout = QVBoxLayout(CentreDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(CentreDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(CentreDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(CentreDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.field_keyLabel = QLabel(CentreDialog)
        self.field_keyLabel.setObjectName(u"field_keyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.field_keyLabel)

        self.field_key = QComboBox(CentreDialog)
        self.field_key.setObjectName(u"field_key")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.field_key)

        self.host_institution_idLabel = QLabel(CentreDialog)
        self.host_institution_idLabel.setObjectName(u"host_institution_idLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.host_institution_idLabel)

        self.host_institution_id = QComboBox(CentreDialog)
        self.host_institution_id.setObjectName(u"host_institution_id")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.host_institution_id)

        self.partner_institution_idsLabel = QLabel(CentreDialog)
        self.partner_institution_idsLabel.setObjectName(u"partner_institution_idsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.partner_institution_idsLabel)

        self.partner_institution_ids = QListWidget(CentreDialog)
        self.partner_institution_ids.setObjectName(u"partner_institution_ids")
        self.partner_institution_ids.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.partner_institution_ids)

        self.period_startLabel = QLabel(CentreDialog)
        self.period_startLabel.setObjectName(u"period_startLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.period_startLabel)

        self.period_start = JalaliDateEdit(CentreDialog)
        self.period_start.setObjectName(u"period_start")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.period_start)

        self.period_endLabel = QLabel(CentreDialog)
        self.period_endLabel.setObjectName(u"period_endLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.period_endLabel)

        self.period_end = JalaliDateEdit(CentreDialog)
        self.period_end.setObjectName(u"period_end")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.period_end)

        self.statusLabel = QLabel(CentreDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(CentreDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.status)

        self.decree_numberLabel = QLabel(CentreDialog)
        self.decree_numberLabel.setObjectName(u"decree_numberLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.decree_numberLabel)

        self.decree_number = QLineEdit(CentreDialog)
        self.decree_number.setObjectName(u"decree_number")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.decree_number)

        self.decree_dateLabel = QLabel(CentreDialog)
        self.decree_dateLabel.setObjectName(u"decree_dateLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.decree_dateLabel)

        self.decree_date = JalaliDateEdit(CentreDialog)
        self.decree_date.setObjectName(u"decree_date")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.decree_date)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CentreDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.field_keyLabel.setBuddy(self.field_key)
        self.host_institution_idLabel.setBuddy(self.host_institution_id)
        self.partner_institution_idsLabel.setBuddy(self.partner_institution_ids)
        self.period_startLabel.setBuddy(self.period_start)
        self.period_endLabel.setBuddy(self.period_end)
        self.statusLabel.setBuddy(self.status)
        self.decree_numberLabel.setBuddy(self.decree_number)
        self.decree_dateLabel.setBuddy(self.decree_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.field_key)
        QWidget.setTabOrder(self.field_key, self.host_institution_id)
        QWidget.setTabOrder(self.host_institution_id, self.partner_institution_ids)
        QWidget.setTabOrder(self.partner_institution_ids, self.period_start)
        QWidget.setTabOrder(self.period_start, self.period_end)
        QWidget.setTabOrder(self.period_end, self.status)
        QWidget.setTabOrder(self.status, self.decree_number)
        QWidget.setTabOrder(self.decree_number, self.decree_date)

        self.retranslateUi(CentreDialog)
    # setupUi

    def retranslateUi(self, CentreDialog):
        CentreDialog.setWindowTitle(QCoreApplication.translate("CentreDialog", u"\u0642\u0637\u0628 \u0639\u0644\u0645\u06cc", None))
        self.titleLabel.setText(QCoreApplication.translate("CentreDialog", u"\u0639\u0646\u0648\u0627\u0646 \u0642\u0637\u0628", None))
        self.field_keyLabel.setText(QCoreApplication.translate("CentreDialog", u"\u06af\u0631\u0648\u0647 / \u0631\u0634\u062a\u0647", None))
        self.host_institution_idLabel.setText(QCoreApplication.translate("CentreDialog", u"\u0645\u0624\u0633\u0633\u0647 \u0645\u062a\u0642\u0627\u0636\u06cc (\u0645\u06cc\u0632\u0628\u0627\u0646)", None))
        self.partner_institution_idsLabel.setText(QCoreApplication.translate("CentreDialog", u"\u0645\u0624\u0633\u0633\u0647\u200c\u0647\u0627\u06cc \u0647\u0645\u06a9\u0627\u0631", None))
        self.period_startLabel.setText(QCoreApplication.translate("CentreDialog", u"\u0622\u063a\u0627\u0632 \u062f\u0648\u0631\u0647", None))
        self.period_endLabel.setText(QCoreApplication.translate("CentreDialog", u"\u067e\u0627\u06cc\u0627\u0646 \u062f\u0648\u0631\u0647", None))
        self.statusLabel.setText(QCoreApplication.translate("CentreDialog", u"\u0648\u0636\u0639\u06cc\u062a \u0642\u0637\u0628", None))
        self.decree_numberLabel.setText(QCoreApplication.translate("CentreDialog", u"\u0634\u0645\u0627\u0631\u0647 \u062d\u06a9\u0645", None))
        self.decree_dateLabel.setText(QCoreApplication.translate("CentreDialog", u"\u062a\u0627\u0631\u06cc\u062e \u062d\u06a9\u0645", None))
    # retranslateUi

