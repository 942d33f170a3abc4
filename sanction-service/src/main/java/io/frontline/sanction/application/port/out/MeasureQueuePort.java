package io.frontline.sanction.application.port.out;

import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.MeasureQueue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads one page of a measures work queue, the scope applied in the query itself. */
public interface MeasureQueuePort {
    /**
     * What to read.
     *
     * @param allCustomerMeasures every customer measure is in scope (HQ safety, admin)
     * @param customerSites       otherwise the sites whose customer measures are in scope (may be empty)
     * @param staffMeasures       staff measures are in scope (HR, HQ safety)
     * @param site                only this site, or null
     * @param notDecidedBy        for proposals: leave out those this person proposed or whose basis they decided
     *                            (four eyes), or null
     * @param endingBefore        for the expiring queue: ending before this instant
     * @param now                 the present, for the active and expiring queues
     * @param afterKey            keyset: the sort value of the last row of the previous page, or null
     * @param afterId             keyset: its id
     * @param rows                how many rows to read (the page's limit plus one)
     */
    record Criteria(MeasureQueue queue, String sort, boolean allCustomerMeasures, Set<String> customerSites,
                    boolean staffMeasures, String site, String notDecidedBy, Instant endingBefore, Instant now,
                    Instant afterKey, UUID afterId, int rows) {
        public Criteria {
            customerSites = Set.copyOf(customerSites);
        }
    }

    List<Measure> queue(Criteria criteria);
}
