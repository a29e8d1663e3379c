package dev.crmsync.gateway.connect;

import io.vertx.sqlclient.Row;
import java.util.Optional;
import java.util.UUID;

/** A connection row with its tokens still encrypted. */
record StoredConnection(UUID id, UUID tenantId, ConnectionRole role, String sfUserId, Optional<String> username,
    String instanceUrl, Optional<String> loginUrl, Optional<byte[]> accessToken, Optional<byte[]> refreshToken) {

  static StoredConnection from(Row row) {
    return new StoredConnection(row.getUUID("id"), row.getUUID("tenant_id"),
        ConnectionRole.valueOf(row.getString("role")), row.getString("sf_user_id"),
        Optional.ofNullable(row.getString("username")), row.getString("instance_url"),
        Optional.ofNullable(row.getString("login_url")),
        Optional.ofNullable(row.getBuffer("access_token")).map(b -> b.getBytes()),
        Optional.ofNullable(row.getBuffer("refresh_token")).map(b -> b.getBytes()));
  }
}
