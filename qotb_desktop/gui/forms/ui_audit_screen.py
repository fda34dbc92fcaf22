# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

from qotb_desktop.gui.widgets import JalaliDateEdit

class Ui_AuditScreen(object):
    def setupUi(self, AuditScreen):
        if not AuditScreen.objectName():
            AuditScreen.setObjectName(u"AuditScreen")
        self.layout = QVBoxLayout(AuditScreen)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.top = QVBoxLayout()
        self.top.setObjectName(u"top")
        self.top.setContentsMargins(9, 9, 9, 0)
        self.chain = QLabel(AuditScreen)
        self.chain.setObjectName(u"chain")
        self.chain.setWordWrap(True)
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.top.addWidget(self.chain)

        self.filters = QGridLayout()
        self.filters.setObjectName(u"filters")
        self.userLabel = QLabel(AuditScreen)
        self.userLabel.setObjectName(u"userLabel")

        self.filters.addWidget(self.userLabel, 0, 0, 1, 1)

        self.user = QComboBox(AuditScreen)
        self.user.setObjectName(u"user")
        self.user.setMinimumSize(QSize(160, 0))

        self.filters.addWidget(self.user, 0, 1, 1, 1)

        self.tableLabel = QLabel(AuditScreen)
        self.tableLabel.setObjectName(u"tableLabel")

        self.filters.addWidget(self.tableLabel, 1, 0, 1, 1)

        self.table = QComboBox(AuditScreen)
        self.table.setObjectName(u"table")
        self.table.setMinimumSize(QSize(160, 0))

        self.filters.addWidget(self.table, 1, 1, 1, 1)

        self.sinceLabel = QLabel(AuditScreen)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.filters.addWidget(self.sinceLabel, 0, 2, 1, 1)

        self.since = JalaliDateEdit(AuditScreen)
        self.since.setObjectName(u"since")
        self.since.setMinimumSize(QSize(130, 0))

        self.filters.addWidget(self.since, 0, 3, 1, 1)

        self.untilLabel = QLabel(AuditScreen)
        self.untilLabel.setObjectName(u"untilLabel")

        self.filters.addWidget(self.untilLabel, 1, 2, 1, 1)

        self.until = JalaliDateEdit(AuditScreen)
        self.until.setObjectName(u"until")
        self.until.setMinimumSize(QSize(130, 0))

        self.filters.addWidget(self.until, 1, 3, 1, 1)

        self.applyButton = QPushButton(AuditScreen)
        self.applyButton.setObjectName(u"applyButton")

        self.filters.addWidget(self.applyButton, 0, 4, 1, 1)

        self.clearButton = QPushButton(AuditScreen)
        self.clearButton.setObjectName(u"clearButton")

        self.filters.addWidget(self.clearButton, 1, 4, 1, 1)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filtersSpacer, 0, 5, 2, 1)

        self.filters.setColumnStretch(5, 1)

        self.top.addLayout(self.filters)

        self.errors = QLabel(AuditScreen)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.top.addWidget(self.errors)


        self.layout.addLayout(self.top)

        self.auditPanes = QSplitter(AuditScreen)
        self.auditPanes.setObjectName(u"auditPanes")
        self.auditPanes.setOrientation(Qt.Orientation.Vertical)
        self.auditPanes.setChildrenCollapsible(False)
        self.listHolder = QWidget(self.auditPanes)
        self.listHolder.setObjectName(u"listHolder")
        self.listLayout = QVBoxLayout(self.listHolder)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.auditPanes.addWidget(self.listHolder)
        self.detailHolder = QWidget(self.auditPanes)
        self.detailHolder.setObjectName(u"detailHolder")
        self.detailLayout = QVBoxLayout(self.detailHolder)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(9, 0, 9, 6)
        self.detailTitle = QLabel(self.detailHolder)
        self.detailTitle.setObjectName(u"detailTitle")
        self.detailTitle.setWordWrap(True)
        self.detailTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.detailTitle)

        self.details = QTableView(self.detailHolder)
        self.details.setObjectName(u"details")
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.details.setAlternatingRowColors(True)
        self.details.setWordWrap(True)

        self.detailLayout.addWidget(self.details)

        self.auditPanes.addWidget(self.detailHolder)

        self.layout.addWidget(self.auditPanes)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.user)
        self.tableLabel.setBuddy(self.table)
        self.sinceLabel.setBuddy(self.since)
        self.untilLabel.setBuddy(self.until)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.user, self.table)
        QWidget.setTabOrder(self.table, self.since)
        QWidget.setTabOrder(self.since, self.until)
        QWidget.setTabOrder(self.until, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.details)

        self.retranslateUi(AuditScreen)
    # setupUi

    def retranslateUi(self, AuditScreen):
