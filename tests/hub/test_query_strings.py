"""Control characters in a query string are taken out before any view reads it (hub.query_strings): the
search, its suggestions and the language switcher answer as if they had not been sent. Every public URL is
probed with the demo network in tests/demo/test_control_characters.py."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(client):
    client.raise_request_exception = False
    return client


def test_a_nul_byte_in_a_search_is_dropped(client, home):
    response = client.get("/en/search/", {"q": "hous\x00ing"})
    assert response.status_code == 200
    assert 'value="housing"' in response.content.decode()


@pytest.mark.parametrize("query", ["a\x00b", "\x00", "\x1b[2J", "line\r\nbreak", "\x7f"])
def test_search_suggestions_answer_any_control_character(client, home, query):
    assert client.get("/en/search/autocomplete/", {"q": query}).status_code == 200


def test_control_characters_in_a_parameters_name_are_dropped_too(client, home):
    assert client.get("/en/search/?q%00=housing&%01=x").status_code == 200


@pytest.mark.parametrize("next_url", ["members", "/\x00", "\x00/en/", "https://elsewhere.example/"])
def test_the_language_switcher_goes_home_rather_than_anywhere_odd(client, home, next_url):
    response = client.get("/language/fr/", {"next": next_url})
    assert response.status_code == 302
    assert response.url in ("/", "/en/")
