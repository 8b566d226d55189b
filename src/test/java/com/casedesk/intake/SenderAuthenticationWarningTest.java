package com.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

import com.casedesk.mail.MailProperties;

/** Without a trusted mail server CaseDesk says once, at start-up, that it trusts From; with one it says nothing. */
@ExtendWith(OutputCaptureExtension.class)
class SenderAuthenticationWarningTest {

    private static final String WARNING = "casedesk.mail.trusted-authserv-id is not set";

    @Test
    void shouldWarnOnceWhenNoTrustedServerIsSet(CapturedOutput output) {
        SenderAuthentication authentication = new SenderAuthentication(properties(null));

        assertThat(output.getOut().split(WARNING, -1)).hasSize(2);
        assertThat(output.getOut()).contains("WARN");
        assertThat(authentication.trustedAuthservId()).isEmpty();
    }

    @Test
    void shouldNotWarnWhenATrustedServerIsSet(CapturedOutput output) {
        SenderAuthentication authentication = new SenderAuthentication(properties("mx.example.com"));

        assertThat(output.getOut()).doesNotContain(WARNING);
        assertThat(authentication.trustedAuthservId()).contains("mx.example.com");
    }

    private static MailProperties properties(String trustedAuthservId) {
        return new MailProperties("support@example.com", "CaseDesk", null, null, null,
                new MailProperties.Outbox(Duration.ofSeconds(2), 8, Duration.ofMinutes(10)),
                new MailProperties.Intake(true, DataSize.ofMegabytes(25), 5, "CaseDesk/Processed",
                        "CaseDesk/Quarantine", Duration.ofMinutes(5), Duration.ofSeconds(30)), trustedAuthservId);
    }
}
