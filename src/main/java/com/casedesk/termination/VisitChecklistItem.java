package com.casedesk.termination;

/**
 * One task of the technician visit booked before a termination's end date.
 *
 * @param code DISMANTLE_EQUIPMENT, RETURN_RENTAL_EQUIPMENT, HAND_OVER_KEY or REMOVE_SIGNS
 */
public record VisitChecklistItem(String code, String text) {
}
