"""Fill the list sections of the case view from the plain case dict (screenings show the engine's reasons)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from app.ui import clock
from app.ui.labels import (
    audit_action,
    dimension,
    label,
    list_separator,
    ui_language,
)
from app.ui.screening.reasons import pattern_text, requirement_text, warning_text


def _when(stamp: str | None) -> str:
    return clock.when(stamp)  # the post's time zone


def fill_encounters(tree: QTreeWidget, case: dict[str, Any]) -> None:
    for enc in case["encounters"]:
        tree.addTopLevelItem(QTreeWidgetItem([enc["date"], enc["place"], label(enc["circumstance"]),
                                              enc.get("notes") or ""]))


def fill_needs(tree: QTreeWidget, case: dict[str, Any]) -> None:
    for need in case["needs"]:
        tree.addTopLevelItem(QTreeWidgetItem([label(need["code"]), need.get("note") or ""]))


def fill_consents(tree: QTreeWidget, case: dict[str, Any]) -> None:
    orgs = case["org_names"]
    for c in case["consents"]:
        recipient = orgs.get(c["recipient_id"], c["recipient_id"]) if c["recipient_id"] else QCoreApplication.translate("CaseSections", "Central office")
        withdrawn = ""
        if c.get("withdrawn_on"):
            withdrawn = f"{c['withdrawn_on']} {c.get('withdrawal_reason') or ''}".strip()
        item = QTreeWidgetItem([label(c["purpose"]), recipient, label(c["method"]), c["given_on"],
                                c.get("interpreter") or "", c.get("witness") or "", c.get("guardian") or "", withdrawn])
        item.setData(0, Qt.ItemDataRole.UserRole, None if c.get("withdrawn_on") else c["id"])
        categories = c.get("data_categories") or []
        if categories:
            item.addChild(QTreeWidgetItem([QCoreApplication.translate("CaseSections", "Data it covers"), list_separator().join(label(c) for c in categories)]))
        rows = [_add_withdrawal(item, w, orgs) for w in case.get("withdrawals") or [] if w["consent_id"] == c["id"]]
        tree.addTopLevelItem(item)
        _expand_all(item, rows)
    for travel in (w for w in case.get("withdrawals") or [] if w["source"] == "office"):
        item = QTreeWidgetItem([QCoreApplication.translate("CaseSections", "Withdrawn at the office, on the person's request")])
        rows = [_add_withdrawal(item, travel, orgs)]
        tree.addTopLevelItem(item)
        _expand_all(item, rows)
    if not case["consents"]:
        tree.addTopLevelItem(QTreeWidgetItem([QCoreApplication.translate("CaseSections", "No consent recorded yet.")]))


def reached_text(reached: str) -> str:
    """Where a withdrawal has got to (app.services.withdrawal_sync.reached), in words."""
    texts = {
        "waiting": QCoreApplication.translate("CaseSections", "Waiting to be sent to the office"),
        "received": QCoreApplication.translate("CaseSections", "Received by the office"),
        "notified": QCoreApplication.translate("CaseSections", "Organisations told to stop and delete"),
        "confirmed": QCoreApplication.translate("CaseSections", "Every organisation confirmed it stopped and deleted"),
    }
    return texts.get(reached, reached)


def _expand_all(item: QTreeWidgetItem, rows: list[QTreeWidgetItem]) -> None:
    """A consent with a withdrawal on its way opens, so where it reached is seen at once."""
    if rows:
        item.setExpanded(True)
        for row in rows:
            row.setExpanded(True)


def _add_withdrawal(parent: QTreeWidgetItem, travel: dict[str, Any], orgs: dict[str, str]) -> QTreeWidgetItem:
    """Where the withdrawal has reached, and each organisation's confirmation (issue 16)."""
    row = QTreeWidgetItem([QCoreApplication.translate("CaseSections", "Withdrawal"), reached_text(travel["reached"])])
    if travel.get("received_at"):
        row.addChild(QTreeWidgetItem([QCoreApplication.translate("CaseSections", "Reached the office"),
                                      _when(travel["received_at"])]))
    for p in travel.get("providers") or []:
        name = orgs.get(p["organisation_id"]) or QCoreApplication.translate(  # never a bare id on screen
            "CaseSections", "An organisation the office routed it to")
        state = (QCoreApplication.translate("CaseSections", "Confirmed stopped and deleted {0}").format(_when(p["confirmed_at"]))
                 if p.get("confirmed_at") else
                 QCoreApplication.translate("CaseSections", "Told {0}, not confirmed yet").format(_when(p["notified_at"])))
        row.addChild(QTreeWidgetItem([name, state]))
    parent.addChild(row)
    return row


