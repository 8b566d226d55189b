package com.casedesk.fault;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.customers.Country;
import com.casedesk.customers.Site;
import com.casedesk.customers.SiteRepository;
import com.casedesk.customers.SiteAlarmNotes;

/** Routing and context of a fault report: who takes it, and what the handler sees of the site. */
@Service
@Transactional
public class FaultReports {

    static final ZoneId DEFAULT_ZONE = Country.SE.zone();
    private static final int HISTORY_CASES = 10;

    private final OfficeHours officeHours;
    private final SiteRepository sites;
    private final SiteAlarmNotes notes;
    private final CaseManagement cases;
    private final JdbcTemplate jdbc;

    FaultReports(OfficeHours officeHours, SiteRepository sites, SiteAlarmNotes notes, CaseManagement cases,
            JdbcTemplate jdbc) {
        this.officeHours = officeHours;
        this.sites = sites;
        this.notes = notes;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /** True when the alarm centre (24/7) must take the fault now: urgent and outside the customer's office hours. */
    public boolean urgentOutsideOfficeHours(String caseNumber, boolean urgent, Instant receivedAt, Country country) {
        ZoneId zone = country == null ? DEFAULT_ZONE : country.zone();
        boolean open = officeHours.isOpen(receivedAt, zone);
        boolean alarmCentre = urgent && !open;
        cases.record(caseNumber, CaseEvent.Kind.DECISION, (urgent ? "Urgent" : "Not urgent") + ", received "
                + receivedAt.atZone(zone).toLocalDateTime() + " " + zone.getId() + " "
                + (open ? "within" : "outside") + " office hours: "
                + (alarmCentre ? "the alarm centre takes it" : "technical support triages it"), null);
        return alarmCentre;
    }

    /** The site's system as the triage form shows it. */
    public String system(String siteId) {
        return site(siteId).map(site -> String.join("; ",
                site.isRemoteSupportCapable() ? "newer system: codes can be created, changed and removed remotely"
                        : "older system: no remote support",
                site.isHasKeyBox() ? "key box" : "no key box",
                site.isSignsInstalled() ? "security signs installed" : "no signs",
                site.isMonitoredByUs() ? "monitored by our alarm centre" : "not monitored by us"))
                .orElse("site not identified");
    }

    /** The site's latest cases and alarm-centre notes, newest first. */
    public String history(String siteId, String currentCase) {
        if (siteId == null) {
            return "";
        }
        List<String> lines = jdbc.query("SELECT case_number, case_type, status, subject, created_at FROM cd_case"
                + " WHERE site_id = ? AND case_number <> ? ORDER BY created_at DESC, id DESC",
                (rs, i) -> rs.getString("case_number") + " " + rs.getString("case_type") + " "
                        + rs.getString("status") + " (" + rs.getTimestamp("created_at").toInstant() + "): "
                        + rs.getString("subject"),
                siteId, currentCase == null ? "" : currentCase);
        String caseLines = lines.stream().limit(HISTORY_CASES).collect(Collectors.joining("\n"));
        String noteLines = notes.notes(siteId).stream().map(n -> n.kind() + ": " + n.details())
                .collect(Collectors.joining("\n"));
        return (caseLines.isEmpty() ? "No earlier cases" : caseLines) + (noteLines.isEmpty() ? "" : "\n" + noteLines);
    }

    private Optional<Site> site(String siteId) {
        return siteId == null ? Optional.empty() : sites.findBySiteId(siteId);
    }
}
