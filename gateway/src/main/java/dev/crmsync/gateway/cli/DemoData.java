package dev.crmsync.gateway.cli;

import dev.crmsync.emulator.generate.GeneratedFolders;
import dev.crmsync.emulator.generate.GeneratorSpec;
import dev.crmsync.salesforce.oauth.TokenCipher;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * What the demo keeps between runs under its home folder: a generated org and directory (made once, from a fixed
 * seed) and the secrets the gateway needs (token key, operator token, session secret), made once so that the
 * tokens stored encrypted in the database stay readable on the next run.
 */
record DemoData(Path home, Map<String, String> secrets) {
  static final long SEED = 2026;
  static final long CRM_RECORDS = 5_000;
  private static final String SECRETS_FILE = "secrets.properties";

  Path crmFolder() {
    return home.resolve("crm");
  }

  Path directoryFolder() {
    return home.resolve("directory");
  }

  String operatorToken() {
    return secrets.get("operator.token");
  }

  /** Generates the org and directory unless a previous run did, and loads or makes the secrets. */
  static DemoData prepare(Path home) throws IOException {
    if (!Files.isDirectory(home.resolve("truth"))) {
      System.out.printf("generating a demo org of about %,d CRM records and its directory in %s%n", CRM_RECORDS, home);
      GeneratedFolders.write(GeneratorSpec.forTotal(SEED, CRM_RECORDS, null), home);
    }
    return new DemoData(home, secrets(home.resolve(SECRETS_FILE)));
  }

  private static Map<String, String> secrets(Path file) throws IOException {
    if (!Files.exists(file)) {
      Properties made = new Properties();
      made.setProperty("secrets.token.key", TokenCipher.newBase64Key());
      made.setProperty("operator.token", randomToken());
      made.setProperty("auth.session.secret", randomToken());
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (Writer writer = Files.newBufferedWriter(file)) {
        made.store(writer, "secrets of crm-sync demo: keep private");
      }
    }
    Properties loaded = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      loaded.load(reader);
    }
    return Map.of(
        "secrets.token.key", loaded.getProperty("secrets.token.key"),
        "operator.token", loaded.getProperty("operator.token"),
        "auth.session.secret", loaded.getProperty("auth.session.secret"));
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
