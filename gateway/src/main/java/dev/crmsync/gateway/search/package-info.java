/**
 * The in-CRM search filter: directory people and companies by name, title, company and location, limited to
 * those linked to the tenant's CRM or to those that are not; and the bulk "which of these are in the CRM".
 */
package dev.crmsync.gateway.search;
