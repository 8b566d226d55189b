package com.casedesk.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.springframework.stereotype.Component;

/**
 * Reads a raw mail (RFC 5322 + MIME) into a {@link ParsedMail}: the whole MIME tree, text preferred over HTML,
 * any charset Java knows (ISO-8859-1 read as its superset Windows-1252; undeclared 8-bit text read as UTF-8 when
 * it is valid UTF-8, else Windows-1252), encoded words in headers (RFC 2047) and parameters (RFC 2231).
 * Throws {@link MailParseException} naming what is broken when the structure cannot be read.
 */
@Component
class MailParser {

    private static final Pattern ANGLE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+");
    private static final Set<String> AUTOMATIC_SENDERS = Set.of("mailer-daemon", "postmaster");

    private final Session session;

    MailParser() {
        Properties properties = new Properties();
        properties.put("mail.mime.address.strict", "false");
        this.session = Session.getInstance(properties);
    }

    ParsedMail parse(byte[] raw) {
        MimeMessage message;
        try {
            message = new MimeMessage(session, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new MailParseException("the mail's headers cannot be read: " + e.getMessage(), e);
        }
        try {
            String messageId = messageId(message);
            Parts parts = new Parts();
            walk(message, parts);
            Sender sender = from(message);
            return new ParsedMail(messageKey(messageId, raw), messageId, sender.address(), sender.name(),
                    header(message, "Subject", true), references(message),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(), parts.text.toString().strip(),
                    List.copyOf(parts.attachments), LoopGuard.automaticReason(message, sender.address()),
                    BounceReader.read(message, sender.address(), parts), raw.length);
        } catch (MessagingException | IOException e) {
            throw new MailParseException("the mail's MIME structure cannot be read: " + e.getMessage(), e);
        }
    }

    /** Text found while walking the tree, plus the raw text of delivery-status parts for the bounce reader. */
    static final class Parts {
        final StringBuilder text = new StringBuilder();
        final List<ParsedMail.Attachment> attachments = new ArrayList<>();
        final StringBuilder reportText = new StringBuilder();
        boolean deliveryReport;
    }

    private void walk(Part part, Parts parts) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            if (part.isMimeType("multipart/report")) {
                String reportType = contentType(part).getParameter("report-type");
                parts.deliveryReport |= "delivery-status".equalsIgnoreCase(reportType);
            }
            if (part.isMimeType("multipart/alternative")) {
                walk(preferred(multipart), parts);
                return;
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), parts);
            }
            return;
        }
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName(part) != null;
        if (!attachment && part.isMimeType("text/plain")) {
            append(parts.text, text(part));
        } else if (!attachment && part.isMimeType("text/html")) {
            append(parts.text, HtmlText.toText(text(part)));
        } else if (part.isMimeType("message/delivery-status") || part.isMimeType("text/rfc822-headers")
                || part.isMimeType("message/rfc822") || part.isMimeType("message/global-headers")) {
            byte[] content = bytes(part);
            parts.reportText.append(new String(content, StandardCharsets.ISO_8859_1)).append('\n');
            parts.attachments.add(new ParsedMail.Attachment(
                    fileName(part) != null ? fileName(part) : defaultName(part, parts.attachments.size() + 1),
                    baseType(part), content));
        } else {
            parts.attachments.add(new ParsedMail.Attachment(
                    fileName(part) != null ? fileName(part) : defaultName(part, parts.attachments.size() + 1),
                    baseType(part), bytes(part)));
        }
    }

    /** Of alternatives, the plain text one; else the last (the richest, by RFC 2046). */
    private static Part preferred(Multipart alternatives) throws MessagingException {
        for (int i = 0; i < alternatives.getCount(); i++) {
            if (alternatives.getBodyPart(i).isMimeType("text/plain")) {
                return alternatives.getBodyPart(i);
            }
        }
        if (alternatives.getCount() == 0) {
            throw new MessagingException("multipart/alternative without parts");
        }
        return alternatives.getBodyPart(alternatives.getCount() - 1);
    }

    private static void append(StringBuilder text, String more) {
        if (more.isBlank()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(more.strip());
    }

    static String text(Part part) throws MessagingException, IOException {
        byte[] bytes = bytes(part);
        String declared = contentType(part).getParameter("charset");
        Charset charset = charset(declared);
        if (charset == null) {
            return decodeUndeclared(bytes);
        }
        return new String(bytes, charset).replace("\r\n", "\n");
    }

    private static Charset charset(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String name = MimeUtility.javaCharset(declared.strip().replace("\"", ""));
        try {
            Charset charset = Charset.forName(name);
            // ISO-8859-1 labels are mostly Windows-1252 in practice (as in HTML5): same letters, plus € and quotes
            return charset.equals(StandardCharsets.ISO_8859_1) ? Charset.forName("windows-1252") : charset;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** 8-bit text without a (known) charset: UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
    static String decodeUndeclared(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
                    .replace("\r\n", "\n");
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252")).replace("\r\n", "\n");
        }
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static ContentType contentType(Part part) throws MessagingException {
        String value = part.getContentType();
        return new ContentType(value == null ? "text/plain" : value);
    }

    private static String baseType(Part part) throws MessagingException {
        return contentType(part).getBaseType().toLowerCase(Locale.ROOT);
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            // RFC 2047 words in filename parameters are not standard, but common
            return MimeUtility.decodeText(name).strip();
        } catch (java.io.UnsupportedEncodingException e) {
            return name.strip();
        }
    }

    private static String defaultName(Part part, int index) throws MessagingException {
        String type = baseType(part);
        String extension = switch (type) {
            case "message/rfc822" -> "eml";
            case "text/plain", "message/delivery-status", "text/rfc822-headers" -> "txt";
            case "text/html" -> "html";
            default -> type.substring(type.indexOf('/') + 1).replaceAll("[^a-z0-9]", "");
        };
        return "part-" + index + "." + (extension.isEmpty() ? "bin" : extension);
    }

    private static String messageId(MimeMessage message) throws MessagingException {
        String id = message.getMessageID();
        if (id == null || id.isBlank()) {
            return null;
        }
        Matcher matcher = ANGLE_ID.matcher(id);
        return matcher.find() ? matcher.group() : id.strip();
    }

    /** The Message-ID, a hash of it when it is too long for the index, or a hash of the whole mail without one. */
    static String messageKey(String messageId, byte[] raw) {
        if (messageId == null) {
            return "sha256:" + sha256(raw);
        }
        return messageId.length() <= 250 ? messageId : "sha256-id:" + sha256(messageId.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> references(MimeMessage message) throws MessagingException {
        Set<String> ids = new LinkedHashSet<>();
        for (String header : new String[] { "In-Reply-To", "References" }) {
            String value = message.getHeader(header, " ");
            if (value != null) {
                List<String> found = new ArrayList<>();
                ANGLE_ID.matcher(value).results().forEach(match -> found.add(match.group()));
                // References lists the oldest first; the newest is the most specific match
                java.util.Collections.reverse(found);
                ids.addAll(found);
            }
        }
        return List.copyOf(ids);
    }

    /** Who the From header names: the address (lower case) and the display name; either may be null. */
    record Sender(String address, String name) {
    }

    /** A From header that is not a valid address still yields what looks like one. */
    private static Sender from(MimeMessage message) throws MessagingException {
        String raw = message.getHeader("From", ",");
        if (raw == null || raw.isBlank()) {
            return new Sender(null, null);
        }
        try {
            InternetAddress[] addresses = InternetAddress.parseHeader(raw, false);
            if (addresses.length > 0 && addresses[0].getAddress() != null && addresses[0].getAddress().contains("@")) {
                return new Sender(addresses[0].getAddress().strip().toLowerCase(Locale.ROOT),
                        repair(addresses[0].getPersonal()));
            }
        } catch (AddressException malformed) {
            // fall through to the lenient search below
        }
        Matcher matcher = ADDRESS.matcher(raw);
        return new Sender(matcher.find() ? matcher.group().toLowerCase(Locale.ROOT) : null, null);
    }

    static boolean automaticSender(String from) {
        if (from == null) {
            return false;
        }
        String local = from.substring(0, Math.max(0, from.indexOf('@'))).toLowerCase(Locale.ROOT);
        return AUTOMATIC_SENDERS.contains(local);
    }

    /** A header decoded from RFC 2047 encoded words; raw 8-bit UTF-8 (common, though not allowed) is repaired. */
    static String header(MimeMessage message, String name, boolean unfold) throws MessagingException {
        String value = message.getHeader(name, " ");
        if (value == null) {
            return null;
        }
        String unfolded = unfold ? MimeUtility.unfold(value) : value;
        try {
            return repair(MimeUtility.decodeText(unfolded)).strip();
        } catch (java.io.UnsupportedEncodingException unknownCharset) {
            return repair(unfolded).strip();
        }
    }

    /** Headers are read byte-per-char; raw UTF-8 bytes in them become readable again. */
    static String repair(String value) {
        if (value == null || value.chars().allMatch(c -> c < 0x80) || value.chars().anyMatch(c -> c > 0xFF)) {
            return value;
        }
        byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        String decoded = decodeUndeclared(bytes);
        return Arrays.equals(decoded.getBytes(StandardCharsets.UTF_8), bytes) ? decoded : value;
    }
}
