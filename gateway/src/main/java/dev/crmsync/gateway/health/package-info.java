/** Liveness and readiness endpoints. */
package dev.crmsync.gateway.health;
