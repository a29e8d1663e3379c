/**
 * CRM badges: for directory people and companies, whether each is linked to a CRM record of the caller's tenant,
 * whether that record looks out of date, and a deep link to it. Every seat holder sees them.
 */
package dev.crmsync.gateway.badges;
