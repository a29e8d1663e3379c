/** The gateway application: its entry point, composition and HTTP verticle. Features live in sub-packages. */
package dev.crmsync.gateway;
