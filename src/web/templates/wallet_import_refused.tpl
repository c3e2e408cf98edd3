{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<h1>[[wallet.import_refused_heading]]</h1>
<p>[[wallet.import_refused_intro]]</p>
<p class="detail">{{FILE_NAME}}</p>
{{>REPORT}}
<p><a href="/wallet">[[wallet.back]]</a></p>
{{>PAGE_FOOTER}}
