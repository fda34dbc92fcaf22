# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rules_reading.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReadingBox(object):
    def setupUi(self, ReadingBox):
        if not ReadingBox.objectName():
            ReadingBox.setObjectName(u"ReadingBox")
        self.layout = QVBoxLayout(ReadingBox)
        self.layout.setObjectName(u"layout")
        self.quote = QLabel(ReadingBox)
        self.quote.setObjectName(u"quote")
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.quote)

        self.choices = QWidget(ReadingBox)
        self.choices.setObjectName(u"choices")
        self.choicesLayout = QVBoxLayout(self.choices)
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.choicesLayout.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.choices)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.changed = QLabel(ReadingBox)
        self.changed.setObjectName(u"changed")
        self.changed.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.changed.sizePolicy().hasHeightForWidth())
        self.changed.setSizePolicy(sizePolicy)

        self.footer.addWidget(self.changed)

        self.applyButton = QPushButton(ReadingBox)
        self.applyButton.setObjectName(u"applyButton")

        self.footer.addWidget(self.applyButton)


        self.layout.addLayout(self.footer)

        self.note = QLabel(ReadingBox)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)
        self.note.setVisible(False)

        self.layout.addWidget(self.note)


        self.retranslateUi(ReadingBox)
    # setupUi

    def retranslateUi(self, ReadingBox):
        self.applyButton.setText(QCoreApplication.translate("ReadingBox", u"\u062b\u0628\u062a \u0627\u06cc\u0646 \u062e\u0648\u0627\u0646\u0634\u2026", None))
#if QT_CONFIG(tooltip)
        self.applyButton.setToolTip(QCoreApplication.translate("ReadingBox", u"\u062e\u0648\u0627\u0646\u0634 \u0628\u0631\u06af\u0632\u06cc\u062f\u0647\u060c \u067e\u0633 \u0627\u0632 \u062a\u0623\u06cc\u06cc\u062f\u060c \u0628\u0631\u0627\u06cc \u0646\u062a\u06cc\u062c\u0647\u200c\u0647\u0627\u06cc \u062a\u0627\u0632\u0647 \u0628\u0647 \u06a9\u0627\u0631 \u0645\u06cc\u200c\u0631\u0648\u062f", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

