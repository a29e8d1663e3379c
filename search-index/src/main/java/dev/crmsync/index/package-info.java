/**
 * Lucene indexes of entries: one per tenant for its CRM records, one for the directory. {@link
 * dev.crmsync.index.Schema} names the fields and their analysis; {@link dev.crmsync.index.SearchIndex} is the
 * on-disk, near-real-time index.
 */
package dev.crmsync.index;
