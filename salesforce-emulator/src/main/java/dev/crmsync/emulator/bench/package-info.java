/** The emulator's benchmark: start-up, memory and Bulk query speed on a generated org, next to a baseline. */
package dev.crmsync.emulator.bench;
