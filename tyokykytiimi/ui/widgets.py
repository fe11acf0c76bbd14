"""Moved: the form helpers now live by what they are (kept while callers move over).

- ``colours``      contrast arithmetic and state colours;
- ``field_error``  the message next to a field;
- ``layout``       sizes in characters and lines, scrolling, Tab order;
- ``focus_ring``   the focus ring and the application's accessible style.
"""
from .colours import *  # noqa: F401,F403
from .colours import _StateTint, _text_role  # noqa: F401
from .field_error import FieldError  # noqa: F401
from .focus_ring import *  # noqa: F401,F403
from .focus_ring import _FocusRingKeeper  # noqa: F401
from .layout import *  # noqa: F401,F403
from .layout import _WidePopup  # noqa: F401
