/** Configuration: keys from a file and the environment, validated into one record at start. */
package dev.crmsync.gateway.config;
