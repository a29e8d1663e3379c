/** Bulk API 2.0 query jobs: creation, polling with backoff, and streamed CSV result pages. */
package dev.crmsync.salesforce.bulk;
