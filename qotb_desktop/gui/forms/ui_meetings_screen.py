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
        self.meetingsPanes = QSplitter(MeetingsScreen)
        self.meetingsPanes.setObjectName(u"meetingsPanes")
        self.meetingsPanes.setOrientation(Qt.Orientation.Horizontal)
        self.meetingsPanes.setChildrenCollapsible(False)
        self.listHolder = QWidget(self.meetingsPanes)
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
        self.body.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.body.setMinimumContentsLength(16)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.body.sizePolicy().hasHeightForWidth())
        self.body.setSizePolicy(sizePolicy)

        self.bodyRow.addWidget(self.body)


        self.listLayout.addLayout(self.bodyRow)

        self.meetingsPanes.addWidget(self.listHolder)
        self.editor = QWidget(self.meetingsPanes)
        self.editor.setObjectName(u"editor")
        self.editorLayout = QVBoxLayout(self.editor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.editor)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.editorLayout.addWidget(self.heading)

        self.quorum = QLabel(self.editor)
        self.quorum.setObjectName(u"quorum")
        self.quorum.setWordWrap(True)

        self.editorLayout.addWidget(self.quorum)

        self.meetingDetail = QSplitter(self.editor)
        self.meetingDetail.setObjectName(u"meetingDetail")
        self.meetingDetail.setOrientation(Qt.Orientation.Vertical)
        self.meetingDetail.setChildrenCollapsible(False)
        self.attendanceHolder = QWidget(self.meetingDetail)
        self.attendanceHolder.setObjectName(u"attendanceHolder")
        self.attendanceLayout = QVBoxLayout(self.attendanceHolder)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.attendanceLayout.setContentsMargins(0, 0, 0, 0)
        self.attendanceTitle = QLabel(self.attendanceHolder)
        self.attendanceTitle.setObjectName(u"attendanceTitle")

        self.attendanceLayout.addWidget(self.attendanceTitle)

        self.attendanceRow = QHBoxLayout()
        self.attendanceRow.setObjectName(u"attendanceRow")
        self.attendance = QTableView(self.attendanceHolder)
        self.attendance.setObjectName(u"attendance")
        self.attendance.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.attendanceRow.addWidget(self.attendance)

        self.attendanceButtons = QVBoxLayout()
        self.attendanceButtons.setObjectName(u"attendanceButtons")
        self.presentButton = QPushButton(self.attendanceHolder)
        self.presentButton.setObjectName(u"presentButton")

        self.attendanceButtons.addWidget(self.presentButton)

        self.lateButton = QPushButton(self.attendanceHolder)
        self.lateButton.setObjectName(u"lateButton")

        self.attendanceButtons.addWidget(self.lateButton)

        self.excusedButton = QPushButton(self.attendanceHolder)
        self.excusedButton.setObjectName(u"excusedButton")

        self.attendanceButtons.addWidget(self.excusedButton)

        self.absentButton = QPushButton(self.attendanceHolder)
        self.absentButton.setObjectName(u"absentButton")

        self.attendanceButtons.addWidget(self.absentButton)

        self.leftButton = QPushButton(self.attendanceHolder)
        self.leftButton.setObjectName(u"leftButton")

        self.attendanceButtons.addWidget(self.leftButton)

        self.guestButton = QPushButton(self.attendanceHolder)
        self.guestButton.setObjectName(u"guestButton")

        self.attendanceButtons.addWidget(self.guestButton)

        self.s1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.attendanceButtons.addItem(self.s1)


        self.attendanceRow.addLayout(self.attendanceButtons)


        self.attendanceLayout.addLayout(self.attendanceRow)

        self.meetingDetail.addWidget(self.attendanceHolder)
        self.itemsHolder = QWidget(self.meetingDetail)
        self.itemsHolder.setObjectName(u"itemsHolder")
        self.itemsLayout = QVBoxLayout(self.itemsHolder)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsLayout.setContentsMargins(0, 0, 0, 0)
        self.itemsTitle = QLabel(self.itemsHolder)
        self.itemsTitle.setObjectName(u"itemsTitle")

        self.itemsLayout.addWidget(self.itemsTitle)

        self.items = QTableView(self.itemsHolder)
        self.items.setObjectName(u"items")
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.itemsLayout.addWidget(self.items)

        self.itemButtons = QWidget(self.itemsHolder)
        self.itemButtons.setObjectName(u"itemButtons")
        self.addItemButton = QPushButton(self.itemButtons)
        self.addItemButton.setObjectName(u"addItemButton")
        self.decideButton = QPushButton(self.itemButtons)
        self.decideButton.setObjectName(u"decideButton")
        self.endorseButton = QPushButton(self.itemButtons)
        self.endorseButton.setObjectName(u"endorseButton")
        self.communicateButton = QPushButton(self.itemButtons)
        self.communicateButton.setObjectName(u"communicateButton")
        self.followUpButton = QPushButton(self.itemButtons)
        self.followUpButton.setObjectName(u"followUpButton")
        self.carryButton = QPushButton(self.itemButtons)
        self.carryButton.setObjectName(u"carryButton")

        self.itemsLayout.addWidget(self.itemButtons)

        self.minutesButtons = QWidget(self.itemsHolder)
        self.minutesButtons.setObjectName(u"minutesButtons")
        self.finaliseButton = QPushButton(self.minutesButtons)
        self.finaliseButton.setObjectName(u"finaliseButton")
        self.approvePreviousButton = QPushButton(self.minutesButtons)
        self.approvePreviousButton.setObjectName(u"approvePreviousButton")
        self.amendButton = QPushButton(self.minutesButtons)
        self.amendButton.setObjectName(u"amendButton")
        self.signedCopyButton = QPushButton(self.minutesButtons)
        self.signedCopyButton.setObjectName(u"signedCopyButton")
        self.exportCopyButton = QPushButton(self.minutesButtons)
        self.exportCopyButton.setObjectName(u"exportCopyButton")

        self.itemsLayout.addWidget(self.minutesButtons)

        self.meetingDetail.addWidget(self.itemsHolder)

        self.editorLayout.addWidget(self.meetingDetail)

        self.meetingsPanes.addWidget(self.editor)

        self.layout.addWidget(self.meetingsPanes)

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
        self.carryButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u0627\u0641\u0632\u0648\u062f\u0646 \u06a9\u0627\u0631\u0647\u0627\u06cc \u0628\u0627\u0632 \u062c\u0644\u0633\u0647\u200c\u0647\u0627\u06cc \u067e\u06cc\u0634\u06cc\u0646", None))
