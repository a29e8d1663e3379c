/**
 * Directory import: the people and companies every tenant's CRM is matched against, loaded from a directory
 * folder (people.jsonl, companies.jsonl, deleted.jsonl) into PostgreSQL incrementally, by content hash.
 * Private contact points (e-mails, phones) are stored apart from the public profile and never leave here.
 */
package dev.crmsync.gateway.directory;
