package com.casedesk.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Mail texts per language in {@code src/main/resources/mail-templates/<name>.<language>.txt}: the first line is
 * {@code Subject: ...}, then a blank line, then the body. {@code ${key}} is replaced by the value of key; a
 * language without its own file falls back to English.
 */
@Component
class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");

    record Rendered(String subject, String body) {
    }

    Rendered render(String name, String language, Map<String, ?> values) {
        String text = load(name, language);
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (!first.startsWith("Subject:")) {
            throw new IllegalStateException("mail template " + name + "." + language + ".txt:1: must start with 'Subject:'");
        }
        String body = end < 0 ? "" : text.substring(end + 1).replaceFirst("^\\r?\\n", "");
        // an empty value (no handler's answer, no visit report) leaves no gap of empty lines
        return new Rendered(fill(first.substring("Subject:".length()).trim(), values, name),
                fill(body, values, name).replaceAll("\n{3,}", "\n\n"));
    }

    private static String fill(String text, Map<String, ?> values, String name) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("mail template " + name + " needs a value for ${" + key + "}");
            }
            Object value = values.get(key);
            matcher.appendReplacement(result, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private String load(String name, String language) {
        for (String candidate : new String[] { name + "." + language + ".txt", name + ".en.txt" }) {
            try (InputStream in = getClass().getResourceAsStream("/mail-templates/" + candidate)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read mail template " + candidate, e);
            }
        }
        throw new IllegalArgumentException("no mail template " + name + " (looked for " + name + "." + language
                + ".txt and " + name + ".en.txt in mail-templates/)");
    }
}
