package com.casedesk.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules compiled at build time ({@link RuleModelBuild}): Drools' executable model of the rules folder as it
 * was built, in one archive on the class path. Loading it takes a fraction of compiling the rules, so a start
 * uses it when the rules folder still has the version the archive was built from; any other folder (an analyst's
 * change, a test's copy) is compiled as before.
 */
final class PackagedRuleModel {

    static final String ARCHIVE = "casedesk/rules-model.zip";
    static final String INDEX = "casedesk-rules-model.properties";
    static final String VERSION = "version";
    static final String MODELS = "models";

    private static final Logger log = LoggerFactory.getLogger(PackagedRuleModel.class);

    private PackagedRuleModel() {
    }

    /** The build-time rule base of {@code version}; empty when none was built or it is of other rules. */
    static Optional<KieBase> forVersion(String version) {
        try (InputStream archive = PackagedRuleModel.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (archive == null) {
                return Optional.empty();
            }
            try (ZipInputStream zip = new ZipInputStream(archive)) {
                ZipEntry first = zip.getNextEntry();
                if (first == null || !first.getName().equals(INDEX)) {
                    log.warn("{} does not start with its index: compiling the rules", ARCHIVE);
                    return Optional.empty();
                }
                Properties index = new Properties();
                index.load(new ByteArrayInputStream(zip.readAllBytes()));
                if (!version.equals(index.getProperty(VERSION))) {
                    log.info("Rules {} differ from the rules compiled at build time ({}): compiling them", version,
                            index.getProperty(VERSION));
                    return Optional.empty();
                }
                Map<String, byte[]> classes = new HashMap<>();
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    classes.put(entry.getName(), zip.readAllBytes());
                }
                return load(index.getProperty(MODELS).split(","), classes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ARCHIVE, e);
        }
    }

    private static Optional<KieBase> load(String[] modelClasses, Map<String, byte[]> classes) {
        ClassLoader loader = new ArchiveClassLoader(classes, PackagedRuleModel.class.getClassLoader());
        try {
            List<Model> models = new ArrayList<>();
            for (String name : modelClasses) {
                models.add((Model) loader.loadClass(name).getConstructor().newInstance());
            }
            return Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // a jar built against other fact classes than it runs with: compiling still gives the right rules
            log.warn("Cannot load the rules compiled at build time, compiling them: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Defines the model's generated classes from the archive; the fact classes come from the application. */
    private static final class ArchiveClassLoader extends ClassLoader {

        private final Map<String, byte[]> entries;

        ArchiveClassLoader(Map<String, byte[]> entries, ClassLoader parent) {
            super("casedesk-rules-model", parent);
            this.entries = entries;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = entries.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] bytes = entries.get(name);
            return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
        }
    }
}
