package dev.crmsync.match.eval;

/**
 * Quality figures of one kind of record (people or companies).
 *
 * @param expected links the truth expects
 * @param candidateRecall share of expected links whose profile was among the record's candidates
 * @param reviewShare share of CRM records of this kind sent to review
 */
public record Metrics(String kind, int records, int expected, double candidateRecall, int matched, int correct,
    double precision, double recall, double f1, double reviewShare) {
}
