/** The REST API under /services/data: sObjects, describe, query and queryAll, collections, limits. */
package dev.crmsync.emulator.rest;
