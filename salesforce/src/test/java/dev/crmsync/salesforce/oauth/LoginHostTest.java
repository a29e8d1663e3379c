package dev.crmsync.salesforce.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoginHostTest {

  @Test
  void readsTheChoicesAnAdminHas() {
    assertThat(LoginHost.parse("production")).isEqualTo(LoginHost.PRODUCTION);
    assertThat(LoginHost.parse("Sandbox")).isEqualTo(LoginHost.SANDBOX);
    assertThat(LoginHost.parse("acme").baseUrl()).isEqualTo("https://acme.my.salesforce.com");
    assertThat(LoginHost.parse("acme--uat.sandbox.my.salesforce.com").baseUrl())
        .isEqualTo("https://acme--uat.sandbox.my.salesforce.com");
    assertThat(LoginHost.parse("http://127.0.0.1:8443/").baseUrl()).isEqualTo("http://127.0.0.1:8443");
  }

  @Test
  void refusesWhatIsNoHost() {
    assertThatThrownBy(() -> LoginHost.parse("acme corp")).hasMessageContaining("'acme corp'");
  }
}
