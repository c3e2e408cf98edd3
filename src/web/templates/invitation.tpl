{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<div class="narrow">
<h1>[[invitation.heading]]</h1>
{{#FORM_ERROR}}<p class="form-error" role="alert">{{FORM_ERROR_TEXT}}</p>{{/FORM_ERROR}}
<dl class="validity">
<dt>[[invitation.organisation]]</dt><dd>{{ORG_NAME}}</dd>
<dt>[[console.column_role]]</dt><dd>{{ROLE}}</dd>
<dt>[[console.column_invited_by]]</dt><dd>{{INVITED_BY}}</dd>
<dt>[[account.email_label]]</dt><dd>{{EMAIL}}</dd>
<dt>[[console.column_expires]]</dt><dd>{{EXPIRES_AT}}</dd>
</dl>
{{#NEW_ACCOUNT}}<h2>[[invitation.new_account]]</h2>
<form method="post" action="/invitations/{{TOKEN}}">
<label for="name">[[account.name_label]]</label>
<input type="text" id="name" name="name" value="{{NAME}}" autocomplete="name" required maxlength="200">
<label for="password">[[account.password_label]]</label>
<input type="password" id="password" name="password" autocomplete="new-password" required minlength="12" aria-describedby="password-hint">
<p id="password-hint" class="hint">[[account.password_hint]]</p>
<div class="actions"><button type="submit">[[invitation.accept_new_submit]]</button></div>
</form>
<p>[[account.have_account]] <a href="/sign-in?next=/invitations/{{TOKEN}}">[[account.sign_in_link]]</a></p>{{/NEW_ACCOUNT}}
{{#JOIN}}<form method="post" action="/invitations/{{TOKEN}}">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<div class="actions"><button type="submit">[[invitation.join_submit]]</button></div>
</form>{{/JOIN}}
{{#OTHER_ACCOUNT}}<p class="form-error" role="alert">[[invitation.other_account]] ({{SIGNED_IN_AS}})</p>{{/OTHER_ACCOUNT}}
</div>
{{>PAGE_FOOTER}}
