"""Every limit on uploaded files, in one place: messages and the browser script quote these."""

from datetime import timedelta

# One uploaded file. Caddy's MAX_BODY_SIZE (25 MB) is the outer fence; this is the rule.
MAX_FILE_BYTES = 10 * 1000 * 1000
MAX_FILE_LABEL = "10 MB"

# Decoded pixels. 48 MP camera modes (8000 x 6000) pass; larger ones rarely fit in 10 MB anyway.
MAX_PIXELS = 50_000_000
MAX_PIXELS_LABEL = "50"

# Longer side of a stored photo: an A4 page at about 170 dpi, small print stays legible.
MAX_IMAGE_SIDE = 2000
JPEG_QUALITY = 80

MAX_PDF_PAGES = 20

# Resumable uploads: the browser sends pieces of this size; the server takes at most MAX_CHUNK.
CHUNK_BYTES = 256 * 1024
MAX_CHUNK_BYTES = 1024 * 1024
# Staging files untouched for this long are abandoned and may be removed.
ABANDONED_AFTER = timedelta(hours=24)
