"""统一社会信用代码 (GB 32100-2015): the check character and messages naming the fault."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minutes_app.domain import credit_code
from minutes_app.domain.errors import ValidationError

# Computed by hand from the standard's weights; the first is the standard's own example.
VALID = ["91350100M000100Y43", "91120103744540595L", "91120101MA0000001C",
         "51120000MJ0000001D", "12100000400000624D"]  # fmt: skip


def _weighted_sum(body: str) -> int:
    pairs = zip(body, credit_code.WEIGHTS, strict=True)
    return sum(credit_code.CHARSET.index(c) * w for c, w in pairs)


@pytest.mark.parametrize("code", VALID)
def test_known_valid_codes(code: str) -> None:
    assert credit_code.problem(code) is None
    assert credit_code.validate(code) == code
    assert credit_code.is_valid(code)


def test_check_character_of_the_standards_example() -> None:
    # Σ(value × weight) of 91350100M000100Y4 is 1640; 1640 mod 31 = 28; 31 − 28 = 3.
    assert _weighted_sum("91350100M000100Y4") == 1640
    assert credit_code.check_character("91350100M000100Y4") == "3"


def test_check_value_31_becomes_0() -> None:
    # Find a 17-character body whose sum is divisible by 31: the check is "0", not 31.
    bodies = (f"9112010{n:010d}" for n in range(10_000))
    body = next(b for b in bodies if _weighted_sum(b) % 31 == 0)
    assert credit_code.check_character(body) == "0"
    assert credit_code.is_valid(body + "0")


def test_wrong_length_says_how_many() -> None:
    assert credit_code.problem("9135010") == "统一社会信用代码应为18位，实为7位，请核对"
    with pytest.raises(ValidationError, match="应为18位，实为19位"):
        credit_code.validate("91350100M000100Y430")


@pytest.mark.parametrize("bad", ["I", "O", "S", "V", "Z", "-", "中"])
def test_character_outside_the_set_names_its_position(bad: str) -> None:
    code = "91350" + bad + "00M000100Y43"
    message = credit_code.problem(code)
    assert message is not None
    assert message.startswith(f"统一社会信用代码第6位“{bad}”不是有效字符")


def test_wrong_check_digit_says_expected_and_found() -> None:
    assert credit_code.problem("91350100M000100Y44") == (
        "统一社会信用代码第18位校验码应为3，实为4，请核对"
    )


def test_lower_case_full_width_and_blanks_are_normalised() -> None:
    assert credit_code.validate(" 91350100m000100y43 ") == "91350100M000100Y43"
    assert credit_code.validate("９１３５０１００Ｍ０００１００Ｙ４３") == "91350100M000100Y43"


@given(st.text(alphabet=credit_code.CHARSET, min_size=17, max_size=17))
def test_every_body_with_its_check_character_is_valid(body: str) -> None:
    code = body + credit_code.check_character(body)
    assert credit_code.is_valid(code)
    wrong = next(c for c in credit_code.CHARSET if c != code[17])
    assert not credit_code.is_valid(body + wrong)
