package com.casedesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A visit's checklist items in the customer's language ({@code src/main/resources/visit-items/visit-items.<lang>
 * .properties}): the title the technician sees and the sentence the customer reads when it is done. The codes stay
 * in the report on the case; a code without a text keeps the text it came with (the customer's own words for a
 * fault or a service), and its outcome is said in general words.
 */
final class VisitItemTexts {

    private static final Map<String, Properties> BY_LANGUAGE = new ConcurrentHashMap<>();

    private VisitItemTexts() {
    }

    /** What the technician sees for the item. */
    static String title(VisitChecklist.Item item, String language) {
        return texts(language).getProperty(item.code() + ".title", item.text());
    }

    /** The customer's sentences for the visit's results, one line each. */
    static String customerSummary(List<VisitChecklist.Result> results, String language) {
        Properties texts = texts(language);
        return String.join("\n", results.stream().map(result -> TechnicianVisitProcess.STATUS_DONE.equals(result.status())
                ? texts.getProperty(result.code() + ".done", texts.getProperty("SERVICE.done"))
                : MessageFormat.format(texts.getProperty("notApplicable"),
                        texts.getProperty(result.code() + ".title", result.text()), result.reason())).toList());
    }

    private static Properties texts(String language) {
        String lang = "sv".equals(language) || "da".equals(language) ? language : "en";
        return BY_LANGUAGE.computeIfAbsent(lang, VisitItemTexts::load);
    }

    private static Properties load(String language) {
        String name = "/visit-items/visit-items." + language + ".properties";
        try (InputStream in = VisitItemTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}
