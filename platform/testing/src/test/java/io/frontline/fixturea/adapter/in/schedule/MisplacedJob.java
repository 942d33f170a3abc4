package io.frontline.fixturea.adapter.in.schedule;

import io.quarkus.scheduler.Scheduled;

/** Violates: a timed job outside adapter.in.scheduling. */
class MisplacedJob {
    @Scheduled(every = "1m")
    void run() {
    }
}
