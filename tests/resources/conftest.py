import datetime

import pytest

from resources.demo import ensure_library
from resources.models import ResourcePage


@pytest.fixture
def library(home):
    return ensure_library(home)


def add_resource(parent, title, *, kind="report", date=datetime.date(2025, 3, 1), themes=(), regions=(), languages=()):
    resource = parent.add_child(
        instance=ResourcePage(title=title, kind=kind, summary=f"About {title}.", publication_date=date)
    )
    resource.themes.set(themes)
    resource.regions.set(regions)
    resource.languages.set(languages)
    resource.save_revision().publish()
    return resource
