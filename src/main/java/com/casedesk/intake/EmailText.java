package com.casedesk.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * Invoice numbers: {@code SE-I-} finds "SE-I-1001", "se-i 1001" and "SE I 1001" (the text's words are
     * separated by single spaces).
     *
     * @return the first number of the series in the series' own spelling ({@code SE-I-1001}), else null
     */
    public String invoiceNumber(String prefix) {
        String words = String.join(" ", prefix.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
        Matcher matcher = Pattern.compile(" " + Pattern.quote(words) + " (\\d+) ").matcher(text);
        return matcher.find() ? prefix.strip().toUpperCase(Locale.ROOT) + matcher.group(1) : null;
    }

    /**
     * Days named with a month word: "10 december", "den 10:e december", "d. 9. december", "10th of December",
     * "December 10th", each with an optional year after it.
     */
    public List<MentionedDate> datesWithMonth(String word, int month) {
        String name = Pattern.quote(word.strip().toLowerCase(Locale.ROOT));
        List<MentionedDate> dates = new ArrayList<>();
        Matcher before = Pattern.compile(" (\\d{1,2})(?:st|nd|rd|th)?(?: (?:e|a|of))? " + name + "(?: (\\d{4}))?(?= )")
                .matcher(text);
        while (before.find()) {
            dates.add(new MentionedDate(before.start(), year(before.group(2)), month, Integer.parseInt(before.group(1))));
        }
        Matcher after = Pattern.compile(" " + name + " (\\d{1,2})(?:st|nd|rd|th)?(?: (\\d{4}))?(?= )").matcher(text);
        while (after.find()) {
            dates.add(new MentionedDate(after.start(), year(after.group(2)), month, Integer.parseInt(after.group(1))));
        }
        return dates;
    }

    /** Days written as 2026-12-10 (the text holds them as "2026 12 10"). */
    public List<MentionedDate> isoDates() {
        List<MentionedDate> dates = new ArrayList<>();
        Matcher iso = Pattern.compile(" ((?:19|20)\\d\\d) (0?[1-9]|1[0-2]) (0?[1-9]|[12]\\d|3[01])(?= )").matcher(text);
        while (iso.find()) {
            dates.add(new MentionedDate(iso.start(), Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3))));
        }
        return dates;
    }

    private static int year(String year) {
        return year == null ? 0 : Integer.parseInt(year);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
