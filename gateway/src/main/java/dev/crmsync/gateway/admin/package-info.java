/** The minimal admin authentication of the admin endpoints: one configured bearer token. */
package dev.crmsync.gateway.admin;
