/** Test support: a running emulator with an HTTP client. */
package dev.crmsync.emulator.testing;
