package com.casedesk.service;

import java.util.List;

/** The one-item checklists a service request, an inspection or a fault report hands to {@code technicianVisit}. */
public final class ServiceVisitOrders {

    public static final String SERVICE = "SERVICE";
    public static final String PERIODIC_INSPECTION = "PERIODIC_INSPECTION";
    public static final String REPAIR_FAULT = "REPAIR_FAULT";
    private static final int MAX_TEXT = 1000;

    private ServiceVisitOrders() {
    }

    public static String checklist(String code, String text) {
        String shown = text == null || text.isBlank() ? code : text.strip();
        return VisitChecklist.toJson(List.of(new VisitChecklist.Item(code,
                shown.length() > MAX_TEXT ? shown.substring(0, MAX_TEXT - 3) + "..." : shown)));
    }
}
