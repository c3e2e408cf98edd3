{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<article class="credential">
<header class="credential-header">
{{#HAS_IMAGE_URL}}<img class="badge-image" src="{{IMAGE_URL}}" alt="" width="160" height="160">{{/HAS_IMAGE_URL}}{{#HAS_DATA_IMAGE}}<img class="badge-image" src="data:{{DATA_MIME}};base64,{{DATA_BASE64}}" alt="" width="160" height="160">{{/HAS_DATA_IMAGE}}
<div>
<h1>{{NAME}}</h1>
<p class="issuer">[[credential.issued_by]] {{ISSUER}}</p>
<dl class="validity">
<dt>[[credential.issued_on]]</dt><dd>{{ISSUED_ON}}</dd>
<dt>[[credential.expires_on]]</dt><dd>{{#HAS_EXPIRY}}{{EXPIRES_ON}}{{/HAS_EXPIRY}}{{#NO_EXPIRY}}[[credential.no_expiry]]{{/NO_EXPIRY}}</dd>
</dl>
</div>
</header>
<section class="share" aria-labelledby="share-heading">
<h2 id="share-heading">[[wallet.share_heading]]</h2>
{{#PUBLIC}}<p>[[wallet.is_public]]</p>
<label for="public-link">[[wallet.public_link]]</label>
<input type="text" id="public-link" readonly value="{{PUBLIC_URL}}">
<p class="actions"><a class="button" href="{{LINKEDIN_URL}}" rel="noopener" target="_blank">[[wallet.add_to_linkedin]]</a> <a href="{{PUBLIC_URL}}">[[wallet.open_public]]</a></p>
<form method="post" action="/wallet/{{ENTRY_ID}}/visibility"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="visibility" value="private"><button type="submit" class="secondary">[[wallet.make_private]]</button></form>
{{/PUBLIC}}
{{#PRIVATE}}<p>[[wallet.is_private]]</p>
<form method="post" action="/wallet/{{ENTRY_ID}}/visibility"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="visibility" value="public"><button type="submit">[[wallet.make_public]]</button></form>
{{/PRIVATE}}
<h3>[[wallet.downloads_heading]]</h3>
<ul class="downloads">
{{#DOWNLOADS}}<li><a href="{{HREF}}" download>{{LABEL}}</a></li>
{{/DOWNLOADS}}
</ul>
</section>
<section class="verification" aria-labelledby="verification-heading">
<h2 id="verification-heading">[[credential.verification_heading]]</h2>
{{>REPORT}}
</section>
<form method="post" action="/wallet/{{ENTRY_ID}}/remove"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="secondary">[[wallet.remove]]</button></form>
</article>
{{>PAGE_FOOTER}}
