# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'centre_check_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_CentreCheckScreen(object):
    def setupUi(self, CentreCheckScreen):
        if not CentreCheckScreen.objectName():
            CentreCheckScreen.setObjectName(u"CentreCheckScreen")
        self.layout = QVBoxLayout(CentreCheckScreen)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(CentreCheckScreen)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.centreLabel = QLabel(CentreCheckScreen)
        self.centreLabel.setObjectName(u"centreLabel")

        self.top.addWidget(self.centreLabel)

        self.centre = QComboBox(CentreCheckScreen)
        self.centre.setObjectName(u"centre")
        self.centre.setMinimumSize(QSize(200, 0))

        self.top.addWidget(self.centre)

        self.periodLabel = QLabel(CentreCheckScreen)
        self.periodLabel.setObjectName(u"periodLabel")

        self.top.addWidget(self.periodLabel)

        self.period = JalaliDateEdit(CentreCheckScreen)
        self.period.setObjectName(u"period")

        self.top.addWidget(self.period)

        self.checkButton = QPushButton(CentreCheckScreen)
        self.checkButton.setObjectName(u"checkButton")

        self.top.addWidget(self.checkButton)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)


        self.layout.addLayout(self.top)

        self.verdict = QLabel(CentreCheckScreen)
        self.verdict.setObjectName(u"verdict")

        self.layout.addWidget(self.verdict)

        self.members = QTableView(CentreCheckScreen)
        self.members.setObjectName(u"members")
        self.members.setAlternatingRowColors(True)

        self.layout.addWidget(self.members)

        self.reasons = QLabel(CentreCheckScreen)
        self.reasons.setObjectName(u"reasons")
        self.reasons.setWordWrap(True)

        self.layout.addWidget(self.reasons)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.programButton = QPushButton(CentreCheckScreen)
        self.programButton.setObjectName(u"programButton")

        self.buttons.addWidget(self.programButton)

        self.applicationButton = QPushButton(CentreCheckScreen)
        self.applicationButton.setObjectName(u"applicationButton")

        self.buttons.addWidget(self.applicationButton)

        self.submitButton = QPushButton(CentreCheckScreen)
        self.submitButton.setObjectName(u"submitButton")

        self.buttons.addWidget(self.submitButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.centreLabel.setBuddy(self.centre)
        self.periodLabel.setBuddy(self.period)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CentreCheckScreen)
    # setupUi

    def retranslateUi(self, CentreCheckScreen):
        self.title.setText(QCoreApplication.translate("CentreCheckScreen", u"\u0628\u0631\u0631\u0633\u06cc \u0634\u0631\u0627\u06cc\u0637 \u062a\u0634\u06a9\u06cc\u0644 \u0642\u0637\u0628 (\u0645\u0627\u062f\u0647 \u06f5) \u0648 \u062f\u0631\u062e\u0648\u0627\u0633\u062a \u0642\u0637\u0628", None))
        self.centreLabel.setText(QCoreApplication.translate("CentreCheckScreen", u"\u0642\u0637\u0628:", None))
        self.periodLabel.setText(QCoreApplication.translate("CentreCheckScreen", u"\u0622\u063a\u0627\u0632 \u062f\u0648\u0631\u0647:", None))
        self.checkButton.setText(QCoreApplication.translate("CentreCheckScreen", u"\u0628\u0631\u0631\u0633\u06cc", None))
        self.programButton.setText(QCoreApplication.translate("CentreCheckScreen", u"\u0628\u0631\u0646\u0627\u0645\u0647 \u0642\u0637\u0628 (\u067e\u06cc\u0648\u0633\u062a \u06f3)\u2026", None))
        self.applicationButton.setText(QCoreApplication.translate("CentreCheckScreen", u"\u0686\u0627\u067e \u0641\u0631\u0645 \u062f\u0631\u062e\u0648\u0627\u0633\u062a\u2026", None))
        self.submitButton.setText(QCoreApplication.translate("CentreCheckScreen", u"\u0641\u0631\u0633\u062a\u0627\u062f\u0646 \u062f\u0631\u062e\u0648\u0627\u0633\u062a \u0628\u0631\u0627\u06cc \u0628\u0631\u0631\u0633\u06cc", None))
        pass
    # retranslateUi

