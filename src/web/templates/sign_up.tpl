{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<div class="narrow">
<h1>[[account.sign_up_heading]]</h1>
{{#FORM_ERROR}}<p class="form-error" role="alert">{{FORM_ERROR_TEXT}}</p>{{/FORM_ERROR}}
<form method="post" action="/sign-up">
<input type="hidden" name="next" value="{{NEXT}}">
<label for="name">[[account.name_label]]</label>
<input type="text" id="name" name="name" value="{{NAME}}" autocomplete="name" required maxlength="200">
<label for="email">[[account.email_label]]</label>
<input type="email" id="email" name="email" value="{{EMAIL}}" autocomplete="email" required>
<label for="password">[[account.password_label]]</label>
<input type="password" id="password" name="password" autocomplete="new-password" required minlength="12" aria-describedby="password-hint">
<p id="password-hint" class="hint">[[account.password_hint]]</p>
<div class="actions"><button type="submit">[[account.sign_up_submit]]</button></div>
</form>
<p>[[account.have_account]] <a href="/sign-in?next={{NEXT}}">[[account.sign_in_link]]</a></p>
</div>
{{>PAGE_FOOTER}}
