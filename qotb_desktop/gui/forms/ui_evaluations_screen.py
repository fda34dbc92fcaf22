# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluations_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QProgressBar, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QToolButton, QVBoxLayout,
    QWidget)

class Ui_EvaluationsScreen(object):
    def setupUi(self, EvaluationsScreen):
        if not EvaluationsScreen.objectName():
            EvaluationsScreen.setObjectName(u"EvaluationsScreen")
        self.layout = QVBoxLayout(EvaluationsScreen)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.yearLabel = QLabel(EvaluationsScreen)
        self.yearLabel.setObjectName(u"yearLabel")

        self.top.addWidget(self.yearLabel)

        self.year = QComboBox(EvaluationsScreen)
        self.year.setObjectName(u"year")
        self.year.setMinimumSize(QSize(80, 0))

        self.top.addWidget(self.year)

        self.groupLabel = QLabel(EvaluationsScreen)
        self.groupLabel.setObjectName(u"groupLabel")

        self.top.addWidget(self.groupLabel)

        self.group = QComboBox(EvaluationsScreen)
        self.group.setObjectName(u"group")
        self.group.setMinimumSize(QSize(120, 0))

        self.top.addWidget(self.group)

        self.levelLabel = QLabel(EvaluationsScreen)
        self.levelLabel.setObjectName(u"levelLabel")

        self.top.addWidget(self.levelLabel)

        self.level = QComboBox(EvaluationsScreen)
        self.level.setObjectName(u"level")
        self.level.setMinimumSize(QSize(120, 0))

        self.top.addWidget(self.level)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)


        self.layout.addLayout(self.top)

        self.summaryRow = QHBoxLayout()
        self.summaryRow.setObjectName(u"summaryRow")
        self.totals = QLabel(EvaluationsScreen)
        self.totals.setObjectName(u"totals")
        self.totals.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.totals.sizePolicy().hasHeightForWidth())
        self.totals.setSizePolicy(sizePolicy)

        self.summaryRow.addWidget(self.totals)

        self.busy = QProgressBar(EvaluationsScreen)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximumSize(QSize(100, 16777215))
        self.busy.setMinimum(0)
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)

        self.summaryRow.addWidget(self.busy)

        self.previewButton = QToolButton(EvaluationsScreen)
        self.previewButton.setObjectName(u"previewButton")

        self.summaryRow.addWidget(self.previewButton)

        self.exportLabel = QLabel(EvaluationsScreen)
        self.exportLabel.setObjectName(u"exportLabel")

        self.summaryRow.addWidget(self.exportLabel)

        self.pdfButton = QToolButton(EvaluationsScreen)
        self.pdfButton.setObjectName(u"pdfButton")

        self.summaryRow.addWidget(self.pdfButton)

        self.xlsxButton = QToolButton(EvaluationsScreen)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.summaryRow.addWidget(self.xlsxButton)

        self.csvButton = QToolButton(EvaluationsScreen)
        self.csvButton.setObjectName(u"csvButton")

        self.summaryRow.addWidget(self.csvButton)


        self.layout.addLayout(self.summaryRow)

        self.evaluationsSplitter = QSplitter(EvaluationsScreen)
        self.evaluationsSplitter.setObjectName(u"evaluationsSplitter")
        self.evaluationsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.listHolder = QWidget(self.evaluationsSplitter)
        self.listHolder.setObjectName(u"listHolder")
        self.listLayout = QVBoxLayout(self.listHolder)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.evaluationsSplitter.addWidget(self.listHolder)
        self.detailArea = QScrollArea(self.evaluationsSplitter)
        self.detailArea.setObjectName(u"detailArea")
        self.detailArea.setWidgetResizable(True)
        self.detailArea.setFrameShape(QFrame.Shape.NoFrame)
        self.detail = QLabel()
        self.detail.setObjectName(u"detail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMargin(6)
        self.detailArea.setWidget(self.detail)
        self.evaluationsSplitter.addWidget(self.detailArea)

        self.layout.addWidget(self.evaluationsSplitter)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.year)
        self.groupLabel.setBuddy(self.group)
        self.levelLabel.setBuddy(self.level)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvaluationsScreen)
    # setupUi

    def retranslateUi(self, EvaluationsScreen):
        self.yearLabel.setText(QCoreApplication.translate("EvaluationsScreen", u"\u0633\u0627\u0644:", None))
        self.groupLabel.setText(QCoreApplication.translate("EvaluationsScreen", u"\u06af\u0631\u0648\u0647:", None))
        self.levelLabel.setText(QCoreApplication.translate("EvaluationsScreen", u"\u067e\u06cc\u0627\u0645\u062f:", None))
#if QT_CONFIG(tooltip)
        self.busy.setToolTip(QCoreApplication.translate("EvaluationsScreen", u"\u062e\u0631\u0648\u062c\u06cc \u062f\u0631 \u062d\u0627\u0644 \u0633\u0627\u062e\u062a\u0647 \u0634\u062f\u0646 \u0627\u0633\u062a\u2026", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("EvaluationsScreen", u"\u067e\u06cc\u0634\u200c\u0646\u0645\u0627\u06cc\u0634 \u0648 \u0686\u0627\u067e\u2026", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("EvaluationsScreen", u"\u062e\u0644\u0627\u0635\u0647 \u0627\u0631\u0632\u06cc\u0627\u0628\u06cc \u0633\u0627\u0644 (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.exportLabel.setText(QCoreApplication.translate("EvaluationsScreen", u"\u062e\u0631\u0648\u062c\u06cc:", None))
        self.pdfButton.setText(QCoreApplication.translate("EvaluationsScreen", u"PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("EvaluationsScreen", u"\u062e\u0644\u0627\u0635\u0647 \u0627\u0631\u0632\u06cc\u0627\u0628\u06cc \u0633\u0627\u0644 \u062f\u0631 \u06cc\u06a9 \u067e\u0631\u0648\u0646\u062f\u0647 PDF", None))
#endif // QT_CONFIG(tooltip)
        self.xlsxButton.setText(QCoreApplication.translate("EvaluationsScreen", u"Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.xlsxButton.setToolTip(QCoreApplication.translate("EvaluationsScreen", u"\u062e\u0644\u0627\u0635\u0647 \u0627\u0631\u0632\u06cc\u0627\u0628\u06cc \u0633\u0627\u0644 \u062f\u0631 \u06cc\u06a9 \u06a9\u0627\u0631\u0628\u0631\u06af Excel (XLSX)", None))
#endif // QT_CONFIG(tooltip)
        self.csvButton.setText(QCoreApplication.translate("EvaluationsScreen", u"CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.csvButton.setToolTip(QCoreApplication.translate("EvaluationsScreen", u"\u062e\u0644\u0627\u0635\u0647 \u0627\u0631\u0632\u06cc\u0627\u0628\u06cc \u0633\u0627\u0644 \u062f\u0631 \u06cc\u06a9 \u067e\u0631\u0648\u0646\u062f\u0647 CSV (UTF-8)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

