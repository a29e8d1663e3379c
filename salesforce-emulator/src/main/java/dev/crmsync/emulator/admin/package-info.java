/** The emulator's own admin endpoints under /__emulator: faults, token expiry, persistence, record changes. */
package dev.crmsync.emulator.admin;
