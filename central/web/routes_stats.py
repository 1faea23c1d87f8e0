"""The statistics page (coordinator, analyst): the office figures k-suppressed, charts, the monthly PDF."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request
from starlette.responses import Response

from central.hub import stats
from central.hub.sessions import Session
from central.web import charts, report
from central.web.render import language, page
from central.web.routing import router
from central.web.security import service_of, signed_in
from protocol.keys import parse_root

routes = router()
Signed = Annotated[Session, Depends(signed_in)]


@routes.get("/hub/stats")
def overview(request: Request, session: Signed, start: Annotated[str | None, Query(alias="from", max_length=7)] = None,
             end: Annotated[str | None, Query(alias="to", max_length=7)] = None) -> Response:
    """The figures for a period of encounter months (all by default)."""
    svc = service_of(request)
    found = stats.figures(svc.store, session.principal, start=start or None, end=end or None)
    rtl = language(request) == "ur"
    tables = {dim: charts.bars(cells, rtl=rtl) for dim, cells in found["persons_by"].items() if dim != "month"}
    return page(request, "stats.html", current="stats", figures=found, tables=tables,
                months=charts.columns(found["persons_by"]["month"], rtl=rtl), start=start or "", end=end or "",
                chart=charts)


@routes.get("/hub/stats/report")
def monthly_report(request: Request, session: Signed, month: Annotated[str, Query(max_length=7)]) -> Response:
    """The monthly report as a PDF download."""
    svc = service_of(request)
    found = stats.monthly(svc.store, session.principal, month=month)
    data = report.render(found, month=month, office_name=parse_root(svc.root).office_name)
    return Response(data, media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="nrm-report-{month}.pdf"'})
