{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<h1>[[console.heading]]</h1>
{{#NONE}}<p>[[console.no_organisations]]</p>{{/NONE}}
{{#SOME}}<ul class="card-list">
{{#ORGANISATIONS}}<li><a href="/console/{{ORG_ID}}">{{NAME}}</a> <span class="tag">{{ROLE}}</span></li>
{{/ORGANISATIONS}}
</ul>{{/SOME}}
{{>PAGE_FOOTER}}
