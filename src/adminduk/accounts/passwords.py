"""Password hashing with Argon2id, sized for a small server under a burst of sign-ins."""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# OWASP's minimum for Argon2id (19 MiB, two passes): about 20 ms a hash on these cores, so a
# two-core server survives a village signing in at once; the library default costs 90 ms.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)

# Compared against when the account does not exist, so both paths take the same time.
_UNKNOWN_ACCOUNT_HASH = _hasher.hash("no account has this password")

MIN_LENGTH = 8


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _UNKNOWN_ACCOUNT_HASH, password) and bool(
            password_hash
        )
    except (VerificationError, InvalidHashError):
        return False
