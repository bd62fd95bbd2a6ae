"""A page compressed once with gzip, with slots that each reader's token (their CSRF token, always
``SLOT_LENGTH`` bytes) fills when it is sent: the reader that accepts gzip gets a gzip stream without the page
being decompressed and compressed again.

The compressor sees a placeholder of ``SLOT_LENGTH`` NUL bytes in each slot, with the deflate blocks flushed to a
byte boundary before and after it (``Z_SYNC_FLUSH``); the placeholder's own blocks are dropped and the reader's
token goes in their place as a stored block (RFC 1951, 3.2.4) of the same length. So every later back-reference
keeps its distance, and none can point into a slot: an HTML page holds no NUL byte, so no run of the page equals
bytes of a placeholder (a page that does hold one is compressed with the memory cleared at each slot,
``Z_FULL_FLUSH``, a few hundred bytes larger). The gzip trailer's CRC-32 is worked out from the parts' own: CRC-32
is linear, so the CRC of a part continued from any value is the CRC of as many zero bytes continued from that
value, XOR a constant of the part computed when it was compressed.

The token itself is never compressed (a stored block, and the compressor saw NULs in its place), so the length of
a response tells nothing about it, whatever text of the reader's the page reflects (BREACH); Django also masks it
anew for every response."""

import struct
import zlib
from typing import NamedTuple

GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # deflate, no name, no time, no flags, unknown OS
SLOT_LENGTH = 64  # Django's masked CSRF token
PLACEHOLDER = b"\x00" * SLOT_LENGTH
STORED_MAX = 0xFFFF  # bytes a stored block holds at most
_zeros = bytes(1 << 16)  # grown on demand: the zero bytes of a part's length, for its CRC


class SlottedGzip(NamedTuple):
    chunks: tuple[bytes, ...]  # the raw deflate data of each part, the last one ending the stream
    first_crc: int  # the CRC-32 of the first part
    tails: tuple[tuple[int, int], ...]  # each later part: (its length, its CRC XOR the CRC of as many zeros)
    length: int  # the parts' length in all (the slots' bytes not counted)
    cleared: bool  # compressed with the memory cleared at each slot: any filler fits, not only SLOT_LENGTH bytes

    @property
    def slots(self) -> int:
        return len(self.tails)


def _zeros_crc(length: int, value: int) -> int:
    global _zeros
    if len(_zeros) < length:
        _zeros = bytes(max(length, 2 * len(_zeros)))
    return zlib.crc32(memoryview(_zeros)[:length], value)


def compress_slotted(parts: list[bytes], level: int = 6) -> SlottedGzip:
    """``parts``: the text around the slots (one more than there are slots)."""
    cleared = any(b"\x00" in part for part in parts)
    between = zlib.Z_FULL_FLUSH if cleared else zlib.Z_SYNC_FLUSH
    compressor = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
    chunks = []
    for number, part in enumerate(parts):
        if number == len(parts) - 1:
            chunks.append(compressor.compress(part) + compressor.flush(zlib.Z_FINISH))
            break
        chunks.append(compressor.compress(part) + compressor.flush(between))
        if not cleared:  # the compressor's memory holds the slot's length; its blocks are dropped
            compressor.compress(PLACEHOLDER)
            compressor.flush(zlib.Z_SYNC_FLUSH)
    tails = tuple((len(part), zlib.crc32(part) ^ _zeros_crc(len(part), 0)) for part in parts[1:])
    return SlottedGzip(tuple(chunks), zlib.crc32(parts[0]), tails, sum(map(len, parts)), cleared)


def _stored(data: bytes) -> bytes:
    """``data`` as stored deflate blocks (none for no data), each not the last of the stream."""
    blocks = []
    for start in range(0, len(data), STORED_MAX):
        piece = data[start : start + STORED_MAX]
        blocks += [b"\x00", struct.pack("<HH", len(piece), len(piece) ^ 0xFFFF), piece]
    return b"".join(blocks)


def fits(copy: SlottedGzip, filler: bytes) -> bool:
    """Whether ``gzip_filled`` can put ``filler`` in the slots."""
    return copy.cleared or len(filler) == SLOT_LENGTH


def gzip_filled(copy: SlottedGzip, filler: bytes) -> bytes:
    """The gzip stream of the page with ``filler`` in every slot (``fits`` must hold)."""
    if not fits(copy, filler):
        raise ValueError(f"a slot holds {SLOT_LENGTH} bytes, not {len(filler)}")
    block = _stored(filler)
    crc = copy.first_crc
    pieces = [GZIP_HEADER, copy.chunks[0]]
    for chunk, (length, constant) in zip(copy.chunks[1:], copy.tails, strict=True):
        crc = _zeros_crc(length, zlib.crc32(filler, crc)) ^ constant
        pieces += [block, chunk]
    size = copy.length + len(filler) * copy.slots
    pieces.append(struct.pack("<II", crc, size & 0xFFFFFFFF))
    return b"".join(pieces)


def plain_filled(copy: SlottedGzip, filler: bytes) -> bytes:
    """The page itself with ``filler`` (any length) in every slot."""
    decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
    block = _stored(b"" if copy.cleared else PLACEHOLDER)
    parts = [decompressor.decompress(copy.chunks[0])]
    for chunk in copy.chunks[1:]:
        decompressor.decompress(block)  # the window keeps the slot's length
        parts.append(decompressor.decompress(chunk))
    return filler.join(parts)
