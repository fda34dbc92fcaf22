# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_EvaluationDialog(object):
    def setupUi(self, EvaluationDialog):
        if not EvaluationDialog.objectName():
            EvaluationDialog.setObjectName(u"EvaluationDialog")
        EvaluationDialog.resize(860, 640)
        self.layout = QVBoxLayout(EvaluationDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(EvaluationDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.notice = QLabel(EvaluationDialog)
        self.notice.setObjectName(u"notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)

        self.layout.addWidget(self.notice)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindLabel = QLabel(EvaluationDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindRow.addWidget(self.kindLabel)

        self.kind = QComboBox(EvaluationDialog)
        self.kind.setObjectName(u"kind")

        self.kindRow.addWidget(self.kind)

        self.kindSpacer = QSpacerItem(24, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)

        self.scheme = QLabel(EvaluationDialog)
        self.scheme.setObjectName(u"scheme")

        self.kindRow.addWidget(self.scheme)

        self.kindEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindEnd)


        self.layout.addLayout(self.kindRow)

        self.criteriaBox = QGroupBox(EvaluationDialog)
        self.criteriaBox.setObjectName(u"criteriaBox")
        self.criteria = QGridLayout(self.criteriaBox)
        self.criteria.setObjectName(u"criteria")
        self.criterionHeader = QLabel(self.criteriaBox)
        self.criterionHeader.setObjectName(u"criterionHeader")

        self.criteria.addWidget(self.criterionHeader, 0, 0, 1, 1)

        self.weightHeader = QLabel(self.criteriaBox)
        self.weightHeader.setObjectName(u"weightHeader")
        self.weightHeader.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.criteria.addWidget(self.weightHeader, 0, 1, 1, 1)

        self.scoreHeader = QLabel(self.criteriaBox)
        self.scoreHeader.setObjectName(u"scoreHeader")
        self.scoreHeader.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.criteria.addWidget(self.scoreHeader, 0, 2, 1, 1)

        self.weighedHeader = QLabel(self.criteriaBox)
        self.weighedHeader.setObjectName(u"weighedHeader")
        self.weighedHeader.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.criteria.addWidget(self.weighedHeader, 0, 3, 1, 1)


        self.layout.addWidget(self.criteriaBox)

        self.total = QLabel(EvaluationDialog)
        self.total.setObjectName(u"total")
        self.total.setWordWrap(True)

        self.layout.addWidget(self.total)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.evaluated_onLabel = QLabel(EvaluationDialog)
        self.evaluated_onLabel.setObjectName(u"evaluated_onLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.evaluated_onLabel)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.evaluated_on = JalaliDateEdit(EvaluationDialog)
        self.evaluated_on.setObjectName(u"evaluated_on")

        self.dateRow.addWidget(self.evaluated_on)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateRow)

        self.body_idLabel = QLabel(EvaluationDialog)
        self.body_idLabel.setObjectName(u"body_idLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.body_idLabel)

        self.body_id = QComboBox(EvaluationDialog)
        self.body_id.setObjectName(u"body_id")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.body_id)

        self.member_idsLabel = QLabel(EvaluationDialog)
        self.member_idsLabel.setObjectName(u"member_idsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.member_idsLabel)

        self.member_ids = QListWidget(EvaluationDialog)
        self.member_ids.setObjectName(u"member_ids")
        self.member_ids.setMinimumSize(QSize(0, 60))
        self.member_ids.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.member_ids)

        self.evaluatorsLabel = QLabel(EvaluationDialog)
        self.evaluatorsLabel.setObjectName(u"evaluatorsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.evaluatorsLabel)

        self.evaluatorsColumn = QVBoxLayout()
        self.evaluatorsColumn.setSpacing(2)
        self.evaluatorsColumn.setObjectName(u"evaluatorsColumn")
        self.evaluators = QLineEdit(EvaluationDialog)
        self.evaluators.setObjectName(u"evaluators")

        self.evaluatorsColumn.addWidget(self.evaluators)

        self.evaluatorsNote = QLabel(EvaluationDialog)
        self.evaluatorsNote.setObjectName(u"evaluatorsNote")
        self.evaluatorsNote.setWordWrap(True)

        self.evaluatorsColumn.addWidget(self.evaluatorsNote)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.evaluatorsColumn)

        self.remarksLabel = QLabel(EvaluationDialog)
        self.remarksLabel.setObjectName(u"remarksLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.remarksLabel)

        self.remarks = QPlainTextEdit(EvaluationDialog)
        self.remarks.setObjectName(u"remarks")
        self.remarks.setMaximumSize(QSize(16777215, 72))
        self.remarks.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.remarks)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(EvaluationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.evaluated_onLabel.setBuddy(self.evaluated_on)
        self.body_idLabel.setBuddy(self.body_id)
        self.member_idsLabel.setBuddy(self.member_ids)
        self.evaluatorsLabel.setBuddy(self.evaluators)
        self.remarksLabel.setBuddy(self.remarks)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.evaluated_on)
        QWidget.setTabOrder(self.evaluated_on, self.body_id)
        QWidget.setTabOrder(self.body_id, self.member_ids)
        QWidget.setTabOrder(self.member_ids, self.evaluators)
        QWidget.setTabOrder(self.evaluators, self.remarks)

        self.retranslateUi(EvaluationDialog)
    # setupUi

    def retranslateUi(self, EvaluationDialog):
        EvaluationDialog.setWindowTitle(QCoreApplication.translate("EvaluationDialog", u"\u0627\u0631\u0632\u06cc\u0627\u0628\u06cc \u0633\u0627\u0644\u0627\u0646\u0647 \u0642\u0637\u0628", None))
        self.kindLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u0646\u0648\u0639 \u0627\u0631\u0632\u06cc\u0627\u0628\u06cc", None))
        self.criteriaBox.setTitle(QCoreApplication.translate("EvaluationDialog", u"\u0627\u0645\u062a\u06cc\u0627\u0632 \u0645\u0639\u06cc\u0627\u0631\u0647\u0627", None))
        self.criterionHeader.setText(QCoreApplication.translate("EvaluationDialog", u"<b>\u0645\u0639\u06cc\u0627\u0631</b>", None))
        self.weightHeader.setText(QCoreApplication.translate("EvaluationDialog", u"<b>\u0648\u0632\u0646</b>", None))
        self.scoreHeader.setText(QCoreApplication.translate("EvaluationDialog", u"<b>\u0627\u0645\u062a\u06cc\u0627\u0632</b>", None))
        self.weighedHeader.setText(QCoreApplication.translate("EvaluationDialog", u"<b>\u0627\u0645\u062a\u06cc\u0627\u0632 \u0648\u0632\u0646\u06cc</b>", None))
        self.evaluated_onLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u062a\u0627\u0631\u06cc\u062e \u0627\u0631\u0632\u06cc\u0627\u0628\u06cc", None))
        self.body_idLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u06a9\u0627\u0631\u06af\u0631\u0648\u0647 \u062a\u062e\u0635\u0635\u06cc", None))
        self.member_idsLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u0627\u0639\u0636\u0627\u06cc \u0627\u0631\u0632\u06cc\u0627\u0628", None))
        self.evaluatorsLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u0627\u0631\u0632\u06cc\u0627\u0628\u0627\u0646", None))
        self.evaluators.setPlaceholderText(QCoreApplication.translate("EvaluationDialog", u"\u0646\u0627\u0645 \u0627\u0631\u0632\u06cc\u0627\u0628\u0627\u0646 \u06cc\u0627 \u06a9\u0627\u0631\u06af\u0631\u0648\u0647", None))
        self.remarksLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u0645\u0644\u0627\u062d\u0638\u0627\u062a", None))
    # retranslateUi

