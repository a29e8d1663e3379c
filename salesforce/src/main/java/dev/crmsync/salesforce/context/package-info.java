/** Running HTTP exchanges on a Vert.x context, whatever thread starts them. */
package dev.crmsync.salesforce.context;
