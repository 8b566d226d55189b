package com.casedesk.customers;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SiteRepository extends JpaRepository<Site, Long> {

    Optional<Site> findBySiteId(String siteId);

    boolean existsBySiteId(String siteId);
}
