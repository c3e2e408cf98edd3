{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<p class="breadcrumb"><a href="/console/{{ORG_ID}}">[[console.back_to_organisation]]</a></p>
<h1>{{NAME}}</h1>
{{#FORM_ERROR}}<p class="form-error" role="alert">{{FORM_ERROR_TEXT}}</p>{{/FORM_ERROR}}
<h2>[[console.profile_heading]]</h2>
<p>[[console.profile_intro]]</p>
{{#CAN_EDIT}}<form method="post" action="/console/{{ORG_ID}}/profile" class="editor">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<p class="hint" id="profile-hint">[[console.profile_edit_hint]]</p>
<label for="name">[[console.field_name]]</label>
<input type="text" id="name" name="name" value="{{PROFILE_NAME}}" required maxlength="200" aria-describedby="profile-hint">
<label for="url">[[console.profile_url]]</label>
<input type="url" id="url" name="url" value="{{PROFILE_URL}}" maxlength="2048" placeholder="https://">
<label for="email">[[account.email_label]]</label>
<input type="email" id="email" name="email" value="{{PROFILE_EMAIL}}" maxlength="254" autocomplete="off">
<label for="country">[[console.profile_country]]</label>
<input type="text" id="country" name="country" value="{{PROFILE_COUNTRY}}" maxlength="2" pattern="[A-Za-z]{2}" aria-describedby="country-hint">
<p id="country-hint" class="hint">[[console.profile_country_hint]]</p>
<label for="description">[[console.field_description]]</label>
<textarea id="description" name="description" rows="4" maxlength="4000">{{PROFILE_DESCRIPTION:pre_escape}}</textarea>
<div class="actions"><button type="submit">[[console.profile_save]]</button></div>
</form>
<p>DID: <code>{{DID}}</code></p>{{/CAN_EDIT}}
{{#READ_ONLY}}<dl class="validity">
<dt>DID</dt><dd><code>{{DID}}</code></dd>
{{#HAS_URL}}<dt>[[console.profile_url]]</dt><dd>{{URL}}</dd>{{/HAS_URL}}
{{#HAS_EMAIL}}<dt>[[account.email_label]]</dt><dd>{{EMAIL}}</dd>{{/HAS_EMAIL}}
{{#HAS_COUNTRY}}<dt>[[console.profile_country]]</dt><dd>{{COUNTRY}}</dd>{{/HAS_COUNTRY}}
{{#HAS_DESCRIPTION}}<dt>[[console.field_description]]</dt><dd>{{DESCRIPTION}}</dd>{{/HAS_DESCRIPTION}}
</dl>{{/READ_ONLY}}
<p><a href="/issuers/{{ORG_ID}}">[[console.public_profile]]</a> · <a href="/issuers/{{ORG_ID}}/did.json">[[console.did_document]]</a></p>
<h2>[[console.keys_heading]]</h2>
<p>[[console.keys_intro]]</p>
<div class="table-scroll"><table class="result-table">
<thead><tr><th scope="col">[[console.column_key]]</th><th scope="col">[[console.column_created]]</th><th scope="col">[[console.column_state]]</th><th scope="col">[[console.column_actions]]</th></tr></thead>
<tbody>
{{#KEYS}}<tr><th scope="row"><code>{{KEY_ID}}</code><br><span class="hint">{{ALGORITHM}}</span></th><td>{{CREATED}}</td>
<td>{{#SIGNS}}<span class="tag state-active">[[console.key_signs]]</span>{{/SIGNS}}{{#VERIFIES}}<span class="tag">[[console.key_verifies]]</span>{{/VERIFIES}}{{#IS_REVOKED}}<span class="tag state-revoked">[[console.key_revoked]] {{REVOKED}}</span>{{/IS_REVOKED}}</td>
<td>{{#CAN_REVOKE}}<form method="post" action="/console/{{ORG_ID}}/keys" class="status-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="action" value="revoke"><input type="hidden" name="key" value="{{FRAGMENT}}"><button type="submit" class="secondary">[[console.revoke_key]]</button></form>{{/CAN_REVOKE}}</td></tr>
{{/KEYS}}
</tbody></table></div>
<form method="post" action="/console/{{ORG_ID}}/keys" class="actions">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="action" value="rotate">
<button type="submit">[[console.rotate_key]]</button>
</form>
{{>PAGE_FOOTER}}
