package com.casedesk.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The analyst-owned files of one kind ({@code processes/} or {@code rules/}): read from the configured folder
 * when it exists, otherwise from the copy packaged in the jar under {@code casedesk/<kind>/}.
 *
 * @param origin where the files came from, for the log and error messages
 * @param files  every file with one of the wanted extensions, sorted by relative name
 */
public record DefinitionFiles(String origin, List<DefinitionFile> files) {

    /**
     * @param name    path relative to the folder, with '/' separators (e.g. {@code termination/eligibility.drl})
     * @param content the file's bytes
     */
    public record DefinitionFile(String name, byte[] content) {

        public String extension() {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "" : name.substring(dot + 1).toLowerCase();
        }
    }

    public static DefinitionFiles load(Path configuredFolder, String kind, Set<String> extensions) {
        if (Files.isDirectory(configuredFolder)) {
            return new DefinitionFiles(configuredFolder.toAbsolutePath().normalize().toString(),
                    fromFolder(configuredFolder, extensions));
        }
        return new DefinitionFiles("classpath:casedesk/" + kind + " (packaged; folder " + configuredFolder
                + " does not exist)", fromClasspath(kind, extensions));
    }

    private static List<DefinitionFile> fromFolder(Path folder, Set<String> extensions) {
        try (Stream<Path> paths = Files.walk(folder)) {
            List<DefinitionFile> files = new ArrayList<>();
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                if (wanted(name, extensions)) {
                    files.add(new DefinitionFile(name, Files.readAllBytes(path)));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder, e);
        }
    }

    private static List<DefinitionFile> fromClasspath(String kind, Set<String> extensions) {
        String root = "casedesk/" + kind + "/";
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + root + "**/*");
            List<DefinitionFile> files = new ArrayList<>();
            for (Resource resource : resources) {
                if (!resource.isReadable()) {
                    continue;
                }
                String url = resource.getURL().toString();
                String name = url.substring(url.lastIndexOf(root) + root.length());
                if (wanted(name, extensions)) {
                    try (var in = resource.getInputStream()) {
                        files.add(new DefinitionFile(name, in.readAllBytes()));
                    }
                }
            }
            files.sort(Comparator.comparing(DefinitionFile::name));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged " + root, e);
        }
    }

    private static boolean wanted(String name, Set<String> extensions) {
        if (name.startsWith(".") || name.contains("/.")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot >= 0 && extensions.contains(name.substring(dot + 1).toLowerCase());
    }
}
