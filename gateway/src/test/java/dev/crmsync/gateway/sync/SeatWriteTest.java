package dev.crmsync.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmsync.gateway.connect.ConnectionRole;
import dev.crmsync.salesforce.http.SalesforceApiException;
import dev.crmsync.salesforce.http.Session;
import dev.crmsync.salesforce.limits.UsageMeter;
import dev.crmsync.salesforce.rest.RestClient;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Writes run as the seat holder who makes them, with that user's CRM permissions and nobody else's. */
class SeatWriteTest {

  @Test
  void aWriteTheSeatHolderMayNotMakeIsRefusedAndNotRetriedAsSomeoneElse() throws Exception {
    try (SyncFixture fixture = SyncFixture.start(3)) {
      fixture.connect(fixture.tenantId, ConnectionRole.SEAT, SampleOrg.SEAT_USERNAME);
      Session seat = fixture.access.seatSession(fixture.tenantId, fixture.seatUserId).await(10, TimeUnit.SECONDS);
      UsageMeter meter = new UsageMeter();
      RestClient rest = new RestClient(fixture.access.api(seat, meter));
      String othersContact = fixture.liveIds("Contact").get(0);

      assertThatThrownBy(() -> rest.update("Contact", othersContact, new JsonObject().put("Title", "Changed"))
          .await(10, TimeUnit.SECONDS))
          .isInstanceOfSatisfying(SalesforceApiException.class,
              e -> assertThat(e.status()).isBetween(400, 499));
      assertThat(meter.calls()).isEqualTo(1);
      assertThat(fixture.value("Contact", othersContact, "Title")).isEqualTo("Buyer");

      String task = rest.create("Task", new JsonObject().put("Subject", "InMail").put("Status", "Completed"))
          .await(10, TimeUnit.SECONDS);
      assertThat(fixture.emulator.org().tableOf(task)).isPresent();
    }
  }
}
