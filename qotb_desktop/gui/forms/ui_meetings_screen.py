# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meetings_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_MeetingsScreen(object):
    def setupUi(self, MeetingsScreen):
        if not MeetingsScreen.objectName():
            MeetingsScreen.setObjectName(u"MeetingsScreen")
        self.layout = QVBoxLayout(MeetingsScreen)
        self.layout.setObjectName(u"layout")
        self.meetingsSplitter = QSplitter(MeetingsScreen)
        self.meetingsSplitter.setObjectName(u"meetingsSplitter")
        self.meetingsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.listHolder = QWidget(self.meetingsSplitter)
        self.listHolder.setObjectName(u"listHolder")
        self.listLayout = QVBoxLayout(self.listHolder)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.bodyRow = QHBoxLayout()
        self.bodyRow.setObjectName(u"bodyRow")
        self.bodyLabel = QLabel(self.listHolder)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.bodyRow.addWidget(self.bodyLabel)

        self.body = QComboBox(self.listHolder)
        self.body.setObjectName(u"body")

        self.bodyRow.addWidget(self.body)

        self.bodySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bodyRow.addItem(self.bodySpacer)


        self.listLayout.addLayout(self.bodyRow)

        self.meetingsSplitter.addWidget(self.listHolder)
        self.editor = QWidget(self.meetingsSplitter)
        self.editor.setObjectName(u"editor")
        self.editorLayout = QVBoxLayout(self.editor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.editor)
        self.heading.setObjectName(u"heading")

        self.editorLayout.addWidget(self.heading)

        self.quorum = QLabel(self.editor)
        self.quorum.setObjectName(u"quorum")
        self.quorum.setWordWrap(True)

        self.editorLayout.addWidget(self.quorum)

        self.attendanceTitle = QLabel(self.editor)
        self.attendanceTitle.setObjectName(u"attendanceTitle")

        self.editorLayout.addWidget(self.attendanceTitle)

        self.attendance = QTableView(self.editor)
        self.attendance.setObjectName(u"attendance")
        self.attendance.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.editorLayout.addWidget(self.attendance)

        self.attendanceButtons = QHBoxLayout()
        self.attendanceButtons.setObjectName(u"attendanceButtons")
        self.presentButton = QPushButton(self.editor)
        self.presentButton.setObjectName(u"presentButton")

        self.attendanceButtons.addWidget(self.presentButton)

        self.lateButton = QPushButton(self.editor)
        self.lateButton.setObjectName(u"lateButton")

        self.attendanceButtons.addWidget(self.lateButton)

        self.excusedButton = QPushButton(self.editor)
        self.excusedButton.setObjectName(u"excusedButton")

        self.attendanceButtons.addWidget(self.excusedButton)

        self.absentButton = QPushButton(self.editor)
        self.absentButton.setObjectName(u"absentButton")

        self.attendanceButtons.addWidget(self.absentButton)

        self.leftButton = QPushButton(self.editor)
        self.leftButton.setObjectName(u"leftButton")

        self.attendanceButtons.addWidget(self.leftButton)

        self.guestButton = QPushButton(self.editor)
        self.guestButton.setObjectName(u"guestButton")

        self.attendanceButtons.addWidget(self.guestButton)

        self.s1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendanceButtons.addItem(self.s1)


        self.editorLayout.addLayout(self.attendanceButtons)

        self.itemsTitle = QLabel(self.editor)
        self.itemsTitle.setObjectName(u"itemsTitle")

        self.editorLayout.addWidget(self.itemsTitle)

        self.items = QTableView(self.editor)
        self.items.setObjectName(u"items")
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.editorLayout.addWidget(self.items)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.addItemButton = QPushButton(self.editor)
        self.addItemButton.setObjectName(u"addItemButton")

        self.itemButtons.addWidget(self.addItemButton)

        self.decideButton = QPushButton(self.editor)
        self.decideButton.setObjectName(u"decideButton")

        self.itemButtons.addWidget(self.decideButton)

        self.endorseButton = QPushButton(self.editor)
        self.endorseButton.setObjectName(u"endorseButton")

        self.itemButtons.addWidget(self.endorseButton)

        self.communicateButton = QPushButton(self.editor)
        self.communicateButton.setObjectName(u"communicateButton")

        self.itemButtons.addWidget(self.communicateButton)

        self.followUpButton = QPushButton(self.editor)
        self.followUpButton.setObjectName(u"followUpButton")

        self.itemButtons.addWidget(self.followUpButton)

        self.s2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.s2)

        self.finaliseButton = QPushButton(self.editor)
        self.finaliseButton.setObjectName(u"finaliseButton")

        self.itemButtons.addWidget(self.finaliseButton)


        self.editorLayout.addLayout(self.itemButtons)

        self.minutesButtons = QHBoxLayout()
        self.minutesButtons.setObjectName(u"minutesButtons")
        self.carryButton = QPushButton(self.editor)
        self.carryButton.setObjectName(u"carryButton")

        self.minutesButtons.addWidget(self.carryButton)

        self.approvePreviousButton = QPushButton(self.editor)
        self.approvePreviousButton.setObjectName(u"approvePreviousButton")

        self.minutesButtons.addWidget(self.approvePreviousButton)

        self.amendButton = QPushButton(self.editor)
        self.amendButton.setObjectName(u"amendButton")

        self.minutesButtons.addWidget(self.amendButton)

        self.signedCopyButton = QPushButton(self.editor)
        self.signedCopyButton.setObjectName(u"signedCopyButton")

        self.minutesButtons.addWidget(self.signedCopyButton)

        self.exportCopyButton = QPushButton(self.editor)
        self.exportCopyButton.setObjectName(u"exportCopyButton")

        self.minutesButtons.addWidget(self.exportCopyButton)

        self.s3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.minutesButtons.addItem(self.s3)


        self.editorLayout.addLayout(self.minutesButtons)

        self.meetingsSplitter.addWidget(self.editor)

        self.layout.addWidget(self.meetingsSplitter)

