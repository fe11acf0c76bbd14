"""Imports every table module so SQLModel.metadata holds the whole schema.

Alembic's model/migration comparison and the test database rely on it: a new
table module is added here in one line.
"""
from . import audit, users  # noqa: F401
from . import clients  # noqa: F401
from . import consents, servicemap, meetings  # noqa: F401
from . import measures  # noqa: F401
from . import plans  # noqa: F401
from . import feedback  # noqa: F401
from . import contacts  # noqa: F401
from . import journal  # noqa: F401
from . import sync  # noqa: F401
