package com.casedesk.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

import com.casedesk.system.DefinitionFiles;
import com.casedesk.system.DefinitionFiles.DefinitionFile;

/**
 * Build step (Maven's {@code process-classes}, see the pom): compiles the rules folder into Drools' executable
 * model and writes its classes and an index into one archive ({@link PackagedRuleModel#ARCHIVE}). A start whose
 * rules folder still has the version the archive names loads the rules from it instead of compiling them. Needs
 * {@code drools-model-codegen}, which only the build has. An archive of the same rules is kept unless a class was
 * compiled after it (the model calls the fact classes' methods, so it must be built against the classes it ships
 * with).
 * <pre>
 *   RuleModelBuild &lt;rules folder&gt; &lt;archive to write&gt; &lt;the application's compiled classes&gt;
 * </pre>
 */
public final class RuleModelBuild {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final String EXECUTABLE_MODEL = "org.drools.model.codegen.ExecutableModelProject";

    private RuleModelBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: RuleModelBuild <rules folder> <archive to write> <classes>");
        }
        Path folder = Path.of(args[0]);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("No rules folder " + folder.toAbsolutePath());
        }
        List<DefinitionFile> files = RuleCompiler.ruleFiles(DefinitionFiles.load(folder, "rules",
                RuleCompiler.EXTENSIONS));
        String version = RuleCompiler.version(files);
        Path archive = Path.of(args[1]);
        if (version.equals(builtVersion(archive)) && !classesNewerThan(archive, Path.of(args[2]))) {
            System.out.printf("Rules %s: the executable model in %s is up to date%n", version, archive);
            return;
        }
        InternalKieModule module = compile(files, version);
        int classes = write(module, version, archive);
        System.out.printf("Rules %s compiled to the executable model: %d files, %d classes in %s%n", version,
                files.size(), classes, archive);
    }

    private static boolean classesNewerThan(Path archive, Path classes) throws IOException {
        long written = Files.getLastModifiedTime(archive).toMillis();
        try (var paths = Files.walk(classes)) {
            return paths.filter(path -> path.toString().endsWith(".class")).anyMatch(path -> {
                try {
                    return Files.getLastModifiedTime(path).toMillis() >= written;
                } catch (IOException e) {
                    return true;
                }
            });
        }
    }

    /** The version an archive written earlier was built from; null when there is none. */
    private static String builtVersion(Path archive) throws IOException {
        if (!Files.isRegularFile(archive)) {
            return null;
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry index = zip.getEntry(PackagedRuleModel.INDEX);
            if (index == null) {
                return null;
            }
            Properties properties = new Properties();
            try (InputStream in = zip.getInputStream(index)) {
                properties.load(in);
            }
            return properties.getProperty(PackagedRuleModel.VERSION);
        } catch (ZipException e) {
            return null;
        }
    }

    private static InternalKieModule compile(List<DefinitionFile> files, String version) {
        KieServices services = KieServices.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        fileSystem.generateAndWritePomXML(services.newReleaseId("com.casedesk", "rules-model", version));
        for (DefinitionFile file : files) {
            String drl = RuleCompiler.toDrl(file);
            // a DRL under the folder of its package, as the executable model's builder expects
            Matcher rulePackage = PACKAGE.matcher(drl);
            String folder = rulePackage.find() ? rulePackage.group(1).replace('.', '/') + "/" : "";
            String name = file.name().substring(file.name().lastIndexOf('/') + 1);
            fileSystem.write("src/main/resources/" + folder + name + (file.extension().equals("drl") ? "" : ".drl"),
                    drl);
        }
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll(executableModelProject());
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            // the rules' own file-and-line errors come from the compiler CaseDesk runs (validate, the start)
            throw new IllegalStateException("The rules do not compile to the executable model (run the application's "
                    + "'validate' command for file and line): " + errors);
        }
        return (InternalKieModule) builder.getKieModule();
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends KieBuilder.ProjectType> executableModelProject() {
        try {
            return (Class<? extends KieBuilder.ProjectType>) Class.forName(EXECUTABLE_MODEL);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(EXECUTABLE_MODEL + " is not on the class path: add drools-model-codegen", e);
        }
    }

    private static int write(InternalKieModule module, String version, Path archive) {
        List<String> models = new ArrayList<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith("/drools-model")) {
                // first line the model's version, then one model class per line
                new String(module.getBytes(name), StandardCharsets.UTF_8).lines().skip(1)
                        .filter(line -> !line.isBlank()).forEach(models::add);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("The executable model names no model class");
        }
        int classes = 0;
        try {
            Files.createDirectories(archive.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
                // the index first: a start with other rules reads no further
                String index = PackagedRuleModel.VERSION + "=" + version + "\n"
                        + PackagedRuleModel.MODELS + "=" + String.join(",", models) + "\n";
                entry(zip, PackagedRuleModel.INDEX, index.getBytes(StandardCharsets.UTF_8));
                for (String name : module.getFileNames()) {
                    if (name.endsWith(".class")) {
                        entry(zip, name, module.getBytes(name));
                        classes++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + archive, e);
        }
        return classes;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