#if QT_CONFIG(shortcut)
        self.bodyLabel.setBuddy(self.body)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingsScreen)
    # setupUi

    def retranslateUi(self, MeetingsScreen):
        self.bodyLabel.setText(QCoreApplication.translate("MeetingsScreen", u"\u062c\u0644\u0633\u0647\u200c\u0647\u0627\u06cc:", None))
        self.attendanceTitle.setText(QCoreApplication.translate("MeetingsScreen", u"\u062d\u0636\u0648\u0631 \u0648 \u063a\u06cc\u0627\u0628", None))
        self.presentButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u062d\u0627\u0636\u0631", None))
        self.lateButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u0628\u0627 \u062a\u0623\u062e\u06cc\u0631\u2026", None))
        self.excusedButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u063a\u0627\u06cc\u0628 \u0628\u0627 \u0639\u0630\u0631", None))
        self.absentButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u063a\u0627\u06cc\u0628", None))
        self.leftButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u062a\u0631\u06a9 \u062c\u0644\u0633\u0647\u2026", None))
        self.guestButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u0645\u0647\u0645\u0627\u0646\u2026", None))
        self.itemsTitle.setText(QCoreApplication.translate("MeetingsScreen", u"\u062f\u0633\u062a\u0648\u0631 \u062c\u0644\u0633\u0647 \u0648 \u0645\u0635\u0648\u0628\u0627\u062a", None))
        self.addItemButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u0628\u0646\u062f \u062a\u0627\u0632\u0647\u2026", None))
        self.decideButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u062b\u0628\u062a \u0645\u0635\u0648\u0628\u0647 \u0648 \u0622\u0631\u0627\u2026", None))
        self.endorseButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u062a\u0646\u0641\u06cc\u0630\u2026", None))
        self.communicateButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u0627\u0628\u0644\u0627\u063a\u2026", None))
        self.followUpButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u0627\u0642\u062f\u0627\u0645 \u067e\u06cc\u06af\u06cc\u0631\u06cc\u2026", None))
        self.finaliseButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u0646\u0647\u0627\u06cc\u06cc \u06a9\u0631\u062f\u0646 \u0635\u0648\u0631\u062a\u200c\u062c\u0644\u0633\u0647", None))
        self.carryButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u0627\u0641\u0632\u0648\u062f\u0646 \u06a9\u0627\u0631\u0647\u0627\u06cc \u0628\u0627\u0632 \u062c\u0644\u0633\u0647\u200c\u0647\u0627\u06cc \u067e\u06cc\u0634\u06cc\u0646", None))
        self.approvePreviousButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u062a\u0623\u06cc\u06cc\u062f \u0635\u0648\u0631\u062a\u200c\u062c\u0644\u0633\u0647 \u067e\u06cc\u0634\u06cc\u0646\u2026", None))
        self.amendButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u0627\u0635\u0644\u0627\u062d\u06cc\u0647\u2026", None))
        self.signedCopyButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u067e\u06cc\u0648\u0633\u062a \u0646\u0633\u062e\u0647 \u0627\u0645\u0636\u0627\u0634\u062f\u0647\u2026", None))
        self.exportCopyButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u0628\u0631\u062f\u0627\u0634\u062a\u0646 \u0646\u0633\u062e\u0647 \u0627\u0645\u0636\u0627\u0634\u062f\u0647\u2026", None))
        pass
    # retranslateUi

