{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<div class="narrow">
<h1>[[account.sign_in_heading]]</h1>
{{#FORM_ERROR}}<p class="form-error" role="alert">{{FORM_ERROR_TEXT}}</p>{{/FORM_ERROR}}
<form method="post" action="/sign-in">
<input type="hidden" name="next" value="{{NEXT}}">
<label for="email">[[account.email_label]]</label>
<input type="email" id="email" name="email" value="{{EMAIL}}" autocomplete="username" required>
<label for="password">[[account.password_label]]</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<div class="actions"><button type="submit">[[account.sign_in_submit]]</button></div>
</form>
<p>[[account.no_account]] <a href="/sign-up?next={{NEXT}}">[[account.sign_up_link]]</a></p>
</div>
{{>PAGE_FOOTER}}
