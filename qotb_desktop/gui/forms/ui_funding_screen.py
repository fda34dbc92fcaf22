# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'funding_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout,
    QWidget)

class Ui_FundingScreen(object):
    def setupUi(self, FundingScreen):
        if not FundingScreen.objectName():
            FundingScreen.setObjectName(u"FundingScreen")
        self.layout = QVBoxLayout(FundingScreen)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.title = QLabel(FundingScreen)
        self.title.setObjectName(u"title")

        self.top.addWidget(self.title)

        self.yearLabel = QLabel(FundingScreen)
        self.yearLabel.setObjectName(u"yearLabel")

        self.top.addWidget(self.yearLabel)

        self.year = QComboBox(FundingScreen)
        self.year.setObjectName(u"year")
        self.year.setMinimumSize(QSize(90, 0))

        self.top.addWidget(self.year)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)


        self.layout.addLayout(self.top)

        self.fundingSplitter = QSplitter(FundingScreen)
        self.fundingSplitter.setObjectName(u"fundingSplitter")
        self.fundingSplitter.setOrientation(Qt.Orientation.Vertical)
        self.budgetHolder = QWidget(self.fundingSplitter)
        self.budgetHolder.setObjectName(u"budgetHolder")
        self.budgetLayout = QVBoxLayout(self.budgetHolder)
        self.budgetLayout.setObjectName(u"budgetLayout")
        self.budgetLayout.setContentsMargins(0, 0, 0, 0)
        self.figures = QLabel(self.budgetHolder)
        self.figures.setObjectName(u"figures")
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.budgetLayout.addWidget(self.figures)

        self.fundingSplitter.addWidget(self.budgetHolder)
        self.sheetHolder = QWidget(self.fundingSplitter)
        self.sheetHolder.setObjectName(u"sheetHolder")
        self.sheetLayout = QVBoxLayout(self.sheetHolder)
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.sheetLayout.setContentsMargins(0, 0, 0, 0)
        self.state = QLabel(self.sheetHolder)
        self.state.setObjectName(u"state")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sheetLayout.addWidget(self.state)

        self.fundingSplitter.addWidget(self.sheetHolder)

        self.layout.addWidget(self.fundingSplitter)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.year)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FundingScreen)
    # setupUi

    def retranslateUi(self, FundingScreen):
        self.title.setText(QCoreApplication.translate("FundingScreen", u"\u0627\u0639\u062a\u0628\u0627\u0631 \u0642\u0637\u0628\u200c\u0647\u0627 (\u0645\u0627\u062f\u0647 \u06f1\u06f2)", None))
        self.yearLabel.setText(QCoreApplication.translate("FundingScreen", u"\u0633\u0627\u0644 \u0627\u0639\u062a\u0628\u0627\u0631:", None))
        pass
    # retranslateUi

