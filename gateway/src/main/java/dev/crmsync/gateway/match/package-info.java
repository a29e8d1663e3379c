/**
 * Matching inside the product: reads a tenant's CRM records and the directory from PostgreSQL, matches all of
 * them or only what changed, and writes {@code crm_match} under the manual overrides of {@code match_override}.
 */
package dev.crmsync.gateway.match;
