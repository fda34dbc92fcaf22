# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_review_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QScrollArea, QSizePolicy, QVBoxLayout,
    QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_CallReviewDialog(object):
    def setupUi(self, CallReviewDialog):
        if not CallReviewDialog.objectName():
            CallReviewDialog.setObjectName(u"CallReviewDialog")
        CallReviewDialog.resize(860, 640)
        self.layout = QVBoxLayout(CallReviewDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(CallReviewDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.intro = QLabel(CallReviewDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.scroll = QScrollArea(CallReviewDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.fields = QWidget()
        self.fields.setObjectName(u"fields")
        self.form = QFormLayout(self.fields)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reviewed_onLabel = QLabel(self.fields)
        self.reviewed_onLabel.setObjectName(u"reviewed_onLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reviewed_onLabel)

        self.reviewed_on = JalaliDateEdit(self.fields)
        self.reviewed_on.setObjectName(u"reviewed_on")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reviewed_on)

        self.body_idLabel = QLabel(self.fields)
        self.body_idLabel.setObjectName(u"body_idLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.body_idLabel)

        self.body_id = QComboBox(self.fields)
        self.body_id.setObjectName(u"body_id")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.body_id)

        self.member_idsLabel = QLabel(self.fields)
        self.member_idsLabel.setObjectName(u"member_idsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.member_idsLabel)

        self.member_ids = QListWidget(self.fields)
        self.member_ids.setObjectName(u"member_ids")
        self.member_ids.setMinimumSize(QSize(0, 80))
        self.member_ids.setMaximumSize(QSize(16777215, 100))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.member_ids)

        self.criteriaBox = QGroupBox(self.fields)
        self.criteriaBox.setObjectName(u"criteriaBox")
        self.criteria = QGridLayout(self.criteriaBox)
        self.criteria.setObjectName(u"criteria")

        self.form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.criteriaBox)

        self.decisionLabel = QLabel(self.fields)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decision = QComboBox(self.fields)
        self.decision.setObjectName(u"decision")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.decision)

        self.noteLabel = QLabel(self.fields)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(self.fields)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 60))
        self.note.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note)

        self.scroll.setWidget(self.fields)

        self.layout.addWidget(self.scroll)

        self.buttons = QDialogButtonBox(CallReviewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reviewed_onLabel.setBuddy(self.reviewed_on)
        self.body_idLabel.setBuddy(self.body_id)
        self.member_idsLabel.setBuddy(self.member_ids)
        self.decisionLabel.setBuddy(self.decision)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reviewed_on, self.body_id)
        QWidget.setTabOrder(self.body_id, self.member_ids)
        QWidget.setTabOrder(self.member_ids, self.criteriaBox)
        QWidget.setTabOrder(self.criteriaBox, self.decision)
        QWidget.setTabOrder(self.decision, self.note)

        self.retranslateUi(CallReviewDialog)
    # setupUi

    def retranslateUi(self, CallReviewDialog):
        CallReviewDialog.setWindowTitle(QCoreApplication.translate("CallReviewDialog", u"\u0628\u0631\u0631\u0633\u06cc \u06a9\u0627\u0631\u06af\u0631\u0648\u0647", None))
        self.reviewed_onLabel.setText(QCoreApplication.translate("CallReviewDialog", u"\u062a\u0627\u0631\u06cc\u062e \u0628\u0631\u0631\u0633\u06cc", None))
        self.body_idLabel.setText(QCoreApplication.translate("CallReviewDialog", u"\u06a9\u0627\u0631\u06af\u0631\u0648\u0647", None))
        self.member_idsLabel.setText(QCoreApplication.translate("CallReviewDialog", u"\u0627\u0639\u0636\u0627\u06cc \u062d\u0627\u0636\u0631", None))
        self.criteriaBox.setTitle(QCoreApplication.translate("CallReviewDialog", u"\u0645\u0639\u06cc\u0627\u0631\u0647\u0627\u06cc \u0627\u0646\u062a\u062e\u0627\u0628 \u067e\u0631\u0648\u0698\u0647 (\u0628\u0646\u062f \u06f1\u06f2-\u06f4)", None))
        self.decisionLabel.setText(QCoreApplication.translate("CallReviewDialog", u"\u062a\u0635\u0645\u06cc\u0645 \u06a9\u0627\u0631\u06af\u0631\u0648\u0647", None))
        self.noteLabel.setText(QCoreApplication.translate("CallReviewDialog", u"\u06cc\u0627\u062f\u062f\u0627\u0634\u062a \u0628\u0631\u0631\u0633\u06cc", None))
    # retranslateUi

