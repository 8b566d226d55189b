package com.casedesk.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A mail as the classification tables see it: subject and body lower-cased, split into words (runs of letters and
 * digits) and joined by single spaces, so a table matches "Felanmälan:" and "felanmälan" alike.
 *
 * @param senderDomain the part of the sender address after the last dot ({@code se}, {@code dk}, {@code com})
 * @param text         the normalized subject and body, with a space before and after
 */
public record EmailText(String senderDomain, String text) {

    public static EmailText of(String from, String subject, String body) {
        String address = from == null ? "" : from.strip().toLowerCase(Locale.ROOT);
        String domain = address.contains(".") ? address.substring(address.lastIndexOf('.') + 1).replaceAll("\\W", "") : "";
        String words = Arrays.stream((nullToEmpty(subject) + "\n" + nullToEmpty(body)).toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).collect(Collectors.joining(" "));
        return new EmailText(domain, " " + words + " ");
    }

    /**
     * Keyword match of the case-type and urgency tables: {@code faktura} matches words that begin with it
     * (fakturan, fakturafråga); {@code *påminnelse} matches anywhere inside a word (betalningspåminnelse);
     * a keyword may be several words ({@code säga upp}).
     *
     * @return the keyword as written in the table when it matches, else null
     */
    public String find(String keyword) {
        String wanted = keyword.strip().toLowerCase(Locale.ROOT);
        boolean inside = wanted.startsWith("*");
        String needle = inside ? wanted.substring(1) : " " + wanted;
        return text.contains(needle) ? keyword : null;
    }

    /** Language markers: the whole word or phrase only ({@code och} does not match {@code ochså}). */
    public String findWord(String word) {
        return text.contains(" " + word.strip().toLowerCase(Locale.ROOT) + " ") ? word : null;
    }

    /** Language markers: a letter anywhere in the text ({@code ø}). */
    public String findCharacter(String character) {
        return text.contains(character.strip().toLowerCase(Locale.ROOT)) ? character : null;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
