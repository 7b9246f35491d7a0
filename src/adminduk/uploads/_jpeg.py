"""The segment structure of a JPEG file, read without a decoder."""

import struct

# APP1..APP15 (EXIF, XMP, ICC, multi-picture index, Photoshop) and comments. APP0 (JFIF) and
# APP14 (Adobe: tells how CMYK is stored) stay, as the decoder needs them.
METADATA_MARKERS = {*range(0xE1, 0xEE), 0xEF, 0xFE}


def without_metadata(data: bytes) -> bytes:
    """`data` without its metadata segments; unchanged when the structure cannot be followed."""
    kept, position = [data[:2]], 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return data
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte before a marker
            position += 1
            continue
        if marker == 0xDA:  # start of scan: image data follows
            kept.append(data[position:])
            return b"".join(kept)

        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        end = position + 2 + length
        if length < 2 or end > len(data):
            return data
        if marker not in METADATA_MARKERS:
            kept.append(data[position:end])
        position = end
    return data
