"""The headless command line: a thin face over the feature packages.

Every command takes --json. A knowledge base that cannot be used gives one sentence on stderr and exit
code 2; bad arguments give argparse's message and exit code 2. Nothing here starts the GUI.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import textwrap
from pathlib import Path
from typing import Callable

from legpain_gui import __version__, paths

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE = 0, 1, 2
COMMANDS = ("list", "show", "search", "doctor", "check", "compare", "extract")


class CliError(Exception):
    """A user-facing failure: one sentence and an exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one clear sentence, no traceback, exit 2
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def _path(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path is not a file name")
    return Path(text)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="legpain-gui", description="Offline reference on autoimmune causes of severe leg "
                     "pain. Without a command, starts the desktop app.")
    parser.add_argument("--version", action="store_true", help="print app, knowledge-base and HPO versions")
    parser.add_argument("--db", type=_path, default=None, help="open this knowledge-base file instead of the bundled one")
    parser.add_argument("--json", action="store_true", help="print JSON")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    common = _Parser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    common.add_argument("--db", type=_path, default=argparse.SUPPRESS, help="knowledge-base file")
    sub.add_parser("list", parents=[common], help="list the conditions")
    show = sub.add_parser("show", parents=[common], help="show one condition")
    show.add_argument("condition", help="id, name, synonym or code")
    search = sub.add_parser("search", parents=[common], help="search conditions and findings")
    search.add_argument("query", nargs="?", default="", help="any text")
    search.add_argument("--limit", type=int, default=25)
    sub.add_parser("doctor", parents=[common], help="check the knowledge base, print versions and counts").add_argument(
        "--clinic-db", default=None, metavar="URL", help="also sign in to this clinic server (default: LEGPAIN_CLINIC_DB)")
    check = sub.add_parser("check", parents=[common], help="ranked differential and triage for findings",
                           description="Findings are HPO IDs (any term of the bundled HPO release). Prints "
                           "triage first, then every condition ranked, with each finding's likelihood ratio. "
                           "Probabilities are relative to the conditions in this reference. It supports, never "
                           "replaces, clinical judgement.")
    check.add_argument("--present", action="append", default=[], metavar="HP:NNNNNNN", help="a finding present")
    check.add_argument("--absent", action="append", default=[], metavar="HP:NNNNNNN", help="a finding looked for and absent")
    check.add_argument("--age", default=None, help="age in years (e.g. 67) or a group: child (<18), adult (18-49), older (50+)")
    check.add_argument("--sex", default=None, help="female or male")
    check.add_argument("--course", default=None, help="acute, subacute or chronic")
    check.add_argument("--top", type=int, default=10, help="rows in the readable table (JSON has all)")
    compare = sub.add_parser("compare", parents=[common], help="compare 2 to 6 conditions side by side")
    compare.add_argument("conditions", nargs="+", help="ids, names, synonyms or codes")
    compare.add_argument("--html", type=_path, default=None, metavar="FILE", help="write the comparison as HTML")
    compare.add_argument("--pdf", type=_path, default=None, metavar="FILE", help="write the comparison as PDF (landscape)")
    compare.add_argument("--only-differences", action="store_true", help="hide rows where every column agrees")
    compare.add_argument("--distinguishing-first", action="store_true", help="sort finding rows by how far they diverge")
    extract = sub.add_parser("extract", parents=[common], help="findings (present, absent, uncertain) from free text")
    extract.add_argument("file", nargs="?", default="-", help="a text file, or - for standard input (default)")
    extract.add_argument("--check", action="store_true", help="pass the patient's present and absent findings to check")
    return parser


MAX_TEXT = 200_000  # characters: a case report or discharge letter, not a book


