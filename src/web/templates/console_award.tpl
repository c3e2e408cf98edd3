{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<p class="breadcrumb"><a href="/console/{{ORG_ID}}">[[console.back_to_organisation]]</a></p>
<h1>[[console.award_title]]</h1>
{{#FORM_ERROR}}<p class="form-error" role="alert">{{FORM_ERROR_TEXT}}</p>{{/FORM_ERROR}}
<form method="post" action="/console/{{ORG_ID}}/awards" class="narrow">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<label for="achievement">[[console.column_achievement]]</label>
<select id="achievement" name="achievement" required>{{#ACHIEVEMENT_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ACHIEVEMENT_OPTIONS}}</select>
<label for="recipient">[[console.field_recipient]]</label>
<input type="text" id="recipient" name="recipient" value="{{RECIPIENT}}" required aria-describedby="recipient-hint">
<p id="recipient-hint" class="hint">[[console.recipient_hint]]</p>
<label for="recipient_name">[[console.field_recipient_name]]</label>
<input type="text" id="recipient_name" name="recipient_name" value="{{RECIPIENT_NAME}}" maxlength="200">
<fieldset>
<legend>[[credential.evidence_heading]]</legend>
<label for="evidence_name">[[console.field_evidence_name]]</label>
<input type="text" id="evidence_name" name="evidence_name" value="{{EVIDENCE_NAME}}" maxlength="200">
<label for="evidence_url">[[console.field_evidence_url]]</label>
<input type="text" id="evidence_url" name="evidence_url" value="{{EVIDENCE_URL}}" inputmode="url">
<label for="evidence_narrative">[[console.field_evidence_narrative]]</label>
<textarea id="evidence_narrative" name="evidence_narrative" rows="3">{{EVIDENCE_NARRATIVE:pre_escape}}</textarea>
</fieldset>
<label for="valid_until">[[console.field_valid_until]]</label>
<input type="date" id="valid_until" name="valid_until" value="{{VALID_UNTIL}}">
<div class="actions"><button type="submit">[[console.award_submit]]</button></div>
</form>
{{>PAGE_FOOTER}}
