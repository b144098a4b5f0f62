package io.stepwise.store.sql;

import java.sql.SQLException;

/** The database failed under a store call: I/O, a full disk, a corrupt file. */
public final class SqlStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SqlStoreException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
