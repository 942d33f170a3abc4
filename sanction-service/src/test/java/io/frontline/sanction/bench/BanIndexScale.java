package io.frontline.sanction.bench;

import io.frontline.platform.domain.SubjectKey;
import io.frontline.sanction.application.domain.model.BanEntry;
import io.frontline.sanction.application.domain.model.BanIndex;
import io.frontline.sanction.application.domain.model.BanQuery;
import io.frontline.sanction.application.domain.model.Channel;
import io.frontline.sanction.application.domain.model.EntryBanTerms;
import io.frontline.sanction.application.domain.model.MeasureType;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The ban index at a chain's scale, for deploy/README.md's scale note: the heap it keeps and the time of one
 * lookup (hit and miss) with N bans in force, one thread, no HTTP. Run by bench/ban-index-scale.sh.
 * Bans: 80% for chosen sites, 15% region-wide, 5% chain-wide; every subject has one ban, one in twenty two.
 */
public final class BanIndexScale {
    private static final String[] SITES = {"ams-centrum", "utr-centraal", "ein-centrum", "cc-rotterdam"};

    public static void main(String[] args) {
        for (String arg : args) {
            run(Integer.parseInt(arg.replace("_", "")));
        }
    }

    private static void run(int bans) {
        SplittableRandom random = new SplittableRandom(42);
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        long before = usedHeap();
        BanIndex index = new BanIndex();
        long start = System.nanoTime();
        int subjects = 0;
        for (int i = 0; i < bans; subjects++) {
            String key = subjectKey(subjects);
            int ofThisSubject = subjects % 20 == 0 ? 2 : 1;
            for (int j = 0; j < ofThisSubject && i < bans; j++, i++) {
                int kind = random.nextInt(100);
                EntryBanTerms terms = kind < 80 ? EntryBanTerms.sites(Set.of(SITES[random.nextInt(SITES.length)]))
                        : kind < 95 ? EntryBanTerms.region(random.nextBoolean() ? "north" : "south")
                        : EntryBanTerms.CHAIN_WIDE;
                index.apply(new BanEntry(UUID.randomUUID(), 1, key, MeasureType.ENTRY_BAN, terms,
                        now.minus(Duration.ofDays(random.nextInt(60))), now.plus(Duration.ofDays(1 + random.nextInt(300))),
                        true));
            }
        }
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        long heap = usedHeap() - before;

        int lookups = 2_000_000;
        long[] hit = new long[lookups / 2];
        long[] miss = new long[lookups / 2];
        int found = 0;
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (int i = 0; i < lookups / 2; i++) {
                BanQuery known = query(subjectKey(random.nextInt(subjects)), now);
                BanQuery unknown = query(subjectKey(subjects + 1 + random.nextInt(1_000_000)), now);
                long t0 = System.nanoTime();
                found += index.find(known).isPresent() ? 1 : 0;
                long t1 = System.nanoTime();
                found += index.find(unknown).isPresent() ? 1 : 0;
                long t2 = System.nanoTime();
                hit[i] = t1 - t0;
                miss[i] = t2 - t1;
            }
        }
        Arrays.sort(hit);
        Arrays.sort(miss);
        System.out.printf("%,d bans (%,d subjects): heap %,d MB (%d bytes a ban), loaded in %,d ms; lookup of a "
                        + "banned subject p50 %,d ns p99 %,d ns, of an unknown one p50 %,d ns p99 %,d ns (%d found)%n",
                bans, subjects, heap / (1024 * 1024), heap / bans, loadMillis, hit[hit.length / 2],
                hit[hit.length * 99 / 100], miss[miss.length / 2], miss[miss.length * 99 / 100], found);
    }

    private static BanQuery query(String key, Instant at) {
        return new BanQuery(new SubjectKey(key), "ams-centrum", "north", Channel.IN_PERSON, null, null, at);
    }

    /** A well-formed subject key (sk1_ and 43 base64url characters) for subject number n. */
    private static String subjectKey(long n) {
        byte[] bytes = ByteBuffer.allocate(32).putLong(n).putLong(n * 31 + 7).putLong(~n).putLong(n ^ 0x5bd1e995L).array();
        return "sk1_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
