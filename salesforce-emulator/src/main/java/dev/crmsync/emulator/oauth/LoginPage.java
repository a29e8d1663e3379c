package dev.crmsync.emulator.oauth;

import java.util.Map;

/** The login and consent page of the web-server flow: plain HTML a browser (or a test) can submit. */
final class LoginPage {
  private LoginPage() {
  }

  static String render(String orgId, Map<String, String> carried, String username, String error) {
    StringBuilder hidden = new StringBuilder();
    carried.forEach((name, value) -> hidden.append("<input type=\"hidden\" name=\"").append(escape(name))
        .append("\" value=\"").append(escape(value)).append("\">\n"));
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Login | Salesforce emulator</title>
        <style>body{font-family:sans-serif;max-width:24rem;margin:4rem auto}label,input{display:block;width:100%%}
        input{margin:.3rem 0 1rem;padding:.4rem}.error{color:#b00}button{padding:.5rem 1rem;margin-right:.5rem}</style>
        </head><body>
        <h1>Salesforce emulator</h1>
        <p>Org %s. Log in, then allow or deny access for <b>%s</b>.</p>
        %s
        <form method="post" action="/services/oauth2/authorize">
        %s<label for="username">Username</label><input id="username" name="username" value="%s">
        <label for="password">Password</label><input id="password" name="password" type="password">
        <p>The app asks for: %s</p>
        <button type="submit" name="decision" value="allow">Allow</button>
        <button type="submit" name="decision" value="deny">Deny</button>
        </form></body></html>
        """.formatted(escape(orgId), escape(carried.getOrDefault("client_id", "")),
        error == null ? "" : "<p class=\"error\">" + escape(error) + "</p>", hidden,
        escape(username == null ? "" : username), escape(carried.getOrDefault("scope", "the app's default scopes")));
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
