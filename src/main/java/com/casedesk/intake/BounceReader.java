package com.casedesk.intake;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Recognises a delivery-status report (RFC 3464 multipart/report, or a classic bounce from MAILER-DAEMON) and
 * finds which of our mails bounced and to whom.
 */
final class BounceReader {

    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^<>\\s]+>)");
    /** RFC 3464 2.2.1: the envelope id the sender gave; CaseDesk's would be the Message-ID it sent. */
    private static final Pattern ENVELOPE_ID = Pattern.compile("(?im)^Original-Envelope-Id:\\s*(<[^<>\\s]+>)");
    private static final Pattern RECIPIENT = Pattern.compile("(?im)^(?:Final|Original)-Recipient:\\s*rfc822;\\s*<?([^\\s<>]+@[^\\s<>]+)>?");
    private static final Pattern ACTION = Pattern.compile("(?im)^Action:\\s*(\\S+)");
    private static final Pattern STATUS = Pattern.compile("(?im)^Status:\\s*(\\d)\\.\\d+\\.\\d+");
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?im)^Diagnostic-Code:\\s*(.+)$");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile(
            "(?i).*(undeliver|undelivered|delivery status|delivery failure|failure notice|returned mail|mail delivery failed|unzustellbar|kunde inte levereras).*");

    private BounceReader() {
    }

    static ParsedMail.Bounce read(MimeMessage message, String from, MailParser.Parts parts) throws MessagingException {
        boolean classic = MailParser.automaticSender(from) && message.getSubject() != null
                && BOUNCE_SUBJECT.matcher(message.getSubject()).matches();
        if (!parts.deliveryReport && !classic) {
            return null;
        }
        String report = parts.reportText.isEmpty() ? parts.text.toString() : parts.reportText.toString();
        String originalId = group(ENVELOPE_ID, report);
        if (originalId == null) {
            originalId = group(MESSAGE_ID, report);
        }
        if (originalId == null) {
            String[] inReplyTo = message.getHeader("In-Reply-To");
            originalId = inReplyTo == null ? null : group(Pattern.compile("(<[^<>\\s]+>)"), inReplyTo[0]);
        }
        String action = group(ACTION, report);
        String status = group(STATUS, report);
        boolean permanent = action != null ? action.toLowerCase(Locale.ROOT).startsWith("failed")
                : status == null || status.equals("5");
        String recipient = group(RECIPIENT, report);
        return new ParsedMail.Bounce(originalId, recipient == null ? null : recipient.toLowerCase(Locale.ROOT),
                permanent, group(DIAGNOSTIC, report));
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1).strip() : null;
    }
}
