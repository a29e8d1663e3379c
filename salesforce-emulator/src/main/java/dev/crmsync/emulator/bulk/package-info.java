/** Bulk API 2.0 query jobs: lifecycle, results pages as streamed CSV with locators. */
package dev.crmsync.emulator.bulk;
