/**
 * The normalized form of every record the product matches: CRM Leads, Contacts, Accounts and Person Accounts,
 * and directory people and companies, built once from raw values so that indexing and comparing never
 * normalize again.
 */
package dev.crmsync.index.entry;
