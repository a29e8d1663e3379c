/**
 * {@code crm-sync generate}'s engine: a deterministic generator of a realistic Salesforce org and a matching
 * directory of people and companies, with the ground truth that says which CRM record is which profile. Plain
 * Java: {@link dev.crmsync.emulator.generate.OrgGenerator} streams records into sinks;
 * {@link dev.crmsync.emulator.generate.GeneratedFolders} writes them as folders.
 */
package dev.crmsync.emulator.generate;
