/**
 * The Embedded Profile widget Salesforce frames on Lead, Contact, Account and Opportunity pages, served as plain
 * HTML, CSS and JavaScript under a Content-Security-Policy whose frame-ancestors are the tenant's Salesforce
 * origins; and, in demo mode only, a page that plays a Salesforce record page around it.
 */
package dev.crmsync.gateway.widget;
