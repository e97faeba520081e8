"""Device codes: the few characters in the tags a device issues for new labels.

A code is derived from the device's id (the first 20 bits of its SHA-256 in Crockford
base32), so a device that never met a server still has one; the sync server assigns every
enrolled device a code that no other enrolled device has (derived the same way, hashing
again past the codes taken).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection

TAG_CODE_LEN = 4  # characters of a derived device code: 32**4 = 1,048,576 codes
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # base32 without I, L, O, U


class CodesExhausted(Exception):
    """Every derivable device code is taken (about a million devices: not in practice)."""


def derive_device_code(device_id: str, taken: Collection[str] = ()) -> str:
    """The device's code: avoids the codes in `taken` by hashing again."""
    bits = 5 * TAG_CODE_LEN
    for attempt in range(10_000):
        seed = device_id if attempt == 0 else f"{device_id}/{attempt}"
        digest = hashlib.sha256(seed.encode("utf-8")).digest()
        value = int.from_bytes(digest[:4], "big") >> (32 - bits)
        code = "".join(CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(TAG_CODE_LEN)))
        if code not in taken:
            return code
    raise CodesExhausted("every device code is taken")
