package com.casedesk.system;

import java.util.Collection;

/** Who may read a case: members of a group that has or had a task on it; admins and supervisors read every case. */
public interface CaseReaders {

    boolean anyHasOrHadTask(String caseNumber, Collection<String> groups);

    /** Admins and team leads (supervisors) read every case, as they see every group's queue. */
    static boolean seeEveryCase(Collection<String> groups) {
        return groups.contains(Groups.CAMUNDA_ADMIN) || groups.contains(Groups.SUPERVISOR);
    }
}
