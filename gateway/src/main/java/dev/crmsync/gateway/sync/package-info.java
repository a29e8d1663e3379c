/**
 * Importing tenants' Salesforce orgs into PostgreSQL: the eight objects by Bulk API 2.0, full then incremental
 * from per-object watermarks committed with their rows, key scans for hard deletes, the API budget, run records,
 * the schedule, and the admin's status and "sync now".
 */
package dev.crmsync.gateway.sync;
