"""Read back the PDFs the program writes, for tests (DESIGN.md: PDFs are
tested by extracting their text and checking what must be there).

    from tests.pdftext import pdf_text, pdf_pages, pdf_fonts

``pdf_text`` joins all pages with a form feed; ``pdf_pages`` gives one string
per page; ``pdf_fonts`` names the fonts the pages use ("DejaVuSans", …, with
the subset prefix "AAAAAA+" removed) and ``embedded_fonts`` those whose font
file is inside the PDF.
"""
from __future__ import annotations

import io
import os
from typing import BinaryIO

from pypdf import PdfReader

Source = str | os.PathLike[str] | bytes | BinaryIO


def _reader(source: Source) -> PdfReader:
    if isinstance(source, bytes):
        return PdfReader(io.BytesIO(source))
    return PdfReader(source)


def pdf_pages(source: Source) -> list[str]:
    return [page.extract_text() or "" for page in _reader(source).pages]


def pdf_text(source: Source) -> str:
    return "\f".join(pdf_pages(source))


def _page_fonts(reader: PdfReader):
    for page in reader.pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        fonts = resources.get_object().get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            yield ref.get_object()


def _base(name: str) -> str:
    name = name.lstrip("/")
    return name.split("+", 1)[1] if "+" in name[:7] else name


def pdf_fonts(source: Source) -> set[str]:
    return {_base(str(f.get("/BaseFont", ""))) for f in _page_fonts(_reader(source))}


def embedded_fonts(source: Source) -> set[str]:
    found = set()
    for font in _page_fonts(_reader(source)):
        descriptors = []
        if "/FontDescriptor" in font:
            descriptors.append(font["/FontDescriptor"].get_object())
        for child in font.get("/DescendantFonts", []) or []:
            child = child.get_object()
            if "/FontDescriptor" in child:
                descriptors.append(child["/FontDescriptor"].get_object())
        if any(
            key in d for d in descriptors for key in ("/FontFile", "/FontFile2", "/FontFile3")
        ):
            found.add(_base(str(font.get("/BaseFont", ""))))
    return found
