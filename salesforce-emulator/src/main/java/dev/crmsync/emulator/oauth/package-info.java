/** The login service: authorize with PKCE, token for every grant type, revoke, userinfo, identity URLs. */
package dev.crmsync.emulator.oauth;
