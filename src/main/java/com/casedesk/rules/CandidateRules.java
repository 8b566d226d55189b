package com.casedesk.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.casedesk.system.DefinitionFiles;
import com.casedesk.system.DefinitionFiles.DefinitionFile;

/**
 * Candidate rule files sent as one zip: the rules folder zipped (with or without a top {@code rules/} folder).
 * Only rule and scenario files are read; anything larger than {@link #MAX_BYTES} in all is refused.
 */
final class CandidateRules {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    private CandidateRules() {
    }

    /** @throws IllegalArgumentException naming what is wrong with the zip */
    static DefinitionFiles fromZip(InputStream zip) throws IOException {
        List<DefinitionFile> files = new ArrayList<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || !wanted(name)) {
                    continue;
                }
                if (name.contains("../") || name.startsWith("/")) {
                    throw new IllegalArgumentException("the zip entry " + name + " points outside the folder");
                }
                byte[] content = in.readNBytes((int) Math.min(MAX_BYTES - total + 1, Integer.MAX_VALUE - 8));
                total += content.length;
                if (total > MAX_BYTES) {
                    throw new IllegalArgumentException("the zip holds more than " + MAX_BYTES / 1024 / 1024
                            + " MB of rule files");
                }
                files.add(new DefinitionFile(name, content));
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("the zip holds no rule file (.drl, .csv, .xlsx)");
        }
        return new DefinitionFiles("zip", withoutCommonTop(files));
    }

    private static boolean wanted(String name) {
        int dot = name.lastIndexOf('.');
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        return dot >= 0 && !fileName.startsWith(".") && !name.startsWith("__MACOSX/")
                && RuleCompiler.EXTENSIONS.contains(name.substring(dot + 1).toLowerCase());
    }

    /**
     * {@code rules/dunning/x.csv} -> {@code dunning/x.csv}: a top folder shared by every file is dropped when every
     * file still sits in a decision folder below it (a zip of just {@code dunning/} keeps its folder).
     */
    private static List<DefinitionFile> withoutCommonTop(List<DefinitionFile> files) {
        String first = files.get(0).name();
        String top = first.contains("/") ? first.substring(0, first.indexOf('/') + 1) : "";
        boolean strip = !top.isEmpty() && files.stream().allMatch(file -> file.name().startsWith(top)
                && file.name().substring(top.length()).contains("/"));
        if (!strip) {
            return sorted(files);
        }
        return sorted(files.stream().map(file -> new DefinitionFile(file.name().substring(top.length()),
                file.content())).toList());
    }

    private static List<DefinitionFile> sorted(List<DefinitionFile> files) {
        return files.stream().sorted(Comparator.comparing(DefinitionFile::name)).toList();
    }
}
