package dev.crmsync.match;

import dev.crmsync.index.entry.Entry;
import dev.crmsync.match.compare.Comparators;
import dev.crmsync.match.compare.Field;
import java.util.ArrayList;
import java.util.List;

/** Scores a CRM entry against a directory entry: the sum of each field's contribution under the model. */
public final class Scorer {
  private final Comparators comparators;
  private final Model person;
  private final Model company;

  public Scorer(Comparators comparators, Model person, Model company) {
    this.comparators = comparators;
    this.person = person;
    this.company = company;
  }

  /** The score of a pair with its contributions. */
  public Scored score(Entry crm, Entry profile) {
    return new Scored(profile.id(), total(crm, profile), contributions(crm, profile));
  }

  /**
   * The score of a pair whose contributions are worked out again only if asked for: what a ranking keeps of
   * each candidate.
   */
  Scored rank(Entry crm, Entry profile) {
    return new Scored(this, crm, profile, total(crm, profile));
  }

  private double total(Entry crm, Entry profile) {
    Model model = model(crm);
    double total = 0;
    for (Field field : model.fields()) {
      total += model.weight(field, comparators.compare(field, crm, profile));
    }
    return total;
  }

  /** The contribution of each field of the model to the score of a pair. */
  List<Contribution> contributions(Entry crm, Entry profile) {
    Model model = model(crm);
    List<Contribution> contributions = new ArrayList<>(model.fields().size());
    for (Field field : model.fields()) {
      contributions.add(model.contribution(field, comparators.compare(field, crm, profile)));
    }
    return List.copyOf(contributions);
  }

  private Model model(Entry crm) {
    return crm.isPerson() ? person : company;
  }

  public Comparators comparators() {
    return comparators;
  }

  public Model personModel() {
    return person;
  }

  public Model companyModel() {
    return company;
  }
}
