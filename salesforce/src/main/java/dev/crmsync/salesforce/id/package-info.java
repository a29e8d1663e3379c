/** Salesforce record ids: the 15- to 18-character conversion and validation. */
package dev.crmsync.salesforce.id;
