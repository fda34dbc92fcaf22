# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ReportsScreen(object):
    def setupUi(self, ReportsScreen):
        if not ReportsScreen.objectName():
            ReportsScreen.setObjectName(u"ReportsScreen")
        self.layout = QVBoxLayout(ReportsScreen)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(ReportsScreen)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.hint = QLabel(ReportsScreen)
        self.hint.setObjectName(u"hint")

        self.layout.addWidget(self.hint)

        self.papers = QListWidget(ReportsScreen)
        self.papers.setObjectName(u"papers")
        self.papers.setAlternatingRowColors(True)

        self.layout.addWidget(self.papers)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.previewButton = QPushButton(ReportsScreen)
        self.previewButton.setObjectName(u"previewButton")

        self.buttons.addWidget(self.previewButton)

        self.printButton = QPushButton(ReportsScreen)
        self.printButton.setObjectName(u"printButton")

        self.buttons.addWidget(self.printButton)

        self.saveButton = QPushButton(ReportsScreen)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(ReportsScreen)
    # setupUi

    def retranslateUi(self, ReportsScreen):
        self.title.setText(QCoreApplication.translate("ReportsScreen", u"\u06af\u0632\u0627\u0631\u0634\u200c\u0647\u0627 \u0648 \u0641\u0631\u0645\u200c\u0647\u0627\u06cc \u0686\u0627\u067e\u06cc", None))
        self.hint.setText(QCoreApplication.translate("ReportsScreen", u"\u0641\u0631\u0645\u06cc \u0631\u0627 \u0628\u0631\u06af\u0632\u06cc\u0646\u06cc\u062f\u061b \u067e\u06cc\u0634 \u0627\u0632 \u0686\u0627\u067e\u060c \u067e\u06cc\u0634\u200c\u0646\u0645\u0627\u06cc\u0634 \u0622\u0646 \u0631\u0627 \u0628\u0628\u06cc\u0646\u06cc\u062f.", None))
        self.previewButton.setText(QCoreApplication.translate("ReportsScreen", u"\u067e\u06cc\u0634\u200c\u0646\u0645\u0627\u06cc\u0634", None))
        self.printButton.setText(QCoreApplication.translate("ReportsScreen", u"\u0686\u0627\u067e\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("ReportsScreen", u"\u0630\u062e\u06cc\u0631\u0647 PDF\u2026", None))
        pass
    # retranslateUi

