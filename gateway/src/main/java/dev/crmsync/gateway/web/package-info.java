/** What every route shares: the error shape, the failure handler and request logging. */
package dev.crmsync.gateway.web;
