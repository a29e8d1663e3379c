package dev.crmsync.emulator.generate;

/** Where generated directory people and companies go. */
public interface DirectorySink {
  /** Drops everything: for callers that need only the CRM org. */
  DirectorySink NONE = new DirectorySink() {
    @Override
    public void person(DirectoryPerson person) {
    }

    @Override
    public void company(DirectoryCompany company) {
    }
  };

  void person(DirectoryPerson person);

  void company(DirectoryCompany company);
}
