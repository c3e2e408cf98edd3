{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<p class="breadcrumb"><a href="/console/{{ORG_ID}}">[[console.back_to_organisation]]</a></p>
<h1>[[console.bulk_title]]</h1>
<p>[[console.bulk_intro]]</p>
{{#FORM_ERROR}}<p class="form-error" role="alert">{{FORM_ERROR_TEXT}}</p>{{/FORM_ERROR}}
{{#PREVIEW}}<section class="preview" aria-labelledby="preview-heading">
<h2 id="preview-heading">[[console.preview_heading]]</h2>
{{#VALID}}<p class="verdict verdict-verified" role="status">[[console.preview_valid]]</p>{{/VALID}}
{{#INVALID}}<p class="verdict verdict-failed" role="alert">[[console.preview_invalid]]</p>
<table class="result-table"><thead><tr><th scope="col">[[console.column_row]]</th><th scope="col">[[console.column_line]]</th><th scope="col">[[console.column_problem]]</th></tr></thead>
<tbody>{{#PROBLEMS}}<tr><td>{{ROW}}</td><td>{{LINE}}</td><td>{{MESSAGE}}</td></tr>
{{/PROBLEMS}}</tbody></table>{{/INVALID}}
<h3>[[console.first_rows]]</h3>
<div class="table-scroll"><table class="result-table"><thead><tr>{{#HEADER}}<th scope="col">{{CELL}}</th>{{/HEADER}}</tr></thead>
<tbody>{{#ROWS}}<tr>{{#CELLS}}<td>{{CELL}}</td>{{/CELLS}}</tr>
{{/ROWS}}</tbody></table></div>
</section>{{/PREVIEW}}
<form method="post" action="/console/{{ORG_ID}}/awards/bulk" enctype="multipart/form-data">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<input type="hidden" name="idempotency_key" value="{{IDEMPOTENCY_KEY}}">
<label for="csv_file">[[console.csv_file]]</label>
<input type="file" id="csv_file" name="csv_file" accept=".csv,text/csv">
<label for="csv_text">[[console.csv_text]]</label>
<textarea id="csv_text" name="csv_text" rows="8" spellcheck="false" aria-describedby="csv-hint">{{CSV_TEXT:pre_escape}}</textarea>
<p id="csv-hint" class="hint">[[console.csv_hint]]</p>
<label for="duplicate_policy">[[console.duplicate_policy]]</label>
<select id="duplicate_policy" name="duplicate_policy">{{#POLICIES}}<option value="{{POLICY}}"{{#SELECTED}} selected{{/SELECTED}}>{{POLICY_LABEL}}</option>{{/POLICIES}}</select>
<div class="actions">
<button type="submit" name="action" value="check" class="secondary">[[console.check]]</button>
<button type="submit" name="action" value="start">[[console.start]]</button>
</div>
</form>
{{>PAGE_FOOTER}}
