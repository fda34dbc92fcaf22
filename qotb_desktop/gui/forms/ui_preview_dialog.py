# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preview_dialog.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PreviewDialog(object):
    def setupUi(self, PreviewDialog):
        if not PreviewDialog.objectName():
            PreviewDialog.setObjectName(u"PreviewDialog")
        PreviewDialog.resize(900, 1000)
        self.layout = QVBoxLayout(PreviewDialog)
        self.layout.setObjectName(u"layout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.printButton = QPushButton(PreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.toolbar.addWidget(self.printButton)

        self.saveButton = QPushButton(PreviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.toolbar.addWidget(self.saveButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.spacer)

        self.pages = QLabel(PreviewDialog)
        self.pages.setObjectName(u"pages")

        self.toolbar.addWidget(self.pages)

        self.closeButton = QPushButton(PreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.toolbar.addWidget(self.closeButton)


        self.layout.addLayout(self.toolbar)

        self.saved = QLabel(PreviewDialog)
        self.saved.setObjectName(u"saved")
        self.saved.setVisible(False)
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.saved)

        self.view = QPdfView(PreviewDialog)
        self.view.setObjectName(u"view")

        self.layout.addWidget(self.view)


        self.retranslateUi(PreviewDialog)
    # setupUi

    def retranslateUi(self, PreviewDialog):
        PreviewDialog.setWindowTitle(QCoreApplication.translate("PreviewDialog", u"\u067e\u06cc\u0634\u200c\u0646\u0645\u0627\u06cc\u0634 \u0686\u0627\u067e", None))
        self.printButton.setText(QCoreApplication.translate("PreviewDialog", u"\u0686\u0627\u067e\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("PreviewDialog", u"\u0686\u0627\u067e \u0628\u0627 \u0686\u0627\u067e\u06af\u0631 (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("PreviewDialog", u"\u0630\u062e\u06cc\u0631\u0647 PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("PreviewDialog", u"\u0630\u062e\u06cc\u0631\u0647 \u062f\u0631 \u067e\u0631\u0648\u0646\u062f\u0647 PDF (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("PreviewDialog", u"\u0628\u0633\u062a\u0646", None))
    # retranslateUi

