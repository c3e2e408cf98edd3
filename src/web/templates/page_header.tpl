{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} · Cairn</title>
<link rel="stylesheet" href="{{STYLESHEET}}">
{{#META}}<meta property="{{PROPERTY}}" content="{{CONTENT}}">
{{/META}}</head>
<body>
<a class="skip-link" href="#main">[[layout.skip_to_content]]</a>
<header class="site-header">
<a class="brand" href="/">Cairn</a>
<nav aria-label="[[layout.main_navigation]]">
<ul>
<li><a href="/verify">[[layout.nav_verify]]</a></li>
</ul>
</nav>
</header>
<main id="main" tabindex="-1">
