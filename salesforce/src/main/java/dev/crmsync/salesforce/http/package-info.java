/**
 * Calling an org: the session and its token renewal, retries with backoff, usage metering, Salesforce's error
 * shape, and response bodies streamed to worker threads with back-pressure.
 */
package dev.crmsync.salesforce.http;
