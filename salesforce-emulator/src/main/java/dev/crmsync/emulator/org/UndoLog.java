package dev.crmsync.emulator.org;

import java.util.ArrayList;
import java.util.List;

/** What to do to take back the writes of an all-or-none batch; only recorded while a batch runs. */
final class UndoLog {
  private List<Runnable> actions;

  void begin() {
    actions = new ArrayList<>();
  }

  void record(Runnable undo) {
    if (actions != null) {
      actions.add(undo);
    }
  }

  void rollback() {
    List<Runnable> pending = actions;
    actions = null;
    for (int i = pending.size() - 1; i >= 0; i--) {
      pending.get(i).run();
    }
  }

  void end() {
    actions = null;
  }
}
