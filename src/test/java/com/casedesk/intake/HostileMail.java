package com.casedesk.intake;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The hostile-mail corpus, generated: each mail as raw RFC 5322 text with CRLF line ends, the way a (broken or
 * malicious) mail client writes it.
 */
final class HostileMail {

    private HostileMail() {
    }

    static String headers(String messageId, String from, String subject) {
        return (messageId == null ? "" : "Message-ID: " + messageId + "\n") + "From: " + from + "\n"
                + "To: support@casedesk.local\nSubject: " + subject + "\nDate: Mon, 2 Nov 2026 10:00:00 +0100\n"
                + "MIME-Version: 1.0\n";
    }

    /** {@code words} words of running text in lines of 72 characters or less. */
    static String prose(int characters) {
        String sentence = "Larmet i butiken piper ibland på natten och vi vet inte varför det händer. ";
        StringBuilder text = new StringBuilder(characters + sentence.length());
        int line = 0;
        while (text.length() < characters) {
            for (String word : sentence.split(" ")) {
                if (line + word.length() + 1 > 72) {
                    text.append('\n');
                    line = 0;
                }
                text.append(word).append(' ');
                line += word.length() + 1;
            }
        }
        return text.substring(0, characters);
    }

    static byte[] longPlain(String id, String from, int characters) {
        return crlf(headers(id, from, "Lång beskrivning av felet") + "Content-Type: text/plain; charset=UTF-8\n"
                + "Content-Transfer-Encoding: 8bit\n\n" + prose(characters) + "\n");
    }

    static byte[] html(String id, String from, int bytes) {
        StringBuilder body = new StringBuilder("<html><body>");
        int paragraph = 0;
        while (body.length() < bytes) {
            body.append("<p style=\"color:#333;font-family:Arial\">Stycke ").append(++paragraph)
                    .append(": larmet piper och <b>panelen</b> visar <i>fel 42</i>.</p>\n");
        }
        body.append("</body></html>");
        return crlf(headers(id, from, "Stor HTML-mail") + "Content-Type: text/html; charset=UTF-8\n"
                + "Content-Transfer-Encoding: 8bit\n\n" + body + "\n");
    }

    /** HTML that is almost only blanks between tags: quadratic for the old regular expressions. */
    static byte[] whitespaceHtml(String id, String from, int bytes) {
        StringBuilder body = new StringBuilder(bytes + 100).append("<html><body><p>Larmet piper.</p>\n");
        while (body.length() < bytes) {
            body.append("<b> </b>");
            if (body.length() % 8000 == 0) {
                body.append('\n');
            }
        }
        body.append("<p>Mvh Kund</p></body></html>");
        return crlf(headers(id, from, "Whitespace HTML") + "Content-Type: text/html; charset=UTF-8\n\n" + body + "\n");
    }

    static byte[] nested(String id, String from, int depth) {
        StringBuilder raw = new StringBuilder(headers(id, from, "Nested " + depth));
        raw.append("Content-Type: multipart/mixed; boundary=\"b0\"\n\n");
        for (int level = 0; level < depth - 1; level++) {
            raw.append("--b").append(level).append("\nContent-Type: multipart/mixed; boundary=\"b").append(level + 1)
                    .append("\"\n\n");
        }
        raw.append("--b").append(depth - 1).append("\nContent-Type: text/plain\n\nDjupt inne.\n");
        for (int level = depth - 1; level >= 0; level--) {
            raw.append("--b").append(level).append("--\n");
        }
        return crlf(raw.toString());
    }

    static byte[] unknownCharset(String id, String from) {
        return crlf(headers(id, from, "Okänd teckenkodning") + "Content-Type: text/plain; charset=x-unknown\n"
                + "Content-Transfer-Encoding: 8bit\n\nLarmet piper i köket.\n", StandardCharsets.UTF_8);
    }

    static byte[] brokenBase64(String id, String from) {
        return crlf(headers(id, from, "Trasig base64") + "Content-Type: multipart/mixed; boundary=\"b\"\n\n"
                + "--b\nContent-Type: text/plain; charset=UTF-8\n\nSe bilagan.\n"
                + "--b\nContent-Type: application/pdf; name=\"faktura.pdf\"\nContent-Transfer-Encoding: base64\n"
                + "Content-Disposition: attachment; filename=\"faktura.pdf\"\n\n"
                + "JVBERi0xLjQK%%%!!!***===\nJVBE=R=i0x\n--b--\n");
    }

    static byte[] eightBitHeader(String id, String from) {
        return crlf(headers(id, from, "Fråga om fakturan för januari") + "Content-Type: text/plain; charset=UTF-8\n"
                + "Content-Transfer-Encoding: 8bit\n\nHej, fakturan är för hög.\n", StandardCharsets.UTF_8);
    }

    /** Declares 100 MB (Content-Length, the attachment's size parameter) but is a few hundred bytes. */
    static byte[] declaredHundredMegabytes(String id, String from) {
        return crlf(headers(id, from, "Stor bilaga") + "Content-Length: 104857600\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\n\n"
                + "--b\nContent-Type: text/plain; charset=UTF-8\n\nBilagan är 100 MB.\n"
                + "--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"film.mp4\";"
                + " size=104857600\nContent-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder().encodeToString("inte alls 100 MB".getBytes(StandardCharsets.UTF_8)) + "\n--b--\n");
    }

    /** Really over the size limit: an attachment of {@code bytes} bytes. */
    static byte[] oversized(String id, String from, int bytes) {
        byte[] content = new byte[bytes * 3 / 4];
        new java.util.Random(7).nextBytes(content);
        return crlf(headers(id, from, "Jättestor bilaga") + "Content-Type: multipart/mixed; boundary=\"b\"\n\n"
                + "--b\nContent-Type: text/plain; charset=UTF-8\n\nHär är filmen.\n"
                + "--b\nContent-Type: video/mp4\nContent-Disposition: attachment; filename=\"film.mp4\"\n"
                + "Content-Transfer-Encoding: base64\n\n" + Base64.getMimeEncoder().encodeToString(content) + "\n--b--\n");
    }

    static byte[] manyAttachments(String id, String from, int count) {
        StringBuilder raw = new StringBuilder(headers(id, from, count + " bilagor"));
        raw.append("Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=UTF-8\n\n"
                + "Bilagorna.\n");
        for (int i = 1; i <= count; i++) {
            raw.append("--b\nContent-Type: text/plain; charset=UTF-8\nContent-Disposition: attachment; filename=\"del-")
                    .append(i).append(".txt\"\n\nDel ").append(i).append('\n');
        }
        return crlf(raw.append("--b--\n").toString());
    }

    static byte[] crlf(String text) {
        return crlf(text, StandardCharsets.UTF_8);
    }

    static byte[] crlf(String text, java.nio.charset.Charset charset) {
        return RawSmtp.crlf(text, charset);
    }
}
