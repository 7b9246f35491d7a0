"""Where a `kembali` parameter may send a visitor back to: this site only."""


def safe_local_path(target: str | None, fallback: str = "/") -> str:
    """Only a path on this site: never `//host` or a full URL (no open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return fallback
    return target
