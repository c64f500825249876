"""report.md: the findings of report.json for a person to read.

What a reviewer needs to check a conversion, in the order they need it: whether the instance is valid,
the findings (errors, then warnings, then information) with the release lines they point at quoted, the
extension concepts with their labels and why the converter made them, and the numeric tokens that did not
become facts grouped by reason, each with a few examples. Everything comes from the ``Report`` and the
filing; nothing is computed here that report.json does not hold. The text is deterministic.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from .filing import LABEL_ROLE, Filing

if TYPE_CHECKING:  # pragma: no cover
    from .report import Finding, Report

SEVERITIES = ("error", "warning", "info")
EXAMPLES = 3  # examples shown per exclusion reason
QUOTE = 160  # characters of a release line quoted under a finding
MAX_FINDINGS = 200  # per severity; the rest are counted

REASONS = {
    "date": "dates (in headers, titles or labels)",
    "footnote_marker": "footnote markers",
    "truncated_column": "figures of a column the conversion of a PDF cut off (\"1,3\", \"(1,0\" beside them)",
    "label_number": "numbers inside labels",
    "malformed_figure": "misprinted figures (\"$ 3,016,04\": a comma group of two digits): no amount, never read",
    "header": "numbers in column headers",
    "title": "numbers in table titles",
    "heading": "numbers in headings",
    "derived_yoy_percent": "year-over-year percentages (derived, not reported facts)",
    "derived_percent_of_total": "percentages of a total (derived)",
    "derived_change": "changes between columns (derived)",
    "unit_mismatch": "figures whose unit does not fit the row",
    "other_entity": "figures of another company (a co-registrant under its own heading, a table introduced as another company's)",
    "line_item_unknown": "figures of a row that only qualifies a line item no heading names (\"Related party\" alone)",
    "part_unknown": "figures of a part of the company (a block repeating the consolidated rows under another heading) whose axis cannot be told",
    "column_unknown": "figures whose column cannot be told (fewer figures than the table's columns)",
    "columns_exceeded": "figures whose column cannot be told (more figures than the table's columns)",
    "run_together": "figures of rows run together (a figure glued to a word or to another figure)",
    "sign_unknown": "figures whose sign the label or a rule and the sum they are printed in disagree on",
    "label_is_figures": "figures of a row whose label is only figures (chart data labels run together): no line item",
    "date_label": "figures of a row whose label is a date or the start of one (a header row): no line item",
    "prose": "figures inside a parenthesis a row's words open (prose broken over lines): no line item",
    "ratio_scale_undetermined": "ratios under a list of ratios that prints no \"%\": percent or ratio not told",
    "forecast_not_given": "nil marks (\"--\") under a forecast column: not guided, no figure",
    "unexplained": "UNEXPLAINED: read but neither a fact nor excluded with a reason",
    "cell_outside_columns": "UNEXPLAINED: a figure outside every column",
}


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell or list item."""
    return " ".join(text.replace("|", "\\|").replace("`", "'").split())


def _quote(lines: list[str], no: int) -> str:
    if not 1 <= no <= len(lines):
        return ""
    text = " ".join(lines[no - 1].split())
    return text if len(text) <= QUOTE else text[: QUOTE - 1] + "…"


def _finding(f: Finding, lines: list[str]) -> list[str]:
    where = f" (line{'s' if len(f.lines) > 1 else ''} {', '.join(str(n) for n in f.lines)})" if f.lines else ""
    out = [f"- **{f.code}**{where}: {_md(f.message)}" + (" — *Arelle*" if f.source == "arelle" else "")]
    for n in f.lines[:4]:
        q = _quote(lines, n)
        if q:
            out.append(f"  - line {n}: `{q.replace('`', chr(39))}`")
    return out


