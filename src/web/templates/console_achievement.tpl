{{%AUTOESCAPE context="HTML"}}{{>PAGE_HEADER}}
<p class="breadcrumb"><a href="/console/{{ORG_ID}}">[[console.back_to_organisation]]</a></p>
<h1>{{#NEW}}[[console.new_achievement]]{{/NEW}}{{#REVISE}}[[console.edit_achievement]]{{/REVISE}}</h1>
<p>[[console.editor_intro]]</p>
{{#FORM_ERROR}}<p class="form-error" role="alert">{{FORM_ERROR_TEXT}}</p>{{/FORM_ERROR}}
<form method="post" action="{{FORM_ACTION}}" class="editor" enctype="multipart/form-data">
<input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
<label for="name">[[console.field_name]]</label>
<input type="text" id="name" name="name" value="{{NAME}}" required maxlength="200">
<label for="description">[[console.field_description]]</label>
<textarea id="description" name="description" rows="3" required>{{DESCRIPTION:pre_escape}}</textarea>
<label for="achievement_type">[[console.field_type]]</label>
<select id="achievement_type" name="achievement_type">{{#TYPES}}<option{{#SELECTED}} selected{{/SELECTED}}>{{TYPE}}</option>{{/TYPES}}</select>
<label for="criteria">[[console.field_criteria]]</label>
<textarea id="criteria" name="criteria" rows="3">{{CRITERIA:pre_escape}}</textarea>
<fieldset>
<legend>[[console.eu_elements]]</legend>
<label for="learning_outcomes">[[console.field_outcomes]]</label>
<textarea id="learning_outcomes" name="learning_outcomes" rows="4" aria-describedby="outcomes-hint">{{LEARNING_OUTCOMES:pre_escape}}</textarea>
<p id="outcomes-hint" class="hint">[[console.one_per_line]]</p>
<div class="field-row">
<div><label for="workload_ects">[[console.field_ects]]</label><input type="text" inputmode="decimal" id="workload_ects" name="workload_ects" value="{{WORKLOAD_ECTS}}"></div>
<div><label for="workload_hours">[[console.field_hours]]</label><input type="text" inputmode="decimal" id="workload_hours" name="workload_hours" value="{{WORKLOAD_HOURS}}"></div>
<div><label for="eqf_level">[[console.field_eqf]]</label><select id="eqf_level" name="eqf_level"><option value="">–</option>{{#LEVELS}}<option{{#SELECTED}} selected{{/SELECTED}}>{{LEVEL}}</option>{{/LEVELS}}</select></div>
</div>
<label for="assessment">[[console.field_assessment]]</label>
<input type="text" id="assessment" name="assessment" value="{{ASSESSMENT}}">
<label for="participation">[[console.field_participation]]</label>
<input type="text" id="participation" name="participation" value="{{PARTICIPATION}}">
<label for="quality_assurance">[[console.field_quality]]</label>
<input type="text" id="quality_assurance" name="quality_assurance" value="{{QUALITY_ASSURANCE}}">
<label for="language">[[console.field_language]]</label>
<input type="text" id="language" name="language" value="{{LANGUAGE}}" maxlength="35">
</fieldset>
<div class="field-row">
<div><label for="human_code">[[console.field_human_code]]</label><input type="text" id="human_code" name="human_code" value="{{HUMAN_CODE}}" maxlength="100"></div>
<div><label for="field_of_study">[[console.field_of_study]]</label><input type="text" id="field_of_study" name="field_of_study" value="{{FIELD_OF_STUDY}}" maxlength="200"></div>
<div><label for="specialization">[[console.field_specialization]]</label><input type="text" id="specialization" name="specialization" value="{{SPECIALIZATION}}" maxlength="200"></div>
</div>
<label for="tags">[[console.field_tags]]</label>
<input type="text" id="tags" name="tags" value="{{TAGS}}" aria-describedby="tags-hint">
<p id="tags-hint" class="hint">[[console.tags_hint]]</p>
<label for="skills">[[console.field_skills]]</label>
<textarea id="skills" name="skills" rows="3" aria-describedby="skills-hint">{{SKILLS:pre_escape}}</textarea>
<p id="skills-hint" class="hint">[[console.skills_hint]]</p>
<fieldset>
<legend>[[console.image_legend]]</legend>
{{#HAS_IMAGE_PREVIEW}}<img src="{{IMAGE_PREVIEW}}" alt="[[console.image_current]]" class="badge-preview" width="96" height="96">{{/HAS_IMAGE_PREVIEW}}
<label for="image">[[console.field_image]]</label>
<input type="text" id="image" name="image" value="{{IMAGE}}" inputmode="url" aria-describedby="image-hint">
<p id="image-hint" class="hint">[[console.image_hint]]</p>
<label for="image_file">[[console.field_image_file]]</label>
<input type="file" id="image_file" name="image_file" accept="image/png,image/svg+xml" aria-describedby="image-file-hint">
<p id="image-file-hint" class="hint">[[console.image_file_hint]]</p>
<div class="field-row">
<div class="check-field"><input type="checkbox" id="draw_badge" name="draw_badge" value="on"{{#DRAW_CHECKED}} checked{{/DRAW_CHECKED}}><label for="draw_badge">[[console.draw_badge]]</label></div>
<div><label for="badge_colour">[[console.badge_colour]]</label><input type="color" id="badge_colour" name="badge_colour" value="{{BADGE_COLOUR}}"></div>
</div>
</fieldset>
<label for="validity_days">[[console.field_validity]]</label>
<input type="text" inputmode="numeric" id="validity_days" name="validity_days" value="{{VALIDITY_DAYS}}">
<div class="actions"><button type="submit">[[console.save_achievement]]</button></div>
</form>
{{>PAGE_FOOTER}}
