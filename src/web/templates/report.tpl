{{%AUTOESCAPE context="HTML"}}<div class="verdict verdict-{{VERDICT_CLASS}}" role="status">
<p class="verdict-text">{{VERDICT}}</p>
</div>
<ol class="checks">
{{#CHECKS}}<li class="check check-{{STATUS_CLASS}}">
<span class="check-name">{{CHECK_NAME}}</span>
<span class="check-status">{{STATUS}}</span>
<span class="check-message">{{EXPLANATION}}</span>
<span class="check-detail"><span class="visually-hidden">[[report.technical_detail]]: </span><span lang="en">{{MESSAGE}}</span></span>
</li>
{{/CHECKS}}
</ol>
