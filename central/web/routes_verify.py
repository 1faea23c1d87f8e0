"""The public /verify page: paste a letter's QR text or upload its PDF; no sign-in, nothing personal shown."""

from __future__ import annotations

from typing import Annotated

from fastapi import File, Form, Request, UploadFile
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from central.errors import LetterLocked
from central.hub import verify as letters
from central.web.render import page
from central.web.routing import router
from central.web.security import MAX_UPLOAD, service_of

routes = router()


@routes.get("/verify")
def verify_form(request: Request) -> Response:
    """The form."""
    return page(request, "verify.html", result=None, reason=None)


@routes.post("/verify")
async def verify(request: Request, qr_text: Annotated[str, Form(max_length=8000)] = "",
                 pdf: Annotated[UploadFile | None, File()] = None) -> Response:
    """Check what was given (the PDF when both are)."""
    store = service_of(request).store
    data = await pdf.read(MAX_UPLOAD) if pdf is not None and pdf.filename else b""
    try:
        if data:
            result = await run_in_threadpool(letters.verify_pdf, store, data)
        else:
            result = await run_in_threadpool(letters.verify_text, store, qr_text)
    except LetterLocked:
        result = letters.Verdict(False, "locked")
    reason = (result.reason or "").replace(" ", "_") or None  # protocol.letter.Reason values as label codes
    return await run_in_threadpool(page, request, "verify.html", result=result, reason=reason)
