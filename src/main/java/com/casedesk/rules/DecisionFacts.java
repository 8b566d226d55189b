package com.casedesk.rules;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Facts as JSON with their type ({@code [{"type": "com.casedesk.dunning.ReminderStep", "value": {...}}]}), so a
 * stored decision's inputs can be inserted again into a candidate rule base. Only CaseDesk's own types are read.
 */
final class DecisionFacts {

    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private DecisionFacts() {
    }

    static String write(List<?> facts) {
        ArrayNode array = JSON.createArrayNode();
        for (Object fact : facts) {
            array.addObject().put("type", fact.getClass().getName()).set("value", JSON.valueToTree(fact));
        }
        return array.toString();
    }

    /** The outcome of an evaluation: what the rules inserted except the reasons, which are kept apart. */
    static String outcome(RuleEvaluation evaluation) {
        return write(evaluation.inserted().stream().filter(fact -> !(fact instanceof Reason)).toList());
    }

    static String text(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read stored JSON: " + e.getMessage(), e);
        }
    }

    static Object[] read(String json) {
        try {
            List<Object> facts = new ArrayList<>();
            for (JsonNode fact : JSON.readTree(json)) {
                String type = fact.get("type").asText();
                if (!type.startsWith("com.casedesk.")) {
                    throw new IllegalArgumentException("a stored input of type " + type + " is not a CaseDesk fact");
                }
                facts.add(JSON.treeToValue(fact.get("value"), Class.forName(type)));
            }
            return facts.toArray();
        } catch (JsonProcessingException | ClassNotFoundException e) {
            throw new IllegalArgumentException("cannot read stored inputs: " + e.getMessage(), e);
        }
    }
}
