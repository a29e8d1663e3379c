/**
 * Normalizers shared by the index (what is written and what is looked up) and the matcher (what is compared):
 * text folding, person names, e-mails, phones, company names, web domains and geography.
 */
package dev.crmsync.index.normalize;