def _extension_concepts(filing: Filing, rep: Report) -> list[str]:
    prefix = filing.extension.prefix + ":"
    labels = {lab.concept: lab.text for lab in filing.labels if lab.role == LABEL_ROLE}
    used: dict[str, list] = defaultdict(list)
    for f in filing.facts:
        if f.concept.startswith(prefix):
            used[f.concept].append(f)
    if not used:
        return ["No extension line items: every fact uses a US GAAP, SRT, dei or prx concept."]
    why: dict[str, str] = {}
    for ch in rep.concept_choices:  # the mapping's evidence for each fact (report.json's concept_choices)
        if ch.concept in used and ch.concept not in why and (ch.evidence or ch.rule):
            why[ch.concept] = "; ".join(ch.evidence + ([f"named by {ch.rule}"] if ch.rule else []))
    out = ["| concept | label | facts | first printed | why an extension |", "|---|---|---|---|---|"]
    for qn in sorted(used):
        facts = used[qn]
        first = min((f.sources[0].line for f in facts if f.sources), default=None)
        reason = why.get(qn) or "no US GAAP, SRT or prx concept fits the label, the statement and the unit"
        out.append(f"| `{qn}` | {_md(labels.get(qn, facts[0].label or ''))} | {len(facts)} | "
                   f"{'line ' + str(first) if first else ''} | {_md(reason)} |")
    return out


def _exclusions(rep: Report, lines: list[str]) -> list[str]:
    by_reason: dict[str, list] = defaultdict(list)
    for c in rep.cells:
        if c.status == "excluded":
            by_reason[c.reason or "unknown"].append(c)
    if not by_reason:
        return ["Every numeric token became a fact."]
    out = ["| reason | tokens | examples |", "|---|---|---|"]
    for reason, cells in sorted(by_reason.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        ex = "; ".join(f"line {c.line} `{c.raw}`" for c in sorted(cells, key=lambda c: (c.line, c.start))[:EXAMPLES])
        out.append(f"| {_md(REASONS.get(reason, reason))} | {len(cells)} | {ex} |")
    return out


def render_report_md(rep: Report, filing: Filing, lines: list[str]) -> str:
    c = rep.counts
    state = "not validated" if rep.valid is None else ("**valid**" if rep.valid else "**INVALID**")
    out = [
        f"# Conversion report: {_md(rep.source)}",
        "",
        f"- Instance: `{rep.instance}` — {state}" if rep.instance else f"- Instance: none written — {state}",
        f"- Facts: {c.facts} ({c.concepts_standard} standard and {c.concepts_extension} extension concepts), "
        f"{c.contexts} contexts, {c.units} units",
        f"- Numeric tokens in tables: {c.numeric_tokens} — {c.cells_fact} in facts, {c.cells_excluded} excluded "
        f"with a reason, {c.unexplained_cells} unexplained",
        f"- Findings: {c.error_findings} errors, {c.warning_findings} warnings, "
        f"{sum(1 for f in rep.findings if f.severity == 'info')} for information",
    ]
    if rep.taxonomy_note:
        out.append(f"- Note: {_md(rep.taxonomy_note)}")
    for sev in SEVERITIES:
        group = [f for f in rep.findings if f.severity == sev]
        if not group:
            continue
        codes = Counter(f.code for f in group)
        out += ["", f"## {sev.capitalize()}s ({len(group)})", "",
                "By code: " + ", ".join(f"{k} {v}" for k, v in sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))), ""]
        for f in group[:MAX_FINDINGS]:
            out += _finding(f, lines)
        if len(group) > MAX_FINDINGS:
            out.append(f"- … and {len(group) - MAX_FINDINGS} more in report.json")
    out += ["", "## Extension concepts", ""] + _extension_concepts(filing, rep)
    out += ["", "## Numeric tokens not turned into facts", ""] + _exclusions(rep, lines)
    return "\n".join(out) + "\n"


def top_findings(rep: Report, n: int = 5) -> list[str]:
    """One line each for the command's summary: errors first, then warnings."""
    ranked = [f for sev in ("error", "warning") for f in rep.findings if f.severity == sev]
    out = []
    for f in ranked[:n]:
        where = f" (line {f.lines[0]})" if f.lines else ""
        msg = " ".join(f.message.split())
        out.append(f"  {f.severity} {f.code}{where}: {msg[:140] + ('…' if len(msg) > 140 else '')}")
    return out
