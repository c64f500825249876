"""The one exception the command line turns into a one-line message and a non-zero exit."""


class PrxbrlError(Exception):
    """Bad input or an unusable environment: ``str(err)`` is a one-line message for the user."""

    exit_code = 2

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code
