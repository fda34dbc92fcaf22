# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_screen.ui'
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

class Ui_CallScreen(object):
    def setupUi(self, CallScreen):
        if not CallScreen.objectName():
            CallScreen.setObjectName(u"CallScreen")
        self.layout = QVBoxLayout(CallScreen)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.title = QLabel(CallScreen)
        self.title.setObjectName(u"title")

        self.top.addWidget(self.title)

        self.yearLabel = QLabel(CallScreen)
        self.yearLabel.setObjectName(u"yearLabel")

        self.top.addWidget(self.yearLabel)

        self.year = QComboBox(CallScreen)
        self.year.setObjectName(u"year")
        self.year.setMinimumSize(QSize(90, 0))

        self.top.addWidget(self.year)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)


        self.layout.addLayout(self.top)

        self.callsSplitter = QSplitter(CallScreen)
        self.callsSplitter.setObjectName(u"callsSplitter")
        self.callsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.callsHolder = QWidget(self.callsSplitter)
        self.callsHolder.setObjectName(u"callsHolder")
        self.callsLayout = QVBoxLayout(self.callsHolder)
        self.callsLayout.setObjectName(u"callsLayout")
        self.callsLayout.setContentsMargins(0, 0, 0, 0)
        self.callsSplitter.addWidget(self.callsHolder)
        self.proposalsHolder = QWidget(self.callsSplitter)
        self.proposalsHolder.setObjectName(u"proposalsHolder")
        self.proposalsLayout = QVBoxLayout(self.proposalsHolder)
        self.proposalsLayout.setObjectName(u"proposalsLayout")
        self.proposalsLayout.setContentsMargins(0, 0, 0, 0)
        self.detail = QLabel(self.proposalsHolder)
        self.detail.setObjectName(u"detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.proposalsLayout.addWidget(self.detail)

        self.callsSplitter.addWidget(self.proposalsHolder)
        self.stagesHolder = QWidget(self.callsSplitter)
        self.stagesHolder.setObjectName(u"stagesHolder")
        self.stagesLayout = QVBoxLayout(self.stagesHolder)
        self.stagesLayout.setObjectName(u"stagesLayout")
        self.stagesLayout.setContentsMargins(0, 0, 0, 0)
        self.callsSplitter.addWidget(self.stagesHolder)

        self.layout.addWidget(self.callsSplitter)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.year)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CallScreen)
    # setupUi

    def retranslateUi(self, CallScreen):
        self.title.setText(QCoreApplication.translate("CallScreen", u"\u0641\u0631\u0627\u062e\u0648\u0627\u0646\u200c\u0647\u0627 (\u0633\u062a\u0627\u067e\u060c \u0628\u0646\u062f \u06f1\u06f2-\u06f3)", None))
        self.yearLabel.setText(QCoreApplication.translate("CallScreen", u"\u0633\u0627\u0644:", None))
        pass
    # retranslateUi

