# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QSplitter, QVBoxLayout, QWidget)

class Ui_ReviewScreen(object):
    def setupUi(self, ReviewScreen):
        if not ReviewScreen.objectName():
            ReviewScreen.setObjectName(u"ReviewScreen")
        self.layout = QVBoxLayout(ReviewScreen)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.title = QLabel(ReviewScreen)
        self.title.setObjectName(u"title")

        self.top.addWidget(self.title)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)


        self.layout.addLayout(self.top)

        self.reviewSplitter = QSplitter(ReviewScreen)
        self.reviewSplitter.setObjectName(u"reviewSplitter")
        self.reviewSplitter.setOrientation(Qt.Orientation.Vertical)
        self.bodiesHolder = QWidget(self.reviewSplitter)
        self.bodiesHolder.setObjectName(u"bodiesHolder")
        self.bodiesLayout = QVBoxLayout(self.bodiesHolder)
        self.bodiesLayout.setObjectName(u"bodiesLayout")
        self.bodiesLayout.setContentsMargins(0, 0, 0, 0)
        self.reviewSplitter.addWidget(self.bodiesHolder)
        self.membersHolder = QWidget(self.reviewSplitter)
        self.membersHolder.setObjectName(u"membersHolder")
        self.membersLayout = QVBoxLayout(self.membersHolder)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersLayout.setContentsMargins(0, 0, 0, 0)
        self.reviewSplitter.addWidget(self.membersHolder)

        self.layout.addWidget(self.reviewSplitter)


        self.retranslateUi(ReviewScreen)
    # setupUi

    def retranslateUi(self, ReviewScreen):
        self.title.setText(QCoreApplication.translate("ReviewScreen", u"\u06af\u0631\u0648\u0647\u200c\u0647\u0627 \u0648 \u06a9\u0627\u0631\u06af\u0631\u0648\u0647\u200c\u0647\u0627 (\u062a\u0628\u0635\u0631\u0647\u200c\u0647\u0627\u06cc \u06f6 \u0648 \u06f7)", None))
        pass
    # retranslateUi

