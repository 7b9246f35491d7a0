"""What a PDF carries besides its pages: scripts, automatic actions, embedded files.

The whole object graph reachable from the document catalog is walked, so nothing hides in
an odd corner (a form field, a name tree, an annotation's next action).
"""

from collections.abc import Iterator

from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, PdfObject

ATTACHMENT = "attachment"
SCRIPT = "script"
# Links and "open at page 1" are harmless but are removed too; only a check of output needs them.
ACTION = "action"

SCRIPT_ACTIONS = {
    "/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/ResetForm", "/GoToE", "/GoToR",
    "/Rendition", "/Sound", "/Movie", "/RichMediaExecute", "/Hide", "/SetOCGState", "/Trans",
}  # fmt: skip
MEDIA_SUBTYPES = {"/RichMedia", "/Screen", "/Movie", "/Sound", "/3D"}


def active_content(root: PdfObject) -> set[str]:
    """The kinds of active content (ATTACHMENT, SCRIPT, ACTION) reachable from `root`."""
    found = set()
    for obj in _walk(root):
        found |= _kinds_of(obj)
    return found


def _kinds_of(obj: DictionaryObject) -> set[str]:
    kinds = set()
    keys = set(obj.keys())
    action = obj.get("/S")
    subtype = obj.get("/Subtype")

    if keys & {"/EmbeddedFiles", "/EF"} or obj.get("/Type") == "/EmbeddedFile":
        kinds.add(ATTACHMENT)
    if subtype == "/FileAttachment":
        kinds.add(ATTACHMENT)
    if keys & {"/JS", "/JavaScript", "/XFA"} or action in SCRIPT_ACTIONS:
        kinds.add(SCRIPT)
    if subtype in MEDIA_SUBTYPES:
        kinds.add(SCRIPT)
    if keys & {"/AA", "/OpenAction", "/A"} or action is not None:
        kinds.add(ACTION)
    return kinds


def _walk(root: PdfObject) -> Iterator[DictionaryObject]:
    """Every dictionary (streams included) reachable from `root`, each object once."""
    seen: set[tuple[int, int]] = set()
    stack: list[PdfObject] = [root]
    while stack:
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            reference = (obj.idnum, obj.generation)
            if reference in seen:
                continue
            seen.add(reference)
            obj = obj.get_object()

        # Plain dict and list iteration keep references unresolved, so each is seen once.
        if isinstance(obj, DictionaryObject):
            yield obj
            stack.extend(dict.values(obj))
        elif isinstance(obj, ArrayObject):
            stack.extend(list.__iter__(obj))
