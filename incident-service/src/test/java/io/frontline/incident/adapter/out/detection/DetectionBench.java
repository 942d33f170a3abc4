package io.frontline.incident.adapter.out.detection;

import io.frontline.incident.application.domain.model.LiveDetection;
import io.frontline.incident.application.domain.model.TranscriptSegment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Detection cost per segment, as {@code bench/detection.sh} runs it: every utterance of the labelled corpus
 * (nl, en, ja) screened as a caller's segment by the shipped lexicons, after a warm-up, one at a time on one
 * thread; prints p50, p99 and max per segment against the 5 ms limit. Not a test: run by hand.
 */
public final class DetectionBench {
    private DetectionBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long started = System.nanoTime();
        LiveDetection detection = DetectionCorpus.shippedDetection();
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        List<TranscriptSegment> segments = new ArrayList<>();
        for (String language : DetectionCorpus.LANGUAGES) {
            for (DetectionCorpus.Utterance u : DetectionCorpus.read(language)) {
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
        long[] nanos = new long[rounds * segments.size()];
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (TranscriptSegment s : segments) {
                long t = System.nanoTime();
                hits += detection.rulesHitBy(s, 0).size();
                nanos[n++] = System.nanoTime() - t;
            }
        }
        Arrays.sort(nanos);
        System.out.println("Detection benchmark");
        System.out.printf(Locale.ROOT, "  lexicons and analysers loaded in %d ms (once, at start)%n", loadMillis);
        System.out.printf(Locale.ROOT, "  %d segments screened (%d corpus utterances x %d rounds, nl/en/ja), %d rule hits%n",
                n, segments.size(), rounds, hits);
        System.out.printf(Locale.ROOT, "  per segment: p50 %.3f ms, p99 %.3f ms, max %.3f ms (limit: p99 < 5 ms) -> %s%n",
                nanos[n / 2] / 1e6, nanos[(int) (n * 0.99)] / 1e6, nanos[n - 1] / 1e6,
                nanos[(int) (n * 0.99)] < 5_000_000 ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "  machine: %d cores, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
    }
}
