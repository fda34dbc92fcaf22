# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'program_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QSplitter, QVBoxLayout,
    QWidget)

class Ui_ProgramDialog(object):
    def setupUi(self, ProgramDialog):
        if not ProgramDialog.objectName():
            ProgramDialog.setObjectName(u"ProgramDialog")
        ProgramDialog.resize(900, 560)
        self.layout = QVBoxLayout(ProgramDialog)
        self.layout.setObjectName(u"layout")
        self.errors = QLabel(ProgramDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.layout.addWidget(self.errors)

        self.splitter = QSplitter(ProgramDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.sections = QListWidget(self.splitter)
        self.sections.setObjectName(u"sections")
        self.sections.setMinimumSize(QSize(300, 0))
        self.splitter.addWidget(self.sections)
        self.text = QPlainTextEdit(self.splitter)
        self.text.setObjectName(u"text")
        self.splitter.addWidget(self.text)

        self.layout.addWidget(self.splitter)

        self.commitmentsLabel = QLabel(ProgramDialog)
        self.commitmentsLabel.setObjectName(u"commitmentsLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.commitmentsLabel.sizePolicy().hasHeightForWidth())
        self.commitmentsLabel.setSizePolicy(sizePolicy)

        self.layout.addWidget(self.commitmentsLabel)

        self.institution_commitments = QPlainTextEdit(ProgramDialog)
        self.institution_commitments.setObjectName(u"institution_commitments")
        self.institution_commitments.setMaximumSize(QSize(16777215, 90))
        self.institution_commitments.setTabChangesFocus(True)

        self.layout.addWidget(self.institution_commitments)

        self.equipment_confirmed = QCheckBox(ProgramDialog)
        self.equipment_confirmed.setObjectName(u"equipment_confirmed")

        self.layout.addWidget(self.equipment_confirmed)

        self.program_confirmed = QCheckBox(ProgramDialog)
        self.program_confirmed.setObjectName(u"program_confirmed")

        self.layout.addWidget(self.program_confirmed)

        self.buttons = QDialogButtonBox(ProgramDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.commitmentsLabel.setBuddy(self.institution_commitments)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgramDialog)
    # setupUi

    def retranslateUi(self, ProgramDialog):
        ProgramDialog.setWindowTitle(QCoreApplication.translate("ProgramDialog", u"\u0628\u0631\u0646\u0627\u0645\u0647 \u0642\u0637\u0628 (\u067e\u06cc\u0648\u0633\u062a \u06f3)", None))
        self.commitmentsLabel.setText(QCoreApplication.translate("ProgramDialog", u"\u062a\u0639\u0647\u062f\u0627\u062a \u0645\u0624\u0633\u0633\u0647 \u0628\u0647 \u0642\u0637\u0628 (\u062a\u0628\u0635\u0631\u0647 \u06f1\u06f2)", None))
        self.equipment_confirmed.setText(QCoreApplication.translate("ProgramDialog", u"\u062a\u062c\u0647\u06cc\u0632\u0627\u062a\u060c \u06a9\u062a\u0627\u0628\u062e\u0627\u0646\u0647 \u0648 \u0627\u0645\u06a9\u0627\u0646\u0627\u062a \u0646\u0631\u0645\u200c\u0627\u0641\u0632\u0627\u0631\u06cc \u0628\u0631\u0627\u06cc \u0628\u0631\u0646\u0627\u0645\u0647 \u0641\u0631\u0627\u0647\u0645 \u0627\u0633\u062a (\u0628\u0646\u062f \u06f5-\u06f3)", None))
        self.program_confirmed.setText(QCoreApplication.translate("ProgramDialog", u"\u0628\u0631\u0646\u0627\u0645\u0647 \u0647\u062f\u0641\u0645\u0646\u062f \u0648 \u0645\u0637\u0627\u0628\u0642 \u0627\u0648\u0644\u0648\u06cc\u062a\u200c\u0647\u0627\u06cc \u0627\u0633\u0646\u0627\u062f \u0628\u0627\u0644\u0627\u062f\u0633\u062a\u06cc \u0627\u0633\u062a (\u0628\u0646\u062f \u06f5-\u06f4)", None))
    # retranslateUi

