/**
 * Who is calling: seat holders signed in with Salesforce (authorization code with PKCE, then a signed expiring
 * session token), the Embedded Profile widget (a Canvas signed request exchanged for a short-lived token) and
 * service callers (tenant API keys, stored hashed). Every caller resolves to one tenant.
 */
package dev.crmsync.gateway.auth;
