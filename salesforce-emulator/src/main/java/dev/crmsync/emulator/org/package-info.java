/** The in-memory org: objects, compact record tables, ids, writes as users make them, visibility, export folders. */
package dev.crmsync.emulator.org;
