/** The subcommands of {@code crm-sync}. */
package dev.crmsync.gateway.cli;
