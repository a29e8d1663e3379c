package dev.crmsync.emulator.generate;

import java.util.List;

/**
 * A person as one CRM record (Lead or Contact) holds them, noise applied; null fields are empty in the CRM.
 *
 * @param noise tags of the noise applied (README "Generator": noise tags)
 * @param staleLocation the city the record still gives though the person moved, or null
 */
record CrmPerson(String firstName, String lastName, String title, String department, String email,
    String phone, String mobile, String street, String city, String state, String country, String postalCode,
    List<String> noise, String staleLocation) {
}
