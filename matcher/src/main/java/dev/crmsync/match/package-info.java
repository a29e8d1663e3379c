/**
 * Record linkage of CRM entries to directory entries: candidates from several index probes, an additive
 * Fellegi-Sunter score with an explanation per field, one-to-one assignment under manual overrides, and stale
 * detection for linked records.
 */
package dev.crmsync.match;
