"""Which country a registered number answers, from its calling code."""

from __future__ import annotations

import pytest

from videosdk_sip.mock.stores.phone_numbers import country_code


@pytest.mark.parametrize(
    ("number", "country"),
    [
        ("+14155551234", "US"),
        ("+442071234567", "GB"),
        ("+4930123456", "DE"),
        ("+61212345678", "AU"),
        ("+919876543210", "IN"),
        ("+33123456789", None),  # a code the mock does not know
        ("+4512345678", None),  # "+4" alone is no code
        ("+9", None),
    ],
)
def test_each_known_calling_code_names_its_country(number: str, country: str | None) -> None:
    assert country_code(number) == country
