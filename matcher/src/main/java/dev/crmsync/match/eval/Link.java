package dev.crmsync.match.eval;

/** A true link between a CRM record and a profile. */
public record Link(String crmId, String profileId) {
}
