# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_dialog.ui'
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
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        ReportDialog.resize(1040, 720)
        self.layout = QVBoxLayout(ReportDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(ReportDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.notice = QLabel(ReportDialog)
        self.notice.setObjectName(u"notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)

        self.layout.addWidget(self.notice)

        self.dates = QHBoxLayout()
        self.dates.setObjectName(u"dates")
        self.received_onLabel = QLabel(ReportDialog)
        self.received_onLabel.setObjectName(u"received_onLabel")

        self.dates.addWidget(self.received_onLabel)

        self.received_on = JalaliDateEdit(ReportDialog)
        self.received_on.setObjectName(u"received_on")

        self.dates.addWidget(self.received_on)

        self.datesGap = QSpacerItem(24, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.dates.addItem(self.datesGap)

        self.site_visit_onLabel = QLabel(ReportDialog)
        self.site_visit_onLabel.setObjectName(u"site_visit_onLabel")

        self.dates.addWidget(self.site_visit_onLabel)

        self.site_visit_on = JalaliDateEdit(ReportDialog)
        self.site_visit_on.setObjectName(u"site_visit_on")

        self.dates.addWidget(self.site_visit_on)

        self.datesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dates.addItem(self.datesSpacer)


        self.layout.addLayout(self.dates)

        self.areasBox = QGroupBox(ReportDialog)
        self.areasBox.setObjectName(u"areasBox")
        self.areas = QGridLayout(self.areasBox)
        self.areas.setObjectName(u"areas")

        self.layout.addWidget(self.areasBox)

        self.numbersBox = QGroupBox(ReportDialog)
        self.numbersBox.setObjectName(u"numbersBox")
        self.numbers = QVBoxLayout(self.numbersBox)
        self.numbers.setObjectName(u"numbers")
        self.countsRow = QHBoxLayout()
        self.countsRow.setObjectName(u"countsRow")
        self.papersLabel = QLabel(self.numbersBox)
        self.papersLabel.setObjectName(u"papersLabel")

        self.countsRow.addWidget(self.papersLabel)

        self.papers = QLineEdit(self.numbersBox)
        self.papers.setObjectName(u"papers")
        self.papers.setMinimumSize(QSize(64, 0))
        self.papers.setMaximumSize(QSize(80, 16777215))
        self.papers.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.countsRow.addWidget(self.papers)

        self.countGap0 = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.countsRow.addItem(self.countGap0)

        self.projectsLabel = QLabel(self.numbersBox)
        self.projectsLabel.setObjectName(u"projectsLabel")

        self.countsRow.addWidget(self.projectsLabel)

        self.projects = QLineEdit(self.numbersBox)
        self.projects.setObjectName(u"projects")
        self.projects.setMinimumSize(QSize(64, 0))
        self.projects.setMaximumSize(QSize(80, 16777215))
        self.projects.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.countsRow.addWidget(self.projects)

        self.countGap1 = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.countsRow.addItem(self.countGap1)

        self.thesesLabel = QLabel(self.numbersBox)
        self.thesesLabel.setObjectName(u"thesesLabel")

        self.countsRow.addWidget(self.thesesLabel)

        self.theses = QLineEdit(self.numbersBox)
        self.theses.setObjectName(u"theses")
        self.theses.setMinimumSize(QSize(64, 0))
        self.theses.setMaximumSize(QSize(80, 16777215))
        self.theses.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.countsRow.addWidget(self.theses)

        self.countGap2 = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.countsRow.addItem(self.countGap2)

        self.postdocsLabel = QLabel(self.numbersBox)
        self.postdocsLabel.setObjectName(u"postdocsLabel")

        self.countsRow.addWidget(self.postdocsLabel)

        self.postdocs = QLineEdit(self.numbersBox)
        self.postdocs.setObjectName(u"postdocs")
        self.postdocs.setMinimumSize(QSize(64, 0))
        self.postdocs.setMaximumSize(QSize(80, 16777215))
        self.postdocs.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.countsRow.addWidget(self.postdocs)

        self.countGap3 = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.countsRow.addItem(self.countGap3)

        self.agreementsLabel = QLabel(self.numbersBox)
        self.agreementsLabel.setObjectName(u"agreementsLabel")

        self.countsRow.addWidget(self.agreementsLabel)

        self.agreements = QLineEdit(self.numbersBox)
        self.agreements.setObjectName(u"agreements")
        self.agreements.setMinimumSize(QSize(64, 0))
        self.agreements.setMaximumSize(QSize(80, 16777215))
        self.agreements.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.countsRow.addWidget(self.agreements)

        self.countsEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countsRow.addItem(self.countsEnd)


        self.numbers.addLayout(self.countsRow)

        self.budgetsRow = QHBoxLayout()
        self.budgetsRow.setObjectName(u"budgetsRow")
        self.budget_receivedLabel = QLabel(self.numbersBox)
        self.budget_receivedLabel.setObjectName(u"budget_receivedLabel")

        self.budgetsRow.addWidget(self.budget_receivedLabel)

        self.budget_received = QLineEdit(self.numbersBox)
        self.budget_received.setObjectName(u"budget_received")
        self.budget_received.setMinimumSize(QSize(110, 0))
        self.budget_received.setMaximumSize(QSize(130, 16777215))
        self.budget_received.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.budgetsRow.addWidget(self.budget_received)

        self.budgetGap0 = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.budgetsRow.addItem(self.budgetGap0)

        self.budget_spentLabel = QLabel(self.numbersBox)
        self.budget_spentLabel.setObjectName(u"budget_spentLabel")

        self.budgetsRow.addWidget(self.budget_spentLabel)

        self.budget_spent = QLineEdit(self.numbersBox)
        self.budget_spent.setObjectName(u"budget_spent")
        self.budget_spent.setMinimumSize(QSize(110, 0))
        self.budget_spent.setMaximumSize(QSize(130, 16777215))
        self.budget_spent.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.budgetsRow.addWidget(self.budget_spent)

        self.budgetsEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.budgetsRow.addItem(self.budgetsEnd)


        self.numbers.addLayout(self.budgetsRow)


        self.layout.addWidget(self.numbersBox)

        self.notesLabel = QLabel(ReportDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.layout.addWidget(self.notesLabel)

        self.notes = QPlainTextEdit(ReportDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 56))
        self.notes.setTabChangesFocus(True)

        self.layout.addWidget(self.notes)

        self.buttons = QDialogButtonBox(ReportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.received_onLabel.setBuddy(self.received_on)
        self.site_visit_onLabel.setBuddy(self.site_visit_on)
        self.papersLabel.setBuddy(self.papers)
        self.projectsLabel.setBuddy(self.projects)
        self.thesesLabel.setBuddy(self.theses)
        self.postdocsLabel.setBuddy(self.postdocs)
        self.agreementsLabel.setBuddy(self.agreements)
        self.budget_receivedLabel.setBuddy(self.budget_received)
        self.budget_spentLabel.setBuddy(self.budget_spent)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.received_on, self.site_visit_on)
        QWidget.setTabOrder(self.site_visit_on, self.papers)
        QWidget.setTabOrder(self.papers, self.projects)
        QWidget.setTabOrder(self.projects, self.theses)
        QWidget.setTabOrder(self.theses, self.postdocs)
        QWidget.setTabOrder(self.postdocs, self.agreements)
        QWidget.setTabOrder(self.agreements, self.budget_received)
        QWidget.setTabOrder(self.budget_received, self.budget_spent)
        QWidget.setTabOrder(self.budget_spent, self.notes)

        self.retranslateUi(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"\u06af\u0632\u0627\u0631\u0634 \u0633\u0627\u0644\u0627\u0646\u0647 \u0642\u0637\u0628", None))
        self.received_onLabel.setText(QCoreApplication.translate("ReportDialog", u"\u062a\u0627\u0631\u06cc\u062e \u062f\u0631\u06cc\u0627\u0641\u062a \u06af\u0632\u0627\u0631\u0634", None))
        self.site_visit_onLabel.setText(QCoreApplication.translate("ReportDialog", u"\u062a\u0627\u0631\u06cc\u062e \u0628\u0627\u0632\u062f\u06cc\u062f (\u062f\u0631 \u0635\u0648\u0631\u062a \u0627\u0646\u062c\u0627\u0645)", None))
        self.areasBox.setTitle(QCoreApplication.translate("ReportDialog", u"\u0622\u0646\u0686\u0647 \u0642\u0637\u0628 \u062f\u0631 \u0647\u0631 \u0642\u0644\u0645\u0631\u0648 \u0641\u0639\u0627\u0644\u06cc\u062a \u0627\u0646\u062c\u0627\u0645 \u062f\u0627\u062f (\u0645\u0627\u062f\u0647 \u06f7)", None))
        self.numbersBox.setTitle(QCoreApplication.translate("ReportDialog", u"\u0622\u0645\u0627\u0631 \u0633\u0627\u0644 \u0648 \u0627\u0639\u062a\u0628\u0627\u0631", None))
        self.papersLabel.setText(QCoreApplication.translate("ReportDialog", u"\u0645\u0642\u0627\u0644\u0647", None))
        self.papers.setPlaceholderText(QCoreApplication.translate("ReportDialog", u"\u06f0", None))
        self.projectsLabel.setText(QCoreApplication.translate("ReportDialog", u"\u0637\u0631\u062d \u067e\u0698\u0648\u0647\u0634\u06cc", None))
        self.projects.setPlaceholderText(QCoreApplication.translate("ReportDialog", u"\u06f0", None))
        self.thesesLabel.setText(QCoreApplication.translate("ReportDialog", u"\u067e\u0627\u06cc\u0627\u0646\u200c\u0646\u0627\u0645\u0647 \u0648 \u0631\u0633\u0627\u0644\u0647", None))
        self.theses.setPlaceholderText(QCoreApplication.translate("ReportDialog", u"\u06f0", None))
        self.postdocsLabel.setText(QCoreApplication.translate("ReportDialog", u"\u067e\u0633\u0627\u062f\u06a9\u062a\u0631\u06cc", None))
        self.postdocs.setPlaceholderText(QCoreApplication.translate("ReportDialog", u"\u06f0", None))
        self.agreementsLabel.setText(QCoreApplication.translate("ReportDialog", u"\u062a\u0641\u0627\u0647\u0645\u200c\u0646\u0627\u0645\u0647 \u0648 \u0642\u0631\u0627\u0631\u062f\u0627\u062f", None))
        self.agreements.setPlaceholderText(QCoreApplication.translate("ReportDialog", u"\u06f0", None))
        self.budget_receivedLabel.setText(QCoreApplication.translate("ReportDialog", u"\u0627\u0639\u062a\u0628\u0627\u0631 \u062f\u0631\u06cc\u0627\u0641\u062a\u06cc (\u0645\u06cc\u0644\u06cc\u0648\u0646 \u0631\u06cc\u0627\u0644)", None))
        self.budget_received.setPlaceholderText(QCoreApplication.translate("ReportDialog", u"\u06f0", None))
        self.budget_spentLabel.setText(QCoreApplication.translate("ReportDialog", u"\u0627\u0639\u062a\u0628\u0627\u0631 \u0647\u0632\u06cc\u0646\u0647\u200c\u0634\u062f\u0647 (\u0645\u06cc\u0644\u06cc\u0648\u0646 \u0631\u06cc\u0627\u0644)", None))
        self.budget_spent.setPlaceholderText(QCoreApplication.translate("ReportDialog", u"\u06f0", None))
        self.notesLabel.setText(QCoreApplication.translate("ReportDialog", u"\u062a\u0648\u0636\u06cc\u062d\u0627\u062a", None))
    # retranslateUi

