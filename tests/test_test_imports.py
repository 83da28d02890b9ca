"""No test module imports another, nor a conftest (pytest gives fixtures to whoever needs them): what tests share lives in fixtures (conftest.py), factories (each app's
factories.py) or tests/support."""

import re
from pathlib import Path

TESTS = Path(__file__).parent


def test_no_test_module_imports_another():
    importing = re.compile(r"^\s*(?:from|import)\s+tests(?:\.\w+)*\.(?:test_\w+|conftest)\b", re.M)
    offenders = [
        str(path.relative_to(TESTS)) for path in sorted(TESTS.rglob("*.py")) if importing.search(path.read_text())
    ]
    assert offenders == []
