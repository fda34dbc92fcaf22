# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(980, 720)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.path = QLineEdit(ImportDialog)
        self.path.setObjectName(u"path")
        self.path.setReadOnly(True)

        self.fileRow.addWidget(self.path)

        self.chooseButton = QPushButton(ImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)

        self.sheetLabel = QLabel(ImportDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileRow.addWidget(self.sheetLabel)

        self.sheet = QComboBox(ImportDialog)
        self.sheet.setObjectName(u"sheet")

        self.fileRow.addWidget(self.sheet)


        self.layout.addLayout(self.fileRow)

        self.mappingBox = QGroupBox(ImportDialog)
        self.mappingBox.setObjectName(u"mappingBox")
        self.mappingGrid = QGridLayout(self.mappingBox)
        self.mappingGrid.setObjectName(u"mappingGrid")

        self.layout.addWidget(self.mappingBox)

        self.summary = QLabel(ImportDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.rows = QTableView(ImportDialog)
        self.rows.setObjectName(u"rows")
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.setAlternatingRowColors(True)
        self.rows.setWordWrap(True)

        self.layout.addWidget(self.rows)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttons.addWidget(self.importButton)

        self.reportButton = QPushButton(ImportDialog)
        self.reportButton.setObjectName(u"reportButton")

        self.buttons.addWidget(self.reportButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"\u0648\u0631\u0648\u062f \u0627\u0639\u0636\u0627\u06cc \u0647\u06cc\u0623\u062a \u0639\u0644\u0645\u06cc \u0627\u0632 \u067e\u0631\u0648\u0646\u062f\u0647 Excel \u06cc\u0627 CSV", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"\u067e\u0631\u0648\u0646\u062f\u0647:", None))
        self.chooseButton.setText(QCoreApplication.translate("ImportDialog", u"\u0627\u0646\u062a\u062e\u0627\u0628 \u067e\u0631\u0648\u0646\u062f\u0647\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportDialog", u"\u0628\u0631\u06af\u0647:", None))
        self.mappingBox.setTitle(QCoreApplication.translate("ImportDialog", u"\u0647\u0631 \u0641\u06cc\u0644\u062f \u0627\u0632 \u06a9\u062f\u0627\u0645 \u0633\u062a\u0648\u0646 \u067e\u0631\u0648\u0646\u062f\u0647 \u062e\u0648\u0627\u0646\u062f\u0647 \u0634\u0648\u062f", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"\u0648\u0631\u0648\u062f \u0633\u0637\u0631\u0647\u0627\u06cc \u062f\u0631\u0633\u062a", None))
        self.reportButton.setText(QCoreApplication.translate("ImportDialog", u"\u0630\u062e\u06cc\u0631\u0647 \u06af\u0632\u0627\u0631\u0634 \u062e\u0637\u0627\u0647\u0627\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"\u0628\u0633\u062a\u0646", None))
    # retranslateUi

