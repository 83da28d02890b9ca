"""Local development and the quick start: debug on, mail to the console, everything embedded."""

from hub.settings.base import *  # noqa: F403
from hub.settings.base import env_bool

DEBUG = env_bool("DEBUG", True)
# The quick start signs in without a second factor; production requires it of administrators and network editors.
HUB_REQUIRE_2FA = env_bool("HUB_REQUIRE_2FA", False)
