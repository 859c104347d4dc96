"""The HTML overview's template, style and script (Jinja2, autoescaped; see :mod:`overview_html`).

Kept apart from the code that fills it, so that the page can be read as a page. Everything a policy
supplies reaches the template as a plain string and is escaped by Jinja2's autoescape; the only markup
the code passes in is the SVG geometry it computes itself (numbers).
"""

from __future__ import annotations

STYLE = """
:root { --ok: #1a7f37; --warn: #9a6700; --err: #cf222e; --bad: #8250df; --line: #d8dee4; }
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1.5em; color: #1f2328; }
h1 { font-size: 1.6em; margin: 0 0 .1em; } h2 { font-size: 1.2em; margin: 1.4em 0 .4em; }
h3 { font-size: 1em; margin: 1em 0 .3em; }
.meta, .totals { color: #57606a; margin: .2em 0; }
.portfolio { display: grid; grid-template-columns: minmax(16em, 1fr) 2fr; gap: 1em 2.5em; align-items: start; }
.portfolio svg { display: block; width: 100%; }
.legend { list-style: none; padding: 0; margin: .5em 0 0; display: grid; grid-template-columns: 1fr 1fr; gap: .2em 1em; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -.1em; margin-right: .35em; }
.f-in-orde { fill: var(--ok); background: var(--ok); } .f-waarschuwingen { fill: var(--warn); background: var(--warn); }
.f-fouten { fill: var(--err); background: var(--err); } .f-onleesbaar { fill: var(--bad); background: var(--bad); }
.f-error { fill: var(--err); } .f-warning { fill: var(--warn); }
table.bars { border-collapse: collapse; width: 100%; }
table.bars th { text-align: left; font-weight: normal; white-space: nowrap; padding: .15em .8em .15em 0; width: 1%; }
table.bars td { padding: .15em 0; } table.bars td.count { width: 1%; white-space: nowrap; padding-left: .6em; color: #57606a; }
table.clients { border-collapse: collapse; width: 100%; margin-top: .5em; }
.clients th, .clients td { padding: .35em .5em; text-align: left; vertical-align: top; }
.clients thead th { background: #f6f8fa; border-bottom: 2px solid var(--line); vertical-align: bottom; }
.clients thead button { all: unset; font: inherit; cursor: pointer; }
.clients thead th.num, .clients td.status { white-space: nowrap; }
.clients tbody th { min-width: 12em; }
.clients thead button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.clients th[aria-sort=ascending] button::after { content: " \\25B2"; }
.clients th[aria-sort=descending] button::after { content: " \\25BC"; }
.clients .num { text-align: right; }
tbody.client { border-top: 1px solid var(--line); }
tbody.client th { font-weight: 600; }
tr.details td { padding-top: 0; }
.path { color: #57606a; font-size: .88em; font-weight: normal; overflow-wrap: anywhere; }
.status { font-weight: bold; white-space: nowrap; }
.s-in-orde { color: var(--ok); } .s-waarschuwingen { color: var(--warn); }
.s-fouten { color: var(--err); } .s-onleesbaar { color: var(--bad); }
.sev-error { color: var(--err); } .sev-warning { color: var(--warn); } .sev-info { color: #0969da; }
summary { cursor: pointer; color: #57606a; }
details ul { margin: .3em 0 .4em 1.2em; padding: 0; } details li { margin: .15em 0; }
.where { color: #57606a; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: bold; border-top: 2px solid #8c959f; }
.explanations article { border-top: 1px solid var(--line); padding: .3em 0; }
.explanations dt { font-weight: 600; margin-top: .4em; } .explanations dd { margin: 0 0 0 1em; white-space: pre-wrap; }
.explanations dd.code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .88em; }
.scroll { overflow-x: auto; }
@media screen and (max-width: 60em) {
  .portfolio { grid-template-columns: 1fr; } .clients tbody th { min-width: 8em; } .clients td { padding: .3em .35em; }
}
@page { size: A4; margin: 14mm 12mm 16mm;
  @bottom-right { content: "PAGE_LABEL " counter(page) " OF_LABEL " counter(pages); font: 9pt system-ui, sans-serif; color: #57606a; }
  @bottom-left { content: "TITLE_LABEL · aibeleid-check"; font: 9pt system-ui, sans-serif; color: #57606a; } }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; }
  .scroll { overflow: visible; }
  .portfolio { grid-template-columns: 1fr 1.6fr; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .clients thead button { display: none; }  /* Chromium leaves buttons out of a header repeated on each page */
  .clients thead th::before { content: attr(data-label); }
  tbody.client { break-inside: avoid; }
  tfoot { display: table-row-group; }
  summary { list-style: none; color: inherit; font-weight: 600; } summary::-webkit-details-marker { display: none; }
  a { color: inherit; text-decoration: none; }
  .portfolio { break-inside: avoid; }
  .explanations { break-before: page; } .explanations article { break-inside: avoid; }
}
"""

