package com.casedesk.intake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What identifies a mail's content: its bytes without the headers that servers add or rewrite on the way
 * (Received, Return-Path, Delivered-To, ...), with line ends normalized. The same mail delivered twice has the same
 * hash; two different mails under one Message-ID do not.
 */
final class MailContent {

    /** Headers added or rewritten in transport, by the receiving servers or the mailbox, never by the writer. */
    static final Set<String> TRANSPORT_HEADERS = Set.of("received", "return-path", "delivered-to", "x-original-to",
            "x-received", "received-spf", "authentication-results", "arc-seal", "arc-message-signature",
            "arc-authentication-results", "x-envelope-from", "x-envelope-to", "envelope-to", "x-spam-status",
            "x-spam-score", "x-spam-level", "x-spam-flag", "x-spam-checker-version", "x-virus-scanned",
            "x-originating-ip", "x-greylist", "x-ms-exchange-organization-authas", "status", "x-status",
            "x-uid", "x-keywords", "x-mozilla-status", "x-mozilla-status2", "lines", "content-length");

    private MailContent() {
    }

    /** SHA-256 (hex) of the header block without transport headers and the body, line ends as LF. */
    static String hash(byte[] raw) {
        return MailParser.sha256(withoutTransportHeaders(raw));
    }

    /** The header block alone (everything before the first empty line), without transport headers. */
    static String headerHash(byte[] headerBlock, long size) {
        byte[] kept = withoutTransportHeaders(headerBlock);
        byte[] sized = (new String(kept, StandardCharsets.ISO_8859_1) + "\nsize:" + size).getBytes(StandardCharsets.ISO_8859_1);
        return MailParser.sha256(sized);
    }

    static byte[] withoutTransportHeaders(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        int i = 0;
        boolean skipping = false;
        while (i < raw.length) {
            int end = i;
            while (end < raw.length && raw[end] != '\n') {
                end++;
            }
            int contentEnd = end > i && raw[end - 1] == '\r' ? end - 1 : end;
            if (contentEnd == i) {
                // the empty line: the body follows unchanged, line ends normalized
                out.write('\n');
                writeNormalized(raw, Math.min(raw.length, end + 1), out);
                return out.toByteArray();
            }
            boolean continuation = raw[i] == ' ' || raw[i] == '\t';
            if (!continuation) {
                skipping = TRANSPORT_HEADERS.contains(name(raw, i, contentEnd));
            }
            if (!skipping) {
                out.write(raw, i, contentEnd - i);
                out.write('\n');
            }
            i = end + 1;
        }
        return out.toByteArray();
    }

    private static String name(byte[] raw, int from, int to) {
        int colon = from;
        while (colon < to && raw[colon] != ':') {
            colon++;
        }
        return new String(raw, from, colon - from, StandardCharsets.ISO_8859_1).strip().toLowerCase(Locale.ROOT);
    }

    private static void writeNormalized(byte[] raw, int from, ByteArrayOutputStream out) {
        for (int i = from; i < raw.length; i++) {
            if (raw[i] == '\r' && i + 1 < raw.length && raw[i + 1] == '\n') {
                continue;
            }
            out.write(raw[i]);
        }
    }
}
