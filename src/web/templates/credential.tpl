{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<article class="credential">
<header class="credential-header">
{{#HAS_IMAGE_URL}}<img class="badge-image" src="{{IMAGE_URL}}" alt="" width="160" height="160">{{/HAS_IMAGE_URL}}{{#HAS_DATA_IMAGE}}<img class="badge-image" src="data:{{DATA_MIME}};base64,{{DATA_BASE64}}" alt="" width="160" height="160">{{/HAS_DATA_IMAGE}}
<div>
<h1>{{ACHIEVEMENT_NAME}}</h1>
<p class="issuer">[[credential.issued_by]] {{#ISSUER_LINKED}}<a href="{{ISSUER_URL}}" rel="nofollow">{{ISSUER}}</a>{{/ISSUER_LINKED}}{{#ISSUER_PLAIN}}{{ISSUER}}{{/ISSUER_PLAIN}}</p>
<dl class="validity">
<dt>[[credential.issued_on]]</dt><dd>{{ISSUED_ON}}</dd>
<dt>[[credential.expires_on]]</dt><dd>{{#HAS_EXPIRY}}{{EXPIRES_ON}}{{/HAS_EXPIRY}}{{#NO_EXPIRY}}[[credential.no_expiry]]{{/NO_EXPIRY}}</dd>
</dl>
</div>
</header>
<section class="verification" aria-labelledby="verification-heading">
<h2 id="verification-heading">[[credential.verification_heading]]</h2>
{{#UNREADABLE}}<div class="verdict verdict-failed" role="status"><p class="verdict-text">[[verdict.unreadable]]</p></div><p>{{UNREADABLE_TEXT}}</p>{{/UNREADABLE}}
{{>REPORT}}
</section>
{{#HAS_DESCRIPTION}}<section aria-labelledby="about-heading">
<h2 id="about-heading">[[credential.about_heading]]</h2>
<p class="prose">{{#DESCRIPTION_LINES}}{{LINE}}{{#DESCRIPTION_LINES_separator}}<br>{{/DESCRIPTION_LINES_separator}}{{/DESCRIPTION_LINES}}</p>
</section>{{/HAS_DESCRIPTION}}
{{#HAS_CRITERIA}}<section aria-labelledby="criteria-heading">
<h2 id="criteria-heading">[[credential.criteria_heading]]</h2>
<p class="prose">{{#CRITERIA_LINES}}{{LINE}}{{#CRITERIA_LINES_separator}}<br>{{/CRITERIA_LINES_separator}}{{/CRITERIA_LINES}}</p>
</section>{{/HAS_CRITERIA}}
{{#HAS_ALIGNMENTS}}<section aria-labelledby="skills-heading">
<h2 id="skills-heading">[[credential.skills_heading]]</h2>
<ul class="alignments">
{{#ALIGNMENTS}}<li>{{#LINKED}}<a href="{{URL}}" rel="nofollow">{{NAME}}</a>{{/LINKED}}{{#PLAIN}}{{NAME}}{{/PLAIN}}{{#HAS_FRAMEWORK}} <span class="framework">{{FRAMEWORK}}</span>{{/HAS_FRAMEWORK}}</li>
{{/ALIGNMENTS}}
</ul>
</section>{{/HAS_ALIGNMENTS}}
{{#HAS_EVIDENCE}}<section aria-labelledby="evidence-heading">
<h2 id="evidence-heading">[[credential.evidence_heading]]</h2>
<ul class="evidence">
{{#EVIDENCE}}<li>{{#HAS_TITLE}}{{#LINKED}}<a href="{{URL}}" rel="nofollow">{{TITLE}}</a>{{/LINKED}}{{#PLAIN}}{{TITLE}}{{/PLAIN}}{{/HAS_TITLE}}{{#HAS_NARRATIVE}}<p class="prose">{{#NARRATIVE_LINES}}{{LINE}}{{#NARRATIVE_LINES_separator}}<br>{{/NARRATIVE_LINES_separator}}{{/NARRATIVE_LINES}}</p>{{/HAS_NARRATIVE}}</li>
{{/EVIDENCE}}
</ul>
</section>{{/HAS_EVIDENCE}}
<p class="downloads"><a href="{{JSON_URL}}" type="application/ld+json">[[credential.download_json]]</a></p>
</article>
{{>PAGE_FOOTER}}
