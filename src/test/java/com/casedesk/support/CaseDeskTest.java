package com.casedesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application against the real engine, real rules and real H2 (in memory), with the embedded mail
 * server on free ports. Every class with this annotation shares one Spring context, so keep extra
 * configuration out of test classes. The job executor is off: tests execute jobs themselves
 * ({@link ProcessTestSupport}). Admin login: admin / test-admin-password. The demo data is loaded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface CaseDeskTest {

    String ADMIN = "admin";
    String ADMIN_PASSWORD = "test-admin-password";
}
