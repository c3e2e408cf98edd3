{{%AUTOESCAPE context="HTML"}}</main>
<footer class="site-footer">
<nav aria-label="[[layout.language_navigation]]">
<ul class="languages">
{{#LANGUAGE_CHOICE}}<li>{{#CURRENT}}<span lang="{{CODE}}" aria-current="true">{{NAME}}</span>{{/CURRENT}}{{#OTHER}}<a href="{{HREF}}" lang="{{CODE}}" hreflang="{{CODE}}">{{NAME}}</a>{{/OTHER}}</li>
{{/LANGUAGE_CHOICE}}
</ul>
</nav>
<p>[[layout.footer_note]]</p>
</footer>
{{#SCRIPTS}}<script src="{{SRC}}" defer></script>
{{/SCRIPTS}}
</body>
</html>
