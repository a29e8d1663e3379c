package dev.crmsync.match.compare;

/**
 * How far two values of a field agree, strongest first. A field uses the levels that make sense for it; the
 * model gives each (field, level) its own weight.
 */
public enum Level {
  /** Equal after normalization. */
  EXACT,
  /** Given and family name swapped between the records. */
  SWAPPED,
  /** Known variants of each other (nickname and formal name). */
  VARIANT,
  /** One is the acronym of the other ("AMD" and "Advanced Micro Devices"). */
  ACRONYM,
  /** Spelled alike: Jaro-Winkler at or above 0.92, or most words shared. */
  SIMILAR,
  /** Sound alike (Double Metaphone), spelled differently. */
  PHONETIC,
  /** Partly equal: an e-mail local part, the last seven digits of a phone, one word of a double name. */
  PARTIAL,
  /** One side is the initial of the other. */
  INITIAL,
  /** Agrees with a former employer only. */
  PAST,
  /**
   * Agrees, but a finer field already counted the agreement (a state when the city agrees, an e-mail local part
   * when the names agree, a domain when the company name agrees): no weight, so it is not counted twice.
   */
  IMPLIED,
  /** Both known, no agreement. */
  DIFFERENT,
  /** At least one side unknown: no evidence either way. */
  MISSING
}
