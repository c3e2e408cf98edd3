{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<h1>[[error.heading]]</h1>
<p role="alert">{{MESSAGE}}</p>
{{#HAS_DETAIL}}<p class="detail">{{DETAIL}}</p>{{/HAS_DETAIL}}
<p><a href="/">[[error.home_link]]</a></p>
{{>PAGE_FOOTER}}
