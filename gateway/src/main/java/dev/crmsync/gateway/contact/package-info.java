/**
 * Contact information: the phone, e-mail and address held on the CRM record a person is linked to. The
 * directory's own private contact points are never served.
 */
package dev.crmsync.gateway.contact;
