"""Strict reading of one TOML table: every key has the expected type, and no key is unknown."""

from typing import Any


class CatalogueError(ValueError):
    """The catalogue file is wrong; the message names the service and the problem."""


class Table:
    def __init__(self, values: Any, where: str) -> None:
        if not isinstance(values, dict):
            raise CatalogueError(f"{where}: expected a table, got {values!r}")
        self.values = values
        self.where = where
        self._read: set[str] = set()

    def error(self, problem: str) -> CatalogueError:
        return CatalogueError(f"{self.where}: {problem}")

    def _get(self, key: str, kind: type, default: Any) -> Any:
        self._read.add(key)
        if key not in self.values:
            if default is _REQUIRED:
                raise self.error(f"'{key}' is missing")
            return default
        value = self.values[key]
        # bool is an int in Python: `target_days = true` must not pass as 1.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.error(f"'{key}' has the wrong type: {value!r}")
        return value

    def text(self, key: str) -> str:
        value = self._get(key, str, _REQUIRED).strip()
        if not value:
            raise self.error(f"'{key}' is empty")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self._get(key, str, None)
        if value is None or not value.strip():
            return None
        return value.strip()

    def flag(self, key: str, default: bool = False) -> bool:
        return self._get(key, bool, default)

    def integer(self, key: str) -> int:
        return self._get(key, int, _REQUIRED)

    def texts(self, key: str, *, required: bool = True) -> list[str]:
        values = self._get(key, list, _REQUIRED if required else [])
        if not all(isinstance(value, str) and value.strip() for value in values):
            raise self.error(f"'{key}' must be a list of non-empty texts")
        return [value.strip() for value in values]

    def table(self, key: str) -> "Table":
        """An optional sub-table; absent reads as empty."""
        return Table(self._get(key, dict, {}), f"{self.where}: {key}")

    def tables(self, key: str, *, required: bool = True) -> list["Table"]:
        values = self._get(key, list, _REQUIRED if required else [])
        return [Table(value, f"{self.where}: {key} #{n}") for n, value in enumerate(values, 1)]

    def named(self, where: str) -> "Table":
        """Name the table by its key once that is read, for clearer messages."""
        self.where = where
        return self

    def finish(self) -> None:
        """Refuse keys nobody read: a misspelt `optinal = true` must not pass silently."""
        unknown = sorted(set(self.values) - self._read)
        if unknown:
            raise self.error(f"unknown key(s) {', '.join(unknown)}")


_REQUIRED = object()
