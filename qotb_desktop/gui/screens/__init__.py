"""The screens the main window assembles. Each is a ``Screen``."""

from qotb_desktop.gui.screens.base import Screen
from qotb_desktop.gui.screens.centre_check import CentreCheckScreen
from qotb_desktop.gui.screens.centres import CentresScreen
from qotb_desktop.gui.screens.council import CouncilScreen
from qotb_desktop.gui.screens.dashboard import DashboardScreen
from qotb_desktop.gui.screens.evaluations import EvaluationsScreen
from qotb_desktop.gui.screens.meetings import MeetingsScreen
from qotb_desktop.gui.screens.people import FacultyScreen, FieldsScreen, InstitutionsScreen
from qotb_desktop.gui.screens.scoring import ScoringScreen

__all__ = [
    "CentreCheckScreen",
    "CentresScreen",
    "CouncilScreen",
    "DashboardScreen",
    "EvaluationsScreen",
    "FacultyScreen",
    "FieldsScreen",
    "InstitutionsScreen",
    "MeetingsScreen",
    "Screen",
    "ScoringScreen",
]
