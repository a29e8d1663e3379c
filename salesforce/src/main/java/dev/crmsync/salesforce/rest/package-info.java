/** The REST API: the writes the product makes as the acting user, lookups, limits and describe. */
package dev.crmsync.salesforce.rest;
