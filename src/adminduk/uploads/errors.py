"""Why a file was refused, and what was changed in one that was kept.

Each refusal has a stable code (for routes, logs and tests) and a message in plain Bahasa
Indonesia that says what happened and what the resident can do. Messages are catalogue
keys: translate first, then fill in the parameters.
"""

from dataclasses import dataclass

from adminduk.i18n import N_, gettext
from adminduk.uploads.limits import MAX_FILE_LABEL, MAX_PDF_PAGES, MAX_PIXELS_LABEL

REFUSALS = {
    "too_many_uploads": N_(
        "Terlalu banyak unggahan dalam satu jam. Tunggu sebentar, lalu unggah lagi."
    ),
    "empty": N_("File yang dikirim kosong. Pilih file-nya sekali lagi, lalu kirim ulang."),
    "too_large": N_(
        "File ini lebih besar dari %(limit)s, batas untuk satu file. Kirim file yang lebih "
        "kecil: foto ulang dengan resolusi kamera lebih rendah, atau kirim halaman per halaman."
    ),
    "unsupported": N_(
        "File ini bukan foto (JPG, PNG, WebP) atau PDF yang bisa dibuka, walaupun namanya "
        "mungkin terlihat begitu. Kirim foto dokumen dalam format JPG, atau file PDF."
    ),
    "heif": N_(
        "Foto ini berformat HEIC/HEIF, yang belum bisa dibuka petugas. Ubah format foto di "
        "setelan kamera ke JPG (di iPhone: Pengaturan > Kamera > Format > Paling Kompatibel; "
        "di Samsung: matikan Gambar efisiensi tinggi), lalu foto ulang dokumennya, atau kirim "
        "tangkapan layar (screenshot) foto itu."
    ),
    "image_broken": N_(
        "Foto ini rusak atau tidak lengkap (mungkin terpotong saat disimpan atau dikirim), "
        "sehingga tidak bisa dibuka. Kirim ulang foto aslinya, atau foto ulang dokumennya."
    ),
    "image_too_many_pixels": N_(
        "Foto ini terlalu besar untuk diproses (lebih dari %(limit)s megapiksel). Foto ulang "
        "dengan resolusi kamera yang lebih kecil, atau kirim tangkapan layarnya."
    ),
    "pdf_encrypted": N_(
        "PDF ini dikunci dengan kata sandi, sehingga petugas tidak bisa membukanya. Kirim PDF "
        "yang sama tanpa kata sandi, atau kirim foto halamannya."
    ),
    "pdf_broken": N_(
        "PDF ini rusak dan tidak bisa dibuka. Simpan atau pindai ulang dokumennya lalu kirim "
        "lagi, atau kirim foto halamannya."
    ),
    "pdf_too_many_pages": N_(
        "PDF ini berisi %(pages)s halaman, padahal satu file paling banyak %(limit)s halaman. "
        "Kirim hanya halaman yang diminta, atau bagi menjadi beberapa file."
    ),
    "pdf_active_content": N_(
        "PDF ini berisi skrip atau lampiran yang tidak bisa dibersihkan dengan aman. Cetak "
        "ulang ke PDF (Cetak > Simpan sebagai PDF), atau kirim foto halamannya."
    ),
    "upload_unknown": N_(
        "Unggahan ini tidak ditemukan atau sudah kedaluwarsa. Pilih file-nya lagi untuk "
        "mengunggah dari awal."
    ),
    "upload_invalid": N_(
        "Permintaan unggahan tidak lengkap atau tidak sah. Muat ulang halaman, lalu pilih "
        "file-nya lagi."
    ),
    "upload_offset": N_(
        "Bagian file datang tidak berurutan. Unggahan dilanjutkan dari bagian terakhir yang "
        "sudah diterima (%(offset)s byte)."
    ),
    "upload_conflict": N_(
        "Bagian file yang dikirim ulang berbeda dengan yang sudah diterima. Pilih file-nya "
        "lagi untuk mengunggah dari awal."
    ),
    "upload_incomplete": N_(
        "Unggahan belum selesai: baru %(offset)s dari %(length)s byte yang diterima. "
        "Tunggu sampai selesai, atau pilih file-nya lagi."
    ),
    "upload_damaged": N_(
        "File yang diterima tidak sama dengan file yang dikirim (rusak di jalan). Pilih "
        "file-nya lagi untuk mengunggah dari awal."
    ),
}

# Limits that messages quote, so that every message states the real number.
LIMIT_PARAMS = {
    "too_large": {"limit": MAX_FILE_LABEL},
    "image_too_many_pixels": {"limit": MAX_PIXELS_LABEL},
    "pdf_too_many_pages": {"limit": MAX_PDF_PAGES},
}

NOTICES = {
    "pdf_attachments_removed": N_(
        "File yang dilampirkan di dalam PDF ini tidak ikut disimpan: petugas hanya melihat "
        "halaman-halamannya. Jika dokumen yang diminta ada di lampiran itu, kirim sebagai "
        "file tersendiri."
    ),
    "pdf_scripts_removed": N_(
        "Skrip dan perintah otomatis di dalam PDF ini dihapus demi keamanan. Isi halamannya "
        "tidak berubah."
    ),
}


class UploadRefused(Exception):
    """A file, or a piece of one, that is not taken. `message` is the catalogue key."""

    def __init__(self, code: str, message: str | None = None, **params: object) -> None:
        self.code = code
        self.message = message if message is not None else REFUSALS[code]
        self.params = {**LIMIT_PARAMS.get(code, {}), **params}
        super().__init__(code)

    def text(self) -> str:
        """The message in the current interface language, with its numbers filled in."""
        return gettext(self.message) % self.params

    def __str__(self) -> str:
        return self.message % self.params

    def __repr__(self) -> str:
        return f"UploadRefused({self.code!r})"


class OffsetConflict(UploadRefused):
    """A chunk that does not start where the upload stands; `offset` is where it does."""

    def __init__(self, offset: int) -> None:
        super().__init__("upload_offset", offset=offset)
        self.offset = offset


@dataclass(frozen=True)
class Notice:
    """Something the resident should know about a file that was kept, e.g. what was removed."""

    code: str

    @property
    def message(self) -> str:
        return NOTICES[self.code]

    def text(self) -> str:
        return gettext(self.message)
