package com.hospitalplan.documentimport;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the extractor takes to read a 100-page plan (150,000 characters, {@link HundredPagePlan}) into a draft:
 * text to goal tree, tables, targets through the target parser, milestones and money. Aim: under 3 s. Not run by the
 * tests; {@code ./mvnw -Pjmh -Dskip.npm=true test-compile exec:exec} runs it (docs/document-import.md has the
 * figures).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

    private String text;
    private final PlanDraftExtractor extractor = new PlanDraftExtractor();

    @Setup
    public void build() {
        text = HundredPagePlan.text(100);
    }

    @Benchmark
    public PlanDraft extractHundredPages() {
        return extractor.extract(text);
    }
}
