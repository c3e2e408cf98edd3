{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<h1>[[wallet.heading]]</h1>
{{#EMPTY}}<p>[[wallet.empty]]</p>{{/EMPTY}}
{{#HAS_ENTRIES}}
<table class="result-table wallet-table">
<thead><tr><th scope="col">[[wallet.column_name]]</th><th scope="col">[[wallet.column_issuer]]</th><th scope="col">[[wallet.column_issued]]</th><th scope="col">[[wallet.column_visibility]]</th></tr></thead>
<tbody>
{{#ENTRIES}}<tr><th scope="row"><a href="/wallet/{{ENTRY_ID}}">{{NAME}}</a>{{#IMPORTED}} <span class="tag">[[wallet.imported]]</span>{{/IMPORTED}}</th><td>{{ISSUER}}</td><td>{{ISSUED_ON}}</td><td>{{#PUBLIC}}[[wallet.public]]{{/PUBLIC}}{{#PRIVATE}}[[wallet.private]]{{/PRIVATE}}</td></tr>
{{/ENTRIES}}
</tbody>
</table>
{{/HAS_ENTRIES}}
<section aria-labelledby="import-heading">
<h2 id="import-heading">[[wallet.import_heading]]</h2>
<form method="post" action="/wallet/import" enctype="multipart/form-data">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<label for="file">[[wallet.import_label]]</label>
<input type="file" id="file" name="file" required accept=".json,.jsonld,.jwt,.txt,.png,.svg,application/json,image/png,image/svg+xml">
<div class="actions"><button type="submit">[[wallet.import_submit]]</button></div>
</form>
</section>
{{>PAGE_FOOTER}}
