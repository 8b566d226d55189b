package com.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The parser's side of hostile mail, without the application: depth, decoding, content keys, HTML size. */
class HostileMailParsingTest {

    private final MailParser parser = new MailParser();

    @Test
    void mimeNested400LevelsDeepIsRefusedNamingItsDepth() {
        assertThatThrownBy(() -> parser.parse(HostileMail.nested("<deep@x.example>", "a@x.example", 400)))
                .isInstanceOf(MailParseException.class)
                .hasMessage("the mail's MIME structure is nested 400 levels deep (at most 50 are read)");
    }

    @Test
    void mimeNested50LevelsDeepIsStillRead() {
        assertThat(parser.parse(HostileMail.nested("<ok@x.example>", "a@x.example", 50)).text()).isEqualTo("Djupt inne.");
    }

    @Test
    void whitespaceHeavyHtmlOfFiveMegabytesBecomesItsFewWordsOfText() {
        ParsedMail mail = parser.parse(HostileMail.whitespaceHtml("<ws@x.example>", "a@x.example", 5_000_000));
        assertThat(mail.text()).isEqualTo("Larmet piper.\n\nMvh Kund");
    }

    @Test
    void tidyingRemovesBlanksAtLineEndsAndKeepsAtMostOneEmptyLine() {
        assertThat(HtmlText.tidy("  a  \t\n \u00A0 b \n\n\n\n  c\n \n \nd  ")).isEqualTo("a\nb\n\nc\n\nd");
        assertThat(HtmlText.tidy(" ".repeat(1_000_000) + "x")).isEqualTo("x");
    }

    @Test
    void theSameMailRedeliveredWithOtherTransportHeadersHasTheSameContentKey() {
        byte[] mail = HostileMail.longPlain(null, "a@x.example", 500);
        byte[] redelivered = concat(("Return-Path: <a@x.example>\r\nReceived: from mx2 by mx; Mon, 2 Nov 2026 10:05:00"
                + " +0100\r\n\tfolded continuation\r\nDelivered-To: support@casedesk.local\r\nX-Original-To: support@casedesk.local\r\n")
                .getBytes(StandardCharsets.US_ASCII), mail);
        assertThat(parser.parse(redelivered).messageKey()).startsWith("sha256:").isEqualTo(parser.parse(mail).messageKey());
    }

    @Test
    void anotherMailUnderTheSameMessageIdHasAnotherContentHash() {
        ParsedMail first = parser.parse(HostileMail.longPlain("<same@x.example>", "a@x.example", 300));
        ParsedMail second = parser.parse(HostileMail.eightBitHeader("<same@x.example>", "a@x.example"));
        assertThat(first.messageKey()).isEqualTo(second.messageKey()).isEqualTo("<same@x.example>");
        assertThat(first.contentHash()).isNotEqualTo(second.contentHash());
        assertThat(second.keyedByContent().messageKey()).isEqualTo("sha256:" + second.contentHash());
    }

    @Test
    void brokenBase64IsNamedAsAPartThatCannotBeDecoded() {
        assertThatThrownBy(() -> parser.parse(HostileMail.brokenBase64("<b64@x.example>", "a@x.example")))
                .isInstanceOf(MailParseException.class)
                .hasMessageStartingWith("a part of type application/pdf cannot be decoded from its base64 transfer encoding");
    }

    @Test
    void anUnknownCharsetIsReadAsUtf8OrWindows1252() {
        assertThat(parser.parse(HostileMail.unknownCharset("<cs@x.example>", "a@x.example")).text())
                .isEqualTo("Larmet piper i köket.");
    }

    @Test
    void aMessageIdLongerThan250CharactersIsNotKeptAsId() {
        String raw = "Message-ID: <" + "x".repeat(300) + "@x.example>\nFrom: a@x.example\nSubject: s\n\nbody\n";
        ParsedMail mail = parser.parse(RawSmtp.crlf(raw, StandardCharsets.US_ASCII));
        assertThat(mail.messageId()).isNull();
        assertThat(mail.messageKey()).startsWith("sha256:");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
