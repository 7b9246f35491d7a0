"""A one-page PDF that carries every kind of active content the PDF checker must take out."""

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    RectangleObject,
    TextStringObject,
)

from tests.uploads.samples import pdf_bytes

SCRIPT = "app.alert('skrip di dalam PDF');"


def _dictionary(**entries: object) -> DictionaryObject:
    def value(item: object):
        if isinstance(item, str):
            return NameObject(item) if item.startswith("/") else TextStringObject(item)
        return item

    return DictionaryObject({NameObject(f"/{key}"): value(item) for key, item in entries.items()})


def pdf_with_active_content() -> bytes:
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    script = writer._add_object(_dictionary(Type="/Action", S="/JavaScript", JS=SCRIPT))
    launch = writer._add_object(_dictionary(S="/Launch", F="C:\\Windows\\calc.exe"))

    writer.add_attachment("lampiran.exe", b"MZ this is not a document")
    names = writer._root_object["/Names"]
    names[NameObject("/JavaScript")] = _dictionary(
        Names=ArrayObject([TextStringObject("buka"), script])
    )
    writer._root_object[NameObject("/OpenAction")] = script
    page[NameObject("/AA")] = _dictionary(O=script)

    field = writer._add_object(_dictionary(FT="/Tx", T="nama", AA=_dictionary(K=script)))
    widget = _dictionary(
        Type="/Annot", Subtype="/Widget", Rect=RectangleObject([50, 700, 250, 720]),
        Parent=field, AA=_dictionary(Fo=script),
    )  # fmt: skip
    link = _dictionary(
        Type="/Annot", Subtype="/Link", Rect=RectangleObject([50, 600, 250, 620]), A=launch
    )
    attachment = _dictionary(
        Type="/Annot", Subtype="/FileAttachment", Rect=RectangleObject([50, 500, 70, 520]),
        FS=_dictionary(Type="/Filespec", F="virus.exe"),
    )  # fmt: skip
    page[NameObject("/Annots")] = ArrayObject(
        [writer._add_object(annotation) for annotation in (widget, link, attachment)]
    )
    writer._root_object[NameObject("/AcroForm")] = _dictionary(
        Fields=ArrayObject([field]), XFA=TextStringObject("<xdp/>"), NeedAppearances=NumberObject(1)
    )
    return pdf_bytes(writer)
