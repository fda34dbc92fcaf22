# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scoring_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_ScoringScreen(object):
    def setupUi(self, ScoringScreen):
        if not ScoringScreen.objectName():
            ScoringScreen.setObjectName(u"ScoringScreen")
        self.layout = QVBoxLayout(ScoringScreen)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(ScoringScreen)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.memberLabel = QLabel(ScoringScreen)
        self.memberLabel.setObjectName(u"memberLabel")

        self.top.addWidget(self.memberLabel)

        self.member = QComboBox(ScoringScreen)
        self.member.setObjectName(u"member")
        self.member.setEditable(True)
        self.member.setMinimumSize(QSize(200, 0))

        self.top.addWidget(self.member)

        self.periodLabel = QLabel(ScoringScreen)
        self.periodLabel.setObjectName(u"periodLabel")

        self.top.addWidget(self.periodLabel)

        self.period = JalaliDateEdit(ScoringScreen)
        self.period.setObjectName(u"period")

        self.top.addWidget(self.period)

        self.whatIf = QCheckBox(ScoringScreen)
        self.whatIf.setObjectName(u"whatIf")

        self.top.addWidget(self.whatIf)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)


        self.layout.addLayout(self.top)

        self.banner = QLabel(ScoringScreen)
        self.banner.setObjectName(u"banner")
        self.banner.setVisible(False)
        self.banner.setWordWrap(True)

        self.layout.addWidget(self.banner)

        self.splitter = QSplitter(ScoringScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.left = QWidget(self.splitter)
        self.left.setObjectName(u"left")
        self.leftLayout = QVBoxLayout(self.left)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.activitiesTitle = QLabel(self.left)
        self.activitiesTitle.setObjectName(u"activitiesTitle")

        self.leftLayout.addWidget(self.activitiesTitle)

        self.activities = QTableView(self.left)
        self.activities.setObjectName(u"activities")
        self.activities.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activities.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activities.setAlternatingRowColors(True)

        self.leftLayout.addWidget(self.activities)

        self.excluded = QLabel(self.left)
        self.excluded.setObjectName(u"excluded")
        self.excluded.setVisible(False)
        self.excluded.setWordWrap(True)
        self.excluded.setTextFormat(Qt.TextFormat.RichText)

        self.leftLayout.addWidget(self.excluded)

        self.activityButtons = QHBoxLayout()
        self.activityButtons.setObjectName(u"activityButtons")
        self.addButton = QPushButton(self.left)
        self.addButton.setObjectName(u"addButton")

        self.activityButtons.addWidget(self.addButton)

        self.editButton = QPushButton(self.left)
        self.editButton.setObjectName(u"editButton")

        self.activityButtons.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.left)
        self.deleteButton.setObjectName(u"deleteButton")

        self.activityButtons.addWidget(self.deleteButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.activityButtons.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(self.left)
        self.saveButton.setObjectName(u"saveButton")

        self.activityButtons.addWidget(self.saveButton)


        self.leftLayout.addLayout(self.activityButtons)

        self.splitter.addWidget(self.left)
        self.right = QWidget(self.splitter)
        self.right.setObjectName(u"right")
        self.rightLayout = QVBoxLayout(self.right)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.rowsTitle = QLabel(self.right)
        self.rowsTitle.setObjectName(u"rowsTitle")

        self.rightLayout.addWidget(self.rowsTitle)

        self.rows = QTableView(self.right)
        self.rows.setObjectName(u"rows")
        self.rows.setAlternatingRowColors(True)

        self.rightLayout.addWidget(self.rows)

        self.verdictBox = QGroupBox(self.right)
        self.verdictBox.setObjectName(u"verdictBox")
        self.verdictLayout = QVBoxLayout(self.verdictBox)
        self.verdictLayout.setObjectName(u"verdictLayout")
        self.verdict = QLabel(self.verdictBox)
        self.verdict.setObjectName(u"verdict")

        self.verdictLayout.addWidget(self.verdict)

        self.figures = QLabel(self.verdictBox)
        self.figures.setObjectName(u"figures")
        self.figures.setWordWrap(True)

        self.verdictLayout.addWidget(self.figures)

        self.reasons = QLabel(self.verdictBox)
        self.reasons.setObjectName(u"reasons")
        self.reasons.setWordWrap(True)

        self.verdictLayout.addWidget(self.reasons)


        self.rightLayout.addWidget(self.verdictBox)

        self.splitter.addWidget(self.right)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.member)
        self.periodLabel.setBuddy(self.period)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScoringScreen)
    # setupUi

    def retranslateUi(self, ScoringScreen):
        self.title.setText(QCoreApplication.translate("ScoringScreen", u"\u0627\u0645\u062a\u06cc\u0627\u0632 \u0639\u0636\u0648 \u0647\u06cc\u0623\u062a \u0639\u0644\u0645\u06cc (\u067e\u06cc\u0648\u0633\u062a\u200c\u0647\u0627\u06cc \u06f1 \u0648 \u06f2)", None))
        self.memberLabel.setText(QCoreApplication.translate("ScoringScreen", u"\u0639\u0636\u0648:", None))
        self.periodLabel.setText(QCoreApplication.translate("ScoringScreen", u"\u0622\u063a\u0627\u0632 \u062f\u0648\u0631\u0647:", None))
        self.whatIf.setText(QCoreApplication.translate("ScoringScreen", u"\u062d\u0627\u0644\u062a \u00ab\u0627\u06af\u0631\u2026\u00bb (\u0686\u06cc\u0632\u06cc \u0630\u062e\u06cc\u0631\u0647 \u0646\u0645\u06cc\u200c\u0634\u0648\u062f)", None))
        self.activitiesTitle.setText(QCoreApplication.translate("ScoringScreen", u"\u0641\u0639\u0627\u0644\u06cc\u062a\u200c\u0647\u0627", None))
        self.addButton.setText(QCoreApplication.translate("ScoringScreen", u"\u0641\u0639\u0627\u0644\u06cc\u062a \u062a\u0627\u0632\u0647\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ScoringScreen", u"\u0648\u06cc\u0631\u0627\u06cc\u0634\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("ScoringScreen", u"\u062d\u0630\u0641", None))
        self.saveButton.setText(QCoreApplication.translate("ScoringScreen", u"\u062b\u0628\u062a \u0628\u0631\u06af\u0647 \u0627\u0645\u062a\u06cc\u0627\u0632", None))
        self.rowsTitle.setText(QCoreApplication.translate("ScoringScreen", u"\u0627\u0645\u062a\u06cc\u0627\u0632 \u0631\u062f\u06cc\u0641\u200c\u0647\u0627", None))
        self.verdictBox.setTitle(QCoreApplication.translate("ScoringScreen", u"\u0646\u062a\u06cc\u062c\u0647", None))
        pass
    # retranslateUi

