package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The checklist of a visit as it travels in process variables: a JSON text (Camunda has no JSON variable type
 * without Spin) in, one form slot per item while the technician works, a JSON report out.
 */
public final class VisitChecklist {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One task of the visit, e.g. {@code DISMANTLE_EQUIPMENT}. */
    public record Item(String code, String text) {
    }

    /** What the technician did with one item; {@code reason} is set for {@value TechnicianVisitProcess#STATUS_NOT_APPLICABLE}. */
    public record Result(String code, String text, String status, String reason) {

        String line() {
            return code + ": " + (STATUS_DONE.equals(status) ? "done" : "not applicable (" + reason + ")");
        }
    }

    private VisitChecklist() {
    }

    /** The value of {@value TechnicianVisitProcess#VISIT_CHECKLIST} for these items. */
    public static String toJson(List<Item> items) {
        return write(items);
    }

    /** Reads {@value TechnicianVisitProcess#VISIT_CHECKLIST}; refuses an empty, unreadable or too long list. */
    public static List<Item> fromJson(String json) {
        if (json == null || json.isBlank()) {
            throw new VisitInputException(List.of(VISIT_CHECKLIST + ": the visit needs at least one checklist item"));
        }
        List<Item> items;
        try {
            items = JSON.readValue(json, new TypeReference<List<Item>>() {
            });
        } catch (JsonProcessingException e) {
            throw new VisitInputException(List.of(VISIT_CHECKLIST + ": not a JSON list of {code, text}: "
                    + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (items.isEmpty()) {
            problems.add(VISIT_CHECKLIST + ": the visit needs at least one checklist item");
        }
        if (items.size() > MAX_CHECKLIST_ITEMS) {
            problems.add(VISIT_CHECKLIST + ": at most " + MAX_CHECKLIST_ITEMS + " items, got " + items.size());
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).code() == null || items.get(i).code().isBlank()) {
                problems.add(VISIT_CHECKLIST + "[" + i + "].code: missing");
            }
        }
        if (!problems.isEmpty()) {
            throw new VisitInputException(problems);
        }
        return items;
    }

    /**
     * The technician's answers from the form slots; every item must be done, or not applicable with a reason.
     *
     * @param variables reads a process variable by name
     * @throws VisitInputException naming every item that is neither
     */
    static List<Result> results(List<Item> items, Function<String, Object> variables) {
        List<Result> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int n = 1; n <= items.size(); n++) {
            Item item = items.get(n - 1);
            String status = text(variables.apply(itemStatus(n)));
            String reason = text(variables.apply(itemReason(n)));
            if (STATUS_DONE.equals(status)) {
                results.add(new Result(item.code(), item.text(), status, null));
            } else if (STATUS_NOT_APPLICABLE.equals(status) && reason != null) {
                results.add(new Result(item.code(), item.text(), status, reason));
            } else if (STATUS_NOT_APPLICABLE.equals(status)) {
                problems.add(itemReason(n) + " (" + item.code() + "): marked not applicable without a reason");
            } else {
                problems.add(itemStatus(n) + " (" + item.code() + "): neither confirmed done nor marked not applicable"
                        + (status == null ? "" : " ('" + status + "' is not " + STATUS_DONE + " or " + STATUS_NOT_APPLICABLE + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new VisitInputException(problems);
        }
        return results;
    }

    static String reportJson(List<Result> results) {
        return write(results);
    }

    static String summary(List<Result> results) {
        return String.join("\n", results.stream().map(Result::line).toList());
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
