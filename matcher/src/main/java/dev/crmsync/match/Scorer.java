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

  public Scored score(Entry crm, Entry profile) {
    Model model = crm.isPerson() ? person : company;
    List<Contribution> contributions = new ArrayList<>(model.fields().size());
    double total = 0;
    for (Field field : model.fields()) {
      Contribution contribution = model.contribution(field, comparators.compare(field, crm, profile));
      contributions.add(contribution);
      total += contribution.weight();
    }
    return new Scored(profile.id(), total, contributions);
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
