from membership.models.applications import Application
from membership.models.join_page import JoinPage

__all__ = ["Application", "JoinPage"]