def cmd_extract(args) -> int:
    """Free text -> findings; nothing reaches the checker unless --check says so."""
    from legpain_gui.checker.extract import extract, for_checker
    from legpain_gui.checker.load import lexicon

    try:
        raw = sys.stdin.buffer.read(MAX_TEXT * 4 + 1) if args.file == "-" else Path(args.file).read_bytes()[:MAX_TEXT * 4 + 1]
    except OSError as exc:
        raise CliError(f"Could not read {args.file}: {exc.strerror or exc}.") from None
    if b"\x00" in raw:
        raise CliError("That is not text (it contains binary data).")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CliError("That is not UTF-8 text.") from None
    if not text.strip():
        raise CliError("The text is empty: give a case description in a file or on standard input.")
    if len(text) > MAX_TEXT:
        raise CliError(f"The text is too long ({len(text):,} characters; at most {MAX_TEXT:,}).")
    kb = _open_kb(args.db)
    result = extract(lexicon(kb), text)
    if args.check:
        from legpain_gui.checker.engine import CheckInput, report
        from legpain_gui.checker.load import checker_model
        from legpain_gui.render.text import check_text

        present, absent = for_checker(result)
        if not present and not absent:
            raise CliError("No finding was recognised in the text, so there is nothing to check.")
        model, rules = checker_model(kb)
        out = report(model, rules, CheckInput(present=tuple(present), absent=tuple(absent),
                                              age=None if result["age"] is None else str(result["age"]),
                                              sex=result["sex"], course=result["course"]))
        out["extracted"] = result
        _print(args, out, lambda: check_text(out))
        return EXIT_OK

    def text_out() -> str:
        course = f"course {result['course']} (from \"{result['course_text']}\")" if result["course"] else \
            "course not stated"
        lines = [f"Age {result['age'] if result['age'] is not None else 'not stated'}, "
                 f"sex {result['sex'] or 'not stated'}, {course}"]
        for f in result["findings"]:
            ctx = "" if f["context"] == "patient" else f" ({f['context']})"
            lines.append(f"  {f['state']:<9} {f['hpo']}  {f['label']:<40} <- \"{f['text']}\"{ctx}")
        lines.append("Review every line before using it: nothing here is entered for you.")
        return "\n".join(lines)

    _print(args, result, text_out)
    return EXIT_OK


def _open_kb(db: Path | None):
    from legpain_gui.kb.file import has_manifest
    from legpain_gui.kb.store import KnowledgeBase, KnowledgeBaseError

    try:
        if db is not None:
            return KnowledgeBase(db, verify_manifest=has_manifest(db))
        return KnowledgeBase(paths.default_kb_path(), verify_manifest=True)
    except KnowledgeBaseError as exc:
        raise CliError(str(exc)) from None


def _print(args, data, text: Callable[[], str]) -> None:
    if args.json:  # JSON escapes what the terminal cannot show (\u2026), so it stays exact
        json.dump(data, sys.stdout, ensure_ascii=(sys.stdout.encoding or "").lower().replace("-", "") != "utf8", indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text() + "\n")


def cmd_version(args) -> int:
    data = {"app": __version__, "kb_version": None, "hpo_version": None, "schema_version": None}
    try:
        kb = _open_kb(args.db)
        data.update(kb_version=kb.kb_version, hpo_version=kb.hpo_version,
                    schema_version=int(kb.meta.get("schema_version", 0)))
    except CliError as exc:
        data["kb_error"] = str(exc)
        print(f"legpain-gui: {exc}", file=sys.stderr)
    _print(args, data, lambda: f"legpain-gui {data['app']}\nknowledge base {data['kb_version'] or '(unavailable)'}"
           f"\nHPO release {data['hpo_version'] or '(unavailable)'}")
    return EXIT_OK if "kb_error" not in data else EXIT_USAGE


def cmd_list(args) -> int:
    kb = _open_kb(args.db)
    items = kb.conditions()
    data = [{"id": c.id, "name": c.name, "category": c.category, "codes": c.codes} for c in items]

    def text() -> str:
        lines, category = [], None
        for c in items:
            if c.category != category:
                category = c.category
                lines.append(f"\n{category}")
            codes = ", ".join(f"{k} {'/'.join(v)}" for k, v in c.codes.items() if k in ("ICD-10", "ICD-11"))
            lines.append(f"  {c.id:<45} {c.name}  [{codes}]")
        return "\n".join(lines).lstrip("\n")

    _print(args, data, text)
    return EXIT_OK


