package com.casedesk.system;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call which {@code /api} endpoint: the README's table "Who may call what", row for row
 * ({@code ApiAuthorizationTest} fails when the two differ). Admins ({@value Groups#CAMUNDA_ADMIN}) may call
 * every endpoint; an endpoint without a row is for admins only. The rules name paths, not controllers, so a
 * controller moving to another package keeps its rule.
 */
public final class ApiAccess {

    /** Where a case-reader rule finds the case the request is about. */
    public enum CaseFrom {
        /** the {@code {caseNumber}} path variable */
        PATH,
        /** the {@code caseNumber} query parameter */
        QUERY,
        /** the case the attachment {@code {id}} belongs to */
        ATTACHMENT
    }

    /**
     * @param groups   the groups that may call it (admins always may); empty for "admins only"
     * @param caseFrom for "case readers": members of a group that has or had a task on the case; else null
     */
    public record Rule(HttpMethod method, String path, List<String> groups, CaseFrom caseFrom) {

        private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

        /** The rule's "who" as the README writes it. */
        public String who() {
            if (caseFrom != null) {
                return "case readers";
            }
            return groups.isEmpty() ? "admins only" : String.join(", ", groups);
        }

        Optional<PathPattern.PathMatchInfo> match(String method, String requestPath) {
            if (!this.method.matches(method)) {
                return Optional.empty();
            }
            return Optional.ofNullable(PARSER.parse(path).matchAndExtract(PathContainer.parsePath(requestPath)));
        }
    }

    private static final List<String> HANDLERS = Groups.ALL;

    public static final List<Rule> RULES = List.of(
            rule(GET, "/api/customers", HANDLERS),
            rule(GET, "/api/customers/{number}", HANDLERS),
            rule(POST, "/api/customers/import", List.of()),
            rule(POST, "/api/cases", List.of(Groups.CUSTOMER_SERVICE)),
            rule(GET, "/api/cases", concat(HANDLERS, List.of(Groups.SUPERVISOR))),
            caseReaders(GET, "/api/cases/{caseNumber}", CaseFrom.PATH),
            caseReaders(GET, "/api/cases/{caseNumber}/texts", CaseFrom.PATH),
            caseReaders(GET, "/api/cases/{caseNumber}/texts/{id}", CaseFrom.PATH),
            rule(POST, "/api/cases/{caseNumber}/reschedule", List.of(Groups.SERVICE_COORDINATION, Groups.CUSTOMER_SERVICE)),
            rule(POST, "/api/terminations", List.of(Groups.CUSTOMER_SERVICE)),
            rule(POST, "/api/alarm-reports", List.of(Groups.ALARM_CENTRE)),
            rule(POST, "/api/invoices/{number}/payment", List.of(Groups.BILLING)),
            rule(POST, "/api/invoices/{number}/dispute", List.of(Groups.BILLING)),
            rule(GET, "/api/intake/quarantine", List.of(Groups.CUSTOMER_SERVICE)),
            rule(POST, "/api/intake/quarantine/{id}/retry", List.of(Groups.CUSTOMER_SERVICE)),
            caseReaders(GET, "/api/intake/attachments", CaseFrom.QUERY),
            caseReaders(GET, "/api/intake/attachments/{id}/content", CaseFrom.ATTACHMENT),
            rule(POST, "/api/decisions/*", concat(HANDLERS, List.of(Groups.ANALYST))),
            rule(POST, "/api/calendar/due", concat(HANDLERS, List.of(Groups.SUPERVISOR, Groups.ANALYST))),
            rule(GET, "/api/admin/definitions", List.of(Groups.ANALYST)),
            rule(POST, "/api/rules/replay", List.of(Groups.ANALYST)));

    private ApiAccess() {
    }

    /** The first rule for the request, or empty when no rule names it (then admins only). */
    static Optional<Matched> find(String method, String requestPath) {
        for (Rule rule : RULES) {
            Optional<PathPattern.PathMatchInfo> match = rule.match(method, requestPath);
            if (match.isPresent()) {
                return Optional.of(new Matched(rule, match.get()));
            }
        }
        return Optional.empty();
    }

    record Matched(Rule rule, PathPattern.PathMatchInfo match) {
    }

    private static Rule rule(HttpMethod method, String path, List<String> groups) {
        return new Rule(method, path, List.copyOf(groups), null);
    }

    private static Rule caseReaders(HttpMethod method, String path, CaseFrom caseFrom) {
        return new Rule(method, path, List.of(), caseFrom);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
