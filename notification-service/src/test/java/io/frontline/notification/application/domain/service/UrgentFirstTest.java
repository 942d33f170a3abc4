package io.frontline.notification.application.domain.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: routine senders take no new work while urgent news is routed or sent — for a bounded moment only. */
class UrgentFirstTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final UrgentFirst urgentFirst = new UrgentFirst(now::get, Duration.ofSeconds(2));

    @Test
    void routineNewsWaitsWhileUrgentNewsIsUnderWay() {
        assertThat(urgentFirst.routineWaits()).isFalse();
        urgentFirst.begin();
        assertThat(urgentFirst.routineWaits()).isTrue();
        urgentFirst.begin(); // a second urgent event meanwhile
        urgentFirst.end();
        assertThat(urgentFirst.routineWaits()).isTrue();
        urgentFirst.end();
        assertThat(urgentFirst.routineWaits()).isFalse();
    }

    @Test
    void anUrgentSendThatStallsHoldsRoutineNewsUpNoLongerThanTheLongestWait() {
        urgentFirst.begin();
        now.addAndGet(Duration.ofMillis(1_999).toNanos());
        assertThat(urgentFirst.routineWaits()).isTrue();
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(urgentFirst.routineWaits()).isFalse();
        urgentFirst.end();
        urgentFirst.begin(); // new urgent work starts a new wait
        assertThat(urgentFirst.routineWaits()).isTrue();
    }
}