def _find_condition(kb, text: str):
    cid = kb.resolve(text)
    if cid is None:
        from legpain_gui.kb.search import search

        hits = search(kb, text).conditions
        hint = f" Did you mean: {', '.join(h.id for h in hits[:3])}?" if hits else ""
        raise CliError(f"No condition is called '{_shorten(text)}'.{hint}", EXIT_NOT_FOUND)
    return kb.condition(cid)


def _shorten(text: str, width: int = 60) -> str:
    from legpain_gui.text import clean

    shown = clean(text).replace("\n", " ")
    return shown if len(shown) <= width else shown[: width - 1] + "…"


def cmd_show(args) -> int:
    kb = _open_kb(args.db)
    detail = _find_condition(kb, args.condition)
    from legpain_gui.render.text import condition_text

    _print(args, detail.to_dict(), lambda: condition_text(detail))
    return EXIT_OK


def cmd_search(args) -> int:
    from legpain_gui.kb.search import search

    kb = _open_kb(args.db)
    result = search(kb, args.query, limit=max(1, min(args.limit, 500)))

    def text() -> str:
        if not result.conditions and not result.findings:
            hint = f" Try: {'; '.join(result.suggestions)}." if result.suggestions else ""
            return f"Nothing found for '{_shorten(args.query)}'.{hint}"
        lines = ["Conditions:"] + [f"  {h.score:7.2f}  {h.name}  ({h.id})"
                                   + (f"  via {'; '.join(h.matched[:3])}" if h.matched else "")
                                   for h in result.conditions]
        if result.findings:
            lines += ["Findings (HPO):"] + [f"  {f.hpo}  {f.name}" + (f"  [{f.matched}]" if f.matched != f.name else "")
                                            + f"  in {f.conditions} condition(s)" for f in result.findings]
        return "\n".join(lines)

    _print(args, result.to_dict(), text)
    return EXIT_OK


def _clinic_status(url: str | None) -> dict | None:
    from legpain_gui.clinic.config import ClinicConfigError
    from legpain_gui.clinic.doctor import clinic_status
    from legpain_gui.clinic.errors import ClinicError

    try:
        return clinic_status(url)
    except (ClinicConfigError, ClinicError) as exc:
        raise CliError(f"Clinic store: {exc}") from None


def cmd_doctor(args) -> int:
    from legpain_gui.clinic.doctor import status_text

    kb = _open_kb(args.db)
    info = kb.info()
    data = {"app": __version__, "path": info.path, "schema_version": info.schema_version,
            "kb_version": info.kb_version, "hpo_version": info.hpo_version, "counts": info.counts,
            "integrity": "ok", "read_only": True, "clinic": _clinic_status(args.clinic_db)}
    _print(args, data, lambda: status_text(data["clinic"]) + "\n" + textwrap.dedent(f"""\
        Knowledge base  {info.path}
        Integrity       ok (SQLite quick check), opened read-only
        Schema          {info.schema_version}
        KB version      {info.kb_version}
        HPO release     {info.hpo_version}
        """) + "\n".join(f"  {k:<20}{v}" for k, v in info.counts.items()))
    return EXIT_OK


def cmd_check(args) -> int:
    from legpain_gui.checker.engine import CheckInput, CheckInputError, report

    if not args.present and not args.absent:
        raise CliError("Give at least one finding: --present HP:NNNNNNN (or --absent).")
    kb = _open_kb(args.db)
    from legpain_gui.checker.load import checker_model

    model, rules = checker_model(kb)
    data = CheckInput(present=tuple(args.present), absent=tuple(args.absent), age=args.age, sex=args.sex,
                      course=args.course)
    try:
        out = report(model, rules, data)
    except CheckInputError as exc:
        raise CliError(str(exc)) from None
    from legpain_gui.render.text import check_text

    _print(args, out, lambda: check_text(out, top=max(1, args.top)))
    return EXIT_OK


