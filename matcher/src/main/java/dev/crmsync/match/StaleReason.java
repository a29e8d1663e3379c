package dev.crmsync.match;

/**
 * Why a linked CRM record looks out of date: the field, what the CRM says, what the profile says now, and a
 * sentence for the OUT_OF_DATE badge.
 */
public record StaleReason(String field, String crmValue, String profileValue, String message) {
}
