package io.frontline.fixturea.adapter.in.scheduling;

import io.quarkus.scheduler.Scheduled;

/** Allowed: a timed job in adapter.in.scheduling. */
class NightlyJob {
    @Scheduled(cron = "0 0 3 * * ?")
    void run() {
    }
}
