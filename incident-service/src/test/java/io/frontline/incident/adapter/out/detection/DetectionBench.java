package io.frontline.incident.adapter.out.detection;

import io.frontline.incident.application.domain.model.LiveDetection;
import io.frontline.incident.application.domain.model.TranscriptSegment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Detection cost per segment, as {@code bench/detection.sh} runs it: every utterance of the first author's labelled
 * sets (nl, en, ja) screened as a caller's segment by the shipped lexicons and the classifier the build trained, after a warm-up, one at a time on one
 * thread; prints p50, p99 and max per segment against the 5 ms limit. Not a test: run by hand.
 */
public final class DetectionBench {
    private DetectionBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long started = System.nanoTime();
        java.util.Map<String, io.frontline.incident.application.domain.model.PhraseLexicon> lexicons = new java.util.HashMap<>();
        for (String language : DetectionCorpus.LANGUAGES) {
            lexicons.put(language, DetectionRulesProducer.lexicon(language, java.util.Optional.empty()));
        }
        long lexiconMillis = (System.nanoTime() - started) / 1_000_000;
        long classifiersStarted = System.nanoTime();
        java.util.Map<String, io.frontline.incident.application.domain.model.LanguageClassifier> classifiers = new java.util.HashMap<>();
        for (String language : DetectionCorpus.LANGUAGES) {
            classifiers.put(language, DetectionRulesProducer.classifier(language));
        }
        long classifierMillis = (System.nanoTime() - classifiersStarted) / 1_000_000;
        LiveDetection detection = new LiveDetection(lexicons, classifiers, new io.frontline.incident.application.domain.model
                .LiveDetectionSettings(3, java.time.Duration.ofMinutes(30), 5, java.time.Duration.ofHours(24)));
        List<TranscriptSegment> segments = new ArrayList<>();
        for (String language : DetectionCorpus.LANGUAGES) {
            for (LabelledCorpus.Utterance u : DetectionCorpus.read(language).stream()
                    .filter(u -> u.author().equals("w0")).toList()) {
                segments.add(new TranscriptSegment("bench-call", "cc-rotterdam", "agent-17", null, "caller", u.text(),
                        0, 5_000, language));
            }
        }
        int hits = 0;
        for (int i = 0; i < 20; i++) {
            for (TranscriptSegment s : segments) {
                hits += detection.rulesHitBy(s, 0).size();
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpuNanos = new long[rounds * segments.size()];
        long[] nanos = new long[rounds * segments.size()];
        java.util.Map<String, List<Long>> byLanguage = new java.util.TreeMap<>();
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (TranscriptSegment s : segments) {
                long cpu = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                hits += detection.rulesHitBy(s, 0).size();
                nanos[n] = System.nanoTime() - t;
                cpuNanos[n++] = threads.getCurrentThreadCpuTime() - cpu;
                byLanguage.computeIfAbsent(s.language(), l -> new ArrayList<>()).add(nanos[n - 1]);
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        System.out.println("Detection benchmark");
        System.out.printf(Locale.ROOT, "  lexicons and analysers loaded in %d ms, then the trained classifiers (nl, en, ja) in %d ms "
                + "(once, at start)%n", lexiconMillis, classifierMillis);
        System.out.printf(Locale.ROOT, "  %d segments screened (%d corpus utterances x %d rounds, nl/en/ja), %d rule hits%n",
                n, segments.size(), rounds, hits);
        System.out.printf(Locale.ROOT, "  wall clock per segment: p50 %.3f ms, p99 %.3f ms, max %.3f ms (limit: p99 < 5 ms) -> %s%n",
                nanos[n / 2] / 1e6, nanos[(int) (n * 0.99)] / 1e6, nanos[n - 1] / 1e6,
                nanos[(int) (n * 0.99)] < 5_000_000 ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "  CPU time per segment (what detection costs, without waiting for the CPU): p50 %.3f ms, "
                + "p99 %.3f ms, max %.3f ms -> %s%n", cpuNanos[n / 2] / 1e6, cpuNanos[(int) (n * 0.99)] / 1e6,
                cpuNanos[n - 1] / 1e6, cpuNanos[(int) (n * 0.99)] < 5_000_000 ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "  load average at the end: %.1f (wall-clock p99 above includes waiting for a core)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("  wall clock per language:");
        byLanguage.forEach((language, times) -> {
            List<Long> sorted = times.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "    %s: p50 %.3f ms, p99 %.3f ms%n", language, sorted.get(sorted.size() / 2) / 1e6,
                    sorted.get((int) (sorted.size() * 0.99)) / 1e6);
        });
        System.out.printf(Locale.ROOT, "  machine: %d cores, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
    }
}
