"""Local development and the quick start: debug on, mail to the console, everything embedded."""

from hub.settings.base import *  # noqa: F403
from hub.settings.base import env_bool

DEBUG = env_bool("DEBUG", True)