def cmd_compare(args) -> int:
    from legpain_gui.compare.table import CompareError, build
    from legpain_gui.render.compare_html import comparison_html

    kb = _open_kb(args.db)
    details = [_find_condition(kb, text) for text in args.conditions]
    from legpain_gui.checker.load import checker_model

    model, _ = checker_model(kb)
    try:
        comp = build(details, model)
    except CompareError as exc:
        raise CliError(str(exc)) from None
    page = None
    from legpain_gui.atomic import check_target, describe, write_atomic

    for path in (args.html, args.pdf):
        if path is not None:  # before any work: a folder, a FIFO, a read-only file, a missing folder
            try:
                check_target(path)
            except OSError as exc:
                raise CliError(f"Could not write {path}: {describe(exc)}.") from None
    if args.html or args.pdf:
        page = comparison_html(comp, args.only_differences, args.distinguishing_first)
    if args.html:
        try:
            write_atomic(args.html, page.encode("utf-8"))
        except OSError as exc:
            raise CliError(f"Could not write {args.html}: {describe(exc)}.") from None
    if args.pdf:
        _write_pdf(page, args.pdf, "Comparison", landscape=True)
    data = comp.to_dict(args.only_differences, args.distinguishing_first)

    from legpain_gui.render.text import compare_text

    written = [str(p) for p in (args.html, args.pdf) if p]
    text = lambda: compare_text(comp, args.only_differences, args.distinguishing_first, written)  # noqa: E731
    _print(args, data, text)
    return EXIT_OK


def _write_pdf(html: str, path: Path, title: str, landscape: bool = False) -> None:
    """PDF through Qt's text engine, without a screen (the GUI package holds the Qt part)."""
    from legpain_gui.gui.page_view import write_pdf_headless

    from legpain_gui.atomic import describe

    try:
        write_pdf_headless(html, path, title, landscape=landscape)  # all at once, checked, or not at all
    except OSError as exc:
        raise CliError(f"Could not write {path}: {describe(exc)}.") from None


HANDLERS = {"compare": cmd_compare, "list": cmd_list, "show": cmd_show, "search": cmd_search, "doctor": cmd_doctor,
            "check": cmd_check, "extract": cmd_extract}


def _unknown_command(argv: list[str]) -> str | None:
    """The first word that should be a command and is not one (`lsit`), or None."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--db":
            i += 2
            continue
        if arg.startswith("-"):  # options are argparse's to judge
            i += 1
            continue
        return None if arg in COMMANDS else arg
    return None


def _safe_streams() -> None:
    """A terminal that cannot show every character (LC_ALL=C, PYTHONIOENCODING=ascii) gets '?' for those
    characters, never a UnicodeEncodeError; surrogates from undecodable arguments are replaced too."""
    for stream in (s for s in (sys.stdout, sys.stderr) if hasattr(s, "reconfigure")):
        stream.reconfigure(errors="replace")


def run(argv: list[str]) -> int:
    """Run a CLI command; returns the exit code."""
    _safe_streams()
    unknown = _unknown_command(argv)
    if unknown is not None:
        print(f"legpain-gui: unknown command '{_shorten(unknown, 40)}' (the commands are: {', '.join(COMMANDS)}; "
              "see legpain-gui --help).", file=sys.stderr)
        return EXIT_USAGE
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.version and not args.command:
            return cmd_version(args)
        if not args.command:
            parser.print_usage(sys.stderr)
            return EXIT_USAGE
        return HANDLERS[args.command](args)
    except CliError as exc:
        from legpain_gui.text import clean

        print(f"legpain-gui: {clean(str(exc))}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a database error the checks on opening did not foresee: one sentence, not SQL
        if not (isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlalchemy")):
            raise
        from legpain_gui.kb.file import shown

        print(f"legpain-gui: The knowledge base file {shown(args.db or paths.default_kb_path())} could not be read: "
              "it is damaged.", file=sys.stderr)
        return EXIT_USAGE
