package com.hospitalplan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class in src/main is longer than a person can hold in their head. The largest five are listed with their sizes
 * (in the test output and in target/largest-classes.txt) so a newcomer sees where the weight is.
 */
class ClassSizeTest {

    static final int MOST_LINES = 350;

    record SourceFile(Path path, int lines) {
        @Override
        public String toString() {
            return lines + " " + path;
        }
    }

    @Test
    void noMainClassIsLongerThanTheLimit() throws IOException {
        List<SourceFile> bySize = sourceFiles(Path.of("src/main/java"));
        List<SourceFile> largestFive = bySize.subList(0, Math.min(5, bySize.size()));
        String listing = largestFive.stream().map(SourceFile::toString).collect(Collectors.joining("\n"));
        System.out.println("Largest main classes (lines):\n" + listing);
        Files.writeString(Path.of("target/largest-classes.txt"), listing + "\n");

        assertThat(bySize).as("Java files read").hasSizeGreaterThan(100);
        assertThat(bySize.stream().filter(f -> f.lines() > MOST_LINES))
                .as("main classes over %d lines; the largest five:%n%s", MOST_LINES, listing)
                .isEmpty();
    }

    @Test
    void countsTheLinesOfAFile() throws IOException {
        Path file = Files.createTempFile("Sized", ".java");
        Files.writeString(file, "class Sized {\n}\n");
        assertThat(lines(file)).isEqualTo(2);
    }

    static List<SourceFile> sourceFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> new SourceFile(root.relativize(p), lines(p)))
                    .sorted(Comparator.comparingInt(SourceFile::lines).reversed())
                    .toList();
        }
    }

    static int lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return (int) lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
