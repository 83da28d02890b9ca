"""One place to answer a person's request about their data, whichever plugins hold it.

Plugins that keep personal data about the public declare `PersonalDataSource`s (see hub.plugins);
this module asks every one of them, so an export or an erasure never misses a plugin.
"""

import logging

from hub.plugins import plugin_registry

logger = logging.getLogger(__name__)


def normalise_email(email):
    """How every plugin compares addresses: 'Amina@Example.org ' and 'amina@example.org' are one person."""
    return "".join((email or "").split()).lower()


def export_personal_data(email):
    """Everything held about one address, by source: {source key: list of records}."""
    email = normalise_email(email)
    return {source.key: source.call("export", email) for source in plugin_registry.personal_data_sources()}


def erase_personal_data(email):
    """Delete everything held about one address; returns {source key: records erased}."""
    email = normalise_email(email)
    erased = {source.key: source.call("erase", email) for source in plugin_registry.personal_data_sources()}
    # The address itself is the personal data: the log records only that an erasure happened.
    logger.info("Erased personal data for one address: %s", erased)
    return erased


def purge_expired_personal_data():
    """Apply every plugin's retention period; returns {source key: records deleted}."""
    sources = [source for source in plugin_registry.personal_data_sources() if source.purge_expired]
    return {source.key: source.call("purge_expired") for source in sources}