#if QT_CONFIG(tooltip)
        self.chain.setToolTip(QCoreApplication.translate("AuditScreen", u"\u0647\u0631 \u0631\u062f\u06cc\u0641 \u062f\u0641\u062a\u0631 \u0645\u0647\u0631 \u062e\u0648\u062f \u0648 \u0631\u062f\u06cc\u0641 \u067e\u06cc\u0634 \u0627\u0632 \u062e\u0648\u062f \u0631\u0627 \u062f\u0627\u0631\u062f\u061b \u0631\u062f\u06cc\u0641\u06cc \u06a9\u0647 \u0628\u06cc\u0631\u0648\u0646 \u0627\u0632 \u0628\u0631\u0646\u0627\u0645\u0647 \u0627\u0641\u0632\u0648\u062f\u0647\u060c \u0648\u06cc\u0631\u0627\u06cc\u0634 \u06cc\u0627 \u067e\u0627\u06a9 \u0634\u0648\u062f \u067e\u06cc\u062f\u0627 \u0645\u06cc\u200c\u0634\u0648\u062f", None))
#endif // QT_CONFIG(tooltip)
        self.userLabel.setText(QCoreApplication.translate("AuditScreen", u"\u06a9\u0627\u0631\u0628\u0631:", None))
#if QT_CONFIG(tooltip)
        self.user.setToolTip(QCoreApplication.translate("AuditScreen", u"\u062a\u063a\u06cc\u06cc\u0631\u0647\u0627\u06cc \u06cc\u06a9 \u06a9\u0627\u0631\u0628\u0631\u060c \u06cc\u0627 \u0647\u0645\u0647", None))
#endif // QT_CONFIG(tooltip)
        self.tableLabel.setText(QCoreApplication.translate("AuditScreen", u"\u0646\u0648\u0639 \u0631\u06a9\u0648\u0631\u062f:", None))
#if QT_CONFIG(tooltip)
        self.table.setToolTip(QCoreApplication.translate("AuditScreen", u"\u062a\u063a\u06cc\u06cc\u0631\u0647\u0627\u06cc \u06cc\u06a9 \u06af\u0648\u0646\u0647 \u0631\u06a9\u0648\u0631\u062f\u060c \u06cc\u0627 \u0647\u0645\u0647", None))
#endif // QT_CONFIG(tooltip)
        self.sinceLabel.setText(QCoreApplication.translate("AuditScreen", u"\u0627\u0632 \u062a\u0627\u0631\u06cc\u062e:", None))
        self.untilLabel.setText(QCoreApplication.translate("AuditScreen", u"\u062a\u0627 \u062a\u0627\u0631\u06cc\u062e:", None))
        self.applyButton.setText(QCoreApplication.translate("AuditScreen", u"\u0646\u0645\u0627\u06cc\u0634", None))
#if QT_CONFIG(tooltip)
        self.applyButton.setToolTip(QCoreApplication.translate("AuditScreen", u"\u062a\u063a\u06cc\u06cc\u0631\u0647\u0627\u06cc \u0627\u06cc\u0646 \u06a9\u0627\u0631\u0628\u0631 \u0648 \u0627\u06cc\u0646 \u0646\u0648\u0639 \u0631\u06a9\u0648\u0631\u062f \u062f\u0631 \u0627\u06cc\u0646 \u0628\u0627\u0632\u0647 (\u06cc\u0627 Enter \u062f\u0631 \u062e\u0627\u0646\u0647 \u062a\u0627\u0631\u06cc\u062e)", None))
#endif // QT_CONFIG(tooltip)
        self.clearButton.setText(QCoreApplication.translate("AuditScreen", u"\u0647\u0645\u0647 \u062a\u063a\u06cc\u06cc\u0631\u0647\u0627", None))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("AuditScreen", u"\u0628\u0631\u062f\u0627\u0634\u062a\u0646 \u067e\u0627\u0644\u0627\u06cc\u0647\u200c\u0647\u0627: \u0647\u0645\u0647 \u06a9\u0627\u0631\u0628\u0631\u0627\u0646\u060c \u0647\u0645\u0647 \u0631\u06a9\u0648\u0631\u062f\u0647\u0627\u060c \u0647\u0645\u0647 \u0631\u0648\u0632\u0647\u0627", None))
#endif // QT_CONFIG(tooltip)
        self.detailTitle.setText(QCoreApplication.translate("AuditScreen", u"\u062a\u063a\u06cc\u06cc\u0631\u06cc \u0628\u0631\u06af\u0632\u06cc\u062f\u0647 \u0646\u0634\u062f\u0647 \u0627\u0633\u062a.", None))
#if QT_CONFIG(tooltip)
        self.details.setToolTip(QCoreApplication.translate("AuditScreen", u"\u0647\u0631 \u0641\u06cc\u0644\u062f\u06cc \u06a9\u0647 \u062a\u063a\u06cc\u06cc\u0631 \u06a9\u0631\u062f: \u0645\u0642\u062f\u0627\u0631 \u067e\u06cc\u0634 \u0627\u0632 \u062a\u063a\u06cc\u06cc\u0631 \u0648 \u067e\u0633 \u0627\u0632 \u0622\u0646", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