SCRIPT = """
document.body.classList.add("js");
var table = document.querySelector("table.clients");
table.querySelectorAll("thead button").forEach(function (button) {
  button.addEventListener("click", function () {
    var th = button.parentNode, key = button.dataset.key, numeric = th.hasAttribute("data-numeric");
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var bodies = Array.prototype.slice.call(table.querySelectorAll("tbody.client"));
    bodies.sort(function (a, b) {
      var x = a.dataset[key], y = b.dataset[key];
      var order = numeric ? Number(x) - Number(y) : x.localeCompare(y, "nl");
      return (ascending ? order : -order) || Number(a.dataset.rank) - Number(b.dataset.rank);
    });
    bodies.forEach(function (body) { table.insertBefore(body, table.tFoot); });
  });
});
window.addEventListener("beforeprint", function () {
  document.querySelectorAll("details").forEach(function (d) { d.open = true; });
});
"""

TEMPLATE = """<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ t.title }} · aibeleid-check</title>
<style>{{ style }}</style>
</head>
<body>
<h1>{{ t.title }}</h1>
<p class="meta">{{ t.folder }} <b>{{ folder }}</b> · aibeleid-check {{ version }} · {{ made }}</p>
<p class="totals">{{ totals_line }}</p>

<section class="portfolio" aria-label="{{ t.portfolio }}">
<div>
<h2>{{ t.portfolio }}</h2>
<svg viewBox="0 0 1000 60" preserveAspectRatio="none" height="36" role="img" aria-label="{{ totals_line }}">
{%- for part in parts %}<rect class="f-{{ part.status }}" x="{{ part.x }}" y="0" width="{{ part.width }}" height="60"><title>{{ part.label }}: {{ part.count }}</title></rect>{% endfor -%}
</svg>
<ul class="legend">
{%- for part in legend %}<li><span class="swatch f-{{ part.status }}"></span>{{ part.label }}: <b>{{ part.count }}</b> ({{ part.percent }}%)</li>{% endfor -%}
</ul>
</div>
<div>
<h2>{{ t.top_rules }}</h2>
{%- if top %}
<table class="bars">
{%- for rule in top %}
<tr><th scope="row">{% if rule.linked %}<a href="#regel-{{ rule.code }}">{{ rule.code }}</a>{% else %}{{ rule.code }}{% endif %} {{ rule.slug }}</th>
<td><svg viewBox="0 0 100 10" preserveAspectRatio="none" height="14" aria-hidden="true"><rect class="f-{{ rule.severity }}" x="0" y="0" width="{{ rule.width }}" height="10"></rect></svg></td>
<td class="count">{{ rule.label }}</td></tr>
{%- endfor %}
</table>
{%- else %}
<p>{{ t.no_failing_rules }}</p>
{%- endif %}
</div>
</section>

<h2>{{ t.clients }}</h2>
<div class="scroll"><table class="clients">
<thead><tr>
{%- for column in columns %}<th scope="col"{% if column.num %} class="num"{% endif %}{% if column.numeric %} data-numeric{% endif %}{% if column.sorted %} aria-sort="{{ column.sorted }}"{% endif %} data-label="{{ column.label }}"><button type="button" data-key="{{ column.key }}">{{ column.label }}</button></th>{% endfor -%}
</tr></thead>
{%- for row in rows %}
<tbody class="client" data-rank="{{ loop.index }}"{% for key, value in row.sort.items() %} data-{{ key }}="{{ value }}"{% endfor %}>
<tr><th scope="row">{% if row.named %}{{ row.name }}<div class="path">{{ row.path }}</div>{% else %}<i>{{ row.name }}</i>{% endif %}</th>
<td class="status s-{{ row.status }}">{{ row.status_label }}</td>
<td class="num">{{ row.errors }}</td><td class="num">{{ row.warnings }}</td><td>{{ row.start_date }}</td>
<td class="num">{{ row.tools }}</td><td>{{ row.uncovered }}</td>
{%- if a4 %}<td>{% if row.a4 %}<a href="{{ row.a4 }}">{{ t.a4 }}</a>{% else %}—{% endif %}</td>{% endif %}</tr>
<tr class="details"><td colspan="{{ columns|length }}">
{%- if row.findings %}<details><summary>{{ row.summary }}</summary><ul>
{%- for f in row.findings %}<li><span class="sev-{{ f.severity }}">{% if f.linked %}<a href="#regel-{{ f.rule }}">{{ f.rule }}</a>{% else %}{{ f.rule }}{% endif %} [{{ f.label }}]</span> <span class="where">{{ f.where }}</span> {{ f.message }}</li>{% endfor -%}
</ul></details>{% else %}{{ t.no_findings }}{% endif -%}
</td></tr>
</tbody>
{%- endfor %}
<tfoot><tr><td>{{ t.total }}: {{ totals.files }}</td><td></td><td class="num">{{ totals.errors }}</td><td class="num">{{ totals.warnings }}</td><td></td><td class="num">{{ totals.tools }}</td><td>{{ totals.tools_without_agreement }}</td>{% if a4 %}<td></td>{% endif %}</tr></tfoot>
</table></div>

{%- if explanations %}
<section class="explanations">
<h2>{{ t.explanations }}</h2>
{%- for rule in explanations %}
<article id="regel-{{ rule.code }}"><h3>{{ rule.code }} {{ rule.slug }}</h3><p>{{ rule.summary }}</p>
<dl>{% for title, text, code in rule.sections %}<dt>{{ title }}</dt><dd{% if code %} class="code"{% endif %}>{{ text }}</dd>{% endfor %}</dl></article>
{%- endfor %}
</section>
{%- endif %}
<script>{{ script }}</script>
</body>
</html>
"""
