{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<p class="breadcrumb"><a href="/console/{{ORG_ID}}">[[console.back_to_organisation]]</a></p>
<h1>[[console.job_title]]</h1>
<div class="job" data-job-url="/api/v1/jobs/{{JOB_ID}}" data-state="{{STATE_CODE}}">
<p><span class="job-state" role="status">{{STATE}}</span></p>
<progress id="job-progress" value="{{DONE}}" max="{{TOTAL}}" aria-labelledby="job-counts"></progress>
<p id="job-counts"><span class="job-done">{{DONE_TEXT}}</span> / <span class="job-total">{{TOTAL_TEXT}}</span> · [[console.issued]] <span class="job-issued">{{ISSUED_TEXT}}</span> · [[console.failed]] <span class="job-failed">{{FAILED_TEXT}}</span></p>
<p class="job-speed" aria-live="polite"></p>
{{#RUNNING}}<p class="hint"><a href="/console/{{ORG_ID}}/jobs/{{JOB_ID}}">[[console.refresh]]</a></p>{{/RUNNING}}
</div>
{{#FAILURES}}<p>[[console.column_row]] {{ROW}}: {{MESSAGE}}</p>
{{/FAILURES}}
{{>PAGE_FOOTER}}
