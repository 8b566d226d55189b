package com.casedesk.customers;

import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Repository;

/** Sites, each read with its whole customer. */
@Repository
public class SiteRepository {

    private final CustomerAggregates aggregates;

    SiteRepository(CustomerAggregates aggregates) {
        this.aggregates = aggregates;
    }

    public Optional<Site> findBySiteId(String siteId) {
        return aggregates.load("SELECT customer_id FROM cd_site WHERE site_id = :siteId",
                new MapSqlParameterSource("siteId", siteId)).stream()
                .flatMap(customer -> customer.getSites().stream()).filter(site -> site.getSiteId().equals(siteId))
                .findFirst();
    }

    public boolean existsBySiteId(String siteId) {
        return aggregates.jdbc().queryForObject("SELECT COUNT(*) FROM cd_site WHERE site_id = :siteId",
                new MapSqlParameterSource("siteId", siteId), Long.class) > 0;
    }
}
