/** The org's daily API limit: usage as Salesforce reports it, the calls we make, and our share of it. */
package dev.crmsync.salesforce.limits;
