package dev.crmsync.index;

import dev.crmsync.index.entry.Entry;
import dev.crmsync.index.names.Nicknames;
import dev.crmsync.index.normalize.Companies;
import dev.crmsync.index.normalize.Emails;
import dev.crmsync.index.normalize.PersonNames;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * The fields of an entry document and their analysis. Exact keys (e-mail, phone, domain, codes) are normalized
 * in Java before indexing and stored as untokenized {@link StringField}s, so a lookup is one term; words (names,
 * company, street) go through {@link #analyzer()}, which queries must use too.
 */
public final class Schema {
  /** The entry id: a {@link KeywordField} (indexed for updates and deletes, doc values to read hits cheaply). */
  public static final String ID = "id";
  /** The {@code Source} name, untokenized. */
  public static final String SOURCE = "source";
  /**
   * "person" or "company", untokenized: the filter of every candidate query. One term, so the filter is iterated
   * lazily alongside the query instead of being built as a set of every person per query.
   */
  public static final String KIND = "kind";
  public static final String GIVEN = "given";
  /** Every nickname-compatible form of the first given name, untokenized: one side expanded is enough. */
  public static final String GIVEN_VARIANT = "given_variant";
  public static final String FAMILY = "family";
  public static final String GIVEN_PHONETIC = "given_phonetic";
  public static final String FAMILY_PHONETIC = "family_phonetic";
  public static final String EMAIL = "email";
  public static final String EMAIL_LOCAL = "email_local";
  public static final String PHONE = "phone";
  public static final String DOMAIN = "domain";
  public static final String COMPANY = "company";
  /** The whole normalized company name and its acronym, untokenized, for exact and "AMD" lookups. */
  public static final String COMPANY_KEY = "company_key";
  public static final String STREET = "street";
  public static final String CITY = "city";
  public static final String STATE = "state";
  public static final String POSTAL_CODE = "postal_code";
  public static final String COUNTRY = "country";

  private static final Analyzer WORDS = words();
  private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
      Map.of(GIVEN, WORDS, FAMILY, WORDS, COMPANY, WORDS, STREET, WORDS));

  private final Nicknames nicknames;

  public Schema(Nicknames nicknames) {
    this.nicknames = nicknames;
  }

  /** The analyzer of every field, for the index writer and for query building alike. */
  public static Analyzer analyzer() {
    return ANALYZER;
  }

  /** Words: standard tokenization, lower case, accents folded (idempotent on already normalized values). */
  static Analyzer words() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  /** The document of an entry. */
  public Document document(Entry entry) {
    Document doc = new Document();
    doc.add(new KeywordField(ID, entry.id(), Field.Store.YES));
    doc.add(new StringField(SOURCE, entry.source().name(), Field.Store.NO));
    doc.add(new StringField(KIND, kind(entry.isPerson()), Field.Store.NO));
    text(doc, GIVEN, entry.given());
    text(doc, FAMILY, entry.family());
    if (!entry.given().isEmpty()) {
      nicknames.variants(PersonNames.first(entry.given())).forEach(v -> key(doc, GIVEN_VARIANT, v));
    }
    key(doc, GIVEN_PHONETIC, entry.givenPhonetic());
    key(doc, FAMILY_PHONETIC, entry.familyPhonetic());
    for (String email : entry.emails()) {
      key(doc, EMAIL, email);
      key(doc, EMAIL_LOCAL, Emails.localPart(email));
    }
    entry.phones().forEach(p -> key(doc, PHONE, p));
    entry.domains().forEach(d -> key(doc, DOMAIN, d));
    for (String company : entry.companies()) {
      text(doc, COMPANY, company);
      key(doc, COMPANY_KEY, company);
      key(doc, COMPANY_KEY, Companies.acronym(company));
    }
    text(doc, STREET, entry.address().street());
    key(doc, CITY, entry.address().city());
    key(doc, STATE, entry.address().state());
    key(doc, POSTAL_CODE, entry.address().postalCode());
    key(doc, COUNTRY, entry.address().country());
    return doc;
  }

  /** The {@link #KIND} value of people or of companies. */
  public static String kind(boolean person) {
    return person ? "person" : "company";
  }

  private static void text(Document doc, String field, String value) {
    if (!value.isEmpty()) {
      doc.add(new TextField(field, value, Field.Store.NO));
    }
  }

  private static void key(Document doc, String field, String value) {
    if (!value.isEmpty()) {
      doc.add(new StringField(field, value, Field.Store.NO));
    }
  }
}
