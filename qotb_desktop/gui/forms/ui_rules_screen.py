# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rules_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RulesScreen(object):
    def setupUi(self, RulesScreen):
        if not RulesScreen.objectName():
            RulesScreen.setObjectName(u"RulesScreen")
        self.layout = QVBoxLayout(RulesScreen)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(RulesScreen)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.intro = QLabel(RulesScreen)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.editionBox = QGroupBox(RulesScreen)
        self.editionBox.setObjectName(u"editionBox")
        self.editionLayout = QVBoxLayout(self.editionBox)
        self.editionLayout.setObjectName(u"editionLayout")
        self.edition = QLabel(self.editionBox)
        self.edition.setObjectName(u"edition")
        self.edition.setWordWrap(True)
        self.edition.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editionLayout.addWidget(self.edition)

        self.revision = QLabel(self.editionBox)
        self.revision.setObjectName(u"revision")
        self.revision.setWordWrap(True)
        self.revision.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editionLayout.addWidget(self.revision)


        self.layout.addWidget(self.editionBox)

        self.whoMay = QLabel(RulesScreen)
        self.whoMay.setObjectName(u"whoMay")
        self.whoMay.setWordWrap(True)

        self.layout.addWidget(self.whoMay)

        self.readings = QWidget(RulesScreen)
        self.readings.setObjectName(u"readings")
        self.readingsLayout = QVBoxLayout(self.readings)
        self.readingsLayout.setObjectName(u"readingsLayout")
        self.readingsLayout.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.readings)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)


        self.retranslateUi(RulesScreen)
    # setupUi

    def retranslateUi(self, RulesScreen):
        self.title.setText(QCoreApplication.translate("RulesScreen", u"\u0622\u06cc\u06cc\u0646\u200c\u0646\u0627\u0645\u0647 \u0648 \u062e\u0648\u0627\u0646\u0634\u200c\u0647\u0627\u06cc \u0622\u0646", None))
        self.intro.setText(QCoreApplication.translate("RulesScreen", u"\u0647\u0631 \u062c\u0627 \u0645\u062a\u0646 \u0622\u06cc\u06cc\u0646\u200c\u0646\u0627\u0645\u0647 \u062f\u0648 \u062e\u0648\u0627\u0646\u0634 \u0628\u0631\u0645\u06cc\u200c\u062f\u0627\u0631\u062f\u060c \u062f\u0628\u06cc\u0631\u062e\u0627\u0646\u0647 \u06cc\u06a9\u06cc \u0631\u0627 \u0628\u0631\u0645\u06cc\u200c\u06af\u0632\u06cc\u0646\u062f. \u0647\u0631 \u0646\u062a\u06cc\u062c\u0647 (\u0628\u0631\u06af\u0647 \u0627\u0645\u062a\u06cc\u0627\u0632\u060c \u0628\u0631\u0631\u0633\u06cc \u0642\u0637\u0628\u060c \u062d\u062f \u0646\u0635\u0627\u0628 \u0648 \u0631\u0623\u06cc \u0647\u0631 \u0628\u0646\u062f \u0635\u0648\u0631\u062a\u200c\u062c\u0644\u0633\u0647) \u062e\u0648\u0627\u0646\u0634\u200c\u0647\u0627\u06cc\u06cc \u0631\u0627 \u06a9\u0647 \u0628\u0627 \u0622\u0646\u200c\u0647\u0627 \u0633\u0627\u062e\u062a\u0647 \u0634\u062f\u0647 \u0627\u0633\u062a \u0646\u06af\u0647 \u0645\u06cc\u200c\u062f\u0627\u0631\u062f \u0648 \u0686\u0627\u067e \u0645\u06cc\u200c\u06a9\u0646\u062f.", None))
        self.editionBox.setTitle(QCoreApplication.translate("RulesScreen", u"\u0648\u06cc\u0631\u0627\u06cc\u0634 \u0622\u06cc\u06cc\u0646\u200c\u0646\u0627\u0645\u0647 \u0648 \u0634\u06cc\u0648\u0647 \u0627\u0645\u062a\u06cc\u0627\u0632\u062f\u0647\u06cc", None))
        pass
    # retranslateUi

