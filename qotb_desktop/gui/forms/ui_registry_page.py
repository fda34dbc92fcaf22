# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registry_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_RegistryPage(object):
    def setupUi(self, RegistryPage):
        if not RegistryPage.objectName():
            RegistryPage.setObjectName(u"RegistryPage")
        self.layout = QVBoxLayout(RegistryPage)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.title = QLabel(RegistryPage)
        self.title.setObjectName(u"title")

        self.header.addWidget(self.title)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.spacer)

        self.count = QLabel(RegistryPage)
        self.count.setObjectName(u"count")

        self.header.addWidget(self.count)

        self.search = QLineEdit(RegistryPage)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(260, 0))
        self.search.setClearButtonEnabled(True)

        self.header.addWidget(self.search)


        self.layout.addLayout(self.header)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsSpacer)


        self.layout.addLayout(self.actions)

        self.table = QTableView(RegistryPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.layout.addWidget(self.table)


        self.retranslateUi(RegistryPage)
    # setupUi

    def retranslateUi(self, RegistryPage):
        self.title.setObjectName(QCoreApplication.translate("RegistryPage", u"title", None))
        self.search.setPlaceholderText(QCoreApplication.translate("RegistryPage", u"\u062c\u0633\u062a\u200c\u0648\u062c\u0648\u2026", None))
        pass
    # retranslateUi

