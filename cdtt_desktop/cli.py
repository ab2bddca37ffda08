"""The `cdtt` command: set-up, demo data, checks, search, activities, stories and Mái ấm cases without the window.

Every subcommand exits 0 on success and 1 with a one-line reason otherwise. The
reason is in the workspace's language (Vietnamese unless set otherwise).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from cdtt_desktop import __version__
from cdtt_desktop.paths import resolve_data_dir

Handler = Callable[[argparse.Namespace], int]
_opened: list[Any] = []  # workspaces opened by a handler, closed when main() returns


class CliError(Exception):
    """A reason to stop with exit code 1; the message is already translated."""


def _translator(language: str = "vi") -> Callable[[str, str], str]:
    from cdtt_desktop.i18n import PlainTranslator

    try:
        return PlainTranslator(language)
    except FileNotFoundError:
        return lambda _context, text: text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cdtt", description="CĐTT Desktop command line")
    parser.add_argument("--version", action="version", version=f"cdtt {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder (default: $CDTT_DATA_DIR or the user data folder)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("init", help="set up a data folder without the window")
    p.add_argument("--unit", required=True, help="own unit's name, e.g. 'Công đoàn phường Ba Đình'")
    p.add_argument("--parent", required=True, help="parent body, e.g. 'Liên đoàn Lao động thành phố Hà Nội'")
    p.add_argument("--abbr", required=True, help="abbreviation for document numbers, e.g. CĐP")
    p.add_argument("--place", required=True, help="place name for the date line, e.g. 'Hà Nội'")
    p.add_argument("--officer", default="", help="the officer's name, recorded with each change")
    p.add_argument("--address", default="")
    p.set_defaults(handler=_cmd_init)

    p = sub.add_parser("demo-data", help="fill the data folder with realistic demo data")
    p.add_argument("--activities", type=int, default=300, metavar="N")
    p.add_argument("--stories", type=int, default=0, metavar="N", help="also add N model-practice stories")
    p.add_argument("--cases", type=int, default=0, metavar="N", help="also add N Mái ấm Công đoàn cases")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.set_defaults(handler=_cmd_demo)

    p = sub.add_parser("doctor", help="check the database, search index and attachments")
    p.set_defaults(handler=_cmd_doctor)

    p = sub.add_parser("search", help="find records, accents optional")
    p.add_argument("text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_search)

    acts = sub.add_parser("activities", help="list, import or export activities")
    asub = acts.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = asub.add_parser("list", help="print the activities")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_list)
    p = asub.add_parser("import", help="import activities from CSV or XLSX (all or nothing)")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_cmd_import)
    p = asub.add_parser("export", help="export activities to CSV or XLSX")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=_cmd_export)

    stories = sub.add_parser("stories", help="list model-practice stories or move one along its lifecycle")
    ssub = stories.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = ssub.add_parser("list", help="print the stories (kind, title, unit, status, revision, updated)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_stories_list)
    p = ssub.add_parser("transition", help="move a story to another status, if its lifecycle allows it")
    p.add_argument("id")
    p.add_argument("status", help="draft, ready, sent, received, returned or approved")
    p.add_argument("--comment", default="", help="why it is returned (required for 'returned')")
    p.set_defaults(handler=_cmd_stories_transition)

    cases = sub.add_parser("cases", help="list Mái ấm Công đoàn housing cases")
    csub = cases.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = csub.add_parser("list", help="print the cases (step, beneficiary with masked CCCD, unit, amounts)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_cases_list)
    from cdtt_desktop import cli_bundles, cli_documents, cli_sync
    from cdtt_desktop.hub import cli as cli_hub

    cli_documents.add_parsers(sub)
    cli_bundles.add_parsers(sub)
    cli_sync.add_parsers(sub)
    cli_hub.add_parsers(sub)
    return parser


def _workspace(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from cdtt_desktop.services.workspace import SchemaTooNewError, open_workspace

    translate = _translator()
    try:
        ws = open_workspace(resolve_data_dir(args.data_dir))
    except SchemaTooNewError as exc:
        raise CliError(translate("Cli", "The data was written by a newer version of CĐTT Desktop (schema {found}); "
                                 "this version knows up to {known}. Please update the application.")
                       .format(found=exc.found, known=exc.known)) from exc
    except Exception as exc:
        raise CliError(translate("Cli", "Cannot open the data folder: {reason}").format(reason=exc)) from exc
    _opened.append(ws)
    return ws


def _require_setup(ws) -> None:  # type: ignore[no-untyped-def]
    from cdtt_desktop.services.setup import is_set_up

    if not is_set_up(ws):
        translate = _translator(ws.settings["language"])
        raise CliError(translate("Cli", "This data folder is not set up yet: run 'cdtt init' or start the "
                                        "application."))


def _cmd_init(args: argparse.Namespace) -> int:
    from cdtt_desktop.domain.messages import ValidationError
    from cdtt_desktop.domain.units import OwnUnitSetup
    from cdtt_desktop.services.setup import save_setup

    ws = _workspace(args)
    translate = _translator(ws.settings["language"])
    setup = OwnUnitSetup(unit_name=args.unit, parent_name=args.parent, abbreviation=args.abbr,
                         place_name=args.place, address=args.address, officer_name=args.officer)
    try:
        save_setup(ws, setup)
    except ValidationError as exc:
        raise CliError("; ".join(f"{p.field}: {p.render(translate)}" for p in exc.problems)) from exc
    print(translate("Cli", "Data folder set up: {path}").format(path=ws.paths.root))
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from cdtt_desktop.services.demo import generate_demo_data
    from cdtt_desktop.services.demo_stories import generate_demo_stories

    ws = _workspace(args)
    summary = generate_demo_data(ws, activities=args.activities, seed=args.seed, progress=_progress_printer())
    translate = _translator(ws.settings["language"])
    print(translate("Cli", "Demo data added: {count} activities, {units} grassroots unions.")
          .format(count=summary.activities, units=summary.grassroots))
    if args.stories > 0:
        added = generate_demo_stories(ws, count=args.stories, seed=args.seed)
        print(translate("Cli", "Demo stories added: {count}.").format(count=len(added)))
    if args.cases > 0:
        from cdtt_desktop.services.demo_cases import generate_demo_cases

        cases = generate_demo_cases(ws, count=args.cases, seed=args.seed)
        print(translate("Cli", "Demo Mái ấm cases added: {count}.").format(count=len(cases)))
    return 0


def _progress_printer() -> Callable[[int, int], None]:
    """Show progress of long work on stderr when it is a terminal (nothing in pipes and tests)."""
    if not sys.stderr.isatty():
        return lambda done, total: None

    def show(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def _cmd_doctor(args: argparse.Namespace) -> int:
    from cdtt_desktop.services.doctor import run_checks

    ws = _workspace(args)
    report = run_checks(ws)
    for line in report.lines:
        print(line)
    return 0 if report.ok else 1


def _cmd_search(args: argparse.Namespace) -> int:
    from cdtt_desktop.services.search import search

    ws = _workspace(args)
    hits = search(ws, args.text)
    if args.json:
        print(json.dumps(hits, ensure_ascii=False, indent=2))
    else:
        for hit in hits:
            print(f"{hit['kind']}\t{hit['id']}\t{hit['date'] or ''}\t{hit['title']}")
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    from cdtt_desktop.services.activity_io import list_activities

    ws = _workspace(args)
    rows = list_activities(ws)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print(f"{row['id']}\t{row['date']}\t{row['channel']}\t{row['title']}")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from cdtt_desktop.services.activity_io import ImportFailedError, import_activities

    ws = _workspace(args)
    _require_setup(ws)
    translate = _translator(ws.settings["language"])
    try:
        report = import_activities(ws, args.file, progress=_progress_printer())
    except ImportFailedError as exc:
        for problem in exc.row_problems[:50]:
            print(problem.render(translate), file=sys.stderr)
        raise CliError(exc.summary(translate)) from exc
    print(translate("Cli", "Imported {count} activities from {file}.").format(count=report.imported, file=args.file))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from cdtt_desktop.services.activity_io import TabularError, export_activities

    ws = _workspace(args)
    translate = _translator(ws.settings["language"])
    try:
        count = export_activities(ws, args.out)
    except TabularError as exc:  # a wrong file name or a failed write
        raise CliError(exc.render(translate)) from exc
    print(translate("Cli", "Exported {count} activities to {file}.").format(count=count, file=args.out))
    return 0


def _cmd_stories_list(args: argparse.Namespace) -> int:
    from cdtt_desktop.domain.stories import KIND_NAMES, STATUS_NAMES
    from cdtt_desktop.formatting import datetime_local
    from cdtt_desktop.services.stories import StoryFilter, list_stories

    ws = _workspace(args)
    translate = _translator(ws.settings["language"])
    stories = list_stories(ws, StoryFilter())
    if args.json:
        print(json.dumps([{"id": s.id, "kind": s.kind.value, "title": s.title, "unit": s.unit_name,
                           "status": s.status.value, "revision": s.revision, "updated": s.updated_at}
                          for s in stories], ensure_ascii=False, indent=2))
        return 0
    for s in stories:
        print("\t".join([s.id, translate("Rules", KIND_NAMES[s.kind]), s.title, s.unit_name,
                         translate("Rules", STATUS_NAMES[s.status]), str(s.revision), datetime_local(s.updated_at)]))
    return 0


def _cmd_stories_transition(args: argparse.Namespace) -> int:
    from cdtt_desktop.domain.messages import ValidationError
    from cdtt_desktop.domain.stories import STATUS_NAMES, StoryStatus, render_problem
    from cdtt_desktop.services.stories import RecordNotFoundError, get_story, transition_story

    ws = _workspace(args)
    translate = _translator(ws.settings["language"])
    try:
        target = StoryStatus(args.status)
    except ValueError as exc:
        raise CliError(translate("Cli", "Unknown status “{value}”: use one of {choices}.").format(
            value=args.status, choices=", ".join(s.value for s in StoryStatus))) from exc
    try:
        transition_story(ws, args.id, target, comment=args.comment)
    except RecordNotFoundError as exc:
        raise CliError(translate("Cli", "No story with the id {id}.").format(id=args.id)) from exc
    except ValidationError as exc:
        # What is missing names its field; a refused move says it all by itself.
        raise CliError("; ".join(render_problem(p, translate, with_field=p.field not in ("status", "comment"))
                                 for p in exc.problems)) from exc
    title = get_story(ws, args.id).summary.title
    print(translate("Cli", "“{title}” is now “{status}”.").format(
        title=title, status=translate("Rules", STATUS_NAMES[target])))
    return 0


def _cmd_cases_list(args: argparse.Namespace) -> int:
    from cdtt_desktop.domain.housing_checks import STEP_NAMES
    from cdtt_desktop.formatting import date, money
    from cdtt_desktop.services.housing import CaseFilter, list_cases

    step_context = "Housing"  # the step names' context (QT_TRANSLATE_NOOP in domain/housing_names.py)

    ws = _workspace(args)
    translate = _translator(ws.settings["language"])
    cases = list_cases(ws, CaseFilter())  # the CCCD comes masked: a list is never the case editor
    if args.json:
        print(json.dumps([{"id": c.id, "step": c.step.value, "beneficiary": c.beneficiary, "cccd": c.cccd_masked,
                           "unit": c.unit_name, "build_kind": c.build_kind, "requested": c.requested,
                           "approved": c.approved, "next_step": c.next_step.value if c.next_step else None,
                           "due_on": c.due_on, "year": c.year} for c in cases], ensure_ascii=False, indent=2))
        return 0
    for c in cases:
        print("\t".join([c.id, translate(step_context, STEP_NAMES[c.step]), c.beneficiary, c.cccd_masked, c.unit_name,
                         money(c.requested), money(c.approved), date(c.due_on) if c.due_on else ""]))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except CliError as exc:
        print(f"cdtt: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1
    finally:
        while _opened:
            _opened.pop().close()


if __name__ == "__main__":
    raise SystemExit(main())