def fill_trail(tree: QTreeWidget, case: dict[str, Any]) -> None:
    names = case["user_names"]
    for entry in case["audit"]:
        actor = names.get(entry["actor"], entry["actor"])
        tree.addTopLevelItem(QTreeWidgetItem([_when(entry["at"]), actor, audit_action(entry["action"])]))


def fill_screenings(tree: QTreeWidget, case: dict[str, Any]) -> None:
    if not case["screenings"]:
        tree.addTopLevelItem(QTreeWidgetItem([QCoreApplication.translate("CaseSections", "No screening recorded yet.")]))
    for screening in case["screenings"]:
        top = QTreeWidgetItem([f"{instrument_title(screening['instrument_id'])} {screening['instrument_version']} — "
                               f"{_when(screening['created_at'])}", label(screening.get("classification"))])
        top.addChild(QTreeWidgetItem([QCoreApplication.translate("CaseSections", "Officer's reason"), screening.get("reason") or ""]))
        result = screening.get("result") or {}
        _add_decision(top, result.get("decision") if isinstance(result, dict) else None)
        for one in result.get("results", [result]) if isinstance(result, dict) else []:
            _add_result(top, one)
        tree.addTopLevelItem(top)
        _expand(top)
    tree.resizeColumnToContents(0)


def _add_decision(parent: QTreeWidgetItem, decision: dict[str, Any] | None) -> None:
    """The engine's suggestion beside the officer's choice, and the override mark when they differ."""
    if not decision:
        return
    parent.addChild(QTreeWidgetItem([QCoreApplication.translate("CaseSections", "Engine's suggestion"),
                                     label(decision.get("suggested"))]))
    if decision.get("override"):
        parent.addChild(QTreeWidgetItem([
            QCoreApplication.translate("CaseSections", "Override"),
            QCoreApplication.translate("CaseSections", "The officer chose differently from the suggestion")]))
    if decision.get("act"):
        parent.addChild(QTreeWidgetItem([
            QCoreApplication.translate("CaseSections", "Recruited, transported, transferred, harboured or received"),
            label(decision["act"])]))


def instrument_title(instrument_id: str) -> str:
    """An instrument's title in the interface language (its id only if the instrument is not bundled)."""
    from app.services.screening_flow import instruments

    found = instruments().get(instrument_id)
    if found is None:
        return instrument_id
    return found.title.get(ui_language()) or found.title.get("en") or instrument_id


def _expand(item: QTreeWidgetItem) -> None:
    """Open the screening, the engine's suggestion and each positive dimension (items must be in the tree)."""
    if item.data(0, Qt.ItemDataRole.UserRole) is not False:
        item.setExpanded(True)
    for i in range(item.childCount()):
        _expand(item.child(i))


def _add_result(parent: QTreeWidgetItem, result: dict[str, Any]) -> None:
    if not isinstance(result, dict) or "dimensions" not in result:
        return
    suggestion = QCoreApplication.translate("CaseSections", "Presumed victim") if result.get("presumed_victim") else QCoreApplication.translate("CaseSections", "Not presumed a victim")
    node = QTreeWidgetItem([QCoreApplication.translate("CaseSections", "Engine's suggestion (%1)").replace("%1", label(result.get("rule", ""))),
                            suggestion])
    if result.get("requirement"):
        node.addChild(QTreeWidgetItem([QCoreApplication.translate("CaseSections", "Rule applied"),
                                       requirement_text(str(result["requirement"]))]))
    language = "ur" if QCoreApplication.translate("Labels", "Open") != "Open" else "en"
    for code, dim in sorted(result["dimensions"].items()):
        if dim.get("positive"):
            verdict = QCoreApplication.translate("CaseSections", "positive (%1)").replace("%1", pattern_text(str(dim.get("pattern") or "")))
        else:
            verdict = QCoreApplication.translate("CaseSections", "not positive")
        dim_item = QTreeWidgetItem([dimension(code), verdict])
        for indicator in dim.get("indicators", []):
            text = indicator.get("label", {})
            shown = text.get(language) or text.get("en") or indicator.get("id", "")
            shown_id = f"{indicator.get('id', '')} " if language == "en" else ""  # ids are English codes
            dim_item.addChild(QTreeWidgetItem([f"{shown_id}{shown}", label(indicator.get("grade"))]))
        dim_item.setData(0, Qt.ItemDataRole.UserRole, bool(dim.get("positive")))
        node.addChild(dim_item)
    for warning in result.get("warnings", []):
        node.addChild(QTreeWidgetItem([QCoreApplication.translate("CaseSections", "Warning"), warning_text(str(warning))]))
    parent.addChild(node)
