package dev.crmsync.match;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.SmallFloat;

/**
 * The terms each document of a reader has in some fields, read once from the postings, with the part of each
 * term's BM25 score that depends on the document: a document's score for a set of weighted terms is then a merge
 * of two short sorted lists, where stepping the postings of every common term to it cost most of a search.
 * Scores are those of Lucene's default {@code BM25Similarity} (k1 1.2, b 0.75), whose formula this repeats.
 * Immutable once read, so thread-safe.
 */
final class DocTerms {
  private static final float K1 = 1.2f;
  private static final float B = 0.75f;

  private final Map<String, FieldTerms> fields;
  private final int[] docFreqs;
  /** Where each document's terms start in {@link #termIds} (at twice its number), and where they end (next). */
  private final int[] bounds;
  /** Each document's term ids, ascending. */
  private final int[] termIds;
  /** For each of a document's terms, its score per unit of weight: {@code 1 - 1 / (1 + freq / norm)}. */
  private final float[] tfNorms;

  /** The terms of one field: their ids are {@code firstId} plus their rank in the field's term dictionary. */
  private record FieldTerms(BytesRefHash terms, int firstId, int docCount) {
  }

  private DocTerms(Map<String, FieldTerms> fields, int[] docFreqs, int[] bounds, int[] termIds, float[] tfNorms) {
    this.fields = fields;
    this.docFreqs = docFreqs;
    this.bounds = bounds;
    this.termIds = termIds;
    this.tfNorms = tfNorms;
  }

  /**
   * Reads the terms of the fields from every document of the reader, deleted ones included. The documents
   * sharing a term of the first field are laid out one after the other, in the order its postings visit them:
   * a search driven by that term then reads their terms from consecutive memory, not from all over the heap.
   */
  static DocTerms read(IndexReader reader, List<String> fieldNames) throws IOException {
    int maxDoc = reader.maxDoc();
    Map<String, FieldTerms> fields = new HashMap<>();
    int[] docFreqs = new int[1024];
    int[] counts = new int[maxDoc];
    int[] layout = new int[maxDoc];
    boolean[] laidOut = new boolean[maxDoc];
    int laid = 0;
    int nextId = 0;
    for (String field : fieldNames) {
      boolean first = field.equals(fieldNames.getFirst());
      BytesRefHash hash = new BytesRefHash();
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms != null) {
        TermsEnum termsEnum = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
          docFreqs = ArrayUtil.grow(docFreqs, nextId + hash.size() + 1);
          docFreqs[nextId + hash.add(term)] = termsEnum.docFreq();
          postings = termsEnum.postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            counts[doc]++;
            if (first && !laidOut[doc]) {
              laidOut[doc] = true;
              layout[laid++] = doc;
            }
          }
        }
      }
      fields.put(field, new FieldTerms(hash, nextId, terms == null ? 0 : terms.getDocCount()));
      nextId += hash.size();
    }
    for (int doc = 0; doc < maxDoc; doc++) {
      if (!laidOut[doc]) {
        layout[laid++] = doc;
      }
    }
    int[] bounds = new int[2 * maxDoc];
    int[] filled = new int[maxDoc];
    int total = 0;
    for (int doc : layout) {
      bounds[2 * doc] = total;
      filled[doc] = total;
      total += counts[doc];
      bounds[2 * doc + 1] = total;
    }
    int[] termIds = new int[total];
    float[] tfNorms = new float[total];
    for (String field : fieldNames) {
      fill(reader, field, fields.get(field).firstId(), filled, termIds, tfNorms);
    }
    return new DocTerms(Map.copyOf(fields), docFreqs, bounds, termIds, tfNorms);
  }

  private static void fill(IndexReader reader, String field, int firstId, int[] filled, int[] termIds,
      float[] tfNorms) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return;
    }
    float[] normInverses = normInverses(terms);
    byte[] norms = norms(reader, field);
    TermsEnum termsEnum = terms.iterator();
    PostingsEnum postings = null;
    int id = firstId;
    for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next(), id++) {
      postings = termsEnum.postings(postings, terms.hasFreqs() ? PostingsEnum.FREQS : PostingsEnum.NONE);
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        int at = filled[doc]++;
        termIds[at] = id;
        float freq = terms.hasFreqs() ? postings.freq() : 1;
        tfNorms[at] = 1f - 1f / (1f + freq * normInverses[norms == null ? 1 : norms[doc] & 0xFF]);
      }
    }
  }

  /** BM25's {@code 1 / (k1 * (1 - b + b * length / average length))} for each encoded field length. */
  private static float[] normInverses(Terms terms) throws IOException {
    float averageLength = (float) (terms.getSumTotalTermFreq() / (double) terms.getDocCount());
    float[] inverses = new float[256];
    for (int norm = 0; norm < inverses.length; norm++) {
      inverses[norm] = 1f / (K1 * ((1 - B) + B * SmallFloat.byte4ToInt((byte) norm) / averageLength));
    }
    return inverses;
  }

  /** Each document's encoded field length, or null when the field keeps none (every length then counts as 1). */
  private static byte[] norms(IndexReader reader, String field) throws IOException {
    NumericDocValues values = MultiDocValues.getNormValues(reader, field);
    if (values == null) {
      return null;
    }
    byte[] norms = new byte[reader.maxDoc()];
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      norms[doc] = (byte) values.longValue();
    }
    return norms;
  }

  /** The id of a term of one of the fields read, or -1 when no document has it. */
  int id(String field, String value) {
    FieldTerms terms = fields.get(field);
    if (terms == null) {
      throw new IllegalArgumentException("field " + field + " was not read");
    }
    int local = terms.terms().find(new BytesRef(value));
    return local < 0 ? -1 : terms.firstId() + local;
  }

  /** How many documents have the term. */
  int docFreq(int id) {
    return docFreqs[id];
  }

  /** A term's BM25 weight, its boost times its inverse document frequency in the field. */
  float weight(String field, int id, float boost) {
    double docCount = fields.get(field).docCount();
    return boost * (float) Math.log(1 + (docCount - docFreqs[id] + 0.5) / (docFreqs[id] + 0.5));
  }

  /** A document's BM25 score for weighted terms: the sum over the terms it has. */
  float score(int doc, WeightedTerms terms) {
    float score = 0;
    for (int at = bounds[2 * doc], end = bounds[2 * doc + 1]; at < end; at++) {
      float weight = terms.weight(termIds[at]);
      if (weight != 0) {
        score += weight * tfNorms[at];
      }
    }
    return score;
  }
}
