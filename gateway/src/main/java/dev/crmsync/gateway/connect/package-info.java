/**
 * Connecting tenants' Salesforce orgs: the admin's and seat holders' authorization-code flow with PKCE, the
 * integration user's JWT bearer grant, encrypted token storage, sessions that renew themselves, and revocation.
 */
package dev.crmsync.gateway.connect;
