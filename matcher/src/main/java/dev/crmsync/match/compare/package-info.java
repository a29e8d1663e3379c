/**
 * Field comparators: each compares one field of two entries and says which agreement level it reached
 * (exact, nickname, similar spelling, sound-alike, missing...). Pure functions, no Lucene.
 */
package dev.crmsync.match.compare;
