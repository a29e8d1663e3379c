/**
 * Entries from the edge formats (data-formats.md): CRM records as field maps (a CSV export row or a stored
 * {@code crm_record.fields}), directory people and companies as JSON, FEBRL benchmark files, and truth files.
 */
package dev.crmsync.match.io;
