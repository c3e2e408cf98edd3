{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<p class="breadcrumb"><a href="/console/{{ORG_ID}}">[[console.back_to_organisation]]</a></p>
<h1>[[analytics.heading]]</h1>
<dl class="totals">
<div><dt>[[analytics.total_issued]]</dt><dd>{{ISSUED}}</dd></div>
<div><dt>[[analytics.total_accepted]]</dt><dd>{{ACCEPTED}}</dd></div>
<div><dt>[[analytics.total_revoked]]</dt><dd>{{REVOKED}}</dd></div>
</dl>
<p class="ranges">[[analytics.range]] {{#RANGES}}{{#CURRENT_RANGE}}<strong aria-current="true">{{RANGE}}</strong>{{/CURRENT_RANGE}}{{#OTHER_RANGE}}<a href="?days={{RANGE}}">{{RANGE}}</a>{{/OTHER_RANGE}} {{/RANGES}}</p>
<figure class="chart">
<svg viewBox="0 0 {{WIDTH}} {{HEIGHT}}" role="img" aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">
<title id="chart-title">[[analytics.chart_title]]</title>
<line x1="{{LEFT}}" y1="{{BOTTOM}}" x2="{{RIGHT}}" y2="{{BOTTOM}}" class="axis"/>
<line x1="{{LEFT}}" y1="{{TOP}}" x2="{{LEFT}}" y2="{{BOTTOM}}" class="axis"/>
<text x="{{LEFT}}" y="{{TOP}}" dx="4" dy="-8" class="axis-label">{{LARGEST}}</text>
<text x="{{LEFT}}" y="{{LABEL_Y}}" class="axis-label">{{FIRST_DAY}}</text>
<text x="{{RIGHT}}" y="{{LABEL_Y}}" text-anchor="end" class="axis-label">{{LAST_DAY}}</text>
{{#SERIES}}<polyline points="{{POINTS}}" class="series series-{{KIND}}"/>
{{/SERIES}}
</svg>
<figcaption><ul class="legend">{{#SERIES}}<li><span class="swatch series-{{KIND}}"></span>{{LABEL}}: {{TOTAL}}</li>{{/SERIES}}</ul></figcaption>
</figure>
<p><a href="?days={{DAYS}}&amp;format=csv" download>[[analytics.download_csv]]</a></p>
<div class="table-scroll"><table class="result-table">
<caption>[[analytics.table_caption]]</caption>
<thead><tr><th scope="col">[[analytics.column_day]]</th>{{#SERIES}}<th scope="col">{{LABEL}}</th>{{/SERIES}}</tr></thead>
<tbody>{{#ROWS}}<tr><th scope="row">{{DAY}}</th>{{#CELLS}}<td>{{CELL}}</td>{{/CELLS}}</tr>
{{/ROWS}}</tbody>
</table></div>
{{>PAGE_FOOTER}}
