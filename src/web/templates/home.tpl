{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<h1>[[home.heading]]</h1>
<p class="lead">[[home.intro]]</p>
<p><a class="button" href="/verify">[[home.verify_link]]</a></p>
{{>PAGE_FOOTER}}
