package com.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The MIME reading of {@link MailParser}, without the application. */
class MailParserTest {

    private final MailParser parser = new MailParser();

    private ParsedMail parse(String raw, Charset charset) {
        return parser.parse(RawSmtp.crlf(raw, charset));
    }

    private static String mail(String subjectHeader, String contentType, String body) {
        return "Message-ID: <1@x.example>\nFrom: =?UTF-8?Q?S=C3=B8ren_Dahl?= <Soren.Dahl@Odense-Tand.example>\n"
                + "Subject: " + subjectHeader + "\nMIME-Version: 1.0\nContent-Type: " + contentType
                + "\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n";
    }

    @Test
    void swedishAndDanishLettersSurviveUtf8Iso88591AndWindows1252() {
        String text = "Åsa Öberg, Ærø, Søren, blåbær – 100 € ";
        for (String charset : new String[] { "UTF-8", "ISO-8859-1", "windows-1252" }) {
            // Given a subject as RFC 2047 encoded word and a body in the charset
            Charset encoding = Charset.forName(charset);
            String encodedSubject = "=?" + charset + "?B?" + java.util.Base64.getEncoder()
                    .encodeToString(("Felanmälan " + (charset.equals("ISO-8859-1") ? "Ærø" : text.strip())).getBytes(encoding)) + "?=";
            String body = charset.equals("ISO-8859-1") ? "Åsa Öberg, Ærø, Søren, blåbær" : text;

            // When it is parsed
            ParsedMail parsed = parse(mail(encodedSubject, "text/plain; charset=" + charset, body), encoding);

            // Then subject and body read correctly
            assertThat(parsed.subject()).as(charset).isEqualTo("Felanmälan " + (charset.equals("ISO-8859-1") ? "Ærø" : text.strip()));
            assertThat(parsed.text()).as(charset).isEqualTo(body.strip());
        }
    }

    @Test
    void rawEightBitUtf8InAHeaderIsRepaired() {
        ParsedMail parsed = parse(mail("Uppsägning av avtal för Ærø", "text/plain; charset=UTF-8", "Hej"), StandardCharsets.UTF_8);
        assertThat(parsed.subject()).isEqualTo("Uppsägning av avtal för Ærø");
        assertThat(parsed.from()).isEqualTo("soren.dahl@odense-tand.example");
        assertThat(parsed.fromName()).isEqualTo("Søren Dahl");
    }

    @Test
    void anHtmlOnlyMailBecomesReadableText() {
        ParsedMail parsed = parse(mail("Hej", "text/html; charset=UTF-8",
                "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body><p>Hej,</p>"
                        + "<p>larmet <b>piper</b>&nbsp;igen.<br>Mvh Åsa</p><ul><li>ett</li><li>två</li></ul></body></html>"),
                StandardCharsets.UTF_8);
        assertThat(parsed.text()).isEqualTo("Hej,\nlarmet piper igen.\nMvh Åsa\n- ett\n- två");
    }

    @Test
    void nestedMultipartPrefersPlainTextAndKeepsAttachmentsWithRfc2231Names() {
        String raw = """
                Message-ID: <2@x.example>
                From: anna@x.example
                Subject: Bilder
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: quoted-printable

                Se bifogad bild fr=E5n l=E5set.
                --alt
                Content-Type: multipart/related; boundary="rel"

                --rel
                Content-Type: text/html; charset=UTF-8

                <p>HTML version</p>
                --rel--
                --alt--
                --outer
                Content-Type: image/png
                Content-Disposition: attachment; filename*=UTF-8''l%C3%A5s%20fr%C3%A5n%20d%C3%B6rr.png
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --outer--
                """;
        ParsedMail parsed = parse(raw, StandardCharsets.US_ASCII);
        assertThat(parsed.text()).isEqualTo("Se bifogad bild från låset.");
        assertThat(parsed.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("lås från dörr.png");
            assertThat(a.contentType()).isEqualTo("image/png");
            assertThat(a.content()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        });
    }

