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
{{#SIGNED_IN}}<li><a href="/wallet">[[layout.nav_wallet]]</a></li>
<li><a href="/console">[[layout.nav_console]]</a></li>
<li><form class="inline-form" method="post" action="/sign-out"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="link-button">[[layout.sign_out]]</button></form> <span class="user-name">({{USER_NAME}})</span></li>
{{/SIGNED_IN}}{{#SIGNED_OUT}}<li><a href="/sign-in">[[layout.sign_in]]</a></li>
{{/SIGNED_OUT}}</ul>
</nav>
</header>
<main id="main" tabindex="-1">
