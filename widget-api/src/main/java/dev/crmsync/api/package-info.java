/** The records of the HTTP API, shared by the gateway and its tests. */
package dev.crmsync.api;
