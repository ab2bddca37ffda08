"""`cdtt report …` and `cdtt documents …`: official documents without the window.

`cdtt report` issues the document (a number from the register, the PDF kept) and writes a copy to --out;
with --draft it writes an unnumbered preview and registers nothing. Issuing unchanged content again gives
back the document already issued, byte for byte.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from cdtt_desktop.cli import CliError, _require_setup, _translator, _workspace

CASE_DOCS = ("to-trinh", "ban-giao")


def add_parsers(sub: Any) -> None:
    report = sub.add_parser("report", help="make an official document (NĐ 30 format) as PDF")
    rsub = report.add_subparsers(dest="action", required=True, metavar="KIND")
    p = rsub.add_parser("periodic", help="the periodic communications report (BÁO CÁO)")
    p.add_argument("--period", required=True, help="2026-11, 2026-Q4, 2026-H2, 2026 or campaign:<id>")
    _common(p)
    p.set_defaults(handler=_cmd_periodic)
    p = rsub.add_parser("consolidated", help="the upper level's report adding up its units' periodic reports")
    p.add_argument("--period", required=True, help="2026-11, 2026-Q4, 2026-H2 or 2026")
    _common(p)
    p.set_defaults(handler=_cmd_consolidated)
    p = rsub.add_parser("story", help="the dossier of one model-practice story")
    p.add_argument("id")
    _common(p)
    p.set_defaults(handler=_cmd_story)
    p = rsub.add_parser("case", help="a Mái ấm document: the proposal (tờ trình) or the handover record")
    p.add_argument("ids", nargs="+", metavar="ID", help="one case; several for a proposal")
    p.add_argument("--doc", required=True, choices=CASE_DOCS)
    _common(p)
    p.set_defaults(handler=_cmd_case)

    docs = sub.add_parser("documents", help="the register of issued documents")
    dsub = docs.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = dsub.add_parser("list", help="print the register (number, date, kind, subject, signer, SHA-256)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--year", type=int)
    p.set_defaults(handler=_cmd_documents_list)
    p = dsub.add_parser("export", help="write an issued document, exactly as issued, to a file")
    p.add_argument("id")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=_cmd_documents_export)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True, help="where to write the PDF")
    p.add_argument("--draft", action="store_true", help="an unnumbered preview; nothing is registered")
    p.add_argument("--number", type=int, help="issue with this number (continuing the paper register)")
    p.add_argument("--date", type=dt.date.fromisoformat, help="the issue date, YYYY-MM-DD (default today)")


def _cmd_periodic(args: argparse.Namespace) -> int:
    from cdtt_desktop.services import documents as docs
    from cdtt_desktop.services.doc_periodic import build_periodic_report
    from cdtt_desktop.services.report_periods import resolve_period

    ws = _workspace(args)
    translate = _translator(ws.settings["language"])
    try:
        period = resolve_period(ws, args.period)
    except LookupError as exc:
        raise CliError(translate("Cli", "No campaign with the id {id}.").format(
            id=args.period.removeprefix("campaign:"))) from exc
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    return _produce(ws, args, lambda: build_periodic_report(ws, period), docs.periodic_source(period.key))


def _cmd_consolidated(args: argparse.Namespace) -> int:
    from cdtt_desktop.domain.periods import parse_period
    from cdtt_desktop.services.doc_consolidated import build_consolidated_report, consolidated_source

    ws = _workspace(args)
    try:
        period = parse_period(args.period)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    return _produce(ws, args, lambda: build_consolidated_report(ws, period), consolidated_source(period.key))


def _cmd_story(args: argparse.Namespace) -> int:
    from cdtt_desktop.services import documents as docs
    from cdtt_desktop.services.doc_story import build_story_dossier

    ws = _workspace(args)
    missing = _translator(ws.settings["language"])("Cli", "No story with the id {id}.").format(id=args.id)
    return _produce(ws, args, lambda: build_story_dossier(ws, args.id), docs.story_source(args.id), missing)


def _cmd_case(args: argparse.Namespace) -> int:
    from cdtt_desktop.services import documents as docs
    from cdtt_desktop.services.doc_housing import build_handover, build_proposal

    ws = _workspace(args)
    translate = _translator(ws.settings["language"])
    if args.doc == "ban-giao":
        if len(args.ids) != 1:
            raise CliError(translate("Cli", "A handover record is made for one case at a time."))
        missing = translate("Cli", "No case with the id {id}.").format(id=args.ids[0])
        return _produce(ws, args, lambda: build_handover(ws, args.ids[0]), docs.handover_source(args.ids[0]),
                        missing)
    ids = sorted(set(args.ids))
    return _produce(ws, args, lambda: build_proposal(ws, ids), docs.proposal_source(ids))


def _produce(ws: Any, args: argparse.Namespace, build: Any, source: str, missing: str = "") -> int:
    """Build, then issue (or draw a draft), then write the copy; every failure is one translated line."""
    from cdtt_desktop.services import documents as docs

    _require_setup(ws)
    translate = _translator(ws.settings["language"])
    document = _built(build, translate, missing)
    on = args.date or dt.date.today()
    try:
        if args.draft:
            pdf = docs.render_draft(ws, document, today=on)
            _write(args.out, pdf.data, translate)
            print(translate("Cli", "Draft written to {file} ({pages} pages); nothing was registered.").format(
                file=args.out, pages=pdf.pages))
            return 0
        issued = docs.issue(ws, document, source=source, on=on, number=args.number)
    except docs.NumberTakenError as exc:
        raise CliError(translate("Cli", "{number} is already in the register: choose another number.").format(
            number=exc.number_text)) from exc
    _write(args.out, docs.open_issued(ws, issued.id), translate)
    _report_issued(issued, args.out, translate)
    return 0


def _built(build: Any, translate: Any, missing: str) -> Any:
    from cdtt_desktop.domain.housing_names import render_problem
    from cdtt_desktop.domain.messages import ValidationError

    try:
        return build()
    except ValidationError as exc:
        raise CliError("; ".join(render_problem(p, translate) for p in exc.problems)) from exc
    except LookupError as exc:
        raise CliError(missing or str(exc)) from exc


def _report_issued(issued: Any, out: Path, translate: Any) -> None:
    from cdtt_desktop.formatting import date

    if issued.reused:
        print(translate("Cli", "This content was already issued as {number} on {date}; the same document was "
                               "written to {file}.").format(number=issued.number_text, date=date(issued.issued_on),
                                                           file=out))
    else:
        print(translate("Cli", "Issued {number} on {date} ({pages} pages), written to {file}.").format(
            number=issued.number_text, date=date(issued.issued_on), pages=issued.pages, file=out))
    if issued.removed:
        print(translate("Cli", "Left out, because the document font cannot print them: {chars}").format(
            chars=" ".join(issued.removed)))
    print(f"SHA-256 {issued.pdf_sha256}")


def _write(path: Path, data: bytes, translate: Any) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise CliError(translate("Cli", "Cannot write {file}: {reason}").format(file=path, reason=exc.strerror)) \
            from exc


def _cmd_documents_list(args: argparse.Namespace) -> int:
    from cdtt_desktop.formatting import date
    from cdtt_desktop.services.documents import list_issued

    ws = _workspace(args)
    rows = list_issued(ws, year=args.year)
    if args.json:
        print(json.dumps([{"id": d.id, "kind": d.kind, "number": d.number, "number_text": d.number_text,
                           "year": d.year, "issued_on": d.issued_on.isoformat(), "subject": d.subject,
                           "signer": d.signer, "source": d.source, "pages": d.pages, "size": d.size,
                           "pdf_sha256": d.pdf_sha256, "data_sha256": d.data_sha256} for d in rows],
                         ensure_ascii=False, indent=2))
        return 0
    for d in rows:
        print("\t".join([d.id, d.number_text, date(d.issued_on), d.subject, d.signer, d.pdf_sha256[:12]]))
    return 0


def _cmd_documents_export(args: argparse.Namespace) -> int:
    from cdtt_desktop.services.documents import DocumentDamagedError, open_issued
    from cdtt_desktop.storage.records import RecordNotFoundError

    ws = _workspace(args)
    translate = _translator(ws.settings["language"])
    try:
        data = open_issued(ws, args.id)
    except RecordNotFoundError as exc:
        raise CliError(translate("Cli", "No issued document with the id {id}.").format(id=args.id)) from exc
    except DocumentDamagedError as exc:
        raise CliError(translate("Cli", "The stored file of {number} is damaged and cannot be restored.").format(
            number=exc)) from exc
    _write(args.out, data, translate)
    print(args.out)
    return 0
