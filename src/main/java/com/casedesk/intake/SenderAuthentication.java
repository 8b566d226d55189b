package com.casedesk.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.casedesk.mail.MailProperties;

/**
 * Whether the sender of a mail is who its {@code From} says, by the {@code Authentication-Results} header (RFC
 * 8601) of the one receiving server CaseDesk trusts ({@code casedesk.mail.trusted-authserv-id}). Only the topmost
 * header with that id counts: the trusted server adds its header on top, so any lower one with the same id came
 * with the mail and is a forgery. Authenticated means {@code dmarc=pass}, or {@code dkim=pass} for the From
 * address's domain (relaxed alignment: the same domain or a parent/child of it). With no trusted server
 * configured, {@code From} is trusted as it stands.
 */
@Component
class SenderAuthentication {

    record Verdict(boolean authenticated, boolean checked, String reason) {
    }

    private static final Logger log = LoggerFactory.getLogger(SenderAuthentication.class);

    private final String trustedId;

    SenderAuthentication(MailProperties properties) {
        this.trustedId = properties.trustedAuthservId() == null || properties.trustedAuthservId().isBlank() ? null
                : properties.trustedAuthservId().strip();
        if (trustedId == null) {
            log.warn("casedesk.mail.trusted-authserv-id is not set: the From header of incoming mail is trusted as it"
                    + " stands, so anyone can write as a customer's authorized contact");
        }
    }

    Optional<String> trustedAuthservId() {
        return Optional.ofNullable(trustedId);
    }

    Verdict check(ParsedMail mail) {
        if (trustedId == null) {
            return new Verdict(true, false, "no trusted mail server configured: the From header is trusted");
        }
        Optional<String> trusted = mail.authenticationResults().stream()
                .filter(header -> trustedId.equalsIgnoreCase(authservId(header))).findFirst();
        if (trusted.isEmpty()) {
            return new Verdict(false, true, "the mail has no Authentication-Results from " + trustedId);
        }
        List<String[]> results = results(trusted.get());
        String fromDomain = domain(mail.from());
        for (String[] result : results) {
            if (result[0].equals("dmarc") && result[1].equals("pass")) {
                return new Verdict(true, true, trustedId + ": dmarc=pass");
            }
        }
        for (String[] result : results) {
            if (result[0].equals("dkim") && result[1].equals("pass") && aligned(result[2], fromDomain)) {
                return new Verdict(true, true, trustedId + ": dkim=pass for " + result[2]);
            }
        }
        List<String> found = results.stream().map(result -> result[0] + "=" + result[1]).toList();
        return new Verdict(false, true, trustedId + " did not authenticate " + mail.from() + " ("
                + (found.isEmpty() ? "no results" : String.join(", ", found)) + ")");
    }

    private static String authservId(String header) {
        String first = withoutComments(header).split(";", 2)[0].strip();
        int space = first.indexOf(' ');
        return space < 0 ? first : first.substring(0, space);
    }

    /** Each result as {method, result, signing domain (header.d / header.i) or ""}. */
    private static List<String[]> results(String header) {
        String[] parts = withoutComments(header).split(";");
        List<String[]> results = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String[] tokens = parts[i].strip().split("\\s+");
            if (tokens.length == 0 || !tokens[0].contains("=")) {
                continue;
            }
            String method = tokens[0].substring(0, tokens[0].indexOf('=')).toLowerCase(Locale.ROOT).replaceAll("/.*", "");
            String result = tokens[0].substring(tokens[0].indexOf('=') + 1).toLowerCase(Locale.ROOT);
            String domain = "";
            for (String token : tokens) {
                String lower = token.toLowerCase(Locale.ROOT);
                if (lower.startsWith("header.d=")) {
                    domain = lower.substring("header.d=".length());
                } else if (lower.startsWith("header.i=") && domain.isEmpty()) {
                    domain = domain(lower.substring("header.i=".length()));
                }
            }
            results.add(new String[] {method, result, unquote(domain)});
        }
        return results;
    }

    private static boolean aligned(String signingDomain, String fromDomain) {
        if (signingDomain.isEmpty() || fromDomain.isEmpty()) {
            return false;
        }
        return signingDomain.equals(fromDomain) || fromDomain.endsWith("." + signingDomain)
                || signingDomain.endsWith("." + fromDomain);
    }

    private static String domain(String address) {
        if (address == null || address.indexOf('@') < 0) {
            return address == null ? "" : address.toLowerCase(Locale.ROOT);
        }
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    private static String unquote(String value) {
        return value.replace("\"", "");
    }

    /** RFC 5322 comments, nested ones included, as they may sit anywhere in the header. */
    private static String withoutComments(String header) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"' && depth == 0) {
                quoted = !quoted;
            }
            if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
