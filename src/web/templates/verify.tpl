{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<h1>[[verify.heading]]</h1>
<p>[[verify.intro]]</p>
{{#FORM_ERROR}}<p class="form-error" role="alert">{{FORM_ERROR_TEXT}}</p>{{/FORM_ERROR}}
<form class="verify-form" method="post" action="/verify" enctype="multipart/form-data">
<label for="credential">[[verify.paste_label]]</label>
<textarea id="credential" name="credential" rows="8" spellcheck="false" autocomplete="off">{{PASTED:pre_escape}}</textarea>
<label for="files">[[verify.files_label]]</label>
<div class="drop-zone" data-drop-label="[[verify.drop_here]]">
<input type="file" id="files" name="files" multiple accept=".json,.jsonld,.jwt,.txt,.png,.svg,application/json,image/png,image/svg+xml" aria-describedby="files-hint">
<p id="files-hint" class="hint">[[verify.files_hint]]</p>
</div>
<div class="actions">
<button type="submit">[[verify.submit]]</button>
<button type="submit" name="format" value="csv" class="secondary">[[verify.submit_csv]]</button>
</div>
</form>
{{#RESULTS}}
<section class="results" aria-labelledby="results-heading">
<h2 id="results-heading">[[verify.results_heading]]</h2>
{{#SUMMARY}}
<p>[[verify.summary]]</p>
<table class="result-table">
<thead><tr><th scope="col">[[verify.column_input]]</th><th scope="col">[[verify.column_verdict]]</th><th scope="col">[[verify.column_detail]]</th></tr></thead>
<tbody>
{{#ROWS}}<tr><th scope="row"><a href="#report-{{INDEX}}">{{INPUT_NAME}}</a></th><td class="verdict-cell verdict-{{VERDICT_CLASS}}">{{VERDICT}}</td><td>{{DETAIL}}</td></tr>
{{/ROWS}}
</tbody>
</table>
{{/SUMMARY}}
{{#REPORTS}}<section class="report" id="report-{{INDEX}}" aria-labelledby="report-{{INDEX}}-name">
<h3 id="report-{{INDEX}}-name">{{INPUT_NAME}}</h3>
{{#UNREADABLE}}<div class="verdict verdict-failed" role="status"><p class="verdict-text">[[verdict.unreadable]]</p></div><p>{{UNREADABLE_TEXT}}</p>{{/UNREADABLE}}
{{>REPORT}}
</section>
{{/REPORTS}}
</section>
{{/RESULTS}}
{{>PAGE_FOOTER}}
