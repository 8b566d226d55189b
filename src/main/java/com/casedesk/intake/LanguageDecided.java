package com.casedesk.intake;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The language of a mail: the language with the most distinct markers; on a tie (or none) the sender's country
 * domain decides (.se sv, .dk da), then the order sv, da, en.
 */
public record LanguageDecided(String language, String explanation) {

    static final List<String> LANGUAGES = List.of("sv", "da", "en");
    private static final Map<String, String> BY_DOMAIN = Map.of("se", "sv", "dk", "da");

    public static LanguageDecided vote(List<LanguageHit> hits, String senderDomain) {
        Map<String, Set<String>> markers = new TreeMap<>(Comparator.comparingInt(LANGUAGES::indexOf));
        LANGUAGES.forEach(language -> markers.put(language, new TreeSet<>()));
        hits.forEach(hit -> markers.computeIfAbsent(hit.language(), key -> new TreeSet<>()).add(hit.marker()));
        int most = markers.values().stream().mapToInt(Set::size).max().orElse(0);
        List<String> leaders = markers.entrySet().stream().filter(entry -> entry.getValue().size() == most)
                .map(Map.Entry::getKey).toList();
        String fromDomain = BY_DOMAIN.get(senderDomain);
        String language = leaders.contains(fromDomain) ? fromDomain : leaders.get(0);
        String counts = markers.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue().size() + (entry.getValue().isEmpty() ? ""
                        : " " + entry.getValue()))
                .collect(Collectors.joining(", "));
        String decidedBy = leaders.size() == 1 ? "most language markers"
                : fromDomain != null && leaders.contains(fromDomain) ? "tie broken by the sender's ." + senderDomain
                        + " address" : "tie broken by the order sv, da, en";
        return new LanguageDecided(language, "Written in " + language + " (" + decidedBy + "; markers: " + counts + ").");
    }
}
