"""The public /verify page: paste a letter's QR text or upload its PDF; no sign-in, nothing personal shown."""

from __future__ import annotations

from typing import Annotated

from fastapi import File, Form, Request, UploadFile
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from central.hub import letter_check
from central.web.render import page
from central.web.routing import router
from central.web.security import service_of

routes = router()


@routes.get("/verify")
def verify_form(request: Request) -> Response:
    """The form."""
    return page(request, "verify.html", result=None)


@routes.post("/verify")
async def verify(request: Request, qr_text: Annotated[str, Form(max_length=8000)] = "",
                 pdf: Annotated[UploadFile | None, File()] = None) -> Response:
    """Check what was given (the PDF when both are)."""
    store = service_of(request).store
    data = await pdf.read(letter_check.MAX_PDF + 1) if pdf is not None and pdf.filename else b""
    if data:
        result = await run_in_threadpool(letter_check.check_pdf, store, data)
    else:
        result = await run_in_threadpool(letter_check.check_text, store, qr_text)
    return await run_in_threadpool(page, request, "verify.html", result=result)
