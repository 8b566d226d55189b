package com.casedesk.customers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.casedesk.customers.CustomerView.SiteView;

/**
 * Which of a customer's sites a request is about: the only one, or the one whose street address (or id) the
 * customer's text names. The options a form's site select offers: address as label, site id as value.
 */
public final class SiteChoice {

    private SiteChoice() {
    }

    /** The customer's only site, else the single site whose street address or id the texts mention. */
    public static Optional<SiteView> of(List<SiteView> sites, String... texts) {
        if (sites.size() == 1) {
            return Optional.of(sites.get(0));
        }
        String said = normalized(String.join(" ", java.util.Arrays.stream(texts)
                .map(t -> t == null ? "" : t).toList()));
        List<SiteView> named = sites.stream()
                .filter(site -> said.contains(normalized(street(site.address())))
                        || said.contains(site.siteId().toLowerCase(Locale.ROOT)))
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** JSON for a form select's dynamic values ({@code valuesKey}): {@code [{"label":address,"value":siteId}]}. */
    public static String optionsJson(List<SiteView> sites) {
        return sites.stream()
                .map(site -> "{\"label\":" + quoted(site.address()) + ",\"value\":" + quoted(site.siteId()) + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String street(String address) {
        int comma = address.indexOf(',');
        return comma < 0 ? address : address.substring(0, comma);
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
