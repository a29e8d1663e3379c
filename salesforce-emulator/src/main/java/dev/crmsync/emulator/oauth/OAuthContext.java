package dev.crmsync.emulator.oauth;

import dev.crmsync.emulator.org.Org;
import dev.crmsync.emulator.org.Users;
import java.util.function.Supplier;

/**
 * What the login service's routes share.
 *
 * @param org the org whose users log in
 * @param sessions codes and tokens
 * @param settings the connected app, passwords and lifetimes
 * @param baseUrl the emulator's base URL (instance_url and the identity URLs), known once it listens
 */
record OAuthContext(Org org, Sessions sessions, OAuthSettings settings, Supplier<String> baseUrl) {
  ConnectedApp app() {
    return settings.app();
  }

  String identityUrl(String userId) {
    return baseUrl.get() + "/id/" + org.orgId() + "/" + userId;
  }

  /** A user who may log in, or the OAuth error Salesforce gives. */
  Users.User activeUser(String username) {
    Users.User user = Users.byUsername(org, username)
        .orElseThrow(() -> OAuthError.invalidGrant("authentication failure"));
    if (!user.active()) {
      throw OAuthError.invalidGrant("inactive user");
    }
    return user;
  }
}
