{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<p class="breadcrumb"><a href="/console/{{ORG_ID}}">[[console.back_to_organisation]]</a></p>
<h1>[[console.credentials_title]]</h1>
<form method="get" action="/console/{{ORG_ID}}/credentials" class="filters">
<div class="field-row">
<div><label for="q">[[console.search_recipient]]</label><input type="text" id="q" name="q" value="{{Q}}"></div>
<div><label for="achievement">[[console.column_achievement]]</label><select id="achievement" name="achievement"><option value="">[[console.all]]</option>{{#ACHIEVEMENT_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ACHIEVEMENT_OPTIONS}}</select></div>
<div><label for="state">[[console.column_state]]</label><select id="state" name="state"><option value="">[[console.all]]</option>{{#STATE_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATE_OPTIONS}}</select></div>
</div>
<div class="actions"><button type="submit" class="secondary">[[console.filter]]</button></div>
</form>
{{#NO_CREDENTIALS}}<p>[[console.no_credentials]]</p>{{/NO_CREDENTIALS}}
{{#HAS_CREDENTIALS}}<div class="table-scroll"><table class="result-table">
<thead><tr><th scope="col">[[console.column_recipient]]</th><th scope="col">[[console.column_achievement]]</th><th scope="col">[[console.column_issued]]</th><th scope="col">[[console.column_state]]</th><th scope="col">[[console.column_actions]]</th></tr></thead>
<tbody>
{{#CREDENTIALS}}<tr>
<th scope="row">{{RECIPIENT}}{{#HAS_NAME}}<br><span class="hint">{{RECIPIENT_NAME}}</span>{{/HAS_NAME}}</th>
<td><a href="/credentials/{{ID}}">{{ACHIEVEMENT}}</a></td>
<td>{{ISSUED_ON}}</td>
<td><span class="tag state-{{STATE_CODE}}">{{STATE}}</span></td>
<td>{{#CAN_REVOKE}}<form method="post" action="/console/{{ORG_ID}}/credentials/{{ID}}/status" class="status-form">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="back" value="{{BACK}}">
<label for="reason-{{ID}}" class="visually-hidden">[[console.reason]]</label>
<input type="text" id="reason-{{ID}}" name="reason" placeholder="[[console.reason]]" maxlength="500">
<button type="submit" name="action" value="revoke" class="secondary">[[console.revoke]]</button>
{{#CAN_SUSPEND}}<button type="submit" name="action" value="suspend" class="secondary">[[console.suspend]]</button>{{/CAN_SUSPEND}}
{{#CAN_UNSUSPEND}}<button type="submit" name="action" value="unsuspend" class="secondary">[[console.unsuspend]]</button>{{/CAN_UNSUSPEND}}
</form>{{/CAN_REVOKE}}</td>
</tr>
{{/CREDENTIALS}}
</tbody>
</table></div>{{/HAS_CREDENTIALS}}
<p class="pager">{{#HAS_PREVIOUS}}<a href="{{PREVIOUS_HREF}}" rel="prev">[[console.previous]]</a>{{/HAS_PREVIOUS}} {{#HAS_NEXT}}<a href="{{NEXT_HREF}}" rel="next">[[console.next]]</a>{{/HAS_NEXT}}</p>
{{>PAGE_FOOTER}}
