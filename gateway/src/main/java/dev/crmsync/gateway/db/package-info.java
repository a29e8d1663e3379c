/** The PostgreSQL the product runs on: embedded or external, migrated with Flyway at start. */
package dev.crmsync.gateway.db;
