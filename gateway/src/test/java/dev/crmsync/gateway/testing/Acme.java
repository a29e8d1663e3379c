package dev.crmsync.gateway.testing;

import java.util.UUID;

/**
 * Two tenants on one directory, seeded as the connector, matcher and directory import would: Acme has Jane
 * (matched, with a stale title), Bob (a lead matched for review), an account matched to Northwind, an
 * opportunity on that account and an unmatched contact; Globex has its own match of Jane's profile.
 */
public final class Acme {
  public static final String ACME_ORG = "00D000000000001EAA";
  public static final String GLOBEX_ORG = "00D000000000002EAA";
  public static final String ACME_INSTANCE = "https://acme.my.salesforce.com";
  public static final String JANE_CONTACT = "003000000000001AAA";
  public static final String BOB_LEAD = "00Q000000000001EAA";
  public static final String NORTHWIND_ACCOUNT = "001000000000001AAA";
  public static final String OTHER_ACCOUNT = "001000000000002AAA";
  public static final String DEAL = "006000000000001AAA";
  public static final String UNMATCHED_CONTACT = "003000000000002AAA";
  public static final String GLOBEX_CONTACT = "003000000000009AAA";
  public static final String CANVAS_SECRET = "acme-consumer-secret-0123456789";

  public final UUID acme;
  public final UUID globex;
  public final String acmeToken;
  public final String globexToken;

  private Acme(UUID acme, UUID globex, String acmeToken, String globexToken) {
    this.acme = acme;
    this.globex = globex;
    this.acmeToken = acmeToken;
    this.globexToken = globexToken;
  }

  public static Acme seed(ApiFixture api) {
    UUID acme = api.tenant("Acme", ACME_ORG, ACME_INSTANCE);
    UUID globex = api.tenant("Globex", GLOBEX_ORG, "https://globex.my.salesforce.com");
    api.widgetApp(acme, CANVAS_SECRET, ACME_INSTANCE.replace("my.salesforce", "lightning.force"), ACME_INSTANCE);

    api.person("pr1", """
        {"id":"pr1","firstName":"Jane","lastName":"Doe","headline":"Head of Procurement at Northwind",
         "positions":[{"companyId":"co1","companyName":"Northwind Traders","title":"Head of Procurement","current":true},
                      {"companyId":"co9","companyName":"Pine Bio","title":"Buyer","current":false}],
         "location":{"city":"Berlin","state":null,"country":"Germany"}}""",
        """
        {"emails":["jane.private@northwind.example"],"phones":["+4930111111"]}""");
    api.person("pr2", """
        {"id":"pr2","firstName":"Bob","lastName":"Stone","headline":"Sales Engineer",
         "positions":[{"companyName":"Initech","title":"Sales Engineer","current":true}],
         "location":{"city":"Austin","state":"TX","country":"United States"}}""", "{}");
    api.person("pr3", """
        {"id":"pr3","firstName":"Carla","lastName":"Mendes","headline":"CFO at Northwind",
         "positions":[{"companyName":"Northwind Traders","title":"CFO","current":true}],
         "location":{"city":"Lisbon","country":"Portugal"}}""",
        """
        {"emails":["carla@northwind.example"]}""");
    api.person("pr4", """
        {"id":"pr4","firstName":"Jane","lastName":"Doe","headline":"Nurse",
         "location":{"city":"Leeds","country":"United Kingdom"}}""", "{}");
    api.company("co1", """
        {"id":"co1","name":"Northwind Traders","industry":"Wholesale","website":"https://northwind.example",
         "domains":["northwind.example"],"location":{"city":"Berlin","country":"Germany"}}""");
    api.company("co2", """
        {"id":"co2","name":"Northwind Logistics","industry":"Transport","location":{"city":"Hamburg","country":"Germany"}}""");

    api.record(acme, JANE_CONTACT, "Contact", """
        {"Id":"003000000000001AAA","FirstName":"Jane","LastName":"Doe","Title":"Buyer","Email":"jane@northwind.example",
         "Phone":"+49 30 555 0100","MobilePhone":"+49 170 555 0101","MailingStreet":"Unter den Linden 1",
         "MailingCity":"Berlin","MailingPostalCode":"10117","MailingCountry":"Germany",
         "AccountId":"001000000000001AAA"}""");
    api.record(acme, BOB_LEAD, "Lead", """
        {"Id":"00Q000000000001EAA","FirstName":"Bob","LastName":"Stone","Company":"Initech","Email":"bob@initech.example",
         "City":"Austin","Country":"United States"}""");
    api.record(acme, NORTHWIND_ACCOUNT, "Account", """
        {"Id":"001000000000001AAA","Name":"Northwind Traders","Website":"northwind.example","BillingCity":"Berlin"}""");
    api.record(acme, OTHER_ACCOUNT, "Account", """
        {"Id":"001000000000002AAA","Name":"Northwind Logistics GmbH","BillingCity":"Hamburg"}""");
    api.record(acme, DEAL, "Opportunity", """
        {"Id":"006000000000001AAA","Name":"Northwind renewal","StageName":"Negotiation","AccountId":"001000000000001AAA"}""");
    api.record(acme, UNMATCHED_CONTACT, "Contact", """
        {"Id":"003000000000002AAA","FirstName":"Carla","LastName":"Mendes","Email":"carla@northwind.example"}""");
    api.record(globex, GLOBEX_CONTACT, "Contact", """
        {"Id":"003000000000009AAA","FirstName":"Jane","LastName":"Doe","Email":"jd@globex.example"}""");

    api.match(acme, JANE_CONTACT, "Contact", "PERSON", "pr1", "MATCH", 0.97, """
        {"fields":[{"field":"email","level":"EXACT","weight":4.2},{"field":"lastName","level":"EXACT","weight":2.5},
                   {"field":"city","level":"DIFFERENT","weight":-0.7}]}""",
        """
        [{"field":"Title","crm":"Buyer","directory":"Head of Procurement"}]""");
    api.match(acme, BOB_LEAD, "Lead", "PERSON", "pr2", "REVIEW", 0.62, "{}", "[]");
    api.match(acme, NORTHWIND_ACCOUNT, "Account", "COMPANY", "co1", "MATCH", 0.99, "{}", "[]");
    api.match(globex, GLOBEX_CONTACT, "Contact", "PERSON", "pr1", "MATCH", 0.91, "{}", "[]");
    return new Acme(acme, globex, api.token(acme, "Acme", "alice@acme.example"),
        api.token(globex, "Globex", "gus@globex.example"));
  }
}