#if QT_CONFIG(tooltip)
        self.carryButton.setToolTip(QCoreApplication.translate("MeetingsScreen", u"\u06a9\u0627\u0631\u0647\u0627\u06cc \u0628\u0627\u0632 \u0648 \u0645\u0635\u0648\u0628\u0647\u200c\u0647\u0627\u06cc \u062f\u0631 \u0627\u0646\u062a\u0638\u0627\u0631 \u062a\u0646\u0641\u06cc\u0630 \u06cc\u0627 \u0627\u0628\u0644\u0627\u063a\u060c \u0628\u0647 \u062f\u0633\u062a\u0648\u0631 \u0627\u06cc\u0646 \u062c\u0644\u0633\u0647", None))
#endif // QT_CONFIG(tooltip)
        self.finaliseButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u0646\u0647\u0627\u06cc\u06cc \u06a9\u0631\u062f\u0646 \u0635\u0648\u0631\u062a\u200c\u062c\u0644\u0633\u0647", None))
        self.approvePreviousButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u062a\u0623\u06cc\u06cc\u062f \u0635\u0648\u0631\u062a\u200c\u062c\u0644\u0633\u0647 \u067e\u06cc\u0634\u06cc\u0646\u2026", None))
        self.amendButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u0627\u0635\u0644\u0627\u062d\u06cc\u0647\u2026", None))
        self.signedCopyButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u067e\u06cc\u0648\u0633\u062a \u0646\u0633\u062e\u0647 \u0627\u0645\u0636\u0627\u0634\u062f\u0647\u2026", None))
        self.exportCopyButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u0628\u0631\u062f\u0627\u0634\u062a\u0646 \u0646\u0633\u062e\u0647 \u0627\u0645\u0636\u0627\u0634\u062f\u0647\u2026", None))
        pass
    # retranslateUi

