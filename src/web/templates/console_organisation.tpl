{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<p class="breadcrumb"><a href="/console">[[console.heading]]</a></p>
<h1>{{NAME}}</h1>
<p class="actions"><a class="button" href="/console/{{ORG_ID}}/achievements/new">[[console.new_achievement]]</a> <a class="button secondary-link" href="/console/{{ORG_ID}}/awards/bulk">[[console.bulk_title]]</a> <a class="button secondary-link" href="/console/{{ORG_ID}}/awards/new">[[console.award_title]]</a> <a class="button secondary-link" href="/console/{{ORG_ID}}/credentials">[[console.credentials_title]]</a> <a class="button secondary-link" href="/console/{{ORG_ID}}/members">[[console.members_title]]</a> <a class="button secondary-link" href="/console/{{ORG_ID}}/settings">[[console.settings_title]]</a></p>
<h2>[[console.achievements_heading]]</h2>
{{#NO_ACHIEVEMENTS}}<p>[[console.no_achievements]]</p>{{/NO_ACHIEVEMENTS}}
{{#HAS_ACHIEVEMENTS}}<table class="result-table">
<thead><tr><th scope="col">[[console.column_achievement]]</th><th scope="col">[[console.column_type]]</th><th scope="col">[[console.column_version]]</th><th scope="col">[[console.column_id]]</th><th scope="col">[[analytics.title]]</th></tr></thead>
<tbody>
{{#ACHIEVEMENTS}}<tr><th scope="row"><a href="/achievements/{{ACHIEVEMENT_ID}}">{{ACHIEVEMENT_NAME}}</a></th><td>{{TYPE}}</td><td>{{VERSION}}</td><td><code>{{ACHIEVEMENT_ID}}</code></td><td><a href="/console/{{ORG_ID}}/achievements/{{ACHIEVEMENT_ID}}/analytics">[[analytics.open]]</a> · <a href="/console/{{ORG_ID}}/achievements/{{ACHIEVEMENT_ID}}/edit">[[console.edit]]</a></td></tr>
{{/ACHIEVEMENTS}}
</tbody>
</table>{{/HAS_ACHIEVEMENTS}}
{{>PAGE_FOOTER}}
