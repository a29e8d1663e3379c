/** Quality of a matching run against known links: candidate recall, precision, recall, F1, review share. */
package dev.crmsync.match.eval;
