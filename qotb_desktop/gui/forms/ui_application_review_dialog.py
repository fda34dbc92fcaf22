# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'application_review_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_ApplicationReviewDialog(object):
    def setupUi(self, ApplicationReviewDialog):
        if not ApplicationReviewDialog.objectName():
            ApplicationReviewDialog.setObjectName(u"ApplicationReviewDialog")
        ApplicationReviewDialog.resize(620, 420)
        self.layout = QVBoxLayout(ApplicationReviewDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(ApplicationReviewDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.intro = QLabel(ApplicationReviewDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.held_onLabel = QLabel(ApplicationReviewDialog)
        self.held_onLabel.setObjectName(u"held_onLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_onLabel)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.held_on = JalaliDateEdit(ApplicationReviewDialog)
        self.held_on.setObjectName(u"held_on")

        self.dateRow.addWidget(self.held_on)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateRow)

        self.body_idLabel = QLabel(ApplicationReviewDialog)
        self.body_idLabel.setObjectName(u"body_idLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.body_idLabel)

        self.body_id = QComboBox(ApplicationReviewDialog)
        self.body_id.setObjectName(u"body_id")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.body_id)

        self.member_idsLabel = QLabel(ApplicationReviewDialog)
        self.member_idsLabel.setObjectName(u"member_idsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.member_idsLabel)

        self.member_ids = QListWidget(ApplicationReviewDialog)
        self.member_ids.setObjectName(u"member_ids")
        self.member_ids.setMinimumSize(QSize(0, 80))
        self.member_ids.setMaximumSize(QSize(16777215, 120))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.member_ids)

        self.noteLabel = QLabel(ApplicationReviewDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(ApplicationReviewDialog)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 90))
        self.note.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ApplicationReviewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.held_onLabel.setBuddy(self.held_on)
        self.body_idLabel.setBuddy(self.body_id)
        self.member_idsLabel.setBuddy(self.member_ids)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.held_on, self.body_id)
        QWidget.setTabOrder(self.body_id, self.member_ids)
        QWidget.setTabOrder(self.member_ids, self.note)

        self.retranslateUi(ApplicationReviewDialog)
    # setupUi

    def retranslateUi(self, ApplicationReviewDialog):
        ApplicationReviewDialog.setWindowTitle(QCoreApplication.translate("ApplicationReviewDialog", u"\u0628\u0631\u0631\u0633\u06cc \u0627\u0648\u0644\u06cc\u0647 \u06af\u0631\u0648\u0647 \u0639\u0644\u0645\u06cc", None))
        self.held_onLabel.setText(QCoreApplication.translate("ApplicationReviewDialog", u"\u062a\u0627\u0631\u06cc\u062e \u0628\u0631\u0631\u0633\u06cc", None))
        self.body_idLabel.setText(QCoreApplication.translate("ApplicationReviewDialog", u"\u06af\u0631\u0648\u0647 \u0639\u0644\u0645\u06cc", None))
        self.member_idsLabel.setText(QCoreApplication.translate("ApplicationReviewDialog", u"\u0627\u0639\u0636\u0627\u06cc \u062d\u0627\u0636\u0631", None))
        self.noteLabel.setText(QCoreApplication.translate("ApplicationReviewDialog", u"\u0646\u062a\u06cc\u062c\u0647 \u0628\u0631\u0631\u0633\u06cc", None))
        self.note.setPlaceholderText(QCoreApplication.translate("ApplicationReviewDialog", u"\u0622\u0646\u0686\u0647 \u06af\u0631\u0648\u0647 \u062f\u0631\u0628\u0627\u0631\u0647 \u062f\u0631\u062e\u0648\u0627\u0633\u062a \u0646\u062a\u06cc\u062c\u0647 \u06af\u0631\u0641\u062a", None))
    # retranslateUi

