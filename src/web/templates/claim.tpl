{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<div class="narrow">
<h1>[[claim.heading]]</h1>
<p class="lead">[[claim.offer]]</p>
{{#ACCEPTED}}<p role="status">[[claim.accepted]] <a href="{{CREDENTIAL_URL}}">[[claim.view]]</a></p>{{/ACCEPTED}}
{{#DECLINED}}<p role="status">[[claim.declined]]</p>{{/DECLINED}}
{{#SIGNED_IN_FORM}}<p>[[claim.signed_in_as]]</p>
<form method="post" action="/claim/{{TOKEN}}" class="actions">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<button type="submit" name="answer" value="accept">[[claim.accept]]</button>
<button type="submit" name="answer" value="decline" class="secondary">[[claim.decline]]</button>
</form>{{/SIGNED_IN_FORM}}
{{#SIGNED_OUT_FORM}}<p>[[claim.sign_in_hint]] <a href="/sign-in?next={{NEXT}}">[[layout.sign_in]]</a> · <a href="/sign-up?next={{NEXT}}">[[account.sign_up_link]]</a></p>
<form method="post" action="/claim/{{TOKEN}}" class="actions">
<button type="submit" name="answer" value="accept">[[claim.accept_without_account]]</button>
<button type="submit" name="answer" value="decline" class="secondary">[[claim.decline]]</button>
</form>{{/SIGNED_OUT_FORM}}
</div>
{{>PAGE_FOOTER}}
