"""Finnish personal identity code (henkilötunnus, "hetu").

Shape: ``DDMMYY C NNN Z`` — birth date, century sign, individual number and a
check character. Messages are in the chosen language (Finnish by default)
because a nurse reads them next to the field; ``InvalidHetu.code`` is a stable
machine code.

The century sign tells people apart (since 2023 several signs share a century),
so it is kept exactly as typed and never normalised away.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..i18n import Message

__all__ = [
    "CENTURY_SIGNS",
    "CHECK_CHARS",
    "Hetu",
    "InvalidHetu",
    "age_on",
    "check_char",
    "make_hetu",
    "parse_hetu",
]

CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"

CENTURY_SIGNS: dict[str, int] = {
    "+": 1800,
    "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
    "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000,
}

_DEFAULT_SIGN = {1800: "+", 1900: "-", 2000: "A"}
_DIGITS = frozenset("0123456789")
_LENGTH = 11
_FIRST_TEMPORARY = 900
_FIRST_VALID_INDIVIDUAL = 2


class InvalidHetu(ValueError):
    """A henkilötunnus that cannot be accepted; ``str(e)`` is for the user."""

    def __init__(self, message: "str | Message", code: str) -> None:
        # The Message is kept so the UI or CLI can render it in another language.
        self.msg = message if isinstance(message, Message) else None
        if isinstance(message, Message):
            message = message.render()
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class Hetu:
    # Kept out of repr so a logged object names no one (DESIGN.md: logs carry
    # no personal data).
    code: str = field(repr=False)
    birth_date: date = field(repr=False)
    century_sign: str
    individual: int
    sex: str  # "female" | "male": parity today; store sex as its own field
    temporary: bool

    def __str__(self) -> str:
        return self.code


def check_char(date_part: str, individual_part: str) -> str:
    """The check character for six date digits and three individual digits."""
    return CHECK_CHARS[int(date_part + individual_part) % len(CHECK_CHARS)]


def parse_hetu(text: str) -> Hetu:
    """Validate ``text`` and return its parts, or raise :class:`InvalidHetu`."""
    if not isinstance(text, str):  # None or a number from an import: no code at all
        text = ""
    code = text.strip()
    if len(code) != _LENGTH:
        raise InvalidHetu(Message("A personal identity code has 11 characters (now {count})", count=len(code)), "length")
    date_part, sign, individual_part, control = code[:6], code[6], code[7:10], code[10]
    # Letters belong only in the sign and check positions; a lowercase one
    # there gets this hint rather than "unknown century sign" or a mismatch.
    if sign.islower() or control.islower():
        raise InvalidHetu(Message("Write the letters in capitals"), "lowercase")
    if not set(date_part) <= _DIGITS:
        raise InvalidHetu(Message("The first six characters of the code must be digits (date of birth as ddmmyy)"), "format")
    if sign not in CENTURY_SIGNS:
        raise InvalidHetu(Message("The century sign ”{sign}” is not in use", sign=sign), "century")
    if not set(individual_part) <= _DIGITS:
        raise InvalidHetu(Message("Three digits (the individual number) must follow the century sign"), "format")

    day, month, yy = int(date_part[:2]), int(date_part[2:4]), int(date_part[4:])
    year = CENTURY_SIGNS[sign] + yy
    try:
        birth_date = date(year, month, day)
    except ValueError:
        shown = f"{day:02d}.{month:02d}.{year}"
        raise InvalidHetu(Message("There is no date {shown}", shown=shown), "date") from None

    individual = int(individual_part)
    if individual < _FIRST_VALID_INDIVIDUAL:
        raise InvalidHetu(Message("The individual number {individual_part} is not in use", individual_part=individual_part),
                          "individual")

    if control != check_char(date_part, individual_part):
        raise InvalidHetu(Message("The check character does not match"), "checksum")

    return Hetu(
        code=code,
        birth_date=birth_date,
        century_sign=sign,
        individual=individual,
        sex="female" if individual % 2 == 0 else "male",
        temporary=individual >= _FIRST_TEMPORARY,
    )


def make_hetu(birth_date: date, individual: int, sign: str | None = None) -> str:
    """Build a valid code (demo data, tests). Raises ValueError on bad input."""
    century = birth_date.year // 100 * 100
    if century not in _DEFAULT_SIGN:
        raise ValueError(f"year {birth_date.year} has no century sign")
    if sign is None:
        sign = _DEFAULT_SIGN[century]
    elif CENTURY_SIGNS.get(sign) != century:
        raise ValueError(f"century sign {sign!r} does not fit year {birth_date.year}")
    if not _FIRST_VALID_INDIVIDUAL <= individual <= 999:
        raise ValueError(f"individual number {individual} is not in 2..999")
    date_part = f"{birth_date.day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}"
    individual_part = f"{individual:03d}"
    return date_part + sign + individual_part + check_char(date_part, individual_part)


def age_on(birth_date: date, on_date: date) -> int:
    """Age in whole years on ``on_date``.

    Someone born on 29 February becomes a year older on 1 March in common
    years (the birthday has not yet come on 28 February).
    """
    before_birthday = (on_date.month, on_date.day) < (birth_date.month, birth_date.day)
    return on_date.year - birth_date.year - int(before_birthday)
