"""Password strength: the reasons a password is refused and a 0–4 strength."""
from __future__ import annotations

from ..i18n import _

MIN_LENGTH = 10

_COMMON = {
    "salasana", "salasana1", "salasana123", "password", "password1", "qwerty", "qwertyuiop",
    "123456", "12345678", "1234567890", "kesä2026", "talvi2026", "syksy2026", "kevät2026",
    "letmein", "admin", "tyokykytiimi", "työkykytiimi", "asdfghjkl", "iloveyou",
}


def password_problems(password: str, username: str = "") -> list[str]:
    """Reasons (in the chosen language) why the password is refused; empty when acceptable."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(_("The password must have at least {MIN_LENGTH} characters.").format(MIN_LENGTH=MIN_LENGTH))
    if password.lower() in _COMMON or password.lower().rstrip("0123456789!") in _COMMON:
        problems.append(_("The password is too common and easy to guess."))
    if username and username.lower() in password.lower():
        problems.append(_("The password must not contain the username."))
    if password and len(set(password)) <= 3:
        problems.append(_("The password has too few different characters."))
    return problems


def strength(password: str) -> int:
    """0 (very weak) … 4 (strong): length and variety, enough for a meter."""
    if not password:
        return 0
    classes = sum([
        any(c.islower() for c in password),
        any(c.isupper() for c in password),
        any(c.isdigit() for c in password),
        any(not c.isalnum() for c in password),
    ])
    score = 0
    if len(password) >= MIN_LENGTH:
        score += 1
    if len(password) >= 14:
        score += 1
    if len(password) >= 20:
        score += 1
    if classes >= 3:
        score += 1
    if password_problems(password):
        score = min(score, 1)
    return min(score, 4)
