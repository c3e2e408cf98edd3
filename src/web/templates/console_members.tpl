{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<p class="breadcrumb"><a href="/console/{{ORG_ID}}">[[console.back_to_organisation]]</a></p>
<h1>[[console.members_title]]</h1>
{{#FORM_ERROR}}<p class="form-error" role="alert">{{FORM_ERROR_TEXT}}</p>{{/FORM_ERROR}}
{{#JUST_INVITED}}<p role="status">[[console.invitation_sent]] {{INVITED_EMAIL}}</p>{{/JUST_INVITED}}
{{#JUST_ADDED}}<p role="status">[[console.member_added]] {{ADDED_EMAIL}}</p>{{/JUST_ADDED}}
<div class="table-scroll"><table class="result-table">
<thead><tr><th scope="col">[[console.field_name]]</th><th scope="col">[[account.email_label]]</th><th scope="col">[[console.column_role]]</th><th scope="col">[[console.column_actions]]</th></tr></thead>
<tbody>
{{#MEMBERS}}<tr><th scope="row">{{NAME}}</th><td>{{EMAIL}}</td>
<td><form method="post" action="/console/{{ORG_ID}}/members" class="status-form">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="action" value="role"><input type="hidden" name="user" value="{{USER_ID}}">
<label for="role-{{USER_ID}}" class="visually-hidden">[[console.column_role]]</label>
<select id="role-{{USER_ID}}" name="role">{{#ROLE_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROLE_OPTIONS}}</select>
<button type="submit" class="secondary">[[console.change_role]]</button></form></td>
<td><form method="post" action="/console/{{ORG_ID}}/members" class="status-form">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="action" value="remove"><input type="hidden" name="user" value="{{USER_ID}}">
<button type="submit" class="secondary">[[console.remove_member]]</button></form></td></tr>
{{/MEMBERS}}
</tbody></table></div>
{{#HAS_INVITATIONS}}<h2>[[console.invitations_heading]]</h2>
<div class="table-scroll"><table class="result-table">
<thead><tr><th scope="col">[[account.email_label]]</th><th scope="col">[[console.column_role]]</th><th scope="col">[[console.column_invited_by]]</th><th scope="col">[[console.column_expires]]</th><th scope="col">[[console.column_actions]]</th></tr></thead>
<tbody>
{{#INVITATIONS}}<tr><th scope="row">{{EMAIL}}</th><td>{{ROLE}}</td><td>{{INVITED_BY}}</td><td>{{EXPIRES_AT}}</td>
<td><form method="post" action="/console/{{ORG_ID}}/members" class="status-form">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="action" value="withdraw"><input type="hidden" name="email" value="{{EMAIL}}">
<button type="submit" class="secondary">[[console.withdraw_invitation]]</button></form></td></tr>
{{/INVITATIONS}}
</tbody></table></div>{{/HAS_INVITATIONS}}
<h2>[[console.add_member]]</h2>
<form method="post" action="/console/{{ORG_ID}}/members" class="narrow">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="action" value="add">
<label for="email">[[account.email_label]]</label>
<input type="email" id="email" name="email" required aria-describedby="email-hint">
<p id="email-hint" class="hint">[[console.add_member_hint]]</p>
<label for="role">[[console.column_role]]</label>
<select id="role" name="role">{{#ROLE_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROLE_OPTIONS}}</select>
<div class="actions"><button type="submit">[[console.add_member]]</button></div>
</form>
{{>PAGE_FOOTER}}
