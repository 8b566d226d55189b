package com.casedesk.processes;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.casedesk.system.DefinitionFiles;
import com.casedesk.system.DefinitionFiles.DefinitionFile;

/**
 * What a process change must pass before it is deployed, without an engine: every BPMN file parses against the
 * BPMN schema and passes {@link ProcessLint}, every form is a Camunda form (JSON with an {@code id} and
 * {@code components}), every {@code formRef} names a form of the same folder, and every call activity calls a
 * process of the same folder (they are deployed together, and a call bound to its deployment finds nothing
 * else). Problems read
 * {@code file:line: message}.
 */
public final class ProcessCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProcessCheck() {
    }

    public static List<String> problems(DefinitionFiles definitions) {
        List<String> problems = new ArrayList<>();
        Map<String, String> formIds = new HashMap<>();
        for (DefinitionFile file : definitions.files()) {
            if (file.extension().equals("form")) {
                readForm(file, formIds, problems);
            }
        }
        Set<String> processIds = processIds(definitions);
        for (DefinitionFile file : definitions.files()) {
            if (file.extension().equals("bpmn")) {
                String text = new String(file.content(), StandardCharsets.UTF_8);
                try {
                    wellFormed(file.content());
                    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
                    problems.addAll(new ProcessLint(file.name(), text, model, formIds.keySet(), processIds).problems());
                } catch (RuntimeException e) {
                    problems.add(file.name() + ":" + line(e) + ": " + message(e));
                }
            }
        }
        return problems;
    }

    /** The ids of the processes the folder's readable BPMN files define (a broken file is reported on its own). */
    private static Set<String> processIds(DefinitionFiles definitions) {
        Set<String> ids = new HashSet<>();
        for (DefinitionFile file : definitions.files()) {
            if (file.extension().equals("bpmn")) {
                try {
                    Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()))
                            .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
                            .forEach(process -> ids.add(process.getId()));
                } catch (RuntimeException e) {
                    // reported with its line when the file is checked
                }
            }
        }
        return ids;
    }

    private static void readForm(DefinitionFile file, Map<String, String> formIds, List<String> problems) {
        try {
            JsonNode form = JSON.readTree(file.content());
            JsonNode id = form == null ? null : form.get("id");
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                problems.add(file.name() + ":1: the form has no \"id\" (the formRef a user task names)");
            } else if (formIds.putIfAbsent(id.asText(), file.name()) != null) {
                problems.add(file.name() + ":1: form id " + id.asText() + " is also the id of "
                        + formIds.get(id.asText()));
            }
            if (form == null || !form.path("components").isArray()) {
                problems.add(file.name() + ":1: the form has no \"components\" list");
            }
        } catch (JsonProcessingException e) {
            problems.add(file.name() + ":" + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            problems.add(file.name() + ":1: " + e.getMessage());
        }
    }

    /** The BPMN model parser reports XML errors without their line; a plain parse first names it. */
    private static void wellFormed(byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            builder.parse(new ByteArrayInputStream(content));
        } catch (SAXException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (ParserConfigurationException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int line(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax) {
                return Math.max(sax.getLineNumber(), 1);
            }
        }
        return 1;
    }

    private static String message(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax) {
                return sax.getMessage();
            }
        }
        return String.valueOf(error.getMessage());
    }
}
