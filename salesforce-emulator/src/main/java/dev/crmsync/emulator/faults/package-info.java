/** Injected faults switchable at run time: latency, server errors, API limit, truncated pages, failing jobs. */
package dev.crmsync.emulator.faults;
