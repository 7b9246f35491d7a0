"""Render and sign one synthetic document of every kind; print the time and size of each.

    .venv/bin/python bench/documents.py [OUTPUT_DIR]

OUTPUT_DIR (default var/bench-documents, which git ignores) receives one signed PDF per kind
and, in signing/, the development authority that signed them (authority.pem is the trust root).
Times are medians of RUNS runs after a warm-up, in this one process: the font is parsed once.
The budget for a family card with ten members is BUDGET_MS and BUDGET_KB.
"""

import io
import logging
import statistics
import sys
import time
from pathlib import Path

from pypdf import PdfReader

from adminduk.documents import ensure_development_authority, render, samples
from adminduk.documents.verify import verify_pdf

PROJECT = Path(__file__).resolve().parents[1]

RUNS = 20
BUDGET_MS = 100
BUDGET_KB = 60


def main() -> int:
    logging.basicConfig(level=logging.ERROR)
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else PROJECT / "var" / "bench-documents"
    output.mkdir(parents=True, exist_ok=True)
    signer = ensure_development_authority(output / "signing", samples.OFFICE)
    roots = [signer.authority_certificate()]

    lines = [f"{'kind':<24}{'render ms':>10}{'sign ms':>9}{'total ms':>10}{'KB':>7}  pages"]
    over_budget = False
    for kind, (document, issue) in samples.documents().items():
        # The warm-up: the first document of a process also loads the font.
        signed = signer.sign(render(document, issue))
        renders, signs, totals = [], [], []
        for _ in range(RUNS):
            started = time.perf_counter()
            pdf = render(document, issue)
            rendered = time.perf_counter()
            signed = signer.sign(pdf)
            finished = time.perf_counter()
            renders.append(rendered - started)
            signs.append(finished - rendered)
            totals.append(finished - started)

        if not verify_pdf(signed, roots).valid:
            raise SystemExit(f"{kind}: the signed document does not verify")
        (output / f"{kind}.pdf").write_bytes(signed)
        total = statistics.median(totals) * 1000
        size = len(signed) / 1024
        pages = len(PdfReader(io.BytesIO(signed)).pages)
        lines.append(
            f"{kind:<24}{_ms(renders):>10.1f}{_ms(signs):>9.1f}{total:>10.1f}{size:>7.1f}  {pages}"
        )
        if kind == "kk" and (total > BUDGET_MS or size > BUDGET_KB):
            over_budget = True

    lines.append(f"signed PDFs in {output}")
    sys.stdout.write("\n".join(lines) + "\n")
    if over_budget:
        sys.stderr.write(f"the family card is over budget ({BUDGET_MS} ms, {BUDGET_KB} KB)\n")
        return 1
    return 0


def _ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


if __name__ == "__main__":
    raise SystemExit(main())
