package io.frontline.incident.application.domain.model;

/**
 * The orders of the incidents queue. Each reads by keyset (its columns, then the id); a descending sort is
 * descending on every column. Ties on severity fall to the newest (or oldest) report.
 */
public enum IncidentQueueSort {
    NEWEST_REPORTED("-reported"), OLDEST_REPORTED("reported"),
    NEWEST_OCCURRED("-occurred"), OLDEST_OCCURRED("occurred"),
    MOST_SEVERE("-severity"), LEAST_SEVERE("severity");

    private final String wire;

    IncidentQueueSort(String wire) {
        this.wire = wire;
    }

    /** The name on the wire, e.g. {@code -reported}: also the sort a cursor belongs to. */
    public String wire() {
        return wire;
    }

    public boolean descending() {
        return wire.startsWith("-");
    }

    public static IncidentQueueSort ofWire(String wire) {
        for (IncidentQueueSort sort : values()) {
            if (sort.wire.equals(wire)) {
                return sort;
            }
        }
        return null;
    }
}
