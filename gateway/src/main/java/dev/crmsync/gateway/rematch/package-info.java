/**
 * Links of CRM records as users see and fix them: the record's link by precedence (a manual decision, then the
 * sync's match, then a live lookup), and the manual decisions (set, confirm, reject, rematch an account), which
 * are stored with who, when and the previous link, shared by every user of the tenant at once.
 */
package dev.crmsync.gateway.rematch;
