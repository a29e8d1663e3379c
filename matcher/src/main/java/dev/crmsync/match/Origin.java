package dev.crmsync.match;

/** Who decided a link: the model, or a person through an override. */
public enum Origin {
  MODEL, MANUAL
}
