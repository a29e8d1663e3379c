/**
 * OAuth 2.0 with Salesforce: the web-server flow with PKCE for admins and seat holders, the JWT bearer flow for
 * the integration user, refresh and revoke, and the encryption of tokens at rest.
 */
package dev.crmsync.salesforce.oauth;