    @Test
    void aMultipartWithoutItsClosingBoundaryIsStillRead() {
        String raw = "Message-ID: <3@x.example>\nFrom: a@x.example\nSubject: s\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nText utan slut\n";
        assertThat(parse(raw, StandardCharsets.US_ASCII).text()).isEqualTo("Text utan slut");
    }

    @Test
    void aMultipartWhoseBoundaryNeverAppearsCannotBeParsed() {
        String raw = "Message-ID: <4@x.example>\nFrom: a@x.example\nSubject: s\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"missing\"\n\nno parts here\n";
        assertThatThrownBy(() -> parse(raw, StandardCharsets.US_ASCII)).isInstanceOf(MailParseException.class)
                .hasMessageContaining("MIME structure");
    }

    @Test
    void aMailWithoutMessageIdIsKeyedByTheHashOfItsBytes() {
        String raw = "From: a@x.example\nSubject: s\n\nbody\n";
        ParsedMail once = parse(raw, StandardCharsets.US_ASCII);
        assertThat(once.messageId()).isNull();
        assertThat(once.messageKey()).startsWith("sha256:").isEqualTo(parse(raw, StandardCharsets.US_ASCII).messageKey());
        assertThat(once.messageKey()).isNotEqualTo(parse(raw + "x", StandardCharsets.US_ASCII).messageKey());
    }

    @Test
    void automaticMailsAreRecognisedByTheirHeadersAndSenders() {
        String base = "Message-ID: <5@x.example>\nFrom: %s\nSubject: s\n%s\nbody\n";
        assertThat(parse(base.formatted("a@x.example", "Auto-Submitted: auto-replied\n"), StandardCharsets.US_ASCII).autoMail())
                .contains("Auto-Submitted");
        assertThat(parse(base.formatted("a@x.example", "Auto-Submitted: no\n"), StandardCharsets.US_ASCII).autoMail()).isNull();
        assertThat(parse(base.formatted("a@x.example", "Precedence: bulk\n"), StandardCharsets.US_ASCII).autoMail()).isNotNull();
        assertThat(parse(base.formatted("a@x.example", "X-Loop: x\n"), StandardCharsets.US_ASCII).autoMail()).isNotNull();
        assertThat(parse(base.formatted("a@x.example", "List-Unsubscribe: <mailto:u@x>\n"), StandardCharsets.US_ASCII).autoMail()).isNotNull();
        assertThat(parse(base.formatted("a@x.example", "X-Auto-Response-Suppress: All\n"), StandardCharsets.US_ASCII).autoMail()).isNotNull();
        assertThat(parse(base.formatted("MAILER-DAEMON@x.example", ""), StandardCharsets.US_ASCII).autoMail()).isNotNull();
        assertThat(parse(base.formatted("postmaster@x.example", ""), StandardCharsets.US_ASCII).autoMail()).isNotNull();
        assertThat(parse(base.formatted("a@x.example", "Return-Path: <>\n"), StandardCharsets.US_ASCII).autoMail())
                .isEqualTo("empty return path");
        assertThat(parse(base.formatted("a@x.example", "Return-Path: <a@x.example>\n"), StandardCharsets.US_ASCII).autoMail()).isNull();
    }

    @Test
    void aDeliveryStatusReportNamesTheBouncedMailAndRecipient() {
        String raw = """
                From: MAILER-DAEMON@mx.example
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="r"

                --r
                Content-Type: text/plain

                Your mail could not be delivered.
                --r
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example

                Final-Recipient: rfc822; Gone@Customer.example
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 user unknown
                --r
                Content-Type: text/rfc822-headers

                Message-ID: <orig-1@casedesk.local>
                Subject: [CD-2026-000001] Hello
                --r--
                """;
        ParsedMail.Bounce bounce = parse(raw, StandardCharsets.US_ASCII).bounce();
        assertThat(bounce).isNotNull();
        assertThat(bounce.originalMessageId()).isEqualTo("<orig-1@casedesk.local>");
        assertThat(bounce.failedRecipient()).isEqualTo("gone@customer.example");
        assertThat(bounce.permanent()).isTrue();
        assertThat(bounce.diagnostic()).contains("user unknown");
    }
}
