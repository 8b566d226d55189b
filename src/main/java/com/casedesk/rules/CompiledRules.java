package com.casedesk.rules;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One compiled rule base with its session pool, counted by its holders: the rule base while it is in force (or
 * the caller that compiled a candidate), plus every evaluation running on it. The pool is shut down when the
 * last holder lets go, so an evaluation that started before a swap finishes on the rules it started with.
 */
final class CompiledRules {

    private static final int POOLED_SESSIONS = 4;

    private final KieBase kieBase;
    private final KieSessionsPool pool;
    private final String version;
    private final List<String> files;
    private final AtomicInteger holders = new AtomicInteger(1);

    CompiledRules(KieBase kieBase, String version, List<String> files) {
        this.kieBase = kieBase;
        this.pool = kieBase.newKieSessionsPool(POOLED_SESSIONS);
        this.version = version;
        this.files = List.copyOf(files);
    }

    /** Adds a holder; false when the last holder has already let go (the caller reads the rules in force again). */
    boolean acquire() {
        while (true) {
            int count = holders.get();
            if (count == 0) {
                return false;
            }
            if (holders.compareAndSet(count, count + 1)) {
                return true;
            }
        }
    }

    /** Removes a holder; the last one shuts the session pool down. */
    void release() {
        if (holders.decrementAndGet() == 0) {
            pool.shutdown();
        }
    }

    boolean disposed() {
        return holders.get() == 0;
    }

    KieBase kieBase() {
        return kieBase;
    }

    KieSessionsPool pool() {
        return pool;
    }

    String version() {
        return version;
    }

    List<String> files() {
        return files;
    }
}
