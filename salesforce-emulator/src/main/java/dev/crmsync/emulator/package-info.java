/**
 * A local Salesforce for tests, demos and development: {@link dev.crmsync.emulator.EmulatorServer} serves OAuth
 * 2.0, REST, SOQL and Bulk API 2.0 over an in-memory org, closely enough for real Salesforce clients.
 */
package dev.crmsync.emulator;
